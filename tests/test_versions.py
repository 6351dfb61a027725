"""Issued versions of the month's program and the week's schedule, on both databases: numbering (0, then
1, 2 …), the annex of each kind of change (added, moved, cancelled, changed), 409 when nothing changed,
the history, the API (roles, bad periods) and what an export carries (versions.for_export)."""
from datetime import date, datetime

import pytest

from service.context import state
from service.publishing import annex, versions
from tests.conftest import HANOI

WEEK = "2023-11-20"
MONDAY = date(2023, 11, 20)


@pytest.fixture
def made(api):
    chair = api.created("/api/persons", {"name": "Nguyễn Văn Bình", "title": "Chủ tịch UBND"})["id"]
    unit = api.created("/api/units", {"name": "Sở Tài chính", "emails": ["tc@example.gov.vn"]})["id"]
    return {
        "chair": chair, "unit": unit,
        "briefing": api.created("/api/events", {
            "title": "Họp giao ban tuần", "start": "2023-11-20", "slot": "morning", "location": "Phòng họp số 1",
            "chair_id": chair, "agenda": [{"number": 1, "title": "Báo cáo tuần", "unit_ids": [unit]}]}),
        "session": api.created("/api/events", {
            "title": "Hội nghị UBND thường kỳ", "start": "2023-11-22T08:00:00+07:00",
            "end": "2023-11-22T11:00:00+07:00", "location": "Hội trường"}),
        "reception": api.created("/api/events", {
            "title": "Tiếp công dân", "kind": "reception", "start": "2023-11-23", "slot": "afternoon"}),
    }


def _export(app, kind="week", start=MONDAY):
    with app.app_context():
        session = state(app).sessions()
        try:
            return versions.for_export(session, kind, start)
        finally:
            session.close()


def test_first_issue_is_the_original_and_nothing_changed_is_409(app, api, made):
    assert _export(app) == annex.Revision(0, ())
    first = api.post(f"/api/weeks/{WEEK}/issue")
    assert first.status_code == 201, first.get_json()
    body = first.get_json()
    assert body["number"] == 0 and body["entries"] == 3 and body["annex"] == []
    assert body["issued_at"].startswith("2023-11-01T08:00") and body["issued_by"].startswith("api:")
    again = api.post(f"/api/weeks/{WEEK}/issue")
    assert again.status_code == 409
    assert again.get_json()["error"]["message"].startswith("Không có thay đổi")
    assert _export(app) == annex.Revision(0, ())


def test_each_change_gets_its_annex_line_and_the_next_number(app, api, made, clock):
    assert api.post(f"/api/weeks/{WEEK}/issue").status_code == 201
    # moved: the session to the afternoon of the next day; changed: the briefing's place and chair text;
    # cancelled: the reception; added: a new meeting
    assert api.patch(f"/api/events/{made['session']['id']}", {
        "start": "2023-11-23T14:00:00+07:00", "end": "2023-11-23T16:00:00+07:00"}).status_code == 200
    assert api.patch(f"/api/events/{made['briefing']['id']}", {"location": "Hội trường tầng 3"}).status_code == 200
    assert api.delete(f"/api/events/{made['reception']['id']}").status_code == 200
    api.created("/api/events", {"title": "Làm việc với Sở Xây dựng", "start": "2023-11-24", "slot": "morning"})

    revision = _export(app)
    assert revision.number == 1
    lines = {(line.change, line.title): line for line in revision.annex}
    moved = lines[(annex.MOVED, "Hội nghị UBND thường kỳ")]
    assert moved.detail == "từ 08:00–11:00 thứ Tư, 22/11/2023 sang 14:00–16:00 thứ Năm, 23/11/2023"
    assert moved.when == "14:00 thứ Năm, 23/11/2023"
    changed = lines[(annex.CHANGED, "Họp giao ban tuần")]
    assert changed.detail == "địa điểm: Phòng họp số 1 → Hội trường tầng 3"
    assert changed.when == "Sáng thứ Hai, 20/11/2023"
    assert lines[(annex.CANCELLED, "Tiếp công dân")].when == "Chiều thứ Năm, 23/11/2023"
    assert lines[(annex.ADDED, "Làm việc với Sở Xây dựng")].when == "Sáng thứ Sáu, 24/11/2023"
    assert len(revision.annex) == 4

    clock.advance(days=1)
    second = api.post(f"/api/weeks/{WEEK}/issue").get_json()
    assert second["number"] == 1 and len(second["annex"]) == 4
    assert _export(app) == annex.Revision(1, revision.annex)  # unchanged since: that version and its annex

    # a further change: the next export is lần 2, with only that change
    assert api.patch(f"/api/events/{made['briefing']['id']}", {"title": "Họp giao ban Lãnh đạo UBND"}).status_code == 200
    third = _export(app)
    assert third.number == 2
    assert [(a.change, a.detail) for a in third.annex] == [
        (annex.CHANGED, "tên: Họp giao ban tuần → Họp giao ban Lãnh đạo UBND")]


