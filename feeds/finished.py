"""A subject's feed: which events it publishes, its name, and its finished bytes, kept per app in
FinishedFeeds until the subject's version (feeds.index) moves or its content expires."""
import gzip
import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from threading import Lock
from urllib.parse import urlparse

from sqlalchemy import case, func, or_, select

from feeds.blocks import EventBlocks, build_feed
from service.db import UTCDateTime
from service import offices
from service.models import AgendaItem, Event, FeedEntry, FeedVersion, Group, Person, Preparation, Unit

PAST = timedelta(days=180)          # how far back a feed reaches
CANCELLED_KEPT = timedelta(days=30)  # a cancelled event stays (STATUS:CANCELLED) this long, so phones drop it


@dataclass
class Feed:
    version: int
    body: bytes
    etag: str
    last_modified: datetime
    valid_until: datetime  # a cancelled event or an old one leaves the feed then (content changes)
    _gzipped: bytes | None = None

    @property
    def gzipped(self) -> bytes:
        """Compressed on the first request that accepts gzip (most clients do), then kept."""
        if self._gzipped is None:
            self._gzipped = gzip.compress(self.body, 6, mtime=0)
        return self._gzipped


class FinishedFeeds:
    """The finished bytes of each subject's feed, per app (each gunicorn worker keeps its own)."""

    def __init__(self):
        self._feeds: dict[tuple[str, int], Feed] = {}
        self._lock = Lock()

    def get(self, subject):
        return self._feeds.get(subject)

    def put(self, subject, feed: Feed):
        with self._lock:
            self._feeds[subject] = feed


@dataclass
class FeedCaches:
    """The two in-process caches of one app (app.extensions["feeds"]); what feeds.index keeps is in the
    database, shared by every worker, and tells them when these are stale."""

    blocks: EventBlocks
    finished: FinishedFeeds

    @classmethod
    def new(cls) -> "FeedCaches":
        return cls(EventBlocks(), FinishedFeeds())


def subject_name(ctx, subject) -> str | None:
    """The calendar's name, e.g. "Lịch công tác — Nguyễn Văn Bình"; None if the subject is gone."""
    kind, ident = subject
    if kind == "office":
        return f"Lịch công tác — {offices.name_of(ctx, ident)}"
    model = {"person": Person, "unit": Unit, "group": Group}[kind]
    obj = ctx.session.get(model, ident)
    return f"Lịch công tác — {obj.name}" if obj is not None else None


def _in_feed(query, subject, now):
    """Restrict a query over events to those the subject's feed publishes now."""
    kind, ident = subject
    return (query.join(FeedEntry, FeedEntry.event_id == Event.id)
            .where(FeedEntry.subject_type == kind, FeedEntry.subject_id == ident, Event.range_start.is_not(None),
                   or_(Event.range_end.is_(None), Event.range_end >= now - PAST),
                   or_(Event.status != "cancelled", Event.updated_at >= now - CANCELLED_KEPT)))


def _events(ctx, subject, now):
    """The feed's events as light rows (no ORM objects, no datetimes): what the block keys need."""
    query = select(Event.id, Event.uid, Event.render_version)
    return ctx.session.execute(_in_feed(query, subject, now).order_by(Event.id)).all()


def _summary(ctx, subject, now):
    """Latest change, and the moments the content changes by itself, in one aggregate."""
    query = select(func.max(Event.updated_at).label("updated"), func.min(Event.range_end).label("oldest_end"),
                   func.min(case((Event.status == "cancelled", Event.updated_at))).label("cancelled"))
    row = ctx.session.execute(_in_feed(query, subject, now)).one()
    return [UTCDateTime().process_result_value(v, None) for v in row]


def _deadlines(ctx, unit_id, now):
    """The unit's preparation deadlines, for the events of its feed."""
    query = (select(AgendaItem.id.label("item_id"), Event.id, Event.uid, Event.render_version)
             .join(Preparation, Preparation.item_id == AgendaItem.id)
             .join(Event, Event.id == AgendaItem.event_id))
    query = _in_feed(query, ("unit", unit_id), now).where(
        Preparation.unit_id == unit_id, AgendaItem.removed_at.is_(None), AgendaItem.deadline.is_not(None),
        AgendaItem.deadline >= (now - PAST).date())
    return ctx.session.execute(query.order_by(AgendaItem.id)).all()


def _valid_until(oldest_end, cancelled, now) -> datetime:
    """When the feed's content changes by itself: its oldest event leaving the past window, or a
    cancelled event reaching 30 days."""
    moments = [m for m in (oldest_end and oldest_end + PAST, cancelled and cancelled + CANCELLED_KEPT) if m and m > now]
    return min(moments, default=now + timedelta(days=365))


def _last_modified(ctx, subject, updated, cached, now) -> datetime:
    """Later than any earlier Last-Modified whenever the content may differ: an event left the feed
    (the version's time) or expired from it (the old copy's end of validity)."""
    row = ctx.session.get(FeedVersion, subject)
    moments = [m for m in (updated, row.changed_at if row else None) if m]
    if cached is not None and cached.valid_until <= now:
        moments.append(cached.valid_until)
    return max(moments, default=datetime(2000, 1, 1, tzinfo=timezone.utc))


def fresh(caches: FeedCaches, subject, version: int, now: datetime) -> Feed | None:
    """The cached feed if it is still right (same version, not expired): no database work at all."""
    cached = caches.finished.get(subject)
    return cached if cached is not None and cached.version == version and now < cached.valid_until else None


def feed(ctx, caches: FeedCaches, subject, version: int | None = None) -> Feed | None:
    """The subject's feed, rebuilt only when its version moved or its content expires.
    `version` may come from the caller's own look-up (the HTTP path reads it with the token)."""
    now = ctx.now()
    if version is None:
        row = ctx.session.get(FeedVersion, subject)
        version = row.version if row else 0
    cached = caches.finished.get(subject)
    if fresh(caches, subject, version, now):
        return cached
    name = subject_name(ctx, subject)
    if name is None:
        return None
    events = _events(ctx, subject, now)
    updated, oldest_end, cancelled = _summary(ctx, subject, now)
    deadlines = _deadlines(ctx, subject[1], now) if subject[0] == "unit" else []
    host = urlparse(ctx.config.base_url).hostname or "lich-cong-tac"
    text, keys = build_feed(ctx.session, caches.blocks, name, ctx.tz, events, deadlines, host)
    # The text is a function of the name and the block keys: hash those, not 600 KiB of text.
    built = Feed(version=version, body=text.encode(),
                 etag=hashlib.sha256(repr((name, keys)).encode()).hexdigest()[:32],
                 last_modified=_last_modified(ctx, subject, updated, cached, now),
                 valid_until=_valid_until(oldest_end, cancelled, now))
    caches.finished.put(subject, built)
    return built
