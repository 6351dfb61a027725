"""The parser on the forms of the genre (documents written for these tests, tests/data/programs/): a Huyện ủy
monthly program as a wrapped PDF text, a provincial leader-centric weekly schedule, a Đảng ủy xã program
with "Phần", a HĐND program with Word's automatic numbering, a program with a few damaged lines. Event by
event, the lines that made no event (with why), and the document's header."""
import json
import re
import os
from datetime import date, time

import pytest

from service.importer.document import Block, Document
from service.importer.parse import parse
from service.importer.repair import line_damaged, normalise
from tests.directory_fixtures import make_directory

DOCS = os.path.join(os.path.dirname(__file__), "data", "programs")


def doc(name):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        return json.load(f) if name.endswith(".json") else f.read()


def row(d):
    """What a clerk checks of an event: line, day (or span), slot, clock, tentative, change, title start."""
    when = d.span if d.span else d.day
    return (d.line, when, d.slot, d.clock, d.tentative, d.change, d.title[:30])


def rows(expected):
    return [(*e[:-1], e[-1][:30]) for e in expected]


def skipped(result):
    return [(s.line, s.reason) for s in result.skipped]


def test_leader_centric_weekly_schedule():
    result = parse(doc("ubnd-tinh-tuan-2023-13.txt"))
    info = result.document
    assert (info.issuer, info.kind, info.period_start, info.period_end) == (
        "UBND tỉnh Hà Nam Bắc", "weekly", date(2023, 3, 27), date(2023, 3, 31))
    assert info.title == "Lịch làm việc của Chủ tịch, các Phó Chủ tịch UBND tỉnh từ ngày 27/3/2023 đến ngày 31/3/2023"
    assert (result.year, result.month) == (2023, 3)
    d27, d28, d29, d30, d31 = (date(2023, 3, n) for n in range(27, 32))
    assert [row(d) for d in result.drafts] == rows([
        # "- Chủ tịch: 7 giờ 30 phút, dự … (LĐVP: Đ/c Lan). 14 giờ, chủ trì họp …": two events of one line
        (8, d27, None, time(7, 30), False, None, "Dự lễ khởi công cầu Bến Lở"),
        (8, d27, None, time(14), False, None, "Họp nghe báo cáo tiến độ giải ngân vốn đ"),
        (9, d27, None, time(13, 30), False, None, "Họp Ban Chỉ đạo cải cách hành chính tỉn"),
        (11, d28, "full_day", time(8), False, None, "Kiểm tra công tác phòng cháy rừng tại h"),
        (12, d28, None, time(9), False, None, "Tiếp Đoàn công tác của Bộ Nội vụ"),
        (12, d28, None, None, False, "cancel", "Hội nghị giao ban kinh tế quý I"),
        (15, d29, "morning", time(8), False, None, "Chủ tịch tiếp công dân định kỳ tháng 3"),
        (16, d29, "morning", time(9, 30), False, None, "Phó Chủ tịch Trần Minh Quân dự hội thảo "),
        (17, date(2023, 4, 5), "afternoon", None, False, "postpone", "Hội nghị sơ kết công tác tuyển quân"),
        (19, d30, None, time(14, 30), False, None, "Thường trực UBND tỉnh giao ban với Thườn"),
        (20, d30, None, time(16), False, None, "Dự họp Ban Thường vụ Tỉnh ủy"),
        # "Dự kiến nội dung: …; Thành phần dự kiến: …" qualify the agenda and attendees, not the date
        (23, d31, "full_day", None, False, None, "Dự kiến nội dung: rà soát dự thảo Quy ch"),
    ])
    ev = result.drafts
    # "dự" -> the leader attends, and the event is in the leader's name; what he does himself -> chairs; the
    # office staff with him
    assert (ev[0].subject, ev[0].chair, ev[0].staff, ev[0].location) == (
        "Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", "Lan", "xã An Hòa")
    assert (ev[1].chair, ev[1].location) == ("Chủ tịch UBND tỉnh", "Phòng họp số 2 UBND tỉnh")
    assert [(i.title, i.units) for i in ev[1].agenda] == [
        ("Họp nghe báo cáo tiến độ giải ngân vốn đầu tư công", [("Sở Tài chính", "lead")])]
    assert (ev[2].chair, ev[2].location) == ("Phó Chủ tịch Thường trực UBND tỉnh", "Hội trường UBND tỉnh")
    assert ev[3].chair == "Phó Chủ tịch UBND tỉnh (KT)" and ev[3].location == "huyện Sơn Tây"
    assert ev[6].chair == "Chủ tịch UBND tỉnh" and ev[6].kind == "reception"
    assert ev[7].subject == "Trần Minh Quân" and ev[7].location == "Trung tâm Hội nghị tỉnh"
    assert ev[9].subject == "Thường trực UBND tỉnh"
    assert ev[10].subject == "Chủ tịch UBND tỉnh, Phó Chủ tịch Thường trực UBND tỉnh"
    assert ev[11].subject == "các Sở, ngành"
    assert skipped(result) == [(9, "làm việc tại cơ quan"), (22, "làm việc tại cơ quan")]


def test_dang_uy_xa_program_with_parts():
    result = parse(doc("dang-uy-xa-2025-09.txt"))
    info = result.document
    assert (info.issuer, info.kind, info.title) == ("Đảng ủy xã Tân Phú", "monthly", "Chương trình công tác tháng 9 năm 2025")
    assert (info.period_start, info.period_end) == (date(2025, 9, 1), date(2025, 9, 30))
    assert [row(d) for d in result.drafts] == rows([
        (18, date(2025, 9, 9), "morning", None, False, None, "Hội nghị Ban Thường vụ Đảng ủy thường k"),
        (19, date(2025, 9, 25), None, None, True, None, "Hội nghị Ban Chấp hành Đảng bộ xã lần th"),
        (20, None, "afternoon", None, False, None, "Thường trực Đảng ủy giao ban"),
        (22, date(2025, 9, 12), None, None, False, None, "Đồng chí Bí thư chủ trì làm việc với Chi"),
        (23, None, None, None, False, None, "Hội nghị tổng kết công tác dân vận"),  # "có kế hoạch riêng"
        (24, None, None, None, False, None, "Đảng ủy xã kiểm tra công tác đảng viên"),  # "định kỳ theo quy định"
        (25, date(2025, 9, 18), None, None, False, None, "Hội nghị sơ kết 9 tháng"),
        (26, date(2025, 9, 20), None, None, False, "cancel", "Hội nghị học tập chuyên đề"),
    ])
    ev = result.drafts
    assert [d.subject for d in ev] == ["Ban Thường vụ Đảng ủy", "Ban Chấp hành Đảng bộ xã", "Thường trực Đảng ủy",
                                       None, None, "Đảng ủy xã", "Ban Chấp hành Đảng bộ xã", None]
    assert ev[2].weekly == (4, "afternoon")
    assert (ev[3].chair, ev[3].location) == ("Bí thư Đảng ủy xã", "Nhà văn hóa thôn Đông")
    assert ev[6].agenda[0].units == [("Văn phòng Đảng ủy", "lead")]
    assert skipped(result) == [(6, "ngày ký văn bản"), (12, "ngày trong phần nhiệm vụ"),
                               (13, "ngày của văn bản dẫn chiếu")]


def test_hdnd_program_with_word_numbering():
    """Numbers from Word's automatic numbering (Block.number), the header a two-cell table row."""
    result = parse(Document.from_json(doc("hdnd-tinh-2024-07.json")))
    info = result.document
    assert (info.issuer, info.kind) == ("Thường trực HĐND tỉnh Đông Giang", "monthly")
    assert info.title == "Chương trình công tác tháng 7 năm 2024 của Thường trực HĐND tỉnh"
    assert [row(d) for d in result.drafts] == rows([
        # "1. Kỳ họp thứ 18 …" / "- Thời gian dự kiến: từ ngày 09/7 đến ngày 11/7/2024": the heading is the event
        (7, (date(2024, 7, 9), date(2024, 7, 11)), None, None, True, None, "Kỳ họp thứ 18 HĐND tỉnh khóa X"),
        (9, date(2024, 7, 22), None, None, False, None, "Phiên họp Thường trực HĐND tỉnh thường k"),
        (12, None, None, None, False, None, "Giám sát chuyên đề về đầu tư công tại hu"),
        (13, date(2024, 7, 15), None, None, False, None, "Tiếp công dân định kỳ của Thường trực HĐ"),
    ])
    session, standing, _, reception = result.drafts
    assert session.location == "Hội trường HĐND tỉnh" and session.kind == "multi_day"
    assert session.subject == "HĐND tỉnh"  # the council sits
    assert standing.subject == "Thường trực HĐND tỉnh"
    assert [(i.title, i.units) for i in standing.agenda] == [
        ("Báo cáo kết quả giám sát việc giải quyết kiến nghị cử tri", [("Ban Pháp chế", "lead")]),
        ("Tờ trình về chương trình giám sát năm 2025", [("Văn phòng Đoàn ĐBQH và HĐND tỉnh", "lead")])]
    assert (reception.kind, reception.location) == ("reception", "Trụ sở tiếp công dân tỉnh")
    assert skipped(result) == [(1, "ngày ký văn bản"), (5, "ngày trong phần nhiệm vụ")]
    assert result.warnings == []


def test_wrapped_pdf_text_with_page_furniture():
    result = parse(doc("huyen-uy-pdf-2024-03.txt"))
    info = result.document
    assert (info.issuer, info.kind, info.period_start) == ("Huyện ủy Lục Ngạn", "monthly", date(2024, 3, 1))
    assert [row(d) for d in result.drafts] == rows([
        (11, date(2024, 3, 5), None, None, False, None, "Hội nghị Ban Thường vụ Huyện ủy cho ý ki"),
        (16, None, "morning", None, False, None, "Thường trực Huyện ủy giao ban với Thường"),
        (18, date(2024, 3, 14), None, None, False, None, "Hội nghị quán triệt Chỉ thị số 35-CT/TW "),
        (21, (date(2024, 3, 18), date(2024, 3, 20)), None, None, False, None, "Đoàn kiểm tra của Ban Thường vụ Huyện ủy"),
        (23, date(2024, 3, 28), None, None, True, None, "Hội nghị Ban Chấp hành Đảng bộ huyện (mở"),
        (25, None, None, None, False, "cancel", "Hội nghị tổng kết công tác khuyến nông n"),
        (26, date(2024, 3, 26), None, None, False, "postpone", "Hội nghị giao ban khối dân vận"),
    ])
    btv, briefing, study, _, plenum, _, _ = result.drafts
    # wrapped over three lines, the page number and running header between others dropped
    assert btv.title.endswith("cấp xã") and "HUYỆN ỦY" not in btv.title
    assert (btv.chair, btv.subject, btv.location) == ("Bí thư Huyện ủy", "Ban Thường vụ Huyện ủy", "Phòng họp Huyện ủy")
    assert briefing.weekly == (0, "morning") and briefing.subject == "Thường trực Huyện ủy"
    assert study.subject == "Ban Chấp hành Đảng bộ huyện"
    assert study.agenda[0].units == [("Ban Tuyên giáo Huyện ủy", "lead")]
    assert plenum.subject == "Ban Chấp hành Đảng bộ huyện"
    assert not [d for d in result.drafts if "Trang" in d.title or "XIII" in d.title[:5]]
    # "(khóa\nXIII) về …" is not section XIII; "ngày 21/4/2021" of the Nghị quyết is no event; 12/3/2023 is
    # outside March 2024
    assert skipped(result) == [(3, "ngày ký văn bản"), (7, "ngày của văn bản dẫn chiếu"),
                               (27, "ngoài thời gian của chương trình")]
    assert result.warnings == ["Dòng 27: ngày 12/03/2023 ngoài thời gian của chương trình (01/03/2024 – 31/03/2024), "
                               "đã bỏ qua"]


def test_damaged_lines_are_repaired_one_by_one():
    text = doc("ubnd-huyen-hong-2024-10.txt")
    assert line_damaged("Hội n hị UBND hu  n thường kỳ") and not line_damaged("Hội nghị UBND huyện thường kỳ")
    result = parse(text, names=["Phòng Văn hóa và Thông tin"])
    meeting = result.drafts[0]
    assert (meeting.day, meeting.title) == (date(2024, 10, 8), "Hội nghị UBND huyện thường kỳ tháng 10")
    assert meeting.subject == "UBND huyện"
    assert [i.units for i in meeting.agenda] == [
        [("Phòng Tài chính - Kế hoạc", "lead")],  # a lost last letter: matched against the directory (resolve)
        [("Phòng Văn hóa và Thông tin", "lead")], [("Công an huyện", "lead")]]
    assert result.drafts[1].subject == "Lãnh đạo UBND tỉnh"
    assert normalise("Hội n hị UBND hu  n\nHội nghị  tháng 10") == "Hội nghị UBND huyện\nHội nghị  tháng 10"


def test_word_paragraph_numbers_and_headings_of_every_form():
    blocks = [Block("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023", 1),
              Block("Phần I - NHIỆM VỤ TRỌNG TÂM", 2), Block("Chào mừng ngày Nhà giáo Việt Nam 20/11.", 3, "1."),
              Block("Phần II: LỊCH CÔNG TÁC", 4),
              Block("Hội nghị giao ban quý IV", 5, "1.", 0), Block("Ngày 14/11/2023", 6),
              Block("Hội nghị sơ kết công tác tuyển quân: ngày 16/11/2023", 7, "2.", 0),
              Block("Báo cáo kết quả tuyển quân (Ban Chỉ huy Quân sự huyện chuẩn bị)", 8, "a)", 1)]
    result = parse(Document(blocks))
    assert [(d.line, d.day, d.title) for d in result.drafts] == [
        (5, date(2023, 11, 14), "Hội nghị giao ban quý IV"),
        (7, date(2023, 11, 16), "Hội nghị sơ kết công tác tuyển quân")]
    assert result.drafts[1].agenda[0].units == [("Ban Chỉ huy Quân sự huyện", "lead")]
    assert skipped(result) == [(3, "ngày trong phần nhiệm vụ")]
    assert result.document.title == "Chương trình công tác tháng 11 năm 2023"


def test_day_headings_and_slot_lines_of_weekly_schedules():
    text = "\n".join([
        "LỊCH CÔNG TÁC TUẦN 41", "(Từ ngày 06/10/2025 đến ngày 12/10/2025)",
        "Thứ Hai (06/10)", "Sáng:", "- Giao ban đầu tuần.", "- Họp chi bộ.",
        "THỨ BA - 07/10/2025", "08h00: Kiểm tra công trình trường học.",
        "Ngày 08/10/2025 (Thứ Tư)", "- Buổi chiều: 14h30', Hội nghị trực tuyến về chuyển đổi số.",
        "Thứ Năm, ngày 09/10/2025", "8 giờ: Tiếp đoàn công tác của tỉnh.",
        "Thứ Sáu, ngày 10/10/2025"])
    result = parse(text)
    assert (result.document.kind, result.document.period_start) == ("weekly", date(2025, 10, 6))
    assert [(d.day.day, d.slot, d.clock, d.title) for d in result.drafts] == [
        (6, "morning", None, "Giao ban đầu tuần"), (6, "morning", None, "Họp chi bộ"),
        (7, None, time(8), "Kiểm tra công trình trường học"),
        (8, "afternoon", time(14, 30), "Hội nghị trực tuyến về chuyển đổi số"),
        (9, None, time(8), "Tiếp đoàn công tác của tỉnh")]
    assert skipped(result) == [(13, "ngày không có sự kiện")]


def test_week_number_period():
    result = parse("LỊCH CÔNG TÁC TUẦN 41 NĂM 2025\nThứ Hai, ngày 06/10/2025\n- Sáng: Giao ban.")
    assert (result.document.kind, result.document.period_start, result.document.period_end) == (
        "weekly", date(2025, 10, 6), date(2025, 10, 12))
    assert (result.year, result.month) == (2025, 10)


@pytest.fixture
def ids(api):
    return make_directory(api)


def test_levels_and_a_lost_letter_through_the_api(api, ids):
    """'Công an huyện' is not 'Công an tỉnh', 'Lãnh đạo UBND tỉnh' not 'Lãnh đạo UBND huyện'; a long unit name
    with a letter lost still matches."""
    for name in ("Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin"):
        api.created("/api/units", {"name": name, "emails": ["x@example.gov.vn"]})
    response = api.post("/api/imports", {"text": doc("ubnd-huyen-hong-2024-10.txt")})
    assert response.status_code == 201, response.get_json()
    result = response.get_json()
    meeting, visit, reception = result["events"]
    assert [i["preparing_units"] for i in meeting["agenda"]] == [
        ["Phòng Tài chính - Kế hoạch"], ["Phòng Văn hóa và Thông tin"], ["Công an huyện"]]
    assert visit["attendees"] == ["Lãnh đạo UBND tỉnh"]
    assert reception["chair"] == "Nguyễn Văn Bình"
    assert "Dòng 9: không tìm thấy đơn vị 'Công an huyện' trong danh bạ" in result["warnings"]
    assert "Dòng 10: không tìm thấy 'Lãnh đạo UBND tỉnh' trong danh bạ (nhóm, người)" in result["warnings"]


def test_numbering_without_separators_and_notes_of_slots():
    """"I NHIỆM VỤ", "II/", "1/", "III –", "IV)"; a heading's date on the next line; a weekly series as a
    heading; "(sáng; dự: đ/c Hạnh)"; "(8h30)" before the date; "theo giấy mời", "thông báo sau"."""
    result = parse(doc("ubnd-tinh-2023-11-forms.txt"))
    assert result.document.issuer == "UBND tỉnh Bắc Nam"
    assert [row(d) for d in result.drafts] == rows([
        (7, date(2023, 11, 21), None, None, False, None, "Hội nghị UBND tỉnh thường kỳ"),
        (11, None, "afternoon", None, False, None, "Giao ban thường trực UBND tỉnh"),
        (12, date(2023, 11, 9), "morning", None, False, None, "Thường trực HĐND tỉnh tham dự giám sát"),
        (13, date(2023, 11, 10), None, time(8), False, None, "Phó Chủ tịch Lò Văn Khiêm dự Hội thảo khoa học"),
        (15, date(2023, 11, 15), None, None, False, None, "Chủ tịch UBND tỉnh tiếp công dân định kỳ"),
        (17, date(2023, 11, 23), None, time(8, 30), False, None, "Hội nghị tổng kết phong trào thi đua"),
        (18, None, None, None, False, None, "Hội nghị đối thoại doanh nghiệp"),
    ])
    session, briefing, oversight, seminar, reception, _, _ = result.drafts
    assert [(i.number, i.units) for i in session.agenda] == [
        (1, [("Sở Kế hoạch và Đầu tư", "lead")]), (2, [("Sở Tài chính", "lead")])]
    assert (briefing.weekly, briefing.subject) == ((0, "afternoon"), "Thường trực UBND tỉnh")
    assert oversight.subject == "Thường trực HĐND tỉnh, Hạnh"
    assert (seminar.subject, seminar.location) == ("Lò Văn Khiêm", "Hội trường Công an tỉnh")
    assert reception.chair == "Chủ tịch UBND tỉnh" and reception.kind == "reception"
    assert skipped(result) == [(5, "ngày trong phần nhiệm vụ")]


