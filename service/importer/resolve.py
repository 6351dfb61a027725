"""Names in a program -> the office's directory: units by name, short name, alias or a common
abbreviation; persons by name or by title; groups by name or alias. What does not resolve stays text."""
import re
from functools import lru_cache

from sqlalchemy import select

from service.models import Group, Person, Unit
from service.text import fold

# Abbreviations as they appear in programs (DOMAIN.md §4), expanded before comparing. Keys and expansions
# are written as `fold` leaves them (lower case, '&' and '-' spaced, tones on the first vowel: "ủy", "hóa").
ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "vp": "văn phòng", "tc - kh": "tài chính - kế hoạch",
    "tc-kh": "tài chính - kế hoạch", "kh & đt": "kế hoạch và đầu tư", "nn & ptnt": "nông nghiệp và phát triển nông thôn",
    "ptnt": "phát triển nông thôn", "kt & ht": "kinh tế và hạ tầng", "tn & mt": "tài nguyên và môi trường",
    "lđ - tb & xh": "lao động - thương binh và xã hội", "tb & xh": "thương binh và xã hội",
    "gd & đt": "giáo dục và đào tạo", "vh & tt": "văn hóa và thông tin", "vh - tt": "văn hóa và thông tin",
    "tt & tt": "thông tin và truyền thông", "ubkt": "ủy ban kiểm tra", "btvhu": "ban thường vụ huyện ủy",
    "btvtu": "ban thường vụ tỉnh ủy", "bchqs": "ban chỉ huy quân sự", "kbnn": "kho bạc nhà nước",
    "mttq": "mặt trận tổ quốc", "ubmttq": "ủy ban mặt trận tổ quốc", "hu": "huyện ủy", "tu": "tỉnh ủy",
    "ct": "chủ tịch", "pct": "phó chủ tịch", "bt": "bí thư", "pbt": "phó bí thư", "uv": "ủy viên",
}
_ABBR = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
                   + r")(?!\w)")
LEVEL_WORDS = re.compile(r"\s(?:huyện|tỉnh|xã|phường|thị trấn|thành phố|thị xã)$")


@lru_cache(maxsize=8192)  # a pure function of the text; a program repeats its units' names in every item
def key(text: str) -> str:
    """The importer's matching key: the one fold of names (`service.text.fold`) plus what only matching
    document text against the directory needs -- abbreviations spelled out, 'và'/'&' alike and trailing
    punctuation dropped: 'phòng NN&PTNT' == 'Phòng Nông nghiệp và PTNT'. Not for stored keys (name_key is
    the plain fold): the table is tuned to programs' wording and spells out 'ct', 'hu', 'tu'... wherever
    they stand, too greedy for names people type into the directory."""
    text = _ABBR.sub(lambda m: ABBREVIATIONS[m.group(1)], fold(text))
    return re.sub(r"\s+", " ", text.replace(" & ", " và ")).strip(" .;:,")


def level_of(k: str) -> str | None:
    m = LEVEL_WORDS.search(k)
    return m.group(0).strip() if m else None


