"""Stage 4: what an event's text says besides its date — who chairs and who attends, the office staff
with them, the place, whether it is tentative, cancelled or moved — and the leader-centric lines of weekly
schedules ("- Chủ tịch: 7 giờ 30’, dự …, điểm tại …. 14 giờ, …": several events of one leader).
Every pattern is bounded."""
import re

from service.importer import grammar
from service.importer.guarded import Guarded, Lowered

# "dự kiến" marks the date only when it stands by a date or time ("Dự kiến ngày 25/5", "thời gian dự
# kiến", "(dự kiến)" after a date); "Thành phần dự kiến", "dự kiến nội dung" qualify something else.
TENTATIVE_DATE = re.compile(r"dự\s{1,3}kiến\s{0,3}(?:[:,]\s{0,3})?(?:vào|ngày|từ|tổ\s{1,3}chức|trong|tuần|sáng|chiều|tối|thứ\s|chủ\s{1,3}nhật"
                            r"|thời\s{1,3}gian|\d|khoảng|cuối|đầu|giữa)|(?:thời\s{1,3}gian|ngày|lịch)\s{1,3}dự\s{1,3}kiến"
                            r"|\(\s{0,2}dự\s{1,3}kiến\s{0,2}\)", re.I)
NOT_DATE = re.compile(r"(?:thành\s{1,3}phần|nội\s{1,3}dung|đại\s{1,3}biểu|khách\s{1,3}mời|người)\s{0,3}:?\s{0,3}dự"
                      r"\s{1,3}kiến|dự\s{1,3}kiến\s{1,3}(?:nội\s{1,3}dung|thành\s{1,3}phần|chương\s{1,3}trình\s{1,3}"
                      r"nghị\s{1,3}sự|kết\s{1,3}quả|kinh\s{1,3}phí)", re.I)
SECTION_TENTATIVE = re.compile(r"dự\s{1,3}kiến\s{1,3}(?:lịch|chương\s{1,3}trình|các|hội\s{1,3}nghị|kế\s{1,3}hoạch|"
                               r"thời\s{1,3}gian)|(?:lịch|chương\s{1,3}trình|hoạt\s{1,3}động|nội\s{1,3}dung|công\s{1,3}việc|sự\s{1,3}kiện)"
                               r"[^:]{0,40}dự\s{1,3}kiến(?!\s{1,3}(?:trình|đưa\s{1,3}vào|giao))", re.I)
UNDATED = Lowered(r"(?:thông\s{1,3}báo|bố\s{1,3}trí|xác\s{1,3}định|sắp\s{1,3}xếp)\s{1,3}sau|có\s{1,3}(?:chương\s{1,3}"
                  r"trình|kế\s{1,3}hoạch|lịch|thông\s{1,3}báo)\s{1,3}riêng|theo\s{1,3}giấy\s{1,3}mời|giấy\s{1,3}mời"
                  r"\s{1,3}riêng|định\s{1,3}kỳ\s{1,3}theo\s{1,3}quy\s{1,3}định|theo\s{1,3}(?:lịch|kế\s{1,3}hoạch|chương\s{1,3}"
                  r"trình)\s{1,3}riêng|theo\s{1,3}lịch\s{1,3}của"
                  r"|(?:thời\s{1,3}gian\s{1,3})?theo\s{1,3}(?:thông\s{1,3}báo|giấy\s{1,3}triệu\s{1,3}tập)\s{1,3}(?:của|riêng)")
CANCEL = Guarded(r"\b(?:tạm\s{1,3}hoãn|hoãn(?:\s{1,3}lại)?|tạm\s{1,3}dừng|không\s{1,3}tổ\s{1,3}chức|hủy|huỷ|bãi"
                 r"\s{1,3}bỏ\s{1,3}lịch)\b", re.I, ("hoãn", "dừng", "tổ", "hủy", "huỷ", "bãi"))
