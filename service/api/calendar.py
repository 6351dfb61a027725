"""The office's calendar: days off and make-up working days; seasonal hours of the slots."""
from datetime import date

from flask import jsonify
from sqlalchemy import select

from service import schemas, series
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx
from service.errors import NotFound, ValidationFailed
from service.events import recompute_default_deadlines
from service.models import CalendarException, SlotHours


def _out(row: CalendarException) -> dict:
    return schemas.CalendarExceptionOut(day=row.day, kind=row.kind, label=row.label,
                                        source_ref=row.source_ref).model_dump(mode="json")


@bp.get("/calendar/exceptions")
def list_calendar_exceptions():
    rows = request_ctx().session.scalars(select(CalendarException).order_by(CalendarException.day)).all()
    return jsonify({"exceptions": [_out(r) for r in rows]})


@bp.put("/calendar/exceptions")
def put_calendar_exception():
    """Add or replace the exception for a day; default deadlines from that day's week on follow."""
    ctx = request_ctx()
    body = parse_body(schemas.CalendarExceptionIn)
    row = ctx.session.get(CalendarException, body.day) or CalendarException(day=body.day)
    row.kind, row.label, row.source_ref = body.kind, body.label, body.source_ref
    ctx.session.add(row)
    ctx.session.flush()
    recompute_default_deadlines(ctx, body.day)
    series.calendar_changed(ctx, body.day)  # a Monday briefing skips the new day off (or meets on the working day)
    ctx.session.commit()
    return jsonify(_out(row))


@bp.delete("/calendar/exceptions/<day>")
def delete_calendar_exception(day):
    ctx = request_ctx()
    try:
        row = ctx.session.get(CalendarException, date.fromisoformat(day))
    except ValueError:
        row = None
    if row is None:
        raise NotFound(f"Không có ngoại lệ lịch nào cho ngày {day}")
    ctx.session.delete(row)
    ctx.session.flush()
    recompute_default_deadlines(ctx, row.day)
    series.calendar_changed(ctx, row.day)
    ctx.session.commit()
    return jsonify(_out(row))


def _slot_out(row: SlotHours) -> dict:
    hours = {slot: "-".join(row.hours[slot]) if slot in row.hours else None for slot in ("morning", "afternoon", "evening")}
    return schemas.SlotHoursOut(id=row.id, valid_from=row.valid_from, valid_to=row.valid_to,
                                **hours).model_dump(mode="json")


@bp.get("/calendar/slot-hours")
def list_slot_hours():
    rows = request_ctx().session.scalars(select(SlotHours).order_by(SlotHours.valid_from)).all()
    return jsonify({"slot_hours": [_slot_out(r) for r in rows]})


@bp.post("/calendar/slot-hours")
def create_slot_hours():
    """Seasonal hours ("giờ làm việc mùa hè"): slots not given keep the configured default.
    Events already entered keep their times; new ones in the period use these hours."""
    ctx = request_ctx()
    body = parse_body(schemas.SlotHoursIn)
    errors = {}
    if body.valid_to < body.valid_from:
        errors["valid_to"] = "ngày kết thúc trước ngày bắt đầu"
    hours = {}
    for slot in ("morning", "afternoon", "evening"):
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
    row = SlotHours(valid_from=body.valid_from, valid_to=body.valid_to, hours=hours)
    ctx.session.add(row)
    ctx.session.commit()
    return jsonify(_slot_out(row)), 201
