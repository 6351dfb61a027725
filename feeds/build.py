"""Feeds from cached per-event blocks: a block is serialized once per event sequence, then joined."""
from collections import OrderedDict
from threading import Lock

from feeds import ical


class BlockCache:
    """Text blocks keyed by (kind, event UID, ..., sequence); bounded, least recently used dropped first.
    Keys use the UID, not the row id: ids repeat across databases (tests, a restored backup)."""

    def __init__(self, size: int = 100_000):
        self.size, self._data, self._lock = size, OrderedDict(), Lock()

    def get(self, key, make):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        value = make()
        with self._lock:
            self._data[key] = value
            if len(self._data) > self.size:
                self._data.popitem(last=False)
        return value

    def clear(self):
        with self._lock:
            self._data.clear()


blocks = BlockCache()


def build_feed(name: str, events, tz, deadlines=(), host: str = "lich-cong-tac") -> str:
    """VCALENDAR text for `events` (and, for a unit, `deadlines`: (agenda item, event) pairs)."""
    parts = [blocks.get(("event", e.uid, e.sequence, tz.key), lambda e=e: ical.event_block(e, tz)) for e in events]
    parts += [blocks.get(("deadline", event.uid, item.id, event.sequence, item.deadline, tz.key),
                         lambda i=item, e=event: ical.deadline_block(i, e, tz, host)) for item, event in deadlines]
    return ical.calendar(name, parts, tz)
