"""A schedule table copied out as text with " | " between the cells, read back as table rows.

Offices paste a Word table into an e-mail, a portal or a .txt: "Thời gian | Nội dung | Chủ trì | Thành phần |
Địa điểm", then one line a row ("7h30 | Họp giao ban … | Chủ tịch UBND xã | … | Phòng họp"). What the table
had in merged cells comes out as lines of their own between the rows: the day ("THỨ HAI" / "Ngày 18/8/2025",
on one line or two), the slot ("Sáng", "Chiều") and the content cell's further paragraphs (agenda items
"+ …"). Read as prose, the cells would run into one title; as rows, the table reader (service.importer.table)
reads each cell as what its header says. Only a run that opens with a header row the table reader recognises
is converted, so a stray "|" in prose is left alone."""
import re

from service.importer.document import Block
from service.importer.grammar import _SEP, _WD
from service.importer.table import _is_header, _kind
from service.importer.table_cells import read_clock

SEP = re.compile(r"\s{0,3}\|\s{0,3}")
# the weekday and/or the date of a merged day cell: "THỨ HAI", "Ngày 18/8/2025", "Thứ Hai, ngày 18/8/2025"
_DATE = rf"(?:ngày\s{{1,3}})?\d{{1,2}}{_SEP}\d{{1,2}}(?:{_SEP}\d{{4}})?"
WEEKDAY_LINE = re.compile(rf"^{_WD}\s{{0,3}}[,:.]?$", re.I)
DATE_LINE = re.compile(rf"^\(?\s{{0,2}}{_DATE}\s{{0,2}}\)?\s{{0,3}}[,:.]?$", re.I)
DAY_LINE = re.compile(rf"^{_WD}\s{{0,3}}[,(–-]?\s{{0,3}}{_DATE}\s{{0,2}}\)?\s{{0,3}}[,:.]?$", re.I)
SLOT_LINE = re.compile(r"^[*-]?\s{0,2}(?:buổi\s{1,3})?(sáng|chiều|tối|cả\s{1,3}ngày)\s{0,3}:?$", re.I)
# "- Chiều: Thường trực HĐND xã làm việc tại cơ quan.": a row written as a line of its own (slot, content)
SLOT_ROW = re.compile(r"^[-–+•*]\s{0,3}(?:buổi\s{1,3})?(sáng|chiều|tối|cả\s{1,3}ngày)\s{0,3}:\s{0,3}(\S.{0,2000})$",
                      re.I)
BULLET_LINE = re.compile(r"^[-–+•*]\s{0,3}\S")


def _hour_only(text: str) -> bool:
    """"9:00", "14h00", "7:30 (Cả ngày)": an hour (and its slot) with no day."""
    clock, m = read_clock(text)
    return clock is not None and not re.search(r"\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}|thứ|chủ\s{1,3}nhật|ngày\s{1,3}\d", text, re.I) \
        and len(text) <= 30


def _cells(text: str, bordered: bool = False) -> list[str]:
    """The cells of a line; a leading bar is an empty first cell (" | Chiều | …" under a day), unless the table
    draws its borders ("| Thời gian | Nội dung |")."""
    cells = [c.strip() for c in SEP.split(text.strip())]
    if bordered and len(cells) > 2:
        cells = cells[1:-1] if not cells[-1] else cells[1:]
    elif len(cells) > 2 and not cells[-1] and text.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _header(block: Block) -> list | None:
    if block.is_row or block.text.count("|") < 2:
        return None
    kinds = [_kind(c) for c in _cells(block.text, block.text.strip().startswith("|"))]
    return kinds if _is_header(kinds) and sum(k is not None for k in kinds) >= 3 else None


def rows_from_pipes(blocks: list[Block]) -> list[Block]:
    """`blocks` with every " | " table (a header row, then its rows) as row blocks."""
    out, i = [], 0
    while i < len(blocks):
        kinds = _header(blocks[i])
        if kinds is None:
            out.append(blocks[i])
            i += 1
            continue
        rows, end = _run(blocks, i, kinds)
        if not any(len(r.cells) > 1 for r in rows[1:]):
            # "Ngày | Thời gian | Nội dung | …" above lines that are no rows (a portal's week copied without its
            # bars): the header is only the columns' captions; the day, slot and entry lines below read as prose
            out.append(blocks[i])
            i += 1
            continue
        i = end
        out += rows + [Block("", rows[-1].line)]  # an empty paragraph ends the run: the next table is another
    return out


def _run(blocks: list[Block], at: int, kinds: list) -> tuple[list, int]:
    """The header at `at` and the rows under it, up to the first line that is neither a row nor what a merged
    cell leaves between rows."""
    width = len(kinds)
    when = kinds.index("when") if "when" in kinds else kinds.index("slot")
    content = kinds.index("content")
    slot_col = kinds.index("slot") if "slot" in kinds else None
    bordered = blocks[at].text.strip().startswith("|")
    rows = [Block(line=blocks[at].line, cells=[[c] for c in _cells(blocks[at].text, bordered)])]
    slot, day, last = "", None, None  # the slot line above (for the rows below it), a weekday line waiting
    i = at + 1
    while i < len(blocks):
        block = blocks[i]
        text = block.typed().strip() if not block.is_row else ""
        again = _header(block) if not block.is_row else None
        if again is not None and again == kinds:
            i += 1  # the header repeated atop a page, or pasted twice: the same table goes on
            continue
        if block.is_row or not text or again is not None:
            break  # (another header: the next table)
        if text.count("|") >= 1 and len(_cells(text, bordered)) >= 3:
            said = _cells(text, bordered)
            if len(said) == width - 1 and kinds[0] == "when" and kinds[1] in ("when", "slot") and _hour_only(said[0]):
                said = [""] + said  # "9:00 | Họp … | Đ/c Hòa PCT | PH3 |": the day cell said on the day's first row only
            cells = (said + [""] * width)[:max(width, len(said))]
            if slot and slot_col is not None and not cells[slot_col]:
                cells[slot_col] = slot
            elif slot and not re.search(r"(?i)sáng|chiều|tối|ngày|tuần|tháng|\d{1,2}\s{0,2}/", cells[when]):
                cells[when] = f"{slot} {cells[when]}".strip()  # the slot line above, written once for its rows
            last = Block(line=block.line, cells=[[c] if c else [] for c in cells])
            rows.append(last)
        elif WEEKDAY_LINE.match(text) and i + 1 < len(blocks) and not blocks[i + 1].is_row \
                and DATE_LINE.match(blocks[i + 1].typed().strip()):
            day = text  # "THỨ HAI" then "Ngày 18/8/2025": one day cell
        elif DATE_LINE.match(text) or DAY_LINE.match(text) or WEEKDAY_LINE.match(text) and day is None:
            rows.append(Block(line=block.line, cells=[[f"{day} {text}" if day else text]]))
            day, slot, last = None, "", None
        elif SLOT_LINE.match(text):
            slot = SLOT_LINE.match(text).group(1)
        elif SLOT_ROW.match(text):
            m = SLOT_ROW.match(text)
            cells = [""] * width
            cells[slot_col if slot_col is not None else when], cells[content] = m.group(1), m.group(2)
            rows.append(Block(line=block.line, cells=[[c] if c else [] for c in cells]))
            last = None
        elif BULLET_LINE.match(text) and last is not None:
            last.cells[content].append(text)  # the content cell's next paragraph: an agenda item
        else:
            break
        i += 1
    return rows, i
