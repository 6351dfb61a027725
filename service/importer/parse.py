"""The genre of a "Chương trình công tác tháng" and of a "Lịch công tác tuần": sections, day headings,
slots, spans, lists of days, weekly briefings, meetings with numbered agenda items and their preparing
units, leader-centric weekly lines.

Stages: `lines` (blocks -> repaired lines, page furniture out, table runs kept), `header` (issuer, title,
kind, period), `structure` (paragraphs and their numbering), then this module walks the paragraphs: headings
decide whether what follows is schedule (events), preparation lists (undated items) or narrative (tasks,
whose dates are not events); `recognise` (place, tentative, changes, leader lines), `people` (chair,
attendees) and `items` (agenda items and units) read each event. Every paragraph that carries a date,
weekday, hour or slot and became no event is reported in `Parsed.skipped`, with the reason."""
import re
from dataclasses import dataclass, field
from datetime import timedelta

from service.vocabulary import WEEKDAY_LABELS
from service.importer import fields as field_entries, grammar, people, recognise
from service.importer.document import Document
from service.importer.found import DocInfo, Draft, PeriodUnknown, Skipped  # noqa: F401 - Draft: callers import it here
from service.importer.grammar import When
from service.importer.guarded import Guarded, Lowered
from service.importer.header import SIGNED, read_header
from service.importer.items import UNIT_HEAD, UNITS_TAIL, Item, _units, agenda_item, split_units  # noqa: F401 - Item: the table stage imports it here
from service.importer.lines import Rows, cell_lines, read
from service.importer.pipe_rows import rows_from_pipes
from service.importer.people import CHAIR, MEMBERS, SLOT_NOTE, _proper, _spaced
from service.importer.recognise import sentence as _sentence
from service.importer.structure import STARTS, STOP, Para, paragraphs

PREAMBLE = re.compile(r"căn\s{1,3}cứ\s", re.I)

from service.importer.table import table_drafts

NARRATIVE = re.compile(r"nhiệm\s{1,3}vụ|trọng\s{1,3}tâm|mục\s{1,3}tiêu|tình\s{1,3}hình|kết\s{1,3}quả|giải\s{1,3}pháp"
                       r"|đánh\s{1,3}giá|phương\s{1,3}hướng|tổ\s{1,3}chức\s{1,3}thực\s{1,3}hiện", re.I)
PREP = re.compile(r"nội\s{1,3}dung[^.]{0,20}(?:chuẩn\s{1,3}bị|trình)|đề\s{1,3}án|trình\s{1,3}(?:chủ\s{1,3}tịch|"
                  r"ubnd|ủy\s{1,3}ban|uỷ\s{1,3}ban|hội\s{1,3}nghị|thường\s{1,3}trực|ban\s{1,3}thường\s{1,3}vụ|ban\s{1,3}"
                  r"chấp\s{1,3}hành|kỳ\s{1,3}họp)", re.I)
SCHEDULE = re.compile(r"lịch|công\s{1,3}tác\s{1,3}thường\s{1,3}xuyên|hội\s{1,3}nghị|họp|tiếp\s{1,3}(?:công\s{1,3})?dân|giao\s{1,3}ban|làm\s{1,3}việc|"
                      r"sự\s{1,3}kiện|hoạt\s{1,3}động|công\s{1,3}tác\s{1,3}(?:tháng|tuần)|chương\s{1,3}trình\s{1,3}"
                      r"công\s{1,3}tác|tiếp\s{1,3}xúc", re.I)
MEETING = Lowered(r"hội\s{1,3}nghị|họp|giao\s{1,3}ban|làm\s{1,3}việc|hội\s{1,3}thảo|tọa\s{1,3}đàm|tiếp\s{1,3}xúc"
                  r"|nghe\s{1,3}báo\s{1,3}cáo")
# A section named for who acts: "THƯỜNG TRỰC HĐND TỈNH", "CÁC BAN HĐND", "LÃNH ĐẠO UBND HUYỆN", "CÁC TỔ ĐẠI BIỂU"
ACTOR = re.compile(r"^(?:các\s{1,3})?(?:thường\s{1,3}trực|ban\s{1,3}thường\s{1,3}vụ|(?:các\s{1,3})?ban\s{1,3}(?:của\s{1,3})?(?:hđnd|"
                   r"đảng)|tổ\s{1,3}đại\s{1,3}biểu|lãnh\s{1,3}đạo|(?:phó\s{1,3})?chủ\s{1,3}tịch|(?:phó\s{1,3})?bí\s{1,3}thư|đại\s{1,3}biểu"
                   r"|đoàn\s{1,3}đại\s{1,3}biểu)\b", re.I)
SENTENCES = re.compile(r"\w\)?\.\s{1,3}(\w)\w{0,11}\s")  # "…). Các sở …": a second sentence (an upper-case letter)
# "CÁC NỘI DUNG KHÁC", "CÔNG VIỆC KHÁC": the rest of the schedule when it follows the schedule
OTHER_ITEMS = re.compile(r"(?:nội\s{1,3}dung|công\s{1,3}việc|công\s{1,3}tác|hoạt\s{1,3}động|việc)\s{1,3}khác\b", re.I)
# "I. CHỦ TỊCH UBND HUYỆN", "1. Phó Chủ tịch Nguyễn Văn Hải": a schedule arranged by leader; the events under
# the heading are that leader's (chair), until the next heading of its level
LEADER_HEADING = re.compile(r"^(?:(?:đồng\s{1,3}chí|đ/c)\s{1,3})?((?:phó\s{1,3})?(?:chủ\s{1,3}tịch|bí\s{1,3}thư)(?:\s{1,3}thường"
                            r"\s{1,3}trực)?(?:\s{1,3}(?:ubnd|hđnd|huyện\s{1,3}ủy|tỉnh\s{1,3}ủy|thành\s{1,3}ủy|đảng\s{1,3}ủy)(?:\s{1,3}"
                            r"(?:tỉnh|huyện|xã|phường|thị\s{1,3}trấn|thành\s{1,3}phố|thị\s{1,3}xã))?)?)(?:\s{1,3}((?-i:[A-ZĐÀ-Ỹ])"
                            r"[\wÀ-ỹ]{0,10}(?:\s{1,3}(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}){1,3}))?\s{0,2}:?$", re.I)
# "- Chủ trì: …", "- Thành phần: …", "- Địa điểm: …" under an event: its fields, one a line (Party schedules)
FIELD = re.compile(r"^(chủ\s{1,3}trì|thành\s{1,3}phần(?:\s{1,3}(?:dự|tham\s{1,3}dự|mời|dự\s{1,3}kiến))?|địa\s{1,3}điểm|"
                   r"nội\s{1,3}dung|(?:đơn\s{1,3}vị|cơ\s{1,3}quan|bộ\s{1,3}phận)\s{1,3}(?:chuẩn\s{1,3}bị|tham\s{1,3}mưu)|chuẩn"
                   r"\s{1,3}bị|lãnh\s{1,3}đạo\s{1,3}văn\s{1,3}phòng|lđvp)\s{0,3}:\s{0,3}(.+)$", re.I)
# "Thời gian, địa điểm: 08 giờ 00’ tại Hội trường …": the hour and the place of the event above, in one field
TIME_PLACE = re.compile(r"^thời\s{1,3}gian\s{0,2}(?:,|và)\s{0,3}địa\s{1,3}điểm\s{0,2}:\s{0,3}(\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}"
                        r"(?:\d{2})?\s{0,2}(?:phút|’|')?)\s{0,3}[,;]?\s{0,3}(?:tại\s{1,3})?(\S.{0,300}?)\s{0,2}\.?$", re.I)
# "… báo cáo về Văn phòng trước ngày 28/9/2025", "chậm nhất ngày 10/12": a deadline, no event's date; its hour may
# come first ("trước 16h00 ngày 20/9"), its date in words ("trước ngày 25 tháng 11")
DEADLINE = Guarded(r"\b(?:trước|chậm\s{1,3}nhất(?:\s{1,3}(?:là|vào))?|hạn\s{1,3}chót|không\s{1,3}quá)\s{1,3}"
                   r"(?:\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}(?:\d{2})?\s{0,2}(?:phút)?\s{0,2},?\s{0,3}(?=ngày\s))?(?:ngày\s{1,3})?"
                   r"\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{4})?|\s{1,3}tháng\s{1,3}\d{1,2}(?:\s{1,3}năm"
                   r"\s{1,3}\d{4})?)", re.I, ("trước", "chậm", "hạn", "quá"))
VAGUE_WHEN = re.compile(r"^(?:trong\s{1,3}(?:tuần|tháng)|(?:đầu|giữa|cuối)\s{1,3}(?:tuần|tháng)|tuần\s{1,3}(?:đầu|cuối)\s{1,3}"
                        r"(?:của\s{1,3})?tháng)\s{0,3}:\s{0,3}", re.I)
SLOT_CLOCK = re.compile(r"^((?:buổi\s{1,3})?(?:sáng|chiều|tối))\s{0,3}\(\s{0,2}(\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}\d{0,2}\s{0,2}"
                        r"(?:phút|’|')?)\s{0,2}\)\s{0,3}:\s{0,3}", re.I)
# "Trong tuần, nếu có thay đổi, Văn phòng sẽ thông báo sau": a closing note, never an event nor an item
CHANGE_NOTE = Guarded(r"^(?:trong\s{1,3}(?:tuần|tháng)\s{0,3},?\s{0,3})?(?:nếu|khi|trường\s{1,3}hợp)\s{1,3}có\s{1,3}"
                      r"(?:sự\s{1,3})?(?:thay\s{1,3}đổi|điều\s{1,3}chỉnh|phát\s{1,3}sinh)"
                      r"|^lịch\b[^.;:]{0,40}?\bthay\s{1,3}(?:cho|thế|giấy)"  # "Lịch này thay cho Lịch đã gửi …"
                      # "Lịch làm việc có thể thay đổi; … sẽ thông báo sau": the closing caveat
                      # (the caveat may close a paragraph of requests: "Các cơ quan gửi tài liệu …. Lịch … có thể …")
                      r"|^(?:[^.:]{0,240}\.\s{1,3})?lịch\b[^.;:]{0,40}?\bcó\s{1,3}thể\s{1,3}(?:thay\s{1,3}đổi|điều\s{1,3}chỉnh)"
                      # "… thông báo để các cơ quan, đơn vị biết, thực hiện", "… như sau:": the office's formulas
                      r"|^[^:]{0,120}?\b(?:thông\s{1,3}báo|gửi)\s{1,3}(?:để|cho)\s[^.]{0,80}?\bbiết\b|^[^:]{0,160}\bnhư\s{1,3}sau"
                      r"\s{0,2}:\s*$|^trân\s{1,3}trọng\b"
                      # "Lịch được đăng tải …; mọi thay đổi, Văn phòng thông báo sau": changes are to be told later
                      r"|^[^:]{0,200}?\b(?:mọi|các|nếu\s{1,3}có)\s{1,3}(?:sự\s{1,3})?(?:thay\s{1,3}đổi|điều\s{1,3}chỉnh)\b"
                      r"[^:]{0,120}?\bthông\s{1,3}báo\s{1,3}(?:sau|lại|kịp\s{1,3}thời)\b", re.I, ("thay", "điều", "phát", "biết", "như", "trân"))
