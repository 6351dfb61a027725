"""Create, change, cancel and list events: validation against the directory, history, sequence, deadlines.

Every function takes a Ctx and leaves committing to the caller (one transaction per request or job).
"""
import uuid
from datetime import date, datetime, timezone
from urllib.parse import urlparse

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import selectinload

from service import reminder_settings, summons
from service.calendar_rules import local_midnight
from service.context import Ctx
from service.directory import find_or_create_location, load_ids, load_one
from service.errors import Conflict, NotFound, PreconditionFailed, ValidationFailed
from service.listing import load_events
from service.offices import core_scope
from service.models import (AgendaItem, Event, EventChange, EventException, Group, Location, Person,
                            Preparation, Unit)
from service.models.directory import group_members
from service.models.events import event_groups, event_persons, event_units
from service.schemas import EventCreate, EventPatch
from service.series_rules import first_live_start, holiday_exceptions, without_automatic
from service.text import clean
from service.timing import LONG_RANGE, TimingError, first_day, occurrences, parse_when, resolve

TIMING_FIELDS = ("start", "end", "all_day", "slot", "month", "rrule", "exceptions")

EVENT_LOAD = (selectinload(Event.attendees), selectinload(Event.groups), selectinload(Event.units),
              selectinload(Event.location), selectinload(Event.chair), selectinload(Event.exceptions),
              selectinload(Event.agenda).selectinload(AgendaItem.preparations).selectinload(Preparation.unit))


def get_event(ctx: Ctx, event_id: int, lock: bool = False) -> Event:
    query = select(Event).where(Event.id == event_id).options(*EVENT_LOAD)
    if lock:  # and read afresh: the object may already be in the session, older than the locked row
        query = query.with_for_update(of=Event).execution_options(populate_existing=True)
    event = ctx.session.scalars(query).first()
    if event is None:
        summons.refuse_write(ctx.session, event_id)  # 404, or 403 for a summons of the office's (read-only)
    return event


def create_event(ctx: Ctx, body: EventCreate, import_key: str | None = None) -> Event:
    now = ctx.now()
    event = Event(uid=f"{uuid.uuid4()}@{urlparse(ctx.config.base_url).hostname or 'lich-cong-tac'}",
                  sequence=0, created_at=now, updated_at=now, created_by=ctx.actor, updated_by=ctx.actor,
                  import_key=import_key, attendees=[], groups=[], units=[], agenda=[], exceptions=[])
    fields = body.model_fields_set | {"title"}
    _apply(ctx, event, body, fields, timing_body=_timing_fields(body, TIMING_FIELDS), creating=True)
    ctx.session.add(event)
    ctx.session.flush()
    change = _record(ctx, event, "created",
                     {k: [None, v] for k, v in snapshot(event, ctx).items() if v not in (None, [], False)})
    ctx.changes.event_changed(ctx, event, change)
    return event


def update_event(ctx: Ctx, event_id: int, body: EventPatch, if_match: int | None = None) -> Event:
    event = get_event(ctx, event_id, lock=True)
    if if_match is not None and if_match != event.sequence:
        raise PreconditionFailed(f"Sự kiện đã được người khác sửa (phiên bản hiện tại {event.sequence}, "
                                 f"bạn gửi {if_match}); hãy tải lại rồi sửa")
    if body.sequence is not None and body.sequence != event.sequence:
        raise Conflict(f"Sự kiện đã được người khác sửa (phiên bản hiện tại {event.sequence}, "
                       f"bạn gửi {body.sequence}); hãy tải lại rồi sửa", {"sequence": "đã cũ"})
    fields = body.model_fields_set - {"sequence"}
    before = snapshot(event, ctx)
    timing_body = None
    if fields & {*TIMING_FIELDS, "skip_holidays"}:  # turning the skip on or off redoes the series' exceptions
        timing_body = _merged_timing(event, body, ctx)
    _apply(ctx, event, body, fields, timing_body, creating=False)
    return _finish_change(ctx, event, before, "updated")


