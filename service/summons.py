"""Cross-office summons ("triệu tập"): an event of one office that names persons, groups or units of an office
below it (the province's conference naming each commune's chairman, the group "Chủ tịch UBND các xã, phường",
a commune's unit preparing an item). The one definition of "the events concerning an office", for every read
that shows them: the office's calendar and its listing API (service.listing), its conflict checks
(service.conflicts), the read-only event of GET /api/events/<id> and of its page /su-kien/<id>, the
reminders its units got for them (`reminders`) and the papers they prepare (service.submissions.due_by_unit).

The events concerning a scoped session are its offices' own (office_id IN office_ids, the scoping listener's
criterion) and the events of the offices above the acting one (session.info["summoning_ids"], set by
service.offices.set_acting) that name someone of its offices: as chair or attendee, as a member of a named
group (whichever office's group it is), as a named group, a named unit or a unit preparing a live agenda item.

Read-only, always: the session's listener keeps every ORM read of Event, hence every write path (get_event,
the series, the pages' forms), to the session's own offices; only the reads here, which ask for them, see the
summons. To a write a summons is as absent as another office's event (SummonsReadOnly is a NotFound), but the
API says why (403). Feeds need nothing of this: a person's, group's or unit's feed is indexed by what the event
names (feeds.index.subjects_of), whichever office owns it, and a summoned office's feed is one of them.

Group membership may cross offices downwards only: a group holds persons its office can see, i.e. its own and
those of the offices below it (the province's group of commune chairmen is the province's to keep; a commune
cannot put the province's persons in its groups). A commune renaming a person, unit or group, or changing the
members of a group, that a province event names changes that event's text or reach: the event is worked out
again acting as the province (`as_source`).
"""
from sqlalchemy import and_, literal, or_, select

from service import offices
from service.errors import NotFound
from service.models import AgendaItem, Event, Group, Office, Person, Preparation, Reminder, Unit
from service.models.directory import group_members
from service.models.events import event_groups, event_persons, event_units


class SummonsReadOnly(NotFound):
    """A write (or a page that changes it) on an event that only summons the acting office."""

    status, code = 403, "forbidden"


def summoning_ids(session) -> tuple:
    """The offices whose events may summon the session's offices (those above the acting office); () for an
    unscoped session (which reads everything anyway) or one that reads only its own (the public pages)."""
    if session.info.get("office_ids") is None:
        return ()
    return session.info.get("summoning_ids") or ()


def naming(event_id, office_ids):
    """The condition that the event `event_id` (a column) names a person, group or unit of `office_ids`.
    Correlated on the event: checked by index for the events a query has already chosen (the month's events of
    the offices above), where a set of every event naming them would be every event of their own too (a
    commune's own events name its persons: on 100 offices the month page hashed tens of thousands of ids)."""
    p, g, u = Person.__table__, Group.__table__, Unit.__table__
    ev, item, prep = Event.__table__.alias("named"), AgendaItem.__table__, Preparation.__table__
    persons = select(p.c.id).where(p.c.office_id.in_(office_ids))
    groups = select(g.c.id).where(g.c.office_id.in_(office_ids))
    units = select(u.c.id).where(u.c.office_id.in_(office_ids))

    def inside(tables, *conditions):  # correlated on the outer event only, whatever else the outer query reads
        return select(literal(1)).select_from(*tables).where(*conditions).correlate_except(*tables).exists()

    return or_(
        inside([ev], ev.c.id == event_id, ev.c.chair_id.in_(persons)),
        inside([event_persons], event_persons.c.event_id == event_id, event_persons.c.person_id.in_(persons)),
        inside([event_groups], event_groups.c.event_id == event_id, event_groups.c.group_id.in_(groups)),
        inside([event_groups, group_members], event_groups.c.event_id == event_id,
               group_members.c.group_id == event_groups.c.group_id, group_members.c.person_id.in_(persons)),
        inside([event_units], event_units.c.event_id == event_id, event_units.c.unit_id.in_(units)),
        inside([item, prep], item.c.event_id == event_id, prep.c.item_id == item.c.id, prep.c.unit_id.in_(units),
               item.c.removed_at.is_(None)),
    )