NOTE = re.compile(r"^(?:lưu\s{1,3}ý|ghi\s{1,3}chú|trường\s{1,3}hợp|đề\s{1,3}nghị|yêu\s{1,3}cầu|ngoài\s{1,3}ra|trong\s{1,3}quá"
                  r"\s{1,3}trình|(?:lịch|thời\s{1,3}gian|địa\s{1,3}điểm)\s{1,3}(?:cụ\s{1,3}thể|chi\s{1,3}tiết)|các\s{1,3}(?:cơ"
                  r"\s{1,3}quan|đơn\s{1,3}vị|phòng|sở|ngành)[^:]{0,60}(?:chủ\s{1,3}động|căn\s{1,3}cứ|chuẩn\s{1,3}bị\s{1,3}"
                  r"tốt|gửi\s{1,3}(?:tài\s{1,3}liệu|báo\s{1,3}cáo|hồ\s{1,3}sơ|dự\s{1,3}thảo)\s{1,3}về))", re.I)
# "Hội nghị X. Chủ trì: Chủ tịch UBND xã. Địa điểm: Hội trường.": the fields written inside the event's line
# ("… - Chủ trì: CT … - Địa điểm: …": fields after a dash too; "… . Tại Hội trường A.": the place, said as a sentence)
INLINE_FIELD = re.compile(r"[.;]\s{1,3}(?=(?-i:T)ại\s{0,2}:?\s|(?-i:M)ời\s{0,2}:)|(?:[.;]|\s[-–])\s{1,3}(?=(?:chủ\s{1,3}trì|thành\s{1,3}phần|địa\s{1,3}điểm|(?:đơn\s{1,3}vị|cơ\s{1,3}quan)"
                          r"\s{1,3}chuẩn\s{1,3}bị|chuẩn\s{1,3}bị)(?:\s{1,3}[^\W\d]{2,8}){0,2}\s{0,3}:)", re.I)
# "Phó Bí thư Đảng ủy, Chủ tịch UBND phường": a Party title, then a council's or committee's, is one person
# holding both (two leaders are two titles of one body: "Chủ tịch, Phó Chủ tịch UBND")
CONCURRENT = re.compile(r"bí\s{1,3}thư\s{1,3}(?:đảng|huyện|tỉnh|thành|thị)\s{1,3}ủy\b|bí\s{1,3}thư\s{1,3}đảng\s{1,3}bộ\b", re.I)
# "(Công an xã chủ trì, phối hợp …): thời gian theo kế hoạch riêng": the units before an undated tail
UNITS_INSIDE = re.compile(r"\(([^()]{1,300}?)\s{1,3}(chuẩn\s{1,3}bị|chủ\s{1,3}trì|tham\s{1,3}mưu)([^()]{0,120})\)"
                          r"(?=\s{0,3}(?:[:;,.(]|$))", re.I)
INVITEES = re.compile(r"[,;]\s{0,3}mời\s{1,3}([^()]{3,200}?)\s{1,3}cùng\s{1,3}(?:tham\s{1,3}dự|dự|đi)\b", re.I)
TRAILING_STAFF = re.compile(r"[.;]\s{1,3}(?:đ/c|đồng\s{1,3}chí)\s{1,3}((?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}(?:\s(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10})"
                            r"{0,2})(?:\s{0,2}[;,]\s{0,3}(?-i:[A-ZĐ]{2,6}))?\s{0,2}\.?\s*$", re.I)
# "… cao tốc. Mời lãnh đạo các Sở: Xây dựng, Tài chính": the invitees as a sentence closing the line
INVITED_SENTENCE = re.compile(r"[.;]\s{1,3}(?-i:M)ời\s{1,3}([^()]{3,300}?)\s{0,3}$")
CLOCK_SPLIT = re.compile(r"[.;]\s{1,3}(?=\d{1,2}\s{0,2}(?:giờ|h)(?:\s{0,2}\d{2})?\s{0,2}(?:phút|’|')?\s{0,2}[,:])", re.I)
SUBMISSION = re.compile(r"\bthời\s{1,3}(?:gian|hạn)\s{1,3}trình\s{0,3}:", re.I)
# "… Nội dung:", "Nội dung gồm:" closing an event's line: its agenda items are the bullets below
ITEMS_FOLLOW = re.compile(r"[.;,]?\s{0,3}\bnội\s{1,3}dung(?:\s{1,3}(?:gồm|chính|làm\s{1,3}việc|cuộc\s{1,3}họp))?\s{0,3}:\s*$",
                          re.I)
# An adjusted weekly ("Điều chỉnh lần 2") marks what changed in brackets: "(bổ sung)", "(hoãn)", "(thay đổi thời
# gian, trước đây 8h00 cùng ngày)", "(thay đổi địa điểm)": notes, not the title or the place ("(hoãn)" cancels)
AMENDED = re.compile(r"\s{0,3}\(\s{0,2}((?:đã\s{1,3})?(?:tạm\s{1,3})?(?:hoãn|dừng)(?:\s{1,3}lại)?|không\s{1,3}tổ\s{1,3}chức|bổ\s{1,3}sung|mới|thay\s{1,3}đổi\s[^()]{0,120}|điều\s{1,3}chỉnh\s[^()]{0,120}"
                     r"|chuyển\s{1,3}từ\s[^()]{0,120}|đổi\s{1,3}(?:giờ|địa\s{1,3}điểm|ngày)[^()]{0,120})\s{0,2}\)", re.I)
# "…. Thời gian: 14 giờ 00" / "…, 14 giờ 00" right before the weekly rule: the series' hour
WEEKLY_CLOCK_AFTER = re.compile(r"(?:[.;,]\s{0,3}thời\s{1,3}gian\s{0,2}:\s{0,3}|[,:]\s{0,3})(\d{1,2}\s{0,2}(?:giờ|h|g)\s{0,2}"
                                r"(?:\d{2})?\s{0,2}(?:phút|’|')?)$", re.I)
CLOCK_LEAD = re.compile(r"^\(\s{0,2}(\d{1,2}\s{0,2}(?:h|giờ)\s{0,2}\d{0,2})\s{0,2}\)\s{0,3}", re.I)
REFERENCE_NOTE = re.compile(r"\s{0,3}\((?:theo|căn\s{1,3}cứ|thực\s{1,3}hiện)\s[^()]{0,300}\)", re.I)
DOC_TITLE = re.compile(r"^(?:chương\s{1,3}trình|lịch\s{1,3}(?:công\s{1,3}tác|làm\s{1,3}việc))", re.I)
TITLE_LINE = re.compile(r"tháng\s{1,3}(\d{1,2})\s{1,3}năm\s{1,3}(\d{4})", re.I)
_WDW = r"thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])\b|chủ\s{1,3}nhật"
# "sáng từ 7 giờ 30 đến 11 giờ 00: …", "chiều từ 13h30 - 17h00: …": a slot and its range of hours
SLOT_FROM = re.compile(r"^((?:buổi\s{1,3})?(?:sáng|chiều|tối))\s{1,3}từ\s{1,3}(?=\d{1,2}\s{0,2}(?:giờ|h))", re.I)
# "Không bố trí tiếp công dân ngày 08/3", "Không tổ chức giao ban tuần này": a day on which nothing is held
NOT_HELD = re.compile(r"^(?:không|chưa)\s{1,3}(?:bố\s{1,3}trí|tổ\s{1,3}chức|tiếp\s{1,3}(?:công\s{1,3})?dân|họp)\b", re.I)
# "…; thành phần: cử tri các khu phố; tại Hội trường UBND phường": the place closing a field's value
PLACE_AFTER = re.compile(r"\s{0,2};\s{1,3}tại\s{1,3}([^;]{2,160}?)\s{0,2}[.;]?\s*$", re.I)
# "* Thứ Hai: 11/9", "THỨ BA: NGÀY 12/9/2023": a weekday, a colon, its date, and nothing else: a day heading
WEEKDAY_COLON = re.compile(rf"^((?:{_WDW}))\s{{0,2}}:\s{{0,3}}(?=(?:ngày\s{{1,3}})?\d{{1,2}}\s{{0,2}}[/.-]\s{{0,2}}\d{{1,2}}"
                           r"(?:\s{0,2}[/.-]\s{0,2}\d{4})?\s{0,2}[:.]?\s*$)", re.I)
FULL_DAY = re.compile(r"cả\s{1,3}ngày", re.I)
# "(ngày 10/6 trùng thứ Bảy, chuyển sang thứ Hai)", "(ngày 02/9 trùng ngày nghỉ lễ, tổ chức vào thứ Tư)": why the
# entry is on its day, a note of the rule's day moved, not of the event moved
DAY_SHIFTED = re.compile(r"\s{0,3}\(\s{0,2}(?:ngày\s{1,3})?\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{4})?\s{1,3}trùng"
                         r"\s[^()]{2,40}?,?\s{1,3}(?:nên\s{1,3})?(?:chuyển|dời|lùi|tổ\s{1,3}chức)\s{1,3}(?:sang|vào|đến)\s[^()]{1,40}\)", re.I)
# ". Nội dung:", ". Nội dung trình kỳ họp:" closing a field's value: the agenda items are below
ITEMS_TAIL = re.compile(r"[.;]\s{0,3}nội\s{1,3}dung(?:\s{1,3}[^\W\d]{1,8}){0,4}\s{0,2}:?\s*$", re.I)
# "14h00 (lùi sang 15h30): …", "8 giờ (chuyển sang 9 giờ 30)": the hour moved the same day
HOUR_MOVED = re.compile(r"^\(\s{0,2}(?:lùi|chuyển|dời|đổi)\s{1,3}(?:sang|lại|đến|thành)?\s{0,3}(?:lúc\s{1,3})?(\d{1,2}\s{0,2}"
                        r"(?:giờ|h)\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?)\s{0,2}\)", re.I)
# " - Cùng đi: Chánh Thanh tra Sở, đại diện …": who goes along with the leader, until the next field or the end
COMPANIONS = re.compile(r"(?:[.;]|\s[-–])\s{1,3}cùng\s{1,3}đi\s{0,3}:\s{0,3}([^;]{2,240}?)\s{0,2}[.;]?\s{0,2}"
                        r"(?=(?:[.;]|\s[-–])\s{1,3}[^\W\d]{2,8}(?:\s{1,3}[^\W\d]{2,8}){0,3}\s{0,3}:|$)", re.I)