def test_table_runs_go_to_the_table_reader(monkeypatch):
    """A run of rows (not the header) goes to `table_drafts`; when it is no schedule table (None), its cells
    are read as paragraphs, in order."""
    from service.importer import parse as stage
    from service.importer.found import Skipped
    from service.importer.parse import Draft

    rows = [Block(line=3, cells=[["Ngày"], ["Nội dung"]]),
            Block(line=4, cells=[["Thứ Hai, ngày 06/11/2023"], ["- Sáng: Giao ban Lãnh đạo UBND huyện."]])]
    document = Document([Block("LỊCH CÔNG TÁC THÁNG 11 NĂM 2023", 1), Block("I. LỊCH CÔNG TÁC", 2), *rows,
                         Block("- Ngày 20/11/2023: Hội nghị tổng kết.", 5)])
    seen = []
    monkeypatch.setattr(stage, "table_drafts", lambda blocks, year, month: seen.append(blocks) or None)
    as_cells = parse(document)
    assert [len(b) for b in seen] == [2]
    assert [(d.line, d.day, d.slot, d.title) for d in as_cells.drafts] == [
        (4, date(2023, 11, 6), "morning", "Giao ban Lãnh đạo UBND huyện"), (5, date(2023, 11, 20), None, "Hội nghị tổng kết")]

    class Result:
        drafts = [Draft("Từ bảng", "meeting", 4, day=date(2023, 11, 6))]
        warnings = ["Dòng 4: từ bảng"]
        skipped = [Skipped(3, "Ngày | Nội dung", "dòng tiêu đề của bảng")]
    monkeypatch.setattr(stage, "table_drafts", lambda blocks, year, month: Result)
    from_table = parse(document)
    assert [(d.line, d.title) for d in from_table.drafts] == [(4, "Từ bảng"), (5, "Hội nghị tổng kết")]
    assert from_table.warnings == ["Dòng 4: từ bảng"]
    assert skipped(from_table) == [(3, "dòng tiêu đề của bảng")]


def test_header_in_a_word_table_row():
    header = Block(line=1, cells=[["ỦY BAN NHÂN DÂN", "XÃ  HÒA  BÌNH"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                                        "Hòa Bình, ngày 03 tháng 10 năm 2025"]])
    result = parse(Document([header, Block("LỊCH CÔNG TÁC TUẦN", 2), Block("Từ ngày 06/10 đến ngày 12/10/2025", 3),
                             Block("THỨ HAI, NGÀY 06/10/2025", 4), Block("Sáng: Giao ban.", 5, "-")]))
    assert (result.document.issuer, result.document.kind) == ("UBND xã Hòa Bình", "weekly")
    assert (result.document.period_start, result.document.period_end) == (date(2025, 10, 6), date(2025, 10, 12))
    assert [(d.day, d.slot, d.title) for d in result.drafts] == [(date(2025, 10, 6), "morning", "Giao ban")]
    assert skipped(result) == [(1, "ngày ký văn bản")]


def test_weekly_list_of_leaders_with_hours_first():
    """"- 8 giờ, Phó Chủ tịch X dự …. Điểm tại …", "- 14 giờ, Chủ tịch họp …", "+ … (ngày; dự: đ/c Hạnh)", a
    heading "THỨ HAI     14/3"; the issuer read from the title."""
    result = parse(doc("ubnd-tinh-tuan-2022-03.txt"))
    assert (result.document.issuer, result.document.kind, result.document.period_end) == (
        "UBND tỉnh", "weekly", date(2022, 3, 18))
    assert [row(d) for d in result.drafts] == rows([
        (5, date(2022, 3, 14), None, time(8), False, None, "Phó Chủ tịch Lò Văn Khiêm dự Hội thảo"),
        (6, date(2022, 3, 14), None, time(14), False, None, "Chủ tịch họp Thường trực Tỉnh ủy"),
        (8, date(2022, 3, 15), "full_day", None, False, None, "Thường trực HĐND tỉnh dự họp Ban Thường"),
        (9, date(2022, 3, 15), "afternoon", None, False, None, "Ban Pháp chế giám sát Sở Nội vụ"),
        (11, date(2022, 3, 16), "afternoon", None, False, "cancel", "Họp Hội đồng thi đua khen thưởng tỉnh"),
    ])
    seminar, meeting, visit, _, cancelled = result.drafts
    assert (seminar.subject, seminar.location) == ("Lò Văn Khiêm", "Hội trường trực tuyến Công an tỉnh")
    assert (meeting.chair, meeting.location) == ("Chủ tịch UBND tỉnh", "phòng họp số 3 Tỉnh ủy")
    assert visit.subject == "Thường trực HĐND tỉnh, Hạnh"
    assert cancelled.title == "Họp Hội đồng thi đua khen thưởng tỉnh"
    assert skipped(result) == [(4, "làm việc tại cơ quan")]


def test_weekday_and_date_on_two_lines_and_footers():
    result = parse("LỊCH CÔNG TÁC TUẦN\n(Từ ngày 14/7/2025 đến ngày 20/7/2025)\nThứ 2\n14/7\n"
                   "Sáng: Hội nghị Thường trực Tỉnh ủy.\nLịch công tác tuần - Trang 2\nThứ 3\n15/7\n- Chiều: Họp giao ban.")
    assert [(d.line, d.day, d.slot, d.title) for d in result.drafts] == [
        (5, date(2025, 7, 14), "morning", "Hội nghị Thường trực Tỉnh ủy"),
        (9, date(2025, 7, 15), "afternoon", "Họp giao ban")]
    assert result.warnings == [] and result.skipped == []


def test_group_headings_and_hour_ranges():
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2024\nI. LỊCH CÔNG TÁC\n1. Hội nghị, hội thảo:\n"
                   "- Ngày 06/5/2024: Hội nghị sơ kết quý I.\n- Ngày 08/5/2024, từ 8h00 - 11h00: Hội thảo chuyển đổi số.\n"
                   "2. Làm việc với các xã\n- Ngày 10/5/2024: Làm việc với xã Tân Lập.")
    assert [(d.line, d.day, d.clock, d.title) for d in result.drafts] == [
        (4, date(2024, 5, 6), None, "Hội nghị sơ kết quý I"),
        (5, date(2024, 5, 8), time(8), "Hội thảo chuyển đổi số"),
        (7, date(2024, 5, 10), None, "Làm việc với xã Tân Lập")]
    assert result.warnings == [] and result.skipped == []


def test_notes_to_readers_are_no_events():
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2024\nI. LỊCH CÔNG TÁC\n- Ngày 06/5/2024: Hội nghị sơ kết quý I.\n"
                   "- Hội nghị tổng kết: thông báo sau.\nLịch cụ thể của các hội nghị sẽ thông báo sau.\n"
                   "Trường hợp thay đổi, Văn phòng thông báo trước ngày 03/5/2024.")
    assert [(d.line, d.day, d.title) for d in result.drafts] == [
        (3, date(2024, 5, 6), "Hội nghị sơ kết quý I"), (4, None, "Hội nghị tổng kết")]
    assert skipped(result) == [(5, "ghi chú, không phải sự kiện"), (6, "ghi chú, không phải sự kiện")]


def test_several_hours_in_one_line_and_slot_words_alone():
    result = parse("LỊCH CÔNG TÁC TUẦN\n(Từ ngày 06/10/2025 đến ngày 12/10/2025)\nThứ Hai\n06/10\nSáng\n"
                   "- 7h30: Chào cờ đầu tuần; 8h30: Họp giao ban Thường trực UBND xã.\nChiều: Làm việc tại cơ quan.")
    assert [(d.line, d.day, d.slot, d.clock, d.title) for d in result.drafts] == [
        (6, date(2025, 10, 6), "morning", time(7, 30), "Chào cờ đầu tuần"),
        (6, date(2025, 10, 6), "morning", time(8, 30), "Họp giao ban Thường trực UBND xã")]
    assert skipped(result) == [(7, "làm việc tại cơ quan")]


def test_field_lines_under_an_event():
    """Party schedules often write an event's fields one a line: Chủ trì, Thành phần, Địa điểm, Nội dung,
    Đơn vị chuẩn bị."""
    result = parse("HUYỆN ỦY TÂN LẬP\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2024\nI. LỊCH CÔNG TÁC\n"
                   "1. Ngày 05/3/2024: Hội nghị Ban Thường vụ Huyện ủy.\n- Chủ trì: Đồng chí Bí thư Huyện ủy.\n"
                   "- Thành phần: Ban Thường vụ Huyện ủy, lãnh đạo các ban xây dựng Đảng.\n- Địa điểm: Phòng họp Huyện ủy.\n"
                   "- Nội dung: Cho ý kiến về Đề án nhân sự.\n- Đơn vị chuẩn bị: Ban Tổ chức Huyện ủy.\n"
                   "2. Ngày 07/3/2024: Làm việc với Đảng ủy xã Tân Hòa.\n"
                   "- Chủ trì: Đồng chí Nguyễn Văn Bình, Phó Bí thư Huyện ủy.")
    btv, visit = result.drafts
    assert (btv.day, btv.title, btv.chair, btv.location) == (
        date(2024, 3, 5), "Hội nghị Ban Thường vụ Huyện ủy", "Bí thư Huyện ủy", "Phòng họp Huyện ủy")
    assert btv.subject == "Ban Thường vụ Huyện ủy, lãnh đạo các ban xây dựng Đảng"
    assert [(i.title, i.units) for i in btv.agenda] == [("Cho ý kiến về Đề án nhân sự", [("Ban Tổ chức Huyện ủy", "lead")])]
    assert (visit.day, visit.chair, visit.chair_note) == (date(2024, 3, 7), "Nguyễn Văn Bình", "Phó Bí thư Huyện ủy")
    assert result.warnings == [] and result.skipped == []


def test_short_spans_and_pairs_of_days():
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023\nI. LỊCH CÔNG TÁC\n"
                   "1. Ngày 13-15/11/2023: Đoàn kiểm tra liên ngành làm việc tại các xã.\n"
                   "2. Ngày 20 và 21/11/2023: Tập huấn nghiệp vụ văn thư.")
    assert [(d.line, d.day, d.span) for d in result.drafts] == [
        (3, None, (date(2023, 11, 13), date(2023, 11, 15))), (4, date(2023, 11, 20), None), (4, date(2023, 11, 21), None)]


def test_week_period_without_tu_ngay():
    result = parse("LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND TỈNH\nTuần 41 (06/10 - 12/10/2025)\nThứ Hai (06/10)\n"
                   "- 8 giờ: Chủ tịch dự họp Ban Thường vụ Tỉnh ủy.")
    info = result.document
    assert (info.issuer, info.kind, info.period_start, info.period_end) == (
        "UBND tỉnh", "weekly", date(2025, 10, 6), date(2025, 10, 12))
    assert info.title == "Lịch làm việc của lãnh đạo UBND tỉnh tuần 41 06/10 - 12/10/2025"
    assert [(d.day, d.clock, d.subject) for d in result.drafts] == [(date(2025, 10, 6), time(8), "Chủ tịch UBND tỉnh")]


def test_a_named_leader_and_slots_inside_a_leader_line():
    result = parse("ỦY BAN NHÂN DÂN\nHUYỆN TÂN LẬP\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 06/10/2025 đến ngày 12/10/2025)\n"
                   "THỨ HAI, NGÀY 06/10/2025\n- Phó Chủ tịch Nguyễn Văn An: Sáng: dự Hội nghị khuyến nông; "
                   "Chiều: chủ trì họp Ban Chỉ đạo phòng chống thiên tai.\n- Chủ tịch: Chiều làm việc tại cơ quan.")
    assert [(d.slot, d.chair, d.subject, d.title) for d in result.drafts] == [
        ("morning", "Nguyễn Văn An", "Nguyễn Văn An", "Dự Hội nghị khuyến nông"),
        ("afternoon", "Nguyễn Văn An", None, "Họp Ban Chỉ đạo phòng chống thiên tai")]
    assert skipped(result) == [(7, "làm việc tại cơ quan")]


def test_monthly_reception_rules_fall_on_their_day_of_the_month():
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023\nIII. LỊCH TIẾP CÔNG DÂN\n"
                   "- Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở tiếp công dân.\n"
                   "- Bí thư Huyện ủy tiếp công dân vào sáng thứ Ba, tuần thứ ba hằng tháng.")
    assert [(d.day, d.slot, d.kind, d.chair, d.title) for d in result.drafts] == [
        (date(2023, 11, 15), None, "reception", "Chủ tịch UBND huyện", "Chủ tịch UBND huyện tiếp công dân định kỳ tại Trụ sở tiếp công dân"),
        (date(2023, 11, 21), "morning", "reception", "Bí thư Huyện ủy", "Bí thư Huyện ủy tiếp công dân")]
    assert result.drafts[0].location == "Trụ sở tiếp công dân"


def test_invited_units_join_the_attendees():
    result = parse("ỦY BAN NHÂN DÂN\nHUYỆN TÂN LẬP\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 06/10/2025 đến ngày 12/10/2025)\n"
                   "THỨ HAI, NGÀY 06/10/2025\n- Chủ tịch: 14 giờ, họp nghe báo cáo tiến độ sáp nhập xã, mời Trưởng phòng "
                   "Nội vụ, UBND xã Tân Hòa cùng dự (Phòng Nội vụ chuẩn bị báo cáo), điểm tại Hội trường UBND huyện "
                   "(LĐVP: Đ/c Minh).")
    (meeting,) = result.drafts
    assert (meeting.clock, meeting.chair, meeting.subject, meeting.staff, meeting.location, meeting.title) == (
        time(14), "Chủ tịch UBND huyện", "Trưởng phòng Nội vụ, UBND xã Tân Hòa", "Minh", "Hội trường UBND huyện",
        "Họp nghe báo cáo tiến độ sáp nhập xã")
    assert meeting.agenda[0].units == [("Phòng Nội vụ", "lead")]


def test_letters_the_repair_cannot_restore_are_reported():
    text = doc("ubnd-huyen-hong-2024-10.txt").replace("du lịch cộng đồng", "du lịch cộ  g đồng")
    assert parse(text).warnings == [
        "Dòng 8: 'Đề án phát triển du lịch cộ g đồng (Phòng Văn hóa và Thông t': còn chữ bị mất khi trích từ PDF, "
        "hãy kiểm tra tiêu đề"]
    assert parse(doc("ubnd-huyen-hong-2024-10.txt")).warnings == []


WEEK_BY_SLOT = """ỦY BAN NHÂN DÂN
XÃ AN THẠNH
LỊCH CÔNG TÁC CỦA LÃNH ĐẠO UBND XÃ AN THẠNH
(Tuần 32, từ ngày 04/8/2025 đến ngày 08/8/2025)
THỨ HAI (04/8/2025):
* SÁNG:
1. 07 giờ 30’: Phó Chủ tịch UBND xã Lâm Ngọc Hân chủ trì họp rà soát hồ sơ đất đai tồn đọng.
Thành phần: Công chức Địa chính; Trưởng các thôn.
Địa điểm: Hội trường UBND xã.
- Báo cáo số hồ sơ tồn đọng (Phòng Kinh tế chuẩn bị).
- Phương án giải quyết dứt điểm (Công an xã chủ trì, phối hợp với Phòng Kinh tế chuẩn bị).
2. 10 giờ 00’: Chủ tịch UBND xã Đoàn Văn Khởi đi kiểm tra tuyến đê bao.
(Giao Phòng Kinh tế chuẩn bị nội dung)
* CHIỀU:
1. 14 giờ 00’: Làm việc với Đoàn giám sát của HĐND xã.
Chủ trì: Chủ tịch UBND xã Đoàn Văn Khởi.
Trong tuần, nếu có điều chỉnh, Văn phòng sẽ thông báo sau.
"""


def test_numbered_hours_under_slot_headings_with_field_lines():
    """"1. 07 giờ 30’: …" is item 1 at 07:30 (not a date 1/7); "Thành phần:/Địa điểm:/Chủ trì:" lines and the
    dashed agenda under it are that event's; "(Giao X chuẩn bị nội dung)" gives the event its unit; a closing
    "nếu có điều chỉnh … thông báo sau" is a note."""
    result = parse(WEEK_BY_SLOT)
    assert [(d.line, d.day, d.slot, d.clock, d.chair) for d in result.drafts] == [
        (7, date(2025, 8, 4), "morning", time(7, 30), "Lâm Ngọc Hân"),
        (12, date(2025, 8, 4), "morning", time(10), "Đoàn Văn Khởi"),
        (15, date(2025, 8, 4), "afternoon", time(14), "Đoàn Văn Khởi")]
    first, second, third = result.drafts
    assert (first.location, first.subject) == ("Hội trường UBND xã", "Công chức Địa chính; Trưởng các thôn")
    assert [(i.title, i.units) for i in first.agenda] == [
        ("Báo cáo số hồ sơ tồn đọng", [("Phòng Kinh tế", "lead")]),
        ("Phương án giải quyết dứt điểm", [("Công an xã", "lead"), ("Phòng Kinh tế", "support")])]
    assert [i.units for i in second.agenda] == [[("Phòng Kinh tế", "lead")]]
    assert (17, "ghi chú, không phải sự kiện") in skipped(result)


def test_a_title_wrapped_before_its_place_name_still_gives_the_period():
    """A justified PDF wraps the title before the commune's name, and the motto in its cell ("… VIỆT" /
    "NAM"): the period is on the line after the wrap, the issuer is still the commune."""
    text = ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nXÃ BÌNH LỘC\nNAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "LỊCH CÔNG TÁC CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN XÃ\nBÌNH LỘC\n(Tuần 41, từ ngày 06/10/2025 đến ngày 10/10/2025)\n"
            "THỨ HAI (06/10/2025):\n- 08 giờ 00’: Chủ tịch UBND xã họp giao ban.\n")
    result = parse(text)
    info = result.document
    assert (info.issuer, info.kind, info.period_start, info.period_end) == (
        "UBND xã Bình Lộc", "weekly", date(2025, 10, 6), date(2025, 10, 10))
    assert [(d.day, d.clock) for d in result.drafts] == [(date(2025, 10, 6), time(8))]


