"""Every change that alters what an event shows reaches every feed, in every worker: the deadline
recomputed after a day off, a unit, person, group or place renamed. Two apps on one database stand for
two gunicorn workers, each with its own in-process caches, both warm before the change."""
from datetime import date

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from service import create_app
from service.context import Ctx, state
from service.events import create_event
from service.models import FeedEntry, Reminder
from service.schemas import EventCreate
from tests.conftest import make_config
from tests.directory_fixtures import make_directory


@pytest.fixture
def second_worker(db_url, clock):
    other = create_app(make_config(db_url), clock=clock)
    yield other.test_client()
    state(other).engine.dispose()


def feed_path(api, kind, ident):
    return api.get(f"/api/{kind}/{ident}").get_json()["feed_url"].removeprefix("https://lich.example.gov.vn")


def entries(client, path) -> dict:
    """SUMMARY -> (STATUS, DTSTART, DESCRIPTION) of every VEVENT of the feed."""
    response = client.get(path)
    assert response.status_code == 200
    return {str(e["SUMMARY"]): (str(e["STATUS"]), e["DTSTART"].dt, str(e.get("DESCRIPTION", "")))
            for e in Calendar.from_ical(response.data).walk("VEVENT")}


@pytest.fixture
def session_21_11(api):
    """Tuesday 21/11/2023: a tentative session chaired by Bình at the provincial hall, one item prepared by
    the finance office (default deadline: 5 working days before, 14/11)."""
    ids = make_directory(api)
    event = api.created("/api/events", {
        "title": "Kỳ họp HĐND", "start": "2023-11-21", "slot": "morning", "status": "tentative",
        "chair_id": ids["binh"], "group_ids": [ids["leaders"]], "location": "Hội trường tỉnh",
        "agenda": [{"number": 1, "title": "Tờ trình dự toán", "unit_ids": [ids["tc"]]}]})
    assert event["agenda"][0]["deadline"] == "2023-11-14"
    return ids, event


MEETING, DEADLINE = "Kỳ họp HĐND (Dự kiến)", "Hạn nộp: Tờ trình dự toán — Kỳ họp HĐND (Dự kiến)"


def test_day_off_moves_the_deadline_in_every_worker(api, second_worker, session_21_11):
    ids, event = session_21_11
    unit = feed_path(api, "units", ids["tc"])
    for client in (api.client, second_worker):  # both workers have the old feed cached
        assert entries(client, unit)[DEADLINE][1] == date(2023, 11, 14)
    response = api.call("PUT", "/api/calendar/exceptions", json={"day": "2023-11-14", "kind": "day_off",
                                                                 "label": "Nghỉ bù"})
    assert response.status_code == 200
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["deadline"] == "2023-11-13"
    for client in (api.client, second_worker):
        feed = entries(client, unit)
        assert feed[DEADLINE][1] == date(2023, 11, 13)
        assert "hạn nộp 13/11/2023" in feed[MEETING][2] and "14/11/2023" not in feed[MEETING][2]
    api.delete("/api/calendar/exceptions/2023-11-14")
    for client in (api.client, second_worker):
        assert "hạn nộp 14/11/2023" in entries(client, unit)[MEETING][2]


RENAMES = {
    # what is renamed -> (request, the feed to read, text that must appear, text that must be gone)
    "unit": (lambda ids: ("PATCH", f"/api/units/{ids['tc']}", {"name": "Sở Tài chính tỉnh"}),
             "units", "tc", "Sở Tài chính tỉnh (chủ trì)", "Sở Tài chính (chủ trì)"),
    "person": (lambda ids: ("PATCH", f"/api/persons/{ids['binh']}", {"title": "Chủ tịch UBND tỉnh"}),
               "persons", "binh", "Chủ trì: Nguyễn Văn Bình, Chủ tịch UBND tỉnh", "Phó BT Huyện ủy"),
    "group": (lambda ids: ("PATCH", f"/api/groups/{ids['leaders']}", {"name": "Lãnh đạo UBND tỉnh"}),
              "groups", "leaders", "Lãnh đạo UBND tỉnh", "Lãnh đạo UBND huyện"),
}


@pytest.mark.parametrize("what", RENAMES)
def test_a_rename_reaches_every_worker(api, second_worker, session_21_11, what):
    ids, _ = session_21_11
    request, kind, key, shown, gone = RENAMES[what]
    path = feed_path(api, kind, ids[key])
    for client in (api.client, second_worker):
        assert gone in entries(client, path)[MEETING][2]
    method, url, body = request(ids)
    assert api.call(method, url, json=body).status_code == 200
    for client in (api.client, second_worker):
        text = entries(client, path)[MEETING][2]
        assert shown in text and gone not in text