# "[Ngày 05/6, thứ Hai; 14 giờ] …", "[Các ngày 13, 14 và 15/6; 19 giờ 30] …", "[Trong tháng] …": the when of an
# entry in square brackets opening it
BRACKET_LEAD = re.compile(r"^\[\s{0,2}([^\[\]]{2,120}?)\s{0,2}\]\s{0,3}[:.-]?\s{0,3}(?=\S)")
# the names a council's or a commune's program gives the usual fields: "Chủ tọa" (a council's chair), "Bộ phận
# chuẩn bị" (the commune's preparing staff)
FIELD_SYNONYMS = [
    (re.compile(r"(^|[.;(]\s{1,3}|\s[-–]\s{1,3})chủ\s{1,3}tọa(?=\s{0,3}:)", re.I), r"\1Chủ trì"),
    # "Trưởng đoàn: …" (an inspection's or a delegation's head, its own sentence or a clause): the chair
    (re.compile(r"(^|[.;]\s{1,3}|\s[-–]\s{1,3})trưởng\s{1,3}đoàn(?=\s{0,3}:)", re.I), r"\1Chủ trì"),
    (re.compile(r"(^|[.;(]\s{0,3}|\s[-–]\s{1,3})bộ\s{1,3}phận\s{1,3}(chuẩn\s{1,3}bị|tham\s{1,3}mưu)(?=\s{0,3}:)", re.I),
     r"\1Đơn vị \2"),
    # "Địa điểm tổ chức: …", "Thành phần gồm: …", "Thành phần tham gia: …": the place, who attends
    (re.compile(r"(^|[.;]\s{1,3}|\s[-–]\s{1,3})(địa\s{1,3}điểm|thành\s{1,3}phần)\s{1,3}(?:tổ\s{1,3}chức|gồm(?:\s{1,3}có)?"
                r"|tham\s{1,3}gia)(?=\s{0,3}:)", re.I), r"\1\2"),
]
# "…; tại Hội trường A; Văn phòng Huyện ủy chuẩn bị.": the preparing unit as the line's last clause, after a
# semicolon and without a bracket (a unit's name first: a person's clause "; đồng chí … chủ trì" is the chair's)
UNITS_CLAUSE = re.compile(r";\s{1,3}((?:các\s{1,3})?[^\W\d][^;()]{1,200}?)(?<!công)(?<!chương)(?<!tờ)\s{1,3}(chuẩn\s{1,3}bị|tham"
                          r"\s{1,3}mưu)\b([^;()]{0,80}?)\s{0,2}(?:\([^()]{1,80}\))?\s{0,2}[.;]?\s*$", re.I)
# ". Mời các đồng chí thành viên Tiểu ban (dự kiến 25 đồng chí)", ". Mời …; Thường trực các huyện ủy (dự kiến)" (who
# is expected: the event stays confirmed), "… (thay thư mời)": the invitees and a note (the
# office's "(LĐVP)" may close the line)
INVITED_NOTED = re.compile(r"[.;]\s{1,3}(?-i:M)ời\s{1,3}([^()]{3,300}?)\s{0,2}(\(\s{0,2}(?:dự\s{1,3}kiến(?:\s{1,3}\d{1,4}\s{1,3}"
                           r"[^()]{1,30}?)?|thay\s{1,3}(?:thư|giấy)\s{1,3}mời)\s{0,2}\))\s{0,2}(?:[.;,]\s{0,3}\(\s{0,2}lđvp[^()]{0,40}\))?"
                           r"\s{0,2}\.?\s*$", re.I)
# Anything that says when: a date, a weekday, an hour, a slot. A paragraph with one that makes no event is
# reported (skipped, with why); ordinals ("kỳ họp thứ Sáu", "lần thứ 2") are not weekdays.
SIGNAL = Lowered(rf"(?<![\d/.-])\d{{1,2}}\s{{0,2}}[/.-]\s{{0,2}}\d{{1,2}}(?![\d])|ngày\s{{1,3}}\d{{1,2}}\b|(?<!họp\s)"
                 rf"(?<!lần\s)(?<!kỳ\s)\b(?:{_WDW})|\b\d{{1,2}}\s{{0,2}}(?:giờ|h)(?:\s{{0,2}}\d{{2}})?\b|buổi\s{{1,3}}"
                 r"(?:sáng|chiều|tối)|^(?:sáng|chiều|tối)\b|\b(?:sáng|chiều|tối)\s{1,3}(?:thứ|ngày|\d|nay|mai)")


@dataclass
class Parsed:
    year: int
    month: int
    drafts: list
    warnings: list
    document: DocInfo = field(default_factory=DocInfo)
    skipped: list = field(default_factory=list)


def document_month(text: str) -> tuple[int, int] | None:
    """The program's month from its title ("Công tác tháng 11 năm 2023 của UBND huyện")."""
    info, _, _, year, month = read_header(read(Document.from_text(text)))
    return (year, month) if year and month else None


