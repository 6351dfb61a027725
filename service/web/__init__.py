"""Server-rendered pages for the office (Vietnamese): log-in, calendar views, event editing, import,
conflicts and the directory. feeds/ and notifications/ add their pages with the same plumbing
(service.page_base) and base template. Every change goes through the same pydantic models and domain
functions as the API."""
from flask import (Blueprint, g, has_request_context, jsonify, make_response, redirect, render_template, request,
                   session, url_for)
from sqlalchemy import text
from werkzeug.routing import BaseConverter

from service import auth, page_base
from service.context import request_ctx
from service.page_base import add_nav, current_user, login_required, protect, safe_next, sign_in

bp = Blueprint("web", __name__, template_folder="templates", static_folder="static", static_url_path="/assets")


@bp.get("/healthz")
def healthz():
    try:
        request_ctx().session.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any database failure means unhealthy
        return jsonify({"status": "error", "database": str(exc).splitlines()[0]}), 503
    return jsonify({"status": "ok", "database": "ok"})


@bp.route("/dang-nhap", methods=["GET", "POST"])
def login():
    error, status = None, 200
    if request.method == "POST":
        ctx = request_ctx(actor="web:dang-nhap")
        username = request.form.get("username", "")
        user, until = auth.check_login(ctx, username, request.form.get("password", ""), request.remote_addr)
        ctx.session.commit()  # the security log, refused tries included (they throttle the next ones)
        if until is not None:
            wait = until.astimezone(ctx.tz)
            error = (f"Đăng nhập sai quá nhiều lần. Hãy thử lại sau {wait:%H:%M} ngày {wait:%d/%m/%Y}, "
                     "hoặc nhờ Văn phòng đặt lại mật khẩu.")
            status = 429
        elif user is None:
            error, status = "Tên đăng nhập hoặc mật khẩu không đúng.", 401
        else:
            sign_in(user, ctx.now())
            return redirect(safe_next(request.args.get("next"), url_for("web.month")))
    response = make_response(render_template("login.html", error=error), status)
    if status == 429:
        response.headers["Retry-After"] = str(max(1, int((until - request_ctx().now()).total_seconds())))
    return response


@bp.post("/dang-xuat")
def logout():
    """Ends every session of the user (a copied cookie too), not only this browser's."""
    user = current_user()
    if user is not None:
        ctx = request_ctx(actor=f"web:{user.username}")
        auth.end_sessions(user)
        auth.log_event(ctx, "logout", user.username, request.remote_addr)
        ctx.session.commit()
    session.clear()
    return redirect(url_for("web.login"))


@bp.get("/")
@login_required()
def home():
    return redirect(url_for("web.month"))


protect(bp)
from service.web import (admin_pages, calendar_pages, conflict_pages, directory_pages, error_pages,  # noqa: E402,F401
                         event_pages, import_pages, search_pages)  # (routes)
from service.web import submission_pages  # noqa: E402,F401  (routes; its nav entry is its own)
from service.web import version_pages  # noqa: E402,F401  (routes: issued versions)
from service.web import public_pages  # noqa: E402  (the public weekly page: its own blueprint, no log-in)
from service.web import export_pages  # noqa: E402,F401  (routes: the month's and the week's documents)


def init_app(app) -> None:
    page_base.init_app(app)
    app.register_blueprint(bp)
    app.register_blueprint(public_pages.bp)
    error_pages.init_app(app)  # Vietnamese error pages outside /api
    for position, endpoint, label in ((10, "web.month", "Lịch tháng"), (20, "web.week", "Lịch tuần"),
                                      (30, "web.new_event", "Thêm sự kiện"), (40, "web.import_form", "Nhập chương trình"),
                                      (50, "web.conflicts", "Xung đột"), (80, "web.directory_page", "Danh bạ")):
        add_nav(app, position, endpoint, label)
    add_nav(app, 90, "web.admin", "Quản trị", role="office")


class OfficeSlugConverter(BaseConverter):
    """An office's slug as the first part of a staff page's address (/<office>/lich)."""

    regex = r"[a-z0-9]+(?:-[a-z0-9]+)*"


def prefix_office_pages(app) -> None:
    """Every staff page (a view behind login_required, from any blueprint) also answers under its office's
    prefix: /<office>/lich, /<office>/lich/tuan... The prefix says which office the page acts on (a province
    user picks a commune with it; one it may not see is a 404). The unprefixed addresses keep serving the
    user's own office. url_for keeps the prefix of the page being shown: the prefixed rule of an endpoint is
    put first, and is the one built whenever the request has a prefix (werkzeug builds the first rule of an
    endpoint whose arguments are all given)."""
    app.url_map.converters["office"] = OfficeSlugConverter
    for rule in list(app.url_map.iter_rules()):
        view = app.view_functions.get(rule.endpoint)
        # Not a staff page (log-in, health, static, feeds' token pages), or "/" (which would turn every unknown
        # one-part address into an office's home page).
        if not hasattr(view, "required_role") or rule.rule == "/":
            continue
        app.add_url_rule(f"/<office:office_slug>{rule.rule}", rule.endpoint, view, defaults=rule.defaults,
                         methods=sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}),
                         strict_slashes=rule.strict_slashes)
    for rules in app.url_map._rules_by_endpoint.values():  # (no public API orders an endpoint's rules)
        rules.sort(key=lambda r: "office_slug" not in r.arguments)

    @app.url_value_preprocessor
    def _office_prefix(endpoint, values):
        if values and "office_slug" in values:
            g.office_slug = values.pop("office_slug")

    @app.url_defaults
    def _keep_office_prefix(endpoint, values):
        slug = g.get("office_slug") if has_request_context() else None
        if slug and "office_slug" not in values and endpoint in _prefixed(app):
            values["office_slug"] = slug


def _prefixed(app) -> set:
    found = app.extensions.get("office_prefixed")
    if found is None:
        found = app.extensions["office_prefixed"] = {r.endpoint for r in app.url_map.iter_rules()
                                                     if "office_slug" in r.arguments}
    return found
