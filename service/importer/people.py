"""Stage 4 (people): who chairs an event and who attends it, from its text — a name ("Đồng chí Nguyễn Văn
Bình, … chủ trì"), a title ("Chủ tịch UBND huyện …", "đồng chí Bí thư chủ trì", "Phó Chủ tịch Trần Minh
Quân dự"), a group ("Lãnh đạo UBND huyện dự"), a body that meets ("Hội nghị Ban Thường vụ Huyện ủy"),
"Thành phần: …" and "(sáng; dự: đ/c Hạnh)". Names stay as written; the directory resolves them later."""
import re

from service.importer import recognise
from service.importer.recognise import sentence

CHAIR = re.compile(r"^(?:đồng\s{1,3}chí|đ/c)\s{1,3}(?!(?:phó\s{1,3})?(?:chủ\s{1,3}tịch|bí\s{1,3}thư)\b)"
                   r"((?:(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}\s{1,3}){1,4}(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10})"
                   r"(?:\s{0,3},\s{0,3}([^:]{0,250}?))?(?:\s{0,3}:\s{0,3}|\s{1,3}(?=chủ\s{1,3}trì|dự|tham\s{1,3}dự|làm\s{1,3}việc))",
                   re.I)
_BODY = (r"(?:ubnd|hđnd|ủy\s{1,3}ban\s{1,3}nhân\s{1,3}dân|hội\s{1,3}đồng\s{1,3}nhân\s{1,3}dân|huyện\s{1,3}ủy|tỉnh\s{1,3}ủy"
         r"|thành\s{1,3}ủy|đảng\s{1,3}ủy)(?:\s{1,3}(?:huyện|tỉnh|xã|phường|thị\s{1,3}trấn|thành\s{1,3}phố|thị\s{1,3}xã))?")
CHAIR_TITLE = re.compile(rf"^((?:phó\s{{1,3}})?(?:chủ\s{{1,3}}tịch|bí\s{{1,3}}thư)(?:\s{{1,3}}thường\s{{1,3}}trực)?"
                         rf"\s{{1,3}}{_BODY})\s{{1,3}}", re.I)
# "đồng chí Bí thư chủ trì", "Đ/c Chủ tịch UBND xã dự": a leader by title only
TITLE_ONLY = re.compile(rf"\b(?:đồng\s{{1,3}}chí|đ/c)\s{{1,3}}((?:phó\s{{1,3}})?(?:chủ\s{{1,3}}tịch|bí\s{{1,3}}thư)(?:\s{{1,3}}"
                        rf"thường\s{{1,3}}trực)?(?:\s{{1,3}}{_BODY})?)\s{{1,3}}(chủ\s{{1,3}}trì|dự|tham\s{{1,3}}dự)\b", re.I)
SUBJECT = re.compile(r"^((?:các\s{1,3}đồng\s{1,3}chí\s{1,3})?(?:lãnh\s{1,3}đạo|thường\s{1,3}trực|ban\s{1,3}thường\s{1,3}vụ"
                     r"|ban\s{1,3}chấp\s{1,3}hành|ban\s{1,3}chỉ\s{1,3}đạo|đảng\s{1,3}ủy|ủy\s{1,3}ban\s{1,3}kiểm\s{1,3}tra)"
                     r"(?:[^,:;]|,\s{0,3}(?=(?:lãnh|thường|ban|đảng|ủy|các)\b)){0,80}?)\s{1,3}(?=tham\s{1,3}dự|dự\s|làm\s{1,3}việc|tiếp|kiểm\s{1,3}tra|chủ\s{1,3}trì|tham"
                     r"\s{1,3}gia|họp|đi\s|giao\s{1,3}ban|giám\s{1,3}sát|khảo\s{1,3}sát|thăm|nghe|cho\s{1,3}ý\s{1,3}kiến)",
                     re.I)
