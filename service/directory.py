"""Units, persons, groups and locations: create, change, look up."""
from sqlalchemy import or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from service.context import Ctx
from service.errors import Conflict, NotFound, ValidationFailed
from service.models import AgendaItem, Event, Group, Location, Person, Preparation, Unit
from service.models.events import event_groups, event_persons, event_units
from service import summons
from service.offices import office_for_new_rows
from service.text import clean, name_key
from service.vocabulary import DIRECTORY_LABELS



def get(ctx: Ctx, model, ident: int):
    obj = ctx.session.get(model, ident)
    if obj is None:
        raise NotFound(f"Không có {DIRECTORY_LABELS[model.__name__]} nào có id {ident}")
    return obj


def _set_name(ctx: Ctx, obj, body, fields: set) -> None:
    """Name (and its matching key, text.name_key) of a unit or group: required, unique regardless of case,
    spacing, tone style and legacy glyphs."""
    if "name" not in fields:
        return
    if not body.name:
        raise ValidationFailed({"name": "không được để trống"})
    key = name_key(body.name)
    model = type(obj)
    clash = ctx.session.scalars(select(model).where(model.name_key == key)).first()
    if clash is not None and clash is not obj:
        raise ValidationFailed({"name": f"đã có {DIRECTORY_LABELS[model.__name__]} tên '{clash.name}' (id {clash.id})"})
    obj.name, obj.name_key = clean(body.name), key


def _clean_list(values: list[str]) -> list[str]:
    return list(dict.fromkeys(clean(v) for v in values))


def _fields(body, existing) -> set:
    """A PATCH changes what it sends; a create sets every field."""
    return body.model_fields_set if existing is not None else set(type(body).model_fields)


def _save(ctx: Ctx, obj, errors: dict, shown_before: tuple | None = None):
    """Write obj; if what events show of it (name, title) changed, so did those events."""
    if errors:
        raise ValidationFailed(errors)
    ctx.session.add(obj)
    _flush(ctx, obj)
    if shown_before is not None and shown_before != _shown(obj):
        for event in ctx.session.scalars(_events_showing(obj)).all():
            ctx.changes.event_changed(ctx, event)
        summons.as_source(ctx, _events_showing(obj), ctx.changes.event_changed)  # the province's events too
        ctx.changes.renamed(ctx, obj)
    return obj


def _flush(ctx: Ctx, obj) -> None:
    """Write `obj` now. Two requests that give a unit or group the same name at once both pass _set_name's
    look-up; the unique name_key decides: the loser's whole unit of work is rolled back and refused (409),
    naming the winner."""
    key = obj.name_key if isinstance(obj, (Unit, Group)) else None
    try:
        ctx.session.flush()
    except IntegrityError:
        if key is None:
            raise
        ctx.session.rollback()
        model = type(obj)
        clash = ctx.session.scalars(select(model).where(model.name_key == key)).first()
        if clash is None:
            raise
        problem = f"đã có {DIRECTORY_LABELS[model.__name__]} tên '{clash.name}' (id {clash.id})"
        raise Conflict(f"Không lưu được: {problem}", {"name": problem}) from None


def _shown(obj) -> tuple:
    return (obj.name, getattr(obj, "title", None))


def _events_showing(obj):
    """The events whose text shows this person, unit, group or place."""
    if isinstance(obj, Person):
        return select(Event).where(or_(Event.chair_id == obj.id, Event.id.in_(
            select(event_persons.c.event_id).where(event_persons.c.person_id == obj.id))))
    if isinstance(obj, Group):
        return select(Event).where(Event.id.in_(select(event_groups.c.event_id).where(event_groups.c.group_id == obj.id)))
    if isinstance(obj, Unit):
        return select(Event).where(or_(
            Event.id.in_(select(event_units.c.event_id).where(event_units.c.unit_id == obj.id)),
            Event.id.in_(select(AgendaItem.event_id).join(Preparation, Preparation.item_id == AgendaItem.id)
                         .where(Preparation.unit_id == obj.id))))
    return select(Event).where(Event.location_id == obj.id)


def _set_webhook(obj, body, fields: set, errors: dict) -> None:
    """A webhook URL goes with a secret to sign with (a receiver cannot trust an unsigned notice); clearing
    the URL clears the secret too."""
    if "webhook_url" in fields and (body.webhook_url or None) != obj.webhook_url:
        obj.webhook_url = body.webhook_url or None
        if not ("webhook_secret" in fields and body.webhook_secret):
            obj.webhook_secret = None  # a key given for one receiver never signs for another
    if "webhook_secret" in fields and body.webhook_secret:
        obj.webhook_secret = body.webhook_secret
    if not obj.webhook_url:
        obj.webhook_secret = None
    elif not obj.webhook_secret:
        errors["webhook_secret"] = "cần có khóa bí mật (ít nhất 16 ký tự) để ký các thông báo gửi tới webhook_url"


def save_unit(ctx: Ctx, body, unit: Unit | None = None) -> Unit:
    shown = _shown(unit) if unit is not None else None
    fields, unit, errors = _fields(body, unit), unit or Unit(), {}
    _set_name(ctx, unit, body, fields)
    if "short_name" in fields:
        unit.short_name = clean(body.short_name) if body.short_name else None
    if "aliases" in fields:
        unit.aliases = _clean_list(body.aliases or [])
    if "emails" in fields:
        unit.emails = _clean_list(body.emails or [])
    if "parent_id" in fields:
        parent = load_one(ctx.session, Unit, body.parent_id, "parent_id", errors)
        ancestor = parent
        while ancestor is not None:
            if ancestor is unit:
                raise ValidationFailed({"parent_id": "một đơn vị không thể là cấp trên của chính nó"})
            ancestor = ancestor.parent
        unit.parent = parent
    _set_webhook(unit, body, fields, errors)
    return _save(ctx, unit, errors, shown)


