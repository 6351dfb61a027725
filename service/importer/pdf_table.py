""".pdf tables -> row blocks: a weekly schedule printed from a Word table ("Thứ, ngày | Buổi | Nội dung | Chủ
trì | Thành phần | Địa điểm | Chuẩn bị") read back as the same rows the .docx reader gives, for table.py.

A page's text is read fragment by fragment with its position (pypdf's text-state machinery, each Tj/TJ string
placed by the text matrix and the CTM), and its ruling lines from the content stream's paths (`m`/`l`/`re`
stroked, or thin filled rectangles, under the CTM). Horizontal rulings cut the grid into bands, the vertical
rulings crossing a band into cells (a cell spread over columns is one cell, as in docx); a cell whose top
ruling is missing continues the cell above (a merged day cell): its text, gathered over all its bands, is
repeated in each row, as read_docx does for vMerge. A grid is a schedule table when table.py finds its header
row among the first rows (the header vocabulary is table.py's); a grid atop the next page (nothing but a page
number after the table, nothing above the grid) with the same columns continues it, a repeated header row
dropped; a row split by the page break (its rulings open at the grid's edge) is joined back into one. Without rulings, a line whose pieces are all
column headings starts a borderless table: columns from the headings' x extents, and a new row where the
first two columns start new text.

A cell's lines are joined with a space; a line starting with a list marker ("- ", "+ ", "a) ") starts a new
paragraph of the cell. Pages where no table is found return None: the caller reads them as it always did."""
import bisect
import re
from dataclasses import dataclass

from service.importer.document import Block

MAX_FRAGMENTS = 200_000  # per page: beyond, no table reading (the page is read as lines)
MAX_SEGMENTS = 20_000
MAX_BANDS = 2_000
MAX_GRID_WORK = 250_000  # horizontal by vertical rulings: beyond, the rulings are not read (a drawing, a hostile file)
MAX_COLUMNS = 64  # a band cut into more cells is no table's (upload_limits.MAX_TABLE_COLUMNS for a .docx)
_MARKER = re.compile(r"(?:[-–+•]|[a-zđ]\)|\d{1,2}[.)])\s")
TOL = 1.5  # points: rulings this close are one

# A line that is only a page number ("- 3 -", "Trang 2/5"): page furniture, never text.
PAGE_NUMBER = re.compile(r"(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?|(?:trang|page)\s*\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?"
                         r"|\d{1,4}\s*/\s*\d{1,4}", re.I)


@dataclass
class Frag:
    text: str
    x0: float
    x1: float
    y: float  # baseline, upwards
    size: float


# ---- reading the content stream ---------------------------------------------------------------------------

def text_pass(operations: list, fonts: dict) -> tuple[list, list[Frag]]:
    """One pass over the page's text operators: pypdf's layout-mode BT groups, exactly as its
    text_show_operations gives them (the page's lines as read_pdf has always read them), and every
    text-show string as a fragment placed in page space (y upwards), rotated text left out. pypdf's layout
    reader overlooks a cm outside any q/BT (WeasyPrint's y flip); the fragments do not."""
    from pypdf._text_extraction._layout_mode import _fixed_width_page as fw  # noqa: PLC0415
    from pypdf._text_extraction._layout_mode._text_state_manager import TextStateManager  # noqa: PLC0415

    state, groups, placed, ops = TextStateManager(), [], [], iter(operations)
    outer = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for operands, op in ops:
        if op in (b"BT", b"q"):
            bts, tjs = fw.recurse_to_target_op(ops, state, b"ET" if op == b"BT" else b"Q", fonts, True)
            groups.extend(bts)
            if len(placed) <= MAX_FRAGMENTS:
                placed.append((outer, tjs))
        elif op == b"Tf":
            fw.set_font_operation(state, fonts, operands)
        else:
            if op == b"cm" and (m := _num(operands, 6)) is not None:
                outer = _mult(m, outer)
            state.set_state_param(op, operands)
    min_x = min((g["tx"] for g in groups), default=0.0)
    groups = [dict(g, tx=g["tx"] - min_x, displaced_tx=g["displaced_tx"] - min_x)
              for g in sorted(groups, key=lambda g: (g["ty"] * g["flip_sort"], -g["tx"]), reverse=True)]
    out = []
    for (a, b, c, d, e, f), tjs in placed:
        for tj in tjs:
            if tj.rotated or not tj.font.interpretable or not tj.text:
                continue
            if len(out) > MAX_FRAGMENTS:
                return groups, []
            x0, x1 = sorted((a * tj.tx + c * tj.ty + e, a * tj.displaced_tx + c * tj.ty + e))
            size = abs(tj.font_height * (d if abs(d) > 1e-9 else 1.0)) or 1.0
            out.append(Frag(tj.text, x0, x1, b * tj.tx + d * tj.ty + f, size))
    return groups, out


