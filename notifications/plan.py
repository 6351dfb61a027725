"""Planning: which reminders each preparing unit gets for an event, rewritten on every change of it.

Runs inside the transaction of the change (subscribed to service.changes by notifications.init_app), so the outbox always matches the event. Pending
rows are moved, not multiplied, when a deadline moves; sent rows stay as the record; units that were
already reminded of something they no longer have to prepare get one cancellation notice.
"""
from datetime import datetime, timedelta

from sqlalchemy import select

from service import reminder_settings
from service.models import Event, Reminder
from service.series_rules import first_live_start

OPEN = ("pending", "cancelled", "expired")  # statuses a re-plan may bring back to pending


def reminder_days(calendar, deadline, offsets):
    """{offset: day} for reminders `offset` working days before the deadline (0: the last working day on
    or before it), and {-1: the first working day after it} for the overdue notice."""
    last = deadline
    while not calendar.is_working_day(last):
        last -= timedelta(days=1)
    days = {offset: calendar.shift(last, -offset) if offset else last for offset in offsets}
    days[-1] = calendar.shift(deadline, 1)
    return days


def wanted(ctx, event: Event) -> tuple[dict, set]:
    """The reminders the event should have: {(item_id, unit_id, kind, offset, deadline): due_at}, and the
    (item, unit) pairs that still have something to prepare (submitted or not)."""
    now, tz = ctx.now(), ctx.tz
    meeting = first_live_start(event, tz)  # a series whose first occurrence moved or was cancelled: the real one
    if event.status == "cancelled" or meeting is None or meeting <= now:
        return {}, set()
    plan, pairs, calendar = {}, set(), None
    settings = reminder_settings.of(ctx, event.office_id)  # the owning office's, for every unit it summons
    for item in event.live_agenda:
        pairs |= {(item.id, p.unit_id) for p in item.preparations}
        if item.deadline is None or item.submitted_at is not None or not item.preparations:
            continue
        calendar = calendar or ctx.work_calendar(event.office_id)
        due = {offset: datetime.combine(day, settings.at, tz)
               for offset, day in reminder_days(calendar, item.deadline, settings.offsets).items()}
        due = {o: d for o, d in due.items() if d < meeting}  # nothing once the meeting has begun
        past = [o for o in due if o >= 0 and due[o] <= now]
        for offset in past[:-1] if len(past) > 1 else ():  # missed "before" reminders: only the latest one
            del due[offset]
        for prep in item.preparations:
            if prep.submitted_at is not None:  # this unit has handed in its part
                continue
            for offset, due_at in due.items():
                plan[(item.id, prep.unit_id, "overdue" if offset < 0 else "before", offset, item.deadline)] = due_at
    return plan, pairs


def _in_flight(row: Reminder, now) -> bool:
    """Claimed by a running dispatcher: its email may be on its way. Such a row is never rewritten; a change
    supersedes it (the dispatcher records what went out) and a new row carries the new plan."""
    return row.status in ("pending", "superseded") and row.claimed_until is not None and row.claimed_until > now


def _reusable(row: Reminder) -> bool:
    """A row a re-plan may bring back to pending: not sent, not failed (those stay as the record)."""
    return row.status in OPEN or (row.status == "superseded" and row.sent_at is None)


def plan_event(ctx, event: Event) -> None:
    now = ctx.now()
    plan, pairs = wanted(ctx, event)
    rows = ctx.session.scalars(select(Reminder).where(Reminder.event_id == event.id,
                                                      Reminder.person_id.is_(None))).all()  # not the notices
    by_key = {(r.item_id, r.unit_id, r.kind, r.offset_days, r.deadline): r for r in rows}
    movable = {(r.item_id, r.unit_id, r.kind, r.offset_days): r for r in rows
               if r.status == "pending" and not _in_flight(r, now)}
    kept = set()
    for key, due_at in plan.items():
        row = by_key.get(key) or movable.get(key[:4])
        if row is not None and _in_flight(row, now):
            row.status = "pending"  # the very reminder wanted is being sent now (superseded no more)
            kept.add(row.id)
            continue
        if row is None:
            row = Reminder(item_id=key[0], unit_id=key[1], kind=key[2], offset_days=key[3], deadline=key[4],
                           event_id=event.id, created_at=now, attempts=0)
            ctx.session.add(row)
        elif not _reusable(row):  # sent or failed for this very deadline: stays as it is
            kept.add(row.id)
            continue
        if row.status != "pending" or row.due_at != due_at or row.deadline != key[4]:
            row.status, row.deadline, row.due_at, row.updated_at = "pending", key[4], due_at, now
            row.attempts, row.next_attempt_at, row.last_error, row.message_id = 0, None, None, None
            row.claimed_by = row.claimed_until = None
        kept.add(row.id)
    for row in rows:
        if row.status == "pending" and row.id not in kept and row.kind != "cancelled":
            row.status, row.updated_at = ("superseded" if _in_flight(row, now) else "cancelled"), now
    _notices(ctx, event, rows, pairs, now)


def _notices(ctx, event, rows, pairs, now) -> None:
    """A unit that was reminded of an item it no longer prepares (meeting cancelled, item withdrawn, unit
    taken off it) is told so, once, while the meeting is still ahead. A reminder that went out under an old
    plan (superseded while its email was on its way) counts: the dispatcher re-plans once it knows."""
    if event.range_start is None or event.range_start <= now:
        return
    reminded = {(r.item_id, r.unit_id): r.deadline for r in rows if r.kind != "cancelled" and r.sent_at is not None
                and r.status in ("sent", "superseded")}
    noticed = {(r.item_id, r.unit_id) for r in rows if r.kind == "cancelled"}
    for (item_id, unit_id), deadline in reminded.items():
        if (item_id, unit_id) not in pairs and (item_id, unit_id) not in noticed:
            ctx.session.add(Reminder(item_id=item_id, unit_id=unit_id, event_id=event.id, kind="cancelled",
                                     offset_days=0, deadline=deadline, due_at=now, status="pending", attempts=0,
                                     created_at=now, updated_at=now))


def on_event_changed(ctx, event) -> None:
    """Subscribed by notifications.init_app: the outbox follows every change of an event."""
    ctx.session.flush()  # new agenda items need their ids
    plan_event(ctx, event)
