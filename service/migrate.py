"""Apply Alembic migrations programmatically (`flask init-db`, tests)."""
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(database_url: str) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def upgrade(database_url: str) -> None:
    command.upgrade(alembic_config(database_url), "head")


def schema_problem(engine) -> str | None:
    """Why the database cannot be used as it is (never migrated, or older than this code), in one
    Vietnamese line that says what to run; None when it is at the newest revision."""
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    heads = set(ScriptDirectory.from_config(alembic_config(str(engine.url))).get_heads())
    from sqlalchemy.exc import OperationalError  # noqa: PLC0415

    try:
        with engine.connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
    except OperationalError:
        if engine.dialect.name != "sqlite":
            return (f"Không kết nối được cơ sở dữ liệu {engine.url.render_as_string(hide_password=True)}: "
                    "hãy kiểm tra DATABASE_URL và máy chủ PostgreSQL.")
        current = set()  # an SQLite file whose folder does not exist yet
    if current == heads:
        return None
    what = "chưa được khởi tạo" if not current else "cũ hơn phiên bản phần mềm này"
    return f"Cơ sở dữ liệu {what}: hãy chạy `flask --app wsgi init-db` trước."
