"""A document spec rendered the ways offices hand it over: .txt in the document's own style, .docx as plain
paragraphs, .docx with Word automatic numbering (numbering.xml; the number is not in the text), .docx with
the schedule as a table (merged date cells), and a justified, reflowed A4 PDF with a running header."""
import copy
import io
import textwrap
from dataclasses import dataclass
from datetime import date

from tests.genre.model import Day, Doc, Ev, Event, Heading, Leader, Para, Slot, weekday_of

FORMS = ("txt", "docx", "docx-numbered", "docx-table", "pdf")
SUFFIX = {"txt": ".txt", "docx": ".docx", "docx-numbered": ".docx", "docx-table": ".docx", "pdf": ".pdf"}
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"  # Liberation Serif lacks ư, ơ, ạ…: DejaVu
SERIF_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
ORDINAL_WORDS = ["nhất", "hai", "ba", "tư", "năm", "sáu"]
BULLETS = ("-", "+", "*")


@dataclass
class Line:
    """One paragraph of the text forms. `number` is the literal list number ("I.", "2)") or bullet;
    `level` the list level (None: not a list paragraph); `literal`: a number Word cannot generate."""
    text: str
    level: int | None = None
    number: str = ""
    bold: bool = False
    literal: bool = False

    def full(self) -> str:
        return f"{self.number} {self.text}" if self.number else self.text


def _number(fmt: str, n: int) -> str:
    """A level's template ("{R}.", "{n})", "{a}/", "Phần {R}.", "Phần thứ {w}:", "-") for the n-th item."""
    if fmt in BULLETS:
        return fmt
    values = {"R": lambda: ROMAN[n - 1], "n": lambda: n, "a": lambda: "abcdefghijklmnop"[n - 1],
              "A": lambda: "ABCDEFGHIJ"[n - 1], "w": lambda: ORDINAL_WORDS[n - 1]}
    return fmt.format(**{k: f() for k, f in values.items() if "{%s}" % k in fmt})


class Counters:
    def __init__(self, formats):
        self.formats, self.counts = formats, [0] * 9

    def next(self, level: int) -> tuple[str, bool]:
        self.counts[level] += 1
        for deeper in range(level + 1, 9):
            self.counts[deeper] = 0
        fmt = self.formats[level]
        return _number(fmt, self.counts[level]), "{w}" in fmt


def clock_words(clock: str, style: str = "’") -> str:
    """"07:30" -> "7 giờ 30’" (or "7 giờ 30 phút"); "14:00" -> "14 giờ"."""
    h, m = clock.split(":")
    if m == "00":
        return f"{int(h)} giờ"
    return f"{int(h)} giờ {m}{'’' if style == '’' else ' phút'}"


def _item_lines(event: Event, bullet: str = "-") -> list[Line]:
    return [Line(f"{item.title} {item.unit_phrase()}".rstrip() + ".", level=None, number=bullet)
            for item in event.items]


def _inline(event: Event) -> str:
    if event.line is not None:
        return event.line
    text = f"{event.when}: {event.title}." if event.when else f"{event.title}."
    if event.chair:
        text += f" Chủ trì: {event.chair}."
    if event.attendees:
        text += f" Thành phần: {event.attendees}."
    if event.place:
        text += f" Địa điểm: {event.place}."
    if event.units:
        text += f" ({', '.join(event.units)} chuẩn bị)."
    return (text + (" " + event.tail if event.tail else "")).strip()


def _fields(event: Event) -> list[str]:
    """The multi-line way: "08 giờ 00’: Chủ trì họp …" / "Thành phần: …" / "Địa điểm: …"."""
    head = event.line if event.line is not None else (
        f"{event.when}: {event.title}" if event.when else event.title)
    lines = [head + (" " + event.tail if event.tail else "")]
    if event.chair:
        lines.append(f"Chủ trì: {event.chair}.")
    if event.attendees:
        lines.append(f"Thành phần: {event.attendees}.")
    if event.place:
        lines.append(f"Địa điểm: {event.place}.")
    if event.units:
        lines.append(f"(Giao {', '.join(event.units)} chuẩn bị nội dung)")
    return lines