def test_changed_names_the_chair_the_items_and_ignores_what_the_document_does_not_print(app, api, made):
    assert api.post("/api/programs/2023-11/issue").status_code == 201
    event_id = made["briefing"]["id"]
    # notes and an explicit deadline are not printed in the program: no change
    assert api.patch(f"/api/events/{event_id}", {"notes": "ghi chú nội bộ"}).status_code == 200
    assert _export(app, "month", date(2023, 11, 1)).number == 0
    other = api.created("/api/persons", {"name": "Phạm Thị Lan"})["id"]
    agenda = [{"number": 1, "title": "Báo cáo tuần", "unit_ids": [made["unit"]]},
              {"number": 2, "title": "Kế hoạch tháng 12", "unit_ids": [made["unit"]]}]
    assert api.patch(f"/api/events/{event_id}", {"chair_id": other, "agenda": agenda}).status_code == 200
    revision = _export(app, "month", date(2023, 11, 1))
    assert revision.number == 1
    (line,) = revision.annex
    assert line.change == annex.CHANGED
    assert line.detail == ("chủ trì: Nguyễn Văn Bình → Phạm Thị Lan; "
                           "nội dung: 1. Báo cáo tuần → 1. Báo cáo tuần; 2. Kế hoạch tháng 12")


def test_a_meeting_moved_out_of_the_week_is_moved_not_cancelled(app, api, made):
    assert api.post(f"/api/weeks/{WEEK}/issue").status_code == 201
    assert api.patch(f"/api/events/{made['session']['id']}", {
        "start": "2023-11-28T08:00:00+07:00", "end": "2023-11-28T11:00:00+07:00"}).status_code == 200
    (line,) = _export(app).annex
    assert line.change == annex.MOVED
    assert line.detail == "từ 08:00–11:00 thứ Tư, 22/11/2023 sang 08:00 thứ Ba, 28/11/2023"


def test_one_occurrence_of_a_series_cancelled_is_a_cancelled_line(app, api):
    series = api.created("/api/events", {"title": "Giao ban đầu tuần", "start": "2023-11-13", "slot": "morning",
                                         "rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=4"})
    assert api.post(f"/api/weeks/{WEEK}/issue").get_json()["entries"] == 1
    response = api.post(f"/api/events/{series['id']}/occurrences/2023-11-20/cancel",
                        headers={"If-Match": f'"{series["sequence"]}"'})
    assert response.status_code == 200, response.get_json()
    (line,) = _export(app).annex
    assert (line.change, line.when) == (annex.CANCELLED, "Sáng thứ Hai, 20/11/2023")


def test_history_and_the_versions_api(app, api, viewer, made, clock):
    api.post("/api/programs/2023-11/issue")
    clock.advance(hours=2)
    api.patch(f"/api/events/{made['briefing']['id']}", {"location": "Phòng họp số 2"})
    listed = viewer.get("/api/programs/2023-11/versions").get_json()
    assert listed["current_number"] == 1 and [v["number"] for v in listed["versions"]] == [0]
    assert [c["change"] for c in listed["unissued_changes"]] == [annex.CHANGED]
    assert viewer.post("/api/programs/2023-11/issue").status_code == 403  # a viewer reads, never issues
    assert api.post("/api/programs/2023-11/issue").get_json()["number"] == 1
    listed = viewer.get("/api/programs/2023-11/versions").get_json()
    assert [v["number"] for v in listed["versions"]] == [0, 1] and listed["unissued_changes"] == []
    assert listed["versions"][1]["annex"][0]["detail"] == "địa điểm: Phòng họp số 1 → Phòng họp số 2"
    with app.app_context():
        session = state(app).sessions()
        rows = versions.history(session, "month", date(2023, 11, 1))
        assert [(r.number, r.issued_at) for r in rows] == [
            (0, datetime(2023, 11, 1, 8, 0, tzinfo=HANOI)), (1, datetime(2023, 11, 1, 10, 0, tzinfo=HANOI))]
        assert rows[0].snapshot["entries"][0]["items"] == [{"number": 1, "title": "Báo cáo tuần",
                                                            "units": ["Sở Tài chính"]}]
        session.close()
    # the week's versions are their own
    assert viewer.get(f"/api/weeks/{WEEK}/versions").get_json()["versions"] == []


