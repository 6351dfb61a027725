"""Units, persons, groups and locations: create, change, look up."""
from sqlalchemy import select

from service.context import Ctx
from service.errors import NotFound, ValidationFailed
from service.models import Group, Location, Person, Unit
from service.text import clean, name_key

LABELS = {Unit: "đơn vị", Person: "người", Group: "nhóm", Location: "địa điểm"}


def get(ctx: Ctx, model, ident: int):
    obj = ctx.session.get(model, ident)
    if obj is None:
        raise NotFound(f"Không có {LABELS[model]} nào có id {ident}")
    return obj


def _unique_name(ctx: Ctx, model, name: str, current_id: int | None = None) -> str:
    key = name_key(name)
    clash = ctx.session.scalars(select(model).where(model.name_key == key)).first()
    if clash is not None and clash.id != current_id:
        raise ValidationFailed({"name": f"đã có {LABELS[model]} tên '{clash.name}' (id {clash.id})"})
    return key


def _clean_list(values: list[str]) -> list[str]:
    return list(dict.fromkeys(clean(v) for v in values))


def save_unit(ctx: Ctx, body, unit: Unit | None = None) -> Unit:
    fields = body.model_fields_set if unit else set(type(body).model_fields)
    unit = unit or Unit()
    if "name" in fields and body.name:
        unit.name_key = _unique_name(ctx, Unit, body.name, unit.id)
        unit.name = clean(body.name)
    if "short_name" in fields:
        unit.short_name = clean(body.short_name) if body.short_name else None
    if "aliases" in fields:
        unit.aliases = _clean_list(body.aliases or [])
    if "emails" in fields:
        unit.emails = _clean_list(body.emails or [])
    if "parent_id" in fields:
        parent = ctx.session.get(Unit, body.parent_id) if body.parent_id else None
        if body.parent_id and parent is None:
            raise ValidationFailed({"parent_id": f"không có đơn vị nào có id {body.parent_id}"})
        ancestor = parent
        while ancestor is not None:
            if unit.id is not None and ancestor.id == unit.id:
                raise ValidationFailed({"parent_id": "một đơn vị không thể là cấp trên của chính nó"})
            ancestor = ancestor.parent
        unit.parent = parent
    ctx.session.add(unit)
    ctx.session.flush()
    return unit


def save_person(ctx: Ctx, body, person: Person | None = None) -> Person:
    fields = body.model_fields_set if person else set(type(body).model_fields)
    person = person or Person(groups=[])
    for name in ("name", "title", "email", "phone"):
        if name in fields:
            value = getattr(body, name)
            if name == "name" and not value:
                raise ValidationFailed({"name": "không được để trống"})
            setattr(person, name, clean(value) if value else None)
    if "unit_id" in fields:
        if body.unit_id and ctx.session.get(Unit, body.unit_id) is None:
            raise ValidationFailed({"unit_id": f"không có đơn vị nào có id {body.unit_id}"})
        person.unit_id = body.unit_id
    if "group_ids" in fields:
        person.groups = _existing(ctx, Group, body.group_ids or [], "group_ids")
    ctx.session.add(person)
    ctx.session.flush()
    return person


def save_group(ctx: Ctx, body, group: Group | None = None) -> Group:
    fields = body.model_fields_set if group else set(type(body).model_fields)
    group = group or Group(members=[])
    if "name" in fields and body.name:
        group.name_key = _unique_name(ctx, Group, body.name, group.id)
        group.name = clean(body.name)
    if "aliases" in fields:
        group.aliases = _clean_list(body.aliases or [])
    if "member_ids" in fields:
        group.members = _existing(ctx, Person, body.member_ids or [], "member_ids")
    ctx.session.add(group)
    ctx.session.flush()
    return group


def save_location(ctx: Ctx, body) -> Location:
    location = find_or_create_location(ctx.session, body.name)
    location.address = body.address
    location.travel_minutes = body.travel_minutes
    ctx.session.flush()
    return location


def _existing(ctx: Ctx, model, ids: list[int], field: str) -> list:
    errors: dict[str, str] = {}
    found = load_ids(ctx.session, model, ids, field, errors)
    if errors:
        raise ValidationFailed(errors)
    return found


def load_one(session, model, ident: int | None, field: str, errors: dict):
    """The object with id `ident` (None for None); a missing one is noted in `errors`."""
    if ident is None:
        return None
    obj = session.get(model, ident)
    if obj is None:
        errors[field] = f"không có {LABELS[model]} nào có id {ident}"
    return obj


def load_ids(session, model, ids: list[int], field: str, errors: dict) -> list:
    """Objects for `ids`, in order; unknown or repeated ids are noted in `errors` as field[i]."""
    found = {o.id: o for o in session.scalars(select(model).where(model.id.in_(set(ids))))} if ids else {}
    out, seen = [], set()
    for i, ident in enumerate(ids):
        if ident not in found:
            errors[f"{field}[{i}]"] = f"không có {LABELS[model]} nào có id {ident}"
        elif ident in seen:
            errors[f"{field}[{i}]"] = f"id {ident} bị lặp lại"
        else:
            seen.add(ident)
            out.append(found[ident])
    return out


def find_or_create_location(session, name: str) -> Location:
    key = name_key(name)
    location = session.scalars(select(Location).where(Location.name_key == key)).first()
    if location is None:
        location = Location(name=clean(name), name_key=key)
        session.add(location)
    return location