# "lùi sang ngày 05/4", "chuyển sang chiều 12/6", "lùi sang 8 giờ 00 sáng thứ Năm, ngày 13/6/2024", "lùi sang
# 14 giờ 00, thứ Tư (19/11)"
MOVE = Guarded(r"(?:lùi|chuyển|dời|đổi|hoãn)\s{0,3}(?:lại\s{1,3})?(?:sang|đến|tới|vào)\s{1,3}(?:(\d{1,2}\s{0,2}(?:giờ|h)"
               r"\s{0,2}(?:\d{1,2})?\s{0,2}(?:phút|’|')?)\s{0,2},?\s{1,3})?(?:(?:buổi\s{1,3})?(?:sáng|chiều|tối)\s{1,3})?(?:(?:thứ\s{1,3}"
               r"(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{1,3}nhật)(?:\s{0,2},?\s{1,3}|\s{0,2}\(\s{0,2}))?"
               r"(?=(?:ngày\s{1,3})?\d{1,2}\s{0,2}[/.-])", re.I, ("lùi", "chuyển", "dời", "đổi", "hoãn"))  # "… thứ Tư (19/11)": the date in brackets
# "chuyển từ ngày 07/6": the date it was moved from, not the event's
MOVED_FROM = Guarded(r"(?:được\s{1,3})?(?:chuyển|lùi|dời|đổi)\s{1,3}(?:lịch\s{1,3})?từ\s{1,3}(?:(?:buổi\s{1,3})?(?:sáng|chiều|"
                     r"tối)\s{1,3})?(?:ngày\s{1,3})?\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{4})?", re.I, ("chuyển", "lùi", "dời", "đổi"))
STAFF = re.compile(r"\(\s{0,2}(?:lđvp|lãnh\s{1,3}đạo\s{1,3}văn\s{1,3}phòng|cv|chuyên\s{1,3}viên|vp)\s{0,2}:\s{0,3}"
                   r"((?:đ/c|đồng\s{1,3}chí)?\s{0,3}[^()]{1,80}?)\s{0,2}\)", re.I)
OFFICE_WORK = re.compile(r"^(?:\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?\s{0,2},?\s{0,3})?(?:(?:buổi\s{1,3})?"
                         r"(?:sáng|chiều|cả\s{1,3}ngày)\s{0,3}:?\s{1,3})?(?:[^.;]{0,80}\s)?làm\s{1,3}việc\s{1,3}"
                         r"tại\s{1,3}(?:cơ\s{1,3}quan|trụ\s{1,3}sở|văn\s{1,3}phòng|đơn\s{1,3}vị)\s{0,3}[.;]?$", re.I)
POINT = re.compile(r"[,.;]?\s{0,3}\b[Đđ]iểm\s{1,3}(?:tập\s{1,3}trung\s{1,3})?(?:tại\s{1,3})?([^.;()]{2,150})", re.I)
PLACE = re.compile(r"\btại\s{1,3}((?:xã|phường|thị\s{1,3}trấn|huyện|tỉnh|thành\s{1,3}phố|hội\s{1,3}trường|phòng\s{1,3}họp"
                   r"|phòng\s{1,3}khánh\s{1,3}tiết|phòng\s{1,3}tiếp\s{1,3}công\s{1,3}dân|trụ\s{1,3}sở|khu\s{1,3}dân\s{1,3}cư|bản|thôn|tổ\s{1,3}dân\s{1,3}phố"
                   r"|ubnd|hđnd|huyện\s{1,3}ủy|tỉnh\s{1,3}ủy|đảng\s{1,3}ủy|nhà\s{1,3}văn\s{1,3}hóa|trung\s{1,3}tâm|sân"
                   r"|khu|điểm\s{1,3}cầu|bộ\s{1,3}phận|p\.\s{0,2}(?:họp|khánh\s{1,3}tiết|tiếp\s{1,3}(?:khách|công\s{1,3}dân))|quảng\s{1,3}trường|nhà\s{1,3}thi\s{1,3}đấu|nhà"
                   r"\s{1,3}hát|cung\s{1,3}văn\s{1,3}hóa|công\s{1,3}viên|sân\s{1,3}vận\s{1,3}động|chợ|trường|bệnh\s{1,3}viện)\b[^.;:()]{0,120})", re.I)
PLACE_END = re.compile(r"\s{0,2},\s{0,3}(?=(?:đồng\s{1,3}chí|đ/c|do|mời|thành\s{1,3}phần|chủ\s{1,3}trì|dự|lãnh\s{1,3}đạo"
                       r"|(?:phó\s{1,3})?chủ\s{1,3}tịch|(?:phó\s{1,3})?bí\s{1,3}thư)\b)", re.I)