class Parser:
    def __init__(self, document, year: int | None = None, month: int | None = None, names=()):
        if isinstance(document, str):
            document = Document.from_text(document)
        items = read(Document(rows_from_pipes(document.blocks)), names)  # a " | " table copied as text: rows
        self.info, start, self.skipped, self.year, self.month = read_header(items, year, month)
        self.warnings, self.drafts, self.used = [], [], set()
        self.header_lines = [i for i in items[:start]]
        self.items = items[start:]
        self.mode, self.tentative, self.section_tentative = None, False, False
        self.day, self.slot, self.clock, self.container, self.container_level = None, None, None, None, 0
        self.container_kind = None
        self.day_para, self.pending, self.pending_made, self.modes, self.last = None, None, 0, {}, None
        self.skipped_lines = {s.line for s in self.skipped}
        self.items_of, self.items_bullet = None, None  # the event whose bullet items follow (see `bullet_item`)
        self.registers = set()  # preparation containers that hold submissions (see `prep`)
        self.leader, self.leader_level = None, None  # the leader a heading names (see LEADER_HEADING)

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(f"Dòng {line}: {message}")

    def skip(self, p: Para, reason: str) -> None:
        if p.line not in self.skipped_lines:
            self.skipped_lines.add(p.line)
            self.skipped.append(Skipped(p.line, p.text[:300], reason))

    def parse(self) -> Parsed:
        if not self.year or not self.month:
            raise PeriodUnknown("không thấy tháng và năm của văn bản (dòng tiêu đề 'tháng MM năm YYYY' hoặc "
                                "'từ ngày … đến ngày …')")
        paras = paragraphs(self._tables_read())
        stopped = None
        for p in paras:
            if stopped is not None:
                break
            if p.kind == "table":
                self.table(p)
            elif STOP.match(p.text) and p.kind == "text" and (self.drafts or not PREAMBLE.match(p.text)):
                stopped = p  # ("Căn cứ Chương trình công tác năm ..." before any event opens the document)
            elif re.search(r"\./\.\s*$", p.text) and p.kind == "text":  # "… đúng thành phần./.": the body ends
                self.schedule(p) if self.mode == "schedule" else None
                stopped = p
            elif p.kind in ("part", "letter", "roman") or (p.kind == "text" and _upper(p.text) and not STARTS.match(p.text)) \
                    or p.kind == "number" and _section_name(p.text):
                self.heading(p)
            elif self.mode is None and p.kind != "text" and LEADER_HEADING.match(p.text):
                self.mode = "schedule"  # "1. Chủ tịch UBND tỉnh Nguyễn Văn A:": a schedule written per leader opens
                self.schedule(p)
            elif self.mode == "schedule" or (self.mode is None and STARTS.match(p.text)):
                self.mode = "schedule"  # a weekly schedule starts with its first day, no section heading
                self.schedule(p)
            elif self.mode == "prep":
                self.prep(p)
            if self.pending and self.pending[0] is not p:
                self.unresolved(self.pending[0])
                self.pending = None
            self.modes[p.line] = self.mode
        if self.pending:
            self.unresolved(self.pending[0])
        self.drafts = [d for d in self.drafts if id(d) not in self.registers or d.agenda]
        self.sweep(paras, stopped)
        return Parsed(self.year, self.month, self.drafts, self.warnings, self.info,
                      sorted(self.skipped, key=lambda s: s.line))

    def _tables_read(self) -> list:
        """Table runs the table reader takes stay as runs (their events come in document order); the others
        are read as their cells' paragraphs."""
        out = []
        for item in self.items:
            if isinstance(item, Rows):
                result = table_drafts(item.blocks, self.year, self.month)
                if result is None:
                    out += cell_lines(item)
                else:
                    item.result = result
                    out.append(item)
            else:
                out.append(item)
        return out

    def table(self, p: Para) -> None:
        result = p.payload.result
        for draft in result.drafts if self.tentative else ():
            draft.tentative = True  # under "D. CÁC NỘI DUNG DỰ KIẾN": the section's table is tentative as a whole
        self.drafts += result.drafts
        self.warnings += result.warnings
        self.skipped += result.skipped
        self.skipped_lines |= {s.line for s in result.skipped}
        self.used |= {d.line for d in result.drafts}

    # Sections ---------------------------------------------------------------------------------------
    def leader_heading(self, p: Para) -> bool:
        """A heading that names one leader: the events under it are that leader's."""
        if self.leader_level is not None and p.level <= self.leader_level:
            self.leader, self.leader_level = None, None
        m = LEADER_HEADING.match(p.text)
        if not m:
            return False
        who = _proper(m.group(2) or "") or recognise.leader_title(m.group(1), self.info.issuer)
        self.leader, self.leader_level = (people._unshout(who) if who.isupper() else who), p.level
        return True

    def heading(self, p: Para) -> None:
        text = p.text
        self.leader_heading(p)
        self.used.add(p.line)
        self.last = None
        self.day = self.slot = self.clock = self.container = None
        if self.mode is None and p.kind == "text" and (TITLE_LINE.search(text) or DOC_TITLE.search(text)) \
                and not STARTS.match(text):  # a numbered "Phần I. KẾT QUẢ … THÁNG 8 NĂM 2025" is a section
            self.used.add(p.line)
            return  # the document's own title ("LỊCH CÔNG TÁC TUẦN (Từ ngày 06/10 đến ngày 12/10/2025)")
        when = grammar.find_date(text, self.year, self.month, anywhere=True) \
            or grammar.day_only_heading(text, self.year, self.month)  # "Ngày 05 (Thứ Ba):" in a month's programme
        if when and len(when.days) == 1 and not _rest(text, when) and p.kind == "text":
            return self.day_heading(p, when)  # "THỨ HAI, NGÀY 06/10/2025": a day heading
        weekly = None if when else grammar.find_weekly(text)
        if p.kind in ("part", "letter") or self.mode is None or p.kind == "text":
            self.section_tentative = bool(recognise.SECTION_TENTATIVE.search(text))
        if PREP.search(text) and not when and not weekly:
            self.mode = "prep"
        elif SCHEDULE.search(text) or when or weekly or recognise.SECTION_TENTATIVE.search(text) or (
                self.mode == "schedule" and OTHER_ITEMS.search(text)):
            # ("Phần III. CÁC NỘI DUNG KHÁC" after the schedule: more of it, the items without their dates)
            # "E. CÁC NỘI DUNG DỰ KIẾN": what is expected to take place is a schedule, its events tentative
            self.mode = "schedule"
        elif NARRATIVE.search(text):
            self.mode = "narrative"
        elif ACTOR.match(text) or self.info.kind == "weekly" and p.kind in ("part", "letter", "roman"):
            # "I. THƯỜNG TRỰC HĐND TỈNH", "II. CÁC BAN HĐND TỈNH": a schedule arranged by who acts; a weekly
            # schedule's sections are its schedule
            self.mode = "schedule"
        elif p.kind in ("part", "letter", "roman"):
            self.mode = "narrative"  # an unknown numbered section: not a schedule (no events invented)
        self.tentative = self.section_tentative or bool(recognise.SECTION_TENTATIVE.search(text))
        if self.mode == "prep":
            self.container = Draft(_sentence(text), "other", p.line, self.tentative, text=text)
            self.drafts.append(self.container)
            self.used.add(p.line)
        elif self.mode == "schedule" and when:
            begin = _date_start(text, when) if when.start is None else when.start
            self.container = self.dated(p, text[:begin] + " " + text[when.end:], when)
        elif self.mode == "schedule" and weekly:
            self.container = self.weekly(p, text, weekly)
        elif self.mode == "schedule" and MEETING.match(text) and not _upper(text):
            self.pending, self.pending_made = (p, text), len(self.drafts)  # "I. Hội nghị UBND tỉnh thường kỳ:" / "Ngày 21/11/2023 (thứ Ba)"
        self.container_level, self.container_kind = p.level, p.kind

    def field(self, p: Para, draft: Draft, name: str, value: str) -> None:
        """A field line of the event above it."""
        self.used.add(p.line)
        value = ITEMS_TAIL.sub("", value).strip(" .;")  # "Địa điểm: Hội trường. Nội dung:": the items follow
        if name.startswith("chủ"):
            who = re.sub(r"^(?:đồng\s{1,3}chí|đ/c)\s{1,3}", "", value, flags=re.I)
            titled = people.CHAIR_TITLE.match(who + " ")
            short = people.SHORT_TITLE.match(who)
            if short and people._proper(who[short.end():]):  # "Chủ trì: CT Trương Hoài Nam"
                draft.chair = people._proper(who[short.end():]).strip(" .,;")
            elif titled and people._name_after(who[titled.end():] + " x"):  # "Phó Chủ tịch UBND xã Lê Văn An"
                draft.chair = people._name_after(who[titled.end():] + " x")
            elif re.match(r"(?:phó\s{1,3})?(?:chủ\s{1,3}tịch|bí\s{1,3}thư)\b", who, re.I):
                draft.chair = recognise.leader_title(who, self.info.issuer)
            else:
                name_part = who.split(",")[0].strip()
                draft.chair, rest = name_part, who[len(name_part):].strip(" ,")
                draft.chair_note = draft.chair_note or (rest or None)
        elif name.startswith("thành"):  # "Thành phần: dự kiến mời …": who, the "dự kiến" not the date's
            draft.subject = re.sub(r"^(?:dự\s{1,3}kiến\s{1,3})?(?:mời\s{1,3})?", "", value, flags=re.I) or value
        elif name.startswith("địa"):
            draft.location = value
        elif name.startswith("cùng"):  # "- Cùng đi: …" on its own line: who goes along
            draft.subject = f"{draft.subject}; {value}" if draft.subject else value
        elif name.startswith(("lãnh", "lđvp")):
            draft.staff = re.sub(r"^(?:đồng\s{1,3}chí|đ/c)\s{0,3}", "", value, flags=re.I) or None
        elif name.startswith("nội"):
            draft.agenda.append(agenda_item(Para("dash", "-", value, p.line)))
        else:  # "Đơn vị chuẩn bị: Văn phòng Huyện ủy, Ban Tổ chức"
            units = [(n, "lead" if i == 0 else "support") for i, n in enumerate(split_units(value))]
            if not draft.agenda:
                draft.agenda.append(Item(None, draft.title, [], p.line))
            for item in draft.agenda:
                item.units = item.units or list(units)

    def unresolved(self, p: Para) -> None:
        """A heading that waited for its date and got none."""
        if len(self.drafts) > self.pending_made and self.drafts[-1].line != p.line:
            return  # "1. Hội nghị, hội thảo:" with dated events under it: a heading that groups them
        if not self.drafts or self.drafts[-1].line != p.line:
            self.used.discard(p.line)
            self.warn(p.line, f"'{p.text[:60]}': không thấy ngày, đã bỏ qua")

    def day_heading(self, p: Para, when: When) -> None:
        self.mode, self.day, self.slot, self.clock, self.container = "schedule", when.days[0], None, None, None
        self.day_para = p
        self.check_weekday(p, when)

    # Schedule ---------------------------------------------------------------------------------------
    def schedule(self, p: Para) -> None:
        if p.kind == "units":
            return self.assign_units(p)
        if p.kind != "text" and self.leader_heading(p):  # "1. Phó Chủ tịch Nguyễn Văn Hải": a leader's part
            self.used.add(p.line)
            self.container = self.pending = None
            return None
        if self.bullet_item(p):
            return None
        if ITEMS_FOLLOW.match(p.text) and (self.container or self.last):  # "- Nội dung:" alone: the items follow
            self.used.add(p.line)
            self.items_of, self.items_bullet = self.container or self.last, (True, None)
            return None
        if self.container is not None and (p.level < self.container_level or p.level == self.container_level and not (
                p.kind == "dash" and self.container_kind in ("sub", "subnumber"))):
            self.container = None  # "7." after the items of "6.": a sibling, not an item ("b)" / "- …": an item)
        if field_entries.UNSCHEDULED.match(p.text):  # "Nội dung chưa bố trí thời gian:": no day below it
            self.used.add(p.line)
            self.day = self.slot = self.clock = self.container = self.last = None
            return None
        text = SLOT_CLOCK.sub(r"\1: \2, ", p.text, count=1)  # "Chiều (14 giờ 00): …" -> "Chiều: 14 giờ 00, …"
        text = WEEKDAY_COLON.sub(r"\1, ", text, count=1)  # "* Thứ Hai: 11/9" -> "Thứ Hai, 11/9": a day heading
        text = _bracket_lead(text)  # "[Ngày 05/6, thứ Hai; 14 giờ] Họp …" -> "Ngày 05/6, thứ Hai, 14 giờ: Họp …"
        text = _field_synonyms(text)  # "Chủ tọa: …", "Bộ phận chuẩn bị: …": the fields under their usual names
        text = field_entries.entry(text) or text  # "Nội dung: …; Thời gian: 7 giờ 30; …" -> "7 giờ 30: …; …"
        text = field_entries.dashed(text) or text  # "Thứ Tư (02/10), 8 giờ — Họp … — Chủ trì: …" -> "…: Họp …. Chủ trì: …"
        if NOTE.match(text) and self.container is None or CHANGE_NOTE.match(text):  # a note to readers
            if SIGNAL.search(text) or recognise.UNDATED.search(text):
                self.skip(p, "ghi chú, không phải sự kiện")
            return None
        if NOT_HELD.match(text):  # "Không bố trí tiếp công dân ngày 08/3 (thứ Bảy)": nothing happens that day
            return self.skip(p, "không tổ chức, không phải sự kiện")
        if recognise.day_off(text):  # "- Lãnh đạo UBND phường: Nghỉ bù lễ Quốc khánh; …": a day off, no event
            return self.skip(p, "ngày nghỉ, không phải sự kiện")
        joined = TIME_PLACE.match(text) if self.last is not None else None
        if joined and grammar.find_clock(joined.group(1)):  # "Thời gian, địa điểm: 08 giờ 00’ tại Nhà văn hóa thôn …"
            for draft in [d for d in self.drafts if d.line == self.last.line] or [self.last]:
                draft.clock = grammar.find_clock(joined.group(1))
                draft.location = recognise.clean_title(joined.group(2)) or draft.location
            self.used.add(p.line)
            return None
        field = FIELD.match(text)
        if field and self.last is not None and p.kind in ("dash", "sub", "text", "subnumber"):
            # "Vào các ngày 10 và 25/10: …" / "Địa điểm: …": the field of every event of that paragraph
            head, more = self._inline_fields(text)  # "Chủ trì: …. Thành phần: …": several fields on one line
            first = FIELD.match(head) or field
            said, back = [(first.group(1), first.group(2)), *more], []
            for i, (name, value) in enumerate(said):  # "Địa điểm: …. (X chuẩn bị)." on its own line: the units
                value, notes, staff = field_entries.closing_notes(value)
                if notes:
                    said[i], back = (name, " ".join([value, *staff])), back + notes
            drafts = [d for d in self.drafts if d.line == self.last.line] or [self.last]
            for draft in drafts:
                for name, value in said:
                    self.field(p, draft, name.casefold(), value)
                draft.change = "cancel" if any(recognise.CANCEL.search(n[:16]) for n in back) else draft.change
            for note in back:
                if UNITS_TAIL.search(note):
                    self.assign_units(Para("units", "", note, p.line))
            return None
        if p.kind == "text" and self.day is None and _closing_note(text, self.year, self.month):
            # "Tết Dương lịch …, cán bộ nghỉ 01 ngày (…). Các sở gửi báo cáo … trước ngày 20/12; …": unnumbered prose of
            # several sentences with a deadline or a holiday, and no date of its own, closes the program
            return self.skip(p, "ghi chú, không phải sự kiện")
        actor = ACTOR_FIRST.match(text) if self.day is not None else None
        text = _actor_first(actor) if actor else text  # "Đồng chí Bí thư Huyện ủy, lúc 7 giờ 30: chủ trì …"
        leaders = recognise.leader_line(text) if self.day is not None else None
        if leaders:
            return self.leader_events(p, *leaders)
        group = recognise.group_line(text) if self.day is not None else None
        if group:
            return self.leader_events(p, *group, body=True)
        lead, clock = CLOCK_LEAD.match(text), None
        if lead and lead.end() < len(text) and STARTS.match(text[lead.end():]):
            clock = grammar.find_clock(lead.group(1))  # "(8h30) Ngày 23/11: …": the hour, then the date
            text = text[lead.end():]
        elif lead and lead.end() < len(text):
            text = f"{lead.group(1)}: {text[lead.end():]}"  # "(7h30) Giao ban …": the hour of the line
        moved = recognise.MOVE.search(text)  # "… lùi sang ngày 05/4": the new date is not the line's date
        # "(…; chuyển từ ngày 07/6/2024)": the old date is no date of the event; blanked, offsets kept
        looked = _blank(recognise.MOVED_FROM, text[:moved.start()] if moved else text)
        looked = _blank(DEADLINE, looked)  # "… trước ngày 28/9": a deadline
        # "…; cán bộ, công chức nghỉ Tết Nguyên đán từ thứ Bảy, ngày 25/01/2025 đến …": the holiday's dates
        looked = _blank(recognise.HOLIDAY, looked)
        if self.day is not None:  # "(đến hết ngày 17/10)" under a day: the event's last day, not its date
            looked = grammar.SPAN_NOTE.sub(lambda m: " " * len(m.group(0)) if m.group("to") else m.group(0), looked)
        when = grammar.find_date(looked, self.year, self.month, anywhere=True) \
            or grammar.day_only_heading(text, self.year, self.month)  # "Ngày 05 (Thứ Ba):" in a month's programme
        if when is None:
            when = grammar.monthly_date(text, self.year, self.month)
            if when is not None:
                when.start = grammar.MONTHLY_DAY.search(text) or grammar.NTH_WEEKDAY.search(text)
                when.start = when.start.start()
                before = re.search(r"\s(?:vào|lúc)\s{1,3}$", text[:when.start], re.I)
                when.start = before.start() if before else when.start
        if when is not None and clock is not None:
            when.clock = clock
        weekly = None if when else grammar.find_weekly(text)
        if when is None and weekly is None and (self.container is None or p.kind == "text") and DEADLINE.search(text):
            return self.skip(p, "hạn hoàn thành, không phải sự kiện")  # a task with its deadline
        if when is None and weekly is None and not MEETING.search(text) and recognise.holiday_dates(text):
            return self.skip(p, "ngày nghỉ, không phải sự kiện")  # "Cán bộ nghỉ lễ từ thứ Bảy, ngày 09/9 …"
        if when is None and weekly is None:
            return self.undated(p, text)
        if weekly and self.pending is not None and not text[:grammar.WEEKLY.search(text).start()].strip(" :,-–"):
            head, head_text = self.pending  # "2. Thường trực … giao ban:" / "sáng thứ Hai hằng tuần."
            self.pending = None
            self.used.add(p.line)
            return self.weekly(head, f"{head_text.rstrip(' :')}: {text}", weekly)
        if weekly:
            return self.weekly(p, text, weekly)
        if self.container is not None and when and not self._within(when):
            return self.undated(p, text)  # a document's date in an agenda item ("Nghị quyết … ngày 8/12/2016")
        rest = _rest(text, when)
        if (when.span or len(when.days) == 1) and re.fullmatch(
                r"tuần\s{1,3}(?:\d{1,2}|thứ\s{1,3}\w{1,5}|[ivx]{1,4})\s{0,3}[(:]?[\s()–:-]{0,6}", rest, re.I):
            self.day = self.slot = self.container = None  # "Tuần 2 (từ ngày 06/11 đến ngày 10/11)": a heading
            self.used.add(p.line)
            return None
        if self.pending is not None and (not rest or re.match(r"(?:thời\s{1,3}gian|dự\s{1,3}kiến)\b|tại\s", rest, re.I)
                                         or FIELD.match(rest)):
            # the date of the heading just above ("1. Kỳ họp thứ 18 …" / "- Thời gian: từ ngày …"): the
            # heading is the event
            head, head_text = self.pending
            self.pending = None
            self.used.add(p.line)
            where = re.search(r"\btại\s{1,3}(.+)$", rest)
            _, fields = self._inline_fields("; " + rest)  # "Thời gian: ngày 24/10 (thứ Ba); chủ trì: …; địa điểm: …"
            self.container = self.dated(head, head_text, when)
            if self.container is not None:
                self.container.tentative = self.container.tentative or recognise.is_tentative(p.text)
                for name, value in fields:
                    value = re.sub(r"[.;]\s{0,3}nội\s{1,3}dung\s{0,3}:?\s*$", "", value, flags=re.I)  # items follow
                    self.field(p, self.container, name, value)
                self.container.location = self.container.location or (
                    recognise.clean_title(where.group(1)) if where and not fields else None)
            self.container_level, self.container_kind = head.level, head.kind
            return None
        if not rest and len(when.days) == 1:  # a day heading: "1. Ngày 01 tháng 11 năm 2023"
            return self.day_heading(p, when)
        self.container = None
        return self.dated(p, rest, when)

    def bullet_item(self, p: Para) -> bool:
        """"- 8h00: Hội nghị X. Nội dung:" / "+ Báo cáo … (Văn phòng chuẩn bị)": bullets under an event line
        that announced its items, or with another bullet than the event's ("+" under "-"), are its agenda,
        never events of the day; a line that opens with its own hour or slot is the next event."""
        owner, self.items_of = self.items_of, None
        if owner is None or p.kind != "dash" or STARTS.match(p.text) or grammar.CLOCK_LEAD_BRACKET.match(p.text):
            return False
        said, bullet = self.items_bullet
        if not said and p.label == bullet:
            return False
        owner.agenda.append(agenda_item(p))
        self.used.add(p.line)
        self.items_of = owner
        return True

    def undated(self, p: Para, text: str):
        slot = grammar.SLOT_PREFIX.match(text)
        clock = grammar.CLOCK.match(text)
        if slot and text[slot.end():slot.end() + 3].lstrip().startswith(":") or slot and self.day is not None:
            rest = text[slot.end():].lstrip(" :,-–")
            if self.day is None:
                self.skip(p, "không rõ ngày")
                return self.warn(p.line, f"'{p.text[:60]}': có buổi nhưng không rõ ngày, đã bỏ qua")
            self.slot, self.clock = grammar.slot_of(slot.group(1)), None
            if not rest:
                self.used.add(p.line)
                return None  # "Sáng:" — the events follow, one a line
            return self.dated(p, rest, When(days=[self.day], slot=self.slot))
        if clock and self.day is not None and not text[clock.end():].strip(" :,.-–"):
            self.clock = grammar.find_clock(text)  # "8 giờ:" alone, the event on the next line
            self.used.add(p.line)
            return None
        if self.container is not None and (self.container.kind == "meeting" or MEETING.search(self.container.title)
                                           or UNITS_TAIL.search(text)):
            # under a meeting, its agenda; under another event, a line with its preparing unit is one too
            self.used.add(p.line)
            return self.container.agenda.append(agenda_item(p))
        if NOTE.match(text) or CHANGE_NOTE.match(text):  # "Lịch cụ thể sẽ thông báo sau", "Trường hợp thay đổi, …": a note to readers
            if SIGNAL.search(text) or recognise.UNDATED.search(text):
                self.skip(p, "ghi chú, không phải sự kiện")
            return None
        if clock and self.day is not None and p.kind in ("dash", "text", "number", "sub", "subnumber"):
            # "- 14 giờ 00: … (theo kế hoạch riêng)" under a day: the details are to follow, not the date
            return self.dated(p, text, When(days=[self.day], slot=self.slot, clock=self.clock))
        vague = VAGUE_WHEN.match(text)
        if vague and text[vague.end():].strip():  # "Trong tuần: Kiểm tra …", "Cuối tháng: …": no day said
            return self.event(p, text[vague.end():], None) and None
        if recognise.UNDATED.search(text) and p.kind == "text" and len(text) > 150 \
                and len(re.findall(r"[.;]\s{1,3}(?=[A-ZĐÀ-Ỹ])", text.rstrip(" .")) ) >= 1 \
                and not MEETING.match(text):
            # "Hưởng ứng Ngày Pháp luật (09/11), các cơ quan tiếp tục …. Kỳ họp thứ 14 … có chương trình riêng.":
            # unnumbered prose of several sentences, no entry of the schedule
            return self.skip(p, "ghi chú, không phải sự kiện")
        if recognise.UNDATED.search(text):
            draft = self.event(p, text, None)
            # "Hội nghị X: lịch cụ thể sẽ thông báo sau" -> "Hội nghị X"
            parts = [part for part in re.split(r"[:;(]", draft.title)
                     if not recognise.UNDATED.search(part)]
            title = _sentence(" ".join(parts)) or draft.title
            # "…. (Thời gian: theo Giấy mời)" -> "…. Thời gian": the field's name, its value gone
            draft.title = re.sub(r"[.;,]\s{0,3}thời\s{1,3}gian\s{0,3}$", "", title, flags=re.I) or title
            return None
        if recognise.CANCEL.search(text) and self.day is None:  # "Hội nghị X (không tổ chức)": no date, none new
            return self.event(p, text, None)
        if self.day is None and p.kind in ("number", "roman", "subnumber") and MEETING.search(text):
            self.pending = (p, text)  # "1. Kỳ họp thứ 18 HĐND tỉnh": its date may be the next line
            self.pending_made = len(self.drafts)
            self.used.add(p.line)
            return None
        if self.day is not None and p.kind in ("dash", "text", "number", "sub", "subnumber"):
            return self.dated(p, text, When(days=[self.day], slot=self.slot, clock=self.clock))
        if SIGNAL.search(text):
            self.skip(p, "không rõ ngày")
        return self.warn(p.line, f"'{p.text[:60]}': không thấy ngày, đã bỏ qua")

    def weekly(self, p: Para, text: str, weekly: When) -> Draft:
        draft = self.event(p, _without(text, grammar.WEEKLY), weekly)
        before = text[:grammar.WEEKLY.search(text).start()].strip(" :,-–")
        before = re.sub(r"\s{1,3}(?:vào|lúc)$", "", before, flags=re.I)
        clock = grammar.CLOCK.match(before)
        if clock and not before[clock.end():].strip(" ,:-–"):
            before = ""  # "14 giờ 00, thứ Hai hằng tuần: Giao ban …": the series' hour, the title follows
        said = WEEKLY_CLOCK_AFTER.search(before)
        if said:  # "Giao ban Thường trực. Thời gian: 14 giờ 00, chiều thứ Hai hằng tuần": the hour before the rule
            draft.clock = draft.clock or grammar.find_clock(said.group(1))
            before = before[:said.start()].strip(" .;,")
        draft.title = _sentence(before) if before else draft.title  # "Giao ban X: chiều thứ Hai hằng tuần"
        return draft

    def leader_events(self, p: Para, label: str, parts: list, body: bool = False) -> None:
        """"- Chủ tịch: 7 giờ 30’, dự …, điểm tại …. 14 giờ, họp …": one event a time, the leader attending
        ("dự", "cùng …") or chairing (what the leader does himself); a body's line ("Thường trực Huyện ủy: 8
        giờ, …") makes the body attend."""
        titles = [x for x in re.split(r"\s{0,2},\s{0,2}", label) if x.strip()]
        if len(titles) == 2 and CONCURRENT.search(titles[0]) and re.search(r"\b(?:ubnd|hđnd)\b", titles[1], re.I):
            titles = titles[1:]  # "Phó Bí thư Đảng ủy, Chủ tịch UBND phường": one person, the Party's and the office's
        leaders = [label] if body else [recognise.leader_title(x, self.info.issuer) for x in titles]
        made = False
        for part in parts:
            if recognise.elsewhere(part):  # "Phó Bí thư, Chủ tịch UBND tỉnh: Làm việc theo lịch của UBND tỉnh"
                self.skipped.append(Skipped(p.line, f"{label}: {part}"[:300], "theo lịch của cơ quan khác"))
                self.skipped_lines.add(p.line)
                continue
            if recognise.office_work(part) or recognise.day_off(part):
                why = "ngày nghỉ, không phải sự kiện" if recognise.day_off(part) else "làm việc tại cơ quan"
                self.skipped.append(Skipped(p.line, f"{label}: {part}"[:300], why))
                self.skipped_lines.add(p.line)
                continue
            slot = grammar.SLOT_PREFIX.match(part)
            when = When(days=[self.day], slot=grammar.slot_of(slot.group(1)) if slot else self.slot)
            rest = part[slot.end():].lstrip(" ,:") if slot else part
            rest = grammar.CLOCK_LEAD_BRACKET.sub(r"\1: ", rest, count=1)  # "Tối (19h30): dự …": the hour of the slot
            draft = self.dated(p, rest, when)
            if draft is None:
                continue
            made = True
            said = re.sub(r"^\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?\s{0,2}[,:]?\s{0,3}", "", part,
                          flags=re.I)
            said = grammar.SLOT_PREFIX.sub("", said, count=1).lstrip(" :,")
            if body:
                draft.subject = label
                draft.title = _sentence(re.sub(r"^chủ\s{1,3}trì\s{1,3}", "", draft.title, flags=re.I))
                continue
            attends = re.match(r"(?:tham\s{1,3})?dự\b|cùng\b|đi\s{1,3}cùng", said, re.I) or len(leaders) > 1
            if attends:  # the leader goes: the event is in the leader's name (the person of the schedule)
                draft.subject = ", ".join(leaders)
                if len(leaders) == 1:
                    draft.chair = draft.chair or leaders[0]
            else:
                draft.chair = draft.chair or leaders[0]
                title = _sentence(re.sub(r"^chủ\s{1,3}trì\s{1,3}", "", draft.title, flags=re.I))
                for item in draft.agenda:
                    item.title = title if item.title == draft.title else item.title
                draft.title = title
        if made or p.line in self.skipped_lines:
            self.used.add(p.line)

    def dated(self, p: Para, text: str, when: When):
        self.check_weekday(p, when)
        if recognise.office_work(text):  # "Sáng làm việc tại cơ quan": the leader is in, nothing to attend
            self.skipped.append(Skipped(p.line, p.text[:300], "làm việc tại cơ quan"))
            self.skipped_lines.add(p.line)
            self.used.add(p.line)
            return None
        if not self.in_period(p, when):
            return None
        if self.day_para is not None and when.days and when.days[0] == self.day:
            self.used.add(self.day_para.line)
        parts = [x.strip(" .;") for x in CLOCK_SPLIT.split(text)]
        if len(when.days) == 1 and len(parts) > 1 and all(grammar.find_clock(x) for x in parts[1:]):
            # "Sáng: 8 giờ, Hội nghị A; 10 giờ, họp B": one event an hour
            drafts = [self.event(p, x, When(days=list(when.days), slot=when.slot, clock=when.clock)) for x in parts if x]
            return drafts[-1] if drafts else None
        if len(when.days) > 1:
            for day in when.days:
                self.event(p, text, When(days=[day], slot=when.slot, clock=when.clock))
            return None
        draft = self.event(p, text, when)
        if p.kind in ("number", "text", "roman", "sub", "subnumber") and not draft.agenda:
            self.container, self.container_level = draft, p.level  # numbered items may follow
            self.container_kind = p.kind
        return draft

    def _within(self, when: When) -> bool:
        start, end = self.info.period_start, self.info.period_end
        if start is None or end is None:
            return True
        slack = timedelta(days=3 if self.info.kind == "weekly" else 7)
        return all(start - slack <= d <= end + slack for d in list(when.days) + list(when.span or ()))

    def in_period(self, p: Para, when: When) -> bool:
        """A date outside the program's period (a few days' slack for a week, a week for a month) is not an
        event of this program: a date of a document cited, or a typing error."""
        start, end = self.info.period_start, self.info.period_end
        if start is None or end is None:
            return True
        slack = timedelta(days=3 if self.info.kind == "weekly" else 7)
        days = list(when.days) + (list(when.span) if when.span else [])
        if all(start - slack <= d <= end + slack for d in days):
            return True
        shown = ", ".join(f"{d:%d/%m/%Y}" for d in days)
        self.warn(p.line, f"ngày {shown} ngoài thời gian của chương trình ({start:%d/%m/%Y} – {end:%d/%m/%Y}), đã bỏ qua")
        self.skip(p, "ngoài thời gian của chương trình")
        return False

    def check_weekday(self, p: Para, when: When) -> None:
        if when.stated_weekday is not None and when.days and when.days[0].weekday() != when.stated_weekday:
            day = when.days[0]
            self.warn(p.line, f"ngày {day:%d/%m/%Y} là {WEEKDAY_LABELS[day.weekday()]}, văn bản ghi "
                              f"{WEEKDAY_LABELS[when.stated_weekday]}")

    def event(self, p: Para, text: str, when: When | None) -> Draft:
        marks = [m.group(1).casefold() for m in AMENDED.finditer(text)] if "(" in text else []
        if marks:
            text = AMENDED.sub("", text)  # "(bổ sung)", "(thay đổi địa điểm)": what the adjusted version changed
        items_said = ITEMS_FOLLOW.search(text) if text.rstrip().endswith(":") else None  # "… Địa điểm: Hội trường A. Nội dung:": the items are below
        if items_said:  # ("…, gồm các nội dung:": the "gồm các" left is no part of the title nor of a bracket's tail)
            text = re.sub(r"[,;]?\s{0,3}gồm(?:\s{1,3}(?:các|có))?\s*$", "", text[:items_said.start()], flags=re.I)
        text = DAY_SHIFTED.sub("", text) if "trùng" in text else text  # "(ngày 10/6 trùng thứ Bảy, chuyển sang thứ Hai)"
        text = REFERENCE_NOTE.sub("", text).strip(" :-–")
        text, companions = _companions(text)  # "… - Cùng đi: Chánh Thanh tra Sở - Địa điểm: …": who goes along
        # "… (chiều, 14 giờ; chủ trì: đ/c Thạch)": the bracket's clauses, read below (before the inline fields,
        # which would split the bracket at its "; chủ trì:")
        text, closing = recognise.closing_bracket(text)
        text, fields = self._inline_fields(text)
        role = people.ROLE_SENTENCE.search(text)  # "…. Đ/c PCT Văn hóa - Xã hội chủ trì.": the chair, said last
        if role and len(text[:role.start()].split()) >= 2:
            text = text[:role.start()] + (f" {role.group(3)}" if role.group(3) else "") + "."
        tentative = self.tentative or recognise.is_tentative(p.text)
        draft = Draft("", "other", p.line, tentative, text=p.text)
        self.used.add(p.line)
        if when:
            draft.day = when.days[0] if when.days else None
            draft.span, draft.slot, draft.weekly = when.span, when.slot, when.weekly
            draft.clock = when.clock
        stretch = grammar.span_note(text, draft.day, self.year, self.month) if draft.day and not draft.span \
            and "(" in text else None
        if stretch:  # "7 giờ 30, dự Đại hội … (từ ngày 14 đến ngày 16/10)" under the 14th: the event lasts
            draft.span, draft.day = stretch[0], None
            text = text[:stretch[1].start()] + text[stretch[1].end():]
        text = SLOT_FROM.sub(r"\1 ", text, count=1)  # "sáng từ 7 giờ 30 đến 11 giờ 00: …" -> "sáng 7 giờ 30 đến …"
        slot = grammar.SLOT_PREFIX.match(text)
        if slot and (text[slot.end():slot.end() + 2].lstrip().startswith(":") or grammar.CLOCK.match(
                text[slot.end():].lstrip(" ,"))):  # "Tối: …", "Tối, 19h30: …" (the date between them taken out)
            draft.slot = grammar.slot_of(slot.group(1))
            text = text[slot.end():].lstrip(" :,")
        # ("Dự kiến 14g00: …": the hour, marked tentative; the mark is read from the whole line)
        text = re.sub(r"^(?:dự\s{1,3}kiến\s{1,3}|từ\s{1,3}|(?:vào\s{1,3})?lúc\s{1,3})(?=\d{1,2}\s{0,2}(?:giờ|h|g))", "", text,
                      flags=re.I)
        text = grammar.CLOCK_LEAD_BRACKET.sub(r"\1, ", text.lstrip(), count=1)  # "Sáng thứ Hai hằng tuần (7 giờ), …"
        clock = grammar.find_clock(text)
        if clock:
            draft.clock = clock
            if draft.slot in ("morning", "afternoon", "evening") and draft.slot != _slot_at(clock):
                draft.slot = _slot_at(clock)  # "14 giờ" under the morning's heading: the hour says the slot
            elif draft.slot == "full_day" and not FULL_DAY.search(p.text):
                draft.slot = None  # "08h00: …" after another entry's "Cả ngày: …": this one has its hour
            text = grammar.CLOCK.sub("", text, count=1).lstrip(" ,:")
            # "8h00 - 11h00: …", "8 giờ đến 10 giờ": the end of the range is not the title
            text = re.sub(r"^(?:[-–]|đến)\s{0,3}\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}\d{0,2}\s{0,2}(?:phút|’|')?", "", text,
                          flags=re.I).lstrip(" ,:")
            moved_hour = HOUR_MOVED.match(text)
            if moved_hour and grammar.find_clock(moved_hour.group(1)):  # "14h00 (lùi sang 15h30): …": the new hour
                draft.clock = grammar.find_clock(moved_hour.group(1))
                draft.slot = _slot_at(draft.clock) if draft.slot in ("morning", "afternoon", "evening") else draft.slot
                text = text[moved_hour.end():].lstrip(" ,:")
        if closing.get("clock") or closing.get("slot"):  # the bracket's hour and slot are the entry's own
            draft.clock = grammar.find_clock(closing["clock"]) if closing.get("clock") else draft.clock
            word = closing.get("slot", "")
            draft.slot = "full_day" if "ngày" in word else grammar.slot_of(word) if word else (
                _slot_at(draft.clock) if draft.clock else draft.slot)
        # "Lúc 8 giờ ngày 15/3, tại Phòng Tiếp công dân xã: Bí thư Đảng ủy tiếp công dân": time and place first,
        # the colon before the title
        lead_place = re.match(r"^tại\s{1,3}([^:;()]{2,120}?)\s{0,2}:\s{1,3}(?=\S)", text, re.I)
        if lead_place:
            text = text[lead_place.end():]
        change, moved = recognise.change(text, self.year, self.month)
        if change == "postpone" and moved:
            draft.change = "postpone"
            draft.day = moved.days[0] if moved.days else None
            draft.span = moved.span
            draft.slot = moved.slot or draft.slot
            draft.clock = moved.clock or (None if moved.slot and moved.slot != draft.slot else draft.clock)
            head, tail = recognise.MOVE.split(text, maxsplit=1)[0], text[recognise.MOVE.search(text).start():]
            text = head.rstrip(" ,;(-–")
            if text.count("(") > text.count(")"):  # "… (chiều thứ Hai chuyển sang …; X chuẩn bị)": the old time
                text = text[:text.rindex("(")].rstrip(" ,;")
            text = re.sub(r"\s{0,3}[(,;]?\s{0,3}(?:đã\s{1,3})?(?:được\s{1,3})?$", "", text)
            kept = re.search(r";\s{0,3}([^;()]{2,200}?\s(?:chuẩn\s{1,3}bị|chủ\s{1,3}trì|tham\s{1,3}mưu)[^;()]{0,60})\)", tail, re.I)
            if kept:  # the units said in the same bracket, after the move
                text = f"{text} ({kept.group(1).strip()})"
            after = re.match(r"[^()]{0,80}\)\s{0,2}[,;.]?\s{0,3}(tại\s{1,3}[^()]{2,150}?)\s{0,2}[.;]?\s*$", tail, re.I) \
                if "(" in head else None
            if after:  # "… (lùi sang 14h00 thứ Sáu, 25/7), tại P. họp 5": the place, said after the move's bracket
                text = f"{text}, {after.group(1)}"
        elif change == "cancel" or any(recognise.CANCEL.search(m) for m in marks):
            draft.change = change = "cancel"
        if re.search(r"\(\s{0,2}cả\s{1,3}ngày\s{0,2}\)", text, re.I) and draft.day and not draft.slot:
            draft.slot = "full_day"  # "(cả ngày)" after the event
        note = SLOT_NOTE.search(text)
        if note:
            word = note.group(1).casefold()
            draft.slot = draft.slot or ("full_day" if "ngày" in word else grammar.slot_of(word))
            text = (text[:note.start()] + text[note.end():]).strip()
        draft.staff, text = recognise.take_staff(text)
        point, text = recognise.take_point(text)
        escort = TRAILING_STAFF.search(text) if point else None
        if escort:  # "…. Điểm tại Hội trường UBND tỉnh. Đ/c Dũng; NCTH": the office staff going along, and their unit
            draft.staff, text = draft.staff or escort.group(1), text[:escort.start()]
        units = UNITS_TAIL.search(text) or UNITS_INSIDE.search(text) or _units_clause(text)
        if units:
            text = (text[:units.start()] + text[units.end():]).strip(" :;,")
        people.read(draft, text, self.info.issuer)
        m = CHAIR.match(text)
        if m:
            text = text[m.end():]
            note = re.match(r"(chủ\s{1,3}trì[^;,]{0,40})[;,]\s*", text, re.I)
            if note:
                draft.chair_note, text = _sentence(note.group(1)), text[note.end():]
            text = re.sub(r"^chủ\s{1,3}trì\s{1,3}", "", text, flags=re.I)
        invited = MEMBERS.search(text)
        if invited:
            text = text[:invited.start()] + text[invited.end():]
        guests = INVITEES.search(text) or INVITED_SENTENCE.search(text) or INVITED_NOTED.search(text)
        # ", mời … cùng dự", ". Mời …", ". Mời … (dự kiến 25 đồng chí)": who else
        if guests:
            who = _spaced(guests.group(1))
            if guests.re is INVITED_NOTED and re.match(r"\(\s{0,2}dự", guests.group(2)):
                who = f"{who} {_spaced(guests.group(2))}"  # "(dự kiến 25 đồng chí)": how many, with who
            draft.subject = f"{draft.subject}; {who}" if draft.subject else who
            text = text[:guests.start()] + text[guests.end():]
        draft.location = point or recognise.place(text)
        if draft.location and not point:  # "…, tại Trụ sở tiếp công dân tỉnh" closing the line: a place, not title
            short = re.sub(r"[,;]\s{0,3}tại\s{1,3}" + re.escape(draft.location) + r"(?:\s{0,2},[^,]{0,60}\s(?:chủ\s{1,3}trì|dự))?"
                           r"(?i:" + recognise.CALLED_OFF_TAIL.pattern[:-1] + r")?[\s.;]*$", "", text)  # "…, tại Phòng họp A, đồng chí Bí thư chủ trì."
            text = short if len(short.split()) >= 3 else text
        draft.title = recognise.clean_title(_sentence(text)) or _sentence(p.text)
        # "… lần thứ 20 (dự kiến ngày 24/10, tại Hội trường)": the bracket emptied of its date, or of its place too
        emptied = r"\s{0,2}\(\s{0,3}[,;:–-]?\s{0,3}" + (r"(?:tại\s[^()]{0,120})?" if draft.location else "") + r"\)"
        draft.title = re.sub(emptied, "", draft.title).strip() or draft.title
        if when and recognise.UNDATED.search(draft.title):
            parts = [part for part in re.split(r"[,;(]", draft.title)  # ", thời gian cụ thể thông báo sau"
                     if not recognise.UNDATED.search(part)]
            draft.title = recognise.clean_title(", ".join(x.strip() for x in parts)) or draft.title
        if change == "cancel":  # "… (hoãn, lùi sang tháng sau)" closing the title: the note, not the title
            draft.title = re.sub(r"\s{0,3}\(\s{0,2}(?:đã\s{1,3})?(?:tạm\s{1,3})?(?:hoãn|dừng|không\s{1,3}tổ\s{1,3}chức)\b[^()]{0,80}"
                                 r"\)\s{0,3}$", "", draft.title, flags=re.I) or draft.title
            draft.title = recognise.clean_title(re.sub(r"\s{0,3}[(,;:-]?\s{0,3}(?:đã\s{1,3})?(?:tạm\s{1,3})?(?:hoãn|dừng|"
                                                       r"không\s{1,3}tổ\s{1,3}chức)(?:\s{1,3}lại)?\s{0,3}\)?\s{0,3}$", "", draft.title,
                                                       flags=re.I)) or draft.title
        draft.title = re.sub(r",\s{0,3}(?:đồng\s{1,3}chí|đ/c)\s{1,3}[^,]{2,40}?\s(?:chủ\s{1,3}trì|dự)$", "", draft.title,
                             flags=re.I) or draft.title  # "…, đồng chí Bí thư chủ trì": the chair, said
        said = [m for m in people.TITLE_CLAUSE.finditer(draft.title) if m.end() == len(draft.title.rstrip(" ."))]
        if said and len(draft.title[:said[0].start()].split()) >= 2:  # "…; Chủ tịch UBND xã chủ trì": the chair
            draft.title = draft.title[:said[0].start()].rstrip(" ,;")
        low = draft.title.casefold()
        if re.search(r"tiếp\s{1,3}(?:công\s{1,3})?dân", low) and not recognise.MEETING_ABOUT.match(low):
            draft.kind = "reception"
        elif draft.span:
            draft.kind = "multi_day"
        elif MEETING.search(low):
            draft.kind = "meeting"
        if units:
            names, _ = _units(units.group(1), units.group(2), units.group(3))
            draft.agenda.append(Item(None, draft.title, names, p.line))
        self.drafts.append(draft)
        self.last = draft
        if items_said or p.kind == "dash":
            self.items_of, self.items_bullet = draft, (bool(items_said), p.label if p.kind == "dash" else None)
        for name, value in fields:
            self.field(p, draft, name, value)
        if companions:
            draft.subject = f"{draft.subject}; {companions}" if draft.subject else companions
        if role and len(draft.title.split()) >= 2 and role.group(2).casefold().startswith("chủ"):
            portfolio = people.PORTFOLIO_TITLE.fullmatch(role.group(1))
            draft.chair = role.group(1) if portfolio else None
            if not portfolio:
                self.field(p, draft, "chủ trì", role.group(1))
        elif role and len(draft.title.split()) >= 2:
            draft.subject = draft.subject or role.group(1)
        if closing.get("chair") and re.fullmatch(r"(?:đ/c|đồng\s{1,3}chí)\s{1,3}[\wÀ-ỹ]{1,10}", closing["chair"], re.I):
            draft.chair = closing["chair"]  # "đ/c Thạch": a given name alone, kept as written for the directory
        elif closing.get("chair"):
            self.field(p, draft, "chủ trì", closing["chair"])
        if closing.get("attendees"):  # who of the body goes (as "(sáng; dự: đ/c Hạnh)": after the body)
            who = re.sub(r"^(?:đ/c|đồng\s{1,3}chí)\s{1,3}", "", closing["attendees"], flags=re.I)
            if who not in (draft.subject or ""):  # (the slot note's reading may have said it already)
                draft.subject = f"{draft.subject}, {who}" if draft.subject else who
        draft.location = closing.get("place") or (lead_place.group(1).strip() if lead_place else None) or draft.location
        if not draft.chair and self.leader:
            draft.chair = self.leader  # under "I. CHỦ TỊCH UBND HUYỆN": the leader's own entry
        return draft

    @staticmethod
    def _inline_fields(text: str) -> tuple[str, list]:
        """The event's own text, and its inline fields [(name, value)]; a units note closing a field
        ("Địa điểm: Chợ X. (Công an xã chuẩn bị).") goes back to the event's text."""
        pieces = INLINE_FIELD.split(text)
        if len(pieces) == 1:
            return text, []
        head, fields = pieces[0], []
        for piece in pieces[1:]:
            m = FIELD.match(piece.strip())
            said = re.match(r"(?:Tại|Mời)\s{0,2}:?\s{1,3}", piece) if not m else None
            if said:  # "…. Tại: Phòng họp tầng 3.", "…. Mời: Trưởng các khu phố.": the place, who is invited
                value, back, notes = field_entries.closing_notes(piece[said.end():])
                fields.append(("địa điểm" if piece.startswith("T") else "thành phần", value))
                head = " ".join([head, *back, *[n for n in notes if not re.match(r"\(\s{0,2}dự", n, re.I)]])
                continue
            if not m:
                head = f"{head}. {piece}"
                continue
            value, back, notes = field_entries.closing_notes(m.group(2))
            value, clause = _units_after(value)  # "…; Văn phòng Huyện ủy chuẩn bị": the event's units, back to it
            back = [*back, f"; {clause}"] if clause else back
            value, where = _place_after(value)
            fields.append((m.group(1).casefold(), value))
            fields += [("địa điểm", where)] if where else []
            # the units, the office's staff go back to the event's text; "(dự kiến)" is read from the whole line
            head = " ".join([head, *back, *[n for n in notes if not re.match(r"\(\s{0,2}dự", n, re.I)]])
        return head, fields

    def assign_units(self, p: Para) -> None:
        """"(UBND huyện chuẩn bị nội dung 1-3)": a unit for several items above it; "(X chuẩn bị nội dung 1, 2;
        Y chuẩn bị nội dung 3)": one clause each."""
        inner = p.text.strip().rstrip(".;").strip()[1:-1]
        clauses = re.split(r"\s{0,2};\s{0,3}(?=[^;]{1,200}?\s(?:chuẩn\s{1,3}bị|chủ\s{1,3}trì|tham\s{1,3}mưu|thực\s{1,3}hiện)"
                           r"\s{1,3}nội\s{1,3}dung)", inner, flags=re.I) if "nội dung" in inner.casefold() else [inner]
        if len(clauses) > 1:
            for clause in clauses:
                self.assign_units(Para("units", "", f"({clause})", p.line))
            return None
        m = UNITS_TAIL.search(p.text)
        target = self.container
        if m and target is None and self.last is not None and self.last.line >= (self.day_para.line if self.day_para
                                                                                   else 0):
            target = self.last  # "(Giao Phòng Văn hóa chuẩn bị nội dung)" under an event: the event's units
        if not m or target is None:
            return self.warn(p.line, f"'{p.text[:60]}': không biết giao cho nội dung nào")
        self.used.add(p.line)
        units, numbers = _units(re.sub(r"^\s{0,3}giao\s{1,3}", "", m.group(1), flags=re.I), m.group(2), m.group(3))
        if target is not self.container or not target.agenda:
            if not target.agenda:
                target.agenda.append(Item(None, target.title, [], p.line))
            for item in target.agenda:
                item.units = item.units or list(units)
            return None
        targets = [i for i in self.container.agenda if numbers is None or i.number in numbers]
        if numbers is None:
            targets = targets[-1:]
        for item in targets:
            has_lead = any(role == "lead" for _, role in item.units)
            item.units += [(name, "support" if has_lead else role) for name, role in units
                           if name not in {n for n, _ in item.units}]
        return None

    # Preparation lists ------------------------------------------------------------------------------
    def prep(self, p: Para) -> None:
        if p.kind == "units":
            return self.assign_units(p)
        if self.container is None:
            return None
        if SUBMISSION.search(p.text):
            # "1. Đề án … Cơ quan chủ trì: Sở Nội vụ. Thời gian trình: Tuần 1": a register of submissions, each
            # with its own time to be handed in; none is an item of a meeting, the register no event
            self.registers.add(id(self.container))
            self.used.add(p.line)
            return self.skip(p, "nội dung trình, không phải sự kiện")
        item = agenda_item(p)
        if not item.units:
            subject = re.match(r"^(.{3,120}?)\s{1,3}chuẩn\s{1,3}bị\s{1,3}", p.text, re.I)
            if subject:
                names = [n.strip() for n in subject.group(1).split(";") if n.strip()]
                item.units = [(n, "lead" if i == 0 else "support") for i, n in enumerate(names)]
        self.container.agenda.append(item)
        self.used.add(p.line)
        return None

    # Nothing dropped silently -----------------------------------------------------------------------
    def sweep(self, paras: list, stopped) -> None:
        """Every paragraph that says when and made no event (nor an item, a day heading with events under
        it, a slot line) is reported, with why."""
        done = self.used | self.skipped_lines | {s.line for s in self.skipped}
        after_stop = False
        for p in paras:
            after_stop = after_stop or p is stopped
            if p.line in self.used and not after_stop and p.damaged:
                self.warn(p.line, f"'{_spaced(p.text)[:60]}': còn chữ bị mất khi trích từ PDF, hãy kiểm tra tiêu đề")
            if p.kind == "table" or p.line in done or not SIGNAL.search(p.text):
                continue
            if after_stop:
                reason = "ngày ký văn bản" if SIGNED.match(p.text) else "phần nơi nhận, ký"
            elif _only_references(p.text):
                reason = "ngày của văn bản dẫn chiếu"
            elif self.mode_of(p) == "narrative":
                reason = "ngày trong phần nhiệm vụ"
            elif recognise.office_work(re.sub(r"^.{0,40}?:\s{0,3}", "", p.text)) or recognise.office_work(p.text):
                reason = "làm việc tại cơ quan"
            elif self.day_para is not None and p is self.day_para or re.fullmatch(
                    r"[\W\d]{0,5}(?:" + _WDW + r")?[\s,(–-]{0,4}(?:ngày\s{1,3})?[\d/.\s-]{3,12}\)?[\s:]*", p.text, re.I):
                reason = "ngày không có sự kiện"
            else:
                reason = "không nhận ra sự kiện"
            self.skipped.append(Skipped(p.line, p.text[:300], reason))
        lines = {s.line for s in self.skipped}
        for item in self.header_lines:
            text = getattr(item, "text", "")
            if text and SIGNAL.search(text) and item.line not in lines and SIGNED.match(text):
                self.skipped.append(Skipped(item.line, text, "ngày ký văn bản"))

    def mode_of(self, p: Para) -> str | None:
        return self.modes.get(p.line)


