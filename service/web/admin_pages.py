"""Administration for the office: staff accounts (create, disable, enable, set a password), API keys
(create, shown once; revoke), the security log; and every user's own password."""
from flask import redirect, render_template, request, url_for

from service import auth
from service.auth import ROLES
from service.context import request_ctx
from service.errors import ServiceError
from service.page_base import current_user, flash, login_required
from service.vocabulary import ROLE_LABELS, SECURITY_ACTION_LABELS
from service.web import bp



def _page(ctx, errors=None, new_key=None, status=200, user_form=None):
    """The page; `user_form` refills the new-account form after a refusal."""
    return render_template("admin.html", users=auth.list_users(ctx), keys=auth.list_api_keys(ctx),
                           log=auth.security_log(ctx, limit=200), log_labels=SECURITY_ACTION_LABELS, roles=ROLE_LABELS, errors=errors or {},
                           new_key=new_key, tz=ctx.tz, form=user_form or {}), status


@bp.get("/quan-tri")
@login_required("office")
def admin():
    return _page(request_ctx())


def _reason(exc: ServiceError) -> str:
    return "; ".join(exc.fields.values()) or exc.message


def _changed(ctx, change, done: str):
    """Run one change of an account or key; its error is shown on the page, nothing is written."""
    try:
        change()
    except ServiceError as exc:
        ctx.session.rollback()
        return _page(ctx, errors={"_": _reason(exc)}, status=422)
    ctx.session.commit()
    flash(done)
    return redirect(url_for("web.admin"))


@bp.post("/quan-tri/tai-khoan")
@login_required("office")
def create_user():
    ctx = request_ctx()
    form = request.form
    role = form.get("role", "viewer")
    try:
        user = auth.create_user(ctx, form.get("username", ""), form.get("name", ""), role if role in ROLES else "",
                                form.get("password", ""))
    except ServiceError as exc:
        ctx.session.rollback()
        return _page(ctx, errors=exc.fields or {"_": exc.message}, status=422, user_form=form)
    ctx.session.commit()
    flash(f"Đã tạo tài khoản {user.username}.")
    return redirect(url_for("web.admin"))


@bp.post("/quan-tri/tai-khoan/<id:ident>/khoa")
@login_required("office")
def disable_user(ident):
    ctx = request_ctx()
    return _changed(ctx, lambda: auth.disable_user(ctx, auth.get_user(ctx, ident)),
                    "Đã khóa tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.")


@bp.post("/quan-tri/tai-khoan/<id:ident>/mo")
@login_required("office")
def enable_user(ident):
    ctx = request_ctx()
    return _changed(ctx, lambda: auth.enable_user(ctx, auth.get_user(ctx, ident)), "Đã mở lại tài khoản.")


@bp.post("/quan-tri/tai-khoan/<id:ident>/mat-khau")
@login_required("office")
def set_user_password(ident):
    ctx = request_ctx()
    return _changed(ctx, lambda: auth.set_password(ctx, auth.get_user(ctx, ident), request.form.get("password", "")),
                    "Đã đặt mật khẩu mới; các phiên đăng nhập cũ của tài khoản đã kết thúc.")


@bp.post("/quan-tri/khoa-api")
@login_required("office")
def create_key():
    ctx = request_ctx()
    role = request.form.get("role", "viewer")
    name = request.form.get("name", "").strip()[:200]
    if role not in ROLES or not name:
        return _page(ctx, errors={"key": "cần tên gợi nhớ và vai trò của khóa"}, status=422)
    try:
        key = auth.create_api_key(ctx, name, role)
    except ServiceError as exc:
        ctx.session.rollback()
        return _page(ctx, errors={"key": "tên gợi nhớ: " + _reason(exc)}, status=422)
    ctx.session.commit()
    return _page(ctx, new_key=key)  # shown once, on this page only (no-store: never cached)


@bp.post("/quan-tri/khoa-api/<id:ident>/thu-hoi")
@login_required("office")
def revoke_key(ident):
    ctx = request_ctx()
    return _changed(ctx, lambda: auth.revoke_api_key(ctx, ident), "Đã thu hồi khóa API; khóa không dùng được nữa.")


@bp.route("/doi-mat-khau", methods=["GET", "POST"])
@login_required()
def own_password():
    ctx = request_ctx()
    error = None
    if request.method == "POST":
        user = current_user()
        right, until = auth.check_password(ctx, user, request.form.get("current", ""), request.remote_addr)
        if until is not None:
            error = f"Nhập sai quá nhiều lần. Hãy thử lại sau {until.astimezone(ctx.tz):%H:%M ngày %d/%m/%Y}."
        elif not right:
            ctx.session.commit()  # the refusal counts
            error = "Mật khẩu hiện tại không đúng."
        elif request.form.get("password", "") != request.form.get("again", ""):
            error = "Hai lần nhập mật khẩu mới không giống nhau."
        else:
            try:
                auth.set_password(ctx, user, request.form.get("password", ""))
            except ServiceError as exc:
                ctx.session.rollback()
                error = _reason(exc)
            else:
                ctx.session.commit()
                flash("Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới (mọi phiên cũ đã kết thúc).")
                return redirect(url_for("web.login"))
    return render_template("password.html", error=error), 422 if error else 200
