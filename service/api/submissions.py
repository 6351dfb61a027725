"""The office marks an agenda item's papers handed in (brought by hand) for a unit, and undoes a mark."""
from flask import jsonify, request

from service import schemas, submissions
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx
from service.serialize import agenda_item_out


def _body(model):
    """An empty body is allowed: the whole item."""
    if not request.get_data(cache=True):
        return model()
    return parse_body(model)


@bp.post("/agenda-items/<id:item_id>/submitted")
def mark_item_submitted(item_id):
    ctx = request_ctx()
    body = _body(schemas.SubmissionIn)
    item = submissions.mark(ctx, item_id, body.unit_id, body.by or ctx.actor or "api")
    ctx.session.commit()
    return jsonify(agenda_item_out(item, ctx.tz).model_dump(mode="json"))


@bp.post("/agenda-items/<id:item_id>/unsubmitted")
def unmark_item_submitted(item_id):
    ctx = request_ctx()
    body = _body(schemas.SubmissionUndoIn)
    item = submissions.unmark(ctx, item_id, body.unit_id)
    ctx.session.commit()
    return jsonify(agenda_item_out(item, ctx.tz).model_dump(mode="json"))
