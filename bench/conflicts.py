"""Conflict benchmark: a year of events, 500 persons, 40 groups, 100 locations.

- the engine (sweep) on 10k / 25k / 50k occurrences, against a naive pairwise comparison (measured up to
  10k, where it already takes seconds) and against PostgreSQL answering the same overlap question with
  tstzrange and a GiST index (btree_gist), all on the same intervals;
- the full-year report and the check for one new event on a real database of 50,000 events.
"""
import io
import math
import random
import time
from datetime import datetime, timedelta, timezone

from bench.common import directory, events, median_ms, scratch_app, table
from service.conflicts import Slot, check_event, check_range, find
from service.events import create_event
from service.schemas import EventCreate

YEAR = datetime(2024, 1, 1, tzinfo=timezone.utc)


def synthetic_slots(n, persons=500, groups=40, locations=100, seed=3):
    rnd = random.Random(seed)
    members = [frozenset(rnd.sample(range(persons), rnd.randint(5, 12))) for _ in range(groups)]
    out = []
    for i in range(n):
        day = YEAR + timedelta(days=rnd.randrange(365), hours=rnd.randrange(0, 9))
        start = day + timedelta(minutes=rnd.choice((0, 30)))
        who = set(rnd.sample(range(persons), rnd.randint(1, 3)))
        if rnd.random() < 0.3:
            who |= members[rnd.randrange(groups)]
        out.append(Slot(start, start + timedelta(hours=rnd.choice((1, 2, 3, 4))), i, rnd.random() < 0.1,
                        frozenset(who), rnd.randrange(locations)))
    return out


def naive(slots):
    """Every pair compared: O(n²)."""
    found = set()
    for i, a in enumerate(slots):
        for b in slots[i + 1:]:
            if a.start < b.end and b.start < a.end:
                for p in a.persons & b.persons:
                    found.add(("person", p, min(a.event_id, b.event_id), max(a.event_id, b.event_id)))
                if a.location_id == b.location_id:
                    found.add(("location", a.location_id, min(a.event_id, b.event_id), max(a.event_id, b.event_id)))
    return found


def as_set(conflicts):
    return {(c.kind, c.subject["id"], *c.event_ids) for c in conflicts if c.kind in ("person", "location")}


