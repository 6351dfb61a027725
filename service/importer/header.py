"""Stage 2: the document's header — who issued it, its title, its kind and period.

A header (NĐ 30/2020 layout) is: the issuing body on the left ("ĐẢNG BỘ TỈNH X" / "HUYỆN ỦY Y", or
"ỦY BAN NHÂN DÂN" / "HUYỆN Z"), the national motto and "Nơi, ngày … tháng … năm …" (the signing date) on
the right, the number ("Số 45-CTr/HU"), then the title ("CHƯƠNG TRÌNH" / "Công tác tháng 11 năm 2023 …",
"LỊCH CÔNG TÁC TUẦN" / "(Từ ngày 06/10 đến ngày 12/10/2025)"). The title's lines are consumed here; the
body starts after them."""
import re
from datetime import date, timedelta

from service.importer.found import DocInfo, Skipped
from service.importer.lines import NATIONAL, Line
from service.importer.structure import mark

TITLE_START = re.compile(r"^(?:chương\s{1,3}trình|lịch\s{1,3}(?:công\s{1,3}tác|làm\s{1,3}việc)|kế\s{1,3}hoạch\s{1,3}"
                         r"công\s{1,3}tác|công\s{1,3}tác\s{1,3}(?:của\s{1,3}|tháng|tuần)"
                         # "THÔNG BÁO" / "Lịch tiếp công dân … tháng 3 năm 2025": a notice whose title says the period;
                         # "Lịch tiếp công dân …", "Lịch tiếp xúc cử tri …", "Thông báo lịch công tác tuần …"
                         r"|thông\s{1,3}báo(?:\s*$|\s{1,3}(?=lịch|chương\s{1,3}trình|kế\s{1,3}hoạch))"
                         r"|lịch\s{1,3}tiếp\s{1,3}(?:công\s{1,3}dân|xúc\s{1,3}cử\s{1,3}tri))", re.I)
TITLE_MORE = re.compile(r"^(?:\(|công\s{1,3}tác|tháng|tuần|của|từ|năm|thường\s{1,3}trực|lãnh\s{1,3}đạo|ban\s{1,3}"
                        r"thường\s{1,3}vụ|chủ\s{1,3}tịch|các\s{1,3}phó|hđnd|ubnd|đảng\s{1,3}ủy|huyện\s{1,3}ủy|tỉnh"
                        r"\s{1,3}ủy)", re.I)
# "(8h00) Hội nghị …", "(14 giờ) …": an entry opening with its hour in brackets, never more of the title
OPENING_HOUR = re.compile(r"^\(\s{0,2}\d{1,2}\s{0,2}(?:h|g|giờ)\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?\s{0,2}\)", re.I)
MONTH = re.compile(r"tháng\s{1,3}(\d{1,2})\s{0,3}(?:năm\s{1,3}|/\s{0,2})(\d{4})", re.I)
SIGNED = re.compile(r"^[^,]{2,40},\s{0,3}ngày\s{1,3}\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4}", re.I)
WEEK_SPAN = re.compile(r"(?:từ\s{1,3})?(?:ngày\s{1,3})?(?<![\d/])(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})(?:\s{0,2}[/.-]\s{0,2}(\d{4}))?"
                       r"\s{0,3}(?:đến|-|–)\s{0,3}(?:ngày\s{1,3})?(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]"
                       r"\s{0,2}(\d{4})", re.I)
