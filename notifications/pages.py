"""Reminder pages: the office's outbox (/nhac-viec, resend), and the page behind the "Đã nộp tài liệu" link
in reminder emails, which a unit opens without logging in (the link is signed)."""
from flask import Blueprint, abort, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from notifications.api import MAX_LISTED, NO_EMAIL
from notifications.dispatch import resend
from notifications.links import read_submitted_token
from service import summons
from service.context import request_ctx
from service.errors import Conflict, NotFound
from service.events import mark_submitted
from service.models import AgendaItem, Reminder, Unit
from service.offices import name_of
from service.page_base import flash, login_required, protect
from service.serialize import iso
from service.vocabulary import REMINDER_STATUS_LABELS

# What each outbox row is, on the page: the units' reminders and the persons' notices side by side.
KIND_LABELS = {"before": "Nhắc việc", "overdue": "Báo quá hạn", "cancelled": "Báo hủy", "change": "Thay đổi lịch",
               "daily": "Lịch ngày mai", "weekly": "Lịch tuần sau"}

bp = Blueprint("reminders_web", __name__, template_folder="templates")
protect(bp, public_posts=frozenset({"submitted"}))  # the signed link carries its own secret


@bp.get("/nhac-viec")
@login_required()
def reminders_page():
    ctx = request_ctx()
    status = request.args.get("trang-thai", "pending")
    if status not in REMINDER_STATUS_LABELS:
        status = "pending"
    query = summons.reminders(ctx.session, select(Reminder).where(Reminder.status == status).options(
        selectinload(Reminder.unit), selectinload(Reminder.event), selectinload(Reminder.item),
        selectinload(Reminder.person)))
    rows = ctx.session.scalars(query.order_by(Reminder.due_at.desc() if status != "pending" else Reminder.due_at,
                                              Reminder.id).limit(MAX_LISTED)).all()
    return render_template("reminders.html", rows=rows, status=status, tabs=REMINDER_STATUS_LABELS, tz=ctx.tz,
                           no_email=NO_EMAIL, kinds=KIND_LABELS,
                           summoned=lambda office_id: summons.is_summoned(ctx.session, office_id))


@bp.post("/nhac-viec/<id:ident>/gui-lai")
@login_required("office")
def resend_page(ident):
    ctx = request_ctx()
    try:
        resend(ctx, ident)
    except NotFound:  # none, or another office's: as a page naming it answers
        abort(404)
    except Conflict as exc:
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
    if not any(p.unit_id == unit.id for p in item.preparations):
        return item, unit, ("Không còn cần nộp", f"{unit.name} không còn được giao chuẩn bị nội dung này; đơn vị "
                            "không cần nộp tài liệu. Nếu có thắc mắc, hãy liên hệ Văn phòng.")
    if item.event.range_start is not None and item.event.range_start <= ctx.now():
        return item, unit, ("Liên kết đã hết hạn", "Cuộc họp đã diễn ra nên liên kết này không còn dùng được. "
                            "Nếu đơn vị đã nộp tài liệu, hãy báo Văn phòng.")
    return item, unit, None


def _office_name(ctx, unit) -> str:
    return name_of(ctx, unit.office_id if unit is not None else None)


@bp.route("/nhac-viec/da-nop/<token>", methods=["GET", "POST"])
def submitted(token):
    """GET shows what will be marked (mail scanners follow links: a GET changes nothing); POST marks it."""
    ctx = request_ctx(actor="email-link")
    item, unit, problem = _from_link(ctx, token)
    if problem:
        return render_template("submitted.html", office=_office_name(ctx, unit), problem=problem, item=item,
                               unit=unit), 404 if item is None else 410
    prep = next(p for p in item.preparations if p.unit_id == unit.id)
    done = prep.submitted_at is not None or item.submitted_at is not None
    if request.method == "POST" and not done:
        mark_submitted(ctx, item.id, by=f"đơn vị: {unit.name} (liên kết trong email)", unit_id=unit.id)
        ctx.session.commit()
    when = prep.submitted_at or item.submitted_at
    return render_template("submitted.html", office=_office_name(ctx, unit), problem=None, item=item, unit=unit,
                           done=when is not None, just_now=request.method == "POST" and not done,
                           supporting=prep.role != "lead" and len(item.preparations) > 1,
                           submitted_at=iso(when, ctx.tz), tz=ctx.tz)
