"""A recurring event's occurrences: list them, cancel, move or restore one, end the series after a day."""
from datetime import timedelta

from flask import jsonify, request

from service import schemas, series
from service.api import bp
from service.api.events import _if_match, _respond
from service.api_base import parse_body, query_range
from service.calendar_rules import local_midnight
from service.context import request_ctx
from service.events import get_event
from service.publishing import public_flag
from service.serialize import conflict_out, event_out, iso


def _occurrence_out(row: series.Row, tz) -> dict:
    return schemas.OccurrenceOut(day=row.day, original_start=iso(row.original, tz), start=iso(row.start, tz),
                                 end=iso(row.end, tz), cancelled=row.cancelled, moved=row.moved, reason=row.reason,
                                 holiday=row.holiday, kept=row.kept).model_dump(mode="json")


@bp.get("/events/<id:event_id>/occurrences")
def list_series_occurrences(event_id):
    """Default: from today, 92 days; cancelled and moved ones included (flagged)."""
    ctx = request_ctx()
    event = get_event(ctx, event_id)
    if request.args.get("from") or request.args.get("to"):
        lo, hi = query_range(ctx.tz)
    else:
        lo = local_midnight(ctx.now().astimezone(ctx.tz).date(), ctx.tz)
        hi = lo + timedelta(days=92)
    return jsonify({"occurrences": [_occurrence_out(r, ctx.tz) for r in series.rows(ctx, event, lo, hi)]})


def _done(saved):
    ctx = request_ctx()
    ctx.session.commit()
    return _respond(saved.event, found=[conflict_out(c, ctx.tz) for c in saved.conflicts])


@bp.post("/events/<id:event_id>/occurrences/<day>/cancel")
def cancel_occurrence(event_id, day):
    ctx = request_ctx()
    return _done(series.cancel(ctx, event_id, series.parse_day(day), _if_match()))


@bp.post("/events/<id:event_id>/occurrences/<day>/restore")
def restore_occurrence(event_id, day):
    ctx = request_ctx()
    return _done(series.restore(ctx, event_id, series.parse_day(day), _if_match()))


@bp.post("/events/<id:event_id>/occurrences/<day>/move")
def move_occurrence(event_id, day):
    ctx = request_ctx()
    when = series.parse_day(day)
    body = parse_body(schemas.OccurrenceMoveIn)
    return _done(series.move(ctx, event_id, when, body, _if_match()))


@bp.post("/events/<id:event_id>/end")
def end_series(event_id):
    ctx = request_ctx()
    body = parse_body(schemas.SeriesEndIn)
    ended = series.end(ctx, event_id, body.until, _if_match())
    ctx.session.commit()
    out = schemas.SeriesEndOut(event=event_out(ended.saved.event, ctx.tz, public_defaults=public_flag.defaults(ctx.session)), removed=ended.removed,
                               removed_dates=ended.removed_dates).model_dump(mode="json")
    response = jsonify(out)
    response.set_etag(str(ended.saved.event.sequence))
    return response
