"""The monthly program and the weekly schedule as a neutral document, read from the database once: the
header block of Nghị định 30/2020/NĐ-CP (issuing body, Quốc hiệu–Tiêu ngữ, "Số:", place and date), the
title, the body in the genre's own structure, "Nơi nhận", the signature and, for an adjusted version, the
annex. The .docx and the PDF renderers (render_docx, render_pdf) print the same paragraphs and rows, so
the two files always say the same thing.

The body is written in the forms the importer reads (service/importer), so an exported program imported
again gives back its events:
- a month: "I. CÁC HỘI NGHỊ, HOẠT ĐỘNG THỜI GIAN THÔNG BÁO SAU" (undated items, "…: thời gian thông báo
  sau.", their agenda after "- Nội dung:"), "CÁC HỘI NGHỊ, HOẠT ĐỘNG ĐỊNH KỲ" ("…: chiều thứ Hai hằng
  tuần."), "CÁC HOẠT ĐỘNG NHIỀU NGÀY" ("Từ ngày 13/11/2023 đến ngày 15/11/2023: …"), "LỊCH TIẾP CÔNG DÂN"
  (one line per reception, several days as "vào các ngày 01, 08, 15/11/2023"), "LỊCH HỘI NGHỊ, CUỘC HỌP VÀ
  CÁC HOẠT ĐỘNG KHÁC" by day ("1. Thứ Hai, ngày 20/11/2023", "- Buổi sáng (8 giờ 00): …", agenda items
  "+ … (X chuẩn bị)." or "(X chủ trì, Y phối hợp)."); tentative entries end with "(dự kiến)";
- a week: the table offices circulate (Thứ, ngày · Buổi · Nội dung · Chủ trì · Thành phần · Địa điểm ·
  Chuẩn bị), one row per event, the day cell merged over the day's rows.

What is left out, on purpose: cancelled events and cancelled occurrences of a series are not printed (an
issued document lists what will happen; the annex of an adjusted version says "Hủy"), so there is no
"Hoãn" line; end hours are not printed (the genre writes the hour a meeting starts: "14 giờ 00: …").
Everything is read through service.listing (a fixed number of statements whatever the month holds)."""
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from service import offices
from service.calendar_rules import local_midnight
from service.events import list_occurrences
from service.importer.parse import PREP
from service.publishing.annex import Revision
from service.vocabulary import SLOT_LABELS, WEEKDAY_LABELS, rule_words

