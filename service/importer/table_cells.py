"""Reading the cells of one schedule-table row: the time cells (date, weekday, slot, hour), the person
cell (chair), the preparing-units cell and the content cell (events, agenda items).
`service.importer.table` walks the rows and builds the drafts.

Every pattern is bounded (a fuzz test times the importer)."""
import re
from dataclasses import dataclass, field
from datetime import date, time

from service.importer import grammar, recognise
from service.importer.items import UNITS_TAIL, _units, agenda_item
from service.importer.structure import DASH, NUMBER, SUBNUMBER, UNITS_LINE, Para

_WD = r"(?:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s{1,3}nhật)"
WEEKDAY = re.compile(rf"(?<!\w){_WD}(?!\w)", re.I)
SLOT = re.compile(r"(?<!\w)(sáng|chiều|tối|cả\s{1,3}ngày)(?!\w)", re.I)
# "8h00", "14 giờ 30", "7h30'", "(8h)", a portal's "7:30"; not "2 hằng tuần" (a letter right after the h) nor
# "Thứ 2 giờ"
CLOCK = re.compile(r"(?<![\d/.:])(\d{1,2})\s{0,2}(?:(?:giờ|h|g)(?![a-zà-ỹđ])\s{0,2}|:(?=\d{2}(?!\d)))(\d{2})?\s{0,2}"
                   r"(?:phút|’|')?", re.I)
TENTATIVE = grammar.TENTATIVE  # the one "dự kiến"
# a time cell that says the date is not fixed yet: an event of the month without a day
UNDATED = re.compile(r"(?:thông\s{1,3}báo|bố\s{1,3}trí|xác\s{1,3}định|sắp\s{1,3}xếp)\s{1,3}sau|trong\s{1,3}tháng"
                     r"|theo\s{1,3}giấy\s{1,3}mời|chưa\s{1,3}(?:xác\s{1,3}định|ấn\s{1,3}định|có\s{1,3}lịch)"
                     r"|(?:đầu|giữa|cuối)\s{1,3}tháng|thời\s{1,3}gian\s{1,3}cụ\s{1,3}thể"
                     r"|(?:có|theo)\s{1,3}(?:chương\s{1,3}trình|kế\s{1,3}hoạch|lịch|thông\s{1,3}báo)\s{1,3}riêng|giấy\s{1,3}mời"
                     r"\s{1,3}riêng|định\s{1,3}kỳ\s{1,3}theo\s{1,3}quy\s{1,3}định"
                     r"|theo\s{1,3}(?:thông\s{1,3}báo|giấy\s{1,3}triệu\s{1,3}tập)\s{1,3}(?:của|riêng)", re.I)  # as the text grammar says them
# "13-15/11", "13 - 15/11/2023", "13/11 - 15/11": a span written without "từ", which the grammar would read
# as the day 13 of month 15
BARE_SPAN = re.compile(r"(?<![\d/])(\d{1,2})(?:\s{0,2}[/.]\s{0,2}(\d{1,2})(?:[/.]\d{4})?)?\s{0,2}(?:-|–|đến)\s{0,2}"
                       r"(\d{1,2})\s{0,2}[/.]\s{0,2}(\d{1,2})(?:\s{0,2}[/.]\s{0,2}(\d{4}))?(?![\d/])", re.I)
# "Các ngày 01, 08, 15" without a month: days of the program's month
# "các ngày 06, 16 và 23" (the month the row's); atomic, so "06, 16 và 23/08" is not cut back to "06, 16"
BARE_LIST = re.compile(r"các\s{1,3}ngày\s{1,3}((?>(?:\d{1,2}\s{0,2}(?:,|;|và|&)\s{0,2}){1,30}\d{1,2}))(?!\s{0,2}[/.\d]"
                       r"|\s{0,3}tháng)", re.I)
DATE_AT = re.compile(r"(?<!\w)(?:từ\s|các\s{1,3}ngày|ngày\s{1,3}\d)|(?<![\d/])\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}"
                     r"|(?<![\d/])\d{1,2}\s{1,3}tháng\s", re.I)
