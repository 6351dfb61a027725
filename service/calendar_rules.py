"""Calendar rules: working days, slot hours, default deadlines, recurrence rules and their expansion."""
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from itertools import islice, takewhile
from zoneinfo import ZoneInfo

import holidays
from dateutil.rrule import rrulestr

# Corrections to `holidays` that were announced after (or are not modelled by) the pinned version.
# The office adds its own in the calendar_exceptions table, which wins over this list.
BUILTIN_EXCEPTIONS: dict[date, tuple[str, str]] = {
    date(2024, 5, 4): ("working_day", "Làm bù cho ngày 29/4/2024 (Công văn 2450/VPCP-KGVX)"),
    date(2025, 4, 26): ("working_day", "Làm bù cho ngày 02/5/2025"),
    date(2026, 1, 2): ("day_off", "Nghỉ Tết Dương lịch, hoán đổi (Công văn 12729/VPCP-KGVX)"),
    date(2026, 1, 10): ("working_day", "Làm bù cho ngày 02/01/2026 (Công văn 12729/VPCP-KGVX)"),
    date(2026, 8, 22): ("working_day", "Làm bù cho ngày 31/8/2026"),
}

SLOTS = ("morning", "afternoon", "evening", "full_day")


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> dict[date, str]:
    # language='vi' always: with LANG=C.UTF-8 the package otherwise names holidays in English.
    return dict(holidays.country_holidays("VN", years=year, language="vi"))


class WorkCalendar:
    """Monday–Friday, minus Vietnamese public holidays, adjusted by exceptions (days off, make-up
    working Saturdays). `exceptions` maps a date to (kind, label) and overrides everything else."""

    def __init__(self, exceptions: dict[date, tuple[str, str]] | None = None):
        self.exceptions = {**BUILTIN_EXCEPTIONS, **(exceptions or {})}

    def holiday_name(self, day: date) -> str | None:
        kind, label = self.exceptions.get(day, (None, None))
        if kind == "day_off":
            return label
        if kind == "working_day":
            return None
        return _public_holidays(day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        kind, _ = self.exceptions.get(day, (None, None))
        if kind is not None:
            return kind == "working_day"
        return day.weekday() < 5 and day not in _public_holidays(day.year)

    def shift(self, day: date, working_days: int) -> date:
        """The date `working_days` working days after (positive) or before (negative) `day`,
        not counting `day` itself; 0 gives the nearest working day on or after `day`."""
        step = 1 if working_days >= 0 else -1
        if working_days == 0:
            while not self.is_working_day(day):
                day += timedelta(days=1)
            return day
        remaining = abs(working_days)
        while remaining:
            day += timedelta(days=step)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, first: date, last: date) -> int:
        """Working days after `first`, up to and including `last`."""
        return sum(self.is_working_day(first + timedelta(days=i)) for i in range(1, (last - first).days + 1))

    def default_deadline(self, event_day: date, working_days: int) -> date:
        return self.shift(event_day, -working_days)


def parse_hhmm_range(pair) -> tuple[time, time]:
    start, end = (p if isinstance(p, time) else time.fromisoformat(p) for p in pair)
    return start, end


def slot_times(slot: str, hours: dict) -> tuple[time, time]:
    """Start and end time of a slot; "full_day" runs from the morning start to the afternoon end."""
    if slot == "full_day":
        return parse_hhmm_range(hours["morning"])[0], parse_hhmm_range(hours["afternoon"])[1]
    return parse_hhmm_range(hours[slot])


def slot_row(slot: str | None, start: time, hours: dict) -> str:
    """The buổi row a timed occurrence goes in on a week sheet: its slot's, "all_day" for a full day, else
    the buổi whose hours its start falls in (the office's hours of that day)."""
    if slot in ("morning", "afternoon", "evening"):
        return slot
    if slot == "full_day":
        return "all_day"
    return ("morning" if start < parse_hhmm_range(hours["afternoon"])[0] else
            "afternoon" if start < parse_hhmm_range(hours["evening"])[0] else "evening")


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tz).astimezone(timezone.utc)


# ---- recurrence --------------------------------------------------------------------------------

ALLOWED_RRULE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH",
                       "BYSETPOS", "WKST", "BYYEARDAY", "BYWEEKNO"}
ALLOWED_FREQ = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
MAX_OCCURRENCES = 5000  # per event and query: a guard against rules that never end in a huge window


class RRuleError(ValueError):
    pass