TRAILING_PLACE = re.compile(r"[,;]\s{1,3}tại\s{1,3}((?-i:[A-ZĐÀ-Ỹ])[^.;:()]{2,120}?)\s{0,2}\.?\s*$", re.I)
# (asked of a place found, a few words: no guard needed)
CALLED_OFF_TAIL = re.compile(r"\s{0,3}[-–—,]\s{0,3}(?:đã\s{1,3})?(?:tạm\s{1,3})?(?:hoãn|dừng|không\s{1,3}tổ\s{1,3}chức)\b.{0,60}$",
                             re.I)
ADMIN_WORDS = {"xã", "phường", "thị", "huyện", "tỉnh", "thành", "bản", "thôn", "khu", "tổ"}
INVITATION = re.compile(r"\s{0,3}\(\s{0,2}(?:giấy\s{1,3}mời\s{1,3}riêng|theo\s{1,3}giấy\s{1,3}mời|cả\s{1,3}ngày|dự\s{1,3}kiến|"
                        r"sáng|chiều|ngày)\s{0,2}\)", re.I)
# A leader as weekly schedules name them at the start of a line: "Chủ tịch:", "PCT. Thường trực:", "PCT.KT:",
# "Phó Chủ tịch Hồ Thu Ánh:", "Chủ tịch, PCT. Thường trực, PCT.CN:", "Bí thư:", "Đ/c Bí thư:".
_LEADER = (r"(?:đ/c\s{1,3}|đồng\s{1,3}chí\s{1,3}|các\s{1,3})?(?:(?:phó\s{1,3})?chủ\s{1,3}tịch|pct|ct|(?:phó\s{1,3})?bí\s{1,3}thư|pbt|bt"
           r"|chánh\s{1,3}văn\s{1,3}phòng|cvp|ủy\s{1,3}viên|uv)(?:\s{0,2}\.\s{0,2}|\s{1,3})?(?:thường\s{1,3}trực|tt|"
           r"[A-ZĐ]{2,3}\b)?(?:\s{1,3}(?:ubnd|hđnd|huyện\s{1,3}ủy|tỉnh\s{1,3}ủy|đảng\s{1,3}ủy)(?:\s{1,3}(?:tỉnh|huyện|xã|"
           r"phường))?)?(?:\s{1,3}(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}){0,4}")
LEADERS_LINE = re.compile(rf"^({_LEADER}(?:\s{{0,2}},\s{{0,2}}{_LEADER}){{0,5}})\s{{0,2}}:\s{{0,3}}(.+)$", re.I)
SEGMENT = re.compile(r"[.;]\s{1,3}(?=\d{1,2}\s{0,2}(?:giờ|h|g)\b|\d{1,2}\s{0,2}[hg]\s{0,2}\d{2}|(?:buổi\s{1,3})?"
                     r"(?:sáng|chiều|tối)\b|(?![Đđ]iểm\s|Mời\s|Thành\s{1,3}phần)(?-i:[A-ZĐÀ-Ỹ])\w)"
                     # "…; dự Hội nghị …": after a ";", what the leader does next is the next event
                     r"|;\s{1,3}(?=(?:dự(?!\s{1,3}kiến)|chủ\s{1,3}trì|làm\s{1,3}việc|họp|tiếp|kiểm\s{1,3}tra|thăm|tham\s{1,3}gia"
                     r"|giám\s{1,3}sát|chỉ\s{1,3}đạo|đi)\s)", re.I)  # ". 14 giờ, …", ". Chiều làm việc tại cơ quan"
# "…, mời các đồng chí Ủy viên Ban Chấp hành; Bí thư các chi bộ cùng dự, …": the ";" inside a list of invitees
INVITEES_TAIL = re.compile(r"[^.;:]{0,150}?\bcùng\s{1,3}(?:tham\s{1,3})?dự\b", re.I)


def _segments(body: str) -> list:
    """The parts of a leader's line: one an hour (or a slot, or a sentence), never cut inside its invitees."""
    cuts = [s.end() for s in SEGMENT.finditer(body) if not (body[s.start()] == ";" and INVITEES_TAIL.match(body, s.end()))]
    starts = [0] + cuts
    return [p for p in (body[a:b].strip(" .;,") for a, b in zip(starts, starts[1:] + [len(body)])) if p]