WEEKLY_WORD = re.compile(r"(?:hằng|hàng)\s{1,3}tuần", re.I)
LEADING_CLOCK = re.compile(r"^\(?\s{0,2}(\d{1,2}\s{0,2}(?:giờ|h|g)(?![a-zà-ỹđ])\s{0,2}(?:\d{2})?\s{0,2}(?:phút|’|')?)"
                           r"\s{0,2}\)?\s{0,3}[:,.–-]?\s{0,3}", re.I)
SLOT_LEAD = re.compile(r"^(?:\*\s{0,2})?(?:buổi\s{1,3})?(sáng|chiều|tối)\s{0,3}[:–-]\s{0,3}", re.I)  # "Chiều: Họp ..."
BULLET = re.compile(r"^[-–—+*·•]\s{0,3}")
LABELLED = re.compile(r"^(địa\s{1,3}điểm|thành\s{1,3}phần(?:\s{1,3}tham\s{1,3}dự)?|chủ\s{1,3}trì)\s{0,3}:"
                      r"\s{0,3}(.{1,500})$", re.I)


@dataclass
class When:
    """What the time cells of a row say."""

    days: list = field(default_factory=list)  # one date, or several ("Các ngày 01, 08, 15": one event each)
    span: tuple | None = None
    weekly: tuple | None = None  # (weekday, slot)
    undated: bool = False  # "Thông báo sau", "Trong tháng": an event of the month without a day
    slot: str | None = None
    clock: time | None = None
    tentative: bool = False
    stated_weekday: int | None = None
    dated: bool = False  # some date, span, weekly rule or undated phrase was written (not only a slot/hour)
    moved: bool = False  # "Thứ Tư 16/10, lùi sang Thứ Ba 29/10", "Chiều (lùi sang sáng thứ Sáu, 24/5)": the new date


# "14 giờ 00, lùi sang 15 giờ 30", "8h00 (chuyển sang 9h30)": a new hour the same day (not "lùi sang 8 giờ thứ Năm")
CLOCK_MOVED = re.compile(r"\b(?:lùi|chuyển|dời|đổi)\s{1,3}(?:sang|lại|đến|thành)?\s{0,3}(?:lúc\s{1,3})?(\d{1,2}\s{0,2}(?:giờ|h)"
                         r"\s{0,2}(?:\d{2})?\s{0,2}(?:phút)?)(?!\s{0,3}[,(]?\s{0,3}(?:sáng|chiều|tối|thứ|ngày|\d))", re.I)


def read_clock(text: str) -> tuple[time | None, re.Match | None]:
    for m in CLOCK.finditer(text):
        if re.search(r"thứ\s{1,3}$", text[max(0, m.start() - 6):m.start()], re.I):
            continue  # "Thứ 2 giờ ..." is a weekday
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute), m
    return None, None


def read_slot(text: str, slot_cell: str = "") -> str | None:
    if re.fullmatch(r"\(?\s{0,2}(?:buổi\s{1,3})?(?:cả\s{1,3})?ngày\s{0,2}\)?", slot_cell.strip(), re.I):
        return "full_day"  # a "Buổi" cell saying "Ngày" / "Cả ngày"
    words = {grammar.slot_of(m.group(1)) for m in SLOT.finditer(text[:300])}
    if {"morning", "afternoon"} <= words:
        return "full_day"  # "Sáng, chiều"
    m = SLOT.search(text)
    return grammar.slot_of(m.group(1)) if m else None


def read_when(text: str, slot_cell: str, year: int, month: int) -> When:
    """The time cells of a row joined into one text ("Thứ Hai 06/11 Sáng 8h00"); `slot_cell` is the "Buổi"
    column alone."""
    text = re.sub(r"\s+", " ", text).strip()
    when = When(tentative=bool(TENTATIVE.search(text)))
    when.slot = read_slot(text, slot_cell)
    when.clock, _ = read_clock(text)
    moved = CLOCK_MOVED.search(text) if when.clock else None
    if moved and read_clock(moved.group(1))[0]:  # "14 giờ 00, lùi sang 15 giờ 30": the hour moved the same day
        when.clock = read_clock(moved.group(1))[0]
    weekly = grammar.find_weekly(text) if WEEKLY_WORD.search(text) else None
    if weekly:
        when.weekly, when.dated = (weekly.weekly[0], weekly.weekly[1] or when.slot), True
        when.slot = when.weekly[1]
        return when
    move = recognise.MOVE.search(text)
    kind, moved = recognise.change(text, year, month) if move else (None, None)
    if kind == "postpone" and moved and moved.days:  # the time cells moved: the event is on the new date
        before = read_slot(text[:move.start()] + " " + text[move.end():], slot_cell)
        when.dated = when.moved = True
        when.days, when.span, when.stated_weekday = moved.days, None, moved.stated_weekday
        when.slot = moved.slot or before
        when.clock = moved.clock or (None if moved.slot and moved.slot != before else when.clock)
        return when
    found = _date(text, year, month)
    if found is None:
        when.undated = when.dated = bool(UNDATED.search(text))
        return when
    when.dated = True
    when.days, when.span, when.stated_weekday = found.days, found.span, found.stated_weekday
    if when.stated_weekday is None:
        lead = WEEKDAY.search(text)
        when.stated_weekday = grammar.weekday_of(lead.group(0)) if lead else None
    return when