def _only_references(text: str) -> bool:
    """Every date in the text is the date of a document cited ("Kế hoạch số 12/KH-UBND ngày 14/9/2016")."""
    dates = list(re.finditer(r"ngày\s{1,3}\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{1,2}|\s{1,3}tháng)", text, re.I))
    return bool(dates) and all(grammar.REFERENCE.search(text[max(0, d.start() - 45):d.start()]) for d in dates)


def _slot_at(clock) -> str:
    return "morning" if clock.hour < 12 else "afternoon" if clock.hour < 18 else "evening"


def _section_name(text: str) -> bool:
    """"3. Tổ chức thực hiện", "1. Nhiệm vụ trọng tâm", "2. Hội nghị, hoạt động": a short numbered line naming a
    part of the program (a meeting's own name, "1. Hội nghị Ban Thường vụ", is no part)."""
    if len(text.split()) > 6 or SIGNAL.search(text) or text.endswith("."):
        return False
    return bool(NARRATIVE.match(text)) or bool(SCHEDULE.match(text)) and bool(re.search(r",|\bvà\b|^các\b", text, re.I))


def _upper(text: str) -> bool:
    return text.upper() == text and sum(c.isalpha() for c in text) >= 6


def _date_start(text: str, when: When) -> int:
    """Where the date phrase begins (so the text before it, e.g. a meeting's name, is kept)."""
    head = re.match(r"\s{0,3}(?:(?:buổi\s{1,3})?(?:sáng|chiều|tối)\s{1,3})?(?:dự\s{1,3}kiến\s{1,3})?(?:vào\s{1,3})?",
                    text, re.I)
    lead = re.search(r"(?:[:,]?\s{0,3}(?:vào|dự\s{1,3}kiến|diễn\s{1,3}ra|tổ\s{1,3}chức)?\s{0,3}(?:vào\s{1,3})?"
                     r"(?:(?:các\s{1,3})?ngày|từ)\s[^:]{0,80})$", text[:when.end], re.I)
    if lead and lead.start() > 0:
        return lead.start()
    return head.end() if head and head.end() < when.end and when.end - head.end() < 80 and lead is None else 0


