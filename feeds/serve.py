"""Build a subject's feed (from cached blocks) and keep the finished bytes until its version changes."""
import gzip
import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from threading import Lock
from urllib.parse import urlparse

from sqlalchemy import or_, select

from feeds.build import build_feed
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
    """The feed's events as light rows (no ORM objects): what the cache keys and expiry need."""
    kind, ident = subject
    query = (select(Event.id, Event.uid, Event.sequence, Event.render_version, Event.status, Event.updated_at,
                    Event.range_end)
             .join(FeedEntry, FeedEntry.event_id == Event.id)
             .where(FeedEntry.subject_type == kind, FeedEntry.subject_id == ident, Event.range_start.is_not(None),
                    or_(Event.range_end.is_(None), Event.range_end >= now - PAST),
                    or_(Event.status != "cancelled", Event.updated_at >= now - CANCELLED_KEPT))
             .order_by(Event.id))
    return ctx.session.execute(query).all()


def _deadlines(ctx, unit_id, now):
    """The unit's preparation deadlines, for the events of its feed."""
    query = (select(AgendaItem.id.label("item_id"), Event.id, Event.uid, Event.sequence, Event.render_version,
                    AgendaItem.deadline)
             .join(Preparation, Preparation.item_id == AgendaItem.id)
             .join(Event, Event.id == AgendaItem.event_id)
             .join(FeedEntry, FeedEntry.event_id == Event.id)
             .where(Preparation.unit_id == unit_id, FeedEntry.subject_type == "unit", FeedEntry.subject_id == unit_id,
                    AgendaItem.removed_at.is_(None), AgendaItem.deadline.is_not(None), Event.range_start.is_not(None),
                    AgendaItem.deadline >= (now - PAST).date(),
                    or_(Event.status != "cancelled", Event.updated_at >= now - CANCELLED_KEPT))
             .order_by(AgendaItem.id))
    return ctx.session.execute(query).all()


def _valid_until(events, now) -> datetime:
    """When the feed's content changes by itself: a cancelled event reaching 30 days, or an event
    falling out of the past window."""
    moments = [e.updated_at + CANCELLED_KEPT for e in events if e.status == "cancelled"]
    moments += [e.range_end + PAST for e in events if e.range_end is not None]
    later = [m for m in moments if m > now]
    return min(later) if later else now.replace(year=now.year + 1)


def _last_modified(ctx, subject, events, cached, now) -> datetime:
    """Later than any earlier Last-Modified whenever the content may differ: an event left the feed
    (the version's time) or expired from it (the old copy's end of validity)."""
    row = ctx.session.get(FeedVersion, subject)
    moments = [e.updated_at for e in events] + ([row.changed_at] if row else [])
    if cached is not None and cached.valid_until <= now:
        moments.append(cached.valid_until)
    return max(moments, default=datetime(2000, 1, 1, tzinfo=timezone.utc))


def feed(ctx, cache: FeedCache, subject, version: int | None = None) -> Feed | None:
    """The subject's feed, rebuilt only when its version moved or its content expires.
    `version` may come from the caller's own look-up (the HTTP path reads it with the token)."""
    now = ctx.now()
    if version is None:
        row = ctx.session.get(FeedVersion, subject)
        version = row.version if row else 0
    cached = cache.get(subject)
    if cached is not None and cached.version == version and now < cached.valid_until:
        return cached
    name = subject_name(ctx, subject)
    if name is None:
        return None
    events = _events(ctx, subject, now)
    deadlines = _deadlines(ctx, subject[1], now) if subject[0] == "unit" else []
    host = urlparse(ctx.config.base_url).hostname or "lich-cong-tac"
    body = build_feed(ctx.session, name, ctx.tz, events, deadlines, host).encode()
    built = Feed(version=version, body=body, gzipped=gzip.compress(body, 6, mtime=0),
                 etag=hashlib.sha256(body).hexdigest()[:32],
                 last_modified=_last_modified(ctx, subject, events, cached, now),
                 valid_until=_valid_until(events, now))
    cache.put(subject, built)
    return built