def cancel_event(ctx: Ctx, event_id: int) -> Event:
    """DELETE never deletes: the event is cancelled and stays in history and feeds."""
    event = get_event(ctx, event_id, lock=True)
    before = snapshot(event, ctx)
    event.status = "cancelled"
    return _finish_change(ctx, event, before, "cancelled")


def mark_submitted(ctx: Ctx, item_id: int, by: str, unit_id: int | None = None) -> AgendaItem:
    """Papers handed in for an item. By a unit (`unit_id`): its own part; the lead unit's (or the only
    unit's) closes the item. Without a unit (the office): the item is closed. Reminders stop accordingly.
    Idempotent."""
    item = ctx.session.get(AgendaItem, item_id)
    if item is None or item.removed_at is not None:
        raise NotFound(f"Không có nội dung nào có id {item_id} (hoặc nội dung đã bị rút khỏi chương trình)")
    now, changes = ctx.now(), {}
    prep = next((p for p in item.preparations if p.unit_id == unit_id), None) if unit_id is not None else None
    if unit_id is not None and prep is None:
        raise NotFound(f"Đơn vị id {unit_id} không chuẩn bị nội dung này")
    if prep is not None and prep.submitted_at is None:
        prep.submitted_at, prep.submitted_by = now, by[:200]
        changes[f"agenda[{item.position}].units[{prep.unit_id}].submitted_at"] = [None, now.isoformat()]
    closes = prep is None or prep.role == "lead" or len(item.preparations) == 1
    if closes and item.submitted_at is None:
        item.submitted_at = now
        changes[f"agenda[{item.position}].submitted_at"] = [None, now.isoformat()]
    if changes:
        ctx.session.add(EventChange(event_id=item.event_id, at=now, actor=by, action="submitted",
                                    sequence=item.event.sequence, changes=changes))
        ctx.changes.event_changed(ctx, item.event)
    return item


def _finish_change(ctx: Ctx, event: Event, before: dict, action: str) -> Event:
    ctx.session.flush()
    after = snapshot(event, ctx)
    diff = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
    if diff:
        event.sequence += 1
        event.updated_at, event.updated_by = ctx.now(), ctx.actor
        if action == "updated" and diff.get("status", [None, None])[1] == "cancelled":
            action = "cancelled"
        ctx.changes.event_changed(ctx, event, _record(ctx, event, action, diff))
    return event


def _record(ctx: Ctx, event: Event, action: str, changes: dict) -> EventChange:
    change = EventChange(event_id=event.id, at=ctx.now(), actor=ctx.actor, action=action,
                         sequence=event.sequence, changes=changes)
    ctx.session.add(change)
    return change


def _merged_timing(event: Event, body: EventPatch, ctx: Ctx) -> dict:
    """Timing fields of a PATCH laid over the event's current ones. A new start without an end keeps
    the event's length; a new start that is a datetime drops the old slot."""
    current = timing_input(event, ctx.tz)
    given = _timing_fields(body, [k for k in TIMING_FIELDS if k in body.model_fields_set])
    merged = {**current, **given}
    if "start" in given:
        if "month" not in given:  # dated now: no month; undated again: listed under its old month
            day = first_day(event, ctx.tz)
            merged["month"] = day.strftime("%Y-%m") if given["start"] is None and day else None
        if "all_day" not in given:
            merged["all_day"] = None
        if "slot" not in given and given["start"] and "T" in given["start"]:
            merged["slot"] = None
        if "end" not in given:
            merged["end"] = None
            if current["start"] and given["start"] and not merged["slot"]:
                merged["end"] = _shift_end(event, given["start"], ctx)
    if "start" in given and given["start"] is None:  # made undated: no end, slot or recurrence left
        merged.update(end=None, slot=None, all_day=None)
        if "rrule" not in given:
            merged.update(rrule=None, exceptions=None)
    return merged


def _timing_fields(body, keys) -> dict:
    out = {k: getattr(body, k) for k in keys}
    if out.get("exceptions") is not None:
        out["exceptions"] = [ex.model_dump() for ex in out["exceptions"]]
    return out


