"""The event's pages: the form is a round trip (open the edit page, save untouched, the event is the same: a
property over every event of the imported samples and hand-made events covering every field), the lead unit
is chosen explicitly, hours and buổi never contradict each other silently, and the page to read an event
(every role) shows the time in words, the attendees, the agenda with its units, deadlines and submissions,
unmatched import text, conflicts and history. On SQLite and PostgreSQL."""
from html.parser import HTMLParser

import pytest
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from service import events
from service.context import state
from service.models import Event, Person, Unit
from tests.conftest import SAMPLES
from tests.directory_fixtures import make_directory
from tests.test_web import field_error, login, post, token


class FormFields(HTMLParser):
    """The fields of the page's first `<form class="... event-form">` as a browser submits them: inputs (newlines
    stripped from one-line values), checked boxes and radios, each select's selected option (else its first),
    text areas without the line break that follows the opening tag, with line breaks sent as CRLF."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields, self.inside, self.done = [], False, False
        self.select = self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "event-form" in (a.get("class") or "") and not self.done:
            self.inside = True
        if not self.inside or "disabled" in a:
            return
        if tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields.append((a["name"], a.get("value", "on")))
            elif kind not in ("submit", "button", "image", "reset", "file"):
                value = a.get("value") or ""
                if kind != "hidden":
                    value = value.replace("\r", "").replace("\n", "")
                self.fields.append((a["name"], value))
        elif tag == "select" and a.get("name"):
            self.select = {"name": a["name"], "first": None, "chosen": None}
        elif tag == "option" and self.select is not None:
            value = a.get("value", "")
            if self.select["first"] is None:
                self.select["first"] = value
            if "selected" in a:
                self.select["chosen"] = value
        elif tag == "textarea" and a.get("name"):
            self.textarea = {"name": a["name"], "text": ""}

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside, self.done = False, True
        elif tag == "select" and self.select is not None:
            chosen = self.select["chosen"] if self.select["chosen"] is not None else self.select["first"]
            if chosen is not None:
                self.fields.append((self.select["name"], chosen))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            text = self.textarea["text"]
            text = text[1:] if text.startswith("\n") else text  # the HTML parser drops that first line break
            self.fields.append((self.textarea["name"], text.replace("\r\n", "\n").replace("\n", "\r\n")))
            self.textarea = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea["text"] += data


def form_of(page: str) -> MultiDict:
    parser = FormFields()
    parser.feed(page)
    assert parser.done, "the page has no event form"
    return MultiDict(parser.fields)


def stored(app, event_id: int) -> tuple[dict, int]:
    st = state(app)
    with st.sessions() as session:
        ctx = st.ctx(session)
        event = events.get_event(ctx, event_id)
        return events.event_input(event, ctx.tz), event.sequence


def all_ids(app) -> list[int]:
    with state(app).sessions() as session:
        return list(session.scalars(select(Event.id).order_by(Event.id)))


def import_samples(api):
    for name in ("muong-lat-2023-11.txt", "bac-giang-2023-11.txt"):
        with open(f"{SAMPLES}/{name}", encoding="utf-8") as f:
            text = f.read()
        response = api.post("/api/imports", {"text": text, "source": name})  # two documents, not one twice
        assert response.status_code == 201, response.get_json()
        done = api.post(f"/api/imports/{response.get_json()['id']}/commit")
        assert done.status_code == 200, done.get_json()


def hand_made(app, api, ids) -> dict:
    """Events with every field the form must keep, each in a form the samples lack."""
    made = {}
    made["series"] = api.created("/api/events", {
        "title": "Giao ban Thường trực", "start": "2023-11-06", "slot": "afternoon",
        "rrule": "FREQ=WEEKLY;BYDAY=MO;UNTIL=20231231", "chair_id": ids["binh"], "group_ids": [ids["tthu"]],
        "exceptions": [{"original_start": "2023-11-13T13:30:00+07:00", "cancelled": True},
                       {"original_start": "2023-11-20T13:30:00+07:00", "start": "2023-11-21T14:00:00+07:00",
                        "end": "2023-11-21T16:00:00+07:00"}]})["id"]
    made["timed"] = api.created("/api/events", {
        "title": "Đoàn kiểm tra liên ngành <tại xã> & \"bản\" Chim", "kind": "other", "status": "tentative",
        "start": "2023-11-20T08:00:00+07:00", "end": "2023-11-22T17:00:00+07:00", "busy": False,
        "location": "Hội trường UBND xã Nhi Sơn", "attendee_ids": [ids["lan"], ids["dung"]],
        "unit_ids": [ids["nv"], ids["vp"]], "chair_text": "Chủ trì điểm cầu\nhuyện", "attendees_text":
        "Đại diện các phòng, ban;\nUBND các xã, thị trấn", "notes": "\nDòng đầu để trống\r\nCRLF cũ?\n\n  thụt lề  "})["id"]
    made["agenda"] = api.created("/api/events", {
        "title": "Hội nghị UBND huyện thường kỳ", "start": "2023-11-27", "end": "2023-11-28", "all_day": True,
        "busy": True, "kind": "multi_day", "notes": "Dòng 1\nDòng 2\n\nDòng 4",
        "agenda": [{"number": 1, "title": "Báo cáo kinh tế - xã hội", "unit_ids": [ids["tc"], ids["khdt"]],
                    "lead_unit_id": ids["khdt"], "deadline": "2023-11-10"},
                   {"number": 2, "title": "Tờ trình của các phòng", "preparing_units_text":
                    "Các phòng, ban, đơn vị;\nUBND các xã, thị trấn"},
                   {"title": "Báo cáo không số", "unit_ids": [ids["nv"]], "preparing_units_text": "Sở Ngoại vụ"},
                   {"number": 0, "title": "Khai mạc", "unit_ids": [ids["vp"], ids["nv"], ids["tc"]],
                    "lead_unit_id": ids["tc"]}]})["id"]
    made["all_day_series"] = api.created("/api/events", {
        "title": "Tiếp công dân thứ Tư", "kind": "reception", "start": "2023-11-01", "all_day": True,
        "rrule": "FREQ=WEEKLY;BYDAY=WE;COUNT=5", "exceptions": [{"original_start": "2023-11-15", "cancelled": True}],
        "group_ids": [ids["leaders"]]})["id"]
    made["undated"] = api.created("/api/events", {"title": "Lịch cụ thể sẽ thông báo sau"})["id"]
    made["evening"] = api.created("/api/events", {"title": "Giao lưu văn nghệ", "start": "2023-11-24",
                                                  "slot": "evening", "status": "cancelled"})["id"]
    made["full_day"] = api.created("/api/events", {"title": "Tập huấn cả ngày", "start": "2023-11-29",
                                                   "slot": "full_day", "chair_id": ids["thang"]})["id"]
    made["inactive"] = api.created("/api/events", {
        "title": "Họp với người đã thôi việc", "start": "2023-11-30T14:00:00+07:00", "end": "2023-11-30T15:30:00+07:00",
        "chair_id": ids["dung"], "attendee_ids": [ids["dung"]], "agenda": [{"title": "Bàn giao", "unit_ids": [ids["dt"]]}]})["id"]
    with state(app).sessions() as session:  # the chair and the unit left the directory since
        session.get(Person, ids["dung"]).active = False
        session.get(Unit, ids["dt"]).active = False
        session.commit()
    return made


@pytest.fixture
def world(app, api):
    ids = make_directory(api)
    import_samples(api)
    made = hand_made(app, api, ids)
    return {"ids": ids, "made": made}


def test_saving_the_untouched_form_changes_nothing(app, world):
    """The property: for every event, GET the edit page, submit its fields as a browser would, and the event
    (as the API would take it back) and its sequence are what they were."""
    browser = login(app)
    checked = 0
    for event_id in all_ids(app):
        before = stored(app, event_id)
        page = browser.get(f"/su-kien/{event_id}/sua")
        assert page.status_code == 200, event_id
        response = browser.post(f"/su-kien/{event_id}/sua", data=form_of(page.get_data(as_text=True)))
        assert response.status_code == 302, (event_id, response.get_data(as_text=True)[-3000:])
        assert stored(app, event_id) == before, event_id
        checked += 1
    assert checked >= 30  # 19 + 3 sample events, 8 hand-made


def test_the_round_trip_carries_what_the_form_shows(app, world):
    """The property above is not vacuous: a form that carries every field does change the event when a field
    changes, text areas come back as LF, and the untouched agenda keeps its ids, order and lead."""
    made = world["made"]
    browser = login(app)
    form = form_of(browser.get(f"/su-kien/{made['agenda']}/sua").get_data(as_text=True))
    assert "\r\n" in form["notes"]  # the browser's CRLF, stored as LF below
    form["notes"] = form["notes"] + "\r\nDòng 5"
    assert browser.post(f"/su-kien/{made['agenda']}/sua", data=form).status_code == 302
    after, sequence = stored(app, made["agenda"])
    assert after["notes"] == "Dòng 1\nDòng 2\n\nDòng 4\nDòng 5" and sequence == 1
    ids = world["ids"]
    assert [(a["unit_ids"], a["lead_unit_id"]) for a in after["agenda"]] == [
        ([ids["tc"], ids["khdt"]], ids["khdt"]), ([], None), ([ids["nv"]], ids["nv"]),
        ([ids["vp"], ids["nv"], ids["tc"]], ids["tc"])]
    assert after["agenda"][1]["preparing_units_text"] == "Các phòng, ban, đơn vị;\nUBND các xã, thị trấn"


def test_the_lead_unit_is_chosen_explicitly(app, world):
    made, ids = world["made"], world["ids"]
    browser = login(app)
    form = form_of(browser.get(f"/su-kien/{made['agenda']}/sua").get_data(as_text=True))
    form["item_lead_0"] = str(ids["tc"])  # the first unit becomes lead; the order is kept
    assert browser.post(f"/su-kien/{made['agenda']}/sua", data=form).status_code == 302
    item = stored(app, made["agenda"])[0]["agenda"][0]
    assert (item["unit_ids"], item["lead_unit_id"]) == ([ids["tc"], ids["khdt"]], ids["tc"])
    # A new item with two units and no lead chosen: asked, nothing saved.
    form = form_of(browser.get(f"/su-kien/{made['agenda']}/sua").get_data(as_text=True))
    form["item_title_4"], form["item_add_4"] = "Mục mới", "Sở Tài chính; phòng NN&PTNT"
    response = browser.post(f"/su-kien/{made['agenda']}/sua", data=form)
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and field_error(page, "item_units_4").startswith("chọn đơn vị chủ trì")
    assert len(stored(app, made["agenda"])[0]["agenda"]) == 4
    again = form_of(page)  # the units typed are now ticked, with their "chủ trì" buttons
    assert again.getlist("item_units_4") == [str(ids["tc"]), str(ids["nn"])]
    again["item_lead_4"] = str(ids["nn"])
    assert browser.post(f"/su-kien/{made['agenda']}/sua", data=again).status_code == 302
    item = stored(app, made["agenda"])[0]["agenda"][4]
    assert (item["unit_ids"], item["lead_unit_id"]) == ([ids["tc"], ids["nn"]], ids["nn"])
    # A unit name the directory does not know is an error, not dropped.
    form = form_of(browser.get(f"/su-kien/{made['agenda']}/sua").get_data(as_text=True))
    form["item_add_0"] = "Sở Không Có"
    response = browser.post(f"/su-kien/{made['agenda']}/sua", data=form)
    assert response.status_code == 422 and "Sở Không Có" in field_error(response.get_data(as_text=True), "item_add_0")


def test_hours_and_buoi_never_contradict_silently(app, api):
    ids = make_directory(api)
    browser = login(app)
    base = {"title": "Họp", "kind": "meeting", "status": "confirmed", "date": "2023-11-20", "rows": "0"}
    # Hours typed, buổi left at its default ("Cả ngày"): the hours are meant.
    response = post(browser, "/su-kien/moi", {**base, "slot": "", "start_time": "08:00", "end_time": "10:30"})
    assert response.status_code == 302, response.get_data(as_text=True)
    event = api.get(f"/api/events/{response.headers['Location'].rsplit('/', 1)[1]}").get_json()
    assert (event["start"], event["end"], event["all_day"], event["slot"]) == \
        ("2023-11-20T08:00:00+07:00", "2023-11-20T10:30:00+07:00", False, None)
    # A buổi chosen and hours typed: the clerk says which.
    response = post(browser, "/su-kien/moi", {**base, "slot": "afternoon", "start_time": "08:00", "end_time": "10:00"})
    assert response.status_code == 422
    assert "Giờ cụ thể" in field_error(response.get_data(as_text=True), "start_time")
    response = post(browser, "/su-kien/moi", {**base, "slot": "", "start_time": "08:00"})
    assert response.status_code == 422 and field_error(response.get_data(as_text=True), "end_time") == "cần giờ kết thúc"
    # A chair that is no person is a field error, never dropped.
    for chair in ("abc", "999999"):
        response = post(browser, "/su-kien/moi", {**base, "chair_id": chair})
        assert response.status_code == 422 and field_error(response.get_data(as_text=True), "chair_id"), chair
    assert len(api.get("/api/events?from=2023-11-01&to=2023-11-30").get_json()["events"]) == 1
    assert ids  # (the directory the chair is looked up in)


def test_an_untouched_save_of_an_event_that_already_clashes_is_not_refused(app, api):
    ids = make_directory(api)
    first = api.created("/api/events", {"title": "Hội nghị A", "start": "2023-11-02", "slot": "morning",
                                        "chair_id": ids["dung"]})["id"]
    api.created("/api/events", {"title": "Hội nghị B", "start": "2023-11-02", "slot": "morning", "chair_id": ids["dung"]})
    browser = login(app)
    form = form_of(browser.get(f"/su-kien/{first}/sua").get_data(as_text=True))
    response = browser.post(f"/su-kien/{first}/sua", data=form)
    assert response.status_code == 302 and stored(app, first)[1] == 0
    form["title"] = "Hội nghị A (sửa tên)"  # the clash was there before: a change of name is not refused for it
    assert browser.post(f"/su-kien/{first}/sua", data=form).status_code == 302
    form = form_of(browser.get(f"/su-kien/{first}/sua").get_data(as_text=True))
    form["slot"] = "afternoon"
    third = api.created("/api/events", {"title": "Hội nghị C", "start": "2023-11-02", "slot": "afternoon",
                                        "chair_id": ids["dung"]})["id"]
    response = browser.post(f"/su-kien/{first}/sua", data=form)  # a new clash: shown, nothing saved
    assert response.status_code == 409 and f'href="/su-kien/{third}"' in response.get_data(as_text=True)
    assert stored(app, first)[0]["slot"] == "morning"


def test_the_page_to_read_an_event(app, api, world, clock):
    made, ids = world["made"], world["ids"]
    st = state(app)
    with st.sessions() as session:
        ctx = st.ctx(session, actor="test")
        event = events.get_event(ctx, made["agenda"])
        events.mark_submitted(ctx, event.live_agenda[0].id, "Chị Hoa (Sở KH&ĐT)", ids["khdt"])
        session.commit()
    viewer = login(app, "xem", "viewer")
    page = viewer.get(f"/su-kien/{made['agenda']}").get_data(as_text=True)
    assert "Từ thứ Hai, 27/11/2023 đến thứ Ba, 28/11/2023" in page
    assert '<table class="agenda"' in page and "Báo cáo kinh tế - xã hội" in page
    assert "chưa khớp danh bạ: Các phòng, ban, đơn vị;\nUBND các xã, thị trấn" in page
    assert "Sở Kế hoạch và Đầu tư" in page and "<strong>Đã nộp</strong>" in page and "Chị Hoa (Sở KH&amp;ĐT)" in page
    assert '<span class="nowrap">10/11/2023</span>' in page and "(mặc định)" in page
    assert "Lịch sử thay đổi" in page and "Tạo" in page
    assert "Sửa sự kiện" not in page and "Hủy sự kiện" not in page  # a viewer has no such buttons
    assert viewer.get(f"/su-kien/{made['agenda']}/sua").status_code == 403
    series = viewer.get(f"/su-kien/{made['series']}").get_data(as_text=True)
    assert "Chiều thứ Hai, 06/11/2023 (13:30–17:00)" in series
    assert "Chiều thứ Hai hằng tuần, đến hết 31/12/2023" in series
    assert "Không diễn ra thứ Hai, 13/11/2023" in series and "dời sang 14:00 thứ Ba, 21/11/2023" in series
    assert '<details class="group"><summary>Thường trực Huyện ủy' in series and "Lê Văn Thắng" in series
    assert "Nguyễn Văn Bình" in series
    timed = viewer.get(f"/su-kien/{made['timed']}").get_data(as_text=True)
    assert "Từ 08:00 thứ Hai, 20/11/2023 đến 17:00 thứ Tư, 22/11/2023" in timed
    assert "Hội trường UBND xã Nhi Sơn" in timed and "Phạm Thị Lan" in timed
    assert "Chưa xác định ngày" in viewer.get(f"/su-kien/{made['undated']}").get_data(as_text=True)
    # Conflicts of the event and the office's buttons.
    office = login(app)
    meeting = api.created("/api/events", {"title": "Họp trùng", "start": "2023-11-06", "slot": "afternoon",
                                          "chair_id": ids["binh"]})["id"]
    page = office.get(f"/su-kien/{made['series']}").get_data(as_text=True)
    assert f'href="/su-kien/{meeting}"' in page and "Người bị trùng lịch" in page
    assert f'href="/su-kien/{made["series"]}/sua"' in page
    edited = office.get(f"/su-kien/{made['series']}/sua").get_data(as_text=True)
    assert "13/11/2023" in edited and "không diễn ra" in edited  # the exceptions the form keeps are named
    assert token(edited)


def test_a_series_changed_in_words_keeps_its_end(app, api):
    """The rule is shown in words with its end; changing the weekday in those words keeps the end (UNTIL,
    COUNT), and a series whose cancelled days no longer fit says so."""
    make_directory(api)
    browser = login(app)
    ident = api.created("/api/events", {"title": "Giao ban", "start": "2023-11-06", "slot": "afternoon",
                                        "rrule": "FREQ=WEEKLY;BYDAY=MO;UNTIL=20231231"})["id"]
    form = form_of(browser.get(f"/su-kien/{ident}/sua").get_data(as_text=True))
    assert form["repeat"] == "Chiều thứ Hai hằng tuần, đến hết 31/12/2023"
    form["repeat"] = "Chiều thứ Ba hằng tuần, đến hết 31/12/2023"
    assert browser.post(f"/su-kien/{ident}/sua", data=form).status_code == 302
    after = stored(app, ident)[0]
    assert (after["rrule"], after["start"], after["slot"]) == \
        ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20231231T165959Z", "2023-11-07", "afternoon")
    form = form_of(browser.get(f"/su-kien/{ident}/sua").get_data(as_text=True))
    form["repeat"] = "Sáng thứ Sáu hằng tuần, 4 lần"
    form["slot"] = ""
    assert browser.post(f"/su-kien/{ident}/sua", data=form).status_code == 302
    after = stored(app, ident)[0]
    assert (after["rrule"], after["start"], after["slot"]) == ("FREQ=WEEKLY;BYDAY=FR;COUNT=4", "2023-11-10", "morning")
    series = api.created("/api/events", {"title": "Tiếp dân", "start": "2023-11-01", "all_day": True,
                                         "rrule": "FREQ=WEEKLY;BYDAY=WE",
                                         "exceptions": [{"original_start": "2023-11-15", "cancelled": True}]})["id"]
    form = form_of(browser.get(f"/su-kien/{series}/sua").get_data(as_text=True))
    form["repeat"] = "Thứ Năm hằng tuần"
    response = browser.post(f"/su-kien/{series}/sua", data=form)
    assert response.status_code == 422
    assert field_error(response.get_data(as_text=True), "repeat").startswith("ngoại lệ của chuỗi")
    assert stored(app, series)[0]["rrule"] == "FREQ=WEEKLY;BYDAY=WE"
