"""The HTTP answer of an export, shared by the API and the pages: the file with a Content-Disposition
that every browser reads (an ASCII filename= and the Vietnamese name in filename*=UTF-8'')."""
from urllib.parse import quote

from flask import Response

from service.errors import ValidationFailed
from service.publishing.export import export, read_format, read_month, read_week


def split_period(raw: str, field: str) -> tuple[str, str]:
    """"2023-11.docx" -> ("2023-11", "docx"); a name without a format names the field `format`."""
    period, dot, fmt = raw.rpartition(".")
    if not dot:
        raise ValidationFailed({"format": "đường dẫn phải kết thúc bằng .docx hoặc .pdf"})
    return period, fmt


def answer(ctx, kind: str, raw: str) -> Response:
    """The month ("2023-11.docx") or week ("2023-11-20.pdf") named by the URL's last part."""
    field = "month" if kind == "month" else "week"
    period, fmt = split_period(raw, field)
    try:
        first = read_month(period) if kind == "month" else read_week(period)
    except ValueError as exc:
        raise ValidationFailed({field: str(exc)}) from None
    try:
        fmt = read_format(fmt)
    except ValueError as exc:
        raise ValidationFailed({"format": str(exc)}) from None
    out = export(ctx, kind, first, fmt)
    response = Response(out.data, mimetype=out.mimetype)
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{out.filename}"; filename*=UTF-8\'\'{quote(out.display_filename, safe="")}')
    response.headers["Cache-Control"] = "no-store"
    return response
