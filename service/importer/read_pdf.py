""".pdf -> blocks: the text layer's lines with their positions, page furniture removed, lines joined into
the paragraphs they were wrapped from.

Programs come as PDFs exported from Word or LibreOffice, justified: a paragraph's lines reach the right
margin but its last, and its continuation lines start at the column's left edge (the first line may be
indented). A line then continues the paragraph when the paragraph's line before it reached the right margin,
it starts at the left edge (or where the paragraph's second line started: a paragraph indented as a whole,
a list item hanging under its number), it has the same font size, and no larger gap than the usual line
spacing lies between them; across a page break the gap is not looked at. A page is justified when two
lines or more end at its right edge; a ragged page's lines are not joined (the parser joins wrapped lines,
as for a text file). A line starting "XIII)" or "ngày 14/9/2023" is joined like any other: in a PDF the list
numbers are in the text, and left there for the parser.

Positions come from pypdf's layout-mode reader (each text chunk's start and end x, its y and font height);
should it fail on a page, or give nothing (rotated text), that page's plain text is read one block per
line. Lines whose pieces lie far apart (the two cells of a document's header, a table's columns) become row
blocks, never joined.

A page with a schedule table (a weekly schedule printed from a Word table) is read by
service.importer.pdf_table: the table's rows become the same row blocks the .docx reader gives (cells of
paragraphs, a merged day cell repeated in each row), the text around it lines as above. Only pages with a
content heading's word ("Nội dung", "Công việc", …) or continuing a table are looked at; the others read
exactly as before."""
import io
import logging
import re
import statistics
from dataclasses import dataclass

from service.importer.document import Block
from service.importer.pdf_table import PAGE_NUMBER
from service.importer.upload_limits import MAX_PDF_PAGES, MAX_TEXT_CHARS, PDF_LIMITS, Budget, ExtractError, too_long

log = logging.getLogger(__name__)
CELL_GAP = 3.0  # a gap wider than this many font heights between two pieces of a line separates cells
_MARKER = re.compile(r"(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]\s|[-–+•]\s|\(\d{1,3}\)")  # "1. " "II. " "a) " "- "
EDGE = 2  # lines looked at, at the top and at the bottom of a page, for page numbers and running heads


@dataclass
class Line:
    text: str
    number: int  # 1-based, over the whole file as extracted (furniture included)
    page: int
    x0: float | None = None  # None: no positions (the page was read as plain text)
    x1: float = 0.0
    y: float = 0.0
    size: float = 0.0
    cells: list[str] | None = None  # pieces far apart on one line
    table: list[list[str]] | None = None  # a table row's cells, each its paragraphs (service.importer.pdf_table)


def read_pdf(data: bytes, timer: Budget) -> list[Block]:
    pages = _pages(data, timer)
    if not any(line.text.strip() for page in pages for line in page):
        raise ExtractError("tệp PDF không có lớp chữ (bản scan): cần bản PDF xuất từ Word, hoặc dán nội dung")
    return paragraphs(remove_furniture(pages))


def _pages(data: bytes, timer: Budget) -> list[list[Line]]:
    from pypdf import PdfReader, apply_configuration  # noqa: PLC0415 - only for PDF files

    pages, size, counter, table = [], 0, [0], {}
    try:
        with apply_configuration(**PDF_LIMITS):
            reader = PdfReader(io.BytesIO(data))
            timer.check()
            if len(reader.pages) > MAX_PDF_PAGES:
                raise ExtractError(f"tệp PDF có {len(reader.pages)} trang, tối đa {MAX_PDF_PAGES} trang: "
                                   "hãy tách phần chương trình công tác ra tệp riêng")
            for index, page in enumerate(reader.pages):
                timer.check()
                lines = _page_lines(page, index, counter, table, timer.check)
                size += sum(len(line.text) + 1 for line in lines)
                if size > MAX_TEXT_CHARS:
                    raise too_long()
                pages.append(lines)
    except ExtractError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on a hostile file; all mean unreadable
        log.info("unreadable PDF: %r", exc)
        raise ExtractError(f"tệp PDF không đọc được: {_pdf_reason(exc)}") from None
    return pages


