"""Stage 3: lines -> paragraphs, each with its numbering mark and level.

Headings are numbered every way ("Phần I", "PHẦN THỨ NHẤT", "A.", "II -", "3)", "1.2.", "(1).", "a)",
"-", or Word's automatic number in `Line.number`). Text from a PDF wraps anywhere, so a line that looks
like a new paragraph may continue the previous one: a lower-case start, or a number that does not follow
the numbering in force ("XIII)" after "II."), after a line that did not end a sentence, is a continuation.
Word paragraphs and table cells are whole: they always start a paragraph."""
import re
from dataclasses import dataclass

from service.importer.lines import Line

LEVELS = {"part": 0, "letter": 1, "roman": 2, "number": 3, "subnumber": 4, "sub": 4, "dash": 4, "units": 5,
          "text": 5, "table": 5}
_SEP = r"\s{0,2}(?:[.)/:]|\s[-–]|[-–](?=\s))\s{0,3}"
PART = re.compile(r"^(phần\s{1,3}(?:thứ\s{1,3}[^\W\d]{2,5}|[IVX]{1,5}|\d{1,2}))\b(?:\s{0,2}[.):/-–]|\s)\s{0,3}(.*)$", re.I)
ROMAN = re.compile(rf"^(X{{0,3}}(?:IX|IV|V?I{{0,3}}))(?:{_SEP}|\s{{1,3}}(?=[A-ZĐÀ-Ỹ]{{2}}))(.*)$")
LETTER = re.compile(rf"^([A-HKĐ])(?:{_SEP}|\s{{1,3}}(?=[A-ZĐÀ-Ỹ]{{2}}))(.*)$")
# "1. 07 giờ 30’: …": a number before an hour is an item's number, not a date "1.07"; "1. [Ngày 05/6; 14 giờ] …"
NUMBER = re.compile(rf"^(\d{{1,2}})(?:{_SEP})(?=[^\W\d]|[(\[“\"']|\d{{1,2}}\s{{0,2}}(?:giờ|h\b|h\d|g\d))(.*)$", re.I)
SUBNUMBER = re.compile(r"^(\d{1,2}\.\d{1,2}|\(\d{1,2}\))\s{0,2}[.:)]?\s{1,3}(?!\d)(.*)$")  # "1.2. ...", "(1). ..."
# Letters in order: Vietnamese typists skip f, j, w, z ("a, b, c, d, đ, e, g"), Word's lowerLetter does not.
LETTERS = "abcdđefghijklmnopqrstuvwxyz"
SUB = re.compile(r"^([a-hđ])\s{0,2}[.)/]\s{1,3}(.*)$")  # "a) ...", "đ. ..."
# "i/", "k)", "m." … after "h/": a long lettered list runs past h; a letter from i on is a letter only when it
# follows the list in force (one step, or two where typists skip f, j, w, z), else "i." may be a numeral or text
LATE_SUB = re.compile(r"^([i-z])\s{0,2}[.)/]\s{1,3}(.*)$")
DASH = re.compile(r"^([-–—+*·•])\s{0,3}(.*)$")
UNITS_LINE = re.compile(r"^\([^()]{0,300}(?:chuẩn\s{1,3}bị|chủ\s{1,3}trì|tham\s{1,3}mưu)[^()]{0,200}\)\.?$", re.I)
STARTS = re.compile(r"^(?:(?:buổi\s{1,3})?(?:sáng|chiều|tối)\b|ngày\s{1,3}\d|từ\s{1,3}ngày|dự\s{1,3}kiến"
                    r"\s{1,3}ngày|(?:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s{1,3}nhật)\b|\d{1,2}\s{0,2}"
                    r"(?:giờ|h|g)\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?\s{0,2}[:,-]|tuần\s{1,3}(?:thứ\s{1,3})?\d)", re.I)
STOP = re.compile(r"^(?:nơi\s{1,3}nhận|(?:tl|tm|kt|tuq|t/m)\s{0,2}\.?\s{0,2}[A-ZĐ]{2}|/\.?\s*$|căn\s{1,3}cứ\s{1,3}"
                  r"(?:nội\s{1,3}dung\s{1,3})?chương\s{1,3}trình|trên\s{1,3}đây\s{1,3}là)", re.I)