def _shift_end(event: Event, new_start: str, ctx: Ctx) -> str | None:
    try:
        start = parse_when(new_start, "start")
    except TimingError:
        return None  # resolve() reports the bad start
    if event.all_day and not isinstance(start, datetime):
        return (start + (event.end_date - event.start_date)).isoformat()
    if not event.all_day and isinstance(start, datetime):
        return (start + (event.end_at - event.start_at)).isoformat()
    return None


def timing_input(event: Event, tz) -> dict:
    """An event's timing as the API would take it."""
    if event.all_day and event.start_date:
        start, end = event.start_date.isoformat(), event.end_date.isoformat()
    elif event.start_at:
        start = event.start_at.astimezone(tz).date().isoformat() if event.slot else event.start_at.astimezone(tz).isoformat()
        end = None if event.slot else event.end_at.astimezone(tz).isoformat()
    else:
        start = end = None
    return {"start": start, "end": end, "all_day": event.all_day if start else None, "slot": event.slot,
            "month": event.month.strftime("%Y-%m") if event.month and not start else None,
            "rrule": event.rrule, "exceptions": [exception_input(ex, event.all_day, tz) for ex in event.exceptions]}


def event_input(event: Event, tz) -> dict:
    """The whole event as the API's EventPatch takes it: writing it back changes nothing (an import's
    undo restores an event through it)."""
    timing = timing_input(event, tz)
    return {
        "title": event.title, "kind": event.kind, "status": event.status, "busy": event.busy, **timing,
        "skip_holidays": event.skip_holidays is not False,
        "location": event.location.name if event.location else None, "chair_id": event.chair_id,
        "chair_text": event.chair_text, "attendee_ids": [p.id for p in event.attendees],
        "group_ids": [g.id for g in event.groups], "unit_ids": [u.id for u in event.units],
        "attendees_text": event.attendees_text, "notes": event.notes, "public": event.public,
        "agenda": [{"id": i.id, "number": i.number, "title": i.title, "unit_ids": [p.unit_id for p in i.preparations],
                    "lead_unit_id": i.lead_unit_id, "preparing_units_text": i.preparing_units_text,
                    "deadline": i.deadline_explicit.isoformat() if i.deadline_explicit else None}
                   for i in event.live_agenda],
    }


def exception_input(ex: EventException, all_day: bool, tz) -> dict:
    original = ex.original_start.astimezone(tz)
    out = {"original_start": original.date().isoformat() if all_day else original.isoformat(),
           "cancelled": ex.cancelled, "start": None, "end": None, "reason": ex.reason}
    if not ex.cancelled:
        if all_day:
            out.update(start=ex.start_date.isoformat(), end=ex.end_date.isoformat())
        else:
            out.update(start=ex.start_at.astimezone(tz).isoformat(), end=ex.end_at.astimezone(tz).isoformat())
    return out


def _apply(ctx: Ctx, event: Event, body, fields: set, timing_body: dict | None, creating: bool) -> None:
    """Validate `fields` of `body` against the directory and write them to `event`; all errors at once."""
    with ctx.session.no_autoflush:  # a half-applied change must never reach the database
        _apply_fields(ctx, event, body, fields, timing_body, creating)


