"""Event endpoints."""
import re

from flask import jsonify, request

from service import conflicts, events, request_ctx, schemas
from service.api import bp, parse_body, query_int, query_range
from service.errors import ScheduleConflict, ValidationFailed
from service.serialize import conflict_out, event_out, iso


def _checked(ctx, event):
    """The conflicts `event` causes; with ?strict=true any conflict refuses the write (409)."""
    found = [conflict_out(c, ctx.tz) for c in conflicts.check_event(ctx, event)]
    if found and request.args.get("strict", "").lower() in ("1", "true", "yes"):
        ctx.session.rollback()
        raise ScheduleConflict(f"Không lưu: sự kiện gây {len(found)} xung đột lịch (chế độ strict)", found)
    return found


def _respond(event, status=200, found=None):
    ctx = request_ctx()
    body = event_out(event, ctx.tz)
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
    return jsonify({"events": [event_out(e, ctx.tz, occ) for e, occ in pairs]})


@bp.post("/events")
def create_event():
    ctx = request_ctx()
    event = events.create_event(ctx, parse_body(schemas.EventCreate))
    found = _checked(ctx, event)
    ctx.session.commit()
    return _respond(event, 201, found)


@bp.get("/events/<id:event_id>")
def get_event(event_id):
    return _respond(events.get_event(request_ctx(), event_id))


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
    event = events.update_event(ctx, event_id, parse_body(schemas.EventPatch), if_match)
    found = _checked(ctx, event)
    ctx.session.commit()
    return _respond(event, found=found)


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
    return jsonify({"changes": [{"at": iso(r.at, ctx.tz), "actor": r.actor, "action": r.action,
                                 "sequence": r.sequence, "changes": r.changes} for r in rows]})
