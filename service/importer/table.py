"""Schedule tables: the rows of a Word table ("Thứ, ngày | Buổi | Nội dung | Chủ trì | Thành phần | Địa
điểm", "TT | Ngày | Nội dung | Đơn vị chuẩn bị | Chủ trì | Ghi chú", ...) read into event drafts.

The header row says which column is which, in whatever wording and order the office used; rows made of
one merged cell are the table's title, section headings ("I. LỊCH HỌP", "TUẦN 2") or day headings
("Thứ Hai 06/11"). A row that carries a date but becomes no event is reported in `skipped`, with why."""
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from service.vocabulary import WEEKDAY_LABELS
from service.importer import grammar
from service.importer.people import read as read_people
from service.importer.document import Block
from service.importer.found import Draft, Skipped
from service.importer.items import UNITS_TAIL, Item, _units
from service.importer import recognise
from service.importer.recognise import sentence as _sentence
from service.importer.table_cells import BULLET, LEADING_CLOCK, SLOT_LEAD, TENTATIVE, UNDATED, WEEKDAY, When, \
    content_events, kind_of, read_chair, read_clock, read_slot, read_units, read_when

# The kind of a header cell, first match wins: "Đơn vị chủ trì chuẩn bị" is the preparing unit, not the
# chair; "Thời gian, địa điểm" is rare enough to be read as a place.
COLUMNS = (
    ("note", r"ghi\s{0,3}chú"),
    ("number", r"^(?:s?tt|số\s{1,3}(?:tt|thứ\s{1,3}tự))\.?$"),
    ("prep", r"chuẩn\s{1,3}bị|(?:cơ\s{1,3}quan|đơn\s{1,3}vị)\s{1,3}(?:chủ\s{1,3}trì|thực\s{1,3}hiện|tham\s{1,3}mưu|"
             r"phụ\s{1,3}trách)|^(?:cơ\s{1,3}quan|đơn\s{1,3}vị)$"),
    ("attendees", r"thành\s{1,3}phần|tham\s{1,3}dự|người\s{1,3}dự|đại\s{1,3}biểu|mời"),
    ("chair", r"chủ\s{1,3}trì|lãnh\s{1,3}đạo|thường\s{1,3}trực|phụ\s{1,3}trách"),
    ("location", r"địa\s{1,3}điểm|(?<!\w)nơi(?!\w)"),
    ("content", r"nội\s{1,3}dung|công\s{1,3}việc|hoạt\s{1,3}động|sự\s{1,3}kiện"),
    ("slot", r"^buổi$"),
    # a task list's deadline ("Thời gian hoàn thành", "Thời hạn", "Tiến độ"): tasks, not a schedule
    ("deadline", r"hoàn\s{1,3}thành|thời\s{1,3}hạn|hạn\s{1,3}(?:chót|nộp)|tiến\s{1,3}độ"),
    ("when", r"thời\s{1,3}gian|ngày|(?<!\w)thứ(?!\w)|(?<!\w)giờ(?!\w)|buổi|thời\s{1,3}điểm"),
)
COLUMN_RES = tuple((kind, re.compile(rx, re.I)) for kind, rx in COLUMNS)
AT_OFFICE = re.compile(r"^(?:[^:]{0,60}:\s{0,3})?(?:(?:sáng|chiều)\s{1,3})?(?:làm\s{1,3}việc|trực)(?:\s{1,3}thường"
                       r"\s{1,3}xuyên)?\s{1,3}tại\s{1,3}(?:cơ\s{1,3}quan|trụ\s{1,3}sở|văn\s{1,3}phòng)\.?$", re.I)
SLOT_NOTE = re.compile(r"\(\s{0,2}(sáng|chiều|tối|cả\s{1,3}ngày|ngày)\s{0,2}(?:[;,]\s{0,3}([^()]{1,200}?))?"
                       r"\s{0,2}\)\.?$", re.I)  # "(chiều; dự: đ/c X)" closing a paragraph