BUOI = {"all_day": "Cả ngày", "morning": "Sáng", "afternoon": "Chiều", "evening": "Tối"}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
WEEK_COLUMNS = ("Thứ, ngày", "Buổi", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm", "Chuẩn bị")


@dataclass
class Item:
    """An agenda item: its title and who prepares it, as the document writes it ("Sở Tài chính chuẩn bị",
    "Sở Tài chính chủ trì, Sở Nội vụ phối hợp"; "" when nobody is named)."""

    title: str
    preparing: str = ""

    @property
    def text(self) -> str:
        title = self.title.rstrip(" .;")
        return f"{title} ({self.preparing})." if self.preparing else f"{title}."


@dataclass
class Entry:
    """One event (or one occurrence, in a week) as the document prints it."""

    event_id: int
    title: str
    kind: str
    tentative: bool
    first: date | None = None  # None: undated
    last: date | None = None
    slot: str | None = None  # morning | afternoon | evening | full_day, or None (an hour, or all day)
    clock: time | None = None  # the local hour it starts, when it has one
    end_clock: time | None = None  # the local hour a timed event spanning several days ends
    weekly: str = ""  # "chiều thứ Hai hằng tuần"
    chair: str = ""
    attendees: list = field(default_factory=list)
    location: str = ""
    items: list = field(default_factory=list)
    units: list = field(default_factory=list)  # who prepares, for the week's last column

    @property
    def row(self) -> str:
        """The buổi row of the week it goes in."""
        if self.slot in ("morning", "afternoon", "evening"):
            return self.slot
        if self.clock is not None:
            return "morning" if self.clock < time(12) else "afternoon" if self.clock < time(18) else "evening"
        return "all_day"

    @property
    def hour(self) -> str:
        """"8 giờ 00" or ""."""
        return f"{self.clock.hour} giờ {self.clock.minute:02d}" if self.clock else ""

    def span_words(self, lead: str = "Từ") -> str:
        """"Từ ngày 13/11/2023 đến ngày 15/11/2023"; a timed one with its hours, "Từ 22 giờ 00 ngày 31/10/2023
        đến 2 giờ 00 ngày 01/11/2023"."""
        if self.clock is None:
            return f"{lead} ngày {self.first:%d/%m/%Y} đến ngày {self.last:%d/%m/%Y}"
        end = f"{self.end_clock.hour} giờ {self.end_clock.minute:02d} " if self.end_clock is not None else ""
        return f"{lead} {self.hour} ngày {self.first:%d/%m/%Y} đến {end}ngày {self.last:%d/%m/%Y}"

    def fields(self) -> str:
        """" Chủ trì: …. Thành phần: …. Địa điểm: …." (what it has), after the title."""
        out = []
        if self.chair:
            out.append(f"Chủ trì: {self.chair}.")
        if self.attendees:
            out.append(f"Thành phần: {', '.join(self.attendees)}.")
        if self.location:
            out.append(f"Địa điểm: {self.location}.")
        return (" " + " ".join(out)) if out else ""

    @property
    def headline(self) -> str:
        """The title, "(dự kiến)" after it when the date is tentative."""
        title = self.title.rstrip(" .;:")
        return f"{title} (dự kiến)" if self.tentative else title

    def when_words(self) -> str:
        """"Sáng thứ Hai, 20/11/2023", "8 giờ 00, thứ Hai, 20/11/2023", "từ ngày … đến ngày …": for the annex."""
        if self.first is None:
            return "Thời gian thông báo sau"
        if self.weekly:
            return self.weekly[0].upper() + self.weekly[1:]
        if self.last and self.last > self.first:
            return self.span_words()
        day = f"{WEEKDAY_LABELS[self.first.weekday()].lower()}, {self.first:%d/%m/%Y}"
        if self.clock:
            return f"{self.hour}, {day}"
        if self.slot in ("morning", "afternoon", "evening"):
            return f"{BUOI[self.slot]} {day}"
        return day[0].upper() + day[1:]


@dataclass
class Para:
    """One paragraph of the body: `style` is section | day | entry | intro | item | text."""

    style: str
    text: str


@dataclass
class Header:
    parent: str  # "UBND TỈNH BẮC GIANG", "" when the office names none
    office: str  # "VĂN PHÒNG"
    code: str  # "CTr-VP": the number is left for the office to fill in
    place: str  # "Bắc Giang", or a dotted gap
    issued: date

    @property
    def number_line(self) -> str:
        return f"Số:      /{self.code}"

    @property
    def date_line(self) -> str:
        return f"{self.place}, {issue_date_words(self.issued)}"


@dataclass
class ExportDocument:
    kind: str  # month | week
    first: date
    last: date
    header: Header
    title: str  # "CHƯƠNG TRÌNH" / "LỊCH CÔNG TÁC TUẦN"
    subtitle: str  # "Công tác tháng 11 năm 2023 của …" / "(Từ ngày … đến ngày …)"
    revision: Revision
    entries: list  # every Entry, in the order printed
    body: list  # Para (month)
    rows: list  # week rows: dict(day, day_label, buoi, entry, day_rows (rowspan, on the day's first row), ...)
    receivers: list
    signer: str
    closing: str

    @property
    def adjusted(self) -> str:
        return f"(Điều chỉnh lần {self.revision.number})" if self.revision.number > 0 else ""

    @property
    def annex_caption(self) -> str:
        what = (f"Chương trình công tác tháng {self.first.month} năm {self.first.year}" if self.kind == "month" else
                f"Lịch công tác tuần từ ngày {self.first:%d/%m/%Y} đến ngày {self.last:%d/%m/%Y}")
        return f"(Kèm theo {what}, điều chỉnh lần {self.revision.number})"

    @property
    def filename(self) -> str:
        """ASCII: "chuong-trinh-cong-tac-2023-11", "lich-cong-tac-tuan-2023-11-20" (+ "-dieu-chinh-N")."""
        base = (f"chuong-trinh-cong-tac-{self.first:%Y-%m}" if self.kind == "month"
                else f"lich-cong-tac-tuan-{self.first:%Y-%m-%d}")
        return base + (f"-dieu-chinh-{self.revision.number}" if self.revision.number > 0 else "")

    @property
    def display_filename(self) -> str:
        """The name in Vietnamese (for filename*=UTF-8'')."""
        base = (f"Chương trình công tác tháng {self.first.month:02d}-{self.first.year}" if self.kind == "month"
                else f"Lịch công tác tuần {self.first:%d-%m-%Y}")
        return base + (f" (Điều chỉnh lần {self.revision.number})" if self.revision.number > 0 else "")


def issue_date_words(day: date) -> str:
    """"ngày 01 tháng 12 năm 2026": NĐ 30/2020 writes days below 10 and the months 1 and 2 with a zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


_LEVEL = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(.+)$", re.I)


def header_of(office_name: str, issued: date) -> tuple[Header, str]:
    """The issuing body from OFFICE_NAME ("Văn phòng UBND tỉnh Bắc Giang" -> "UBND TỈNH BẮC GIANG" over
    "VĂN PHÒNG", code "CTr-VP", place "Bắc Giang"), and the signer's title."""
    name = " ".join(office_name.split())
    match = re.match(r"^(văn phòng)\s+(.+)$", name, re.I)
    if match:
        parent, office, code, signer = match.group(2), "Văn phòng", "CTr-VP", "CHÁNH VĂN PHÒNG"
    else:
        parent, office, code, signer = "", name, "CTr-" + _initials(name), "THỦ TRƯỞNG CƠ QUAN"
    level = _LEVEL.search(parent or office)
    place = level.group(2).strip() if level else "……………"
    return Header(parent.upper(), office.upper(), code, place, issued), signer


def _initials(name: str) -> str:
    words = [w for w in re.split(r"\s+", name) if w]
    upper = [w for w in words if w.isupper() and len(w) > 1]
    return upper[0] if upper else "".join(w[0].upper() for w in words[:4])


def _preparing(item) -> str:
    """"Sở Tài chính chuẩn bị" / "Sở Tài chính chủ trì, Sở Nội vụ phối hợp", or the import's text."""
    units = sorted(item.preparations, key=lambda p: (p.role != "lead", p.position))
    names = [p.unit.name for p in units]
    if not names:
        text = item.preparing_units_text or ""
        if not text or item.title.startswith(text):  # "Các phòng, ban … chuẩn bị nội dung …": the title says who
            return ""
        return f"{text} chuẩn bị"
    if len(names) == 1:
        return f"{names[0]} chuẩn bị"
    return f"{names[0]} chủ trì, {', '.join(names[1:])} phối hợp"


def _entry(event, occ, tz) -> Entry:
    attendees = [g.name for g in event.groups] + [p.name for p in event.attendees] + [u.name for u in event.units]
    if event.attendees_text and not attendees:
        attendees = [event.attendees_text]
    chair = event.chair.name if event.chair else (event.chair_text or "")
    items = [Item(i.title, _preparing(i)) for i in event.live_agenda]
    units = []
    for i in event.live_agenda:
        for p in sorted(i.preparations, key=lambda p: p.role != "lead"):
            if p.unit.name not in units:
                units.append(p.unit.name)
        if not i.preparations and i.preparing_units_text and i.preparing_units_text not in units:
            units.append(i.preparing_units_text)
    entry = Entry(event.id, event.title, event.kind, event.status == "tentative", chair=chair, attendees=attendees,
                  location=event.location.name if event.location else "", items=items, units=units)
    if occ is None:
        return entry
    if isinstance(occ.start, datetime):
        start, end = occ.start.astimezone(tz), occ.end.astimezone(tz)
        entry.first = start.date()
        entry.last = (end - timedelta(microseconds=1)).date() if end > start else start.date()
        entry.slot = event.slot
        if event.slot is None:
            entry.clock = start.time()
        if entry.last > entry.first and entry.clock is not None:  # overnight: the hours it starts and ends
            entry.end_clock = end.time()
    else:
        entry.first, entry.last = occ.start, occ.end
        entry.slot = "full_day" if event.slot == "full_day" else None
    return entry


def _weekly(event) -> bool:
    words = rule_words(event.rrule, event.slot)
    return bool(event.rrule) and words.endswith("hằng tuần") and "INTERVAL" not in event.rrule


def weekly_words(event, occ, tz) -> str:
    """How the month's program lists a weekly series, once: "chiều thứ Hai hằng tuần" (", 8 giờ 00" when
    it has an hour); "" for an event listed once per occurrence. Shared with versions.current, so the
    annex counts what the document prints."""
    if not (event.rrule and _weekly(event)):
        return ""
    words = rule_words(event.rrule, event.slot)
    words = words[0].lower() + words[1:]
    entry = _entry(event, occ, tz)
    return f"{words}, {entry.hour}" if entry.clock else words


def read(ctx, first: date, last: date, series_once: bool) -> list[Entry]:
    """The entries of [first, last], cancelled ones left out; with `series_once`, a weekly series is one
    entry ("chiều thứ Hai hằng tuần") instead of one per occurrence."""
    lo, hi = local_midnight(first, ctx.tz), local_midnight(last + timedelta(days=1), ctx.tz)
    out, seen = [], set()
    for event, occ in list_occurrences(ctx, lo, hi):
        if event.status == "cancelled" or (occ is not None and occ.cancelled):
            continue
        weekly = weekly_words(event, occ, ctx.tz) if series_once else ""
        if weekly:
            if event.id in seen:
                continue
            seen.add(event.id)
            entry = _entry(event, occ, ctx.tz)
            entry.weekly = weekly  # "chiều thứ Hai hằng tuần"
            out.append(entry)
            continue
        out.append(_entry(event, occ, ctx.tz))
    return out


def _month_body(entries: list[Entry]) -> list[Para]:
    undated = [e for e in entries if e.first is None]
    weekly = [e for e in entries if e.weekly]
    spans = [e for e in entries if e.first and not e.weekly and e.last > e.first]
    receptions = [e for e in entries if e.first and not e.weekly and e.last == e.first and e.kind == "reception"
                  and e.slot is None and e.clock is None]
    taken = {id(e) for e in undated + weekly + spans + receptions}
    days: dict[date, list[Entry]] = {}
    for e in entries:
        if id(e) not in taken:
            days.setdefault(e.first, []).append(e)
    sections = []
    # "Các nội dung chuẩn bị trong tháng", "Các nội dung, đề án trình Chủ tịch UBND tỉnh": a list of papers with
    # no meeting of its own is a section of its own, its items one a line (the genre's form, and the importer's)
    for e in [e for e in undated if e.items and PREP.search(e.title) and not e.chair and not e.location]:
        undated.remove(e)
        sections.append((e.title.rstrip(" .:"), [Para("item", "- " + i.text) for i in e.items]))
    for heading, entries, line in (
            ("CÁC HỘI NGHỊ, HOẠT ĐỘNG THỜI GIAN THÔNG BÁO SAU", undated, lambda e: f"{e.headline}: thời gian thông báo sau"),
            ("CÁC HỘI NGHỊ, HOẠT ĐỘNG ĐỊNH KỲ", weekly, lambda e: f"{e.headline}: {e.weekly}"),
            ("CÁC HOẠT ĐỘNG NHIỀU NGÀY", spans,
             lambda e: f"{e.span_words('Dự kiến từ' if e.tentative else 'Từ')}: {e.title.rstrip(' .;:')}")):
        if entries:  # a numbered section: one entry a line, its items under it
            paras = []
            for n, e in enumerate(entries, 1):
                paras.append(Para("entry", f"{n}. {line(e)}.{e.fields()}"))
                paras.extend(_items(e))
            sections.append((heading, paras))
    if receptions:
        paras, groups = [], {}
        for e in receptions:  # the same reception on several days: one line, "vào các ngày 01, 08, 15/11/2023"
            key = (e.title, e.chair, tuple(e.attendees), e.location, e.tentative, bool(e.items))
            groups.setdefault(key, []).append(e)
        for n, group in enumerate(groups.values(), 1):
            e = group[0]
            if len(group) == 1:
                when = f"ngày {e.first:%d/%m/%Y}"
            else:
                when = "vào các ngày " + ", ".join(f"{g.first:%d}" for g in group[:-1]) + f", {group[-1].first:%d/%m/%Y}"
                if len({g.first.month for g in group}) > 1:
                    when = "vào các ngày " + ", ".join(f"{g.first:%d/%m/%Y}" for g in group)
            lead = "Dự kiến " if e.tentative else ""
            paras.append(Para("entry", f"{n}. {e.title.rstrip(' .;:')}: {lead}{when}.{e.fields()}"))
            paras.extend(_items(e))
        sections.append(("LỊCH TIẾP CÔNG DÂN", paras))
    if days:
        paras = []
        order = {"all_day": 0, "morning": 1, "afternoon": 2, "evening": 3}
        for n, day in enumerate(sorted(days), 1):
            paras.append(Para("day", f"{n}. {WEEKDAY_LABELS[day.weekday()]}, ngày {day:%d/%m/%Y}"))
            for e in sorted(days[day], key=lambda e: (e.slot is not None or e.clock is not None, order[e.row],
                                                      e.clock or time(0))):
                paras.append(Para("entry", f"- {_slot_lead(e)}{e.headline}.{e.fields()}"))
                paras.extend(_items(e, "+ "))
        sections.append(("LỊCH HỘI NGHỊ, CUỘC HỌP VÀ CÁC HOẠT ĐỘNG KHÁC", paras))
    body = []
    for n, (heading, paras) in enumerate(sections):
        body.append(Para("section", f"{ROMAN[n]}. {heading}"))
        body.extend(paras)
    return body


def _slot_lead(e: Entry) -> str:
    """"Buổi sáng: ", "Buổi chiều (14 giờ 00): ", "Cả ngày: ", or "" for a day without hours (the day
    heading says it all; such entries come first, before a slot line sets the buổi)."""
    if e.clock is not None:
        return f"{SLOT_LABELS[e.row]} ({e.hour}): " if e.row != "all_day" else f"{e.hour}: "
    return f"{SLOT_LABELS[e.slot]}: " if e.slot else ""


def _items(e: Entry, bullet: str = "+ ") -> list[Para]:
    if not e.items:
        return []
    return [Para("intro", "- Nội dung:")] + [Para("item", bullet + i.text) for i in e.items]


def _week_rows(entries: list[Entry], first: date) -> list[dict]:
    order = {"all_day": 0, "morning": 1, "afternoon": 2, "evening": 3}
    rows = []
    for offset in range(7):
        day = first + timedelta(days=offset)
        here = [e for e in entries if e.first is not None and e.first <= day <= e.last and (e.first == day or e.first < first and day == first)]
        # a span is "Cả ngày", first; a timed one (overnight) goes in the buổi it starts, on the day it starts
        def in_buoi(e, day=day):
            return e.last == e.first or (e.clock is not None and e.first == day)
        here.sort(key=lambda e: (order[e.row] if in_buoi(e) else -1, e.clock or time(0)))
        for n, e in enumerate(here):
            shown_in_buoi = in_buoi(e)
            rows.append({"day": day, "day_label": f"{WEEKDAY_LABELS[day.weekday()]}\n{day:%d/%m/%Y}",
                         "buoi": (BUOI[e.row] if shown_in_buoi else "Cả ngày") + (" (dự kiến)" if e.tentative else ""),
                         "entry": e,
                         "content": _week_content(e), "day_rows": len(here) if n == 0 else 0})
    return rows


def _week_content(e: Entry) -> str:
    """The Nội dung cell: "8 giờ 00: Hội nghị … (dự kiến)", a span's dates first, then its items."""
    lead = ""
    if e.last > e.first:
        lead = f"{e.span_words()}: "
    elif e.clock is not None:
        lead = f"{e.hour}: "
    return lead + e.title.rstrip(" .;:")  # ("dự kiến" is said in the Buổi cell, where the time is)


def build(ctx, kind: str, first: date, revision: Revision) -> ExportDocument:
    """The document of the month starting `first` (kind "month") or the week starting on Monday `first`."""
    today = ctx.now().astimezone(ctx.tz).date()
    office = offices.name_of(ctx)
    header, signer = header_of(office, today)
    if kind == "month":
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        entries = read(ctx, first, last, series_once=True)
        paras, rows = _month_body(entries), []
        title, subtitle = "CHƯƠNG TRÌNH", f"Công tác tháng {first.month} năm {first.year} của {office}"
        closing = ("Căn cứ nội dung Chương trình công tác, đề nghị các cơ quan, đơn vị có liên quan chuẩn bị tốt "
                   "nội dung, tài liệu theo quy chế làm việc./.")
    else:
        last = first + timedelta(days=6)
        entries = read(ctx, first, last, series_once=False)
        paras, rows = [], _week_rows(entries, first)
        title, subtitle = "LỊCH CÔNG TÁC TUẦN", f"(Từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y})"
        header = replace(header, code=header.code.replace("CTr-", "LCT-", 1))  # "Lịch công tác", not "Chương trình"
        closing = "Lịch công tác tuần có thể thay đổi; các thay đổi được thông báo bằng văn bản./."
    body = re.sub(r"^văn phòng\s+", "", office.strip(), flags=re.I)
    receivers = [f"Thường trực, lãnh đạo {body} (b/c);", "Các cơ quan, đơn vị có liên quan;", "Lưu: VT."]
    ordered = [r["entry"] for r in rows] if kind == "week" else entries
    return ExportDocument(kind, first, last, header, title, subtitle, revision, ordered, paras, rows, receivers, signer,
                          closing)
