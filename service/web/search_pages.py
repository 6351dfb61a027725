"""/tim-kiem: the events whose title, place, persons, groups or units contain the words, accents folded
(service.search), for every signed-in role; a bounded list with "Xem thêm" paging."""
from datetime import datetime

from flask import render_template, request, url_for

from service.context import request_ctx
from service.errors import ValidationFailed
from service.search import MAX_QUERY, search_events
from service.vocabulary import SLOT_LABELS, STATUS_LABELS, rule_words
from service.page_base import login_required
from service.web import bp

PAGE_SIZE = 30
MAX_PAGE = 1000


def _when(hit) -> tuple[str, str]:
    """(the date dd/mm/yyyy, the buổi or the clock time) of a result."""
    if hit.start is None:
        return (f"Tháng {hit.month:%m/%Y}" if hit.month else "Chưa định ngày"), "Thời gian thông báo sau"
    day = f"{hit.start:%d/%m/%Y}"
    if hit.all_day:
        return day, "Cả ngày"
    if hit.slot in SLOT_LABELS:
        return day, SLOT_LABELS[hit.slot]
    if isinstance(hit.start, datetime):
        return day, f"{hit.start:%H:%M}"
    return day, ""


@bp.get("/tim-kiem")
@login_required()
def search_page():
    q = request.args.get("q", "")
    raw_page = request.args.get("trang", "1")
    errors, hits, more = {}, [], False
    page = int(raw_page) if raw_page.isdecimal() and 1 <= len(raw_page) <= 4 and 1 <= int(raw_page) <= MAX_PAGE else None
    if page is None:
        errors["trang"] = f"trang phải là số từ 1 đến {MAX_PAGE}"
        page = 1
    if not errors:
        try:
            hits, more = search_events(request_ctx(), q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        except ValidationFailed as exc:
            errors.update(exc.fields)
    rows = [{"hit": h, "day": _when(h)[0], "slot": _when(h)[1], "repeat": rule_words(h.rrule, h.slot)} for h in hits]
    pages = {"next": url_for("web.search_page", q=q, trang=page + 1) if more else None,
             "prev": url_for("web.search_page", q=q, trang=page - 1) if page > 1 else None}
    return render_template("search.html", q=q[:MAX_QUERY], rows=rows, errors=errors, page=page, pages=pages,
                           first=(page - 1) * PAGE_SIZE + 1, statuses=STATUS_LABELS, max_query=MAX_QUERY), \
        422 if errors else 200
