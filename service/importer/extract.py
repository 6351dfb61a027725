"""Text from the files offices have: plain text (UTF-8, UTF-16 or cp1258), .docx (python-docx: paragraphs
and table cells in order) and .pdf (its text layer, pypdf).

Every file is untrusted (issue #15). A .docx is a zip: before python-docx opens it, the number of entries,
their names, and the declared *and* actual unzipped size of each entry and of all are checked (the actual
size by reading every entry through a bounded reader), and no XML part may carry a DOCTYPE (where entities
would be declared: billion laughs, external entities). A PDF is read under pypdf limits, with a page and a
text limit; pypdf's errors become reasons in Vietnamese. Plain text with control characters (NUL...) is
refused. Each extraction has a time budget, checked between steps against a monotonic clock. Every refusal
is an ExtractError whose message, in Vietnamese, the caller shows against its field."""
import io
import logging
import re
import stat
import time
import zipfile

log = logging.getLogger(__name__)

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


def text_of(data: bytes, filename: str | None = None, *, budget: float | None = None, clock=time.monotonic) -> str:
    """The text of an uploaded file; ExtractError (a reason in Vietnamese) if it cannot or may not be read.
    `budget`: seconds allowed (default TIME_BUDGET)."""
    if len(data) > MAX_BYTES:
        raise ExtractError(f"tệp lớn quá {MAX_BYTES // (1024 * 1024)} MB")
    timer = Budget(TIME_BUDGET if budget is None else budget, clock)
    name = (filename or "").casefold()
    if name.endswith(".docx") or data[:4] == b"PK\x03\x04":
        text = _extracted(_docx(data, timer))
    elif name.endswith(".pdf") or data[:5] == b"%PDF-":
        text = _extracted(_pdf(data, timer))
    elif name.endswith(".doc") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ExtractError("tệp .doc (Word 97-2003) chưa đọc được: hãy lưu lại thành .docx hoặc .pdf")
    else:
        text = _plain(data)
        problem = control_characters(text)
        if problem:
            hint = " (có thể là tệp UTF-16 thiếu BOM, hoặc không phải tệp văn bản)" if "NUL" in problem else ""
            raise ExtractError(f"tệp văn bản {problem}{hint}; hãy lưu lại tệp thành văn bản UTF-8, hoặc dán nội dung")
    timer.check()
    _check_length(text)
    return text


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


