"""Import of a monthly program: POST the text or the file, look at the preview, commit it."""
from flask import jsonify, request
from werkzeug.exceptions import RequestEntityTooLarge

from service import schemas
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx
from service.errors import NotFound, ServiceError, ValidationFailed
from service.importer.extract import MAX_BYTES, ExtractError, clean_filename, control_characters, text_of
from service.importer.program import Plan, commit_import
from service.models import ProgramImport
from service.serialize import iso


def _form_int(name: str, low: int, high: int) -> int | None:
    raw = request.form.get(name)
    if raw in (None, ""):
        return None
    if not raw.isdigit() or not low <= int(raw) <= high:
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


def _input() -> tuple[str, int | None, int | None, str | None]:
    """The program's text, year, month and file name, from a file (multipart field `file`) or JSON `text`.
    Nothing is written before this has passed."""
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
            text = text_of(data, upload.filename)
        except ExtractError as exc:
            raise ValidationFailed({"file": str(exc)}) from None
        return text, _form_int("year", 2000, 2100), _form_int("month", 1, 12), clean_filename(upload.filename)
    try:
        body = parse_body(schemas.ImportIn)
    except RequestEntityTooLarge:
        raise TooLarge("text") from None
    problem = control_characters(body.text)  # (schemas.ImportIn may refuse them first, in its words)
    if problem:
        raise ValidationFailed({"text": f"{problem}; hãy xóa ký tự đó"})
    return body.text, body.year, body.month, clean_filename(body.filename)


def _preview(row: ProgramImport, plan: Plan, tz) -> dict:
    return {"id": row.id, "year": row.year, "month": row.month, "committed_at": iso(row.committed_at, tz),
            **plan.preview()}


def _plan(ctx, text, year, month) -> Plan:
    try:
        return Plan(ctx, text, year, month)
    except ValueError as exc:
        raise ValidationFailed({"month": str(exc)}) from None


@bp.post("/imports")
def create_import():
    ctx = request_ctx()
    text, year, month, filename = _input()
    if not text.strip():
        raise ValidationFailed({"text": "văn bản rỗng"})
    plan = _plan(ctx, text, year, month)
    row = ProgramImport(created_at=ctx.now(), created_by=ctx.actor, filename=filename, year=plan.year,
                        month=plan.month, text=text)
    ctx.session.add(row)
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
    return jsonify(_preview(row, _plan(ctx, row.text, row.year, row.month), ctx.tz))


@bp.post("/imports/<id:ident>/commit")
def commit(ident):
    ctx = request_ctx()
    row = _get(ctx, ident)
    result = commit_import(ctx, row)
    ctx.session.commit()
    return jsonify({"id": row.id, **result})
