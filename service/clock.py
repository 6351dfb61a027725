"""The current time, as a clock object that tests can set and advance."""
from datetime import datetime, timedelta, timezone


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock that stands still until told otherwise (tests, `--now` options)."""

    def __init__(self, at: datetime):
        self.set(at)

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = at.astimezone(timezone.utc)

    def advance(self, **delta) -> None:
        self._now += timedelta(**delta)

    def now(self) -> datetime:
        return self._now
