"""Search across events: title, place (name and address), persons (the chair, attendees, as linked or as
written), groups and units (attending, and preparing an agenda item), with Vietnamese accents folded: "hop
giao ban" finds "Họp giao ban", "dong" finds "Đồng", "HOI TRUONG" finds "Hội trường".

Both sides are folded, so nothing is stored and nothing goes stale when a person, unit or place is renamed:
the words searched for in Python (`search_fold`), the stored text in SQL (`folded(column)`): on PostgreSQL
translate() with a fixed table of the accented letters, on SQLite the same table as a Python function
registered on every connection. The table maps letters to ASCII lower case itself, so neither lower() nor
the database's locale matters. Every word must occur in some field; one query whatever the number of
results (the place and chair are joined, the rest are EXISTS sub-queries), bounded by a limit."""
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import String, and_, event, exists, func, literal, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.functions import FunctionElement

from service.context import Ctx
from service.errors import ValidationFailed
from service.schemas import ONE_LINE, control_character_error
from service.models import AgendaItem, Event, Group, Location, Person, Preparation, Unit
from service.models.events import event_groups, event_persons, event_units

MAX_QUERY = 200  # characters of the search box
MAX_WORDS = 10
MAX_LIMIT = 100
MAX_OFFSET = 100_000


def _table() -> dict[str, str]:
    """Every accented Latin letter (Vietnamese and the rest of Latin-1/Extended) to its ASCII base, in lower
    case; đ/Đ to d; A-Z to a-z."""
    table = {chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(ch for ch in unicodedata.normalize("NFD", char) if not unicodedata.combining(ch))
        if len(base) == 1 and base.isascii() and base.isalpha() and base != char:
            table[char] = base.lower()
    table.update({"đ": "d", "Đ": "d", "ƣ": "u", "Ƣ": "u"})  # (ƣ: old PDF fonts' ư)
    return table


FOLD_TABLE = _table()
_FROM, _TO = "".join(FOLD_TABLE), "".join(FOLD_TABLE.values())
_TRANSLATION = str.maketrans(FOLD_TABLE)


def sql_fold(text: str | None) -> str | None:
    """What `folded(column)` computes in the database, for SQLite (and the tests): the table, nothing else."""
    return None if text is None else text.translate(_TRANSLATION)


def search_fold(text: str) -> str:
    """The words searched for: decomposed (so NFD input folds alike), marks dropped, đ -> d, lower case."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(sql_fold(text).casefold().split())


class folded(FunctionElement):  # noqa: N801 - reads as a function in queries
    """fold(x) in SQL: translate() on PostgreSQL, lct_fold() (sql_fold) on SQLite."""

    type = String()
    inherit_cache = True
    name = "folded"


@compiles(folded, "postgresql")
def _folded_pg(element, compiler, **kw):
    return f"translate({compiler.process(element.clauses, **kw)}, '{_FROM}', '{_TO}')"


@compiles(folded, "sqlite")
def _folded_sqlite(element, compiler, **kw):
    return f"lct_fold({compiler.process(element.clauses, **kw)})"


@event.listens_for(Engine, "connect")
def _register_sqlite_fold(dbapi_connection, _record):
    if isinstance(dbapi_connection, sqlite3.Connection):
        dbapi_connection.create_function("lct_fold", 1, sql_fold, deterministic=True)


@dataclass(frozen=True)
class Hit:
    id: int
    title: str
    status: str
    start: date | datetime | None  # the first occurrence: aware datetime, or a date for all-day events
    month: date | None  # an undated event's month
    slot: str | None
    all_day: bool
    rrule: str | None
    place: str | None
    chair: str | None


def words(q: str) -> list[str]:
    """The folded words of a search; too long a search is refused naming the field."""
    if len(q) > MAX_QUERY:
        raise ValidationFailed({"q": f"từ khóa dài quá {MAX_QUERY} ký tự"})
    if problem := control_character_error(q, ONE_LINE):  # (PostgreSQL refuses NUL even in a parameter)
        raise ValidationFailed({"q": problem})
    found = list(dict.fromkeys(search_fold(q).split()))
    if len(found) > MAX_WORDS:
        raise ValidationFailed({"q": f"tối đa {MAX_WORDS} từ"})
    return found


def search_events(ctx: Ctx, q: str, limit: int = 50, offset: int = 0) -> tuple[list[Hit], bool]:
    """Events matching every word of `q`, newest first; (hits, whether there are more after these)."""
    terms = words(q)
    if not terms:
        return [], False
    limit, offset = max(1, min(limit, MAX_LIMIT)), max(0, min(offset, MAX_OFFSET))
    chair = aliased(Person)
    sep = literal("\n")  # a word has no whitespace, so it never matches across two fields
    own_text = folded(func.coalesce(Event.title, "") + sep + func.coalesce(Event.chair_text, "") + sep
                      + func.coalesce(Event.attendees_text, "") + sep + func.coalesce(Location.name, "") + sep
                      + func.coalesce(Location.address, "") + sep + func.coalesce(chair.name, ""))

    def anywhere(term: str):
        like = {"autoescape": True}
        return or_(
            own_text.contains(term, **like),
            exists().where(event_persons.c.event_id == Event.id, event_persons.c.person_id == Person.id,
                           folded(Person.name).contains(term, **like)),
            exists().where(event_groups.c.event_id == Event.id, event_groups.c.group_id == Group.id,
                           folded(Group.name).contains(term, **like)),
            exists().where(event_units.c.event_id == Event.id, event_units.c.unit_id == Unit.id,
                           or_(folded(Unit.name).contains(term, **like),
                               folded(func.coalesce(Unit.short_name, "")).contains(term, **like))),
            exists().where(AgendaItem.event_id == Event.id, AgendaItem.removed_at.is_(None),
                           Preparation.item_id == AgendaItem.id, Preparation.unit_id == Unit.id,
                           or_(folded(Unit.name).contains(term, **like),
                               folded(func.coalesce(Unit.short_name, "")).contains(term, **like))),
        )

    query = (select(Event.id, Event.title, Event.status, Event.start_at, Event.start_date, Event.month, Event.slot,
                    Event.all_day, Event.rrule, Location.name.label("place"),
                    func.coalesce(chair.name, Event.chair_text).label("chair"))
             .outerjoin(Location, Location.id == Event.location_id)
             .outerjoin(chair, chair.id == Event.chair_id)
             .where(and_(*(anywhere(t) for t in terms)))
             # newest first (all-day events start at local midnight), then the undated ("thông báo sau")
             .order_by(Event.range_start.desc().nulls_last(), Event.month.desc().nulls_last(), Event.id.desc())
             .limit(limit + 1).offset(offset))
    rows = ctx.session.execute(query).all()
    hits = [Hit(id=r.id, title=r.title, status=r.status, start=r.start_at.astimezone(ctx.tz) if r.start_at else r.start_date,
                month=r.month, slot=r.slot, all_day=r.all_day, rrule=r.rrule, place=r.place, chair=r.chair)
            for r in rows[:limit]]
    return hits, len(rows) > limit
