"""The file readers (service.importer.extract.read_document): every file becomes one Document.

Word files are built here with python-docx, their numbering definitions written into numbering.xml as Word
writes them; PDFs with fpdf2, justified, with a running header and page numbers, as Word exports them."""
import io

import pytest
from lxml import etree

from service.importer import read_pdf
from service.importer.document import Block
from service.importer.extract import read_document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


# ---- Word ------------------------------------------------------------------------------------------------

def xml(fragment: str):
    return etree.fromstring(f'<root xmlns:w="{W_NS}">{fragment}</root>')[0]


def level(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


class Word:
    """A python-docx document with numbering definitions of our own (abstractNumId and numId from 100)."""

    def __init__(self):
        import docx

        self.document = docx.Document()
        self.numbering = self.document.part.numbering_part.element
        self.next_id = 100

    def list(self, *levels: str, abstract: int | None = None, overrides: str = "") -> str:
        """A w:num (and a new w:abstractNum of `levels`, unless `abstract` names one): its numId."""
        self.next_id += 1
        if abstract is None:
            abstract = self.next_id
            first_num = self.numbering.find(f"{W}num")  # the schema puts every abstractNum before the nums
            first_num.addprevious(xml(f'<w:abstractNum w:abstractNumId="{abstract}">{"".join(levels)}</w:abstractNum>'))
        self.numbering.append(xml(f'<w:num w:numId="{self.next_id}"><w:abstractNumId w:val="{abstract}"/>'
                                  f'{overrides}</w:num>'))
        return str(self.next_id)

    def paragraph(self, text, num_id=None, ilvl=None, style=None):
        paragraph = self.document.add_paragraph(text, style=style)
        if num_id is not None:
            ppr = paragraph._p.get_or_add_pPr()
            ilvl_xml = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
            ppr.append(xml(f'<w:numPr>{ilvl_xml}<w:numId w:val="{num_id}"/></w:numPr>'))
        return paragraph

    def style(self, style_id, num_id=None, based_on=None, ilvl=None):
        styles = self.document.styles.element
        num = ""
        if num_id is not None:
            ilvl_xml = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
            num = f'<w:pPr><w:numPr>{ilvl_xml}<w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
        based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
        styles.append(xml(f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
                          f'{based}{num}</w:style>'))

    def read(self):
        buffer = io.BytesIO()
        self.document.save(buffer)
        return read_document(buffer.getvalue(), "ct.docx")


def numbered(document):
    return [(b.number, b.level, b.text) for b in document.blocks if not b.is_row]


def test_roman_headings_with_decimal_items_restarting_and_letter_sub_items():
    word = Word()
    plan = word.list(level(0, "upperRoman", "%1."), level(1, "decimal", "%2."), level(2, "lowerLetter", "%3)"))
    for ilvl, text in [(0, "NHIỆM VỤ TRỌNG TÂM"), (1, "Tổ chức Hội nghị"), (1, "Kiểm tra"), (2, "Xã A"), (2, "Xã B"),
                       (1, "Giao ban"), (0, "LỊCH CÔNG TÁC"), (1, "Họp Thường trực"), (2, "Chuẩn bị")]:
        word.paragraph(text, plan, ilvl)
    word.paragraph("Nơi nhận:")  # no number
    assert numbered(word.read()) == [
        ("I.", 0, "NHIỆM VỤ TRỌNG TÂM"), ("1.", 1, "Tổ chức Hội nghị"), ("2.", 1, "Kiểm tra"), ("a)", 2, "Xã A"),
        ("b)", 2, "Xã B"), ("3.", 1, "Giao ban"), ("II.", 0, "LỊCH CÔNG TÁC"), ("1.", 1, "Họp Thường trực"),
        ("a)", 2, "Chuẩn bị"), (None, None, "Nơi nhận:")]


def test_templates_with_several_levels_words_and_formats():
    word = Word()
    parts = word.list(level(0, "decimal", "Phần %1:"), level(1, "decimal", "%1.%2."),
                      level(2, "upperLetter", "%3."), level(3, "lowerRoman", "(%4)"), level(4, "decimalZero", "%5/"))
    for ilvl in (0, 1, 1, 2, 2, 3, 3, 3, 3, 4, 0, 1):
        word.paragraph(f"mục {ilvl}", parts, ilvl)
    assert [b.number for b in word.read().blocks] == [
        "Phần 1:", "1.1.", "1.2.", "A.", "B.", "(i)", "(ii)", "(iii)", "(iv)", "01/", "Phần 2:", "2.1."]


def test_letters_go_past_z_as_word_does():
    word = Word()
    letters = word.list(level(0, "lowerLetter", "%1)"))
    for i in range(28):
        word.paragraph(f"việc {i}", letters, 0)
    numbers = [b.number for b in word.read().blocks]
    assert numbers[:5] == ["a)", "b)", "c)", "d)", "e)"] and numbers[25:] == ["z)", "aa)", "bb)"]


def test_bullets():
    word = Word()
    bullets = word.list(level(0, "bullet", "\uf0b7"), level(1, "bullet", "-"), level(2, "bullet", "+"),
                        level(3, "bullet", "–"), level(4, "bullet", "•"), level(5, "none", ""))
    for ilvl in range(6):
        word.paragraph(f"dòng {ilvl}", bullets, ilvl)
    assert [(b.number, b.level) for b in word.read().blocks] == [
        ("-", 0), ("-", 1), ("+", 2), ("–", 3), ("-", 4), (None, None)]


def test_numbering_through_styles_based_on_each_other_and_word_s_list_number():
    word = Word()
    items = word.list(level(0, "decimal", "%1."), level(1, "lowerLetter", "%2)"))
    word.style("DanhMuc", items)
    word.style("DanhMucCon", based_on="DanhMuc")  # numbered through the style it is based on
    word.style("DanhMucMuc2", items, ilvl=1)
    word.paragraph("Hội nghị A", style="DanhMuc")
    word.paragraph("Hội nghị B", style="DanhMucCon")
    word.paragraph("chuẩn bị", style="DanhMucMuc2")
    word.paragraph("Hội nghị C", style="DanhMuc")
    word.paragraph("Không đánh số", "0", style="DanhMuc")  # numId 0: the style's numbering taken off
    for text in ("Giao ban", "Tiếp dân", "Kiểm tra"):
        word.document.add_paragraph(text, style="List Number")  # python-docx's template, numbered by its style
    assert numbered(word.read()) == [
        ("1.", 0, "Hội nghị A"), ("2.", 0, "Hội nghị B"), ("a)", 1, "chuẩn bị"), ("3.", 0, "Hội nghị C"),
        (None, None, "Không đánh số"), ("1.", 0, "Giao ban"), ("2.", 0, "Tiếp dân"), ("3.", 0, "Kiểm tra")]


def test_start_and_start_override_restart_a_shared_list():
    word = Word()
    first = word.list(level(0, "decimal", "%1.", start=3))
    word.paragraph("ba", first, 0)
    word.paragraph("bốn", first, 0)
    again = word.list(abstract=int(first), overrides='<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                                                     '</w:lvlOverride>')
    word.paragraph("một", again, 0)
    word.paragraph("hai", again, 0)
    same = word.list(abstract=int(first))  # another w:num of the same list, no override: it continues
    word.paragraph("tiếp", same, 0)
    five = word.list(abstract=int(first), overrides='<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
                                                    '</w:lvlOverride>')
    word.paragraph("năm", five, 0)
    assert [b.number for b in word.read().blocks] == ["3.", "4.", "1.", "2.", "3.", "5."]


def test_table_rows_vertical_merge_repeats_the_date_and_numbered_cell_paragraphs():
    word = Word()
    items = word.list(level(0, "decimal", "%1."))
    word.paragraph("LỊCH CÔNG TÁC TUẦN")
    table = word.document.add_table(rows=5, cols=4)
    for j, head in enumerate(("Thời gian", "Nội dung", "Chủ trì", "Địa điểm")):
        table.cell(0, j).text = head
    table.cell(1, 0).text = "Thứ Hai 06/11"
    for i, (content, place) in enumerate([("Giao ban", "Phòng họp số 1"), ("Tiếp dân", "Trụ sở"),
                                          ("Họp Ban Thường vụ", "Hội trường")], 1):
        table.cell(i, 1).text, table.cell(i, 3).text = content, place
    table.cell(1, 0).merge(table.cell(3, 0))  # the day over three rows: Word keeps the text in the first
    cell = table.cell(2, 2)
    cell.text = "Báo cáo quyết toán"
    cell.paragraphs[0]._p.get_or_add_pPr().append(xml(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{items}"/>'
                                                      '</w:numPr>'))
    for text in ("Báo cáo giải ngân", "Tờ trình"):
        paragraph = cell.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(xml(f'<w:numPr><w:numId w:val="{items}"/></w:numPr>'))
    table.cell(4, 0).text = "Thứ Ba 07/11"
    table.cell(4, 1).merge(table.cell(4, 3)).text = "Đi cơ sở cả ngày"  # across three columns: one cell
    inner = table.cell(3, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Đ/c Bình", "Đ/c Dũng"
    document = word.read()
    rows = [b.cells for b in document.blocks if b.is_row]
    assert rows == [
        [["Thời gian"], ["Nội dung"], ["Chủ trì"], ["Địa điểm"]],
        [["Thứ Hai 06/11"], ["Giao ban"], [], ["Phòng họp số 1"]],
        [["Thứ Hai 06/11"], ["Tiếp dân"], ["1. Báo cáo quyết toán", "2. Báo cáo giải ngân", "3. Tờ trình"], ["Trụ sở"]],
        [["Thứ Hai 06/11"], ["Họp Ban Thường vụ"], ["Đ/c Bình", "Đ/c Dũng"], ["Hội trường"]],
        [["Thứ Ba 07/11"], ["Đi cơ sở cả ngày"]]]
    assert document.blocks[0] == Block("LỊCH CÔNG TÁC TUẦN", 1)
    lines = [b.line for b in document.blocks]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)
    assert "Thứ Hai 06/11\tTiếp dân\t1. Báo cáo quyết toán 2. Báo cáo giải ngân 3. Tờ trình\tTrụ sở" in document.text()


def test_content_controls_soft_breaks_tracked_changes_hidden_text_headers_and_footers():
    word = Word()
    word.paragraph("trước")
    body = word.document.element.body
    r = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'
    body.insert(len(body) - 1, xml(
        f'<w:sdt><w:sdtPr/><w:sdtContent><w:p>{r.format("Ngày 06/11:")}<w:r><w:br/></w:r>{r.format("Giao ban")}'
        f'<w:ins w:id="1" w:author="a">{r.format(" Thường trực")}</w:ins>'
        f'<w:del w:id="2" w:author="a"><w:r><w:delText> đã bỏ</w:delText></w:r></w:del>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t> ẩn</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>'))
    word.document.sections[0].header.paragraphs[0].text = "UBND HUYỆN MƯỜNG LÁT"  # a header part: not body
    word.document.sections[0].footer.paragraphs[0].text = "Trang 1"
    assert [b.text for b in word.read().blocks] == ["trước", "Ngày 06/11: Giao ban Thường trực"]


def test_text_files_are_one_block_per_line():
    document = read_document("Ngày 06/11: Giao ban\n\n8h00\tHội nghị\tPhòng họp\n".encode("utf-16"), "ct.txt")
    assert document.blocks == [Block("Ngày 06/11: Giao ban", 1), Block(line=3, cells=[["8h00"], ["Hội nghị"],
                                                                                        ["Phòng họp"]])]


# ---- PDF -------------------------------------------------------------------------------------------------

HEADER = "UBND HUYỆN MƯỜNG LÁT – Chương trình công tác tháng 11 năm 2023"
WORDS = ("Ủy ban nhân dân huyện tiếp tục chỉ đạo các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn triển khai "
         "thực hiện nghiêm túc các nhiệm vụ trọng tâm theo kế hoạch đã ban hành, bảo đảm tiến độ và chất lượng").split()


def justified_pdf(paragraphs, footer="- {n} -", header=HEADER, size=12, gap=2, place=None):
    from fpdf import FPDF

    class Program(FPDF):
        def header(self):
            if header:
                self.set_font("DejaVu", size=9)
                self.cell(0, 5, header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", size=9)
            self.cell(0, 10, footer.format(n=self.page_no(), total="{nb}"), align="C")

    pdf = Program()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", size=16)
    pdf.cell(0, 10, "CHƯƠNG TRÌNH CÔNG TÁC", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=size)
    for text in paragraphs:
        if place:
            text = place(pdf, text)
        pdf.multi_cell(0, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
    return bytes(pdf.output())


def at_line_start(token: str, tail: str):
    """A paragraph where fpdf2 wraps a line just before `token` (filler words added in front until it does)."""
    def place(pdf, _text):
        for count in range(1, 400):
            text = " ".join(WORDS[i % len(WORDS)] for i in range(count)) + f" {token} {tail} " + " ".join(WORDS)
            lines = pdf.multi_cell(0, 6, text, align="J", dry_run=True, output="LINES")
            if any(line.startswith(token) for line in lines[1:-1]):
                return text
        raise AssertionError(token)
    return place


def long_paragraph(number: int, lines: int = 30) -> str:
    return f"{number}. " + " ".join(WORDS[i % len(WORDS)] for i in range(lines * 12)) + f" (hết mục {number})."


def paragraphs_of(data: bytes) -> list[str]:
    return [b.text for b in read_document(data, "ct.pdf").blocks]


@pytest.mark.parametrize("footer", ["- {n} -", "Trang {n}/{total}", "{n}"])
def test_justified_pdf_paragraphs_span_pages_and_furniture_is_removed(footer):
    from pypdf import PdfReader

    texts = [long_paragraph(1, 45), long_paragraph(2, 45), "3. Họp giao ban.", "4. Tiếp công dân.",
             long_paragraph(5, 45)]
    data = justified_pdf(texts, footer)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]
    crossing = [text for text in texts for page in pages if text[:40] in page and text[-40:] not in page]
    assert len(pages) >= 3 and len(crossing) >= 2  # paragraphs 1 and 2 (at least) go on over a page break
    assert paragraphs_of(data) == ["CHƯƠNG TRÌNH CÔNG TÁC", *texts]


def test_lines_that_look_like_items_or_dates_mid_paragraph_are_joined():
    tails = {"XIII)": "của kế hoạch, báo cáo kết quả về Văn phòng trước ngày 20 hằng tháng để tổng hợp.",
             "ngày 14/9/2023": "của Ủy ban nhân dân tỉnh về việc tổ chức các hoạt động tháng 11 năm 2023.",
             "2. Báo cáo": "kết quả thực hiện của các đơn vị về Văn phòng để tổng hợp trình Chủ tịch."}
    for token, tail in tails.items():
        place = at_line_start(token, tail)
        data = justified_pdf(["x"], place=place, gap=0, header=None)
        from fpdf import FPDF

        probe = FPDF()
        probe.add_font("DejaVu", fname=FONT)
        probe.add_page()
        probe.set_font("DejaVu", size=12)
        expected = place(probe, "x")
        assert paragraphs_of(data) == ["CHƯƠNG TRÌNH CÔNG TÁC", expected], token


def test_short_lines_and_headings_stay_apart_without_gaps():
    texts = ["I. NHIỆM VỤ TRỌNG TÂM", long_paragraph(1, 3), "a) Giao ban Thường trực.", "b) Tiếp công dân.",
             long_paragraph(2, 2)]
    assert paragraphs_of(justified_pdf(texts, gap=0, header=None)) == ["CHƯƠNG TRÌNH CÔNG TÁC", *texts]


def test_a_running_header_on_one_page_and_a_one_line_page_are_content():
    data = justified_pdf(["Ngày 06/11: Giao ban Thường trực"], header=None, footer="")
    assert paragraphs_of(data) == ["CHƯƠNG TRÌNH CÔNG TÁC", "Ngày 06/11: Giao ban Thường trực"]


def test_pdf_without_positions_is_one_block_per_line(monkeypatch):
    def broken(page):
        raise KeyError("/Widths")

    texts = [long_paragraph(1, 8)]
    data = justified_pdf(texts, header=None)
    assert paragraphs_of(data) == ["CHƯƠNG TRÌNH CÔNG TÁC", *texts]
    monkeypatch.setattr(read_pdf, "_positioned", broken)
    blocks = read_document(data, "ct.pdf").blocks  # the page number is still removed: it is a text
    assert len(blocks) > 3 and " ".join(b.text for b in blocks[1:]) == texts[0]
    assert [b.line for b in blocks] == sorted(b.line for b in blocks)


def test_indented_and_hanging_paragraphs_are_joined():
    """A paragraph indented as a whole, and list items whose lines hang under their text (Word's lists)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    plain, indented = long_paragraph(1, 4), "- " + " ".join(WORDS[:40]) + " (thụt lề cả đoạn)."
    pdf.multi_cell(0, 6, plain, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(25)
    pdf.multi_cell(0, 6, indented, align="J", new_x="LMARGIN", new_y="NEXT")
    items = []
    for marker in ("a)", "b)"):
        pdf.set_left_margin(10)
        pdf.set_x(10)
        pdf.cell(8, 6, marker)
        pdf.set_left_margin(18)
        text = " ".join(WORDS[:30]) + f" (mục {marker})."
        pdf.multi_cell(0, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        items.append(f"{marker} {text}")
    assert paragraphs_of(bytes(pdf.output())) == [plain, indented, *items]


def test_first_line_indents_and_rows_of_pieces_far_apart():
    """Word's usual Vietnamese layout: each paragraph's first line indented 1 cm, no gap between paragraphs;
    and a line of two pieces far apart (the header's two cells) is a row."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.cell(60, 6, "UBND HUYỆN MƯỜNG LÁT")
    pdf.cell(0, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="R", new_x="LMARGIN", new_y="NEXT")
    texts = [long_paragraph(1, 3), long_paragraph(2, 4)[:-1] + " xong", long_paragraph(3, 3)]
    with pdf.text_columns(text_align="J") as columns:
        for text in texts:
            with columns.paragraph(first_line_indent=10) as paragraph:
                paragraph.write(text)
    document = read_document(bytes(pdf.output()), "ct.pdf")
    assert document.blocks[0].cells == [["UBND HUYỆN MƯỜNG LÁT"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]]
    assert [b.text for b in document.blocks[1:]] == texts


def test_a_text_box_follows_its_paragraph_once():
    """Word writes a text box twice (DrawingML in mc:Choice, VML in mc:Fallback): it is read once."""
    word = Word()
    body = word.document.element.body
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = '<w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent>'
    body.insert(len(body) - 1, xml(
        f'<w:p><w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        '<w:r><w:t>Neo</w:t></w:r></w:p>'))
    assert [b.text for b in word.read().blocks] == ["Neo", "Trong hộp"]


def test_a_page_of_rotated_text_is_read_as_plain_lines():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    with pdf.rotation(90, 100, 150):
        pdf.text(100, 150, "Ngày 06/11: Giao ban Thường trực")
    assert paragraphs_of(bytes(pdf.output())) == ["Ngày 06/11: Giao ban Thường trực"]


def test_legal_numbering_and_levels_that_never_restart():
    word = Word()
    legal = word.list(level(0, "upperRoman", "%1."), level(1, "decimal", "%1.%2.", extra='<w:isLgl/>'),
                      level(2, "decimal", "(%3)", extra='<w:lvlRestart w:val="0"/>'))
    for ilvl in (0, 1, 2, 2, 0, 1, 2):
        word.paragraph(f"mục {ilvl}", legal, ilvl)
    assert [b.number for b in word.read().blocks] == ["I.", "1.1.", "(1)", "(2)", "II.", "2.1.", "(3)"]


def test_lines_repeated_at_the_top_of_pages_in_the_text_s_own_size_are_content():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=12)
    for day in (6, 7, 8):
        pdf.add_page()
        for line in (f"Ngày {day:02d}/11: Giao ban Thường trực", f"Ngày {day:02d}/11: Tiếp công dân"):
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    assert len(paragraphs_of(bytes(pdf.output()))) == 6


def test_a_cell_merged_across_the_old_way_appears_once():
    word = Word()
    body = word.document.element.body
    cell = '<w:tc>{}<w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>'
    body.insert(len(body) - 1, xml(
        '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>'
        + cell.format('<w:tcPr><w:hMerge w:val="restart"/></w:tcPr>', "Đi cơ sở cả ngày")
        + cell.format('<w:tcPr><w:hMerge/></w:tcPr>', "")
        + cell.format("", "Xã A") + '</w:tr></w:tbl>'))
    assert [b.cells for b in word.read().blocks] == [[["Đi cơ sở cả ngày"], ["Xã A"]]]


def test_a_numbered_item_after_a_last_line_that_fills_the_column_by_chance_is_a_new_paragraph():
    """"1) …. Địa điểm: Phòng họp A." whose last line happens to reach the right margin, then "2) Ngày …" at the
    margin without a gap: the next item (a line ending a sentence, then a list marker), not the item wrapped."""
    from fpdf import FPDF

    probe = FPDF()
    probe.add_font("DejaVu", fname=FONT)
    probe.add_page()
    probe.set_font("DejaVu", size=12)
    def filled(count, room):
        text = "1) Sáng thứ Hai hằng tuần: " + " ".join(WORDS[:count]) + f" tại Phòng họp {room}."
        last = probe.multi_cell(0, 6, text, align="J", dry_run=True, output="LINES")[-1]
        return text if 0 <= probe.epw - 2 * probe.c_margin - probe.get_string_width(last) < 0.4 else None

    # filler (and the room's code) until the first item's last line ends at the margin
    first = next(t for count in range(10, len(WORDS)) for digits in range(12) for letters in range(6)
                 if (t := filled(count, "1" * digits + "i" * letters)))
    second = "2) Ngày 15/11 (thứ Tư), 8 giờ 00: Tiếp công dân định kỳ."
    assert paragraphs_of(justified_pdf([first, second], gap=0, header=None)) == ["CHƯƠNG TRÌNH CÔNG TÁC", first, second]
