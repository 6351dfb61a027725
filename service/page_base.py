"""What every blueprint with pages shares (service.web, feeds, notifications): log-in, roles, CSRF, the
idle timeout, flash messages, the navigation bar and the base template's globals. Kept outside
service/web/ so that using it loads no routes."""
import json
import secrets
from datetime import datetime, timedelta
from functools import wraps

from flask import current_app, g, redirect, render_template, request, session, url_for
from pydantic import ValidationError

from service.context import request_ctx, state
from service.errors import from_pydantic
from service.models import User

SESSION_TIMEOUT = timedelta(minutes=30)


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


def protect(blueprint, public_posts: frozenset = frozenset()) -> None:
    """Before every request of the blueprint: the session's idle timeout, then CSRF on POST, except for
    the views named in `public_posts` (a signed link that carries its own secret)."""
    exempt = {f"{blueprint.name}.{view}" for view in public_posts}

    @blueprint.before_request
    def _guard():
        now = state().clock.now()
        seen = session.get("seen")
        if session.get("uid") and seen and now - datetime.fromisoformat(seen) > SESSION_TIMEOUT:
            session.clear()
            session["flash"] = "Phiên làm việc đã hết hạn; hãy đăng nhập lại."
        elif session.get("uid"):
            session["seen"] = now.isoformat()
        if request.method == "POST" and request.endpoint not in exempt:
            sent = request.form.get("csrf_token", "")
            if not sent or not secrets.compare_digest(sent, session.get("csrf", "")):
                return render_template("message.html", title="Yêu cầu không hợp lệ",
                                       message="Biểu mẫu đã cũ hoặc không đến từ trang này (CSRF). Hãy tải lại trang "
                                               "rồi làm lại."), 400
        return None


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


def add_nav(app, position: int, endpoint: str, label: str) -> None:
    """An entry of the navigation bar, registered by the package that serves the page; ordered by position."""
    app.extensions.setdefault("nav", []).append((position, endpoint, label))


def init_app(app) -> None:
    """The base template's globals, for every blueprint's pages."""
    @app.context_processor
    def _template_globals():
        def nav():
            return [(endpoint, label) for _, endpoint, label in sorted(current_app.extensions.get("nav", []))]
        return {"csrf_token": csrf_token, "current_user": current_user, "nav": nav,
                "office": state().config.office_name, "take_flash": lambda: session.pop("flash", None)}
