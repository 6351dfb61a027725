"""Reminders in the JSON API: GET /api/reminders and POST /api/reminders/<id>/resend."""
from flask import jsonify, request
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from notifications.dispatch import resend
from service import summons
from service.api_base import api_blueprint, query_int
from service.context import request_ctx
from service.errors import ValidationFailed
from service.models import Reminder, Unit
from service.models.reminders import STATUSES
from service.schemas import ReminderList, ReminderOut
from service.serialize import iso

MAX_LISTED = 2000
NO_EMAIL = "Đơn vị chưa có địa chỉ email: nhắc việc sẽ không gửi được"

bp = api_blueprint("reminders_api", __name__)


def reminder_out(row: Reminder, tz) -> ReminderOut:
    item = row.item
    return ReminderOut(
        id=row.id, kind=row.kind, offset_days=row.offset_days, status=row.status,
        unit={"id": row.unit.id, "name": row.unit.name}, event={"id": row.event.id, "name": row.event.title},
        item={"id": item.id, "number": item.number, "title": item.title, "submitted_at": iso(item.submitted_at, tz)},
        deadline=row.deadline.isoformat(), due_at=iso(row.due_at, tz), attempts=row.attempts,
        next_attempt_at=iso(row.next_attempt_at, tz), sent_at=iso(row.sent_at, tz), message_id=row.message_id,
        delivered_to=row.delivered_to or [],
        last_error=row.last_error,
        warning=NO_EMAIL if not row.unit.emails and row.status in ("pending", "failed") else None)


@bp.get("/reminders")
def list_reminders():
    ctx = request_ctx()
    status = request.args.get("status") or None
    if status is not None and status not in STATUSES:
        raise ValidationFailed({"status": f"phải là một trong: {', '.join(STATUSES)}"})
    # Units' reminders only; notices to persons are listed on /nhac-viec. With those of the province's events
    # that summon the office's units (service.summons.reminders).
    query = summons.reminders(ctx.session, select(Reminder).where(Reminder.person_id.is_(None)).options(
        selectinload(Reminder.unit), selectinload(Reminder.event), selectinload(Reminder.item)))
    for column, value in ((Reminder.status, status), (Reminder.unit_id, query_int("unit_id")),
                          (Reminder.event_id, query_int("event_id"))):
        if value is not None:
            query = query.where(column == value)
    rows = ctx.session.scalars(query.order_by(Reminder.due_at.desc(), Reminder.id.desc()).limit(MAX_LISTED)).all()
    # The units of the reminders listed (the statement inside carries the office scope: all_offices).
    waiting = ctx.session.execute(select(Unit.name, Unit.emails).where(Unit.id.in_(summons.reminders(
        ctx.session, select(Reminder.unit_id).where(Reminder.status.in_(("pending", "failed")),
                                                    Reminder.unit_id.is_not(None)))))
        .order_by(Unit.name).execution_options(all_offices=True)).all()
    warnings = [f"{name}: chưa có địa chỉ email, nhắc việc không gửi được" for name, emails in waiting if not emails]
    body = ReminderList(reminders=[reminder_out(r, ctx.tz) for r in rows], warnings=warnings)
    return jsonify(body.model_dump(mode="json"))


@bp.post("/reminders/<id:ident>/resend")
def resend_api(ident):
    ctx = request_ctx()
    row = resend(ctx, ident)
    ctx.session.commit()
    return jsonify(reminder_out(row, ctx.tz).model_dump(mode="json"))
