"""Feed benchmark: ~20,000 events, one leader with ~1,000. Every figure is measured in this run, and
goals are ratios against baselines measured in the same run (shared, noisy machines)."""
import tempfile
import urllib.request
from pathlib import Path

from sqlalchemy import func, select

from bench.common import (SECRET, Gunicorn, directory, events, median_ms, scratch_app, table, wrk)
from bench.naive_ical import build as naive_build
from bench.naive_ical import load as naive_load
from feeds.build import blocks
from feeds.serve import FeedCache, _events, feed
from feeds.tokens import current_token
from service.events import update_event
from service.models import Event, FeedEntry
from service.schemas import EventPatch


def run(n_events=20_000) -> str:
    _, ctx, url = scratch_app("feeds")
    persons, groups, units = directory(ctx)
    events(ctx, n_events, persons, groups, units)
    leader, small = ("person", persons[0]), ("person", persons[7])
    sizes = {s: ctx.session.scalar(select(func.count()).select_from(FeedEntry).where(
        FeedEntry.subject_type == s[0], FeedEntry.subject_id == s[1])) for s in (leader, small, ("office", 0))}

    def cold(subject):
        cache = FeedCache()
        return median_ms(lambda: feed(ctx, cache, subject),
                         setup=lambda: (blocks.clear(), cache.__init__(), ctx.session.expunge_all()))

    cold_ms = cold(leader)
    leader_events = _events(ctx, leader, ctx.now())
    naive_ms = median_ms(lambda: naive_build("x", naive_load(ctx, leader), ctx.tz),
                         setup=ctx.session.expunge_all)  # a new request: nothing loaded yet
    cache = FeedCache()
    body = feed(ctx, cache, leader).body
    changed = iter(leader_events)

    def change_one():
        event_id = next(changed).id
        update_event(ctx, event_id, EventPatch(title=f"Hội nghị {event_id} (đã sửa)"))
        ctx.session.commit()
    rebuild_ms = median_ms(lambda: feed(ctx, cache, leader), setup=change_one)
    office_ms, small_ms = cold(("office", 0)), cold(small)

    # The same leader's feed in a database holding only his events: the cost must not follow the database.
    _, ctx2, _ = scratch_app("feeds-small")
    persons2, groups2, units2 = directory(ctx2)
    events(ctx2, n_events // 20, persons2, groups2, units2, leader_every=1)
    cache2 = FeedCache()
    alone_ms = median_ms(lambda: feed(ctx2, cache2, ("person", persons2[0])),
                         setup=lambda: (blocks.clear(), cache2.__init__()))

    token = current_token(ctx, leader)
    ctx.session.commit()
    feed_file = Path(tempfile.mkdtemp()) / "leader.ics"
    feed_file.write_bytes(body)
    env = {"DATABASE_URL": url, "SECRET_KEY": SECRET, "BASE_URL": "http://127.0.0.1",
           "INSTANCE_DIR": str(feed_file.parent), "FLOOR_FEED_FILE": str(feed_file)}
    with Gunicorn("bench.floor_app:app", env) as floor:
        wrk(f"{floor.url}/feed.ics", 1)
        floor_rps = wrk(f"{floor.url}/feed.ics")
    with Gunicorn("wsgi:app", env) as server:
        path = f"{server.url}/feeds/{token}.ics"
        wrk(path, 2)  # warm both workers
        ok_rps = wrk(path)
        with urllib.request.urlopen(path) as response:
            etag = response.headers["ETag"]
        not_modified_rps = wrk(path, headers={"If-None-Match": etag})

    n_leader = len(leader_events)
    rows = [
        ("measure", "value", "goal / note"),
        ("events in the database", ctx.session.scalar(select(func.count()).select_from(Event)), ""),
        ("events in the leader's feed", n_leader, f"{len(body) // 1024} KiB"),
        ("cold build, leader (query + serialize)", f"{cold_ms:.1f} ms", ""),
        ("naive build with icalendar objects", f"{naive_ms:.1f} ms", ""),
        ("  naive / cold", f"{naive_ms / cold_ms:.1f}x", ">= 5x"),
        ("rebuild after one event changed", f"{rebuild_ms:.2f} ms", ""),
        ("  cold / rebuild", f"{cold_ms / rebuild_ms:.1f}x", ">= 20x"),
        ("cold build, person with few events", f"{small_ms:.1f} ms ({sizes[small]} events)",
         f"{small_ms / max(sizes[small], 1):.3f} ms/event"),
        ("cold build, leader", f"{cold_ms:.1f} ms ({sizes[leader]} events)", f"{cold_ms / sizes[leader]:.3f} ms/event"),
        ("cold build, whole office", f"{office_ms:.0f} ms ({sizes[('office', 0)]} events)",
         f"{office_ms / sizes[('office', 0)]:.3f} ms/event"),
        ("leader's feed, database of his events only", f"{alone_ms:.1f} ms",
         f"vs {cold_ms:.1f} ms with 20x the database"),
        ("HTTP floor: minimal Flask, same bytes", f"{floor_rps:.0f} req/s", "gunicorn -w 2, wrk -c8, 5 s"),
        ("HTTP 200 (warm)", f"{ok_rps:.0f} req/s", f"{ok_rps / floor_rps:.0%} of floor (goal >= 80%)"),
        ("HTTP 304", f"{not_modified_rps:.0f} req/s", f"{not_modified_rps / floor_rps:.0%} of floor (goal >= 90%)"),
    ]
    return table("Feeds", rows)
