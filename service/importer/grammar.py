"""Date, slot and recurrence phrases of work programs (DOMAIN.md §5). Every pattern is bounded, so a
paragraph is scanned in linear time whatever it contains."""
import re
from dataclasses import dataclass, field
from datetime import date, time

WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4, "6": 4,
            "bảy": 5, "bẩy": 5, "7": 5, "chủ nhật": 6, "cn": 6}
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SLOT_WORDS = {"sáng": "morning", "chiều": "afternoon", "tối": "evening", "cả ngày": "full_day"}
_WD = r"(?:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s{1,3}nhật|cn)"
_D, _M, _Y = r"(\d{1,2})", r"(\d{1,2})", r"(\d{4})"
_SEP = r"\s{0,2}[/.-]\s{0,2}"

# "ngày 01 tháng 11 năm 2023", "ngày 21/11/2023", "ngày 15/11", "21/4/2023"
FULL = re.compile(rf"(?:ngày\s{{1,3}})?{_D}\s{{1,3}}tháng\s{{1,3}}{_M}(?:\s{{1,3}}năm\s{{1,3}}{_Y})?", re.I)
NUMERIC = re.compile(rf"(?:ngày\s{{1,3}})?{_D}{_SEP}{_M}(?:{_SEP}{_Y})?(?![\d/])", re.I)
# "các ngày 01,08,15, 20/11/2023", "các ngày 01, 08 và 15 tháng 11"
LIST = re.compile(rf"các\s{{1,3}}ngày\s{{1,3}}((?:\d{{1,2}}\s{{0,2}}(?:,|;|và|&)\s{{0,2}}){{1,30}}\d{{1,2}})"
                  rf"(?:{_SEP}{_M}(?:{_SEP}{_Y})?|\s{{1,3}}tháng\s{{1,3}}{_M}(?:\s{{1,3}}năm\s{{1,3}}{_Y})?)", re.I)
# "Từ ngày 01/11 đến ngày 18/11/2023", "Từ ngày 13-15 tháng 11 năm 2023", "từ ngày 13 - 15/11/2023"
SPAN = re.compile(rf"từ\s{{1,3}}(?:ngày\s{{1,3}})?{_D}(?:{_SEP}{_M}(?:{_SEP}{_Y})?)?\s{{0,3}}(?:đến|tới|-|–)\s{{0,3}}"
                  rf"(?:hết\s{{1,3}})?(?:ngày\s{{1,3}})?{_D}(?:{_SEP}{_M}(?:{_SEP}{_Y})?|\s{{1,3}}tháng\s{{1,3}}{_M}"
                  rf"(?:\s{{1,3}}năm\s{{1,3}}{_Y})?)", re.I)
# "ngày 13-15/11/2023" (a span), "ngày 15 và 16/11" (two days): the month written once
SHORT = re.compile(rf"(?:ngày\s{{1,3}})?{_D}\s{{0,2}}([-–]|và|,|&)\s{{0,2}}{_D}{_SEP}{_M}(?:{_SEP}{_Y})?(?![\d/])", re.I)
# "(T4)", "(T2 – T4)", "(CN)": a weekday abbreviated in a bracket after its date, as month programmes write it
WEEKDAY_ABBR_NOTE = re.compile(r"\s{0,3}\(\s{0,2}(t\.?\s{0,2}[2-7]|cn)(?:\s{0,3}[–-]\s{0,3}(t\.?\s{0,2}[2-7]|cn))?\s{0,2}\)", re.I)
WEEKDAY_NOTE = re.compile(rf"\s{{0,3}}[(,]?\s{{0,3}}({_WD})\s{{0,3}}\)?", re.I)
# "sáng thứ Hai hằng tuần", and "các buổi sáng thứ Hai": every week's
WEEKLY = re.compile(rf"(?:(?:buổi\s{{1,3}})?(sáng|chiều|tối)\s{{1,3}})?({_WD})\s{{1,3}}(?:hằng|hàng)\s{{1,3}}tuần"
                    rf"|(?<!\w)các\s{{1,3}}buổi\s{{1,3}}(sáng|chiều|tối)\s{{1,3}}({_WD})\b", re.I)