def normalize_rrule(text: str, all_day: bool, tz: ZoneInfo) -> str:
    """Check an RRULE and return it in the form we store and publish: no "RRULE:" prefix, upper
    case, UNTIL as a DATE for all-day events and as a UTC DATE-TIME otherwise (RFC 5545 3.3.10)."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    if not body or "\n" in body:
        raise RRuleError("quy tắc lặp phải là một dòng RRULE, ví dụ FREQ=WEEKLY;BYDAY=MO")
    parts: dict[str, str] = {}
    for chunk in body.split(";"):
        key, sep, value = chunk.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if not sep or not value:
            raise RRuleError(f"phần '{chunk}' của quy tắc lặp không đúng dạng KHÓA=GIÁ TRỊ")
        if key not in ALLOWED_RRULE_PARTS:
            raise RRuleError(f"quy tắc lặp không hỗ trợ {key}")
        if key in parts:
            raise RRuleError(f"{key} xuất hiện hai lần trong quy tắc lặp")
        parts[key] = value
    if parts.get("FREQ") not in ALLOWED_FREQ:
        raise RRuleError("FREQ phải là DAILY, WEEKLY, MONTHLY hoặc YEARLY")
    if "COUNT" in parts and "UNTIL" in parts:
        raise RRuleError("không dùng đồng thời COUNT và UNTIL")
    for key, limit in (("COUNT", 1000), ("INTERVAL", 1000)):
        if key in parts and not (parts[key].isdecimal() and 1 <= int(parts[key]) <= limit):
            raise RRuleError(f"{key} phải là số nguyên từ 1 đến {limit}")
    if "UNTIL" in parts:
        parts["UNTIL"] = _normalize_until(parts["UNTIL"], all_day, tz)
    normalized = ";".join(f"{k}={v}" for k, v in parts.items())
    try:  # let dateutil judge the rest (BYDAY values and the like)
        rrulestr(normalized, dtstart=datetime(2000, 1, 3) if all_day else datetime(2000, 1, 3, tzinfo=tz))
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise RRuleError(f"quy tắc lặp không hợp lệ: {exc}") from None
    return normalized


def _normalize_until(value: str, all_day: bool, tz: ZoneInfo) -> str:
    try:
        if len(value) == 8:
            day = datetime.strptime(value, "%Y%m%d").date()
            moment = datetime.combine(day, time(23, 59, 59), tz)
        elif value.endswith("Z"):
            moment = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        else:
            moment = datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=tz)
    except ValueError:
        raise RRuleError("UNTIL phải có dạng YYYYMMDD hoặc YYYYMMDDTHHMMSSZ") from None
    if all_day:
        return moment.astimezone(tz).strftime("%Y%m%d")
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def rule_is_finite(rule: str) -> bool:
    return "COUNT=" in rule or "UNTIL=" in rule


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event. Timed: aware start/end. All-day: dates, end inclusive.
    `recurrence_id` is the rule's original start (UTC instant) for occurrences of a recurring event."""

    start: date | datetime
    end: date | datetime
    recurrence_id: datetime | None = None
    cancelled: bool = False
    moved: bool = False


CACHED_STARTS = 500  # a finite rule with at most this many starts is expanded once per process


def rule_starts(rule: str, first: date | datetime, tz: ZoneInfo, lo: datetime | None = None,
                hi: datetime | None = None, limit: int = MAX_OCCURRENCES) -> list[date | datetime]:
    """Starts the rule gives from `first` (a date for all-day events), in [lo, hi) if given."""
    timed = isinstance(first, datetime)
    if timed:
        lo_cmp, hi_cmp = lo, hi
    else:  # the rule runs on naive local midnights
        lo_cmp = lo.astimezone(tz).replace(tzinfo=None) if lo else None
        hi_cmp = hi.astimezone(tz).replace(tzinfo=None) if hi else None
    every = _all_starts(rule, first, tz) if rule_is_finite(rule) else None
    if every is not None:  # the same series is expanded again and again (pages, feeds, conflict checks)
        first_i = bisect_left(every, lo_cmp) if lo_cmp is not None else 0
        found = every[first_i:bisect_left(every, hi_cmp) if hi_cmp is not None else None]
    else:
        found = (start for start in _iterate(rule, first, tz) if lo_cmp is None or start >= lo_cmp)
        if hi_cmp is not None:
            found = takewhile(lambda start: start < hi_cmp, found)
    return [start if timed else start.date() for start in islice(found, limit)]


@lru_cache(maxsize=1024)  # at most 1024 x 500 starts: some tens of MB in the worst case
def _all_starts(rule: str, first: date | datetime, tz: ZoneInfo) -> tuple | None:
    """Every start of a finite rule, or None when there are more than CACHED_STARTS."""
    starts = tuple(islice(_iterate(rule, first, tz), CACHED_STARTS + 1))
    return starts if len(starts) <= CACHED_STARTS else None


def _iterate(rule: str, first: date | datetime, tz: ZoneInfo):
    if isinstance(first, datetime):
        return iter(rrulestr(rule, dtstart=first.astimezone(tz)))
    return iter(rrulestr(rule, dtstart=datetime.combine(first, time(0))))