def _apply_fields(ctx: Ctx, event: Event, body, fields: set, timing_body: dict | None, creating: bool) -> None:
    errors: dict[str, str] = {}
    session = ctx.session
    if "title" in fields and body.title is not None:
        event.title = clean(body.title)
    elif "title" in fields:
        errors["title"] = "không được để trống"
    if creating or "kind" in fields:
        event.kind = body.kind or event.kind or "meeting"
    if creating or "status" in fields:
        event.status = body.status or event.status or "confirmed"
    for name in ("chair_text", "attendees_text", "notes", "public"):
        if name in fields:
            setattr(event, name, getattr(body, name))

    if timing_body is not None:
        if creating or ("skip_holidays" in fields and body.skip_holidays is not None):
            event.skip_holidays = body.skip_holidays is not False
        try:
            # The automatic (holiday) exceptions belong to the old timing: dropped, then made anew for this one.
            timing = resolve(without_automatic(timing_body), ctx.tz, ctx.slot_hours)
        except TimingError as exc:
            errors.update(exc.fields)
        else:
            for key, value in timing.columns().items():
                setattr(event, key, value)
            manual = [{**row, "reason": None} for row in timing.exceptions]
            _set_exceptions(event, manual + holiday_exceptions(ctx, event, timing))

    if "chair_id" in fields:
        event.chair = load_one(session, Person, body.chair_id, "chair_id", errors)
    if "attendee_ids" in fields:
        event.attendees = load_ids(session, Person, body.attendee_ids or [], "attendee_ids", errors)
    if "group_ids" in fields:
        event.groups = load_ids(session, Group, body.group_ids or [], "group_ids", errors)
    if "unit_ids" in fields:
        event.units = load_ids(session, Unit, body.unit_ids or [], "unit_ids", errors)
    if "location_id" in fields and "location" in fields and body.location_id and body.location:
        errors["location"] = "chỉ gửi location hoặc location_id, không gửi cả hai"
    elif "location_id" in fields and body.location_id is not None:
        event.location = load_one(session, Location, body.location_id, "location_id", errors)
    elif "location" in fields or "location_id" in fields:
        event.location = find_or_create_location(session, body.location) if body.location else None

    if creating or "busy" in fields or timing_body is not None or "kind" in fields:
        if "busy" in fields and body.busy is not None:
            event.busy = body.busy
        elif creating or "kind" in fields or (timing_body is not None and not fields & {"busy"}):
            event.busy = default_busy(event)

    if "agenda" in fields:
        _set_agenda(ctx, event, body.agenda or [], errors)
    if errors:
        raise ValidationFailed(errors)
    if not event.dated and event.rrule:
        raise ValidationFailed({"rrule": "sự kiện chưa có ngày thì không lặp lại"})
    recompute_deadlines(ctx, event)


def default_busy(event: Event) -> bool:
    """Multi-day spans ("Từ ngày 01/11 đến ngày 18/11 ... dự ngày hội") do not block a leader's time."""
    if event.kind == "multi_day":
        return False
    return not (event.all_day and event.start_date and event.end_date and event.end_date > event.start_date)


def _set_exceptions(event: Event, rows: list[dict]) -> None:
    existing = {ex.original_start: ex for ex in event.exceptions}
    keep = []
    for row in rows:
        ex = existing.get(row["original_start"]) or EventException()
        for key, value in row.items():
            setattr(ex, key, value)
        keep.append(ex)
    event.exceptions = keep


def _set_agenda(ctx: Ctx, event: Event, items, errors: dict) -> None:
    existing = {item.id: item for item in event.agenda if item.removed_at is None}
    unit_ids = {u for item in items for u in item.unit_ids} | {i.lead_unit_id for i in items if i.lead_unit_id}
    units = {u.id: u for u in ctx.session.scalars(select(Unit).where(Unit.id.in_(unit_ids)))} if unit_ids else {}
    for i, data in enumerate(items):
        where = f"agenda[{i}]"
        if data.id is not None:
            item = existing.pop(data.id, None)
            if item is None:
                errors[f"{where}.id"] = f"sự kiện này không có nội dung nào có id {data.id}"
                continue
        else:
            item = AgendaItem(preparations=[])
            event.agenda.append(item)
        item.position, item.number, item.title = i, data.number, clean(data.title)
        item.deadline_explicit = data.deadline
        item.preparing_units_text = data.preparing_units_text
        order = list(dict.fromkeys(data.unit_ids))
        if len(order) != len(data.unit_ids):
            errors[f"{where}.unit_ids"] = "một đơn vị bị lặp lại"
        lead = data.lead_unit_id or (order[0] if order else None)
        if lead is not None and lead not in order:
            order.insert(0, lead)
        for j, uid in enumerate(data.unit_ids):
            if uid not in units:
                errors[f"{where}.unit_ids[{j}]"] = f"không có đơn vị nào có id {uid}"
        if data.lead_unit_id and data.lead_unit_id not in units:
            errors[f"{where}.lead_unit_id"] = f"không có đơn vị nào có id {data.lead_unit_id}"
        current = {p.unit_id: p for p in item.preparations}
        item.preparations = [
            _preparation(current.get(uid), uid, "lead" if uid == lead else "support", pos)
            for pos, uid in enumerate(order) if uid in units]
    for item in existing.values():
        item.removed_at = ctx.now()