def _mult(m, n):
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _num(values, count):
    try:
        out = [float(v) for v in values[-count:]]
    except (TypeError, ValueError):
        return None
    return out if len(out) == count else None


def rulings(operations: list) -> tuple[list, list]:
    """The page's horizontal rulings (y, x0, x1) and vertical ones (x, y0, y1): stroked axis-parallel
    segments, and filled rectangles thinner than 3 points."""
    ctm, stack, path, start = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), [], [], None
    horizontal, vertical = [], []

    def point(x, y):
        a, b, c, d, e, f = ctm
        return x * a + y * c + e, x * b + y * d + f

    def add(p, q):
        (x0, y0), (x1, y1) = p, q
        if abs(y0 - y1) < 0.5 and abs(x0 - x1) > 2:
            horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) < 0.5 and abs(y0 - y1) > 2:
            vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))

    for operands, op in operations:
        if len(horizontal) + len(vertical) > MAX_SEGMENTS:
            return [], []
        if op == b"q":
            if len(stack) < 64:
                stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop() if stack else ctm
        elif op == b"cm":
            if (m := _num(operands, 6)) is not None:
                ctm = _mult(m, ctm)
        elif op == b"m":
            if (v := _num(operands, 2)) is not None:
                start = point(*v)
                path.append([start])
        elif op == b"l":
            if (v := _num(operands, 2)) is not None and path:
                path[-1].append(point(*v))
        elif op == b"h":
            if path and start is not None:
                path[-1].append(path[-1][0])
        elif op == b"re":
            if (v := _num(operands, 4)) is not None:
                x, y, w, h = v
                corners = [point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h)]
                path.append([*corners, corners[0]])
        elif op in (b"S", b"s", b"B", b"B*", b"b", b"b*"):
            for sub in path[:MAX_SEGMENTS]:
                for p, q in zip(sub, sub[1:]):
                    add(p, q)
            path = []
        elif op in (b"f", b"F", b"f*"):
            for sub in path[:MAX_SEGMENTS]:
                xs, ys = [p[0] for p in sub], [p[1] for p in sub]
                x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
                if y1 - y0 <= 3 and x1 - x0 > 2:
                    horizontal.append(((y0 + y1) / 2, x0, x1))
                elif x1 - x0 <= 3 and y1 - y0 > 2:
                    vertical.append(((x0 + x1) / 2, y0, y1))
            path = []
        elif op == b"n":
            path = []
    return _merge(horizontal), _merge(vertical)


def _merge(segments: list) -> list:
    """Segments on one line (to TOL) joined where they touch: [(position, [(start, end), ...])]."""
    out = []
    for at, lo, hi in sorted(segments):
        if out and at - out[-1][0] <= TOL:
            out[-1][1].append((lo, hi))
        else:
            out.append([at, [(lo, hi)]])
    merged = []
    for at, spans in out:
        spans.sort()
        joined = [list(spans[0])]
        for lo, hi in spans[1:]:
            if lo <= joined[-1][1] + 2:
                joined[-1][1] = max(joined[-1][1], hi)
            else:
                joined.append([lo, hi])
        merged.append((at, joined))
    return merged


def _covers(spans, lo, hi) -> bool:
    return any(a <= lo + TOL and b >= hi - TOL for a, b in spans)


# ---- text of a cell ---------------------------------------------------------------------------------------

