"""What every blueprint with pages shares (service.web, feeds, notifications): log-in, roles, CSRF, the
idle timeout, flash messages, the navigation bar and the base template's globals. Kept outside
service/web/ so that using it loads no routes."""
import json
import secrets
from datetime import datetime, timedelta
from functools import wraps
from urllib.parse import urlsplit

from flask import abort, current_app, g, redirect, render_template, request, session, url_for
from pydantic import ValidationError

from service import day_text, vocabulary
from service.context import request_ctx, state
from service.errors import NotFound, from_pydantic
from service.models import User
from service.offices import act_as, name_of

SESSION_TIMEOUT = timedelta(minutes=30)
# No inline script (site.js is a file); inline style attributes place the month grid's cells.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
                           "object-src 'none'")


def current_user() -> User | None:
    """The signed-in user: the cookie names the user and the session generation it was issued in, which
    logging out, a new password or a disabled account moves on (so a copied cookie stops working)."""
    if "user" not in g:
        uid = session.get("uid")
        user = request_ctx().session.get(User, uid) if isinstance(uid, int) else None
        usable = user is not None and user.disabled_at is None and session.get("gen") == user.session_generation
        g.user = user if usable else None
    return g.user


def sign_in(user: User, now: datetime) -> None:
    session.clear()
    session.update(uid=user.id, gen=user.session_generation, seen=now.isoformat(), csrf=secrets.token_urlsafe(32))


def safe_next(target: str | None, default: str) -> str:
    """Where to go after logging in: only a path of this site ("/lich?thang=2023-11"), never another host
    ("//evil.com", "/\\evil.com", "/%09/evil.com" once a browser strips the tab), a scheme or control characters."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return default
    if "\\" in target or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith("//"):
        return default
    return target


def _page_headers(response):
    """Every page: no framing, no inline script, no referrer (pages show secret feed links), and nothing
    kept by the browser or a proxy for signed-in pages."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    if session.get("uid") and request.endpoint != "web.static":
        response.headers["Cache-Control"] = "no-store"
    return response


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def protect(blueprint, public_posts: frozenset = frozenset()) -> None:
    """Before every request of the blueprint: the session's idle timeout, then CSRF on POST, except for
    the views named in `public_posts` (a signed link that carries its own secret)."""
    exempt = {f"{blueprint.name}.{view}" for view in public_posts}
    blueprint.after_request(_page_headers)

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
            try:  # the user's office, or the one the page's prefix names if the user may see it
                g.office_id = act_as(request_ctx().session, user.office_id, g.get("office_slug"))
                g.office_name = name_of(request_ctx())
            except NotFound:
                abort(404)
            return view(*args, **kwargs)
        wrapped.required_role = role  # (the navigation bar shows a page only to the roles it lets in)
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


def add_nav(app, position: int, endpoint: str, label: str, role: str | None = None) -> None:
    """An entry of the navigation bar, registered by the package that serves the page; ordered by position.
    With role="office", viewers do not see it."""
    app.extensions.setdefault("nav", []).append((position, endpoint, label, role))


def init_app(app) -> None:
    """The base template's globals and filters, for every blueprint's pages."""
    app.add_template_filter(vocabulary.iso_words, "ngay")
    app.add_template_filter(day_text.shown, "dmy")  # a day in a form's text input
    app.add_template_filter(vocabulary.rule_words, "lap_lai")

    @app.context_processor
    def _template_globals():
        def nav():
            """The entries the user's role can open: an entry registered for a role, or whose view requires one
            (login_required("office") on the view: "Thêm sự kiện" is no use to a viewer), shows only to it."""
            user = current_user()
            out = []
            for _, endpoint, label, role in sorted(current_app.extensions.get("nav", [])):
                needed = role or getattr(current_app.view_functions.get(endpoint), "required_role", None)
                if needed is None or (user is not None and user.role == needed):
                    out.append((endpoint, label))
            return out
        return {"csrf_token": csrf_token, "current_user": current_user, "nav": nav,
                "office": g.get("office_name") or state().config.office_name, "take_flash": lambda: session.pop("flash", None)}
