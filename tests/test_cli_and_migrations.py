"""The commands an operator runs: init-db (Alembic, idempotent), create-api-key, seed-demo."""
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select

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
    # The demo month is the clock's month (November 2023 in tests); a demo account sees it after logging in.
    browser = app.test_client()
    assert browser.get("/").headers["Location"].startswith("/dang-nhap")
    form = browser.get("/dang-nhap").get_data(as_text=True)
    token = form.split('name="csrf_token" value="')[1].split('"')[0]
    browser.post("/dang-nhap", data={"username": "vanphong", "password": "lichcongtac", "csrf_token": token})
    page = browser.get("/", follow_redirects=True).get_data(as_text=True)
    assert "tháng 11 năm 2023" in page and "Giao ban Lãnh đạo UBND huyện" in page and "dự kiến" in page


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
                   ["conflicts", "--month", "2024-03"], ["feed-url", "--office"], ["reminders", "run-due"],
                   ["seed-demo"], ["scheduler"], ["create-user", "--username", "vanthu", "--role", "office", "--password", "x" * 12],
                   ["export-program", "--month", "2024-03", "-o", str(tmp_path / "ct.docx")],
                   ["export-week", "--week", "2024-03-04", "--format", "pdf", "-o", str(tmp_path / "tuan.pdf")]]
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