# "(dự kiến 80 người)", "dự kiến khoảng 120 đại biểu": how many are expected to attend, not a tentative date
HEADCOUNT = re.compile(r"dự\s{1,3}kiến\s{0,3}(?:khoảng\s{1,3}|trên\s{1,3}|tối\s{1,3}đa\s{1,3})?\d{1,3}(?:[.,]\d{3})?\s{1,3}"
                       r"(?:người|đại\s{1,3}biểu|khách|đồng\s{1,3}chí|học\s{1,3}viên|thành\s{1,3}viên|hộ|doanh\s{1,3}nghiệp"
                       r"|cử\s{1,3}tri|em|cháu|vận\s{1,3}động\s{1,3}viên|lượt|cán\s{1,3}bộ|hội\s{1,3}viên|đoàn\s{1,3}viên)\b",
                       re.I)


# "Thành phần: …; mời Giám đốc Công an tỉnh (dự kiến)": the sentence a "(dự kiến)" closes lists who attends, so
# the bracket qualifies the invitees, not the date (unless it stands right after an hour or a date)
ATTENDEES_CLAUSE = re.compile(r"\bthành\s{1,3}phần\b[^:.]{0,25}:|(?<!\w)(?<!giấy\s)mời(?:\s|\s{0,2}:)", re.I)  # ("Mời: …")
BY_TIME = re.compile(r"(?:\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?|\d{1,2}\s{0,2}/\s{0,2}\d{1,2}(?:/\d{4})?|\(\s{0,2}"
                     r"(?:thứ\s{1,3}\w{1,4}|chủ\s{1,3}nhật)\s{0,2}\))\s{0,3}$", re.I)


def is_tentative(text: str) -> bool:
    return any(not NOT_DATE.match(text, max(0, m.start() - 25)) and not _negated(text, m.start())
               and not HEADCOUNT.match(text, m.start()) and not _of_attendees(text, m)
               for m in TENTATIVE_DATE.finditer(text))


def _of_attendees(text: str, m) -> bool:
    """A bracketed "(dự kiến)" closing the sentence of the attendees."""
    if not m.group(0).startswith("("):
        return False
    clause = re.split(r"\.\s", text[max(0, m.start() - 240):m.start()])[-1]
    return bool(ATTENDEES_CLAUSE.search(clause)) and not BY_TIME.search(clause)


def _negated(text: str, pos: int) -> bool:
    """"Thành phần dự kiến: …" / "dự kiến nội dung": the phrase at `pos` belongs to another word."""
    window = text[max(0, pos - 25):pos + 40]
    return bool(NOT_DATE.search(window)) and not re.search(r"dự\s{1,3}kiến\s{0,3}(?:vào\s{1,3})?(?:ngày|\d)", window, re.I)


def change(text: str, year: int, month: int):
    """("postpone", When of the new date) | ("cancel", None) | (None, None)."""
    m = MOVE.search(text)
    if m:
        when = grammar.parse_date_at(text, re.match(r"(?:ngày\s{1,3})?", text[m.end():], re.I).end() + m.end(),
                                     year, month)
        if when and (when.days or when.span):
            slot = re.search(r"(sáng|chiều|tối)\s{1,3}(?:thứ\s{1,3}\w{1,4}\s{0,2}[,(]?\s{0,3})?$", text[m.start():m.end()], re.I)
            if slot:
                when.slot = grammar.slot_of(slot.group(1))
            if m.group(1):
                when.clock = grammar.find_clock(m.group(1))
            return "postpone", when
    if CANCEL.search(text):
        return "cancel", None
    return None, None


def take_staff(text: str):
    m = STAFF.search(text)
    if not m:
        return None, text
    name = re.sub(r"^(?:đ/c|đồng\s{1,3}chí)\s{0,3}", "", m.group(1).strip(), flags=re.I).strip(" .")
    return name or None, (text[:m.start()] + text[m.end():]).strip()


