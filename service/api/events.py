"""Event endpoints."""
import re

from flask import jsonify, request

from service import conflicts, events, scheduling, schemas
from service.api import bp
from service.api_base import parse_body, query_int, query_range
from service.context import request_ctx
from service.errors import ValidationFailed
from service.listing import load_event
from service.summons import SummonsReadOnly
from service.publishing import public_flag
from service.serialize import conflict_out, event_out, iso


def _strict() -> bool:
    """?strict=true: a write that causes any conflict is refused (409) and nothing is written."""
    return request.args.get("strict", "").lower() in ("1", "true", "yes")


def _respond(event, status=200, found=None):
    ctx = request_ctx()
    body = event_out(event, ctx.tz, public_defaults=public_flag.defaults(ctx.session))
    if found is not None:
        body["conflicts"] = found
    response = jsonify(body)
    response.status_code = status
    response.set_etag(str(event.sequence))
    return response


@bp.get("/events")
def list_events():
    ctx = request_ctx()
    lo, hi = query_range(ctx.tz)
    filters = {name: query_int(name) for name in ("person_id", "unit_id", "group_id")}
    pairs = events.list_occurrences(ctx, lo, hi, **filters)
    kind_defaults = public_flag.defaults(ctx.session)
    return jsonify({"events": [event_out(e, ctx.tz, occ, kind_defaults) for e, occ in pairs]})


@bp.post("/events")
def create_event():
    ctx = request_ctx()
    saved = scheduling.save_event(ctx, parse_body(schemas.EventCreate), refuse_conflicts=_strict())
    ctx.session.commit()
    return _respond(saved.event, 201, [conflict_out(c, ctx.tz) for c in saved.conflicts])


@bp.get("/events/<id:event_id>")
def get_event(event_id):
    ctx = request_ctx()
    try:
        return _respond(events.get_event(ctx, event_id))
    except SummonsReadOnly:  # another office's event summoning this one: read as the listing shows it
        return _respond(load_event(ctx.session, event_id))


def _if_match() -> int | None:
    raw = request.headers.get("If-Match")
    if raw is None or raw.strip() == "*":
        return None
    match = re.fullmatch(r'\s*(?:W/)?"?(\d+)"?\s*', raw)
    if not match:
        raise ValidationFailed({"If-Match": "phải là ETag của sự kiện, ví dụ \"3\""})
    return int(match.group(1))


@bp.patch("/events/<id:event_id>")
def patch_event(event_id):
    ctx = request_ctx()
    if_match = _if_match()
    saved = scheduling.save_event(ctx, parse_body(schemas.EventPatch), event_id, if_match, refuse_conflicts=_strict())
    ctx.session.commit()
    return _respond(saved.event, found=[conflict_out(c, ctx.tz) for c in saved.conflicts])


@bp.delete("/events/<id:event_id>")
def cancel_event(event_id):
    ctx = request_ctx()
    event = events.cancel_event(ctx, event_id)
    ctx.session.commit()
    return _respond(event)


@bp.get("/conflicts")
def list_conflicts():
    ctx = request_ctx()
    lo, hi = query_range(ctx.tz)
    found = conflicts.check_range(ctx, lo, hi, person_id=query_int("person_id"), unit_id=query_int("unit_id"))
    return jsonify({"conflicts": [conflict_out(c, ctx.tz) for c in found]})


@bp.get("/events/<id:event_id>/history")
def event_history(event_id):
    ctx = request_ctx()
    rows = events.history(ctx, event_id)
    body = schemas.HistoryOut(changes=[schemas.ChangeOut(at=iso(r.at, ctx.tz), actor=r.actor, action=r.action,
                                                         sequence=r.sequence, changes=r.changes) for r in rows])
    return jsonify(body.model_dump(mode="json"))
