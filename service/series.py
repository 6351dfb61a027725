"""Recurring series: the coming occurrences, one of them cancelled, moved or restored, the series ended
after a day; and the default that a series does not meet on public holidays or the office's days off.

Holidays: when a series is created or its timing changes (service.events._apply_fields), every
occurrence up to HORIZON_YEARS ahead whose day is a public holiday or a day off (WorkCalendar.holiday_name)
becomes a cancelled exception with reason "holiday", unless the office cancelled or moved it by hand, or
kept the day (`Event.holidays_kept`, set by restoring the occurrence). The automatic exceptions are always
recomputed, never carried over, so a new weekday or hour never trips over the old ones.

Every change here goes through service.events (snapshot, _apply, _finish_change): the sequence, the
history, the feeds and the reminder plan follow as for any edit. The pages and the API call these
functions; an occurrence is named by the local day the rule gives it (a rule without BYHOUR, which we
refuse, has at most one start a day)."""
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from service import conflicts, day_text, events, schemas
from service.calendar_rules import MAX_OCCURRENCES, local_midnight, normalize_rrule, rule_is_finite, rule_starts, \
    slot_times
from service.context import Ctx
from service.errors import NotFound, PreconditionFailed, ValidationFailed
from service.models import Event, EventChange
from service.scheduling import Saved
from service.series_rules import (HOLIDAY, HORIZON_YEARS, _day_of, _key, first_live_start,  # noqa: F401 (API)
                                  holiday_exceptions, without_automatic)
from service.timing import TimingError, occurrences, parse_when

MAX_REMOVED_DATES = 500





# ---- reading -------------------------------------------------------------------------------------

@dataclass
class Row:
    """One occurrence as the pages and the API show it."""

    day: date  # the rule's day: names the occurrence
    original: date | datetime
    start: date | datetime
    end: date | datetime
    cancelled: bool
    moved: bool
    reason: str | None
    holiday: str | None
    kept: bool


def rows(ctx: Ctx, event: Event, lo: datetime, hi: datetime, calendar=None) -> list[Row]:
    """Occurrences overlapping [lo, hi), cancelled and moved ones included, by start."""
    if not event.rrule:
        return []
    calendar = calendar or ctx.work_calendar()
    by_key = {ex.original_start: ex for ex in event.exceptions}
    kept = set(event.holidays_kept or [])
    out = []
    for occ in occurrences(event, lo, hi, ctx.tz):
        ex = by_key.get(occ.recurrence_id)
        day = occ.recurrence_id.astimezone(ctx.tz).date()
        original = day if event.all_day else occ.recurrence_id.astimezone(ctx.tz)
        out.append(Row(day, original, occ.start, occ.end, occ.cancelled, occ.moved, ex.reason if ex else None,
                       calendar.holiday_name(day), day.isoformat() in kept))
    return out


def coming(ctx: Ctx, event: Event, count: int = 12) -> list[Row]:
    """The next `count` occurrences from today (cancelled ones included: the office may restore them)."""
    today = local_midnight(ctx.now().astimezone(ctx.tz).date(), ctx.tz)
    found: list[Row] = []
    lo = today
    for _ in range(8):  # windows of 92 days, up to two years ahead: enough for a monthly series
        found += rows(ctx, event, lo, lo + timedelta(days=92))
        if len(found) >= count:
            break
        lo += timedelta(days=92)
    return found[:count]


def automatic_ahead(ctx: Ctx, event: Event) -> list[Row]:
    """Every automatic holiday cancellation from today on, and the holidays the office kept."""
    today = ctx.now().astimezone(ctx.tz).date()
    calendar = ctx.work_calendar()
    out = []
    for ex in event.exceptions:
        day = ex.original_start.astimezone(ctx.tz).date()
        if ex.reason == HOLIDAY and day >= today:
            out.append(Row(day, day, day, day, True, False, HOLIDAY, calendar.holiday_name(day), False))
    for iso in event.holidays_kept or []:
        day = date.fromisoformat(iso)
        if day >= today:
            out.append(Row(day, day, day, day, False, False, None, calendar.holiday_name(day), True))
    return sorted(out, key=lambda r: r.day)


