"""Schedule tables read into drafts (service.importer.table): the layouts offices use, merged rows, spans,
weekly rules, undated and tentative rows, and the rows that become no event (with their reasons)."""
from datetime import date, time

from service.importer.document import Block
from service.importer.table import table_drafts
from tests.bounds import cpu_bounded


def rows(*cells_per_row, start=1):
    """Rows as the reader makes them: each cell a list of paragraphs ("a\nb" = two paragraphs)."""
    out = []
    for i, cells in enumerate(cells_per_row):
        out.append(Block(line=start + i, cells=[[p for p in c.split("\n") if p] if c else [] for c in cells]))
    return out


def reasons(result):
    return [(s.line, s.reason) for s in result.skipped]


# UBND xã weekly: Thứ/ngày | Buổi | Nội dung | Chủ trì | Thành phần | Địa điểm ---------------------------

XA_WEEK = rows(
    ["LỊCH CÔNG TÁC TUẦN CỦA UBND XÃ (từ ngày 06/11 đến ngày 12/11/2023)"],  # title row, one merged cell
    ["Thứ, ngày", "Buổi", "Nội dung công việc", "Chủ trì", "Thành phần", "Địa điểm"],
    ["Thứ Hai\n06/11", "Sáng", "7h30: Giao ban đầu tuần", "Đ/c Hoàng Văn Dũng - PCT", "Lãnh đạo UBND xã, "
     "công chức", "Phòng họp UBND xã"],
    ["", "Chiều", "Tiếp công dân định kỳ", "Chủ tịch UBND xã", "", "Trụ sở tiếp công dân"],
    ["Thứ Ba\n07/11", "Sáng", "Làm việc tại cơ quan", "", "", ""],
    ["Thứ Tư 08/11", "Cả ngày", "Kiểm tra công tác phòng chống dịch tại thôn Bản Lầu", "Đồng chí Nguyễn Văn An, "
     "Phó Chủ tịch UBND", "Trạm Y tế", "Thôn Bản Lầu"],
    ["Thứ Năm 09/11", "Chiều", "", "", "", ""],
    ["Thứ Sáu 10/11", "", "Họp Ban Chỉ đạo\n1. Báo cáo kết quả thu ngân sách (Công chức Tài chính chuẩn bị)\n"
     "2. Tờ trình phương án cứu trợ", "", "", ""],
    ["Thứ Hai 11/12", "Sáng", "Hội nghị tuần sau", "", "", ""],
    ["", "Chiều", "Họp tuần sau", "", "", ""],  # the same day as above: outside too
    start=10)


def test_commune_week_dates_slots_and_people():
    result = table_drafts(XA_WEEK, 2023, 11)
    first, second, third, fourth = result.drafts
    assert (first.day, first.slot, first.clock, first.title) == (date(2023, 11, 6), "morning", time(7, 30),
                                                                 "Giao ban đầu tuần")
    assert (first.chair, first.chair_note, first.kind, first.line) == ("Hoàng Văn Dũng", "PCT", "meeting", 12)
    assert first.subject == "Lãnh đạo UBND xã, công chức" and first.location == "Phòng họp UBND xã"
    # the empty date cell under a dated row, with its own slot: the same day
    assert (second.day, second.slot, second.kind, second.chair) == (date(2023, 11, 6), "afternoon", "reception",
                                                                    "Chủ tịch UBND xã")
    assert second.chair_note is None and second.location == "Trụ sở tiếp công dân" and second.subject is None
    assert (third.day, third.slot, third.chair, third.chair_note) == (date(2023, 11, 8), "full_day", "Nguyễn Văn An",
                                                                      "Phó Chủ tịch UBND")
    assert third.kind == "other" and not third.tentative
    assert fourth.day == date(2023, 11, 10) and fourth.title == "Họp Ban Chỉ đạo" and fourth.slot is None
    assert [(i.number, i.title, i.units) for i in fourth.agenda] == [
        (1, "Báo cáo kết quả thu ngân sách", [("Công chức Tài chính", "lead")]),
        (2, "Tờ trình phương án cứu trợ", [])]
    assert reasons(result) == [(14, "làm việc tại cơ quan"), (16, "có ngày nhưng không có nội dung"),
                               (18, "ngoài thời gian của chương trình"), (19, "ngoài thời gian của chương trình")]
    assert result.warnings == []


