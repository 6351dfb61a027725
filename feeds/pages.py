"""Subscription pages for the office: each person's, unit's and group's feed links, a QR code to scan
with the phone, short instructions per calendar app, and a button to change the link."""
import segno
from flask import Blueprint, abort, redirect, render_template, url_for
from markupsafe import Markup
from sqlalchemy import select

from feeds import tokens
from service import directory
from service.context import request_ctx
from service.errors import NotFound
from service.models import Group, Person, Unit
from service.page_base import flash, login_required, protect

bp = Blueprint("feeds_pages", __name__, template_folder="templates")
protect(bp)
MODELS = {"person": (Person, "Người"), "unit": (Unit, "Đơn vị"), "group": (Group, "Nhóm")}


@bp.get("/dang-ky")
@login_required("office")
def subscriptions():
    ctx = request_ctx()
    return render_template("subscriptions.html",
                           lists=[(kind, label, ctx.session.scalars(select(model).order_by(model.name)).all())
                                  for kind, (model, label) in MODELS.items()])


def _subject(ctx, kind, ident):
    if kind not in MODELS:
        abort(404)
    try:
        return directory.get(ctx, MODELS[kind][0], ident)
    except NotFound:
        abort(404)


@bp.get("/dang-ky/<kind>/<id:ident>")
@login_required("office")
def subscription(kind, ident):
    ctx = request_ctx()
    obj = _subject(ctx, kind, ident)
    urls = tokens.feed_urls(ctx.config.base_url, tokens.current_token(ctx, (kind, ident)))
    ctx.session.commit()  # the first token is made on demand
    qr = Markup(segno.make(urls["webcal_url"], error="m").svg_inline(scale=6, border=4, title="Mã QR lịch")) \
        if urls["webcal_url"] else None
    return render_template("subscription.html", obj=obj, kind=kind, label=MODELS[kind][1], urls=urls, qr=qr)


@bp.post("/dang-ky/<kind>/<id:ident>/doi-duong-dan")
@login_required("office")
def rotate(kind, ident):
    ctx = request_ctx()
    _subject(ctx, kind, ident)
    tokens.rotate(ctx, (kind, ident))
    ctx.session.commit()
    flash("Đã đổi đường dẫn: đường dẫn cũ không dùng được nữa; hãy đăng ký lại trên điện thoại bằng mã mới.")
    return redirect(url_for("feeds_pages.subscription", kind=kind, ident=ident))
