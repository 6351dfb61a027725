"""The genre of a "Chương trình công tác tháng": sections, day headings, slots, spans, lists of days,
weekly briefings, meetings with numbered agenda items and their preparing units.

Lines are first joined into paragraphs (a paragraph starts at a numbering mark, a dash, a heading or a
date); headings decide whether what follows is schedule (events), preparation lists (undated items) or
narrative (tasks, whose dates are not events)."""
import re
from dataclasses import dataclass, field
from datetime import date

from service.vocabulary import WEEKDAY_LABELS
from service.importer import grammar
from service.importer.grammar import When

LEVELS = {"letter": 1, "roman": 2, "number": 3, "subnumber": 4, "dash": 4, "units": 5, "text": 5}
ROMAN = re.compile(r"^(X{0,2}(?:IX|IV|V?I{0,3}))\s{0,2}[.)/]\s*(.*)$")
LETTER = re.compile(r"^([A-HĐ])\s{0,2}[.)/]\s+(.*)$")
NUMBER = re.compile(r"^(\d{1,2})\s{0,2}[.)]\s+(?!\d)(.*)$")
SUBNUMBER = re.compile(r"^\((\d{1,2})\)\s{0,2}[.:]?\s+(?!\d)(.*)$")  # "(1). Báo cáo ..."
DASH = re.compile(r"^(?:[-–—+*·•]|[a-zđ]\))\s*(.*)$")  # "- ...", "a) ..."
STARTS = re.compile(r"^(?:(?:buổi\s{1,3})?(?:sáng|chiều|tối)\s{1,3}(?:ngày\s{1,3})?\d|ngày\s{1,3}\d|từ\s{1,3}ngày|dự\s{1,3}kiến"
                    r"\s{1,3}ngày|(?:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{1,3}nhật)\b[\s,(-]{0,4}"
                    r"(?:(?:buổi\s{1,3})?(?:sáng|chiều|tối)\s{1,3})?(?:ngày\s{1,3})?\d)",
                    re.I)
STOP = re.compile(r"^(?:nơi\s{1,3}nhận|(?:tl|tm|kt|tuq)\s{0,2}\.\s{0,2}[A-ZĐ]|/\.?\s*$|căn\s{1,3}cứ\s{1,3}(?:nội\s{1,3}dung\s{1,3})?"
                  r"chương\s{1,3}trình|trên\s{1,3}đây\s{1,3}là)", re.I)
UNITS_LINE = re.compile(r"^\([^()]{0,300}(?:chuẩn\s{1,3}bị|chủ\s{1,3}trì|tham\s{1,3}mưu)[^()]{0,200}\)\.?$", re.I)
UNITS_TAIL = re.compile(r"\(([^()]{1,300}?)\s{1,3}(chuẩn\s{1,3}bị|chủ\s{1,3}trì|tham\s{1,3}mưu|thực\s{1,3}hiện)"
                        r"([^()]{0,120})\)[.;]?\s*$", re.I)
NARRATIVE = re.compile(r"nhiệm\s{1,3}vụ|trọng\s{1,3}tâm|mục\s{1,3}tiêu|tình\s{1,3}hình|kết\s{1,3}quả|giải\s{1,3}pháp",
                       re.I)
PREP = re.compile(r"nội\s{1,3}dung[^.]{0,20}(?:chuẩn\s{1,3}bị|trình)|đề\s{1,3}án|trình\s{1,3}(?:chủ\s{1,3}tịch|"
                  r"ubnd|ủy\s{1,3}ban|uỷ\s{1,3}ban|hội\s{1,3}nghị|thường\s{1,3}trực)", re.I)
SCHEDULE = re.compile(r"lịch|hội\s{1,3}nghị|họp|tiếp\s{1,3}(?:công\s{1,3})?dân|giao\s{1,3}ban|làm\s{1,3}việc|"
                      r"sự\s{1,3}kiện|hoạt\s{1,3}động", re.I)
