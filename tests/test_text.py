"""The one fold of Vietnamese names (service.text.fold): what it makes equal, the stored name_key built on
it (clashes found through the API whatever the tone style), and migration 0007 that recomputed the keys."""
import ast
import importlib.util
import unicodedata
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import select

from service import create_app
from service.context import state
from service.importer import repair, resolve
from service.migrate import alembic_config
from service.models import Group, Location, Unit
from service.text import NAME_KEY_LENGTH, clean, fold, name_key
from tests.conftest import make_config

VERSIONS = Path(__file__).resolve().parent.parent / "service" / "migrations" / "versions"


def _migration(filename: str):
    spec = importlib.util.spec_from_file_location(f"migration_{filename[:4]}", VERSIONS / filename)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- fold ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Hoà Bình", "Hòa Bình"), ("Thuỷ lợi", "Thủy lợi"), ("khoẻ", "khỏe"), ("Văn hoá", "Văn hóa"),
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"), ("Quý", "Qúy"), ("toạ đàm", "tọa đàm"), ("Hoè", "Hòe"),
])
def test_both_tone_styles_fold_alike(a, b):
    assert fold(a) == fold(b)


def test_the_key_puts_the_tone_on_the_first_vowel():
    # The style the importer's abbreviations and lexicon are written in ("ủy ban nhân dân", "văn hóa").
    assert fold("Uỷ ban nhân dân xã Hoà Bình") == "ủy ban nhân dân xã hòa bình"
    assert fold("PHÒNG VĂN HOÁ") == "phòng văn hóa"


def test_legacy_glyphs_fold_as_the_letters_they_stand_for():
    assert fold("Trƣờng THCS Nguyễn Trƣờng Tộ") == fold("Trường THCS Nguyễn Trường Tộ")
    assert fold("ƢU TIÊN") == "ưu tiên"
    assert fold("\uf0b7 Họp") == fold("- Họp") == "- họp"


def test_nfd_input_folds_like_nfc():
    for name in ("Phòng Văn hoá", "Hội trường UBND huyện", "Đội Quản lý thị trường số 5", "Thuỷ"):
        nfd = unicodedata.normalize("NFD", name)
        assert nfd != name and fold(nfd) == fold(name)
    # ƣ followed by a combining tone: translated first, then composed ("ứ"), as in the importer's text.
    assert fold("Sƣ\u0301c khoẻ") == fold("Sức khỏe") == "sức khỏe"


def test_spacing_case_ampersand_and_dash():
    assert fold("  Phòng\tNội\u00a0vụ \r\n huyện  ") == "phòng nội vụ huyện"
    assert fold("Phòng\u200b Nội vụ\ufeff") == "phòng nội vụ"
    assert fold("Phòng NN&PTNT") == fold("phòng nn & ptnt") == fold("PHÒNG NN  &  PTNT") == "phòng nn & ptnt"
    assert fold("Phòng TC-KH") == fold("Phòng TC – KH") == fold("phòng tc—kh") == "phòng tc - kh"
    assert fold("ĐẢNG ỦY XÃ") == fold("đảng ủy xã") == fold("Đảng Uỷ Xã")


def test_fold_is_idempotent_and_clean_is_not_a_key():
    for name in ("Hoà Bình", "NN&PTNT", "Trƣờng", "  A  -B ", "Ủy ban"):
        assert fold(fold(name)) == fold(name)
    assert clean("  Văn hoá\u00a0 ") == "Văn hoá"  # the stored form keeps case and tone style as written


def test_one_fold_everywhere():
    """name_key is the fold; the importer's repair and matching use the same function, not copies."""
    assert repair.fold is fold and resolve.fold is fold
    for name in ("Hội trường UBND xã Hoà Bình", "Phòng NN&PTNT", "Trƣờng"):
        assert name_key(name) == fold(name)
        # resolve.key is fold + abbreviations: it gives the same answer on text already folded.
        assert resolve.key(name) == resolve.key(fold(name))
    assert resolve.key("Phòng NN&PTNT") == resolve.key("Phòng Nông nghiệp và Phát triển nông thôn")
    assert fold("Phòng NN&PTNT") != fold("Phòng Nông nghiệp và Phát triển nông thôn")  # that is resolve's job


def test_a_long_name_key_fits_its_column_and_stays_distinct():
    a, b = "-".join(["Tổ"] * 99) + "-A", "-".join(["Tổ"] * 99) + "-B"  # 299 characters, folded ~ 500
    assert len(a) <= 300 and len(fold(a)) > NAME_KEY_LENGTH
    assert len(name_key(a)) == NAME_KEY_LENGTH and name_key(a) != name_key(b)
    assert name_key(a) == name_key(a.replace("-", " - ").upper())


