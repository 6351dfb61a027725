"""Changing and removing offices: `update-office` and `delete-office` (the deployment's operator), PATCH
/api/offices/<slug> (an office key, on the offices below its own), on both databases. A refusal is one
Vietnamese line naming the field, and changes nothing."""
import re

import pytest
from sqlalchemy import select, text

from service import auth, office_admin, offices
from service.context import state
from service.db import Base
from service.models import Office
from tests.conftest import Api
from tests.test_office_isolation import PASSWORD, _login, _office_data
from tests.test_web import field_error, token

VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)


@pytest.fixture
def tree(app):
    """van-phong (the deployment's office, tinh-ubnd) > tinh-hdnd > xa-c; van-phong > xa-a, xa-b; with an office
    key and account ("office-<slug>") of van-phong, xa-a and xa-b, and a viewer key and account of van-phong."""
    st = state(app)
    keys = {}
    with st.sessions() as session:
        ctx = st.ctx(session, actor="test")
        top = offices.only_office(session)
        hdnd = offices.create(ctx, "tinh-hdnd", "Văn phòng HĐND tỉnh", "tinh", "hdnd", top)
        offices.create(ctx, "xa-c", "Văn phòng HĐND và UBND xã C", "xa", "hdnd_ubnd", hdnd)
        for x in ("a", "b"):
            offices.create(ctx, f"xa-{x}", f"Văn phòng HĐND và UBND xã {x.upper()}", "xa", "hdnd_ubnd", top)
        session.flush()
        for slug, role in (("van-phong", "office"), ("xa-a", "office"), ("xa-b", "office"), ("van-phong", "viewer")):
            office = offices.find_by_slug(session, slug)
            octx = st.ctx(session, actor="test", office_id=office.id)
            keys[(slug, role)] = auth.create_api_key(octx, "khóa", role)
            auth.create_user(octx, f"{role}-{slug}", "Chị Lan", role, PASSWORD)
            session.flush()
            session.info.clear()
        session.commit()
    return keys


def _offices(app) -> list[tuple]:
    with state(app).sessions() as session:
        rows = session.scalars(select(Office).order_by(Office.id)).all()
        slugs = {o.id: o.slug for o in rows}
        return [(o.slug, o.name, o.tier, o.body, slugs.get(o.parent_id)) for o in rows]


def _run(app, *args):
    return app.test_cli_runner().invoke(args=list(args))


# ---- update-office -----------------------------------------------------------------------------------------

def test_update_office_renames_moves_and_changes_the_slug(app, tree):
    client = app.test_client()
    person_feed = Api(client, tree[("xa-a", "office")]).post(
        f"/api/persons/{Api(client, tree[('xa-a', 'office')]).created('/api/persons', {'name': 'Lê Văn Ba'})['id']}"
        "/feed/rotate").get_json()["feed_url"].replace("https://lich.example.gov.vn", "")
    office_feed = Api(client, tree[("xa-a", "office")]).get("/api/feed").get_json()["feed_url"].replace(
        "https://lich.example.gov.vn", "")
    assert "Văn phòng HĐND và UBND xã A" in client.get(office_feed).get_data(as_text=True)
    assert client.get("/cong-khai/xa-a/lich-tuan").status_code == 200

    result = _run(app, "update-office", "--slug", "xa-a", "--name", "Văn phòng HĐND và UBND xã An Phú",
                  "--new-slug", "xa-an-phu", "--parent", "tinh-hdnd", "--level", "xa-ubnd")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == ("Đã sửa cơ quan xa-an-phu: Văn phòng HĐND và UBND xã An Phú, xa-ubnd, "
                                             "trực thuộc tinh-hdnd.")
    assert "/xa-a/" in result.output and "/cong-khai/xa-an-phu/lich-tuan" in result.output  # what changes, said
    assert ("xa-an-phu", "Văn phòng HĐND và UBND xã An Phú", "xa", "ubnd", "tinh-hdnd") in _offices(app)
    # The new slug serves, the old one is gone; the secret feed links are token-based and keep working, the
    # office feed titled with the new name.
    assert client.get("/cong-khai/xa-an-phu/lich-tuan").status_code == 200
    assert client.get("/cong-khai/xa-a/lich-tuan").status_code == 404
    assert client.get(person_feed).status_code == 200
    body = client.get(office_feed).get_data(as_text=True)
    assert "X-WR-CALNAME:Lịch công tác — Văn phòng HĐND và UBND xã An Phú" in body.replace("\r\n ", "")
    # The province it now belongs to sees it; the one it left no longer does.
    province = Api(client, tree[("van-phong", "office")])
    assert "xa-an-phu" in [o["slug"] for o in province.get("/api/offices?office=tinh-hdnd").get_json()["offices"]]
    assert _run(app, "update-office", "--slug", "xa-an-phu", "--no-parent").exit_code == 0
    assert ("xa-an-phu", "Văn phòng HĐND và UBND xã An Phú", "xa", "ubnd", None) in _offices(app)
    assert "xa-an-phu" not in [o["slug"] for o in province.get("/api/offices").get_json()["offices"]]


