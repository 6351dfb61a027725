"""An event's timing: from request fields to stored columns, and from stored columns to occurrences."""
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from service.calendar_rules import (MAX_OCCURRENCES, Occurrence, RRuleError, local_midnight, normalize_rrule,
                                    rule_is_finite, rule_starts, slot_times)

MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_TIMED_LENGTH = timedelta(days=31)
MAX_SPAN_DAYS = 366
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def week_monday(day: date) -> date:
    """The Monday of `day`'s week, when the whole week (Monday to Sunday) lies in MIN_YEAR..MAX_YEAR;
    ValueError in Vietnamese otherwise. The year is checked before any arithmetic (9999-12-31 + 1 day
    overflows), and a week straddling the range's first or last year is refused saying so."""
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"năm phải trong khoảng {MIN_YEAR}–{MAX_YEAR}")
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    if monday.year < MIN_YEAR or sunday.year > MAX_YEAR:
        raise ValueError(f"tuần từ {monday:%d/%m/%Y} đến {sunday:%d/%m/%Y} có ngày ngoài các năm "
                         f"{MIN_YEAR}–{MAX_YEAR}")
    return monday


class TimingError(ValueError):
    def __init__(self, fields: dict[str, str]):
        super().__init__(fields)
        self.fields = fields


def parse_when(value: str, name: str) -> date | datetime:
    """'2023-11-21' -> date; '2023-11-21T08:00:00+07:00' -> aware datetime. Clear errors otherwise."""
    value = value.strip()
    try:
        if _DATE.match(value):
            parsed = date.fromisoformat(value)
        else:
            parsed = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        raise TimingError({name: f"'{value}' không phải ngày (YYYY-MM-DD) hoặc ngày giờ ISO 8601 hợp lệ"}) from None
    if isinstance(parsed, datetime) and parsed.tzinfo is None:
        raise TimingError({name: "ngày giờ phải có múi giờ, ví dụ 2023-11-21T08:00:00+07:00"})
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise TimingError({name: f"năm phải trong khoảng {MIN_YEAR}–{MAX_YEAR}"})
    return parsed


@dataclass
class Timing:
    """The stored timing columns of an event (see models.events.Event)."""

    all_day: bool = False
    start_at: datetime | None = None
    end_at: datetime | None = None
    start_date: date | None = None
    end_date: date | None = None
    slot: str | None = None
    month: date | None = None
    rrule: str | None = None
    exceptions: list[dict] = field(default_factory=list)  # original_start, cancelled, start/end cols
    range_start: datetime | None = None
    range_end: datetime | None = None
    long_range: bool = False

    def columns(self) -> dict:
        return {k: getattr(self, k) for k in ("all_day", "start_at", "end_at", "start_date", "end_date", "slot",
                                              "month", "rrule", "range_start", "range_end", "long_range")}