WEEKDAY_ONLY = re.compile(r"^(?:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s{1,3}nhật)\s{0,2}[,:-]?$", re.I)
BARE_DATE = re.compile(r"^\(?(?:ngày\s{1,3})?\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{4})?\)?\s{0,2}:?$", re.I)
SLOT_ONLY = re.compile(r"^(?:buổi\s{1,3})?(?:sáng|chiều|tối|cả\s{1,3}ngày)\s{0,2}:?$", re.I)
ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
LINKED = re.compile(r"(?:\b(?:số|vào|ngày|và|của|các|từ|đến|tại|theo)|\d{1,4}[-/][\w/.-]{0,20}[A-ZĐ])\s*$", re.I)
FIELD_END = re.compile(r"(?:chủ\s{1,3}trì|thành\s{1,3}phần(?:\s{1,3}(?:dự|tham\s{1,3}dự|mời))?|địa\s{1,3}điểm)\s{0,2}:\s*$",
                       re.I)
FIELD_START = re.compile(r"^(?:chủ\s{1,3}trì|thành\s{1,3}phần(?:\s{1,3}(?:dự|tham\s{1,3}dự|mời|dự\s{1,3}kiến))?|địa\s{1,3}"
                         r"điểm|thời\s{1,3}gian|(?:đơn\s{1,3}vị|cơ\s{1,3}quan)\s{1,3}chuẩn\s{1,3}bị)\s{0,2}:", re.I)
# A line that ends in none of these runs on into the next one (a line ending in "và", "tại", "ngày" … is one of
# them: those words end in a letter); a plain test of the last character, a regex here scanned every tail.
CLOSERS = '.;:!?…)]”"'


@dataclass
class Para:
    kind: str
    label: str
    text: str
    line: int
    last: int = 0  # the last line it covers
    whole: bool = False  # a Word paragraph or a table cell (never joined to)
    payload: object = None  # a table run (kind "table")
    damaged: bool = False  # one of its lines still shows lost letters

    @property
    def level(self) -> int:
        return LEVELS[self.kind]


def roman(label: str) -> int:
    values, total = {"I": 1, "V": 5, "X": 10}, 0
    for a, b in zip(label, label[1:] + " "):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def mark(text: str):
    """(kind, label, value, rest) of a line's numbering mark, or None."""
    m = PART.match(text)
    if m:
        word = m.group(1).split()[-1].casefold()
        value = ORDINALS.get(word) or (int(word) if word.isdecimal() else roman(word.upper()) if re.fullmatch(
            "[ivx]+", word) else 0)
        return "part", m.group(1), value, m.group(2)
    m = ROMAN.match(text)
    if m and m.group(1):
        return "roman", m.group(1), roman(m.group(1)), m.group(2)
    m = LETTER.match(text)
    if m:
        return "letter", m.group(1), LETTERS.index(m.group(1).casefold()) + 1, m.group(2)
    m = SUBNUMBER.match(text)
    if m:
        label = m.group(1)
        return "subnumber", label.strip("()"), int(re.findall(r"\d+", label)[-1]), m.group(2)
    m = NUMBER.match(text)
    if m:
        return "number", m.group(1), int(m.group(1)), m.group(2)
    m = SUB.match(text)
    if m:
        return "sub", m.group(1), LETTERS.index(m.group(1)) + 1, m.group(2)
    m = DASH.match(text)
    if m:  # the bullet itself is kept: "+" lines under a "-" line are that line's items
        return "dash", "+" if m.group(1) == "+" else "-", 0, m.group(2)
    return None


class Numbering:
    """The numbering in force: the last value of each kind, reset below a higher heading."""
    ORDER = ("part", "letter", "roman", "number", "subnumber", "sub")

    def __init__(self):
        self.last = {}

    def follows(self, kind: str, value: int) -> bool:
        last = self.last.get(kind)
        return value == 1 or (last is not None and last < value <= last + 1)

    def plausible(self, kind: str, value: int) -> bool:
        last = self.last.get(kind)
        return value <= 3 if last is None else last < value <= last + 3

    def take(self, kind: str, value: int) -> None:
        if kind in self.ORDER:
            self.last[kind] = value
            for lower in self.ORDER[self.ORDER.index(kind) + 1:]:
                if lower != "subnumber":  # "(5)" may follow "(3)" across a units line
                    self.last.pop(lower, None)


def paragraphs(lines: list) -> list[Para]:
    out, numbering = [], Numbering()
    for item in lines:
        _place(item, out, numbering)
        if isinstance(item, Line) and item.damaged and out:
            out[-1].damaged = True  # the paragraph the line ended up in
    return out


