"""Names in a program -> the office's directory: units by name, short name, alias or a common
abbreviation; persons by name or by title; groups by name or alias. What does not resolve stays text."""
import re

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


def key(text: str) -> str:
    """The importer's matching key: the one fold of names (`service.text.fold`) plus what only matching
    document text against the directory needs -- abbreviations spelled out, 'và'/'&' alike and trailing
    punctuation dropped: 'phòng NN&PTNT' == 'Phòng Nông nghiệp và PTNT'. Not for stored keys (name_key is
    the plain fold): the table is tuned to programs' wording and spells out 'ct', 'hu', 'tu'... wherever
    they stand, too greedy for names people type into the directory."""
    text = _ABBR.sub(lambda m: ABBREVIATIONS[m.group(1)], fold(text))
    return re.sub(r"\s+", " ", text.replace(" & ", " và ")).strip(" .;:,")


class Directory:
    def __init__(self, session):
        self.units, self.persons, self.groups = {}, [], {}
        for unit in session.scalars(select(Unit).where(Unit.active.is_(True))):
            for name in (unit.name, unit.short_name, *(unit.aliases or [])):
                if name:
                    self.units.setdefault(key(name), unit)
                    self.units.setdefault(LEVEL_WORDS.sub("", key(name)), unit)
        self.persons = list(session.scalars(select(Person).where(Person.active.is_(True))))
        for group in session.scalars(select(Group)):
            for name in (group.name, *(group.aliases or [])):
                self.groups.setdefault(key(name), group)
                self.groups.setdefault(LEVEL_WORDS.sub("", key(name)), group)  # "Lãnh đạo UBND" alone

    def names(self) -> list[str]:
        """Every name the directory knows (the lexicon of the gap repair)."""
        return [u.name for u in self.units.values()] + [p.name for p in self.persons] + \
            [g.name for g in self.groups.values()]

    def unit(self, text: str):
        k = key(text)
        return self.units.get(k) or self.units.get(LEVEL_WORDS.sub("", k))

    def person(self, text: str):
        """By name ("Hoàng Văn Dũng"), else by title ("Chủ tịch UBND huyện": not a Phó Chủ tịch)."""
        k = key(text)
        for person in self.persons:
            if key(person.name) == k:
                return person
        matches = [p for p in self.persons if p.title and any(key(t) == k or key(t).startswith(k + " ")
                                                              for t in re.split(r"\s[-–]\s|,\s", p.title))]
        return matches[0] if len(matches) == 1 else None

    def groups_in(self, text: str) -> list:
        """Groups named in a text, longest names first ("Lãnh đạo UBND huyện" before "Lãnh đạo UBND")."""
        k, found, taken = key(text), [], []
        for name in sorted(self.groups, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", k):
                if not any(a <= m.start() < b for a, b in taken):
                    taken.append((m.start(), m.end()))
                    if self.groups[name] not in found:
                        found.append(self.groups[name])
        return found

    def persons_in(self, text: str) -> list:
        k = key(text)
        return [p for p in self.persons if re.search(rf"(?<!\w){re.escape(key(p.name))}(?!\w)", k)]
