""".docx -> blocks: the body walked in order, paragraphs with the list numbers Word draws, tables row by row.

Headers and footers are separate parts, not the body: they are not read. Content controls (w:sdt), smart
tags, tracked insertions and hyperlinks are read through; tracked deletions and hidden text are not; a text
box's paragraphs follow the paragraph that anchors it. In a table each w:tr is a row block, each w:tc one
cell (a cell spread over columns, gridSpan, appears once); a cell continuing a vertical merge repeats the
paragraphs of the cell it continues, so that every row of a day gets the day's date; a nested table's
paragraphs are the cell's."""
import io
import logging
import re

from service.importer.document import Block
from service.importer.docx_numbering import W, Numbering
from service.importer.docx_package import check_zip
from service.importer.upload_limits import (MAX_PARAGRAPHS, MAX_RUNS, MAX_TABLE_COLUMNS, MAX_TEXT_CHARS, Budget,
                                      ExtractError, too_long)

log = logging.getLogger(__name__)
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MC_ALTERNATE, MC_CHOICE, MC_FALLBACK = f"{MC}AlternateContent", f"{MC}Choice", f"{MC}Fallback"
_SPACE = {f"{W}tab", f"{W}br", f"{W}cr", f"{W}ptab"}  # a soft line break inside a paragraph is a space
_SKIP = {f"{W}pPr", f"{W}rPr", f"{W}del", f"{W}moveFrom", MC_FALLBACK}  # MC_FALLBACK repeats mc:Choice
_THROUGH = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo", f"{W}smartTag"}


def read_docx(data: bytes, timer: Budget) -> list[Block]:
    check_zip(data, timer)
    import docx  # noqa: PLC0415 - only for Word files
    from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many types on a damaged package
        log.info("unreadable .docx: %r", exc)
        reason = "không phải tài liệu Word" if "content type" in str(exc) else "thiếu phần hoặc XML hỏng"
        raise ExtractError(f"tệp Word không đọc được ({reason}): hãy mở bằng Word, lưu lại thành .docx") from None
    timer.check()
    try:
        body = document.element.body
        _check_tables(body)
        _check_counts(body)
        numbering = Numbering(_part(document, RT.NUMBERING), _part(document, RT.STYLES))
        walker = _Walker(numbering, timer)
        walker.content(body)
        return walker.blocks
    except ExtractError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as exc:
        log.info("unreadable .docx body: %r", exc)
        raise ExtractError("tệp Word có bảng hoặc đoạn văn không đọc được (ô gộp sai, XML hỏng): "
                           "hãy mở bằng Word, lưu lại thành .docx") from None


def _part(document, relationship: str):
    """The root element of the part the main document relates to by `relationship`; None when absent."""
    try:
        return document.part.part_related_by(relationship).element
    except (KeyError, AttributeError):
        return None


class _Walker:
    def __init__(self, numbering: Numbering, timer: Budget):
        self.numbering, self.timer = numbering, timer
        self.blocks: list[Block] = []
        self.position = self.size = 0  # Block.line: paragraphs and table rows counted in body order

    def content(self, parent) -> None:
        """The paragraphs and tables of the body (or a text box), content controls read through."""
        for child in _children(parent, ("p", "tbl")):
            self.timer.check()
            if child.tag == f"{W}p":
                self.paragraph(child)
            else:
                self.table(child)

    def paragraph(self, p) -> None:
        self.position += 1
        number, level = self.numbering.number(p)
        boxes = []
        text = _text(p, boxes)
        if text:
            self.add(Block(text, self.position, number, level if number else None))
        for box in boxes:
            self.content(box)

    def table(self, tbl) -> None:
        above: dict[int, list[str]] = {}  # grid column -> paragraphs of the cell there, for vertical merges
        for tr in _children(tbl, ("tr",)):
            self.timer.check()
            self.position += 1
            column = _val(tr.find(f"{W}trPr/{W}gridBefore"), 0)
            cells = []
            for tc in _children(tr, ("tc",)):
                props = tc.find(f"{W}tcPr")
                merge = props.find(f"{W}vMerge") if props is not None else None
                if merge is not None and merge.get(f"{W}val") in (None, "continue"):
                    cells.append(list(above.get(column, [])))
                elif not _continues_across(props):
                    cells.append(self.cell(tc))
                    above[column] = cells[-1]
                column += max(_val(props.find(f"{W}gridSpan") if props is not None else None, 1), 1)
            if any(cells):
                self.add(Block(line=self.position, cells=cells))

    def cell(self, container) -> list[str]:
        """A cell's paragraphs, each with its number typed in front; those of a nested table or a text box
        follow in order."""
        out = []
        for child in _children(container, ("p", "tbl")):
            self.timer.check()
            if child.tag == f"{W}p":
                number, _ = self.numbering.number(child)
                boxes = []
                if text := _text(child, boxes):
                    out.append(f"{number} {text}" if number else text)
                for box in boxes:
                    out.extend(self.cell(box))
            else:
                for tr in _children(child, ("tr",)):
                    for tc in _children(tr, ("tc",)):
                        out.extend(self.cell(tc))
        return out

    def add(self, block: Block) -> None:
        self.size += len(block.text) + sum(len(p) + 1 for cell in block.cells or () for p in cell) + 1
        if self.size > MAX_TEXT_CHARS:
            raise too_long()
        self.blocks.append(block)