def test_fields_written_inside_the_event_line():
    """"… . Chủ trì: …. Địa điểm: …. (X chuẩn bị)." in one paragraph: the fields are the event's, not its
    title; "cao điểm" is no "điểm tại"; "(X chủ trì, phối hợp Y): thời gian theo kế hoạch riêng" gives units;
    a dashed line with its unit under an inspection (not a meeting) is its agenda item."""
    result = parse("CHƯƠNG TRÌNH\nCông tác tháng 3 năm 2025 của UBND xã Tân Mỹ\nII. LỊCH CÔNG TÁC\n"
                   "1. Sáng ngày 05/3/2025 (thứ Tư): Ra quân đợt cao điểm phòng chống cháy rừng mùa khô. Chủ trì: "
                   "Phó Chủ tịch UBND xã Mai Đức Lực. Địa điểm: Bãi đỗ xe thôn Trung. (Kiểm lâm địa bàn chuẩn bị).\n"
                   "2. Ngày 12/3/2025 (thứ Tư): Kiểm tra công tác tiêm phòng gia súc. Thành phần: Cán bộ thú y xã.\n"
                   "- Báo cáo tiến độ tiêm phòng (Phòng Kinh tế chuẩn bị).\n"
                   "3. Tập huấn kỹ năng cứu hộ (Công an xã chủ trì, phối hợp Đội PCCC khu vực): thời gian theo "
                   "kế hoạch riêng.\n")
    first, second, third = result.drafts
    assert (first.title, first.chair, first.location) == (
        "Ra quân đợt cao điểm phòng chống cháy rừng mùa khô", "Mai Đức Lực", "Bãi đỗ xe thôn Trung")
    assert [i.units for i in first.agenda] == [[("Kiểm lâm địa bàn", "lead")]]
    assert (second.title, second.subject) == ("Kiểm tra công tác tiêm phòng gia súc", "Cán bộ thú y xã")
    assert [(i.title, i.units) for i in second.agenda] == [("Báo cáo tiến độ tiêm phòng", [("Phòng Kinh tế", "lead")])]
    assert (third.day, third.title) == (None, "Tập huấn kỹ năng cứu hộ")
    assert [i.units for i in third.agenda] == [[("Công an xã", "lead"), ("Đội PCCC khu vực", "support")]]


def test_weekly_changes_hours_in_brackets_and_notes_on_the_schedule():
    """"Chiều (14 giờ 00): …" is the slot and the hour; "- lùi sang 9 giờ 00 chiều thứ Tư, ngày 18/9/2024"
    moves it (new day and hour); "chuyển từ ngày 10/9" is the old date, not the event's; "(HOÃN, …)" cancels;
    "không họp tại X" is not the place; "Lịch này thay cho Lịch đã gửi ngày …" is a note."""
    result = parse("LỊCH CÔNG TÁC TUẦN 38 CỦA LÃNH ĐẠO UBND HUYỆN\n(Từ ngày 16/9 đến ngày 20/9/2024)\n"
                   "Thứ Hai, ngày 16/9/2024\n"
                   "- Chiều (14 giờ 00): Phó Chủ tịch UBND huyện Đinh Công Lý làm việc với Phòng Y tế.\n"
                   "- Sáng: Hội nghị bàn giải pháp giảm nghèo (Phòng Lao động chuẩn bị) - lùi sang 9 giờ 00 chiều thứ "
                   "Tư, ngày 18/9/2024.\n"
                   "Thứ Ba, ngày 17/9/2024\n"
                   "- Sáng: Chủ tịch UBND huyện tiếp công dân (HOÃN, thời gian thông báo sau).\n"
                   "- Chiều: Họp Ban Chỉ đạo xây dựng nông thôn mới, tại Phòng họp số 3 (đổi phòng, không họp tại "
                   "Phòng họp số 1).\n"
                   "Thứ Năm, ngày 19/9/2024\n"
                   "- Sáng: Thường trực Huyện ủy, lãnh đạo UBND huyện làm việc với Đoàn khảo sát của tỉnh (Văn phòng "
                   "chuẩn bị; chuyển từ ngày 10/9/2024).\n"
                   "Lịch công tác tuần này thay cho Lịch đã gửi ngày 13/9/2024.\n")
    assert [(d.day, d.slot, d.clock, d.change, d.chair) for d in result.drafts] == [
        (date(2024, 9, 16), "afternoon", time(14), None, "Đinh Công Lý"),
        (date(2024, 9, 18), "afternoon", time(9), "postpone", None),
        (date(2024, 9, 17), "morning", None, "cancel", "Chủ tịch UBND huyện"),
        (date(2024, 9, 17), "afternoon", None, None, None),
        (date(2024, 9, 19), "morning", None, None, None)]
    assert result.drafts[1].agenda[0].units == [("Phòng Lao động", "lead")]
    assert result.drafts[3].location == "Phòng họp số 3"
    assert result.drafts[4].subject == "Thường trực Huyện ủy, lãnh đạo UBND huyện"
    assert (11, "ghi chú, không phải sự kiện") in skipped(result)


def test_lettered_events_with_items_deadlines_and_short_numbered_sections():
    """"b) Sáng ngày …: Hội nghị …" takes the dashed lines under it as items (a dash below a letter is a
    child); "Phần I. KẾT QUẢ … THÁNG 4 NĂM 2025" is a section, not the title; "… trước ngày 28/5" is a
    deadline; "3. Tổ chức thực hiện" is a heading, its paragraph not joined to it."""
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2025\ncủa Ban Chấp hành Đảng bộ xã\n"
                   "Phần I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 4 NĂM 2025\n"
                   "Trong tháng 4, ngày 15/4/2025 Ban Thường vụ đã tổ chức hội nghị chuyên đề.\n"
                   "Phần II. NHIỆM VỤ THÁNG 5 NĂM 2025\n1. Nhiệm vụ trọng tâm\n"
                   "a) Rà soát hồ sơ đảng viên, gửi Văn phòng Đảng ủy trước ngày 20/5/2025.\n"
                   "2. Hội nghị, hoạt động\n"
                   "a) Sáng ngày 06/5/2025 (thứ Ba): Hội nghị Ban Thường vụ Đảng ủy xã.\n"
                   "- Cho ý kiến dự thảo báo cáo sơ kết (Văn phòng Đảng ủy chuẩn bị).\n"
                   "- Xét kết nạp đảng viên (Ban Xây dựng Đảng chuẩn bị).\n"
                   "b) Ngày 20/5/2025 (thứ Ba): Kiểm tra chi bộ thôn Đông.\n"
                   "3. Tổ chức thực hiện\n"
                   "Văn phòng Đảng ủy theo dõi, báo cáo kết quả về Ban Thường vụ trước ngày 28/5/2025.\n")
    assert [(d.day, d.title) for d in result.drafts] == [
        (date(2025, 5, 6), "Hội nghị Ban Thường vụ Đảng ủy xã"), (date(2025, 5, 20), "Kiểm tra chi bộ thôn Đông")]
    assert [(i.title, i.units) for i in result.drafts[0].agenda] == [
        ("Cho ý kiến dự thảo báo cáo sơ kết", [("Văn phòng Đảng ủy", "lead")]),
        ("Xét kết nạp đảng viên", [("Ban Xây dựng Đảng", "lead")])]
    assert (4, "ngày trong phần nhiệm vụ") in skipped(result)
    assert (14, "ngày trong phần nhiệm vụ") in skipped(result)


def test_a_deadline_in_the_schedule_is_no_event():
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2025\nII. LỊCH CÔNG TÁC\n"
                   "1. Sáng ngày 06/5/2025: Hội nghị giao ban khối thi đua.\n"
                   "Các thôn gửi báo cáo về Văn phòng chậm nhất ngày 25/5/2025.\n")
    assert [d.day for d in result.drafts] == [date(2025, 5, 6)]
    assert (4, "hạn hoàn thành, không phải sự kiện") in skipped(result)


def test_hard_wrapped_fields_letters_with_slashes_and_fields_of_every_day():
    """A text file wrapped at a fixed width: "Địa điểm:" / "Hội trường …" is the field's value wrapped; "a/"
    after "2) Các cuộc họp khác" is a new event, not more of the heading; "Địa điểm:" under "Vào các ngày 10
    và 25/10" is the place of both days."""
    result = parse("CHƯƠNG TRÌNH\nCông tác tháng 10 năm 2023 của UBND huyện Mỹ Lộc\nII - CÁC HỘI NGHỊ, CUỘC HỌP\n"
                   "2) Các cuộc họp khác\n"
                   "a/ Ngày 05/10/2023 (thứ Năm), 14 giờ: Họp Hội đồng thi đua khen thưởng huyện. Chủ trì: Phó\n"
                   "Chủ tịch UBND huyện Hà Văn Tư. Địa điểm:\nHội trường UBND huyện. (Phòng Nội vụ chuẩn bị).\n"
                   "III - TIẾP CÔNG DÂN\n1) Vào các ngày 10 và 25/10/2023: Chủ tịch UBND huyện tiếp công dân định kỳ.\n"
                   "Địa điểm: Trụ sở Tiếp công dân huyện.\n")
    assert [(d.day, d.clock, d.chair, d.location) for d in result.drafts] == [
        (date(2023, 10, 5), time(14), "Hà Văn Tư", "Hội trường UBND huyện"),
        (date(2023, 10, 10), None, "Chủ tịch UBND huyện", "Trụ sở Tiếp công dân huyện"),
        (date(2023, 10, 25), None, "Chủ tịch UBND huyện", "Trụ sở Tiếp công dân huyện")]
    assert result.drafts[0].agenda[0].units == [("Phòng Nội vụ", "lead")]


def test_unit_names_with_commas_and_several_leaders_with_cac():
    """"Sở Văn hóa, Thể thao và Du lịch" is one unit (the piece after the comma starts no unit's name);
    "Chủ tịch, các Phó Chủ tịch: 8 giờ, họp …" is a leader line with its hour."""
    result = parse("ỦY BAN NHÂN DÂN\nTỈNH BẮC LAM\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 18/9 đến ngày 22/9/2023)\n"
                   "THỨ BA, NGÀY 19/9/2023\n"
                   "- Chủ tịch, các Phó Chủ tịch: 8 giờ, họp Ban Cán sự đảng UBND tỉnh, điểm tại Phòng họp số 1.\n"
                   "- Chủ tịch: 15 giờ, nghe báo cáo đề án du lịch cộng đồng (Sở Văn hóa, Thể thao và Du lịch, Công an "
                   "tỉnh chuẩn bị báo cáo), điểm tại Phòng họp số 2.\n")
    first, second = result.drafts
    assert (first.clock, first.title, first.location) == (time(8), "Họp Ban Cán sự đảng UBND tỉnh", "Phòng họp số 1")
    assert second.agenda[0].units == [("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Công an tỉnh", "support")]


def test_items_of_a_council_session_spanning_days():
    """A session over several days ("Dự kiến từ ngày 9 đến ngày 11/12/2024: Kỳ họp …") takes its dashed
    items; "(UBND tỉnh trình, Ban Pháp chế HĐND tỉnh thẩm tra)": the unit that submits, the one that reviews."""
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12 NĂM 2024 CỦA THƯỜNG TRỰC HĐND TỈNH\nII. LỊCH CÔNG TÁC\n"
                   "3. Dự kiến từ ngày 09 đến ngày 11/12/2024: Kỳ họp thứ Mười, HĐND tỉnh khóa XVII.\n"
                   "- Nghị quyết về giá đất năm 2025 (UBND tỉnh trình, Ban Pháp chế HĐND tỉnh thẩm tra).\n"
                   "- Báo cáo công tác phòng chống tham nhũng (Thanh tra tỉnh trình).\n")
    (session,) = result.drafts
    assert (session.span, session.tentative) == ((date(2024, 12, 9), date(2024, 12, 11)), True)
    assert [(i.title, i.units) for i in session.agenda] == [
        ("Nghị quyết về giá đất năm 2025", [("UBND tỉnh", "lead"), ("Ban Pháp chế HĐND tỉnh", "support")]),
        ("Báo cáo công tác phòng chống tham nhũng", [("Thanh tra tỉnh", "lead")])]


def test_a_numbered_meeting_with_its_time_chair_and_place_on_the_next_paragraph():
    """Word numbering: "1)" lives in numbering.xml; the next paragraph "Thời gian: ngày …; chủ trì: …; địa
    điểm: …. Nội dung:" gives the heading its date and its fields, the dashed items follow."""
    blocks = [Block("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 4 NĂM 2024", 1), Block("II - CÁC HỘI NGHỊ, CUỘC HỌP", 2),
              Block("Hội nghị UBND huyện thường kỳ tháng 4", 3, "1)", 0),
              Block("Thời gian: ngày 23/4/2024 (thứ Ba); chủ trì: Đồng chí Chủ tịch UBND huyện; địa điểm: Phòng họp "
                    "tầng 2 UBND huyện. Nội dung:", 4),
              Block("Báo cáo kinh tế - xã hội tháng 4 (Văn phòng chuẩn bị).", 5, "-", 1)]
    (meeting,) = parse(Document(blocks)).drafts
    assert (meeting.day, meeting.chair, meeting.location) == (
        date(2024, 4, 23), "Chủ tịch UBND huyện", "Phòng họp tầng 2 UBND huyện")
    assert [(i.title, i.units) for i in meeting.agenda] == [("Báo cáo kinh tế - xã hội tháng 4", [("Văn phòng", "lead")])]


def test_a_weekend_heading_with_two_weekdays_and_a_name_before_a_verb_in_d():
    """"THỨ BẢY, CHỦ NHẬT (08, 09/6/2024): …" is on both days, not the day above; "Phó Chủ tịch Lê Thị Mai
    đi kiểm tra": the name stops before "đi" (the letter class of capitals also holds "đ")."""
    result = parse("LỊCH LÀM VIỆC TUẦN CỦA THƯỜNG TRỰC UBND THÀNH PHỐ\n(Từ ngày 03/6/2024 đến ngày 09/6/2024)\n"
                   "NGÀY 07/6/2024 (THỨ SÁU)\n"
                   "Cả ngày: Phó Chủ tịch Lê Thị Mai đi kiểm tra công tác giải phóng mặt bằng (Hoãn).\n"
                   "THỨ BẢY, CHỦ NHẬT (08, 09/6/2024): Ra quân dọn vệ sinh môi trường các phường.\n")
    assert [(d.day, d.slot, d.change, d.chair) for d in result.drafts] == [
        (date(2024, 6, 7), "full_day", "cancel", "Lê Thị Mai"), (date(2024, 6, 8), None, None, None),
        (date(2024, 6, 9), None, None, None)]


def test_a_units_line_with_one_clause_a_unit():
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2025 CỦA UBND TỈNH\nB. LỊCH CÔNG TÁC\n"
                   "I. Phiên họp UBND tỉnh thường kỳ tháng 3: Sáng ngày 27/3/2025 (thứ Năm), tại Phòng họp số 1.\n"
                   "1. Báo cáo kinh tế - xã hội quý I.\n2. Dự thảo Nghị quyết về phí tham quan.\n"
                   "3. Đề án sắp xếp thôn, tổ dân phố.\n"
                   "(Sở Tài chính chuẩn bị nội dung 1, 2; Sở Nội vụ chuẩn bị nội dung 3)\n")
    (session,) = result.drafts
    assert [i.units for i in session.agenda] == [[("Sở Tài chính", "lead")], [("Sở Tài chính", "lead")],
                                                 [("Sở Nội vụ", "lead")]]


def test_a_body_line_in_a_leader_centric_schedule():
    """"- Thường trực Huyện ủy: 8 giờ, làm việc với …" is the body's event at 8:00 (the body attends); its
    label is not the title; "Lãnh đạo UBND huyện: Sáng làm việc tại cơ quan" is no event."""
    result = parse("LỊCH LÀM VIỆC CỦA THƯỜNG TRỰC HUYỆN ỦY\nTuần 12 (từ ngày 18/3 đến ngày 24/3/2024)\n"
                   "THỨ BA, NGÀY 19/3/2024\n"
                   "- Thường trực Huyện ủy: 8 giờ, làm việc với Huyện đoàn về công tác thanh niên, điểm tại phòng họp "
                   "số 2. 14 giờ, nghe báo cáo công tác dân vận.\n"
                   "- Lãnh đạo UBND huyện: Sáng làm việc tại cơ quan.\n")
    assert [(d.clock, d.subject, d.chair, d.title) for d in result.drafts] == [
        (time(8), "Thường trực Huyện ủy", None, "Làm việc với Huyện đoàn về công tác thanh niên"),
        (time(14), "Thường trực Huyện ủy", None, "Nghe báo cáo công tác dân vận")]
    assert result.drafts[0].location == "phòng họp số 2"
    assert (5, "làm việc tại cơ quan") in skipped(result)


def test_a_place_ends_where_the_chair_begins():
    """A wrapped PDF line: "… vào sáng" / "ngày 08/10/2024 (thứ Ba), tại Phòng họp Ban Thường vụ, đồng chí Bí
    thư chủ trì.": the date continues the sentence; the place is the room, the chair is not part of it."""
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2024\nII. CÁC HỘI NGHỊ\n"
                   "1. Hội nghị Ban Thường vụ Huyện ủy tháng 10 tổ chức vào sáng\n"
                   "ngày 08/10/2024 (thứ Ba), tại Phòng họp Ban Thường vụ, đồng chí Bí thư chủ trì.\n")
    (meeting,) = result.drafts
    assert (meeting.day, meeting.slot, meeting.location, meeting.title) == (
        date(2024, 10, 8), "morning", "Phòng họp Ban Thường vụ", "Hội nghị Ban Thường vụ Huyện ủy tháng 10")
    assert meeting.chair.startswith("Bí thư")


def test_an_hour_under_a_day_with_details_to_follow_keeps_its_day():
    result = parse("LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC HĐND TỈNH\n(Từ ngày 11/11/2024 đến ngày 15/11/2024)\n"
                   "Thứ Ba (12/11)\n- 14 giờ 00: Chủ tịch HĐND tỉnh tiếp xúc cử tri tại xã Hòa Thịnh (theo kế hoạch "
                   "riêng).\n")
    (meeting,) = result.drafts
    assert (meeting.day, meeting.clock, meeting.location) == (date(2024, 11, 12), time(14), "xã Hòa Thịnh")


def test_the_office_formulas_around_a_weekly_schedule_are_no_events():
    """"… thông báo lịch công tác tuần … như sau:", "… đúng thành phần./." (the body ends) and "… thông báo để
    các cơ quan, đơn vị biết, thực hiện" under the last day are not events of that day."""
    result = parse("LỊCH CÔNG TÁC TUẦN 45\n(Từ ngày 04/11/2024 đến ngày 08/11/2024)\n"
                   "Văn phòng UBND huyện thông báo lịch công tác tuần của lãnh đạo UBND huyện như sau:\n"
                   "THỨ TƯ (06/11)\n- 8h00: Họp Hội đồng thẩm định giá đất huyện.\n"
                   "Văn phòng UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện.\n"
                   "THỨ NĂM (07/11)\n- 8h00: Họp Ban Chỉ đạo chuyển đổi số.\n"
                   "Đề nghị các đơn vị liên quan tham dự đầy đủ, đúng thành phần./.\n"
                   "Chánh Văn phòng gửi các đơn vị để thực hiện.\n")
    assert [(d.day, d.title) for d in result.drafts] == [
        (date(2024, 11, 6), "Họp Hội đồng thẩm định giá đất huyện"), (date(2024, 11, 7), "Họp Ban Chỉ đạo chuyển đổi số")]


