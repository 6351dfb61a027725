"""Isolation between offices: two sibling communes A and B under a province P, each with a directory, events
(with agenda items and preparing units, hence reminders), a weekly series, an import, a day off, slot hours,
users and keys. With B's key or account, every API route and staff page (walked from app.url_map, so a new
route is walked or fails the test) that names an object of A answers 404 or 403 and changes nothing of A;
every listing, search, feed and command answers without a trace of A. P's key sees both."""
import io
import re

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import event, select, text

from service import auth, offices
from service.context import state
from service.db import Base
from tests.conftest import Api
from tests.test_web import token

MARK = {"a": "alphaz", "b": "bravoz"}  # in every name, title and label of the office's data (lower-cased)
PASSWORD = "mat-khau-dai-du"
DAY_OFF = {"alphaz": "2023-11-24", "bravoz": "2023-11-17"}
PROGRAM = ("CHƯƠNG TRÌNH công tác tháng 11 năm 2023\n"
           "1. Ngày 23/11/2023: Hội nghị tổng kết {M}\n"
           "2. Ngày 27/11/2023: Làm việc với Đoàn kiểm tra {M}\n")


def _office_data(api: Api, m: str) -> dict:
    """One office's data, made through the API with its own key."""
    M = m.upper()
    ids = {}
    ids["unit"] = api.created("/api/units", {"name": f"Phòng Tư pháp {M}", "emails": [f"{m}@example.gov.vn"]})["id"]
    ids["person"] = api.created("/api/persons", {"name": f"Nguyễn Văn {M}", "title": f"Chủ tịch UBND xã {M}",
                                                 "email": f"chu-tich-{m}@example.gov.vn", "unit_id": ids["unit"]})["id"]
    ids["group"] = api.created("/api/groups", {"name": f"Lãnh đạo xã {M}", "member_ids": [ids["person"]]})["id"]
    ev = api.created("/api/events", {
        "title": f"Họp Ban Thường vụ {M}", "start": "2023-11-21", "slot": "morning", "location": f"Hội trường {M}",
        "chair_id": ids["person"], "group_ids": [ids["group"]], "unit_ids": [ids["unit"]],
        "agenda": [{"number": 1, "title": f"Báo cáo kinh tế {M}", "unit_ids": [ids["unit"]], "deadline": "2023-11-14"}]})
    ids["event"], ids["item"] = ev["id"], ev["agenda"][0]["id"]
    ids["uid"] = ev["uid"]
    ids["series"] = api.created("/api/events", {
        "title": f"Giao ban sáng thứ Hai {M}", "start": "2023-11-06T07:30:00+07:00", "end": "2023-11-06T09:00:00+07:00",
        "rrule": "FREQ=WEEKLY;BYDAY=MO", "chair_id": ids["person"]})["id"]
    ids["import"] = api.created("/api/imports", {"text": PROGRAM.format(M=M), "source": f"chuong-trinh-{m}"})["id"]
    assert api.post(f"/api/imports/{ids['import']}/commit").status_code == 200
    assert api.call("PUT", "/api/calendar/exceptions", json={"day": DAY_OFF[m], "kind": "day_off",
                                                             "label": f"Nghỉ bù {M}"}).status_code in (200, 201)
    ids["hours"] = api.created("/api/calendar/slot-hours", {"valid_from": "2023-05-01", "valid_to": "2023-09-30",
                                                            "morning": "07:00-11:00"})["id"]
    ids["location"] = api.get("/api/locations").get_json()["locations"][0]["id"]
    ids["office_feed"] = api.get("/api/feed").get_json()["feed_url"]
    ids["person_feed"] = api.post(f"/api/persons/{ids['person']}/feed/rotate").get_json()["feed_url"]
    ids["slug"] = f"xa-{m[0]}"
    return ids