TOLERANCE = timedelta(days=7)  # a weekly schedule's week may start or end in the next or previous month
HEADER_ROWS = 6  # the header is among the first rows (after a title row or two)


@dataclass
class TableResult:
    drafts: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


def _at_office(text: str) -> bool:
    """"Làm việc tại cơ quan", "Lãnh đạo UBND huyện làm việc tại cơ quan.": nothing to attend."""
    return bool(AT_OFFICE.match(text)) or recognise.office_work(text) or recognise.elsewhere(text) or \
        recognise.day_off(text)  # "Nghỉ bù lễ Quốc khánh": nothing to attend either


def _flat(cell: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(p for p in cell if p)).strip()


def _kind(text: str) -> str | None:
    text = re.sub(r"\s+", " ", text).strip(" .:")
    if not text or len(text) > 60:  # a header cell is a few words
        return None
    return next((kind for kind, rx in COLUMN_RES if rx.search(text)), None)


def _kinds(row: Block) -> list:
    return [_kind(_flat(c)) for c in row.cells]


def _is_header(kinds: list) -> bool:
    return "content" in kinds and any(k in ("when", "slot") for k in kinds)


def _merge_header(first: list, second: list) -> list:
    """A header spanning two rows ("Thời gian" over "Ngày | Buổi"): the lower row names its columns, the
    upper row the rest. The upper row may have fewer cells (a horizontal merge kept once)."""
    extra, out, pos = len(second) - len(first), [], 0
    for kind in first:
        span = 1
        while extra > 0 and pos + span < len(second) and second[pos + span] and second[pos + span] == second[pos]:
            span, extra = span + 1, extra - 1
        if extra > 0 and kind in ("when", None) and pos + span < len(second) and second[pos] == "when" \
                and second[pos + span] == "slot":
            span, extra = span + 1, extra - 1  # "Thời gian" over "Ngày | Buổi"
        out += [kind] * span
        pos += span
    out += [None] * (len(second) - len(out))
    return [low or up for up, low in zip(out, second)]


def _header(rows: list[Block]) -> tuple[int, list] | None:
    for i, row in enumerate(rows[:HEADER_ROWS]):
        if not row.is_row:
            continue
        kinds = _kinds(row)
        if sum(k is not None for k in kinds) < 2:
            continue
        below = _kinds(rows[i + 1]) if i + 1 < len(rows) and rows[i + 1].is_row else []
        two_rows = sum(k is not None for k in below) >= 1 and all(
            k is not None or not _flat(c) for k, c in zip(below, rows[i + 1].cells))
        if two_rows:
            merged = _merge_header(kinds, below)
            if _is_header(merged) and merged != kinds:
                return i + 1, merged
        if _is_header(kinds):
            return i, kinds
    return None


def table_drafts(rows: list[Block], year: int, month: int) -> TableResult | None:
    """Drafts from a schedule table's rows; None when the rows have no header with a time column and a
    content column (the caller then reads the cells as paragraphs)."""
    found = _header(rows)
    if found is None:
        return None
    at, kinds = found
    return _Reader(kinds, year, month).read(rows[at + 1:])