# "Chủ tịch tiếp công dân", "Phó Chủ tịch Trần Minh Quân dự hội thảo": a leader by title, and maybe name
# ("Giám đốc Sở tiếp công dân", "Phó Giám đốc Sở Vũ Quang Thái kiểm tra …": a department's head, as a leader;
# "Phó Giám đốc Lò Văn Khánh kiểm tra …": the department's own schedule names its head without "Sở", by name)
# ("Bí thư Đảng ủy tiếp công dân": the title with its body)
LEADER_START = re.compile(r"^((?:phó\s{1,3})?(?:chủ\s{1,3}tịch|bí\s{1,3}thư)(?:\s{1,3}thường\s{1,3}trực)?(?:\s{1,3}" + _BODY + r")?"
                          r"|(?:phó\s{1,3})?giám\s{1,3}đốc(?:\s{1,3}sở|(?=\s{1,3}(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}\s{1,3}"
                          r"(?-i:[A-ZĐÀ-Ỹ]))))(?:\s{1,3}"
                          r"((?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}(?:\s{1,3}(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}){1,3}))?\s{1,3}"
                          r"(tham\s{1,3}dự|dự|chủ\s{1,3}trì|tiếp|làm\s{1,3}việc|họp|kiểm\s{1,3}tra|đi|thăm|nghe|đối\s{1,3}"
                          r"thoại|khảo\s{1,3}sát|giám\s{1,3}sát|cùng|thông\s{1,3}qua|chỉ\s{1,3}đạo|gặp|trao|duyệt)\b", re.I)
_TITLE = (rf"(?:phó\s{{1,3}})?(?:chủ\s{{1,3}}tịch|bí\s{{1,3}}thư)(?:\s{{1,3}}thường\s{{1,3}}trực)?(?:\s{{1,3}}{_BODY})?")
# "Đ/c Bí thư Tỉnh ủy kiểm tra …", "Đ/c Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự …": a line of a leader's schedule
# opening with the leader: the event is that leader's (as in "- Chủ tịch: …" lines)
LEADER_OPENING = re.compile(rf"^(?:đồng\s{{1,3}}chí|đ/c)\s{{1,3}}({_TITLE}(?:\s{{0,2}},\s{{0,3}}{_TITLE})?)\s{{1,3}}"
                            r"(?=(?-i:[a-zà-ỹđ]))", re.I)
# "CT Trương Hoài Nam", "PCTTT Lý Thị Bảo Ngọc", "PCT Nghiêm Đức Long": the short titles of provincial schedules
SHORT_TITLE = re.compile(r"^(?-i:PCTTT|PCT\s?TT|PCT|CT|PBTTT|PBT|BT)\s{0,2}\.?\s{1,3}(?=(?-i:[A-ZĐÀ-Ỹ]))")
# "GĐ Hoàng Văn An chủ trì …", "PGĐ Lê Thu Hà dự …", "P.GĐ Trần Nam làm việc …": a department's head or deputy by
# the short title of its weekly schedule, the name, and what the leader does
DEPARTMENT_HEAD = re.compile(r"^((?-i:PGĐ|P\.GĐ|GĐ|PCVP|CVP))\s{0,2}\.?\s{1,3}((?:(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}\s{1,3}){1,4})"
                             r"(chủ\s{1,3}trì|tham\s{1,3}dự|dự|tiếp|làm\s{1,3}việc|đi|kiểm\s{1,3}tra|đối\s{1,3}thoại|họp|thăm"
                             r"|khảo\s{1,3}sát|giám\s{1,3}sát)\b", re.I)
# "…; đồng chí Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo chủ trì": a leader by two titles, the second
# the office of this meeting
TITLES_CHAIR = re.compile(rf"(?:^|[;,.]\s{{0,3}})(?:đồng\s{{1,3}}chí|đ/c)\s{{1,3}}({_TITLE})\s{{0,2}},\s{{0,3}}(?-i:[A-ZĐ])[^;,()]{{2,60}}?"
                          r"\s{1,3}chủ\s{1,3}trì\b", re.I)
# "…; CT Lê Văn Bình chủ trì", "…, đồng chí Nguyễn Văn An chủ trì": the chair by name, in a clause of the line
CHAIR_CLAUSE = re.compile(r"[;,]\s{0,3}(?:(?:đồng\s{1,3}chí|đ/c)\s{1,3})?(?:(?-i:PCTTT|PCT|CT|PBT|BT)\s{0,2}\.?\s{1,3})?"
                          r"((?:(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10}\s{1,3}){1,3}(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{0,10})\s{1,3}chủ\s{1,3}trì\b", re.I)
# "…; Chủ tịch UBND xã chủ trì", "…, do Phó Chủ tịch UBND xã Lê Thị Hoa chủ trì": the chair by title (and maybe
# name), in a clause after the event's name
TITLE_CLAUSE = re.compile(rf"(?:[;,]|\bdo)\s{{0,3}}(?:(?:đồng\s{{1,3}}chí|đ/c)\s{{1,3}})?((?:phó\s{{1,3}})?(?:chủ\s{{1,3}}tịch"
                          rf"|bí\s{{1,3}}thư)(?:\s{{1,3}}thường\s{{1,3}}trực)?(?:\s{{1,3}}{_BODY})?)((?:\s{{1,3}}\S{{1,12}}){{0,5}}?)"
                          r"\s{1,3}chủ\s{1,3}trì\b", re.I)