# --- clashes through the API ------------------------------------------------------------------------------

def test_unit_names_clash_whatever_the_tone_style(api):
    first = api.created("/api/units", {"name": "Phòng Văn hoá"})
    for spelling in ("Phòng Văn hóa", "PHÒNG VĂN HOÁ", unicodedata.normalize("NFD", "Phòng Văn hóa"),
                     "Phòng  Văn\u00a0hoá"):
        again = api.post("/api/units", {"name": spelling})
        assert again.status_code == 422, spelling
        fields = again.get_json()["error"]["fields"]
        assert list(fields) == ["name"] and f"id {first['id']}" in fields["name"]
    # Renaming a unit to another spelling of its own name is no clash.
    renamed = api.patch(f"/api/units/{first['id']}", {"name": "Phòng Văn hóa"})
    assert renamed.status_code == 200 and renamed.get_json()["name"] == "Phòng Văn hóa"


def test_group_names_clash_whatever_the_tone_style(api):
    api.created("/api/groups", {"name": "Thường trực Huyện uỷ"})
    again = api.post("/api/groups", {"name": "Thường trực Huyện ủy"})
    assert again.status_code == 422 and "name" in again.get_json()["error"]["fields"]


def test_a_place_written_two_ways_is_one_place(api):
    one = api.created("/api/events", {"title": "Họp", "start": "2023-11-21", "slot": "morning",
                                      "location": "Hội trường UBND xã Hoà Bình"})
    two = api.created("/api/events", {"title": "Họp 2", "start": "2023-11-22", "slot": "morning",
                                      "location": "Hội trường UBND xã Hòa Bình"})
    assert one["location_id"] is not None and one["location_id"] == two["location_id"]


# --- migrations -------------------------------------------------------------------------------------------