CHAIR = re.compile(r"^(?:đồng\s{1,3}chí|đ/c)\s{1,3}((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]{0,10}\s{1,3}){1,4}[A-ZĐÀ-Ỹ][\wÀ-ỹ]{0,10})"
                   r"(?:\s{0,3},\s{0,3}([^:]{0,250}?))?(?:\s{0,3}:\s{0,3}|\s{1,3}(?=chủ\s{1,3}trì|dự|tham\s{1,3}dự|làm\s{1,3}việc))",
                   re.I)
CHAIR_TITLE = re.compile(r"^((?:phó\s{1,3})?(?:chủ\s{1,3}tịch|bí\s{1,3}thư)\s{1,3}(?:ubnd|hđnd|ủy\s{1,3}ban\s{1,3}nhân"
                         r"\s{1,3}dân|hội\s{1,3}đồng\s{1,3}nhân\s{1,3}dân|huyện\s{1,3}ủy|tỉnh\s{1,3}ủy|đảng\s{1,3}ủy)"
                         r"(?:\s{1,3}(?:huyện|tỉnh|xã|phường|thị\s{1,3}trấn|thành\s{1,3}phố|thị\s{1,3}xã))?)\s{1,3}", re.I)
SUBJECT = re.compile(r"^((?:các\s{1,3}đồng\s{1,3}chí\s{1,3})?(?:lãnh\s{1,3}đạo|thường\s{1,3}trực|ban\s{1,3}thường\s{1,3}vụ"
                     r"|ban\s{1,3}chấp\s{1,3}hành)[^,:;]{0,60}?)\s{1,3}(?=tham\s{1,3}dự|dự\s|làm\s{1,3}việc|tiếp|kiểm"
                     r"\s{1,3}tra|chủ\s{1,3}trì|tham\s{1,3}gia|họp|đi\s)", re.I)
PLACE = re.compile(r"\btại\s{1,3}((?:xã|phường|thị\s{1,3}trấn|huyện|tỉnh|thành\s{1,3}phố|hội\s{1,3}trường|phòng\s{1,3}họp"
                   r"|trụ\s{1,3}sở|khu\s{1,3}dân\s{1,3}cư|bản|thôn|tổ\s{1,3}dân\s{1,3}phố|ubnd|nhà\s{1,3}văn\s{1,3}hóa|"
                   r"trung\s{1,3}tâm|sân|khu|điểm\s{1,3}cầu)\b[^.;:()]{0,120})", re.I)
ADMIN_WORDS = {"xã", "phường", "thị", "huyện", "tỉnh", "thành", "bản", "thôn", "khu", "tổ"}
REFERENCE_NOTE = re.compile(r"\s{0,3}\((?:theo|căn\s{1,3}cứ|thực\s{1,3}hiện)\s[^()]{0,300}\)", re.I)
DOC_TITLE = re.compile(r"^(?:chương\s{1,3}trình|lịch\s{1,3}(?:công\s{1,3}tác|làm\s{1,3}việc))", re.I)
TITLE_LINE = re.compile(r"tháng\s{1,3}(\d{1,2})\s{1,3}năm\s{1,3}(\d{4})", re.I)


@dataclass
class Para:
    kind: str
    label: str
    text: str
    line: int

    @property
    def level(self) -> int:
        return LEVELS[self.kind]


@dataclass
class Item:
    number: int | None
    title: str
    units: list  # [(name as written, "lead" | "support")]
    line: int


@dataclass
class Draft:
    title: str
    kind: str
    line: int
    tentative: bool = False
    day: date | None = None
    span: tuple | None = None
    slot: str | None = None
    clock: object = None
    weekly: tuple | None = None
    location: str | None = None
    chair: str | None = None  # a name, or a title such as "Chủ tịch UBND huyện"
    chair_note: str | None = None
    subject: str | None = None  # "Lãnh đạo UBND huyện" as written
    text: str = ""  # the whole paragraph, for finding names
    agenda: list = field(default_factory=list)


@dataclass
class Parsed:
    year: int
    month: int
    drafts: list
    warnings: list


