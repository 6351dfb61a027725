"""The calendar pages and GET /api/events do not grow with the month: the same few SQL statements (at most
10) for a month of 20 events and for one of ~2,000, on SQLite and PostgreSQL. Counted with an SQLAlchemy
before_cursor_execute listener on the app's engine; no timings."""
import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import func, select

from service.context import state
from service.db import Base
from service.models import Event
from tests.conftest import Api, _new_key
from tests.directory_fixtures import make_directory
from tests.test_web import login

MAX_STATEMENTS = 11  # (one of them the acting office's name, for the heading: service.offices.name_of)
PATHS = ["/lich?thang=2023-11", "/lich?thang=2023-11&person_id={binh}", "/lich/tuan?ngay=2023-11-15",
         "/lich/tuan?ngay=2023-11-15&unit_id={nv}", "/lich/ngay/2023-11-15"]
API_PATHS = ["/api/events?from=2023-11-01&to=2023-11-30", "/api/events?from=2023-11-01&to=2023-11-30&group_id={leaders}"]


def month_of_events(api, ids) -> None:
    """20 events of November 2023 in every shape the pages show: slots, clock times, all-day and multi-day,
    a weekly series with a cancelled and a moved occurrence, undated, tentative, cancelled; with chairs,
    attendees, groups, units, places and agenda items with lead and supporting units."""
    for day in range(1, 17):
        body = {"title": f"Hội nghị số {day}", "start": f"2023-11-{day:02d}", "slot": ("morning", "afternoon")[day % 2],
                "chair_id": ids["binh"], "attendee_ids": [ids["lan"], ids["dung"]], "group_ids": [ids["leaders"]],
                "unit_ids": [ids["vp"]], "location": f"Phòng họp {day % 3}",
                "status": ("confirmed", "tentative", "cancelled")[day % 3],
                "agenda": [{"number": k + 1, "title": f"Báo cáo {k + 1}", "unit_ids": [ids["nv"], ids["tc"]],
                            "lead_unit_id": ids["tc"]} for k in range(2)]}
        if day % 5 == 0:
            body.update(start=f"2023-11-{day:02d}T08:00:00+07:00", end=f"2023-11-{day:02d}T10:30:00+07:00", slot=None)
        api.created("/api/events", {k: v for k, v in body.items() if v is not None})
    api.created("/api/events", {"title": "Giao ban thứ Hai", "start": "2023-11-06", "slot": "morning",
                                "rrule": "FREQ=WEEKLY;BYDAY=MO", "chair_id": ids["lan"],
                                "exceptions": [{"original_start": "2023-11-13T07:30:00+07:00", "cancelled": True},
                                               {"original_start": "2023-11-20T07:30:00+07:00",
                                                "start": "2023-11-21T07:30:00+07:00", "end": "2023-11-21T11:30:00+07:00"}]})
    api.created("/api/events", {"title": "Ngày hội Đại đoàn kết", "kind": "multi_day", "start": "2023-11-01",
                                "end": "2023-11-18", "group_ids": [ids["district_leaders"]]})
    api.created("/api/events", {"title": "Tiếp công dân", "kind": "reception", "start": "2023-11-20",
                                "chair_id": ids["dung"]})
    api.created("/api/events", {"title": "Hội nghị tổng kết (thời gian thông báo sau)", "month": "2023-11",
                                "agenda": [{"number": 1, "title": "Báo cáo tổng kết", "unit_ids": [ids["vp"]]}]})