def _preparation(prep: Preparation | None, unit_id: int, role: str, position: int) -> Preparation:
    prep = prep or Preparation(unit_id=unit_id)
    prep.role, prep.position = role, position
    return prep


def recompute_deadlines(ctx: Ctx, event: Event, calendar=None) -> None:
    """Effective deadline of each item: its explicit one, else N working days before the event."""
    day = first_day(event, ctx.tz)
    if day and event.rrule and event.exceptions and event.agenda:
        day = first_live_start(event, ctx.tz).astimezone(ctx.tz).date()  # a cancelled first Monday is no meeting
    calendar = calendar or (ctx.work_calendar(event.office_id) if day and event.agenda else None)
    working_days = reminder_settings.of(ctx, event.office_id).deadline_working_days if day and event.agenda else None
    for item in event.agenda:
        if item.deadline_explicit:
            item.deadline = item.deadline_explicit
        elif day:
            item.deadline = calendar.default_deadline(day, working_days)
        else:
            item.deadline = None


def snapshot(event: Event, ctx: Ctx) -> dict:
    """JSON-ready values of everything a change can touch (for history and change detection)."""
    timing = timing_input(event, ctx.tz)
    return {
        "title": event.title, "kind": event.kind, "status": event.status, "busy": event.busy,
        **{k: timing[k] for k in ("start", "end", "all_day", "slot", "month", "rrule")},
        "exceptions": timing["exceptions"],
        **({"skip_holidays": event.skip_holidays is not False, "holidays_kept": sorted(event.holidays_kept or [])}
           if event.rrule else {}),  # (a single event has nothing to skip)
        "location": event.location.name if event.location else None,
        "chair_id": event.chair.id if event.chair else None,
        "chair_text": event.chair_text, "attendees_text": event.attendees_text, "notes": event.notes,
        "public": event.public,
        "attendee_ids": sorted(p.id for p in event.attendees), "group_ids": sorted(g.id for g in event.groups),
        "unit_ids": sorted(u.id for u in event.units),
        "agenda": [{"id": i.id, "number": i.number, "title": i.title,
                    "unit_ids": [p.unit_id for p in i.preparations], "lead_unit_id": i.lead_unit_id,
                    "deadline": i.deadline.isoformat() if i.deadline else None}
                   for i in event.live_agenda],
    }


def history(ctx: Ctx, event_id: int) -> list[EventChange]:
    get_event(ctx, event_id)
    return ctx.session.scalars(select(EventChange).where(EventChange.event_id == event_id)
                               .order_by(EventChange.id)).all()


# ---- listing -----------------------------------------------------------------------------------

def overlapping_halves(lo: datetime, hi: datetime):
    """The two index-bounded halves of `overlapping`: (short, long). Ranges up to a week start after
    lo - LONG_RANGE; longer ones (series, campaigns) are few."""
    short = (Event.long_range.is_(False) & (Event.range_start >= lo - LONG_RANGE) & (Event.range_start < hi)
             & (Event.range_end > lo))
    long = Event.long_range.is_(True) & (Event.range_start < hi) & or_(Event.range_end.is_(None), Event.range_end > lo)
    return short, long


def overlapping(lo: datetime, hi: datetime):
    """SQL condition: the event (any occurrence of it, for a recurring one) may fall in [lo, hi)."""
    return or_(*overlapping_halves(lo, hi))


def events_query(lo: datetime, hi: datetime, person_id=None, unit_id=None, group_id=None, tz=None):
    """Events overlapping [lo, hi) (recurring ones whose rule may fall in it), plus undated events
    listed under a month that overlaps it (months of the local calendar, in `tz`); optionally only those
    concerning a person, unit or group."""
    return (_matching(select(Event), lo, hi, person_id, unit_id, group_id, tz=tz)
            .options(*EVENT_LOAD).order_by(Event.range_start, Event.id))


