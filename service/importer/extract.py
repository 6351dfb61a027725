"""Every uploaded file as one document model (service.importer.document): plain text (UTF-8, UTF-16 or
cp1258), .docx (read_docx: paragraphs with their list numbers, table rows) and .pdf (read_pdf: the text
layer's lines joined into paragraphs, page furniture removed). `read_document` is the entry; `text_of` the
same document as plain text.

Every file is untrusted (issue #15). A .docx is a zip: before python-docx opens it, the number of entries,
their names, and the declared *and* actual unzipped size of each entry and of all are checked
(docx_package), and no XML part may carry a DOCTYPE (where entities would be declared: billion laughs,
external entities). A PDF is read under pypdf limits, with a page and a text limit; pypdf's errors become
reasons in Vietnamese. Plain text with control characters (NUL...) is refused. Each extraction has a time
budget, checked between steps against a monotonic clock. Every refusal is an ExtractError whose message,
in Vietnamese, the caller shows against its field."""
import re
import time

from service.importer.document import Block, Document

MAX_BYTES = 10 * 1024 * 1024  # the file as given (over HTTP the body limit, 1 MB by default, comes first)
MAX_TEXT_CHARS = 1_000_000  # the text kept, as schemas.ImportIn.text: about 300 pages
TIME_BUDGET = 10.0  # seconds for one extraction
MAX_ZIP_ENTRIES = 1000  # a .docx has 10-30 entries, more with images
MAX_PART_BYTES = 10 * 1024 * 1024  # one unzipped entry; also libxml2's largest text node without huge_tree
MAX_UNZIPPED_BYTES = 25 * 1024 * 1024  # all entries together
MAX_TABLE_COLUMNS = 64  # per table row, merged cells counted as the columns they span (Word allows 63)
MAX_PDF_PAGES = 300
MAX_PARAGRAPHS = 100_000  # a month's program has a few hundred; bounds the work no time check can split
MAX_RUNS = 400_000
PDF_LIMITS = {  # pypdf's own limits, tighter than its defaults (75 MB streams); no external jbig2dec
    "maximum_declared_stream_length": 16 * 1024 * 1024,
    "array_based_stream_maximum_output_length": 16 * 1024 * 1024,
    "zlib_maximum_output_length": 16 * 1024 * 1024,
    "lzw_maximum_output_length": 16 * 1024 * 1024,
    "run_length_maximum_output_length": 16 * 1024 * 1024,
    "brotli_maximum_output_length": 16 * 1024 * 1024,
    "jbig2_maximum_output_length": 16 * 1024 * 1024,
    "stream_decoding_work_maximum_length": 64 * 1024 * 1024,
    "stream_parsing_work_maximum_count": 1_000_000,
    "jbig2dec_binary": None,
}
_CHUNK = 64 * 1024
# Control characters refused in a program's text: C0 but tab, newline, carriage return, and the vertical tab
# and form feed of Word's manual line and page breaks (the importer reads them as spaces); and DEL. The same
# set as schemas.ImportIn.text, so that a file and a pasted or posted text are held to one rule.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class ExtractError(ValueError):
    pass


class Budget:
    """The time one extraction may take, checked between steps (a zip chunk, a paragraph, a table row,
    a PDF page) against `clock`, a monotonic clock."""

    def __init__(self, seconds: float, clock=time.monotonic):
        self.seconds, self.clock = seconds, clock
        self.deadline = clock() + seconds

    def check(self) -> None:
        if self.clock() > self.deadline:
            raise ExtractError(f"đọc tệp quá lâu (quá {self.seconds:g} giây): tệp quá lớn hoặc quá phức tạp; "
                               "hãy tách thành tệp nhỏ hơn, hoặc dán nội dung")


def read_document(data: bytes, filename: str | None = None, *, budget: float | None = None,
                  clock=time.monotonic) -> Document:
    """An uploaded file as blocks (service.importer.document); ExtractError (a reason in Vietnamese) if it
    cannot or may not be read. `budget`: seconds allowed (default TIME_BUDGET)."""
    return _read(data, filename, budget, clock)[0]


