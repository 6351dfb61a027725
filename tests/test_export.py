"""Exporting the monthly program and the weekly schedule (.docx, PDF): the parts of Nghị định 30/2020 in
order, A4 (landscape for the week), the margins and the font; the PDF's text layer and embedded fonts;
"Điều chỉnh lần N" and its annex; the CLI's and the API's answers; SQL statements bounded as the month
grows. Page images of the first pages go to test-artifacts/export/ (looked at by a person)."""
import io
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt
from pypdf import PdfReader

from service.publishing import versions
from service.publishing.annex import ADDED, CANCELLED, MOVED, AnnexLine, Revision
from tests.export_fixtures import build_month
from tests.test_query_counts import month_of_events, multiply, statements
from tests.test_web import login

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "export"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def config_overrides():
    return {"office_name": "Văn phòng HĐND và UBND huyện Mường Lát"}


@pytest.fixture
def month(api):
    return build_month(api)


def get_file(api, path: str) -> bytes:
    response = api.get(path)
    assert response.status_code == 200, (path, response.get_data(as_text=True)[:300])
    return response.data


def body_parts(data: bytes) -> list[tuple[str, str]]:
    """The .docx body in order: ("table", its text by cell) and ("p", a paragraph's text)."""
    doc = Document(io.BytesIO(data))
    tables = iter(doc.tables)
    paragraphs = iter(doc.paragraphs)
    out = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "tbl":
            table = next(tables)
            out.append(("table", " | ".join("\n".join(p.text for p in c.paragraphs) for c in table.rows[0].cells)))
        elif tag == "p":
            text = next(paragraphs).text
            if text.strip():
                out.append(("p", text))
    return out


