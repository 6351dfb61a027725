"""Events of a range read as plain rows, for the pages and GET /api/events: a fixed number of statements
whatever the size of the range (at most four: events with their place and chair, the recurring ones'
exceptions, the people/groups/units named, the live agenda with its units), instead of the ORM's eager
loads (selectinload runs one statement per 500 parents and relationship) and its identity-map work.

The objects are read-only views with the attribute names of service.models.Event (and of its agenda
items, preparations, exceptions), so occurrences(), the templates and serialize.event_out read them as
they read the models. Nothing here is attached to a session: a view is never written back."""
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import false, literal, null, select, union_all

from service.models import (AgendaItem, Event, EventException, Group, Location, Office, Person, Preparation,
                            SlotHours, Unit)
from service.models.events import event_groups, event_persons, event_units
from service.summons import concerning, summoning_ids


@dataclass(slots=True)
class Named:
    """A person, group, unit or place as a listing shows it."""

    id: int
    name: str
    title: str | None = None
    office_id: int | None = None  # a person, group or unit of the event (a summons' read-only page tells its own)


@dataclass(slots=True)
class PreparationView:
    unit_id: int
    role: str
    position: int
    submitted_at: datetime | None
    submitted_by: str | None
    unit: Named


@dataclass(slots=True)
class ItemView:
    id: int
    event_id: int
    position: int
    number: int | None
    title: str
    deadline: date | None
    deadline_explicit: date | None
    preparing_units_text: str | None
    submitted_at: datetime | None
    removed_at: datetime | None = None
    preparations: list = field(default_factory=list)

    @property
    def lead_unit_id(self) -> int | None:
        return next((p.unit_id for p in self.preparations if p.role == "lead"), None)


@dataclass(slots=True)
class ExceptionView:
    original_start: datetime
    cancelled: bool
    start_at: datetime | None
    end_at: datetime | None
    start_date: date | None
    end_date: date | None
    reason: str | None = None  # "holiday": skipped by the series' holiday rule (service.series_rules)


_EVENT_COLUMNS = [c for c in Event.__table__.c]


class EventView:
    """One event's stored columns and what it names (see the module's docstring). A plain object: its
    attributes are set from a row's values in one dict update (setattr per column was most of the cost)."""

    @property
    def dated(self) -> bool:
        return self.start_at is not None or self.start_date is not None

    @property
    def live_agenda(self) -> list:
        return self.agenda  # only live items are read


