"""The office's marks of papers handed in (brought by hand), and their undo, from the event page and the
API; the page "Việc phải nộp": per unit, what is due this week and what is late. On SQLite and PostgreSQL.
The clock stands at Wednesday 01/11/2023 08:00: this week is 30/10–05/11."""
import re

from tests.test_web import login, post


def setup(api):
    tc = api.created("/api/units", {"name": "Sở Tài chính", "emails": ["tc@example.gov.vn"]})["id"]
    nv = api.created("/api/units", {"name": "Sở Nội vụ", "emails": ["nv@example.gov.vn"]})["id"]
    week = api.created("/api/events", {
        "title": "Họp UBND tỉnh thường kỳ tháng 11", "start": "2023-11-08", "slot": "morning",
        "agenda": [{"number": 1, "title": "Báo cáo kinh tế - xã hội", "unit_ids": [tc, nv], "lead_unit_id": nv},
                   {"number": 2, "title": "Tờ trình biên chế", "unit_ids": [nv], "deadline": "2023-11-03"}]})
    late = api.created("/api/events", {
        "title": "Hội nghị giao ban quý IV", "start": "2023-11-10", "slot": "afternoon",
        "agenda": [{"number": 1, "title": "Báo cáo quyết toán", "unit_ids": [tc], "deadline": "2023-10-25"}]})
    later = api.created("/api/events", {
        "title": "Kỳ họp HĐND", "start": "2023-11-21", "slot": "morning",
        "agenda": [{"number": 1, "title": "Dự toán ngân sách 2024", "unit_ids": [tc]}]})
    return tc, nv, week, late, later


def pending(api, event_id, unit_id, item_id):
    rows = api.get("/api/reminders", query_string={"event_id": event_id, "unit_id": unit_id}).get_json()["reminders"]
    return [r for r in rows if r["status"] == "pending" and r["item"]["id"] == item_id]


def test_office_marks_and_undoes_from_the_event_page(app, api):
    tc, nv, week, _, _ = setup(api)
    eid, item = week["id"], week["agenda"][0]["id"]
    assert pending(api, eid, tc, item)
    browser = login(app)
    page = browser.get(f"/su-kien/{eid}").get_data(as_text=True)
    assert "Ghi nhận đã nộp…" in page
    r = post(browser, f"/su-kien/{eid}/noi-dung/{item}/da-nop", {"unit_id": str(tc), "by": "Anh Minh, Sở TC"},
             page=f"/su-kien/{eid}")
    assert r.status_code == 302
    stored = api.get(f"/api/events/{eid}").get_json()["agenda"][0]
    assert {u["id"]: u["submitted_at"] is not None for u in stored["units"]} == {tc: True, nv: False}
    assert stored["submitted_at"] is None  # a supporting unit's part does not close the item
    assert pending(api, eid, tc, item) == [] and pending(api, eid, nv, item)
    page = browser.get(f"/su-kien/{eid}").get_data(as_text=True)
    assert "(Anh Minh, Sở TC — nộp trực tiếp, vanphong ghi nhận)" in page
    # The lead unit's papers close the item: every reminder of it stops.
    post(browser, f"/su-kien/{eid}/noi-dung/{item}/da-nop", {"unit_id": str(nv)}, page=f"/su-kien/{eid}")
    assert api.get(f"/api/events/{eid}").get_json()["agenda"][0]["submitted_at"] is not None
    assert pending(api, eid, nv, item) == []
    # Undo the lead unit's mark: the item is open again, its reminders are back.
    r = post(browser, f"/su-kien/{eid}/noi-dung/{item}/bo-da-nop", {"unit_id": str(nv)}, page=f"/su-kien/{eid}")
    assert r.status_code == 302
    stored = api.get(f"/api/events/{eid}").get_json()["agenda"][0]
    assert stored["submitted_at"] is None and pending(api, eid, nv, item)
    history = api.get(f"/api/events/{eid}/history").get_json()["changes"]
    assert [h["action"] for h in history][-3:] == ["submitted", "submitted", "unsubmitted"]
    # An item of another event, a unit that does not prepare it: 404, nothing written.
    other = api.get("/api/events?from=2023-11-10&to=2023-11-10").get_json()["events"][0]["agenda"][0]["id"]
    assert post(browser, f"/su-kien/{eid}/noi-dung/{other}/da-nop", {}, page=f"/su-kien/{eid}").status_code == 404
    assert post(browser, f"/su-kien/{eid}/noi-dung/{item}/da-nop", {"unit_id": "999"},
                page=f"/su-kien/{eid}").status_code == 404