@pytest.fixture
def world(app):
    st = state(app)
    w = {}
    with st.sessions() as session:
        ctx = st.ctx(session, actor="test")
        p = offices.create(ctx, "tinh-p", "Văn phòng UBND tỉnh Pê", "tinh", "ubnd")
        for x in ("a", "b"):
            office = offices.create(ctx, f"xa-{x}", f"Văn phòng HĐND và UBND xã {x.upper()}", "xa", "hdnd_ubnd", p)
            w[f"office_{x}"] = office.id
        w["office_p"] = p.id
        for x in ("a", "b", "p"):
            octx = st.ctx(session, actor="test", office_id=w[f"office_{x}"])
            w[f"key_{x}"] = auth.create_api_key(octx, f"khóa {MARK.get(x, 'pe')}", "office")
            user = auth.create_user(octx, f"user-{MARK.get(x, 'pe')}", f"Chị {MARK.get(x, 'Pê').upper()}", "office",
                                    PASSWORD)
            session.flush()
            w[f"user_{x}"] = user.id
            session.info.clear()
        session.commit()
    client = app.test_client()
    for x in ("a", "b"):
        w[x] = _office_data(Api(client, w[f"key_{x}"]), MARK[x])
    # A summons ("triệu tập") of the province naming A's chairman and A's unit: A's to read, never B's.
    w["summons"] = Api(client, w["key_p"]).created("/api/events", {
        "title": "Hội nghị tỉnh triệu tập alphaz", "start": "2023-11-21", "slot": "morning",
        "location": "Hội trường tỉnh Pê", "attendee_ids": [w["a"]["person"]],
        "agenda": [{"number": 1, "title": "Báo cáo của xã alphaz", "unit_ids": [w["a"]["unit"]]}]})["id"]
    with st.sessions() as session:
        w["a"]["key"] = session.scalar(text("SELECT id FROM api_keys WHERE office_id = :o"), {"o": w["office_a"]})
        w["a"]["user"] = w["user_a"]
        w["a"]["office"] = w["office_a"]
        w["a"]["reminder"] = session.scalar(text(
            "SELECT r.id FROM reminders r JOIN units u ON u.id = r.unit_id WHERE u.office_id = :o"), {"o": w["office_a"]})
        assert w["a"]["reminder"] is not None  # the agenda item's unit gets reminders
    return w


def _login(app, username):
    browser = app.test_client()
    page = browser.get("/dang-nhap").get_data(as_text=True)
    response = browser.post("/dang-nhap", data={"username": username, "password": PASSWORD, "csrf_token": token(page)})
    assert response.status_code == 302
    return browser


def snapshot(app, office_id) -> dict:
    """Every row of the office's own tables and of the rows hanging off its events (unscoped)."""
    with state(app).sessions() as session:
        out = {}
        for table in Base.metadata.sorted_tables:
            if "office_id" in table.c and table.name != "security_log":
                out[table.name] = sorted(map(repr, session.execute(
                    select(table).where(table.c.office_id == office_id)).all()))
            elif "event_id" in table.c and table.name not in ("feed_entries",):
                events = select(Base.metadata.tables["events"].c.id).where(
                    Base.metadata.tables["events"].c.office_id == office_id)
                out[table.name] = sorted(map(repr, session.execute(
                    select(table).where(table.c.event_id.in_(events))).all()))
        return out


def _clean(body: str, mark: str) -> bool:
    return mark not in body.lower()


# ---- the API -----------------------------------------------------------------------------------------------

API_ARGS = {"units": "unit", "persons": "person", "groups": "group", "events": "event", "imports": "import",
            "reminders": "reminder", "users": "user", "api-keys": "key", "agenda-items": "item", "offices": "slug"}