def multiply(app, copies: int) -> None:
    """Every event of the database `copies` more times, with all it names and its agenda: plain INSERTs
    (thousands of events through the domain would make the test slow, not stronger)."""
    tables = Base.metadata.tables
    with state(app).engine.begin() as conn:
        def rows(name):
            return [dict(r._mapping) for r in conn.execute(select(tables[name]))]
        events, items = rows("events"), rows("agenda_items")
        links = {name: rows(name) for name in ("event_persons", "event_groups", "event_units")}
        preps, exceptions = rows("preparations"), rows("event_exceptions")
        next_event = max(e["id"] for e in events) + 1
        next_item = max(i["id"] for i in items) + 1
        next_ex = max(x["id"] for x in exceptions) + 1
        out = {name: [] for name in ("events", "agenda_items", "preparations", "event_exceptions", *links)}
        for k in range(copies):
            new_event = {}
            for e in events:
                new_event[e["id"]] = next_event
                out["events"].append({**e, "id": next_event, "uid": f"{k}-{e['uid']}", "import_key": None})
                next_event += 1
            for name, linked in links.items():
                out[name] += [{**r, "event_id": new_event[r["event_id"]]} for r in linked]
            new_item = {}
            for i in items:
                new_item[i["id"]] = next_item
                out["agenda_items"].append({**i, "id": next_item, "event_id": new_event[i["event_id"]]})
                next_item += 1
            out["preparations"] += [{**p, "item_id": new_item[p["item_id"]]} for p in preps]
            for x in exceptions:
                out["event_exceptions"].append({**x, "id": next_ex, "event_id": new_event[x["event_id"]]})
                next_ex += 1
        for name in ("events", "event_persons", "event_groups", "event_units", "agenda_items", "preparations",
                     "event_exceptions"):
            if out[name]:
                conn.execute(tables[name].insert(), out[name])


def statements(app, client, path, headers=None) -> int:
    engine, seen = state(app).engine, []

    def count(*_args):
        seen.append(1)
    client.get(path, headers=headers)  # warm: not a first request's one-off work
    sa_event.listen(engine, "before_cursor_execute", count)
    try:
        response = client.get(path, headers=headers)
    finally:
        sa_event.remove(engine, "before_cursor_execute", count)
    assert response.status_code == 200, (path, response.status_code)
    return len(seen)


def counts(app, ids, browser, key) -> dict:
    auth = {"Authorization": f"Bearer {key}"}
    out = {p.format(**ids): statements(app, browser, p.format(**ids)) for p in PATHS}
    out.update({p.format(**ids): statements(app, app.test_client(), p.format(**ids), auth) for p in API_PATHS})
    return out


def test_pages_and_api_do_not_grow_with_the_month(app, api):
    ids = make_directory(api)
    month_of_events(api, ids)
    browser, key = login(app), _new_key(app, "viewer")
    small = counts(app, ids, browser, key)
    small_page = browser.get("/lich/tuan?ngay=2023-11-15").get_data(as_text=True)
    multiply(app, copies=99)
    with state(app).sessions() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 2000
    large = counts(app, ids, browser, key)
    assert max(large.values()) <= MAX_STATEMENTS, large
    assert large == small, (small, large)
    # And the large month really was read: a hundred times the events on the week page.
    large_page = browser.get("/lich/tuan?ngay=2023-11-15").get_data(as_text=True)
    assert large_page.count("Hội nghị số 15") == 100 * small_page.count("Hội nghị số 15") > 0
    found = Api(app.test_client(), key).get("/api/events?from=2023-11-01&to=2023-11-30").get_json()["events"]
    assert sum(e["title"] == "Giao ban thứ Hai" for e in found) == 100 * 4  # 6, 13 (cancelled), 21 (moved), 27


@pytest.mark.parametrize("path", ["/lich?thang=2023-11", "/lich/tuan?ngay=2023-11-15", "/lich/ngay/2023-11-15"])
def test_an_empty_month_is_as_cheap(app, api, path):
    """No event at all: the same bounded number (the statements do not depend on what was found)."""
    browser = login(app)
    assert statements(app, browser, path) <= MAX_STATEMENTS


def test_the_listing_says_what_the_event_says(app, api):
    """The plain rows behind GET /api/events give the same event as GET /api/events/<id> (the ORM's):
    every field, agenda and exceptions included; an occurrence differs only in its own start, end,
    status and recurrence id."""
    ids = make_directory(api)
    month_of_events(api, ids)
    listed = api.get("/api/events?from=2023-11-01&to=2023-11-30").get_json()["events"]
    assert len({e["id"] for e in listed}) == 20
    own = ("start", "end", "status", "recurrence_id")
    for occurrence in listed:
        stored = api.get(f"/api/events/{occurrence['id']}").get_json()
        if stored["rrule"]:
            assert {k: v for k, v in occurrence.items() if k not in own} == \
                   {k: v for k, v in stored.items() if k not in own}
        else:
            assert occurrence == stored
    assert any(e["agenda"] and e["agenda"][0]["units"] for e in listed)
    assert any(e["exceptions"] for e in listed) and any(e["attendee_ids"] for e in listed)