SLOT_PREFIX = re.compile(r"^(?:buổi\s{1,3})?(sáng|chiều|tối|cả\s{1,3}ngày)\b\s{0,3}", re.I)
WEEKDAY_LEAD = re.compile(rf"^{_WD}\b\s{{0,3}}[,(–-]?\s{{0,3}}", re.I)
CLOCK = re.compile(r"(\d{1,2})\s{0,2}(?:giờ|h|g)\s{0,2}(\d{2})?\s{0,2}(?:phút|’|')?", re.I)
# "(7h30) Giao ban …", "(14 giờ 00) Hội nghị …": the hour in brackets opening a line
CLOCK_LEAD_BRACKET = re.compile(r"^\(\s{0,2}(\d{1,2}\s{0,2}(?:giờ|h|g)\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?)\s{0,2}\)\s{0,3}[:,-]?\s{0,3}",
                                re.I)
TENTATIVE = re.compile(r"dự\s{1,3}kiến", re.I)
# "số 76/TB-UBND ", "12-NQ/BCSĐ ", "Nghị quyết " before a date: the date of a document cited, not an event
REFERENCE = re.compile(r"(?:(?:số|văn bản|tại)\s{1,3}[\w/.-]{1,40}|\d{1,5}[-/](?:[\w.]|[-/]\s?){0,30}[^\W\d]|(?:nghị\s{1,3}quyết|"
                       r"quyết\s{1,3}định|kế\s{1,3}hoạch|thông\s{1,3}báo|chỉ\s{1,3}thị|kết\s{1,3}luận|công\s{1,3}văn|"
                       r"thông\s{1,3}tư|nghị\s{1,3}định|luật|hướng\s{1,3}dẫn|quy\s{1,3}chế|tờ\s{1,3}trình))\s{0,3}$", re.I)


def weekday_of(text: str) -> int | None:
    key = re.sub(r"^thứ\s+", "", re.sub(r"\s+", " ", text.casefold().strip()))
    return WEEKDAYS.get(key)


@dataclass
class When:
    """What a phrase says about time."""

    days: list = field(default_factory=list)  # one or more single days (a list of days = one event each)
    span: tuple | None = None  # (first, last), inclusive
    slot: str | None = None
    clock: time | None = None
    weekly: tuple | None = None  # (weekday 0-6, slot)
    stated_weekday: int | None = None
    end: int = 0  # where the phrase ended in the text
    start: int | None = None  # where it began, when a slot or weekday came before the date


def _year(month: int, year: str | None, doc_year: int, doc_month: int) -> int:
    if year:
        return int(year)
    if doc_month >= 11 and month <= 2:
        return doc_year + 1  # a December program that mentions early January
    if doc_month <= 2 and month >= 11:
        return doc_year - 1
    return doc_year


def _day(d, m, y, doc_year, doc_month) -> date | None:
    month = int(m) if m else doc_month
    try:
        return date(_year(month, y, doc_year, doc_month), month, int(d))
    except ValueError:
        return None


# "Các ngày 05/3, 12/3 và 19/3/2026", "Ngày 16/6 (thứ Ba) và ngày 18/6/2026 (thứ Năm)": days each written with
# its month, one event each; what joins the next one (a comma or "và", maybe "ngày" again)
DAYS_LEAD = re.compile(r"các\s{1,3}ngày\s{1,3}(?=\d)", re.I)
NEXT_DAY = re.compile(rf"\s{{0,3}}(?:,\s{{0,3}}(?:và\s{{1,3}})?|và\s{{1,3}})(?:ngày\s{{1,3}})?(?={_D}(?:{_SEP}{_M}(?![\d])|"
                      rf"\s{{1,3}}tháng\s{{1,3}}\d))", re.I)


