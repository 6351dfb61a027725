"""Bad input gets a 4xx that names the field and the problem, and nothing is written."""
import json

import pytest
from sqlalchemy import func, select

from service.context import state
from service.models import AgendaItem, Event, EventChange, Group, Location, Person, Unit

GOOD = {"title": "Họp", "start": "2023-11-21T08:00:00+07:00", "end": "2023-11-21T11:00:00+07:00"}

# (case name, path, body (dict, or bytes sent as they are), expected status, field the error must name)
CASES = [
    ("malformed JSON", "/api/events", b'{"title": "Hop", ', 400, None),
    ("not JSON at all", "/api/events", b"title=Hop", 400, None),
    ("JSON array", "/api/events", [GOOD], 400, None),
    ("title is a number", "/api/events", {**GOOD, "title": 123}, 422, "title"),
    ("title missing", "/api/events", {"start": "2023-11-21"}, 422, "title"),
    ("blank title", "/api/events", {**GOOD, "title": "   "}, 422, "title"),
    ("over-long title", "/api/events", {**GOOD, "title": "Họp " * 400}, 422, "title"),
    ("unknown field", "/api/events", {**GOOD, "colour": "red"}, 422, "colour"),
    ("all_day is a string", "/api/events", {**GOOD, "all_day": "yes"}, 422, "all_day"),
    ("id list holds a string", "/api/events", {**GOOD, "attendee_ids": ["1"]}, 422, "attendee_ids[0]"),
    ("id is a float", "/api/events", {**GOOD, "chair_id": 1.5}, 422, "chair_id"),
    ("unknown kind", "/api/events", {**GOOD, "kind": "party"}, 422, "kind"),
    ("unknown status", "/api/events", {**GOOD, "status": "maybe"}, 422, "status"),
    ("end before start", "/api/events", {**GOOD, "end": "2023-11-21T07:00:00+07:00"}, 422, "end"),
    ("end equals start", "/api/events", {**GOOD, "end": GOOD["start"]}, 422, "end"),
    ("all-day end before start", "/api/events", {"title": "X", "start": "2023-11-18", "end": "2023-11-01"}, 422, "end"),
    ("timed without end", "/api/events", {"title": "X", "start": "2023-11-21T08:00:00+07:00"}, 422, "end"),
    ("naive datetime", "/api/events", {**GOOD, "start": "2023-11-21T08:00:00"}, 422, "start"),
    ("all-day with a time", "/api/events", {**GOOD, "all_day": True}, 422, "start"),
    ("timed with a date", "/api/events", {"title": "X", "start": "2023-11-21", "all_day": False}, 422, "start"),
    ("slot with a datetime", "/api/events", {**GOOD, "slot": "morning"}, 422, "start"),
    ("unknown slot", "/api/events", {"title": "X", "start": "2023-11-21", "slot": "noon"}, 422, "slot"),
    ("date that does not exist", "/api/events", {"title": "X", "start": "2023-02-30"}, 422, "start"),
    ("date out of range (past)", "/api/events", {"title": "X", "start": "1999-12-31"}, 422, "start"),
    ("date out of range (future)", "/api/events", {"title": "X", "start": "9999-01-01"}, 422, "start"),
    ("not a date", "/api/events", {"title": "X", "start": "mai"}, 422, "start"),
    ("span over a year", "/api/events", {"title": "X", "start": "2023-01-01", "end": "2024-06-01"}, 422, "end"),
    ("bad month", "/api/events", {"title": "X", "month": "2023-13"}, 422, "month"),
    ("month on a dated event", "/api/events", {**GOOD, "month": "2023-11"}, 422, "month"),
    ("unknown attendee", "/api/events", {**GOOD, "attendee_ids": [999]}, 422, "attendee_ids[0]"),
    ("unknown group", "/api/events", {**GOOD, "group_ids": [999]}, 422, "group_ids[0]"),
    ("unknown chair", "/api/events", {**GOOD, "chair_id": 999}, 422, "chair_id"),
    ("unknown attending unit", "/api/events", {**GOOD, "unit_ids": [999]}, 422, "unit_ids[0]"),
    ("unknown preparing unit", "/api/events",
     {**GOOD, "agenda": [{"number": 1, "title": "Báo cáo", "unit_ids": [999]}]}, 422, "agenda[0].unit_ids[0]"),
    ("agenda item without title", "/api/events", {**GOOD, "agenda": [{"number": 1}]}, 422, "agenda[0].title"),
    ("bad deadline", "/api/events", {**GOOD, "agenda": [{"title": "A", "deadline": "14/11/2023"}]}, 422,
     "agenda[0].deadline"),
    ("invalid RRULE frequency", "/api/events", {**GOOD, "rrule": "FREQ=SOMETIMES"}, 422, "rrule"),
    ("invalid RRULE day", "/api/events", {**GOOD, "rrule": "FREQ=WEEKLY;BYDAY=XY"}, 422, "rrule"),
    ("RRULE every minute", "/api/events", {**GOOD, "rrule": "FREQ=MINUTELY"}, 422, "rrule"),
    ("RRULE garbage", "/api/events", {**GOOD, "rrule": "every monday"}, 422, "rrule"),
    ("RRULE COUNT and UNTIL", "/api/events", {**GOOD, "rrule": "FREQ=DAILY;COUNT=3;UNTIL=20231231"}, 422, "rrule"),
    ("RRULE on an undated event", "/api/events", {"title": "X", "rrule": "FREQ=WEEKLY"}, 422, "rrule"),
    ("exception that is not an occurrence", "/api/events",
     {**GOOD, "rrule": "FREQ=WEEKLY", "exceptions": [{"original_start": "2023-11-22T08:00:00+07:00",
                                                       "cancelled": True}]}, 422, "exceptions[0].original_start"),
    ("exceptions without a rule", "/api/events",
     {**GOOD, "exceptions": [{"original_start": GOOD["start"], "cancelled": True}]}, 422, "exceptions"),
    ("location and location_id", "/api/events", {**GOOD, "location": "Hội trường", "location_id": 1}, 422, "location"),
    ("unit without name", "/api/units", {"short_name": "X"}, 422, "name"),
    ("unit with bad email", "/api/units", {"name": "Phòng X", "emails": ["not-an-email"]}, 422, "emails[0]"),
    ("unit with unknown parent", "/api/units", {"name": "Phòng X", "parent_id": 999}, 422, "parent_id"),
    ("unit aliases not a list", "/api/units", {"name": "Phòng X", "aliases": "PX"}, 422, "aliases"),
    ("person with unknown unit", "/api/persons", {"name": "A", "unit_id": 999}, 422, "unit_id"),
    ("person with unknown field", "/api/persons", {"name": "A", "age": 40}, 422, "age"),
    ("group with unknown member", "/api/groups", {"name": "Nhóm", "member_ids": [999]}, 422, "member_ids[0]"),
    ("location with negative travel time", "/api/locations", {"name": "Xã A", "travel_minutes": -5}, 422,
     "travel_minutes"),
    ("calendar exception of unknown kind", "/api/calendar/exceptions",
     {"day": "2026-01-02", "kind": "holiday", "label": "x"}, 422, "kind"),
    # Found by the OpenAPI fuzzer: year 1 overflowed on the way to UTC (500).
    ("calendar exception in year 1", "/api/calendar/exceptions",
     {"day": "0001-01-01", "kind": "day_off", "label": "x"}, 422, "day"),
    ("agenda deadline in year 9999", "/api/events",
     {**GOOD, "agenda": [{"title": "Báo cáo", "deadline": "9999-12-31"}]}, 422, "agenda[0].deadline"),
]