def _check_length(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise _too_long()


def _too_long() -> ExtractError:
    return ExtractError(f"nội dung dài quá {MAX_TEXT_CHARS:,} ký tự".replace(",", ".") +
                        ": hãy tách thành tệp nhỏ hơn")


# ---- .docx ---------------------------------------------------------------------------------------------

_DRIVE = re.compile(r"^[A-Za-z]:")


def _docx(data: bytes, timer: Budget) -> str:
    _check_zip(data, timer)
    import docx  # noqa: PLC0415 - only for Word files
    from docx.table import Table  # noqa: PLC0415
    from docx.text.paragraph import Paragraph  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many types on a damaged package
        log.info("unreadable .docx: %r", exc)
        reason = "không phải tài liệu Word" if "content type" in str(exc) else "thiếu phần hoặc XML hỏng"
        raise ExtractError(f"tệp Word không đọc được ({reason}): hãy mở bằng Word, lưu lại thành .docx") from None
    timer.check()
    lines, size = [], 0
    try:
        body = document.element.body
        _check_tables(body)
        _check_counts(body)
        for block in body.iterchildren():
            timer.check()
            if block.tag.endswith("}p"):
                found = [Paragraph(block, document).text]
            elif block.tag.endswith("}tbl"):
                rows = []
                for row in Table(block, document).rows:
                    timer.check()
                    cells, seen = [], set()
                    for cell in row.cells:  # a merged cell is repeated: keep it once per row
                        if id(cell._tc) not in seen:
                            seen.add(id(cell._tc))
                            cells.append(" ".join(_cell_texts(cell, timer)))
                    rows.append(cells)
                found = table_lines(rows)
            else:
                continue
            lines.extend(found)
            size += sum(len(line) + 1 for line in found)
            if size > MAX_TEXT_CHARS:
                raise _too_long()
    except ExtractError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as exc:
        log.info("unreadable .docx body: %r", exc)  # e.g. a merged cell continuing one that does not exist
        raise ExtractError("tệp Word có bảng hoặc đoạn văn không đọc được (ô gộp sai, XML hỏng): "
                           "hãy mở bằng Word, lưu lại thành .docx") from None
    return "\n".join(lines)


def _check_zip(data: bytes, timer: Budget) -> None:
    """Refuses, before anything is unzipped for python-docx: too many entries, entries whose names climb out
    (absolute, '..', backslashes, drive letters, control characters), links, duplicates, encrypted entries,
    an entry or all entries unzipping to more than the limits (declared in the headers, then actually read
    through a bounded reader), and any XML part with a DOCTYPE."""
    if data.count(b"PK\x01\x02") > MAX_ZIP_ENTRIES:  # every central directory record starts so: a bound
        raise ExtractError(f"tệp Word có quá nhiều thành phần (hơn {MAX_ZIP_ENTRIES}): không phải tài liệu Word thật")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        log.info("not a zip: %r", exc)
        raise ExtractError("tệp Word bị hỏng (không mở được như tệp .docx): hãy mở bằng Word, lưu lại thành .docx") \
            from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES:
            raise ExtractError(f"tệp Word có quá nhiều thành phần ({len(entries)}, tối đa {MAX_ZIP_ENTRIES})")
        names, declared = set(), 0
        for info in entries:
            _check_entry_name(info, names)
            if info.flag_bits & 0x1:
                raise ExtractError("tệp Word bị mã hóa (có mật khẩu): hãy lưu lại bản không mật khẩu")
            if info.file_size > MAX_PART_BYTES:
                raise ExtractError(f"tệp Word giải nén ra quá lớn: phần {info.filename} khai báo "
                                   f"{_mb(info.file_size)} (tối đa {_mb(MAX_PART_BYTES)} mỗi phần)")
            declared += info.file_size
        if declared > MAX_UNZIPPED_BYTES:
            raise ExtractError(f"tệp Word giải nén ra quá lớn: {_mb(declared)} (tối đa {_mb(MAX_UNZIPPED_BYTES)})")
        unzipped = 0
        for info in entries:
            if not info.is_dir():
                unzipped += _read_entry(archive, info, min(info.file_size, MAX_UNZIPPED_BYTES - unzipped), timer)


def _check_entry_name(info: zipfile.ZipInfo, names: set) -> None:
    name = info.orig_filename  # zipfile cuts info.filename at a NUL
    parts = name.rstrip("/").split("/")
    if (not name or name.startswith("/") or "\\" in name or _DRIVE.match(name) or re.search(r"[\x00-\x1f]", name)
            or any(part in ("", ".", "..") for part in parts) or stat.S_ISLNK(info.external_attr >> 16)):
        raise ExtractError(f"tệp Word có thành phần với đường dẫn không hợp lệ ({name[:80]!r}): "
                           "không phải tài liệu Word thật")
    key = name.casefold()
    if key in names:
        raise ExtractError(f"tệp Word có hai thành phần trùng tên ({name[:80]!r}): không phải tài liệu Word thật")
    names.add(key)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, timer: Budget) -> int:
    """The entry's actual unzipped size, read in chunks and never past `limit` (its declared size, or less
    when the whole is near its limit); its prolog through a hardened XML parser on the way."""
    prolog, size = _Prolog(info.filename), 0
    try:
        with archive.open(info) as entry:
            while chunk := entry.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ExtractError(f"tệp Word giải nén ra quá lớn: phần {info.filename} giải nén ra nhiều hơn "
                                       f"kích thước khai báo hoặc giới hạn ({_mb(limit)})")
                prolog.feed(chunk)
                timer.check()
    except ExtractError:
        raise
    except Exception as exc:  # noqa: BLE001 - bad CRC, truncated data, unknown compression, zlib errors...
        log.info("zip entry %s unreadable: %r", info.filename, exc)
        raise ExtractError(f"tệp Word bị hỏng: phần {info.filename} không giải nén được (sai kích thước, sai mã "
                           "kiểm tra hoặc kiểu nén lạ)") from None
    return size


class _Found(Exception):
    pass


class _PrologTarget:
    """lxml parser target that stops at the DOCTYPE or at the root element, whichever comes first."""

    def doctype(self, *args):
        raise _Found("doctype")

    def start(self, *args):
        raise _Found("root")

    def end(self, *args):
        pass

    def data(self, *args):
        pass

    def close(self):
        return None


class _Prolog:
    """The first bytes of a zip entry through a hardened lxml parser (no entities resolved, no DTD loaded,
    no network, no huge trees), until the root element starts. A DOCTYPE before it (the only place where
    entities can be declared) is refused, whatever the encoding; an entry that is not XML stops the parser
    at once and is left to python-docx."""

    def __init__(self, name: str):
        from lxml import etree  # noqa: PLC0415 - python-docx's XML library

        self.name, self.done = name, False
        self.parser = etree.XMLParser(target=_PrologTarget(), resolve_entities=False, no_network=True,
                                      load_dtd=False, huge_tree=False, dtd_validation=False)
        self.syntax_error = etree.XMLSyntaxError

    def feed(self, chunk: bytes) -> None:
        if self.done:
            return
        try:
            self.parser.feed(chunk)
        except _Found as found:
            self.done = True
            if str(found) == "doctype":
                raise ExtractError(f"tệp Word có khai báo DOCTYPE/ENTITY trong phần {self.name}: Word không tạo ra "
                                   "khai báo này (có thể là tệp độc hại); hãy mở bằng Word, lưu lại thành .docx") \
                    from None
        except self.syntax_error:
            self.done = True  # not XML (an image...) or damaged: python-docx decides