def _series(ctx: Ctx, event_id: int, if_match: int | None) -> Event:
    event = events.get_event(ctx, event_id, lock=True)
    if not event.rrule:
        raise ValidationFailed({"event_id": "sự kiện này không lặp lại (không phải một chuỗi)"})
    if if_match is not None and if_match != event.sequence:
        raise PreconditionFailed(f"Sự kiện đã được người khác sửa (phiên bản hiện tại {event.sequence}, "
                                 f"bạn gửi {if_match}); hãy tải lại rồi làm lại")
    return event


def _first(event: Event):
    return event.start_date if event.all_day else event.start_at


def find(ctx: Ctx, event: Event, day: date) -> datetime | date:
    """The rule's start on `day` (NotFound if the rule has none that day)."""
    lo = local_midnight(day, ctx.tz)
    found = rule_starts(event.rrule, _first(event), ctx.tz, lo=lo, hi=lo + timedelta(days=1), limit=1)
    if not found:
        raise NotFound(f"Chuỗi «{event.title[:80]}» không có lần nào vào ngày {day:%d/%m/%Y}")
    return found[0]


def _manual_rows(event: Event, tz, drop=None, until: date | None = None) -> list[dict]:
    """The office's own exceptions in the API's shape, without the one on `drop` (a stored key) and
    those after `until`."""
    return [events.exception_input(ex, event.all_day, tz) for ex in event.exceptions
            if ex.reason != HOLIDAY and ex.original_start != drop
            and (until is None or ex.original_start.astimezone(tz).date() <= until)]


def _original_iso(key: datetime, event: Event, tz) -> str:
    """A stored key as the API writes an exception's original_start (see events.exception_input)."""
    local = key.astimezone(tz)
    return local.date().isoformat() if event.all_day else local.isoformat()


def _write(ctx: Ctx, event: Event, patch: dict, kept: list[str], action: str, day: date) -> Saved:
    """The change as an edit of the event: validated, recorded (as `action`, naming the day), bumped,
    published; its conflicts."""
    before = events.snapshot(event, ctx)
    event.holidays_kept = sorted(set(kept))
    # The office's busy flag stays: an edit of the timing would otherwise reset it to the default.
    body = schemas.EventPatch.model_validate({**patch, "busy": event.busy})
    timing = events._merged_timing(event, body, ctx)
    events._apply(ctx, event, body, set(body.model_fields_set), timing, creating=False)
    sequence = event.sequence
    events._finish_change(ctx, event, before, action)
    if event.sequence != sequence:  # a change was recorded: say which occurrence (or last day) it was
        row = ctx.session.scalars(select(EventChange).where(EventChange.event_id == event.id,
                                                            EventChange.sequence == event.sequence,
                                                            EventChange.action == action)).first()
        if row is not None:
            row.changes = {**row.changes, "occurrence": [None, day.isoformat()]}
    return Saved(event, conflicts.check_event(ctx, event))


def cancel(ctx: Ctx, event_id: int, day: date, if_match: int | None = None) -> Saved:
    """The occurrence on `day` does not take place (a moved one neither). Idempotent."""
    event = _series(ctx, event_id, if_match)
    key = _key(find(ctx, event, day), event.all_day, ctx.tz)
    rows_ = _manual_rows(event, ctx.tz, drop=key)
    rows_.append({"original_start": _original_iso(key, event, ctx.tz), "cancelled": True})
    kept = [d for d in event.holidays_kept or [] if d != day.isoformat()]
    return _write(ctx, event, {"exceptions": rows_}, kept, "occurrence_cancelled", day)


def restore(ctx: Ctx, event_id: int, day: date, if_match: int | None = None) -> Saved:
    """The occurrence on `day` back at the rule's time: a cancellation (the office's or a holiday's) or a
    move undone. A holiday restored is kept: the series meets that day even after later edits."""
    event = _series(ctx, event_id, if_match)
    return _restore(ctx, event, day, find(ctx, event, day))


def _restore(ctx: Ctx, event: Event, day: date, original) -> Saved:
    key = _key(original, event.all_day, ctx.tz)
    _refuse_double(ctx, event, key, *_span_of(event, original))  # another occurrence was moved onto that day
    kept = list(event.holidays_kept or [])
    if event.skip_holidays and ctx.work_calendar().holiday_name(day) and day.isoformat() not in kept:
        kept.append(day.isoformat())
    return _write(ctx, event, {"exceptions": _manual_rows(event, ctx.tz, drop=key)}, kept, "occurrence_restored", day)