# A plausible body per (method, endpoint): a route must refuse A's object for being A's, not for a bad body.
API_BODIES = {
    "api.patch_event": {"title": "Đổi tên"}, "api.patch_units": {"name": "Đổi tên"},
    "api.patch_persons": {"name": "Đổi tên"}, "api.patch_groups": {"name": "Đổi tên"}, "api.patch_office": {"name": "Đổi tên"},
    "api.set_password": {"password": "mat-khau-moi-dai"},
    "api.move_occurrence": {"start": "2023-11-07T07:30:00+07:00", "end": "2023-11-07T09:00:00+07:00"},
    "api.end_series": {"until": "2023-11-27"},
    "api.commit": None, "api.undo": None,
}
SERIES_ROUTES = ("occurrences", "end")
# Routes that name a period, not an object: B gets its own office's month or week (its documents, its issued
# versions), which must hold nothing of A's.
PERIOD_ARGS = {"month": "2023-11", "week": "2023-11-20"}
PERIOD_FILES = {"programs": "2023-11", "weeks": "2023-11-20", "chuong-trinh": "2023-11", "lich-tuan": "2023-11-20"}


def _text_of(response) -> str:
    """What a reader sees of a response: a .docx's paragraphs and cells, a PDF's text layer, else the body."""
    kind, data = response.headers.get("Content-Type", ""), response.get_data()
    if "wordprocessingml" in kind:
        doc = Document(io.BytesIO(data))
        return "\n".join([p.text for p in doc.paragraphs] +
                         [cell.text for table in doc.tables for row in table.rows for cell in row.cells])
    if kind.startswith("application/pdf"):
        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return response.get_data(as_text=True)


def _names_a_period(rule) -> bool:
    return bool({"month", "week", "name", "period"} & set(rule.arguments))


def _api_address(rule, a: dict) -> str | None:
    parts, out = rule.rule.split("/"), []
    for i, part in enumerate(parts):
        match = re.fullmatch(r"<(?:[^:>]+:)?([^>]+)>", part)
        if not match:
            out.append(part)
        elif match.group(1) in PERIOD_ARGS:
            out.append(PERIOD_ARGS[match.group(1)])
        elif match.group(1) == "name" and parts[i - 1] in PERIOD_FILES:
            out.append(PERIOD_FILES[parts[i - 1]] + (".pdf" if parts[i - 1] == "weeks" else ".docx"))
        elif match.group(1) == "day":
            out.append("2023-11-06" if "occurrences" in parts else DAY_OFF["alphaz"])
        elif parts[i - 1] == "events" and any(p in parts for p in SERIES_ROUTES):
            out.append(str(a["series"]))
        elif parts[i - 1] in API_ARGS:
            out.append(str(a[API_ARGS[parts[i - 1]]]))
        else:
            return None
    return "/".join(out)


def test_another_offices_key_gets_404_or_403_and_nothing_of_it_on_every_api_route(app, world):
    b = Api(app.test_client(), world["key_b"])
    a = world["a"]
    before = snapshot(app, world["office_a"])
    walked, wrong = [], []
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if not rule.rule.startswith("/api/"):
            continue
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            if rule.arguments:
                address = _api_address(rule, a)
                assert address is not None, f"{rule.rule}: tell tests/test_office_isolation.py what its arguments are"
                response = b.call(method, address, json=API_BODIES.get(rule.endpoint, {}))
                if _names_a_period(rule):
                    if response.status_code not in (200, 201, 409):
                        wrong.append((method, address, response.status_code))
                elif response.status_code not in (403, 404):
                    wrong.append((method, address, response.status_code))
            elif method == "GET":
                address = rule.rule
                for query in ("", f"?person_id={a['person']}&unit_id={a['unit']}&group_id={a['group']}",
                              "?from=2023-10-01&to=2023-12-31", f"?q={MARK['a']}"):
                    response = b.get(address + query)
                    if response.status_code >= 500:
                        wrong.append((method, address + query, response.status_code))
                # Acting on an office it may not see (a sibling; the province above it): 404.
                for slug in ("xa-a", "tinh-p"):
                    if b.get(f"{address}?office={slug}").status_code != 404 and rule.endpoint != "api.openapi":
                        wrong.append((method, f"{address}?office={slug}", "not 404"))
            else:  # creating things that name A's objects: refused as unknown ids
                body = {"title": "Họp", "start": "2023-11-21", "slot": "morning", "chair_id": a["person"],
                        "attendee_ids": [a["person"]], "group_ids": [a["group"]], "unit_ids": [a["unit"]],
                        "name": f"Mới {a['unit']}", "member_ids": [a["person"]], "unit_id": a["unit"]}
                response = b.call(method, rule.rule, json=body)
                if response.status_code < 400 and rule.endpoint in ("api.create_event", "api.create_groups",
                                                                    "api.create_persons"):
                    wrong.append((method, rule.rule, response.status_code))
                address = rule.rule
            body = _text_of(response)
            if not _clean(body, MARK["a"]):
                wrong.append((method, address, "shows A's data"))
            walked.append((method, rule.rule))
    assert not wrong, wrong
    assert snapshot(app, world["office_a"]) == before
    assert len(walked) >= 55, len(walked)
    print(f"isolation walk, API: {len(walked)} (method, route) pairs")