WEEK_NUMBER = re.compile(r"tuần\s{1,3}(?:thứ\s{1,3})?(\d{1,2})(?:\s{0,3}(?:năm|/)\s{0,3}(\d{4}))?", re.I)
# "Số: 21/CTr-HĐND", and "Số:      /CTr-VP" as a document is drafted, the number left for the office to fill in
NUMBER_LINE = re.compile(r"^(?:số|so)\s{0,3}(?:[:.]?\s{0,3}\S{0,4}\d|[:.]\s{0,12}/\s{0,2}[A-ZĐ])", re.I)
BODY = [  # as written (folded) -> as the product names it
    (r"ủy\s{1,3}ban\s{1,3}nhân\s{1,3}dân|uỷ\s{1,3}ban\s{1,3}nhân\s{1,3}dân|ubnd", "UBND"),
    (r"hội\s{1,3}đồng\s{1,3}nhân\s{1,3}dân|hđnd", "HĐND"),
    (r"huyện\s{1,3}ủy|huyện\s{1,3}uỷ", "Huyện ủy"), (r"tỉnh\s{1,3}ủy|tỉnh\s{1,3}uỷ", "Tỉnh ủy"),
    (r"thành\s{1,3}ủy|thành\s{1,3}uỷ", "Thành ủy"), (r"thị\s{1,3}ủy|thị\s{1,3}uỷ", "Thị ủy"),
    (r"đảng\s{1,3}ủy|đảng\s{1,3}uỷ", "Đảng ủy"), (r"văn\s{1,3}phòng", "Văn phòng"),
    (r"ban\s{1,3}thường\s{1,3}vụ", "Ban Thường vụ"), (r"thường\s{1,3}trực", "Thường trực"),
]
LEVEL = r"(?:tỉnh|huyện|xã|phường|thị\s{1,3}trấn|thành\s{1,3}phố|thị\s{1,3}xã|quận)"
_BODY_RE = re.compile(r"^(" + "|".join(p for p, _ in BODY) + r")\b\s{0,3}(.*)$", re.I)


