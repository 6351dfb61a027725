"""Papers the units hand in for agenda items: the office marks them (papers brought by hand) and undoes a
mark; what each unit must hand in this week and what is late ("Việc phải nộp").

Marking is service.events.mark_submitted (the same as the link in a reminder email); undoing is its
mirror here. Both record the history and go through ctx.changes, so the reminders re-plan: a mark stops
the unit's reminders, an undo brings the pending ones back."""
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from service import summons
from service.context import Ctx
from service.errors import NotFound, ValidationFailed
from service.events import mark_submitted
from service.models import AgendaItem, Event, EventChange, Preparation, Unit
from service.offices import core_scope

LATE_DAYS = 30  # how far back "late" looks: older unsubmitted papers are the record, not today's work


def mark(ctx: Ctx, item_id: int, unit_id: int | None, by: str) -> AgendaItem:
    return mark_submitted(ctx, item_id, by=by, unit_id=unit_id)


def unmark(ctx: Ctx, item_id: int, unit_id: int | None) -> AgendaItem:
    """Undo a mark: the unit's (and the item's, when that unit's closed it); without a unit, the item's and
    every unit's. Idempotent."""
    item = ctx.session.get(AgendaItem, item_id)
    if item is None or item.removed_at is not None:
        raise NotFound(f"Không có nội dung nào có id {item_id} (hoặc nội dung đã bị rút khỏi chương trình)")
    preps = item.preparations if unit_id is None else [p for p in item.preparations if p.unit_id == unit_id]
    if unit_id is not None and not preps:
        raise NotFound(f"Đơn vị id {unit_id} không chuẩn bị nội dung này")
    if unit_id is not None and item.submitted_at is not None and preps[0].submitted_at is None \
            and preps[0].role != "lead" and len(item.preparations) > 1:
        # The whole item was marked (not this unit's part): undoing "its" mark would do nothing and say done.
        raise ValidationFailed({"unit_id": "cả nội dung đã được ghi nhận đã nộp (không riêng đơn vị này); hãy bỏ "
                                           "ghi nhận cả nội dung"})
    changes = {}
    for prep in preps:
        if prep.submitted_at is not None:
            changes[f"agenda[{item.position}].units[{prep.unit_id}].submitted_at"] = [prep.submitted_at.isoformat(), None]
            prep.submitted_at = prep.submitted_by = None
    closed_by = unit_id is None or preps[0].role == "lead" or len(item.preparations) == 1
    if closed_by and item.submitted_at is not None:
        changes[f"agenda[{item.position}].submitted_at"] = [item.submitted_at.isoformat(), None]
        item.submitted_at = None
    if changes:
        ctx.session.add(EventChange(event_id=item.event_id, at=ctx.now(), actor=ctx.actor, action="unsubmitted",
                                    sequence=item.event.sequence, changes=changes))
        ctx.changes.event_changed(ctx, item.event)
    return item


@dataclass
class Due:
    item: AgendaItem
    event: Event
    unit_id: int
    role: str
    submitted_at: object  # the unit's own, or the item's (closed by the lead unit or the office)
    submitted_by: str | None
    late_days: int


@dataclass
class UnitDue:
    unit: Unit
    week: list[Due]
    late: list[Due]


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def due_by_unit(ctx: Ctx, unit_id: int | None = None, today: date | None = None) -> list[UnitDue]:
    """Per unit (one, or each that has something): items due this week (Monday–Sunday, handed in or not)
    and items late (deadline in the last LATE_DAYS days, not handed in), of events not cancelled."""
    today = today or ctx.now().astimezone(ctx.tz).date()
    monday, sunday = week_of(today)
    since = min(monday, today - timedelta(days=LATE_DAYS))
    query = (select(Preparation, AgendaItem, Event)
             .join(AgendaItem, AgendaItem.id == Preparation.item_id).join(Event, Event.id == AgendaItem.event_id)
             .where(AgendaItem.removed_at.is_(None), Event.status != "cancelled", AgendaItem.deadline.is_not(None),
                    AgendaItem.deadline >= since, AgendaItem.deadline <= sunday)
             .options(selectinload(Preparation.unit))
             .order_by(AgendaItem.deadline, Event.id, AgendaItem.position))
    if unit_id is not None:
        query = query.where(Preparation.unit_id == unit_id)
    # The office's own events, and the summons of the offices above whose items its units prepare (their
    # preparations by its own units only: not the province's other units', nor the sibling communes').
    u = Unit.__table__
    own_units = Preparation.unit_id.in_(select(u.c.id).where(core_scope(ctx.session, u.c.office_id)))
    query = summons.concerning(ctx.session, query, Event.office_id, Event.id, named=own_units)
    per_unit: dict[int, UnitDue] = {}
    for prep, item, event in ctx.session.execute(query).all():
        done = prep.submitted_at or item.submitted_at
        row = Due(item, event, prep.unit_id, prep.role, done, prep.submitted_by if prep.submitted_at else None,
                  (today - item.deadline).days)
        entry = per_unit.setdefault(prep.unit_id, UnitDue(prep.unit, [], []))
        if monday <= item.deadline <= sunday:
            entry.week.append(row)
        if item.deadline < today and done is None:
            entry.late.append(row)
    if unit_id is not None and unit_id not in per_unit:
        unit = ctx.session.get(Unit, unit_id)
        if unit is None:
            raise NotFound(f"Không có đơn vị nào có id {unit_id}")
        per_unit[unit_id] = UnitDue(unit, [], [])
    return sorted(per_unit.values(), key=lambda u: (u.unit.name or "").lower())
