"""Stage 1: the document's blocks as lines the parser reads.

Each paragraph is repaired on its own (glyphs, NFC, and gap repair only where that line is damaged), page
furniture (page numbers, "Trang 2/5", a running header repeated further down) is dropped, and table rows
are kept together as runs: the header row of a Word document (issuing body | "CỘNG HÒA XÃ HỘI…") becomes
lines, other runs go to the table reader, and a run it does not take is read cell by cell."""
import re
from dataclasses import dataclass

from service.importer.document import Block, Document
from service.importer.guarded import Guarded
from service.importer.repair import Repairer

PAGE_NUMBER = re.compile(r"^[-–]?\s{0,2}(?:\d{1,3}|trang\s{1,3}\d{1,3}(?:\s{0,2}/\s{0,2}\d{1,3})?)\s{0,2}[-–]?$", re.I)
FOOTER = Guarded(r"^.{0,60}[\s,.–-]trang\s{1,3}\d{1,3}(?:\s{0,2}/\s{0,2}\d{1,3})?$", re.I, ("trang",))  # "… - Trang 2"
LEFT_DAMAGE = Guarded(r"(?<!\w)\w{1,2} {2,}\w|\w {2,}\w{1,2}(?!\w)", 0, ("  ",))
SLOT_ONLY = re.compile(r"^(?:buổi\s{1,3})?(?:sáng|chiều|tối|cả\s{1,3}ngày)$", re.I)
NATIONAL = re.compile(r"cộng\s{0,3}hòa\s{1,3}xã\s{1,3}hội|cộng\s{0,3}hoà\s{1,3}xã\s{1,3}hội|đảng\s{1,3}cộng\s{1,3}sản"
                      r"\s{1,3}việt\s{1,3}nam|độc\s{1,3}lập\s{0,3}[-–]\s{0,3}tự\s{1,3}do", re.I)


@dataclass
class Line:
    text: str
    line: int
    number: str | None = None  # Word's automatic number (not in the text); the line then starts a paragraph
    cell: bool = False  # from a table cell: a paragraph of its own, never a wrapped line
    damaged: bool = False  # pieces of words left around a gap after repair ("cộn  đồng"): worth a warning


@dataclass
class Rows:
    """A run of table rows, as the document has them (for `table.table_drafts`)."""
    blocks: list
    line: int
    result: object = None  # what the table reader made of it (None: read cell by cell)


def read(document: Document, names=()) -> list:
    repair = Repairer(names)
    items, run = [], []

    def close_run():
        if run:
            rows = [Block(line=b.line, cells=[[repair(p) for p in cell] for cell in b.cells]) for b in run]
            if len(items) <= 6 and _header_row(rows[0]):
                items.extend(_header_lines(rows))  # the header table at the top
            else:
                items.append(Rows(rows, rows[0].line))
            run.clear()

    for block in document.blocks:
        if block.is_row:
            run.append(block)
            continue
        close_run()
        text = repair(block.text).strip()
        if not text and not block.number:
            continue
        items.append(Line(text, block.line, (block.number or "").strip() or None, damaged=bool(LEFT_DAMAGE.search(text))))
    close_run()
    return _without_furniture(items)


def _header_row(block: Block) -> bool:
    return any(NATIONAL.search(" ".join(cell)) for cell in block.cells)


def _header_lines(rows) -> list:
    """The header table, left cell first (the issuing body), then the right one (national motto, place and
    date), row by row."""
    out = []
    for row in rows:
        for cell in row.cells:
            out += [Line(p.strip(), row.line, cell=True) for p in cell if p.strip()]
    return out


def cell_lines(rows: Rows) -> list:
    """A table the table reader did not take: each cell's paragraphs, in reading order."""
    out = []
    for row in rows.blocks:
        for cell in row.cells:
            out += [Line(p.strip(), row.line, cell=True) for p in cell if p.strip()]
    return out


def _without_furniture(items: list) -> list:
    """Page numbers, and a running header: a short line from the first lines repeated later on."""
    top = {}
    for n, i in enumerate(items[:15]):
        # (a line ending a sentence, "… tỉnh chuẩn bị).", is the end of a wrapped paragraph, never a running header)
        # (nor is a slot line, "Sáng" / "Chiều": a week's every day has one)
        if isinstance(i, Line) and 3 <= len(i.text) <= 90 and ":" not in i.text and not re.match(r"[-–+•(]", i.text) \
                and not re.search(r"[.;]$", i.text) and not SLOT_ONLY.match(i.text):
            top.setdefault(_key(i.text), n)
    out = []
    for n, item in enumerate(items):
        if isinstance(item, Line) and not item.number:
            if PAGE_NUMBER.match(item.text) or FOOTER.match(item.text):
                continue
            if len(item.text) <= 90 and n > 5 and top.get(_key(item.text), n) + 5 < n:  # (only short lines repeat)
                continue
        out.append(item)
    return out


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()