def _rest(text: str, when: When) -> str:
    """The paragraph without its date phrase."""
    begin = _date_start(text, when) if when.start is None else when.start
    # "Ngày 20/6/2025 (dự kiến): …", "(thứ Sáu)": the date's own note, not the title
    after = re.sub(r"^\s{0,3}\(\s{0,2}(?:dự\s{1,3}kiến|thứ\s{1,3}\w{1,4}|chủ\s{1,3}nhật)[^()]{0,20}\)", "", text[when.end:],
                   flags=re.I)
    rest = (text[:begin] + " " + after).strip()
    rest = re.sub(r"\(\s{0,3}\)\s{0,2}(?=:)", "", rest)  # "07h30 (từ ngày 13/9 đến hết ngày 14/9): …": the bracket emptied
    if grammar.WEEKDAY_LEAD.match(text.strip()):
        rest = grammar.WEEKDAY_LEAD.sub("", rest)
    return re.sub(r"^[\s:;,.()–-]+|[\s:;,(–-]+$", "", rest)  # a closing ")" at the end belongs to the text


def _without(text: str, regex) -> str:
    return regex.sub("", text, count=1).strip(" ,:;-–")


def parse(document: Document | str, year: int | None = None, month: int | None = None, names=()) -> Parsed:
    """A program's events. `document` is the reader's Document (or plain text); `names` are the directory's
    names, the lexicon that repairs words a PDF broke (line by line, where a line looks damaged)."""
    return Parser(document, year, month, names).parse()


