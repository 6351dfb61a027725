"""Repair text extracted from Word and PDF files before parsing (DOMAIN.md §6).

Order: legacy glyphs (ƣ/Ƣ from PDF fonts, private-use bullets) -> NFC -> letters a PDF dropped (a run of
spaces inside a known word) restored from a lexicon. Tone placement ("uỷ"/"ủy") is left as written: it is
normalised for matching only, by the one fold of names (`service.text.fold`; the lexicon below is written
in the tone style that fold produces)."""
import re
import unicodedata

from service.text import GLYPHS, fold
from service.importer.guarded import Guarded

# Words and phrases the parser and the reader rely on; the directory's names are added at run time.
LEXICON = """
hội nghị; huyện; tỉnh; thường kỳ; thường trực; thường vụ; chuẩn bị; chủ trì; phối hợp; tham mưu; lãnh đạo;
buổi sáng; buổi chiều; buổi tối; tháng; ngày; tiếp công dân; định kỳ; dự kiến; chương trình; công tác;
ủy ban nhân dân; hội đồng nhân dân; huyện ủy; tỉnh ủy; đồng chí; chủ tịch; phó chủ tịch; bí thư; phó bí thư;
kỳ họp; phiên họp; giao ban; hằng tuần; hàng tuần; thông báo sau; nội dung; báo cáo; tờ trình; dự thảo;
nghị quyết; quyết định; kế hoạch; kiểm tra; triển khai; thực hiện; tham dự; trực tuyến; cử tri; tiếp xúc;
văn phòng; phòng; nhiệm vụ; trọng tâm; các ngày; từ ngày; đến ngày; thứ hai; thứ ba; thứ tư; thứ năm;
thứ sáu; thứ bảy; chủ nhật; đại đoàn kết; toàn dân tộc; nông thôn mới; ngân sách; tài chính; nội vụ;
tư pháp; thanh tra; giáo dục; đào tạo; y tế; dân tộc; kinh tế; hạ tầng; nông nghiệp; phát triển nông thôn;
tài nguyên; môi trường; lao động; thương binh; xã hội; văn hóa; thông tin; truyền thông; xây dựng;
công an; quân sự; kho bạc; đoàn kiểm tra; ban chỉ đạo; ban chấp hành; đảng bộ; nhiệm kỳ; khóa; trình
"""


def _gap_pattern(phrase: str) -> str:
    """'huyện' -> 'h(?:u| )(?:y| )...': any letter may have become a space (not the first and last two)."""
    out = []
    for i, ch in enumerate(phrase):
        if ch == " ":
            out.append(" ")
        elif 0 < i < len(phrase) - 1 and ch.isalpha():
            out.append(f"(?:{re.escape(ch)}| )")
        else:
            out.append(re.escape(ch))
    return "".join(out)


class GapRepair:
    """Restores words a PDF extractor broke into pieces ("hu  n" -> "huyện"), constrained by a lexicon:
    a match must contain at least one such gap and miss at most half of the word's letters."""

    def __init__(self, extra=()):
        words = {w.strip() for w in LEXICON.replace("\n", " ").split(";") if len(w.strip()) >= 4}
        words |= {fold(w) for w in extra if 4 <= len(w) <= 60}
        self.by_len = {}
        by_first = {}
        for word in sorted(words, key=len, reverse=True):
            self.by_len.setdefault(len(word), []).append(word)
            by_first.setdefault(word[0], []).append(word)
        # One level of trie (first letter), so a position is tried against a handful of words, not all.
        groups = (f"{re.escape(first)}(?:{'|'.join(_gap_pattern(w)[len(re.escape(first)):] for w in group)})"
                  for first, group in by_first.items())
        self.regex = re.compile(r"(?<!\w)(?:" + "|".join(groups) + r")(?!\w)", re.IGNORECASE)

    def _fix(self, match):
        found = match.group(0)
        low = found.casefold()
        for word in self.by_len.get(len(found), ()):
            if not all(a == b or (a == " " and b != " ") for a, b in zip(low, word)):
                continue
            missing = sum(1 for a, b in zip(low, word) if a != b)
            if 0 < missing * 2 <= sum(c != " " for c in word):
                return word[0].upper() + word[1:] if found[0].isupper() else word
        return found

    def __call__(self, line: str) -> str:
        if "  " not in line and not re.search(r"(?<!\w)\w (?=\w)", line):
            return line  # no sign of dropped glyphs
        return self.regex.sub(self._fix, line)


DAMAGE = Guarded(r"\w {2,}\w", 0, ("  ",))  # a gap left by dropped glyphs
PIECES = re.compile(r"(?<!\w)\w{1,2} \w{1,2} \w{1,2}(?!\w)")  # the pieces of a word around them


def line_damaged(line: str) -> bool:
    """Dropped glyphs leave double spaces (or runs of one- and two-letter pieces) inside a line. Decided per
    line: a PDF loses glyphs in some lines only (one font, one table), and a healthy line is left alone."""
    line = line.strip()
    return bool(DAMAGE.search(line) or PIECES.search(line))


def looks_damaged(text: str) -> bool:
    """Whether any line of the text shows dropped glyphs."""
    return any(line_damaged(ln) for ln in text.splitlines())


_GLYPH_CHARS = re.compile("[" + re.escape("".join(chr(c) for c in GLYPHS)) + "]")


def clean(text: str) -> str:
    """Legacy glyphs and NFC: what every line gets, damaged or not (translating only lines that have a
    glyph to replace: str.translate is the slow part on a clean megabyte)."""
    if _GLYPH_CHARS.search(text):
        text = text.translate(GLYPHS)
    return unicodedata.normalize("NFC", text)


class Repairer:
    """Repairs one line at a time; the lexicon regex is built on the first damaged line only."""

    def __init__(self, names=()):
        self.names, self._repair = tuple(names), None

    def __call__(self, line: str) -> str:
        line = clean(line)
        if not line_damaged(line):
            return line
        if self._repair is None:
            self._repair = GapRepair(self.names)
        return self._repair(line)


def normalise(text: str, names=()) -> str:
    """The text the parser reads: repaired glyphs, NFC, and gap repair on each line that looks damaged."""
    repair = Repairer(names)
    return "\n".join(repair(line) for line in clean(text).split("\n"))
