"""Every `flask --app wsgi ...` command: the database, accounts and keys, demo data, conflicts, imports,
feed URLs, reminders and their clock. Registered by create_app (service.cli.init_app)."""
import functools
from datetime import datetime

import click
from flask.cli import AppGroup
from sqlalchemy import inspect, select

from service.auth import ROLES, create_api_key, create_user
from service.context import request_ctx, state
from service.errors import ServiceError
from service.migrate import schema_problem, upgrade
from service import offices
from service.offices import office_for_new_rows
from service.models import Group, Person, Unit


def init_app(app):
    @app.cli.command("init-db")
    def init_db():
        """Tạo hoặc nâng cấp cơ sở dữ liệu (Alembic; chạy lại nhiều lần không sao)."""
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
        """Tạo khóa API mới và in ra (dòng cuối của kết quả)."""
        ctx = request_ctx(actor="cli")
        key = create_api_key(ctx, name or f"{role} key", role)
        ctx.session.commit()
        click.echo(f"Khóa API mới (vai trò {role}); chỉ hiện một lần, hãy lưu lại:")
        click.echo(key)

    @app.cli.command("create-user")
    @click.option("--username", required=True, help="tên đăng nhập")
    @click.option("--name", default="", help="họ tên hiển thị")
    @click.option("--role", type=click.Choice(ROLES), required=True, help="office: xem và sửa; viewer: chỉ xem")
    @click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True, help="ít nhất 10 ký tự")
    def create_user_command(username, name, role, password):
        """Tạo tài khoản cán bộ để dùng các trang web."""
        ctx = request_ctx(actor="cli")
        try:
            user = create_user(ctx, username, name, role, password)
        except ServiceError as exc:
            _fail(exc)
        ctx.session.commit()
        click.echo(f"Đã tạo tài khoản {user.username} (vai trò {role}).")

    @app.cli.command("conflicts")
    @click.option("--month", required=True, help="tháng cần kiểm tra, dạng YYYY-MM")
    def conflicts_report(month):
        """In các trùng lịch trong tháng của cơ quan."""
        from datetime import date, datetime, time, timedelta  # noqa: PLC0415

        from service.conflicts import check_range, report  # noqa: PLC0415

        try:
            first = date.fromisoformat(month + "-01")
        except ValueError:
            raise click.BadParameter("tháng phải có dạng YYYY-MM, ví dụ 2023-11", param_hint="--month") from None
        ctx = request_ctx(actor="cli")
        following = (first + timedelta(days=32)).replace(day=1)
        lo, hi = (datetime.combine(d, time(0), ctx.tz) for d in (first, following))
        click.echo(f"Xung đột lịch tháng {first:%m/%Y} — {offices.name_of(ctx)}")
        for line in report(ctx, check_range(ctx, lo, hi)):
            click.echo(line)

    def _export(kind, raw, fmt, output):
        import sys  # noqa: PLC0415
        from pathlib import Path  # noqa: PLC0415

        from service.publishing.export import export, read_format, read_month, read_week  # noqa: PLC0415

        option = "--month" if kind == "month" else "--week"
        for name, value, reader in ((option, raw, read_month if kind == "month" else read_week),
                                    ("--format", fmt, read_format)):
            try:
                parsed = reader(value)
            except ValueError as exc:
                click.echo(f"Lỗi {name}: {exc}", err=True)  # one line in Vietnamese, no traceback
                sys.exit(2)
            if name == option:
                first = parsed
            else:
                fmt = parsed
        if not output:
            click.echo("Lỗi -o: cần tên tệp để ghi, ví dụ -o chuong-trinh.docx", err=True)
            sys.exit(2)
        out = export(request_ctx(actor="cli"), kind, first, fmt)
        try:
            Path(output).write_bytes(out.data)
        except OSError as exc:
            click.echo(f"Lỗi -o: không ghi được tệp {output} ({exc.strerror})", err=True)
            sys.exit(1)
        click.echo(f"Đã ghi {output} ({len(out.data) // 1024 or 1} KB).")

    @app.cli.command("export-program")
    @click.option("--month", "month", default="", help="tháng, dạng YYYY-MM, ví dụ 2023-11")
    @click.option("--format", "fmt", default="docx", help="docx (mặc định) hoặc pdf")
    @click.option("-o", "--output", default="", help="tệp để ghi")
    def export_program(month, fmt, output):
        """Xuất Chương trình công tác tháng ra tệp .docx hoặc PDF."""
        _export("month", month, fmt, output)

    @app.cli.command("export-week")
    @click.option("--week", "week", default="", help="một ngày của tuần (thường là thứ Hai), dạng YYYY-MM-DD")
    @click.option("--format", "fmt", default="docx", help="docx (mặc định) hoặc pdf")
    @click.option("-o", "--output", default="", help="tệp để ghi")
    def export_week(week, fmt, output):
        """Xuất Lịch công tác tuần ra tệp .docx hoặc PDF."""
        _export("week", week, fmt, output)

    @app.cli.command("import-program")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False))
    @click.option("--year", type=click.IntRange(2000, 2100), help="năm của chương trình (mặc định: đọc từ tiêu đề)")
    @click.option("--month", type=click.IntRange(1, 12), help="tháng của chương trình (mặc định: đọc từ tiêu đề)")
    @click.option("--source", help="tên văn bản do văn phòng đặt: các lần nhập cùng tên là một văn bản "
                                   "(mặc định: cơ quan ban hành, loại và thời gian đọc từ văn bản)")
    @click.option("--confirm-cancel", is_flag=True, help="đồng ý hủy các sự kiện mà văn bản không còn")
    @click.option("--dry-run", is_flag=True, help="chỉ xem trước, không ghi gì")
    @click.option("--json", "as_json", is_flag=True, help="in đúng một văn bản JSON ra stdout")
    def import_program(file, year, month, source, confirm_cancel, dry_run, as_json):
        """Nhập chương trình, lịch công tác (.txt, .docx, .pdf): xem trước với --dry-run, nếu không thì ghi."""
        import json  # noqa: PLC0415
        from pathlib import Path  # noqa: PLC0415

        from service.importer.extract import ExtractError, read_document  # noqa: PLC0415
        from service.importer.found import PeriodUnknown  # noqa: PLC0415
        from service.importer.program import Plan, commit_import, new_import  # noqa: PLC0415

        try:
            document = read_document(Path(file).read_bytes(), file)
            ctx = request_ctx(actor=f"import:{Path(file).name}")
            plan = Plan(ctx, document, year, month, source)
        except ExtractError as exc:
            raise click.ClickException(str(exc)) from None
        except PeriodUnknown as exc:
            raise click.ClickException(f"{exc}; hãy ghi rõ --year và --month") from None
        for warning in plan.warnings:
            click.echo(f"Cảnh báo: {warning}", err=True)
        if dry_run:
            preview = plan.preview()
            if as_json:
                click.echo(json.dumps(preview, ensure_ascii=False, indent=2))
                return
            for event in preview["events"]:
                tentative = " (dự kiến)" if event["status"] == "tentative" else ""
                items = f" — {len(event['agenda'])} nội dung" if event["agenda"] else ""
                click.echo(f"- {event['start'] or 'chưa có ngày'}: {event['title']}{tentative}{items}")
            for line in preview["skipped"]:
                click.echo(f"  bỏ qua dòng {line['line']} ({line['reason']}): {line['text'][:80]}")
            counts = {k: len(v) for k, v in preview["plan"].items()}
            click.echo(f"{len(preview['events'])} sự kiện: {counts['create']} mới, {counts['update']} cập nhật, "
                       f"{counts['unchanged']} không đổi, {counts['cancel']} sẽ hủy (chưa ghi: --dry-run).")
            return
        row = new_import(ctx, plan, Path(file).name)
        ctx.session.flush()
        try:
            result = commit_import(ctx, row, confirm_cancel)
        except ServiceError as exc:
            _fail(exc)
        ctx.session.commit()
        if as_json:
            click.echo(json.dumps({"id": row.id, **result}, ensure_ascii=False))
        else:
            click.echo(f"Đã nhập văn bản (lần nhập id {row.id}): {result['created']} sự kiện mới, "
                       f"{result['updated']} cập nhật, {result['unchanged']} không đổi, {result['cancelled']} hủy "
                       "(không còn trong văn bản).")

    @app.cli.command("undo-import")
    @click.argument("ident", type=click.IntRange(1, 2**31 - 1))
    def undo_import_command(ident):
        """Hoàn tác một lần nhập: các sự kiện nó đã thay đổi trở lại như trước."""
        from service.importer.undo import undo_import  # noqa: PLC0415
        from service.models import ProgramImport  # noqa: PLC0415

        ctx = request_ctx(actor="cli")
        row = ctx.session.get(ProgramImport, ident)
        if row is None:
            raise click.ClickException(f"Không có lần nhập nào có id {ident}")
        try:
            result = undo_import(ctx, row)
        except ServiceError as exc:
            _fail(exc)
        ctx.session.commit()
        click.echo(f"Đã hoàn tác lần nhập id {ident}: {result['cancelled']} sự kiện đã tạo được hủy, "
                   f"{result['restored']} sự kiện trở lại như trước.")

    @app.cli.command("seed-demo")
    def seed_demo():
        """Nạp dữ liệu mẫu (một tỉnh, ba xã và lịch tháng này), một lần (bỏ qua nếu đã có danh bạ)."""
        from service.demo import load_demo  # noqa: PLC0415

        ctx = request_ctx(actor="seed-demo")
        if ctx.session.scalars(select(Unit).limit(1).execution_options(all_offices=True)).first() is not None:
            click.echo("Đã có dữ liệu danh bạ; không nạp dữ liệu mẫu.")
            return
        try:
            counts = load_demo(ctx)
        except ServiceError as exc:
            _fail(exc)
        ctx.session.commit()
        click.echo("Đã nạp dữ liệu mẫu: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        from service.demo import DEMO_PASSWORD, DEMO_USERS  # noqa: PLC0415
        click.echo("Đăng nhập thử: " + ", ".join(f"{u} / {DEMO_PASSWORD} ({role})" for u, _, role in DEMO_USERS)
                   + "; mỗi xã: vanphong.nhison, vanphong.muongchanh, vanphong.trungly")

    access_commands(app)
    feed_commands(app)
    reminder_commands(app)
    office_commands(app)
    for name, command in app.cli.commands.items():
        if name not in DEPLOYMENT_COMMANDS:
            _acting_office(app, command)
        if name != "init-db":
            _needing_schema(app, command)


# Commands about the deployment, not one office's data: no --office. The reminder dispatcher and its clock
# serve every office at once (one dispatcher per deployment).
DEPLOYMENT_COMMANDS = {"init-db", "create-office", "update-office", "delete-office", "offices", "reminders",
                       "scheduler"}


def _acting_office(app, command) -> None:
    """`--office SLUG` on a command that reads or writes office data: the office it acts on (and sees, with
    the offices below it). Without it, the only office; with several, a one-line error asking for it."""
    for sub in getattr(command, "commands", {}).values():
        _acting_office(app, sub)
    if command.callback is None or getattr(command, "commands", None):
        return
    command.params.append(click.Option(["--office", "office_slug"], metavar="SLUG", default=None,
                                       help="mã (slug) của cơ quan thực hiện lệnh (mặc định: cơ quan duy nhất)"))
    callback = command.callback

    @functools.wraps(callback)
    def acting(*args, office_slug=None, **kwargs):
        from flask import current_app  # noqa: PLC0415

        if not current_app:  # (the command's own with_appcontext then uses this context, and its g)
            with app.app_context():
                return _act(office_slug, callback, args, kwargs)
        return _act(office_slug, callback, args, kwargs)
    command.callback = acting


def _act(office_slug, callback, args, kwargs):
    from flask import g  # noqa: PLC0415

    from service import offices  # noqa: PLC0415

    session = request_ctx().session
    if office_slug is not None:
        office = offices.find_by_slug(session, office_slug)
        if office is None:
            raise click.ClickException(f"Không có cơ quan «{office_slug}» (xem danh sách: flask --app wsgi offices)")
    else:
        office = offices.only_office(session)
        if office is None and callback.__name__ == "seed_demo":
            return callback(*args, **kwargs)  # it answers "already loaded" on any database with data
        if office is None:
            raise click.ClickException("Có nhiều cơ quan: hãy chọn cơ quan bằng --office SLUG "
                                       "(xem danh sách: flask --app wsgi offices)")
    g.office_id = office.id
    offices.set_acting(session, office.id)
    return callback(*args, **kwargs)


class _Level(click.Choice):
    """--level's choices (listed by --help), refused in Vietnamese."""

    def convert(self, value, param, ctx):
        if value not in self.choices:
            raise click.ClickException(f"--level: «{value}» không có; phải là một trong: {', '.join(self.choices)}")
        return value


def office_commands(app) -> None:
    """`create-office`, `update-office`, `delete-office` and `offices` (the list)."""
    from service import office_admin, offices  # noqa: PLC0415
    from service.models import Office  # noqa: PLC0415

    @app.cli.command("create-office")
    @click.option("--slug", required=True, help="mã cơ quan trong địa chỉ trang: chữ thường không dấu, số, '-'")
    @click.option("--name", required=True, help="tên cơ quan, ví dụ «Văn phòng HĐND và UBND xã Đông Hòa»")
    @click.option("--level", type=_Level(list(offices.LEVELS)), required=True,
                  help="cấp và loại cơ quan: tinh-ubnd, tinh-hdnd, tinh-dang-uy (cấp tỉnh); xa-ubnd, xa-hdnd-ubnd, "
                       "xa-dang-uy (cấp xã)")
    @click.option("--parent", "parent_slug", default=None, help="mã của cơ quan cấp trên (một cơ quan cấp tỉnh)")
    def create_office(slug, name, level, parent_slug):
        """Tạo một cơ quan trong hệ thống."""
        ctx = request_ctx(actor="cli")
        parent = None
        if parent_slug is not None:
            parent = offices.find_by_slug(ctx.session, parent_slug)
            if parent is None:
                raise click.ClickException(f"Không có cơ quan cấp trên «{parent_slug}»")
        tier, body = offices.LEVELS[level]
        try:
            office = offices.create(ctx, slug, name, tier, body, parent)
        except ServiceError as exc:
            _fail(exc)
        ctx.session.commit()
        click.echo(f"Đã tạo cơ quan {office.slug} ({office.name})" + (f", trực thuộc {parent.slug}." if parent else "."))

    @app.cli.command("update-office")
    @click.option("--slug", required=True, help="mã của cơ quan cần sửa")
    @click.option("--name", default=None, help="tên mới của cơ quan")
    @click.option("--new-slug", "new_slug", default=None,
                  help="mã mới: các địa chỉ trang theo mã cũ thôi hoạt động (đường dẫn đăng ký lịch bí mật vẫn dùng được)")
    @click.option("--level", type=_Level(list(offices.LEVELS)), default=None, help="cấp và loại cơ quan mới")
    @click.option("--parent", "parent_slug", default=None, help="mã của cơ quan cấp trên mới (một cơ quan cấp tỉnh)")
    @click.option("--no-parent", "no_parent", is_flag=True, help="bỏ cơ quan cấp trên (cơ quan không trực thuộc ai)")
    def update_office(slug, name, new_slug, level, parent_slug, no_parent):
        """Sửa một cơ quan: tên, mã, cấp hoặc cơ quan cấp trên."""
        if parent_slug is not None and no_parent:
            raise click.UsageError("chọn một trong --parent và --no-parent")
        ctx = request_ctx(actor="cli")
        office = offices.find_by_slug(ctx.session, slug)
        if office is None:
            raise click.ClickException(f"Không có cơ quan «{slug}» (xem danh sách: flask --app wsgi offices)")
        changes = {k: v for k, v in (("name", name), ("slug", new_slug), ("level", level)) if v is not None}
        if no_parent:
            changes["parent"] = None
        elif parent_slug is not None:
            changes["parent"] = offices.find_by_slug(ctx.session, parent_slug)
            if changes["parent"] is None:
                raise click.ClickException(f"--parent: không có cơ quan «{parent_slug}»")
        if not changes:
            raise click.UsageError("không có gì để sửa: cho biết --name, --new-slug, --level, --parent hoặc --no-parent")
        old_slug = office.slug
        try:
            office_admin.update(ctx, office, **changes)
        except ServiceError as exc:
            options = {"slug": "--new-slug"}
            raise click.ClickException("; ".join(f"{options.get(k, '--' + k)}: {v}" for k, v in exc.fields.items())
                                       or exc.message) from None
        ctx.session.commit()
        click.echo(f"Đã sửa cơ quan {office.slug}: {office.name}, {offices.level_of(office)}"
                   + (f", trực thuộc {ctx.session.get(Office, office.parent_id).slug}." if office.parent_id else "."))
        if office.slug != old_slug:
            click.echo(f"Địa chỉ các trang đổi từ /{old_slug}/… sang /{office.slug}/…, cả trang công khai "
                       f"/cong-khai/{office.slug}/lich-tuan và lịch công khai /cong-khai/{office.slug}/lich.ics; địa "
                       "chỉ cũ không còn dùng được. Đường dẫn đăng ký lịch riêng (/feeds/…) không đổi.")
        if name is not None and offices.only_office(ctx.session) is not None:
            click.echo("Hệ thống chỉ có một cơ quan: các trang vẫn hiện tên đặt trong cấu hình OFFICE_NAME.")

    @app.cli.command("delete-office")
    @click.option("--slug", required=True, help="mã của cơ quan cần xóa")
    def delete_office(slug):
        """Xóa một cơ quan chưa có dữ liệu (sự kiện, danh bạ, tài khoản, khóa API, cơ quan trực thuộc…)."""
        ctx = request_ctx(actor="cli")
        office = offices.find_by_slug(ctx.session, slug)
        if office is None:
            raise click.ClickException(f"Không có cơ quan «{slug}» (xem danh sách: flask --app wsgi offices)")
        try:
            office_admin.delete(ctx, office)
        except ServiceError as exc:
            _fail(exc)
        ctx.session.commit()
        click.echo(f"Đã xóa cơ quan {slug}.")

    @app.cli.command("offices")
    def list_offices():
        """Danh sách cơ quan: mã, cấp, tên, cơ quan cấp trên."""
        ctx = request_ctx(actor="cli")
        rows = ctx.session.scalars(select(Office).order_by(Office.id)).all()
        slugs = {o.id: o.slug for o in rows}
        for office in rows:
            click.echo(f"{office.slug}\t{offices.level_of(office)}\t{office.name}\t{slugs.get(office.parent_id, '')}")


def _needing_schema(app, command) -> None:
    """Every command but init-db first checks the database is migrated: on a new or older database it
    says, in one line, to run init-db (instead of a traceback from the first query)."""
    for sub in getattr(command, "commands", {}).values():
        _needing_schema(app, sub)
    if command.callback is None or getattr(command, "commands", None):
        return
    callback = command.callback

    @functools.wraps(callback)
    def checked(*args, **kwargs):
        problem = schema_problem(state(app).engine)
        if problem:
            raise click.ClickException(problem)
        return callback(*args, **kwargs)
    command.callback = checked


def _fail(exc: ServiceError):
    """A refused change as the command's error: the fields and their reasons, else the message."""
    details = "; ".join(f"{k}: {v}" for k, v in exc.fields.items())
    raise click.ClickException(details or exc.message) from None


def access_commands(app) -> None:
    """`api-keys list|revoke ID` and `users list|disable|enable|set-password USERNAME`."""
    from service import auth  # noqa: PLC0415

    keys = AppGroup("api-keys", help="Khóa API: xem danh sách, thu hồi.")
    users = AppGroup("users", help="Tài khoản: xem danh sách, khóa, mở lại, đặt mật khẩu.")

    @keys.command("list")
    def list_keys():
        """Danh sách khóa API (không bao giờ in khóa): id, vai trò, tên, ngày tạo, ngày thu hồi."""
        ctx = request_ctx(actor="cli")
        for key in auth.list_api_keys(ctx):
            revoked = f"đã thu hồi {key.revoked_at.astimezone(ctx.tz):%d/%m/%Y %H:%M}" if key.revoked_at else "đang dùng"
            click.echo(f"{key.id}\t{key.role}\t{key.name}\ttạo {key.created_at.astimezone(ctx.tz):%d/%m/%Y}\t{revoked}")

    @keys.command("revoke")
    @click.argument("key_id", type=click.IntRange(1, 2**31 - 1))
    def revoke_key(key_id):
        """Thu hồi một khóa: khóa hết hiệu lực ngay."""
        ctx = request_ctx(actor="cli")
        try:
            key = auth.revoke_api_key(ctx, key_id)
        except ServiceError as exc:
            _fail(exc)
        ctx.session.commit()
        click.echo(f"Đã thu hồi khóa {key.id} ({key.name}).")

    @users.command("list")
    def list_users():
        """Danh sách tài khoản: tên đăng nhập, vai trò, họ tên, có bị khóa không."""
        ctx = request_ctx(actor="cli")
        for user in auth.list_users(ctx):
            state_text = "đã khóa" if user.disabled_at else "đang dùng"
            click.echo(f"{user.username}\t{user.role}\t{user.name}\t{state_text}")

    def _change(username, change, done):
        ctx = request_ctx(actor="cli")
        try:
            change(ctx, auth.get_user(ctx, username))
        except ServiceError as exc:
            _fail(exc)
        ctx.session.commit()
        click.echo(done)

    @users.command("disable")
    @click.argument("username")
    def disable(username):
        """Khóa một tài khoản: không đăng nhập được nữa, mọi phiên đang mở kết thúc."""
        _change(username, auth.disable_user, f"Đã khóa tài khoản {username}.")

    @users.command("enable")
    @click.argument("username")
    def enable(username):
        """Mở lại một tài khoản đã khóa."""
        _change(username, auth.enable_user, f"Đã mở lại tài khoản {username}.")

    @users.command("set-password")
    @click.argument("username")
    @click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True, help="ít nhất 10 ký tự")
    def set_password(username, password):
        """Đặt mật khẩu cho một tài khoản; mọi phiên đang mở kết thúc."""
        _change(username, lambda ctx, user: auth.set_password(ctx, user, password),
                f"Đã đặt mật khẩu mới cho {username}; các phiên đăng nhập cũ đã kết thúc.")

    app.cli.add_command(keys)
    app.cli.add_command(users)


