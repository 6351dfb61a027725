"""What a document may touch: its own events, and (a weekly schedule) the events of other documents it
refines. An import never cancels another document's events.

A document's events carry import keys `doc:<source key>:<title hash>:<n>`: the source key is the document's
identity (issuer, kind, period, or the `source` the office gives), so re-importing the same document, or an
edited version of it, finds exactly the events it made. A weekly schedule's line that matches an event of
another document on the same day (or an undated one of its month) by title refines that event instead of
duplicating it: new hour, place, chair; "hoãn" cancels it; "lùi sang ngày ..." moves it."""
import hashlib
import json
import re
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select

from service.models import Event, ProgramImport
from service.importer.resolve import key
from service.text import fold

LEGACY = "import:"  # keys of imports made before documents: "import:YYYY-MM:<hash>:<n>"
SIMILAR = 0.7  # share of the shorter title's words the other must contain to be the same meeting
_STOP_WORDS = {"của", "và", "các", "về", "năm", "tháng", "ngày", "dự", "họp", "với", "tại", "cho", "đồng", "chí"}


def source_key(issuer: str | None, kind: str, period_start: date | None, period_end: date | None,
               source: str | None = None, opening: str | None = None) -> str:
    """The document's identity as a short stable key: what the office named it (`source`), else who issued
    it, what kind it is and which period it covers (the title is not in it: an edited version may
    retitle); a document whose issuer cannot be read adds its opening lines."""
    identity = f"source|{fold(source)}" if source else \
        f"{fold(issuer or '')}|{kind}|{period_start or ''}|{period_end or ''}|{fold(opening or '')}"
    return hashlib.sha1(identity.encode()).hexdigest()[:16]


def event_keys(source: str, titles: list[str]) -> list[str]:
    """doc:<source>:<title hash>:<n-th event of that title>; the date is not in it, so a moved event keeps
    its key."""
    seen, out = {}, []
    for title in titles:
        digest = _digest(title)
        n = seen.get(digest, 0)
        seen[digest] = n + 1
        out.append(f"doc:{source}:{digest}:{n}")
    return out


def _digest(title: str) -> str:
    return hashlib.sha1(key(title).encode()).hexdigest()[:16]


def body_hash(body: dict) -> str:
    return hashlib.sha1(json.dumps(body, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def own_events(session, source: str) -> dict[str, Event]:
    return {e.import_key: e for e in session.scalars(select(Event).where(Event.import_key.like(f"doc:{source}:%")))}


def legacy_events(session, year: int, month: int) -> dict[str, Event]:
    """Events of imports made before documents had identities, by "<hash>:<n>", for a monthly program of
    their month to adopt (never to cancel: which document made them is unknown)."""
    prefix = f"{LEGACY}{year:04d}-{month:02d}:"
    return {e.import_key[len(prefix):]: e for e in session.scalars(
        select(Event).where(Event.import_key.like(prefix + "%")))}


def last_import(session, source: str, before_id: int | None = None) -> ProgramImport | None:
    """The document's last committed import still in effect (not undone)."""
    query = select(ProgramImport).where(ProgramImport.source_key == source, ProgramImport.committed_at.is_not(None),
                                        ProgramImport.undone_at.is_(None))
    if before_id is not None:
        query = query.where(ProgramImport.id < before_id)
    return session.scalars(query.order_by(ProgramImport.id.desc()).limit(1)).first()


def words(title: str) -> set[str]:
    return {w for w in re.findall(r"\w+", key(title)) if w not in _STOP_WORDS and not w.isdecimal()}


def jaccard(a: str, b: str) -> float:
    """Shared words over all words of both titles: high only when neither adds much (a retitle)."""
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def similarity(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if min(len(wa), len(wb)) < 2:
        return 1.0 if wa and wa == wb else 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def renamed(tz, drafts: list[tuple[str, date | None]], found: list, own: dict[str, Event]) -> dict[int, Event]:
    """Drafts of an edited version whose title changed, matched to the document's events left without a
    draft: the same day and a similar title (half the words), or, on another day, titles that share most
    of all their words (moved and retitled; "kế hoạch trồng rừng" is not "kế hoạch phòng chống thiên tai").
    Matched events leave `own` (so they are not cancelled) and keep their ids."""
    out = {}
    for strict in (False, True):
        for i, (title, day) in enumerate(drafts):
            if found[i] is not None or i in out or not own:
                continue
            best, score = None, 0.0
            for k, event in own.items():
                same_day = day is not None and day_of(event, tz) == day
                value = jaccard(title, event.title) if strict else similarity(title, event.title)
                if (value >= SIMILAR if strict else same_day and value >= 0.5) and value > score:
                    best, score = k, value
            if best is not None:
                out[i] = own.pop(best)
    return out


def day_of(event: Event, tz) -> date | None:
    if event.start_date:
        return event.start_date
    return event.start_at.astimezone(tz).date() if event.start_at else None


class Refinable:
    """Events of other documents (and entered by hand) that a weekly schedule may refine, loaded once for
    its period."""

    def __init__(self, session, tz, source: str, first: date, last: date):
        self.tz = tz
        lo = datetime.combine(first - timedelta(days=31), datetime.min.time(), tz)
        hi = datetime.combine(last + timedelta(days=32), datetime.min.time(), tz)
        months = {first.replace(day=1), last.replace(day=1)}
        query = select(Event).where(
            Event.status != "cancelled", Event.rrule.is_(None),
            or_(Event.import_key.is_(None), ~Event.import_key.like(f"doc:{source}:%")),
            or_(and_(Event.start_at >= lo, Event.start_at < hi),
                and_(Event.start_date >= lo.date(), Event.start_date < hi.date()),
                Event.month.in_(months)))
        self.events = list(session.scalars(query))
        self.taken: set[int] = set()

    def match(self, title: str, day: date | None, moved: bool) -> Event | None:
        """The event this line is about: the same day (any day when the line moves it), or undated in the
        month of that day; the most similar title above SIMILAR."""
        best, score = None, (SIMILAR, float("-inf"))
        for event in self.events:
            if event.id in self.taken:
                continue
            own_day = day_of(event, self.tz)
            if not moved and day is not None:
                if own_day is None:
                    if not event.month or event.month != day.replace(day=1):
                        continue
                elif own_day != day:
                    continue
            # The most similar title; between equals the nearest day (a "lùi sang" line names its new day).
            own = day_of(event, self.tz)
            distance = abs((own - day).days) if own and day else 0
            value = (similarity(title, event.title), -distance)
            if value[0] >= SIMILAR and value > score:
                best, score = event, value
        if best is not None:
            self.taken.add(best.id)
        return best
