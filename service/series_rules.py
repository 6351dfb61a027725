"""What service.events needs of a series, below service.series (which builds on service.events): the automatic
holiday exceptions and the day a series really first meets. See service.series for the rules."""
from datetime import date, datetime, timedelta, timezone

from service.calendar_rules import MAX_OCCURRENCES, local_midnight, rule_starts
from service.timing import occurrences

HOLIDAY = "holiday"
HORIZON_YEARS = 3  # an endless series skips the holidays of this year and the next three (recomputed on edits)


def without_automatic(timing_body: dict) -> dict:
    """A timing body (service.events) without the automatic exceptions: they are made anew. Only a
    cancellation is automatic: a moved occurrence sent with reason "holiday" is the office's move."""
    rows = timing_body.get("exceptions")
    if not rows:
        return timing_body
    return {**timing_body, "exceptions": [r for r in rows if not (r.get("reason") == HOLIDAY and r.get("cancelled"))]}


def _day_of(start, tz) -> date:
    return start.astimezone(tz).date() if isinstance(start, datetime) else start


def _key(start, all_day: bool, tz) -> datetime:
    """An occurrence's original_start as stored (UTC; local midnight for all-day series)."""
    return local_midnight(start, tz) if all_day else start.astimezone(timezone.utc)


def holiday_exceptions(ctx, event, timing) -> list[dict]:
    """The automatic exception rows for `timing` (a service.timing.Timing just resolved for `event`)."""
    if not timing.rrule or event.skip_holidays is False:
        return []
    first = timing.start_date if timing.all_day else timing.start_at
    horizon = local_midnight(date(ctx.now().astimezone(ctx.tz).year + HORIZON_YEARS + 1, 1, 1), ctx.tz)
    taken = {row["original_start"] for row in timing.exceptions}
    kept = set(event.holidays_kept or [])
    calendar, out, hits = ctx.work_calendar(), [], set()
    for start in rule_starts(timing.rrule, first, ctx.tz, hi=horizon, limit=MAX_OCCURRENCES):
        day = _day_of(start, ctx.tz)
        hits.add(day.isoformat())
        key = _key(start, timing.all_day, ctx.tz)
        if key in taken or day.isoformat() in kept or not calendar.holiday_name(day):
            continue
        out.append({"original_start": key, "cancelled": True, "start_at": None, "end_at": None,
                    "start_date": None, "end_date": None, "reason": HOLIDAY})
    if kept - hits:  # a holiday kept under the old rule is not one of the new rule's days: forgotten, so a
        event.holidays_kept = sorted(kept & hits)  # later rule that hits it again skips it as it should
    return out


def first_live_start(event, tz) -> datetime | None:
    """When a series really first meets: its first occurrence not cancelled (a moved one where it went).
    The default deadlines and the reminders count from it (a first Monday that is Tết is no meeting)."""
    if event.range_start is None:
        return None
    if not event.rrule or not event.exceptions:
        return event.range_start
    lo = event.range_start
    for _ in range(4):  # a year: a series cancelled longer than that has its first start as the meeting
        for occ in occurrences(event, lo, lo + timedelta(days=92), tz):
            if not occ.cancelled:
                return occ.start if isinstance(occ.start, datetime) else local_midnight(occ.start, tz)
        lo += timedelta(days=92)
    return event.range_start