# "Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân thôn 3": the leader who holds the dialogue presides
DIALOGUE = re.compile(rf"\bđối\s{{1,3}}thoại\s{{1,3}}(?:trực\s{{1,3}}tiếp\s{{1,3}})?(?:giữa\s{{1,3}}|của\s{{1,3}})(?:(?:đồng\s{{1,3}}chí"
                      rf"|đ/c)\s{{1,3}})?({_TITLE})((?:\s{{1,3}}(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{{0,10}}){{0,4}})\s{{1,3}}với\b", re.I)
# "Tiếp công dân định kỳ của Chủ tịch UBND phường (đồng chí Lê Văn Bình)", "Tiếp công dân của Phó Chủ tịch UBND xã
# phụ trách kinh tế": the leader who receives the citizens, by title (and the deputy's field) and maybe by name in a
# bracket
RECEIVED_BY = re.compile(rf"\btiếp\s{{1,3}}công\s{{1,3}}dân(?:\s{{1,3}}(?:định\s{{1,3}}kỳ|thường\s{{1,3}}xuyên|đột\s{{1,3}}xuất))?"
                         rf"\s{{1,3}}của\s{{1,3}}(?:(?:đồng\s{{1,3}}chí|đ/c)\s{{1,3}})?({_TITLE})(?:\s{{1,3}}(phụ\s{{1,3}}trách\s[^();,]{{2,40}}?)"
                         rf"(?=\s{{0,3}}(?:[(;,.]|$)))?(?:[^();]{{0,60}}?\(\s{{0,2}}"
                         r"(?:đồng\s{1,3}chí|đ/c|ông|bà)\s{1,3}((?-i:[A-ZĐÀ-Ỹ])[^()]{2,40}?)\s{0,2}\))?", re.I)
# "(sáng; dự: đ/c Triệu)", "(ngày)": the slot, and who of the body goes, after the event (HĐND weekly lists)
SLOT_NOTE = re.compile(r"\(\s{0,2}(sáng|chiều|tối|ngày|cả\s{1,3}ngày)\s{0,2}(?:;\s{0,3}(?:dự|tham\s{1,3}dự)\s{0,2}:\s{0,3}"
                       r"([^()]{1,80}?))?\s{0,2}\)", re.I)
# "Thành phần (dự kiến): Ban Chấp hành Đảng bộ xã": who attends, said outright
MEMBERS = re.compile(r"[;,.(]?\s{0,3}\bthành\s{1,3}phần(?:\s{1,3}(?:dự\s{1,3}kiến|tham\s{1,3}dự|mời))?\s{0,3}:\s{0,3}"
                     r"([^;()]{2,150})", re.I)
# "Hội nghị Ban Thường vụ Huyện ủy …", "Phiên họp Thường trực HĐND …": the body meets, so it attends
BODY_MEETING = re.compile(rf"^(?:hội\s{{1,3}}nghị|họp|phiên\s{{1,3}}họp|kỳ\s{{1,3}}họp|giao\s{{1,3}}ban)\s{{1,3}}"
                          rf"(?:(?:thường\s{{1,3}}kỳ|định\s{{1,3}}kỳ|mở\s{{1,3}}rộng)\s{{1,3}})?((?:ban\s{{1,3}}thường\s{{1,3}}"
                          rf"vụ|thường\s{{1,3}}trực|ban\s{{1,3}}chấp\s{{1,3}}hành|lãnh\s{{1,3}}đạo)\s{{1,3}}{_BODY}|ban\s{{1,3}}chấp"
                          rf"\s{{1,3}}hành\s{{1,3}}đảng\s{{1,3}}bộ\s{{1,3}}(?:huyện|tỉnh|xã|phường|thị\s{{1,3}}trấn)"
                          rf"|(?:thứ\s{{1,3}}\d{{1,2}}\s{{1,3}})?(?:ubnd|hđnd)\s{{1,3}}(?:tỉnh|huyện|xã|phường|thị\s{{1,3}}trấn"
                          rf"|thành\s{{1,3}}phố|thị\s{{1,3}}xã)\b)", re.I)  # "Kỳ họp thứ 18 HĐND tỉnh": the council sits



# "14 giờ 00 (dự kiến): Phó Chủ tịch … chủ trì …", "(buổi sáng lùi sang 14 giờ cùng ngày): …": a note on the hour,
# written between it and the colon; the line's subject comes after it
TIME_NOTE = re.compile(r"^\(\s{0,2}[^()]{1,80}?\)\s{0,3}:\s{0,3}(?=\S)")