def test_weeks_of_a_monthly_program_and_vague_times():
    """"Tuần 1 (từ ngày 01/12 – 05/12/2025):" is a heading (its span with a dash, in brackets), not an event;
    "Trong tuần: …" is an event with no day."""
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12/2025 CỦA UBND XÃ PHÚ HỮU\nII. LỊCH CÔNG TÁC CỤ THỂ\n"
                   "Tuần 1 (từ ngày 01/12 – 05/12/2025):\n- Thứ Hai (01/12), 08g00: Chủ tịch UBND xã chủ trì họp giao ban.\n"
                   "- Trong tuần: Kiểm tra công tác phòng cháy tại các chợ.\n")
    assert [(d.day, d.clock, d.title) for d in result.drafts] == [
        (date(2025, 12, 1), time(8), "Chủ tịch UBND xã chủ trì họp giao ban"),
        (None, None, "Kiểm tra công tác phòng cháy tại các chợ")]


def test_a_field_line_under_a_title_without_a_full_stop_is_its_own():
    """"1) Sáng ngày …: Hội nghị … tháng 4" (no full stop) / "Chủ trì: …": the field is not more of the title."""
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 4 NĂM 2025\ncủa Ban Thường vụ Thành ủy\nII - CÁC HỘI NGHỊ, HOẠT ĐỘNG\n"
                   "1) Sáng ngày 08/4/2025 (thứ Ba): Hội nghị Ban Thường vụ Thành ủy thường kỳ tháng 4\n"
                   "Chủ trì: Đồng chí Bí thư Thành ủy.\nĐịa điểm: Phòng họp Ban Thường vụ Thành ủy.\n")
    (meeting,) = result.drafts
    assert (meeting.title, meeting.chair, meeting.location) == (
        "Hội nghị Ban Thường vụ Thành ủy thường kỳ tháng 4", "Bí thư Thành ủy", "Phòng họp Ban Thường vụ Thành ủy")


def test_lúc_before_an_hour_and_an_hour_that_contradicts_the_slot_above():
    result = parse("LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND PHƯỜNG\n(Từ ngày 06/01/2025 đến ngày 10/01/2025)\n"
                   "THỨ HAI, NGÀY 06/01/2025\n- Lúc 8 giờ 30: Chủ tịch UBND phường chủ trì họp triển khai nhiệm vụ.\n"
                   "- Sáng, 08 giờ 00: Họp Tổ công tác cải cách hành chính.\n"
                   "- Từ 14 giờ đến 16 giờ 30: Kiểm tra an toàn thực phẩm tại chợ Đông.\n")
    assert [(d.slot, d.clock, d.title) for d in result.drafts] == [
        (None, time(8, 30), "Chủ tịch UBND phường chủ trì họp triển khai nhiệm vụ"),
        ("morning", time(8), "Họp Tổ công tác cải cách hành chính"),
        ("afternoon", time(14), "Kiểm tra an toàn thực phẩm tại chợ Đông")]


def test_a_tentative_note_after_the_date_and_tentative_attendees():
    """"Ngày 20/6/2025 (dự kiến): …" is tentative and the note is not the title; "Thành phần: dự kiến mời …"
    qualifies the attendees, not the date."""
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 6 NĂM 2025 CỦA UBND XÃ AN BÌNH\nII. LỊCH CÔNG TÁC\n"
                   "1. Ngày 10/6/2025: Hội nghị tiếp xúc cử tri. Thành phần: dự kiến mời đại biểu HĐND huyện.\n"
                   "2. Ngày 20/6/2025 (dự kiến): Đại hội Hội Nông dân xã.\n")
    assert [(d.tentative, d.title, d.subject) for d in result.drafts] == [
        (False, "Hội nghị tiếp xúc cử tri", "đại biểu HĐND huyện"), (True, "Đại hội Hội Nông dân xã", None)]


def test_a_bracket_emptied_of_its_date_and_place_leaves_the_title():
    result = parse("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2024 CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nPhần II – CÁC HỘI NGHỊ\n"
                   "1. Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20\n"
                   "(dự kiến ngày 24/10/2024, tại Hội trường Huyện ủy)\n"
                   "III. HỘI NGHỊ TỔNG KẾT CÔNG TÁC CẢI CÁCH HÀNH CHÍNH (NGÀY 29/10/2024)\n")
    assert [(d.day, d.tentative, d.title, d.location) for d in result.drafts] == [
        (date(2024, 10, 24), True, "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20", "Hội trường Huyện ủy"),
        (date(2024, 10, 29), False, "Hội nghị tổng kết công tác cải cách hành chính", None)]


def test_a_program_that_opens_with_its_grounds_is_read_whole():
    """"Căn cứ Chương trình công tác năm …" opens many programs; only after the events does "Căn cứ nội dung
    Chương trình …" close the body (before, the opening ended it: nothing was read)."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA LÂM\nCHƯƠNG TRÌNH\nCông tác tháng 5 năm 2025 của UBND tỉnh\n"
            "Căn cứ Chương trình công tác năm 2025 của UBND tỉnh, UBND tỉnh ban hành Chương trình công tác tháng 5 "
            "như sau:\n1. Ngày 12/5/2025: Hội nghị giao ban công tác tháng 5.\n"
            "2. Ngày 20/5/2025: Hội nghị sơ kết công tác phòng chống thiên tai.\n"
            "Căn cứ nội dung Chương trình, các cơ quan chủ động chuẩn bị.\n3. Ngày 28/5/2025: Không phải sự kiện.\n")
    result = parse(text)
    assert [(d.day, d.title[:30]) for d in result.drafts] == [
        (date(2025, 5, 12), "Hội nghị giao ban công tác thá"), (date(2025, 5, 20), "Hội nghị sơ kết công tác phòng")]


# Second-generation forms (issue 13): each test a few invented lines in one form offices use.
WEEK = "VĂN PHÒNG UBND TỈNH AN HẢI\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 14/4 đến ngày 20/4/2025)\n"


def test_bullets_under_an_event_that_announces_its_items_are_its_agenda():
    """"… Nội dung:" closing an event line (or "- Nội dung:" alone) and "+" bullets under a "-" event are the
    event's agenda items, never events of the day; the next line with its own hour is the next event."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n"
                   "- 8h00: Hội nghị UBND tỉnh thường kỳ. Địa điểm: Hội trường A. Nội dung:\n"
                   "- Báo cáo kinh tế - xã hội tháng 4 (Sở Tài chính chuẩn bị).\n"
                   "- Tờ trình giá đất (Sở Xây dựng trình).\n"
                   "- 14h00: Chủ tịch UBND tỉnh làm việc với Sở Y tế.\n"
                   "+ Tiến độ xây dựng bệnh viện tỉnh (Sở Y tế báo cáo).\n"
                   "THỨ BA, NGÀY 15/4/2025\n1. 8h00: Họp Ban Chỉ đạo chuyển đổi số\n- Nội dung:\n"
                   "+ Kế hoạch năm 2025 (Sở Khoa học và Công nghệ chuẩn bị).\n")
    assert [(d.clock, d.title, d.location, [(i.title, i.units) for i in d.agenda]) for d in result.drafts] == [
        (time(8), "Hội nghị UBND tỉnh thường kỳ", "Hội trường A", [
            ("Báo cáo kinh tế - xã hội tháng 4", [("Sở Tài chính", "lead")]),
            ("Tờ trình giá đất", [("Sở Xây dựng", "lead")])]),
        (time(14), "Chủ tịch UBND tỉnh làm việc với Sở Y tế", None, [
            ("Tiến độ xây dựng bệnh viện tỉnh", [("Sở Y tế", "lead")])]),
        (time(8), "Họp Ban Chỉ đạo chuyển đổi số", None, [
            ("Kế hoạch năm 2025", [("Sở Khoa học và Công nghệ", "lead")])])]


def test_adjusted_weekly_lines_hours_in_brackets_dash_fields_and_short_titles():
    """"Điều chỉnh lần 2": "- (7h30) Title - Chủ trì: CT Name - Địa điểm: …", marks of what changed ("(bổ sung)",
    "(thay đổi …)") are notes, "(hoãn)" at the end of the line cancels; "PCT Name …" opening a line chairs it."""
    result = parse(WEEK + "(Điều chỉnh lần 2)\nThứ Hai, 14/4/2025\nSáng\n"
                   "- (7h30) Giao ban lãnh đạo UBND tỉnh - Chủ trì: CT Trần Văn Minh - Địa điểm: P. họp số 1, "
                   "tầng 3 (thay đổi thời gian, trước đây 14h00).\n"
                   "- (9h30) Chủ tịch UBND tỉnh tiếp Đoàn công tác của Bộ Công Thương - Địa điểm: Phòng khách (bổ sung).\n"
                   "Chiều\n- (14h00) PCT Lê Thị Hà kiểm tra đê biển - Thành phần: Sở Nông nghiệp và Môi trường.\n"
                   "- (15h30) Chủ tịch UBND tỉnh tiếp công dân - Địa điểm: Trụ sở Tiếp công dân tỉnh (hoãn).\n")
    assert [(d.clock, d.change, d.title, d.chair, d.location, d.subject) for d in result.drafts] == [
        (time(7, 30), None, "Giao ban lãnh đạo UBND tỉnh", "Trần Văn Minh", "P. họp số 1, tầng 3", "lãnh đạo UBND tỉnh"),
        (time(9, 30), None, "Chủ tịch UBND tỉnh tiếp Đoàn công tác của Bộ Công Thương", "Chủ tịch UBND tỉnh",
         "Phòng khách", None),
        (time(14), None, "PCT Lê Thị Hà kiểm tra đê biển", "Lê Thị Hà", None, "Sở Nông nghiệp và Môi trường"),
        (time(15, 30), "cancel", "Chủ tịch UBND tỉnh tiếp công dân", "Chủ tịch UBND tỉnh", "Trụ sở Tiếp công dân tỉnh",
         None)]


def test_a_leader_opening_the_line_or_named_in_a_clause_chairs_it():
    """"Đ/c Bí thư Tỉnh ủy kiểm tra …", "Đ/c Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự …", "Phó Chủ tịch Hồ Thu
    Vân dự …": the leader whose schedule it is; "…; CT Lê Văn Bình chủ trì": the chair by name; "Tại Hội
    trường A." as a sentence is the place; "; mời … cùng dự" the invitees."""
    result = parse("VĂN PHÒNG TỈNH ỦY AN HẢI\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 14/4 đến ngày 20/4/2025)\n"
                   "Thứ Hai - 14/4/2025\n- 7h30: Đ/c Bí thư Tỉnh ủy kiểm tra sản xuất vụ Đông Xuân.\n"
                   "- 9h00: Đ/c Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự Hội nghị xúc tiến đầu tư.\n"
                   "- 10h00: Phó Chủ tịch Hồ Thu Vân dự Hội thảo khoa học.\n"
                   "- 14h00: Họp UBND tỉnh thường kỳ; CT Lê Văn Bình chủ trì; mời Chánh Văn phòng cùng dự. Tại "
                   "Hội trường A, Tỉnh ủy.\n")
    assert [(d.chair, d.subject, d.location) for d in result.drafts] == [
        ("Bí thư Tỉnh ủy", None, None), ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", None, None),
        ("Hồ Thu Vân", "Hồ Thu Vân", None), ("Lê Văn Bình", "UBND tỉnh; Chánh Văn phòng", "Hội trường A, Tỉnh ủy")]


def test_activity_first_weekly_sections_and_dates_with_their_hour_before_the_weekday():
    """An HĐND weekly arranged by who acts ("I. THƯỜNG TRỰC HĐND TỈNH", "II. CÁC BAN HĐND TỈNH"): its sections
    are schedule; "8 giờ 00, thứ Hai, ngày …", "Dự kiến 14 giờ 00, thứ Sáu, ngày …", "Sáng thứ Bảy, ngày …"
    are the date with its hour or slot; "Trong 02 ngày 04 và 05/7" one stretch of two days."""
    result = parse("HĐND TỈNH LẠC SƠN\nVĂN PHÒNG\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 01/7 đến ngày 07/7/2024)\n"
                   "I. THƯỜNG TRỰC HĐND TỈNH\n1. 8 giờ 00, thứ Hai, ngày 01/7/2024: Phiên họp Thường trực HĐND tỉnh.\n"
                   "II. CÁC BAN HĐND TỈNH\n1. Trong 02 ngày 04 và 05/7/2024: Ban Kinh tế - Ngân sách thẩm tra báo cáo.\n"
                   "2. Dự kiến 14 giờ 00, thứ Sáu, ngày 05/7/2024: Ban Pháp chế khảo sát tại huyện Mỹ Lộc.\n"
                   "3. Sáng thứ Bảy, ngày 06/7/2024: Ban Văn hóa - Xã hội giám sát tại huyện Mỹ Lộc.\n")
    assert [row(d) for d in result.drafts] == rows([
        (6, date(2024, 7, 1), None, time(8), False, None, "Phiên họp Thường trực HĐND tỉn"),
        (8, (date(2024, 7, 4), date(2024, 7, 5)), None, None, False, None, "Ban Kinh tế - Ngân sách thẩm t"),
        (9, date(2024, 7, 5), None, time(14), True, None, "Ban Pháp chế khảo sát tại huyệ"),
        (10, date(2024, 7, 6), "morning", None, False, None, "Ban Văn hóa - Xã hội giám sát ")])


def test_a_time_field_line_and_a_field_line_with_more_fields():
    """"1. Hội nghị X" / "- Thời gian: 8 giờ 00, thứ Hai, ngày …": the heading's date with its hour; a wrapped
    "Chủ trì: …. Thành phần: …" line gives both fields."""
    result = parse("HUYỆN ỦY ĐÔNG LÂM\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2024\nI. CÁC HỘI NGHỊ, CUỘC HỌP\n"
                   "1. Hội nghị Ban Thường vụ Huyện ủy thường kỳ\n- Thời gian: 8 giờ 00, thứ Hai, ngày 07/10/2024.\n"
                   "2. Ngày 15/10/2024: Ban Tuyên giáo khảo sát tại xã An Lạc\n"
                   "Chủ trì: Đồng chí Lý Văn Tâm, Trưởng Ban Tuyên giáo. Thành phần: Ban Tuyên giáo xã An Lạc.\n")
    assert [(d.day, d.clock, d.chair, d.subject) for d in result.drafts] == [
        (date(2024, 10, 7), time(8), None, "Ban Thường vụ Huyện ủy"),
        (date(2024, 10, 15), None, "Lý Văn Tâm", "Ban Tuyên giáo xã An Lạc")]


def test_units_as_fields_as_reports_and_a_trinh_inside_a_name():
    """"(cơ quan chủ trì: X; phối hợp: Y)", "(X báo cáo)", "(X chủ trì, phối hợp với Y trình)"; the "trình" of
    "công trình" is part of the unit's name."""
    result = parse("UBND TỈNH AN HẢI\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2025\nI. CÁC HỘI NGHỊ, CUỘC HỌP\n"
                   "1. Ngày 27/5/2025: Phiên họp UBND tỉnh thường kỳ\n"
                   "- Báo cáo kinh tế - xã hội (cơ quan chủ trì: Sở Tài chính; phối hợp: Sở Nội vụ, Sở Tư pháp).\n"
                   "- Kết quả giám sát (Ban Pháp chế HĐND tỉnh báo cáo).\n"
                   "- Phương án trụ sở (Công an tỉnh chủ trì, phối hợp với Sở Tài chính trình).\n"
                   "- Tiến độ dự án (Ban Quản lý dự án đầu tư xây dựng công trình giao thông chuẩn bị).\n")
    assert [i.units for i in result.drafts[0].agenda] == [
        [("Sở Tài chính", "lead"), ("Sở Nội vụ", "support"), ("Sở Tư pháp", "support")],
        [("Ban Pháp chế HĐND tỉnh", "lead")], [("Công an tỉnh", "lead"), ("Sở Tài chính", "support")],
        [("Ban Quản lý dự án đầu tư xây dựng công trình giao thông", "lead")]]


def test_a_register_of_submissions_a_series_at_its_hour_and_dates_by_anothers_notice():
    """"Nội dung trình UBND tỉnh" whose items each carry "Thời gian trình: …" is a register, no event (its lines
    are skipped, with why); "14 giờ 00, thứ Hai hằng tuần: Giao ban …" a series at 14:00 with its own title;
    "…: thời gian theo thông báo của Bộ Nội vụ" an event without a day."""
    result = parse("UBND TỈNH AN HẢI\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2025\n"
                   "I. CÁC NỘI DUNG TRÌNH UBND TỈNH\n1. Đề án sắp xếp đơn vị hành chính. Cơ quan chủ trì: Sở Nội vụ. "
                   "Thời gian trình: Tuần 1.\n2. Báo cáo đầu tư công. Cơ quan chủ trì: Sở Tài chính. Thời gian trình: "
                   "trước ngày 15/5/2025.\nII. CÁC HỘI NGHỊ, CUỘC HỌP\n"
                   "1. 14 giờ 00, thứ Hai hằng tuần: Giao ban Chủ tịch, các Phó Chủ tịch UBND tỉnh.\n"
                   "2. Làm việc với Đoàn công tác của Bộ Nội vụ: thời gian theo thông báo của Bộ Nội vụ.\n")
    assert [(d.weekly, d.day, d.clock, d.title) for d in result.drafts] == [
        ((0, None), None, time(14), "Giao ban Chủ tịch, các Phó Chủ tịch UBND tỉnh"),
        (None, None, None, "Làm việc với Đoàn công tác của Bộ Nội vụ")]
    assert [s for s in skipped(result) if s[1] == "nội dung trình, không phải sự kiện"] == [
        (4, "nội dung trình, không phải sự kiện"), (5, "nội dung trình, không phải sự kiện")]


def test_a_leader_on_another_bodys_schedule_and_the_closing_caveat_are_no_events():
    result = parse(WEEK + "Thứ Hai - 14/4/2025\nSáng:\n- Đ/c Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh: Làm việc theo "
                   "lịch của UBND tỉnh.\n- 7h30: Thường trực Tỉnh ủy nghe báo cáo công tác cán bộ.\n"
                   "Lịch làm việc có thể thay đổi; Văn phòng sẽ thông báo sau.\n")
    assert [(d.kind, d.title) for d in result.drafts] == [("meeting", "Thường trực Tỉnh ủy nghe báo cáo công tác cán bộ")]
    assert (6, "theo lịch của cơ quan khác") in skipped(result)
    assert (8, "ghi chú, không phải sự kiện") in skipped(result)


def test_table_rows_by_anothers_notice_and_a_deputy_secretary_by_title():
    """In a Word table: "Theo thông báo của …" in the date cell is no day (not the row above's); "Đ/c Phó Bí
    thư Thường trực Tỉnh ủy" in the chair cell is a title, not a name "Phó Bí"."""
    head = Block(line=3, cells=[["Ngày"], ["Nội dung"], ["Chủ trì"], ["Địa điểm"]])
    rows = [Block(line=4, cells=[["Thứ Hai, 12/5/2025"], ["Hội nghị giao ban công tác Đảng"],
                                 ["Đ/c Phó Bí thư Thường trực Tỉnh ủy"], ["Hội trường A"]]),
            Block(line=5, cells=[["Theo thông báo của Bộ Nội vụ"], ["Làm việc với Đoàn công tác của Bộ Nội vụ"], [""],
                                 [""]])]
    result = parse(Document([Block("VĂN PHÒNG TỈNH ỦY", 1), Block("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2025", 2),
                             head, *rows]))
    assert [(d.day, d.chair, d.title) for d in result.drafts] == [
        (date(2025, 5, 12), "Đ/c Phó Bí thư Thường trực Tỉnh ủy", "Hội nghị giao ban công tác Đảng"),
        (None, None, "Làm việc với Đoàn công tác của Bộ Nội vụ")]


