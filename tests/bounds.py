"""A bound on work that must not run away (a pattern that backtracks, a forged row count, a hostile file).

Measured in the process's CPU time, which the machine's other load does not inflate: the suite runs on two
workers beside PostgreSQL and Chromium, and a wall-clock bound that holds on an idle machine fails there. A
wall-clock limit several times looser still catches a block that waits instead of computing."""
import time
from contextlib import contextmanager

WALL_FACTOR = 6


@contextmanager
def cpu_bounded(seconds: float, what: str = "the block"):
    cpu, wall = time.process_time(), time.monotonic()
    yield
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    assert cpu < seconds, f"{what}: {cpu:.1f} s of CPU (at most {seconds:g} s)"
    assert wall < seconds * WALL_FACTOR, f"{what}: {wall:.1f} s in all (at most {seconds * WALL_FACTOR:g} s)"
