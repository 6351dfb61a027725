"""The monthly program and the weekly schedule as documents: GET /api/programs/2023-11.docx (or .pdf),
GET /api/weeks/2023-11-20.docx (or .pdf). Any role may read them."""
from service.api import bp
from service.context import request_ctx
from service.publishing.http import answer


@bp.get("/programs/<name>")
def program_document(name):
    return answer(request_ctx(), "month", name)


@bp.get("/weeks/<name>")
def week_document(name):
    return answer(request_ctx(), "week", name)
