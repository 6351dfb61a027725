"""GET /api/offices: the offices a key may see (its own and every office below it)."""
from flask import jsonify
from sqlalchemy import select

from service import schemas
from service.api import bp
from service.context import request_ctx
from service.models import Office


@bp.get("/offices")
def list_offices():
    ctx = request_ctx()
    # Office is not OfficeOwned (it is the owner): filtered by the session's visible offices explicitly.
    rows = ctx.session.scalars(select(Office).where(Office.id.in_(ctx.session.info["office_ids"]))
                               .order_by(Office.id)).all()
    slugs = {o.id: o.slug for o in ctx.session.scalars(select(Office))} if rows else {}
    out = schemas.OfficeList(offices=[schemas.OfficeOut(slug=o.slug, name=o.name, tier=o.tier, body=o.body,
                                                        parent=slugs.get(o.parent_id)) for o in rows])
    return jsonify(out.model_dump(mode="json"))