# "PCT Kinh tế", "Phó Chủ tịch Văn hóa - Xã hội": a deputy named by the portfolio he holds (a ward's or a
# commune's schedule), as written: one capitalised word and maybe one more, or two such joined by " - "
_PORTFOLIO = (r"(?-i:[A-ZĐÀ-Ỹ])[\wÀ-ỹ]{1,8}(?:\s{1,3}(?-i:[a-zà-ỹđ])[\wà-ỹ]{1,8})?(?:\s{1,3}[-–]\s{1,3}(?-i:[A-ZĐÀ-Ỹ])"
              r"[\wÀ-ỹ]{1,8}(?:\s{1,3}(?-i:[a-zà-ỹđ])[\wà-ỹ]{1,8})?)?")
PORTFOLIO_TITLE = re.compile(rf"(?:(?-i:PCT)|phó\s{{1,3}}chủ\s{{1,3}}tịch)\s{{1,3}}{_PORTFOLIO}", re.I)
PORTFOLIO_OPENING = re.compile(rf"^(?:đồng\s{{1,3}}chí|đ/c)\s{{1,3}}({PORTFOLIO_TITLE.pattern})\s{{1,3}}(?=(?-i:[a-zà-ỹđ]))", re.I)
# "…. Đ/c Chủ tịch chủ trì.", "…. Đ/c PCT Văn hóa - Xã hội dự.": who chairs or goes, said as the last sentence
ROLE_SENTENCE = re.compile(r"[.;]\s{1,3}(?:đồng\s{1,3}chí|đ/c)\s{1,3}([^.;:()]{2,80}?)\s{1,3}(chủ\s{1,3}trì|(?:tham\s{1,3})?dự)"
                           r"\s{0,2}\.?\s{0,2}(\([^()]{1,160}\))?\s{0,2}\.?\s*$", re.I)  # (a note of the place's sentence after it)