def test_the_preview_all_day_slot_series_hour_and_unknown_attendee_clauses(api, ids):
    """Through the API: "Cả ngày:" is all day; a weekly series at its hour starts at it; an attendee clause the
    directory does not know stays, as written, beside the group it does know."""
    text = ("HUYỆN ỦY ĐÔNG LÂM\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 14/4 đến ngày 20/4/2025)\n"
            "- 14 giờ 00, thứ Hai hằng tuần: Giao ban Thường trực Huyện ủy.\nThứ Ba - 15/4/2025\n"
            "- Cả ngày: Đ/c Bí thư Huyện ủy kiểm tra sản xuất tại xã An Lạc.\n"
            "- 14h00: Thường trực Huyện ủy họp; mời Chánh Văn phòng Huyện ủy cùng dự.\n")
    response = api.post("/api/imports", {"text": text})
    assert response.status_code == 201, response.get_json()
    series, visit, meeting = response.get_json()["events"]
    assert (series["start"][11:16], "BYDAY=MO" in series["rrule"]) == ("14:00", True)
    assert visit["all_day"] is True
    assert meeting["attendees"] == ["Thường trực Huyện ủy", "Chánh Văn phòng Huyện ủy"]


def test_a_schedule_arranged_by_leader_headings():
    """"I. CHỦ TỊCH UBND HUYỆN", "1. Phó Chủ tịch Nguyễn Văn Hải": the events under a heading naming one leader
    are that leader's (chair), until the next heading of its level; "Các Phó Chủ tịch" names no one leader.
    "Cả ngày thứ Sáu, ngày …" is the whole day."""
    result = parse("UBND HUYỆN TÂN LẠC\nLỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND HUYỆN\n(Từ ngày 21/10 đến ngày 27/10/2024)\n"
                   "I. CHỦ TỊCH UBND HUYỆN\n- 8 giờ 00, thứ Hai, ngày 21/10/2024: Giao ban lãnh đạo UBND huyện.\n"
                   "II. CÁC PHÓ CHỦ TỊCH UBND HUYỆN\n1. Phó Chủ tịch Nguyễn Văn Hải\n"
                   "- 7 giờ 30, thứ Tư, ngày 23/10/2024: Kiểm tra nông thôn mới tại xã Tân Phú.\n"
                   "2. Phó Chủ tịch Trần Thị Lan\n- Cả ngày thứ Sáu, ngày 25/10/2024: Đi công tác tại tỉnh.\n"
                   "III. HOẠT ĐỘNG KHÁC\n- Ngày 26/10/2024: Lễ ra quân vệ sinh môi trường.\n")
    assert [(d.day, d.slot, d.chair) for d in result.drafts] == [
        (date(2024, 10, 21), None, "Chủ tịch UBND huyện"), (date(2024, 10, 23), None, "Nguyễn Văn Hải"),
        (date(2024, 10, 25), "full_day", "Trần Thị Lan"), (date(2024, 10, 26), None, None)]
    assert not [w for w in result.warnings if "không thấy ngày" in w]


def test_a_time_field_with_the_hour_before_the_date_and_fields_after_it():
    result = parse("HUYỆN ỦY ĐÔNG LÂM\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2024\nI. CÁC HỘI NGHỊ, CUỘC HỌP\n"
                   "1. Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 25\n"
                   "Thời gian: 8 giờ 00 ngày 24/10/2024; chủ trì: Đồng chí Bí thư Huyện ủy; địa điểm: Hội trường A.\n")
    assert [(d.day, d.clock, d.title, d.chair, d.location) for d in result.drafts] == [
        (date(2024, 10, 24), time(8), "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 25", "Bí thư Huyện ủy", "Hội trường A")]


def test_portal_lines_with_the_hour_first_invitees_sentence_and_escort():
    """Provincial portals: "- 7 giờ 30’ Chủ tịch thông qua …. Điểm tại …. Đ/c Dũng; NCTH" (the staff going along
    and their unit close the line), "- 9 giờ, Chủ tịch dự …. Mời lãnh đạo các Sở: …" (the invitees as a
    sentence); the leader opening the line is the entry's chair."""
    result = parse("UBND TỈNH HẬU AN\nLịch làm việc của Chủ tịch, các Phó Chủ tịch UBND tỉnh từ ngày 14/4 đến ngày "
                   "18/4/2025\nTHỨ HAI 14/4\n- 7 giờ 30’ Chủ tịch thông qua dự thảo báo cáo quy hoạch tỉnh (Sở Tài chính "
                   "chuẩn bị nội dung). Điểm tại Hội trường UBND tỉnh. Đ/c Dũng; NCTH\n"
                   "- 9 giờ, Chủ tịch dự Hội nghị bàn giao mặt bằng dự án cao tốc. Mời lãnh đạo các Sở: Xây dựng, "
                   "Tài chính. Điểm tại phòng họp số 5.\n")
    assert [(d.clock, d.title, d.chair, d.location, d.staff, d.subject) for d in result.drafts] == [
        (time(7, 30), "Chủ tịch thông qua dự thảo báo cáo quy hoạch tỉnh", "Chủ tịch UBND tỉnh", "Hội trường UBND tỉnh",
         "Dũng", None),
        (time(9), "Chủ tịch dự Hội nghị bàn giao mặt bằng dự án cao tốc", "Chủ tịch UBND tỉnh", "phòng họp số 5", None,
         "Chủ tịch UBND tỉnh; lãnh đạo các Sở: Xây dựng, Tài chính")]


def test_cancel_marks_of_an_adjusted_weekly_in_every_wording():
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- (8h00) Hội nghị A - Địa điểm: Hội trường (đã hoãn lại).\n"
                   "- (9h00) Hội nghị B - Địa điểm: Hội trường (không tổ chức).\n"
                   "- (10h00) Hội nghị C - Địa điểm: Hội trường (bổ sung).\n")
    assert [(d.title, d.change, d.location) for d in result.drafts] == [
        ("Hội nghị A", "cancel", "Hội trường"), ("Hội nghị B", "cancel", "Hội trường"), ("Hội nghị C", None, "Hội trường")]


def test_field_by_field_entries_with_the_time_as_a_field():
    """"1. Nội dung: …; Thời gian: 7 giờ 30; Địa điểm: …; Thành phần: …; Chuẩn bị: …": each fact after its name,
    the time too (an hour, a slot, "Cả ngày", "(dự kiến)", a span, "thông báo sau"); under "Nội dung chưa bố trí
    thời gian:" the entries have no day."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n"
                   "1. Nội dung: Chủ tịch UBND tỉnh chủ trì họp bàn thu ngân sách; Thời gian: 8 giờ 00; Địa điểm: Phòng "
                   "họp A; Thành phần: Sở Tài chính; Thuế tỉnh; Chuẩn bị: Sở Tài chính.\n"
                   "2. Nội dung: Kiểm tra đê biển; Thời gian: Chiều; Địa điểm: Xã Tân Hải.\n"
                   "THỨ BA, NGÀY 15/4/2025\n"
                   "1. Nội dung: Tiếp đoàn công tác của Bộ; Thời gian: Cả ngày; Địa điểm: Nhà khách tỉnh.\n"
                   "2. Nội dung: Đối thoại với hộ dân vùng dự án; Thời gian: 15 giờ 00 (dự kiến); Địa điểm: UBND xã "
                   "Tân Hải.\n"
                   "3. Nội dung: Dự Hội nghị chuyên đề; Thời gian: 8 giờ 00, từ ngày 15/4 đến hết ngày 16/4/2025; "
                   "Địa điểm: Hội trường tỉnh.\n"
                   "Nội dung chưa bố trí thời gian:\n"
                   "- Nội dung: Làm việc với Đoàn giám sát; Thời gian: thông báo sau; Chuẩn bị: Sở Nội vụ.\n")
    assert [(d.day, d.span, d.slot, d.clock, d.tentative, d.title, d.location) for d in result.drafts] == [
        (date(2025, 4, 14), None, None, time(8), False, "Chủ tịch UBND tỉnh chủ trì họp bàn thu ngân sách",
         "Phòng họp A"),
        (date(2025, 4, 14), None, "afternoon", None, False, "Kiểm tra đê biển", "Xã Tân Hải"),
        (date(2025, 4, 15), None, "full_day", None, False, "Tiếp đoàn công tác của Bộ", "Nhà khách tỉnh"),
        (date(2025, 4, 15), None, None, time(15), True, "Đối thoại với hộ dân vùng dự án", "UBND xã Tân Hải"),
        (None, (date(2025, 4, 15), date(2025, 4, 16)), None, time(8), False, "Dự Hội nghị chuyên đề", "Hội trường tỉnh"),
        (None, None, None, None, False, "Làm việc với Đoàn giám sát", None)]
    first, last = result.drafts[0], result.drafts[-1]
    assert (first.chair, first.subject) == ("Chủ tịch UBND tỉnh", "Sở Tài chính; Thuế tỉnh")
    assert [i.units for i in last.agenda] == [[("Sở Nội vụ", "lead")]]


def test_names_of_the_central_highlands_peoples_after_a_title():
    """"Phó Chủ tịch UBND tỉnh Y Blim Mlô dự …", "… Ksor Y Phương …", "… H'Hen Niê …": one-letter words and
    apostrophes are words of a name too."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- 8 giờ 00: Phó Chủ tịch UBND tỉnh Y Kông Niê dự Hội nghị A.\n"
                   "- 9 giờ 00: Phó Chủ tịch UBND tỉnh Rơ Chăm Y Đin kiểm tra đê B.\n"
                   "- 14 giờ 00: Phó Chủ tịch UBND tỉnh H'Lan Êban làm việc với xã C.\n")
    assert [d.chair for d in result.drafts] == ["Y Kông Niê", "Rơ Chăm Y Đin", "H'Lan Êban"]


def test_chair_said_by_title_after_the_event_and_a_department_head_opening_it():
    """"…; Chủ tịch UBND xã chủ trì", "…, do Phó Chủ tịch UBND xã Lê Thị Hoa chủ trì": the chair, said after the
    event's name (not the title's); "Giám đốc Sở tiếp …", "Phó Giám đốc Sở Vũ Quang Thái kiểm tra …": the head."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- 7 giờ 30: Giao ban đầu tuần; Chủ tịch UBND tỉnh chủ trì. Địa điểm: "
                   "Phòng họp 1.\n- 8 giờ 00: Hội nghị A, do Phó Chủ tịch UBND tỉnh Lê Thị Hoa chủ trì.\n"
                   "- 15 giờ 00: Giám đốc Sở tiếp công dân định kỳ.\n- 16 giờ 00: Phó Giám đốc Sở Vũ Quang Thái kiểm tra đê.\n")
    assert [(d.title, d.chair) for d in result.drafts] == [
        ("Giao ban đầu tuần", "Chủ tịch UBND tỉnh"), ("Hội nghị A", "Lê Thị Hoa"),
        ("Giám đốc Sở tiếp công dân định kỳ", "Giám đốc Sở"), ("Phó Giám đốc Sở Vũ Quang Thái kiểm tra đê", "Vũ Quang Thái")]


def test_invitees_list_with_a_semicolon_and_a_closing_caveat_after_requests():
    """"…, mời các đồng chí Ủy viên Ban Chấp hành; Bí thư các chi bộ cùng dự, …": one list of invitees, not a
    second event; "Các cơ quan gửi tài liệu về … trước 02 ngày …. Lịch … có thể điều chỉnh, … thông báo sau.":
    the closing note, no event."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- Đồng chí Bí thư: 8 giờ, dự Hội nghị A. 14 giờ, chủ trì Hội nghị "
                   "B, mời các đồng chí Ủy viên Ban Chấp hành; Bí thư các chi bộ cùng dự, điểm tại Hội trường C.\n"
                   "Các cơ quan chuẩn bị nội dung gửi tài liệu về Văn phòng trước 02 ngày làm việc so với ngày họp. "
                   "Lịch công tác có thể điều chỉnh, Văn phòng sẽ thông báo sau.\n")
    assert [(d.clock, d.title, d.location) for d in result.drafts] == [
        (time(8), "Dự Hội nghị A", None), (time(14), "Hội nghị B", "Hội trường C")]
    assert result.drafts[1].subject == "các đồng chí Ủy viên Ban Chấp hành; Bí thư các chi bộ"
    assert [(s.line, s.reason) for s in result.skipped] == [(6, "ghi chú, không phải sự kiện")]


def test_a_stretch_in_a_bracket_inside_a_line_under_its_first_day():
    """"… (từ ngày 14 đến ngày 16/4/2025)", "… (đến hết ngày 17/4/2025)" in an entry under the 14th: the event
    lasts from its hour that day to the last day (the end is no date of its own)."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- Đồng chí Bí thư: 7 giờ 30, dự Đại hội X (từ ngày 14 đến ngày "
                   "16/4/2025), điểm tại Trung tâm Hội nghị. 13 giờ 30, dự lớp bồi dưỡng Y, điểm tại Trường Chính trị "
                   "(đến hết ngày 17/4/2025).\n- 8 giờ 00: Hội nghị Z, tại Hội trường (đến hết ngày 17/4/2025).\n")
    assert [(d.day, d.span, d.clock, d.title, d.location) for d in result.drafts] == [
        (None, (date(2025, 4, 14), date(2025, 4, 16)), time(7, 30), "Dự Đại hội X", "Trung tâm Hội nghị"),
        (None, (date(2025, 4, 14), date(2025, 4, 17)), time(13, 30), "Dự lớp bồi dưỡng Y", "Trường Chính trị"),
        (None, (date(2025, 4, 14), date(2025, 4, 17)), time(8), "Hội nghị Z", "Hội trường")]


def test_notes_after_the_units_closing_a_field_value():
    """"; địa điểm: Phòng họp 2 (Sở X chuẩn bị nội dung). (LĐVP: Đ/c Tuấn)", "Địa điểm: …. (Y chuẩn bị). (dự kiến)":
    the units are the event's, the staff and "(dự kiến)" its notes — none of them the place."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- 14 giờ 00: Chủ tịch UBND tỉnh chủ trì họp Hội đồng A; địa điểm: "
                   "Phòng họp 2 (Sở Xây dựng, Sở Tài chính chuẩn bị nội dung). (LĐVP: Đ/c Tuấn)\n"
                   "- 15 giờ 00: Hội nghị B. Địa điểm: Hội trường C. (Văn phòng D chuẩn bị). (dự kiến)\n")
    assert [(d.location, d.staff, d.tentative, [i.units for i in d.agenda]) for d in result.drafts] == [
        ("Phòng họp 2", "Tuấn", False, [[("Sở Xây dựng", "lead"), ("Sở Tài chính", "support")]]),
        ("Hội trường C", None, True, [[("Văn phòng D", "lead")]])]


def test_a_party_title_and_an_office_title_in_a_leader_line_are_one_person():
    """"- Đồng chí Phó Bí thư Huyện ủy, Chủ tịch UBND huyện: 9 giờ, …": one leader holding both posts (the
    office's title names the person); "Chủ tịch, Phó Chủ tịch UBND huyện: …" stays two."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh: 9 giờ, kiểm tra "
                   "chợ A, điểm tại Chợ A. 15 giờ 30, tiếp Đoàn khảo sát B.\n"
                   "- Chủ tịch, Phó Chủ tịch UBND tỉnh: 16 giờ, dự Hội nghị C.\n")
    assert [(d.clock, d.chair, d.subject) for d in result.drafts] == [
        (time(9), "Chủ tịch UBND tỉnh", None), (time(15, 30), "Chủ tịch UBND tỉnh", None),
        (time(16), None, "Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh")]


def test_a_supporting_unit_named_with_cong_trinh_is_kept_whole():
    """"(X chủ trì, phối hợp với Ban Quản lý dự án các công trình giao thông chuẩn bị)": "trình" of "công trình"
    is no verb; the supporting unit is the whole name."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n1. 8 giờ 00: Hội nghị giao ban Sở. Địa điểm: Hội trường Sở.\n"
                   "- Tiến độ giải ngân vốn (Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Ban Quản lý dự án các công "
                   "trình giao thông chuẩn bị).\n")
    assert [i.units for i in result.drafts[0].agenda] == [
        [("Phòng Kế hoạch - Tài chính", "lead"), ("Ban Quản lý dự án các công trình giao thông", "support")]]


def test_a_unit_that_advises_after_the_unit_that_submits():
    """"(Thường trực HĐND tỉnh trình, Văn phòng HĐND tỉnh tham mưu)": the advising unit supports, as one that
    verifies ("thẩm tra") does."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n1. 8 giờ 00: Kỳ họp thứ Mười HĐND tỉnh. Địa điểm: Hội trường.\n"
                   "- Nghị quyết về các kỳ họp (Thường trực HĐND tỉnh trình, Văn phòng HĐND tỉnh tham mưu).\n")
    assert [i.units for i in result.drafts[0].agenda] == [
        [("Thường trực HĐND tỉnh", "lead"), ("Văn phòng HĐND tỉnh", "support")]]


def test_a_move_with_its_hour_and_a_comma_and_units_in_the_moving_bracket():
    """"… (X chuẩn bị) - lùi sang 14 giờ 00, thứ Năm, ngày 17/4": the move (its hour, a comma, the weekday);
    "… (chiều thứ Hai chuyển sang sáng thứ Sáu, ngày 18/4; Trung tâm A chuẩn bị)": the old time is not the
    title, the units said after the move are the event's."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- 14 giờ 00: Họp Hội đồng xét duyệt; Chủ tịch UBND tỉnh chủ trì "
                   "(Phòng Văn hóa - Xã hội chuẩn bị) - lùi sang 14 giờ 00, thứ Năm, ngày 17/4/2025.\n"
                   "- Phó Chủ tịch UBND tỉnh Ksor Y Phương làm việc với Trung tâm A về kế hoạch B (chiều thứ Hai chuyển "
                   "sang sáng thứ Sáu, ngày 18/4/2025; Trung tâm A chuẩn bị).\n")
    assert [(d.day, d.slot, d.clock, d.change, d.title, [i.units for i in d.agenda]) for d in result.drafts] == [
        (date(2025, 4, 17), None, time(14), "postpone", "Họp Hội đồng xét duyệt", [[("Phòng Văn hóa - Xã hội", "lead")]]),
        (date(2025, 4, 18), "morning", None, "postpone", "Phó Chủ tịch UBND tỉnh Ksor Y Phương làm việc với Trung tâm A "
         "về kế hoạch B", [[("Trung tâm A", "lead")]])]