def within_one(a: str, b: str) -> bool:
    """Edit distance at most 1 (a letter missing, extra or changed), in linear time."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


class Directory:
    """Names by key. A level word ("tỉnh", "huyện", "xã") is part of a name: "Công an tỉnh" is not "Công an
    huyện". A text without one ("Lãnh đạo UBND") matches the name without its level, and so does a text of
    the office's own level (the level most of its groups and units are named with)."""

    def __init__(self, session):
        self.units, self.persons, self.groups = {}, [], {}
        self._bare_units, self._bare_groups = {}, {}
        levels = {}
        for unit in session.scalars(select(Unit).where(Unit.active.is_(True))):
            for name in (unit.name, unit.short_name, *(unit.aliases or [])):
                if name:
                    self.units.setdefault(key(name), unit)
                    _bare(self._bare_units, key(name), unit)
                    levels[level_of(key(name))] = levels.get(level_of(key(name)), 0) + 1
        self.persons = list(session.scalars(select(Person).where(Person.active.is_(True))))
        for group in session.scalars(select(Group)):
            for name in (group.name, *(group.aliases or [])):
                self.groups.setdefault(key(name), group)
                _bare(self._bare_groups, key(name), group)
                levels[level_of(key(name))] = levels.get(level_of(key(name)), 0) + 3  # groups are the office's own
        levels.pop(None, None)
        self.level = max(levels, key=levels.get) if levels else None

    def names(self) -> list[str]:
        """Every name the directory knows (the lexicon of the gap repair)."""
        return [u.name for u in self.units.values()] + [p.name for p in self.persons] + \
            [g.name for g in self.groups.values()]

    def unit(self, text: str):
        """By name; else by the name without its level (see the class); else, for a long name, by a name one
        letter away (a glyph a PDF lost), when only one is."""
        k = key(text)
        found = self.units.get(k)
        if found is None and level_of(k) is None:
            found = self._bare_units.get(k)  # "Văn phòng HĐND và UBND" -> "… huyện", when only one such
        elif found is None and level_of(k) == self.level:
            found = self.units.get(LEVEL_WORDS.sub("", k))  # "Phòng Nội vụ huyện" -> "Phòng Nội vụ"
        if found is None and len(k) >= 12:
            near = {id(u): u for name, u in self.units.items() if len(name) >= 12 and within_one(k, name)}
            found = next(iter(near.values())) if len(near) == 1 else None
        return found or None

    def person(self, text: str):
        """By name ("Hoàng Văn Dũng"), else by title ("Chủ tịch UBND huyện": not a Phó Chủ tịch)."""
        k = key(text)
        for person in self.persons:
            if key(person.name) == k:
                return person
        matches = [p for p in self.persons if p.title and any(key(t) == k or key(t).startswith(k + " ")
                                                              for t in re.split(r"\s[-–]\s|,\s", p.title))]
        return matches[0] if len(matches) == 1 else None

    @staticmethod
    def member_named(groups: list, text: str):
        """"đ/c Thạch" beside "Thường trực HĐND tỉnh": the one member of those groups whose given name (a name's
        last word) is the one written, or None (no member, or two)."""
        k = re.sub(r"^(?:đ/c|đồng chí)\s+", "", key(text))
        if not k or " " in k:
            return None
        found = {p.id: p for g in groups for p in g.members if p.active and key(p.name).split()[-1:] == [k]}
        return next(iter(found.values())) if len(found) == 1 else None

    def groups_in(self, text: str) -> list:
        """Groups named in a text, longest names first ("Lãnh đạo UBND huyện" before "Lãnh đạo UBND")."""
        k, found, taken = key(text), [], []
        names = dict(self.groups)
        for bare, group in self._bare_groups.items():
            if group:  # "Lãnh đạo UBND" alone is "Lãnh đạo UBND huyện" (not when followed by another level)
                names.setdefault(bare, group)
        for name in sorted(names, key=len, reverse=True):
            # (nor by "các huyện": "Thường trực HĐND các huyện, thành phố" are the districts', another level's)
            level = r"(?!\s(?:(?:các|những)\s)?(?:huyện|tỉnh|xã|phường|thị trấn|thành phố|thị xã)\b)" \
                if name not in self.groups else ""
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w){level}", k):
                if not any(a <= m.start() < b for a, b in taken):
                    taken.append((m.start(), m.end()))
                    if names[name] not in found:
                        found.append(names[name])
        return found

    def persons_in(self, text: str) -> list:
        k = key(text)
        return [p for p in self.persons if re.search(rf"(?<!\w){re.escape(key(p.name))}(?!\w)", k)]


def _bare(table: dict, k: str, item) -> None:
    """The name without its level; two items with the same bare name make it ambiguous (None)."""
    bare = LEVEL_WORDS.sub("", k)
    if bare == k:
        return
    if bare in table and table[bare] is not item:
        table[bare] = None
    else:
        table[bare] = item
