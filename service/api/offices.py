"""GET /api/offices: the offices a key may see (its own and every office below it). PATCH /api/offices/<slug>:
an office key changes an office below its own (a province's communes): name, level, the office above."""
from flask import jsonify
from sqlalchemy import select

from service import office_admin, offices, schemas
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx
from service.errors import ValidationFailed
from service.models import Office


def office_out(session, office: Office) -> schemas.OfficeOut:
    parent = session.get(Office, office.parent_id) if office.parent_id else None
    return schemas.OfficeOut(slug=office.slug, name=office.name, tier=office.tier, body=office.body,
                             parent=parent.slug if parent else None)


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


@bp.patch("/offices/<slug>")
def patch_office(slug):
    """The office must be below the acting one (an office the key cannot see is a 404; its own office, or a
    viewer key, a 403); a new parent must be the acting office or one below it."""
    ctx = request_ctx()
    reach = ctx.session.info["office_ids"]
    office = offices.managed(ctx.session, offices.find_by_slug(ctx.session, slug), slug)
    body = parse_body(schemas.OfficePatch)
    changes = {k: getattr(body, k) for k in ("name", "level") if getattr(body, k) is not None}
    if "parent" in body.model_fields_set:
        parent = offices.find_by_slug(ctx.session, body.parent) if body.parent else None
        if parent is None or parent.id not in reach:
            raise ValidationFailed({"parent": f"không có cơ quan «{body.parent}» trong phạm vi của khóa" if body.parent
                                    else "cơ quan phải trực thuộc cơ quan của khóa hoặc một cơ quan dưới nó"})
        changes["parent"] = parent
    office_admin.update(ctx, office, **changes)
    ctx.session.commit()
    return jsonify(office_out(ctx.session, office).model_dump(mode="json"))