def _children(parent, names: tuple[str, ...]):
    """The children of `parent` named `names` (w:p, w:tbl...), looking through content controls, custom XML,
    tracked insertions, and the mc:Choice of markup-compatibility blocks."""
    wanted = {f"{W}{name}" for name in names}
    for child in parent.iterchildren():
        if child.tag in wanted:
            yield child
        elif child.tag in _THROUGH or child.tag in (MC_ALTERNATE, MC_CHOICE):
            yield from _children(child, names)


def _text(p, boxes: list) -> str:
    """The text of paragraph `p` as Word shows it (soft breaks and tabs as spaces, whitespace collapsed);
    the text boxes anchored in it are appended to `boxes`."""
    out: list[str] = []
    _collect(p, out, boxes)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _collect(element, out: list[str], boxes: list) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag in _SPACE:
            out.append(" ")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        elif tag == f"{W}txbxContent":
            boxes.append(child)
        elif tag in _SKIP or not isinstance(tag, str) or (tag == f"{W}r" and _hidden(child)):
            continue
        elif len(child):
            _collect(child, out, boxes)


def _continues_across(props) -> bool:
    """A cell merged into the one on its left the old way (w:hMerge, Word 2003): shown as part of it."""
    merge = props.find(f"{W}hMerge") if props is not None else None
    return merge is not None and merge.get(f"{W}val") in (None, "continue")


def _hidden(run) -> bool:
    """A run formatted as hidden text (w:vanish): Word neither shows nor prints it."""
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(f"{W}val") not in ("0", "false", "off")


def _val(element, default: int) -> int:
    try:
        return int(element.get(f"{W}val")) if element is not None else default
    except (TypeError, ValueError):
        return default


def _check_counts(body) -> None:
    """Paragraphs and runs counted before reading them: one cell can hold more paragraphs than any program,
    and the walk checks the time between paragraphs, not inside one."""
    paragraphs = runs = 0
    for element in body.iter(f"{W}p", f"{W}r"):
        if element.tag == f"{W}p":
            paragraphs += 1
        else:
            runs += 1
        if paragraphs > MAX_PARAGRAPHS or runs > MAX_RUNS:
            raise ExtractError(f"tệp .docx có quá nhiều đoạn văn (quá {MAX_PARAGRAPHS:,} đoạn hoặc {MAX_RUNS:,} "
                               "đoạn định dạng); chương trình công tác không dài như vậy".replace(",", "."))


def _check_tables(body) -> None:
    """No row wider than MAX_TABLE_COLUMNS (merged cells counted as the columns they span): a cell claiming
    to span a billion columns is a damaged or hostile file."""
    for tr in body.iter(f"{W}tr"):
        if sum(max(_val(tc.find(f"{W}tcPr/{W}gridSpan"), 1), 1) for tc in tr.iterchildren(f"{W}tc")) \
                > MAX_TABLE_COLUMNS:
            raise ExtractError(f"tệp Word có bảng rộng quá {MAX_TABLE_COLUMNS} cột (ô gộp sai)")
