""""Việc phải nộp": per unit, the papers due this week and those late, with links to the events. The office
sees every unit (or one, ?don_vi=<id>) and can mark papers brought by hand; there is no unit-bound account
yet, so viewers see the same, read-only."""
from flask import abort, render_template, request
from sqlalchemy import select

from service import submissions, summons
from service.text import vietnamese_key
from service.context import request_ctx
from service.errors import NotFound
from service.models import Office, Unit
from service.page_base import add_nav, login_required
from service.web import bp
from service.web.event_pages import _int

@bp.record_once
def _nav(setup_state):
    add_nav(setup_state.app, 35, "web.due", "Việc phải nộp")


@bp.get("/viec-phai-nop")
@login_required()
def due():
    ctx = request_ctx()
    raw = request.args.get("don_vi", "").strip()
    unit_id = _int(raw) if raw else None
    if raw and unit_id is None:
        abort(404)
    try:
        found = submissions.due_by_unit(ctx, unit_id)
    except NotFound:
        abort(404)
    found.sort(key=lambda u: vietnamese_key(u.unit.name))
    # The offices above whose summons the office's units prepare for: their names, and no marking here.
    above = {d.event.office_id for u in found for d in u.week + u.late
             if summons.is_summoned(ctx.session, d.event.office_id)}
    sources = dict(ctx.session.execute(select(Office.id, Office.name).where(Office.id.in_(above))).all())
    units = sorted(ctx.session.scalars(select(Unit).where(Unit.active.is_(True))).all(),
                   key=lambda u: vietnamese_key(u.name))
    today = ctx.now().astimezone(ctx.tz).date()
    monday, sunday = submissions.week_of(today)
    return render_template("due.html", found=found, units=units, unit_id=unit_id, monday=monday, sunday=sunday,
                           today=today, late_days=submissions.LATE_DAYS, tz=ctx.tz,
                           next_url=request.full_path.rstrip("?"), sources=sources)