def _date(text: str, year: int, month: int) -> grammar.When | None:
    m = BARE_SPAN.search(text)
    if m and not re.search(r"từ\s{1,3}(?:ngày\s{1,3})?$", text[:m.start()], re.I):
        d1, m1, d2, m2, y = m.groups()
        first, last = _day(d1, m1 or m2, y, year, month), _day(d2, m2, y, year, month)
        if first and last and first < last:
            return grammar.When(span=(first, last), end=m.end())
    m = BARE_LIST.search(text)
    if m:
        days = [_day(d, None, None, year, month) for d in re.findall(r"\d{1,2}", m.group(1))]
        return grammar.When(days=[d for d in days if d], end=m.end())
    for m in DATE_AT.finditer(text):
        found = grammar.parse_date_at(text, m.start(), year, month)
        if found and (found.days or found.span):
            return found
    return None


def _day(d: str, m: str | None, y: str | None, year: int, month: int) -> date | None:
    month_of = int(m) if m else month
    if y:
        the_year = int(y)
    elif month >= 11 and month_of <= 2:
        the_year = year + 1  # a December schedule running into January
    elif month <= 2 and month_of >= 11:
        the_year = year - 1
    else:
        the_year = year
    try:
        return date(the_year, month_of, int(d))
    except ValueError:
        return None


# People -----------------------------------------------------------------------------------------------

HONORIFIC = re.compile(r"^(?:đồng\s{1,3}chí|đ/c|ông|bà)\s{1,3}", re.I)


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word.isalpha()


def _name_in(part: str) -> tuple[str | None, str]:
    """'Hoàng Văn Dũng' -> the name; 'PCT Mai Xuân Liêm', 'Phó Chủ tịch Nguyễn Văn B' -> the name and the
    title before it; a title alone ('Chủ tịch UBND huyện') -> no name."""
    words = part.split()
    run = 0
    while run < len(words) and run < 5 and _is_name_word(words[len(words) - 1 - run]):
        run += 1
    if run < 2 or run > 4:
        return None, part
    return " ".join(words[-run:]), " ".join(words[:-run])


def read_chair(text: str) -> tuple[str | None, str | None]:
    """(chair, chair_note): the person's name when written, with their title as the note; else the title
    as written ("Chủ tịch UBND huyện", "Chủ tịch, các Phó Chủ tịch")."""
    text = re.sub(r"\s+", " ", text).strip(" .;:-–")
    if not text:
        return None, None
    bracketed = re.sub(r"\s{0,3}\(\s{0,3}", ", ", text).replace(")", "").strip(" ,")  # "Chủ tịch (Đ/c X)"
    parts = [p.strip(" .") for p in re.split(r"\s{0,3}(?:,|\s-\s|\s–\s|;)\s{0,3}", bracketed, maxsplit=1)]
    for i, part in enumerate(parts):
        bare = HONORIFIC.sub("", part)
        name, title = _name_in(bare)
        if not name and bare != part and not re.match(r"(?:phó|chủ\s{1,3}tịch|bí\s{1,3}thư|trưởng|giám\s{1,3}đốc|chánh)\b",
                                                      bare, re.I):
            # "Đ/c Nguyễn Văn A PCT UBND": after "Đ/c" the name comes first ("Đ/c Phó Bí thư …" is a title)
            words = bare.split()
            run = next((n for n in range(min(len(words), 5)) if not _is_name_word(words[n])), min(len(words), 5))
            if 2 <= run <= 4:
                name, title = " ".join(words[:run]), " ".join(words[run:])
        if name:
            note = " ".join(x for x in (title, " ".join(parts[:i] + parts[i + 1:])) if x).strip(" ,")
            return name, note or None
    return text, None


