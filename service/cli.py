"""`flask --app wsgi ...` commands."""
import click
from sqlalchemy import inspect, select

from service import request_ctx, state
from service.auth import ROLES, create_api_key
from service.migrate import upgrade
from service.models import Unit


def register(app):
    @app.cli.command("init-db")
    def init_db():
        """Create or upgrade the database schema (Alembic; safe to run again)."""
        url = state(app).config.database_url
        if url.startswith("sqlite:///"):
            from pathlib import Path  # noqa: PLC0415
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        upgrade(url)
        tables = inspect(state(app).engine).get_table_names()
        click.echo(f"Cơ sở dữ liệu đã sẵn sàng ({len(tables)} bảng).")

    @app.cli.command("create-api-key")
    @click.option("--role", type=click.Choice(ROLES), required=True, help="office: đọc và ghi; viewer: chỉ đọc")
    @click.option("--name", default=None, help="tên gợi nhớ của khóa")
    def create_key(role, name):
        """Print a new API key (the last line of the output)."""
        ctx = request_ctx(actor="cli")
        key = create_api_key(ctx, name or f"{role} key", role)
        ctx.session.commit()
        click.echo(f"Khóa API mới (vai trò {role}); chỉ hiện một lần, hãy lưu lại:")
        click.echo(key)

    @app.cli.command("seed-demo")
    def seed_demo():
        """Load a demo district and this month's demo events, once (skipped if a directory exists)."""
        from service.demo import load_demo  # noqa: PLC0415

        ctx = request_ctx(actor="seed-demo")
        if ctx.session.scalars(select(Unit).limit(1)).first() is not None:
            click.echo("Đã có dữ liệu danh bạ; không nạp dữ liệu mẫu.")
            return
        counts = load_demo(ctx)
        ctx.session.commit()
        click.echo("Đã nạp dữ liệu mẫu: " + ", ".join(f"{n} {what}" for what, n in counts.items()))