def resolve(body: dict, tz: ZoneInfo, hours_for) -> Timing:
    """Turn request timing fields into a Timing, or raise TimingError naming the fields.

    body keys: start, end, all_day, slot, month, rrule, exceptions (strings as sent).
    hours_for(day) gives the slot hours in force on that day.
    """
    start_raw, end_raw = body.get("start"), body.get("end")
    all_day, slot, rrule = body.get("all_day"), body.get("slot"), body.get("rrule")
    if start_raw is None:
        errors = {}
        for key in ("end", "slot", "rrule"):
            if body.get(key):
                errors[key] = "sự kiện chưa có ngày (không có start) thì không có " + key
        if body.get("exceptions"):
            errors["exceptions"] = "chỉ sự kiện lặp lại mới có ngoại lệ"
        if errors:
            raise TimingError(errors)
        month = None
        if body.get("month"):
            try:
                month = date.fromisoformat(body["month"] + "-01")
            except ValueError:
                raise TimingError({"month": "tháng phải có dạng YYYY-MM"}) from None
            if not MIN_YEAR <= month.year <= MAX_YEAR:
                raise TimingError({"month": f"năm phải trong khoảng {MIN_YEAR}–{MAX_YEAR}"})
        return Timing(all_day=bool(all_day), month=month)

    errors: dict[str, str] = {}
    start = parse_when(start_raw, "start")
    end = parse_when(end_raw, "end") if end_raw is not None else None
    if body.get("month"):
        errors["month"] = "chỉ dùng cho sự kiện chưa có ngày"
    t = Timing()
    if slot:
        if all_day:
            errors["all_day"] = "sự kiện theo buổi không phải sự kiện cả ngày"
        if isinstance(start, datetime):
            errors["start"] = "khi chọn buổi (slot), start là ngày dạng YYYY-MM-DD"
        elif end is not None and end != start:
            errors["end"] = "sự kiện theo buổi chỉ diễn ra trong một ngày"
        if errors:
            raise TimingError(errors)
        begin, finish = slot_times(slot, hours_for(start))
        t.start_at = datetime.combine(start, begin, tz).astimezone(timezone.utc)
        t.end_at = datetime.combine(start, finish, tz).astimezone(timezone.utc)
        t.slot = slot
    elif all_day or (all_day is None and not isinstance(start, datetime)):
        if isinstance(start, datetime):
            errors["start"] = "sự kiện cả ngày nhận ngày (YYYY-MM-DD), không nhận giờ"
        if isinstance(end, datetime):
            errors["end"] = "sự kiện cả ngày nhận ngày (YYYY-MM-DD), không nhận giờ"
        if errors:
            raise TimingError(errors)
        end = end or start
        if end < start:
            raise TimingError({"end": "ngày kết thúc trước ngày bắt đầu"})
        if (end - start).days >= MAX_SPAN_DAYS:
            raise TimingError({"end": f"một sự kiện không kéo dài quá {MAX_SPAN_DAYS} ngày"})
        t.all_day, t.start_date, t.end_date = True, start, end
    else:
        if not isinstance(start, datetime):
            errors["start"] = "sự kiện có giờ cần ngày giờ có múi giờ, hoặc chọn buổi (slot) hay cả ngày (all_day)"
        if end is None:
            errors["end"] = "bắt buộc với sự kiện có giờ"
        elif not isinstance(end, datetime):
            errors["end"] = "sự kiện có giờ cần ngày giờ có múi giờ"
        if errors:
            raise TimingError(errors)
        if end <= start:
            raise TimingError({"end": "giờ kết thúc phải sau giờ bắt đầu"})
        if end - start > MAX_TIMED_LENGTH:
            raise TimingError({"end": "sự kiện có giờ không dài quá 31 ngày; hãy dùng sự kiện cả ngày"})
        t.start_at, t.end_at = start.astimezone(timezone.utc), end.astimezone(timezone.utc)

    if rrule:
        try:
            t.rrule = normalize_rrule(rrule, t.all_day, tz)
        except RRuleError as exc:
            raise TimingError({"rrule": str(exc)}) from None
        if not rule_starts(t.rrule, _first(t), tz, limit=1):
            raise TimingError({"rrule": "quy tắc lặp không sinh ra lần nào"})
    t.exceptions = _resolve_exceptions(body.get("exceptions") or [], t, tz)
    t.range_start, t.range_end = _range(t, tz)
    t.long_range = is_long_range(t.range_start, t.range_end)
    return t


def _first(t: Timing) -> date | datetime:
    return t.start_date if t.all_day else t.start_at


def _resolve_exceptions(items: list[dict], t: Timing, tz: ZoneInfo) -> list[dict]:
    if items and not t.rrule:
        raise TimingError({"exceptions": "chỉ sự kiện lặp lại mới có ngoại lệ"})
    out, seen = [], set()
    for i, item in enumerate(items):
        name = f"exceptions[{i}]"
        original = parse_when(item["original_start"], f"{name}.original_start")
        if t.all_day != (not isinstance(original, datetime)):
            raise TimingError({f"{name}.original_start": "phải cùng dạng với start của sự kiện (ngày hoặc ngày giờ)"})
        key = local_midnight(original, tz) if t.all_day else original.astimezone(timezone.utc)
        probe_lo = key
        if not rule_starts(t.rrule, _first(t), tz, lo=probe_lo, hi=probe_lo + timedelta(seconds=1), limit=1):
            raise TimingError({f"{name}.original_start": "không phải một lần diễn ra của quy tắc lặp"})
        if key in seen:
            raise TimingError({f"{name}.original_start": "lần diễn ra này đã có ngoại lệ khác"})
        seen.add(key)
        row = {"original_start": key, "cancelled": bool(item.get("cancelled")),
               "start_at": None, "end_at": None, "start_date": None, "end_date": None}
        if not row["cancelled"]:
            if item.get("start") is None:
                raise TimingError({f"{name}.start": "cần thời gian mới, hoặc cancelled: true"})
            moved = resolve({"start": item["start"], "end": item.get("end"), "all_day": t.all_day},
                            tz, lambda day: None)
            row.update(start_at=moved.start_at, end_at=moved.end_at,
                       start_date=moved.start_date, end_date=moved.end_date)
        elif item.get("start") or item.get("end"):
            raise TimingError({name: "lần bị hủy thì không có thời gian mới"})
        out.append(row)
    return out


