"""Conflicts: persons (directly, as chair, through groups), places, travel, deadline load."""
from sqlalchemy import func, select

from service.context import state
from service.models import Event
from tests.directory_fixtures import make_directory
from tests.test_samples import test_bac_giang_regular_session_with_34_items_and_their_units as enter_bac_giang
from tests.test_samples import test_muong_lat_program_as_written as enter_muong_lat


def conflicts(api, lo="2023-11-01", hi="2023-11-30", **params):
    query = "&".join(f"{k}={v}" for k, v in {"from": lo, "to": hi, **params}.items())
    response = api.get(f"/api/conflicts?{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()["conflicts"]


def event(api, **body):
    return api.created("/api/events", {"title": "Họp", **body})


def test_a_leader_in_two_places_through_a_group(api):
    ids = make_directory(api)
    conference = event(api, title="Hội nghị", start="2023-11-02", slot="morning", group_ids=[ids["leaders"]])
    created = api.post("/api/events", {"title": "Làm việc tại xã", "start": "2023-11-02T09:00:00+07:00",
                                       "end": "2023-11-02T10:00:00+07:00", "chair_id": ids["dung"]})
    assert created.status_code == 201
    meeting = created.get_json()
    # The answer to the write names the conflict it causes.
    assert [(c["kind"], c["subject"]["id"], c["event_ids"]) for c in meeting["conflicts"]] == \
        [("person", ids["dung"], sorted([conference["id"], meeting["id"]]))]
    found = conflicts(api)
    assert len(found) == 1
    c = found[0]
    assert c["subject"] == {"type": "person", "id": ids["dung"], "name": "Hoàng Văn Dũng"}
    assert (c["start"], c["end"], c["tentative"]) == ("2023-11-02T09:00:00+07:00", "2023-11-02T10:00:00+07:00", False)
    assert conflicts(api, person_id=ids["binh"]) == []
    assert len(conflicts(api, person_id=ids["dung"])) == 1


def test_adjacent_cancelled_free_and_tentative(api):
    ids = make_directory(api)
    event(api, start="2023-11-06", slot="morning", chair_id=ids["binh"])  # 07:30-11:30
    event(api, start="2023-11-06T11:30:00+07:00", end="2023-11-06T12:30:00+07:00", chair_id=ids["binh"])
    assert conflicts(api) == []  # ending 11:30, starting 11:30: no conflict
    gone = event(api, start="2023-11-06T10:00:00+07:00", end="2023-11-06T11:00:00+07:00", chair_id=ids["binh"])
    api.delete(f"/api/events/{gone['id']}")
    assert conflicts(api) == []  # cancelled events never conflict
    event(api, title="Ngày hội", start="2023-11-01", end="2023-11-18", kind="multi_day", attendee_ids=[ids["binh"]])
    assert conflicts(api) == []  # a multi-day span does not block time by default...
    busy = event(api, title="Đoàn kiểm tra", start="2023-11-06", end="2023-11-07", attendee_ids=[ids["binh"]],
                 busy=True, status="tentative")
    found = conflicts(api)  # ...unless the office marks it busy: all-day against timed
    assert {c["event_ids"][1] for c in found} == {busy["id"]} and len(found) == 2
    assert all(c["tentative"] for c in found)


def test_recurring_occurrences_and_exceptions(api):
    ids = make_directory(api)
    weekly = event(api, title="Giao ban", start="2023-11-06", slot="afternoon", rrule="FREQ=WEEKLY;BYDAY=MO",
                   group_ids=[ids["leaders"]],
                   exceptions=[{"original_start": "2023-11-20T13:30:00+07:00", "cancelled": True}])
    for day in ("13", "20", "27"):
        event(api, title=f"Tiếp khách {day}", start=f"2023-11-{day}T14:00:00+07:00",
              end=f"2023-11-{day}T15:00:00+07:00", chair_id=ids["lan"])
    found = conflicts(api)
    # 13 and 27 collide with the briefing; the 20th's briefing is cancelled.
    assert sorted(c["start"][:10] for c in found) == ["2023-11-13", "2023-11-27"]
    assert all(weekly["id"] in c["event_ids"] and c["subject"]["id"] == ids["lan"] for c in found)


def test_a_room_booked_twice_and_travel_time(api):
    ids = make_directory(api)
    api.post("/api/locations", {"name": "Trụ sở UBND xã Nhi Sơn", "travel_minutes": 60})
    hall_a = event(api, start="2023-11-08T08:00:00+07:00", end="2023-11-08T10:00:00+07:00", location="Hội trường A",
                   chair_id=ids["binh"])
    hall_b = event(api, start="2023-11-08T09:00:00+07:00", end="2023-11-08T11:00:00+07:00", location="Hội trường A",
                   chair_id=ids["lan"])
    commune = event(api, start="2023-11-08T10:30:00+07:00", end="2023-11-08T11:30:00+07:00",
                    location="Trụ sở UBND xã Nhi Sơn", chair_id=ids["binh"])
    found = conflicts(api)
    assert [(c["kind"], c["event_ids"]) for c in found if c["kind"] == "location"] == \
        [("location", sorted([hall_a["id"], hall_b["id"]]))]
    travel = [c for c in found if c["kind"] == "travel"]
    assert len(travel) == 1 and travel[0]["event_ids"] == [hall_a["id"], commune["id"]]
    assert travel[0]["detail"] == {"needed_minutes": 60, "gap_minutes": 30, "from": "Hội trường A",
                                   "to": "Trụ sở UBND xã Nhi Sơn"}
    # Unknown travel times on both sides: no warning.
    event(api, start="2023-11-09T08:00:00+07:00", end="2023-11-09T09:00:00+07:00", location="Phòng 1", chair_id=ids["lan"])
    event(api, start="2023-11-09T09:05:00+07:00", end="2023-11-09T10:00:00+07:00", location="Phòng 2", chair_id=ids["lan"])
    assert not [c for c in conflicts(api) if c["kind"] == "travel" and c["start"].startswith("2023-11-09")]


def test_strict_mode_refuses_and_writes_nothing(api, app):
    ids = make_directory(api)
    first = event(api, start="2023-11-02", slot="morning", chair_id=ids["binh"])
    with state(app).sessions() as session:
        before = session.scalar(select(func.count()).select_from(Event))
    refused = api.post("/api/events?strict=true", {"title": "Trùng", "start": "2023-11-02", "slot": "morning",
                                                   "attendee_ids": [ids["binh"]]})
    assert refused.status_code == 409
    body = refused.get_json()["error"]
    assert body["code"] == "schedule_conflict" and body["conflicts"][0]["subject"]["id"] == ids["binh"]
    with state(app).sessions() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == before
    other = event(api, start="2023-11-03", slot="morning", chair_id=ids["binh"])
    moved = api.patch(f"/api/events/{other['id']}?strict=true", {"start": "2023-11-02", "slot": "morning"})
    assert moved.status_code == 409
    assert api.get(f"/api/events/{other['id']}").get_json()["start"].startswith("2023-11-03")
    assert api.patch(f"/api/events/{other['id']}?strict=true", {"title": "Không trùng"}).status_code == 200
    assert first["conflicts"] == []


def test_muong_lat_as_written_gives_the_conflicts_a_clerk_would_point_out(api):
    """Expectation, with the reasoning:
    - 01/11 is a reception day for "Lãnh đạo UBND huyện" (no hour given, so the whole day), and the same
      group is expected at the BTV Huyện ủy meeting in the morning and at the party conference in the
      afternoon: each of the three leaders is booked twice, twice (6 person conflicts). A clerk asks which
      leader receives citizens that day. All tentative (section IV is "DỰ KIẾN").
    - 02/11 morning: Bình meets voters in Nhi Sơn while Dũng chairs the forest conference: different people.
    - 13/11: the leaders' conference falls inside the 13–15/11 inspection, and 01–18/11 is the festival:
      multi-day spans do not block time unless the office marks them busy, so nothing is reported.
    - No room is named twice on the same day.
    """
    ids = make_directory(api)
    enter_muong_lat(api, ids)
    found = conflicts(api)
    assert {c["kind"] for c in found} == {"person"}
    assert len(found) == 6
    assert {c["subject"]["id"] for c in found} == {ids["binh"], ids["dung"], ids["lan"]}
    assert {c["start"][:10] for c in found} == {"2023-11-01"} and all(c["tentative"] for c in found)


def test_bac_giang_as_written_overloads_the_finance_department(api):
    """The 21/11 session asks Sở Tài chính for 7 items, all due 14/11: more than 3 on one day, so one
    deadline-load warning. Sở Công Thương and Sở NN&PTNT have 3 each (not more than 3): no warning."""
    ids = make_directory(api)
    enter_bac_giang(api, ids)
    found = conflicts(api)
    assert [(c["kind"], c["subject"]["name"], c["start"], c["detail"]["count"]) for c in found] == \
        [("deadline_load", "Sở Tài chính", "2023-11-14", 7)]
    assert conflicts(api, unit_id=ids["tc"]) == found and conflicts(api, unit_id=ids["ct"]) == []


def test_conflicts_command_prints_a_report(app, api):
    ids = make_directory(api)
    event(api, title="Hội nghị A", start="2023-11-02", slot="morning", group_ids=[ids["leaders"]])
    event(api, title="Làm việc B", start="2023-11-02T09:00:00+07:00", end="2023-11-02T10:00:00+07:00",
          chair_id=ids["dung"])
    out = app.test_cli_runner().invoke(args=["conflicts", "--month", "2023-11"]).output
    assert "Hoàng Văn Dũng" in out and "Hội nghị A" in out and "Làm việc B" in out and "02/11" in out
    bad = app.test_cli_runner().invoke(args=["conflicts", "--month", "11/2023"])
    assert bad.exit_code != 0


def test_ids_read_in_chunks_give_the_same_conflicts(api, monkeypatch):
    """IN (...) lists are chunked (a year of a province exceeds PostgreSQL's 65,535 bind parameters):
    with chunks of 2 ids the Mường Lát month gives the same conflicts, names and titles."""
    ids = make_directory(api)
    enter_muong_lat(api, ids)
    whole = conflicts(api)
    monkeypatch.setattr("service.db.IN_CHUNK", 2)
    assert conflicts(api) == whole and len(whole) == 6
    assert all(c["subject"]["name"] for c in whole)