def test_a_renamed_place_reaches_every_worker(api, second_worker, session_21_11):
    ids, _ = session_21_11
    path = feed_path(api, "persons", ids["binh"])
    for client in (api.client, second_worker):
        assert client.get(path).data.decode().count("LOCATION:Hội trường tỉnh\r\n") == 1
    # The same place (matched regardless of case and spacing), written anew: its name changes.
    assert api.post("/api/locations", {"name": "HỘI TRƯỜNG  TỈNH", "travel_minutes": 10}).status_code == 201
    for client in (api.client, second_worker):
        text = client.get(path).data.decode()
        assert "LOCATION:HỘI TRƯỜNG TỈNH\r\n" in text and "Hội trường tỉnh" not in text


def test_slot_hours_do_not_move_entered_events(api, second_worker, session_21_11):
    """By design (README): seasonal hours apply to events entered afterwards; entered ones keep their times,
    so their feeds do not change at all."""
    ids, _ = session_21_11
    path = feed_path(api, "persons", ids["binh"])
    before = api.client.get(path)
    response = api.post("/api/calendar/slot-hours", {"valid_from": "2023-11-01", "valid_to": "2023-11-30",
                                                     "morning": "07:00-11:00"})
    assert response.status_code == 201
    for client in (api.client, second_worker):
        after = client.get(path)
        assert after.headers["ETag"] == before.headers["ETag"] and after.data == before.data
    later = api.created("/api/events", {"title": "Họp sau", "start": "2023-11-22", "slot": "morning",
                                        "chair_id": ids["binh"]})
    assert later["start"].startswith("2023-11-22T07:00")


def test_deadline_entries_follow_their_meeting(api, session_21_11):
    ids, event = session_21_11
    unit = feed_path(api, "units", ids["tc"])
    assert entries(api.client, unit)[DEADLINE][0] == "TENTATIVE"
    api.patch(f"/api/events/{event['id']}", {"status": "confirmed"})
    assert entries(api.client, unit)["Hạn nộp: Tờ trình dự toán — Kỳ họp HĐND"][0] == "CONFIRMED"
    api.delete(f"/api/events/{event['id']}")
    assert entries(api.client, unit)["Hạn nộp: Tờ trình dự toán — Kỳ họp HĐND"][0] == "CANCELLED"


def test_a_script_writes_through_the_apps_listeners(app, clock):
    """A Ctx cannot be made without the app's change listeners, and one made from the app's state indexes
    feeds and plans reminders like a request does."""
    st = state(app)
    with st.sessions() as session:
        with pytest.raises(TypeError):
            Ctx(session, clock, st.config)  # noqa: the listeners are a required argument
        ctx = st.ctx(session, actor="script")
        from service.directory import save_unit
        from service.schemas import UnitIn
        unit = save_unit(ctx, UnitIn(name="Sở Tư pháp", emails=["tp@example.gov.vn"]))
        event = create_event(ctx, EventCreate.model_validate({
            "title": "Họp", "start": "2023-11-21", "slot": "morning",
            "agenda": [{"title": "Báo cáo", "unit_ids": [unit.id]}]}))
        session.commit()
        assert session.scalar(select(func.count()).select_from(FeedEntry).where(FeedEntry.event_id == event.id)) == 2
        assert session.scalar(select(func.count()).select_from(Reminder).where(Reminder.event_id == event.id)) > 0


def test_a_renamed_subject_retitles_its_own_feed_in_every_worker(api, second_worker):
    ids = make_directory(api)  # Lan attends nothing: no event shows her name
    path = feed_path(api, "persons", ids["lan"])
    for client in (api.client, second_worker):
        assert "X-WR-CALNAME:Lịch công tác — Phạm Thị Lan" in client.get(path).data.decode()
    api.patch(f"/api/persons/{ids['lan']}", {"name": "Phạm Thị Lan Anh"})
    for client in (api.client, second_worker):
        assert "X-WR-CALNAME:Lịch công tác — Phạm Thị Lan Anh" in client.get(path).data.decode()


def test_an_edit_from_a_page_loaded_before_another_change_still_counts(app, api, session_21_11):
    """B opens the event; A renames its chair and saves; B saves a new title. Both changes must give the event
    a new render version (counted in SQL, read afresh under the lock), or a worker keeps B's old text."""
    ids, event = session_21_11
    st = state(app)
    with st.sessions() as session_b:
        ctx_b = st.ctx(session_b, actor="b")
        from service.events import get_event, update_event
        from service.models import Event
        from service.schemas import EventPatch
        page = get_event(ctx_b, event["id"])  # B's page (kept: the session holds its objects weakly)
        before = page.render_version
        api.patch(f"/api/persons/{ids['binh']}", {"title": "Chủ tịch UBND tỉnh"})  # A
        update_event(ctx_b, event["id"], EventPatch(title="Kỳ họp HĐND (sửa)"))
        session_b.commit()
        session_b.expire_all()
        assert session_b.get(Event, event["id"]).render_version == before + 2