def _cell_texts(cell, timer: Budget) -> list[str]:
    """The paragraphs of one table cell, the time budget checked between them (one cell can hold many)."""
    texts = []
    for paragraph in cell.paragraphs:
        timer.check()
        if text := paragraph.text.strip():
            texts.append(text)
    return texts


def _check_counts(body) -> None:
    """Paragraphs and runs counted before reading them: python-docx reads one paragraph or cell in a single
    call, which no time check can interrupt."""
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paragraphs = runs = 0
    for element in body.iter(f"{ns}p", f"{ns}r"):
        if element.tag == f"{ns}p":
            paragraphs += 1
        else:
            runs += 1
        if paragraphs > MAX_PARAGRAPHS or runs > MAX_RUNS:
            raise ExtractError(f"tệp .docx có quá nhiều đoạn văn (quá {MAX_PARAGRAPHS:,} đoạn hoặc {MAX_RUNS:,} "
                               "đoạn định dạng); chương trình công tác không dài như vậy".replace(",", "."))


def _check_tables(body) -> None:
    """No row wider than MAX_TABLE_COLUMNS: python-docx repeats a merged cell once per column it spans, so a
    cell claiming to span a billion columns would be a billion cells."""
    from docx.oxml.ns import qn  # noqa: PLC0415

    for tr in body.iter(qn("w:tr")):
        if sum(tc.grid_span for tc in tr.iterchildren(qn("w:tc"))) > MAX_TABLE_COLUMNS:
            raise ExtractError(f"tệp Word có bảng rộng quá {MAX_TABLE_COLUMNS} cột (ô gộp sai)")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


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


# ---- .pdf ----------------------------------------------------------------------------------------------

def _pdf(data: bytes, timer: Budget) -> str:
    from pypdf import PdfReader, apply_configuration  # noqa: PLC0415 - only for PDF files

    pages, size = [], 0
    try:
        with apply_configuration(**PDF_LIMITS):
            reader = PdfReader(io.BytesIO(data))
            timer.check()
            if len(reader.pages) > MAX_PDF_PAGES:
                raise ExtractError(f"tệp PDF có {len(reader.pages)} trang, tối đa {MAX_PDF_PAGES} trang: "
                                   "hãy tách phần chương trình công tác ra tệp riêng")
            for page in reader.pages:
                timer.check()
                text = page.extract_text() or ""
                size += len(text) + 1
                if size > MAX_TEXT_CHARS:
                    raise _too_long()
                pages.append(text)
    except ExtractError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on a hostile file; all mean unreadable
        log.info("unreadable PDF: %r", exc)
        raise ExtractError(f"tệp PDF không đọc được: {_pdf_reason(exc)}") from None
    text = "\n".join(pages)
    if not text.strip():
        raise ExtractError("tệp PDF không có lớp chữ (bản scan): cần bản PDF xuất từ Word, hoặc dán nội dung")
    return text


def _pdf_reason(exc: Exception) -> str:
    """pypdf's error, as a reason a clerk can act on."""
    from pypdf.errors import DependencyError, EmptyFileError, FileNotDecryptedError, LimitReachedError  # noqa: PLC0415

    detail = str(exc).casefold()
    again = "; hãy xuất lại PDF từ Word, hoặc dán nội dung"
    if isinstance(exc, FileNotDecryptedError) or "decrypt" in detail or "password" in detail:
        return "tệp có mật khẩu (bị mã hóa); hãy lưu lại bản không mật khẩu, hoặc dán nội dung"
    if isinstance(exc, DependencyError):
        return "tệp được mã hóa theo cách máy chủ chưa đọc được (AES); hãy lưu lại bản không mật khẩu"
    if isinstance(exc, EmptyFileError):
        return "tệp rỗng"
    if any(word in detail for word in ("xref", "trailer", "startxref", "eof marker", "declared size")):
        return "bảng tham chiếu (xref) của tệp bị hỏng" + again
    if isinstance(exc, LimitReachedError):
        return "cấu trúc tệp vượt giới hạn an toàn (quá lớn hoặc tự tham chiếu vòng)" + again
    if isinstance(exc, MemoryError | RecursionError):
        return "cấu trúc tệp quá phức tạp" + again
    return "tệp bị hỏng hoặc không đúng định dạng PDF" + again


def read_document(data: bytes, filename: str | None = None, **options):
    """Interim: the file's text as a document (the block readers replace this)."""
    from service.importer.document import Document  # noqa: PLC0415
    return Document.from_text(text_of(data, filename, **options))