def _leader_part(part) -> str:
    if isinstance(part, str):
        return part
    if part.line is not None:
        return part.line
    text = f"{clock_words(part.clock, '’')}, {part.title}" if part.clock else part.title
    if part.attendees:
        text += f", mời {part.attendees} cùng dự"
    if part.units:
        text += f" ({', '.join(part.units)} chuẩn bị báo cáo)"
    if part.place:
        text += f", điểm tại {part.place}"
    if part.tail:
        text += " " + part.tail
    return text + "."


def lines(doc: Doc) -> list[Line]:
    """The body (after the header) as paragraphs, with the document's own numbering."""
    out, counters = [], Counters(doc.numbering)
    for block in doc.blocks:
        if isinstance(block, Heading):
            number, literal = counters.next(block.level) if block.level is not None else ("", False)
            out.append(Line(block.text, block.level, number, bold=True, literal=literal))
        elif isinstance(block, Para):
            number, literal = counters.next(block.level) if block.level is not None else ("", False)
            out.append(Line(block.text, block.level, number, literal=literal))
        elif isinstance(block, Ev):
            number, literal = counters.next(block.level) if block.level is not None else ("", False)
            if doc.style == "fields":
                first, *rest = _fields(block.event)
                out.append(Line(first, block.level, number, literal=literal))
                out += [Line(t) for t in rest]
            else:
                out.append(Line(_inline(block.event), block.level, number, literal=literal))
            out += _item_lines(block.event, doc.item_bullet)
        elif isinstance(block, Day):
            out.append(Line(block.text, bold=True))
        elif isinstance(block, Slot):
            out.append(Line(block.text, bold=True))
        elif isinstance(block, Leader):
            out.append(Line(f"{block.who}: " + " ".join(_leader_part(p) for p in block.parts), number="-"))
            for part in block.parts:
                if isinstance(part, Event):
                    out += _item_lines(part, "+")
    return out


def header_lines(doc: Doc) -> list[str]:
    return [*doc.left, *doc.right, "", *doc.title, ""]


# .txt ---------------------------------------------------------------------------------------------------
def to_txt(doc: Doc) -> bytes:
    paragraphs = header_lines(doc) + [ln.full() for ln in lines(doc)] + [""] + doc.footer
    if doc.wrap:
        wrapped = []
        for p in paragraphs:
            wrapped += textwrap.wrap(p, doc.wrap, break_long_words=False) or [""]
        paragraphs = wrapped
    return ("\n".join(paragraphs) + "\n").encode("utf-8")


# .docx --------------------------------------------------------------------------------------------------
def _header_table(word, doc: Doc):
    table = word.add_table(rows=1, cols=2)
    for cell, texts in zip(table.rows[0].cells, (doc.left, doc.right)):
        cell.paragraphs[0].text = texts[0]
        for t in texts[1:]:
            cell.add_paragraph(t)
    for t in doc.title:
        run = word.add_paragraph().add_run(t)
        run.bold = True


def _footer(word, doc: Doc):
    for t in doc.footer:
        word.add_paragraph(t)


def _save(word) -> bytes:
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _paragraph(word, line: Line, numbered=None):
    p = word.add_paragraph()
    text = line.text if numbered else line.full()
    run = p.add_run(text)
    run.bold = line.bold
    if numbered:
        numbered.apply(p, line)
    return p


def to_docx(doc: Doc) -> bytes:
    import docx

    word = docx.Document()
    _header_table(word, doc)
    for line in lines(doc):
        _paragraph(word, line)
    _footer(word, doc)
    return _save(word)


WORD_FORMATS = {"R": "upperRoman", "n": "decimal", "a": "lowerLetter", "A": "upperLetter"}