def paragraphs(text: str) -> list[Para]:
    out = []
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line or re.fullmatch(r"\d{1,3}", line):  # blank, or a page number
            continue
        upper = line.upper() == line and sum(c.isalpha() for c in line) >= 6
        for kind, regex in (("letter", LETTER), ("roman", ROMAN), ("number", NUMBER), ("subnumber", SUBNUMBER),
                            ("dash", DASH)):
            m = regex.match(line)
            if m and (kind != "roman" or m.group(1)):
                out.append(Para(kind, m.group(1) if kind != "dash" else "-", m.groups()[-1].strip(), number))
                break
        else:
            if UNITS_LINE.match(line):
                out.append(Para("units", "", line, number))
            elif upper or STARTS.match(line) or STOP.match(line) or not out:
                out.append(Para("text", "", line, number))
            else:
                out[-1].text = f"{out[-1].text} {line}".strip()
    for p in out:
        p.text = re.sub(r"\s+", " ", p.text)
    return out


def document_month(text: str) -> tuple[int, int] | None:
    """The program's month from its title ("Công tác tháng 11 năm 2023 của UBND huyện")."""
    for line in text.split("\n")[:40]:
        for m in TITLE_LINE.finditer(line):
            if re.search(r"ngày\s{1,3}\d{1,2}\s{1,3}$", line[:m.start()], re.I):
                continue  # "Mường Lát, ngày 28 tháng 4 năm 2023": the signing date, not the program's month
            if 1 <= int(m.group(1)) <= 12:
                return int(m.group(2)), int(m.group(1))
    for line in text.split("\n")[:15]:  # a weekly schedule: "(Từ ngày 06/10/2025 đến ngày 12/10/2025)"
        m = re.search(r"từ\s{1,3}ngày\s{1,3}\d{1,2}\s{0,2}[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{4})", line, re.I)
        if m and 1 <= int(m.group(1)) <= 12:
            return int(m.group(2)), int(m.group(1))
    return None


def _sentence(text: str) -> str:
    text = text.strip(" .;:,-–")
    if text.isupper():
        text = text.capitalize()
        for abbr in ("UBND", "HĐND", "MTTQ", "BCĐ"):
            text = re.sub(abbr, abbr, text, flags=re.I)
    return text[:1].upper() + text[1:]


def _units(inner: str, verb: str, tail: str) -> tuple[list, list | None]:
    """'Sở Tài chính chuẩn bị' -> ([('Sở Tài chính', 'lead')], None); 'X chủ trì, Y phối hợp' -> lead and
    support; '... chuẩn bị nội dung 1-3' -> the item numbers it covers."""
    numbers = None
    m = re.search(r"nội\s{1,3}dung\s{1,3}([\d\s,;và&–-]{1,80})", tail, re.I)
    if m:
        numbers = []
        for a, b in re.findall(r"(\d{1,2})(?:\s{0,2}[-–]\s{0,2}(\d{1,2}))?", m.group(1)):
            numbers += list(range(int(a), int(b) + 1)) if b and int(b) >= int(a) and int(b) - int(a) < 100 else [int(a)]
    units = []
    support = re.search(r",\s{0,3}([^,]{1,200}?)\s{1,3}phối\s{1,3}hợp", tail, re.I)
    for name in re.split(r"\s{0,2}[,;]\s{0,2}", inner):
        if name.strip():
            units.append((name.strip(), "lead" if not units else "support"))
    if support:
        units += [(n.strip(), "support") for n in re.split(r"\s{0,2}[,;]\s{0,2}", support.group(1)) if n.strip()]
    return units, numbers


def agenda_item(p: Para) -> Item:
    text = p.text
    m = UNITS_TAIL.search(text)
    units = []
    if m:
        units, _ = _units(m.group(1), m.group(2), m.group(3))
        text = text[:m.start()]
    number = int(p.label) if p.kind in ("number", "subnumber") else None
    return Item(number, _sentence(text), units, p.line)