def parse_date_at(text: str, pos: int, doc_year: int, doc_month: int) -> When | None:
    """A date phrase starting exactly at `pos` (after optional "ngày"): span, list, full or numeric; a day
    followed by more days, each with its month ("ngày 16/6 và ngày 18/6"), is a list of days."""
    when = _date_at(text, pos, doc_year, doc_month)  # "các ngày 05, 12 và 26/02" (LIST) included
    lead = DAYS_LEAD.match(text, pos) if when is None else None
    when = _date_at(text, lead.end(), doc_year, doc_month) if lead else when
    if when is None or when.span or len(when.days) != 1:
        return when
    while True:
        joint = NEXT_DAY.match(text, when.end)
        more = _date_at(text, joint.end(), doc_year, doc_month) if joint else None
        if more is None or more.span or len(more.days) != 1 or more.days[0] <= when.days[-1]:
            break
        when.days.append(more.days[0])
        when.end = more.end
    return when


def _date_at(text: str, pos: int, doc_year: int, doc_month: int) -> When | None:
    for regex in (SPAN, LIST, SHORT, FULL, NUMERIC):
        m = regex.match(text, pos)
        if not m:
            continue
        when = When(end=m.end())
        if regex is SPAN:
            d1, m1, y1, d2, m2, y2, m3, y3 = m.groups()
            month2, year2 = m2 or m3, y2 or y3
            last = _day(d2, month2, year2, doc_year, doc_month)
            first = _day(d1, m1 or month2, y1 or year2, doc_year, doc_month)
            if not first or not last or last < first:
                return None
            when.span = (first, last)
        elif regex is SHORT:
            d1, sep, d2, mo, y = m.groups()
            first, last = _day(d1, mo, y, doc_year, doc_month), _day(d2, mo, y, doc_year, doc_month)
            if not first or not last or last <= first:
                return None
            if sep in "-–":
                when.span = (first, last)
            else:
                when.days = [first, last]
        elif regex is LIST:
            numbers, m1, y1, m2, y2 = m.groups()
            days = [_day(d, m1 or m2, y1 or y2, doc_year, doc_month) for d in re.findall(r"\d{1,2}", numbers)]
            when.days = [d for d in days if d]
        else:
            d, mo, y = m.groups()
            day = _day(d, mo, y, doc_year, doc_month)
            if day is None:
                return None
            when.days = [day]
        note = WEEKDAY_NOTE.match(text, when.end)
        if note:
            when.stated_weekday = weekday_of(note.group(1))
            when.end = note.end()
        short = WEEKDAY_ABBR_NOTE.match(text, when.end) if not note else None
        if short:  # "01/11 (T4)", "13/11 – 15/11 (T2 – T4)": the weekday abbreviated in a bracket
            when.stated_weekday = None if short.group(2) or when.span else WEEKDAYS.get("cn" if short.group(1).lower() == "cn" else short.group(1)[-1:])
            when.end = short.end()
        return when
    return None


# "(từ ngày 14 đến ngày 16/10/2025)", "(đến hết ngày 17/10/2025)", "(kéo dài đến ngày 17/10)": the stretch of an
# event written under its first day, in a bracket inside the line
SPAN_NOTE = re.compile(r"\s{0,3}\(\s{0,2}(?:(?P<from>từ\s[^()]{4,60})|(?:kéo\s{1,3}dài\s{1,3}|diễn\s{1,3}ra\s{1,3})?(?:đến|tới)"
                       rf"\s{{1,3}}(?:hết\s{{1,3}})?(?:ngày\s{{1,3}})?(?P<to>{_D}(?:{_SEP}{_M}(?:{_SEP}{_Y})?|\s{{1,3}}tháng\s{{1,3}}"
                       rf"{_M}(?:\s{{1,3}}năm\s{{1,3}}{_Y})?)))\s{{0,2}}\)", re.I)


def span_note(text: str, day: date, doc_year: int, doc_month: int):
    """The stretch a bracket gives an event of `day` ((first, last), and the bracket's match), or None: the
    stretch must begin on that day ("từ …") or end after it ("đến hết …")."""
    for m in SPAN_NOTE.finditer(text):
        if m.group("from"):
            when = parse_date_at(m.group("from"), 0, doc_year, doc_month)
            if when and when.span and when.end == len(m.group("from").rstrip()) and when.span[0] == day:
                return when.span, m
        else:
            when = parse_date_at(m.group("to"), 0, doc_year, doc_month)
            if when and len(when.days) == 1 and 0 < (when.days[0] - day).days <= 31:
                return (day, when.days[0]), m
    return None