class Numbering:
    """Real numbering.xml definitions: one multi-level abstractNum in the document's own formats, one for
    bullets; a paragraph carries numPr (numId, ilvl) and its text has no number. A level Word cannot
    generate ("Phần thứ hai:") stays in the text, and the lists after it restart (a new num with
    startOverride), as Word does when a clerk restarts numbering."""

    def __init__(self, word, formats):
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        self.parse, self.ns = parse_xml, nsdecls("w")
        self.root = word.part.numbering_part.element
        self.formats = formats
        levels = []
        for i, fmt in enumerate(formats):
            if "{w}" in fmt:
                fmt = "{n}."  # never used by a paragraph: that level is written out
            if fmt in BULLETS:
                num_fmt, text = "bullet", fmt
            else:
                token = next(t for t in WORD_FORMATS if "{%s}" % t in fmt)
                num_fmt, text = WORD_FORMATS[token], fmt.replace("{%s}" % token, f"%{i + 1}")
            levels.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{num_fmt}"/>'
                          f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                          f'<w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>')
        self._abstract(901, "".join(levels))
        self._abstract(902, '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>'
                            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
                            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/>'
                            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr></w:lvl>')
        self.next_id = 901
        self.list_id = self._num(901, restart=False)
        self.bullet_id = self._num(902, restart=False)

    def _abstract(self, ident, levels):
        element = self.parse(f'<w:abstractNum {self.ns} w:abstractNumId="{ident}">'
                             f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
        from docx.oxml.ns import qn

        nums = self.root.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(element)
        else:
            self.root.append(element)

    def _num(self, abstract, restart=True) -> int:
        ident = self.next_id
        self.next_id += 1
        overrides = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>'
                            for i in range(len(self.formats))) if restart else ""
        self.root.append(self.parse(f'<w:num {self.ns} w:numId="{ident}"><w:abstractNumId w:val="{abstract}"/>'
                                    f'{overrides}</w:num>'))
        return ident

    def apply(self, paragraph, line: Line):
        if line.literal:
            self.list_id = self._num(901)
            paragraph.runs[0].text = line.full()
            return
        if line.number in ("-", "+"):
            num, level = self.bullet_id, 0 if line.number == "-" else 1
        elif line.level is not None and line.number:
            num, level = self.list_id, line.level
        else:
            return
        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(self.parse(f'<w:numPr {self.ns}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))


def to_docx_numbered(doc: Doc) -> bytes:
    import docx

    word = docx.Document()
    _header_table(word, doc)
    numbering = Numbering(word, doc.numbering)
    for line in lines(doc):
        _paragraph(word, line, numbering)
    _footer(word, doc)
    return _save(word)


COLUMNS = ("Thứ, ngày", "Buổi", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm", "Đơn vị chuẩn bị")


def _dm(iso: str, year=True) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if year else f"{d.day:02d}/{d.month:02d}"


def day_cell(event: Event) -> str:
    if event.day_cell is not None:
        return event.day_cell
    if event.weekly:
        return f"{WEEKDAY_OF_BYDAY[event.weekly]} hằng tuần"
    if not event.dates:
        return "Thông báo sau"
    if event.end:
        return f"Từ {_dm(event.dates[0], False)}\nđến {_dm(event.end)}"
    if len(event.dates) > 1:
        days = ", ".join(f"{date.fromisoformat(d).day:02d}" for d in event.dates[:-1])
        return f"Các ngày {days} và {_dm(event.dates[-1])}"
    text = f"{weekday_of(event.dates[0])}\n{_dm(event.dates[0])}"
    return f"Dự kiến\n{text}" if event.status == "tentative" else text


WEEKDAY_OF_BYDAY = dict(zip(("MO", "TU", "WE", "TH", "FR", "SA", "SU"),
                            ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")))


def slot_cell(event: Event) -> str:
    if event.slot_cell is not None:
        return event.slot_cell
    slot = (event.slot or "").capitalize()
    if event.clock:
        h, m = event.clock.split(":")
        slot = slot or ("Sáng" if int(h) < 12 else "Chiều" if int(h) < 18 else "Tối")
        return f"{slot}\n{int(h)} giờ {m}"
    return slot


def _content(event: Event) -> list[str]:
    title = event.title[0].upper() + event.title[1:]
    return [title + (" " + event.tail if event.tail else "")] + \
        [f"- {i.title} {i.unit_phrase()}".rstrip() for i in event.items]


def table_rows(doc: Doc) -> list:
    """Runs of schedule blocks as rows; headings and prose between them as paragraphs (None rows)."""
    out, day, slot = [], "", ""
    for block in doc.blocks:
        if isinstance(block, Ev):
            e = block.event
            out.append([day_cell(e), slot_cell(e), _content(e), e.chair or "", e.attendees or "", e.place or "",
                        ", ".join(e.units)])
        elif isinstance(block, Day):
            day, slot = f"{weekday_of(block.day)}\n{_dm(block.day)}", ""
        elif isinstance(block, Slot):
            slot = block.text.strip("*: ").capitalize()
        elif isinstance(block, Leader):
            for part in block.parts:
                if isinstance(part, str) and block.who_is_slot:
                    out.append([day, block.who, [part], "", "", "", ""])
                elif isinstance(part, str):
                    out.append([day, slot, [part], block.who, "", "", ""])
                else:
                    out.append([day, slot_cell(part) if (part.clock or part.slot) else slot, _content(part),
                                block.who, part.attendees or "", part.place or "", ", ".join(part.units)])
        else:
            out.append(block)
    return out


def to_docx_table(doc: Doc) -> bytes:
    import docx

    word = docx.Document()
    _header_table(word, doc)
    counters = Counters(doc.numbering)
    rows = table_rows(doc)
    i = 0
    while i < len(rows):
        row = rows[i]
        if not isinstance(row, list):
            number = counters.next(row.level)[0] if getattr(row, "level", None) is not None else ""
            text = f"{number} {row.text}" if number else row.text
            word.add_paragraph().add_run(text).bold = isinstance(row, Heading)
            i += 1
            continue
        run = []
        while i < len(rows) and isinstance(rows[i], list):
            run.append(rows[i])
            i += 1
        table = word.add_table(rows=len(run) + 1, cols=len(COLUMNS))
        table.style = "Table Grid"
        for cell, name in zip(table.rows[0].cells, COLUMNS):
            cell.text = name
        for r, values in enumerate(run, start=1):
            for c, value in enumerate(values):
                if c == 0 and r > 1 and value == run[r - 2][0]:
                    continue  # merged below
                _fill(table.cell(r, c), value)
        r = 1
        while r <= len(run):  # the date cell merged over the rows of the same day (vMerge)
            last = r
            while last < len(run) and run[last][0] == run[r - 1][0]:
                last += 1
            if last > r:
                table.cell(r, 0).merge(table.cell(last, 0))
            r = last + 1
    _footer(word, doc)
    return _save(word)


def _fill(cell, value):
    texts = value if isinstance(value, list) else value.split("\n")
    cell.paragraphs[0].text = texts[0]
    for t in texts[1:]:
        cell.add_paragraph(t)


# .pdf ---------------------------------------------------------------------------------------------------
LINE_WIDTH_MM = 160  # left margin 30 mm, right 20 mm, as the decree on document form asks


def to_pdf(doc: Doc) -> bytes:
    from fpdf import FPDF

    running = " ".join(doc.title).strip()

    class Pdf(FPDF):
        def header(self):
            self.set_font("Serif", size=9)
            self.cell(0, 5, f"{doc.left[-1] if doc.left else ''} — {running}"[:110], align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self):
            self.set_y(-15)
            self.set_font("Serif", size=9)
            self.cell(0, 8, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = Pdf(format="A4")
    pdf.add_font("Serif", fname=SERIF)
    pdf.add_font("Serif", style="B", fname=SERIF_BOLD)
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Serif", size=12)
    top = pdf.get_y()
    pdf.multi_cell(70, 6, "\n".join(doc.left), align="C")
    left_bottom = pdf.get_y()
    pdf.set_xy(100, top)
    pdf.multi_cell(90, 6, "\n".join(doc.right), align="C")
    pdf.set_xy(30, max(left_bottom, pdf.get_y()) + 4)
    pdf.set_font("Serif", style="B", size=13)
    for t in doc.title:
        pdf.multi_cell(LINE_WIDTH_MM, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in lines(doc):
        pdf.set_font("Serif", style="B" if line.bold else "", size=13)
        pdf.multi_cell(LINE_WIDTH_MM, 6.5, line.full(), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", size=12)
    for t in doc.footer:
        pdf.multi_cell(LINE_WIDTH_MM, 6, t or " ", align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


RENDERERS = {"txt": to_txt, "docx": to_docx, "docx-numbered": to_docx_numbered, "docx-table": to_docx_table,
             "pdf": to_pdf}


def render(doc: Doc, form: str) -> tuple[bytes, str]:
    """The file's bytes and its name."""
    return RENDERERS[form](doc), f"{doc.key}-{form}{SUFFIX[form]}"