class Parser:
    def __init__(self, text: str, year: int | None = None, month: int | None = None):
        self.text = text
        found = document_month(text)
        self.year, self.month = year or (found[0] if found else None), month or (found[1] if found else None)
        self.warnings, self.drafts = [], []
        self.mode, self.tentative, self.section_tentative = None, False, False
        self.day, self.slot, self.container, self.container_level = None, None, None, 0

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(f"Dòng {line}: {message}")

    def parse(self) -> Parsed:
        if not self.year or not self.month:
            raise ValueError("không thấy tháng và năm của chương trình (dòng tiêu đề 'tháng MM năm YYYY'); "
                             "hãy ghi rõ --year và --month")
        for p in paragraphs(self.text):
            if STOP.match(p.text) and p.kind == "text":
                break
            if p.kind in ("letter", "roman") or (p.kind == "text" and p.text.isupper() and not STARTS.match(p.text)):
                self.heading(p)
            elif self.mode == "schedule" or (self.mode is None and STARTS.match(p.text)):
                self.mode = "schedule"  # a weekly schedule starts with its first day, no section heading
                self.schedule(p)
            elif self.mode == "prep":
                self.prep(p)
        return Parsed(self.year, self.month, self.drafts, self.warnings)

    # Sections ---------------------------------------------------------------------------------------
    def heading(self, p: Para) -> None:
        text = p.text
        self.day = self.slot = self.container = None
        if self.mode is None and (TITLE_LINE.search(text) or DOC_TITLE.search(text)):
            return  # the document's own title ("LỊCH CÔNG TÁC TUẦN (Từ ngày 06/10 đến ngày 12/10/2025)")
        when = grammar.find_date(text, self.year, self.month, anywhere=True)
        if when and len(when.days) == 1 and not _rest(text, when) and p.kind == "text":
            self.mode, self.day = "schedule", when.days[0]  # "THỨ HAI, NGÀY 06/10/2025": a day heading
            self.check_weekday(p, when)
            return
        if p.kind == "letter" or self.mode is None or p.kind == "text":
            self.section_tentative = bool(grammar.TENTATIVE.search(text))
        if PREP.search(text) and not when:
            self.mode = "prep"
        elif SCHEDULE.search(text) or when:
            self.mode = "schedule"
        elif NARRATIVE.search(text):
            self.mode = "narrative"
        elif p.kind in ("letter", "roman"):
            self.mode = "narrative"  # an unknown numbered section: not a schedule (no events invented)
        self.tentative = self.section_tentative or bool(grammar.TENTATIVE.search(text))
        if self.mode == "prep":
            self.container = Draft(_sentence(text), "other", p.line, self.tentative, text=text)
            self.drafts.append(self.container)
        elif self.mode == "schedule" and when:
            self.container = self.event(p, text[:_date_start(text, when)] + " " + text[when.end:], when)
        self.container_level = p.level

    # Schedule ---------------------------------------------------------------------------------------
    def schedule(self, p: Para) -> None:
        if p.kind == "units":
            return self.assign_units(p)
        if self.container is not None and p.level <= self.container_level:
            self.container = None  # "7." after the items of "6.": a sibling, not an item
        text = p.text
        when = grammar.find_date(text, self.year, self.month, anywhere=True)
        weekly = None if when else grammar.find_weekly(text)
        if when is None and weekly is None:
            slot = grammar.SLOT_PREFIX.match(text)
            if slot and text[slot.end():slot.end() + 3].lstrip().startswith(":"):
                self.slot = grammar.slot_of(slot.group(1))
                text = text[slot.end():].lstrip(" :")
                if self.day is None:
                    return self.warn(p.line, f"'{p.text[:60]}': có buổi nhưng không rõ ngày, đã bỏ qua")
                return self.dated(p, text, When(days=[self.day], slot=self.slot))
            if self.container is not None:
                return self.container.agenda.append(agenda_item(p))
            if grammar.UNDATED.search(text):
                draft = self.event(p, text, None)
                # "Hội nghị X: lịch cụ thể sẽ thông báo sau" -> "Hội nghị X"
                parts = [part for part in re.split(r"[:;(]", draft.title) if not grammar.UNDATED.search(part)]
                draft.title = _sentence(" ".join(parts)) or draft.title
                return None
            if self.day is not None and p.kind in ("dash", "text"):
                return self.dated(p, text, When(days=[self.day], slot=self.slot))
            return self.warn(p.line, f"'{p.text[:60]}': không thấy ngày, đã bỏ qua")
        if weekly:
            draft = self.event(p, _without(text, grammar.WEEKLY), weekly)
            before = text[:grammar.WEEKLY.search(text).start()].strip(" :,-–")
            draft.title = _sentence(before) if before else draft.title  # "Giao ban X: chiều thứ Hai hằng tuần"
            return draft
        rest = _rest(text, when)
        if when.span and re.fullmatch(r"tuần\s{1,3}(?:\d{1,2}|thứ\s{1,3}\w{1,5}|[ivx]{1,4})\s{0,3}[(:]?", rest, re.I):
            self.day = self.slot = self.container = None  # "Tuần 2 (từ ngày 06/11 đến ngày 10/11)": a heading
            return None
        if not rest and len(when.days) == 1:  # a day heading: "1. Ngày 01 tháng 11 năm 2023"
            self.day, self.slot, self.container = when.days[0], None, None
            self.check_weekday(p, when)
            return None
        self.container = None
        return self.dated(p, rest, when)

    def dated(self, p: Para, text: str, when: When):
        self.check_weekday(p, when)
        if len(when.days) > 1:
            for day in when.days:
                self.event(p, text, When(days=[day], slot=when.slot))
            return None
        draft = self.event(p, text, when)
        if draft.kind == "meeting" and p.kind in ("number", "text") and not draft.agenda:
            self.container, self.container_level = draft, p.level  # numbered items may follow
        return draft

    def check_weekday(self, p: Para, when: When) -> None:
        if when.stated_weekday is not None and when.days and when.days[0].weekday() != when.stated_weekday:
            day = when.days[0]
            self.warn(p.line, f"ngày {day:%d/%m/%Y} là {WEEKDAY_LABELS[day.weekday()]}, văn bản ghi "
                              f"{WEEKDAY_LABELS[when.stated_weekday]}")

    def event(self, p: Para, text: str, when: When | None) -> Draft:
        text = REFERENCE_NOTE.sub("", text).strip(" :-–")
        draft = Draft("", "other", p.line, self.tentative or bool(grammar.TENTATIVE.search(p.text)), text=p.text)
        if when:
            draft.day = when.days[0] if when.days else None
            draft.span, draft.slot, draft.weekly = when.span, when.slot, when.weekly
        slot = grammar.SLOT_PREFIX.match(text)
        if slot and text[slot.end():slot.end() + 2].lstrip().startswith(":"):
            draft.slot = grammar.slot_of(slot.group(1))
            text = text[slot.end():].lstrip(" :")
        draft.clock = grammar.find_clock(text)
        if draft.clock:
            text = grammar.CLOCK.sub("", text, count=1).lstrip(" ,:")
        units = UNITS_TAIL.search(text)
        if units:
            text = text[:units.start()].strip()
        m = CHAIR.match(text)
        if m:
            draft.chair = m.group(1).strip()
            text = text[m.end():]
            note = re.match(r"(chủ\s{1,3}trì[^;,]{0,40})[;,]\s*", text, re.I)
            if note:
                draft.chair_note, text = _sentence(note.group(1)), text[note.end():]
            text = re.sub(r"^chủ\s{1,3}trì\s{1,3}", "", text, flags=re.I)
        else:
            m = CHAIR_TITLE.match(text)
            if m:
                draft.chair = m.group(1)
            subject = SUBJECT.match(text)
            if subject:
                draft.subject = subject.group(1).strip()
        for place in PLACE.finditer(text):
            words = place.group(1).split()
            admin = words[0].casefold() in ADMIN_WORDS
            if not admin or any(w[:1].isupper() for w in words[1:]):  # "tại xã Nhi Sơn", not "tại xã về ..."
                draft.location = place.group(1).strip(" ,")
        draft.title = _sentence(text) or _sentence(p.text)
        low = draft.title.casefold()
        if re.search(r"tiếp\s{1,3}(?:công\s{1,3})?dân", low):
            draft.kind = "reception"
        elif draft.span:
            draft.kind = "multi_day"
        elif re.search(r"hội\s{1,3}nghị|họp|giao\s{1,3}ban|làm\s{1,3}việc|hội\s{1,3}thảo|tọa\s{1,3}đàm", low):
            draft.kind = "meeting"
        if units:
            names, _ = _units(units.group(1), units.group(2), units.group(3))
            draft.agenda.append(Item(None, draft.title, names, p.line))
        self.drafts.append(draft)
        return draft

    def assign_units(self, p: Para) -> None:
        """"(UBND huyện chuẩn bị nội dung 1-3)": a unit for several items above it."""
        m = UNITS_TAIL.search(p.text)
        if not m or self.container is None:
            return self.warn(p.line, f"'{p.text[:60]}': không biết giao cho nội dung nào")
        units, numbers = _units(m.group(1), m.group(2), m.group(3))
        targets = [i for i in self.container.agenda if numbers is None or i.number in numbers]
        if numbers is None:
            targets = targets[-1:]
        for item in targets:
            has_lead = any(role == "lead" for _, role in item.units)
            item.units += [(name, "support" if has_lead else role) for name, role in units
                           if name not in {n for n, _ in item.units}]
        return None

    # Preparation lists ------------------------------------------------------------------------------
    def prep(self, p: Para) -> None:
        if p.kind == "units":
            return self.assign_units(p)
        if self.container is None:
            return None
        item = agenda_item(p)
        if not item.units:
            subject = re.match(r"^(.{3,120}?)\s{1,3}chuẩn\s{1,3}bị\s{1,3}", p.text, re.I)
            if subject:
                names = [n.strip() for n in subject.group(1).split(";") if n.strip()]
                item.units = [(n, "lead" if i == 0 else "support") for i, n in enumerate(names)]
        self.container.agenda.append(item)
        return None