def test_a_stretch_in_a_bracket_inside_a_table_row():
    """The same rule in a schedule table: "… (đến hết ngày 17/11/2023)" in the row of the 13th lasts to the 17th."""
    from service.importer.table import table_drafts

    table = [Block(line=i + 1, cells=[[c] if c else [] for c in cells]) for i, cells in enumerate([
        ["Ngày", "Thời gian", "Nội dung", "Địa điểm"],
        ["Thứ Hai 13/11", "8 giờ", "Dự lớp bồi dưỡng A (đến hết ngày 17/11/2023)", "Trường Chính trị"],
        ["Thứ Ba 14/11", "8 giờ", "Dự Đại hội B (từ ngày 14 đến ngày 16/11/2023)", "Hội trường"]])]
    drafts = table_drafts(table, 2023, 11).drafts
    assert [(d.day, d.span, d.clock, d.title) for d in drafts] == [
        (None, (date(2023, 11, 13), date(2023, 11, 17)), time(8), "Dự lớp bồi dưỡng A"),
        (None, (date(2023, 11, 14), date(2023, 11, 16)), time(8), "Dự Đại hội B")]


def test_a_week_written_per_leader_opens_with_its_first_leader():
    """"1. Chủ tịch UBND tỉnh Trần Văn Hòa:" after a prose preface and before any day: the schedule starts
    there, and the "- Sáng thứ Ba (15/4): …" lines under it are that leader's."""
    result = parse(WEEK + "Lịch này thay cho lịch đã gửi ngày 12/4/2025.\n1. Chủ tịch UBND tỉnh Trần Văn Hòa:\n"
                   "- Sáng thứ Ba (15/4), 8 giờ 00: Làm việc với Sở Xây dựng về quy hoạch đô thị.\n"
                   "2. Phó Chủ tịch UBND tỉnh Lò Thị Mai:\n- Chiều thứ Tư (16/4): Kiểm tra công trình thủy lợi.\n")
    assert [(d.day, d.chair, d.title) for d in result.drafts] == [
        (date(2025, 4, 15), "Trần Văn Hòa", "Làm việc với Sở Xây dựng về quy hoạch đô thị"),
        (date(2025, 4, 16), "Lò Thị Mai", "Kiểm tra công trình thủy lợi")]


def test_a_closing_note_that_changes_will_be_told_later_is_no_event():
    """"Lịch được đăng trên Trang thông tin …; mọi thay đổi, Văn phòng thông báo sau": no event."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- 8 giờ 00: Họp giao ban tuần.\n"
                   "Lịch được đăng trên Trang thông tin điện tử của tỉnh; mọi thay đổi, Văn phòng sẽ thông báo sau.\n")
    assert [d.title for d in result.drafts] == ["Họp giao ban tuần"]


def test_a_stretch_named_by_its_weekdays_with_their_dates():
    """"Từ thứ Tư (16/4) đến hết thứ Sáu (18/4): …", "Từ thứ Hai, ngày 14/4 đến thứ Ba, ngày 15/4/2025: …": a
    stretch whose ends are weekdays, each with its date."""
    result = parse(WEEK + "1. Phó Chủ tịch UBND tỉnh Lò Thị Mai:\n"
                   "- Từ thứ Tư (16/4) đến hết thứ Sáu (18/4): Đi công tác tại tỉnh Nam Sơn.\n"
                   "- Từ thứ Hai, ngày 14/4 đến thứ Ba, ngày 15/4/2025: Dự lớp bồi dưỡng kiến thức quốc phòng.\n")
    assert [(d.span, d.chair, d.title) for d in result.drafts] == [
        ((date(2025, 4, 16), date(2025, 4, 18)), "Lò Thị Mai", "Đi công tác tại tỉnh Nam Sơn"),
        ((date(2025, 4, 14), date(2025, 4, 15)), "Lò Thị Mai", "Dự lớp bồi dưỡng kiến thức quốc phòng")]


def test_a_move_to_a_weekday_with_its_date_in_brackets():
    """"… (X chuẩn bị) - lùi sang 15 giờ 00, thứ Sáu (18/4)": the new day and hour, the units kept."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- 8 giờ 00: Làm việc với UBND xã Đồng Tâm về giải phóng mặt bằng "
                   "(Sở Xây dựng chuẩn bị) - lùi sang 15 giờ 00, thứ Sáu (18/4).\n")
    assert [(d.day, d.clock, d.change, d.title, [i.units for i in d.agenda]) for d in result.drafts] == [
        (date(2025, 4, 18), time(15), "postpone", "Làm việc với UBND xã Đồng Tâm về giải phóng mặt bằng",
         [[("Sở Xây dựng", "lead")]])]


def test_a_headcount_expected_is_no_tentative_date():
    """"(dự kiến 60 người)", "dự kiến khoảng 120 đại biểu": how many will come, the event stays confirmed; a
    "(dự kiến)" of the hour still makes it tentative."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- 8 giờ 00: Hội nghị tập huấn phòng cháy; Thành phần: chủ hộ kinh "
                   "doanh (dự kiến 60 người).\n- 14 giờ 00: Lễ phát động trồng cây; dự kiến khoảng 120 đại biểu.\n"
                   "- 16 giờ 00 (dự kiến): Họp tổ công tác cải cách hành chính.\n")
    assert [d.tentative for d in result.drafts] == [False, False, True]


def test_a_note_on_the_hour_before_the_colon_keeps_the_chair():
    """"14 giờ 00 (dự kiến): Phó Chủ tịch UBND xã Đinh Văn Hưng chủ trì họp …": the note belongs to the hour;
    the leader opening the line after it chairs."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- 14 giờ 00 (dự kiến): Phó Chủ tịch UBND xã Đinh Văn Hưng chủ trì "
                   "họp Hội đồng thi đua khen thưởng.\n")
    assert [(d.clock, d.tentative, d.chair) for d in result.drafts] == [(time(14), True, "Đinh Văn Hưng")]


def test_attendee_groups_listed_with_commas_keep_the_unknown_ones(api, ids):
    """"Thành phần: Thường trực Huyện ủy, lãnh đạo Ủy ban MTTQ huyện, đại diện Công an huyện": a comma before the
    head of a group ("lãnh đạo", "đại diện" …) parts the groups; the ones the directory does not know stay."""
    text = ("HUYỆN ỦY ĐÔNG LÂM\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 14/4 đến ngày 20/4/2025)\nThứ Ba - 15/4/2025\n"
            "- 8 giờ 00: Hội nghị giao ban khối dân vận; Thành phần: Thường trực Huyện ủy, lãnh đạo Ủy ban MTTQ "
            "huyện, đại diện Công an huyện.\n")
    response = api.post("/api/imports", {"text": text})
    assert response.status_code == 201, response.get_json()
    (meeting,) = response.get_json()["events"]
    assert meeting["attendees"] == ["Thường trực Huyện ủy", "lãnh đạo Ủy ban MTTQ huyện; đại diện Công an huyện"]


MONTH = ("UBND XÃ TÂN HỢP\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2026\nII. LỊCH CÔNG TÁC CỤ THỂ\n")


def test_a_list_of_days_each_with_its_month_is_one_event_a_day():
    """"Các ngày 03/3, 10/3 và 17/3/2026 (thứ Ba), 14 giờ 00: …" and "Ngày 09/3 (thứ Hai) và ngày 11/3/2026 (thứ
    Tư): …": every day written with its month is a day of the event, which keeps its hour and its leader."""
    result = parse(MONTH + "1. Các ngày 03/3, 10/3 và 17/3/2026 (thứ Ba), 14 giờ 00: Phó Chủ tịch UBND xã duyệt hồ sơ "
                   "cấp phép xây dựng. Địa điểm: Bộ phận một cửa xã.\n"
                   "2. Ngày 09/3 (thứ Hai) và ngày 11/3/2026 (thứ Tư): Đoàn công tác của xã kiểm tra đê bao thôn Bến.\n")
    assert [(d.day, d.clock, d.chair, d.location, d.title) for d in result.drafts] == [
        (date(2026, 3, d), time(14), "Phó Chủ tịch UBND xã", "Bộ phận một cửa xã", "Phó Chủ tịch UBND xã duyệt hồ sơ "
         "cấp phép xây dựng") for d in (3, 10, 17)] + [
        (date(2026, 3, d), None, None, None, "Đoàn công tác của xã kiểm tra đê bao thôn Bến") for d in (9, 11)]


def test_a_section_of_expected_items_makes_them_tentative():
    """"D. CÁC NỘI DUNG DỰ KIẾN": a section that says its contents are expected is a schedule, and its events,
    dated or not, are tentative; the section after it is not."""
    result = parse(MONTH + "C. HOẠT ĐỘNG KHÁC\n1) Ngày 05/3 (thứ Năm), 8 giờ 00: Hội nghị sơ kết công tác dân vận.\n"
                   "D. CÁC NỘI DUNG DỰ KIẾN\n1) Ngày 26/3 (thứ Năm): Thường trực Đảng ủy làm việc với Hội Nông dân xã.\n"
                   "2) Đảng ủy xã thăm các gia đình chính sách. (Văn phòng Đảng ủy chuẩn bị). (theo kế hoạch riêng)\n"
                   "E. HOẠT ĐỘNG THƯỜNG XUYÊN\n1) Ngày 27/3 (thứ Sáu), 14 giờ 00: Họp Ban Chỉ đạo chuyển đổi số xã.\n")
    assert [(d.day, d.tentative, " ".join(d.title.split()[:4])) for d in result.drafts] == [
        (date(2026, 3, 5), False, "Hội nghị sơ kết"),
        (date(2026, 3, 26), True, "Thường trực Đảng ủy"),
        (None, True, "Đảng ủy xã thăm"),
        (date(2026, 3, 27), False, "Họp Ban Chỉ đạo")]


def test_expected_invitees_are_no_tentative_date():
    """"Thành phần: …; mời Giám đốc Sở Y tế (dự kiến)": the bracket closes the invitees' sentence, the meeting is
    confirmed; after the hour it still makes the meeting tentative."""
    result = parse(MONTH + "1. Ngày 12/3 (thứ Năm), 8 giờ 00: Hội nghị Ban Chấp hành Đảng bộ xã. Thành phần: Ủy viên "
                   "Ban Chấp hành; mời Giám đốc Trung tâm Y tế khu vực (dự kiến). Địa điểm: Hội trường xã.\n"
                   "2. Ngày 13/3 (thứ Sáu), 14 giờ 00 (dự kiến): Hội nghị tập huấn công tác tuyên giáo.\n")
    assert [d.tentative for d in result.drafts] == [False, True]


def test_a_deputy_director_named_without_the_department_chairs():
    """A department's own week writes its deputies "Phó Giám đốc Vi Thị Hằng kiểm tra …" (no "Sở"): the person
    named chairs; "Giám đốc Công an tỉnh dự …" names no person and no chair."""
    result = parse(WEEK + "THỨ HAI, NGÀY 14/4/2025\n- 8 giờ 00: Phó Giám đốc Vi Thị Hằng kiểm tra tiến độ dự án "
                   "đường tỉnh 291.\n- 14 giờ 00: Giám đốc Công an tỉnh dự họp an ninh khu vực biên giới.\n")
    assert [d.chair for d in result.drafts] == ["Vi Thị Hằng", None]


def test_a_numbered_section_that_is_the_event_keeps_the_hour_before_its_date():
    """"1. Hội nghị giao ban khối nội chính quý I: 14 giờ 00, thứ Tư, ngày 18/3/2026, tại …": the hour said
    before the weekday and the date is the event's."""
    result = parse(MONTH + "1. Hội nghị giao ban khối nội chính quý I: 14 giờ 00, thứ Tư, ngày 18/3/2026, tại Hội "
                   "trường UBND xã. Chủ trì: Chủ tịch UBND xã.\n")
    assert [(d.day, d.clock, d.title, d.location) for d in result.drafts] == [
        (date(2026, 3, 18), time(14), "Hội nghị giao ban khối nội chính quý I", "Hội trường UBND xã")]


def test_brackets_closing_a_field_are_the_events_notes():
    """"Địa điểm: Nhà văn hóa thôn Đông. (tạm hoãn, chuyển sang tháng sau)" cancels the event; "Chủ trì: …. (X
    chuẩn bị). (có kế hoạch riêng)" keeps the units; the same on a field line of its own."""
    result = parse(MONTH + "1. Ngày 19/3/2026 (thứ Năm), 19 giờ 30: Hội nghị lấy ý kiến Nhân dân thôn Đông về quy "
                   "hoạch. Địa điểm: Nhà văn hóa thôn Đông. (tạm hoãn, chuyển sang tháng sau)\n"
                   "III. NỘI DUNG CHƯA XẾP LỊCH\n1. Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể. Chủ trì: Phó "
                   "Chủ tịch UBND xã Hà Văn Tùng. (Trạm Y tế xã chuẩn bị). (có kế hoạch riêng)\n")
    assert [(d.change, d.chair, d.location, [i.units for i in d.agenda]) for d in result.drafts] == [
        ("cancel", None, "Nhà văn hóa thôn Đông", []),
        (None, "Hà Văn Tùng", None, [[("Trạm Y tế xã", "lead")]])]
    wrapped = parse(MONTH + "1. Ngày 20/3/2026 (thứ Sáu): Ra quân dọn vệ sinh đường làng.\nĐịa điểm: Các thôn trong "
                    "xã. (Đoàn Thanh niên xã chuẩn bị).\n")
    assert [(d.location, [i.units for i in d.agenda]) for d in wrapped.drafts] == [
        ("Các thôn trong xã", [[("Đoàn Thanh niên xã", "lead")]])]


def test_a_table_under_a_section_of_expected_items_is_tentative():
    """The schedule as tables, one a section: the table under "C. CÁC NỘI DUNG DỰ KIẾN" is tentative, row by row
    (an undated row too); the table under the section before it is not."""
    header = [["Thứ, ngày"], ["Buổi"], ["Nội dung"], ["Chủ trì"], ["Địa điểm"]]
    document = Document([
        Block("UBND XÃ TÂN HỢP", 1), Block("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2026", 2),
        Block("B. HOẠT ĐỘNG KHÁC", 3), Block(line=4, cells=header),
        Block(line=5, cells=[["Thứ Năm 05/3"], ["Sáng"], ["Hội nghị sơ kết công tác dân vận"], [], ["Hội trường xã"]]),
        Block("C. CÁC NỘI DUNG DỰ KIẾN", 6), Block(line=7, cells=header),
        Block(line=8, cells=[["Thứ Năm 26/3"], [], ["Thường trực Đảng ủy làm việc với Hội Nông dân xã"], [], []]),
        Block(line=9, cells=[["Thông báo sau"], [], ["Đảng ủy xã thăm các gia đình chính sách (theo kế hoạch riêng)"],
                             [], []]),
        Block("D. TỔ CHỨC THỰC HIỆN", 10)])
    assert [(d.line, d.tentative) for d in parse(document).drafts] == [(5, False), (8, True), (9, True)]


def test_the_leader_holding_a_dialogue_chairs_it():
    """"Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân thôn Bắc": the leader who holds the dialogue
    presides (by name when written); "… (tạm hoãn, chuyển sang quý II)" closing the title is no part of it."""
    result = parse(MONTH + "1. Ngày 24/3/2026 (thứ Ba), 19 giờ 00: Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân "
                   "dân thôn Bắc (tạm hoãn, chuyển sang quý II).\n"
                   "2. Ngày 25/3/2026 (thứ Tư), 8 giờ 00: Đối thoại giữa Phó Chủ tịch UBND xã Hà Văn Tùng với các hộ "
                   "kinh doanh về an toàn thực phẩm.\n")
    assert [(d.chair, d.change, d.title) for d in result.drafts] == [
        ("Chủ tịch UBND xã", "cancel", "Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân thôn Bắc"),
        ("Hà Văn Tùng", None, "Đối thoại giữa Phó Chủ tịch UBND xã Hà Văn Tùng với các hộ kinh doanh về an toàn "
                              "thực phẩm")]


def test_expected_beside_the_hour_stays_tentative_after_invitees():
    """"…, mời lãnh đạo các xã dự, 14 giờ 00 (dự kiến)": the bracket stands by the hour, so the date is tentative,
    even in the invitees' sentence; "(theo giấy mời) … (dự kiến)" is no list of invitees."""
    result = parse(MONTH + "1. Ngày 12/3 (thứ Năm): Hội nghị chuyên đề về chuyển đổi số, mời lãnh đạo các thôn dự, "
                   "14 giờ 00 (dự kiến).\n2. Ngày 13/3 (thứ Sáu): Tập huấn nghiệp vụ văn thư (theo giấy mời) tại Hội "
                   "trường xã (dự kiến).\n")
    assert [d.tentative for d in result.drafts] == [True, True]


def test_a_table_copied_as_text_with_bars_is_read_as_rows():
    """A week copied out of a table with " | " between the cells: the cells are fields, "THỨ HAI" / "Ngày 14/4/2025"
    on two lines are one day, "Chiều" the rows' slot, "+ …" the row's agenda items, "(theo Giấy mời)" after an
    hour under a day no undated event."""
    result = parse(WEEK + "Thời gian | Nội dung | Chủ trì | Thành phần | Địa điểm\n"
                   "Cả tuần (từ ngày 14 đến 18/4) | Kiểm tra tiêm phòng tại các thôn | PCT. Hà Văn Tùng | Phòng Kinh tế "
                   "| Các thôn\nTHỨ HAI\nNgày 14/4/2025\nChiều\n14h | Họp UBND xã thường kỳ | Chủ tịch UBND xã | "
                   "Thành viên UBND xã | Phòng họp tầng 2\n+ Báo cáo kinh tế - xã hội tháng 4 (Văn phòng chuẩn bị).\n"
                   "- Chiều: Thường trực HĐND xã làm việc tại cơ quan.\nTHỨ BA\nNgày 15/4/2025\n"
                   "7h30 | Dự Hội nghị trực tuyến của UBND tỉnh (theo Giấy mời) |  | Phòng Kinh tế | Điểm cầu xã\n"
                   "Ghi chú: Lịch này thay giấy mời.\n")
    assert [(d.span or d.day, d.slot, d.clock, d.title, d.chair, d.subject, d.location, [i.title for i in d.agenda])
            for d in result.drafts] == [
        ((date(2025, 4, 14), date(2025, 4, 18)), None, None, "Kiểm tra tiêm phòng tại các thôn", "Hà Văn Tùng",
         "Phòng Kinh tế", "Các thôn", []),
        (date(2025, 4, 14), "afternoon", time(14, 0), "Họp UBND xã thường kỳ", "Chủ tịch UBND xã", "Thành viên UBND xã",
         "Phòng họp tầng 2", ["Báo cáo kinh tế - xã hội tháng 4"]),
        (date(2025, 4, 15), None, time(7, 30), "Dự Hội nghị trực tuyến của UBND tỉnh (theo Giấy mời)", None,
         "Phòng Kinh tế", "Điểm cầu xã", [])]


WARD_WEEK = "UBND PHƯỜNG ĐÔNG MỸ\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 04/9/2023 đến ngày 10/9/2023)\n"


