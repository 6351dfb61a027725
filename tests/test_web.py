"""The office's pages through Flask's test client: log-in, CSRF, roles, session timeout, field errors,
conflicts before saving, import, directory. (tests/test_browser.py drives the same pages in Chromium.)"""
import re

import pytest
from sqlalchemy import func, select

from service.context import state
from service import offices
from service.auth import create_user
from service.models import Event, Unit
from tests.conftest import SAMPLES
from tests.directory_fixtures import make_directory

PAGES = ["/lich", "/lich/tuan", "/lich/ngay/2023-11-02", "/su-kien/moi", "/nhap", "/xung-dot", "/nhac-viec",
         "/dang-ky", "/danh-ba", "/danh-ba/don-vi/moi"]


def add_user(app, username, role):
    """A user of the deployment's first office (the only one, but in a test that adds offices below it)."""
    st = state(app)
    with st.sessions() as session:
        office = offices.find_by_slug(session, offices.DEFAULT_SLUG)
        create_user(st.ctx(session, office_id=office.id if office else None), username, username.title(), role,
                    "mat-khau-dai-du")
        session.commit()


def token(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def login(app, username="vanphong", role="office"):
    add_user(app, username, role)
    browser = app.test_client()
    page = browser.get("/dang-nhap").get_data(as_text=True)
    response = browser.post("/dang-nhap", data={"username": username, "password": "mat-khau-dai-du",
                                                "csrf_token": token(page)})
    assert response.status_code == 302, response.get_data(as_text=True)
    return browser


def post(browser, path, data, **kw):
    """A form POST with the CSRF token of the page it comes from."""
    page = browser.get(kw.pop("page", path)).get_data(as_text=True)
    return browser.post(path, data={**data, "csrf_token": token(page)}, **kw)


def count(app, model):
    with state(app).sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def field_error(page: str, field: str) -> str:
    match = re.search(rf'data-field="{re.escape(field)}">([^<]+)<', page)
    return match.group(1) if match else ""


def test_pages_need_a_login(app):
    anonymous = app.test_client()
    for path in PAGES:
        response = anonymous.get(path)
        assert response.status_code == 302 and response.headers["Location"].startswith("/dang-nhap"), path
    add_user(app, "vanphong", "office")
    page = anonymous.get("/dang-nhap").get_data(as_text=True)
    wrong = anonymous.post("/dang-nhap", data={"username": "vanphong", "password": "sai", "csrf_token": token(page)})
    assert wrong.status_code == 401 and "không đúng" in wrong.get_data(as_text=True)


def test_every_page_renders_for_the_office(app, api):
    make_directory(api)
    browser = login(app)
    for path in PAGES:
        response = browser.get(path)
        assert response.status_code == 200, path
        assert '<html lang="vi">' in response.get_data(as_text=True)


def test_csrf_on_every_form(app, api):
    browser = login(app)
    assert browser.post("/su-kien/moi", data={"title": "Họp"}).status_code == 400
    assert browser.post("/su-kien/moi", data={"title": "Họp", "csrf_token": "forged"}).status_code == 400
    assert browser.post("/danh-ba/don-vi/moi", data={"name": "Phòng Y tế"}).status_code == 400
    assert browser.post("/dang-xuat").status_code == 400
    assert count(app, Event) == 0 and count(app, Unit) == 0


def test_viewer_can_look_but_not_change(app, api):
    ids = make_directory(api)
    viewer = login(app, "xem", "viewer")
    assert viewer.get("/lich").status_code == 200
    units = count(app, Unit)
    page = viewer.get("/lich").get_data(as_text=True)
    for path, data in (("/su-kien/moi", {"title": "Họp", "date": "2023-11-20"}),
                       ("/danh-ba/don-vi/moi", {"name": "Phòng Y tế"}),
                       (f"/danh-ba/don-vi/{ids['tc']}", {"name": "Đổi tên"}),
                       ("/nhap", {"text": "x"})):
        response = viewer.post(path, data={**data, "csrf_token": token(page)})
        assert response.status_code == 403 and "chỉ được xem" in response.get_data(as_text=True), path
    assert viewer.get("/dang-ky").status_code == 403  # feed links are secrets: office only
    assert count(app, Event) == 0 and count(app, Unit) == units


def test_session_times_out(app, clock):
    browser = login(app)
    assert browser.get("/lich").status_code == 200
    clock.advance(minutes=29)
    assert browser.get("/lich").status_code == 200
    clock.advance(minutes=31)
    response = browser.get("/lich")
    assert response.status_code == 302 and response.headers["Location"].startswith("/dang-nhap")
    assert "hết hạn" in browser.get("/dang-nhap").get_data(as_text=True)


def test_field_errors_in_vietnamese_and_nothing_written(app, api):
    make_directory(api)
    browser = login(app)
    response = post(browser, "/su-kien/moi", {"title": " ", "date": "2023-11-20", "end_date": "2023-11-10",
                                              "rows": "1", "item_title_0": "Báo cáo", "item_deadline_0": "32/13"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert field_error(page, "title") == "không được để trống" and field_error(page, "item_deadline_0")
    assert 'value="20/11/2023"' in page and 'value="32/13"' in page  # what the clerk typed is kept, as dd/mm/yyyy
    response = post(browser, "/su-kien/moi", {"title": "Họp", "date": "2023-11-20", "end_date": "2023-11-10",
                                              "rows": "0"})
    assert field_error(response.get_data(as_text=True), "end_date") == "ngày kết thúc trước ngày bắt đầu"
    assert count(app, Event) == 0
    # Days are typed as offices write them (the form's inputs are text, not the browser's locale picker).
    made = post(browser, "/su-kien/moi", {"title": "Họp", "date": "21/11/2023", "end_date": "", "slot": "morning",
                                          "rows": "1", "item_title_0": "Báo cáo", "item_deadline_0": "14/11/2023"})
    assert made.status_code == 302
    event = api.get("/api/events?from=2023-11-01&to=2023-12-01").get_json()["events"][0]
    assert event["start"].startswith("2023-11-21") and event["agenda"][0]["deadline"] == "2023-11-14"
    edit = browser.get(made.headers["Location"].rstrip("/") + "/sua").get_data(as_text=True)
    assert 'value="21/11/2023"' in edit and 'value="14/11/2023"' in edit
    unit = post(browser, "/danh-ba/don-vi/moi", {"name": "Phòng Y tế", "emails": "yte@\nyte@example.gov.vn"})
    assert unit.status_code == 422 and field_error(unit.get_data(as_text=True), "emails[0]") == \
        "dòng 1: không đúng định dạng"
    assert count(app, Unit) == 21


def test_conflicts_shown_before_saving(app, api):
    ids = make_directory(api)
    first = api.created("/api/events", {"title": "Hội nghị triển khai kế hoạch", "start": "2023-11-02",
                                        "slot": "morning", "chair_id": ids["dung"]})
    browser = login(app)
    data = {"title": "Họp giao ban đột xuất", "kind": "meeting", "status": "confirmed", "date": "2023-11-02",
            "slot": "morning", "chair_id": str(ids["dung"]), "rows": "0"}
    response = post(browser, "/su-kien/moi", data)
    page = response.get_data(as_text=True)
    assert response.status_code == 409 and "trùng lịch" in page and "Hoàng Văn Dũng" in page
    assert f'href="/su-kien/{first["id"]}"' in page and "Chưa lưu gì" in page
    assert count(app, Event) == 1
    saved = post(browser, "/su-kien/moi", {**data, "confirm_conflicts": "yes"})
    assert saved.status_code == 302 and count(app, Event) == 2


def test_create_edit_cancel_with_agenda_and_recurrence(app, api):
    ids = make_directory(api)
    browser = login(app)
    response = post(browser, "/su-kien/moi", {
        "title": "Giao ban Thường trực", "kind": "meeting", "status": "confirmed", "date": "2023-11-01",
        "repeat": "Chiều thứ Hai hằng tuần", "group_ids": [str(ids["tthu"])], "rows": "2",
        "item_title_0": "Báo cáo tiến độ", "item_units_0": [str(ids["vp"]), str(ids["nv"])], "item_number_0": "1",
        "item_lead_0": str(ids["vp"])})
    assert response.status_code == 302, response.get_data(as_text=True)
    event_id = int(response.headers["Location"].rsplit("/", 1)[1])
    event = api.get(f"/api/events/{event_id}").get_json()
    assert (event["rrule"], event["start"][:10], event["slot"]) == ("FREQ=WEEKLY;BYDAY=MO", "2023-11-06", "afternoon")
    assert [u["name"] for u in event["agenda"][0]["units"]] == ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ"]
    page = browser.get(f"/su-kien/{event_id}/sua").get_data(as_text=True)
    assert 'name="repeat" value="Chiều thứ Hai hằng tuần"' in page and 'mặc định <span class="nowrap">30/10/2023' in page  # 5 working days before 06/11
    edited = post(browser, f"/su-kien/{event_id}/sua", {
        "title": "Giao ban Thường trực Huyện ủy", "kind": "meeting", "status": "confirmed", "date": "2023-11-06",
        "repeat": "Chiều thứ Hai hằng tuần", "group_ids": [str(ids["tthu"])], "rows": "1", "sequence": "0",
        "item_id_0": str(event["agenda"][0]["id"]), "item_title_0": "Báo cáo tiến độ", "item_number_0": "1",
        "item_units_0": [str(ids["vp"])], "item_deadline_0": "2023-11-01"})
    assert edited.status_code == 302, edited.get_data(as_text=True)
    event = api.get(f"/api/events/{event_id}").get_json()
    assert event["title"] == "Giao ban Thường trực Huyện ủy" and event["agenda"][0]["deadline"] == "2023-11-01"
    stale = post(browser, f"/su-kien/{event_id}/sua", {"title": "Cũ", "date": "2023-11-06", "sequence": "0", "rows": "0"})
    assert stale.status_code == 422 and api.get(f"/api/events/{event_id}").get_json()["title"] != "Cũ"
    cancelled = post(browser, f"/su-kien/{event_id}/huy", {}, page=f"/su-kien/{event_id}")
    assert cancelled.status_code == 302 and api.get(f"/api/events/{event_id}").get_json()["status"] == "cancelled"
    month = browser.get("/lich?thang=2023-11").get_data(as_text=True)
    assert month.count('class="item meeting cancelled"') == 8  # struck through, every Monday 06–27/11 (grid and phone list)


def test_import_preview_and_commit_in_the_browser(app, api):
    make_directory(api)
    browser = login(app)
    with open(f"{SAMPLES}/muong-lat-2023-11.txt", encoding="utf-8") as f:
        text = f.read()
    response = post(browser, "/nhap", {"text": text})
    assert response.status_code == 302
    preview = browser.get(response.headers["Location"]).get_data(as_text=True)
    assert "19 sự kiện" in preview and "<td>167</td>" in preview and "Các phòng, ban, đơn vị" in preview
    assert count(app, Event) == 0
    done = post(browser, response.headers["Location"] + "/ghi", {}, page=response.headers["Location"])
    assert done.status_code == 302 and count(app, Event) == 19
    month = browser.get(done.headers["Location"]).get_data(as_text=True)
    assert 'data-span="2023-11-01/2023-11-18"' in month and "Đã ghi văn bản vào lịch: 19 sự kiện mới" in month
    conflicts = browser.get("/xung-dot?thang=2023-11").get_data(as_text=True)
    assert "Người bị trùng lịch" in conflicts and "Nguyễn Văn Bình" in conflicts


@pytest.mark.parametrize("path", ["/lich?thang=2023-13", "/lich/ngay/2023-02-30", "/lich/tuan?ngay=hôm-nay",
                                  "/su-kien/999999", "/nhap/999999", "/dang-ky/person/999999", "/dang-ky/xyz/1"])
def test_bad_addresses_are_404(app, path):
    assert login(app).get(path).status_code == 404
