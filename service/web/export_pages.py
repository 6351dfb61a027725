"""The month's program and the week's schedule as .docx / PDF from the calendar pages ("Tải .docx",
"Tải .pdf"): the same files as GET /api/programs/… and /api/weeks/…, for a signed-in user. A bad month or
week is the 404 page, as the calendar pages answer a bad ?thang= or ?ngay=."""
from flask import abort

from service.context import request_ctx
from service.errors import ValidationFailed
from service.page_base import login_required
from service.publishing.http import answer
from service.web import bp


def _file(kind: str, name: str):
    try:
        return answer(request_ctx(), kind, name)
    except ValidationFailed:
        abort(404)


@bp.get("/lich/tai/chuong-trinh/<name>")
@login_required()
def program_file(name):
    return _file("month", name)


@bp.get("/lich/tai/lich-tuan/<name>")
@login_required()
def week_file(name):
    return _file("week", name)
