"""Events through the API: roles, life cycle, history, concurrency, recurrence, deadlines."""
import threading

from tests.directory_fixtures import make_directory

MEETING = {"title": "Phiên họp UBND thường kỳ", "start": "2023-11-21T08:00:00+07:00",
           "end": "2023-11-21T11:30:00+07:00", "location": "Hội trường UBND"}


def test_keys_and_roles(api, viewer):
    no_key = api.client.get("/api/events")
    assert no_key.status_code == 401 and no_key.get_json()["error"]["code"] == "unauthorized"
    wrong = api.client.get("/api/events", headers={"Authorization": "Bearer lct_wrong"})
    assert wrong.status_code == 401
    assert viewer.get("/api/events").status_code == 200
    refused = viewer.post("/api/events", MEETING)
    assert refused.status_code == 403 and "viewer" in refused.get_json()["error"]["message"]
    assert viewer.delete("/api/events/1").status_code == 403
    assert api.get("/api/events").get_json() == {"events": []}  # the viewer wrote nothing
    assert api.client.get("/api/openapi.json").status_code == 200  # the contract is public


def test_life_cycle_sequence_and_history(api):
    event = api.created("/api/events", MEETING)
    assert (event["status"], event["sequence"], event["location"]) == ("confirmed", 0, "Hội trường UBND")
    same_place = api.created("/api/events", {**MEETING, "location": "hội trường  UBND"})
    assert same_place["location_id"] == event["location_id"]  # matched by name, not duplicated

    moved = api.patch(f"/api/events/{event['id']}", {"start": "2023-11-22T08:00:00+07:00"}).get_json()
    assert moved["sequence"] == 1
    assert (moved["start"], moved["end"]) == ("2023-11-22T08:00:00+07:00", "2023-11-22T11:30:00+07:00")
    unchanged = api.patch(f"/api/events/{event['id']}", {"title": MEETING["title"]}).get_json()
    assert unchanged["sequence"] == 1  # no change, no new sequence

    cancelled = api.delete(f"/api/events/{event['id']}")
    assert cancelled.status_code == 200 and cancelled.get_json()["status"] == "cancelled"
    assert cancelled.get_json()["sequence"] == 2
    still_there = api.get(f"/api/events/{event['id']}")
    assert still_there.status_code == 200 and still_there.headers["ETag"] == '"2"'
    listed = api.get("/api/events?from=2023-11-01&to=2023-11-30").get_json()["events"]
    assert {e["id"]: e["status"] for e in listed}[event["id"]] == "cancelled"

    history = api.get(f"/api/events/{event['id']}/history").get_json()["changes"]
    assert [h["action"] for h in history] == ["created", "updated", "cancelled"]
    assert history[1]["changes"]["start"] == ["2023-11-21T08:00:00+07:00", "2023-11-22T08:00:00+07:00"]
    assert history[2]["changes"]["status"] == ["confirmed", "cancelled"]
    assert all(h["actor"] == "api:test office" for h in history)
    restored = api.patch(f"/api/events/{event['id']}", {"status": "confirmed"}).get_json()
    assert restored["status"] == "confirmed" and restored["sequence"] == 3


def test_stale_edits_are_refused_and_change_nothing(api):
    event = api.created("/api/events", MEETING)
    first = api.patch(f"/api/events/{event['id']}", {"title": "Sửa lần 1"}, headers={"If-Match": '"0"'})
    assert first.status_code == 200 and first.headers["ETag"] == '"1"'
    stale = api.patch(f"/api/events/{event['id']}", {"title": "Sửa lần 2"}, headers={"If-Match": '"0"'})
    assert stale.status_code == 412
    stale_body = api.patch(f"/api/events/{event['id']}", {"title": "Sửa lần 3", "sequence": 0})
    assert stale_body.status_code == 409
    current = api.get(f"/api/events/{event['id']}").get_json()
    assert (current["title"], current["sequence"]) == ("Sửa lần 1", 1)