def counts(app):
    with state(app).sessions() as session:
        return tuple(session.scalar(select(func.count()).select_from(m))
                     for m in (Event, AgendaItem, EventChange, Unit, Person, Group, Location))


def send(api, method, path, body):
    if isinstance(body, bytes):
        return api.call(method, path, data=body, headers={"Content-Type": "application/json"})
    return api.call(method, path, json=body)


@pytest.mark.parametrize("name,path,body,status,field", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_and_nothing_is_written(api, app, name, path, body, status, field):
    method = "PUT" if path.startswith("/api/calendar") else "POST"
    before = counts(app)
    response = send(api, method, path, body)
    assert response.status_code == status, response.get_json()
    error = response.get_json()["error"]
    assert error["code"] and error["message"]
    if field:
        assert field in error["fields"], error
        assert error["fields"][field]  # a problem in words
    assert counts(app) == before


def test_bad_patch_changes_nothing(api, app):
    event = api.created("/api/events", GOOD)
    for body, field in [({"end": "2023-11-21T07:00:00+07:00"}, "end"), ({"attendee_ids": [999]}, "attendee_ids[0]"),
                        ({"title": "Mới", "rrule": "FREQ=NEVER"}, "rrule"), ({"sequence": "0"}, "sequence")]:
        response = api.patch(f"/api/events/{event['id']}", body)
        assert response.status_code == 422 and field in response.get_json()["error"]["fields"]
    after = api.get(f"/api/events/{event['id']}").get_json()
    assert {**after, "conflicts": []} == event  # (only a write's answer lists conflicts)


def test_ten_megabyte_body_gets_413(api, app):
    before = counts(app)
    body = json.dumps({**GOOD, "notes": "x" * (10 * 1024 * 1024)}).encode()
    response = send(api, "POST", "/api/events", body)
    assert response.status_code == 413
    assert "quá lớn" in response.get_json()["error"]["message"]
    assert counts(app) == before


def test_unknown_ids_in_paths_and_queries(api):
    assert api.get("/api/events/999").status_code == 404
    assert api.patch("/api/events/999", {"title": "X"}).status_code == 404
    assert api.delete("/api/events/999").status_code == 404
    assert api.get("/api/units/999").status_code == 404
    response = api.get("/api/events?from=2023-11-30&to=2023-11-01")
    assert response.status_code == 422 and "to" in response.get_json()["error"]["fields"]
    response = api.get("/api/events?person_id=abc")
    assert response.status_code == 422 and "person_id" in response.get_json()["error"]["fields"]
    response = api.get("/api/events?from=yesterday")
    assert response.status_code == 422 and "from" in response.get_json()["error"]["fields"]
    assert api.get("/api/nothing-here").status_code == 404
    assert api.call("PUT", "/api/events").status_code == 405


def test_patching_required_directory_fields_to_null_is_refused(api, app):
    unit = api.created("/api/units", {"name": "Phòng Nội vụ"})
    person = api.created("/api/persons", {"name": "Đỗ Văn Nam"})
    group = api.created("/api/groups", {"name": "Lãnh đạo phòng"})
    before = counts(app)
    for path in (f"/api/units/{unit['id']}", f"/api/persons/{person['id']}", f"/api/groups/{group['id']}"):
        response = api.patch(path, {"name": None, "aliases": None} if "persons" not in path else {"name": None})
        assert response.status_code == 422 and "name" in response.get_json()["error"]["fields"]
    assert counts(app) == before
    assert api.get(f"/api/persons/{person['id']}").get_json()["name"] == "Đỗ Văn Nam"
