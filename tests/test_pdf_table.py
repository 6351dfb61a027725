"""Weekly schedules printed as a PDF of a Word table read back as the table's rows (service/importer/pdf_table.py):
a 7-column table with ruling lines, a merged day cell, wrapped cells, a "Dự kiến" date cell, across two pages
(the header row repeated or not); a 4-column table (Thời gian · Nội dung · Lãnh đạo · Địa điểm) with day rows
spread over all columns; a borderless table (columns from the headings' positions). Each file goes through the
API preview (POST /api/imports) and is checked event by event. The content is invented."""
import io

import pytest
from fpdf import FPDF

from service.importer.read_pdf import read_pdf
from service.importer.upload_limits import Budget
from tests.bounds import cpu_bounded

SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LH = 4.6  # mm per line of a cell
X0 = 10

SEVEN = [30, 18, 80, 30, 45, 35, 39]
SEVEN_HEADER = ["Thứ, ngày", "Buổi", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm", "Chuẩn bị"]

# pages of day groups; a group's rows, each its cells' lines; the day cell only in the group's first row
WEEK_PAGE_1 = [
    [[["Thứ Hai", "07/12/2026"], ["Sáng"], ["Họp giao ban Thường trực UBND xã về", "công tác tháng 12"],
      ["Trần Văn Khải"], ["Các Phó Chủ tịch", "UBND xã"], ["Phòng họp số 1"], ["Văn phòng"]],
     [[], ["Chiều"], ["Kiểm tra tiến độ xây dựng cầu Bản Mòn", "- Báo cáo của Ban quản lý dự án", "- Ý kiến của",
                       "các thôn liên quan"],
      ["Lò Thị Hoa"], ["Ban quản lý dự án"], ["Thôn Bản Mòn"], []]],
    [[["Thứ Ba", "08/12/2026"], ["Sáng"], ["Tiếp công dân định kỳ"], ["Trần Văn Khải"], [],
      ["Trụ sở tiếp công", "dân xã"], []]],
    [[["Thứ Tư", "09/12/2026", "(Dự kiến)"], ["Chiều"], ["Hội nghị sơ kết phong trào xây dựng", "đời sống văn hóa"],
      ["Lò Thị Hoa"], ["Trưởng các thôn"], ["Hội trường xã"], ["Công chức", "Văn hóa - Xã hội"]]],
]
WEEK_PAGE_2 = [
    [[["Thứ Năm", "10/12/2026"], ["Sáng"], ["Làm việc với Đoàn kiểm tra của huyện về", "cải cách hành chính"],
      ["Trần Văn Khải"], [], ["Phòng họp số 2"], []],
     [[], ["Chiều"], ["Họp Ban chỉ đạo phòng chống thiên tai"], ["Vi Văn Sáng"], ["Thành viên Ban chỉ đạo"],
      ["Phòng họp số 1"], []]],
    [[["Thứ Sáu", "11/12/2026"], ["Cả ngày"], ["Dự tập huấn nghiệp vụ tại huyện"], [], ["Công chức Tư pháp"],
      ["Trung tâm Chính trị huyện"], []]],
]

SEVEN_EXPECTED = [  # day, slot, title, chair, place
    ("2026-12-07", "morning", "Họp giao ban Thường trực UBND xã về công tác tháng 12", "Trần Văn Khải", "Phòng họp số 1"),
    ("2026-12-07", "afternoon", "Kiểm tra tiến độ xây dựng cầu Bản Mòn", "Lò Thị Hoa", "Thôn Bản Mòn"),
    ("2026-12-08", "morning", "Tiếp công dân định kỳ", "Trần Văn Khải", "Trụ sở tiếp công dân xã"),
    ("2026-12-09", "afternoon", "Hội nghị sơ kết phong trào xây dựng đời sống văn hóa", "Lò Thị Hoa", "Hội trường xã"),
    ("2026-12-10", "morning", "Làm việc với Đoàn kiểm tra của huyện về cải cách hành chính", "Trần Văn Khải",
     "Phòng họp số 2"),
    ("2026-12-10", "afternoon", "Họp Ban chỉ đạo phòng chống thiên tai", "Vi Văn Sáng", "Phòng họp số 1"),
    ("2026-12-11", "full_day", "Dự tập huấn nghiệp vụ tại huyện", None, "Trung tâm Chính trị huyện"),
]

FOUR = [40, 130, 50, 57]
FOUR_HEADER = ["Thời gian", "Nội dung", "Lãnh đạo", "Địa điểm"]
FOUR_ROWS = [  # a str: a day row across all columns
    "THỨ HAI, NGÀY 07/12/2026",
    [["08 giờ 00"], ["Họp Thường trực Đảng ủy xã"], ["Bí thư Đảng ủy"], ["Phòng họp Đảng ủy"]],
    [["14 giờ 00"], ["Làm việc với Hợp tác xã chè Suối Giàng về", "kế hoạch sản xuất năm 2027"], ["Chủ tịch UBND xã"],
     ["Hợp tác xã chè", "Suối Giàng"]],
    "THỨ BA, NGÀY 08/12/2026",
    [["07 giờ 30"], ["Dự lễ khai giảng lớp bồi dưỡng kết nạp đảng viên"], ["Phó Bí thư Đảng ủy"], ["Hội trường xã"]],
]
FOUR_EXPECTED = [
    ("2026-12-07T08:00", "Họp Thường trực Đảng ủy xã", "Phòng họp Đảng ủy"),
    ("2026-12-07T14:00", "Làm việc với Hợp tác xã chè Suối Giàng về kế hoạch sản xuất năm 2027",
     "Hợp tác xã chè Suối Giàng"),
    ("2026-12-08T07:30", "Dự lễ khai giảng lớp bồi dưỡng kết nạp đảng viên", "Hội trường xã"),
]

BORDERLESS = [40, 18, 95, 45, 60]
BORDERLESS_HEADER = ["Ngày", "Buổi", "Nội dung", "Chủ trì", "Địa điểm"]
BORDERLESS_ROWS = [
    [["Thứ Hai", "07/12/2026"], ["Sáng"], ["Họp bàn phương án chỉnh trang", "khu trung tâm xã"], ["Trần Văn Khải"],
     ["Phòng họp số 1"]],
    [[], ["Chiều"], ["Kiểm tra công tác vệ sinh môi trường"], ["Lò Thị Hoa"], ["Các thôn"]],
    [["Thứ Ba", "08/12/2026"], ["Sáng"], ["Giao ban khối Văn hóa - Xã hội"], ["Lò Thị Hoa"], ["Phòng họp số 2"]],
]
BORDERLESS_EXPECTED = [
    ("2026-12-07", "morning", "Họp bàn phương án chỉnh trang khu trung tâm xã", "Trần Văn Khải", "Phòng họp số 1"),
    ("2026-12-07", "afternoon", "Kiểm tra công tác vệ sinh môi trường", "Lò Thị Hoa", "Các thôn"),
    ("2026-12-08", "morning", "Giao ban khối Văn hóa - Xã hội", "Lò Thị Hoa", "Phòng họp số 2"),
]


class _Pdf:
    def __init__(self):
        self.pdf = FPDF(orientation="L", format="A4")
        self.pdf.add_font("Serif", fname=SERIF)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_line_width(0.3)

    def page(self, first: bool) -> float:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_font("Serif", size=11)
        if not first:
            return 15
        pdf.text(30, 15, "UBND XÃ ĐỒI MÂY")
        pdf.text(170, 15, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        pdf.text(190, 21, "Độc lập - Tự do - Hạnh phúc")
        pdf.set_font("Serif", size=13)
        pdf.text(120, 32, "LỊCH CÔNG TÁC TUẦN")
        pdf.set_font("Serif", size=11)
        pdf.text(105, 38, "(Từ ngày 07/12/2026 đến ngày 13/12/2026)")
        return 45

    def cells(self, widths, y, row, height):
        x = X0
        for w, lines in zip(widths, row):
            for k, line in enumerate(lines):
                self.pdf.text(x + 1.5, y + LH * (k + 1), line)
            x += w

    def ruled_rows(self, widths, y, groups) -> float:
        """Day groups, the day cell merged over the group's rows: no ruling across it between them."""
        right = X0 + sum(widths)
        for group in groups:
            top = y
            for r, row in enumerate(group):
                height = max(len(c) for c in row) * LH + 2
                self.cells(widths, y, row, height)
                self.pdf.line(X0 + (widths[0] if r else 0), y, right, y)
                y += height
            x = X0
            for w in [0, *widths]:
                x += w
                self.pdf.line(x, top, x, y)
        self.pdf.line(X0, y, right, y)
        return y

    def header(self, widths, y, names, ruled=True) -> float:
        self.cells(widths, y, [[n] for n in names], LH + 2)
        if ruled:
            self.ruled_rows(widths, y, [])
            right, x = X0 + sum(widths), X0
            self.pdf.line(X0, y, right, y)
            for w in [0, *widths]:
                x += w
                self.pdf.line(x, y, x, y + LH + 2)
        return y + LH + 2

    def closing(self, y):
        self.pdf.text(X0, y + 10, "Nơi nhận:")
        self.pdf.text(200, y + 10, "CHỦ TỊCH")
        self.pdf.text(X0, y + 15, "- Như trên;")
        self.pdf.text(X0, y + 20, "- Lưu: VT.")

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def seven_column_pdf(repeat_header: bool) -> bytes:
    doc = _Pdf()
    y = doc.header(SEVEN, doc.page(True), SEVEN_HEADER)
    doc.ruled_rows(SEVEN, y, WEEK_PAGE_1)
    y = doc.page(False)
    if repeat_header:
        y = doc.header(SEVEN, y, SEVEN_HEADER)
    doc.closing(doc.ruled_rows(SEVEN, y, WEEK_PAGE_2))
    return doc.bytes()


def four_column_pdf() -> bytes:
    doc = _Pdf()
    y = doc.header(FOUR, doc.page(True), FOUR_HEADER)
    right = X0 + sum(FOUR)
    for row in FOUR_ROWS:
        if isinstance(row, str):  # one cell over all columns
            doc.cells([sum(FOUR)], y, [[row]], LH + 2)
            doc.pdf.line(X0, y, right, y)
            doc.pdf.line(X0, y, X0, y + LH + 2)
            doc.pdf.line(right, y, right, y + LH + 2)
            y += LH + 2
        else:
            y = doc.ruled_rows(FOUR, y, [[row]])
    doc.pdf.line(X0, y, right, y)
    doc.closing(y)
    return doc.bytes()


def borderless_pdf() -> bytes:
    doc = _Pdf()
    y = doc.header(BORDERLESS, doc.page(True), BORDERLESS_HEADER, ruled=False) + 3
    for row in BORDERLESS_ROWS:
        doc.cells(BORDERLESS, y, row, 0)
        y += max(len(c) for c in row) * LH + 4
    doc.pdf.text(X0, y + 12, "Lịch công tác có thể thay đổi, các thay đổi được thông báo trên Cổng thông tin điện tử xã.")
    doc.closing(y + 14)
    return doc.bytes()


def preview(api, data: bytes) -> dict:
    response = api.post("/api/imports", data={"file": (io.BytesIO(data), "lich-tuan.pdf")},
                        content_type="multipart/form-data")
    assert response.status_code == 201, response.get_json()
    return response.get_json()


SLOTS = {("07:30", "11:30"): "morning", ("13:30", "17:00"): "afternoon", ("07:30", "17:00"): "full_day"}


def day_slot(events) -> list:
    """Day, buổi (from the hours the importer gives a buổi), title, chair, place."""
    return [(e["start"][:10], SLOTS.get((e["start"][11:16], e["end"][11:16]), e["start"][11:16]), e["title"],
             e["chair"], e["location"]) for e in events]


@pytest.mark.parametrize("repeat_header", [True, False])
def test_a_seven_column_table_across_two_pages(api, repeat_header):
    back = preview(api, seven_column_pdf(repeat_header))
    assert (back["document"]["kind"], back["document"]["period_start"], back["document"]["period_end"]) == \
        ("weekly", "2026-12-07", "2026-12-13")
    assert day_slot(back["events"]) == SEVEN_EXPECTED
    by_title = {e["title"]: e for e in back["events"]}
    assert by_title["Hội nghị sơ kết phong trào xây dựng đời sống văn hóa"]["status"] == "tentative"
    assert [i["title"] for i in by_title["Kiểm tra tiến độ xây dựng cầu Bản Mòn"]["agenda"]] == \
        ["Báo cáo của Ban quản lý dự án", "Ý kiến của các thôn liên quan"]
    assert not back["skipped"], back["skipped"]


def test_the_rows_are_the_docx_rows():
    blocks = read_pdf(seven_column_pdf(True), Budget(10))
    rows = [b.cells for b in blocks if b.is_row]
    assert [["Thứ, ngày"], ["Buổi"], ["Nội dung"], ["Chủ trì"], ["Thành phần"], ["Địa điểm"], ["Chuẩn bị"]] in rows
    assert rows.count([[h] for h in SEVEN_HEADER]) == 1  # the repeated header row read once
    monday = [r for r in rows if r[0] == ["Thứ Hai 07/12/2026"]]
    assert [r[1] for r in monday] == [["Sáng"], ["Chiều"]]  # the merged day cell in both rows
    assert monday[1][2] == ["Kiểm tra tiến độ xây dựng cầu Bản Mòn", "- Báo cáo của Ban quản lý dự án",
                            "- Ý kiến của các thôn liên quan"]
    texts = [b.text for b in blocks if not b.is_row]
    assert "LỊCH CÔNG TÁC TUẦN" in texts and "- Lưu: VT." in texts


def test_a_four_column_table_with_day_rows(api):
    back = preview(api, four_column_pdf())
    assert [(e["start"][:16], e["title"], e["location"]) for e in back["events"]] == FOUR_EXPECTED
    assert [e["chair"] or e["chair_note"] for e in back["events"]] == \
        ["Bí thư Đảng ủy", "Chủ tịch UBND xã", "Phó Bí thư Đảng ủy"]


def test_a_borderless_table(api):
    back = preview(api, borderless_pdf())
    assert day_slot(back["events"]) == BORDERLESS_EXPECTED


@pytest.mark.parametrize("rulings, words", [(2000, 200), (240, 12000)])
def test_a_page_of_rulings_and_text_is_read_in_bounded_time(rulings, words):
    """Thousands of rulings (beyond the grid work bound: not read as a grid), or a dense grid under many
    fragments: the page is still read, within the budget."""
    pdf = FPDF(format="A4")
    pdf.add_font("Serif", fname=SERIF)
    pdf.set_font("Serif", size=4)
    pdf.add_page()
    pdf.text(10, 10, "Thời gian        Nội dung        Địa điểm")
    for i in range(rulings):
        pdf.line(0, i * 297 / rulings, 210, i * 297 / rulings)
        pdf.line(i * 210 / rulings, 0, i * 210 / rulings, 297)
    for i in range(words):
        pdf.text((i % 50) * 4, (i // 50) % 280 + 14, "ab")
    with cpu_bounded(8, "a PDF of rulings"):
        blocks = read_pdf(bytes(pdf.output()), Budget(10))
    assert blocks


@pytest.mark.parametrize("key", ["ubnd-tinh-tuan-2023-09", "hdnd-tinh-tuan-2024-07"])
def test_a_genre_table_printed_by_weasyprint_reads_as_its_docx(key):
    """The genre's table form (tests/genre/render.py) as a Word table, printed to PDF as a browser would
    (WeasyPrint, rows split by page breaks, two tables with one header): the same rows, each cell's
    paragraphs joined (a PDF does not tell a paragraph from a wrapped line)."""
    import html

    import weasyprint

    from service.importer.read_docx import read_docx
    from tests.genre import render
    from tests.genre.specs import DOCS

    doc = next(d for d in DOCS if d.key == key)
    blocks = read_docx(render.to_docx_table(doc), Budget(30))
    body, rows = [], []
    for block in [*blocks, None]:
        if block is not None and block.is_row:
            rows.append("<tr>" + "".join("<td>" + "".join(f"<p>{html.escape(p)}</p>" for p in cell) + "</td>"
                                         for cell in block.cells) + "</tr>")
            continue
        if rows:
            body.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if block is not None:
            body.append(f"<p>{html.escape(block.typed())}</p>")
    css = ("@page{size:A4 landscape;margin:15mm} body{font-family:'DejaVu Serif';font-size:10pt} "
           "table{border-collapse:collapse;width:100%} td{border:0.6pt solid black;vertical-align:top;padding:2pt} "
           "td p{margin:0}")
    data = weasyprint.HTML(string=f"<html><head><style>{css}</style></head><body>{''.join(body)}</body></html>").write_pdf()

    def flat(bs):
        return [[" ".join(c) for c in b.cells] for b in bs if b.is_row and len(b.cells) > 2]

    assert flat(read_pdf(data, Budget(30))) == flat(blocks)
