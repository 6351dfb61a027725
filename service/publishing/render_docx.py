"""The document (service.publishing.document) as a Word file, in the layout of Nghị định 30/2020/NĐ-CP
(Phụ lục I): A4 (the weekly schedule landscape), margins top and bottom 20 mm, left 30 mm, right 15 mm,
Times New Roman 14 pt (13 pt in the week's table); the issuing body and the Quốc hiệu–Tiêu ngữ side by side
in a borderless table, "Số:" under the body and the place and date under the motto in italics; the title
centred in bold; "Nơi nhận" (12 pt bold italic, the list in 11 pt) beside the signature."""
import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 13
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}


def _fonts(doc) -> None:
    style = doc.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(BODY_PT)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    style.paragraph_format.space_before, style.paragraph_format.space_after = Pt(0), Pt(3)


def _page(doc, landscape: bool) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _grid(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single"), el.set(qn("w:sz"), "4"), el.set(qn("w:color"), "000000")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _line(cell_or_doc, text, *, bold=False, italic=False, size=None, align=None, first=False, underline=False):
    p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic, run.underline = bold, italic, underline
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    return p


def _rule(cell_or_doc, indent_mm: float) -> None:
    """The short line under the body's name and under the motto: an empty paragraph's bottom border, so the
    text holds no rule characters (the importer reads the header's text)."""
    p = cell_or_doc.add_paragraph()
    p.paragraph_format.left_indent = p.paragraph_format.right_indent = Mm(indent_mm)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.line_spacing = Pt(2)
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single"), bottom.set(qn("w:sz"), "6"), bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    border.append(bottom)
    p._p.get_or_add_pPr().append(border)


def _widths(table, widths_mm) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def _header(doc, d, usable_mm: float) -> None:
    """One row, two cells: the issuing body over "Số: …", the Quốc hiệu–Tiêu ngữ over the place and date."""
    h = d.header
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left_mm = 70 if usable_mm < 200 else 100
    _widths(table, (left_mm, usable_mm - left_mm))
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    if h.parent:
        _line(left, h.parent, size=13, align=center, first=True)
        _line(left, h.office, bold=True, size=13, align=center)
    else:
        _line(left, h.office, bold=True, size=13, align=center, first=True)
    _rule(left, left_mm * 0.3)
    _line(left, h.number_line, size=13, align=center)
    _line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=13, align=center, first=True)
    _line(right, "Độc lập - Tự do - Hạnh phúc", bold=True, size=14, align=center)
    _rule(right, (usable_mm - left_mm) * 0.22)
    _line(right, h.date_line, italic=True, size=14, align=center)


def _title(doc, d, usable_mm: float) -> None:
    center = WD_ALIGN_PARAGRAPH.CENTER
    p = _line(doc, d.title, bold=True, size=14, align=center)
    p.paragraph_format.space_before = Pt(12)
    _line(doc, d.subtitle, bold=d.kind == "month", italic=d.kind == "week", size=14, align=center)
    if d.adjusted:
        _line(doc, d.adjusted, bold=True, size=14, align=center)
    _rule(doc, (usable_mm if usable_mm else 165) * 0.38)


def _body(doc, d) -> None:
    for para in d.body:
        p = doc.add_paragraph()
        run = p.add_run(para.text)
        run.bold = para.style in ("section", "day")
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt = p.paragraph_format
        fmt.first_line_indent = Mm(10)
        fmt.space_after = Pt(3)
        if para.style == "section":
            fmt.space_before = Pt(6)


def _week_table(doc, d, usable_mm: float) -> None:
    from service.publishing.document import WEEK_COLUMNS
    widths = (25, 16, 82, 32, 38, 32, usable_mm - 25 - 16 - 82 - 32 - 38 - 32)
    table = doc.add_table(rows=1 + len(d.rows), cols=len(WEEK_COLUMNS))
    _grid(table)
    _widths(table, widths)
    head = table.rows[0]
    tr_pr = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)  # the headings again on every page
    for cell, name in zip(head.cells, WEEK_COLUMNS):
        _line(cell, name, bold=True, size=TABLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
    start = None
    for i, row in enumerate(d.rows, 1):
        cells = table.rows[i].cells
        e = row["entry"]
        if row["day_rows"]:
            start = i
            weekday, day = row["day_label"].split("\n")
            _line(cells[0], weekday, bold=True, size=TABLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
            _line(cells[0], day, size=TABLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER)
            if row["day_rows"] > 1:
                cells[0].merge(table.rows[start + row["day_rows"] - 1].cells[0])
        _line(cells[1], row["buoi"], size=TABLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
        _line(cells[2], row["content"], size=TABLE_PT, first=True)
        for item in e.items:
            _line(cells[2], "- " + item.text, size=TABLE_PT)
        _line(cells[3], e.chair, size=TABLE_PT, first=True)
        _line(cells[4], ", ".join(e.attendees), size=TABLE_PT, first=True)
        _line(cells[5], e.location, size=TABLE_PT, first=True)
        _line(cells[6], ", ".join(e.units), size=TABLE_PT, first=True)
    if not d.rows:
        _line(doc, "Không có lịch công tác trong tuần.", italic=True)


def _closing(doc, d, usable_mm: float) -> None:
    p = _line(doc, d.closing)
    p.paragraph_format.first_line_indent = Mm(10)
    p.paragraph_format.space_before = Pt(6)
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, (usable_mm / 2, usable_mm / 2))
    left, right = table.rows[0].cells
    _line(left, "Nơi nhận:", bold=True, italic=True, size=12, first=True)
    for name in d.receivers:
        _line(left, f"- {name}", size=11)
    center = WD_ALIGN_PARAGRAPH.CENTER
    _line(right, d.signer, bold=True, size=14, align=center, first=True)
    for _ in range(4):
        _line(right, "", size=14)
    _line(right, "……………………………", size=14, align=center)


def _annex(doc, d, usable_mm: float) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    center = WD_ALIGN_PARAGRAPH.CENTER
    _line(doc, "PHỤ LỤC: NHỮNG NỘI DUNG ĐIỀU CHỈNH", bold=True, align=center)
    _line(doc, d.annex_caption, italic=True, align=center).paragraph_format.space_after = Pt(6)
    columns = ("TT", "Nội dung điều chỉnh", "Thời gian", "Nội dung", "Chi tiết")
    widths = (10, 32, 40, usable_mm - 10 - 32 - 40 - 55, 55)
    table = doc.add_table(rows=1 + len(d.revision.annex), cols=len(columns))
    _grid(table)
    _widths(table, widths)
    for cell, name in zip(table.rows[0].cells, columns):
        _line(cell, name, bold=True, size=TABLE_PT, align=center, first=True)
    for n, line in enumerate(d.revision.annex, 1):
        for cell, text in zip(table.rows[n].cells, (str(n), line.change, line.when, line.title, line.detail)):
            _line(cell, text, size=TABLE_PT, first=True)


def render(d) -> bytes:
    """The .docx bytes of an ExportDocument."""
    doc = Document()
    _fonts(doc)
    landscape = d.kind == "week"
    _page(doc, landscape)
    usable = (297 if landscape else 210) - MARGINS_MM["left"] - MARGINS_MM["right"]
    _header(doc, d, usable)
    _title(doc, d, usable)
    if d.kind == "month":
        _body(doc, d)
    else:
        _week_table(doc, d, usable)
    _closing(doc, d, usable)
    if d.revision.number > 0:
        _annex(doc, d, usable)
    doc.core_properties.title = f"{d.title} {d.subtitle}"
    doc.core_properties.author = d.header.office
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