def _matching(query, lo: datetime, hi: datetime, person_id=None, unit_id=None, group_id=None, tz=None):
    """`query` restricted to the events events_query lists. An undated event's month is a month of the
    office's calendar: [lo, hi) is read as local days in `tz` (in UTC, 1 November 00:00 +07 is still
    31 October, and October's undated items leaked into November)."""
    lo_day, hi_day = (lo.astimezone(tz).date(), hi.astimezone(tz).date()) if tz is not None else (lo.date(), hi.date())
    lo_month = date(lo_day.year, lo_day.month, 1)
    query = query.where(or_(
        overlapping(lo, hi),
        Event.range_start.is_(None) & Event.month.is_not(None) & (Event.month >= lo_month) & (Event.month < hi_day),
    ))
    if person_id is not None:
        query = query.where(or_(
            Event.chair_id == person_id,
            exists().where(event_persons.c.event_id == Event.id, event_persons.c.person_id == person_id),
            exists().where(event_groups.c.event_id == Event.id, event_groups.c.group_id == group_members.c.group_id,
                           group_members.c.person_id == person_id),
        ))
    if group_id is not None:
        query = query.where(exists().where(event_groups.c.event_id == Event.id, event_groups.c.group_id == group_id))
    if unit_id is not None:
        query = query.where(or_(
            exists().where(event_units.c.event_id == Event.id, event_units.c.unit_id == unit_id),
            exists().where(AgendaItem.event_id == Event.id, AgendaItem.removed_at.is_(None),
                           Preparation.item_id == AgendaItem.id, Preparation.unit_id == unit_id),
        ))
    return query


def list_occurrences(ctx: Ctx, lo: datetime, hi: datetime, **filters) -> list[tuple[Event, object]]:
    """(event, occurrence) pairs in [lo, hi), sorted by start; occurrence is None for undated events.
    The events are read-only views read as plain rows (service.listing: at most four statements whatever
    the range holds), not session objects; get_event() gives the event to change."""
    query = _matching(select(Event.id), lo, hi, tz=ctx.tz, **filters)
    # A filter names a person, unit or group of the session's offices' directory (the calendar's filter lists):
    # another office's id, a sibling commune's that a summons names too, finds what an id that does not exist
    # finds (nothing), so the listing is no probe of who else a summons names.
    for name, model in (("person_id", Person), ("unit_id", Unit), ("group_id", Group)):
        if filters.get(name) is not None:
            table = model.__table__
            query = query.where(exists().where(table.c.id == filters[name],
                                               core_scope(ctx.session, table.c.office_id)))
    out = []
    for event in load_events(ctx.session, query):
        if not event.dated:
            out.append((event, None))
            continue
        for occ in occurrences(event, lo, hi, ctx.tz):
            out.append((event, occ))
    far = datetime.max.replace(tzinfo=timezone.utc)

    def key(pair):
        event, occ = pair
        if occ is None:
            return (far, event.id)
        start = occ.start if isinstance(occ.start, datetime) else datetime.combine(occ.start, datetime.min.time(), ctx.tz)
        return (start, event.id)
    return sorted(out, key=key)


def recompute_default_deadlines(ctx: Ctx, since: date, replan: bool = False) -> int:
    """After the acting office's working-day calendar or its reminder settings changed on `since`: recompute
    the default deadlines of its events from that day on (a deadline before it may move too), and with
    `replan` re-plan the reminders of every such event (new reminder days or hour). The events of the
    offices below it keep their own calendars. Returns how many items changed."""
    calendar = ctx.work_calendar()
    query = (select(Event).join(AgendaItem).where(AgendaItem.removed_at.is_(None),
                                                  Event.range_start >= local_midnight(since, ctx.tz))
             .options(*EVENT_LOAD).distinct())
    if not replan:
        query = query.where(AgendaItem.deadline_explicit.is_(None))
    if ctx.office_id is not None:
        query = query.where(Event.office_id == ctx.office_id)
    changed = 0
    for event in ctx.session.scalars(query).unique():
        before = [i.deadline for i in event.agenda]
        recompute_deadlines(ctx, event, calendar)
        moved = sum(a != b for a, b in zip(before, (i.deadline for i in event.agenda)))
        changed += moved
        if moved or replan:
            ctx.changes.event_changed(ctx, event)
    return changed