def test_a_leaders_line_with_semicolons_between_hours_is_one_event_an_hour():
    """"- Đ/c Chủ tịch: 7h00: dự …; 14g00: chủ trì …": two events, each its hour; "…; dự Hội nghị X (thời gian:
    theo Giấy mời)" a third without the hour before it; "Tối (19h30):" the evening's hour."""
    result = parse(WARD_WEEK + "THỨ BA, NGÀY 05/9/2023\n- Đ/c Chủ tịch: 7h00: dự Lễ khai giảng tại Trường THCS Đông "
                   "Mỹ; 14g00: chủ trì họp giao ban, tại Phòng họp UBND phường; dự Hội nghị Ban Chấp hành Đảng bộ thành "
                   "phố (thời gian: theo Giấy mời).\n- Đ/c PCT. Chẩu Thị Lành: Tối (19h30): dự Chương trình giao lưu "
                   "văn nghệ, tại Tuyến phố đi bộ Hồ Tây.\n")
    assert [(d.clock, d.title[:28], d.location) for d in result.drafts] == [
        (time(7, 0), "Dự Lễ khai giảng tại Trường ", "Trường THCS Đông Mỹ"),
        (time(14, 0), "Họp giao ban", "Phòng họp UBND phường"),
        (None, "Dự Hội nghị Ban Chấp hành Đả", None),
        (time(19, 30), "Dự Chương trình giao lưu văn", "Tuyến phố đi bộ Hồ Tây")]


def test_a_day_off_is_no_event():
    """"- Lãnh đạo UBND phường: Nghỉ bù lễ Quốc khánh; …" and a closing note's "… nghỉ Tết Nguyên đán từ thứ Bảy,
    ngày 25/01/2025 …" make no event."""
    result = parse(WARD_WEEK + "THỨ HAI, NGÀY 04/9/2023\n- Lãnh đạo UBND phường: Nghỉ bù lễ Quốc khánh; lãnh đạo trực "
                   "theo lịch phân công riêng.\nTHỨ BA, NGÀY 05/9/2023\n- Đ/c Chủ tịch: 8h00: tiếp công dân định kỳ.\n"
                   "Cán bộ, công chức nghỉ lễ từ thứ Bảy, ngày 09/9/2023 đến hết Chủ nhật, ngày 10/9/2023.\n")
    assert [(d.day, d.title) for d in result.drafts] == [(date(2023, 9, 5), "Tiếp công dân định kỳ")]


def test_the_hour_before_a_slot_and_a_weekly_rule_is_kept():
    """"Tối 16/10 (thứ Năm), 19h30: …" is at 19:30 (not the evening's default); "…. Thời gian: 14 giờ 00, chiều thứ
    Hai hằng tuần." at 14:00."""
    result = parse("ĐẢNG ỦY XÃ TÂN HỢP\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2025\nII. LỊCH CÔNG TÁC CỤ THỂ\n"
                   "1- Tối 16/10 (thứ Năm), 19h30: Chương trình văn nghệ chào mừng ngày 20/10.\n"
                   "2- Giao ban Thường trực HĐND xã. Thời gian: 14 giờ 00, chiều thứ Hai hằng tuần.\n")
    assert [(d.day, d.weekly, d.clock, d.title) for d in result.drafts] == [
        (date(2025, 10, 16), None, time(19, 30), "Chương trình văn nghệ chào mừng ngày 20/10"),
        (None, (0, "afternoon"), time(14, 0), "Giao ban Thường trực HĐND xã")]


def test_other_items_after_the_schedule_are_undated_events_and_a_closing_note_none():
    """"Phần III. CÁC NỘI DUNG KHÁC" after the schedule: its items "(Thời gian: theo Giấy mời)", "(có kế hoạch
    riêng)" are the month's undated events; the unnumbered note closing it (a holiday, a deadline, a date of next
    month) is none."""
    result = parse("UBND TỈNH AN HẢI\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 12 NĂM 2024\nPhần II. LỊCH CÔNG TÁC\n"
                   "1. Ngày 03/12/2024 (thứ Ba), 8h00: Hội nghị sơ kết du lịch cộng đồng.\nPhần III. CÁC NỘI DUNG KHÁC\n"
                   "1. Chủ tịch UBND tỉnh dự Hội nghị trực tuyến Chính phủ. (Thời gian: theo Giấy mời)\n"
                   "2. Lãnh đạo UBND tỉnh kiểm tra công tác chuẩn bị Tết. (có kế hoạch riêng)\n"
                   "Tết Dương lịch, cán bộ, công chức nghỉ 01 ngày (thứ Tư, ngày 01/01/2025). Các sở gửi báo cáo trước "
                   "ngày 20/12/2024; Hội nghị triển khai nhiệm vụ năm 2025 dự kiến tổ chức ngày 06/01/2025.\n")
    assert [(d.day, d.title) for d in result.drafts] == [
        (date(2024, 12, 3), "Hội nghị sơ kết du lịch cộng đồng"),
        (None, "Chủ tịch UBND tỉnh dự Hội nghị trực tuyến Chính phủ"),
        (None, "Lãnh đạo UBND tỉnh kiểm tra công tác chuẩn bị Tết")]


def test_invitees_after_a_known_group_and_another_levels_group(api, ids):
    """Through the API: "Lãnh đạo UBND huyện, Thủ trưởng các cơ quan, đơn vị" keeps the heads of the departments beside
    the group; "Lãnh đạo UBND các xã" is the communes' leaders, never the district's group."""
    text = ("UBND HUYỆN ĐÔNG LÂM\nLỊCH CÔNG TÁC TUẦN\n(Từ ngày 14/4 đến ngày 20/4/2025)\nThứ Ba - 15/4/2025\n"
            "- 8h00: Hội nghị tổng kết năm. Thành phần: Lãnh đạo UBND huyện, Thủ trưởng các cơ quan, đơn vị.\n"
            "- 14h00: Hội nghị giao ban. Thành phần: Lãnh đạo UBND các xã.\n")
    response = api.post("/api/imports", {"text": text})
    assert response.status_code == 201, response.get_json()
    assert [e["attendees"] for e in response.get_json()["events"]] == [
        ["Lãnh đạo UBND huyện", "Thủ trưởng các cơ quan, đơn vị"], ["Lãnh đạo UBND các xã"]]


def test_a_bar_table_keeps_an_empty_first_cell_and_its_borders_are_no_cells():
    """" | Chiều | …" under a day row is that day's (the empty day cell kept, the cells not shifted); "| … |" borders
    are no cells; the header repeated is read once, another header starts another table."""
    head = "| Thứ, ngày | Buổi | Nội dung | Chủ trì |\n"
    result = parse(WEEK + head + "| Thứ Hai, 14/4 | Sáng | Giao ban | Chủ tịch UBND tỉnh |\n" + head +
                   "|  | Chiều | Tiếp công dân | PCT. Phạm Thị Lan |\nNgày | Nội dung | Địa điểm\n"
                   "Thứ Ba, 15/4 | Hội nghị X | Hội trường\n")
    assert [(d.day, d.slot, d.title, d.chair, d.location) for d in result.drafts] == [
        (date(2025, 4, 14), "morning", "Giao ban", "Chủ tịch UBND tỉnh", None),
        (date(2025, 4, 14), "afternoon", "Tiếp công dân", "Phạm Thị Lan", None),
        (date(2025, 4, 15), None, "Hội nghị X", None, "Hội trường")]
    assert not result.skipped


# A day off, a holiday or a deadline beside an event does not take the event with it (the skip rules for days
# off, holiday clauses and closing notes apply to lines that are only that).
NOT_SKIPPED = [
    ("LỊCH CÔNG TÁC TUẦN\nThứ Tư, ngày 15/10/2025\nSáng ngày 15/10/2025, 8h00: Họp Ban chỉ đạo chuyển đổi số tại "
     "Phòng họp số 1. Đề nghị các ngành gửi báo cáo trước ngày 14/10/2025.\n", date(2025, 10, 15), time(8, 0)),
    ("LỊCH CÔNG TÁC TUẦN\nThứ Ba, ngày 14/10/2025\n- 14h00: Kiểm tra công tác trực Tết trong dịp nghỉ Tết Nguyên đán "
     "tại các thôn\n", date(2025, 10, 14), time(14, 0)),
    ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2025\n1. 8h00: Họp Ban chỉ đạo chuẩn bị nghỉ lễ 20/10, sáng ngày 15/10/2025 "
     "tại Phòng họp số 1\n", date(2025, 10, 15), time(8, 0)),
    ("LỊCH CÔNG TÁC TUẦN\nThứ Ba, ngày 14/10/2025\n- Chủ tịch UBND xã: Nghỉ phép buổi sáng; chiều 14h00 dự Hội nghị "
     "tổng kết tại Hội trường UBND tỉnh.\n", date(2025, 10, 14), time(14, 0)),
]


@pytest.mark.parametrize("text, day, clock", NOT_SKIPPED, ids=["deadline-after", "holiday-words", "holiday-date",
                                                                "day-off-then-meeting"])
def test_an_event_beside_a_day_off_a_holiday_or_a_deadline_is_kept(text, day, clock):
    drafts = parse(normalise(text), 2025, 10).drafts
    assert [(d.day, d.clock) for d in drafts] == [(day, clock)]


def test_a_line_that_is_only_a_day_off_or_a_closing_note_is_no_event():
    off = "LỊCH CÔNG TÁC TUẦN\nThứ Hai, ngày 01/9/2025\n- Lãnh đạo UBND phường: Nghỉ bù lễ Quốc khánh; lãnh đạo trực.\n"
    assert parse(normalise(off), 2025, 9).drafts == []
    note = ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01 NĂM 2025\n1. Ngày 06/01/2025: Hội nghị tổng kết\nThực hiện lịch nghỉ Tết, "
            "cán bộ, công chức nghỉ Tết Nguyên đán từ thứ Bảy, ngày 25/01/2025 đến hết ngày 02/02/2025. Các cơ quan gửi "
            "báo cáo trước ngày 20/01/2025.\n")
    assert [d.day for d in parse(normalise(note), 2025, 1).drafts] == [date(2025, 1, 6)]


# A lettered list that runs past "h": "i/", "k)", "m." are the next letters, not a numeral nor more of the last
# entry (a letter from i on is one only in sequence).
@pytest.mark.parametrize("sep", ["/", ")", "."])
def test_a_lettered_list_runs_past_h(sep):
    letters = "abcdefghijklm"
    lines = "".join(f"{c}{sep} Lúc {8 + i % 6} giờ ngày {i + 2:02d}/5: Hội nghị chuyên đề số {i + 1}.\n"
                    for i, c in enumerate(letters))
    drafts = parse(normalise("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2024\nII- LỊCH CÔNG TÁC\n" + lines), 2024, 5).drafts
    assert [(d.day.day, d.clock.hour) for d in drafts] == [(i + 2, 8 + i % 6) for i in range(len(letters))]
    assert all(d.title.endswith(f"số {i + 1}") for i, d in enumerate(drafts))


def test_a_late_letter_out_of_sequence_stays_text():
    text = ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2024\na) Ngày 06/5: Hội nghị A, nội dung gồm các phần\n"
            "b) Ngày 07/5: Hội nghị B\n")
    assert len(parse(normalise(text), 2024, 5).drafts) == 2
    from service.importer.structure import Numbering, _late_sub
    numbering = Numbering()
    numbering.take("sub", 2)
    assert _late_sub("i. nội dung", numbering) is None and _late_sub("c) nội dung", numbering) is None
    numbering.take("sub", 9)
    assert _late_sub("i. nội dung", numbering)[:2] == ("sub", "i")


# A portal's week copied as text: the columns' captions with bars above days, slots and entries that have none;
# each entry opens with its hour in brackets under a slot line ("Sáng" / "Chiều" repeated every day are no
# running header), and the first day is read like the others.
PORTAL_WEEK = [
    ("Ngày | Thời gian | Nội dung | Địa điểm | Lãnh đạo", "Thứ 2\n{d}/3", "(8h00)", "(14h30)"),
    ("Ngày | Buổi | Nội dung công việc | Chủ trì", "Thứ Hai\n{d}/3", "(7 giờ 30)", "(15h)"),
    ("Thứ, ngày | Giờ | Nội dung | Địa điểm | Thành phần", "Thứ 2\n{d}/3/2024", "(9h)", "(13h30)"),
]


@pytest.mark.parametrize("head, day, morning, afternoon", PORTAL_WEEK, ids=["h00", "gio", "year"])
def test_a_portal_week_under_captions_reads_its_first_day(head, day, morning, afternoon):
    days = "".join(f"{day.format(d=d).replace('Thứ 2', f'Thứ {d - 9}').replace('Thứ Hai', 'Thứ ' + ['Hai', 'Ba', 'Tư'][d - 11])}\n"
                   f"Sáng\n{morning} Họp chuyên đề số {d}, tại Phòng họp 1.\nChiều\n{afternoon} Kiểm tra công trình số {d}.\n"
                   for d in (11, 12, 13))
    text = f"LỊCH CÔNG TÁC CỦA LÃNH ĐẠO UBND TỈNH\nTuần 11 (từ ngày 11/3/2024 đến ngày 17/3/2024)\n\n{head}\n{days}"
    drafts = parse(normalise(text), 2024, 3).drafts
    hours = [int(re.findall(r"\d+", h)[0]) for h in (morning, afternoon)]
    assert [(d.day.day, d.slot, d.clock.hour, d.title) for d in drafts] == [
        x for d in (11, 12, 13) for x in ((d, "morning", hours[0], f"Họp chuyên đề số {d}"),
                                           (d, "afternoon", hours[1], f"Kiểm tra công trình số {d}"))]
    assert drafts[0].location == "Phòng họp 1"


# The closing bracket of a weekly entry says its time and persons, one clause each: the slot and hour, the
# chair ("chủ trì: …", "… chủ trì", "trưởng đoàn: …"), who goes ("dự: …", "… dự"), the place ("tại …"); the
# preparing unit and a span stay what they were.
CLOSING = [
    ("+ Thường trực HĐND huyện họp giao ban (chiều, 15 giờ; chủ trì: đ/c Hoàng).", "afternoon", (15, 0), "đ/c Hoàng",
     "Thường trực HĐND huyện", None),
    ("+ Tiếp công dân định kỳ (sáng; chủ trì: đồng chí Lan; tại Trụ sở Tiếp công dân huyện).", "morning", None, "đồng chí Lan",
     None, "Trụ sở Tiếp công dân huyện"),
    ("- Dự Hội nghị tổng kết (8 giờ 30; dự: đ/c Hoàng, đ/c Lan; tại Hội trường Huyện ủy).", "morning", (8, 30), None,
     "Hoàng, đ/c Lan", "Hội trường Huyện ủy"),
    ("- Họp Ban Chỉ đạo (14h00; PCT Nông Văn Tú chủ trì; Phòng Nội vụ chuẩn bị).", "afternoon", (14, 0), "Nông Văn Tú",
     None, None),
    ("- Dự Lễ khánh thành, tại Nhà văn hóa xã (CT Vi Thị Hằng, các PCT dự).", None, None, None,
     "CT Vi Thị Hằng, các PCT", "Nhà văn hóa xã"),
]


@pytest.mark.parametrize("line, slot, clock, chair, attendees, place", CLOSING,
                         ids=["slot-hour-chair", "slot-chair-place", "hour-attend-place", "short-title-units", "attend"])
def test_a_closing_bracket_with_time_and_persons(line, slot, clock, chair, attendees, place):
    text = f"LỊCH LÀM VIỆC TUẦN 20 (từ ngày 13/5/2024 đến ngày 19/5/2024)\nThứ ba\n14/5\n{line}\n"
    (d,) = parse(normalise(text), 2024, 5).drafts
    assert (d.day, d.slot, (d.clock.hour, d.clock.minute) if d.clock else None) == (date(2024, 5, 14), slot, clock)
    assert (d.chair, d.subject, d.location) == (chair, attendees, place)
    assert "(" not in d.title
    if "chuẩn bị" in line:
        assert [n for item in d.agenda for n, _ in item.units] == ["Phòng Nội vụ"]


def test_a_closing_bracket_of_notes_only_is_left_to_the_other_rules():
    text = ("LỊCH LÀM VIỆC TUẦN 20 (từ ngày 13/5/2024 đến ngày 19/5/2024)\nThứ tư\n15/5\n+ Giám sát việc quản lý đất "
            "công (từ ngày 15 đến hết ngày 16/5; trưởng đoàn: đ/c Định).\n+ Hội nghị Ban Chấp hành (mở rộng).\n")
    first, second = parse(normalise(text), 2024, 5).drafts
    assert (first.span, first.chair) == ((date(2024, 5, 15), date(2024, 5, 16)), "đ/c Định")
    assert second.title == "Hội nghị Ban Chấp hành (mở rộng)"


# An entry whose facts are joined by long dashes, the time first: "Thứ Tư (02/10), 8 giờ — Họp … — Chủ trì: … —
# Cùng dự: … — Tại: … — (X chuẩn bị)"; a weekly "Các buổi chiều thứ Sáu, 14 giờ — …"; "Dự kiến thứ Năm (…)".
DASHED = [
    ("1) Thứ Hai (11/11), 14 giờ 30 — Họp Ban Chỉ đạo giảm nghèo — Chủ trì: Phó Chủ tịch UBND xã — Cùng dự: các "
     "thành viên — Tại: Phòng họp số 2 — (Văn phòng xã chuẩn bị).", date(2024, 11, 11), (14, 30), False,
     "Họp Ban Chỉ đạo giảm nghèo", "Phó Chủ tịch UBND xã", "Phòng họp số 2", ["Văn phòng xã"]),
    ("- Sáng thứ Tư (13/11) — Kiểm tra công trình trường mầm non — Chủ trì: Chủ tịch UBND xã — Tại: Thôn Nà Pồng.",
     date(2024, 11, 13), None, False, "Kiểm tra công trình trường mầm non", "Chủ tịch UBND xã", "Thôn Nà Pồng", []),
    ("1) Dự kiến thứ Sáu (22/11), 7 giờ 30 phút — Kỳ họp thứ 12 HĐND xã — Chủ trì: Chủ tịch HĐND xã — Tại: Hội "
     "trường UBND xã.", date(2024, 11, 22), (7, 30), True, "Kỳ họp thứ 12 HĐND xã", "Chủ tịch HĐND xã",
     "Hội trường UBND xã", []),
]


@pytest.mark.parametrize("line, day, clock, tentative, title, chair, place, units", DASHED,
                         ids=["all-fields", "slot-no-hour", "tentative-weekday"])
def test_an_entry_in_dashed_fields(line, day, clock, tentative, title, chair, place, units):
    text = f"CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2024\nII. LỊCH CỤ THỂ\n{line}\n"
    (d,) = parse(normalise(text), 2024, 11).drafts
    assert (d.day, (d.clock.hour, d.clock.minute) if d.clock else None, d.tentative) == (day, clock, tentative)
    assert (d.title, d.chair, d.location) == (title, chair, place)
    assert [n for item in d.agenda for n, _ in item.units] == units