def read_units(text: str) -> list:
    """A "Đơn vị chuẩn bị" cell: 'Phòng TC-KH chủ trì, Phòng Nội vụ phối hợp', 'Phòng Nội vụ; Văn phòng'."""
    text = re.sub(r"\s+", " ", text).strip(" .;")
    text = re.sub(r"^\(|\)$", "", text)
    if not text:
        return []
    m = re.match(r"^(.{1,300}?)\s{1,3}(chủ\s{1,3}trì|chuẩn\s{1,3}bị|tham\s{1,3}mưu|thực\s{1,3}hiện)(.{0,300})$",
                 text, re.I)
    if m:
        return _units(m.group(1), m.group(2), m.group(3))[0]
    return _units(text, "chuẩn bị", "")[0]


# Content -----------------------------------------------------------------------------------------------

def kind_of(title: str, span) -> str:
    """As the prose parser decides it (parse.Parser.event)."""
    low = title.casefold()
    if re.search(r"tiếp\s{1,3}(?:công\s{1,3})?dân", low) and not recognise.MEETING_ABOUT.match(low):
        return "reception"
    if span:
        return "multi_day"
    if re.search(r"hội\s{1,3}nghị|họp|giao\s{1,3}ban|làm\s{1,3}việc|hội\s{1,3}thảo|tọa\s{1,3}đàm", low):
        return "meeting"
    return "other"


def _start(text: str) -> str | None:
    """How a paragraph opens an event of its own, if it does: a dash, an hour or slot, a number."""
    if LEADING_CLOCK.match(text) or SLOT_LEAD.match(text):
        return "time"
    if BULLET.match(text):
        return "bullet"
    return "number" if NUMBER.match(text) else None


def content_events(paragraphs: list[str], line: int) -> list:
    """The content cell as (event text, {"agenda": items, "labelled": [(label, value)]}) pairs: its first
    paragraph is the event and the numbered or dashed paragraphs after it its agenda items. But when the
    first paragraph itself opens with a dash, an hour or slot, or "1.", the paragraphs opening the same way
    are several events in one cell ("+ Họp ...", "(14h) Hội nghị ...", "Chiều: ..."), the others their
    items ("8h00: Họp UBND" / "- Báo cáo A" / "- Tờ trình B" is one meeting with two items)."""
    first = _start(paragraphs[0])
    if first and sum(_start(p) == first for p in paragraphs) >= 2:
        groups = []
        for p in paragraphs:
            if _start(p) == first or not groups:
                groups.append([_strip_start(p, first)])
            else:
                groups[-1].append(p)
        return [(g[0], _items(g[1:], line)) for g in groups]
    return [(_strip_start(paragraphs[0], first), _items(paragraphs[1:], line))]


def _strip_start(text: str, start: str | None) -> str:
    if start == "bullet":
        return BULLET.sub("", text)
    if start == "number":
        return NUMBER.match(text).group(2)
    return text


def _items(paragraphs: list[str], line: int) -> dict:
    out = {"agenda": [], "labelled": []}
    for p in paragraphs:
        labelled = LABELLED.match(p)
        if labelled:
            out["labelled"].append((labelled.group(1).casefold(), labelled.group(2).strip(" .")))
            continue
        if UNITS_LINE.match(p):  # "(Phòng Nội vụ chuẩn bị)" on its own line: for the item above
            m = UNITS_TAIL.search(p)
            if m and out["agenda"] and not out["agenda"][-1].units:
                out["agenda"][-1].units = _units(m.group(1), m.group(2), m.group(3))[0]
            continue
        for kind, regex in (("number", NUMBER), ("subnumber", SUBNUMBER), ("dash", DASH)):
            m = regex.match(p)
            if m:
                out["agenda"].append(agenda_item(Para(kind, m.group(1) if kind != "dash" else "-",
                                                      m.groups()[-1].strip(), line)))
                break
        else:
            out["agenda"].append(agenda_item(Para("text", "", p, line)))
    return out
