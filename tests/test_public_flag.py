"""The event field `public` (API and form) and the office's defaults per kind, on both databases. The form's
box "Công khai trên cổng thông tin" shows the effective value and round-trips: saving an untouched form
keeps `public` exactly as stored (NULL stays NULL, following the kind's default), ticking or unticking it
stores the choice."""
import pytest

from tests.test_event_pages import form_of, stored
from tests.test_web import login, post


@pytest.fixture
def made(api):
    return {
        "meeting": api.created("/api/events", {"title": "Hội nghị thường kỳ", "start": "2023-11-20", "slot": "morning"}),
        "other": api.created("/api/events", {"title": "Làm việc tại cơ quan", "kind": "other", "start": "2023-11-21"}),
        "hidden": api.created("/api/events", {"title": "Họp chuẩn bị nhân sự", "start": "2023-11-22", "public": False}),
        "shown": api.created("/api/events", {"title": "Kiểm tra thực địa", "kind": "other", "start": "2023-11-23",
                                             "public": True}),
    }


def test_the_api_says_the_effective_value_and_the_events_own_choice(api, made):
    assert (made["meeting"]["public"], made["meeting"]["public_explicit"]) == (True, None)
    assert (made["other"]["public"], made["other"]["public_explicit"]) == (False, None)
    assert (made["hidden"]["public"], made["hidden"]["public_explicit"]) == (False, False)
    assert (made["shown"]["public"], made["shown"]["public_explicit"]) == (True, True)
    # back to the default
    body = api.patch(f"/api/events/{made['hidden']['id']}", {"public": None}).get_json()
    assert (body["public"], body["public_explicit"]) == (True, None)
    assert api.patch(f"/api/events/{made['meeting']['id']}", {"public": "yes"}).status_code == 422
    listed = {e["title"]: e["public"] for e in api.get("/api/events?from=2023-11-20&to=2023-11-26").get_json()["events"]}
    assert listed == {"Hội nghị thường kỳ": True, "Làm việc tại cơ quan": False, "Họp chuẩn bị nhân sự": True,
                      "Kiểm tra thực địa": True}


def test_the_defaults_per_kind_are_the_offices(api, viewer, made):
    assert viewer.get("/api/settings/public").get_json()["defaults"] == {
        "meeting": True, "reception": True, "multi_day": True, "other": False}
    assert viewer.call("PUT", "/api/settings/public", json={"defaults": {"meeting": False}}).status_code == 403
    response = api.call("PUT", "/api/settings/public", json={"defaults": {"meeting": False}})
    assert response.get_json()["defaults"]["meeting"] is False
    assert api.get(f"/api/events/{made['meeting']['id']}").get_json()["public"] is False
    assert api.get(f"/api/events/{made['shown']['id']}").get_json()["public"] is True  # its own choice wins
    bad = api.call("PUT", "/api/settings/public", json={"defaults": {"briefing": True}})
    assert bad.status_code == 422


def test_saving_the_untouched_form_keeps_public_as_it_was(app, made):
    browser = login(app)
    for key in ("meeting", "other", "hidden", "shown"):
        event_id = made[key]["id"]
        before = stored(app, event_id)
        page = browser.get(f"/su-kien/{event_id}/sua").get_data(as_text=True)
        form = form_of(page)
        assert ("public" in form) == made[key]["public"], key  # the box shows the effective value
        response = browser.post(f"/su-kien/{event_id}/sua", data=form)
        assert response.status_code == 302, response.get_data(as_text=True)[-2000:]
        assert stored(app, event_id) == before, key  # NULL stays NULL, False stays False, sequence unchanged


def test_ticking_and_unticking_the_box_stores_the_choice(app, api, made):
    browser = login(app)
    event_id = made["meeting"]["id"]
    form = form_of(browser.get(f"/su-kien/{event_id}/sua").get_data(as_text=True))
    form.pop("public")
    assert browser.post(f"/su-kien/{event_id}/sua", data=form).status_code == 302
    assert stored(app, event_id)[0]["public"] is False
    form = form_of(browser.get(f"/su-kien/{event_id}/sua").get_data(as_text=True))
    assert "public" not in form
    form["public"] = "yes"
    assert browser.post(f"/su-kien/{event_id}/sua", data=form).status_code == 302
    assert stored(app, event_id)[0]["public"] is True
    history = api.get(f"/api/events/{event_id}/history").get_json()["changes"]
    assert [c["changes"]["public"] for c in history if "public" in c["changes"]] == [[None, False], [False, True]]