def _page_lines(page, index: int, counter: list[int], table: dict | None = None, check=None) -> list[Line]:
    table = {} if table is None else table
    try:
        operations = _operations(page)
        groups, frags = _positioned(operations, page._layout_mode_fonts())
    except Exception as exc:  # noqa: BLE001 - pypdf's layout reader is young: any failure, read plain text
        log.info("PDF page %d without positions: %r", index + 1, exc)
        operations, groups, frags = None, None, []
    if groups and (table.get("header") or _may_hold_a_table(groups)):
        try:
            if check:
                check()
            if (lines := _table_lines(operations, frags, index, counter, table, check)) is not None:
                return lines
        except ExtractError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure reading the grid: the page is read as lines
            log.info("PDF page %d: no table read: %r", index + 1, exc)
            table.clear()
    else:
        table.clear()
    lines = []
    if not groups:  # also a page whose only text is rotated (the layout reader leaves it out)
        for raw in (page.extract_text() or "").split("\n"):
            counter[0] += 1
            if text := _tidy(raw):
                lines.append(Line(text, counter[0], index))
        return lines
    for pieces in groups:
        counter[0] += 1
        if line := _line(pieces, counter[0], index):
            lines.append(line)
    return lines


# a schedule table's header has a content column (service.importer.table.COLUMNS): pages without one of its
# words are not looked at for tables
_CONTENT_WORD = re.compile(r"nội\s{1,3}dung|công\s{1,3}việc|hoạt\s{1,3}động|sự\s{1,3}kiện", re.I)


def _may_hold_a_table(groups: list[list[dict]]) -> bool:
    return any(_CONTENT_WORD.search(piece["text"]) for pieces in groups for piece in pieces)


def _table_lines(operations, frags, index: int, counter: list[int], state: dict, check=None) -> list[Line] | None:
    """A page holding a schedule table (service.importer.pdf_table): its rows as table lines, the text
    around them as lines; None for a page without one."""
    from service.importer import pdf_table  # noqa: PLC0415

    state["new_page"] = True  # the page's first grid may continue the table of the page before
    items = pdf_table.read_page(operations, frags, state, check)
    if items is None:
        return None
    lines = []
    for kind, item in items:
        counter[0] += 1
        if kind == "frags":
            pieces = [{"text": f.text, "tx": f.x0, "displaced_tx": f.x1, "ty": f.y, "font_height": f.size}
                      for f in item]
            if line := _line(pieces, counter[0], index):
                lines.append(line)
        elif any(item.cells):
            split = state.pop("open", None)
            if item.open_top and split is not None and len(split.table) == len(item.cells) and split.page == index - 1:
                _set_cells(split, pdf_table.join_cells(split.table, item.cells))  # a row split by the page break
                continue
            flat = [" ".join(cell) for cell in item.cells]
            lines.append(Line(" ".join(c for c in flat if c), counter[0], index, item.x0, item.x1, item.top,
                              item.size, flat, item.cells))
            if item.open_bottom:
                state["open"] = lines[-1]
    # the table goes on over the page break when nothing but a page number follows it on the page
    last = max((k for k, (kind, _) in enumerate(items) if kind == "row"), default=None)
    trailing = [] if last is None else [_tidy(pdf_table.joined(item)) for _, item in items[last + 1:]]
    state["open_table"] = last is not None and all(PAGE_NUMBER.fullmatch(t) for t in trailing if t)
    return lines


def _set_cells(line: Line, cells: list[list[str]]) -> None:
    line.table, line.cells = cells, [" ".join(cell) for cell in cells]
    line.text = " ".join(c for c in line.cells if c)


def _operations(page) -> list:
    from pypdf.generic import ArrayObject, ContentStream, StreamObject  # noqa: PLC0415

    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, ArrayObject | StreamObject):
        return []
    return ContentStream(contents, page.pdf, "bytes").operations


