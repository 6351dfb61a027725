"""Server-rendered pages for the office (Vietnamese): log-in, calendar views, event editing, import,
conflicts and the directory. feeds/ and notifications/ add their pages with the same plumbing
(service.page_base) and base template. Every change goes through the same pydantic models and domain
functions as the API."""
import secrets

from flask import Blueprint, jsonify, redirect, render_template, request, session, url_for
from sqlalchemy import text

from service import page_base
from service.context import request_ctx, state
from service.page_base import add_nav, login_required, protect

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


def init_app(app) -> None:
    page_base.init_app(app)
    app.register_blueprint(bp)
    for position, endpoint, label in ((10, "web.month", "Lịch tháng"), (20, "web.week", "Lịch tuần"),
                                      (30, "web.new_event", "Thêm sự kiện"), (40, "web.import_form", "Nhập chương trình"),
                                      (50, "web.conflicts", "Xung đột"), (80, "web.directory_page", "Danh bạ")):
        add_nav(app, position, endpoint, label)