@pytest.mark.parametrize("line, weekday, slot, hour", [
    ("1) Các buổi sáng thứ Hai, 7 giờ 00 — Chào cờ đầu tuần — Tại: Sân trụ sở.", 0, "morning", 7),
    ("1) Thứ Năm hằng tuần — Tiếp công dân định kỳ — Tại: Phòng Tiếp công dân.", 3, None, None),
    ("1) Các buổi chiều thứ Sáu, 14 giờ: Giao ban cơ quan.", 4, "afternoon", 14),
])
def test_a_weekly_written_as_every_such_morning(line, weekday, slot, hour):
    text = f"CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2024\nI. CÔNG TÁC THƯỜNG XUYÊN\n{line}\n"
    (d,) = parse(normalise(text), 2024, 11).drafts
    assert (d.weekly, d.clock.hour if d.clock else None) == ((weekday, slot), hour)


# A ward's week in sentences: "…. Đ/c PCT Văn hóa - Xã hội chủ trì. Mời: …. Tại: …."; a deputy named by his
# portfolio opening the entry is its chair; "(dự kiến)" after an invitee qualifies the invitee; "Dự kiến 14g00:"
# is the hour 14:00, tentative.
WARD = [
    ("* 8g30: Họp Tổ công tác cải cách hành chính. Đ/c PCT Nội vụ chủ trì. Tại: Phòng họp tầng 2.",
     (8, 30), False, "Họp Tổ công tác cải cách hành chính", "PCT Nội vụ", None, "Phòng họp tầng 2"),
    ("* 9 giờ: Đ/c PCT Đô thị kiểm tra tuyến đường Lê Lợi. Mời: Phòng Quản lý đô thị quận (dự kiến), Trưởng khu phố 3.",
     (9, 0), False, "Đ/c PCT Đô thị kiểm tra tuyến đường Lê Lợi", "PCT Đô thị",
     "Phòng Quản lý đô thị quận (dự kiến), Trưởng khu phố 3", None),
    ("* Dự kiến 15g00: Làm việc với Đoàn giám sát của HĐND quận. Đ/c Chủ tịch chủ trì. Tại: Phòng họp tầng 3.",
     (15, 0), True, "Làm việc với Đoàn giám sát của HĐND quận", "Chủ tịch", None, "Phòng họp tầng 3"),
    ("* 7g00: Lễ ra quân. Đ/c Chủ tịch, các Đ/c PCT dự. Tại: Sân trụ sở Công an phường.",
     (7, 0), False, "Lễ ra quân", None, "Chủ tịch, các Đ/c PCT", "Sân trụ sở Công an phường"),
    ("* 14g: Họp Hội đồng xét duyệt. Đ/c PCT Văn hóa - Xã hội chủ trì. Tại: Phòng họp tầng 2 (tạm dừng).",
     (14, 0), False, "Họp Hội đồng xét duyệt", "PCT Văn hóa - Xã hội", None, "Phòng họp tầng 2"),
]


@pytest.mark.parametrize("line, clock, tentative, title, chair, subject, place", WARD,
                         ids=["portfolio-chairs", "portfolio-opens", "tentative-hour", "several-attend", "note-after"])
def test_a_ward_week_in_sentences(line, clock, tentative, title, chair, subject, place):
    text = f"LỊCH LÀM VIỆC TUẦN 17 (từ ngày 21/4/2025 đến ngày 27/4/2025)\nThứ Ba - 22/4/2025\nBuổi sáng:\n{line}\n"
    (d,) = parse(normalise(text), 2025, 4).drafts
    assert ((d.clock.hour, d.clock.minute), d.tentative, d.title) == (clock, tentative, title)
    assert (d.chair, d.subject, d.location) == (chair, subject, place)


# A Party committee's month written time and place first: "Lúc 8 giờ ngày 15/3, tại …: Bí thư Đảng ủy tiếp …";
# a weekly with its hour in brackets; the undated entries of "III- CÔNG TÁC KHÁC" ("Trong tháng: …",
# "Thời gian thông báo sau: …").
def test_a_party_month_written_time_and_place_first():
    text = ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 4 NĂM 2023\nII- LỊCH CÔNG TÁC CỤ THỂ\n"
            "a/ Sáng thứ Ba hằng tuần (7 giờ 30), tại Phòng họp Đảng ủy: Thường trực Đảng ủy giao ban.\n"
            "b/ Lúc 14 giờ ngày 12/4 (thứ Tư), tại Phòng Tiếp công dân: Phó Bí thư Đảng ủy tiếp công dân.\n"
            "c/ Lúc 8 giờ ngày 13/4 (thứ Năm), tại Hội trường Huyện ủy: Đồng chí Bí thư Đảng ủy dự Hội nghị.\n"
            "III- CÔNG TÁC KHÁC\na/ Trong tháng: Ủy ban Kiểm tra Đảng ủy kiểm tra các chi bộ (có kế hoạch riêng).\n"
            "b/ Thời gian thông báo sau: Hội nghị sơ kết công tác dân vận.\n")
    weekly, reception, attend, month, later = parse(normalise(text), 2023, 4).drafts
    assert (weekly.weekly, weekly.clock, weekly.title, weekly.location) == (
        (1, "morning"), time(7, 30), "Thường trực Đảng ủy giao ban", "Phòng họp Đảng ủy")
    assert (reception.day, reception.clock, reception.title, reception.location, reception.chair) == (
        date(2023, 4, 12), time(14, 0), "Phó Bí thư Đảng ủy tiếp công dân", "Phòng Tiếp công dân", "Phó Bí thư Đảng ủy")
    assert (attend.location, attend.title[:8]) == ("Hội trường Huyện ủy", "Đồng chí")
    assert (month.day, month.weekly, later.day, later.title) == (None, None, None, "Hội nghị sơ kết công tác dân vận")


# The title ends where the body begins: a Word-numbered heading ("I." as Word's number, "CÔNG TÁC THƯỜNG XUYÊN"
# as its text), a preamble ending "như sau:", an entry opening with its bracketed hour are no lines of the title.
@pytest.mark.parametrize("number", ["I.", "1.", "A."])
def test_a_numbered_heading_after_the_title_is_no_part_of_it(number):
    blocks = [Block("LỊCH CÔNG TÁC THÁNG 11 NĂM 2024", 1), Block("của Chủ tịch, các Phó Chủ tịch UBND xã", 2),
              Block("Tháng 10/2024, UBND xã đã tổ chức nhiều hoạt động; UBND xã xây dựng lịch công tác tháng 11 "
                    "như sau:", 3),
              Block("CÔNG TÁC THƯỜNG XUYÊN", 4, number=number, level=0),
              Block("Thứ Năm hằng tuần — Tiếp công dân định kỳ — Tại: Phòng Tiếp công dân.", 5, number="1.", level=1)]
    result = parse(Document(blocks), 2024, 11)
    assert result.document.title == "Lịch công tác tháng 11 năm 2024 của Chủ tịch, các Phó Chủ tịch UBND xã"
    assert [(d.weekly, d.title) for d in result.drafts] == [((3, None), "Tiếp công dân định kỳ")]


def test_a_closing_bracket_before_a_cancellation():
    text = ("LỊCH CÔNG TÁC CỦA THƯỜNG TRỰC UBND TỈNH\nTuần 30 (từ ngày 21/7/2025 đến ngày 27/7/2025)\nThứ 4\n23/7\nSáng\n"
            "(9h30) Họp Ban Chỉ đạo cải cách hành chính tỉnh, tại P. họp 2 tầng 1 (PCT Nông Văn Tú chủ trì) - tạm hoãn.\n")
    (d,) = parse(normalise(text), 2025, 7).drafts
    assert (d.clock, d.chair, d.change, d.title) == (time(9, 30), "Nông Văn Tú", "cancel", "Họp Ban Chỉ đạo cải cách hành chính tỉnh")


# "Trưởng đoàn: …" as a sentence of its own or a clause after ";": the head of an inspection or a delegation
# chairs it (as "Chủ trì: …" would say).
@pytest.mark.parametrize("line, chair", [
    ("1. Từ ngày 06/3 đến hết ngày 08/3: Đoàn giám sát của Đảng ủy giám sát công tác thu ngân sách tại các thôn. "
     "Trưởng đoàn: đồng chí Phó Bí thư Đảng ủy.", "Phó Bí thư Đảng ủy"),
    ("1. Ngày 09/3: Đoàn công tác của Huyện ủy làm việc với Đảng ủy xã Tân Lập về công tác cán bộ; trưởng đoàn: "
     "đồng chí Đỗ Văn Khang, Phó Bí thư Huyện ủy; Ban Tổ chức Huyện ủy chuẩn bị.", "Đỗ Văn Khang"),
    ("1. Ngày 10/3: Đoàn kiểm tra của Ủy ban Kiểm tra kiểm tra chi bộ thôn Đồng Tâm - Trưởng đoàn: đồng chí Chủ "
     "nhiệm Ủy ban Kiểm tra Đảng ủy.", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"),
])
def test_the_head_of_a_delegation_is_its_chair(line, chair):
    text = f"CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2023\n{line}\n"
    (d,) = parse(normalise(text), 2023, 3).drafts
    assert chair in (d.chair or "") and "rưởng đoàn" not in d.title and d.title.startswith("Đoàn ")


# A closing bracket holding only a slot, the entry called off inside it or after it: the slot is the entry's,
# the entry cancelled, and neither the title nor the place keeps the cancellation.
@pytest.mark.parametrize("line, slot", [
    ("- Ban Văn hóa - Xã hội khảo sát trường học tại xã Tả Phìn (sáng; tạm hoãn).", "morning"),
    ("- Ban Pháp chế giám sát việc giải quyết đơn thư tại huyện Mèo Vạc (chiều) - tạm hoãn.", "afternoon"),
    ("- Ban Kinh tế - Ngân sách làm việc với Sở Tài chính tại trụ sở Sở Tài chính (chiều; tạm dừng).", "afternoon"),
    ("- Tổ đại biểu tiếp xúc cử tri tại thôn Nà Lình (tối) - hoãn lại.", "evening"),
])
def test_a_slot_bracket_before_a_cancellation(line, slot):
    text = ("LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC HĐND TỈNH\nTuần 21 (từ ngày 20/5/2024 đến ngày 26/5/2024)\n"
            f"Thứ Năm, ngày 23/5/2024\n{line}\n")
    (d,) = parse(normalise(text), 2024, 5).drafts
    assert (d.day, d.slot, d.change) == (date(2024, 5, 23), slot, "cancel")
    assert not re.search(r"hoãn|dừng|\(", d.title + (d.location or "")), (d.title, d.location)


# The place of an entry: the last "tại …" of the line ("… Đại sứ quán X tại Việt Nam, tại P. khánh tiết tầng 1"),
# "P. khánh tiết" as "P. họp" a room's name; and the place said after a postponement's bracket ("(lùi sang 14h00
# thứ Sáu, 25/7), tại P. họp 5 tầng 2") is still the entry's.
@pytest.mark.parametrize("line, day, title, place", [
    ("(15h00) Tiếp Đoàn công tác của Tổng Lãnh sự quán Trung Quốc tại Nam Ninh, tại P. khánh tiết tầng 2 (CT Hà Văn "
     "Lâm chủ trì).", 24, "Tiếp Đoàn công tác của Tổng Lãnh sự quán Trung Quốc tại Nam Ninh", "P. khánh tiết tầng 2"),
    ("(16h00) Làm việc với Đoàn công tác của tỉnh Hủa Phăn tại xã Na Mèo, tại Nhà khách Tỉnh ủy.", 24,
     "Làm việc với Đoàn công tác của tỉnh Hủa Phăn tại xã Na Mèo", "Nhà khách Tỉnh ủy"),
    ("(14h00) Họp Hội đồng xét duyệt đề án (lùi sang 14h00 thứ Sáu, 25/7), tại P. họp 3 tầng 2 (PCT Nông Văn Tú chủ "
     "trì).", 25, "Họp Hội đồng xét duyệt đề án", "P. họp 3 tầng 2"),
    ("(14h00) Họp Ban Chỉ đạo phòng chống thiên tai (lùi sang 15h00 thứ Bảy, 26/7), tại Hội trường UBND tỉnh.", 26,
     "Họp Ban Chỉ đạo phòng chống thiên tai", "Hội trường UBND tỉnh"),
    ("(16h00) Họp Tổ công tác (chuyển sang chiều 26/7); tại Phòng họp số 2.", 26, "Họp Tổ công tác", "Phòng họp số 2"),
])
def test_the_last_place_of_a_line_and_a_place_after_a_move(line, day, title, place):
    text = ("LỊCH CÔNG TÁC CỦA THƯỜNG TRỰC UBND TỈNH\nTuần 30 (từ ngày 21/7/2025 đến ngày 27/7/2025)\nThứ 5\n24/7\nChiều\n"
            f"{line}\n")
    (d,) = parse(normalise(text), 2025, 7).drafts
    assert (d.day, d.title, d.location) == (date(2025, 7, day), title, place)


# ". Mời …; …; … (dự kiến)." — a bare "(dự kiến)" closing the invitees says who is expected: they are the
# attendees (with the note), the title ends before them and the event stays confirmed.
@pytest.mark.parametrize("line, who", [
    ("7 giờ 30, đồng chí Bí thư Tỉnh ủy chủ trì Hội nghị Ban Thường vụ Tỉnh ủy mở rộng. Mời các đồng chí Tỉnh ủy viên; "
     "lãnh đạo các sở, ngành; Thường trực các huyện ủy (dự kiến). Điểm tại Hội trường Tỉnh ủy.",
     "các đồng chí Tỉnh ủy viên; lãnh đạo các sở, ngành; Thường trực các huyện ủy (dự kiến)"),
    ("14 giờ, đồng chí Phó Bí thư Tỉnh ủy dự Hội nghị sơ kết công tác dân vận. Mời lãnh đạo các sở, ngành (dự kiến).",
     "lãnh đạo các sở, ngành (dự kiến)"),
    ("16 giờ, Hội nghị giao ban khối Nội chính. Mời Giám đốc Công an tỉnh; Chánh án Tòa án nhân dân tỉnh (dự kiến).",
     "Giám đốc Công an tỉnh; Chánh án Tòa án nhân dân tỉnh (dự kiến)"),
])
def test_a_bare_tentative_note_after_the_invitees(line, who):
    text = ("LỊCH LÀM VIỆC CỦA THƯỜNG TRỰC TỈNH ỦY\nTuần 17 (từ ngày 22/4/2024 đến ngày 28/4/2024)\n"
            f"Thứ Năm, ngày 25/4/2024\n{line}\n")
    (d,) = parse(normalise(text), 2024, 4).drafts
    assert who in (d.subject or "") and not d.tentative, (d.subject, d.tentative)
    assert "Mời" not in d.title and "dự kiến" not in d.title


# A table's time cells may say the event was moved: "Thứ Tư 16/10, lùi sang / Thứ Ba 29/10/2024" in the date
# cell, "Chiều (lùi sang sáng thứ Sáu, 18/10)" in the session cell — the new date (and slot, hour) is the event's.
def test_a_move_in_a_tables_time_cells():
    from service.importer.table import table_drafts

    def row(line, *cells):
        return Block(line=line, cells=[[p for p in c.split("\n") if p] for c in cells])

    table = [row(1, "LỊCH CÔNG TÁC CỦA UBND XÃ (từ ngày 14/10 đến ngày 31/10/2024)"),
             row(2, "Thứ, ngày", "Buổi", "Nội dung công việc", "Chủ trì", "Địa điểm"),
             row(3, "Thứ Hai 14/10", "Sáng", "Giao ban đầu tuần", "Chủ tịch UBND xã", "Phòng họp UBND xã"),
             row(4, "Thứ Tư 16/10, lùi sang\nThứ Ba 29/10/2024", "Sáng\n8 giờ 00", "Hội nghị tổng kết công tác khuyến học",
                 "Chủ tịch UBND xã", "Hội trường UBND xã"),
             row(5, "Thứ Năm\n17/10/2024", "Chiều (lùi sang sáng thứ Sáu, 18/10)", "Kiểm tra công tác thu thuế", "", ""),
             row(6, "Thứ Năm\n17/10/2024", "Chiều\n(lùi sang 14h00 thứ Bảy, 19/10)", "Họp Hội đồng xét duyệt hộ nghèo",
                 "", "P. họp 2"),
             row(7, "Thứ Hai\n21/10/2024", "8 giờ 00 (chuyển sang chiều thứ Ba, 22/10)", "Họp Ban Chỉ đạo", "", ""),
             row(8, "Thứ Hai\n21/10/2024", "Chiều\n14 giờ 00, lùi sang 15 giờ 30", "Họp tổ công tác", "", "")]
    got = [(d.line, d.day, d.slot, d.clock, d.change, d.title) for d in table_drafts(table, 2024, 10).drafts]
    assert got == [
        (3, date(2024, 10, 14), "morning", None, None, "Giao ban đầu tuần"),
        (4, date(2024, 10, 29), "morning", time(8, 0), "postpone", "Hội nghị tổng kết công tác khuyến học"),
        (5, date(2024, 10, 18), "morning", None, "postpone", "Kiểm tra công tác thu thuế"),
        (6, date(2024, 10, 19), "afternoon", time(14, 0), "postpone", "Họp Hội đồng xét duyệt hộ nghèo"),
        (7, date(2024, 10, 22), "afternoon", None, "postpone", "Họp Ban Chỉ đạo"),
        (8, date(2024, 10, 21), "afternoon", time(15, 30), None, "Họp tổ công tác")]


# "…, tại P. họp 2 tầng 1 - tạm hoãn.": the place said last, before the cancellation, is no part of the title.
@pytest.mark.parametrize("tail", [" - tạm hoãn.", " - hoãn.", ", tạm dừng."])
def test_a_place_before_a_cancellation_leaves_the_title(tail):
    text = ("LỊCH CÔNG TÁC CỦA THƯỜNG TRỰC UBND TỈNH\nTuần 30 (từ ngày 21/7/2025 đến ngày 27/7/2025)\nThứ 4\n23/7\nSáng\n"
            f"(10h00) Họp Tổ giúp việc Ban Chỉ đạo chuyển đổi số, tại Hội trường UBND tỉnh{tail}\n")
    (d,) = parse(normalise(text), 2025, 7).drafts
    assert (d.change, d.title, d.location) == ("cancel", "Họp Tổ giúp việc Ban Chỉ đạo chuyển đổi số", "Hội trường UBND tỉnh")


# "Trong tháng: … (có kế hoạch riêng)": an entry of the month without a day keeps its note in the title (the
# reason it has no date), as a clerk reads it.
@pytest.mark.parametrize("note", ["(có kế hoạch riêng)", "(có chương trình riêng)", "(có lịch riêng)"])
def test_a_month_entry_keeps_its_own_plan_note(note):
    text = (f"CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2023\n1. Ngày 14/3: Giao ban Thường trực Đảng ủy.\n"
            f"2. Trong tháng: Ban Tuyên giáo Đảng ủy kiểm tra công tác tuyên truyền tại các chi bộ {note}.\n")
    _, month = parse(normalise(text), 2023, 3).drafts
    assert (month.day, month.span, month.title) == (
        None, None, f"Ban Tuyên giáo Đảng ủy kiểm tra công tác tuyên truyền tại các chi bộ {note}")