def test_marks_through_the_api(api, viewer):
    tc, nv, week, _, _ = setup(api)
    item = week["agenda"][1]["id"]
    assert viewer.post(f"/api/agenda-items/{item}/submitted", json={"unit_id": nv}).status_code == 403
    r = api.post(f"/api/agenda-items/{item}/submitted", json={"unit_id": nv, "by": "Văn thư Sở Nội vụ"})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["submitted_at"] is not None  # the only unit: its papers close the item
    bad = api.post(f"/api/agenda-items/{item}/submitted", json={"unit_id": tc})
    assert bad.status_code == 404 and "không chuẩn bị" in bad.get_json()["error"]["message"]
    assert api.post(f"/api/agenda-items/{item}/submitted", json={"unit_id": "x"}).status_code == 422
    r = api.post(f"/api/agenda-items/{item}/unsubmitted", json={"unit_id": nv})
    assert r.status_code == 200 and r.get_json()["submitted_at"] is None
    assert all(u["submitted_at"] is None for u in r.get_json()["units"])


def _section(page, unit_id):
    match = re.search(rf'<section class="card unit-due" data-unit="{unit_id}">(.*?)</section>', page, re.S)
    return match.group(1) if match else ""


def test_due_page_per_unit_this_week_and_late(app, api):
    tc, nv, week, late, later = setup(api)
    browser = login(app)
    page = browser.get("/viec-phai-nop").get_data(as_text=True)
    assert "tuần 30/10–05/11/2023" in page
    finance, interior = _section(page, tc), _section(page, nv)
    # Sở Tài chính: item 1 of the 08/11 meeting due Wed 01/11 (5 working days before), and the 25/10 one late.
    assert "Báo cáo kinh tế - xã hội" in finance and "Báo cáo quyết toán" in finance
    assert "quá 7 ngày" in finance and f'/su-kien/{late["id"]}#agenda' in finance
    assert "Dự toán ngân sách 2024" not in page  # due 14/11: not this week
    assert "Tờ trình biên chế" in interior and "Báo cáo quyết toán" not in interior
    # Vietnamese order: "Sở Nội vụ" before "Sở Tài chính".
    assert page.index(f'data-unit="{nv}"') < page.index(f'data-unit="{tc}"')
    # One unit; marking from this page returns to it, and the late item is no longer late.
    page = browser.get(f"/viec-phai-nop?don_vi={tc}").get_data(as_text=True)
    assert f'data-unit="{nv}"' not in page
    item = late["agenda"][0]["id"]
    r = post(browser, f"/su-kien/{late['id']}/noi-dung/{item}/da-nop",
             {"unit_id": str(tc), "next": f"/viec-phai-nop?don_vi={tc}"}, page=f"/viec-phai-nop?don_vi={tc}")
    assert r.status_code == 302 and r.headers["Location"].endswith(f"/viec-phai-nop?don_vi={tc}")
    page = browser.get(f"/viec-phai-nop?don_vi={tc}").get_data(as_text=True)
    assert "Đã ghi nhận đã nộp: Báo cáo quyết toán." in page
    assert "Quá hạn, chưa nộp" not in _section(page, tc) and "Báo cáo quyết toán" not in _section(page, tc)
    # A marked item due this week stays listed, as handed in.
    post(browser, f"/su-kien/{week['id']}/noi-dung/{week['agenda'][0]['id']}/da-nop", {"unit_id": str(tc)},
         page=f"/su-kien/{week['id']}")
    finance = _section(browser.get("/viec-phai-nop").get_data(as_text=True), tc)
    assert "Báo cáo kinh tế - xã hội" in finance and "đã nộp" in finance
    # A cancelled meeting asks for nothing.
    api.delete(f"/api/events/{week['id']}")
    assert "Tờ trình biên chế" not in browser.get("/viec-phai-nop").get_data(as_text=True)
    # Bad selectors: 404, never 500.
    for bad in ("abc", "0", "99999", "1" * 30):
        assert browser.get(f"/viec-phai-nop?don_vi={bad}").status_code == 404, bad