# "ngày 15 hằng tháng", "thứ Ba, tuần thứ ba hằng tháng" (citizen reception rules): this month's day
MONTHLY_DAY = re.compile(r"ngày\s{1,3}(\d{1,2})\s{1,3}(?:hằng|hàng)\s{1,3}tháng", re.I)
NTH_WEEKDAY = re.compile(rf"(?:(?:buổi\s{{1,3}})?(sáng|chiều)\s{{1,3}})?({_WD})\s{{0,3}},?\s{{0,3}}(?:của\s{{1,3}})?tuần\s{{1,3}}"
                         r"(?:thứ\s{1,3})?(nhất|hai|ba|tư|1|2|3|4|cuối)(?:\s{1,3}(?:của\s{1,3})?(?:hằng|hàng|trong)\s{1,3}tháng"
                         r"|\s{1,3}(?:của\s{1,3})?tháng)", re.I)
_NTH = {"nhất": 1, "1": 1, "hai": 2, "2": 2, "ba": 3, "3": 3, "tư": 4, "4": 4, "cuối": -1}


def monthly_date(text: str, doc_year: int, doc_month: int) -> When | None:
    """A monthly rule, read as its day in the program's month."""
    if "tháng" not in text.lower():
        return None  # the common case, without two scans
    m = MONTHLY_DAY.search(text)
    if m:
        try:
            return When(days=[date(doc_year, doc_month, int(m.group(1)))], end=m.end())
        except ValueError:
            return None
    m = NTH_WEEKDAY.search(text)
    if m:
        weekday, n = weekday_of(m.group(2)), _NTH[m.group(3).casefold()]
        days = [date(doc_year, doc_month, d) for d in range(1, 32) if _valid(doc_year, doc_month, d)
                and date(doc_year, doc_month, d).weekday() == weekday]
        day = days[n - 1] if n > 0 and n <= len(days) else days[-1] if days else None
        if day:
            return When(days=[day], slot=SLOT_WORDS.get((m.group(1) or "").casefold()), end=m.end())
    return None