def postgres(pg, slots_by_n):
    """PostgreSQL's own answer: self-joins on (person, tstzrange) and (location, tstzrange) with GiST."""
    import psycopg  # noqa: PLC0415

    times = {}
    with psycopg.connect(pg.create_database("lich_bench_conflicts"), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        for n, slots in slots_by_n.items():
            conn.execute("DROP TABLE IF EXISTS attend, booking")
            conn.execute("CREATE TABLE attend (event_id int, person_id int, during tstzrange)")
            conn.execute("CREATE TABLE booking (event_id int, location_id int, during tstzrange)")
            for name, rows in (("attend", [(s.event_id, p, s) for s in slots for p in s.persons]),
                               ("booking", [(s.event_id, s.location_id, s) for s in slots])):
                buf = io.StringIO("".join(f"{e}\t{k}\t[{s.start.isoformat()},{s.end.isoformat()})\n" for e, k, s in rows))
                with conn.cursor().copy(f"COPY {name} FROM STDIN") as copy:
                    copy.write(buf.read())
            conn.execute("CREATE INDEX ON attend USING gist (person_id, during)")
            conn.execute("CREATE INDEX ON booking USING gist (location_id, during)")
            conn.execute("ANALYZE attend; ANALYZE booking")
            query = ("SELECT 'person', a.person_id, a.event_id, b.event_id FROM attend a JOIN attend b "
                     "ON a.person_id = b.person_id AND a.during && b.during AND a.event_id < b.event_id "
                     "UNION ALL SELECT 'location', a.location_id, a.event_id, b.event_id FROM booking a JOIN booking b "
                     "ON a.location_id = b.location_id AND a.during && b.during AND a.event_id < b.event_id")
            rows = conn.execute(query).fetchall()
            times[n] = (median_ms(lambda: conn.execute(query).fetchall(), repeat=3), len(rows))
    return times


def run() -> str:
    from tests.pg_server import PostgresServer  # noqa: PLC0415 - the same throw-away server the tests use

    sizes = (10_000, 25_000, 50_000)
    slots = {n: synthetic_slots(n) for n in sizes}
    engine = {n: median_ms(lambda n=n: find(slots[n], {}, {}), repeat=3) for n in sizes}
    naive_sizes = (2_500, 5_000, 10_000)
    naive_ms, agree = {}, True
    for n in naive_sizes:
        sample = slots[10_000][:n]
        t = time.perf_counter()
        expected = naive(sample)
        naive_ms[n] = (time.perf_counter() - t) * 1000
        agree &= expected == as_set(find(sample, {}, {}))
    pg = PostgresServer().start()
    try:
        pg_ms = postgres(pg, slots)
    finally:
        pg.stop()

    # A real database: 50,000 events over a year through the domain, then the report and one new event.
    _, ctx, _ = scratch_app("conflicts")
    persons, groups, units = directory(ctx, persons=500, groups=40)
    events(ctx, 50_000, persons, groups, units, leader_every=50, start=YEAR.date(), days=365)
    lo, hi = datetime(2024, 1, 1, tzinfo=ctx.tz), datetime(2025, 1, 1, tzinfo=ctx.tz)
    t = time.perf_counter()
    report = check_range(ctx, lo, hi)
    report_ms = (time.perf_counter() - t) * 1000
    new = create_event(ctx, EventCreate(title="Họp mới", start="2024-06-12T09:00:00+07:00",
                                        end="2024-06-12T10:30:00+07:00", chair_id=persons[0],
                                        group_ids=[groups[0]], location="Phòng họp 5"))
    t = time.perf_counter()
    check_event(ctx, new)
    first_check_ms = (time.perf_counter() - t) * 1000  # cold: statement caches, rule expansions, pages
    check_ms = median_ms(lambda: check_event(ctx, new), repeat=15)
    ctx.session.rollback()

    def nlogn(n):
        return n * math.log2(n)
    rows = [("measure", "10k", "25k", "50k", "note")]
    rows.append(("engine (sweep), ms", *(f"{engine[n]:.0f}" for n in sizes),
                 f"per n·log n: {', '.join(f'{engine[n] / nlogn(n) * 1e6:.0f}' for n in sizes)} ns"))
    rows.append(("PostgreSQL GiST join, ms", *(f"{pg_ms[n][0]:.0f}" for n in sizes),
                 f"engine / PostgreSQL: {', '.join(f'{engine[n] / pg_ms[n][0]:.2f}' for n in sizes)} (goal <= 2)"))
    rows.append(("conflict pairs found (PostgreSQL)", *(str(pg_ms[n][1]) for n in sizes), ""))
    rows.append(("naive pairwise, ms", f"{naive_ms[10_000]:.0f}", f"~{naive_ms[10_000] * 6.25:.0f} (n²)",
                 f"~{naive_ms[10_000] * 25:.0f} (n²)",
                 f"measured 2.5k/5k/10k: {naive_ms[2_500]:.0f}/{naive_ms[5_000]:.0f}/{naive_ms[10_000]:.0f} ms; "
                 f"naive / engine at 10k: {naive_ms[10_000] / engine[10_000]:.0f}x; same conflicts: {agree}"))
    rows.append(("full-year report from the database", "", "", f"{report_ms:.0f}",
                 f"{len(report)} conflicts; loading and expanding 50,000 events included"))
    rows.append(("check for one new event", "", "", f"{check_ms:.1f}",
                 f"goal < 10 ms; median of 15 after a first, cold call of {first_check_ms:.0f} ms"))
    return table("Conflicts", rows)