@pytest.mark.parametrize("path, field", [
    ("/api/programs/2023-13/versions", "month"), ("/api/programs/2023-1/versions", "month"),
    ("/api/programs/x/issue", "month"), ("/api/weeks/2023-11-21/versions", "week"),
    ("/api/weeks/2023-02-30/issue", "week"), ("/api/weeks/1500-01-04/versions", "week"),
])
def test_a_bad_month_or_week_is_refused_naming_the_field(api, path, field):
    response = api.post(path) if path.endswith("issue") else api.get(path)
    assert 400 <= response.status_code < 500
    assert field in response.get_json()["error"]["fields"], response.get_json()


def test_the_month_and_week_pages_issue_and_show_what_is_not_issued(app, api, made):
    from tests.test_web import login, post
    browser = login(app)
    week_page = f"/lich/tuan?ngay={WEEK}"
    assert "Chưa ban hành" in browser.get(week_page).get_data(as_text=True)
    response = post(browser, f"/ban-hanh/tuan/{WEEK}/ban-hanh", {"next": week_page}, page=week_page)
    assert response.status_code == 302 and response.headers["Location"].endswith(week_page)
    html = browser.get(week_page).get_data(as_text=True)
    assert "Đã ban hành: lần 0 (bản gốc), ngày 01/11/2023 08:00" in html and "Có thay đổi chưa ban hành" not in html
    api.patch(f"/api/events/{made['briefing']['id']}", {"location": "Phòng họp số 3"})
    api.delete(f"/api/events/{made['reception']['id']}")
    html = browser.get(week_page).get_data(as_text=True)
    assert "Có thay đổi chưa ban hành (2 mục)" in html and "Ban hành lần 1" in html
    versions_page = browser.get(f"/ban-hanh/tuan/{WEEK}").get_data(as_text=True)
    assert "Thay đổi chưa ban hành (2 mục)" in versions_page and "địa điểm: Phòng họp số 1 → Phòng họp số 3" in versions_page
    assert post(browser, f"/ban-hanh/tuan/{WEEK}/ban-hanh", {}, page=f"/ban-hanh/tuan/{WEEK}").status_code == 302
    versions_page = browser.get(f"/ban-hanh/tuan/{WEEK}").get_data(as_text=True)
    assert "Điều chỉnh lần 1" in versions_page and "Bản gốc (lần 0)" in versions_page
    # nothing new: issuing again says so (409's words), nothing is written
    post(browser, f"/ban-hanh/tuan/{WEEK}/ban-hanh", {}, page=f"/ban-hanh/tuan/{WEEK}")
    assert "Không có thay đổi" in browser.get(f"/ban-hanh/tuan/{WEEK}").get_data(as_text=True)
    assert [v["number"] for v in api.get(f"/api/weeks/{WEEK}/versions").get_json()["versions"]] == [0, 1]
    # the month page has its own
    assert "Chưa ban hành" in browser.get("/lich?thang=2023-11").get_data(as_text=True)
    # a viewer sees no section and cannot issue; a bad period is the 404 page
    viewer = login(app, "xem", "viewer")
    assert "Ban hành" not in viewer.get(week_page).get_data(as_text=True)
    assert post(viewer, "/ban-hanh/thang/2023-11/ban-hanh", {}, page="/ban-hanh/thang/2023-11").status_code == 403
    assert browser.get("/ban-hanh/tuan/2023-11-21").status_code == 404
    assert browser.get("/ban-hanh/thang/2023-13").status_code == 404


