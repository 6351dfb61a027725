"""Recurring series: one occurrence cancelled, moved, restored; the series ended after a day; public holidays
and the office's days off skipped by default (and the opt-out, and holding a holiday anyway). Through the
API, on SQLite and PostgreSQL; what the feed publishes (EXDATE, RECURRENCE-ID) and the reminders follow."""
import re

from feeds import index
from feeds.finished import FeedCaches, feed
from service.context import state
from service.offices import only_office

BRIEFING = {"title": "Giao ban lãnh đạo UBND huyện", "start": "2023-11-06", "slot": "morning",
            "rrule": "FREQ=WEEKLY;BYDAY=MO", "location": "Phòng họp số 1"}


def create(api, **extra):
    return api.created("/api/events", {**BRIEFING, **extra})


def exceptions(event):
    return {(e["original_start"][:10], e["cancelled"], e["reason"]) for e in event["exceptions"]}


def occurrences(api, event_id, lo, hi):
    response = api.get(f"/api/events/{event_id}/occurrences?from={lo}&to={hi}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()["occurrences"]


def listed(api, lo, hi):
    """Starts of the briefing's live occurrences as GET /api/events gives them (the calendar's view)."""
    out = []
    for e in api.get(f"/api/events?from={lo}&to={hi}").get_json()["events"]:
        if e["rrule"] and e["status"] != "cancelled":
            out.append(e["start"])
    return out


def test_series_skips_public_holidays_by_default(api):
    event = create(api)
    # 01/01/2024 (Tết Dương lịch), 12/02/2024 (mùng ba Tết), 29/04/2024 (nghỉ bù), 02/09/2024 (Quốc khánh)...
    auto = {e["original_start"][:10] for e in event["exceptions"] if e["reason"] == "holiday"}
    assert {"2024-01-01", "2024-02-12", "2024-04-29", "2024-09-02", "2025-01-27", "2025-09-01"} <= auto
    assert all(e["cancelled"] for e in event["exceptions"])
    assert event["skip_holidays"] is True
    assert not any(s.startswith("2024-01-01") for s in listed(api, "2023-12-25", "2024-01-14"))
    assert any(s.startswith("2024-01-08") for s in listed(api, "2023-12-25", "2024-01-14"))
    rows = occurrences(api, event["id"], "2024-01-01", "2024-01-07")
    assert rows == [{**rows[0], "day": "2024-01-01", "cancelled": True, "reason": "holiday",
                     "holiday": "Tết Dương lịch", "kept": False}]


def test_office_day_off_is_skipped_and_opt_out_keeps_every_monday(api):
    # The office's own day off (the API's calendar exceptions), entered before the series.
    assert api.call("PUT", "/api/calendar/exceptions",
                    json={"day": "2023-11-20", "kind": "day_off", "label": "Nghỉ bù Ngày Nhà giáo"}).status_code == 200
    event = create(api)
    assert ("2023-11-20", True, "holiday") in exceptions(event)
    plain = create(api, title="Tiếp công dân định kỳ", skip_holidays=False)
    assert plain["skip_holidays"] is False and plain["exceptions"] == []
    # Turning the skip on later makes the automatic exceptions; off again drops them.
    on = api.patch(f"/api/events/{plain['id']}", json={"skip_holidays": True}).get_json()
    assert ("2024-01-01", True, "holiday") in exceptions(on)
    off = api.patch(f"/api/events/{plain['id']}", json={"skip_holidays": False}).get_json()
    assert off["exceptions"] == [] and off["sequence"] == on["sequence"] + 1


def test_day_off_set_later_skips_and_removing_it_restores(api):
    event = create(api)
    day_off = {"day": "2023-11-27", "kind": "day_off", "label": "Nghỉ theo quyết định của UBND tỉnh"}
    assert api.call("PUT", "/api/calendar/exceptions", json=day_off).status_code == 200
    after = api.get(f"/api/events/{event['id']}").get_json()
    assert ("2023-11-27", True, "holiday") in exceptions(after) and after["sequence"] == event["sequence"] + 1
    history = api.get(f"/api/events/{event['id']}/history").get_json()["changes"]
    assert history[-1]["action"] == "calendar_changed" and history[-1]["changes"]["occurrence"][1] == "2023-11-27"
    # A Tuesday off touches no Monday series.
    api.call("PUT", "/api/calendar/exceptions", json={**day_off, "day": "2023-11-28"})
    assert api.get(f"/api/events/{event['id']}").get_json()["sequence"] == after["sequence"]
    assert api.delete("/api/calendar/exceptions/2023-11-27").status_code == 200
    final = api.get(f"/api/events/{event['id']}").get_json()
    assert "2023-11-27" not in {e["original_start"][:10] for e in final["exceptions"]}
    # Working on the public holiday (a make-up working day): the series meets that day.
    api.call("PUT", "/api/calendar/exceptions", json={"day": "2024-01-01", "kind": "working_day", "label": "Làm việc"})
    assert "2024-01-01" not in {e["original_start"][:10] for e in
                                api.get(f"/api/events/{event['id']}").get_json()["exceptions"]}


def test_holiday_held_anyway_survives_a_change_of_hour(api):
    event = create(api)
    held = api.post(f"/api/events/{event['id']}/occurrences/2024-09-02/restore")
    assert held.status_code == 200, held.get_json()
    body = held.get_json()
    assert body["holidays_kept"] == ["2024-09-02"]
    assert "2024-09-02" not in {e["original_start"][:10] for e in body["exceptions"]}
    assert held.headers["ETag"] == f'"{body["sequence"]}"'
    # A new hour re-keys every occurrence: the automatic exceptions are made again, the held day stays held.
    moved = api.patch(f"/api/events/{event['id']}", json={"start": "2023-11-06T14:00:00+07:00",
                                                          "end": "2023-11-06T16:00:00+07:00"})
    assert moved.status_code == 200, moved.get_json()
    auto = {e["original_start"] for e in moved.get_json()["exceptions"]}
    assert "2024-01-01T14:00:00+07:00" in auto and not any(a.startswith("2024-09-02") for a in auto)
    # Cancelling the held day by hand: a manual exception, no longer "kept".
    cancelled = api.post(f"/api/events/{event['id']}/occurrences/2024-09-02/cancel").get_json()
    assert ("2024-09-02", True, None) in exceptions(cancelled) and cancelled["holidays_kept"] == []


def test_new_weekday_drops_old_automatic_exceptions(api):
    event = create(api)
    changed = api.patch(f"/api/events/{event['id']}", json={"rrule": "FREQ=WEEKLY;BYDAY=TU", "start": "2023-11-07",
                                                           "slot": "morning"})
    assert changed.status_code == 200, changed.get_json()
    days = {e["original_start"][:10] for e in changed.get_json()["exceptions"]}
    assert "2024-01-01" not in days and {"2024-02-13", "2024-04-30", "2024-09-03"} <= days


def test_cancel_move_restore_one_occurrence(api):
    event = create(api, skip_holidays=False)
    eid, seq = event["id"], event["sequence"]
    r = api.post(f"/api/events/{eid}/occurrences/2023-11-13/cancel", headers={"If-Match": f'"{seq}"'})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["sequence"] == seq + 1
    assert ("2023-11-13", True, None) in exceptions(r.get_json())
    # Idempotent: nothing changes, no new version.
    again = api.post(f"/api/events/{eid}/occurrences/2023-11-13/cancel").get_json()
    assert again["sequence"] == seq + 1
    # Stale If-Match: 412, nothing written.
    stale = api.post(f"/api/events/{eid}/occurrences/2023-11-20/cancel", headers={"If-Match": f'"{seq}"'})
    assert stale.status_code == 412 and "phiên bản" in stale.get_json()["error"]["message"]
    # Move 20/11 to Tuesday 21/11 afternoon.
    r = api.post(f"/api/events/{eid}/occurrences/2023-11-20/move", json={"start": "2023-11-21", "slot": "afternoon"})
    assert r.status_code == 200, r.get_json()
    moved = [e for e in r.get_json()["exceptions"] if not e["cancelled"]]
    assert moved == [{"original_start": "2023-11-20T07:30:00+07:00", "cancelled": False,
                      "start": "2023-11-21T13:30:00+07:00", "end": "2023-11-21T17:00:00+07:00", "reason": None}]
    starts = listed(api, "2023-11-06", "2023-11-26")
    assert starts == ["2023-11-06T07:30:00+07:00", "2023-11-21T13:30:00+07:00"]
    # A new day only: the same hours.
    r = api.post(f"/api/events/{eid}/occurrences/2023-11-27/move", json={"start": "2023-11-28"})
    assert r.get_json()["exceptions"][-1]["start"] == "2023-11-28T07:30:00+07:00"
    # Restore both: back to the rule.
    for day in ("2023-11-13", "2023-11-20", "2023-11-27"):
        assert api.post(f"/api/events/{eid}/occurrences/{day}/restore").status_code == 200
    final = api.get(f"/api/events/{eid}").get_json()
    assert final["exceptions"] == []
    assert listed(api, "2023-11-06", "2023-11-30") == [f"2023-11-{d}T07:30:00+07:00" for d in ("06", "13", "20", "27")]
    history = api.get(f"/api/events/{eid}/history").get_json()["changes"]
    assert [(h["action"], h["changes"]["occurrence"][1]) for h in history[1:]] == [
        ("occurrence_cancelled", "2023-11-13"), ("occurrence_moved", "2023-11-20"), ("occurrence_moved", "2023-11-27"),
        ("occurrence_restored", "2023-11-13"), ("occurrence_restored", "2023-11-20"),
        ("occurrence_restored", "2023-11-27")]


def test_bad_series_requests_are_4xx_in_vietnamese_and_write_nothing(api):
    event = create(api)
    eid = event["id"]
    single = api.created("/api/events", {"title": "Họp một lần", "start": "2023-11-21", "slot": "morning"})
    cases = [
        (api.post(f"/api/events/{eid}/occurrences/2023-11-14/cancel"), 404, "không có lần nào"),  # a Tuesday
        (api.post(f"/api/events/{eid}/occurrences/2023-13-40/cancel"), 422, "date"),
        (api.post(f"/api/events/{single['id']}/occurrences/2023-11-21/cancel"), 422, "không lặp lại"),
        (api.post(f"/api/events/{eid}/occurrences/2023-11-13/move", json={"start": "2023-11-20"}), 422, "start"),
        (api.post(f"/api/events/{eid}/occurrences/2023-11-13/move", json={"start": "ngày mai"}), 422, "start"),
        (api.post(f"/api/events/{eid}/occurrences/2023-11-13/move",
                  json={"start": "2023-11-14T10:00:00+07:00", "end": "2023-11-14T09:00:00+07:00"}), 422, "end"),
        (api.post(f"/api/events/{eid}/occurrences/2023-11-13/move", json={"start": "2023-11-14", "x": 1}), 422, "x"),
        (api.post(f"/api/events/{eid}/end", json={"until": "2023-10-01"}), 422, "until"),
        (api.post(f"/api/events/{eid}/end", json={"until": "nay"}), 422, "until"),
        (api.post(f"/api/events/{eid}/end", json={}), 422, "until"),
    ]
    for response, status, word in cases:
        body = response.get_json()
        assert response.status_code == status, body
        assert word in str(body["error"]), body
    assert api.get(f"/api/events/{eid}").get_json()["sequence"] == event["sequence"]


def test_end_series_counts_what_goes(api):
    event = create(api, rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=8", skip_holidays=False)
    eid = event["id"]
    api.post(f"/api/events/{eid}/occurrences/2023-12-11/cancel")
    api.post(f"/api/events/{eid}/occurrences/2023-12-18/move", json={"start": "2023-12-19"})
    r = api.post(f"/api/events/{eid}/end", json={"until": "2023-11-30"})
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    # 04/12, 18/12 (moved) and 25/12 go; 11/12 was cancelled already.
    assert body["removed"] == 3 and body["removed_dates"] == ["2023-12-04", "2023-12-18", "2023-12-25"]
    assert body["event"]["rrule"] == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20231130T165959Z"
    assert body["event"]["exceptions"] == []
    assert listed(api, "2023-11-01", "2024-01-31") == [f"2023-11-{d}T07:30:00+07:00" for d in ("06", "13", "20", "27")]
    # An endless series: every occurrence after the day goes (no count).
    endless = create(api, title="Sinh hoạt chi bộ")
    r = api.post(f"/api/events/{endless['id']}/end", json={"until": "2024-03-31"}).get_json()
    assert r["removed"] is None and r["event"]["rrule"].endswith("UNTIL=20240331T165959Z")
    assert all(e["original_start"] < "2024-04" for e in r["event"]["exceptions"])
    assert api.post(f"/api/events/{eid}/end", json={"until": "2024-06-30"}).status_code == 422  # ended already


def test_feed_publishes_the_exceptions(api, app):
    event = create(api)
    eid = event["id"]
    api.post(f"/api/events/{eid}/occurrences/2023-11-13/cancel")
    api.post(f"/api/events/{eid}/occurrences/2023-11-20/move", json={"start": "2023-11-21", "slot": "afternoon"})
    st = state(app)
    with st.sessions() as session:
        office = index.office_subject(only_office(session).id)  # the office-wide feed of the (only) office
        text = feed(st.ctx(session), FeedCaches.new(), office).body.decode()
    assert "EXDATE;TZID=Asia/Ho_Chi_Minh:20231113T073000" in text
    assert "EXDATE;TZID=Asia/Ho_Chi_Minh:20240101T073000" in text  # the holiday
    assert "RECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:20231120T073000" in text
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20231121T133000" in text
    api.post(f"/api/events/{eid}/occurrences/2023-11-13/restore")
    with st.sessions() as session:
        text = feed(st.ctx(session), FeedCaches.new(), office).body.decode()
    assert "20231113T073000" not in text
    assert f"SEQUENCE:{api.get(f'/api/events/{eid}').get_json()['sequence']}" in text


def test_deadlines_and_reminders_follow_a_moved_first_occurrence(api):
    unit = api.created("/api/units", {"name": "Phòng Tài chính - Kế hoạch", "emails": ["tckh@example.gov.vn"]})["id"]
    event = create(api, start="2023-11-20", skip_holidays=False,
                   agenda=[{"number": 1, "title": "Báo cáo thu ngân sách tháng", "unit_ids": [unit]}])
    assert event["agenda"][0]["deadline"] == "2023-11-13"  # 5 working days before Monday 20/11
    before = {r["due_at"][:10] for r in api.get("/api/reminders", query_string={"event_id": event["id"]})
              .get_json()["reminders"] if r["status"] == "pending"}
    r = api.post(f"/api/events/{event['id']}/occurrences/2023-11-20/move", json={"start": "2023-11-23"})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["agenda"][0]["deadline"] == "2023-11-16"  # 5 working days before Thursday 23/11
    after = {r["due_at"][:10] for r in api.get("/api/reminders", query_string={"event_id": event["id"]})
             .get_json()["reminders"] if r["status"] == "pending"}
    assert after != before and "2023-11-17" in after  # the overdue notice: the working day after 16/11
    # The first Monday cancelled: the meeting (and its deadline) is the next one.
    api.post(f"/api/events/{event['id']}/occurrences/2023-11-20/cancel")
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["deadline"] == "2023-11-20"


def test_round_trip_keeps_automatic_exceptions(api):
    """The event as read, written back (what an import's undo does): nothing changes."""
    event = create(api)
    api.post(f"/api/events/{event['id']}/occurrences/2024-01-01/restore")
    before = api.get(f"/api/events/{event['id']}").get_json()
    body = {k: before[k] for k in ("title", "start", "slot", "rrule", "exceptions", "skip_holidays")}
    body["start"] = body["start"][:10]
    r = api.patch(f"/api/events/{event['id']}", json=body).get_json()
    assert r["sequence"] == before["sequence"] and r["exceptions"] == before["exceptions"]
    assert r["holidays_kept"] == ["2024-01-01"]


def test_openapi_lists_the_series_endpoints(api):
    paths = api.get("/api/openapi.json").get_json()["paths"]
    for path in ("/api/events/{event_id}/occurrences/{day}/cancel", "/api/events/{event_id}/occurrences/{day}/move",
                 "/api/events/{event_id}/occurrences/{day}/restore", "/api/events/{event_id}/end",
                 "/api/agenda-items/{item_id}/submitted", "/api/agenda-items/{item_id}/unsubmitted"):
        assert "post" in paths[path], path


def test_viewer_cannot_change_a_series(api, viewer):
    event = create(api)
    assert viewer.post(f"/api/events/{event['id']}/occurrences/2023-11-13/cancel").status_code == 403
    assert viewer.get(f"/api/events/{event['id']}/occurrences").status_code == 200


# ---- the event page ------------------------------------------------------------------------------

def _page(browser, eid):
    """The page's HTML, with the tags inside a line of text (<strong>, <span class="nowrap">) taken out."""
    response = browser.get(f"/su-kien/{eid}")
    assert response.status_code == 200
    return re.sub(r"</?(strong|span)[^>]*>", "", response.get_data(as_text=True))


def test_event_page_lists_coming_occurrences_and_the_office_acts_on_them(app, api):
    from tests.test_web import login, post  # noqa: PLC0415
    event = create(api, start="2023-11-06")
    eid = event["id"]
    browser = login(app)
    page = _page(browser, eid)
    assert 'data-day="2023-11-06"' in page and "Thứ Hai, 06/11/2023" in page
    assert "Không họp: 01/01/2024 — Tết Dương lịch" in page and "Vẫn họp ngày này" in page
    # Cancel one Monday from the page.
    r = post(browser, f"/su-kien/{eid}/lan/2023-11-13/huy", {"sequence": str(event["sequence"])}, page=f"/su-kien/{eid}")
    assert r.status_code == 302
    page = _page(browser, eid)
    assert "Đã hủy lần họp Thứ Hai, 13/11/2023" in page
    row = page.split('data-day="2023-11-13"')[1].split("</tr>")[0]
    assert "Đã hủy lần này" in row and "Khôi phục" in row
    # Move the next one to Wednesday afternoon.
    seq = api.get(f"/api/events/{eid}").get_json()["sequence"]
    r = post(browser, f"/su-kien/{eid}/lan/2023-11-20/doi", {"sequence": str(seq), "new_date": "22/11/2023",
                                                             "slot": "afternoon"}, page=f"/su-kien/{eid}")
    assert r.status_code == 302
    page = _page(browser, eid)
    assert "Đã dời lần họp Thứ Hai, 20/11/2023 sang Thứ Tư, 22/11/2023" in page
    assert "Dời sang 13:30–17:00, thứ Tư, 22/11/2023" in page
    # A bad new day: the page again with the reason, 422, nothing written.
    seq = api.get(f"/api/events/{eid}").get_json()["sequence"]
    r = post(browser, f"/su-kien/{eid}/lan/2023-11-27/doi", {"sequence": str(seq), "new_date": "31/02/2023"},
             page=f"/su-kien/{eid}")
    assert r.status_code == 422 and "ngày giờ mới" in r.get_data(as_text=True)
    assert api.get(f"/api/events/{eid}").get_json()["sequence"] == seq
    # A stale page: 412 with the reason, nothing written.
    r = post(browser, f"/su-kien/{eid}/lan/2023-11-27/huy", {"sequence": "0"}, page=f"/su-kien/{eid}")
    assert r.status_code == 412 and "người khác sửa" in r.get_data(as_text=True)
    # Hold the holiday anyway, then end the series.
    r = post(browser, f"/su-kien/{eid}/lan/2024-01-01/khoi-phuc", {"sequence": str(seq)}, page=f"/su-kien/{eid}")
    assert r.status_code == 302
    page = _page(browser, eid)
    assert "Vẫn họp: 01/01/2024 — Tết Dương lịch" in page
    seq = api.get(f"/api/events/{eid}").get_json()["sequence"]
    r = post(browser, f"/su-kien/{eid}/ket-thuc-chuoi", {"sequence": str(seq), "until": "31/12/2023"},
             page=f"/su-kien/{eid}")
    assert r.status_code == 302
    page = _page(browser, eid)
    assert "Đã kết thúc chuỗi vào ngày 31/12/2023: bỏ mọi lần họp sau ngày đó" in page
    assert 'data-day="2024-01-08"' not in page and "đến hết 31/12/2023" in page
    assert "Hủy lần họp 13/11/2023" in page and "Kết thúc chuỗi sau ngày 31/12/2023" in page  # the history
    # Switch the skip off from the page.
    seq = api.get(f"/api/events/{eid}").get_json()["sequence"]
    assert post(browser, f"/su-kien/{eid}/bo-qua-ngay-le", {"sequence": str(seq), "skip": "no"},
                page=f"/su-kien/{eid}").status_code == 302
    assert api.get(f"/api/events/{eid}").get_json()["skip_holidays"] is False


def test_viewer_sees_the_series_without_buttons(app, api):
    from tests.test_web import login  # noqa: PLC0415
    event = create(api)
    browser = login(app, "xem", role="viewer")
    page = _page(browser, event["id"])
    assert 'id="occurrences"' in page and "Hủy lần này" not in page and "Kết thúc chuỗi" not in page
    page_token = __import__("re").search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    r = browser.post(f"/su-kien/{event['id']}/lan/2023-11-13/huy", data={"csrf_token": page_token})
    assert r.status_code == 403
    r = login(app).get(f"/su-kien/{event['id']}/lan/2023-11-14/huy")
    assert r.status_code == 405


def test_series_ops_that_would_lose_or_double_a_meeting_are_refused(api):
    """Ending a series after a meeting moved from beyond the end to before it; restoring (or moving back) an
    occurrence onto a day another was moved to; a holiday moved back to its own slot meets that day."""
    eid = create(api)["id"]
    assert api.post(f"/api/events/{eid}/occurrences/2023-11-27/move", json={"start": "2023-11-24"}).status_code == 200
    ended = api.post(f"/api/events/{eid}/end", json={"until": "2023-11-25"})
    assert ended.status_code == 422 and "24/11/2023" in ended.get_json()["error"]["fields"]["until"]
    assert len(listed(api, "2023-11-20", "2023-12-05")) == 3  # 20/11, 24/11 (moved), 04/12: nothing lost
    # 25/12 moved onto Tết Dương lịch (auto-cancelled there), then the holiday restored: two meetings that day.
    assert api.post(f"/api/events/{eid}/occurrences/2023-12-25/move", json={"start": "2024-01-01"}).status_code == 200
    doubled = api.post(f"/api/events/{eid}/occurrences/2024-01-01/restore")
    assert doubled.status_code == 422 and "01/01/2024" in doubled.get_json()["error"]["fields"]["start"]
    # Moved away and back to its own slot on a holiday: it meets (the holiday is kept), as a restore does.
    assert api.post(f"/api/events/{eid}/occurrences/2023-12-25/restore").status_code == 200
    assert api.post(f"/api/events/{eid}/occurrences/2024-01-01/move", json={"start": "2024-01-02"}).status_code == 200
    back = api.post(f"/api/events/{eid}/occurrences/2024-01-01/move", json={"start": "2024-01-01"})
    assert back.status_code == 200 and "2024-01-01" in back.get_json()["holidays_kept"]
    assert any(s.startswith("2024-01-01") for s in listed(api, "2023-12-31", "2024-01-07"))


def test_a_kept_holiday_the_new_rule_does_not_hit_is_forgotten(api):
    eid = create(api)["id"]
    assert api.post(f"/api/events/{eid}/occurrences/2024-01-01/restore").status_code == 200
    assert api.get(f"/api/events/{eid}").get_json()["holidays_kept"] == ["2024-01-01"]
    moved = api.patch(f"/api/events/{eid}", {"rrule": "FREQ=WEEKLY;BYDAY=TU", "start": "2023-11-07",
                                             "slot": "morning", "exceptions": []})
    assert moved.status_code == 200, moved.get_json()
    assert moved.get_json()["holidays_kept"] == []