@pytest.mark.parametrize("args, option, words", [
    (["--slug", "khong-co", "--name", "X"], None, "Không có cơ quan «khong-co»"),
    (["--slug", "xa-a"], None, "không có gì để sửa"),
    (["--slug", "xa-a", "--parent", "van-phong", "--no-parent"], "--no-parent", "chọn một trong"),
    (["--slug", "xa-a", "--new-slug", "Xã A"], "--new-slug", "chữ thường không dấu"),
    (["--slug", "xa-a", "--new-slug", "xa-b"], "--new-slug", "đã có cơ quan «xa-b»"),
    (["--slug", "xa-a", "--new-slug", "api"], "--new-slug", "«api» là đường dẫn của chính trang web"),
    (["--slug", "xa-a", "--new-slug", "cong-khai"], "--new-slug", "«cong-khai» là đường dẫn của chính trang web"),
    (["--slug", "xa-a", "--name", "  "], "--name", "tên cơ quan dài 1–300 ký tự"),
    (["--slug", "xa-a", "--name", "Xã\nA"], "--name", "trên một dòng"),
    (["--slug", "xa-a", "--parent", "khong-co"], "--parent", "không có cơ quan «khong-co»"),
    (["--slug", "xa-a", "--parent", "xa-b"], "--parent", "phải là cơ quan cấp tỉnh"),
    (["--slug", "tinh-hdnd", "--parent", "tinh-hdnd"], "--parent", "không thể trực thuộc chính mình"),
    (["--slug", "van-phong", "--parent", "tinh-hdnd"], "--parent", "không thể trực thuộc chính mình"),
    (["--slug", "tinh-hdnd", "--level", "xa-ubnd"], "--level", "có 1 cơ quan trực thuộc"),
    (["--slug", "xa-a", "--level", "huyen"], "--level", "huyen"),
])
def test_update_office_refuses_in_one_line_naming_the_option_and_writes_nothing(app, tree, args, option, words):
    before = _offices(app)
    result = _run(app, "update-office", *args)
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.output, result.output
    assert option is None or option in lines[0], result.output
    assert VIETNAMESE.search(lines[0])
    assert _offices(app) == before


def test_create_office_holds_the_same_rules(app, tree):
    """The parent a province-level office (as --help says), the level refused in Vietnamese."""
    before = _offices(app)
    under_commune = _run(app, "create-office", "--slug", "thon-1", "--name", "Thôn 1", "--level", "xa-ubnd",
                         "--parent", "xa-a")
    assert under_commune.exit_code == 1 and "parent: cơ quan cấp trên phải là cơ quan cấp tỉnh" in under_commune.output
    level = _run(app, "create-office", "--slug", "thon-1", "--name", "Thôn 1", "--level", "thon")
    assert level.exit_code == 1 and "--level: «thon» không có; phải là một trong: tinh-ubnd" in level.output
    for path in ("lich", "dang-nhap", "feeds"):  # a slug the site's own pages use: /lich/lich would be ambiguous
        taken = _run(app, "create-office", "--slug", path, "--name", "Xã Lịch", "--level", "xa-ubnd")
        assert taken.exit_code == 1 and f"«{path}» là đường dẫn của chính trang web" in taken.output, taken.output
    assert _offices(app) == before