def test_listings_of_another_office_hold_none_of_its_data(app, world):
    b = Api(app.test_client(), world["key_b"])
    for address in ("/api/events?from=2023-10-01&to=2023-12-31", "/api/units", "/api/persons", "/api/groups",
                    "/api/locations", "/api/imports", "/api/reminders", "/api/users", "/api/api-keys",
                    "/api/security-log", "/api/calendar/exceptions", "/api/calendar/slot-hours",
                    "/api/conflicts?from=2023-11-01&to=2023-11-30", f"/api/search?q={MARK['a']}", "/api/offices"):
        response = b.get(address)
        assert response.status_code == 200, address
        body = response.get_data(as_text=True).lower()
        assert MARK["a"] not in body, address
        if address not in ("/api/offices", "/api/security-log", "/api/search?q=alphaz", "/api/calendar/slot-hours",
                           "/api/conflicts?from=2023-11-01&to=2023-11-30"):
            assert MARK["b"] in body, address  # and B's own data is there
    assert [o["slug"] for o in b.get("/api/offices").get_json()["offices"]] == ["xa-b"]


def test_feeds_of_an_office_hold_none_of_another_offices_events(app, world):
    client = app.test_client()
    for x, other in (("a", "b"), ("b", "a")):
        for url in (world[x]["office_feed"], world[x]["person_feed"]):
            body = client.get(url.replace("https://lich.example.gov.vn", "")).get_data(as_text=True).lower()
            assert MARK[x] in body and MARK[other] not in body


def test_the_province_sees_every_office_below_it_and_acts_on_one_with_office(app, world):
    p = Api(app.test_client(), world["key_p"])
    body = p.get("/api/events?from=2023-10-01&to=2023-12-31").get_data(as_text=True).lower()
    assert MARK["a"] in body and MARK["b"] in body
    assert {o["slug"]: o["parent"] for o in p.get("/api/offices").get_json()["offices"]} == {
        "tinh-p": None, "xa-a": "tinh-p", "xa-b": "tinh-p"}
    only_a = p.get("/api/events?from=2023-10-01&to=2023-12-31&office=xa-a").get_data(as_text=True).lower()
    assert MARK["a"] in only_a and MARK["b"] not in only_a
    assert p.get(f"/api/events/{world['a']['event']}").status_code == 200
    created = p.created("/api/units?office=xa-a", {"name": "Phòng Văn hóa do tỉnh tạo"})
    assert Api(app.test_client(), world["key_a"]).get(f"/api/units/{created['id']}").status_code == 200
    assert Api(app.test_client(), world["key_b"]).get(f"/api/units/{created['id']}").status_code == 404
    # A commune does not see the province above it.
    assert Api(app.test_client(), world["key_a"]).get("/api/events?office=tinh-p").status_code == 404


