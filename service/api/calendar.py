"""The office's calendar exceptions: days off and make-up working days."""
from datetime import date

from flask import jsonify
from sqlalchemy import select

from service import request_ctx, schemas
from service.api import bp, parse_body
from service.errors import NotFound
from service.events import recompute_default_deadlines
from service.models import CalendarException


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
    ctx.session.commit()
    return jsonify(_out(row))