def mm(*lengths) -> tuple:
    """Lengths in whole millimetres (Word keeps twentieths of a point)."""
    return tuple(round(length.mm) for length in lengths)


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_month_docx_has_the_decree_parts_in_order(api, month):
    data = get_file(api, "/api/programs/2023-11.docx")
    parts = body_parts(data)
    kinds = [k for k, _ in parts]
    header = parts[0]
    assert header[0] == "table"
    left, right = header[1].split(" | ")
    assert left.split("\n")[:2] == ["HĐND VÀ UBND HUYỆN MƯỜNG LÁT", "VĂN PHÒNG"]
    assert left.split("\n")[-1] == "Số:      /CTr-VP"  # the office fills in the number
    assert right.split("\n")[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert right.split("\n")[-1] == "Mường Lát, ngày 01 tháng 11 năm 2023"  # the clock's day, decree style
    texts = [t for _, t in parts]
    at = {name: next(i for i, t in enumerate(texts) if cond(t)) for name, cond in {
        "title": lambda t: t == "CHƯƠNG TRÌNH",
        "subtitle": lambda t: t == "Công tác tháng 11 năm 2023 của Văn phòng HĐND và UBND huyện Mường Lát",
        "undated": lambda t: t == "I. CÁC HỘI NGHỊ, HOẠT ĐỘNG THỜI GIAN THÔNG BÁO SAU",
        "weekly": lambda t: t.startswith("II. ") and "ĐỊNH KỲ" in t,
        "series": lambda t: t.startswith("1. Giao ban Thường trực Huyện ủy: chiều thứ Hai hằng tuần."),
        "spans": lambda t: t.startswith("III. "),
        "span": lambda t: t.startswith("1. Từ ngày 13/11/2023 đến ngày 15/11/2023: Ngày hội Đại đoàn kết"),
        "reception": lambda t: t == "IV. LỊCH TIẾP CÔNG DÂN",
        "days": lambda t: t.startswith("V. LỊCH HỘI NGHỊ"),
        "day": lambda t: t == "1. Thứ Hai, ngày 20/11/2023",
        "morning": lambda t: t.startswith("- Buổi sáng: Hội nghị giao ban công tác tháng 11. Chủ trì: Nguyễn Văn Bình."),
        "lead": lambda t: t == "+ Kế hoạch thực hiện công tác thẩm tra nông thôn mới (Phòng Nông nghiệp và Phát triển "
                               "nông thôn chủ trì, Phòng Nội vụ phối hợp).",
        "clock": lambda t: t.startswith("- Buổi chiều (14 giờ 00): Làm việc với Đoàn công tác của Sở Nội vụ."),
        "tentative": lambda t: t.startswith("- Buổi chiều: Hội nghị tổng kết phong trào thi đua (dự kiến)."),
        "closing": lambda t: t.startswith("Căn cứ nội dung Chương trình công tác"),
        "signature": lambda t: t.startswith("Nơi nhận:"),
    }.items()}
    assert list(at.values()) == sorted(at.values()), at
    assert kinds[at["signature"]] == "table" and "CHÁNH VĂN PHÒNG" in texts[at["signature"]]
    assert at["title"] == 1
    assert not any("đã hủy" in t for t in texts)  # the cancelled meeting is not in the issued document
    doc = Document(io.BytesIO(data))
    section = doc.sections[0]
    assert mm(section.page_width, section.page_height) == (210, 297)  # A4
    assert mm(section.top_margin, section.bottom_margin, section.left_margin, section.right_margin) == (20, 20, 30, 15)
    normal = doc.styles["Normal"].font
    assert (normal.name, normal.size) == ("Times New Roman", Pt(14))
    fonts = {r.font.name for p in doc.paragraphs for r in p.runs}
    assert fonts <= {None}  # every run in the style's font
    sizes = {r.font.size for p in doc.paragraphs if p.text.startswith(("1. ", "- ", "+ ")) for r in p.runs}
    assert sizes <= {None, Pt(14)}


def test_month_pdf_text_layer_carries_every_event(api, month):
    data = get_file(api, "/api/programs/2023-11.pdf")
    reader = PdfReader(io.BytesIO(data))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]  # A4 portrait, in points
    text = pdf_text(data)
    for key, event in month["events"].items():
        if key == "cancelled":
            assert event["title"] not in text
            continue
        assert event["title"] in text
        if event.get("chair"):
            assert event["chair"]["name"] in text
        if event.get("location"):
            assert event["location"] in text
    for day in ("13/11/2023", "15/11/2023", "20/11/2023", "21/11/2023", "22/11/2023", "23/11/2023"):
        assert day in text
    assert "thời gian thông báo sau" in text and "chiều thứ Hai hằng tuần" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Nơi nhận:" in text
    fonts = _fonts(reader)
    assert fonts and all("LiberationSerif" in name.replace("-", "") for name in fonts), fonts  # no fallback font
    assert all(embedded for embedded in fonts.values())


def _fonts(reader) -> dict:
    """Base font name -> whether its program is embedded, over every page."""
    out = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            out[str(font["/BaseFont"]).split("+")[-1]] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return out