def test_a_province_summons_is_read_only_to_the_summoned_office_and_absent_from_its_sibling(app, world):
    a, b = Api(app.test_client(), world["key_a"]), Api(app.test_client(), world["key_b"])
    summons = world["summons"]
    listed = {e["id"]: e for e in a.get("/api/events?from=2023-11-01&to=2023-11-30").get_json()["events"]}
    assert listed[summons]["summons"]["office"] == "tinh-p"
    assert a.get(f"/api/events/{summons}").status_code == 200
    for response in (a.patch(f"/api/events/{summons}", {"title": "Đổi"}), a.delete(f"/api/events/{summons}"),
                     a.get(f"/api/events/{summons}/history")):
        assert response.status_code == 403 and "triệu tập" in response.get_json()["error"]["message"]
    for response in (b.get(f"/api/events/{summons}"), b.patch(f"/api/events/{summons}", {"title": "Đổi"})):
        assert response.status_code == 404
    for address in ("/api/events?from=2023-11-01&to=2023-11-30", "/api/conflicts?from=2023-11-01&to=2023-11-30",
                    "/api/search?q=triệu+tập", "/api/reminders"):
        assert "triệu tập" not in b.get(address).get_data(as_text=True).lower(), address
    body = app.test_client().get(world["b"]["office_feed"].replace("https://lich.example.gov.vn", "")).get_data(as_text=True)
    assert "triệu tập" not in body.lower()
    assert "Hội nghị tỉnh triệu tập alphaz" in app.test_client().get(
        world["a"]["office_feed"].replace("https://lich.example.gov.vn", "")).get_data(as_text=True)


# ---- pages -------------------------------------------------------------------------------------------------

PAGE_IDENT = {  # endpoint -> which of A's objects its <ident> is
    "web.import_preview": "import", "web.import_commit": "import", "web.import_undo": "import",
    "web.edit_place": "location", "web.edit_hours": "hours", "web.delete_hours": "hours", "web.revoke_key": "key",
    "web.disable_user": "user", "web.enable_user": "user", "web.set_user_password": "user",
    "web.set_user_role": "user", "reminders_web.resend_page": "reminder", "web.rename_office": "office",
}
KIND_IDENT = {"don-vi": "unit", "nguoi": "person", "nhom": "group", "person": "person", "unit": "unit",
              "group": "group"}
TOKEN_ROUTES = {"feeds.serve", "reminders_web.submitted"}  # secret links: the token is the authority
# Staff pages whose arguments name no object (a day): a listing, to be shown without A's data.
LISTING_ARGS = {"web.day_view": {"day": "2023-11-21"},
                "web.program_file": {"name": "2023-11.docx"}, "web.week_file": {"name": "2023-11-20.pdf"},
                "web.issued_versions": {"kind_path": "tuan", "period": "2023-11-20"},
                "web.issue_version": {"kind_path": "thang", "period": "2023-11"}}


def _page_addresses(rule, a: dict) -> list[tuple[str, bool]]:
    """(address, names an object of A) for a staff page rule with its arguments filled with A's objects."""
    values = {}
    names_a = False
    for arg in rule.arguments - {"office_slug"} - set(rule.defaults or {}):
        if rule.endpoint in LISTING_ARGS:
            values[arg] = LISTING_ARGS[rule.endpoint][arg]
            continue
        if arg == "kind":
            continue
        names_a = True
        if arg == "event_id":
            values[arg] = a["series"] if any(k in rule.rule for k in ("/lan/", "ket-thuc", "ngay-le")) else a["event"]
        elif arg == "item_id":
            values[arg] = a["item"]
        elif arg == "day":
            values[arg] = "2023-11-06" if "/lan/" in rule.rule else DAY_OFF["alphaz"]
        elif arg == "ident":
            what = PAGE_IDENT.get(rule.endpoint)
            if what is None and "kind" in rule.arguments:
                what = "kind"
            assert what is not None, f"{rule.rule} ({rule.endpoint}): tell tests/test_office_isolation.py its <ident>"
            values[arg] = what
        else:
            raise AssertionError(f"{rule.rule}: tell tests/test_office_isolation.py what <{arg}> is")
    kinds = [None]
    if "kind" in rule.arguments:
        converter = rule._converters["kind"]
        kinds = sorted(getattr(converter, "items", None) or ("person", "unit", "group"))
    out = []
    for kind in kinds:
        path = rule.rule
        filled = dict(values, kind=kind) if kind else dict(values)
        if filled.get("ident") == "kind":
            filled["ident"] = a[KIND_IDENT[kind]]
        elif "ident" in filled:
            filled["ident"] = a[filled["ident"]]
        for arg in rule.arguments - {"office_slug"} - set(rule.defaults or {}):
            path = re.sub(rf"<(?:[^:>]+:)?{arg}>", str(filled[arg]), path)
        out.append((path, names_a))
    return out