def take_point(text: str):
    """"…, điểm tại Hội trường II - UBND huyện" -> the place, and the text without it."""
    m = POINT.search(text)
    # ", điểm Hội trường …" or "điểm tại …"; "cao điểm tấn công" is no place
    if not m or m.start() == 0 or not re.match(r"[,.;]\s{0,3}[Đđ]iểm\s|\s{0,3}[Đđ]iểm\s{1,3}(?:tập\s{1,3}trung\s{1,3})?"
                                                r"tại\s", text[m.start():]):
        return None, text
    return m.group(1).strip(" ,"), (text[:m.start()] + text[m.end():]).strip(" ,.;")


def place(text: str) -> str | None:
    found = None
    for m in PLACE.finditer(text):
        if re.search(r"không\s{1,3}(?:\w{1,8}\s{1,3}){0,2}$", text[max(0, m.start() - 30):m.start()], re.I):
            continue  # "(thay đổi địa điểm, không họp tại Phòng họp số 1)": the place it is not
        words = m.group(1).split()
        admin = words[0].casefold() in ADMIN_WORDS
        if not admin or any(w[:1].isupper() for w in words[1:]):  # "tại xã Nhi Sơn", not "tại xã về ..."
            found = m.group(1).strip(" ,")
    if not found:  # "…, tại Tuyến kênh Rạch Gốc.": a place of any name, set off by a comma at the line's end
        last = TRAILING_PLACE.search(text)
        found = last.group(1).strip(" ,") if last else None
    if found:  # "tại Phòng họp A, đồng chí Bí thư chủ trì": the place ends where the people begin
        found = PLACE_END.split(found, maxsplit=1)[0].strip(" ,")
        # "… tại xã Hòa An, tại Nhà khách Tỉnh ủy": the last "tại" says where the entry is held
        found = re.split(r"[,;]\s{1,3}tại\s{1,3}(?=(?-i:[A-ZĐÀ-Ỹ]))", found)[-1]
        # "tại thôn Đông - tạm hoãn": the place ends where the entry is called off
        found = CALLED_OFF_TAIL.sub("", found) or found
    return found


# "Làm việc theo lịch của UBND tỉnh": a leader whose day another body's schedule gives — no event of this one
ELSEWHERE = re.compile(r"^(?:(?:buổi\s{1,3})?(?:sáng|chiều|cả\s{1,3}ngày)\s{0,3}:?\s{1,3})?(?:làm\s{1,3}việc|dự|tham\s{1,3}gia)"
                       r"\s{1,3}theo\s{1,3}(?:lịch|chương\s{1,3}trình)\s{1,3}(?:công\s{1,3}tác\s{1,3})?(?:của|chung\s{1,3}của)\s"
                       r"[^.;,]{2,60}[.;]?$", re.I)


def elsewhere(text: str) -> bool:
    return bool(ELSEWHERE.match(text.strip()))


# "Nghỉ bù lễ Quốc khánh; lãnh đạo trực theo lịch phân công riêng", "Lãnh đạo UBND: Nghỉ Tết Nguyên đán": a day
# off (the leader's or the office's), written where the day's events would be: no event
DAY_OFF = re.compile(r"^(?:[^:;.]{2,60}:\s{0,3})?(?:(?:buổi\s{1,3})?(?:sáng|chiều|cả\s{1,3}ngày)\s{0,3}:?\s{1,3})?(?:được\s{1,3})?"
                     r"nghỉ\s{1,3}(?:bù|lễ|tết|phép|làm\s{1,3}việc)\b", re.I)

# the clause of a day off in prose ("cán bộ, công chức nghỉ Tết Nguyên đán từ thứ Bảy, ngày 25/01/2025 đến hết
# ngày 02/02/2025"): its dates are the holiday's, no event's. It ends with its first date, or the range that date
# begins, so a date after it is the line's own ("… chuẩn bị nghỉ lễ 30/4, sáng ngày 15/4 tại …").
_DAY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
HOLIDAY = Guarded(r"(?<!\w)nghỉ\s{1,3}(?:bù|lễ|tết|(?:\d{1,2}|một|hai|ba|bốn|năm)\s{1,3}ngày)\b[^.;\d]{0,160}"
                  rf"(?:{_DAY}(?:[^.;\d]{{0,30}}?(?:đến|tới|-|–)[^.;\d]{{0,30}}{_DAY})?)?", re.I, ("nghỉ",))