def test_due_page_for_viewers_has_no_buttons(app, api):
    setup(api)
    page = login(app, "xem", role="viewer").get("/viec-phai-nop").get_data(as_text=True)
    assert "Báo cáo quyết toán" in page and "da-nop" not in page


def test_units_sort_as_a_vietnamese_list():
    from service.text import person_key, vietnamese_key  # noqa: PLC0415
    names = ["Sở Tài chính", "Đội Quản lý thị trường", "Phòng Ăn uống", "Dân tộc", "Phòng An ninh", "Ủy ban MTTQ",
             "Uông Bí", "Phòng Âm nhạc"]
    assert sorted(names, key=vietnamese_key) == ["Dân tộc", "Đội Quản lý thị trường", "Phòng An ninh", "Phòng Ăn uống",
                                                 "Phòng Âm nhạc", "Sở Tài chính", "Uông Bí", "Ủy ban MTTQ"]
    assert sorted(["mạ", "má", "mã", "mả", "mà", "ma"], key=vietnamese_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    persons = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Ánh", "Phạm Đức Anh", "Hoàng Văn Đạt", "Vũ Thị Dung"]
    assert sorted(persons, key=person_key) == ["Nguyễn Thị An", "Phạm Đức Anh", "Lê Văn Ánh", "Trần Văn Bình",
                                               "Vũ Thị Dung", "Hoàng Văn Đạt"]  # by given name, as lists are


def test_the_directory_and_the_form_list_persons_by_given_name(app, api):
    for name in ("Trần Văn Bình", "Nguyễn Thị An", "Hoàng Văn Đạt"):
        api.created("/api/persons", {"name": name})
    browser = login(app)
    for path in ("/danh-ba", "/su-kien/moi"):
        page = browser.get(path).get_data(as_text=True)
        at = [page.index(n) for n in ("Nguyễn Thị An", "Trần Văn Bình", "Hoàng Văn Đạt")]
        assert at == sorted(at), path


def test_marks_name_their_unit_or_the_whole_item_never_by_mistake(app, api):
    """A unit field that cannot be read is a 404 (it used to mean "the whole item"); undoing a supporting
    unit's part of an item marked as a whole says why it cannot, and changes nothing."""
    tc, nv, week, _, _ = setup(api)
    eid, item = week["id"], week["agenda"][0]["id"]
    browser = login(app)
    for bad in ("x", "0", "²"):
        r = post(browser, f"/su-kien/{eid}/noi-dung/{item}/da-nop", {"unit_id": bad}, page=f"/su-kien/{eid}")
        assert r.status_code == 404, bad
    assert api.get(f"/api/events/{eid}").get_json()["agenda"][0]["submitted_at"] is None
    assert post(browser, f"/su-kien/{eid}/noi-dung/{item}/da-nop", {}, page=f"/su-kien/{eid}").status_code == 302
    r = post(browser, f"/su-kien/{eid}/noi-dung/{item}/bo-da-nop", {"unit_id": str(tc)}, page=f"/su-kien/{eid}")
    assert r.status_code == 302 and "cả nội dung đã được ghi nhận" in browser.get(r.headers["Location"]).get_data(as_text=True)
    assert api.get(f"/api/events/{eid}").get_json()["agenda"][0]["submitted_at"] is not None
