"""HTTP and CLI for reminders: /api/reminders, the "Đã nộp tài liệu" link, `flask reminders run-due` and
`flask scheduler`. Wired into the app by create_app (service never imports notifications otherwise)."""
from datetime import datetime

import click
from flask import Blueprint, jsonify, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from notifications import plan  # noqa: F401  (registers the planning hook)
from notifications.dispatch import run_due
from notifications.links import read_submitted_token
from notifications.mail import mailer_from_config
from service import request_ctx, state
from service.api import authenticate, handle_errors, query_int
from service.clock import FixedClock
from service.context import Ctx
from service.errors import Conflict, NotFound, ValidationFailed
from service.events import mark_submitted
from service.models import AgendaItem, Reminder, Unit
from service.models.reminders import STATUSES
from service.serialize import iso
from service.web import flash, login_required, protect

MAX_LISTED = 2000
NO_EMAIL = "Đơn vị chưa có địa chỉ email: nhắc việc sẽ không gửi được"

api_bp = Blueprint("reminders_api", __name__, url_prefix="/api")
api_bp.before_request(authenticate)
handle_errors(api_bp)
web_bp = Blueprint("reminders_web", __name__, template_folder="templates")
protect(web_bp)


def reminder_out(row: Reminder, tz) -> dict:
    item = row.item
    return {"id": row.id, "kind": row.kind, "offset_days": row.offset_days, "status": row.status,
            "unit": {"id": row.unit.id, "name": row.unit.name}, "event": {"id": row.event.id, "name": row.event.title},
            "item": {"id": item.id, "number": item.number, "title": item.title,
                     "submitted_at": iso(item.submitted_at, tz)},
            "deadline": row.deadline.isoformat(), "due_at": iso(row.due_at, tz), "attempts": row.attempts,
            "next_attempt_at": iso(row.next_attempt_at, tz), "sent_at": iso(row.sent_at, tz),
            "message_id": row.message_id, "last_error": row.last_error,
            "warning": NO_EMAIL if not row.unit.emails and row.status in ("pending", "failed") else None}


@api_bp.get("/reminders")
def list_reminders():
    ctx = request_ctx()
    status = request.args.get("status") or None
    if status is not None and status not in STATUSES:
        raise ValidationFailed({"status": f"phải là một trong: {', '.join(STATUSES)}"})
    query = select(Reminder).options(selectinload(Reminder.unit), selectinload(Reminder.event),
                                     selectinload(Reminder.item))
    for column, value in ((Reminder.status, status), (Reminder.unit_id, query_int("unit_id")),
                          (Reminder.event_id, query_int("event_id"))):
        if value is not None:
            query = query.where(column == value)
    rows = ctx.session.scalars(query.order_by(Reminder.due_at.desc(), Reminder.id.desc()).limit(MAX_LISTED)).all()
    waiting = ctx.session.execute(select(Unit.name, Unit.emails).where(Unit.id.in_(
        select(Reminder.unit_id).where(Reminder.status.in_(("pending", "failed"))))).order_by(Unit.name)).all()
    warnings = [f"{name}: chưa có địa chỉ email, nhắc việc không gửi được" for name, emails in waiting if not emails]
    return jsonify({"reminders": [reminder_out(r, ctx.tz) for r in rows], "warnings": warnings})


def resend(ctx, ident) -> Reminder:
    """A failed reminder goes back to the outbox, with its tries counted afresh."""
    row = ctx.session.get(Reminder, ident)
    if row is None:
        raise NotFound(f"Không có nhắc việc nào có id {ident}")
    if row.status != "failed":
        raise Conflict(f"Chỉ gửi lại được nhắc việc đã thất bại (nhắc việc này đang ở trạng thái {row.status})")
    row.status, row.attempts, row.next_attempt_at, row.updated_at = "pending", 0, None, ctx.now()
    return row


@api_bp.post("/reminders/<id:ident>/resend")
def resend_api(ident):
    ctx = request_ctx()
    row = resend(ctx, ident)
    ctx.session.commit()
    return jsonify(reminder_out(row, ctx.tz))


STATUS_TABS = {"pending": "Chờ gửi", "sent": "Đã gửi", "failed": "Thất bại", "cancelled": "Đã hủy",
               "expired": "Quá hạn, không gửi"}


