"""Server-rendered pages (Vietnamese). For now: the home page and the health check."""
from datetime import datetime, time, timedelta

from flask import Blueprint, jsonify, render_template
from sqlalchemy import text

from service import request_ctx
from service.calendar_rules import SLOT_LABELS
from service.events import list_occurrences
from service.schemas import KIND_LABELS, STATUS_LABELS

bp = Blueprint("web", __name__, template_folder="templates")


@bp.get("/healthz")
def healthz():
    try:
        request_ctx().session.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any database failure means unhealthy
        return jsonify({"status": "error", "database": str(exc).splitlines()[0]}), 503
    return jsonify({"status": "ok", "database": "ok"})


@bp.get("/")
def home():
    ctx = request_ctx()
    today = ctx.now().astimezone(ctx.tz).date()
    first = today.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    lo, hi = datetime.combine(first, time(0), ctx.tz), datetime.combine(next_month, time(0), ctx.tz)
    items = list_occurrences(ctx, lo, hi)
    return render_template("home.html", office=ctx.config.office_name, month=first, items=items, tz=ctx.tz,
                           slot_labels=SLOT_LABELS, kind_labels=KIND_LABELS, status_labels=STATUS_LABELS)