def test_a_move_that_leaves_a_summons_without_its_office_above_is_refused(app, tree):
    """The province's event summons xa-a's chairman: xa-a cannot leave the province (the event would name
    someone of an office it is not above); xa-b, summoned by nobody, can."""
    client = app.test_client()
    chairman = Api(client, tree[("xa-a", "office")]).created("/api/persons", {"name": "Chủ tịch xã A"})["id"]
    Api(client, tree[("van-phong", "office")]).created("/api/events", {
        "title": "Hội nghị tỉnh", "start": "2023-11-21", "slot": "morning", "attendee_ids": [chairman]})
    assert _run(app, "create-office", "--slug", "tinh-q", "--name", "Văn phòng UBND tỉnh Q", "--level", "tinh-ubnd"
                ).exit_code == 0
    before = _offices(app)
    for args in (["--no-parent"], ["--parent", "tinh-q"]):
        result = _run(app, "update-office", "--slug", "xa-a", *args)
        assert result.exit_code == 1 and "--parent: " in result.output and "1 sự kiện triệu tập" in result.output, \
            result.output
    assert _offices(app) == before
    assert _run(app, "update-office", "--slug", "xa-b", "--parent", "tinh-q").exit_code == 0
    # Under tinh-hdnd, the province is still above it: allowed.
    assert _run(app, "update-office", "--slug", "xa-a", "--parent", "tinh-hdnd").exit_code == 0


# ---- delete-office -----------------------------------------------------------------------------------------

def _rows_of(app, office_id) -> dict:
    with state(app).sessions() as session:
        return {t.name: session.execute(select(t).where(t.c.office_id == office_id)).all()
                for t in Base.metadata.sorted_tables if "office_id" in t.c}


def test_delete_office_removes_an_empty_office_and_its_office_feed_link(app, tree):
    issued = _run(app, "feed-url", "--office-feed", "--office", "xa-c")
    assert issued.exit_code == 0, issued.output
    feed = issued.output.splitlines()[0].replace("https://lich.example.gov.vn", "")
    assert app.test_client().get(feed).status_code == 200
    result = _run(app, "delete-office", "--slug", "xa-c")
    assert result.exit_code == 0 and result.output.strip() == "Đã xóa cơ quan xa-c.", result.output
    assert "xa-c" not in [row[0] for row in _offices(app)]
    assert app.test_client().get(feed).status_code == 404
    with state(app).sessions() as session:
        assert session.execute(text("SELECT count(*) FROM feed_tokens WHERE subject_type = 'office' "
                                    "AND subject_id NOT IN (SELECT id FROM offices)")).scalar() == 0
    missing = _run(app, "delete-office", "--slug", "xa-c")
    assert missing.exit_code == 1 and "Không có cơ quan «xa-c»" in missing.output


def test_delete_office_refuses_an_office_with_data_saying_what_it_holds(app, tree):
    client = app.test_client()
    _office_data(Api(client, tree[("xa-a", "office")]), "alphaz")
    with state(app).sessions() as session:
        office_a = offices.find_by_slug(session, "xa-a").id
    before, listed = _rows_of(app, office_a), _offices(app)
    result = _run(app, "delete-office", "--slug", "xa-a")
    assert result.exit_code == 1, result.output
    [line] = result.output.splitlines()
    assert line.startswith("Error: Cơ quan «xa-a» còn dữ liệu nên không xóa được: ")
    for held in ("sự kiện", "đơn vị", "1 người", "1 nhóm", "lần nhập chương trình", "ngày nghỉ, làm bù",
                 "khung giờ làm việc", "1 khóa API", "địa điểm"):
        assert held in line, (held, line)
    assert _rows_of(app, office_a) == before and _offices(app) == listed
    # An office with offices below it; one with a user only.
    parent = _run(app, "delete-office", "--slug", "tinh-hdnd")
    assert parent.exit_code == 1 and "1 cơ quan trực thuộc" in parent.output
    assert _run(app, "create-user", "--office", "xa-c", "--username", "vanthu-c", "--role", "viewer",
                "--password", "mat-khau-dai-du").exit_code == 0
    user = _run(app, "delete-office", "--slug", "xa-c")
    assert user.exit_code == 1 and "1 tài khoản" in user.output
    assert _offices(app) == listed