def text_lines(frags: list[Frag]) -> list[list[Frag]]:
    """Fragments as lines, top to bottom, each left to right."""
    lines = []
    for f in sorted(frags, key=lambda f: -f.y):
        if lines and abs(lines[-1][0].y - f.y) <= 0.4 * max(f.size, lines[-1][0].size):
            lines[-1].append(f)
        else:
            lines.append([f])
    return [sorted(line, key=lambda f: f.x0) for line in lines]


def joined(line: list[Frag]) -> str:
    text, last = "", None
    for f in line:
        if not f.text.strip():
            if text and not text.endswith(" "):
                text += " "
            last = f
            continue
        if last is not None and text and not text.endswith(" ") and f.x0 - last.x1 >= 0.15 * f.size:
            text += " "
        text += f.text
        last = f
    return re.sub(r"\s+", " ", text).strip()


def paragraphs(frags: list[Frag]) -> list[str]:
    out = []
    for line in text_lines(frags):
        text = joined(line)
        if not text:
            continue
        if out and not _MARKER.match(text):
            out[-1] += " " + text
        else:
            out.append(text)
    return out


# ---- tables -----------------------------------------------------------------------------------------------

@dataclass
class Row:
    cells: list  # per cell, its paragraphs
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    open_top: bool = False  # the grid's first band, with no ruling above: a row split by a page break
    open_bottom: bool = False


def _header_at(rows: list[Row]) -> int | None:
    from service.importer.table import _header  # noqa: PLC0415 - the header vocabulary is table.py's

    found = _header([Block(cells=[list(c) for c in r.cells]) for r in rows])
    return None if found is None else found[0]


def _flat(row: Row) -> list[str]:
    return [" ".join(c) for c in row.cells]


def read_page(operations: list, frags: list[Frag], state: dict, check=None) -> list | None:
    """The page as ("row", Row) and ("frags", [Frag]) items top to bottom, or None without a table.
    `state` carries an open table to the next page; `check` raises when the time budget is spent."""
    check = check or (lambda: None)
    if not frags:
        return None
    check()
    tables = _ruled(frags, operations, state, check)
    check()
    if not tables:
        tables = _borderless(frags, state)
    if not tables:
        state.clear()
        return None
    used = set()
    items = []
    for rows, members in tables:
        used |= members
        items += [("row", r) for r in rows]
    rest = [f for i, f in enumerate(frags) if i not in used]
    for line in text_lines(rest):
        items.append(("frags", line))
    items.sort(key=lambda item: -(item[1].top if item[0] == "row" else item[1][0].y))
    return items


def _ruled(frags: list[Frag], operations: list, state: dict, check) -> list:
    horizontal, vertical = rulings(operations)
    if len(horizontal) < 2 or len(vertical) < 2 or len(horizontal) * len(vertical) > MAX_GRID_WORK:
        return []
    ys = [y for y, _ in horizontal][::-1][:MAX_BANDS]  # top first
    spans_at = {y: spans for y, spans in horizontal}
    bands = []  # (top, bottom, [(x0, x1), ...])
    for top, bottom in zip(ys, ys[1:]):
        if top - bottom <= 2:
            continue
        xs = [x for x, spans in vertical if _covers(spans, bottom + 1, top - 1)]
        bands.append((top, bottom, list(zip(xs, xs[1:])) if 2 <= len(xs) <= MAX_COLUMNS + 1 else []))
    grids, current = [], []
    for band in bands:
        if band[2] and (not current or abs(current[-1][1] - band[0]) < 0.01):
            current.append(band)
        else:
            if current:
                grids.append(current)
            current = [band] if band[2] else []
    if current:
        grids.append(current)
    frag_y = sorted(range(len(frags)), key=lambda i: frags[i].y)
    ykeys = [frags[i].y for i in frag_y]
    tables = []
    for grid in grids:
        check()
        grid = _open_ends(grid, vertical)
        # a boundary no ruling crosses over any cell (an underline in a cell) is no boundary
        merged = [list(grid[0])]
        for top, bottom, cells, *open_end in grid[1:]:
            spans = spans_at.get(top, [])
            if open_end or any(_covers(spans, a + (b - a) / 4, b - (b - a) / 4) for a, b in cells):
                merged.append([top, bottom, cells, *open_end])
            else:
                merged[-1][1] = bottom
        rows, members = _grid_rows(merged, spans_at, frags, frag_y, ykeys)
        if state.get("new_page") and _text_above(frags, rows[0].top):
            state.pop("new_page")  # a heading above the grid: a table of its own, not the one going on
        if (table := _as_table(rows, members, state)) is not None:
            tables.append(table)
    return tables