# "Đồng chí Bí thư Huyện ủy, lúc 7 giờ 30: chủ trì Hội nghị …; mời …; tại …", "Thường trực Huyện ủy, cả ngày: …":
# a Party committee's week written actor first, then the hour, then the work in lower case
ACTOR_FIRST = re.compile(r"^(?:(?:các\s{1,3})?(?:đồng\s{1,3}chí|đ/c)\s{1,3})?(?P<who>[^:;]{0,30}?(?:bí\s{1,3}thư|chủ\s{1,3}tịch|"
                         r"thường\s{1,3}trực|thường\s{1,3}vụ|ủy\s{1,3}viên)[^:;]{0,60}?),\s{0,3}(?P<when>(?:lúc\s{1,3})?"
                         r"\d{1,2}\s{0,2}(?:giờ|h)\s{0,2}(?:\d{2})?(?:\s{0,2}phút)?|(?:buổi\s{1,3})?(?:sáng|chiều|tối|cả\s{1,3}ngày))"
                         r"(?P<tent>\s{0,3}\(dự\s{1,3}kiến\))?\s{0,2}:\s{0,3}(?P<work>[a-zà-ỹđ].*)$", re.I)
ACTOR_ATTENDS = re.compile(r"^(?:tham\s{1,3}dự|dự|đi\s{1,3}cùng|cùng)\s", re.I)