NOTICE_SETTINGS = ("notify_changes", "digest_daily", "digest_weekly", "attach_ics")


def save_person(ctx: Ctx, body, person: Person | None = None) -> Person:
    shown = _shown(person) if person is not None else None
    fields, person, errors = _fields(body, person), person or Person(groups=[]), {}
    if "name" in fields and not body.name:
        raise ValidationFailed({"name": "không được để trống"})
    for name in ("name", "title", "email", "phone"):
        if name in fields:
            value = getattr(body, name)
            setattr(person, name, clean(value) if value else None)
    if "unit_id" in fields:
        person.unit = load_one(ctx.session, Unit, body.unit_id, "unit_id", errors)
    for name in NOTICE_SETTINGS:  # opt-ins of notifications.notices/digests
        if name in fields:
            if getattr(body, name) is None:
                errors[name] = "phải là true hoặc false"
            else:
                setattr(person, name, getattr(body, name))
    changed_groups = set()
    if "group_ids" in fields:
        groups = load_ids(ctx.session, Group, body.group_ids or [], "group_ids", errors)
        changed_groups = set(person.groups) ^ set(groups)
        person.groups = groups
    _set_webhook(person, body, fields, errors)
    _save(ctx, person, errors, shown)
    for group in changed_groups:
        joined = group in set(person.groups)
        ctx.changes.group_changed(ctx, group, added={person.id} if joined else set(),
                                  removed=set() if joined else {person.id})
    return person


def save_group(ctx: Ctx, body, group: Group | None = None) -> Group:
    shown = _shown(group) if group is not None else None
    fields, group, errors = _fields(body, group), group or Group(members=[]), {}
    _set_name(ctx, group, body, fields)
    if "aliases" in fields:
        group.aliases = _clean_list(body.aliases or [])
    before = {p.id for p in group.members}
    if "member_ids" in fields:
        # Members are persons the acting office can see: its own and those of the offices below it. So a
        # province keeps the group "Chủ tịch UBND các xã, phường" of its communes' chairmen (one group the
        # clerk picks to summon them all: service.summons), while a commune's groups hold its own persons only.
        # A commune changing a person's groups sees (and changes) only its own groups' memberships: the
        # province's group keeps its member.
        group.members = load_ids(ctx.session, Person, body.member_ids or [], "member_ids", errors)
    _save(ctx, group, errors, shown)
    if "member_ids" in fields and group.id is not None:
        after = {p.id for p in group.members}
        ctx.changes.group_changed(ctx, group, added=after - before, removed=before - after)
    return group


def save_location(ctx: Ctx, body, location: Location | None = None) -> Location:
    """A place by its name (matched by text.name_key): a new spelling renames it. With `location` (the
    administration page's edit), that place gets the body, a new name included, unless another place has it."""
    if location is None:
        location = find_or_create_location(ctx.session, body.name)
    else:
        key = name_key(body.name)
        clash = _location(ctx.session, key)
        if clash is not None and clash is not location:
            raise ValidationFailed({"name": f"đã có địa điểm tên '{clash.name}' (id {clash.id})"})
        location.name_key = key
    shown = _shown(location) if location.id is not None else None
    location.name = clean(body.name)
    location.address = body.address
    location.travel_minutes = body.travel_minutes
    return _save(ctx, location, {}, shown)


def load_one(session, model, ident: int | None, field: str, errors: dict):
    """The object with id `ident` (None for None); a missing one is noted in `errors`."""
    if ident is None:
        return None
    obj = session.get(model, ident)
    if obj is None:
        errors[field] = f"không có {DIRECTORY_LABELS[model.__name__]} nào có id {ident}"
    return obj


def load_ids(session, model, ids: list[int], field: str, errors: dict) -> list:
    """Objects for `ids`, in order; unknown or repeated ids are noted in `errors` as field[i]."""
    found = {o.id: o for o in session.scalars(select(model).where(model.id.in_(set(ids))))} if ids else {}
    out, seen = [], set()
    for i, ident in enumerate(ids):
        if ident not in found:
            errors[f"{field}[{i}]"] = f"không có {DIRECTORY_LABELS[model.__name__]} nào có id {ident}"
        elif ident in seen:
            errors[f"{field}[{i}]"] = f"id {ident} bị lặp lại"
        else:
            seen.add(ident)
            out.append(found[ident])
    return out


def find_or_create_location(session, name: str) -> Location:
    """The place called `name` (matched regardless of case and spacing), created if new. Two requests that
    create the same new place at once both get it: the row is inserted at once with ON CONFLICT DO NOTHING,
    which waits for the other transaction and lets the unique name_key decide, then read back. (Not a
    SAVEPOINT: on SQLite, pysqlite starts no transaction before one, and its RELEASE would commit.)"""
    key = name_key(name)
    location = _location(session, key)
    if location is None:
        insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
        # A Core insert: the office is set here, not by the session's before_flush (service.offices).
        session.execute(insert(Location.__table__).values(name=clean(name), name_key=key,
                                                          office_id=office_for_new_rows(session))
                        .on_conflict_do_nothing(index_elements=["office_id", "name_key"]))
        location = _location(session, key)
    return location


def _location(session, key: str) -> Location | None:
    return session.scalars(select(Location).where(Location.name_key == key)).first()