def test_week_docx_is_the_landscape_table_with_day_cells_merged(api, month):
    data = get_file(api, "/api/weeks/2023-11-20.docx")
    doc = Document(io.BytesIO(data))
    section = doc.sections[0]
    assert mm(section.page_width, section.page_height) == (297, 210)
    assert section.orientation == 1  # WD_ORIENT.LANDSCAPE
    parts = body_parts(data)
    assert parts[0][1].split(" | ")[0].split("\n")[-1] == "Số:      /LCT-VP"  # a schedule (lịch), not a program
    assert [t for _, t in parts[1:3]] == ["LỊCH CÔNG TÁC TUẦN", "(Từ ngày 20/11/2023 đến ngày 26/11/2023)"]
    table = doc.tables[1]
    assert [c.text for c in table.rows[0].cells] == ["Thứ, ngày", "Buổi", "Nội dung", "Chủ trì", "Thành phần",
                                                     "Địa điểm", "Chuẩn bị"]
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert [r[:3] for r in rows] == [
        ["Thứ Hai\n20/11/2023", "Sáng", "Hội nghị giao ban công tác tháng 11\n- Báo cáo tình hình kinh tế - xã hội "
         "tháng 11 (Văn phòng HĐND và UBND huyện chuẩn bị).\n- Kế hoạch thực hiện công tác thẩm tra nông thôn mới "
         "(Phòng Nông nghiệp và Phát triển nông thôn chủ trì, Phòng Nội vụ phối hợp)."],
        ["Thứ Hai\n20/11/2023", "Chiều", "Giao ban Thường trực Huyện ủy"],  # the series' occurrence of the week
        ["Thứ Ba\n21/11/2023", "Chiều", "14 giờ 00: Làm việc với Đoàn công tác của Sở Nội vụ"],
        ["Thứ Tư\n22/11/2023", "Chiều (dự kiến)", "Hội nghị tổng kết phong trào thi đua"],
        ["Thứ Năm\n23/11/2023", "Cả ngày", "Kỳ họp thứ 14 Hội đồng nhân dân huyện"]]
    assert rows[0][3:] == ["Nguyễn Văn Bình", "Lãnh đạo UBND huyện", "Hội trường UBND huyện",
                           "Văn phòng HĐND và UBND huyện, Phòng Nông nghiệp và Phát triển nông thôn, Phòng Nội vụ"]
    assert table.cell(1, 0)._tc is table.cell(2, 0)._tc  # Thứ Hai: one cell over its two rows
    assert table.cell(3, 0)._tc is not table.cell(2, 0)._tc
    assert "Nơi nhận:" in parts[-1][1]


def test_week_pdf_is_landscape_and_carries_every_event(api, month):
    data = get_file(api, "/api/weeks/2023-11-20.pdf")
    reader = PdfReader(io.BytesIO(data))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [842, 595]
    text = pdf_text(data)
    for title, day, chair, place in [
            ("Hội nghị giao ban công tác tháng 11", "20/11/2023", "Nguyễn Văn Bình", "Hội trường UBND huyện"),
            ("Giao ban Thường trực Huyện ủy", "20/11/2023", None, "Phòng họp Huyện ủy"),
            ("Làm việc với Đoàn công tác của Sở Nội vụ", "21/11/2023", "Hoàng Văn Dũng", "Phòng họp số 2"),
            ("Hội nghị tổng kết phong trào thi đua", "22/11/2023", "Phạm Thị Lan", "Hội trường UBND huyện"),
            ("Kỳ họp thứ 14 Hội đồng nhân dân huyện", "23/11/2023", None, "Hội trường huyện")]:
        # a table cell wraps its words onto lines read across the row: every word is there, in order per cell
        words = text.split()
        for phrase in filter(None, (title, day, chair, place)):
            assert all(w in words for w in phrase.split()), phrase
    assert "Ngày hội Đại đoàn kết" not in text  # 13–15/11: another week


