"""Writes at the same moment, with real threads on both databases: the same new unit, group or place from
several requests, and two commits of one import. The unique constraints and the import lock decide: a loser
gets a 409 in Vietnamese naming the winner (or, for a place an event names, simply shares it), never a 500.

Each thread has its own test client (so its own request, session and connection). Released together by a
barrier, the requests would often not overlap on a 2-core machine; so, where a test says so, a second barrier
holds every request at the point that makes the race (after its look-up, before its write) until all are
there: the race then happens every time, and the guard is what decides it."""
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

import service.directory
import service.importer.program
from service.context import state
from service.models import Event, Group, Location, ProgramImport, Unit
from tests.conftest import SAMPLES

N = 6


def race(api, calls, hold=None):
    """Run calls[i](client) in N threads released at once; returns [(status, json)] in call order."""
    start = threading.Barrier(len(calls))

    def run(call):
        client = api.client.application.test_client()
        start.wait(timeout=30)
        response = call(client)
        return response.status_code, response.get_json()

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


def post(path, body, key):
    return lambda client: client.post(path, json=body, headers={"Authorization": f"Bearer {key}"})


def held(function, parties):
    """`function` that, once per thread, waits after it has run until `parties` threads have run it."""
    barrier, seen = threading.Barrier(parties), threading.local()

    def wrapper(*args, **kwargs):
        result = function(*args, **kwargs)
        if not getattr(seen, "done", False):
            seen.done = True
            try:
                barrier.wait(timeout=10)
            except threading.BrokenBarrierError:
                pass
        return result
    return wrapper


def count(app, model):
    with state(app).sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("path,model,label", [("/api/units", Unit, "đơn vị"), ("/api/groups", Group, "nhóm")])
def test_the_same_new_name_at_once_one_wins_the_others_get_409(api, app, monkeypatch, path, model, label):
    # Every request has looked for the name (and found nothing) before any writes it.
    monkeypatch.setattr(service.directory, "_set_name", held(service.directory._set_name, N))
    spellings = ["Phòng Y tế", "phòng y tế", "PHÒNG  Y TẾ", "Phòng Y tế ", "phòng Y Tế", "Phòng y tế"]
    results = race(api, [post(path, {"name": name}, api.key) for name in spellings])
    statuses = sorted(status for status, _ in results)
    assert statuses == [201] + [409] * (N - 1), results
    winner = next(body for status, body in results if status == 201)
    for status, body in results:
        if status == 409:
            assert body["error"]["code"] == "conflict"
            assert body["error"]["fields"]["name"] == f"đã có {label} tên '{winner['name']}' (id {winner['id']})"
            assert f"(id {winner['id']})" in body["error"]["message"]
    assert count(app, model) == 1


def test_renaming_two_units_to_one_name_at_once(api, app, monkeypatch):
    """A rename is a write on the same unique key: the loser keeps its old name."""
    a, b = (api.created("/api/units", {"name": name})["id"] for name in ("Phòng A", "Phòng B"))
    monkeypatch.setattr(service.directory, "_set_name", held(service.directory._set_name, 2))
    results = race(api, [lambda c, i=i: c.patch(f"/api/units/{i}", json={"name": "Phòng Tư pháp"},
                                                headers={"Authorization": f"Bearer {api.key}"}) for i in (a, b)])
    assert sorted(s for s, _ in results) == [200, 409], results
    names = sorted(api.get(f"/api/units/{i}").get_json()["name"] for i in (a, b))
    assert names in (["Phòng A", "Phòng Tư pháp"], ["Phòng B", "Phòng Tư pháp"])


def test_the_same_new_name_at_once_without_holding(api, app):
    """As it comes: whoever looks after the winner has written gets the look-up's 422, the others the 409."""
    results = race(api, [post("/api/units", {"name": "Phòng Văn hóa"}, api.key) for _ in range(N)])
    assert sorted(s for s, _ in results)[0] == 201 and all(s in (201, 409, 422) for s, _ in results), results
    assert [s for s, _ in results].count(201) == 1 and count(app, Unit) == 1


def test_events_naming_the_same_new_place_at_once_share_it(api, app, monkeypatch):
    # Every request has looked for the place (and found nothing) before any creates it.
    monkeypatch.setattr(service.directory, "_location", held(service.directory._location, N))
    calls = [post("/api/events", {"title": f"Họp {i}", "start": f"2023-11-{20 + i}", "slot": "morning",
                                  "location": "Hội trường  tầng 3" if i % 2 else "hội trường tầng 3"}, api.key)
             for i in range(N)]
    results = race(api, calls)
    assert [s for s, _ in results] == [201] * N, results
    assert len({body["location_id"] for _, body in results}) == 1
    assert count(app, Location) == 1 and count(app, Event) == N


def test_a_new_place_of_a_refused_event_is_not_kept(api, app):
    """The place is written at once (see above), inside the request's transaction: a refused write takes it back."""
    response = api.post("/api/events", {"title": "Họp", "start": "2023-11-21", "location": "Xã Mới", "chair_id": 999})
    assert response.status_code == 422
    assert count(app, Location) == 0


def _import(api, text) -> int:
    return api.created("/api/imports", {"text": text})["id"]


def _sample() -> str:
    with open(f"{SAMPLES}/muong-lat-2023-11.txt", encoding="utf-8") as f:
        return f.read()


def test_two_commits_of_one_import_at_once_one_wins_the_other_gets_409(api, app, monkeypatch):
    from tests.directory_fixtures import make_directory
    make_directory(api)
    ident = _import(api, _sample())
    # Every commit has read the import (not yet committed) and parsed it before any writes.
    original = service.importer.program.Plan
    monkeypatch.setattr(service.importer.program, "Plan", held(original, 2))
    results = race(api, [post(f"/api/imports/{ident}/commit", None, api.key)] * 2)
    statuses = sorted(s for s, _ in results)
    assert statuses == [200, 409], results
    winner = next(body for s, body in results if s == 200)
    loser = next(body for s, body in results if s == 409)
    assert "đã được ghi" in loser["error"]["message"] and f"id {ident}" in loser["error"]["message"]
    assert count(app, Event) == winner["created"]
    # And afterwards, one at a time: the same.
    again = api.post(f"/api/imports/{ident}/commit")
    assert again.status_code == 409 and "đã được ghi" in again.get_json()["error"]["message"]
    with state(app).sessions() as session:
        row = session.get(ProgramImport, ident)
        assert row.committed_at is not None and row.result["created"] == winner["created"]


def test_two_imports_of_one_month_committed_at_once_run_one_after_the_other(api, app, monkeypatch):
    """Two previews of the same document (two clerks): both commits succeed, the second changes nothing."""
    from tests.directory_fixtures import make_directory
    make_directory(api)
    first, second = _import(api, _sample()), _import(api, _sample())
    original = service.importer.program.Plan
    monkeypatch.setattr(service.importer.program, "Plan", held(original, 2))
    results = race(api, [post(f"/api/imports/{i}/commit", None, api.key) for i in (first, second)])
    assert [s for s, _ in results] == [200, 200], results
    created = sorted(body["created"] for _, body in results)
    assert created[0] == 0 and created[1] > 0
    assert sorted(body["unchanged"] for _, body in results)[1] == created[1]
    assert count(app, Event) == created[1]
