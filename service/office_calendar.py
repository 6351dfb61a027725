"""The office's own calendar: days off and make-up working days (calendar_exceptions), and seasonal hours of the
slots (slot_hours). One set of rules for the API (service/api/calendar.py) and the administration pages
(service/web/admin_pages.py): what one refuses, the other refuses with the same words."""
from datetime import date

from sqlalchemy import extract, select

from service.calendar_rules import BUILTIN_EXCEPTIONS, _public_holidays
from service import series
from service.context import Ctx
from service.errors import NotFound, ValidationFailed
from service.events import recompute_default_deadlines
from service.models import CalendarException, SlotHours

SEASONAL_SLOTS = ("morning", "afternoon", "evening")  # "full_day" is derived: morning start to afternoon end


# ---- days off, make-up working days ------------------------------------------------------------

def list_exceptions(ctx: Ctx, year: int | None = None) -> list[CalendarException]:
    query = ctx.own_office(select(CalendarException), CalendarException).order_by(CalendarException.day)
    if year is not None:
        query = query.where(extract("year", CalendarException.day) == year)
    return list(ctx.session.scalars(query).all())


def _day_row(ctx: Ctx, day: date) -> CalendarException | None:
    """The acting office's exception for `day` (the key is (office, day))."""
    return ctx.session.scalars(ctx.own_office(select(CalendarException), CalendarException)
                               .where(CalendarException.day == day)).first()


def set_exception(ctx: Ctx, body) -> CalendarException:
    """Add or replace the exception for a day (schemas.CalendarExceptionIn); the default deadlines from that
    day on follow (a deadline counted in working days moves with them)."""
    row = _day_row(ctx, body.day) or CalendarException(day=body.day)
    row.kind, row.label, row.source_ref = body.kind, body.label, body.source_ref
    ctx.session.add(row)
    ctx.session.flush()
    recompute_default_deadlines(ctx, body.day)
    series.calendar_changed(ctx, body.day)  # a Monday briefing skips the new day off (or meets on the working day)
    return row


def remove_exception(ctx: Ctx, day: date) -> CalendarException:
    row = _day_row(ctx, day)
    if row is None:
        raise NotFound(f"Không có ngoại lệ lịch nào cho ngày {day:%d/%m/%Y}")
    ctx.session.delete(row)
    ctx.session.flush()
    recompute_default_deadlines(ctx, row.day)
    series.calendar_changed(ctx, row.day)
    return row


def public_holidays(year: int) -> list[tuple[date, str, str | None]]:
    """The year's public holidays (the `holidays` package) and the built-in corrections, as (day, name, kind)
    with kind None for a holiday of the law: read-only beside the office's own exceptions."""
    out = [(day, name, None) for day, name in _public_holidays(year).items()]
    out += [(day, label, kind) for day, (kind, label) in BUILTIN_EXCEPTIONS.items() if day.year == year]
    return sorted(out)


# ---- seasonal slot hours -----------------------------------------------------------------------

def list_slot_hours(ctx: Ctx) -> list[SlotHours]:
    return list(ctx.session.scalars(ctx.own_office(select(SlotHours), SlotHours).order_by(SlotHours.valid_from, SlotHours.id)).all())


def get_slot_hours(ctx: Ctx, ident: int) -> SlotHours:
    row = ctx.session.get(SlotHours, ident)
    if row is None:
        raise NotFound(f"Không có khoảng giờ làm việc nào có id {ident}")
    return row


def save_slot_hours(ctx: Ctx, body, row: SlotHours | None = None) -> SlotHours:
    """A period's hours (schemas.SlotHoursIn), new or replacing `row`'s. Slots not given keep the configured
    default. Events already entered keep their times; new ones in the period use these hours."""
    errors = {}
    if body.valid_to < body.valid_from:
        errors["valid_to"] = "ngày kết thúc trước ngày bắt đầu"
    hours = {}
    for slot in SEASONAL_SLOTS:
        value = getattr(body, slot)
        if value:
            start, end = value.split("-")
            if end <= start:
                errors[slot] = "giờ kết thúc phải sau giờ bắt đầu"
            hours[slot] = [start, end]
    if not hours:
        errors["morning"] = "cần ít nhất một buổi"
    if errors:
        raise ValidationFailed(errors)
    row = row or SlotHours()
    row.valid_from, row.valid_to, row.hours = body.valid_from, body.valid_to, hours
    ctx.session.add(row)
    ctx.session.flush()
    return row


def delete_slot_hours(ctx: Ctx, ident: int) -> SlotHours:
    row = get_slot_hours(ctx, ident)
    ctx.session.delete(row)
    ctx.session.flush()
    return row