def test_another_offices_user_gets_404_or_403_and_nothing_of_it_on_every_page(app, world):
    browser = _login(app, "user-bravoz")
    csrf = token(browser.get("/lich").get_data(as_text=True))
    a = world["a"]
    before = snapshot(app, world["office_a"])
    walked, wrong = 0, []
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if rule.endpoint in TOKEN_ROUTES or rule.rule.startswith("/api/") or "static" in rule.endpoint:
            continue
        view = app.view_functions[rule.endpoint]
        if not hasattr(view, "required_role"):  # not a staff page (log-in, health)
            continue
        for path, names_a in _page_addresses(rule, a):
            prefixed = "office_slug" in rule.arguments
            variants = []
            if prefixed:
                tail = re.sub(r"^/<office:office_slug>", "", path)
                variants += [(f"/xa-a{tail}", True), (f"/tinh-p{tail}", True), (f"/xa-b{tail}", names_a)]
            else:
                variants.append((path, names_a))
            for address, refused in variants:
                for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
                    if method == "GET":
                        query = "?thang=2023-11&q=Hội+trường" if not refused else ""
                        response = browser.get(address + query)
                    else:
                        response = browser.post(address, data={"csrf_token": csrf, "title": "x", "name": "x",
                                                               "label": "x", "kind": "day_off", "day": "01/12/2023"})
                    body = _text_of(response)
                    if refused and response.status_code not in (403, 404):  # a POST too: no redirect with a message
                        wrong.append((method, address, response.status_code))
                    if not refused and method == "GET" and response.status_code != (
                            302 if rule.endpoint == "web.home" else 200):
                        wrong.append((method, address, response.status_code))
                    if not _clean(body, MARK["a"]):
                        wrong.append((method, address, "shows A's data"))
                    walked += 1
    assert not wrong, wrong
    assert snapshot(app, world["office_a"]) == before
    assert walked >= 150, walked
    print(f"isolation walk, pages: {walked} requests")


def test_prefixed_pages_keep_the_prefix_and_the_province_user_picks_a_commune(app, world):
    province = _login(app, "user-pe")
    page = province.get("/xa-a/lich?thang=2023-11").get_data(as_text=True)
    assert "alphaz" in page.lower() and "bravoz" not in page.lower()
    assert 'href="/xa-a/lich/tuan' in page  # url_for keeps the office's prefix
    assert province.get(f"/xa-a/su-kien/{world['a']['event']}").status_code == 200
    assert province.get(f"/xa-b/su-kien/{world['a']['event']}").status_code == 404
    commune = _login(app, "user-alphaz")
    assert commune.get("/tinh-p/lich").status_code == 404
    assert commune.get("/xa-a/lich").status_code == 200
    assert "alphaz" in commune.get("/lich?thang=2023-11").get_data(as_text=True).lower()  # unprefixed: its own


# ---- the command line --------------------------------------------------------------------------------------