# after a day off, what makes the line an event after all: an hour or a meeting ("Nghỉ phép buổi sáng; chiều
# 14h00 dự Hội nghị …")
_EVENT_AFTER = re.compile(r"\d{1,2}\s{0,2}(?:h|g|giờ)(?!\w)|\d{1,2}\s{0,2}(?:h|g)\d{2}|hội\s{1,3}nghị|họp|(?<!\w)dự\s"
                          r"|làm\s{1,3}việc\s{1,3}với|tiếp\s{1,3}(?:công\s{1,3}dân|xúc|đoàn)", re.I)


def holiday_dates(text: str) -> bool:
    """A holiday clause that gives the holiday's dates ("cán bộ nghỉ lễ từ thứ Bảy, ngày 09/9 đến …"): a line
    that says when the office is closed, not an event (one that only mentions a holiday is: "Kiểm tra công tác
    trực Tết trong dịp nghỉ Tết")."""
    return any(re.search(_DAY, m.group(0)) for m in HOLIDAY.finditer(text))


def day_off(text: str) -> bool:
    """The whole line is a day off ("Lãnh đạo UBND phường: Nghỉ bù lễ Quốc khánh; lãnh đạo trực theo lịch
    phân công"), not a line with an event after its day off."""
    text = text.strip()
    found = DAY_OFF.match(text)
    return bool(found) and not _EVENT_AFTER.search(text[found.end():])


def office_work(text: str) -> bool:
    return bool(OFFICE_WORK.match(text.strip()))


def leader_line(text: str):
    """"Chủ tịch: 7 giờ 30’, dự …. 14 giờ, …" -> ("Chủ tịch", ["7 giờ 30’, dự …", "14 giờ, …"]); None if
    the line does not start with a leader and a colon."""
    m = LEADERS_LINE.match(text)
    if not m or len(m.group(1)) > 120:
        return None
    return m.group(1).strip(), _segments(m.group(2))


# "Thường trực Huyện ủy: 8 giờ, làm việc với …": a body's line in a leader-centric schedule (an hour or a slot
# right after the colon, so "Thành phần: Thường trực …" and narrative are not taken)
GROUP_LINE = re.compile(r"^((?:thường\s{1,3}trực|ban\s{1,3}thường\s{1,3}vụ|(?:tập\s{1,3}thể\s{1,3})?lãnh\s{1,3}đạo)\s{1,3}"
                        r"[^:;,.]{2,50}?)\s{0,2}:\s{0,3}(?=\d{1,2}\s{0,2}(?:giờ|h)\b|\d{1,2}\s{0,2}h\s{0,2}\d{2}|(?:buổi\s{1,3})?"
                        r"(?:sáng|chiều|tối|cả\s{1,3}ngày)\b)", re.I)


def group_line(text: str):
    """"Thường trực Huyện ủy: 8 giờ, … . 14 giờ, …" -> ("Thường trực Huyện ủy", parts), as `leader_line`."""
    m = GROUP_LINE.match(text)
    if not m:
        return None
    return re.sub(r"\s+", " ", m.group(1)).strip(), _segments(text[m.end():])


