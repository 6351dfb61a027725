"""Directory pages: persons, units (aliases, emails) and groups, listed and edited through the same
models and functions as the API."""
from flask import abort, redirect, render_template, request, url_for
from sqlalchemy import select

from service import directory, schemas
from service.context import request_ctx
from service.errors import NotFound, ServiceError
from service.models import Group, Person, Unit
from service.page_base import current_user, flash, login_required, validated
from service.text import person_key, vietnamese_key
from service.web import bp

KINDS = {
    # path: (model, create schema, patch schema, label)
    "don-vi": (Unit, schemas.UnitIn, schemas.UnitPatch, "Đơn vị", directory.save_unit),
    "nguoi": (Person, schemas.PersonIn, schemas.PersonPatch, "Người", directory.save_person),
    "nhom": (Group, schemas.GroupIn, schemas.GroupPatch, "Nhóm", directory.save_group),
}


NOTICE_BOXES = ("notify_changes", "digest_daily", "digest_weekly", "attach_ics")  # a person's email notices


def _lines(name: str) -> list[str]:
    return [line.strip() for line in request.form.get(name, "").splitlines() if line.strip()]


def _id(name: str):
    raw = request.form.get(name, "")
    return int(raw) if raw.isdecimal() and 0 < int(raw) < 2**31 else None


def _body(kind: str) -> dict:
    f = request.form
    if kind == "don-vi":
        return {"name": f.get("name", "").strip(), "short_name": f.get("short_name", "").strip() or None,
                "aliases": _lines("aliases"), "emails": _lines("emails"), "parent_id": _id("parent_id"),
                **_webhook()}
    if kind == "nguoi":
        return {"name": f.get("name", "").strip(), "title": f.get("title", "").strip() or None,
                "email": f.get("email", "").strip() or None, "phone": f.get("phone", "").strip() or None,
                "unit_id": _id("unit_id"),
                "group_ids": [int(x) for x in f.getlist("group_ids") if x.isdecimal() and 0 < int(x) < 2**31],
                # the form always shows these boxes: one not sent is one unticked
                **{name: name in f for name in NOTICE_BOXES}, **_webhook()}
    return {"name": f.get("name", "").strip(), "aliases": _lines("aliases"),
            "member_ids": [int(x) for x in f.getlist("member_ids") if x.isdecimal() and 0 < int(x) < 2**31]}


def _webhook() -> dict:
    """The webhook fields as the API takes them: an empty URL clears it; an empty secret keeps the one stored
    (it is never shown back), and a new URL needs one (service.directory)."""
    f = request.form
    secret = f.get("webhook_secret", "").strip()
    return {"webhook_url": f.get("webhook_url", "").strip() or None, **({"webhook_secret": secret} if secret else {})}


def _values(kind: str, obj) -> dict:
    if request.method == "POST":
        return {k: request.form.getlist(k) if k in ("group_ids", "member_ids") else request.form.get(k)
                for k in request.form if k != "webhook_secret"}  # a secret is never written into a page
    if obj is None:
        return {"notify_changes": "on"} if kind == "nguoi" else {}  # notices on, digests off, as in the API
    if kind == "don-vi":
        return {"name": obj.name, "short_name": obj.short_name or "", "aliases": "\n".join(obj.aliases or []),
                "emails": "\n".join(obj.emails or []), "parent_id": str(obj.parent_id or ""),
                "webhook_url": obj.webhook_url or "", "webhook_signed": bool(obj.webhook_secret)}
    if kind == "nguoi":
        return {"name": obj.name, "title": obj.title or "", "email": obj.email or "", "phone": obj.phone or "",
                "unit_id": str(obj.unit_id or ""), "group_ids": [str(g.id) for g in obj.groups],
                **{name: "on" if getattr(obj, name) else None for name in NOTICE_BOXES},
                "webhook_url": obj.webhook_url or "", "webhook_signed": bool(obj.webhook_secret)}
    return {"name": obj.name, "aliases": "\n".join(obj.aliases or []), "member_ids": [str(p.id) for p in obj.members]}


@bp.get("/danh-ba")
@login_required()
def directory_page():
    ctx = request_ctx()
    return render_template("directory.html",
                           units=sorted(ctx.session.scalars(select(Unit)).all(), key=lambda u: vietnamese_key(u.name)),
                           persons=sorted(ctx.session.scalars(select(Person)).all(), key=lambda p: person_key(p.name)),
                           groups=ctx.session.scalars(select(Group).order_by(Group.name)).all())


@bp.route("/danh-ba/<any('don-vi','nguoi','nhom'):kind>/moi", methods=["GET", "POST"], defaults={"ident": None})
@bp.route("/danh-ba/<any('don-vi','nguoi','nhom'):kind>/<id:ident>", methods=["GET", "POST"])
@login_required()
def directory_item(kind, ident):
    ctx = request_ctx()
    model, create, patch, label, save = KINDS[kind]
    obj = None
    if ident is not None:
        try:
            obj = directory.get(ctx, model, ident)
        except NotFound:
            abort(404)
    errors = {}
    if request.method == "POST":
        if ctx.actor is None or not _office():
            return render_template("message.html", title="Không có quyền",
                                   message="Tài khoản của bạn chỉ được xem, không được thay đổi dữ liệu."), 403
        try:
            saved = save(ctx, validated(patch if obj else create, _body(kind)), obj) if obj else \
                save(ctx, validated(create, _body(kind)))
            ctx.session.commit()
        except ServiceError as exc:
            ctx.session.rollback()
            errors = {k: (f"dòng {int(k.split('[')[1].rstrip(']')) + 1}: {m}" if k.startswith(("emails[", "aliases["))
                          else m) for k, m in exc.fields.items()} or {"_": exc.message}
        else:
            flash(f"Đã lưu {label.lower()} \"{saved.name}\".")
            return redirect(url_for("web.directory_item", kind=kind, ident=saved.id))
    return render_template("directory_item.html", kind=kind, label=label, obj=obj, v=_values(kind, obj),
                           errors=errors, units=sorted(ctx.session.scalars(select(Unit)).all(), key=lambda u: vietnamese_key(u.name)),
                           persons=sorted(ctx.session.scalars(select(Person)).all(), key=lambda p: person_key(p.name)),
                           groups=ctx.session.scalars(select(Group).order_by(Group.name)).all(),
                           notice_days=ctx.config.notice_days,
                           digest_time=ctx.config.digest_time.strftime("%H:%M")), 422 if errors else 200


def _office() -> bool:
    user = current_user()
    return user is not None and user.role == "office"