def move(ctx: Ctx, event_id: int, day: date, body: schemas.OccurrenceMoveIn, if_match: int | None = None) -> Saved:
    """The occurrence on `day` takes place at another time: a new day (same hours, or a slot's), or new hours."""
    event = _series(ctx, event_id, if_match)
    original = find(ctx, event, day)
    key = _key(original, event.all_day, ctx.tz)
    start, end = _new_times(ctx, event, original, body)
    if (start, end) == _span_of(event, original):  # moved back where the rule has it: a restore
        return _restore(ctx, event, day, original)
    rows_ = _manual_rows(event, ctx.tz, drop=key)
    kept = list(event.holidays_kept or [])
    _refuse_double(ctx, event, key, start, end)
    rows_.append({"original_start": _original_iso(key, event, ctx.tz), "cancelled": False,
                  "start": start.isoformat(), "end": end.isoformat()})
    return _write(ctx, event, {"exceptions": rows_}, [d for d in kept if d != day.isoformat()], "occurrence_moved", day)


def _span_of(event: Event, start):
    if event.all_day:
        return start, start + (event.end_date - event.start_date)
    return start, start + (event.end_at - event.start_at)


def _new_times(ctx: Ctx, event: Event, original, body: schemas.OccurrenceMoveIn):
    tz = ctx.tz
    try:
        start = parse_when(body.start, "start")
        end = parse_when(body.end, "end") if body.end else None
    except TimingError as exc:
        raise ValidationFailed(exc.fields) from None
    if event.all_day:
        if isinstance(start, datetime) or isinstance(end, datetime) or body.slot:
            raise ValidationFailed({"start": "chuỗi cả ngày: chỉ chọn ngày mới (YYYY-MM-DD), không chọn giờ hay buổi"})
        end = end or start + (event.end_date - event.start_date)
        if end < start:
            raise ValidationFailed({"end": "ngày kết thúc trước ngày bắt đầu"})
        if (end - start).days > 31:
            raise ValidationFailed({"end": "một lần của chuỗi không kéo dài quá 31 ngày"})
        return start, end
    length = event.end_at - event.start_at
    if body.slot:
        if isinstance(start, datetime):
            raise ValidationFailed({"start": "khi chọn buổi (slot), start là ngày dạng YYYY-MM-DD"})
        if body.end:
            raise ValidationFailed({"end": "khi chọn buổi (slot), giờ kết thúc là của buổi: bỏ end"})
        begin, finish = slot_times(body.slot, ctx.slot_hours(start))
        return datetime.combine(start, begin, tz), datetime.combine(start, finish, tz)
    if not isinstance(start, datetime):  # a new day only: the hours it had (a slot's are that day's)
        if isinstance(end, date) and not isinstance(end, datetime):
            raise ValidationFailed({"end": "chuỗi có giờ: end là ngày giờ, hoặc bỏ trống để giữ giờ cũ"})
        if event.slot:
            begin, finish = slot_times(event.slot, ctx.slot_hours(start))
            return datetime.combine(start, begin, tz), datetime.combine(start, finish, tz)
        local = original.astimezone(tz)
        new = datetime.combine(start, local.timetz().replace(tzinfo=None), tz)
        return new, new + length
    if end is not None and not isinstance(end, datetime):
        raise ValidationFailed({"end": "chuỗi có giờ: end là ngày giờ có múi giờ"})
    end = end or start + length
    if end <= start:
        raise ValidationFailed({"end": "giờ kết thúc phải sau giờ bắt đầu"})
    if end - start > timedelta(days=1):
        raise ValidationFailed({"end": "một lần của chuỗi không kéo dài quá một ngày; hãy sửa sự kiện"})
    return start.astimezone(tz), end.astimezone(tz)


def _refuse_double(ctx: Ctx, event: Event, key, start, end) -> None:
    """A move onto a day that already has another (live) occurrence of the series is a slip, not a plan."""
    days = {_day_of(start, ctx.tz), _day_of(end, ctx.tz)}
    for day in sorted(days):
        lo = local_midnight(day, ctx.tz)
        for occ in occurrences(event, lo, lo + timedelta(days=1), ctx.tz):
            if occ.recurrence_id != key and not occ.cancelled:
                raise ValidationFailed({"start": f"ngày {day:%d/%m/%Y} đã có một lần khác của chuỗi; "
                                                 "hãy dời lần đó hoặc chọn ngày khác"})


