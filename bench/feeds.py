"""Feed benchmark: ~20,000 events, one leader with ~1,000. Every figure is measured in this run, and
goals are ratios against baselines measured in the same run (shared, noisy machines)."""
import tempfile
import urllib.request
from pathlib import Path

from sqlalchemy import func, select

from bench.common import (SECRET, Gunicorn, directory, events, median_ms, scratch_app, table, wrk)
from bench.naive_ical import build as naive_build
from bench.naive_ical import load as naive_load
from feeds.finished import FeedCaches, _events, feed
from feeds.tokens import current_token
from service.events import update_event
from service.models import Event, FeedEntry
from service.schemas import EventPatch


def http_app():
    """The product as gunicorn serves it (wsgi.py's app, `bench.feeds:http_app()`), with the clock at the
    bench's NOW like scratch_app: under the system clock the generated events (2023-24) are out of the
    feed's 180-day window and the server would answer an empty calendar."""
    from bench.common import NOW  # noqa: PLC0415 - only the gunicorn worker needs these
    from service import create_app  # noqa: PLC0415
    from service.clock import FixedClock  # noqa: PLC0415
    from service.config import Config  # noqa: PLC0415
    return create_app(Config.from_env(), clock=FixedClock(NOW))


def _sha256(text: str) -> str:
    import hashlib  # noqa: PLC0415
    return hashlib.sha256(text.encode()).hexdigest()


def _get(url: str, status: int, headers: dict | None = None):
    """(body, headers) of one GET, which must answer `status`."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {})) as response:
            code, body, got = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:  # 304 and 404 arrive as errors
        code, body, got = error.code, error.read(), error.headers
    if code != status:
        raise RuntimeError(f"GET {url}: {code}, expected {status}")
    return body, got


def run(n_events=20_000) -> str:
    _, ctx, url = scratch_app("feeds")
    persons, groups, units = directory(ctx)
    events(ctx, n_events, persons, groups, units)
    leader, small = ("person", persons[0]), ("person", persons[7])
    sizes = {s: ctx.session.scalar(select(func.count()).select_from(FeedEntry).where(
        FeedEntry.subject_type == s[0], FeedEntry.subject_id == s[1])) for s in (leader, small, ("office", 0))}

    def cold(subject, on=ctx):
        """Both of the app's caches empty (a fresh worker), nothing loaded in the session."""
        caches = FeedCaches.new()

        def empty():
            caches.blocks.clear()
            caches.finished.__init__()
            on.session.expunge_all()
        return median_ms(lambda: feed(on, caches, subject), setup=empty)

    cold_ms = cold(leader)
    leader_events = _events(ctx, leader, ctx.now())
    naive_ms = median_ms(lambda: naive_build("x", naive_load(ctx, leader), ctx.tz),
                         setup=ctx.session.expunge_all)  # a new request: nothing loaded yet
    cache = FeedCaches.new()
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
    alone_ms = cold(("person", persons2[0]), on=ctx2)

    token = current_token(ctx, leader)
    ctx.session.commit()
    folder = Path(tempfile.mkdtemp())
    env = {"DATABASE_URL": url, "SECRET_KEY": SECRET, "BASE_URL": "http://127.0.0.1", "INSTANCE_DIR": str(folder)}
    with Gunicorn("bench.feeds:http_app()", env) as server:
        path = f"{server.url}/feeds/{token}.ics"
        wrk(path, 2)  # warm both workers (each builds the feed once)
        served, headers = _get(path, 200)
        if served.count(b"BEGIN:VEVENT") != body.count(b"BEGIN:VEVENT"):
            raise RuntimeError("the server's feed is not the leader's (clock?)")
        etag = headers["ETag"]
        # The floor serves the very bytes the product serves, behind the same token, with its Last-Modified.
        (folder / "leader.ics").write_bytes(served)
        floor_env = {"FLOOR_FEED_FILE": str(folder / "leader.ics"), "FLOOR_TOKEN_HASH": _sha256(token),
                     "FLOOR_LAST_MODIFIED": headers["Last-Modified"]}
        with Gunicorn("bench.floor_app:app", floor_env) as floor:
            floor_path = f"{floor.url}/feeds/{token}.ics"
            wrk(floor_path, 2)
            floor_body, floor_headers = _get(floor_path, 200)
            floor_etag = floor_headers["ETag"]
            if floor_body != served:
                raise RuntimeError("the floor does not serve the product's bytes")
            _get(f"{floor.url}/feeds/{'x' * len(token)}.ics", 404)
            _get(floor_path, 304, {"If-None-Match": floor_etag})
            _get(path, 304, {"If-None-Match": etag})
            # Interleaved, so that the machine's drift hits floor and product alike.
            floor_rps = wrk(floor_path)
            ok_rps = wrk(path)
            floor_not_modified_rps = wrk(floor_path, headers={"If-None-Match": floor_etag})
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
        ("HTTP floor 200: Flask, same bytes", f"{floor_rps:.0f} req/s",
         "bench/floor_app.py: /feeds/<token>.ics, SHA-256 of the token vs one hash in memory (404 otherwise), "
         "precomputed bytes, the product's headers, ETag + make_conditional; no database"),
        ("HTTP floor 304 (If-None-Match)", f"{floor_not_modified_rps:.0f} req/s",
         "the same route, its 304; all HTTP rows: gunicorn -w 2, wrk -t2 -c8, 5 s, no Accept-Encoding"),
        ("HTTP 200 (warm)", f"{ok_rps:.0f} req/s",
         f"{ok_rps / floor_rps:.0%} of the floor's 200 (goal >= 80%); {len(served) // 1024} KiB, same bytes"),
        ("HTTP 304", f"{not_modified_rps:.0f} req/s",
         f"{not_modified_rps / floor_not_modified_rps:.0%} of the floor's 304 (goal >= 90%)"),
    ]
    return table("Feeds", rows)
