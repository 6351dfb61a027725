"""The office's tools: import a program (paste or upload, preview, commit) and the month's conflicts."""
from collections import defaultdict
from datetime import datetime, time, timedelta

from flask import abort, redirect, render_template, request, url_for
from sqlalchemy import select

from service.context import request_ctx
from service.conflicts import check_range
from service.errors import Conflict
from service.importer.extract import MAX_BYTES, ExtractError, clean_filename, control_characters, text_of
from service.importer.program import Plan, commit_import
from service.models import Event, ProgramImport
from service.vocabulary import CONFLICT_HEADINGS, KIND_LABELS, STATUS_LABELS
from service.page_base import flash, login_required
from service.web import bp
from service.web.calendar_pages import _month_param


@bp.route("/nhap", methods=["GET", "POST"])
@login_required("office")
def import_form():
    ctx = request_ctx()
    errors, values = {}, {"text": "", "year": "", "month": ""}
    if request.method == "POST":
        values = {k: request.form.get(k, "") for k in values}
        text, filename = values["text"], None
        upload = request.files.get("file")
        if upload is not None and upload.filename:
            try:
                text, filename = text_of(upload.read(MAX_BYTES + 1), upload.filename), clean_filename(upload.filename)
            except ExtractError as exc:
                errors["file"] = str(exc)
        elif problem := control_characters(text):  # pasted text: PostgreSQL refuses NUL, and it is not a program
            errors["text"] = f"{problem}; hãy xóa ký tự đó rồi gửi lại"
        year, month = (_number(values[k], k, low, high, errors) for k, low, high in (("year", 2000, 2100), ("month", 1, 12)))
        if not errors and not text.strip():
            errors["text"] = "dán nội dung chương trình, hoặc chọn tệp .docx / .pdf / .txt"
        if not errors:
            try:
                plan = Plan(ctx, text, year, month)
            except ValueError as exc:
                errors["month"] = str(exc)
            else:
                row = ProgramImport(created_at=ctx.now(), created_by=ctx.actor, filename=filename,
                                    year=plan.year, month=plan.month, text=text)
                ctx.session.add(row)
                ctx.session.commit()
                return redirect(url_for("web.import_preview", ident=row.id))
    return render_template("import_form.html", errors=errors, v=values), 422 if errors else 200


def _number(raw: str, name: str, low: int, high: int, errors: dict) -> int | None:
    if not raw.strip():
        return None
    if not raw.strip().isdigit() or not low <= int(raw) <= high:
        errors[name] = f"phải là số từ {low} đến {high}"
        return None
    return int(raw)


@bp.get("/nhap/<id:ident>")
@login_required("office")
def import_preview(ident):
    ctx = request_ctx()
    row = ctx.session.get(ProgramImport, ident) or abort(404)
    preview = Plan(ctx, row.text, row.year, row.month).preview()
    return render_template("import_preview.html", row=row, preview=preview, kind_labels=KIND_LABELS,
                           status_labels=STATUS_LABELS)


@bp.post("/nhap/<id:ident>/ghi")
@login_required("office")
def import_commit(ident):
    ctx = request_ctx()
    row = ctx.session.get(ProgramImport, ident) or abort(404)
    try:
        result = commit_import(ctx, row)
    except Conflict as exc:  # already written (a double click, or another clerk)
        ctx.session.rollback()
        flash(exc.message)
        return redirect(url_for("web.import_preview", ident=ident))
    ctx.session.commit()
    flash(f"Đã nhập chương trình tháng {row.month:02d}/{row.year}: {result['created']} sự kiện mới, "
          f"{result['updated']} cập nhật, {result['unchanged']} không đổi, {result['cancelled']} hủy.")
    return redirect(url_for("web.month", thang=f"{row.year:04d}-{row.month:02d}"))


@bp.get("/xung-dot")
@login_required()
def conflicts():
    ctx = request_ctx()
    first = _month_param(ctx)
    following = (first + timedelta(days=32)).replace(day=1)
    lo, hi = (datetime.combine(d, time(0), ctx.tz) for d in (first, following))
    found = check_range(ctx, lo, hi)
    ids = {i for c in found for i in c.event_ids}
    titles = dict(ctx.session.execute(select(Event.id, Event.title).where(Event.id.in_(ids))).all()) if ids else {}
    groups = defaultdict(lambda: defaultdict(list))  # kind -> subject name -> conflicts
    for c in found:
        groups[c.kind][c.subject.get("name") or "?"].append(c)

    def when(c):
        if isinstance(c.start, datetime):
            s, e = c.start.astimezone(ctx.tz), c.end.astimezone(ctx.tz)
            return f"{s:%d/%m %H:%M}–{e:%H:%M}"
        return f"{c.start:%d/%m/%Y}"
    sections = [(CONFLICT_HEADINGS[k], sorted(groups[k].items())) for k in CONFLICT_HEADINGS if k in groups]
    return render_template("conflicts.html", first=first, sections=sections, titles=titles, when=when,
                           previous=(first - timedelta(days=1)).replace(day=1), following=following, total=len(found))

