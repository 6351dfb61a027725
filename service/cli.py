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

    @app.cli.command("conflicts")
    @click.option("--month", required=True, help="tháng cần kiểm tra, dạng YYYY-MM")
    def conflicts_report(month):
        """Print the month's conflicts for the office (Vietnamese)."""
        from datetime import date, datetime, time, timedelta  # noqa: PLC0415

        from service.conflicts import check_range, report  # noqa: PLC0415

        try:
            first = date.fromisoformat(month + "-01")
        except ValueError:
            raise click.BadParameter("tháng phải có dạng YYYY-MM, ví dụ 2023-11", param_hint="--month") from None
        ctx = request_ctx(actor="cli")
        following = (first + timedelta(days=32)).replace(day=1)
        lo, hi = (datetime.combine(d, time(0), ctx.tz) for d in (first, following))
        click.echo(f"Xung đột lịch tháng {first:%m/%Y} — {ctx.config.office_name}")
        for line in report(ctx, check_range(ctx, lo, hi)):
            click.echo(line)

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