def _positioned(operations: list, fonts: dict) -> tuple[list[list[dict]], list]:
    """The page's text as lines top to bottom, each a list of pieces (pypdf's layout-mode BT groups: text,
    tx and displaced_tx, the x where it starts and ends; ty; font_height), left to right; and the text's
    fragments in page space for service.importer.pdf_table, from the same pass."""
    from pypdf._text_extraction import _layout_mode  # noqa: PLC0415 - the only reader giving where text ends
    from service.importer.pdf_table import text_pass  # noqa: PLC0415

    if not operations:
        return [], []
    groups, frags = text_pass(operations, fonts)
    if not groups:
        return [], frags
    return list(_layout_mode.y_coordinate_groups(groups).values()), frags


def _line(pieces: list[dict], number: int, page: int) -> Line | None:
    pieces = [p for p in pieces if p["text"].strip()]
    if not pieces:
        return None
    size = max(p["font_height"] for p in pieces) or 1.0
    cells, current = [], pieces[0]["text"]
    for before, piece in zip(pieces, pieces[1:]):
        gap = piece["tx"] - before["displaced_tx"]
        if gap > CELL_GAP * size:
            cells.append(current)
            current = piece["text"]
        else:
            joint = "" if gap < 0.15 * size or current[-1:].isspace() or piece["text"][:1].isspace() else " "
            current += joint + piece["text"]
    cells = [_tidy(c) for c in [*cells, current]]
    return Line(" ".join(cells), number, page, pieces[0]["tx"], pieces[-1]["displaced_tx"], pieces[0]["ty"], size,
                cells if len(cells) > 1 else None)


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---- page furniture --------------------------------------------------------------------------------------

def _key(line: Line) -> str:
    """A running head or foot as compared between pages: its page number or date may change."""
    return re.sub(r"\d+", "#", line.text.casefold())


