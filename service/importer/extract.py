"""Text from the files offices have: plain text (UTF-8, UTF-16 or cp1258), .docx (python-docx: paragraphs
and table cells in order) and .pdf (its text layer, pypdf)."""
import io
import re
import zipfile

MAX_BYTES = 10 * 1024 * 1024


class ExtractError(ValueError):
    pass


def text_of(data: bytes, filename: str | None = None) -> str:
    name = (filename or "").casefold()
    if name.endswith(".docx") or data[:4] == b"PK\x03\x04":
        return _docx(data)
    if name.endswith(".pdf") or data[:5] == b"%PDF-":
        return _pdf(data)
    if name.endswith(".doc") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ExtractError("tệp .doc (Word 97-2003) chưa đọc được: hãy lưu lại thành .docx hoặc .pdf")
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1258", errors="replace")


def _docx(data: bytes) -> str:
    import docx  # noqa: PLC0415 - only for Word files
    from docx.table import Table  # noqa: PLC0415
    from docx.text.paragraph import Paragraph  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractError(f"tệp Word không đọc được ({exc})") from None
    lines = []
    for block in document.element.body.iterchildren():
        if block.tag.endswith("}p"):
            lines.append(Paragraph(block, document).text)
        elif block.tag.endswith("}tbl"):
            rows = []
            for row in Table(block, document).rows:
                cells, seen = [], set()
                for cell in row.cells:  # a merged cell is repeated: keep it once per row
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
                rows.append(cells)
            lines.extend(table_lines(rows))
    return "\n".join(lines)


COLUMNS = {"time": r"thời\s*gian|ngày|thứ|giờ", "content": r"nội\s*dung|công\s*việc|hoạt\s*động|sự\s*kiện",
           "chair": r"chủ\s*trì|lãnh\s*đạo", "attendees": r"thành\s*phần|tham\s*dự|người\s*dự",
           "location": r"địa\s*điểm|nơi", "prep": r"chuẩn\s*bị|đơn\s*vị|cơ\s*quan"}
_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?")
_WEEKDAY = re.compile(r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật", re.I)
_SLOT = re.compile(r"\b(sáng|chiều|tối)\b", re.I)
_CLOCK = re.compile(r"\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*(?:phút|’|')?", re.I)


def table_lines(rows: list[list[str]]) -> list[str]:
    """A schedule table (Thời gian | Nội dung | Chủ trì | Thành phần | Địa điểm | Đơn vị chuẩn bị) as the
    lines a program would have written: "Thứ Hai Sáng ngày 06/11: 8h00, Đồng chí X chủ trì ... tại ...
    (... chuẩn bị)". A table without such a header row is read cell by cell."""
    header = next((i for i, row in enumerate(rows[:3])
                   if sum(any(re.search(rx, c, re.I) for rx in COLUMNS.values()) for c in row) >= 2), None)
    if header is None:
        return [c for row in rows for c in row]
    columns, times = {}, []
    for j, cell in enumerate(rows[header]):
        for name, rx in COLUMNS.items():
            if re.search(rx, cell, re.I) and (name not in columns or name == "time"):
                columns.setdefault(name, j)
                if name == "time":
                    times.append(j)  # "Ngày" and "Giờ" may be two columns
                break
    if "time" not in columns or "content" not in columns:
        return [c for row in rows for c in row]
    out, last_date = [], None

    def cell(row, name):
        j = columns.get(name)
        return row[j].strip() if j is not None and j < len(row) else ""
    for row in rows[header + 1:]:
        when, content = " ".join(row[j] for j in times if j < len(row)), cell(row, "content")
        if not content:
            continue
        date = _DATE.search(when)
        last_date = date.group(0) if date else last_date
        if last_date is None:
            out.append(content)
            continue
        weekday, slot, clock = _WEEKDAY.search(when), _SLOT.search(when), _CLOCK.search(when)
        head = " ".join(x for x in (weekday.group(0) if weekday else "", slot.group(1).capitalize() if slot else "",
                                    f"ngày {last_date}") if x)
        chair, attendees = cell(row, "chair"), cell(row, "attendees")
        text = content
        if chair:
            name = re.sub(r"^(?:đồng chí|đ/c)\s+", "", chair, flags=re.I)
            text = (f"{chair} chủ trì {text}" if re.match(r"(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư)", chair, re.I)
                    else f"Đồng chí {name} chủ trì {text}")
        elif attendees:
            text = f"{attendees} dự {text}"
        if cell(row, "location"):
            text += f" tại {cell(row, 'location')}"
        if cell(row, "prep"):
            text += f" ({cell(row, 'prep')} chuẩn bị)"
        out.append(f"{head}: {clock.group(0) + ', ' if clock else ''}{text}")
    return out


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader  # noqa: PLC0415 - only for PDF files
    from pypdf.errors import PdfReadError  # noqa: PLC0415

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ExtractError(f"tệp PDF không đọc được ({exc})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise ExtractError("tệp PDF không có lớp chữ (bản scan): cần bản PDF xuất từ Word, hoặc dán nội dung")
    return text
