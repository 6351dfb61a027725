"""One export: the period read from what the clerk typed (a month "2023-11", a week by any of its days
"2023-11-20"), the document built from the database and rendered as .docx or PDF. Shared by the CLI,
the API and the pages; the messages name the field in Vietnamese."""
import re
from dataclasses import dataclass
from datetime import date

from service.publishing import document, versions
from service.timing import MAX_YEAR, MIN_YEAR, week_monday

FORMATS = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "pdf": "application/pdf"}


@dataclass
class Exported:
    data: bytes
    mimetype: str
    filename: str  # ASCII, for Content-Disposition's filename=
    display_filename: str  # Vietnamese, for filename*=UTF-8''


def read_month(raw: str) -> date:
    """"2023-11" -> date(2023, 11, 1); ValueError in Vietnamese otherwise."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", (raw or "").strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError("tháng phải có dạng YYYY-MM, ví dụ 2023-11")
    if not MIN_YEAR <= int(match.group(1)) <= MAX_YEAR:
        raise ValueError(f"năm phải trong khoảng {MIN_YEAR}–{MAX_YEAR}")
    return date(int(match.group(1)), int(match.group(2)), 1)


def read_week(raw: str) -> date:
    """A day of the week ("2023-11-20", usually its Monday) -> that week's Monday."""
    raw = (raw or "").strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        raise ValueError("tuần phải là một ngày dạng YYYY-MM-DD, ví dụ 2023-11-20")
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"không có ngày {raw} trong lịch") from None
    return week_monday(day)


def read_format(raw: str) -> str:
    fmt = (raw or "").strip().lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError("định dạng phải là docx hoặc pdf")
    return fmt


def export(ctx, kind: str, first: date, fmt: str) -> Exported:
    """The month (kind "month", `first` its 1st) or week ("week", its Monday) as .docx or PDF bytes."""
    doc = document.build(ctx, kind, first, versions.for_export(ctx.session, kind, first))
    if fmt == "docx":
        from service.publishing import render_docx  # noqa: PLC0415
        data = render_docx.render(doc)
    else:
        from service.publishing import render_pdf  # noqa: PLC0415 - WeasyPrint loads pango: only when asked
        data = render_pdf.render(doc)
    return Exported(data, FORMATS[fmt], f"{doc.filename}.{fmt}", f"{doc.display_filename}.{fmt}")
