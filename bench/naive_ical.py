"""The baseline the feed benchmark compares against: every event built as icalendar objects on every
request (what a straightforward implementation does). Same content as service.ical."""
from datetime import timedelta

from icalendar import Calendar, Event, Timezone
from sqlalchemy import select

from service.ical import description, summary
from feeds.finished import _events
from service.events import EVENT_LOAD
from service.models import Event as EventRow


def load(ctx, subject):
    """The subject's events as ORM objects with their relationships (the straightforward way)."""
    ids = [r.id for r in _events(ctx, subject, ctx.now())]
    return ctx.session.scalars(select(EventRow).where(EventRow.id.in_(ids)).options(*EVENT_LOAD)).unique().all()


def build(name: str, events, tz) -> bytes:
    cal = Calendar.new(name=name)
    cal.add("method", "PUBLISH")
    cal.add_component(Timezone.from_tzid(tz.key))
    for e in events:
        if not e.dated:
            continue
        ev = Event.new(uid=e.uid, summary=summary(e), sequence=e.sequence, stamp=e.updated_at,
                       last_modified=e.updated_at, created=e.created_at, description=description(e, tz) or None,
                       location=e.location.name if e.location else None)
        ev.add("status", e.status.upper())
        if e.all_day:
            ev.add("dtstart", e.start_date)
            ev.add("dtend", e.end_date + timedelta(days=1))
        else:
            ev.add("dtstart", e.start_at.astimezone(tz))
            ev.add("dtend", e.end_at.astimezone(tz))
        if e.rrule:
            ev.add("rrule", dict(part.split("=", 1) for part in e.rrule.split(";")))
        cal.add_component(ev)
    return cal.to_ical()
