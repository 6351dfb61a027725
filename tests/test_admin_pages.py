"""The administration's sub-pages on SQLite and PostgreSQL: places, days off and make-up days, seasonal slot
hours, accounts' roles. Each: created and changed from the page and seen by the API and the domain (the
same functions), refused with the error next to the field (422), the form refilled and nothing written;
a viewer gets 403."""
import re
from datetime import date

import pytest
from sqlalchemy import select

from service.context import state
from service.models import CalendarException, Location, SecurityEvent, SlotHours, User
from tests.directory_fixtures import make_directory
from tests.test_web import count, field_error, login, post

ADMIN_PAGES = ["/quan-tri", "/quan-tri/nhat-ky", "/quan-tri/dia-diem", "/quan-tri/ngay-nghi", "/quan-tri/gio-lam-viec"]


def rows(app, model):
    with state(app).sessions() as session:
        return sorted(repr(r.__dict__.get(k)) for r in session.scalars(select(model)).all()
                      for k in sorted(model.__table__.columns.keys()))


def value(page: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', page)
    return match.group(1) if match else None


def test_viewers_get_403_and_no_link(app):
    viewer = login(app, "xem", "viewer")
    for path in ADMIN_PAGES + ["/quan-tri/dia-diem/1", "/quan-tri/gio-lam-viec/1"]:
        page = viewer.get(path)
        assert page.status_code == 403 and "chỉ được xem" in page.get_data(as_text=True), path
    office = login(app, "vanphong")
    for path in ADMIN_PAGES:
        assert office.get(path).status_code == 200, path
    assert office.get("/quan-tri/dia-diem/999").status_code == 404
    assert office.get("/quan-tri/gio-lam-viec/999").status_code == 404


def test_navigation_shows_only_what_the_role_can_open(app):
    viewer = login(app, "xem", "viewer").get("/lich").get_data(as_text=True)
    nav = viewer[viewer.index('<nav class="main-nav">'):viewer.index("</nav>")]
    for label in ("Thêm sự kiện", "Nhập chương trình", "Quản trị", "Đăng ký lịch"):
        assert label not in nav, label
    for label in ("Lịch tháng", "Lịch tuần", "Xung đột", "Danh bạ", "Đổi mật khẩu", "Đăng xuất"):
        assert label in nav, label
    office = login(app, "vanphong").get("/quan-tri/dia-diem").get_data(as_text=True)
    nav = office[office.index('<nav class="main-nav">'):office.index("</nav>")]
    for label in ("Thêm sự kiện", "Nhập chương trình", "Quản trị", "Đăng ký lịch"):
        assert label in nav, label
    assert re.search(r'href="/quan-tri" aria-current="page">Quản trị', nav)  # a sub-page marks its section
    assert re.search(r'<nav class="subnav"[^>]*>.*href="/quan-tri/dia-diem" aria-current="page"', office, re.S)


# ---- places ---------------------------------------------------------------------------------------------

def test_places_create_edit_and_the_conflict_engine_uses_them(app, api):
    ids = make_directory(api)
    office = login(app, "vanphong")
    done = post(office, "/quan-tri/dia-diem", {"name": "Hội trường xã  Yên Định", "address": "Thôn 3",
                                              "travel_minutes": "45"})
    assert done.status_code == 302 and done.headers["Location"] == "/quan-tri/dia-diem"
    (place,) = api.get("/api/locations").get_json()["locations"]
    assert place == {"id": place["id"], "name": "Hội trường xã Yên Định", "address": "Thôn 3", "travel_minutes": 45}
    listing = office.get("/quan-tri/dia-diem").get_data(as_text=True)
    assert "Hội trường xã Yên Định" in listing and "45 phút" in listing
    edit = office.get(f"/quan-tri/dia-diem/{place['id']}").get_data(as_text=True)
    assert value(edit, "name") == "Hội trường xã Yên Định" and value(edit, "travel_minutes") == "45"
    # Two meetings of the same leader, 30 minutes apart, the second at this place: not enough with 45 minutes.
    api.created("/api/events", {"title": "Họp tại trụ sở", "start": "2023-11-21T08:00:00+07:00",
                                "end": "2023-11-21T09:00:00+07:00", "chair_id": ids["binh"], "location": "Trụ sở UBND"})
    api.created("/api/events", {"title": "Làm việc tại xã", "start": "2023-11-21T09:30:00+07:00",
                                "end": "2023-11-21T10:30:00+07:00", "chair_id": ids["binh"], "location_id": place["id"]})
    conflicts = lambda: [c["kind"] for c in api.get("/api/conflicts?from=2023-11-21&to=2023-11-21").get_json()["conflicts"]]  # noqa: E731
    assert "travel" in conflicts()
    renamed = post(office, f"/quan-tri/dia-diem/{place['id']}", {"name": "Nhà văn hóa xã Yên Định", "address": "",
                                                                "travel_minutes": "20"})
    assert renamed.status_code == 302
    place = next(p for p in api.get("/api/locations").get_json()["locations"] if p["id"] == place["id"])
    assert place["name"] == "Nhà văn hóa xã Yên Định" and place["travel_minutes"] == 20 and place["address"] is None
    assert "travel" not in conflicts()  # 20 minutes are enough
    assert "Nhà văn hóa xã Yên Định" in office.get("/quan-tri/dia-diem").get_data(as_text=True)


@pytest.mark.parametrize("form, field, words", [
    ({"name": "", "travel_minutes": "10"}, "name", "trống"),
    ({"name": "Hội trường", "travel_minutes": "mười"}, "travel_minutes", "số phút"),
    ({"name": "Hội trường", "travel_minutes": "-5"}, "travel_minutes", "số phút"),
    ({"name": "Hội trường", "travel_minutes": "2000"}, "travel_minutes", "1440"),
    ({"name": "Hội trường", "travel_minutes": "9" * 5000}, "travel_minutes", "2000 ký tự"),
    ({"name": "H" * 301}, "name", "300"),
    ({"name": "Hội\x00trường"}, "name", "ký tự điều khiển"),
    ({"name": "Hội trường", "address": "A" * 501}, "address", "500"),
])
def test_a_refused_place_writes_nothing(app, form, field, words):
    office = login(app, "vanphong")
    page = post(office, "/quan-tri/dia-diem", form)
    text = page.get_data(as_text=True)
    assert page.status_code == 422 and words in field_error(text, field), field_error(text, field)
    assert count(app, Location) == 0
    if len(form.get("name", "")) < 100 and "\x00" not in form["name"]:
        assert value(text, "name") == form["name"]  # refilled


def test_a_place_cannot_take_anothers_name(app, api):
    api.created("/api/locations", {"name": "Hội trường A", "travel_minutes": 5})
    other = api.created("/api/locations", {"name": "Hội trường B", "travel_minutes": 15})
    office = login(app, "vanphong")
    before = rows(app, Location)
    page = post(office, f"/quan-tri/dia-diem/{other['id']}", {"name": "hội  trường a", "travel_minutes": "7"})
    text = page.get_data(as_text=True)
    assert page.status_code == 422 and "Hội trường A" in field_error(text, "name")
    assert value(text, "name") == "hội  trường a" and value(text, "travel_minutes") == "7"
    assert rows(app, Location) == before


# ---- days off and make-up days ------------------------------------------------------------------------

def test_days_off_added_and_removed_and_deadlines_follow(app, api):
    event = api.created("/api/events", {"title": "Kỳ họp", "start": "2023-11-24", "slot": "morning",
                                        "agenda": [{"title": "Tờ trình"}]})
    deadline = lambda: api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["deadline"]  # noqa: E731
    assert deadline() == "2023-11-17"  # 5 working days before
    office = login(app, "vanphong")
    done = post(office, "/quan-tri/ngay-nghi", {"day": "17/11/2023", "kind": "day_off", "label": "Nghỉ bù",
                                               "source_ref": "CV 1/UBND"}, page="/quan-tri/ngay-nghi?nam=2023")
    assert done.status_code == 302 and done.headers["Location"] == "/quan-tri/ngay-nghi?nam=2023"
    assert api.get("/api/calendar/exceptions").get_json()["exceptions"] == [
        {"day": "2023-11-17", "kind": "day_off", "label": "Nghỉ bù", "source_ref": "CV 1/UBND"}]
    assert deadline() == "2023-11-16"  # the same domain function as the API: deadlines recomputed
    assert post(office, "/quan-tri/ngay-nghi", {"day": "2023-11-18", "kind": "working_day",
                                               "label": "Làm bù"}).status_code == 302  # ISO accepted too
    page = office.get("/quan-tri/ngay-nghi?nam=2023").get_data(as_text=True)
    assert "Thứ Sáu, 17/11/2023" in page and "Thứ Bảy, 18/11/2023" in page and "Ngày làm bù" in page
    removed = post(office, "/quan-tri/ngay-nghi/2023-11-17/xoa", {}, page="/quan-tri/ngay-nghi?nam=2023")
    assert removed.status_code == 302
    assert [e["day"] for e in api.get("/api/calendar/exceptions").get_json()["exceptions"]] == ["2023-11-18"]
    assert deadline() == "2023-11-18"  # the Saturday worked counts; the Friday is a working day again
    assert post(office, "/quan-tri/ngay-nghi/2023-11-17/xoa", {}, page="/quan-tri/ngay-nghi").status_code == 404
    assert post(office, "/quan-tri/ngay-nghi/khong-phai-ngay/xoa", {}, page="/quan-tri/ngay-nghi").status_code == 404


def test_the_years_public_holidays_are_shown_read_only(app):
    office = login(app, "vanphong")
    page = office.get("/quan-tri/ngay-nghi?nam=2026").get_data(as_text=True)
    holidays = page[page.index('class="cards holidays"'):]
    assert "Thứ Tư, 02/09/2026" in holidays and "Quốc khánh" in holidays
    assert "Thứ Bảy, 10/01/2026" in holidays  # the built-in make-up day
    assert "<form" not in holidays[:holidays.index("</table>")]  # nothing to press
    assert "Năm 2025" in page and "Năm 2027" in page
    bad = office.get("/quan-tri/ngay-nghi?nam=99999")
    assert bad.status_code == 422 and "2000–2100" in field_error(bad.get_data(as_text=True), "nam")


@pytest.mark.parametrize("form, field, words", [
    ({"day": "", "kind": "day_off", "label": "Nghỉ"}, "day", "dd/mm/yyyy"),
    ({"day": "31/02/2026", "kind": "day_off", "label": "Nghỉ"}, "day", "không có ngày"),
    ({"day": "02-09-26", "kind": "day_off", "label": "Nghỉ"}, "day", "dd/mm/yyyy"),
    ({"day": "01/01/0001", "kind": "day_off", "label": "Nghỉ"}, "day", "2000–2100"),
    ({"day": "02/09/2026", "kind": "holiday", "label": "Nghỉ"}, "kind", "Ngày nghỉ"),
    ({"day": "02/09/2026", "kind": "day_off", "label": ""}, "label", "trống"),
    ({"day": "02/09/2026", "kind": "day_off", "label": "N" * 301}, "label", "300"),
    ({"day": "02/09/2026", "kind": "day_off", "label": "Nghỉ", "source_ref": "x" * 3000}, "source_ref", "2000 ký tự"),
])
def test_a_refused_day_writes_nothing(app, form, field, words):
    office = login(app, "vanphong")
    page = post(office, "/quan-tri/ngay-nghi", form)
    text = page.get_data(as_text=True)
    assert page.status_code == 422 and words in field_error(text, field), (field, field_error(text, field))
    assert count(app, CalendarException) == 0
    assert value(text, "day") == form["day"]  # refilled


# ---- seasonal slot hours ------------------------------------------------------------------------------

def test_slot_hours_added_edited_removed(app, api, ctx):
    office = login(app, "vanphong")
    done = post(office, "/quan-tri/gio-lam-viec", {"valid_from": "01/05/2024", "valid_to": "30/09/2024",
                                                  "morning_start": "7h", "morning_end": "11:00",
                                                  "afternoon_start": "13:30", "afternoon_end": "17h30"})
    assert done.status_code == 302
    (row,) = api.get("/api/calendar/slot-hours").get_json()["slot_hours"]
    assert row == {"id": row["id"], "valid_from": "2024-05-01", "valid_to": "2024-09-30", "morning": "07:00-11:00",
                   "afternoon": "13:30-17:30", "evening": None}
    assert [t.strftime("%H:%M") if hasattr(t, "strftime") else t for t in ctx.slot_hours(date(2024, 6, 3))["morning"]] \
        == ["07:00", "11:00"]
    edit = office.get(f"/quan-tri/gio-lam-viec/{row['id']}").get_data(as_text=True)
    assert value(edit, "valid_from") == "01/05/2024" and value(edit, "morning_start") == "07:00"
    changed = post(office, f"/quan-tri/gio-lam-viec/{row['id']}", {
        "valid_from": "15/04/2024", "valid_to": "15/10/2024", "morning_start": "06:30", "morning_end": "10:30",
        "evening_start": "19:30", "evening_end": "21:30"})
    assert changed.status_code == 302
    (row,) = api.get("/api/calendar/slot-hours").get_json()["slot_hours"]
    assert (row["valid_from"], row["morning"], row["afternoon"], row["evening"]) == \
        ("2024-04-15", "06:30-10:30", None, "19:30-21:30")
    event = api.created("/api/events", {"title": "Họp sớm", "start": "2024-06-03", "slot": "morning"})
    assert event["start"] == "2024-06-03T06:30:00+07:00"  # a new event in the period takes these hours
    assert post(office, f"/quan-tri/gio-lam-viec/{row['id']}/xoa", {}, page="/quan-tri/gio-lam-viec").status_code == 302
    assert api.get("/api/calendar/slot-hours").get_json()["slot_hours"] == []
    assert post(office, f"/quan-tri/gio-lam-viec/{row['id']}/xoa", {}, page="/quan-tri/gio-lam-viec").status_code == 404


@pytest.mark.parametrize("form, field, words", [
    ({"valid_from": "01/05/2024", "valid_to": "30/09/2024"}, "morning", "ít nhất một buổi"),
    ({"valid_from": "01/05/2024", "valid_to": "30/04/2024", "morning_start": "7:00", "morning_end": "11:00"},
     "valid_to", "trước ngày bắt đầu"),
    ({"valid_from": "1/5/24", "valid_to": "30/09/2024", "morning_start": "7:00", "morning_end": "11:00"},
     "valid_from", "dd/mm/yyyy"),
    ({"valid_from": "01/05/2024", "valid_to": "30/09/2024", "morning_start": "11:00", "morning_end": "07:00"},
     "morning", "sau giờ bắt đầu"),
    ({"valid_from": "01/05/2024", "valid_to": "30/09/2024", "morning_start": "25:00", "morning_end": "26:00"},
     "morning", "HH:MM"),
    ({"valid_from": "01/05/2024", "valid_to": "30/09/2024", "afternoon_start": "13:00"}, "afternoon", "cả giờ"),
    ({"valid_from": "01/05/2024", "valid_to": "30/09/2024", "evening_start": "1" * 3000, "evening_end": "21:00"},
     "evening_start", "2000 ký tự"),
])
def test_refused_slot_hours_write_nothing(app, api, form, field, words):
    existing = api.created("/api/calendar/slot-hours", {"valid_from": "2023-01-01", "valid_to": "2023-03-31",
                                                        "morning": "07:15-11:15"})
    office = login(app, "vanphong")
    before = rows(app, SlotHours)
    for path in ("/quan-tri/gio-lam-viec", f"/quan-tri/gio-lam-viec/{existing['id']}"):
        page = post(office, path, form, page="/quan-tri/gio-lam-viec")
        text = page.get_data(as_text=True)
        assert page.status_code == 422 and words in field_error(text, field), (path, field_error(text, field))
        assert rows(app, SlotHours) == before
        assert value(text, "valid_from") == form["valid_from"]


# ---- accounts: the role ---------------------------------------------------------------------------------

def test_the_office_changes_a_role_but_not_its_own(app):
    office = login(app, "vanphong")
    lan = login(app, "lan", "viewer")
    assert lan.get("/quan-tri").status_code == 403
    with state(app).sessions() as session:
        ids = {u.username: u.id for u in session.scalars(select(User))}
    assert post(office, f"/quan-tri/tai-khoan/{ids['lan']}/vai-tro", {"role": "office"}, page="/quan-tri").status_code == 302
    assert lan.get("/quan-tri").status_code == 200  # at once, in the same session
    assert count(app, SecurityEvent) and "Đổi vai trò" in office.get("/quan-tri/nhat-ky").get_data(as_text=True)
    bad = post(office, f"/quan-tri/tai-khoan/{ids['lan']}/vai-tro", {"role": "admin"}, page="/quan-tri")
    assert bad.status_code == 422 and "office, viewer" in field_error(bad.get_data(as_text=True), f"role-{ids['lan']}")
    own = post(lan, f"/quan-tri/tai-khoan/{ids['lan']}/vai-tro", {"role": "viewer"}, page="/quan-tri")
    assert own.status_code == 409 and "tự bỏ" in field_error(own.get_data(as_text=True), f"role-{ids['lan']}")
    with state(app).sessions() as session:
        assert session.get(User, ids["lan"]).role == "office"
    short = post(office, f"/quan-tri/tai-khoan/{ids['lan']}/mat-khau", {"password": "ngan"}, page="/quan-tri")
    assert short.status_code == 422 and "10 ký tự" in field_error(short.get_data(as_text=True), f"password-{ids['lan']}")
    missing = post(office, "/quan-tri/tai-khoan/999/vai-tro", {"role": "office"}, page="/quan-tri")
    assert missing.status_code == 404 and "Không có tài khoản 999" in missing.get_data(as_text=True)


def test_an_oversized_form_is_a_vietnamese_413_and_writes_nothing(app):
    office = login(app, "vanphong")
    page = post(office, "/quan-tri/dia-diem", {"name": "Hội trường", "address": "x" * (2 * 1024 * 1024)},
                page="/quan-tri/dia-diem")
    text = page.get_data(as_text=True)
    assert page.status_code == 413 and "quá lớn" in text and "Về Lịch tháng" in text
    assert count(app, Location) == 0
    missing = office.get("/quan-tri/khong-co")
    assert missing.status_code == 404 and "Không tìm thấy trang" in missing.get_data(as_text=True)
