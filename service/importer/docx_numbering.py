"""The list numbers Word draws in front of paragraphs, computed from numbering.xml and styles.xml.

Word does not store "1." or "II." in the text: a paragraph points (directly in its w:numPr, or through its
paragraph style and the styles that style is based on) at a w:num, which points at a w:abstractNum whose
w:lvl for the paragraph's level gives the format (numFmt), the template (lvlText, "%1.%2."), the start
value and when it restarts. Counters belong to the abstract list, so two w:num sharing one abstractNum
continue each other, unless a w:num overrides a level's start (Word's "Restart numbering"): that restarts
the level the first time that w:num is used."""
from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLETS = ("-", "–", "+")  # bullet characters kept as drawn; any other (Symbol font, "•", "o") becomes "-"
MAX_LEVELS = 9
MAX_STYLE_DEPTH = 20  # basedOn chains: Word allows cycles in damaged files


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False  # w:isLgl: every level shown as decimal

    @classmethod
    def of(cls, lvl) -> "Level":
        level = cls()
        for child in lvl:
            value = child.get(f"{W}val")
            if child.tag == f"{W}numFmt" and value:
                level.fmt = value
            elif child.tag == f"{W}lvlText":
                level.text = value or ""
            elif child.tag == f"{W}start":
                level.start = _int(value, 1)
            elif child.tag == f"{W}lvlRestart":
                level.restart = _int(value, None)
            elif child.tag == f"{W}isLgl":
                level.legal = value not in ("0", "false")
        return level


@dataclass
class _Num:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)  # level -> startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # level -> a w:lvl given in the w:lvlOverride


class Numbering:
    """Numbers for the paragraphs of one document, in document order (call `number` once per paragraph)."""

    def __init__(self, numbering_xml=None, styles_xml=None):
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractNumId -> style (w:numStyleLink)
        self.level_styles: dict[tuple[str, str], int] = {}  # (abstractNumId, style id) -> level (w:lvl/w:pStyle)
        self.nums: dict[str, _Num] = {}
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # id -> numId, ilvl, basedOn
        self.default_style: str | None = None
        self.counters: dict[str, dict[int, int]] = {}  # abstractNumId -> level -> last value
        self.started: set[str] = set()  # numIds whose start overrides were applied
        if numbering_xml is not None:
            self._read_numbering(numbering_xml)
        if styles_xml is not None:
            self._read_styles(styles_xml)

    def _read_numbering(self, root) -> None:
        for abstract in root.iterchildren(f"{W}abstractNum"):
            key = abstract.get(f"{W}abstractNumId")
            levels = {}
            for lvl in abstract.iterchildren(f"{W}lvl"):
                ilvl = _int(lvl.get(f"{W}ilvl"), 0)
                levels[ilvl] = Level.of(lvl)
                style = lvl.find(f"{W}pStyle")
                if style is not None:
                    self.level_styles[(key, style.get(f"{W}val"))] = ilvl
            self.abstracts[key] = levels
            link = abstract.find(f"{W}numStyleLink")
            if link is not None:
                self.style_links[key] = link.get(f"{W}val")
        for num in root.iterchildren(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            entry = _Num(ref.get(f"{W}val"))
            for override in num.iterchildren(f"{W}lvlOverride"):
                ilvl = _int(override.get(f"{W}ilvl"), 0)
                start = override.find(f"{W}startOverride")
                if start is not None:
                    entry.overrides[ilvl] = _int(start.get(f"{W}val"), 1)
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    entry.levels[ilvl] = Level.of(lvl)
            self.nums[num.get(f"{W}numId")] = entry

    def _read_styles(self, root) -> None:
        for style in root.iterchildren(f"{W}style"):
            if style.get(f"{W}type") != "paragraph":
                continue
            key = style.get(f"{W}styleId")
            num_id, ilvl = _num_pr(style.find(f"{W}pPr"))
            based = style.find(f"{W}basedOn")
            self.styles[key] = (num_id, ilvl, based.get(f"{W}val") if based is not None else None)
            if style.get(f"{W}default") in ("1", "true"):
                self.default_style = key

    def number(self, p) -> tuple[str | None, int | None]:
        """The number Word draws in front of paragraph `p` (a w:p), and its level; (None, None) if none.
        Advances the counters: call once per paragraph, in document order."""
        ppr = p.find(f"{W}pPr")
        num_id, ilvl = _num_pr(ppr)
        style = None
        if ppr is not None and (ref := ppr.find(f"{W}pStyle")) is not None:
            style = ref.get(f"{W}val")
        style = style or self.default_style
        if num_id is None or ilvl is None:
            from_style, style_ilvl = self._style_numbering(style)
            num_id = num_id if num_id is not None else from_style
            ilvl = ilvl if ilvl is not None else style_ilvl
        num = self.nums.get(num_id) if num_id not in (None, "0") else None
        if num is None:
            return None, None
        abstract = self._abstract(num.abstract)
        if ilvl is None:  # a style naming only the list: its level is the one linked back to the style
            ilvl = self.level_styles.get((abstract, style), 0)
        ilvl = min(max(ilvl, 0), MAX_LEVELS - 1)
        levels = {**self.abstracts.get(abstract, {}), **num.levels}
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for level in num.overrides:
                counters.pop(level, None)  # the next paragraph at that level starts again
        level = levels.get(ilvl, Level())
        start = num.overrides.get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        return self._render(level, levels, counters, num.overrides, ilvl), ilvl

    def _style_numbering(self, style: str | None) -> tuple[str | None, int | None]:
        num_id = ilvl = None
        for _ in range(MAX_STYLE_DEPTH):
            if style is None or style not in self.styles:
                break
            style_num, style_ilvl, based = self.styles[style]
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
            if num_id is not None and ilvl is not None:
                break
            style = based
        return num_id, ilvl

    def _abstract(self, key: str) -> str:
        """An abstractNum that only links to a numbering style (w:numStyleLink) means that style's list."""
        for _ in range(3):
            style = self.style_links.get(key)
            if style is None or self.abstracts.get(key):
                break
            num = self.nums.get(self._style_numbering(style)[0])
            if num is None:
                break
            key = num.abstract
        return key

    @staticmethod
    def _render(level: Level, levels, counters, overrides, ilvl: int) -> str | None:
        if level.fmt == "bullet":
            char = level.text.strip()
            return char if char in BULLETS else "-"
        text = level.text
        for k in range(MAX_LEVELS, -1, -1):  # %10 does not exist; replace %9 before %1 anyway
            placeholder = f"%{k + 1}"
            if placeholder in text:
                other = levels.get(k, Level())
                value = counters.get(k, overrides.get(k, other.start))
                fmt = "decimal" if level.legal and other.fmt != "none" else other.fmt
                text = text.replace(placeholder, format_number(value, fmt))
        return text.strip() or None


def format_number(value: int, fmt: str) -> str:
    if fmt == "none":
        return ""
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        # Word goes a..z, then aa..zz, aaa...: the letter repeated
        letter = "abcdefghijklmnopqrstuvwxyz"[(value - 1) % 26] * ((value - 1) // 26 + 1) if value > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)  # decimal, and formats Vietnamese programs do not use (ordinal, cardinalText...)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = []
    for amount, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, value = divmod(value, amount)
        out.append(digits * count)
    return "".join(out)


def _num_pr(ppr) -> tuple[str | None, int | None]:
    if ppr is None or (num_pr := ppr.find(f"{W}numPr")) is None:
        return None, None
    num_id, ilvl = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
    return (num_id.get(f"{W}val") if num_id is not None else None,
            _int(ilvl.get(f"{W}val"), 0) if ilvl is not None else None)


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