def test_page_images_of_the_first_pages(api, month):
    """pdftoppm PNGs of the month's and the week's first page, for a person to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, path in (("month", "/api/programs/2023-11.pdf"), ("week", "/api/weeks/2023-11-20.pdf")):
        pdf = ARTIFACTS / f"{name}.pdf"
        pdf.write_bytes(get_file(api, path))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(ARTIFACTS / name)], check=True, timeout=60)
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000


REVISION = Revision(2, (
    AnnexLine(ADDED, "Chiều thứ Tư, 22/11/2023", "Hội nghị tổng kết phong trào thi đua", ""),
    AnnexLine(MOVED, "Sáng thứ Hai, 20/11/2023", "Hội nghị giao ban công tác tháng 11",
              "từ chiều 17/11/2023 sang sáng 20/11/2023"),
    AnnexLine(CANCELLED, "Sáng thứ Sáu, 24/11/2023", "Hội nghị đã hủy không được in", ""),
))


def test_an_adjusted_version_says_so_and_ends_with_its_annex(api, month, monkeypatch):
    asked = []

    def for_export(session, kind, period_start):
        asked.append((kind, period_start.isoformat()))
        return REVISION
    monkeypatch.setattr(versions, "for_export", for_export)
    data = get_file(api, "/api/programs/2023-11.docx")
    assert asked == [("month", "2023-11-01")]
    texts = [t for _, t in body_parts(data)]
    assert texts[1:4] == ["CHƯƠNG TRÌNH", "Công tác tháng 11 năm 2023 của Văn phòng HĐND và UBND huyện Mường Lát",
                          "(Điều chỉnh lần 2)"]
    annex_at = texts.index("PHỤ LỤC: NHỮNG NỘI DUNG ĐIỀU CHỈNH")
    assert annex_at > next(i for i, t in enumerate(texts) if t.startswith("Nơi nhận:"))
    annex = Document(io.BytesIO(data)).tables[-1]
    assert [c.text for c in annex.rows[0].cells] == ["TT", "Nội dung điều chỉnh", "Thời gian", "Nội dung", "Chi tiết"]
    assert [[c.text for c in r.cells] for r in annex.rows[1:]] == [
        [str(n), line.change, line.when, line.title, line.detail] for n, line in enumerate(REVISION.annex, 1)]
    response = api.get("/api/weeks/2023-11-20.pdf")
    assert asked[-1] == ("week", "2023-11-20")
    assert "lich-cong-tac-tuan-2023-11-20-dieu-chinh-2.pdf" in response.headers["Content-Disposition"]
    text = pdf_text(response.data)
    assert "(Điều chỉnh lần 2)" in text and "PHỤ LỤC: NHỮNG NỘI DUNG ĐIỀU CHỈNH" in text
    assert "từ chiều 17/11/2023 sang sáng 20/11/2023" in text and "Hủy" in text


def test_the_first_version_has_no_adjustment_and_no_annex(api, month):
    texts = [t for _, t in body_parts(get_file(api, "/api/programs/2023-11.docx"))]
    assert not [t for t in texts if "Điều chỉnh lần" in t or "PHỤ LỤC" in t]


def test_api_answers_files_with_their_names_and_refuses_bad_periods(api, viewer, month):
    for path, mimetype, name in [
            ("/api/programs/2023-11.docx", DOCX, "chuong-trinh-cong-tac-2023-11.docx"),
            ("/api/programs/2023-11.pdf", "application/pdf", "chuong-trinh-cong-tac-2023-11.pdf"),
            ("/api/weeks/2023-11-20.docx", DOCX, "lich-cong-tac-tuan-2023-11-20.docx"),
            ("/api/weeks/2023-11-22.pdf", "application/pdf", "lich-cong-tac-tuan-2023-11-20.pdf")]:  # any day: its week
        response = viewer.get(path)  # any role reads them
        assert response.status_code == 200 and response.mimetype == mimetype, path
        disposition = response.headers["Content-Disposition"]
        assert disposition.startswith(f'attachment; filename="{name}"; filename*=UTF-8\'\'')
        assert disposition.isascii()
    assert "filename*=UTF-8''Ch%C6%B0%C6%A1ng%20tr%C3%ACnh%20c%C3%B4ng%20t%C3%A1c%20th%C3%A1ng%2011-2023.docx" in \
        api.get("/api/programs/2023-11.docx").headers["Content-Disposition"]
    for path, field in [("/api/programs/2023-13.docx", "month"), ("/api/programs/11-2023.pdf", "month"),
                        ("/api/programs/2023-11.xlsx", "format"), ("/api/programs/2023-11", "format"),
                        ("/api/weeks/2023-02-30.docx", "week"), ("/api/weeks/2023-W47.pdf", "week"),
                        ("/api/weeks/1999-12-27.pdf", "week"), ("/api/weeks/2023-11-20.odt", "format")]:
        response = api.get(path)
        assert response.status_code == 422, path
        error = response.get_json()["error"]
        assert list(error["fields"]) == [field], path
        assert re.search(r"[ạảấầậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", error["fields"][field]), error
    assert api.__class__(api.client, None).get("/api/programs/2023-11.docx").status_code == 401


def test_openapi_lists_the_document_routes(api):
    paths = api.get("/api/openapi.json").get_json()["paths"]
    for path in ("/api/programs/{month}.docx", "/api/programs/{month}.pdf", "/api/weeks/{week}.docx",
                 "/api/weeks/{week}.pdf"):
        op = paths[path]["get"]
        assert "200" in op["responses"] and "422" in op["responses"], path


def test_cli_writes_the_files_and_refuses_bad_values_in_one_vietnamese_line(app, api, month, tmp_path):
    runner = app.test_cli_runner()
    out = tmp_path / "ct.docx"
    result = runner.invoke(args=["export-program", "--month", "2023-11", "--format", "docx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Hội nghị giao ban công tác tháng 11" in "\n".join(p.text for p in Document(str(out)).paragraphs)
    out = tmp_path / "tuan.pdf"
    result = runner.invoke(args=["export-week", "--week", "2023-11-20", "--format", "pdf", "-o", str(out)])
    assert result.exit_code == 0 and out.read_bytes().startswith(b"%PDF"), result.output
    for args, option in [(["export-program", "--month", "2023-13", "-o", "x.docx"], "--month"),
                         (["export-program", "--month", "2023-11", "--format", "odt", "-o", "x"], "--format"),
                         (["export-program", "--month", "2023-11"], "-o"),
                         (["export-week", "--week", "20/11/2023", "-o", "x.pdf"], "--week"),
                         (["export-week", "--week", "2023-11-20", "--format", "PDFX", "-o", "x"], "--format"),
                         (["export-week", "--week", "2023-11-20", "-o", str(tmp_path / "no" / "such" / "x.docx")], "-o")]:
        result = runner.invoke(args=args)
        assert result.exit_code != 0, args
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith(f"Lỗi {option}:"), (args, result.output)
        assert "Traceback" not in result.output and "Error" not in result.output


def test_month_and_week_pages_link_their_documents(app, api, month):
    browser = login(app, username="xem", role="viewer")
    page = browser.get("/lich?thang=2023-11").get_data(as_text=True)
    assert 'href="/lich/tai/chuong-trinh/2023-11.docx">Tải .docx</a>' in page
    assert 'href="/lich/tai/chuong-trinh/2023-11.pdf">Tải .pdf</a>' in page
    page = browser.get("/lich/tuan?ngay=2023-11-22").get_data(as_text=True)
    assert 'href="/lich/tai/lich-tuan/2023-11-20.docx">Tải .docx</a>' in page
    assert 'href="/lich/tai/lich-tuan/2023-11-20.pdf">Tải .pdf</a>' in page
    response = browser.get("/lich/tai/lich-tuan/2023-11-20.docx")
    assert response.status_code == 200 and response.mimetype == DOCX
    assert browser.get("/lich/tai/chuong-trinh/2023-13.pdf").status_code == 404
    assert app.test_client().get("/lich/tai/chuong-trinh/2023-11.pdf").status_code == 302  # log in first


def test_statements_do_not_grow_with_the_month(app, api):
    """The export reads the month through service.listing: the same statements for 20 events and 400."""
    from tests.directory_fixtures import make_directory
    ids = make_directory(api)
    month_of_events(api, ids)
    auth = {"Authorization": f"Bearer {api.key}"}
    paths = ["/api/programs/2023-11.docx", "/api/weeks/2023-11-13.docx"]
    small = {p: statements(app, app.test_client(), p, auth) for p in paths}
    multiply(app, copies=19)
    large = {p: statements(app, app.test_client(), p, auth) for p in paths}
    # (the key, the offices below the key's, the office's name, the period read for the document and again for
    # its revision)
    assert large == small and max(large.values()) <= 12, (small, large)
    text = pdf_text(get_file(api, "/api/programs/2023-11.pdf"))
    assert text.count("Hội nghị số 15") == 20  # and the large month really was printed


@pytest.mark.parametrize("office, parent, body, code, place, signer", [
    ("Văn phòng UBND tỉnh Bắc Giang", "UBND TỈNH BẮC GIANG", "VĂN PHÒNG", "CTr-VP", "Bắc Giang", "CHÁNH VĂN PHÒNG"),
    ("Văn phòng UBND", "UBND", "VĂN PHÒNG", "CTr-VP", "……………", "CHÁNH VĂN PHÒNG"),
    ("UBND xã Hòa Bình", "", "UBND XÃ HÒA BÌNH", "CTr-UBND", "Hòa Bình", "THỦ TRƯỞNG CƠ QUAN"),
])
def test_the_issuing_body_comes_from_office_name(office, parent, body, code, place, signer):
    from datetime import date

    from service.publishing.document import header_of
    header, signed_by = header_of(office, date(2026, 2, 5))
    assert (header.parent, header.office, header.code, header.place, signed_by) == (parent, body, code, place, signer)
    assert header.date_line == f"{place}, ngày 05 tháng 02 năm 2026"  # NĐ 30/2020: 01–09 and tháng 01, 02 with a zero


def test_a_week_at_the_end_of_the_year_range_is_a_vietnamese_4xx_everywhere(app, api, tmp_path):
    """9999-12-27..31: the Sunday of the week is past date.max; the year is checked on the parsed day first.
    2100-12-31 and 2000-01-01 are in range but their weeks are not: the message says the week is outside."""
    for day in ("9999-12-27", "9999-12-31"):
        for fmt in ("pdf", "docx"):
            response = api.get(f"/api/weeks/{day}.{fmt}")
            assert response.status_code == 422, (day, response.get_data(as_text=True)[:300])
            assert list(response.get_json()["error"]["fields"]) == ["week"]
            assert "năm phải trong khoảng 2000–2100" in response.get_json()["error"]["fields"]["week"]
    browser = login(app, username="xem", role="viewer")
    assert browser.get("/lich/tai/lich-tuan/9999-12-31.pdf").status_code == 404
    runner = app.test_cli_runner()
    for day, words in (("9999-12-31", "năm phải trong khoảng 2000–2100"),
                       ("2000-01-01", "tuần từ 27/12/1999 đến 02/01/2000 có ngày ngoài các năm 2000–2100"),
                       ("2100-12-31", "tuần từ 27/12/2100 đến 02/01/2101 có ngày ngoài các năm 2000–2100")):
        result = runner.invoke(args=["export-week", "--week", day, "--format", "pdf", "-o", str(tmp_path / "x.pdf")])
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert result.exit_code == 2 and lines == [f"Lỗi --week: {words}"], (day, result.output)
    response = api.get("/api/weeks/2100-12-31.docx")
    assert response.status_code == 422 and "02/01/2101" in response.get_json()["error"]["fields"]["week"]
    assert api.get("/api/weeks/2100-12-20.docx").status_code == 200  # the range's last whole week


def test_an_overnight_timed_event_keeps_its_hours_in_the_week_sheet_and_the_program(api):
    api.created("/api/events", {"title": "Trực chỉ huy phòng chống bão", "start": "2023-10-31T22:00:00+07:00",
                                "end": "2023-11-01T02:00:00+07:00"})
    api.created("/api/events", {"title": "Kỳ họp Hội đồng nhân dân", "start": "2023-11-02", "end": "2023-11-03",
                                "all_day": True})
    doc = Document(io.BytesIO(get_file(api, "/api/weeks/2023-10-30.docx")))
    rows = [[c.text for c in r.cells][:3] for r in doc.tables[1].rows[1:]]
    assert rows == [
        ["Thứ Ba\n31/10/2023", "Tối", "Từ 22 giờ 00 ngày 31/10/2023 đến 2 giờ 00 ngày 01/11/2023: "
                                     "Trực chỉ huy phòng chống bão"],
        ["Thứ Năm\n02/11/2023", "Cả ngày", "Từ ngày 02/11/2023 đến ngày 03/11/2023: Kỳ họp Hội đồng nhân dân"]]
    program = " ".join(text for _, text in body_parts(get_file(api, "/api/programs/2023-10.docx")))
    assert "1. Từ 22 giờ 00 ngày 31/10/2023 đến 2 giờ 00 ngày 01/11/2023: Trực chỉ huy phòng chống bão." in program
