"""Field-by-field entries of a weekly: "1. Nội dung: X; Thời gian: 7 giờ 30; Địa điểm: …; Thành phần: …;
Chuẩn bị: …" — the office writes each fact after its name, the time as a field too ("Thời gian: Chiều",
"Cả ngày", "15 giờ 00 (dự kiến)", "8 giờ 00, từ ngày 18/12 đến hết ngày 19/12", "thông báo sau"). `entry`
rewrites such a line into the schedule's ordinary form ("7 giờ 30: X; Địa điểm: …"), so the stages after
read it as any event line (hour first, then the title, its chair, the inline fields)."""
import re

from service.importer import recognise
from service.importer.items import UNITS_TAIL

CONTENT = re.compile(r"^\s{0,3}nội\s{1,3}dung\s{0,3}:\s{0,3}(?=\S)", re.I)
_NAMES = (r"thời\s{1,3}gian(?:\s{1,3}dự\s{1,3}kiến)?|địa\s{1,3}điểm|thành\s{1,3}phần(?:\s{1,3}[^\W\d]{2,8}){0,2}|chủ\s{1,3}trì"
          r"|(?:(?:đơn\s{1,3}vị|cơ\s{1,3}quan)\s{1,3})?chuẩn\s{1,3}bị")
# a field begins after ";" or "." and its name, a colon after it
SPLIT = re.compile(rf"\s{{0,3}}[;.]\s{{1,3}}(?=(?:{_NAMES})\s{{0,3}}(?:\([^()]{{1,20}}\)\s{{0,2}})?:)", re.I)
TIME = re.compile(r"^thời\s{1,3}gian(\s{1,3}dự\s{1,3}kiến)?\s{0,3}:\s{0,3}", re.I)
PLACE = re.compile(r"^địa\s{1,3}điểm\s{0,3}:", re.I)
CLOCK = re.compile(r"^(?:dự\s{1,3}kiến\s{1,3})?(?:từ\s{1,3}|lúc\s{1,3})?\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}(?:\d{2})?\s{0,2}"
                   r"(?:phút|’|')?(?:\s{0,3}(?:[-–]|đến)\s{0,3}\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}(?:\d{2})?\s{0,2}(?:phút|’|')?)?", re.I)
SLOT = re.compile(r"^(?:buổi\s{1,3})?(sáng|chiều|tối)\b", re.I)
FULL_DAY = re.compile(r"^cả\s{1,3}ngày\b", re.I)
TENTATIVE_NOTE = re.compile(r"^\(?\s{0,2}dự\s{1,3}kiến\s{0,2}\)?$", re.I)


def entry(text: str) -> str | None:
    """The line in the ordinary form, or None when it is no field-by-field entry (its "Nội dung:" must be
    followed by a time or a place field: "- Nội dung: …" alone under an event is that event's item)."""
    m = CONTENT.match(text)
    if not m:
        return None
    pieces = [x.strip(" ;") for x in SPLIT.split(text[m.end():].rstrip(" .;"))]
    head, fields, when, tentative = pieces[0].rstrip(" .;"), [], None, False
    for piece in pieces[1:]:
        t = TIME.match(piece)
        if t and when is None:
            when, tentative = piece[t.end():].strip(" .;,"), bool(t.group(1))
        else:
            fields.append(piece)
    if when is None and not any(PLACE.match(x) for x in fields) or not head:
        return None
    line = head
    if when:
        lead = CLOCK.match(when) or SLOT.match(when)
        tail = when[lead.end():].strip(" ,;") if lead else when
        if tail and (TENTATIVE_NOTE.match(tail) or FULL_DAY.match(tail) and not lead):
            line += f" ({tail.strip('()')})"  # "(dự kiến)", "(cả ngày)": said after the event as offices do
        elif tail:
            line += f" ({tail})" if re.search(r"\d", tail) else f" (thời gian {tail})"  # a span / "thông báo sau"
        if tentative:
            line += " (dự kiến)"
        if lead:
            line = f"{lead.group(0).strip()}: {line}"
    return "; ".join([line, *fields])


# "Nội dung chưa bố trí thời gian:", "Các nội dung chưa xếp lịch:", "Công việc chưa xác định ngày:": a heading
# closing the days; the entries under it have no day (each says its time is to be announced)
UNSCHEDULED = re.compile(r"^(?:các\s{1,3})?(?:nội\s{1,3}dung|công\s{1,3}việc|hoạt\s{1,3}động|sự\s{1,3}kiện|cuộc\s{1,3}họp)"
                         r"(?:\s{1,3}khác)?\s{1,3}chưa\s{1,3}(?:được\s{1,3})?(?:xếp|bố\s{1,3}trí|xác\s{1,3}định|có)"
                         r"(?:\s{1,3}(?:lịch|thời\s{1,3}gian|ngày|giờ|cụ\s{1,3}thể)){1,3}[^:]{0,40}:\s*$", re.I)