def test_every_table_of_office_data_blocks_deletion_in_words():
    """A new table of office data is counted by `holdings` (it reads every table with office_id): it needs
    its words in HOLDINGS, or a place in GO_WITH_IT."""
    tables = {t.name for t in Base.metadata.sorted_tables if "office_id" in t.c}
    assert tables - set(office_admin.GO_WITH_IT) == set(office_admin.HOLDINGS)


# ---- PATCH /api/offices/<slug> -----------------------------------------------------------------------------

def test_a_province_key_renames_and_moves_an_office_below_it(app, tree):
    province = Api(app.test_client(), tree[("van-phong", "office")])
    response = province.patch("/api/offices/xa-a", {"name": "Văn phòng HĐND và UBND xã An Phú"})
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {"slug": "xa-a", "name": "Văn phòng HĐND và UBND xã An Phú", "tier": "xa",
                                   "body": "hdnd_ubnd", "parent": "van-phong"}
    moved = province.patch("/api/offices/xa-a", {"parent": "tinh-hdnd", "level": "xa-ubnd"}).get_json()
    assert (moved["parent"], moved["tier"], moved["body"]) == ("tinh-hdnd", "xa", "ubnd")
    # Acting on tinh-hdnd (?office=), the key reaches xa-c below it.
    renamed = province.patch("/api/offices/xa-c?office=tinh-hdnd", {"name": "Xã C mới"})
    assert renamed.status_code == 200 and renamed.get_json()["name"] == "Xã C mới"
    assert ("xa-a", "Văn phòng HĐND và UBND xã An Phú", "xa", "ubnd", "tinh-hdnd") in _offices(app)


@pytest.mark.parametrize("key, slug, status", [
    (("xa-b", "office"), "xa-a", 404),  # a sibling: it cannot see it
    (("xa-a", "office"), "van-phong", 404),  # the province above it
    (("xa-a", "office"), "xa-a", 403),  # its own office
    (("van-phong", "office"), "van-phong", 403),
    (("van-phong", "viewer"), "xa-a", 403),  # a viewer key changes nothing
    (("van-phong", "office"), "khong-co", 404),
])
def test_an_office_outside_the_keys_reach_is_refused(app, tree, key, slug, status):
    before = _offices(app)
    response = Api(app.test_client(), tree[key]).patch(f"/api/offices/{slug}", {"name": "Đổi tên"})
    assert response.status_code == status
    assert VIETNAMESE.search(response.get_json()["error"]["message"])
    assert _offices(app) == before


@pytest.mark.parametrize("slug, body, field, words", [
    ("xa-a", {"name": ""}, "name", "không được để trống"),
    ("xa-a", {"name": "x" * 301}, "name", "dài quá 300 ký tự"),
    ("xa-a", {"level": "huyen"}, "level", "phải là một trong"),
    ("xa-a", {"slug": "xa-moi"}, "slug", "không được hỗ trợ"),
    ("xa-a", {"parent": "xa-b"}, "parent", "phải là cơ quan cấp tỉnh"),
    ("xa-a", {"parent": None}, "parent", "phải trực thuộc"),
    ("xa-a", {"parent": "khong-co"}, "parent", "không có cơ quan «khong-co»"),
    ("tinh-hdnd", {"parent": "xa-a"}, "parent", "phải là cơ quan cấp tỉnh"),
    ("tinh-hdnd", {"parent": "xa-c"}, "parent", "không thể trực thuộc chính mình"),
    ("tinh-hdnd", {"parent": "tinh-hdnd"}, "parent", "không thể trực thuộc chính mình"),
    ("tinh-hdnd", {"level": "xa-dang-uy"}, "level", "có 1 cơ quan trực thuộc"),
])
def test_a_bad_change_is_a_422_naming_the_field(app, tree, slug, body, field, words):
    before = _offices(app)
    response = Api(app.test_client(), tree[("van-phong", "office")]).patch(f"/api/offices/{slug}", body)
    assert response.status_code == 422, response.get_json()
    fields = response.get_json()["error"]["fields"]
    assert list(fields) == [field] and words in fields[field], fields
    assert _offices(app) == before


