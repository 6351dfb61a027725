"""The office's calendar: days off and make-up working days; seasonal hours of the slots; its reminder settings."""
from datetime import date

from flask import jsonify

from service import office_calendar, reminder_settings, schemas
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx
from service.errors import NotFound
from service.events import recompute_default_deadlines
from service.models import CalendarException, SlotHours


def _out(row: CalendarException) -> dict:
    return schemas.CalendarExceptionOut(day=row.day, kind=row.kind, label=row.label,
                                        source_ref=row.source_ref).model_dump(mode="json")


@bp.get("/calendar/exceptions")
def list_calendar_exceptions():
    rows = office_calendar.list_exceptions(request_ctx())
    return jsonify({"exceptions": [_out(r) for r in rows]})


@bp.put("/calendar/exceptions")
def put_calendar_exception():
    """Add or replace the exception for a day; default deadlines from that day's week on follow."""
    ctx = request_ctx()
    row = office_calendar.set_exception(ctx, parse_body(schemas.CalendarExceptionIn))
    ctx.session.commit()
    return jsonify(_out(row))


@bp.delete("/calendar/exceptions/<day>")
def delete_calendar_exception(day):
    ctx = request_ctx()
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        raise NotFound(f"Không có ngoại lệ lịch nào cho ngày {day}") from None
    row = office_calendar.remove_exception(ctx, parsed)
    ctx.session.commit()
    return jsonify(_out(row))


def _slot_out(row: SlotHours) -> dict:
    hours = {slot: "-".join(row.hours[slot]) if slot in row.hours else None for slot in ("morning", "afternoon", "evening")}
    return schemas.SlotHoursOut(id=row.id, valid_from=row.valid_from, valid_to=row.valid_to,
                                **hours).model_dump(mode="json")


@bp.get("/calendar/slot-hours")
def list_slot_hours():
    rows = office_calendar.list_slot_hours(request_ctx())
    return jsonify({"slot_hours": [_slot_out(r) for r in rows]})


@bp.post("/calendar/slot-hours")
def create_slot_hours():
    """Seasonal hours ("giờ làm việc mùa hè"): slots not given keep the configured default.
    Events already entered keep their times; new ones in the period use these hours."""
    ctx = request_ctx()
    row = office_calendar.save_slot_hours(ctx, parse_body(schemas.SlotHoursIn))
    ctx.session.commit()
    return jsonify(_slot_out(row)), 201


@bp.get("/settings/reminders")
def get_reminder_settings():
    return jsonify(reminder_settings.as_json(reminder_settings.of(request_ctx())))


@bp.put("/settings/reminders")
def put_reminder_settings():
    """The office's default deadline, reminder days and hour; its coming events' deadlines and reminders follow."""
    ctx = request_ctx()
    saved = reminder_settings.save(ctx, parse_body(schemas.ReminderSettingsIn))
    recompute_default_deadlines(ctx, ctx.now().astimezone(ctx.tz).date(), replan=True)
    ctx.session.commit()
    return jsonify(reminder_settings.as_json(saved))
