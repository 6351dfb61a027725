"""Cross-office summons ("triệu tập"): a province event that names persons, groups or units of the communes
below it reaches them: their feeds, their conflict checks, their office's calendar (read-only, with its
source), the reminders of their preparing units. A sibling commune that is not summoned sees none of it."""
import re

import pytest
from sqlalchemy import update

from service import auth, offices
from service.context import state
from service.models import Reminder
from tests.conftest import Api
from tests.test_office_isolation import PASSWORD, _login

RANGE = "from=2023-11-01&to=2023-11-30"


@pytest.fixture
def config_overrides(smtp, tmp_path):
    return {"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "outbox_dir": tmp_path / "outbox"}


@pytest.fixture
def world(app):
    """Province P over communes A and B: each with a unit, its chairman (in a group of its own) and an event
    of its own on 21/11 morning; P with its chairman and the group "Chủ tịch UBND các xã, phường"."""
    st = state(app)
    w = {}
    with st.sessions() as session:
        ctx = st.ctx(session, actor="test")
        p = offices.create(ctx, "tinh-p", "Văn phòng UBND tỉnh Pê", "tinh", "ubnd")
        w["office_p"] = p.id
        for x in ("a", "b"):
            w[f"office_{x}"] = offices.create(ctx, f"xa-{x}", f"Văn phòng HĐND và UBND xã {x.upper()}", "xa",
                                              "hdnd_ubnd", p).id
        for x in ("p", "a", "b"):
            octx = st.ctx(session, actor="test", office_id=w[f"office_{x}"])
            w[f"key_{x}"] = auth.create_api_key(octx, f"khóa {x}", "office")
            auth.create_user(octx, f"user-{x}x", f"Chị {x.upper()}", "office", PASSWORD)
            session.flush()
            session.info.clear()
        session.commit()
    client = app.test_client()
    for x, mark in (("a", "alphaz"), ("b", "bravoz")):
        api = Api(client, w[f"key_{x}"])
        o = w[x] = {"api": api}
        o["unit"] = api.created("/api/units", {"name": f"Phòng Văn hóa {mark}", "emails": [f"vh-{mark}@example.gov.vn"]})["id"]
        o["chair"] = api.created("/api/persons", {"name": f"Trần Văn {mark}", "title": f"Chủ tịch UBND xã {mark}",
                                                  "email": f"ct-{mark}@example.gov.vn"})["id"]
        o["deputy"] = api.created("/api/persons", {"name": f"Lê Thị {mark}", "title": "Phó Chủ tịch"})["id"]
        o["group"] = api.created("/api/groups", {"name": f"Lãnh đạo xã {mark}", "member_ids": [o["deputy"]]})["id"]
        o["own"] = api.created("/api/events", {"title": f"Tiếp công dân {mark}", "start": "2023-11-21",
                                               "slot": "morning", "chair_id": o["chair"]})["id"]
    p = w["p"] = {"api": Api(client, w["key_p"])}
    p["chair"] = p["api"].created("/api/persons", {"name": "Nguyễn Văn Tỉnh", "title": "Chủ tịch UBND tỉnh"})["id"]
    p["chairmen"] = p["api"].created("/api/groups", {"name": "Chủ tịch UBND các xã, phường",
                                                     "member_ids": [w["a"]["chair"], w["b"]["chair"]]})["id"]
    return w


def _events(api, query=RANGE):
    response = api.get(f"/api/events?{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()["events"]


def _summon(w, **links):
    """A province meeting on 21/11 morning chaired by the province's chairman, naming `links`."""
    body = {"title": "Hội nghị trực tuyến về chuyển đổi số", "start": "2023-11-21", "slot": "morning",
            "location": "Hội trường UBND tỉnh", "chair_id": w["p"]["chair"], **links}
    response = w["p"]["api"].post("/api/events", body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _feed(app, api, kind, ident) -> str:
    url = api.post(f"/api/{kind}/{ident}/feed/rotate").get_json()["feed_url"]
    return app.test_client().get(url.replace("https://lich.example.gov.vn", "")).get_data(as_text=True)


# ---- what the province may name ----------------------------------------------------------------------------

def test_the_province_names_persons_groups_and_units_of_its_communes_a_commune_not_of_its_sibling(world):
    a, b = world["a"], world["b"]
    created = _summon(world, attendee_ids=[a["chair"]], group_ids=[a["group"]], unit_ids=[a["unit"]])
    assert created["attendee_ids"] == [a["chair"]] and created["group_ids"] == [a["group"]]
    refused = a["api"].post("/api/events", {"title": "Họp", "start": "2023-11-22", "attendee_ids": [b["chair"]]})
    assert refused.status_code == 422
    refused = a["api"].post("/api/events", {"title": "Họp", "start": "2023-11-22", "chair_id": world["p"]["chair"]})
    assert refused.status_code == 422


# ---- feeds -------------------------------------------------------------------------------------------------

def test_a_summoned_persons_feed_holds_the_province_event_and_nothing_of_the_sibling(app, world):
    a, b = world["a"], world["b"]
    _summon(world, attendee_ids=[a["chair"]])
    _summon(world, title="Làm việc với xã bravoz", attendee_ids=[b["chair"]])
    _summon(world, title="Kiểm tra công tác cải cách hành chính", group_ids=[a["group"]], start="2023-11-23")
    _summon(world, title="Tập huấn nghiệp vụ văn hóa", unit_ids=[a["unit"]], start="2023-11-24")
    chair = _feed(app, a["api"], "persons", a["chair"])
    assert "Hội nghị trực tuyến về chuyển đổi số" in chair and "Tiếp công dân alphaz" in chair
    assert "bravoz" not in chair.lower() and "cải cách hành chính" not in chair
    deputy = _feed(app, a["api"], "persons", a["deputy"])  # a member of the summoned group
    assert "Kiểm tra công tác cải cách hành chính" in deputy and "chuyển đổi số" not in deputy
    assert "Kiểm tra công tác cải cách hành chính" in _feed(app, a["api"], "groups", a["group"])
    assert "Tập huấn nghiệp vụ văn hóa" in _feed(app, a["api"], "units", a["unit"])
    office = app.test_client().get(a["api"].get("/api/feed").get_json()["feed_url"]
                                   .replace("https://lich.example.gov.vn", "")).get_data(as_text=True)
    for title in ("Hội nghị trực tuyến về chuyển đổi số", "cải cách hành chính", "Tập huấn nghiệp vụ văn hóa",
                  "Tiếp công dân alphaz"):
        assert title in office, title
    assert "bravoz" not in office.lower()
    sibling = app.test_client().get(b["api"].get("/api/feed").get_json()["feed_url"]
                                    .replace("https://lich.example.gov.vn", "")).get_data(as_text=True)
    assert "Làm việc với xã bravoz" in sibling and "chuyển đổi số" not in sibling


def test_the_province_group_of_commune_chairmen_summons_each_of_them(app, world):
    """Group membership may cross offices downwards: the province's group "Chủ tịch UBND các xã, phường"
    holds persons of its communes (the province sees their directories); a commune cannot hold the province's."""
    a, b = world["a"], world["b"]
    _summon(world, group_ids=[world["p"]["chairmen"]])
    for x in (a, b):
        assert "chuyển đổi số" in _feed(app, x["api"], "persons", x["chair"])
    refused = a["api"].post("/api/groups", {"name": "Mời cả tỉnh", "member_ids": [world["p"]["chair"]]})
    assert refused.status_code == 422
    # A member added later gets it too, whoever edits the group.
    world["p"]["api"].patch(f"/api/groups/{world['p']['chairmen']}", {"member_ids": [a["chair"], b["chair"], a["deputy"]]})
    assert "chuyển đổi số" in _feed(app, a["api"], "persons", a["deputy"])


def test_a_commune_adding_a_member_to_its_summoned_group_puts_the_province_event_in_the_members_feed(app, world):
    a = world["a"]
    _summon(world, group_ids=[a["group"]], attendee_ids=[world["b"]["chair"]])
    assert a["api"].patch(f"/api/groups/{a['group']}", {"member_ids": [a["deputy"], a["chair"]]}).status_code == 200
    assert "chuyển đổi số" in _feed(app, a["api"], "persons", a["chair"])
    # ... and the sibling's chairman, summoned by name, keeps it (the commune's change is not a re-index
    # of the province event as the commune sees it).
    assert "chuyển đổi số" in _feed(app, world["b"]["api"], "persons", world["b"]["chair"])


# ---- conflicts ---------------------------------------------------------------------------------------------

def test_the_commune_sees_the_clash_of_its_chairman_with_the_province_summons(world):
    a, b = world["a"], world["b"]
    summons = _summon(world, attendee_ids=[a["chair"]])
    # Creating the province event reported the clash with the commune's own event.
    assert [(c["subject"]["id"], c["event_ids"]) for c in summons["conflicts"]] == [
        (a["chair"], sorted([a["own"], summons["id"]]))]
    # The commune's check of the month, and of an event of its own at that time.
    found = a["api"].get(f"/api/conflicts?{RANGE}").get_json()["conflicts"]
    assert [(c["subject"]["id"], c["event_ids"]) for c in found] == [(a["chair"], sorted([a["own"], summons["id"]]))]
    again = a["api"].created("/api/events", {"title": "Họp dân cư thôn alphaz", "start": "2023-11-21",
                                             "slot": "morning", "attendee_ids": [a["chair"]]})
    assert summons["id"] in {i for c in again["conflicts"] for i in c["event_ids"]}
    patched = a["api"].patch(f"/api/events/{a['own']}", {"title": "Tiếp công dân định kỳ alphaz"}).get_json()
    assert summons["id"] in {i for c in patched["conflicts"] for i in c["event_ids"]}
    # Through the province group too; and the sibling, not summoned, sees nothing of it.
    group = _summon(world, title="Giao ban trực tuyến", group_ids=[world["p"]["chairmen"]], start="2023-11-28")
    b_own = b["api"].created("/api/events", {"title": "Họp bravoz", "start": "2023-11-28", "slot": "morning",
                                             "chair_id": b["chair"]})
    assert group["id"] in {i for c in b_own["conflicts"] for i in c["event_ids"]}
    assert summons["id"] not in {i for c in b["api"].get(f"/api/conflicts?{RANGE}").get_json()["conflicts"]
                                 for i in c["event_ids"]}


def test_the_communes_conflict_pages_name_the_summons_and_its_source_with_a_link_to_its_page(app, world):
    a = world["a"]
    summons = _summon(world, attendee_ids=[a["chair"]])
    page = _login(app, "user-ax")
    for address in ("/xa-a/xung-dot?thang=2023-11", f"/xa-a/su-kien/{a['own']}"):
        body = page.get(address).get_data(as_text=True)
        assert "Hội nghị trực tuyến về chuyển đổi số" in body, address
        assert "Triệu tập: Văn phòng UBND tỉnh Pê" in body, address
        assert f'href="/xa-a/su-kien/{summons["id"]}"' in body, address  # its read-only page
    result = app.test_cli_runner().invoke(args=["conflicts", "--month", "2023-11", "--office", "xa-a"])
    assert "Hội nghị trực tuyến về chuyển đổi số" in result.output and "triệu tập: Văn phòng UBND tỉnh Pê" in result.output


# ---- the commune's calendar --------------------------------------------------------------------------------

def test_the_communes_calendar_lists_the_summons_read_only_with_its_source(app, world):
    a, b = world["a"], world["b"]
    summons = _summon(world, attendee_ids=[a["chair"], b["chair"], world["p"]["chair"]],
                      agenda=[{"number": 1, "title": "Báo cáo của xã", "unit_ids": [a["unit"], b["unit"]]}])
    alone = _summon(world, title="Họp riêng với xã bravoz", attendee_ids=[b["chair"]], start="2023-11-22")
    listed = {e["id"]: e for e in _events(a["api"])}
    assert summons["id"] in listed and alone["id"] not in listed
    shown = listed[summons["id"]]
    assert shown["summons"] == {"office": "tinh-p", "office_name": "Văn phòng UBND tỉnh Pê"}
    assert listed[a["own"]]["summons"] is None
    # The commune sees its own persons and units in it and the province's, not the sibling's.
    assert set(shown["attendee_ids"]) == {a["chair"], world["p"]["chair"]}
    assert [u["id"] for u in shown["agenda"][0]["units"]] == [a["unit"]]
    assert shown["location"] == "Hội trường UBND tỉnh"
    # A person filter of the commune's finds it too.
    assert summons["id"] in {e["id"] for e in _events(a["api"], f"{RANGE}&person_id={a['chair']}")}
    # Read-only: reading it says whose it is; changing or cancelling it is refused, in Vietnamese.
    read = a["api"].get(f"/api/events/{summons['id']}")
    assert read.status_code == 200 and read.get_json()["summons"]["office"] == "tinh-p"
    for response in (a["api"].patch(f"/api/events/{summons['id']}", {"title": "Đổi"}),
                     a["api"].delete(f"/api/events/{summons['id']}")):
        assert response.status_code == 403
        assert "triệu tập" in response.get_json()["error"]["message"]
    assert a["api"].get(f"/api/events/{alone['id']}").status_code == 404
    assert world["p"]["api"].get(f"/api/events/{summons['id']}").get_json()["title"] == summons["title"]
    # The province, acting as itself, lists its own event as its own.
    assert {e["id"]: e for e in _events(world["p"]["api"])}[summons["id"]]["summons"] is None

    page = _login(app, "user-ax")
    for address in ("/xa-a/lich?thang=2023-11", "/xa-a/lich/tuan?ngay=2023-11-20", "/xa-a/lich/ngay/2023-11-21"):
        body = page.get(address).get_data(as_text=True)
        assert "Hội nghị trực tuyến về chuyển đổi số" in body, address
        assert "Triệu tập" in body and "Văn phòng UBND tỉnh Pê" in body, address
        assert f'href="/xa-a/su-kien/{summons["id"]}"' in body, address  # to its read-only page
        assert "bravoz" not in body.lower(), address
    assert page.get(f"/xa-a/su-kien/{summons['id']}/sua").status_code in (403, 404)
    assert page.get(f"/xa-a/su-kien/{alone['id']}").status_code == 404


def test_a_filter_by_a_sibling_communes_id_answers_as_an_id_that_does_not_exist(app, world):
    """A summons names both communes' chairmen, groups and units: commune A filtering its listing by commune
    B's ids learns nothing (the same answer as for an id no office has), on the API and the calendar page."""
    a, b = world["a"], world["b"]
    summons = _summon(world, attendee_ids=[a["chair"], b["chair"]], group_ids=[a["group"], b["group"]],
                      unit_ids=[a["unit"], b["unit"]])
    for name in ("person_id", "group_id", "unit_id"):
        key = {"person_id": "chair", "group_id": "group", "unit_id": "unit"}[name]
        assert summons["id"] in {e["id"] for e in _events(a["api"], f"{RANGE}&{name}={a[key]}")}, name
        missing = a["api"].get(f"/api/events?{RANGE}&{name}=987654")
        sibling = a["api"].get(f"/api/events?{RANGE}&{name}={b[key]}")
        assert (sibling.status_code, sibling.get_json()) == (missing.status_code, missing.get_json()) == (
            200, {"events": []}), name
        assert summons["id"] in {e["id"] for e in _events(b["api"], f"{RANGE}&{name}={b[key]}")}, name
    page = _login(app, "user-ax")
    body = page.get(f"/xa-a/lich?thang=2023-11&person_id={b['chair']}").get_data(as_text=True)
    assert "chuyển đổi số" not in body and "Tiếp công dân alphaz" not in body


def test_the_summons_page_shows_the_communes_part_of_the_province_event_read_only(app, world):
    """/su-kien/<id> of a summons, in the commune: when, where, its source, the commune's persons (named, or
    members of the groups named), units and the items its units prepare; no sibling's names, nothing to change."""
    a, b = world["a"], world["b"]
    summons = _summon(world, attendee_ids=[a["chair"], b["chair"]], group_ids=[world["p"]["chairmen"], a["group"]],
                      unit_ids=[a["unit"], b["unit"]], attendees_text="Chủ tịch UBND xã alphaz và xã bravoz",
                      agenda=[{"number": 1, "title": "Báo cáo chuyển đổi số của xã alphaz", "unit_ids": [a["unit"]],
                               "deadline": "2023-11-14"},
                              {"number": 2, "title": "Báo cáo của xã bravoz", "unit_ids": [b["unit"]]},
                              {"number": 3, "title": "Tổng hợp ý kiến", "unit_ids": [b["unit"], a["unit"]]}])
    page = _login(app, "user-ax")
    response = page.get(f"/xa-a/su-kien/{summons['id']}")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    article = body[body.index("<article"):body.index("</article>")]
    for text in ("Hội nghị trực tuyến về chuyển đổi số", "Sáng thứ Ba, 21/11/2023", "Hội trường UBND tỉnh",
                 "Triệu tập: Văn phòng UBND tỉnh Pê", "Nguyễn Văn Tỉnh",  # the province's chairman chairs
                 "Trần Văn alphaz", "Nhóm «Chủ tịch UBND các xã, phường»: Trần Văn alphaz",
                 "Nhóm «Lãnh đạo xã alphaz»: Lê Thị alphaz",
                 "Phòng Văn hóa alphaz", "Báo cáo chuyển đổi số của xã alphaz", "14/11/2023", "Tổng hợp ý kiến"):
        assert text in article, text
    assert "bravoz" not in body.lower() and "Báo cáo của xã" not in article
    assert "<form" not in article and "/sua" not in body and "/huy" not in body and "da-nop" not in body
    # The same event is the province's to change, on its own page; a sibling it does not summon sees none.
    province = _login(app, "user-px").get(f"/tinh-p/su-kien/{summons['id']}").get_data(as_text=True)
    assert f"/su-kien/{summons['id']}/sua" in province and "Triệu tập:" not in province
    alone = _summon(world, title="Làm việc riêng với xã alphaz", attendee_ids=[a["chair"]], start="2023-11-22")
    assert _login(app, "user-bx").get(f"/xa-b/su-kien/{alone['id']}").status_code == 404
    assert page.get(f"/xa-a/su-kien/{alone['id']}").status_code == 200


# ---- reminders ---------------------------------------------------------------------------------------------

def test_a_commune_unit_preparing_a_province_item_gets_the_reminders(app, world, smtp):
    a = world["a"]
    summons = _summon(world, agenda=[{"number": 1, "title": "Báo cáo tình hình chuyển đổi số của xã",
                                      "unit_ids": [a["unit"]]}])
    result = app.test_cli_runner().invoke(args=["reminders", "run-due", "--now", "2023-11-09T07:30:00+07:00"])
    assert result.exit_code == 0, result.output
    mail = smtp.recorder.by_recipient()
    assert set(mail) == {"vh-alphaz@example.gov.vn"}
    (message,) = mail["vh-alphaz@example.gov.vn"]
    assert "Báo cáo tình hình chuyển đổi số của xã" in message.get_body(("plain",)).get_content()
    # The sibling, which prepares nothing of it, has no trace of it in its reminders.
    assert "chuyển đổi số" not in world["b"]["api"].get("/api/reminders").get_data(as_text=True)
    # The email's link records the commune unit's papers on the province's item; no more reminders follow.
    link = re.search(r"https://lich\.example\.gov\.vn(/nhac-viec/da-nop/[\w.-]+)",
                     message.get_body(("plain",)).get_content()).group(1)
    assert app.test_client().post(link).status_code == 200
    item = a["api"].get(f"/api/events/{summons['id']}").get_json()["agenda"][0]
    assert item["submitted_at"] is not None and item["units"][0]["submitted_at"] is not None
    result = app.test_cli_runner().invoke(args=["reminders", "run-due", "--now", "2023-11-13T07:30:00+07:00"])
    assert result.exit_code == 0, result.output
    assert len(smtp.recorder.by_recipient()["vh-alphaz@example.gov.vn"]) == 1


def test_a_summoned_communes_reminders_list_its_own_units_reminders_of_the_province_event(app, world, smtp):
    """The reminders the province sent to commune A's unit for its item are listed by A (API and pages), with
    the province event: not those of the province's own unit nor of sibling B's, which B lists."""
    a, b, p = world["a"], world["b"], world["p"]
    p_unit = p["api"].created("/api/units", {"name": "Sở Thông tin tỉnh", "emails": ["stt@example.gov.vn"]})["id"]
    b_mute = b["api"].created("/api/units", {"name": "Phòng Kinh tế bravoz"})["id"]  # no email: a warning
    summons = _summon(world, agenda=[
        {"number": 1, "title": "Báo cáo chuyển đổi số của xã alphaz", "unit_ids": [a["unit"]]},
        {"number": 2, "title": "Báo cáo của xã bravoz", "unit_ids": [b["unit"], b_mute]},
        {"number": 3, "title": "Báo cáo của Sở", "unit_ids": [p_unit]}])
    result = app.test_cli_runner().invoke(args=["reminders", "run-due", "--now", "2023-11-09T07:30:00+07:00"])
    assert result.exit_code == 0, result.output
    assert set(smtp.recorder.by_recipient()) == {"vh-alphaz@example.gov.vn", "vh-bravoz@example.gov.vn",
                                                  "stt@example.gov.vn"}

    def listed(x):
        body = x["api"].get("/api/reminders").get_json()
        return body, {(r["unit"]["id"], r["event"]["id"], r["item"]["title"]) for r in body["reminders"]}
    mine, found = listed(a)
    assert found == {(a["unit"], summons["id"], "Báo cáo chuyển đổi số của xã alphaz")}
    assert {r["status"] for r in mine["reminders"]} == {"sent", "pending"}  # the one sent, the ones to come
    assert mine["warnings"] == [] and "bravoz" not in str(mine) and "Sở" not in str(mine)
    body, found = listed(b)
    assert {unit for unit, *_ in found} == {b["unit"], b_mute} and "alphaz" not in str(body)
    assert body["warnings"] == ["Phòng Kinh tế bravoz: chưa có địa chỉ email, nhắc việc không gửi được"]
    assert {unit for unit, *_ in listed(p)[1]} == {a["unit"], b["unit"], b_mute, p_unit}
    # Filtered by its unit or by the event, and on the reminders page (the sent tab, and the pending one).
    assert len(a["api"].get(f"/api/reminders?event_id={summons['id']}").get_json()["reminders"]) == len(mine["reminders"])
    assert len(a["api"].get(f"/api/reminders?unit_id={a['unit']}&status=sent").get_json()["reminders"]) == 1
    page = _login(app, "user-ax")
    sent = page.get("/xa-a/nhac-viec?trang-thai=sent").get_data(as_text=True)
    assert "Báo cáo chuyển đổi số của xã alphaz" in sent and "Hội nghị trực tuyến về chuyển đổi số" in sent
    assert "Phòng Văn hóa alphaz" in sent and "bravoz" not in sent.lower() and "Sở Thông tin" not in sent
    pending = page.get("/xa-a/nhac-viec").get_data(as_text=True)
    assert "Báo cáo chuyển đổi số của xã alphaz" in pending and "bravoz" not in pending.lower()
    sibling = _login(app, "user-bx").get("/xa-b/nhac-viec?trang-thai=sent").get_data(as_text=True)
    assert "Báo cáo của xã bravoz" in sibling and "alphaz" not in sibling.lower()
    # A failed one is the province's to resend: no "Gửi lại" that would answer 404.
    with state(app).sessions() as session:
        session.execute(update(Reminder).where(Reminder.unit_id == a["unit"], Reminder.status == "sent")
                        .values(status="failed"))
        session.commit()
    failed = page.get("/xa-a/nhac-viec?trang-thai=failed").get_data(as_text=True)
    assert "Báo cáo chuyển đổi số của xã alphaz" in failed and "liên hệ cơ quan đó để gửi lại" in failed
    assert "/gui-lai" not in failed


def test_the_communes_due_page_lists_what_its_units_prepare_for_the_province(app, world):
    """"Việc phải nộp" of commune A: its unit's part of the province item due this week, with its source and
    no marking button (the province marks what it receives); not the sibling's nor the province's units."""
    a, b = world["a"], world["b"]
    p_unit = world["p"]["api"].created("/api/units", {"name": "Sở Thông tin tỉnh"})["id"]
    _summon(world, agenda=[{"number": 1, "title": "Báo cáo chuyển đổi số của các xã", "deadline": "2023-11-03",
                            "unit_ids": [p_unit, a["unit"], b["unit"]], "lead_unit_id": p_unit}])
    own = a["api"].created("/api/events", {"title": "Họp UBND xã alphaz", "start": "2023-11-10", "agenda": [
        {"number": 1, "title": "Báo cáo tháng của xã", "unit_ids": [a["unit"]], "deadline": "2023-11-02"}]})
    page = _login(app, "user-ax").get("/xa-a/viec-phai-nop").get_data(as_text=True)
    section = re.search(rf'<section class="card unit-due" data-unit="{a["unit"]}">(.*?)</section>', page, re.S).group(1)
    assert "Báo cáo chuyển đổi số của các xã" in section and "Triệu tập: Văn phòng UBND tỉnh Pê" in section
    assert "Báo cáo tháng của xã" in section  # its own event's, with the button
    assert section.count("Ghi nhận đã nộp") == 1 and f"/su-kien/{own['id']}/noi-dung/" in section
    assert "bravoz" not in page.lower() and "Sở Thông tin" not in page
    assert 'data-unit="' + str(b["unit"]) + '"' not in page
    sibling = _login(app, "user-bx").get("/xa-b/viec-phai-nop").get_data(as_text=True)
    assert "Báo cáo chuyển đổi số của các xã" in sibling and "alphaz" not in sibling.lower()


def test_a_commune_changing_its_chairmans_groups_keeps_him_in_the_province_group(app, world):
    a = world["a"]
    assert a["api"].patch(f"/api/persons/{a['chair']}", {"group_ids": [a["group"]]}).status_code == 200
    assert a["api"].get(f"/api/persons/{a['chair']}").get_json()["group_ids"] == [a["group"]]  # its own only
    members = world["p"]["api"].get(f"/api/groups/{world['p']['chairmen']}").get_json()["member_ids"]
    assert members == [a["chair"], world["b"]["chair"]]
    _summon(world, group_ids=[world["p"]["chairmen"]])
    assert "chuyển đổi số" in _feed(app, a["api"], "persons", a["chair"])


def test_summons_add_no_statement_per_event(app, world):
    """The commune's month listing and conflict check: as many statements for 1 summons as for 11."""
    from sqlalchemy import event

    a = world["a"]
    engine = state(app).engine

    def statements(address):
        count = []
        listener = lambda *args: count.append(1)  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            assert a["api"].get(address).status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return len(count)

    _summon(world, attendee_ids=[a["chair"]], agenda=[{"number": 1, "title": "Báo cáo", "unit_ids": [a["unit"]]}])
    addresses = (f"/api/events?{RANGE}", f"/api/conflicts?{RANGE}")
    few = [statements(address) for address in addresses]
    for day in range(1, 11):
        _summon(world, title=f"Tập huấn {day}", start=f"2023-11-{day + 1:02d}", group_ids=[world["p"]["chairmen"]],
                agenda=[{"number": 1, "title": "Báo cáo", "unit_ids": [a["unit"], world["b"]["unit"]]}])
    assert len(_events(a["api"])) == 2 + 10
    assert [statements(address) for address in addresses] == few


def test_a_commune_renaming_its_summoned_chairman_renames_him_in_the_province_event_everywhere(app, world):
    a, b = world["a"], world["b"]
    _summon(world, attendee_ids=[a["chair"], b["chair"]])
    before = _feed(app, b["api"], "persons", b["chair"])
    assert "Trần Văn alphaz" in before
    assert a["api"].patch(f"/api/persons/{a['chair']}", {"name": "Trần Văn Mới alphaz"}).status_code == 200
    for x in (a, b):  # the block of the province event was made anew (its render version moved)
        body = _feed(app, x["api"], "persons", x["chair"])
        assert "Trần Văn Mới alphaz" in body and "chuyển đổi số" in body
    assert "Trần Văn Mới alphaz" in _feed(app, world["p"]["api"], "persons", world["p"]["chair"])