def test_migrations_0006_and_0007_import_no_live_code():
    for filename in ("0006_long_ranges.py", "0007_name_key_fold.py"):
        tree = ast.parse((VERSIONS / filename).read_text())
        imported = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        imported += [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [m for m in imported if m == "service" or m.startswith("service.")], filename


def test_the_frozen_fold_of_0007_is_todays_name_key():
    """When written, 0007's copy computed exactly service.text.name_key. (If this fails after a change of
    the fold, the change needs its own migration; 0007 stays as it is.)"""
    frozen = _migration("0007_name_key_fold.py")
    samples = ["Hội trường UBND xã Hoà Bình", "Phòng NN&PTNT", "Trƣờng", "Sƣ\u0301c khoẻ", "  Phòng\tTC-KH ",
               unicodedata.normalize("NFD", "Thuỷ lợi"), "-".join(["Tổ"] * 99) + "-A", "Straße", "\uf0b7 A\u200b"]
    assert [frozen.fold_key(s) for s in samples] == [name_key(s) for s in samples]
    assert frozen.casefold_key("  Hoà  Bình ") == "hoà bình"  # the key of 0001-0006


@pytest.fixture(params=["sqlite", "postgresql"])
def old_db(request, tmp_path, pg_server, clock):
    """An app on a database migrated to 0006 (name_key still NFC + casefold), to be upgraded."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.db'}"
    else:
        url = pg_server.create_database(f"lich_text_{request.node.name.split('[')[0][-40:]}")
    app = create_app(make_config(url), clock=clock)
    command.upgrade(alembic_config(url), "0006")
    yield app, url
    state(app).engine.dispose()


def _insert_old_rows(engine):
    old_key = _migration("0007_name_key_fold.py").casefold_key
    units = sa.table("units", sa.column("id"), sa.column("name"), sa.column("name_key"), sa.column("aliases", sa.JSON),
                     sa.column("emails", sa.JSON), sa.column("active"))
    groups = sa.table("groups", sa.column("id"), sa.column("name"), sa.column("name_key"),
                      sa.column("aliases", sa.JSON))
    locations = sa.table("locations", sa.column("id"), sa.column("name"), sa.column("name_key"))
    with engine.begin() as conn:
        # Row 1's new key ("phòng văn hóa") is row 2's old key: a one-pass update would break uniqueness.
        conn.execute(units.insert(), [
            {"id": i, "name": n, "name_key": old_key(n), "aliases": [], "emails": [], "active": True}
            for i, n in ((1, "Phòng Văn hoá"), (2, "Phòng Văn hóa"), (3, "Phòng Nội vụ"), (4, "Phòng Văn\u200b hoá"),
                         (5, "Phòng Văn hóa #2"), (6, "Phòng NN&PTNT"))])
        group = "Thường trực Huyện uỷ"
        conn.execute(groups.insert(), [{"id": 1, "name": group, "name_key": old_key(group), "aliases": []}])
        conn.execute(locations.insert(), [
            {"id": i, "name": n, "name_key": old_key(n)}
            for i, n in ((1, "Hội trường UBND xã Hòa Bình"), (2, "Hội trường UBND xã Hoà Bình"),
                         (3, "Hội trƣờng UBND xã Hoà Bình"), (4, "Nhà văn hóa thôn Trƣờng Sơn"))])
        if engine.dialect.name == "postgresql":
            for table in ("units", "groups", "locations"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 10)")


def test_0007_recomputes_name_keys_and_keeps_colliding_rows(old_db, capfd):
    app, url = old_db
    engine = state(app).engine
    _insert_old_rows(engine)
    capfd.readouterr()
    command.upgrade(alembic_config(url), "head")
    warnings = capfd.readouterr().err
    with state(app).sessions() as session:
        units = dict(session.execute(select(Unit.id, Unit.name_key)).all())
        names = dict(session.execute(select(Unit.id, Unit.name)).all())
        groups = dict(session.execute(select(Group.id, Group.name_key)).all())
        places = dict(session.execute(select(Location.id, Location.name_key)).all())
    # Nothing lost: every row, every name as it was written.
    assert names == {1: "Phòng Văn hoá", 2: "Phòng Văn hóa", 3: "Phòng Nội vụ", 4: "Phòng Văn\u200b hoá",
                     5: "Phòng Văn hóa #2", 6: "Phòng NN&PTNT"}
    # The first row keeps the plain key; later ones a suffixed one, which takes no other row's plain key
    # (row 5's name folds to "phòng văn hóa #2", so row 2 is "#2.1").
    assert units == {1: "phòng văn hóa", 2: "phòng văn hóa #2.1", 3: "phòng nội vụ", 4: "phòng văn hóa #4",
                     5: "phòng văn hóa #2", 6: "phòng nn & ptnt"}
    assert groups == {1: "thường trực huyện ủy"}
    assert places == {1: "hội trường ubnd xã hòa bình", 2: "hội trường ubnd xã hòa bình #2",
                      3: "hội trường ubnd xã hòa bình #3", 4: "nhà văn hóa thôn trường sơn"}
    assert warnings.count("Cảnh báo (migration 0007)") == 4
    assert "units id 2 'Phòng Văn hóa' trùng tên với id 1" in warnings
    assert "locations id 3 'Hội trƣờng UBND xã Hoà Bình' trùng tên với id 1" in warnings

    # The app now finds the first row by any spelling; creating the name again is a clash.
    api_key = _office_key(app)
    client = app.test_client()
    headers = {"Authorization": f"Bearer {api_key}"}
    clash = client.post("/api/units", json={"name": "Phòng Văn hoá"}, headers=headers)
    assert clash.status_code == 422 and "(id 1)" in clash.get_json()["error"]["fields"]["name"]
    event = client.post("/api/events", json={"title": "Họp", "start": "2023-11-21", "slot": "morning",
                                             "location": "Hội trường UBND xã Hoà Bình"}, headers=headers)
    assert event.status_code == 201 and event.get_json()["location_id"] == 1

    # Down again: the keys of 0001-0006 come back.
    command.downgrade(alembic_config(url), "0006")
    old_key = _migration("0007_name_key_fold.py").casefold_key
    with engine.connect() as conn:
        back = dict(conn.execute(sa.text("SELECT id, name_key FROM units")).all())
    assert back == {i: old_key(n) for i, n in names.items()}


def test_0007_on_keys_already_folded_changes_nothing(old_db, capfd):
    app, url = old_db
    engine = state(app).engine
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO locations (id, name, name_key) VALUES (1, 'Hội trường', 'hội trường')"))
    capfd.readouterr()
    command.upgrade(alembic_config(url), "head")
    assert "Cảnh báo" not in capfd.readouterr().err
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT name_key FROM locations")).scalar_one() == "hội trường"


def _office_key(app) -> str:
    from service.auth import create_api_key

    st = state(app)
    with st.sessions() as session:
        key = create_api_key(st.ctx(session), "test office", "office")
        session.commit()
    return key