def test_two_simultaneous_edits_one_wins(app, api):
    """Two writers who both read sequence 0: exactly one succeeds, on SQLite and PostgreSQL alike."""
    event = api.created("/api/events", MEETING)
    barrier, results = threading.Barrier(2), []

    def edit(title):
        client = app.test_client()
        barrier.wait()
        response = client.patch(f"/api/events/{event['id']}", json={"title": title, "sequence": 0},
                                headers={"Authorization": f"Bearer {api.key}"})
        results.append((response.status_code, title))

    threads = [threading.Thread(target=edit, args=(f"Bản {i}",)) for i in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(code for code, _ in results)
    assert codes == [200, 409], results
    winner = next(title for code, title in results if code == 200)
    current = api.get(f"/api/events/{event['id']}").get_json()
    assert (current["title"], current["sequence"]) == (winner, 1)


def test_recurring_with_cancelled_and_moved_occurrences(api):
    ids = make_directory(api)
    weekly = api.created("/api/events", {
        "title": "Giao ban chiều thứ Hai", "start": "2023-11-06", "slot": "afternoon",
        "rrule": "RRULE:freq=weekly;byday=MO", "group_ids": [ids["leaders"]],
        "exceptions": [
            {"original_start": "2023-11-13T13:30:00+07:00", "cancelled": True},
            {"original_start": "2023-11-20T13:30:00+07:00", "start": "2023-11-21T14:00:00+07:00",
             "end": "2023-11-21T16:00:00+07:00"},
        ]})
    assert weekly["rrule"] == "FREQ=WEEKLY;BYDAY=MO"
    occ = [e for e in api.get("/api/events?from=2023-11-01&to=2023-11-30").get_json()["events"]]
    assert [(o["start"], o["status"]) for o in occ] == [
        ("2023-11-06T13:30:00+07:00", "confirmed"),
        ("2023-11-13T13:30:00+07:00", "cancelled"),
        ("2023-11-21T14:00:00+07:00", "confirmed"),
        ("2023-11-27T13:30:00+07:00", "confirmed"),
    ]
    assert occ[2]["recurrence_id"] == "2023-11-20T13:30:00+07:00"
    # The moved occurrence is found from its new date alone.
    on_21 = api.get("/api/events?from=2023-11-21&to=2023-11-21").get_json()["events"]
    assert [o["recurrence_id"] for o in on_21] == ["2023-11-20T13:30:00+07:00"]
    # Members of the group see it; ending the rule with UNTIL keeps the range bounded.
    dung = api.get(f"/api/events?from=2023-12-01&to=2023-12-31&person_id={ids['dung']}").get_json()["events"]
    assert len(dung) == 4
    ended = api.patch(f"/api/events/{weekly['id']}", {"rrule": "FREQ=WEEKLY;BYDAY=MO;UNTIL=20231130"}).get_json()
    assert ended["rrule"] == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20231130T165959Z"
    assert api.get("/api/events?from=2023-12-01&to=2023-12-31").get_json()["events"] == []


def test_all_day_recurrence_and_undated_event(api):
    yearly = api.created("/api/events", {"title": "Ngày hội Đại đoàn kết", "start": "2023-11-18",
                                         "rrule": "FREQ=YEARLY"})
    assert yearly["all_day"] is True
    in_2024 = api.get("/api/events?from=2024-11-01&to=2024-11-30").get_json()["events"]
    assert [(e["start"], e["end"], e["recurrence_id"]) for e in in_2024] == [("2024-11-18", "2024-11-18", "2024-11-18")]
    later = api.created("/api/events", {"title": "Hội nghị tổng kết (lịch cụ thể sẽ thông báo sau)", "month": "2023-12"})
    assert later["start"] is None and later["month"] == "2023-12"
    assert [e["id"] for e in api.get("/api/events?from=2023-12-01&to=2023-12-31").get_json()["events"]] == [later["id"]]
    dated = api.patch(f"/api/events/{later['id']}", {"start": "2023-12-28", "slot": "morning"}).get_json()
    assert (dated["start"], dated["month"]) == ("2023-12-28T07:30:00+07:00", None)


def test_agenda_deadlines_default_and_explicit_follow_the_event(api):
    ids = make_directory(api)
    event = api.created("/api/events", {**MEETING, "agenda": [
        {"number": 1, "title": "Báo cáo KT-XH", "unit_ids": [ids["vpt"]]},
        {"number": 2, "title": "Dự toán NSNN", "unit_ids": [ids["tc"], ids["khdt"]], "lead_unit_id": ids["khdt"],
         "deadline": "2023-11-10"},
    ]})
    first, second = event["agenda"]
    assert (first["deadline"], first["deadline_is_default"]) == ("2023-11-14", True)
    assert (second["deadline"], second["deadline_is_default"]) == ("2023-11-10", False)
    assert second["lead_unit_id"] == ids["khdt"]
    assert [(u["id"], u["role"]) for u in second["units"]] == [(ids["tc"], "support"), (ids["khdt"], "lead")]
    moved = api.patch(f"/api/events/{event['id']}", {"start": "2023-11-28T08:00:00+07:00"}).get_json()
    assert [i["deadline"] for i in moved["agenda"]] == ["2023-11-21", "2023-11-10"]
    # Editing the agenda keeps item identity; a dropped item disappears from the event.
    edited = api.patch(f"/api/events/{event['id']}", {"agenda": [
        {"id": first["id"], "number": 1, "title": "Báo cáo KT-XH tháng 11", "unit_ids": [ids["vpt"]]}]}).get_json()
    assert [(i["id"], i["title"]) for i in edited["agenda"]] == [(first["id"], "Báo cáo KT-XH tháng 11")]
    assert api.get(f"/api/events?from=2023-11-01&to=2023-11-30&unit_id={ids['khdt']}").get_json()["events"] == []


def test_directory_round_trip(api):
    parent = api.created("/api/units", {"name": "UBND huyện", "short_name": "UBND"})
    unit = api.created("/api/units", {"name": "Phòng Tài chính - Kế hoạch", "short_name": "Phòng TC-KH",
                                      "aliases": ["Phòng Tài chính - KH", "TC-KH"], "emails": ["tckh@example.gov.vn"],
                                      "parent_id": parent["id"]})
    assert unit["aliases"] == ["Phòng Tài chính - KH", "TC-KH"] and unit["parent_id"] == parent["id"]
    duplicate = api.post("/api/units", {"name": "phòng tài chính - kế hoạch"})
    assert duplicate.status_code == 422 and "name" in duplicate.get_json()["error"]["fields"]
    cycle = api.patch(f"/api/units/{parent['id']}", {"parent_id": unit["id"]})
    assert cycle.status_code == 422
    person = api.created("/api/persons", {"name": "Trần Thị Hoa", "title": "Trưởng phòng", "email": "hoa@example.gov.vn",
                                          "unit_id": unit["id"]})
    group = api.created("/api/groups", {"name": "Lãnh đạo phòng", "member_ids": [person["id"]]})
    assert api.get(f"/api/persons/{person['id']}").get_json()["group_ids"] == [group["id"]]
    renamed = api.patch(f"/api/units/{unit['id']}", {"emails": ["a@example.gov.vn", "b@example.gov.vn"]}).get_json()
    assert renamed["emails"] == ["a@example.gov.vn", "b@example.gov.vn"] and renamed["name"] == unit["name"]
    assert len(api.get("/api/units").get_json()["units"]) == 2
    location = api.post("/api/locations", {"name": "Trụ sở UBND xã Nhi Sơn", "travel_minutes": 60})
    assert location.status_code == 201 and location.get_json()["travel_minutes"] == 60


def test_dated_event_made_undated_stays_in_its_month(api):
    event = api.created("/api/events", {"title": "Hội nghị", "start": "2023-11-21", "slot": "morning"})
    undated = api.patch(f"/api/events/{event['id']}", {"start": None}).get_json()
    assert (undated["start"], undated["end"], undated["slot"], undated["month"]) == (None, None, None, "2023-11")


def test_seasonal_slot_hours_apply_to_new_events(api):
    winter = api.post("/api/calendar/slot-hours", {"valid_from": "2023-11-01", "valid_to": "2024-03-31",
                                                   "morning": "07:30-12:00", "afternoon": "13:00-16:30"})
    assert winter.status_code == 201, winter.get_json()
    assert api.get("/api/calendar/slot-hours").get_json()["slot_hours"][0]["afternoon"] == "13:00-16:30"
    in_winter = api.created("/api/events", {"title": "Họp", "start": "2023-12-05", "slot": "afternoon"})
    assert (in_winter["start"], in_winter["end"]) == ("2023-12-05T13:00:00+07:00", "2023-12-05T16:30:00+07:00")
    full = api.created("/api/events", {"title": "Làm việc cả ngày", "start": "2023-12-06", "slot": "full_day"})
    assert (full["start"], full["end"]) == ("2023-12-06T07:30:00+07:00", "2023-12-06T16:30:00+07:00")
    summer = api.created("/api/events", {"title": "Họp", "start": "2024-05-07", "slot": "afternoon"})
    assert summer["start"] == "2024-05-07T13:30:00+07:00"  # outside the period: the configured default
    bad = api.post("/api/calendar/slot-hours", {"valid_from": "2024-04-01", "valid_to": "2024-03-01",
                                                "morning": "11:30-07:00"})
    assert bad.status_code == 422 and set(bad.get_json()["error"]["fields"]) == {"valid_to", "morning"}