def leader_title(label: str, issuer: str | None) -> str:
    """"Chủ tịch" -> "Chủ tịch UBND huyện" (the issuer's body and level); "PCT. Thường trực" ->
    "Phó Chủ tịch Thường trực UBND huyện"; "PCT.KT" -> "Phó Chủ tịch UBND huyện (KT)"."""
    text = re.sub(r"^(?:đ/c|đồng\s{1,3}chí)\s{1,3}", "", label.strip(), flags=re.I)
    named = re.search(r"(?:^|\s)((?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}(?:\s{1,3}(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}){1,3})$", text)
    if named and not re.search(r"ubnd|hđnd|ủy|uỷ|thường\s{1,3}trực", named.group(1), re.I) \
            and re.match(r"(?:phó\s{1,3})?(?:chủ\s{1,3}tịch|bí\s{1,3}thư|pct|ct|pbt|bt)\b", text, re.I):
        return named.group(1)  # "Phó Chủ tịch Nguyễn Văn An": the person, by name
    text = re.sub(r"^pct\b\s{0,2}\.?\s{0,2}", "Phó Chủ tịch ", text, flags=re.I)
    text = re.sub(r"^ct\b\s{0,2}\.?\s{0,2}", "Chủ tịch ", text, flags=re.I)
    text = re.sub(r"^pbt\b\s{0,2}\.?\s{0,2}", "Phó Bí thư ", text, flags=re.I)
    text = re.sub(r"^bt\b\s{0,2}\.?\s{0,2}", "Bí thư ", text, flags=re.I)
    text = re.sub(r"\btt\b", "Thường trực", text, flags=re.I)
    portfolio = re.search(r"\s(?-i:([A-ZĐ]{2,3}))$", text)
    if portfolio and portfolio.group(1) not in ("UBND", "HĐND"):
        text = text[:portfolio.start()]
    text = re.sub(r"\s+", " ", text).strip()
    if not re.search(r"ubnd|hđnd|ủy|uỷ", text, re.I) and not re.search(r"\s(?-i:[A-ZĐÀ-Ỹ])\w+\s(?-i:[A-ZĐÀ-Ỹ])", text):
        body = body_of(issuer, party=bool(re.search(r"bí\s{1,3}thư", text, re.I)))
        if body:
            head = re.match(r"^((?:phó\s{1,3})?(?:chủ\s{1,3}tịch|bí\s{1,3}thư|chánh\s{1,3}văn\s{1,3}phòng|ủy\s{1,3}viên))"
                            r"(.*)$", text, re.I)
            if head:
                text = f"{head.group(1)}{head.group(2)} {body}".strip()
    if portfolio and portfolio.group(1) not in ("UBND", "HĐND"):
        text = f"{text} ({portfolio.group(1)})"
    return re.sub(r"\s+", " ", text)


def body_of(issuer: str | None, party: bool = False) -> str | None:
    """"UBND huyện Mường Lát" -> "UBND huyện"; "Huyện ủy Lục Ngạn" -> "Huyện ủy"; "Đảng ủy xã X" -> "Đảng ủy xã"."""
    if not issuer:
        return None
    m = re.match(r"^(?:văn\s{1,3}phòng\s{1,3})?((?:UBND|HĐND)\s{1,3}(?:tỉnh|huyện|xã|phường|thị\s{1,3}trấn|thành\s{1,3}phố"
                 r"|thị\s{1,3}xã|quận)|(?:Huyện|Tỉnh|Thành|Thị)\s{1,3}ủy|Đảng\s{1,3}ủy\s{1,3}(?:xã|phường|thị\s{1,3}trấn))",
                 issuer, re.I)
    if not m:
        return None
    body = m.group(1)
    if party and body.upper().startswith(("UBND", "HĐND")):
        return None  # a Bí thư of a UBND's own schedule: which committee is not said
    return body


def clean_title(text: str) -> str:
    text = INVITATION.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" .;:,-–")


def sentence(text: str) -> str:
    text = re.sub(r"\s+([,;.])", r"\1", re.sub(r"\s+", " ", text)).strip(" .;:,-–")
    if text.isupper():
        text = text.capitalize()
        for abbr in ("UBND", "HĐND", "MTTQ", "BCĐ"):
            text = re.sub(abbr, abbr, text, flags=re.I)
    return text[:1].upper() + text[1:]


# "Giao ban công tác tiếp công dân …", "Hội nghị tổng kết công tác tiếp công dân": a meeting about the receptions, not
# a reception (asked of the lower-cased title)
MEETING_ABOUT = re.compile(r"^(?:hội\s{1,3}nghị|họp|giao\s{1,3}ban|hội\s{1,3}thảo|tọa\s{1,3}đàm|tập\s{1,3}huấn|sơ\s{1,3}kết"
                           r"|tổng\s{1,3}kết)\b")


# The closing bracket of a weekly entry carries its time and persons, one clause each, ";" between them (an
# HĐND's or a province's week copied from its table): "(chiều, 14 giờ; chủ trì: đ/c Thạch)", "(7 giờ 30; dự:
# đ/c Thạch, đ/c Mai; tại Hội trường A)", "(CT Lục Văn Hào chủ trì; Thanh tra tỉnh chuẩn bị)", "(PCT X dự)".
# (a cancellation may follow it: "(PCT X chủ trì) - tạm dừng tổ chức.")
CLOSING = re.compile(r"\(([^()]{2,300})\)(\s{0,3}[-–—,;]\s{0,3}(?:đã\s{1,3})?(?:tạm\s{1,3})?(?:hoãn|dừng|không\s{1,3}tổ\s{1,3}chức)"
                     r"[^()]{0,60}?)?\s{0,2}[.;]?\s{0,2}$", re.I)
