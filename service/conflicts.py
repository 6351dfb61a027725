"""The conflict engine: who or what is booked twice, who cannot travel in time, which unit has too many
deadlines on one day.

`find()` is pure (intervals in, conflicts out) and runs a sweep over each person's and each location's
intervals sorted by start: O(n log n + conflicts), not n² pairs. `check_range()` and `check_event()` load
events from the database, expand recurrences and call it.
"""
import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import exists, or_, select, union, union_all

from service.calendar_rules import local_midnight
from service.db import in_chunks
from service.models import AgendaItem, Event, EventException, Location, Office, Person, Preparation, Unit
from service.models.directory import group_members
from service.models.events import event_groups, event_persons, event_units
from service.summons import concerning, is_summoned, naming, summoning_ids
from service.vocabulary import CONFLICT_HEADINGS
from service.timing import occurrences

SHORT_WINDOW = timedelta(days=2)  # a check for an event shorter than this is driven by the time range
DEADLINE_LOAD_LIMIT = 3  # more than this many deadlines for one unit on one day is worth a warning


@dataclass(frozen=True, slots=True)
class Slot:
    """One occurrence that blocks time."""

    start: datetime  # UTC instants, end exclusive
    end: datetime
    event_id: int
    tentative: bool
    persons: frozenset
    location_id: int | None
    recurrence_id: datetime | None = None


@dataclass(slots=True)
class Conflict:
    kind: str  # person | location | travel | deadline_load
    subject: dict
    event_ids: list
    start: datetime | date
    end: datetime | date
    tentative: bool
    detail: dict = field(default_factory=dict)


def _overlaps(slots, kind, subject_of):
    """Sweep: for each slot in start order, every active slot that ends after it starts overlaps it.
    Touching (11:30 end, 11:30 start) is not an overlap."""
    out, active = [], []  # heap of (end, seq, slot)
    for seq, slot in enumerate(sorted(slots, key=lambda s: (s.start, s.end, s.event_id))):
        while active and active[0][0] <= slot.start:
            heapq.heappop(active)
        for _, _, other in active:
            if other.event_id != slot.event_id:
                a, b = other.event_id, slot.event_id
                out.append(Conflict(kind, subject_of, [a, b] if a < b else [b, a],
                                    max(other.start, slot.start), min(other.end, slot.end),
                                    other.tentative or slot.tentative))
        heapq.heappush(active, (slot.end, seq, slot))
    return out


def find(slots, travel_minutes: dict, location_names: dict) -> list[Conflict]:
    """Person, location and travel conflicts among `slots` (persons' names are filled in by the caller)."""
    by_person, by_location = defaultdict(list), defaultdict(list)
    for slot in slots:
        for person in slot.persons:
            by_person[person].append(slot)
        if slot.location_id is not None:
            by_location[slot.location_id].append(slot)
    out = []
    for person, items in by_person.items():
        subject = {"type": "person", "id": person, "name": None}
        out += _overlaps(items, "person", subject)
        out += _travel(items, subject, travel_minutes, location_names)
    for location, items in by_location.items():
        out += _overlaps(items, "location", {"type": "location", "id": location, "name": location_names.get(location)})
    return out