@web_bp.get("/nhac-viec")
@login_required()
def reminders_page():
    ctx = request_ctx()
    status = request.args.get("trang-thai", "pending")
    if status not in STATUS_TABS:
        status = "pending"
    rows = ctx.session.scalars(select(Reminder).where(Reminder.status == status)
                               .options(selectinload(Reminder.unit), selectinload(Reminder.event),
                                        selectinload(Reminder.item))
                               .order_by(Reminder.due_at.desc() if status != "pending" else Reminder.due_at,
                                         Reminder.id).limit(MAX_LISTED)).all()
    return render_template("reminders.html", rows=rows, status=status, tabs=STATUS_TABS, tz=ctx.tz, no_email=NO_EMAIL)


@web_bp.post("/nhac-viec/<id:ident>/gui-lai")
@login_required("office")
def resend_page(ident):
    ctx = request_ctx()
    try:
        resend(ctx, ident)
    except (NotFound, Conflict) as exc:
        flash(exc.message)
    else:
        ctx.session.commit()
        flash("Đã đưa nhắc việc vào hàng chờ gửi lại.")
    return redirect(url_for("reminders_web.reminders_page", **{"trang-thai": "failed"}))


def _from_link(ctx, token):
    found = read_submitted_token(ctx.config.secret_key, token)
    item = ctx.session.get(AgendaItem, found[0]) if found else None
    unit = ctx.session.get(Unit, found[1]) if found else None
    if item is None or unit is None:
        return None, None, ("Liên kết không hợp lệ", "Liên kết này không đúng hoặc đã bị sửa. Hãy mở lại liên kết "
                            "trong email nhắc việc, hoặc liên hệ Văn phòng.")
    if item.removed_at is not None or item.event.status == "cancelled":
        return item, unit, ("Không còn cần nộp", "Nội dung này đã được rút khỏi chương trình hoặc cuộc họp đã bị "
                            "hủy; đơn vị không cần nộp tài liệu.")
    return item, unit, None


@web_bp.route("/nhac-viec/da-nop/<token>", methods=["GET", "POST"])
def submitted(token):
    """GET shows what will be marked (mail scanners follow links: a GET changes nothing); POST marks it."""
    ctx = request_ctx(actor="email-link")
    item, unit, problem = _from_link(ctx, token)
    if problem:
        return render_template("submitted.html", office=ctx.config.office_name, problem=problem, item=item,
                               unit=unit), 404 if item is None else 410
    done = item.submitted_at is not None
    if request.method == "POST" and not done:
        mark_submitted(ctx, item.id, by=f"đơn vị: {unit.name} (liên kết trong email)")
        ctx.session.commit()
    return render_template("submitted.html", office=ctx.config.office_name, problem=None, item=item, unit=unit,
                           done=item.submitted_at is not None, just_now=request.method == "POST" and not done,
                           submitted_at=iso(item.submitted_at, ctx.tz), tz=ctx.tz)


def dispatch_once(app, now: datetime | None = None):
    """One dispatcher run with its own session (the scheduler's job and `reminders run-due`)."""
    st = state(app)
    clock = FixedClock(now) if now else st.clock
    with st.sessions() as session:
        return run_due(Ctx(session, clock, st.config, actor="reminders"), mailer_from_config(st.config))


def init_app(app) -> None:
    app.register_blueprint(api_bp)
    app.register_blueprint(web_bp)
    reminders = click.Group("reminders", help="Nhắc việc: gửi các lượt nhắc đến hạn.")

    @reminders.command("run-due")
    @click.option("--now", "now_text", default=None, help="thời điểm coi là 'bây giờ', ISO 8601 (mặc định: đồng hồ hệ thống)")
    def run_due_command(now_text):
        """Send every reminder due now and print a summary."""
        now = None
        if now_text:
            try:
                now = datetime.fromisoformat(now_text)
            except ValueError:
                raise click.BadParameter("phải là ngày giờ ISO 8601, ví dụ 2023-11-09T07:30:00+07:00",
                                         param_hint="--now") from None
            if now.tzinfo is None:
                now = now.replace(tzinfo=state(app).config.timezone)
        click.echo(dispatch_once(app, now).text())

    @app.cli.command("scheduler")
    def scheduler_command():
        """Run the reminder clock in this process (not inside web workers)."""
        from notifications.scheduler import run  # noqa: PLC0415
        run(app)

    app.cli.add_command(reminders)
