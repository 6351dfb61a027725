"""Which feeds hold which events (feed_entries) and each feed's version, kept current on every change.

A feed is fetched far more often than anything changes, so the work is done on writes: when an event
changes, the feeds that held it before and the feeds that hold it now get a new version; nothing else
does. Serving a feed then needs one indexed look-up to know whether the cached bytes are still right.
"""
from sqlalchemy import delete, or_, select

from service import hooks
from service.models import AgendaItem, Event, FeedEntry, FeedVersion, Group, Person, Preparation, Unit
from service.models.events import event_groups, event_persons, event_units

OFFICE = ("office", 0)


def subjects_of(event: Event) -> set[tuple[str, int]]:
    """Every feed an event belongs in: the office; its chair, attendees and members of its groups; its
    groups; units that attend or prepare one of its items."""
    subjects = {OFFICE}
    if event.chair_id:
        subjects.add(("person", event.chair_id))
    subjects |= {("person", p.id) for p in event.attendees}
    for group in event.groups:
        subjects.add(("group", group.id))
        subjects |= {("person", p.id) for p in group.members}
    subjects |= {("unit", u.id) for u in event.units}
    subjects |= {("unit", p.unit_id) for item in event.live_agenda for p in item.preparations}
    return subjects


def bump(ctx, subjects) -> None:
    """New versions for these feeds (rows created on first use)."""
    now = ctx.now()
    for subject_type, subject_id in subjects:
        row = ctx.session.get(FeedVersion, (subject_type, subject_id))
        if row is None:
            ctx.session.add(FeedVersion(subject_type=subject_type, subject_id=subject_id, version=1, changed_at=now))
        else:
            row.version += 1
            row.changed_at = now


@hooks.on_event_changed
def reindex_event(ctx, event: Event) -> None:
    ctx.session.flush()
    old = {(r.subject_type, r.subject_id) for r in
           ctx.session.scalars(select(FeedEntry).where(FeedEntry.event_id == event.id))}
    new = subjects_of(event)
    for subject_type, subject_id in old - new:
        ctx.session.execute(delete(FeedEntry).where(
            FeedEntry.event_id == event.id, FeedEntry.subject_type == subject_type, FeedEntry.subject_id == subject_id))
    ctx.session.add_all(FeedEntry(subject_type=t, subject_id=i, event_id=event.id) for t, i in new - old)
    bump(ctx, old | new)


@hooks.on_group_changed
def reindex_group(ctx, group: Group) -> None:
    """Members joined or left: the group's events move in or out of their feeds."""
    query = select(Event).join(event_groups, event_groups.c.event_id == Event.id).where(
        event_groups.c.group_id == group.id)
    for event in ctx.session.scalars(query):
        reindex_event(ctx, event)


@hooks.on_renamed
def rerender_named(ctx, obj) -> None:
    """Events that print this person's, unit's or group's name get new blocks and their feeds a new version."""
    if isinstance(obj, Person):
        query = select(Event).where(or_(Event.chair_id == obj.id, Event.id.in_(
            select(event_persons.c.event_id).where(event_persons.c.person_id == obj.id))))
    elif isinstance(obj, Group):
        query = select(Event).where(Event.id.in_(select(event_groups.c.event_id).where(event_groups.c.group_id == obj.id)))
    elif isinstance(obj, Unit):
        query = select(Event).where(or_(
            Event.id.in_(select(event_units.c.event_id).where(event_units.c.unit_id == obj.id)),
            Event.id.in_(select(AgendaItem.event_id).join(Preparation, Preparation.item_id == AgendaItem.id)
                         .where(Preparation.unit_id == obj.id))))
    else:
        return
    for event in ctx.session.scalars(query):
        event.render_version = (event.render_version or 0) + 1
        reindex_event(ctx, event)


def rebuild_all(ctx) -> int:
    """Index every event (after an upgrade from a version without feeds)."""
    events = ctx.session.scalars(select(Event)).all()
    for event in events:
        reindex_event(ctx, event)
    return len(events)