def _travel(items, subject, travel_minutes, location_names):
    """Back-to-back events in different places with less time between them than the journey needs.
    A place's travel time is from the office; unknown on both sides means no warning."""
    out = []
    ordered = sorted(items, key=lambda s: (s.start, s.end))
    for before, after in zip(ordered, ordered[1:]):
        if before.location_id is None or after.location_id is None or before.location_id == after.location_id:
            continue
        known = [m for m in (travel_minutes.get(before.location_id), travel_minutes.get(after.location_id)) if m]
        gap = after.start - before.end
        if known and timedelta(0) <= gap < timedelta(minutes=max(known)):
            out.append(Conflict("travel", subject, [before.event_id, after.event_id], before.end, after.start,
                                before.tentative or after.tentative,
                                {"needed_minutes": max(known), "gap_minutes": int(gap.total_seconds() // 60),
                                 "from": location_names.get(before.location_id),
                                 "to": location_names.get(after.location_id)}))
    return out


# ---- from the database -------------------------------------------------------------------------

@dataclass(slots=True)
class _Row:
    """An event as the conflict check needs it (plain values: loading ORM graphs was 90% of the cost)."""

    id: int
    status: str
    busy: bool
    all_day: bool
    start_at: datetime | None
    end_at: datetime | None
    start_date: date | None
    end_date: date | None
    rrule: str | None
    chair_id: int | None
    location_id: int | None
    location_name: str | None
    travel_minutes: int | None
    office_id: int | None = None
    persons: set = field(default_factory=set)
    exceptions: list = field(default_factory=list)

    @property
    def dated(self) -> bool:
        return self.start_at is not None or self.start_date is not None


def slots_of(event, lo: datetime, hi: datetime, tz) -> list[Slot]:
    """The time-blocking occurrences of an event in [lo, hi). Cancelled events and occurrences, undated
    events and free ("busy": false) events block nothing."""
    if event.status == "cancelled" or not event.busy or not event.dated:
        return []
    persons = frozenset(event.persons)
    out = []
    for occ in occurrences(event, lo, hi, tz):
        if occ.cancelled:
            continue
        if isinstance(occ.start, datetime):  # in UTC: comparing datetimes of one tzinfo is the fast path
            start, end = occ.start.astimezone(timezone.utc), occ.end.astimezone(timezone.utc)
        else:
            start, end = local_midnight(occ.start, tz), local_midnight(occ.end + timedelta(days=1), tz)
        out.append(Slot(start, end, event.id, event.status == "tentative", persons, event.location_id,
                        occ.recurrence_id))
    return out


def _load(ctx, lo: datetime, hi: datetime, persons=None, location_id=None) -> list[_Row]:
    """Busy, live events overlapping [lo, hi) with the persons they bind (directly, chair, groups);
    with `persons`/`location_id`, only events that involve one of them or that place."""
    from service.events import overlapping, overlapping_halves  # noqa: PLC0415 - events imports this module too

    def select_rows(*where):
        return select(Event.id, Event.status, Event.busy, Event.all_day, Event.start_at, Event.end_at,
                      Event.start_date, Event.end_date, Event.rrule, Event.chair_id, Event.location_id,
                      Location.name, Location.travel_minutes, Event.office_id) \
            .outerjoin(Location, Location.id == Event.location_id).where(*where)

    live = (Event.status != "cancelled", Event.busy.is_(True))
    if persons is None:
        return _with_persons(ctx, [select_rows(overlapping(lo, hi), *live)])
    groups = select(group_members.c.group_id).where(group_members.c.person_id.in_(persons))
    if hi - lo > SHORT_WINDOW:
        # A long window (a series): a union of indexed look-ups of the events that share a person or the
        # place drives the query.
        by_persons = [select(Event.id).where(Event.chair_id.in_(persons)),
                      select(event_persons.c.event_id).where(event_persons.c.person_id.in_(persons)),
                      select(event_groups.c.event_id).where(event_groups.c.group_id.in_(groups))]
        at_place = [select(Event.id).where(Event.location_id == location_id)] if location_id is not None else []
        shared = Event.id.in_(union(*by_persons, *at_place))
        return _with_persons(ctx, [select_rows(overlapping(lo, hi), *live, shared)],
                             _named(ctx, Event.id.in_(union(*by_persons)), location_id))
    # A short window: the time range picks fewer. The events it picks (short ones from the range index,
    # the few long ones, series, that cover the window) are probed for a shared person or the place;
    # cheaper than materialising all of the persons' events. Two queries: SQLite does not use the index
    # for an OR of the halves. (`+ 0`: one seek per event on the (event_id, ...) primary keys, then a
    # scan of its few rows, instead of one seek per person.)
    by_persons = or_(Event.chair_id.in_(persons),
                     exists().where(event_persons.c.event_id == Event.id, (event_persons.c.person_id + 0).in_(persons)),
                     exists().where(event_groups.c.event_id == Event.id, (event_groups.c.group_id + 0).in_(groups)))
    involved = by_persons if location_id is None else or_(by_persons, Event.location_id == location_id)
    return _with_persons(ctx, [select_rows(half, *live, involved) for half in overlapping_halves(lo, hi)],
                         _named(ctx, by_persons, location_id))


def _named(ctx, by_persons, location_id):
    """What makes a summons of an office above the session's business in a check of its persons: sharing one
    of them (they are all the session's own: its events name no one else) — or, at the place only, naming its
    people (service.summons.naming)."""
    if location_id is None or not summoning_ids(ctx.session):
        return by_persons
    return or_(by_persons, naming(Event.id, ctx.session.info["office_ids"]))


def _with_persons(ctx, queries, named=None) -> list[_Row]:
    """The rows of `queries`, each with the persons it binds and, if recurring, its exceptions. The events
    are those concerning the session's offices: their own and the summons of offices above (service.summons)."""
    queries = [concerning(ctx.session, query, Event.office_id, Event.id, named) for query in queries]
    rows = {r.id: _Row(*r) for query in queries for r in ctx.session.execute(query)}
    for ids in in_chunks(rows):
        for event_id, person_id in ctx.session.execute(union_all(
                select(event_persons).where(event_persons.c.event_id.in_(ids)),
                select(event_groups.c.event_id, group_members.c.person_id)
                .join(group_members, group_members.c.group_id == event_groups.c.group_id)
                .where(event_groups.c.event_id.in_(ids)))):
            rows[event_id].persons.add(person_id)
    for row in rows.values():
        if row.chair_id:
            row.persons.add(row.chair_id)
    for ids in in_chunks(i for i, r in rows.items() if r.rrule):
        for ex in ctx.session.execute(select(EventException.__table__).where(EventException.event_id.in_(ids))):
            rows[ex.event_id].exceptions.append(ex)
    return list(rows.values())


def _places(rows) -> tuple[dict, dict]:
    """Names and travel minutes of the places of `rows`."""
    return ({r.location_id: r.location_name for r in rows if r.location_id},
            {r.location_id: r.travel_minutes for r in rows if r.location_id})


def _name_persons(ctx, found: list[Conflict], rows=()) -> list[Conflict]:
    """Fill in the names of the persons the conflicts are about: one query, only when there are some.
    With summons among `rows` (events of an office above), the conflicts of the session's own persons and
    places are kept: not those of the source office's or of a sibling office's persons (whom it cannot see:
    no name), nor a place clash between two events of the office above."""
    subjects = [c.subject for c in found if c.subject["type"] == "person"]
    if subjects:
        names = dict(ctx.session.execute(select(Person.id, Person.name).where(
            Person.id.in_({s["id"] for s in subjects}))).all())
        for subject in subjects:
            subject["name"] = names.get(subject["id"])
    summoned = {r.id for r in rows if is_summoned(ctx.session, r.office_id)}
    if summoned:
        found = [c for c in found if (c.subject["name"] is not None if c.subject["type"] == "person"
                                      else not set(c.event_ids) <= summoned)]
    return found


def _in_order(found: list[Conflict], tz) -> list[Conflict]:
    """By start (a day's deadline load at its local midnight), then kind and events."""
    def key(c):  # all in UTC, the fast path of datetime comparison
        return c.start if isinstance(c.start, datetime) else local_midnight(c.start, tz), c.kind, c.event_ids
    return sorted(found, key=key)


def check_range(ctx, lo: datetime, hi: datetime, person_id=None, unit_id=None) -> list[Conflict]:
    """Every conflict in [lo, hi), optionally only those of one person or one unit."""
    rows = _load(ctx, lo, hi)
    slots = [s for r in rows for s in slots_of(r, lo, hi, ctx.tz)]
    locations, travel = _places(rows)
    found = _name_persons(ctx, find(slots, travel, locations), rows) + deadline_load(ctx, lo, hi)
    if person_id is not None:
        found = [c for c in found if c.subject["type"] == "person" and c.subject["id"] == person_id]
    if unit_id is not None:
        involved = set(ctx.session.scalars(union(
            select(event_units.c.event_id).where(event_units.c.unit_id == unit_id),
            select(AgendaItem.event_id).join(Preparation, Preparation.item_id == AgendaItem.id)
            .where(Preparation.unit_id == unit_id, AgendaItem.removed_at.is_(None)))))
        found = [c for c in found if (c.kind == "deadline_load" and c.subject["id"] == unit_id)
                 or (c.kind != "deadline_load" and set(c.event_ids) & involved)]
    return _in_order(found, ctx.tz)


def check_event(ctx, event: Event, horizon_days: int = 366) -> list[Conflict]:
    """Conflicts that involve `event` (for the answer to a create or change): only events that share
    one of its persons or its place are loaded."""
    if not event.dated or event.range_start is None:
        return []
    persons = {p.id for p in event.attendees} | {m.id for g in event.groups for m in g.members}
    if event.chair_id:
        persons.add(event.chair_id)
    if not persons and event.location_id is None:
        return []
    ctx.session.flush()
    lo = event.range_start
    hi = event.range_end or lo + timedelta(days=horizon_days)
    rows = _load(ctx, lo, hi, persons=sorted(persons), location_id=event.location_id)
    slots = [s for r in rows for s in slots_of(r, lo, hi, ctx.tz)]
    locations, travel = _places(rows)
    found = _name_persons(ctx, [c for c in find(slots, travel, locations) if event.id in c.event_ids], rows)
    return _in_order(found, ctx.tz)


def deadline_load(ctx, lo: datetime, hi: datetime, limit: int = DEADLINE_LOAD_LIMIT) -> list[Conflict]:
    """Units with more than `limit` preparation deadlines on one day in [lo, hi)."""
    first, last = lo.astimezone(ctx.tz).date(), hi.astimezone(ctx.tz).date()
    query = (select(Preparation.unit_id, AgendaItem.deadline, AgendaItem.event_id, Event.status)
             .join(AgendaItem, AgendaItem.id == Preparation.item_id).join(Event, Event.id == AgendaItem.event_id)
             .where(AgendaItem.removed_at.is_(None), AgendaItem.deadline >= first, AgendaItem.deadline < last,
                    AgendaItem.submitted_at.is_(None), Event.status != "cancelled"))
    if summoning_ids(ctx.session):  # the items of summons count for the session's own units only
        query = query.where(Preparation.unit_id.in_(select(Unit.id).where(
            Unit.office_id.in_(ctx.session.info["office_ids"]))))
    rows = ctx.session.execute(concerning(ctx.session, query, Event.office_id, Event.id)).all()
    days = defaultdict(list)
    for unit_id, day, event_id, status in rows:
        days[(unit_id, day)].append((event_id, status))
    out = []
    if not days:
        return out
    names = dict(ctx.session.execute(select(Unit.id, Unit.name).where(Unit.id.in_({u for u, _ in days}))).all())
    for (unit_id, day), items in sorted(days.items()):
        if len(items) > limit:
            out.append(Conflict("deadline_load", {"type": "unit", "id": unit_id, "name": names.get(unit_id)},
                                sorted({e for e, _ in items}), day, day,
                                any(s == "tentative" for _, s in items), {"count": len(items), "limit": limit}))
    return out




def titles(ctx, found: list[Conflict]) -> tuple[dict, dict]:
    """The titles of the conflicts' events, and for a summons among them (service.summons) the name of its
    source office: ({id: title}, {id: office name})."""
    out, sources = {}, {}
    for ids in in_chunks({i for c in found for i in c.event_ids}):
        query = select(Event.id, Event.title, Event.office_id, Office.name).join(Office, Office.id == Event.office_id) \
            .where(Event.id.in_(ids))
        for event_id, title, office_id, office_name in ctx.session.execute(
                concerning(ctx.session, query, Event.office_id, Event.id)):
            out[event_id] = title
            if is_summoned(ctx.session, office_id):
                sources[event_id] = office_name
    return out, sources


def report(ctx, found: list[Conflict]) -> list[str]:
    """The office's readable report, in Vietnamese, grouped by kind."""
    titles_of, sources = titles(ctx, found)
    titles_of = {i: t + (f" (triệu tập: {sources[i]})" if i in sources else "") for i, t in titles_of.items()}

    def when(c):
        if isinstance(c.start, datetime):
            s, e = c.start.astimezone(ctx.tz), c.end.astimezone(ctx.tz)
            return f"{s:%d/%m %H:%M}–{e:%H:%M}" if s.date() == e.date() else f"{s:%d/%m %H:%M}–{e:%d/%m %H:%M}"
        return f"{c.start:%d/%m}"

    lines = []
    for kind, heading in CONFLICT_HEADINGS.items():
        items = [c for c in found if c.kind == kind]
        if not items:
            continue
        lines.append(f"{heading} ({len(items)}):")
        for c in items:
            events = " và ".join(f"\"{titles_of.get(i, '?')}\" (#{i})" for i in c.event_ids[:2])
            if kind == "deadline_load":
                text = f"{c.subject['name']}: {c.detail['count']} nội dung phải nộp ngày {when(c)} ({len(c.event_ids)} cuộc họp)"
            elif kind == "travel":
                text = (f"{c.subject['name']}, {when(c)}: từ {c.detail['from']} đến {c.detail['to']} cần "
                        f"{c.detail['needed_minutes']} phút, chỉ có {c.detail['gap_minutes']} phút — {events}")
            else:
                text = f"{c.subject['name']}, {when(c)}: {events}"
            lines.append(f"  - {text}{' [dự kiến]' if c.tentative else ''}")
    return lines or ["Không có xung đột nào."]
