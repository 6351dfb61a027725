"""Feeds joined from per-event text blocks: a block is serialized once per (event, render version) and kept
in the app's EventBlocks; only events without a cached block are loaded from the database."""
from collections import OrderedDict
from threading import Lock

from service import ical
from feeds.load import load_events


class EventBlocks:
    """The serialized VEVENT text of events and of their deadline entries, per app (each gunicorn worker
    keeps its own), keyed by ("event"|"deadline", UID, ..., render version): a change of the event
    (service.changes, the one invalidation point) gives new keys in every worker at once. Bounded, least
    recently used dropped first. Keys use the UID, not the row id: ids repeat across databases (tests,
    a restored backup)."""

    def __init__(self, size: int = 200_000):
        self.size, self._data, self._lock = size, OrderedDict(), Lock()

    def get(self, key):
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key, value):
        with self._lock:
            self._data[key] = value
            if len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self):
        with self._lock:
            self._data.clear()



def event_key(row, tz):
    return ("event", row.uid, row.render_version, tz.key)


def deadline_key(row, tz):
    return ("deadline", row.uid, row.item_id, row.render_version, tz.key)


def build_feed(session, blocks: EventBlocks, name: str, tz, events, deadlines=(),
               host: str = "lich-cong-tac") -> tuple[str, list]:
    """(VCALENDAR text, the block keys it was made of). `events`: rows with id, uid,
    render_version; `deadlines` (unit feeds): rows with item_id, id (the event's), uid, render_version."""
    keyed = [(event_key(r, tz), r) for r in events] + [(deadline_key(r, tz), r) for r in deadlines]
    found = {key: blocks.get(key) for key, _ in keyed}
    missing = {r.id for key, r in keyed if found[key] is None}
    if missing:
        records = load_events(session, missing)
        for key, r in keyed:
            if found[key] is None:
                record = records[r.id]
                if key[0] == "event":
                    text = ical.event_block(record, tz)
                else:
                    item = next(i for i in record.live_agenda if i.id == r.item_id)
                    text = ical.deadline_block(item, record, tz, host)
                blocks.put(key, text)
                found[key] = text
    return ical.calendar(name, [found[key] for key, _ in keyed], tz), [key for key, _ in keyed]