def load_events(session, matching) -> list[EventView]:
    """The events whose ids `matching` (a SELECT of Event.id) gives, ordered like events_query."""
    # A SELECT inside IN (...): no list of ids in the statement, however many there are. Run as Core on the
    # connection below, so the session's office listener never sees it: the office scope is added here (the
    # offices' own events and those summoning them, service.summons), and every statement that follows reads
    # only these events' rows.
    ev = Event.__table__
    ids = concerning(session, matching, ev.c.office_id, ev.c.id)
    scope = session.info.get("office_ids")
    # On the session's connection, not session.execute: Core rows, without the ORM's result machinery.
    session.flush()  # what the session holds unwritten, as session.execute would autoflush it
    conn = session.connection()
    loc, chair, off = Location.__table__, Person.__table__.alias("chair"), Office.__table__
    rows = conn.execute(
        select(*_EVENT_COLUMNS, loc.c.name.label("_location_name"), chair.c.name.label("_chair_name"),
               chair.c.title.label("_chair_title"), chair.c.office_id.label("_chair_office"),
               off.c.slug.label("_office_slug"), off.c.name.label("_office_name"))
        .select_from(Event.__table__.outerjoin(loc, loc.c.id == Event.location_id)
                     .outerjoin(chair, chair.c.id == Event.chair_id).join(off, off.c.id == Event.office_id))
        .where(ev.c.id.in_(ids)).order_by(ev.c.range_start, ev.c.id)).all()
    keys = [c.key for c in _EVENT_COLUMNS]
    out, by_id = [], {}
    for row in rows:
        view = EventView()
        view.__dict__.update(zip(keys, row))
        # The column is the text Event.holidays_kept is stored as (see the model); the view gives the list.
        view.holidays_kept = [d for d in (view.holidays_kept or "").split(",") if d]
        view.location = Named(row.location_id, row._location_name) if row.location_id is not None else None
        view.chair = Named(row.chair_id, row._chair_name, row._chair_title) if row.chair_id is not None else None
        # A summons (an event of an office above that names someone of the session's offices): shown with its
        # source, read-only, and naming only the persons, groups and units of the session's offices and of the
        # source office (not those of the sibling communes it summons too).
        view.summons = None
        if scope is not None and view.office_id not in scope:
            view.summons = {"office": row._office_slug, "office_name": row._office_name}
            if row._chair_office not in scope and row._chair_office != view.office_id:
                view.chair = None
        view.attendees, view.groups, view.units, view.agenda, view.exceptions = [], [], [], [], []
        out.append(view)
        by_id[view.id] = view
    if not out:
        return out
    if summoning_ids(session):
        # The statements below read these events' rows: the summons among them by id, so that the naming of the
        # session's people is checked once, above, not once per statement (on 100 offices, four times over was
        # most of a commune's month page).
        summoned = [v.id for v in out if v.summons is not None]
        ids = concerning(session, matching, ev.c.office_id, ev.c.id, ev.c.id.in_(summoned) if summoned else false())

    if any(v.rrule for v in out):  # exceptions only matter to (and exist only for) recurring events
        ex = EventException.__table__
        for r in conn.execute(select(ex).where(ex.c.event_id.in_(ids)).order_by(ex.c.event_id, ex.c.original_start)):
            if r.event_id not in by_id:  # (an event that came into the range since the statement above)
                continue
            by_id[r.event_id].exceptions.append(ExceptionView(r.original_start, r.cancelled, r.start_at, r.end_at,
                                                              r.start_date, r.end_date, r.reason))

    p, g, u = Person.__table__, Group.__table__, Unit.__table__
    named = union_all(
        select(literal("p").label("kind"), event_persons.c.event_id, p.c.id, p.c.name, p.c.title, p.c.office_id)
        .join_from(event_persons, p, p.c.id == event_persons.c.person_id).where(event_persons.c.event_id.in_(ids)),
        select(literal("g"), event_groups.c.event_id, g.c.id, g.c.name, null(), g.c.office_id)
        .join_from(event_groups, g, g.c.id == event_groups.c.group_id).where(event_groups.c.event_id.in_(ids)),
        select(literal("u"), event_units.c.event_id, u.c.id, u.c.name, null(), u.c.office_id)
        .join_from(event_units, u, u.c.id == event_units.c.unit_id).where(event_units.c.event_id.in_(ids)),
    ).subquery()
    lists = {"p": "attendees", "g": "groups", "u": "units"}

    def shown(view, office_id) -> bool:
        return view.summons is None or office_id in scope or office_id == view.office_id
    for r in conn.execute(select(named).order_by(named.c.kind, named.c.event_id, named.c.id)):
        view = by_id.get(r.event_id)
        if view is not None and shown(view, r.office_id):
            getattr(view, lists[r.kind]).append(Named(r.id, r.name, r.title, r.office_id))

    a, prep = AgendaItem.__table__, Preparation.__table__
    items: dict[int, ItemView] = {}
    agenda = (select(a.c.id, a.c.event_id, a.c.position, a.c.number, a.c.title, a.c.deadline, a.c.deadline_explicit,
                     a.c.preparing_units_text, a.c.submitted_at, prep.c.unit_id, prep.c.role,
                     prep.c.position.label("prep_position"), prep.c.submitted_at.label("prep_submitted_at"),
                     prep.c.submitted_by, u.c.name.label("unit_name"), u.c.office_id.label("unit_office"))
              .select_from(a.outerjoin(prep, prep.c.item_id == a.c.id).outerjoin(u, u.c.id == prep.c.unit_id))
              .where(a.c.event_id.in_(ids), a.c.removed_at.is_(None))
              .order_by(a.c.event_id, a.c.position, a.c.id, prep.c.position))
    for r in conn.execute(agenda):
        if r.event_id not in by_id:
            continue
        item = items.get(r.id)
        if item is None:
            item = items[r.id] = ItemView(r.id, r.event_id, r.position, r.number, r.title, r.deadline,
                                          r.deadline_explicit, r.preparing_units_text, r.submitted_at)
            by_id[r.event_id].agenda.append(item)
        if r.unit_id is not None and shown(by_id[r.event_id], r.unit_office):
            item.preparations.append(PreparationView(r.unit_id, r.role, r.prep_position, r.prep_submitted_at,
                                                     r.submitted_by, Named(r.unit_id, r.unit_name, None, r.unit_office)))
    return out


def load_event(session, event_id: int) -> EventView | None:
    """One event as load_events reads it (a summons with what the session may see of it), None if unseen."""
    found = load_events(session, select(Event.id).where(Event.id == event_id))
    return found[0] if found else None


def slot_hours_between(ctx, first: date, last: date):
    """ctx.slot_hours for every day of [first, last] from one SELECT: a function day -> hours."""
    rows = ctx.session.scalars(ctx.own_office(select(SlotHours), SlotHours).where(SlotHours.valid_from <= last, SlotHours.valid_to >= first)
                               .order_by(SlotHours.valid_from.desc())).all()
    found: dict[date, dict] = {}

    def hours(day: date) -> dict:
        if day not in found:
            row = next((r for r in rows if r.valid_from <= day <= r.valid_to), None)
            found[day] = {**ctx.config.slots, **(row.hours if row else {})}
        return found[day]
    return hours