def _valid(y, m, d) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def find_date(text: str, doc_year: int, doc_month: int, anywhere: bool) -> When | None:
    """The date phrase of a paragraph: at its start ("Ngày 01 tháng 11...", "Sáng 15/11:", "Từ ngày ..."),
    or (with `anywhere`) introduced by "vào", ":", "dự kiến" — never one inside a document reference
    ("Kế hoạch số 168-KH/TU ngày 14/9/2023")."""
    # "THỨ BẢY, CHỦ NHẬT (01, 02/6/2024)": two weekdays and their list of days
    days = IN_DAYS.match(text)  # "Trong 02 ngày 04 và 05/7/2024": the days of one stretch, not two events
    if days:
        when = parse_date_at(text, days.end(), doc_year, doc_month)
        if when and len(when.days) >= 2 and all((b - a).days == 1 for a, b in zip(when.days, when.days[1:])):
            when.span, when.days, when.start = (when.days[0], when.days[-1]), [], 0
            return when
    # "8 giờ 00, thứ Hai, ngày 01/7/2024", "Dự kiến 14 giờ 00, thứ Sáu, ngày …", "Sáng thứ Bảy, ngày 06/7/2024":
    # the hour or the slot before the weekday (activity-first weeklies)
    said = TIME_FIELD.match(text)  # "Thời gian: 8 giờ 00, thứ Hai, ngày …" (a field line): the phrase after it
    if said:
        when = find_date(text[said.end():], doc_year, doc_month, anywhere)
        if when is not None:
            when.end += said.end()
            when.start = 0 if when.start is not None else None
            if when.clock is None:  # "Thời gian: 8 giờ 00 ngày 07/10": the hour said before the date
                when.clock = find_clock(text[said.end():])
                when.start = 0 if when.clock is not None else when.start
        return when
    span = WEEKDAY_SPAN.match(text)  # "Từ thứ Ba (18/11) đến hết thứ Tư (19/11)": a stretch named by its weekdays
    if span:
        first = _day(span.group("d1"), span.group("m1") or span.group("m2"), span.group("y1") or span.group("y2"),
                     doc_year, doc_month)
        last = _day(span.group("d2"), span.group("m2"), span.group("y2"), doc_year, doc_month)
        if first and last and last > first:
            return When(span=(first, last), end=span.end(), start=0)
    lead = LEAD_TIME.match(text)
    # ("Dự kiến thứ Năm (24/10), 8 giờ": the tentative mark may come before the weekday too)
    head = re.match(rf"\s{{0,3}}(?:dự\s{{1,3}}kiến\s{{1,3}}(?={_WD}))?(?:({_WD})(?:\s{{0,3}}(?:,|và|[–-])\s{{0,3}}({_WD}))?\s{{0,3}}[,(–-]?\s{{0,3}})?(?:(?:buổi"
                    r"\s{1,3})?(?:sáng|chiều|tối)\s{1,3})?(?:dự\s{1,3}kiến\s{1,3})?(?:(?:vào\s{1,3})?ngày\s{1,3}|(?=từ\s)|"
                    r"(?=các\s{1,3}ngày)|(?=\d{1,2}\s{0,2}[/.-]\d)|(?=\d{1,2}\s{0,2}(?:,|và)\s{0,2}\d{1,2}\s{0,2}[/.-]\d))",
                    text[lead.end():] if lead else text, re.I)
    if head and lead and not head.group(1):
        head = None  # an hour, then a date without its weekday: read below ("8 giờ, ngày …" as before)
    if head:
        when = parse_date_at(text, head.end() + (lead.end() if lead else 0), doc_year, doc_month)
        if when:
            slot = SLOT_PREFIX.match(text.lstrip())
            when.slot = slot_of(slot.group(1)) if slot else None
            if lead:
                when.start = 0  # the whole phrase is the date's: the title follows it
                when.clock = find_clock(lead.group("clock")) if lead.group("clock") else None
                when.slot = slot_of(lead.group("slot")) if lead.group("slot") else when.slot
            if head.group(1) and not lead and re.match(r"\s{0,3}dự\s{1,3}kiến\s", text, re.I):
                when.start = 0  # "Dự kiến thứ Năm (24/10)": the mark is the date's, no part of the title
            if head.group(1):  # "Thứ Hai, ngày 06/11/2023", "THỨ TƯ (08/11)"
                when.stated_weekday = None if head.group(2) else weekday_of(head.group(1))
                close = re.match(r"\s{0,2}\)", text[when.end:])
                when.end += close.end() if close else 0
            return when
    if not anywhere:
        return None
    # "(từ ngày 01/12 – 05/12)": a bracket opens a date too; "từ ngày …" is read whole, not from its "ngày"
    for m in re.finditer(rf"(?:vào|:|,|\(|dự\s{{1,3}}kiến|diễn\s{{1,3}}ra|tổ\s{{1,3}}chức|(?<=\w)(?<!từ)\s(?=ngày\s))\s{{0,3}}"
                         rf"(?:vào\s{{1,3}})?(?:(?:buổi\s{{1,3}})?(sáng|chiều|tối)\s{{1,3}})?(?:({_WD})\s{{0,3}}[,(]?\s{{0,3}})?"
                         r"(?=(?:các\s{1,3})?ngày\s{1,3}\d|từ\s{1,3}(?:ngày\s{1,3})?\d)", text, re.I):
        if REFERENCE.search(text[max(0, m.start() - 45):m.start()]):
            continue
        when = parse_date_at(text, m.end(), doc_year, doc_month)
        if when:
            if m.group(1) or m.group(2):  # "…: sáng thứ Ba, ngày 09/9/2025"
                when.start = m.start()
                when.slot = slot_of(m.group(1)) if m.group(1) else when.slot
                when.stated_weekday = weekday_of(m.group(2)) if m.group(2) else when.stated_weekday
            hour = CLOCK_BEFORE.search(text, max(0, m.start() - 30), m.start()) if m.group(0)[:1] == "," else None
            if hour and when.clock is None:  # "Phiên họp X: 8 giờ 00, thứ Hai, ngày 08/6": the hour is the date's
                when.clock, when.start = find_clock(hour.group(1)), hour.start(1)
            return when
    return None


