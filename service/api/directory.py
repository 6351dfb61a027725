"""Directory endpoints: units, persons, groups, locations."""
from flask import jsonify
from sqlalchemy import select

from service import directory, schemas
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx, state
from service.models import Group, Location, Person, Unit
from service.serialize import group_out, location_out, person_out, unit_out

RESOURCES = {
    # path: (model, create schema, patch schema, save function, serializer, list key)
    "units": (Unit, schemas.UnitIn, schemas.UnitPatch, directory.save_unit, unit_out),
    "persons": (Person, schemas.PersonIn, schemas.PersonPatch, directory.save_person, person_out),
    "groups": (Group, schemas.GroupIn, schemas.GroupPatch, directory.save_group, group_out),
}


def _register(path, model, create_schema, patch_schema, save, out):
    def list_all():
        rows = request_ctx().session.scalars(select(model).order_by(model.id)).all()
        return jsonify({path: [out(r) for r in rows]})

    def create():
        ctx = request_ctx()
        obj = save(ctx, parse_body(create_schema))
        ctx.session.commit()
        return jsonify(out(obj)), 201

    def show(ident):
        ctx = request_ctx()
        obj = directory.get(ctx, model, ident)
        body = out(obj)
        for extend in state().directory_extras:
            extend(path.removesuffix("s"), obj, body)
        ctx.session.commit()  # an extender may have issued something (a first feed token)
        return jsonify(body)

    def patch(ident):
        ctx = request_ctx()
        obj = directory.get(ctx, model, ident)
        obj = save(ctx, parse_body(patch_schema), obj)
        ctx.session.commit()
        return jsonify(out(obj))

    bp.add_url_rule(f"/{path}", f"list_{path}", list_all, methods=["GET"])
    bp.add_url_rule(f"/{path}", f"create_{path}", create, methods=["POST"])
    bp.add_url_rule(f"/{path}/<id:ident>", f"get_{path}", show, methods=["GET"])
    bp.add_url_rule(f"/{path}/<id:ident>", f"patch_{path}", patch, methods=["PATCH"])


for _path, _spec in RESOURCES.items():
    _register(_path, *_spec)


@bp.get("/locations")
def list_locations():
    rows = request_ctx().session.scalars(select(Location).order_by(Location.name)).all()
    return jsonify({"locations": [location_out(r) for r in rows]})


@bp.post("/locations")
def create_location():
    ctx = request_ctx()
    location = directory.save_location(ctx, parse_body(schemas.LocationIn))
    ctx.session.commit()
    return jsonify(location_out(location)), 201
