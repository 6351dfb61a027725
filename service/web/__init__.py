"""Server-rendered pages for the office (Vietnamese): log-in, calendar views, event editing, import,
conflicts and the directory; feeds/ and notifications/ add their pages with `protect()` and the same
base template. Every change goes through the same pydantic models and domain functions as the API."""
import json
import secrets
from datetime import datetime, timedelta
from functools import wraps

from flask import Blueprint, g, jsonify, redirect, render_template, request, session, url_for
from pydantic import ValidationError
from sqlalchemy import text

from service import request_ctx, state
from service.errors import from_pydantic
from service.models import User

bp = Blueprint("web", __name__, template_folder="templates", static_folder="static", static_url_path="/assets")
SESSION_TIMEOUT = timedelta(minutes=30)
NAV = [("web.month", "Lịch tháng"), ("web.week", "Lịch tuần"), ("web.new_event", "Thêm sự kiện"),
       ("web.import_form", "Nhập chương trình"), ("web.conflicts", "Xung đột"),
       ("reminders_web.reminders_page", "Nhắc việc"), ("feeds_pages.subscriptions", "Đăng ký lịch"),
       ("web.directory_page", "Danh bạ")]


def current_user() -> User | None:
    if "user" not in g:
        uid = session.get("uid")
        user = request_ctx().session.get(User, uid) if uid else None
        g.user = user if user is not None and user.disabled_at is None else None
    return g.user


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _guard():
    """Before every request of a protected blueprint: the session's idle timeout, then CSRF on POST."""
    now = state().clock.now()
    seen = session.get("seen")
    if session.get("uid") and seen and now - datetime.fromisoformat(seen) > SESSION_TIMEOUT:
        session.clear()
        session["flash"] = "Phiên làm việc đã hết hạn; hãy đăng nhập lại."
    elif session.get("uid"):
        session["seen"] = now.isoformat()
    if request.method == "POST" and request.endpoint not in PUBLIC_POSTS:
        sent = request.form.get("csrf_token", "")
        if not sent or not secrets.compare_digest(sent, session.get("csrf", "")):
            return render_template("message.html", title="Yêu cầu không hợp lệ",
                                   message="Biểu mẫu đã cũ hoặc không đến từ trang này (CSRF). Hãy tải lại trang rồi "
                                           "làm lại."), 400
    return None


PUBLIC_POSTS = {"reminders_web.submitted"}  # the signed link in reminder emails carries its own secret


def protect(blueprint) -> None:
    blueprint.before_request(_guard)


def login_required(role: str | None = None):
    """Pages for signed-in staff; role="office" for anything that changes data (viewers get 403)."""
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            user = current_user()
            if user is None:
                return redirect(url_for("web.login", next=request.full_path))
            if role == "office" and user.role != "office":
                return render_template("message.html", title="Không có quyền",
                                       message="Tài khoản của bạn chỉ được xem, không được thay đổi dữ liệu."), 403
            g.actor = f"web:{user.username}"
            return view(*args, **kwargs)
        return wrapped
    return decorator


def validated(model, body: dict):
    """The request's data through the API's own model (JSON mode, strict): the same rules as the API."""
    try:
        return model.model_validate_json(json.dumps(body, default=str))
    except ValidationError as exc:
        raise from_pydantic(exc) from None


def flash(message: str) -> None:
    session["flash"] = message


@bp.app_context_processor
def _template_globals():
    def nav():
        return [(endpoint, label) for endpoint, label in NAV]
    return {"csrf_token": csrf_token, "current_user": current_user, "nav": nav,
            "office": state().config.office_name, "take_flash": lambda: session.pop("flash", None)}


@bp.get("/healthz")
def healthz():
    try:
        request_ctx().session.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any database failure means unhealthy
        return jsonify({"status": "error", "database": str(exc).splitlines()[0]}), 503
    return jsonify({"status": "ok", "database": "ok"})


@bp.route("/dang-nhap", methods=["GET", "POST"])
def login():
    from service.auth import check_login  # noqa: PLC0415

    error = None
    if request.method == "POST":
        user = check_login(request_ctx().session, request.form.get("username", ""), request.form.get("password", ""))
        if user is None:
            error = "Tên đăng nhập hoặc mật khẩu không đúng."
        else:
            session.clear()
            session.update(uid=user.id, seen=state().clock.now().isoformat(), csrf=secrets.token_urlsafe(32))
            target = request.args.get("next", "")
            return redirect(target if target.startswith("/") and not target.startswith("//") else url_for("web.month"))
    return render_template("login.html", error=error), 401 if error else 200


@bp.post("/dang-xuat")
def logout():
    session.clear()
    return redirect(url_for("web.login"))


@bp.get("/")
@login_required()
def home():
    return redirect(url_for("web.month"))


protect(bp)
from service.web import calendar_pages, directory_pages, event_pages, office_pages  # noqa: E402,F401  (routes)