# "Từ thứ Ba (18/11) đến hết thứ Tư (19/11)", "Từ thứ Hai, ngày 03/3 đến thứ Tư, ngày 05/3/2025": each end a
# weekday with its date (in brackets or after a comma)
_WD_DATE = (rf"{_WD}\s{{0,3}}[(,]\s{{0,3}}(?:ngày\s{{1,3}})?(?P<d{{n}}>\d{{1,2}}){_SEP}(?P<m{{n}}>\d{{1,2}})"
            rf"(?:{_SEP}(?P<y{{n}}>\d{{4}}))?\s{{0,2}}\)?")
WEEKDAY_SPAN = re.compile(rf"\s{{0,3}}từ\s{{1,3}}{_WD_DATE.replace('{n}', '1')}\s{{0,3}}(?:đến|tới|-|–)\s{{0,3}}"
                          rf"(?:hết\s{{1,3}})?{_WD_DATE.replace('{n}', '2')}", re.I)
# ": 8 giờ 00" just before ", thứ Hai, ngày …": the hour of that day, said first
CLOCK_BEFORE = re.compile(r"(?<=:)\s{0,3}(\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}(?:\d{2})?\s{0,2}(?:phút|’|')?)\s{0,2}$", re.I)
TIME_FIELD = re.compile(r"\s{0,3}thời\s{1,3}gian(?:\s{1,3}dự\s{1,3}kiến)?\s{0,2}:\s{0,3}(?=\S)", re.I)
IN_DAYS = re.compile(r"\s{0,3}(?:dự\s{1,3}kiến\s{1,3})?trong\s{1,3}(?:0?[2-9]|hai|ba|bốn|năm)\s{1,3}ngày\s{1,3}(?:từ\s{1,3})?"
                     r"(?:ngày\s{1,3})?(?=\d)", re.I)
LEAD_TIME = re.compile(rf"\s{{0,3}}(?:dự\s{{1,3}}kiến\s{{1,3}})?(?:(?P<clock>\d{{1,2}}\s{{0,2}}(?:giờ|h)\s{{0,2}}(?:\d{{2}})?\s{{0,2}}"
                       rf"(?:phút|’|')?)\s{{0,2}},?\s{{0,3}}|(?:buổi\s{{1,3}})?(?P<slot>sáng|chiều|tối|cả\s{{1,3}}ngày)\s{{1,3}})(?={_WD})",
                       re.I)


def slot_of(word: str) -> str:
    return SLOT_WORDS[re.sub(r"\s+", " ", word.casefold())]


# "Ngày 05 (Thứ Ba):", "NGÀY 05 - THỨ BA", "Ngày 05, thứ 3:": a month's day heading giving the day only, the
# month being the document's; read only when the weekday agrees with that day of that month
DAY_ONLY_HEADING = re.compile(rf"^\s{{0,3}}ngày\s{{1,3}}(\d{{1,2}})\s{{0,3}}(?:[(,–-]\s{{0,3}})?({_WD})\s{{0,3}}\)?\s{{0,2}}[:.]?\s*$",
                              re.I)


def day_only_heading(text: str, doc_year: int, doc_month: int) -> When | None:
    m = DAY_ONLY_HEADING.match(text)
    if not m or not doc_year or not doc_month or not _valid(doc_year, doc_month, int(m.group(1))):
        return None
    day = date(doc_year, doc_month, int(m.group(1)))
    if day.weekday() != weekday_of(m.group(2)):
        return None
    return When(days=[day], end=len(text), start=0, stated_weekday=day.weekday())


def find_weekly(text: str) -> When | None:
    low = text.lower()
    if "tuần" not in low and "buổi" not in low:
        return None
    m = WEEKLY.search(text)
    if not m:
        return None
    slot = SLOT_WORDS.get((m.group(1) or m.group(3) or "").casefold())
    return When(weekly=(weekday_of(m.group(2) or m.group(4)), slot), slot=slot, end=m.end())


def find_clock(text: str) -> time | None:
    m = CLOCK.match(text.lstrip())
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None
