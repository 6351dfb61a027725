"""Import of a monthly program: POST the text or the file, look at the preview, commit it."""
from flask import jsonify, request

from service import schemas
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx
from service.errors import NotFound, ValidationFailed
from service.importer.extract import MAX_BYTES, ExtractError, text_of
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


def _input() -> tuple[str, int | None, int | None, str | None]:
    if request.mimetype == "multipart/form-data":
        upload = request.files.get("file")
        if upload is None or not upload.filename:
            raise ValidationFailed({"file": "cần một tệp .txt, .docx hoặc .pdf"})
        data = upload.read(MAX_BYTES + 1)
        if not data:
            raise ValidationFailed({"file": "tệp rỗng"})
        try:
            text = text_of(data, upload.filename)
        except ExtractError as exc:
            raise ValidationFailed({"file": str(exc)}) from None
        return text, _form_int("year", 2000, 2100), _form_int("month", 1, 12), upload.filename[:300]
    body = parse_body(schemas.ImportIn)
    return body.text, body.year, body.month, body.filename


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