def _actor_first(m: re.Match) -> str:
    """The line rewritten hour first, the actor as the chair ("chủ trì …", "tiếp công dân …") or, when the actor
    attends ("dự …", "đi cùng …"), as who goes; "mời …" the invitees."""
    when = re.sub(r"^lúc\s{1,3}", "", m.group("when"), flags=re.I)
    work, who = m.group("work"), m.group("who").strip()
    parts = [part.strip() for part in work.split(";")]
    invited = [i for i, part in enumerate(parts) if re.match(r"mời\s", part, re.I)]
    fields = [f"thành phần: {parts[i][4:].strip()}" for i in invited]
    parts = [part for i, part in enumerate(parts) if i not in invited]
    head = parts[0]
    chair = re.match(r"chủ\s{1,3}trì\s{1,3}", head, re.I)
    if chair:
        head = head[chair.end():]
    if ACTOR_ATTENDS.match(head):
        fields.append(f"thành phần: {m.group(0)[:m.start('who')]}{who}")
    else:
        fields.insert(0, f"chủ trì: {who}")
    head = head[:1].upper() + head[1:]
    return "; ".join([f"{when}{m.group('tent') or ''}: {head}", *fields, *parts[1:]])


def _closing_note(text: str, year: int, month: int) -> bool:
    """Prose of several sentences with a deadline or a holiday whose dates, once those are blanked, leave no
    hour and no day of the program's month of its own (a meeting line ending "Đề nghị … trước ngày 14/10."
    keeps its date; "… Hội nghị … dự kiến tổ chức ngày 06/01/2025." in December's program is next month's)."""
    if not (DEADLINE.search(text) or recognise.HOLIDAY.search(text)):
        return False
    if not any(m.group(1).isupper() for m in SENTENCES.finditer(text)):
        return False
    rest = _blank(recognise.HOLIDAY, _blank(DEADLINE, text))
    when = grammar.find_date(rest, year, month, anywhere=True)
    days = (when.days or [when.span[0]] if when.span else when.days) if when else []
    return grammar.find_clock(rest) is None and not any((d.year, d.month) == (year, month) for d in days)


def _bracket_lead(text: str) -> str:
    """"[Ngày 05/6, thứ Hai; 14 giờ] Họp …" -> "Ngày 05/6, thứ Hai, 14 giờ: Họp …": the bracket's when, said first;
    a bracket of a few words that says no when is a label ("[Ghi chú] …" -> "Ghi chú: …")."""
    m = BRACKET_LEAD.match(text) if text[:1] == "[" else None
    if not m:
        return text
    inner = re.sub(r"\s{0,2};\s{0,3}", ", ", m.group(1).strip(" ;,"))
    return f"{inner}: {text[m.end():]}"


def _field_synonyms(text: str) -> str:
    for pattern, name in FIELD_SYNONYMS:
        text = pattern.sub(name, text) if ("tọa" in text or "phận" in text or "gồm" in text or "tổ chức" in text
                                            or "tham gia" in text or "đoàn" in text) else text
    return text


def _companions(text: str) -> tuple[str, str | None]:
    """The line without its "Cùng đi: …" field, and who goes along."""
    m = COMPANIONS.search(text) if "đi" in text else None
    return (text[:m.start()] + text[m.end():], m.group(1).strip(" ,")) if m else (text, None)


def _units_clause(text: str):
    """The "; X chuẩn bị" clause closing a line, when X is a unit's name."""
    m = UNITS_CLAUSE.search(text) if "chuẩn" in text or "mưu" in text else None
    return m if m and UNIT_HEAD.match(m.group(1)) and re.sub(r"^các\s{1,3}", "", m.group(1), flags=re.I)[:1].isupper() else None


def _units_after(value: str) -> tuple[str, str | None]:
    """A field's value and the units clause closing it ("…; tại A; Văn phòng chuẩn bị" -> ("…; tại A", "Văn phòng
    chuẩn bị"))."""
    m = _units_clause(value)
    return (value[:m.start()].rstrip(" ;,"), value[m.start():].strip(" ;.")) if m else (value, None)


def _place_after(value: str) -> tuple[str, str | None]:
    """A field's value and the place said after it ("đại diện cử tri; tại Hội trường A" -> ("đại diện cử tri",
    "Hội trường A"))."""
    m = PLACE_AFTER.search(value) if "tại" in value else None
    return (value[:m.start()].rstrip(" ;,"), m.group(1).strip()) if m else (value, None)


def _blank(pattern, text: str) -> str:
    """`text` with what `pattern` matches blanked out, offsets kept (dates there are no date of the event)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)