def test_every_command_with_another_office_never_shows_or_changes_its_data(app, world, tmp_path):
    program = tmp_path / "ct.txt"
    program.write_text(PROGRAM.format(M="BRAVOZ"), encoding="utf-8")
    a = world["a"]
    runner = app.test_cli_runner()
    before = snapshot(app, world["office_a"])
    invocations = [
        ["import-program", str(program), "--dry-run", "--source", "chuong-trinh-alphaz"], ["undo-import", str(a["import"])],
        ["users", "list"], ["users", "disable", "user-alphaz"], ["users", "enable", "user-alphaz"],
        ["users", "set-password", "user-alphaz", "--password", "mat-khau-moi-dai"],
        ["api-keys", "list"], ["api-keys", "revoke", str(a["key"])], ["create-api-key", "--role", "viewer"],
        ["conflicts", "--month", "2023-11"], ["feed-url", "--person", str(a["person"])], ["feed-url", "--office-feed"],
        ["seed-demo"], ["create-user", "--username", "vanthu-b", "--role", "viewer", "--password", "x" * 12],
        ["export-program", "--month", "2023-11", "-o", str(tmp_path / "b.docx")],
        ["export-week", "--week", "2023-11-20", "--format", "pdf", "-o", str(tmp_path / "b.pdf")]]
    walked = {args[0] for args in invocations}
    assert walked >= set(app.cli.commands) - {"init-db", "create-office", "update-office", "delete-office", "offices",
                                              "reminders", "scheduler"}
    for args in invocations:
        result = runner.invoke(args=[*args, "--office", "xa-b"])
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.output)
        shown = result.output.lower()
        for arg in args:  # (an error may name what the operator typed)
            shown = shown.replace(arg.lower(), "")
        assert MARK["a"] not in shown, (args, result.output)
    assert snapshot(app, world["office_a"]) == before
    docx = "\n".join(p.text for p in Document(str(tmp_path / "b.docx")).paragraphs)
    pdf = "\n".join(page.extract_text() for page in PdfReader(str(tmp_path / "b.pdf")).pages)
    assert MARK["b"] in docx.lower() + pdf.lower() and MARK["a"] not in docx.lower() + pdf.lower()
    assert MARK["a"] in runner.invoke(args=["users", "list", "--office", "tinh-p"]).output.lower()
    several = runner.invoke(args=["users", "list"])
    assert several.exit_code == 1 and "--office" in several.output and "Traceback" not in several.output


# ---- cost --------------------------------------------------------------------------------------------------

def test_scoping_adds_no_statement_per_row(app, world):
    """The month's events of B: as many statements for 2 events as for 12."""
    b = Api(app.test_client(), world["key_b"])
    engine = state(app).engine

    def statements(address):
        count = []
        listener = lambda *args: count.append(1)  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            assert b.get(address).status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return len(count)

    few = statements("/api/events?from=2023-11-01&to=2023-11-30")
    for day in range(1, 11):
        b.created("/api/events", {"title": f"Tiếp dân {day}", "start": f"2023-11-{day + 10:02d}", "slot": "afternoon",
                                  "unit_ids": [world["b"]["unit"]]})
    assert statements("/api/events?from=2023-11-01&to=2023-11-30") == few


def test_two_offices_import_the_same_template_under_the_same_name(app):
    """Communes copy the province's template program: the same text under the same source name makes the
    same import keys, each office's own (not one global key space: the second commit was a 500)."""
    st = state(app)
    keys = {}
    with st.sessions() as session:
        ctx = st.ctx(session, actor="test")
        province = offices.only_office(session)
        for x in ("a", "b"):
            office = offices.create(ctx, f"xa-{x}", f"Văn phòng HĐND và UBND xã {x.upper()}", "xa", "hdnd_ubnd",
                                    province)
            keys[x] = auth.create_api_key(st.ctx(session, actor="test", office_id=office.id), "khóa", "office")
            session.info.clear()
        session.commit()
    program = "CHƯƠNG TRÌNH công tác tháng 11 năm 2023\n1. Ngày 23/11/2023: Hội nghị tổng kết công tác\n"
    for x in ("a", "b", "a"):  # (and again: the same document re-imported changes nothing)
        api = Api(app.test_client(), keys[x])
        preview = api.created("/api/imports", {"text": program, "source": "chuong-trinh-thang-11"})
        committed = api.post(f"/api/imports/{preview['id']}/commit")
        assert committed.status_code == 200, committed.get_json()
        events = api.get("/api/events?from=2023-11-01&to=2023-11-30").get_json()["events"]
        assert [e["title"] for e in events] == ["Hội nghị tổng kết công tác"]