def join_cells(before: list, after: list) -> list:
    """A row split by a page break made one again: each cell's paragraphs, the first after the break
    continuing the last before it (unless it starts with a list marker)."""
    out = []
    for a, b in zip(before, after):
        a, b = list(a), list(b)
        if a and b and not _MARKER.match(b[0]):
            a[-1] += " " + b.pop(0)
        out.append(a + b)
    return out


def _open_ends(grid: list, vertical: list) -> list:
    """A row split by a page break is drawn open: the columns' rulings go on past the grid's first (or last)
    horizontal ruling. The part beyond is a band of its own."""
    top, bottom = grid[0][0], grid[-1][1]
    above = [(x, hi) for x, spans in vertical for lo, hi in spans if abs(lo - top) <= 2 * TOL or lo < top - 2 < hi]
    above = [(x, hi) for x, hi in above if hi > top + 2]
    below = [(x, lo) for x, spans in vertical for lo, hi in spans if lo < bottom - 2 and hi >= bottom - 2 * TOL]
    out = list(grid)
    if len(above) >= 2:
        edge = min(hi for _, hi in above)
        xs = sorted(x for x, _ in above)
        out.insert(0, (edge, top, list(zip(xs, xs[1:])), "top"))
    if len(below) >= 2:
        edge = max(lo for _, lo in below)
        xs = sorted(x for x, _ in below)
        out.append((bottom, edge, list(zip(xs, xs[1:])), "bottom"))
    return out


def _text_above(frags: list[Frag], top: float) -> bool:
    above = [joined(line) for line in text_lines([f for f in frags if f.y > top + 1])]
    return any(text and not PAGE_NUMBER.fullmatch(text) for text in above)


def _grid_rows(bands, spans_at, frags, frag_y, ykeys):
    chains = []  # per band, per cell: the chain index
    chain_frags: list[list[int]] = []
    members = set()
    for b, (top, bottom, cells, *_) in enumerate(bands):
        lo, hi = bisect.bisect_right(ykeys, bottom), bisect.bisect_left(ykeys, top)
        inside = [frag_y[k] for k in range(lo, hi)]
        row_chains = []
        for a, z in cells:
            mid, quarter = (a + z) / 2, (z - a) / 4
            chain = None
            if b and not _covers(spans_at.get(top, []), mid - quarter, mid + quarter):
                chain = next((chains[b - 1][j] for j, (pa, pz) in enumerate(bands[b - 1][2]) if pa <= mid <= pz), None)
            if chain is None:
                chain = len(chain_frags)
                chain_frags.append([])
            row_chains.append(chain)
        lefts = [a for a, _ in cells]
        for i in inside:
            f = frags[i]
            at = f.x0 + min(1.0, (f.x1 - f.x0) / 2)
            j = bisect.bisect_right(lefts, at) - 1
            if j >= 0 and at < cells[j][1]:
                chain_frags[row_chains[j]].append(i)
                members.add(i)
        chains.append(row_chains)
    texts = [paragraphs([frags[i] for i in c]) for c in chain_frags]
    rows = []
    for (top, bottom, cells, *open_end), row_chains in zip(bands, chains):
        size = max((frags[i].size for c in row_chains for i in chain_frags[c]), default=10.0)
        rows.append(Row([list(texts[c]) for c in row_chains], top, bottom, cells[0][0], cells[-1][1], size,
                        open_end == ["top"], open_end == ["bottom"]))
    return rows, members


def _as_table(rows: list[Row], members: set, state: dict):
    """The grid's rows if it is a schedule table (a header among its first rows) or continues the table of
    the page before (same columns); else nothing."""
    at = _header_at(rows)
    columns = [len(r.cells) for r in rows]
    if at is not None:
        header, x0, x1 = _flat(rows[at]), rows[0].x0, rows[0].x1
        if state.pop("new_page", False) and state.get("open_table") and state.get("header") == header:
            rows = rows[at + 1:]  # Word repeats the header row atop each page: read once (not a new table's)
        state.update(header=header, x0=x0, x1=x1)
        return rows, members
    if state.pop("new_page", False) and state.get("open_table") and state.get("header") and abs(rows[0].x0 - state["x0"]) <= 3 \
            and abs(rows[0].x1 - state["x1"]) <= 3 and max(columns) == len(state["header"]):
        return rows, members
    return None


