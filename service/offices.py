"""Offices and the scoping of every read and write to the acting office.

One way, for every interface: the acting office is put on the session (`session.info`, by
`set_acting`): "office_id" is the office new rows belong to, "office_ids" the offices reads may see (the
acting office and every office below it). Two session listeners, installed once on the app's
sessionmaker, do the rest:
- `do_orm_execute` adds `with_loader_criteria(OfficeOwned, office_id IN (...))` to every ORM SELECT
  (entities, plain column selects, joins, subqueries, relationship and lazy loads alike);
- `before_flush` gives each new OfficeOwned row without an office the acting office.
Core statements on Table objects and raw SQL are not ORM executions and get no criteria: where they read
office data they filter explicitly (and say so in a comment).
A session with no acting office (the reminder dispatcher, migrations, tests of domain functions) reads
every office, and writes into the only office when there is exactly one.
"""
import re
import unicodedata
from contextlib import contextmanager

from flask import current_app, has_app_context
from sqlalchemy import event, insert, literal, or_, select, true, union_all
from sqlalchemy.orm import Session, with_loader_criteria

from service.errors import Forbidden, NotFound, ValidationFailed
from service.models.offices import BODIES, TIERS, Office, OfficeOwned
from service.schemas import ONE_LINE

DEFAULT_NAME, DEFAULT_SLUG = "Văn phòng", "van-phong"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The --level choices of create-office: tier and body in one word.
LEVELS = {"tinh-ubnd": ("tinh", "ubnd"), "tinh-hdnd": ("tinh", "hdnd"), "tinh-dang-uy": ("tinh", "dang_uy"),
          "xa-ubnd": ("xa", "ubnd"), "xa-hdnd-ubnd": ("xa", "hdnd_ubnd"), "xa-dang-uy": ("xa", "dang_uy")}


def level_of(office: Office) -> str:
    """The office's --level word ("xa-hdnd-ubnd")."""
    return next(level for level, pair in LEVELS.items() if pair == (office.tier, office.body))