@dataclass
class Ended:
    saved: Saved
    removed: int | None  # None: the series had no end, every occurrence after `until` went
    removed_dates: list[date]


def end(ctx: Ctx, event_id: int, until: date, if_match: int | None = None) -> Ended:
    """The series' last day is `until`: occurrences after it go (with their exceptions and kept holidays)."""
    event = _series(ctx, event_id, if_match)
    tz, first = ctx.tz, _first(event)
    if until < _day_of(first, tz):
        raise ValidationFailed({"until": f"trước lần đầu của chuỗi ({_day_of(first, tz):%d/%m/%Y}); muốn bỏ cả "
                                         "chuỗi thì hủy sự kiện"})
    after = local_midnight(until + timedelta(days=1), tz)
    finite = rule_is_finite(event.rrule)
    later = rule_starts(event.rrule, first, tz, lo=after, limit=MAX_OCCURRENCES if finite else 1)
    if not later:
        last = rule_starts(event.rrule, first, tz, limit=MAX_OCCURRENCES)[-1]
        raise ValidationFailed({"until": f"chuỗi đã kết thúc trước ngày này (lần cuối {_day_of(last, tz):%d/%m/%Y})"})
    for ex in event.exceptions:  # moved from after `until` to before it: ending would silently drop a meeting
        moved_to = ex.start_at or ex.start_date
        if not ex.cancelled and moved_to is not None and _day_of(ex.original_start, tz) > until \
                and _day_of(moved_to, tz) <= until:
            raise ValidationFailed({"until": f"lần họp {_day_of(ex.original_start, tz):%d/%m/%Y} đã dời sang "
                                             f"{_day_of(moved_to, tz):%d/%m/%Y}; kết thúc chuỗi sẽ bỏ mất lần đó — hãy "
                                             "về lịch cũ lần đó hoặc chọn ngày kết thúc sau nó"})
    cancelled = {ex.original_start for ex in event.exceptions if ex.cancelled}
    gone = [_day_of(s, tz) for s in later if _key(s, event.all_day, tz) not in cancelled] if finite else []
    parts = [p for p in event.rrule.split(";") if not p.startswith(("COUNT=", "UNTIL="))]
    rule = normalize_rrule(";".join(parts + [f"UNTIL={until:%Y%m%d}"]), event.all_day, tz)
    rows_ = _manual_rows(event, tz, until=until)
    kept = [d for d in event.holidays_kept or [] if date.fromisoformat(d) <= until]
    saved = _write(ctx, event, {"rrule": rule, "exceptions": rows_}, kept, "series_ended", until)
    return Ended(saved, len(gone) if finite else None, gone[:MAX_REMOVED_DATES])


def parse_day(raw: str, field: str = "date") -> date:
    """An occurrence's day from a URL or a form (service.day_text)."""
    try:
        return day_text.read_day(raw)
    except ValueError as exc:
        raise ValidationFailed({field: f"'{(raw or '').strip()[:30]}': {exc}"}) from None


def local_time(value: date | datetime, tz) -> str:
    """"07:30–11:30" for a timed start, "" for a day."""
    return value.astimezone(tz).strftime("%H:%M") if isinstance(value, datetime) else ""




def calendar_changed(ctx: Ctx, day: date) -> int:
    """The office set or removed a day off (or a make-up working day) on `day`: every series that skips
    holidays and has an occurrence that day gets its automatic exceptions made again, as an edit (history,
    sequence, feeds, reminders). Returns how many series changed."""
    lo = local_midnight(day, ctx.tz)
    query = (select(Event).where(Event.rrule.is_not(None), Event.skip_holidays.is_(True),
                                 Event.status != "cancelled", events.overlapping(lo, lo + timedelta(days=1)))
             .options(*events.EVENT_LOAD).order_by(Event.id))
    changed = 0
    for event in ctx.session.scalars(query).unique().all():
        try:
            find(ctx, event, day)
        except NotFound:
            continue
        locked = _series(ctx, event.id, None)
        sequence = locked.sequence
        _write(ctx, locked, {"exceptions": _manual_rows(locked, ctx.tz)}, locked.holidays_kept, "calendar_changed", day)
        changed += locked.sequence != sequence
    return changed