def test_undated_items_of_the_previous_month_stay_in_their_month(app, api):
    """1 November 00:00 +07 is 31 October in UTC: the undated items' month is read from the local day."""
    from tests.test_export import body_parts
    from tests.test_web import login
    api.created("/api/events", {"title": "Đề án tháng Mười chưa có ngày", "month": "2023-10"})
    api.created("/api/events", {"title": "Đề án tháng Mười Một chưa có ngày", "month": "2023-11"})
    api.created("/api/events", {"title": "Đề án tháng Mười Hai chưa có ngày", "month": "2023-12"})

    def texts(month):
        response = api.get(f"/api/programs/{month}.docx")
        assert response.status_code == 200
        return " ".join(text for _, text in body_parts(response.data))
    november, october = texts("2023-11"), texts("2023-10")
    assert "Đề án tháng Mười Một chưa có ngày" in november
    assert "Đề án tháng Mười chưa có ngày" not in november and "Đề án tháng Mười Hai" not in november
    assert "Đề án tháng Mười chưa có ngày" in october and "Đề án tháng Mười Một" not in october
    assert api.post("/api/programs/2023-11/issue").get_json()["entries"] == 1
    browser = login(app, username="xem", role="viewer")
    page = browser.get("/lich?thang=2023-11").get_data(as_text=True)
    undated = page.split("Chưa xác định ngày", 1)[1]
    assert "Đề án tháng Mười Một chưa có ngày" in undated
    assert "Đề án tháng Mười chưa có ngày" not in undated and "Đề án tháng Mười Hai" not in undated


def test_an_occurrence_of_a_series_moved_out_of_the_week_is_moved_not_cancelled(app, api):
    series = api.created("/api/events", {"title": "Giao ban đầu tuần", "start": "2023-11-13", "slot": "morning",
                                         "rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=4"})
    assert api.post(f"/api/weeks/{WEEK}/issue").get_json()["entries"] == 1
    response = api.post(f"/api/events/{series['id']}/occurrences/2023-11-20/move",
                        {"start": "2023-11-28", "slot": "morning"}, headers={"If-Match": f'"{series["sequence"]}"'})
    assert response.status_code == 200, response.get_json()
    (line,) = _export(app).annex
    assert (line.change, line.when) == (annex.MOVED, "Sáng thứ Ba, 28/11/2023")
    assert line.detail == "từ sáng thứ Hai, 20/11/2023 sang sáng thứ Ba, 28/11/2023"
    (pending,) = api.get(f"/api/weeks/{WEEK}/versions").get_json()["unissued_changes"]
    assert pending["change"] == line.change == annex.MOVED and pending["change"] != annex.CANCELLED


def test_a_weekly_series_is_one_annex_line_in_the_month_as_the_document_prints_it(app, api):
    assert api.post("/api/programs/2023-11/issue").get_json()["number"] == 0
    series = api.created("/api/events", {"title": "Giao ban Thường trực", "start": "2023-11-06",
                                         "slot": "afternoon", "rrule": "FREQ=WEEKLY;BYDAY=MO"})
    (line,) = _export(app, "month", date(2023, 11, 1)).annex
    assert (line.change, line.when, line.title) == (annex.ADDED, "Chiều thứ Hai hằng tuần", "Giao ban Thường trực")
    assert api.post("/api/programs/2023-11/issue").get_json()["entries"] == 1
    # one occurrence cancelled: the document still prints the one line, nothing to announce
    response = api.post(f"/api/events/{series['id']}/occurrences/2023-11-13/cancel",
                        headers={"If-Match": f'"{series["sequence"]}"'})
    assert response.status_code == 200, response.get_json()
    assert api.get("/api/programs/2023-11/versions").get_json()["unissued_changes"] == []
    # the week still lists occurrences one by one
    assert api.post(f"/api/weeks/{WEEK}/issue").get_json()["entries"] == 1
    # the series called off: one cancelled line
    assert api.delete(f"/api/events/{series['id']}").status_code == 200
    (line,) = _export(app, "month", date(2023, 11, 1)).annex
    assert (line.change, line.when) == (annex.CANCELLED, "Chiều thứ Hai hằng tuần")