def test_a_new_event_from_the_form_follows_the_default_unless_changed(app, api):
    browser = login(app)
    form = form_of(browser.get("/su-kien/moi").get_data(as_text=True))
    assert form["public"] == "yes"  # a meeting: public by default
    for name, value in {"title": "Hội nghị sơ kết", "date": "20/11/2023", "slot": "morning"}.items():
        form[name] = value
    assert browser.post("/su-kien/moi", data=form).status_code == 302
    form = form_of(browser.get("/su-kien/moi").get_data(as_text=True))
    for name, value in {"title": "Họp nội bộ chi bộ", "date": "21/11/2023", "slot": "morning"}.items():
        form[name] = value
    form.pop("public")
    assert browser.post("/su-kien/moi", data=form).status_code == 302
    events = {e["title"]: (e["public"], e["public_explicit"])
              for e in api.get("/api/events?from=2023-11-20&to=2023-11-26").get_json()["events"]}
    assert events == {"Hội nghị sơ kết": (True, None), "Họp nội bộ chi bộ": (False, False)}


def test_the_admin_page_sets_the_defaults(app, api):
    browser = login(app)
    page = browser.get("/quan-tri/cong-khai")
    assert page.status_code == 200 and "Công tác khác" in page.get_data(as_text=True)
    assert "/cong-khai/van-phong/lich-tuan" in page.get_data(as_text=True)
    response = post(browser, "/quan-tri/cong-khai", {"public-meeting": "yes", "public-other": "yes"})
    assert response.status_code == 302
    assert api.get("/api/settings/public").get_json()["defaults"] == {
        "meeting": True, "reception": False, "multi_day": False, "other": True}
    viewer = login(app, "xem", "viewer")
    assert viewer.get("/quan-tri/cong-khai").status_code == 403


def test_the_event_page_says_whether_it_is_public(app, made):
    browser = login(app)
    assert "Công khai <span class=\"muted\">(mặc định của loại sự kiện)" in browser.get(
        f"/su-kien/{made['meeting']['id']}").get_data(as_text=True)
    page = browser.get(f"/su-kien/{made['hidden']['id']}").get_data(as_text=True)
    assert "Không công khai</dd>" in page


def test_an_untouched_box_follows_the_kind_chosen_on_the_form(app, api):
    """The new form ticks the box for a meeting; a "Công tác khác" saved with the box untouched follows its
    kind's default (not public), and so does an event whose kind changes on edit with the box untouched."""
    browser = login(app)
    form = form_of(browser.get("/su-kien/moi").get_data(as_text=True))
    assert form["public"] == "yes"
    for name, value in {"title": "Làm việc tại cơ quan", "kind": "other", "date": "22/11/2023",
                        "slot": "morning"}.items():
        form[name] = value
    assert browser.post("/su-kien/moi", data=form).status_code == 302
    events = {e["title"]: e for e in api.get("/api/events?from=2023-11-20&to=2023-11-26").get_json()["events"]}
    assert (events["Làm việc tại cơ quan"]["public"], events["Làm việc tại cơ quan"]["public_explicit"]) == (False, None)
    meeting = api.created("/api/events", {"title": "Hội nghị thường kỳ", "start": "2023-11-23", "slot": "morning"})
    form = form_of(browser.get(f"/su-kien/{meeting['id']}/sua").get_data(as_text=True))
    assert form["public"] == "yes"
    form["kind"] = "other"
    assert browser.post(f"/su-kien/{meeting['id']}/sua", data=form).status_code == 302
    assert stored(app, meeting["id"])[0]["public"] is None
    assert api.get(f"/api/events/{meeting['id']}").get_json()["public"] is False
    # touched: an "other" ticked by hand is public, explicitly
    form = form_of(browser.get("/su-kien/moi").get_data(as_text=True))
    form.pop("public")
    form["public_shown"] = ""
    for name, value in {"title": "Tiếp công dân", "kind": "other", "date": "24/11/2023", "slot": "morning",
                        "public": "yes"}.items():
        form[name] = value
    assert browser.post("/su-kien/moi", data=form).status_code == 302
    events = {e["title"]: e for e in api.get("/api/events?from=2023-11-20&to=2023-11-26").get_json()["events"]}
    assert (events["Tiếp công dân"]["public"], events["Tiếp công dân"]["public_explicit"]) == (True, True)