def slugify(name: str) -> str:
    """"Văn phòng UBND xã Đông Hòa" -> "van-phong-ubnd-xa-dong-hoa" (accents folded, đ -> d)."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:100] or "van-phong"


def create(ctx, slug: str, name: str, tier: str, body: str, parent: Office | None = None) -> Office:
    errors = problems(ctx.session, None, slug, name, tier, body, parent)
    if errors:
        raise ValidationFailed(errors)
    office = Office(slug=slug, name=name.strip(), tier=tier, body=body, parent_id=parent.id if parent else None,
                    created_at=ctx.now())
    ctx.session.add(office)
    ctx.session.flush()
    return office


def problems(session, office, slug, name, tier, body, parent) -> dict:
    """What create refuses in an office with these values (`office`: the one being changed, None for a new one),
    by field."""
    errors = {}
    if not SLUG.match(slug or "") or len(slug) > 100:
        errors["slug"] = "chỉ gồm chữ thường không dấu, số và dấu '-' (tối đa 100 ký tự)"
    elif slug in reserved_slugs():
        errors["slug"] = f"«{slug}» là đường dẫn của chính trang web (/{slug}/…), hãy chọn tên khác"
    elif (same := find_by_slug(session, slug)) is not None and same is not office:
        errors["slug"] = f"đã có cơ quan «{slug}»"
    if not name.strip() or len(name) > 300 or ONE_LINE.search(name):
        errors["name"] = "tên cơ quan dài 1–300 ký tự, trên một dòng"
    if tier not in TIERS:
        errors["tier"] = f"phải là một trong: {', '.join(TIERS)}"
    if body not in BODIES:
        errors["body"] = f"phải là một trong: {', '.join(BODIES)}"
    if parent is not None and parent.tier != "tinh":
        errors["parent"] = f"cơ quan cấp trên phải là cơ quan cấp tỉnh («{parent.slug}» là cơ quan cấp xã)"
    return errors


def reserved_slugs() -> set:
    """The first path segments of the site's own routes ("api", "lich", "cong-khai", "dang-nhap" …): an office
    there would be shadowed by them (/api/lich is the API's). Read from the app's routes, so a new one counts."""
    if not has_app_context():
        return set()
    firsts = {rule.rule.split("/")[1] for rule in current_app.url_map.iter_rules()}
    return {first for first in firsts if first and not first.startswith("<")}  # ("<office:…>": the offices' own)


def find_by_slug(session: Session, slug: str) -> Office | None:
    return session.scalars(select(Office).where(Office.slug == slug)).first()


def get(session: Session, slug: str) -> Office:
    office = find_by_slug(session, slug)
    if office is None:
        raise NotFound(f"Không có cơ quan «{slug}»")
    return office


def managed(session: Session, office: Office | None, named: str) -> Office:
    """`office` if the session's acting office manages it, i.e. it is below it (a province's communes): an
    office the session cannot see is one that does not exist (404), the acting office itself is not its own
    to change (403)."""
    if office is None or office.id not in session.info.get("office_ids", ()):
        raise NotFound(f"Không có cơ quan «{named}»")
    if office.id == session.info["office_id"]:
        raise Forbidden("Chỉ sửa được các cơ quan trực thuộc cơ quan của mình, không sửa chính cơ quan này")
    return office


def descendants(session: Session, office: Office | int) -> list[int]:
    """Ids of the offices below `office`, at any depth (a province's communes), in one recursive query."""
    office_id = office if isinstance(office, int) else office.id
    below = select(Office.id).where(Office.parent_id == office_id).cte("below", recursive=True)
    below = below.union_all(select(Office.id).where(Office.parent_id == below.c.id))
    return list(session.scalars(select(below.c.id)))


def ancestors(session: Session, office_id: int) -> list[int]:
    """Ids of the offices above `office_id` (its parent, the parent's parent...)."""
    return _below_and_above(session, office_id)[1]


def visible_to(session: Session, office: Office | int) -> list[int]:
    """The offices a user or key of `office` may see: itself and every office below it."""
    office_id = office if isinstance(office, int) else office.id
    return [office_id, *descendants(session, office_id)]


def only_office(session: Session) -> Office | None:
    """The office of a deployment that has exactly one; None when there are none or several."""
    rows = session.scalars(select(Office).order_by(Office.id).limit(2)).all()
    return rows[0] if len(rows) == 1 else None


def _below_and_above(session: Session, office_id: int) -> tuple[list[int], list[int]]:
    """(the offices below `office_id`, the offices above it), from one statement."""
    below = select(Office.id).where(Office.parent_id == office_id).cte("below", recursive=True)
    below = below.union_all(select(Office.id).where(Office.parent_id == below.c.id))
    above = select(Office.parent_id.label("id")).where(Office.id == office_id).cte("above", recursive=True)
    above = above.union_all(select(Office.parent_id).where(Office.id == above.c.id))
    rows = session.execute(union_all(select(literal("b").label("side"), below.c.id),
                                     select(literal("a"), above.c.id).where(above.c.id.is_not(None)))).all()
    return [i for side, i in rows if side == "b"], [i for side, i in rows if side == "a"]


def set_acting(session: Session, office_id: int, visible: list[int] | None = None) -> None:
    """Scope the session to `office_id`: new rows belong to it; reads see `visible` (default: it and
    every office below). With the default, the events of the offices above that summon someone of these
    offices are readable too, where a read asks for them (service.summons: read-only, never written);
    an explicit `visible` (the public pages) reads those offices' own events only."""
    session.info.pop("office_ids", None)  # the look-up of the offices below is itself unscoped
    session.info.pop("summoning_ids", None)
    if visible is None:
        below, above = _below_and_above(session, office_id)
        visible = [office_id, *below]
    else:
        above = []
    session.info["office_id"] = office_id
    session.info["office_ids"] = tuple(visible)
    session.info["summoning_ids"] = tuple(above)


@contextmanager
def acting_as(session: Session, office_id: int):
    """The session acts as `office_id` inside (its scope, its calendar), then as before: a step a change of
    one office causes in another's event (service.summons.as_source)."""
    keys = ("office_id", "office_ids", "summoning_ids")
    saved = {k: session.info[k] for k in keys if k in session.info}
    set_acting(session, office_id)
    try:
        yield session
    finally:
        for key in keys:
            session.info.pop(key, None)
        session.info.update(saved)


def acting_office(session: Session) -> int | None:
    return session.info.get("office_id")


def choose(session: Session, home_office_id: int, slug: str | None) -> int:
    """The office a user or key of `home_office_id` acts on: its own, or `slug` if that one is visible
    to it (an office it may not see is, to it, an office that does not exist: 404)."""
    if not slug:
        return home_office_id
    office = find_by_slug(session, slug)
    if office is None or office.id not in visible_to(session, home_office_id):
        raise NotFound(f"Không có cơ quan «{slug}»")
    return office.id


def core_scope(session: Session, column):
    """The filter a Core statement on an office table needs (the ORM listener does not see those):
    `column IN (the offices the session may see)`, or TRUE when the session is unscoped."""
    ids = session.info.get("office_ids")
    return true() if ids is None else column.in_(ids)


def act_as(session: Session, home_office_id: int, slug: str | None) -> int:
    """Scope a request's session to the office a key or user of `home_office_id` acts on (`choose`)."""
    office_id = choose(session, home_office_id, slug)
    set_acting(session, office_id)
    return office_id


def _scope_reads(state):
    ids = state.session.info.get("office_ids")
    if ids is None or not state.is_select or state.execution_options.get("all_offices"):
        return
    state.statement = state.statement.options(with_loader_criteria(
        OfficeOwned, lambda cls: cls.office_id.in_(ids), include_aliases=True), *_child_criteria(ids))


def _child_criteria(ids):
    """Child rows fetched on their own (an agenda item or a reminder by id, an event's history) belong to an
    office through their parent: the same scope, through it (a subquery, not a statement more)."""
    from service.models import AgendaItem, Event, EventChange, EventException, Reminder  # noqa: PLC0415

    events = select(Event.__table__.c.id).where(Event.__table__.c.office_id.in_(ids))
    return [with_loader_criteria(model, model.event_id.in_(events), include_aliases=True)
            for model in (AgendaItem, EventChange, EventException)] + [
        with_loader_criteria(Reminder, reminder_scope(ids), include_aliases=True)]


def reminder_scope(ids):
    """The reminders of `ids`: those of their events and their persons' notices."""
    from service.models import Event, Person, Reminder  # noqa: PLC0415

    events = select(Event.__table__.c.id).where(Event.__table__.c.office_id.in_(ids))
    persons = select(Person.__table__.c.id).where(Person.__table__.c.office_id.in_(ids))
    return or_(Reminder.event_id.in_(events), Reminder.person_id.in_(persons))


def _own_new_rows(session, flush_context, instances):
    new = [obj for obj in session.new if isinstance(obj, OfficeOwned) and obj.office_id is None]
    if not new:
        return
    office_id = office_for_new_rows(session)
    for obj in new:
        obj.office_id = office_id


def office_for_new_rows(session: Session) -> int:
    """The office new rows belong to: the acting one, else the only one (Core inserts set it with this)."""
    office_id = session.info.get("office_id")
    if office_id is None:
        with session.no_autoflush:
            office_id = _default_office(session)
    return office_id


def acting(session: Session) -> Office:
    """The office the session acts as (its name heads the documents it exports; its slug is its public
    address): the acting one, else the only one."""
    return session.get(Office, office_for_new_rows(session))


def name_of(ctx, office_id: int | None = None) -> str:
    """The name an office's pages, documents, feeds and e-mails carry: the office's (`office_id`, else the
    acting one). A deployment of one office keeps the name it is configured with (OFFICE_NAME), as before
    offices (migration 0015 names its office from it)."""
    rows = ctx.session.scalars(select(Office).order_by(Office.id).limit(2)).all()
    if len(rows) < 2 or (office_id is None and ctx.session.info.get("office_id") is None):
        return ctx.config.office_name  # (and a page of no office: a broken link's)
    office = ctx.session.get(Office, office_id or office_for_new_rows(ctx.session))
    return office.name if office is not None else ctx.config.office_name


def _default_office(session) -> int:
    """The office unscoped writes go to: the only one. A database made by create_all (tests, scripts) has
    none yet and gets the default one, as `init-db` makes it (migration 0015)."""
    rows = session.scalars(select(Office).order_by(Office.id).limit(2)).all()
    if len(rows) == 1:
        return rows[0].id
    if rows:
        raise ValidationFailed({"office": "có nhiều cơ quan: hãy chọn cơ quan (--office) cho dữ liệu mới"})
    from service.clock import SystemClock  # noqa: PLC0415
    # Core, not the unit of work: this runs inside a flush.
    result = session.connection().execute(insert(Office.__table__).values(
        slug=DEFAULT_SLUG, name=DEFAULT_NAME, tier="tinh", body="ubnd", created_at=SystemClock().now()))
    return result.inserted_primary_key[0]


def install_scoping(sessionmaker) -> None:
    event.listen(sessionmaker, "do_orm_execute", _scope_reads)
    event.listen(sessionmaker, "before_flush", _own_new_rows)