def test_not_a_schedule_table_is_none():
    assert table_drafts(rows(["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]), 2023, 11) is None
    assert table_drafts(rows(["Nội dung", "Ghi chú"], ["Họp", ""]), 2023, 11) is None  # no time column
    assert table_drafts(rows(["Ngày", "Chủ trì"], ["06/11", "Chủ tịch"]), 2023, 11) is None  # no content column
    tasks = rows(["TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành"], ["1", "Rà soát hộ nghèo",
                                                                                         "Phòng LĐ-TB&XH", "15/11"])
    assert table_drafts(tasks, 2023, 11) is None  # a deadline is no event date


# Provincial leaders: Thời gian | Nội dung | Lãnh đạo | Địa điểm; day headings in merged rows ------------

PROVINCE = rows(
    ["Thời gian", "Nội dung", "Lãnh đạo", "Địa điểm"],
    ["THỨ HAI, NGÀY 06 THÁNG 11 NĂM 2023"],
    ["8h00", "Họp Ban Thường vụ Tỉnh ủy", "Chủ tịch, các Phó Chủ tịch", "Phòng họp số 1"],
    ["14 giờ 30", "Làm việc với Sở Tài chính về dự toán ngân sách", "PCT Mai Xuân Liêm", "Sở Tài chính"],
    ["Thứ Ba, ngày 07 tháng 11 năm 2023", "", "", ""],  # a day heading written in the first cell only
    ["Sáng", "+ Dự Hội nghị tổng kết ngành Y tế\n+ (10h) Tiếp đoàn công tác của Bộ", "PCT Đầu Thanh Tùng", ""],
    ["", "Đi cơ sở", "", ""],  # neither date nor slot: not the day above
    ["TUẦN 2"],
    ["Chiều", "Họp giao ban", "", ""],  # after a section row the day above no longer holds
    ["Thứ Tư 09/11", "Họp thường kỳ", "", ""],
    start=40)


def test_province_leader_table_day_headings_and_several_events_in_a_cell():
    result = table_drafts(PROVINCE, 2023, 11)
    titles = [(d.day, d.slot, d.clock, d.title) for d in result.drafts]
    assert titles == [
        (date(2023, 11, 6), None, time(8, 0), "Họp Ban Thường vụ Tỉnh ủy"),
        (date(2023, 11, 6), None, time(14, 30), "Làm việc với Sở Tài chính về dự toán ngân sách"),
        (date(2023, 11, 7), "morning", None, "Dự Hội nghị tổng kết ngành Y tế"),
        (date(2023, 11, 7), "morning", time(10, 0), "Tiếp đoàn công tác của Bộ"),
        (date(2023, 11, 9), None, None, "Họp thường kỳ")]
    leaders = [(d.chair, d.chair_note) for d in result.drafts[:4]]
    assert leaders == [("Chủ tịch, các Phó Chủ tịch", None), ("Mai Xuân Liêm", "PCT"),
                       ("Đầu Thanh Tùng", "PCT"), ("Đầu Thanh Tùng", "PCT")]
    assert result.drafts[0].location == "Phòng họp số 1" and result.drafts[2].location is None
    assert [d.kind for d in result.drafts] == ["meeting", "meeting", "meeting", "other", "meeting"]
    assert reasons(result) == [(46, "không rõ ngày (ô thời gian trống hoặc không đọc được)"),
                               (48, "không rõ ngày (ô thời gian trống hoặc không đọc được)")]
    assert result.warnings == ["Dòng 49: ngày 09/11/2023 là Thứ Năm, văn bản ghi Thứ Tư"]


# Monthly program: TT | Ngày | Nội dung | Đơn vị chuẩn bị | Chủ trì | Ghi chú -----------------------------

MONTH = rows(
    ["TT", "Ngày, tháng", "Nội dung", "Đơn vị chuẩn bị", "Lãnh đạo chủ trì", "Ghi chú"],
    ["I", "LỊCH HỌP, HỘI NGHỊ", "LỊCH HỌP, HỘI NGHỊ", "LỊCH HỌP, HỘI NGHỊ", "LỊCH HỌP, HỘI NGHỊ",
     "LỊCH HỌP, HỘI NGHỊ"],
    ["1", "Từ 13-15/11", "Kỳ họp thứ 12 HĐND huyện", "Văn phòng HĐND-UBND", "Chủ tịch HĐND huyện", ""],
    ["2", "Các ngày 01, 08, 15", "Tiếp công dân định kỳ", "Ban Tiếp công dân", "Chủ tịch UBND huyện", ""],
    ["3", "Dự kiến 20/11", "Họp UBND huyện thường kỳ\n1. Báo cáo tình hình kinh tế - xã hội tháng 11\n"
     "2. Tờ trình dự toán ngân sách (Phòng Tài chính - Kế hoạch chủ trì, Chi cục Thuế phối hợp)",
     "Văn phòng HĐND-UBND", "Chủ tịch UBND huyện", ""],
    ["4", "Thông báo sau", "Hội nghị tổng kết công tác dân vận", "Phòng Nội vụ chủ trì, Văn phòng phối hợp", "", ""],
    ["5", "", "Kiểm tra tiến độ xây dựng nông thôn mới", "Phòng Nông nghiệp", "", ""],
    ["6", "Chiều thứ Năm hằng tuần", "Giao ban Thường trực", "", "Chủ tịch UBND huyện", ""],
    ["7", "Thứ 2 hằng tuần", "Chào cờ", "", "", ""],
    ["8", "25/11", "Hội thảo chuyển đổi số", "", "", "Dự kiến"],
    ["9", "13/12/2023", "Tổng kết năm", "", "", ""],
    ["10", "30/10", "Họp tháng trước", "", "", ""],
    start=100)


def test_monthly_program_spans_lists_tentative_undated_weekly():
    result = table_drafts(MONTH, 2023, 11)
    d = result.drafts
    assert [x.title for x in d] == ["Kỳ họp thứ 12 HĐND huyện"] + ["Tiếp công dân định kỳ"] * 3 + [
        "Họp UBND huyện thường kỳ", "Hội nghị tổng kết công tác dân vận", "Giao ban Thường trực", "Chào cờ",
        "Hội thảo chuyển đổi số", "Họp tháng trước"]
    session = d[0]
    assert (session.span, session.day, session.kind) == ((date(2023, 11, 13), date(2023, 11, 15)), None, "multi_day")
    assert [(i.title, i.units) for i in session.agenda] == [("Kỳ họp thứ 12 HĐND huyện",
                                                            [("Văn phòng HĐND-UBND", "lead")])]
    assert session.chair == "Chủ tịch HĐND huyện"
    assert [x.day for x in d[1:4]] == [date(2023, 11, 1), date(2023, 11, 8), date(2023, 11, 15)]
    assert all(x.kind == "reception" for x in d[1:4])
    meeting = d[4]
    assert (meeting.day, meeting.tentative, meeting.kind) == (date(2023, 11, 20), True, "meeting")
    assert [(i.number, i.title, i.units) for i in meeting.agenda] == [
        (1, "Báo cáo tình hình kinh tế - xã hội tháng 11", [("Văn phòng HĐND-UBND", "lead")]),
        (2, "Tờ trình dự toán ngân sách", [("Phòng Tài chính - Kế hoạch", "lead"), ("Chi cục Thuế", "support")])]
    undated = d[5]
    assert (undated.day, undated.span, undated.weekly, undated.tentative) == (None, None, None, False)
    assert undated.agenda[0].units == [("Phòng Nội vụ", "lead"), ("Văn phòng", "support")]
    weekly = d[6]
    assert (weekly.weekly, weekly.slot, weekly.day, weekly.kind) == ((3, "afternoon"), "afternoon", None, "meeting")
    monday = d[7]  # "Thứ 2 hằng tuần" is Mondays, not 02:00
    assert (monday.weekly, monday.clock, monday.slot) == ((0, None), None, None)
    assert (d[8].day, d[8].tentative) == (date(2023, 11, 25), True)
    assert d[9].day == date(2023, 10, 30)  # a few days before the month: a week straddling it
    # row 6 has no date after an undated row: not the day of any row above
    assert reasons(result) == [(106, "không rõ ngày (ô thời gian trống hoặc không đọc được)"),
                               (110, "ngoài thời gian của chương trình")]
    assert not [x for x in d if not x.tentative and x.title == "Hội thảo chuyển đổi số"]


def test_weekly_rule_with_slot_in_its_own_column():
    table = rows(["Ngày", "Buổi", "Nội dung", "Chủ trì"],
                 ["Thứ Năm hằng tuần", "Chiều", "Giao ban khối Nội chính", "Phó Chủ tịch Trần Thị Bình"],
                 ["", "Sáng", "Họp Chi bộ", ""])
    result = table_drafts(table, 2023, 11)
    assert len(result.drafts) == 1
    rule = result.drafts[0]
    assert (rule.weekly, rule.slot, rule.day, rule.chair, rule.chair_note) == (
        (3, "afternoon"), "afternoon", None, "Trần Thị Bình", "Phó Chủ tịch")
    assert reasons(result) == [(3, "không rõ ngày (ô thời gian trống hoặc không đọc được)")]


# Other headers: two-row header, one "Thời gian" cell holding date and hour, date forms ---------------------

def test_header_over_two_rows_and_date_forms():
    table = rows(["LỊCH LÀM VIỆC CỦA THƯỜNG TRỰC HĐND HUYỆN"],
                 ["Thời gian", "Nội dung", "Thành phần tham dự", "Cơ quan chuẩn bị"],  # "Thời gian" over two
                 ["Ngày", "Giờ", "", "", ""],
                 ["06/11/2023 (Thứ Hai)", "8h00", "Họp Thường trực HĐND", "Các Ban HĐND", "Văn phòng"],
                 ["Thứ 3 ngày 7/11", "14 giờ", "Giám sát việc thu phí chợ", "Ban Kinh tế - Xã hội", ""],
                 ["Từ ngày 08/11 đến ngày 10/11/2023", "", "Khảo sát tại các xã", "", ""],
                 ["15/11", "7h30'", "Tiếp xúc cử tri\nĐịa điểm: Nhà văn hóa thôn 3", "", ""])
    result = table_drafts(table, 2023, 11)
    a, b, c, e = result.drafts
    assert (a.day, a.clock, a.subject, a.agenda[0].units) == (date(2023, 11, 6), time(8), "Các Ban HĐND",
                                                              [("Văn phòng", "lead")])
    assert (b.day, b.clock, b.subject, b.agenda) == (date(2023, 11, 7), time(14), "Ban Kinh tế - Xã hội", [])
    assert (c.span, c.kind) == ((date(2023, 11, 8), date(2023, 11, 10)), "multi_day")
    assert (e.day, e.clock, e.location, e.title) == (date(2023, 11, 15), time(7, 30), "Nhà văn hóa thôn 3",
                                                     "Tiếp xúc cử tri")
    assert result.warnings == [] and result.skipped == []


def test_single_when_column_with_slot_and_clock_and_bare_span():
    table = rows(["STT", "Thời gian", "Nội dung", "Địa điểm"],
                 ["1", "Sáng thứ Hai 06/11, 7h30", "Chào cờ đầu tháng", "Sân UBND"],
                 ["2", "13-15/11", "Tập huấn cán bộ", "Hội trường huyện"],
                 ["3", "Thứ Tư 08/11", "Hội nghị trực tuyến", "Điểm cầu huyện"])
    d = table_drafts(table, 2023, 11).drafts
    assert (d[0].day, d[0].slot, d[0].clock, d[0].location) == (date(2023, 11, 6), "morning", time(7, 30), "Sân UBND")
    assert (d[1].span, d[1].day) == ((date(2023, 11, 13), date(2023, 11, 15)), None)
    assert (d[2].day, d[2].kind) == (date(2023, 11, 8), "meeting")


def test_merged_day_rows_repeated_by_the_reader_and_december_into_january():
    table = rows(["Thứ/ngày", "Thời gian", "Nội dung", "Chủ trì"],
                 ["Thứ Sáu 29/12", "Sáng", "Tổng kết công tác năm", "Bí thư Đảng ủy"],
                 ["Thứ Sáu 29/12", "Chiều", "Họp Ban Chấp hành", "Bí thư Đảng ủy"],
                 ["Thứ Ba 02/01", "Sáng", "Họp đầu năm", ""])
    d = table_drafts(table, 2023, 12).drafts
    assert [(x.day, x.slot) for x in d] == [(date(2023, 12, 29), "morning"), (date(2023, 12, 29), "afternoon"),
                                            (date(2024, 1, 2), "morning")]


def test_weekday_mismatch_warns():
    result = table_drafts(rows(["Ngày", "Nội dung"], ["Thứ Ba 06/11", "Họp"]), 2023, 11)
    assert result.drafts[0].day == date(2023, 11, 6)
    assert result.warnings == ["Dòng 2: ngày 06/11/2023 là Thứ Hai, văn bản ghi Thứ Ba"]


def test_bounded_on_hostile_cells():
    long = "1" * 5000 + " giờ " + "Thứ " * 3000 + "/" * 3000 + "- " * 3000
    table = rows(["Ngày", "Nội dung", "Chủ trì", "Đơn vị chuẩn bị"],
                 *[[long, long, "Đ/c " + "Aa " * 3000, "(" * 2000 + " chủ trì" * 500] for _ in range(20)])
    with cpu_bounded(2, "hostile cells"):
        table_drafts(table, 2023, 11)


def test_slot_paragraphs_in_one_content_cell_are_events_of_that_day():
    table = rows(["Ngày", "Nội dung công việc", "Chủ trì"],
                 ["Thứ Hai\n06/11", "Sáng: Họp giao ban\nChiều: Tiếp công dân", "Đ/c Nguyễn Văn An\nPCT UBND"])
    d = table_drafts(table, 2023, 11).drafts
    assert [(x.day, x.slot, x.title, x.kind) for x in d] == [
        (date(2023, 11, 6), "morning", "Họp giao ban", "meeting"),
        (date(2023, 11, 6), "afternoon", "Tiếp công dân", "reception")]
    assert (d[0].chair, d[0].chair_note) == ("Nguyễn Văn An", "PCT UBND")


def test_undated_wordings_are_events_of_the_month_never_the_day_above():
    table = rows(["Thời gian", "Buổi", "Nội dung"],
                 ["06/11", "Sáng", "Họp A"],
                 ["Trong tháng", "", "Kiểm tra B"],
                 ["", "Chiều", "Họp C"],  # after an undated row: not 06/11
                 ["07/11", "Sáng", "Họp D"],
                 ["Theo giấy mời", "", "Dự hội nghị E"],
                 ["", "", "Hội nghị F (thời gian thông báo sau)"],
                 ["Cuối tháng", "", "Sơ kết G"])
    result = table_drafts(table, 2023, 11)
    assert [(x.title, x.day) for x in result.drafts] == [
        ("Họp A", date(2023, 11, 6)), ("Kiểm tra B", None), ("Họp D", date(2023, 11, 7)), ("Dự hội nghị E", None),
        ("Hội nghị F (thời gian thông báo sau)", None), ("Sơ kết G", None)]
    assert all(x.span is None and x.weekly is None for x in result.drafts)
    assert reasons(result) == [(4, "không rõ ngày (ô thời gian trống hoặc không đọc được)")]


def test_tentative_section_and_section_number_cell():
    table = rows(["TT", "Thời gian", "Nội dung"],
                 ["I", "CÔNG VIỆC CHÍNH THỨC", "CÔNG VIỆC CHÍNH THỨC"],
                 ["1", "10/11", "Họp A"],
                 ["II", "CÁC HOẠT ĐỘNG DỰ KIẾN", "CÁC HOẠT ĐỘNG DỰ KIẾN"],
                 ["1", "24/11", "Hội nghị B"],
                 ["III. KHÁC"],
                 ["1", "27/11", "Hội nghị C"])
    d = table_drafts(table, 2023, 11).drafts
    assert [(x.title, x.tentative) for x in d] == [("Họp A", False), ("Hội nghị B", True), ("Hội nghị C", False)]


def test_period_tolerance_is_a_week():
    table = rows(["Ngày", "Nội dung"], ["24/10", "A"], ["25/10", "B"], ["07/12", "C"], ["08/12", "D"])
    result = table_drafts(table, 2023, 11)
    assert [x.title for x in result.drafts] == ["B", "C"]
    assert reasons(result) == [(2, "ngoài thời gian của chương trình"), (5, "ngoài thời gian của chương trình")]


def test_weekday_row_under_the_header_is_not_read_as_a_second_header_row():
    table = rows(["Thứ", "Ngày", "Nội dung"], ["Thứ Hai", "06/11", "Họp A"])
    assert [x.day for x in table_drafts(table, 2023, 11).drafts] == [date(2023, 11, 6)]


def test_header_with_time_merged_over_date_and_slot():
    table = rows(["Thời gian", "Nội dung", "Chủ trì"],  # "Thời gian" spans two columns, kept once
                 ["Ngày", "Buổi", "", ""],
                 ["Thứ Hai 06/11", "Chiều", "Họp Đảng ủy", "Bí thư Đảng ủy"])
    d = table_drafts(table, 2023, 11).drafts
    assert [(x.day, x.slot, x.title, x.chair) for x in d] == [(date(2023, 11, 6), "afternoon", "Họp Đảng ủy",
                                                               "Bí thư Đảng ủy")]


def test_council_table_slot_notes_and_at_office_beside_an_event():
    table = rows(["Ngày", "Nội dung công việc"],
                 ["Thứ Ba\n07/11", "+ Thường trực HĐND giám sát Sở Nội vụ (chiều; dự: đ/c Triệu)\n"
                  "+ Ban Pháp chế khảo sát tại huyện (ngày)\n+ Họp Ban Kinh tế (sáng; chủ trì: đ/c Lê Văn Hòa)"],
                 ["Thứ Tư 08/11", "Sáng: Làm việc tại cơ quan\nChiều: Họp Thường trực HĐND"])
    result = table_drafts(table, 2023, 11)
    assert [(x.day, x.slot, x.title, x.subject, x.chair) for x in result.drafts] == [
        (date(2023, 11, 7), "afternoon", "Thường trực HĐND giám sát Sở Nội vụ", "đ/c Triệu", None),
        (date(2023, 11, 7), "full_day", "Ban Pháp chế khảo sát tại huyện", None, None),
        (date(2023, 11, 7), "morning", "Họp Ban Kinh tế", None, "Lê Văn Hòa"),
        (date(2023, 11, 8), "afternoon", "Họp Thường trực HĐND", "Thường trực HĐND", None)]  # the body meets
    assert reasons(result) == [(3, "làm việc tại cơ quan")]


def test_items_under_an_hour_and_numbered_events_in_one_cell():
    table = rows(["Ngày", "Nội dung", "Đơn vị chuẩn bị"],
                 ["06/11", "8h00: Họp UBND huyện\n- Báo cáo tiến độ giải ngân\n"
                  "- Tờ trình giá đất (Phòng TN-MT chuẩn bị)", "Văn phòng"],
                 ["07/11", "1. Họp Hội đồng thi đua\n2. Hội nghị cán bộ chủ chốt", ""])
    d = table_drafts(table, 2023, 11).drafts
    assert [(x.day, x.clock, x.title) for x in d] == [
        (date(2023, 11, 6), time(8), "Họp UBND huyện"), (date(2023, 11, 7), None, "Họp Hội đồng thi đua"),
        (date(2023, 11, 7), None, "Hội nghị cán bộ chủ chốt")]
    assert [(i.number, i.title, i.units) for i in d[0].agenda] == [
        (None, "Báo cáo tiến độ giải ngân", [("Văn phòng", "lead")]),
        (None, "Tờ trình giá đất", [("Phòng TN-MT", "lead")])]
    assert d[1].agenda == [] and d[2].agenda == []


def test_full_date_span_morning_and_afternoon_and_bracketed_chair():
    table = rows(["Thời gian", "Nội dung", "Chủ trì"],
                 ["06/11/2023 - 08/11/2023", "Diễn tập khu vực phòng thủ", "Chủ tịch UBND huyện (Đ/c Lò Văn Minh)"],
                 ["Sáng, chiều 09/11", "Tập huấn nghiệp vụ", ""])
    a, b = table_drafts(table, 2023, 11).drafts
    assert (a.span, a.chair, a.chair_note) == ((date(2023, 11, 6), date(2023, 11, 8)), "Lò Văn Minh",
                                               "Chủ tịch UBND huyện")
    assert (b.day, b.slot) == (date(2023, 11, 9), "full_day")


def test_row_with_date_merged_over_the_slot_column():
    table = rows(["Thứ, ngày", "Buổi", "Nội dung", "Chủ trì", "Địa điểm"],
                 ["Từ 13-15/11", "Hội nghị tập huấn cán bộ", "Phó Chủ tịch Trần Văn Nam", "Hội trường"],  # 4 cells
                 ["16/11", "Sáng", "Họp Ban Chỉ đạo", "", ""])
    a, b = table_drafts(table, 2023, 11).drafts
    assert (a.span, a.title, a.chair, a.location) == ((date(2023, 11, 13), date(2023, 11, 15)),
                                                      "Hội nghị tập huấn cán bộ", "Trần Văn Nam", "Hội trường")
    assert (b.day, b.slot, b.title) == (date(2023, 11, 16), "morning", "Họp Ban Chỉ đạo")


def test_who_chairs_said_in_the_content_when_there_is_no_chair_column():
    table = rows(["Ngày", "Thời gian", "Nội dung"],
                 ["Thứ Hai 06/10", "7h30", "Phó Chủ tịch UBND xã Tạ Minh Khoa chủ trì họp giao ban khối văn xã"],
                 ["", "14h00", "Thường trực Đảng ủy làm việc với chi bộ thôn Bắc"])
    d = table_drafts(table, 2025, 10).drafts
    assert [(x.chair, x.subject) for x in d] == [("Tạ Minh Khoa", None), (None, "Thường trực Đảng ủy")]


def test_a_list_of_days_with_its_month_and_a_date_cell_with_its_own_plan():
    table = rows(["Thời gian", "Nội dung"],
                 ["Các ngày 05, 14 và 26/03/2025", "Thường trực Đảng ủy dự sinh hoạt chi bộ thôn"],
                 ["Có kế hoạch riêng", "Kiểm tra việc chấp hành Điều lệ Đảng tại chi bộ ấp Tây"])
    d = table_drafts(table, 2025, 3).drafts
    assert [(x.day, x.title[:20]) for x in d] == [
        (date(2025, 3, 5), "Thường trực Đảng ủy "), (date(2025, 3, 14), "Thường trực Đảng ủy "),
        (date(2025, 3, 26), "Thường trực Đảng ủy "), (None, "Kiểm tra việc chấp h")]


def test_changes_written_in_the_content_cell_and_office_work_with_its_leader():
    table = rows(["Thứ, ngày", "Buổi", "Nội dung"],
                 ["Thứ Hai 16/09/2024", "Sáng", "Hội nghị bàn giải pháp giảm nghèo (lùi sang 9 giờ 00 chiều thứ Tư, ngày "
                  "18/9/2024)"],
                 ["Thứ Hai 16/09/2024", "Chiều", "Chủ tịch UBND huyện tiếp công dân (HOÃN, thời gian thông báo sau)"],
                 ["Thứ Ba 17/09/2024", "Sáng", "Họp Ban Chỉ đạo 389 huyện (chuyển từ ngày 10/9/2024)"],
                 ["Thứ Ba 17/09/2024", "Chiều", "Lãnh đạo UBND huyện làm việc tại cơ quan."],
                 ["Thứ Tư 18/09/2024", "Sáng", "Hội nghị tuyên truyền phòng chống hủy hoại rừng"])
    result = table_drafts(table, 2024, 9)
    assert [(x.day, x.slot, x.clock, x.change, x.title) for x in result.drafts] == [
        (date(2024, 9, 18), "afternoon", time(9), "postpone", "Hội nghị bàn giải pháp giảm nghèo"),
        (date(2024, 9, 16), "afternoon", None, "cancel", "Chủ tịch UBND huyện tiếp công dân"),
        (date(2024, 9, 17), "morning", None, None, "Họp Ban Chỉ đạo 389 huyện"),
        (date(2024, 9, 18), "morning", None, None, "Hội nghị tuyên truyền phòng chống hủy hoại rừng")]
    assert (5, "làm việc tại cơ quan") in reasons(result)