def test_the_openapi_document_describes_the_change_of_an_office(app):
    document = app.test_client().get("/api/openapi.json").get_json()
    patch = document["paths"]["/api/offices/{slug}"]["patch"]
    assert patch["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/OfficePatch")
    assert set(document["components"]["schemas"]["OfficePatch"]["properties"]) == {"name", "level", "parent"}
    assert set(document["components"]["schemas"]["OfficePatch"]["properties"]["level"]["anyOf"][0]["enum"]) == set(
        offices.LEVELS)


# ---- the page «Cơ quan trực thuộc» -------------------------------------------------------------------------

def _rename(browser, path, ident, name, page=None):
    csrf = token(browser.get(page or path).get_data(as_text=True))
    return browser.post(f"{path}/{ident}/ten", data={"name": name, "csrf_token": csrf})


def _id(app, slug) -> int:
    with state(app).sessions() as session:
        return offices.find_by_slug(session, slug).id


def test_the_province_renames_an_office_below_it_from_its_page(app, tree):
    province = _login(app, "office-van-phong")
    page = province.get("/quan-tri/co-quan").get_data(as_text=True)
    assert '<a href="/quan-tri/co-quan" aria-current="page">Cơ quan trực thuộc</a>' in page
    assert re.findall(r'data-office="([^"]+)"', page) == ["tinh-hdnd", "xa-a", "xa-b", "xa-c"]  # by name
    assert "HĐND và UBND xã" in page and "HĐND tỉnh" in page  # the level, in words
    xa_a = _id(app, "xa-a")
    done = _rename(province, "/quan-tri/co-quan", xa_a, "  Văn phòng HĐND và UBND xã An Phú ")
    assert done.status_code == 302 and done.headers["Location"] == "/quan-tri/co-quan"
    after = province.get("/quan-tri/co-quan").get_data(as_text=True)
    assert "Đã đổi tên cơ quan xa-a thành «Văn phòng HĐND và UBND xã An Phú»." in after
    assert ("xa-a", "Văn phòng HĐND và UBND xã An Phú", "xa", "hdnd_ubnd", "van-phong") in _offices(app)
    # Refused next to the field, the typed name kept, nothing written.
    before = _offices(app)
    for name, words in (("   ", "không được để trống"), ("x" * 301, "dài quá 300 ký tự"), ("Xã\nA", "một dòng")):
        refused = _rename(province, "/quan-tri/co-quan", xa_a, name)
        body = refused.get_data(as_text=True)
        assert refused.status_code == 422 and words in field_error(body, f"name-{xa_a}"), body
        assert f'value="{name}"' in body
    assert _offices(app) == before
    # Acting on tinh-hdnd (the prefix), only xa-c is below: xa-a is not its to rename.
    below = province.get("/tinh-hdnd/quan-tri/co-quan").get_data(as_text=True)
    assert re.findall(r'data-office="([^"]+)"', below) == ["xa-c"]
    assert _rename(province, "/tinh-hdnd/quan-tri/co-quan", xa_a, "Đổi").status_code == 404


def test_a_commune_has_no_offices_below_and_renames_none(app, tree):
    commune = _login(app, "office-xa-a")
    assert "Cơ quan trực thuộc" not in commune.get("/quan-tri").get_data(as_text=True)  # not in its sub-pages
    page = commune.get("/quan-tri/co-quan")
    assert page.status_code == 200 and "Cơ quan này không có cơ quan trực thuộc." in page.get_data(as_text=True)
    before = _offices(app)
    for slug, status in (("xa-a", 403), ("xa-b", 404), ("van-phong", 404)):
        assert _rename(commune, "/quan-tri/co-quan", _id(app, slug), "Đổi tên").status_code == status, slug
    assert _rename(commune, "/quan-tri/co-quan", 99999, "Đổi tên").status_code == 404
    viewer = _login(app, "viewer-van-phong")
    assert viewer.get("/quan-tri/co-quan").status_code == 403
    assert _rename(viewer, "/quan-tri/co-quan", _id(app, "xa-a"), "Đổi tên", page="/lich").status_code == 403
    assert _offices(app) == before
