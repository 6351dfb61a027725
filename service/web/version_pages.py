"""Issued versions on the office's pages: the month and week pages' section (_versions.html: the last issued
version, the changes not issued yet, "Ban hành"), the page listing a period's versions with each one's annex,
and issuing (POST, office role, CSRF like every form). The domain is service.publishing.versions."""
from datetime import date

from flask import abort, redirect, render_template, request, url_for

from service.context import request_ctx
from service.errors import ServiceError
from service.page_base import current_user, flash, login_required, safe_next
from service.publishing import versions
from service.timing import MAX_YEAR, MIN_YEAR
from service.web import bp

KIND_PATHS = {"thang": "month", "tuan": "week"}
PATH_OF = {v: k for k, v in KIND_PATHS.items()}


def _period_key(kind: str, start: date) -> str:
    return start.strftime("%Y-%m") if kind == "month" else start.isoformat()


def _period(kind_path: str, raw: str) -> tuple[str, date]:
    """('month', 1st) or ('week', Monday) from the URL; anything else is the Vietnamese 404 page."""
    kind = KIND_PATHS.get(kind_path)
    try:
        start = date.fromisoformat(raw + "-01" if kind == "month" and len(raw) == 7 else raw)
    except ValueError:
        abort(404)
    if kind is None or len(raw) != (7 if kind == "month" else 10) or not MIN_YEAR <= start.year <= MAX_YEAR:
        abort(404)
    if kind == "week" and start.weekday() != 0:
        abort(404)
    return kind, start


def period_words(kind: str, start: date) -> str:
    if kind == "month":
        return f"Chương trình công tác tháng {start.month} năm {start.year}"
    end = versions.period(kind, start)[1]
    return f"Lịch công tác tuần {start:%d/%m} – {end:%d/%m/%Y}"


@bp.app_context_processor
def _issued_summary():
    def issued_summary(kind: str, start: date):
        """For the office only (a viewer's page reads nothing more): the last version, the count of changes
        since it (read only when something was issued), and the addresses of the section's links."""
        user = current_user()
        if user is None or user.role != "office":
            return None
        ctx = request_ctx()
        rows = versions.history(ctx.session, kind, start)
        last = rows[-1] if rows else None
        pending = len(versions.pending(ctx, kind, start)[2]) if last is not None else 0
        key = _period_key(kind, start)
        return {"last": last, "pending": pending, "tz": ctx.tz,
                "page": url_for("web.issued_versions", kind_path=PATH_OF[kind], period=key),
                "issue": url_for("web.issue_version", kind_path=PATH_OF[kind], period=key)}
    return {"issued_summary": issued_summary}


@bp.get("/ban-hanh/<kind_path>/<period>")
@login_required()
def issued_versions(kind_path, period):
    ctx = request_ctx()
    kind, start = _period(kind_path, period)
    rows = versions.history(ctx.session, kind, start)
    last, _, changes = versions.pending(ctx, kind, start)
    back = url_for("web.month", thang=_period_key(kind, start)) if kind == "month" else url_for("web.week", ngay=start.isoformat())
    return render_template("versions.html", title=period_words(kind, start), rows=list(reversed(rows)), last=last,
                           changes=changes, tz=ctx.tz, annex_of=versions.annex_of, back=back,
                           issue=url_for("web.issue_version", kind_path=kind_path, period=period))


@bp.post("/ban-hanh/<kind_path>/<period>/ban-hanh")
@login_required("office")
def issue_version(kind_path, period):
    ctx = request_ctx()
    kind, start = _period(kind_path, period)
    back = safe_next(request.form.get("next"), url_for("web.issued_versions", kind_path=kind_path, period=period))
    try:
        version = versions.issue(ctx.session, kind, start, ctx.actor, ctx=ctx)
    except ServiceError as exc:
        ctx.session.rollback()
        flash(exc.message)
        return redirect(back)
    ctx.session.commit()
    flash(f"Đã ban hành {period_words(kind, start).lower()}: "
          + ("bản gốc." if version.number == 0 else f"điều chỉnh lần {version.number}."))
    return redirect(back)