def _date_start(text: str, when: When) -> int:
    """Where the date phrase begins (so the text before it, e.g. a meeting's name, is kept)."""
    head = re.match(r"\s{0,3}(?:(?:buổi\s{1,3})?(?:sáng|chiều|tối)\s{1,3})?(?:dự\s{1,3}kiến\s{1,3})?(?:vào\s{1,3})?",
                    text, re.I)
    lead = re.search(r"(?:[:,]?\s{0,3}(?:vào|dự\s{1,3}kiến|diễn\s{1,3}ra|tổ\s{1,3}chức)?\s{0,3}(?:vào\s{1,3})?"
                     r"(?:(?:các\s{1,3})?ngày|từ)\s[^:]{0,80})$", text[:when.end], re.I)
    if lead and lead.start() > 0:
        return lead.start()
    return head.end() if head and head.end() < when.end and when.end - head.end() < 80 and lead is None else 0


def _rest(text: str, when: When) -> str:
    """The paragraph without its date phrase."""
    rest = (text[:_date_start(text, when)] + " " + text[when.end:]).strip()
    if grammar.WEEKDAY_LEAD.match(text.strip()):
        rest = grammar.WEEKDAY_LEAD.sub("", rest)
    return re.sub(r"^[\s:;,.()–-]+|[\s:;,(–-]+$", "", rest)  # a closing ")" at the end belongs to the text


def _without(text: str, regex) -> str:
    return regex.sub("", text, count=1).strip(" ,:;-–")


def parse(document, year: int | None = None, month: int | None = None, names=()) -> Parsed:
    # Interim: the document's text through the old line parser (the block parser replaces this).
    from service.importer.document import Document
    from service.importer.found import DocInfo
    from service.importer.repair import normalise
    if isinstance(document, Document):
        lines = [""] * max([b.line for b in document.blocks] or [0])
        for b in document.blocks:
            lines[b.line - 1] = Document([b]).text()
        text = "\n".join(lines)
    else:
        text = document
    parsed = Parser(normalise(text, names), year, month).parse()
    parsed.document = DocInfo(kind="weekly" if re.search(r"lịch\s+công\s+tác\s+tuần", text[:2000], re.I) else "monthly")
    parsed.skipped = []
    return parsed
