"""The current time, as a clock object that tests can set and advance."""
import time
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


class StartedClock:
    """A clock that starts at a given moment and then runs in real time (`reminders run-due --now T`: a
    long run's leases are renewed past T)."""

    def __init__(self, at: datetime, monotonic=time.monotonic):
        if at.tzinfo is None:
            raise ValueError("StartedClock needs an aware datetime")
        self._start, self._monotonic = at.astimezone(timezone.utc), monotonic
        self._t0 = monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._monotonic() - self._t0)
