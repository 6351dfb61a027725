"""Models -> response shapes (service.schemas)."""
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from service import schemas
from service.models import AgendaItem, Event, Group, Location, Person, Unit
from service.events import exception_input
from service.publishing.public_flag import BUILT_IN, effective


def _webhook_shown(url: str | None) -> str | None:
    """A webhook URL as responses show it (to every role): without its query, which often carries the
    gateway's key, nor its fragment."""
    if not url:
        return None
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "…" if parts.query else "", ""))


def iso(value, tz) -> str | None:
    """Dates as YYYY-MM-DD; instants in the office's zone with their offset."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(tz).isoformat()
    return value.isoformat()


def unit_out(unit: Unit) -> dict:
    return schemas.UnitOut(id=unit.id, name=unit.name, short_name=unit.short_name, aliases=unit.aliases or [],
                           emails=unit.emails or [], parent_id=unit.parent_id, webhook_url=_webhook_shown(unit.webhook_url),
                           webhook_signed=bool(unit.webhook_secret)).model_dump(mode="json")


NOTICE_OFF_BY_DEFAULT = ("digest_daily", "digest_weekly", "attach_ics")  # None: a person not yet flushed


def person_out(person: Person) -> dict:
    return schemas.PersonOut(id=person.id, name=person.name, title=person.title, email=person.email,
                             phone=person.phone, unit_id=person.unit_id,
                             group_ids=sorted(g.id for g in person.groups), webhook_url=_webhook_shown(person.webhook_url),
                             webhook_signed=bool(person.webhook_secret),
                             **{name: getattr(person, name) is not False for name in ("notify_changes",)},
                             **{name: bool(getattr(person, name)) for name in NOTICE_OFF_BY_DEFAULT}
                             ).model_dump(mode="json")


def group_out(group: Group) -> dict:
    return schemas.GroupOut(id=group.id, name=group.name, member_ids=[m.id for m in group.members],
                            aliases=group.aliases or []).model_dump(mode="json")


def location_out(location: Location) -> dict:
    return schemas.LocationOut(id=location.id, name=location.name, address=location.address,
                               travel_minutes=location.travel_minutes).model_dump(mode="json")


def agenda_item_out(item: AgendaItem, tz) -> schemas.AgendaItemOut:
    return schemas.AgendaItemOut(
        id=item.id, number=item.number, title=item.title, unit_ids=[p.unit_id for p in item.preparations],
        lead_unit_id=item.lead_unit_id,
        units=[schemas.UnitRef(id=p.unit_id, name=p.unit.name, role=p.role, submitted_at=iso(p.submitted_at, tz))
               for p in item.preparations],
        preparing_units_text=item.preparing_units_text, deadline=item.deadline,
        deadline_is_default=item.deadline_explicit is None, submitted_at=iso(item.submitted_at, tz))


def event_out(event: Event, tz, occurrence=None, public_defaults: dict | None = None) -> dict:
    """An event as stored; with `occurrence`, one occurrence of it (its own start, end, status).
    `public_defaults`: the office's default per kind (public_flag.defaults), for the effective `public`."""
    if occurrence is not None:
        start, end = occurrence.start, occurrence.end
    elif event.all_day:
        start, end = event.start_date, event.end_date
    else:
        start, end = event.start_at, event.end_at
    status = "cancelled" if occurrence is not None and occurrence.cancelled else event.status
    recurrence_id = None
    if occurrence is not None and occurrence.recurrence_id is not None:
        rid = occurrence.recurrence_id.astimezone(tz)
        recurrence_id = rid.date().isoformat() if event.all_day else rid.isoformat()
    chair = event.chair
    return schemas.EventOut(
        id=event.id, uid=event.uid, title=event.title, kind=event.kind, status=status, busy=event.busy,
        all_day=event.all_day, start=iso(start, tz), end=iso(end, tz), slot=event.slot,
        month=event.month.strftime("%Y-%m") if event.month else None, rrule=event.rrule,
        exceptions=[exception_input(ex, event.all_day, tz) for ex in event.exceptions],
        skip_holidays=event.skip_holidays is not False, holidays_kept=sorted(event.holidays_kept or []),
        recurrence_id=recurrence_id,
        location=event.location.name if event.location else None, location_id=event.location_id,
        chair_id=event.chair_id,
        chair=schemas.PersonRef(id=chair.id, name=chair.name, title=chair.title) if chair else None,
        chair_text=event.chair_text, attendee_ids=[p.id for p in event.attendees],
        group_ids=[g.id for g in event.groups], unit_ids=[u.id for u in event.units],
        attendees_text=event.attendees_text, notes=event.notes,
        public=effective(event, public_defaults or BUILT_IN), public_explicit=event.public,
        agenda=[agenda_item_out(i, tz) for i in event.live_agenda], sequence=event.sequence,
        created_at=iso(event.created_at, tz), updated_at=iso(event.updated_at, tz),
        summons=getattr(event, "summons", None),  # (listing views only: service.listing)
    ).model_dump(mode="json")


def conflict_out(conflict, tz) -> dict:
    return schemas.ConflictOut(kind=conflict.kind, subject=conflict.subject, event_ids=conflict.event_ids,
                               start=iso(conflict.start, tz), end=iso(conflict.end, tz),
                               tentative=conflict.tentative, detail=conflict.detail).model_dump(mode="json")
