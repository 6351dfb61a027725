"""Import of a monthly program: POST the text or the file, look at the preview, commit it."""
from flask import jsonify, request
from werkzeug.exceptions import RequestEntityTooLarge

from service import schemas
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx
from service.errors import NotFound, ServiceError, ValidationFailed
from service.importer.document import Document
from service.importer.found import PeriodUnknown
from service.importer.extract import MAX_BYTES, ExtractError, clean_filename, control_characters, read_document
from service.importer.program import Plan, commit_import, new_import, plan_of
from service.importer.undo import history, undo_import
from service.models import ProgramImport
from service.serialize import iso


def _form_int(name: str, low: int, high: int) -> int | None:
    raw = request.form.get(name)
    if raw in (None, ""):
        return None
    if not raw.isdecimal() or not low <= int(raw) <= high:
        raise ValidationFailed({name: f"phải là số từ {low} đến {high}"})
    return int(raw)


class TooLarge(ServiceError):
    """The body over the server's limit (MAX_CONTENT_LENGTH), named by the field it carried."""

    status, code = 413, "request_entity_too_large"

    def __init__(self, field: str):
        limit = f"tối đa {(request.max_content_length or 0) // 1024} KB"
        super().__init__(f"Nội dung gửi lên quá lớn ({limit})",
                         {field: f"quá lớn ({limit}): hãy tách thành tệp nhỏ hơn" if field == "file"
                          else f"quá lớn ({limit})"})


def _input() -> tuple[Document, int | None, int | None, str | None, str | None]:
    """The document, year, month, file name and source, from a file (multipart field `file`, form fields
    `year`, `month`, `source`) or JSON `text`. Nothing is written before this has passed."""
    if request.mimetype == "multipart/form-data":
        try:
            upload = request.files.get("file")
        except RequestEntityTooLarge:
            raise TooLarge("file") from None
        if upload is None or not upload.filename:
            raise ValidationFailed({"file": "cần một tệp .txt, .docx hoặc .pdf"})
        data = upload.read(MAX_BYTES + 1)
        if not data:
            raise ValidationFailed({"file": "tệp rỗng"})
        try:
            document = read_document(data, upload.filename)
        except ExtractError as exc:
            raise ValidationFailed({"file": str(exc)}) from None
        if not document.blocks:
            raise ValidationFailed({"file": "tệp không có chữ nào"})
        return (document, _form_int("year", 2000, 2100), _form_int("month", 1, 12), clean_filename(upload.filename),
                _form_source())
    try:
        body = parse_body(schemas.ImportIn)
    except RequestEntityTooLarge:
        raise TooLarge("text") from None
    problem = control_characters(body.text)  # (schemas.ImportIn may refuse them first, in its words)
    if problem:
        raise ValidationFailed({"text": f"{problem}; hãy xóa ký tự đó"})
    if not body.text.strip():
        raise ValidationFailed({"text": "văn bản rỗng"})
    return Document.from_text(body.text), body.year, body.month, clean_filename(body.filename), body.source


def _form_source() -> str | None:
    """The form's `source` (the office's own name for the document), held to the JSON field's rules."""
    raw = (request.form.get("source") or "").strip()
    if not raw:
        return None
    problem = schemas.control_character_error(raw, schemas.ONE_LINE)
    if problem or len(raw) > 300:
        raise ValidationFailed({"source": problem or "tối đa 300 ký tự"})
    return raw


def _preview(row: ProgramImport, plan: Plan, tz) -> dict:
    return {"id": row.id, "year": row.year, "month": row.month, "committed_at": iso(row.committed_at, tz),
            "undone_at": iso(row.undone_at, tz), **plan.preview()}


def _plan(ctx, document, year, month, source=None) -> Plan:
    try:
        return Plan(ctx, document, year, month, source)
    except PeriodUnknown as exc:
        raise ValidationFailed({"month": f"{exc}; hãy gửi year và month"}) from None


@bp.post("/imports")
def create_import():
    ctx = request_ctx()
    document, year, month, filename, source = _input()
    plan = _plan(ctx, document, year, month, source)
    row = new_import(ctx, plan, filename)
    ctx.session.commit()
    return jsonify(_preview(row, plan, ctx.tz)), 201


def _get(ctx, ident) -> ProgramImport:
    row = ctx.session.get(ProgramImport, ident)
    if row is None:
        raise NotFound(f"Không có lần nhập nào có id {ident}")
    return row


@bp.get("/imports/<id:ident>")
def get_import(ident):
    ctx = request_ctx()
    row = _get(ctx, ident)
    try:
        plan = plan_of(ctx, row)
    except PeriodUnknown as exc:
        raise ValidationFailed({"month": f"{exc}; hãy gửi year và month"}) from None
    return jsonify(_preview(row, plan, ctx.tz))


@bp.post("/imports/<id:ident>/commit")
def commit(ident):
    ctx = request_ctx()
    body = parse_body(schemas.ImportCommitIn) if request.get_data(cache=True) else schemas.ImportCommitIn()
    row = _get(ctx, ident)
    result = commit_import(ctx, row, body.confirm_cancel, body.cancel_ids)
    ctx.session.commit()
    return jsonify({"id": row.id, **result})


@bp.post("/imports/<id:ident>/undo")
def undo(ident):
    ctx = request_ctx()
    result = undo_import(ctx, _get(ctx, ident))
    ctx.session.commit()
    return jsonify(result)


@bp.get("/imports")
def list_imports():
    ctx = request_ctx()
    return jsonify(schemas.ImportList(imports=[import_out(row, ctx.tz) for row in history(ctx.session)])
                   .model_dump(mode="json"))


def import_out(row: ProgramImport, tz) -> dict:
    counts = {k: (row.result or {}).get(k) for k in ("created", "updated", "unchanged", "cancelled")}
    return {"id": row.id, "created_at": iso(row.created_at, tz), "created_by": row.created_by,
            "filename": row.filename, "issuer": row.issuer, "kind": row.doc_kind, "title": row.title,
            "source": row.source, "period_start": row.period_start.isoformat() if row.period_start else None,
            "period_end": row.period_end.isoformat() if row.period_end else None,
            "committed_at": iso(row.committed_at, tz), "committed_by": row.committed_by,
            "undone_at": iso(row.undone_at, tz), "undone_by": row.undone_by, **counts}