# "(LĐVP: Đ/c Tuấn)", "(dự kiến)" closing a field's value: notes of the event, not the place's words
FIELD_NOTE = re.compile(r"[.;]?\s{0,3}(\(\s{0,2}(?:lđvp|lãnh\s{1,3}đạo\s{1,3}văn\s{1,3}phòng|dự\s{1,3}kiến)\b[^()]{0,80}\))"
                        r"[.;]?\s*$", re.I)
# "… . (X chuẩn bị)." closing a field's value: a bracket, to be told apart (units, a change, a note)
TRAILING_NOTE = re.compile(r"[.;]?\s{0,3}(\([^()]{1,300}\))[.;]?\s*$")


def closing_notes(value: str) -> tuple[str, list, list]:
    """A field's value without the brackets closing it, which belong to the event: (value, the event's notes
    — its units, a change, "có kế hoạch riêng" —, the office's notes — "(LĐVP: …)", "(dự kiến)"). "Địa điểm: ….
    (X chuẩn bị). (LĐVP: Đ/c Tuấn)", "Chủ trì: …. (X chuẩn bị). (có kế hoạch riêng)", "Địa điểm: …. (hoãn, lùi
    sang tháng sau)"."""
    back, notes = [], []
    while value.rstrip(" .;").endswith(")"):
        trailing = TRAILING_NOTE.search(value)
        note = trailing.group(1) if trailing else ""
        if FIELD_NOTE.match(note):
            notes.insert(0, note)
        elif note and (UNITS_TAIL.search(note) or recognise.UNDATED.search(note)
                       or recognise.CANCEL.search(note[:16]) or recognise.MOVE.search(note)):
            back.insert(0, note)
        else:
            break
        value = value[:trailing.start()]
    return value, back, notes


# "Thứ Tư (02/10), 8 giờ — Họp … — Chủ trì: … — Cùng dự: … — Tại: … — (X chuẩn bị)": an entry whose facts are
# joined by long dashes, the time first; `dashed` writes it in the ordinary form ("…, 8 giờ: Họp …. Chủ trì: ….
# Thành phần: …. Địa điểm: …") for the stages after.
DASH_SPLIT = re.compile(r"\s{1,3}—\s{1,3}")
DASH_WHEN = re.compile(r"^(?:dự\s{1,3}kiến\s{1,3})?(?:các\s{1,3}(?:buổi\s{1,3})?)?(?:(?:buổi\s{1,3})?(?:sáng|chiều|tối)\b|ngày\s{1,3}\d"
                       r"|từ\s|thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])\b|chủ\s{1,3}nhật|(?:trong|đầu|giữa|cuối)\s{1,3}"
                       r"(?:tháng|tuần)\b|tuần\s{1,3}\d|\d{1,2}\s{0,2}(?:giờ|h|/))", re.I)
DASH_FIELD = re.compile(r"^(chủ\s{1,3}trì|(?:cùng\s{1,3}|tham\s{1,3})?dự|thành\s{1,3}phần|mời|tại|địa\s{1,3}điểm)\s{0,2}:\s{0,3}(\S.*)$",
                        re.I)
DASH_ITEMS = re.compile(r"[;,]\s{0,3}(?:nội\s{1,3}dung|trình\s{1,3}(?:kỳ\s{1,3}họp|hội\s{1,3}nghị))(?:\s{1,3}gồm)?\s{0,2}:\s*$", re.I)


def dashed(text: str) -> str | None:
    """The line in the ordinary form, or None when it is no dash-joined entry (its first part says when, and
    it has a title and at least one more part)."""
    if "—" not in text:
        return None
    parts = [p.strip() for p in DASH_SPLIT.split(text.strip().rstrip("."))]
    if len(parts) < 2 or not DASH_WHEN.match(parts[0]) or len(parts[0].split()) > 10 or not parts[1]:
        return None
    title, fields = parts[1], []
    for part in parts[2:]:
        items = DASH_ITEMS.search(part)
        if items:  # "Tại: Hội trường; trình kỳ họp:" -> the items follow
            part = part[:items.start()]  # (the items are the bullets below, taken as the entry's agenda)
        m = DASH_FIELD.match(part)
        if m:
            name = m.group(1).casefold()
            label = ("Chủ trì" if name.startswith("chủ") else "Địa điểm" if name.startswith(("tại", "địa"))
                     else "Thành phần")
            fields.append(f"{label}: {m.group(2).strip(' .;')}")
        else:  # "(X chuẩn bị)", "lùi sang …", "hoãn": a note of the entry, said after its title
            title += f" ({part.strip('()')})" if not part.startswith("(") else f" {part}"
    return ". ".join([f"{parts[0]}: {title}", *fields]) + ("." if fields else "")