def _place(item, out: list, numbering: "Numbering") -> None:
    """One line: a new paragraph, or more of the last one."""
    if not isinstance(item, Line):  # a table run, kept in place
        out.append(Para("table", "", "", item.line, item.line, True, item))
        return
    text = " ".join(item.text.split())
    if item.number:  # Word's own numbering: the mark is certain, the paragraph whole
        found = mark(f"{item.number} x")
        kind, label, value = (found[0], found[1], found[2]) if found else ("dash", "-", 0)
        numbering.take(kind, value)
        out.append(Para(kind, label, text, item.line, item.line, True))
        return
    if not text:
        return
    prev = out[-1] if out and out[-1].kind != "table" else None
    if prev is not None and WEEKDAY_ONLY.match(prev.text) and BARE_DATE.match(text):
        prev.text, prev.last = f"{prev.text} {text}", item.line  # "Thứ 2" / "14/7": one day heading
        return
    # "… Địa điểm:" / "Hội trường …": the field's value wrapped (the tail only: linear)
    open_prev = prev is not None and not prev.whole and bool(
        prev.text and prev.text[-1] not in CLOSERS or FIELD_END.search(prev.text[-40:]))
    if FIELD_START.match(text) or open_prev and SLOT_ONLY.match(prev.text):
        # ("Sáng" / "(8h00) Hội nghị …": a slot line is the heading of the entries under it, never their start)
        open_prev = False  # "Chủ trì: …" under a title without a full stop: a field line of its own
    if open_prev and not item.cell and _continues(text, prev, numbering):
        prev.text = f"{prev.text} {text}".strip()
        prev.last = item.line
        return
    found = mark(text) or _late_sub(text, numbering)
    if found and found[0] != "dash":
        kind, label, value, rest = found
        if not item.cell and not (numbering.follows(kind, value) or (not open_prev and numbering.plausible(
                kind, value))) and prev is not None:
            if kind in ("roman", "letter", "part"):  # "V" or "B" starting a wrapped line: just text
                found = None
    if found:
        kind, label, value, rest = found
        numbering.take(kind, value)
        out.append(Para(kind, label, rest.strip(), item.line, item.line, item.cell))
    elif UNITS_LINE.match(text):
        out.append(Para("units", "", text, item.line, item.line, item.cell))
    elif prev is None or item.cell or _upper(text) or STARTS.match(text) or STOP.match(text) \
            or not open_prev and not text[:1].islower() or _after_heading(prev, text):
        out.append(Para("text", "", text, item.line, item.line, item.cell))
    else:
        prev.text = f"{prev.text} {text}".strip()
        prev.last = item.line


def _late_sub(text: str, numbering: Numbering):
    """("sub", …) for "i/ …", "k) …" when the lettered list in force reaches that letter, else None."""
    m = LATE_SUB.match(text) if text[:1] >= "i" else None
    if m is None:
        return None
    value, last = LETTERS.index(m.group(1)) + 1, numbering.last.get("sub")
    return ("sub", m.group(1), value, m.group(2)) if last is not None and last < value <= last + 2 else None


def _after_heading(prev: Para, text: str) -> bool:
    """A line in sentence case after a heading in capitals ("I NHIỆM VỤ TRỌNG TÂM" / "Tập trung …"), or
    after a short numbered one-line heading ("3. Tổ chức thực hiện" / "Văn phòng … theo dõi"): the section's
    first paragraph, not more of the heading (a wrapped line is longer than a few words)."""
    if not text[:1].isupper():
        return False
    short = prev.kind in ("part", "letter", "roman", "number") and prev.last == prev.line and len(prev.text.split()) <= 6
    return short or not _upper(text) and _upper(prev.text[:200])


def _upper(text: str) -> bool:
    return text.upper() == text and sum(c.isalpha() for c in text) >= 6


def _continues(text: str, prev: Para, numbering: Numbering) -> bool:
    """After a line that did not end a sentence: is this line more of it?"""
    if text[:1].islower():
        return not re.match(r"^(?:[a-hđ]\s{0,2}[.)/]\s|(?:buổi\s{1,3})?(?:sáng|chiều|tối)\s{0,2}:)", text) \
            and _late_sub(text, numbering) is None
    if STARTS.match(text) and LINKED.search(prev.text[-40:]):
        return True  # "… Kế hoạch số 12/KH-UBND" / "Ngày 14/9/2016 của …": a date inside the sentence
    found = mark(text)
    if found is None:
        # an upper-case heading wrapped after a linking word ("…CÁC" / "HOẠT ĐỘNG TRONG THÁNG")
        return _upper(text) and _upper(prev.text[:200]) and not STARTS.match(text) and bool(
            re.search(r"\b(?:VÀ|CỦA|CÁC|VỀ|CHO|TẠI|TRONG|VỚI)\s*$|[,–-]\s*$", prev.text[-20:]))
    kind, _, value, rest = found
    if kind == "dash":
        return bool(re.match(r"^[–-]\s{0,2}\d{4}\b", text))  # "nhiệm kỳ 2020" / "– 2025"
    return not numbering.follows(kind, value)