class _Reader:
    def __init__(self, kinds: list, year: int, month: int):
        self.kinds, self.year, self.month = kinds, year, month
        first = date(year, month, 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.period = (first - TOLERANCE, last + TOLERANCE)
        self.result = TableResult()
        self.day = None  # the day that a row with an empty date cell continues (after a dated row only)
        self.section_tentative = False
        self.outside = False  # the day above was outside the period: rows continuing it are outside too

    def warn(self, line: int, message: str) -> None:
        self.result.warnings.append(f"Dòng {line}: {message}")

    def skip(self, row: Block, reason: str) -> None:
        text = " | ".join(t for t in (_flat(c) for c in row.cells) if t)
        self.result.skipped.append(Skipped(row.line, text[:300], reason))

    def columns(self, row: Block) -> list:
        """The kind of each of the row's cells. A row with fewer cells than the header has a horizontal
        merge, kept once: most often the date over the "Buổi" column ("Từ 13-15/11" across both), so when the
        cell under "Buổi" reads as no slot or hour, the cells are counted from the right."""
        n = len(row.cells)
        if n >= len(self.kinds) or n < 2:
            return self.kinds[:n]
        left = self.kinds[:n]
        if "slot" in left:
            text = _flat(row.cells[left.index("slot")])
            if text and (len(text) > 25 or not (read_slot(text, text) or read_clock(text)[0])):  # no "Sáng 8h"
                return self.kinds[-n:]
        return left

    def cell(self, row: Block, kind: str, joiner: str = " ") -> str:
        texts = [_flat(row.cells[j]) for j, k in enumerate(self.columns(row)) if k == kind]
        return re.sub(r"\s+", " ", joiner.join(t for t in texts if t)).strip()

    def joined(self, row: Block, kind: str) -> str:
        """A people or place cell, its paragraphs as a list ("Đ/c Nguyễn Văn A" / "PCT UBND" / "- Công an xã")."""
        return ", ".join(BULLET.sub("", p).strip(" ,;") for p in self.paragraphs(row, kind))

    def paragraphs(self, row: Block, kind: str) -> list[str]:
        return [p.strip() for j, k in enumerate(self.columns(row)) if k == kind
                for p in row.cells[j] if p and p.strip()]

    def read(self, rows: list[Block]) -> TableResult:
        for row in rows:
            if not row.is_row:
                continue
            # a section row may keep its number ("I | LỊCH HỌP, HỘI NGHỊ" with the rest merged)
            texts = [_flat(c) for j, c in enumerate(row.cells)
                     if len(row.cells) == 1 or j >= len(self.kinds) or self.kinds[j] != "number"]
            distinct = {t for t in texts if t}
            if not distinct:
                continue
            if len(distinct) == 1 and (len(row.cells) < len(self.kinds) or all(texts)):
                self.heading(row, next(iter(distinct)))  # one merged cell (kept once, or repeated per column)
                continue
            self.row(row)
        return self.result

    def heading(self, row: Block, text: str) -> None:
        """A merged row: a day heading ("Thứ Hai 06/11") or a section ("I. LỊCH HỌP", "TUẦN 2")."""
        when = read_when(text, "", self.year, self.month)
        rest = re.sub(r"(?i)thứ\s{1,3}\w{1,4}|chủ\s{1,3}nhật|ngày|tháng|năm|[\d/.,:()\s–-]", "", text)
        if len(when.days) == 1 and not when.span and len(rest) <= 2:
            self.outside = not self.in_period(when.days[0])
            self.day = None if self.outside else when.days[0]
            self.check_weekday(row, when)
            return
        if len(when.days) == 1 and not when.span and not re.match(r"(?i)\s{0,3}tuần", text):
            self.skip(row, "dòng gộp có ngày nhưng không phải sự kiện hay tiêu đề ngày")
        self.day, self.outside = None, False
        self.section_tentative = bool(TENTATIVE.search(text))

    def in_period(self, day: date) -> bool:
        return self.period[0] <= day <= self.period[1]

    def check_weekday(self, row: Block, when: When) -> None:
        if when.stated_weekday is not None and len(when.days) == 1 and \
                when.days[0].weekday() != when.stated_weekday:
            day = when.days[0]
            self.warn(row.line, f"ngày {day:%d/%m/%Y} là {WEEKDAY_LABELS[day.weekday()]}, văn bản ghi "
                                f"{WEEKDAY_LABELS[when.stated_weekday]}")

    def row(self, row: Block) -> None:
        when_text = " ".join(t for t in (self.cell(row, "when"), self.cell(row, "slot")) if t)
        when = read_when(when_text, self.cell(row, "slot"), self.year, self.month)
        content = self.paragraphs(row, "content")
        if not content:
            if when.dated and len(when.days) == 1 and not any(
                    self.cell(row, k) for k in ("slot", "chair", "attendees", "location", "prep")) \
                    and not when.slot and not when.clock:
                return self.heading(row, when_text)  # "Thứ Ba 07/11" with the other cells empty: a day heading
            if when.dated or when.slot or when.clock:
                self.skip(row, "có ngày nhưng không có nội dung")
            return None
        if all(_at_office(p) for p in content):
            if len(when.days) == 1 and self.in_period(when.days[0]):
                self.day, self.outside = when.days[0], False
            return self.skip(row, "làm việc tại cơ quan")
        # "Hội nghị X (thời gian thông báo sau)" with an empty date cell; but an hour under a day's row is that
        # day's ("7h30 | Dự Hội nghị … (theo Giấy mời)": the invitation gives the details, not the date)
        if not when.dated and not (self.day is not None and when.clock and not self.outside) and (
                UNDATED.search(content[0]) or recognise.UNDATED.search(content[0])):
            when.undated = when.dated = True
        if not when.dated and self.outside and (when.slot or when.clock):
            return self.skip(row, "ngoài thời gian của chương trình")
        if not when.dated:
            stated = WEEKDAY.search(when_text)
            if self.day is None or not (when.slot or when.clock) or (
                    stated and grammar.weekday_of(stated.group(0)) != self.day.weekday()):
                return self.skip(row, "không rõ ngày (ô thời gian trống hoặc không đọc được)")
            when.days = [self.day]  # an empty date cell under a dated row: the same day, another slot
        elif when.days or when.span:
            self.check_weekday(row, when)
            first, last = when.span or (min(when.days), max(when.days))
            if last < self.period[0] or first > self.period[1]:
                self.day, self.outside = None, True
                return self.skip(row, "ngoài thời gian của chương trình")
            when.days = [d for d in when.days if self.in_period(d)]
        self.day = when.days[0] if len(when.days) == 1 and not when.span else None
        self.outside = False
        for text, items in content_events(content, row.line):
            if _at_office(SLOT_LEAD.sub("", text)):  # "Sáng: Làm việc tại cơ quan" beside a meeting
                self.skip(row, "làm việc tại cơ quan")
                continue
            for day in when.days or [None]:
                self.event(row, when, day, text, items)
        return None

    def changed(self, draft: Draft, text: str) -> str:
        """A change written in the content, as the text parser reads it: "(lùi sang 8 giờ 00 sáng thứ Năm,
        ngày 13/6)" moves the event; "(HOÃN, …)" calls it off (in brackets only: "hủy hoại rừng" is no
        cancellation); "(chuyển từ ngày 07/6)" is the old date, dropped from the title."""
        text = re.sub(r"\s{0,3}\(\s{0,2}" + recognise.MOVED_FROM.pattern + r"[^()]{0,40}\)", "", text, flags=re.I)
        move = recognise.MOVE.search(text)
        if move:
            kind, moved = recognise.change(text, self.year, self.month)
            if kind == "postpone" and moved and moved.days:
                draft.change, draft.day, draft.span = "postpone", moved.days[0], None
                draft.slot = moved.slot or draft.slot
                draft.clock = moved.clock or (None if moved.slot and moved.slot != draft.slot else draft.clock)
                return re.sub(r"[\s(,;–-]+$", "", text[:move.start()])
        bracket = re.search(r"\s{0,3}\(([^()]{0,120})\)\s{0,2}\.?$", text)
        if bracket and recognise.CANCEL.search(bracket.group(1)):
            draft.change = "cancel"
            return text[:bracket.start()]
        return text

    def event(self, row: Block, when: When, day, text: str, items: list) -> None:
        note = self.cell(row, "note")
        draft = Draft("", "other", row.line, text=" | ".join(_flat(c) for c in row.cells if _flat(c)))
        draft.tentative = when.tentative or self.section_tentative or bool(TENTATIVE.search(text)) or \
            bool(TENTATIVE.search(note))
        draft.day, draft.span, draft.weekly, draft.slot, draft.clock = day, when.span, when.weekly, when.slot, \
            when.clock
        m = SLOT_LEAD.match(text)
        if m:
            draft.slot, text = grammar.slot_of(m.group(1)), text[m.end():]
        m = LEADING_CLOCK.match(text)
        if m:
            clock, _ = read_clock(m.group(1))
            draft.clock = draft.clock or clock
            text = text[m.end():]
        stretch = grammar.span_note(text, day, self.year, self.month) if day and not draft.span and "(" in text else None
        if stretch:  # "dự Đại hội … (từ ngày 14 đến ngày 16/10)" in the row of the 14th: the event lasts
            draft.span, draft.day = stretch[0], None
            text = text[:stretch[1].start()] + text[stretch[1].end():]
        note_slot, chair_in_note = SLOT_NOTE.search(text), None
        if note_slot:  # "Giám sát Sở Nội vụ (chiều; dự: đ/c Triệu)"
            word = note_slot.group(1).casefold()
            draft.slot = "full_day" if word.endswith("ngày") else grammar.slot_of(word)
            people = (note_slot.group(2) or "").strip()
            if re.match(r"(?i)chủ\s{1,3}trì\s{0,3}:", people):
                chair_in_note = re.sub(r"(?i)^chủ\s{1,3}trì\s{0,3}:\s{0,3}", "", people)
            else:
                draft.subject = re.sub(r"(?i)^(?:tham\s{1,3})?dự\s{0,3}:\s{0,3}", "", people) or None
            text = text[:note_slot.start()].rstrip()
        draft.change = "postpone" if when.moved else draft.change
        text = self.changed(draft, text)
        own = UNITS_TAIL.search(text)
        if own:
            text = text[:own.start()].strip()
        draft.title = _sentence(text) or _sentence(draft.text)
        chair, draft.location = self.joined(row, "chair") or chair_in_note or "", \
            self.joined(row, "location") or None
        draft.subject = self.joined(row, "attendees") or draft.subject
        for label, value in items["labelled"]:
            if label.startswith("địa"):
                draft.location = draft.location or value
            elif label.startswith("thành"):
                draft.subject = draft.subject or value
            else:
                chair = chair or value
        draft.chair, draft.chair_note = read_chair(chair)
        if not draft.chair or not draft.subject:  # no chair cell: "Chủ tịch UBND xã Lê Văn A chủ trì …" says who
            said = Draft("", "other", row.line, text=text)
            read_people(said, text, None)
            draft.chair, draft.subject = draft.chair or said.chair, draft.subject or said.subject
        draft.kind = kind_of(draft.title, draft.span)
        if own:
            draft.agenda.append(Item(None, draft.title, _units(own.group(1), own.group(2), own.group(3))[0],
                                     row.line))
        draft.agenda += [Item(i.number, i.title, list(i.units), i.line) for i in items["agenda"]]
        prep = read_units("; ".join(BULLET.sub("", p) for p in self.paragraphs(row, "prep")))
        if prep:
            bare = [i for i in draft.agenda if not i.units]
            if not draft.agenda:
                draft.agenda.append(Item(None, draft.title, prep, row.line))
            for item in bare:
                item.units = list(prep)
        # As the parser reads them: called off without a new date (hoãn, hủy) or moved to this row's date.
        if re.search(r"(?<!\w)(?:hoãn|tạm\s{1,3}dừng|hủy|huỷ|bãi\s{1,3}bỏ)(?!\w)", note, re.I):
            draft.change = "cancel"
        elif re.search(r"(?<!\w)(?:lùi|chuyển)(?!\w)", note, re.I):
            draft.change = "postpone"
        self.result.drafts.append(draft)
