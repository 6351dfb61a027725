"""The month's conflicts, by kind and by person, unit or place."""
from collections import defaultdict
from datetime import datetime, time, timedelta

from flask import render_template

from service.context import request_ctx
from service.conflicts import check_range
from service.conflicts import titles as conflict_titles
from service.vocabulary import CONFLICT_HEADINGS
from service.page_base import login_required
from service.web import bp
from service.web.calendar_pages import _month_param


@bp.get("/xung-dot")
@login_required()
def conflicts():
    ctx = request_ctx()
    first = _month_param(ctx)
    following = (first + timedelta(days=32)).replace(day=1)
    lo, hi = (datetime.combine(d, time(0), ctx.tz) for d in (first, following))
    found = check_range(ctx, lo, hi)
    titles, sources = conflict_titles(ctx, found)
    groups = defaultdict(lambda: defaultdict(list))  # kind -> subject name -> conflicts
    for c in found:
        groups[c.kind][c.subject.get("name") or "?"].append(c)

    def when(c):
        if isinstance(c.start, datetime):
            s, e = c.start.astimezone(ctx.tz), c.end.astimezone(ctx.tz)
            return f"{s:%d/%m %H:%M}–{e:%H:%M}"
        return f"{c.start:%d/%m/%Y}"
    sections = [(CONFLICT_HEADINGS[k], sorted(groups[k].items())) for k in CONFLICT_HEADINGS if k in groups]
    return render_template("conflicts.html", first=first, sections=sections, titles=titles, sources=sources, when=when,
                           previous=(first - timedelta(days=1)).replace(day=1), following=following, total=len(found))

