"""Which feeds hold which events (feed_entries) and each feed's version (feed_versions): the database's
index of feeds, shared by every worker, kept current on every change (subscribed by feeds.init_app).

A feed is fetched far more often than anything changes, so the work is done on writes: when an event
changes, the feeds that held it before and the feeds that hold it now get a new version; nothing else
does. Serving a feed then needs one indexed look-up to know whether the cached bytes are still right.
"""
from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from service import summons
from service.models import Event, FeedEntry, FeedVersion, Group, Office, Person, Unit
from service.models.events import event_groups



def office_subject(office_id: int) -> tuple[str, int]:
    """The office-wide feed of one office (before offices existed: ("office", 0); migration 0015)."""
    return ("office", office_id)


def subjects_of(event: Event) -> set[tuple[str, int]]:
    """Every feed an event belongs in: the office; its chair, attendees and members of its groups; its
    groups; units that attend or prepare one of its items; and the office feed of every office below whose
    persons, groups or units it names (a summons, "triệu tập": service.summons), whichever office owns it."""
    subjects = {office_subject(event.office_id)}
    named = [event.chair, *event.attendees, *event.groups, *event.units, *(m for g in event.groups for m in g.members),
             *(p.unit for item in event.live_agenda for p in item.preparations)]
    if event.chair_id:
        subjects.add(("person", event.chair_id))
    subjects |= {("person", p.id) for p in event.attendees}
    for group in event.groups:
        subjects.add(("group", group.id))
        subjects |= {("person", p.id) for p in group.members}
    subjects |= {("unit", u.id) for u in event.units}
    subjects |= {("unit", p.unit_id) for item in event.live_agenda for p in item.preparations}
    subjects |= {office_subject(obj.office_id) for obj in named if obj is not None}
    return subjects


def bump(ctx, subjects) -> None:
    """New versions for these feeds, counted in SQL (rows created on first use): two transactions that
    touch one feed must both move it on, or a worker that looked in between keeps a stale copy."""
    now = ctx.now()
    insert = postgresql_insert if ctx.session.bind.dialect.name == "postgresql" else sqlite_insert
    for subject_type, subject_id in sorted(subjects):  # one order: no deadlock between two writers
        ctx.session.execute(
            insert(FeedVersion).values(subject_type=subject_type, subject_id=subject_id, version=1, changed_at=now)
            .on_conflict_do_update(index_elements=["subject_type", "subject_id"],
                                   set_={"version": FeedVersion.version + 1, "changed_at": now}))


def renamed(ctx, obj) -> None:
    """A person, unit, group or office shows a new name: its own feed's title changes."""
    if isinstance(obj, Office):
        bump(ctx, {office_subject(obj.id)})
        return
    kind = {Person: "person", Unit: "unit", Group: "group"}.get(type(obj))
    if kind is not None:
        bump(ctx, {(kind, obj.id)})


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


def reindex_group(ctx, group: Group, added=(), removed=()) -> None:
    """Members joined or left: the group's events move in or out of their feeds; those of an office above
    that summon the group too, as that office sees them (service.summons.as_source)."""
    query = select(Event).join(event_groups, event_groups.c.event_id == Event.id).where(
        event_groups.c.group_id == group.id)
    for event in ctx.session.scalars(query):
        reindex_event(ctx, event)
    summons.as_source(ctx, query, reindex_event)
