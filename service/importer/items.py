"""Stage 4 (items): agenda items and their preparing units — "1. Dự thảo … (Sở Tài chính chuẩn bị)", "X chủ
trì, Y phối hợp", "(Văn phòng … chuẩn bị nội dung 1-3)" for several items above."""
import re
from dataclasses import dataclass

from service.importer.recognise import sentence as _sentence
from service.importer.structure import Para

# "(Sở Tài chính chuẩn bị)", "(UBND tỉnh trình, Ban Kinh tế - Ngân sách thẩm tra)": who prepares an item
# ("(Ban Pháp chế HĐND tỉnh báo cáo)" too; the "trình" of "công trình", "chương trình", "tờ trình" is no verb)
UNITS_TAIL = re.compile(r"\(([^()]{1,300}?)(?<!công)(?<!chương)(?<!tờ)\s{1,3}(chuẩn\s{1,3}bị|chủ\s{1,3}trì|tham\s{1,3}mưu"
                        r"|thực\s{1,3}hiện|trình|báo\s{1,3}cáo)\b"
                        r"([^()]{0,120})\)[.;]?\s*$", re.I)


@dataclass
class Item:
    number: int | None
    title: str
    units: list  # [(name as written, "lead" | "support")]
    line: int


# What a unit's name starts with; a piece after a comma that starts otherwise is more of the name before it
# ("Sở Văn hóa, Thể thao và Du lịch")
UNIT_HEAD = re.compile(r"(?:các\s{1,3})?(?:sở|phòng|ban|văn\s{1,3}phòng|ubnd|hđnd|ủy\s{1,3}ban|uỷ\s{1,3}ban|công\s{1,3}an|bộ|"
                       r"trung\s{1,3}tâm|đài|báo|kho\s{1,3}bạc|cục|chi\s{1,3}cục|hội|đoàn|liên\s{1,3}đoàn|trường|bệnh\s{1,3}"
                       r"viện|đội|tổ|mặt\s{1,3}trận|mttq|thanh\s{1,3}tra|viện|quỹ|ngân\s{1,3}hàng|bảo\s{1,3}hiểm|thường\s{1,3}"
                       r"trực|lãnh\s{1,3}đạo|tiểu\s{1,3}ban|hạt|trạm|đảng\s{1,3}ủy|huyện\s{1,3}ủy|tỉnh\s{1,3}ủy|thành\s{1,3}"
                       r"ủy|chi\s{1,3}bộ|kiểm\s{1,3}lâm|bch|tòa\s{1,3}án|viện\s{1,3}kiểm\s{1,3}sát|chi\s{1,3}nhánh|công\s{1,3}"
                       r"ty|hợp\s{1,3}tác\s{1,3}xã|ban\s{1,3}quản\s{1,3}lý|xã|phường|thị\s{1,3}trấn|huyện|tỉnh|[A-ZĐ]{2,6})\b",
                       re.I)


def split_units(text: str) -> list[str]:
    """"Công an xã, Sở Văn hóa, Thể thao và Du lịch; Phòng Kinh tế" -> the three units."""
    names = []
    for piece in re.split(r"\s{0,2}([,;])\s{0,2}", text)[::2]:
        piece = piece.strip()
        if not piece:
            continue
        if names and not UNIT_HEAD.match(piece) and piece[:1].isupper():
            names[-1] = f"{names[-1]}, {piece}"
        else:
            names.append(piece)
    return names


ASSIGNED = re.compile(r"^\s{0,2}(?:giao|đề\s{1,3}nghị|phân\s{1,3}công)\s{1,3}(?=\S)", re.I)


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
    inner = ASSIGNED.sub("", inner)  # "(giao Ban Tổ chức Tỉnh ủy chuẩn bị)": the unit given the task
    # "X trình, Y thẩm tra", "X trình, Y tham mưu": the second unit's part supports the first's
    support = re.search(r",\s{0,3}([^,]{1,200}?)\s{1,3}(?:phối\s{1,3}hợp|thẩm\s{1,3}tra|tham\s{1,3}mưu)", tail, re.I)
    for name in split_units(inner):
        units.append((name, "lead" if not units else "support"))
    # "X chủ trì, phối hợp với Y chuẩn bị": the supporting unit named after "phối hợp" ("… các công trình nông
    # nghiệp chuẩn bị": "trình" of "công trình" is no verb)
    support = support or re.search(r"[,;]?\s{0,3}phối\s{1,3}hợp\s{1,3}(?:với\s{1,3})?(.{1,200}?)(?:(?<!công)(?<!chương)(?<!tờ)\s{1,3}(?:chuẩn\s{1,3}bị|"
                                   r"thực\s{1,3}hiện|trình|báo\s{1,3}cáo|tham\s{1,3}mưu)\b.{0,60})?$", tail, re.I)
    if support:
        units += [(n, "support") for n in split_units(support.group(1))]
    return units, numbers


# "(cơ quan chủ trì: Sở Tài chính; phối hợp: Sở Tư pháp)", "(Bộ phận chuẩn bị: Văn phòng HĐND và UBND xã)": the units
# as fields of the item ("(dự kiến; Bộ phận chuẩn bị: …)": the item itself planned)
UNITS_FIELDS = re.compile(r"\(\s{0,2}(?:dự\s{1,3}kiến\s{0,2}[;,]\s{0,3})?(?:cơ\s{1,3}quan|đơn\s{1,3}vị|bộ\s{1,3}phận)\s{1,3}(?:chủ\s{1,3}trì|chuẩn\s{1,3}bị|tham\s{1,3}mưu)\s{0,2}:"
                          r"\s{0,3}([^();]{2,200}?)(?:\s{0,2};\s{0,3}(?:cơ\s{1,3}quan\s{1,3})?phối\s{1,3}hợp\s{0,2}:\s{0,3}([^()]{2,200}?))?"
                          r"\s{0,2}\)[.;]?\s*$", re.I)


def field_units(m) -> list:
    return [(n, "lead" if i == 0 else "support") for i, n in enumerate(split_units(m.group(1)))] + [
        (n, "support") for n in split_units(m.group(2) or "")]


def agenda_item(p: Para) -> Item:
    text = p.text
    fields = UNITS_FIELDS.search(text)
    if fields:
        return Item(_number(p), _sentence(text[:fields.start()]), field_units(fields), p.line)
    m = UNITS_TAIL.search(text)
    units = []
    if m:
        units, _ = _units(m.group(1), m.group(2), m.group(3))
        text = text[:m.start()]
    return Item(_number(p), _sentence(text), units, p.line)


def _number(p: Para) -> int | None:
    return int(re.findall(r"\d+", p.label)[-1]) if p.kind in ("number", "subnumber") else None