def _instants(start, end, tz) -> tuple[datetime, datetime]:
    """UTC instants covered by a start/end pair (all-day: local midnights, end exclusive)."""
    if isinstance(start, datetime):
        return start, end
    return local_midnight(start, tz), local_midnight(end + timedelta(days=1), tz)


LONG_RANGE = timedelta(days=7)


def is_long_range(start: datetime | None, end: datetime | None) -> bool:
    """Ranges longer than a week (series, long spans) are queried apart: every other event that overlaps
    [lo, hi) starts after lo - LONG_RANGE, which bounds an index scan on range_start."""
    return start is not None and (end is None or end - start > LONG_RANGE)


def _range(t: Timing, tz: ZoneInfo) -> tuple[datetime, datetime | None]:
    first_start, first_end = (_instants(t.start_date, t.end_date, tz) if t.all_day else (t.start_at, t.end_at))
    lo, hi = first_start, first_end
    if t.rrule:
        if rule_is_finite(t.rrule):
            last = rule_starts(t.rrule, _first(t), tz, limit=100000)[-1]
            hi = _instants(last, last + (t.end_date - t.start_date), tz)[1] if t.all_day else last + (t.end_at - t.start_at)
        else:
            hi = None
    for ex in t.exceptions:
        if not ex["cancelled"]:
            s, e = _instants(ex["start_date"], ex["end_date"], tz) if t.all_day else (ex["start_at"], ex["end_at"])
            lo = min(lo, s)
            hi = None if hi is None else max(hi, e)
    return lo, hi


def occurrences(event, lo: datetime, hi: datetime, tz: ZoneInfo) -> list[Occurrence]:
    """Occurrences of a stored event overlapping [lo, hi), cancelled and moved ones included (flagged).
    Dates of all-day occurrences are returned as dates with an inclusive end."""
    if event.start_at is None and event.start_date is None:
        return []
    if event.all_day:
        first, length = event.start_date, event.end_date - event.start_date
    else:
        first, length = event.start_at, event.end_at - event.start_at

    def overlaps(start, end):
        s, e = _instants(start, end, tz)
        return s < hi and e > lo

    if not event.rrule:
        end = first + length
        return [Occurrence(first, end)] if overlaps(first, end) else []
    overrides = {ex.original_start: ex for ex in event.exceptions}
    out = []
    span = length + timedelta(days=1) if event.all_day else length
    for start in rule_starts(event.rrule, first, tz, lo=lo - span, hi=hi, limit=MAX_OCCURRENCES):
        rid = local_midnight(start, tz) if event.all_day else start.astimezone(timezone.utc)
        ex = overrides.pop(rid, None)
        if ex is not None and not ex.cancelled:
            continue  # moved: emitted below at its new time
        if overlaps(start, start + length):
            out.append(Occurrence(start, start + length, rid, cancelled=ex is not None))
    for ex in event.exceptions:
        if not ex.cancelled:
            s, e = (ex.start_date, ex.end_date) if event.all_day else (ex.start_at, ex.end_at)
            if overlaps(s, e):
                out.append(Occurrence(s, e, ex.original_start, moved=True))
    out.sort(key=lambda o: _instants(o.start, o.end, tz)[0])
    return out


def local_day(moment: date | datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date() if isinstance(moment, datetime) else moment


def first_day(event, tz: ZoneInfo) -> date | None:
    if event.all_day and event.start_date:
        return event.start_date
    return event.start_at.astimezone(tz).date() if event.start_at else None
