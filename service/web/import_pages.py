"""Importing a program document: paste or upload, preview (the document, its events, the lines with a date
that became none, and what a commit would create, update and cancel), commit with an explicit tick before
anything is cancelled; the history of imports, each of which can be undone."""
from flask import abort, redirect, render_template, request, url_for

from service.context import request_ctx
from service.errors import ServiceError
from service.importer.found import PeriodUnknown
from service.importer.extract import MAX_BYTES, ExtractError, clean_filename, control_characters, read_document
from service.importer.program import Plan, commit_import, new_import, plan_of
from service.importer.undo import history, undo_import
from service.models import ProgramImport
from service.page_base import flash, login_required
from service.schemas import ONE_LINE, control_character_error
from service.vocabulary import DOCUMENT_KIND_LABELS, KIND_LABELS, STATUS_LABELS
from service.web import bp


@bp.route("/nhap", methods=["GET", "POST"])
@login_required("office")
def import_form():
    ctx = request_ctx()
    errors, values = {}, {"text": "", "year": "", "month": "", "source": ""}
    if request.method == "POST":
        values = {k: request.form.get(k, "") for k in values}
        document, filename = None, None
        upload = request.files.get("file")
        if upload is not None and upload.filename:
            try:
                document, filename = read_document(upload.read(MAX_BYTES + 1), upload.filename), \
                    clean_filename(upload.filename)
            except ExtractError as exc:
                errors["file"] = str(exc)
        elif problem := control_characters(values["text"]):  # PostgreSQL refuses NUL, and it is not a program
            errors["text"] = f"{problem}; hãy xóa ký tự đó rồi gửi lại"
        elif values["text"].strip():
            document = values["text"]
        year, month = (_number(values[k], k, low, high, errors) for k, low, high in (("year", 2000, 2100), ("month", 1, 12)))
        source = values["source"].strip() or None
        if source and (problem := control_character_error(source, ONE_LINE) or (len(source) > 300 and "tối đa 300 ký tự")):
            errors["source"] = problem
        if document is not None and not isinstance(document, str) and not document.blocks:
            errors["file"] = "tệp không có chữ nào"
        if not errors and document is None:
            errors["text"] = "dán nội dung chương trình, hoặc chọn tệp .docx / .pdf / .txt"
        if not errors:
            try:
                plan = Plan(ctx, document, year, month, source)
            except PeriodUnknown as exc:
                errors["month"] = f"{exc}; hãy điền Năm và Tháng"
            else:
                row = new_import(ctx, plan, filename)
                ctx.session.commit()
                return redirect(url_for("web.import_preview", ident=row.id))
    return render_template("import_form.html", errors=errors, v=values), 422 if errors else 200


def _number(raw: str, name: str, low: int, high: int, errors: dict) -> int | None:
    if not raw.strip():
        return None
    if not raw.strip().isdecimal() or not low <= int(raw) <= high:
        errors[name] = f"phải là số từ {low} đến {high}"
        return None
    return int(raw)


@bp.get("/nhap/<id:ident>")
@login_required("office")
def import_preview(ident):
    ctx = request_ctx()
    row = ctx.session.get(ProgramImport, ident) or abort(404)
    preview = plan_of(ctx, row).preview()
    return render_template("import_preview.html", row=row, preview=preview, kind_labels=KIND_LABELS,
                           status_labels=STATUS_LABELS, document_kinds=DOCUMENT_KIND_LABELS, tz=ctx.tz)


@bp.post("/nhap/<id:ident>/ghi")
@login_required("office")
def import_commit(ident):
    ctx = request_ctx()
    row = ctx.session.get(ProgramImport, ident) or abort(404)
    try:
        shown = [int(i) for i in request.form.getlist("cancel_id") if i.isdecimal()]
        result = commit_import(ctx, row, confirm_cancel=request.form.get("confirm_cancel") == "yes",
                               cancel_ids=shown if request.form.get("confirm_cancel") == "yes" else None)
    except ServiceError as exc:  # already written (a double click, another clerk), cancelling not ticked, a refusal
        ctx.session.rollback()
        flash(_reason(exc))
        return redirect(url_for("web.import_preview", ident=ident))
    ctx.session.commit()
    flash(f"Đã ghi văn bản vào lịch: {result['created']} sự kiện mới, {result['updated']} cập nhật, "
          f"{result['unchanged']} không đổi, {result['cancelled']} hủy.")
    return redirect(url_for("web.month", thang=f"{row.year:04d}-{row.month:02d}"))


@bp.get("/nhap/lich-su")
@login_required("office")
def import_history():
    ctx = request_ctx()
    return render_template("import_history.html", rows=history(ctx.session), tz=ctx.tz,
                           document_kinds=DOCUMENT_KIND_LABELS)


@bp.post("/nhap/<id:ident>/hoan-tac")
@login_required("office")
def import_undo(ident):
    ctx = request_ctx()
    row = ctx.session.get(ProgramImport, ident) or abort(404)
    try:
        result = undo_import(ctx, row)
    except ServiceError as exc:
        ctx.session.rollback()
        flash(_reason(exc))
        return redirect(url_for("web.import_history"))
    ctx.session.commit()
    flash(f"Đã hoàn tác lần nhập id {ident}: {result['cancelled']} sự kiện đã tạo được hủy, "
          f"{result['restored']} sự kiện trở lại như trước.")
    return redirect(url_for("web.import_history"))


def _reason(exc: ServiceError) -> str:
    """A refusal in one line: its message, and the fields it names (e.g. the document's line)."""
    details = "; ".join(f"{v}" for v in exc.fields.values() if isinstance(v, str))
    return f"{exc.message} ({details})" if details and details not in exc.message else exc.message