def read_header(items: list, year=None, month=None):
    """(DocInfo, index of the first body item, skipped lines, year, month)."""
    lines = [(n, i) for n, i in enumerate(items[:40]) if isinstance(i, Line)]
    skipped, issuer_lines, title, end = [], [], [], 0
    for pos, (n, item) in enumerate(lines):
        text = item.text
        if TITLE_START.match(text) and not SIGNED.match(text):
            title, end = [text], n + 1
            for n2, more in lines[pos + 1:pos + 4]:
                if n2 != end or OPENING_HOUR.match(more.text) or more.number or len(more.text.split()) > 30 \
                        or more.text.rstrip().endswith(":"):
                    # a table run between, "(8h00) Hội nghị …", a numbered heading (Word's number), the preamble
                    # ("Tháng 9/2024, UBND xã đã … như sau:"): the body has begun
                    break
                if TITLE_MORE.match(more.text) or (len(title) == 1 and len(title[0].split()) <= 3) or _wrapped(
                        title[-1], more.text):
                    title.append(more.text)
                    end = n2 + 1
                else:
                    break
            break
        if SIGNED.match(text):
            skipped.append(Skipped(item.line, text, "ngày ký văn bản"))
        elif not NATIONAL.search(text) and not NUMBER_LINE.match(text) and not re.fullmatch(
                r"[-–_*\s.]*|(?:việt\s{1,3})?nam", text, re.I):  # "… VIỆT" / "NAM": the motto wrapped in its cell
            issuer_lines.append(text)
        if n > 12:
            issuer_lines, skipped = [], []
            break  # no title near the top: the body starts at the first line
    if not title:
        end, skipped = 0, [s for s in skipped]
        first = next((i for i in items[:5] if isinstance(i, Line) and MONTH.search(i.text)), None)
        if first is not None and not SIGNED.match(first.text):
            title, end = [first.text], items.index(first) + 1
    if title and not (MONTH.search(" ".join(title)) or WEEK_SPAN.search(" ".join(title))):
        # the period on a line a little below the title (a wrapped line between): take the title up to it
        after = [(n2, i) for n2, i in lines if n2 >= end][:3]
        for k, (n2, more) in enumerate(after):
            if re.match(r"^\(|^(?:từ|tuần|tháng)\b", more.text, re.I) and (MONTH.search(more.text) or WEEK_SPAN.search(
                    more.text)):
                title += [i.text for _, i in after[:k + 1]]
                end = n2 + 1
                break
    info = DocInfo()
    joined = re.sub(r"\s+", " ", " ".join(title)).strip()
    shown = " ".join(_unshout(re.sub(r"\s{0,3}[()]\s{0,3}", " ", t).strip()) for t in title)
    info.title = (shown[:1].upper() + shown[1:]).strip() or None
    info.issuer = issuer(issuer_lines) or _issuer_in_title(info.title or "")
    found = MONTH.search(joined)
    span = WEEK_SPAN.search(joined)
    week = WEEK_NUMBER.search(joined)
    if span:
        d1, m1, y1, d2, m2, y2 = span.groups()
        try:
            last = date(int(y2), int(m2), int(d2))
            first_day = date(int(y1 or (int(y2) - (1 if int(m1) > int(m2) else 0))), int(m1), int(d1))
            if first_day <= last:
                info.period_start, info.period_end = first_day, last
        except ValueError:
            pass
    if info.period_start is None and week and (week.group(2) or year):
        try:
            info.period_start = date.fromisocalendar(int(week.group(2) or year), int(week.group(1)), 1)
            info.period_end = info.period_start + timedelta(days=6)
        except ValueError:
            pass
    is_weekly = bool(re.search(r"\btuần\b", joined, re.I)) or (
        info.period_start is not None and (info.period_end - info.period_start).days <= 7)
    if info.period_start is not None and is_weekly:
        info.kind = "weekly"
        if not (year and month):
            middle = info.period_start + (info.period_end - info.period_start) / 2
            year, month = year or info.period_start.year, month or info.period_start.month
            if info.period_start.month != info.period_end.month and middle.month != info.period_start.month:
                month = info.period_start.month  # the import is filed under the month the week starts in
    elif found and 1 <= int(found.group(1)) <= 12:
        info.kind = "monthly"
        year, month = year or int(found.group(2)), month or int(found.group(1))
    if info.kind == "monthly" or (info.period_start is None and year and month):
        if year and month:
            info.period_start = date(year, month, 1)
            info.period_end = (info.period_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return info, end, skipped, year, month


_WRAP_END = re.compile(rf"\b(?:{LEVEL}|của|và|các|tại|về|cho)\s*$", re.I)


def _wrapped(above: str, text: str) -> bool:
    """A title in capitals wrapped before the place name ("… ỦY BAN NHÂN DÂN XÃ" / "HÒA PHONG")."""
    return (above.upper() == above and text.upper() == text and not re.search(r"\d", text)
            and len(text.split()) <= 5 and bool(_WRAP_END.search(above)) and mark(text) is None
            and not TITLE_START.match(text) and not re.match(r"^(?:I|V|X)\s", text))  # "II. LỊCH …": a section


def issuer(lines: list[str]) -> str | None:
    """"ĐẢNG BỘ TỈNH THANH HÓA" / "HUYỆN ỦY MƯỜNG LÁT" -> "Huyện ủy Mường Lát" (the body under the parent);
    "ỦY BAN NHÂN DÂN" / "HUYỆN MƯỜNG LÁT" -> "UBND huyện Mường Lát"; "UBND TỈNH X" / "VĂN PHÒNG" ->
    "Văn phòng UBND tỉnh X"."""
    parts = [re.sub(r"\s+", " ", ln).strip(" -–*_") for ln in lines if ln.strip(" -–*_")]
    parts = [p for p in parts if len(p) <= 80 and not re.search(r"\d", p)]
    if not parts:
        return None
    names = []
    for part in parts:
        if names and re.match(rf"^{LEVEL}\b", part, re.I) and _BODY_RE.match(names[-1]) \
                and not _BODY_RE.match(names[-1]).group(2):
            names[-1] = f"{names[-1]} {part}"  # "ỦY BAN NHÂN DÂN" + "HUYỆN MƯỜNG LÁT"
        elif names and re.fullmatch(r"văn\s{1,3}phòng|thường\s{1,3}trực|ban\s{1,3}thường\s{1,3}vụ", part, re.I):
            names[-1] = f"{part} {names[-1]}"  # "HĐND TỈNH X" / "THƯỜNG TRỰC": the standing committee of it
        else:
            names.append(part)
    if len(names) > 1 and re.match(r"^đảng\s{1,3}bộ", names[0], re.I):
        names = names[1:]  # the parent Party committee above the issuing one
    return _name(names[-1]) if names else None


def _name(text: str) -> str:
    """Spacing and case as the product writes names: body abbreviations, level words in lower case,
    place names capitalised."""
    text = re.sub(r"\s+", " ", text).strip()
    prefix = ""
    m = re.match(r"^(văn\s{1,3}phòng|thường\s{1,3}trực|ban\s{1,3}thường\s{1,3}vụ)\s{1,3}(?=\S)", text, re.I)
    if m and _BODY_RE.match(text[m.end():]):
        prefix, text = m.group(1).lower().capitalize().replace("thường vụ", "Thường vụ") + " ", text[m.end():]
    m = _BODY_RE.match(text)
    if not m:
        return prefix + _title_case(text)
    body = next(name for pattern, name in BODY if re.fullmatch(pattern, m.group(1), re.I))
    rest = m.group(2).strip()
    level = re.match(rf"^({LEVEL})\b\s{{0,3}}(.*)$", rest, re.I)
    if level:
        word = re.sub(r"\s+", " ", level.group(1)).lower()
        rest = f"{word} {_title_case(level.group(2))}".strip()
    else:
        rest = _title_case(rest)
    return (prefix + f"{body} {rest}").strip()


def _title_case(text: str) -> str:
    return " ".join(w if (w.isupper() and len(w) <= 5 and not w.isalpha()) else w[:1].upper() + w[1:].lower()
                    for w in text.split())


def _issuer_in_title(title: str) -> str | None:
    m = re.search(r"của\s{1,3}((?:ubnd|hđnd|ủy\s{1,3}ban\s{1,3}nhân\s{1,3}dân|huyện\s{1,3}ủy|tỉnh\s{1,3}ủy|đảng\s{1,3}ủy"
                  rf"|ban\s{{1,3}}thường\s{{1,3}}vụ[^,()]{{0,30}}?|thường\s{{1,3}}trực[^,()]{{0,30}}?)(?:\s{{1,3}}{LEVEL}"
                  r"(?:\s{1,3}(?!(?:Từ|Tháng|Năm|Tuần|Ngày|Lần)\b)(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}){0,4})?)", title, re.I)
    if m:
        return _name(m.group(1))
    m = re.search(rf"\b(?:ubnd|hđnd|ủy\s{{1,3}}ban\s{{1,3}}nhân\s{{1,3}}dân|đảng\s{{1,3}}ủy)\s{{1,3}}{LEVEL}"
                  r"(?:\s{1,3}(?!(?:Từ|Tháng|Năm|Tuần|Ngày|Lần)\b)(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}){0,4}|\b(?:huyện|tỉnh|thành)\s{1,3}ủy(?:\s{1,3}(?!(?:Từ|Tháng|Năm|Tuần|Ngày|Lần)\b)(?-i:[A-ZĐÀ-Ỹ])"
                  r"[\wÀ-ỹ]{0,10}){0,4}", title, re.I)  # "Lịch làm việc của Chủ tịch, các Phó Chủ tịch UBND tỉnh"
    return _name(m.group(0)) if m else None


def _unshout(text: str) -> str:
    """A title line in capitals, in the case of a sentence (abbreviations kept): "CÔNG TÁC THÁNG 11" -> "công
    tác tháng 11"; a line in mixed case is kept as written, but for its first letter."""
    if text.upper() == text:
        text = text.lower()
        for abbr in ("UBND", "HĐND", "MTTQ"):
            text = re.sub(abbr, abbr, text, flags=re.I)
        text = re.sub(r"\b(huyện|tỉnh|đảng|thành) ủy\b", lambda m: m.group(1).capitalize() + " ủy", text)
    return text[:1].lower() + text[1:] if not re.match(r"^(?:UBND|HĐND|[A-ZĐ]\w* ủy)", text) else text
