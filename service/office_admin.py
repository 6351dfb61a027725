"""Changing and removing an office (update-office, delete-office, PATCH /api/offices/<slug>, the offices page):
create's rules (service.offices.problems) and those of a tree with summons in it: no office above itself or
one of its own, a commune-level office has none below, and an office above that names an office's persons,
groups or units (service.summons) stays above it. An office is removed only when it holds nothing."""
from sqlalchemy import delete as sa_delete, func, select

from service.db import Base
from service.errors import Conflict, ValidationFailed
from service.models import Event, FeedEntry, FeedVersion, Group, Office, Person
from service.models.directory import group_members
from service.offices import LEVELS, descendants, problems, ancestors
from service.summons import naming

KEEP = object()  # update(): the field stays as it is


def update(ctx, office: Office, *, slug: str = KEEP, name: str = KEEP, level: str = KEEP, parent=KEEP) -> Office:
    """Rename an office, change its slug, its level or the office above it (`parent`: an Office or None), with
    create's rules and two more: no office above itself or one of its own, and a parent change that leaves
    an office above it naming its persons, groups or units in events or groups is refused. Every problem at
    once, under the field's name (slug, name, level, parent); nothing is changed when there is one."""
    slug = office.slug if slug is KEEP else slug
    name = office.name if name is KEEP else name
    tier, body = (office.tier, office.body) if level is KEEP else LEVELS.get(level, ("", ""))
    if parent is KEEP:
        parent = ctx.session.get(Office, office.parent_id) if office.parent_id else None
    errors = {**problems(ctx.session, office, slug, name, tier, body, parent),
              **_tree_problems(ctx.session, office, tier, parent)}
    if level is not KEEP and level not in LEVELS:
        errors.pop("tier", None), errors.pop("body", None)
        errors["level"] = f"phải là một trong: {', '.join(LEVELS)}"
    if errors:
        raise ValidationFailed(errors)
    renamed = name.strip() != office.name
    office.slug, office.name, office.tier, office.body = slug, name.strip(), tier, body
    office.parent_id = parent.id if parent else None
    ctx.session.flush()
    if renamed:
        ctx.changes.renamed(ctx, office)  # (its office feed is titled by its name)
    return office


def _tree_problems(session, office, tier, parent) -> dict:
    """What the tree refuses: a parent that is the office or below it, a move that leaves an office above it
    naming its people, a commune level for an office with offices below."""
    errors = {}
    below = descendants(session, office)
    if parent is not None and (parent.id == office.id or parent.id in below):
        errors["parent"] = (f"«{parent.slug}» là chính cơ quan này hoặc trực thuộc nó: "
                            "một cơ quan không thể trực thuộc chính mình")
    elif (parent is None or parent.tier == "tinh") and (parent.id if parent else None) != office.parent_id:
        if problem := _named_from_above(session, office, [office.id, *below], parent):
            errors["parent"] = problem
    if tier == "xa" and below:
        errors["level"] = f"cơ quan có {len(below)} cơ quan trực thuộc nên phải là cơ quan cấp tỉnh"
    return errors


def _named_from_above(session, office, subtree: list[int], parent) -> str | None:
    """Why `office` cannot move under `parent`: an office that would no longer be above it names its persons,
    groups or units (a summons; a group of its persons), which only an office above may do (service.summons)."""
    leaving = set(ancestors(session, office.id))
    if parent is not None:
        leaving -= {parent.id, *ancestors(session, parent.id)}
    if not leaving:
        return None
    ev = Event.__table__
    events = session.scalar(select(func.count()).select_from(ev).where(ev.c.office_id.in_(leaving),
                                                                       naming(ev.c.id, subtree)))
    groups = session.scalar(select(func.count(func.distinct(group_members.c.group_id)))
                            .join(Group.__table__, Group.__table__.c.id == group_members.c.group_id)
                            .join(Person.__table__, Person.__table__.c.id == group_members.c.person_id)
                            .where(Group.__table__.c.office_id.in_(leaving),
                                   Person.__table__.c.office_id.in_(subtree)))
    if not events and not groups:
        return None
    held = ", ".join(part for part in (events and f"{events} sự kiện triệu tập", groups and f"{groups} nhóm") if part)
    return (f"cơ quan cấp trên hiện nay đang có {held} gồm người, nhóm hoặc đơn vị của cơ quan này: "
            "hãy bỏ họ khỏi các sự kiện, nhóm đó trước khi đổi cơ quan cấp trên")


# What an office holds, by table, in the words of the refusal to delete it.
HOLDINGS = {"events": "sự kiện", "units": "đơn vị", "persons": "người", "groups": "nhóm", "locations": "địa điểm",
            "program_imports": "lần nhập chương trình", "users": "tài khoản", "api_keys": "khóa API",
            "calendar_exceptions": "ngày nghỉ, làm bù", "slot_hours": "khung giờ làm việc",
            "issued_versions": "bản đã ban hành", "security_log": "dòng nhật ký bảo mật"}
# Rows that go with the office: the link of its (empty) office feed, its public-page defaults.
GO_WITH_IT = ("feed_tokens", "public_defaults")


def holdings(session, office: Office) -> dict[str, int]:
    """What keeps `office` from being deleted: {words: count} of its rows in each table of office data and
    of the offices below it (unscoped; Core)."""
    counts = {}
    below = session.scalar(select(func.count()).select_from(Office).where(Office.parent_id == office.id))
    if below:
        counts["cơ quan trực thuộc"] = below
    for table in Base.metadata.sorted_tables:
        if "office_id" not in table.c or table.name in GO_WITH_IT:
            continue
        count = session.scalar(select(func.count()).select_from(table).where(table.c.office_id == office.id))
        if count:
            counts[HOLDINGS.get(table.name, table.name)] = count
    return counts


def delete(ctx, office: Office) -> None:
    """Remove an office that holds nothing (`holdings`), with its office feed's link, index rows and public
    defaults; else a Conflict saying what it still holds, and nothing removed."""
    held = holdings(ctx.session, office)
    if held:
        raise Conflict(f"Cơ quan «{office.slug}» còn dữ liệu nên không xóa được: "
                       + ", ".join(f"{n} {what}" for what, n in held.items()))
    for name in GO_WITH_IT:
        table = Base.metadata.tables[name]
        ctx.session.execute(sa_delete(table).where(table.c.office_id == office.id))
    for model in (FeedEntry, FeedVersion):  # (the office feed is ("office", its id): no foreign key)
        ctx.session.execute(sa_delete(model).where(model.subject_type == "office", model.subject_id == office.id))
    ctx.session.delete(office)
    ctx.session.flush()
