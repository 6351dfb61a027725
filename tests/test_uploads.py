"""Hostile uploads (issue #15): zip bombs, XML entities, zips with too many entries or path tricks, broken and
encrypted PDFs, text with NUL, bodies over the limit. Each is refused with 422 (413 for the body limit) and a
Vietnamese message naming the field, as JSON on the API and as a Vietnamese page on the import page, quickly,
in little memory, and nothing is written. Also: the time budget of an extraction, and Vietnamese error pages
outside /api while /api keeps its JSON errors."""
import functools
import io
import re
import resource
import struct
import tracemalloc
import warnings
import zipfile
from contextlib import contextmanager

import pytest
from sqlalchemy import func, select, text

from service.context import request_ctx, state
from service.db import Base
from service.importer import extract, upload_limits
from service.importer.extract import ExtractError, read_document
from service.models import ProgramImport
from tests.bounds import cpu_bounded
from tests.test_bad_inputs import counts
from tests.test_web import field_error, login, token

MB = 1024 * 1024
GOOD_TEXT = "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023\nNgày 06/11: Đồng chí Chủ tịch UBND huyện chủ trì giao ban"
ENGLISH = ("Request Entity Too Large", "Internal Server Error", "Not Found", "Method Not Allowed", "Bad CRC",
           "startxref", "Declared size", "decrypted", "Traceback", "Stream has ended")


# ---- hostile files, built here -------------------------------------------------------------------------

def word(paragraphs=("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023", "Ngày 06/11: Giao ban Thường trực")) -> bytes:
    import docx

    document = docx.Document()
    for line in paragraphs:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_of(data, filename, **options):
    """The file's document as text (what the preview keeps)."""
    return read_document(data, filename, **options).text()


def rezip(data: bytes, replace=None, extra=()) -> bytes:
    """The zip `data` with some entries' contents replaced and extra (name, bytes) entries appended."""
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info)))
        for name, blob in extra:
            dst.writestr(name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name), blob,
                         zipfile.ZIP_DEFLATED)
    return out.getvalue()


def document_xml() -> bytes:
    with zipfile.ZipFile(io.BytesIO(word())) as z:
        return z.read("word/document.xml")


@functools.cache
def zip_bomb() -> bytes:
    """A real .docx whose document.xml is padded with 105 MB of one repeated byte: about 100 KB zipped."""
    xml = document_xml()
    padded = xml.replace(b"<w:sectPr", b" " * (105 * MB) + b"<w:sectPr", 1)
    bomb = rezip(word(), {"word/document.xml": padded})
    assert len(bomb) < 300 * 1024 and len(padded) > 100 * MB
    return bomb


def set_declared_size(data: bytes, name: str, size: int) -> bytes:
    """`data` with the uncompressed size that the local header and the central directory declare for `name`
    set to `size` (a header that lies)."""
    buf = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info, start = z.getinfo(name), z.start_dir
    struct.pack_into("<I", buf, info.header_offset + 22, size)
    pos = start
    while buf[pos:pos + 4] == b"PK\x01\x02":
        n, m, k = struct.unpack_from("<HHH", buf, pos + 28)
        if buf[pos + 46:pos + 46 + n].decode() == name:
            struct.pack_into("<I", buf, pos + 24, size)
        pos += 46 + n + m + k
    return bytes(buf)


@functools.cache
def lying_bomb() -> bytes:
    """The same, its headers declaring 4000 bytes: reading gives more (zipfile then stops at a bad CRC)."""
    return set_declared_size(zip_bomb(), "word/document.xml", 4000)


def many_big_parts() -> bytes:
    """Honest headers, each part under the per-part limit, together over the total limit."""
    return rezip(word(), extra=[(f"word/media/image{i}.bmp", b"\0" * (9 * MB)) for i in range(3)])


LAUGHS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10)) + b"]>")


def billion_laughs(part="word/document.xml") -> bytes:
    with zipfile.ZipFile(io.BytesIO(word())) as z:
        xml = z.read(part)
    body = xml.split(b"?>", 1)[1].lstrip()
    if part == "word/document.xml":
        body = body.replace("Giao ban".encode(), b"&lol9;", 1)
    return rezip(word(), {part: LAUGHS + body})


def external_entity() -> bytes:
    xml = document_xml().split(b"?>", 1)[1].lstrip()
    dtd = b'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return rezip(word(), {"word/document.xml": dtd + xml.replace("Giao ban".encode(), b"&xxe;", 1)})


def utf16_doctype() -> bytes:
    """The DTD hidden from a byte search: document.xml in UTF-16."""
    xml = document_xml().decode().split("?>", 1)[1].lstrip()
    doc = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w:document [<!ENTITY a "b">]>' + xml
    return rezip(word(), {"word/document.xml": doc.encode("utf-16")})


