"""The commands an operator runs: init-db (Alembic, idempotent), create-api-key, seed-demo."""
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from service import create_app
from service.context import state
from service.db import Base
from service.models import Event, Unit
from tests.conftest import make_config


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_app(request, tmp_path, pg_server, clock):
    """An app on an empty database (no tables), as after installation."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'fresh' / 'lich.db'}"
    else:
        url = pg_server.create_database(f"lich_{request.node.name.split('[')[0][-40:]}")
    app = create_app(make_config(url), clock=clock)
    yield app
    state(app).engine.dispose()


def test_init_db_migrates_to_the_models_and_is_idempotent(fresh_app):
    app = fresh_app
    runner = app.test_cli_runner()
    for _ in range(2):
        result = runner.invoke(args=["init-db"])
        assert result.exit_code == 0, result.output
        assert "sẵn sàng" in result.output
    engine = state(app).engine
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []  # the migrations build exactly the schema the models describe
    assert "alembic_version" in inspect(engine).get_table_names()


def test_api_key_from_the_command_line_works(fresh_app):
    app = fresh_app
    runner = app.test_cli_runner()
    assert runner.invoke(args=["init-db"]).exit_code == 0
    office = runner.invoke(args=["create-api-key", "--role", "office"]).output.strip().splitlines()[-1]
    viewer = runner.invoke(args=["create-api-key", "--role", "viewer", "--name", "Trợ lý"]).output.strip().splitlines()[-1]
    assert office != viewer and office.startswith("lct_")
    client = app.test_client()
    body = {"title": "Họp", "start": "2023-11-21", "slot": "morning"}
    assert client.post("/api/events", json=body, headers={"Authorization": f"Bearer {viewer}"}).status_code == 403
    assert client.post("/api/events", json=body, headers={"Authorization": f"Bearer {office}"}).status_code == 201
    bad = runner.invoke(args=["create-api-key", "--role", "admin"])
    assert bad.exit_code != 0


def test_seed_demo_loads_once(fresh_app):
    app = fresh_app
    runner = app.test_cli_runner()
    assert runner.invoke(args=["init-db"]).exit_code == 0
    first = runner.invoke(args=["seed-demo"])
    assert first.exit_code == 0 and "Đã nạp" in first.output
    with state(app).sessions() as session:
        counts = (session.scalar(select(func.count()).select_from(Unit)),
                  session.scalar(select(func.count()).select_from(Event)))
    second = runner.invoke(args=["seed-demo"])
    assert second.exit_code == 0 and "không nạp" in second.output
    with state(app).sessions() as session:
        assert (session.scalar(select(func.count()).select_from(Unit)),
                session.scalar(select(func.count()).select_from(Event))) == counts
    assert counts[0] >= 10 and counts[1] >= 8
    # A small province: its office and three communes below it, each with its own directory and events.
    listed = [line.split("\t") for line in runner.invoke(args=["offices"]).output.strip().splitlines()]
    assert [(row[0], row[1], row[3]) for row in listed] == [
        ("van-phong", "tinh-ubnd", ""), ("xa-nhi-son", "xa-hdnd-ubnd", "van-phong"),
        ("xa-muong-chanh", "xa-hdnd-ubnd", "van-phong"), ("xa-trung-ly", "xa-hdnd-ubnd", "van-phong")]
    commune = runner.invoke(args=["conflicts", "--month", "2023-11", "--office", "xa-nhi-son"])
    assert commune.exit_code == 0, commune.output
    # The demo month is the clock's month (November 2023 in tests); a demo account sees it after logging in.
    browser = app.test_client()
    assert browser.get("/").headers["Location"].startswith("/dang-nhap")
    form = browser.get("/dang-nhap").get_data(as_text=True)
    token = form.split('name="csrf_token" value="')[1].split('"')[0]
    browser.post("/dang-nhap", data={"username": "vanphong", "password": "lichcongtac", "csrf_token": token})
    page = browser.get("/", follow_redirects=True).get_data(as_text=True)
    assert "tháng 11 năm 2023" in page and "Giao ban Lãnh đạo UBND huyện" in page and "dự kiến" in page
    # A commune's account sees the province's summons of its chairman, read-only, with its source.
    commune_browser = app.test_client()
    commune_browser.post("/dang-nhap", data={"username": "vanphong.nhison", "password": "lichcongtac",
                                             "csrf_token": token_of(commune_browser)})
    page = commune_browser.get("/lich", follow_redirects=True).get_data(as_text=True)
    assert "Hội nghị trực tuyến UBND tỉnh với các xã về chuyển đổi số" in page and "Triệu tập: " in page


def token_of(browser) -> str:
    form = browser.get("/dang-nhap").get_data(as_text=True)
    return form.split('name="csrf_token" value="')[1].split('"')[0]


def test_long_range_migration_marks_existing_series(fresh_app):
    """0006 adds events.long_range and fills it for events already stored (a weekly series, a one-off)."""
    from alembic import command

    from service.migrate import alembic_config
    from service.models import Event as EventModel

    app = fresh_app
    url = state(app).config.database_url
    if url.startswith("sqlite:///"):
        from pathlib import Path
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(url), "0005")
    engine = state(app).engine
    with engine.begin() as conn:
        for uid, start, end in (("series", "2023-11-06 06:30:00", None), ("one", "2023-11-06 06:30:00", "2023-11-06 10:00:00")):
            conn.exec_driver_sql(
                "INSERT INTO events (uid, title, kind, status, busy, all_day, range_start, range_end, sequence, "
                "created_at, updated_at) VALUES (%s)" % ", ".join("?" if url.startswith("sqlite") else "%s" for _ in range(11)),
                (uid, uid, "meeting", "confirmed", True, False, start, end, 0, "2023-11-01 00:00:00", "2023-11-01 00:00:00"))
    command.upgrade(alembic_config(url), "head")
    with state(app).sessions() as session:
        assert dict(session.execute(select(EventModel.uid, EventModel.long_range)).all()) == {"series": True, "one": False}


def test_every_command_on_a_database_never_migrated_says_to_run_init_db(fresh_app, tmp_path):
    program = tmp_path / "ct.txt"
    program.write_text("CHƯƠNG TRÌNH công tác tháng 3 năm 2024\n1. Ngày 05/3/2024: Hội nghị giao ban\n", encoding="utf-8")
    runner = fresh_app.test_cli_runner()
    invocations = [["import-program", str(program), "--dry-run"], ["import-program", str(program)],
                   ["undo-import", "1"], ["users", "list"], ["api-keys", "list"], ["create-api-key", "--role", "office"],
                   ["conflicts", "--month", "2024-03"], ["feed-url", "--office-feed"], ["reminders", "run-due"],
                   ["seed-demo"], ["scheduler"], ["create-user", "--username", "vanthu", "--role", "office", "--password", "x" * 12],
                   ["export-program", "--month", "2024-03", "-o", str(tmp_path / "ct.docx")],
                   ["export-week", "--week", "2024-03-04", "--format", "pdf", "-o", str(tmp_path / "tuan.pdf")],
                   ["offices"], ["create-office", "--slug", "xa-a", "--name", "Xã A", "--level", "xa-ubnd"],
                   ["update-office", "--slug", "xa-a", "--name", "Xã B"], ["delete-office", "--slug", "xa-a"]]
    walked = {args[0] for args in invocations}
    assert walked >= set(fresh_app.cli.commands) - {"init-db"}  # every command
    for args in invocations:
        result = runner.invoke(args=args)
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), (args, result.output)
        assert result.output.strip().splitlines() == [
            "Error: Cơ sở dữ liệu chưa được khởi tạo: hãy chạy `flask --app wsgi init-db` trước."], args


def test_migrations_that_rebuild_a_table_keep_the_rows_pointing_at_it(fresh_app):
    """On SQLite a batch migration rebuilds `events` (copy, drop, rename); the drop must not cascade into the
    tables that point at events. Down to 0014 and up again (0015 drops and adds events.public) keeps every
    attendee and agenda item, on both databases."""
    from alembic import command

    from service.migrate import alembic_config

    app = fresh_app
    url = state(app).config.database_url
    if url.startswith("sqlite:///"):
        from pathlib import Path
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    assert app.test_cli_runner().invoke(args=["init-db"]).exit_code == 0
    from tests.conftest import Api, _new_key

    api = Api(app.test_client(), _new_key(app, "office"))
    person = api.created("/api/persons", {"name": "Nguyễn Văn Bình"})
    api.created("/api/events", {"title": "Họp giao ban", "start": "2023-11-20T08:00:00+07:00",
                                "end": "2023-11-20T10:00:00+07:00", "attendee_ids": [person["id"]],
                                "agenda": [{"title": "Báo cáo tháng 11"}]})
    counts = "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_persons), (SELECT count(*) FROM agenda_items)"
    with state(app).engine.connect() as conn:
        before = tuple(conn.exec_driver_sql(counts).one())
    assert before == (1, 1, 1)
    state(app).engine.dispose()
    command.downgrade(alembic_config(url), "0014")
    command.upgrade(alembic_config(url), "head")
    with state(app).engine.connect() as conn:
        assert tuple(conn.exec_driver_sql(counts).one()) == before


# A single-office database as 0014 left it: every table an office owns, and the rows hanging off them.
ROWS_0014 = {
    "units": [{"id": 1, "name": "Phòng Nội vụ", "name_key": "phòng nội vụ", "aliases": "[]", "emails": "[]", "active": True},
              {"id": 2, "name": "Văn phòng HĐND và UBND", "name_key": "văn phòng hđnd và ubnd", "aliases": "[]",
               "emails": "[]", "active": True}],
    "persons": [{"id": 1, "name": "Nguyễn Văn Bình", "unit_id": 2, "active": True},
                {"id": 2, "name": "Trần Thị Mai", "unit_id": 1, "active": True}],
    "groups": [{"id": 1, "name": "Lãnh đạo UBND", "name_key": "lãnh đạo ubnd", "aliases": "[]"}],
    "group_members": [{"group_id": 1, "person_id": 1}],
    "locations": [{"id": 1, "name": "Hội trường UBND", "name_key": "hội trường ubnd"}],
    "events": [{"id": 1, "uid": "ev-1@lich", "title": "Họp giao ban tuần", "kind": "meeting", "status": "confirmed",
                "busy": True, "all_day": False, "start_at": "2023-11-06 01:00:00", "end_at": "2023-11-06 03:00:00",
                "range_start": "2023-11-06 01:00:00", "range_end": "2023-11-06 03:00:00", "location_id": 1,
                "chair_id": 1, "sequence": 2, "created_at": "2023-11-01 00:00:00", "updated_at": "2023-11-02 00:00:00"}],
    "event_persons": [{"event_id": 1, "person_id": 2}],
    "event_groups": [{"event_id": 1, "group_id": 1}],
    "agenda_items": [{"id": 1, "event_id": 1, "position": 0, "number": 1, "title": "Báo cáo tình hình tháng 10",
                      "deadline": "2023-11-03"}],
    "preparations": [{"item_id": 1, "unit_id": 1, "role": "lead", "position": 0}],
    "event_changes": [{"id": 1, "event_id": 1, "at": "2023-11-01 00:00:00", "action": "created", "sequence": 0,
                       "changes": "{}"}],
    "reminders": [{"id": 1, "item_id": 1, "unit_id": 1, "event_id": 1, "kind": "before", "offset_days": 1,
                   "deadline": "2023-11-03", "due_at": "2023-11-02 00:30:00", "status": "pending", "attempts": 0,
                   "delivered_to": "[]", "created_at": "2023-11-01 00:00:00", "updated_at": "2023-11-01 00:00:00"}],
    "users": [{"id": 1, "username": "lan", "name": "Chị Lan", "role": "office", "password_hash": "x",
               "created_at": "2023-11-01 00:00:00"}],
    "api_keys": [{"id": 1, "name": "cổng", "role": "viewer", "key_hash": "a" * 64, "created_at": "2023-11-01 00:00:00"}],
    "calendar_exceptions": [{"day": "2023-11-20", "kind": "day_off", "label": "Nghỉ bù"}],
    "slot_hours": [{"id": 1, "valid_from": "2023-05-01", "valid_to": "2023-09-30",
                    "hours": '{"morning": ["07:00", "11:00"]}'}],
    "feed_tokens": [{"id": 1, "subject_type": "office", "subject_id": 0, "generation": 1, "token_hash": "b" * 64,
                     "created_at": "2023-11-01 00:00:00"},
                    {"id": 2, "subject_type": "person", "subject_id": 1, "generation": 1, "token_hash": "c" * 64,
                     "created_at": "2023-11-01 00:00:00"}],
    "feed_entries": [{"subject_type": "office", "subject_id": 0, "event_id": 1},
                     {"subject_type": "person", "subject_id": 1, "event_id": 1}],
    "feed_versions": [{"subject_type": "office", "subject_id": 0, "version": 3, "changed_at": "2023-11-01 00:00:00"}],
    "security_log": [{"id": 1, "at": "2023-11-01 00:00:00", "action": "login", "username": "lan"}],
    "program_imports": [{"id": 1, "created_at": "2023-11-01 00:00:00", "year": 2023, "month": 11,
                         "text": "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11", "source_key": "k" * 64}],
}
OWNED_0015 = ("units", "persons", "groups", "locations", "events", "program_imports", "slot_hours", "users",
              "api_keys", "feed_tokens", "calendar_exceptions", "security_log")


def test_offices_migration_makes_the_installation_one_office_and_loses_nothing(fresh_app, monkeypatch):
    """0015 on a database with data: one office named from OFFICE_NAME, every row kept and owned by it, the
    office feed moved to its id; downgrading gives the 0014 rows back."""
    from alembic import command
    from sqlalchemy import MetaData, create_engine

    from service.migrate import alembic_config

    url = state(fresh_app).config.database_url
    if url.startswith("sqlite:///"):
        from pathlib import Path
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(url), "0014")
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    meta = MetaData()
    meta.reflect(engine)
    with engine.begin() as conn:
        for table, rows in ROWS_0014.items():
            conn.execute(meta.tables[table].insert(), _typed(meta.tables[table], rows))
    before = _dump(engine)

    monkeypatch.setenv("OFFICE_NAME", "Văn phòng HĐND và UBND xã Đông Hòa")
    command.upgrade(alembic_config(url), "head")
    with engine.connect() as conn:
        offices = conn.execute(text("SELECT id, slug, name, tier, body, parent_id FROM offices")).all()
        assert [tuple(o[1:]) for o in offices] == [
            ("van-phong-hdnd-va-ubnd-xa-dong-hoa", "Văn phòng HĐND và UBND xã Đông Hòa", "tinh", "ubnd", None)]
        office_id = offices[0][0]
        for table in OWNED_0015:
            owners = set(conn.execute(text(f"SELECT office_id FROM {table}")).scalars())
            assert owners == {office_id}, table
        office_feed = conn.execute(text(
            "SELECT subject_id FROM feed_tokens WHERE subject_type = 'office'")).scalar_one()
        assert office_feed == office_id
    after = _dump(engine, drop=("office_id", "public"), office=(office_id, 0))  # (events.public: 0016's, NULL)
    assert after == before  # nothing lost, nothing changed but the owner

    # The app reads it as the one office's data.
    with state(fresh_app).sessions() as session:
        from service.models import AgendaItem, Office, User
        assert session.scalars(select(Event)).one().title == "Họp giao ban tuần"
        assert session.scalars(select(AgendaItem)).one().event.office_id == office_id
        assert session.scalars(select(User)).one().office_id == office_id
        assert session.scalars(select(Office)).one().name == "Văn phòng HĐND và UBND xã Đông Hòa"

    command.downgrade(alembic_config(url), "0014")
    assert _dump(engine) == before
    engine.dispose()


def _typed(table, rows):
    """Row values in the column's Python type (Core sends strings as they are, PostgreSQL wants dates)."""
    from datetime import date, datetime
    import json

    out = []
    for row in rows:
        typed = {}
        for key, value in row.items():
            kind = type(table.c[key].type).__name__.upper()
            if isinstance(value, str) and "DATE" in kind and "TIME" not in kind:
                value = date.fromisoformat(value)
            elif isinstance(value, str) and ("TIMESTAMP" in kind or "DATETIME" in kind):
                value = datetime.fromisoformat(value)
            elif isinstance(value, str) and "JSON" in kind:
                value = json.loads(value)
            typed[key] = value
        out.append(typed)
    return out


