"""Each office's reminder settings (service.reminder_settings): the default deadline in working days before the
meeting, the working days before the deadline the units are reminded on, and the hour. Saving them re-plans the
office's coming meetings and no other office's; an event follows the calendar and the settings of the office
that owns it, whichever office's session reads it."""
import pytest

from service import auth, offices
from service.context import state
from service.events import recompute_deadlines
from service.models import Event
from tests.conftest import Api
from tests.test_reminders import reminders
from tests.test_web import field_error, login, post

MEETING = {"title": "Họp thường kỳ", "start": "2023-11-21", "slot": "morning"}  # Tuesday
CUSTOM = {"deadline_working_days": 3, "reminder_offsets": [0, 2], "reminder_time": "06:45"}


def meeting(api, unit_name="Phòng Tài chính"):
    unit = api.created("/api/units", {"name": unit_name, "emails": ["tc@example.gov.vn"]})["id"]
    return api.created("/api/events", {**MEETING, "agenda": [{"number": 1, "title": "Báo cáo", "unit_ids": [unit]}]})


def due(api) -> set:
    return {(r["kind"], r["offset_days"], r["due_at"]) for r in reminders(api, status="pending")}


@pytest.fixture
def commune(app):
    st = state(app)
    with st.sessions() as session:
        ctx = st.ctx(session, actor="test")
        office = offices.create(ctx, "xa-an-phu", "Văn phòng HĐND và UBND xã An Phú", "xa", "hdnd_ubnd",
                                offices.only_office(session))
        key = auth.create_api_key(st.ctx(session, actor="test", office_id=office.id), "khóa xã", "office")
        session.commit()
    return Api(app.test_client(), key)


def test_the_deployments_settings_until_the_office_sets_its_own(api):
    assert api.get("/api/settings/reminders").get_json() == {
        "deadline_working_days": 5, "reminder_offsets": [3, 1, 0], "reminder_time": "07:30", "own": False}
    event = meeting(api)
    assert event["agenda"][0]["deadline"] == "2023-11-14"
    assert due(api) == {("before", 3, "2023-11-09T07:30:00+07:00"), ("before", 1, "2023-11-13T07:30:00+07:00"),
                        ("before", 0, "2023-11-14T07:30:00+07:00"), ("overdue", -1, "2023-11-15T07:30:00+07:00")}


def test_saving_replans_the_coming_meetings_and_back_to_the_default(api):
    event = meeting(api)
    response = api.call("PUT", "/api/settings/reminders", json=CUSTOM)
    assert response.status_code == 200 and response.get_json() == {
        "deadline_working_days": 3, "reminder_offsets": [2, 0], "reminder_time": "06:45", "own": True}
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["deadline"] == "2023-11-16"
    assert due(api) == {("before", 2, "2023-11-14T06:45:00+07:00"), ("before", 0, "2023-11-16T06:45:00+07:00"),
                        ("overdue", -1, "2023-11-17T06:45:00+07:00")}
    reset = api.call("PUT", "/api/settings/reminders", json={})
    assert reset.status_code == 200 and reset.get_json()["own"] is False
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["deadline"] == "2023-11-14"
    assert ("before", 3, "2023-11-09T07:30:00+07:00") in due(api)


@pytest.mark.parametrize("body, field", [
    ({"deadline_working_days": 3}, "reminder_offsets"),
    ({**CUSTOM, "reminder_offsets": []}, "reminder_offsets"),
    ({**CUSTOM, "reminder_offsets": [31]}, "reminder_offsets"),
    ({**CUSTOM, "deadline_working_days": -1}, "deadline_working_days"),
    ({**CUSTOM, "reminder_time": "25:00"}, "reminder_time"),
    ({**CUSTOM, "reminder_time": "7h30"}, "reminder_time"),
])
def test_bad_settings_are_a_422_naming_the_field_and_change_nothing(api, body, field):
    meeting(api)
    before = due(api)
    response = api.call("PUT", "/api/settings/reminders", json=body)
    fields = response.get_json()["error"]["fields"]  # (a list's item is named with its index: reminder_offsets[0])
    assert response.status_code == 422 and any(f.split("[")[0] == field for f in fields), fields
    assert api.get("/api/settings/reminders").get_json()["own"] is False and due(api) == before


def test_a_viewer_cannot_change_them(api, viewer):
    assert viewer.call("PUT", "/api/settings/reminders", json=CUSTOM).status_code == 403
    assert api.get("/api/settings/reminders").get_json()["own"] is False


def test_one_offices_settings_and_days_off_leave_the_others_events_alone(app, api, commune):
    """The commune sets 3 days and a day off; the province's meeting keeps its 5-day deadline and 07:30
    reminders, also when an unscoped session (the dispatcher's) recomputes it."""
    commune_api = commune
    province_event = meeting(api)
    assert commune_api.call("PUT", "/api/settings/reminders", json=CUSTOM).status_code == 200
    assert commune_api.call("PUT", "/api/calendar/exceptions",
                            json={"day": "2023-11-17", "kind": "day_off", "label": "Nghỉ"}).status_code in (200, 201)
    commune_event = meeting(commune_api, "Công an xã")
    assert commune_event["agenda"][0]["deadline"] == "2023-11-15"  # 3 working days, the 17th off
    assert api.get(f"/api/events/{province_event['id']}").get_json()["agenda"][0]["deadline"] == "2023-11-14"
    st = state(app)
    with st.sessions() as session:
        ctx = st.ctx(session, actor="test")  # unscoped
        event = session.get(Event, province_event["id"])
        recompute_deadlines(ctx, event)
        assert str(event.agenda[0].deadline) == "2023-11-14"
        session.rollback()


def test_the_page_saves_refuses_and_resets(app, api):
    event = meeting(api)
    browser = login(app)
    page = browser.get("/quan-tri/nhac-viec").get_data(as_text=True)
    assert "cài đặt mặc định của hệ thống" in page and 'value="3, 1, 0"' in page
    bad = post(browser, "/quan-tri/nhac-viec", {"deadline_working_days": "ba", "reminder_offsets": "2, 0",
                                                 "reminder_time": "06:45"})
    assert bad.status_code == 422 and field_error(bad.get_data(as_text=True), "deadline_working_days")
    assert api.get("/api/settings/reminders").get_json()["own"] is False
    too_many = post(browser, "/quan-tri/nhac-viec", {"deadline_working_days": "3", "reminder_offsets": "2, 40",
                                                      "reminder_time": "06:45"})
    assert too_many.status_code == 422 and "30" in field_error(too_many.get_data(as_text=True), "reminder_offsets")
    saved = post(browser, "/quan-tri/nhac-viec", {"deadline_working_days": "3", "reminder_offsets": "2, 0",
                                                   "reminder_time": "6h45"})
    assert saved.status_code == 302
    assert api.get("/api/settings/reminders").get_json() == {**CUSTOM, "reminder_offsets": [2, 0], "own": True}
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["deadline"] == "2023-11-16"
    assert "Đã lưu cài đặt nhắc việc" in browser.get("/quan-tri/nhac-viec").get_data(as_text=True)
    assert post(browser, "/quan-tri/nhac-viec", {"reset": "yes"}).status_code == 302
    assert api.get("/api/settings/reminders").get_json()["own"] is False