def text_of(data: bytes, filename: str | None = None, *, budget: float | None = None, clock=time.monotonic) -> str:
    """The text of an uploaded file, as the text-reading parser has read it so far: a text file as it is
    (its line numbers are the ones warnings cite), a Word or PDF file as its blocks typed out, a schedule
    table's rows as table_lines writes them. Callers that parse a Document use read_document."""
    document, plain = _read(data, filename, budget, clock)
    if plain is not None:
        return plain
    lines, rows = [], []
    for block in [*document.blocks, None]:
        if block is not None and block.is_row:
            rows.append([" ".join(cell) for cell in block.cells])
            continue
        if rows:
            lines.extend(table_lines(rows))
            rows = []
        if block is not None:
            lines.append(block.typed())
    return "\n".join(lines)


def _read(data: bytes, filename: str | None, budget: float | None, clock) -> tuple[Document, str | None]:
    """The document, and for a text file its text as decoded."""
    plain = None
    if len(data) > MAX_BYTES:
        raise ExtractError(f"tệp lớn quá {MAX_BYTES // (1024 * 1024)} MB")
    timer = Budget(TIME_BUDGET if budget is None else budget, clock)
    name = (filename or "").casefold()
    if name.endswith(".docx") or data[:4] == b"PK\x03\x04":
        from service.importer.read_docx import read_docx  # noqa: PLC0415 - it imports this module

        document = Document([_cleaned(block) for block in read_docx(data, timer)])
    elif name.endswith(".pdf") or data[:5] == b"%PDF-":
        from service.importer.read_pdf import read_pdf  # noqa: PLC0415 - it imports this module

        document = Document([_cleaned(block) for block in read_pdf(data, timer)])
    elif name.endswith(".doc") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ExtractError("tệp .doc (Word 97-2003) chưa đọc được: hãy lưu lại thành .docx hoặc .pdf")
    else:
        text = _plain(data)
        problem = control_characters(text)
        if problem:
            hint = " (có thể là tệp UTF-16 thiếu BOM, hoặc không phải tệp văn bản)" if "NUL" in problem else ""
            raise ExtractError(f"tệp văn bản {problem}{hint}; hãy lưu lại tệp thành văn bản UTF-8, hoặc dán nội dung")
        _check_length(text)
        document, plain = Document.from_text(text), text
    timer.check()
    _check_length(document.text())
    return document, plain


def _plain(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1258", errors="replace")


def control_characters(text: str) -> str | None:
    """None when `text` holds no refused control character (_CONTROL); else, in words, the first one and
    where it is. Such text is refused rather than cleaned: a NUL or an escape in a program means the file
    is not the text it claims to be (UTF-16 without its BOM, a binary file renamed .txt, a damaged file),
    and dropping them would import whatever is left without a word; PostgreSQL refuses NUL in text."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    code = ord(found.group())
    line = text.count("\n", 0, found.start()) + 1
    others = len(_CONTROL.findall(text)) - 1
    name = "NUL" if code == 0 else f"U+{code:04X}"
    where = f"ở dòng {line}" + (f" (và {others} chỗ khác)" if others else "")
    return f"có ký tự điều khiển {name} {where}, văn bản không được chứa ký tự này"


def clean_filename(filename: str | None) -> str | None:
    """A file's name as kept: control characters dropped (a name is only a label), at most 300 characters."""
    if filename is None:
        return None
    return _SURROGATE.sub("", re.sub(r"[\x00-\x1f\x7f]", "", filename))[:300] or None


def _extracted(text: str) -> str:
    """Text from Word or PDF with the control characters an extractor can leave (a PDF's odd font codes)
    dropped and lone surrogates replaced: artefacts of the extraction, not what the office wrote."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def _cleaned(block: Block) -> Block:
    block.text = _extracted(block.text)
    if block.number:
        block.number = _extracted(block.number)
    if block.cells is not None:
        block.cells = [[_extracted(p) for p in cell] for cell in block.cells]
    return block


def _check_length(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise _too_long()


def _too_long() -> ExtractError:
    return ExtractError(f"nội dung dài quá {MAX_TEXT_CHARS:,} ký tự".replace(",", ".") +
                        ": hãy tách thành tệp nhỏ hơn")


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