def read(draft, text: str, issuer: str | None) -> None:
    """Who chairs and who attends: a name ("Đồng chí Nguyễn Văn Bình, … chủ trì"), a title ("Chủ tịch UBND
    huyện …", "đồng chí Bí thư chủ trì"), a group ("Lãnh đạo UBND huyện dự"), or a body that meets."""
    note = TIME_NOTE.match(text)
    text = text[note.end():] if note else text
    portfolio = PORTFOLIO_OPENING.match(text)
    if portfolio:  # "Đ/c PCT Kinh tế làm việc với …": the deputy's own entry
        draft.chair = portfolio.group(1)
        return
    m = CHAIR.match(text)
    if m:
        draft.chair = m.group(1).strip()
        return
    short = SHORT_TITLE.match(text)
    if short and _proper(text[short.end():]):  # "PCT Nghiêm Đức Long kiểm tra …": the person by name
        draft.chair = _proper(text[short.end():]).strip(" .,;")
        return
    head = DEPARTMENT_HEAD.match(text)
    if head:  # "GĐ Hoàng Văn An chủ trì …" chairs; "PGĐ Lê Thu Hà dự …" attends
        who = _proper(head.group(2)) or head.group(2)
        if re.match(r"chủ\s{1,3}trì|tiếp|đối\s{1,3}thoại", head.group(3), re.I):
            draft.chair = who
        else:
            draft.subject = f"{head.group(1)} {who}"
    opening = LEADER_OPENING.match(text)
    if opening:
        draft.chair = recognise.leader_title(opening.group(1), issuer)
    m = CHAIR_TITLE.match(text)
    if m:
        # "Phó Chủ tịch UBND xã Lê Thị Hoa kiểm tra …": the name, when written, tells which of the deputies
        draft.chair = _name_after(text[m.end():]) or _spaced(m.group(1))
    subject = SUBJECT.match(text)
    if subject:
        draft.subject = _spaced(subject.group(1))
    by_title = TITLE_ONLY.search(text)
    if by_title and (not draft.chair or opening):
        title = recognise.leader_title(by_title.group(1), issuer)
        if re.match(r"chủ\s{1,3}trì", by_title.group(2), re.I):
            draft.chair = title
        elif not draft.subject:
            draft.subject = title
    leader = LEADER_START.match(text)
    if leader and not draft.chair and not (draft.subject and draft.subject.casefold().startswith("các")):
        name = _proper(leader.group(2) or "")  # the class [A-ZĐÀ-Ỹ] also holds "đ": "Hồ Thị Nga đi" -> the name
        who = name or recognise.leader_title(leader.group(1), issuer)
        if re.match(r"(?:tham\s{1,3})?dự|cùng", leader.group(3), re.I):
            draft.subject = draft.subject or who
            draft.chair = who  # "Phó Chủ tịch Hồ Thu Vân dự …": the leader's own entry, as "- Phó Chủ tịch X: dự …"
        else:
            draft.chair = who
    titles = TITLES_CHAIR.search(text) if "trì" in text and not draft.chair else None
    if titles:  # "…; đồng chí Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo chủ trì": the leader, by the first title
        draft.chair = recognise.leader_title(titles.group(1), issuer)
    clause = CHAIR_CLAUSE.search(text) if "trì" in text else None
    if clause and not draft.chair:  # "Họp UBND tỉnh thường kỳ; CT Lê Văn Bình chủ trì"
        draft.chair = _proper(clause.group(1)).strip(" .,;") or None
    titled = TITLE_CLAUSE.search(text) if "trì" in text and not draft.chair else None
    if titled and (not titled.group(2).strip() or _name_after(titled.group(2) + " chủ")):
        draft.chair = _name_after(titled.group(2) + " chủ") or recognise.leader_title(titled.group(1), issuer)
    received = RECEIVED_BY.search(text) if not draft.chair and "công dân" in text else None
    if received:  # "Tiếp công dân định kỳ của Chủ tịch UBND phường (đồng chí Lê Văn Bình)": who receives presides
        draft.chair = _proper(received.group(3) or "") or " ".join(
            [recognise.leader_title(received.group(1), issuer), *([_spaced(received.group(2))] if received.group(2) else [])])
    dialogue = DIALOGUE.search(text) if not draft.chair and "thoại" in text else None
    if dialogue:
        draft.chair = _proper(dialogue.group(2).strip()) or recognise.leader_title(dialogue.group(1), issuer)
    invited = MEMBERS.search(text)
    if invited:
        draft.subject = _spaced(invited.group(1)).strip(" ,.")
    note = SLOT_NOTE.search(draft.text)
    if note and note.group(2):
        who = re.sub(r"^(?:đ/c|đồng\s{1,3}chí)\s{1,3}", "", note.group(2).strip(), flags=re.I)
        draft.subject = f"{draft.subject}, {who}" if draft.subject else who
    meeting = BODY_MEETING.match(text[opening.end():] if opening else text)  # "Đ/c Bí thư chủ trì Hội nghị Ban …"
    if meeting is None and opening:
        meeting = BODY_MEETING.match(re.sub(r"^(?:chủ\s{1,3}trì|dự)\s{1,3}", "", text[opening.end():], flags=re.I))
    if meeting and not draft.subject:
        draft.subject = re.sub(r"^thứ\s{1,3}\d{1,2}\s{1,3}", "", _spaced(meeting.group(1)), flags=re.I)
    if draft.subject and draft.subject.upper() == draft.subject:
        draft.subject = _unshout(draft.subject)
    if draft.chair and draft.chair.upper() == draft.chair:
        draft.chair = _unshout(draft.chair)


def _proper(text: str) -> str:
    """The capitalised words a name starts with (two at least), else ""."""
    words = []
    for word in text.split():
        if not word[:1].isupper():
            break
        words.append(word)
    return " ".join(words) if len(words) >= 2 else ""


def _name_after(text: str) -> str | None:
    """A person's name (two to four capitalised words) opening `text` and followed by a lower-case word."""
    words = text.split(None, 6)
    name = []
    for word in words:
        if _name_word(word) and len(name) < 5:
            name.append(word)
        else:
            return " ".join(name) if len(name) >= 2 and word[:1].islower() else None
    return None


def _name_word(word: str) -> bool:
    """A word of a person's name: "Lê", "Phương"; the names of the Central Highlands peoples have one-letter
    words and apostrophes too ("Y Blim Mlô", "Ksor Y Phương", "H'Hen Niê")."""
    parts = word.split("'") if word.count("'") == 1 else [word]
    return all(p[:1].isupper() and (p[1:].islower() or not p[1:]) and p.isalpha() for p in parts) and (
        len(word) > 1 or word in "AY")


def _unshout(name: str) -> str:
    """"THƯỜNG TRỰC UBND TỈNH" (from a heading in capitals) -> "Thường trực UBND tỉnh"."""
    text = sentence(name)
    text = re.sub(r"\b(huyện|tỉnh|đảng|thành|thị) ủy\b", lambda m: m.group(1).capitalize() + " ủy", text, flags=re.I)
    for words in ("Ban Thường vụ", "Ban Chấp hành", "Thường trực", "Đảng bộ"):
        text = re.sub(rf"(?<!^)\b{words}\b", words, text, flags=re.I)
    return text


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