_PERSON = (r"(?:(?:đồng\s{1,3}chí|đ/c)\s|(?-i:PCTTT|PCT\s?TT|PCT|CT|PBTTT|PBT|BT)\s{0,2}\.?\s|(?:phó\s{1,3})?(?:chủ\s{1,3}tịch|"
           r"bí\s{1,3}thư)\b|(?:các\s{1,3})?(?:thường\s{1,3}trực|lãnh\s{1,3}đạo)\b)")
CLAUSE_SLOT = re.compile(r"^(?:buổi\s{1,3})?(sáng|chiều|tối|cả\s{1,3}ngày|ngày)(?:\s{0,2},?\s{0,3}(\d{1,2}\s{0,2}(?:giờ|h|g)"
                         r"\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?))?$", re.I)
CLAUSE_CLOCK = re.compile(r"^(?:lúc\s{1,3})?(\d{1,2}\s{0,2}(?:giờ|h|g)\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?)(?:\s{0,2},?\s{0,3}"
                          r"(?:buổi\s{1,3})?(sáng|chiều|tối))?$", re.I)
CLAUSE_FIELD = re.compile(r"^(chủ\s{1,3}trì|trưởng\s{1,3}đoàn|(?:tham\s{1,3})?dự|thành\s{1,3}phần|mời|địa\s{1,3}điểm)\s{0,2}:"
                          r"\s{0,3}(\S.{0,200})$", re.I)
CLAUSE_PLACE = re.compile(r"^tại\s{1,3}(\S.{1,150})$", re.I)
CLAUSE_ROLE = re.compile(rf"^({_PERSON}.{{1,150}}?)\s{{1,3}}(chủ\s{{1,3}}trì|(?:tham\s{{1,3}})?dự|trưởng\s{{1,3}}đoàn)$", re.I)


def closing_bracket(text: str):
    """(text without the clauses read, {"slot", "clock", "chair", "attendees", "place"}) of an entry's closing
    bracket; the clauses not read (units, a span, a note) stay in it. Nothing taken unless a clause names a
    person's role, a place or an hour in that bracket's own form."""
    tail = len(text) - 420 if len(text) > 420 else 0  # the bracket closes the line: only its tail is looked at
    m = CLOSING.search(text, tail) if "(" in text[tail:] else None
    if m is None:
        return text, {}
    said, kept = {}, []
    for clause in (c.strip(" ,") for c in m.group(1).split(";")):
        slot, clock, field = CLAUSE_SLOT.match(clause), CLAUSE_CLOCK.match(clause), CLAUSE_FIELD.match(clause)
        where, role = CLAUSE_PLACE.match(clause), CLAUSE_ROLE.match(clause)
        if slot:
            said["slot"], said["clock"] = slot.group(1).casefold(), slot.group(2) or said.get("clock")
        elif clock:
            said["clock"], said["slot"] = clock.group(1), (clock.group(2) or "").casefold() or said.get("slot")
        elif field:
            name = field.group(1).casefold()
            key = "chair" if name.startswith(("chủ", "trưởng")) else "place" if name.startswith("địa") else "attendees"
            said[key] = field.group(2).strip(" .")
        elif where:
            said["place"] = where.group(1).strip(" .")
        elif role:
            said["chair" if role.group(2).casefold().startswith(("chủ", "trưởng")) else "attendees"] = role.group(1).strip()
        else:
            kept.append(clause)
    said = {k: v for k, v in said.items() if v}
    # "(sáng; tạm hoãn)", "(chiều) - tạm hoãn": a slot, and the entry called off — the slot is still the entry's
    called_off = bool(m.group(2)) or bool(kept) and all(CANCEL.search(c[:16]) and len(c.split()) <= 6 for c in kept)
    if not ({"chair", "attendees", "place", "clock"} & set(said)) and not ("slot" in said and called_off):
        return text, {}  # "(sáng)", "(mở rộng)", "(X chuẩn bị)": the forms the rest of the stage reads
    head = text[:m.start()].rstrip(" ,;")
    return (f"{head} ({'; '.join(kept)})" if kept else head) + (m.group(2) or "") + ".", said
