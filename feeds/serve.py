"""Build a subject's feed (from cached blocks) and keep the finished bytes until its version changes."""
import gzip
import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from threading import Lock
from urllib.parse import urlparse

from sqlalchemy import or_, select

from feeds.build import build_feed
from service.events import EVENT_LOAD
from service.models import AgendaItem, Event, FeedEntry, FeedVersion, Group, Person, Preparation, Unit

PAST = timedelta(days=180)          # how far back a feed reaches
CANCELLED_KEPT = timedelta(days=30)  # a cancelled event stays (STATUS:CANCELLED) this long, so phones drop it


@dataclass
class Feed:
    version: int
    body: bytes
    gzipped: bytes
    etag: str
    last_modified: datetime
    valid_until: datetime  # a cancelled event or an old one leaves the feed then (content changes)


class FeedCache:
    """Finished feeds of one app, per subject (each gunicorn worker keeps its own)."""

    def __init__(self):
        self._feeds: dict[tuple[str, int], Feed] = {}
        self._lock = Lock()

    def get(self, subject):
        return self._feeds.get(subject)

    def put(self, subject, feed: Feed):
        with self._lock:
            self._feeds[subject] = feed


def subject_name(ctx, subject) -> str | None:
    """The calendar's name, e.g. "Lịch công tác — Nguyễn Văn Bình"; None if the subject is gone."""
    kind, ident = subject
    if kind == "office":
        return f"Lịch công tác — {ctx.config.office_name}"
    model = {"person": Person, "unit": Unit, "group": Group}[kind]
    obj = ctx.session.get(model, ident)
    return f"Lịch công tác — {obj.name}" if obj is not None else None


def _events(ctx, subject, now):
    kind, ident = subject
    query = (select(Event).join(FeedEntry, FeedEntry.event_id == Event.id)
             .where(FeedEntry.subject_type == kind, FeedEntry.subject_id == ident, Event.range_start.is_not(None),
                    or_(Event.range_end.is_(None), Event.range_end >= now - PAST),
                    or_(Event.status != "cancelled", Event.updated_at >= now - CANCELLED_KEPT))
             .options(*EVENT_LOAD).order_by(Event.id))
    return ctx.session.scalars(query).unique().all()


def _deadlines(ctx, unit_id, events):
    """(item, event) for the unit's preparation deadlines, among the events of its feed."""
    by_id = {e.id: e for e in events}
    if not by_id:
        return []
    items = ctx.session.scalars(
        select(AgendaItem).join(Preparation, Preparation.item_id == AgendaItem.id)
        .where(Preparation.unit_id == unit_id, AgendaItem.removed_at.is_(None), AgendaItem.deadline.is_not(None),
               AgendaItem.event_id.in_(by_id))
        .order_by(AgendaItem.id)).all()
    return [(item, by_id[item.event_id]) for item in items]


def _valid_until(events, now) -> datetime:
    """When the feed's content changes by itself: a cancelled event reaching 30 days, or an event
    falling out of the past window."""
    moments = [e.updated_at + CANCELLED_KEPT for e in events if e.status == "cancelled"]
    moments += [e.range_end + PAST for e in events if e.range_end is not None]
    later = [m for m in moments if m > now]
    return min(later) if later else now.replace(year=now.year + 1)


def feed(ctx, cache: FeedCache, subject) -> Feed | None:
    """The subject's feed, rebuilt only when its version moved or its content expires."""
    now = ctx.now()
    row = ctx.session.get(FeedVersion, subject)
    version = row.version if row else 0
    cached = cache.get(subject)
    if cached is not None and cached.version == version and now < cached.valid_until:
        return cached
    name = subject_name(ctx, subject)
    if name is None:
        return None
    events = _events(ctx, subject, now)
    deadlines = _deadlines(ctx, subject[1], events) if subject[0] == "unit" else []
    host = urlparse(ctx.config.base_url).hostname or "lich-cong-tac"
    body = build_feed(name, events, ctx.tz, deadlines, host).encode()
    digest = hashlib.sha256(body).hexdigest()[:32]
    built = Feed(version=version, body=body, gzipped=gzip.compress(body, 6, mtime=0), etag=digest,
                 last_modified=max([row.changed_at if row else now.replace(year=2000)]
                                   + [e.updated_at for e in events]),
                 valid_until=_valid_until(events, now))
    cache.put(subject, built)
    return built