def too_many_entries() -> bytes:
    return rezip(word(), extra=[(f"word/extra/item{i}.xml", b"<a/>") for i in range(1200)])


def with_entry(name: str, blob=b"<a/>") -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a duplicate name: that is the point
        return rezip(word(), extra=[(name, blob)])


def symlink_entry() -> bytes:
    info = zipfile.ZipInfo("word/media/link.png")
    info.external_attr = (0o120777 << 16)
    return rezip(word(), extra=[(info, b"/etc/passwd")])


@functools.cache
def crowded_cell() -> bytes:
    """One table cell holding more paragraphs than any program (python-docx reads a cell in one call)."""
    body = document_xml()
    cell = (b"<w:tbl><w:tr><w:tc>" + b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * (upload_limits.MAX_PARAGRAPHS + 1)
            + b"</w:tc></w:tr></w:tbl>")
    return rezip(word(), replace={"word/document.xml": body.replace(b"<w:sectPr", cell + b"<w:sectPr", 1)})


def wide_cell() -> bytes:
    """A table cell claiming to span 50 million columns: python-docx would list it 50 million times."""
    import docx

    document = docx.Document()
    document.add_paragraph("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0)._tc.grid_span = 50_000_000
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf(lines=("Ngay 06/11 Hop giao ban",), pages=1) -> bytes:
    from fpdf import FPDF

    document = FPDF()
    document.set_font("helvetica", size=10)
    for _ in range(pages):
        document.add_page()
        for line in lines:
            document.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def broken_xref() -> bytes:
    """The cross-reference table declares far more entries than the file holds."""
    data = pdf()
    at = data.index(b"\nxref\n") + 1
    return data[:at] + re.sub(rb"^xref\n0 \d+", b"xref\n0 99999999", data[at:])


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf())))
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def truncated_pdf() -> bytes:
    data = pdf()
    return data[:len(data) // 2]


# (case, builder, filename, words the message must hold)
HOSTILE = [
    ("zip bomb", zip_bomb, "ct.docx", "giải nén"),
    ("zip bomb, header lies", lying_bomb, "ct.docx", "bị hỏng"),
    ("parts over the total", many_big_parts, "ct.docx", "giải nén"),
    ("billion laughs", billion_laughs, "ct.docx", "DOCTYPE"),
    ("billion laughs in styles.xml", lambda: billion_laughs("word/styles.xml"), "ct.docx", "DOCTYPE"),
    ("external entity", external_entity, "ct.docx", "DOCTYPE"),
    ("DOCTYPE in UTF-16", utf16_doctype, "ct.docx", "DOCTYPE"),
    ("too many entries", too_many_entries, "ct.docx", "quá nhiều"),
    ("entry ../", lambda: with_entry("../../etc/cron.d/x"), "ct.docx", "đường dẫn"),
    ("entry /absolute", lambda: with_entry("/etc/passwd"), "ct.docx", "đường dẫn"),
    ("entry with backslash", lambda: with_entry("word\\..\\..\\x.xml"), "ct.docx", "đường dẫn"),
    ("entry twice", lambda: with_entry("word/document.xml", document_xml()), "ct.docx", "trùng tên"),
    ("symlink entry", symlink_entry, "ct.docx", "đường dẫn"),
    ("cell spanning 50 million columns", wide_cell, "ct.docx", "cột"),
    ("a cell of 100,001 paragraphs", crowded_cell, "ct.docx", "quá nhiều đoạn văn"),
    ("PDF broken xref", broken_xref, "ct.pdf", "xref"),
    ("PDF encrypted", encrypted_pdf, "ct.pdf", "mật khẩu"),
    ("PDF truncated", truncated_pdf, "ct.pdf", "bị hỏng"),
    ("PDF too many pages", lambda: pdf(pages=upload_limits.MAX_PDF_PAGES + 1), "ct.pdf", "trang"),
    ("text with NUL", lambda: GOOD_TEXT.encode() + b"\x00\x00" + "Hội nghị".encode(), "ct.txt", "NUL"),
    ("text with ESC", lambda: GOOD_TEXT.encode() + b"\x1b[31m", "ct.txt", "điều khiển"),
    ("UTF-16 without BOM", lambda: GOOD_TEXT.encode("utf-16-le"), "ct.txt", "NUL"),
]
IDS = [case[0] for case in HOSTILE]


# ---- measuring -------------------------------------------------------------------------------------------

def table_counts(app) -> tuple:
    """Rows of every table (tests.test_bad_inputs.counts, and every other table, ProgramImport included)."""
    with state(app).sessions() as session:
        every = tuple(session.scalar(select(func.count()).select_from(table)) for table in Base.metadata.sorted_tables)
        return counts(app), every, session.scalar(select(func.count()).select_from(ProgramImport))


@contextmanager
def bounded(seconds=5.0, megabytes=25):
    """The block finishes within `seconds` of CPU (tests.bounds) and its Python allocations peak under
    `megabytes`."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux: the process's high-water mark
    tracemalloc.start()
    try:
        with cpu_bounded(seconds, "the upload"):
            yield
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < megabytes * MB, f"peak {peak / MB:.0f} MB"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss < 100 * 1024  # no 100 MB jump in RSS


def upload(api, data, filename, **form):
    return api.post("/api/imports", data={"file": (io.BytesIO(data), filename), **form},
                    content_type="multipart/form-data")


def web_upload(browser, data, filename):
    page = browser.get("/nhap").get_data(as_text=True)
    return browser.post("/nhap", data={"file": (io.BytesIO(data), filename), "text": "", "csrf_token": token(page)},
                        content_type="multipart/form-data")


def no_english(body: str):
    for words in ENGLISH:
        assert words not in body, words


@pytest.fixture
def pages(app):
    """The app (its Vietnamese error pages wired by service.web) with two views that fail, one outside /api and
    one under it."""

    def broken():
        request_ctx().session.execute(text("SELECT * FROM khong_co_bang_nay"))  # leaves the transaction aborted

    app.add_url_rule("/thu-loi-500", "broken_page", broken)
    app.add_url_rule("/api/thu-loi-500", "broken_api", broken)
    return app


# ---- the API ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("case, build, filename, words", HOSTILE, ids=IDS)
def test_api_refuses_hostile_files(pages, api, case, build, filename, words):
    data = build()
    before = table_counts(pages)
    with bounded():
        response = upload(api, data, filename)
    assert response.status_code == 422, response.get_data(as_text=True)[:500]
    error = response.get_json()["error"]
    assert error["code"] == "invalid" and words in error["fields"]["file"], error
    assert error["message"].startswith("Dữ liệu không hợp lệ: file: ")
    no_english(error["fields"]["file"])
    assert table_counts(pages) == before


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f"], ids=["NUL", "BEL", "ESC", "DEL"])
def test_api_refuses_control_characters_in_text(pages, api, char):
    before = table_counts(pages)
    response = api.post("/api/imports", {"text": GOOD_TEXT + char + "Hội nghị"})
    assert response.status_code == 422, response.get_json()
    assert "ký tự điều khiển" in response.get_json()["error"]["fields"]["text"]
    assert table_counts(pages) == before


def test_tab_crlf_and_words_line_and_page_breaks_are_text(pages, api):
    """Tab, CR LF, and the vertical tab and form feed of Word's manual line and page breaks, in a file too."""
    text = GOOD_TEXT.replace("\n", "\r\n") + "\tHọp\x0bgiao ban\f\n"
    assert api.post("/api/imports", {"text": text}).status_code == 201
    assert upload(api, text.encode(), "ct.txt").status_code == 201


def test_control_characters_in_an_uploaded_filename_are_dropped(pages, api):
    uploaded = upload(api, GOOD_TEXT.encode(), "ct\x00thang\x1b11.txt")
    assert uploaded.status_code == 201, uploaded.get_json()
    with state(pages).sessions() as session:
        assert list(session.scalars(select(ProgramImport.filename))) == ["ctthang11.txt"]


def test_api_body_over_the_limit_is_413_naming_the_field(pages, api):
    before = table_counts(pages)
    response = upload(api, b"x" * (pages.config["MAX_CONTENT_LENGTH"] + 1), "ct.txt")
    assert response.status_code == 413
    error = response.get_json()["error"]
    assert "quá lớn" in error["message"] and "quá lớn" in error["fields"]["file"]
    response = api.post("/api/imports", {"text": "x" * (pages.config["MAX_CONTENT_LENGTH"] + 1)})
    assert response.status_code == 413 and "quá lớn" in response.get_json()["error"]["fields"]["text"]
    assert table_counts(pages) == before


# ---- the import page -------------------------------------------------------------------------------------

@pytest.mark.parametrize("case, build, filename, words", HOSTILE, ids=IDS)
def test_import_page_refuses_hostile_files(pages, case, build, filename, words):
    data = build()
    browser = login(pages)
    before = table_counts(pages)
    with bounded():
        response = web_upload(browser, data, filename)
    page = response.get_data(as_text=True)
    assert response.status_code == 422, page[:500]
    assert '<html lang="vi">' in page and "Nhập chương trình công tác" in page
    assert words in field_error(page, "file"), page
    no_english(page)
    assert table_counts(pages) == before


def test_import_page_refuses_control_characters_in_pasted_text(pages):
    browser = login(pages)
    before = table_counts(pages)
    page = browser.get("/nhap").get_data(as_text=True)
    response = browser.post("/nhap", data={"text": GOOD_TEXT + "\x00", "csrf_token": token(page)})
    assert response.status_code == 422 and "NUL ở dòng 2" in field_error(response.get_data(as_text=True), "text")
    assert table_counts(pages) == before


def test_import_page_body_over_the_limit_is_a_vietnamese_413(pages):
    browser = login(pages)
    before = table_counts(pages)
    response = web_upload(browser, b"x" * (pages.config["MAX_CONTENT_LENGTH"] + 1), "ct.txt")
    page = response.get_data(as_text=True)
    assert response.status_code == 413
    assert '<html lang="vi">' in page and "quá lớn" in field_error(page, "file")
    assert "1024 KB" in page
    no_english(page)
    assert table_counts(pages) == before


# ---- the time budget -------------------------------------------------------------------------------------

def big_word(paragraphs=4000) -> bytes:
    return word([f"Ngày {1 + i % 28:02d}/11: Hội nghị số {i} của UBND huyện tại Hội trường" for i in range(paragraphs)])


class TickingClock:
    """A clock that moves one second each time it is read: budgets in whole reads, no waiting."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 1.0
        return self.now


@pytest.mark.parametrize("build, filename", [(big_word, "ct.docx"), (lambda: pdf(pages=40), "ct.pdf"),
                                             (lambda: (GOOD_TEXT * 2000).encode(), "ct.txt")],
                         ids=["docx", "pdf", "txt"])
def test_budget_with_a_clock_that_ticks(build, filename):
    data = build()
    assert text_of(data, filename, budget=10_000, clock=TickingClock())  # plenty of reads
    with pytest.raises(ExtractError, match="quá lâu"):
        text_of(data, filename, budget=0.5, clock=TickingClock())  # over at the first check
    if filename != "ct.txt":  # a .txt is one step: a docx or a PDF is checked all along
        with pytest.raises(ExtractError, match="quá lâu"):
            text_of(data, filename, budget=8, clock=TickingClock())


@pytest.mark.parametrize("build, filename", [(big_word, "ct.docx"), (lambda: pdf(pages=60), "ct.pdf")],
                         ids=["docx", "pdf"])
def test_budget_with_the_real_clock(build, filename):
    data = build()
    assert "06/11" in text_of(data, filename)
    with pytest.raises(ExtractError, match=r"quá lâu \(quá 0.0001 giây\)"):
        text_of(data, filename, budget=0.0001)  # reading thousands of paragraphs or 60 pages takes longer


def test_over_budget_upload_is_a_422_and_nothing_is_written(pages, api, monkeypatch):
    data = big_word()
    before = table_counts(pages)
    monkeypatch.setattr(extract, "TIME_BUDGET", 0.0001)
    response = upload(api, data, "ct.docx")
    assert response.status_code == 422 and "quá lâu" in response.get_json()["error"]["fields"]["file"]
    assert table_counts(pages) == before
    browser = login(pages)
    before = table_counts(pages)
    page = web_upload(browser, data, "ct.docx")
    assert page.status_code == 422 and "quá lâu" in field_error(page.get_data(as_text=True), "file")
    assert table_counts(pages) == before


# ---- real documents still read -------------------------------------------------------------------------

def test_real_documents_still_read():
    assert text_of(word(), "ct.docx") == "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023\nNgày 06/11: Giao ban Thường trực"
    assert "Ngay 06/11 Hop giao ban" in text_of(pdf(), "ct.pdf")
    assert text_of(GOOD_TEXT.encode("utf-16"), "ct.txt") == GOOD_TEXT
    # a PDF with an owner password only (no password to open it) is read
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf())))
    writer.encrypt(user_password="", owner_password="chu-so-huu", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "Ngay 06/11" in text_of(buffer.getvalue(), "ct.pdf")


# ---- error pages -----------------------------------------------------------------------------------------

def test_vietnamese_error_pages_outside_the_api(pages):
    for browser in (pages.test_client(), login(pages)):
        missing = browser.get("/khong-co-trang-nay")
        assert missing.status_code == 404 and "Không tìm thấy" in missing.get_data(as_text=True)
        wrong = browser.open("/nhap", method="PUT")
        assert wrong.status_code == 405 and "PUT" in wrong.get_data(as_text=True)
        broken = browser.get("/thu-loi-500")
        assert broken.status_code == 500 and "Lỗi" in broken.get_data(as_text=True)
        for response in (missing, wrong, broken):
            body = response.get_data(as_text=True)
            assert response.mimetype == "text/html" and '<html lang="vi">' in body
            no_english(body)


def test_the_api_keeps_its_json_errors(pages, api):
    for method, path, status in (("GET", "/api/khong-co", 404), ("PUT", "/api/events", 405),
                                 ("GET", "/api/thu-loi-500", 500), ("GET", "/api/events/999", 404)):
        response = api.call(method, path)
        assert response.status_code == status and response.mimetype == "application/json", path
        assert response.get_json()["error"]["message"]
        no_english(response.get_json()["error"]["message"])