# ---- borderless tables ------------------------------------------------------------------------------------

def _pieces(line: list[Frag]) -> list[list[Frag]]:
    """A line's fragments in groups separated by more than a font height (a table's columns)."""
    groups = []
    for f in line:
        if not f.text.strip():
            continue
        if groups and f.x0 - groups[-1][-1].x1 <= 1.0 * f.size:
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def _borderless(frags: list[Frag], state: dict) -> list:
    from service.importer.table import _is_header, _kind  # noqa: PLC0415

    index = {id(f): i for i, f in enumerate(frags)}
    lines = text_lines(frags)
    tables = []
    k = 0
    while k < len(lines):
        pieces = _pieces(lines[k])
        kinds = [_kind(joined(p)) for p in pieces]
        if len(pieces) < 3 or None in kinds or not _is_header(kinds):
            k += 1
            continue
        # a cell's text starts at its column's left edge: after the heading to the left ends (a heading
        # may be centred over its column), and no cell's text reaches the next heading
        starts = [float("-inf")] + [p[-1].x1 + 0.5 for p in pieces[:-1]]
        heads = [p[0].x0 for p in pieces]
        x0, x1 = pieces[0][0].x0, pieces[-1][-1].x1
        header = [joined(p) for p in pieces]
        repeated = state.get("header") == header
        state.update(header=header, x0=x0, x1=x1)
        body, members = [], {index[id(f)] for f in lines[k]}
        rows = [] if repeated else [("cells", [[h] for h in header], lines[k])]
        step = None
        k += 1
        while k < len(lines):
            line = lines[k]
            gap = lines[k - 1][0].y - line[0].y
            size = max(f.size for f in line)
            if gap > 3 * (step or 1.5 * size):
                break
            if any(_crosses(p, starts, heads, size) for p in _pieces(line)):
                break
            step = gap if step is None else min(step, gap) if gap > 0.5 * size else step
            body.append(line)
            members |= {index[id(f)] for f in line}
            k += 1
        rows += _borderless_rows(body, starts)
        built = []
        for _, cells, first in rows:
            y = first[0].y if isinstance(first, list) else first
            size = max((f.size for f in first), default=10.0) if isinstance(first, list) else 10.0
            built.append(Row(cells, y + 0.8 * size, y - 0.3 * size, x0, x1, size))
        tables.append((built, members))
    return tables


def _column(f: Frag, starts: list[float]) -> int:
    return bisect.bisect_right(starts, f.x0 + 0.5) - 1


def _crosses(piece: list[Frag], starts: list[float], heads: list[float], size: float) -> bool:
    """A piece reaching past the next column's heading: text across the columns, not a cell's."""
    j = _column(piece[0], starts)
    return j + 1 < len(heads) and piece[-1].x1 > heads[j + 1] + size


def _borderless_rows(body: list[list[Frag]], starts: list[float]) -> list:
    n = len(starts)
    groups, previous, step = [], set(), None
    for k, line in enumerate(body):
        cols = {_column(piece[0], starts) for piece in _pieces(line)}
        gap = body[k - 1][0].y - line[0].y if k else 0
        first = {c for c in cols if c < 2}
        new = not groups or (first and (not first & previous or (step and gap > 1.3 * step)))
        if not new and k:
            step = gap if step is None else min(step, gap)
        if new:
            groups.append([])
        groups[-1].append(line)
        previous = cols
    rows = []
    for group in groups:
        cells = [[] for _ in range(n)]
        for line in group:
            for piece in _pieces(line):  # a piece by where it starts: a word may reach past a heading's end
                cells[_column(piece[0], starts)].extend(piece)
        rows.append(("cells", [paragraphs(c) for c in cells], group[0]))
    return rows  # an empty day cell under a dated row is that day's (table.py), as a merged one would be
