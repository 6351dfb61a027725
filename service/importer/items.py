"""Stage 4 (items): agenda items and their preparing units — "1. Dự thảo … (Sở Tài chính chuẩn bị)", "X chủ
trì, Y phối hợp", "(Văn phòng … chuẩn bị nội dung 1-3)" for several items above."""
import re
from dataclasses import dataclass

from service.importer.recognise import sentence as _sentence
from service.importer.structure import Para

UNITS_TAIL = re.compile(r"\(([^()]{1,300}?)\s{1,3}(chuẩn\s{1,3}bị|chủ\s{1,3}trì|tham\s{1,3}mưu|thực\s{1,3}hiện)"
                        r"([^()]{0,120})\)[.;]?\s*$", re.I)


@dataclass
class Item:
    number: int | None
    title: str
    units: list  # [(name as written, "lead" | "support")]
    line: int


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
    # "X chủ trì, phối hợp với Y chuẩn bị": the supporting unit named after "phối hợp"
    support = support or re.search(r"[,;]?\s{0,3}phối\s{1,3}hợp\s{1,3}(?:với\s{1,3})?(.{1,200}?)(?:\s{1,3}(?:chuẩn\s{1,3}bị|"
                                   r"thực\s{1,3}hiện)\b.{0,60})?$", tail, re.I)
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
    number = int(re.findall(r"\d+", p.label)[-1]) if p.kind in ("number", "subnumber") else None
    return Item(number, _sentence(text), units, p.line)