def remove_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Page numbers at the top or bottom of a page, and the same line (digits aside) at the top or bottom of
    most pages when set apart from the text (another font size, or a wider gap than between lines), removed.
    A page's only line is never furniture (a one-line page is content), nor are lines that repeat at the
    top of pages in the text's own size and spacing (a schedule's day lines); a repeated table row (Word
    repeats a table's header row on each page) is kept where it first appears."""
    step = _line_step(pages)
    seen: dict[str, int] = {}
    for page in pages:
        for key in {_key(page[i]) for i in _edges(page)}:
            seen[key] = seen.get(key, 0) + 1
    running = {key for key, count in seen.items() if len(pages) >= 2 and count >= max(2, (len(pages) + 1) // 2)}
    kept_rows: set[str] = set()
    out = []
    for page in pages:
        drop = set()
        for i in _edges(page) if len(page) > 1 else ():
            line, key = page[i], _key(page[i])
            if line.table is not None:
                continue  # a table's row (its repeated header dropped where read, service.importer.pdf_table)
            if line.cells is not None and key in running and key not in kept_rows:
                kept_rows.add(key)
            elif PAGE_NUMBER.fullmatch(line.text) or (key in running and _apart(page, i, step)):
                drop.add(i)
        out.append([line for i, line in enumerate(page) if i not in drop])
    return out


def _edges(page: list[Line]) -> list[int]:
    return sorted({*range(min(EDGE, len(page))), *range(max(0, len(page) - EDGE), len(page))})


def _apart(page: list[Line], i: int, step: float | None) -> bool:
    """Whether a break (another size, a wide gap) lies between the edge line `i` and the page's text."""
    pairs = []
    if i < EDGE:
        pairs += [(page[k], page[k + 1]) for k in range(i, min(EDGE, len(page) - 1))]
    if i >= len(page) - EDGE:
        pairs += [(page[k - 1], page[k]) for k in range(max(len(page) - EDGE, 1), i + 1)]
    return any(_break(above, below, step) for above, below in pairs)


def _break(above: Line, below: Line, step: float | None) -> bool:
    if above.x0 is None or below.x0 is None:
        return True  # no positions: the repeated text is all there is to go by
    if abs(above.size - below.size) > 0.15 * max(above.size, below.size):
        return True
    return above.y - below.y > 1.3 * (step or 1.2 * above.size)


# ---- paragraphs --------------------------------------------------------------------------------------------

def paragraphs(pages: list[list[Line]]) -> list[Block]:
    lines = [line for page in pages for line in page]
    margins = _margins(pages)
    step = _line_step(pages)
    blocks, current = [], []
    for line in lines:
        if current and _continues(current, line, margins, step):
            current.append(line)
            continue
        if current:
            blocks.append(_block(current))
        current = [line]
    if current:
        blocks.append(_block(current))
    return blocks


def _block(lines: list[Line]) -> Block:
    if lines[0].table is not None:
        return Block(line=lines[0].number, cells=[list(cell) for cell in lines[0].table])
    if lines[0].cells is not None:
        return Block(line=lines[0].number, cells=[[cell] if cell else [] for cell in lines[0].cells])
    return Block(" ".join(line.text for line in lines), lines[0].number)


def _margins(pages: list[list[Line]]) -> dict[int, tuple[float, float]]:
    """Per page, the text column's left edge and its right edge if the page is justified: two lines or more
    end there (to a point or two). A ragged page (left-aligned text, where one line is the longest) has no
    right edge, and its lines are not joined: the parser joins wrapped lines, as it does for a text file.
    A justified document's page with no full line (a last page) takes the usual right edge."""
    lefts, rights = {}, {}
    for page in pages:
        placed = [line for line in page if line.x0 is not None and line.cells is None]
        if not placed:
            continue
        number, right = placed[0].page, max(line.x1 for line in placed)
        lefts[number] = min(line.x0 for line in placed)
        if sum(right - line.x1 <= _slack(line) for line in placed) >= 2:
            rights[number] = right
    usual = statistics.median(rights.values()) if rights else None
    return {page: (left, rights.get(page, usual)) for page, left in lefts.items()}


def _slack(line: Line) -> float:
    """How far short of the right edge a justified line may end (rounding in the file, a trailing space)."""
    return max(1.5, 0.15 * line.size)


def _line_step(pages: list[list[Line]]) -> float | None:
    """The usual distance between two lines of a paragraph: the median distance between successive lines."""
    steps = [a.y - b.y for page in pages for a, b in zip(page, page[1:])
             if a.x0 is not None and b.x0 is not None and 0 < a.y - b.y < 3 * max(a.size, b.size)]
    return statistics.median(steps) if steps else None


def _continues(paragraph: list[Line], line: Line, margins, step: float | None) -> bool:
    last = paragraph[-1]
    if line.x0 is None or last.x0 is None or line.cells is not None or last.cells is not None:
        return False
    if abs(line.size - last.size) > 0.15 * last.size or line.page not in margins or last.page not in margins:
        return False
    size, right = last.size, margins[last.page][1]
    if right is None or last.x1 < right - _slack(last):  # a ragged page, or the line ends short
        return False
    if _MARKER.match(line.text) and last.text.rstrip().endswith((".", ";", ":")):
        return False  # "…. " filling the line by chance, then "2) Ngày …": the next item, not this one wrapped
    tolerance = max(2.0, 0.6 * size)
    first = paragraph[0]
    at_margin = abs(line.x0 - margins[line.page][0]) <= tolerance
    # a paragraph indented as a whole (w:ind left) goes on where its lines start; one whose first line
    # starts with its number and hangs (a list item) where its second line started, or under its text
    as_before = len(paragraph) > 1 and abs(line.x0 - paragraph[1].x0) <= tolerance
    indented = len(paragraph) == 1 and abs(line.x0 - first.x0) <= tolerance
    hanging = len(paragraph) == 1 and _MARKER.match(first.text) and 0 < line.x0 - first.x0 <= 4 * size
    if not (at_margin or as_before or indented or hanging):
        return False
    if line.page == last.page:
        gap = last.y - line.y
        if gap <= 0 or gap > 1.3 * (step or 1.2 * size):
            return False
    return True


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
