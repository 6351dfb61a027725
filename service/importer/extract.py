"""Text from the files offices have: plain text (UTF-8, UTF-16 or cp1258), .docx (python-docx: paragraphs
and table cells in order) and .pdf (its text layer, pypdf)."""
import io
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
            for row in Table(block, document).rows:
                for cell in row.cells:
                    lines.extend(p.text for p in cell.paragraphs)
    return "\n".join(lines)


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