def concerning(session, query, office_column, id_column, named=None):
    """`query` (over events) as the statement that reads the events concerning the session: itself for an
    unscoped session; else its offices' own events and, when offices above may summon, theirs that do. One
    statement, led by the office index (ix_events_range) for the offices of both, the naming checked only
    for an event of an office above (on 100 offices, two statements, own and summons, cost a commune's
    conflict check 1.8x the single office's, one 1.3x). The statement bypasses the session's listener
    (all_offices) since it carries the office filter itself: run it for events (and their places), not for
    other office data. `named`: a cheaper condition the caller knows implies that an event of an office
    above names the session's people (a conflict check's own persons, all of them the session's), instead
    of `naming`."""
    ids = session.info.get("office_ids")
    if ids is None:
        return query
    above = summoning_ids(session)
    if not above:
        return query.where(office_column.in_(ids)).execution_options(all_offices=True)
    named = naming(id_column, ids) if named is None else named
    return query.where(office_column.in_([*ids, *above]), or_(office_column.in_(ids), named)) \
        .execution_options(all_offices=True)


def reminders(session, query):
    """`query` (a SELECT of Reminder) as the reminders the session lists: its offices' own (the scope of the
    session's listener, offices.reminder_scope) and, for the summons of the offices above, those of its own
    units (already sent to them: the province's other units' and the sibling communes' are not its). Run
    with every office visible (all_offices), so that each reminder's province event and item load with it:
    for a listing's read, never for a write."""
    ids = session.info.get("office_ids")
    if ids is None:
        return query
    scope = offices.reminder_scope(ids)
    above = summoning_ids(session)
    if above:
        ev, u = Event.__table__, Unit.__table__
        scope = or_(scope, and_(Reminder.unit_id.in_(select(u.c.id).where(u.c.office_id.in_(ids))),
                                Reminder.event_id.in_(select(ev.c.id).where(ev.c.office_id.in_(above))),
                                naming(Reminder.event_id, ids)))
    return query.where(scope).execution_options(all_offices=True)


def is_summoned(session, office_id: int) -> bool:
    """Whether an event of `office_id` is, to the session, a summons (not its offices' own)."""
    ids = session.info.get("office_ids")
    return ids is not None and office_id not in ids


def source(session, event_id: int) -> Office | None:
    """The office whose event `event_id` summons the session's offices, or None when it does not (or the
    session owns it, or cannot see it at all). One statement."""
    above = summoning_ids(session)
    if not above:
        return None
    ev = Event.__table__
    query = (select(Office).join(ev, ev.c.office_id == Office.id)
             .where(ev.c.id == event_id, ev.c.office_id.in_(above),
                    naming(ev.c.id, session.info["office_ids"])))
    return session.scalars(query).first()


def as_source(ctx, query, step) -> None:
    """`step(ctx, event)` for each summons `query` (a SELECT of Event) finds among the events of the offices
    above, acting as the event's own office for it: a commune renaming its chairman or changing its summoned
    group changes what the province's event shows and who it reaches, and the event's feeds and reminders are
    then worked out as the province sees it (every person and unit it names, the province's calendar), not
    as the commune does (which would drop the sibling communes' persons from it)."""
    above = summoning_ids(ctx.session)
    if not above:
        return
    ctx.session.flush()
    found = ctx.session.execute(query.with_only_columns(Event.id, Event.office_id).where(Event.office_id.in_(above))
                                .execution_options(all_offices=True)).all()
    by_office = {}
    for event_id, office_id in sorted(set(found)):
        by_office.setdefault(office_id, []).append(event_id)
    for office_id, ids in by_office.items():  # one change of scope per source office, one read of its events
        with offices.acting_as(ctx.session, office_id):
            for event in ctx.session.scalars(select(Event).where(Event.id.in_(ids)).order_by(Event.id)
                                             .with_for_update(of=Event)).all():
                ctx.session.expire(event)  # what it names is read again, as the source office sees it
                step(ctx, event)
            ctx.session.flush()


def refuse_write(session, event_id: int) -> None:
    """NotFound for an event the session cannot see, SummonsReadOnly (403) for one that only summons it."""
    office = source(session, event_id)
    if office is not None:
        raise SummonsReadOnly(f"Sự kiện này do {office.name} triệu tập: cơ quan được triệu tập chỉ xem, "
                              f"không sửa, hủy hay đổi lịch được (hãy liên hệ {office.name})")
    raise NotFound(f"Không có sự kiện nào có id {event_id}")
