"""GET /api/search?q=...: the events the search page lists (service.search), for any key, newest first,
with `limit` (at most 100) and `offset` paging and `more` saying whether there is a next page."""
from typing import Literal

from flask import jsonify, request

from service import schemas
from service.api import bp
from service.context import request_ctx
from service.errors import ValidationFailed
from service.search import MAX_LIMIT, MAX_OFFSET, search_events
from service.serialize import iso


class SearchHitOut(schemas.Out):
    id: int
    title: str
    status: str
    start: str | None  # YYYY-MM-DD (all-day) or an ISO date-time with offset; None for an undated event
    month: str | None  # an undated event's month, YYYY-MM
    slot: Literal["morning", "afternoon", "evening", "full_day"] | None
    all_day: bool
    rrule: str | None
    location: str | None
    chair: str | None


class SearchOut(schemas.Out):
    events: list[SearchHitOut]
    more: bool


def _bounded(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name, "")
    if raw == "":
        return default
    if not raw.isdecimal() or len(raw) > 7 or not low <= int(raw) <= high:
        raise ValidationFailed({name: f"phải là số nguyên từ {low} đến {high}"})
    return int(raw)


@bp.get("/search")
def search():
    ctx = request_ctx()
    limit = _bounded("limit", 50, 1, MAX_LIMIT)
    offset = _bounded("offset", 0, 0, MAX_OFFSET)
    hits, more = search_events(ctx, request.args.get("q", ""), limit=limit, offset=offset)
    out = SearchOut(more=more, events=[SearchHitOut(
        id=h.id, title=h.title, status=h.status, start=iso(h.start, ctx.tz), month=h.month.strftime("%Y-%m") if h.month else None,
        slot=h.slot, all_day=h.all_day, rrule=h.rrule, location=h.place, chair=h.chair) for h in hits])
    return jsonify(out.model_dump(mode="json"))