def feed_commands(app) -> None:
    from feeds import index, tokens  # noqa: PLC0415 - the domain below never imports feeds

    models = {"person": Person, "unit": Unit, "group": Group}

    @app.cli.command("feed-url")
    @click.option("--person", type=int)
    @click.option("--unit", type=int)
    @click.option("--group", type=int)
    @click.option("--office-feed", "office_feed", is_flag=True, help="lịch chung của cơ quan")
    def feed_url(person, unit, group, office_feed):
        """In địa chỉ đăng ký lịch (https và webcal) của một người, đơn vị, nhóm hoặc của cơ quan."""
        chosen = [(k, v) for k, v in (("person", person), ("unit", unit), ("group", group)) if v is not None]
        ctx = request_ctx(actor="cli")
        if office_feed:
            chosen.append(index.office_subject(office_for_new_rows(ctx.session)))
        if len(chosen) != 1:
            raise click.UsageError("chọn đúng một trong --person, --unit, --group, --office-feed")
        subject = chosen[0]
        if subject[0] != "office" and ctx.session.get(models[subject[0]], subject[1]) is None:
            raise click.ClickException(f"không có {subject[0]} id {subject[1]}")
        urls = tokens.feed_urls(ctx.config.base_url, tokens.current_token(ctx, subject))
        ctx.session.commit()
        if urls["feed_url"] is None:
            raise click.ClickException("đường dẫn lịch đã bị thu hồi; hãy tạo đường dẫn mới (rotate)")
        click.echo(urls["feed_url"])
        click.echo(urls["webcal_url"])


def reminder_commands(app) -> None:
    from notifications import scheduler  # noqa: PLC0415 - the domain below never imports notifications

    reminders = click.Group("reminders", help="Nhắc việc: gửi các lượt nhắc đến hạn.")

    @reminders.command("run-due")
    @click.option("--now", "now_text", default=None, help="thời điểm coi là 'bây giờ', ISO 8601 (mặc định: đồng hồ hệ thống)")
    def run_due_command(now_text):
        """Gửi mọi lượt nhắc đã đến hạn và in tóm tắt."""
        now = None
        if now_text:
            try:
                now = datetime.fromisoformat(now_text)
            except ValueError:
                raise click.BadParameter("phải là ngày giờ ISO 8601, ví dụ 2023-11-09T07:30:00+07:00",
                                         param_hint="--now") from None
            if now.tzinfo is None:
                now = now.replace(tzinfo=state(app).config.timezone)
        click.echo(scheduler.dispatch_once(app, now).text())

    @app.cli.command("scheduler")
    def scheduler_command():
        """Chạy đồng hồ nhắc việc trong tiến trình này (không chạy trong tiến trình web)."""
        scheduler.run(app)

    app.cli.add_command(reminders)