def _dump(engine, drop=(), office=None):
    """Every table of ROWS_0014, as sorted rows without the `drop` columns; office feed ids mapped back."""
    from sqlalchemy import MetaData

    meta = MetaData()
    meta.reflect(engine)
    out = {}
    with engine.connect() as conn:
        for name in ROWS_0014:
            table = meta.tables[name]
            rows = []
            for row in conn.execute(table.select()).mappings():
                row = {k: v for k, v in row.items() if k not in drop}
                if office and row.get("subject_type") == "office" and row.get("subject_id") == office[0]:
                    row["subject_id"] = office[1]
                rows.append(tuple(sorted((k, repr(v)) for k, v in row.items())))
            out[name] = sorted(rows)
    return out


def test_every_command_is_described_in_vietnamese(fresh_app):
    """`flask --app wsgi --help` is read by the office's IT staff: each of our commands (and sub-command)
    says what it does in Vietnamese."""
    import re

    vietnamese = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)
    commands = dict(fresh_app.cli.commands)
    for name, command in list(commands.items()):
        commands.update({f"{name} {sub}": c for sub, c in getattr(command, "commands", {}).items()})
    described = {name: (command.help or "") for name, command in commands.items()}
    assert len(described) >= 20
    assert [name for name, text in described.items() if not vietnamese.search(text)] == []
