"""The parser on the forms of the eighth held-out set's genre, each in short lines written for these tests:
a notice whose title carries the period, reception lines with hour ranges and the receiving leader, weekly
days with entries numbered across the week, the hour in square brackets, dates in words, fields after a
semicolon, the office's wording of a provincial Party committee's week."""
from datetime import date, time

from service.importer.parse import parse


def notice(*body, title=("THÔNG BÁO", "Lịch tiếp công dân của lãnh đạo xã tháng 4 năm 2025")):
    return "\n".join(["UBND XÃ HÒA AN", "Số: 21/TB-UBND", "Hòa An, ngày 28 tháng 3 năm 2025", *title, *body])


def test_a_notice_titled_with_its_period():
    for title, kind in [(("THÔNG BÁO", "Lịch tiếp công dân của lãnh đạo xã tháng 4 năm 2025"), "monthly"),
                        (("THÔNG BÁO", "Lịch tiếp công dân tháng 4 năm 2025"), "monthly"),
                        (("Lịch tiếp công dân của Chủ tịch UBND xã tháng 4 năm 2025",), "monthly"),
                        (("THÔNG BÁO LỊCH CÔNG TÁC TUẦN", "(Từ ngày 07/4 đến ngày 11/4/2025)"), "weekly")]:
        result = parse(notice("Ngày 08/4/2025 (thứ Ba), 8 giờ 00: Họp giao ban UBND xã; tại Phòng họp số 1.",
                              title=title))
        assert (result.year, result.month, result.document.kind) == (2025, 4, kind), title
        assert result.document.title.lower().startswith(title[0][:8].lower())
        assert [d.day for d in result.drafts] == [date(2025, 4, 8)]


def test_reception_lines_with_hour_ranges_and_the_receiving_leader():
    result = parse(notice(
        "1. Ngày 03/4/2025 (thứ Năm), sáng từ 7 giờ 30 đến 11 giờ 00: Tiếp công dân định kỳ của Chủ tịch UBND xã "
        "(đồng chí Lê Văn Bình); tại Phòng Tiếp công dân xã.",
        "2. Ngày 08/4/2025 (thứ Ba), chiều từ 13h30 đến 17h00: Tiếp công dân của Phó Chủ tịch UBND xã phụ trách kinh "
        "tế (đồng chí Trần Thị Mai); tại Trụ sở UBND xã.",
        "3. Ngày 10/4/2025 (thứ Năm), buổi sáng từ 8 giờ đến 10 giờ 30: Tiếp công dân định kỳ của Bí thư Đảng ủy xã; "
        "tại Hội trường UBND xã.",
        "Không bố trí tiếp công dân ngày 05/4/2025 (thứ Bảy).",
        "4. Ngày 14/4/2025 (thứ Hai), 14 giờ 00: Giao ban công tác tiếp công dân quý I; chủ trì: Chủ tịch UBND xã; "
        "thành phần: công chức Tư pháp - Hộ tịch, Địa chính xã; tại Phòng họp UBND xã.",
    ))
    got = [(d.day, d.slot, d.clock, d.kind, d.chair, d.location) for d in result.drafts]
    assert got == [
        (date(2025, 4, 3), "morning", time(7, 30), "reception", "Lê Văn Bình", "Phòng Tiếp công dân xã"),
        (date(2025, 4, 8), "afternoon", time(13, 30), "reception", "Trần Thị Mai", "Trụ sở UBND xã"),
        (date(2025, 4, 10), "morning", time(8), "reception", "Bí thư Đảng ủy xã", "Hội trường UBND xã"),
        (date(2025, 4, 14), None, time(14), "meeting", "Chủ tịch UBND xã", "Phòng họp UBND xã"),
    ]
    assert result.drafts[0].title == "Tiếp công dân định kỳ của Chủ tịch UBND xã (đồng chí Lê Văn Bình)"
    assert result.drafts[3].subject == "công chức Tư pháp - Hộ tịch, Địa chính xã"
    assert [(s.text[:20], s.reason) for s in result.skipped if s.text.startswith("Không")] == [
        ("Không bố trí tiếp cô", "không tổ chức, không phải sự kiện")]


def week(*body):
    return "\n".join(["UBND TỈNH NAM SƠN", "SỞ XÂY DỰNG", "Nam Sơn, ngày 01 tháng 3 năm 2024", "LỊCH LÀM VIỆC",
                      "Tuần 10 (04/3/2024 - 10/3/2024)", *body])


def test_weekday_colon_headings_and_entries_numbered_across_the_week():
    result = parse(week(
        "* Thứ Hai: 04/3",
        "1- 08h00: GĐ Phan Văn Tùng chủ trì giao ban Ban Giám đốc - Thành phần: các Phó Giám đốc, Chánh Văn phòng "
        "- Địa điểm: Phòng họp 1.",
        "2- 14h00: PGĐ Đỗ Thị Lan dự họp Ban Chỉ đạo đô thị do UBND tỉnh tổ chức - Địa điểm: UBND tỉnh.",
        "THỨ BA: NGÀY 05/3/2024",
        "3- Cả ngày: GĐ Phan Văn Tùng đi kiểm tra công trình cầu Bến Đá (Phòng Quản lý xây dựng chuẩn bị) - Cùng đi: "
        "Trưởng phòng Quản lý xây dựng, đại diện Ban Quản lý dự án.",
        "4- 09h30: PGĐ Đỗ Thị Lan làm việc với UBND huyện Yên Khê - Địa điểm: UBND huyện Yên Khê.",
        "- Thứ Tư: 6/3",
        "5- 07h30 (từ ngày 06/3 đến hết ngày 07/3): GĐ Phan Văn Tùng dự Hội nghị Ban Chấp hành Đảng bộ tỉnh - Địa "
        "điểm: Hội trường tỉnh.",
        "6- 14h00 (lùi sang 15h30): P.GĐ Võ Minh Sơn chủ trì họp thẩm định hồ sơ thiết kế - Địa điểm: Phòng họp 2.",
        "7- 8 giờ (chuyển sang 9 giờ 30): PGĐ Đỗ Thị Lan tiếp công dân định kỳ - Địa điểm: Phòng Tiếp công dân.",
        "Các phòng gửi báo cáo tháng về Văn phòng Sở trước 16h00 ngày 08/3/2024.",
    ))
    d4, d5, d6 = date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6)
    got = [(d.day, d.span, d.slot, d.clock, d.chair, d.subject, d.location) for d in result.drafts]
    assert got == [
        (d4, None, None, time(8), "Phan Văn Tùng", "các Phó Giám đốc, Chánh Văn phòng", "Phòng họp 1"),
        (d4, None, None, time(14), None, "PGĐ Đỗ Thị Lan", "UBND tỉnh"),
        (d5, None, "full_day", None, None, "GĐ Phan Văn Tùng; Trưởng phòng Quản lý xây dựng, đại diện Ban Quản lý dự án",
         None),
        (d5, None, None, time(9, 30), None, "PGĐ Đỗ Thị Lan", "UBND huyện Yên Khê"),
        (None, (d6, date(2024, 3, 7)), None, time(7, 30), None, "GĐ Phan Văn Tùng", "Hội trường tỉnh"),
        (d6, None, None, time(15, 30), "Võ Minh Sơn", None, "Phòng họp 2"),
        (d6, None, None, time(9, 30), "Đỗ Thị Lan", None, "Phòng Tiếp công dân"),
    ]
    assert result.drafts[4].title == "GĐ Phan Văn Tùng dự Hội nghị Ban Chấp hành Đảng bộ tỉnh"
    assert result.drafts[5].title == "P.GĐ Võ Minh Sơn chủ trì họp thẩm định hồ sơ thiết kế"
    assert [s.reason for s in result.skipped if s.text.startswith("Các phòng")] == ["hạn hoàn thành, không phải sự kiện"]


def test_deadlines_with_an_hour_or_in_words_are_no_events():
    for line in ("Các đơn vị gửi báo cáo về Văn phòng trước 16h00 ngày 20/3/2024.",
                 "Các xã nộp hồ sơ chậm nhất là 10 giờ, ngày 18/3.",
                 "Các chi bộ gửi danh sách về Văn phòng trước ngày 25 tháng 3 năm 2024.",
                 "Các đơn vị đăng ký trước ngày 12 tháng 3."):
        result = parse(week("* Thứ Hai: 04/3", "1- 08h00: Giao ban Ban Giám đốc - Địa điểm: Phòng họp 1.", line))
        assert len(result.drafts) == 1, line
        assert [s.reason for s in result.skipped if s.text == line] == ["hạn hoàn thành, không phải sự kiện"], line


def council_month(*body):
    return "\n".join(["HỘI ĐỒNG NHÂN DÂN", "XÃ BÌNH MINH", "THƯỜNG TRỰC", "Số: 09/CTr-TTHĐND",
                      "Bình Minh, ngày 29 tháng 6 năm 2024", "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 7 NĂM 2024",
                      "của Thường trực HĐND xã", *body])


def test_the_when_in_square_brackets_and_a_councils_field_names():
    result = parse(council_month(
        "I. HOẠT ĐỘNG THƯỜNG KỲ",
        "1. [Sáng thứ Hai hằng tuần; 7 giờ 30] Thường trực HĐND xã dự giao ban với Thường trực Đảng ủy. Địa điểm tổ "
        "chức: Phòng họp Đảng ủy.",
        "2. [Ngày 08/7, thứ Hai; 14 giờ] Thường trực HĐND xã họp thường kỳ tháng 7. Chủ tọa: đồng chí Chủ tịch HĐND "
        "xã. Thành phần gồm: Phó Chủ tịch HĐND xã, Trưởng các Ban HĐND xã. Địa điểm tổ chức: Phòng họp HĐND xã. "
        "Nội dung:",
        "- Dự thảo kế hoạch giám sát quý III (Bộ phận chuẩn bị: Văn phòng HĐND và UBND xã).",
        "- Chương trình kỳ họp thường lệ giữa năm (dự kiến; Bộ phận chuẩn bị: Ban Pháp chế HĐND xã).",
        "3. [Ngày 13/7, thứ Bảy; 8 giờ] Chủ tịch HĐND xã tiếp công dân định kỳ (ngày 14/7 trùng Chủ nhật, chuyển "
        "sang thứ Bảy). Địa điểm tổ chức: Phòng Tiếp công dân xã.",
        "II. HOẠT ĐỘNG KHÁC",
        "1. [Các ngày 16, 17 và 18/7; 19 giờ 30] Tổ đại biểu HĐND xã tiếp xúc cử tri tại các thôn. Bộ phận chuẩn bị: "
        "Ủy ban MTTQ Việt Nam xã.",
        "2. [Từ ngày 22/7 đến hết ngày 24/7] Ban Kinh tế - Xã hội HĐND xã khảo sát các công trình nông thôn mới.",
        "3. [Ngày 26/7 (thứ Sáu), buổi chiều] Phó Chủ tịch HĐND xã kiểm tra công tác chuẩn bị kỳ họp.",
        "4. [Dự kiến ngày 30/7] Kỳ họp thứ Tám HĐND xã. Chủ tọa: đồng chí Chủ tịch HĐND xã.",
        "5. [Trong tháng] Các đại biểu HĐND xã tiếp công dân tại thôn nơi ứng cử.",
        "6. [Ghi chú] Lịch có thể thay đổi; Văn phòng sẽ thông báo sau.",
    ))
    d = result.drafts
    assert [(x.line, x.day, x.span, x.weekly, x.slot, x.clock, x.tentative) for x in d] == [
        (9, None, None, (0, "morning"), "morning", time(7, 30), False),
        (10, date(2024, 7, 8), None, None, None, time(14), False),
        (13, date(2024, 7, 13), None, None, None, time(8), False),
        (15, date(2024, 7, 16), None, None, None, time(19, 30), False),
        (15, date(2024, 7, 17), None, None, None, time(19, 30), False),
        (15, date(2024, 7, 18), None, None, None, time(19, 30), False),
        (16, None, (date(2024, 7, 22), date(2024, 7, 24)), None, None, None, False),
        (17, date(2024, 7, 26), None, None, "afternoon", None, False),
        (18, date(2024, 7, 30), None, None, None, None, True),
        (19, None, None, None, None, None, False),
    ]
    assert d[0].location == "Phòng họp Đảng ủy"
    assert (d[1].title, d[1].chair, d[1].subject, d[1].location) == (
        "Thường trực HĐND xã họp thường kỳ tháng 7", "Chủ tịch HĐND xã", "Phó Chủ tịch HĐND xã, Trưởng các Ban HĐND xã",
        "Phòng họp HĐND xã")
    assert [(i.title, i.units) for i in d[1].agenda] == [
        ("Dự thảo kế hoạch giám sát quý III", [("Văn phòng HĐND và UBND xã", "lead")]),
        ("Chương trình kỳ họp thường lệ giữa năm", [("Ban Pháp chế HĐND xã", "lead")])]
    assert (d[2].title, d[2].kind, d[2].location) == (
        "Chủ tịch HĐND xã tiếp công dân định kỳ", "reception", "Phòng Tiếp công dân xã")
    assert d[18 - 15].agenda[0].units == [("Ủy ban MTTQ Việt Nam xã", "lead")]
    assert d[8].chair == "Chủ tịch HĐND xã"


def party_month(*body):
    return "\n".join(["ĐẢNG BỘ TỈNH LÂM SƠN", "HUYỆN ỦY ĐÔNG KHÊ", "Đông Khê, ngày 30 tháng 9 năm 2024", "CHƯƠNG TRÌNH",
                      "Công tác tháng 10 năm 2024", "I. HỘI NGHỊ, CUỘC HỌP", *body])


def test_dates_in_words_with_fields_and_units_after_semicolons():
    result = parse(party_month(
        "a) Ngày 08 tháng 10 (thứ Ba), 7 giờ 30: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20; đồng chí Bí thư "
        "Huyện ủy chủ trì; thành phần: Ủy viên Ban Chấp hành Đảng bộ huyện (dự kiến 60 đại biểu); tại Hội trường "
        "Huyện ủy; Văn phòng Huyện ủy chuẩn bị.",
        "b) Ngày 15 tháng 10 (thứ Ba), 14 giờ 00: Ban Chỉ đạo chuyển đổi số huyện họp quý III; đồng chí Phó Bí thư "
        "Thường trực Huyện ủy, Trưởng Ban Chỉ đạo chủ trì; tại Phòng họp Huyện ủy; Ban Tuyên giáo Huyện ủy chuẩn bị.",
        "c) Ngày 22 tháng 10 (thứ Ba), 8 giờ 00: Gặp mặt cựu chiến binh tiêu biểu; đồng chí Bí thư Huyện ủy chủ trì; "
        "tại Hội trường UBND huyện; các Ban xây dựng Đảng Huyện ủy tham mưu.",
        "d) Ngày 24 tháng 10 (thứ Năm), 8 giờ 00: Thường trực Huyện ủy làm việc với Đảng ủy xã Nà Phặc; tại Hội "
        "trường xã; đồng chí Bí thư Huyện ủy chủ trì.",
        "Các chi bộ gửi báo cáo về Văn phòng Huyện ủy trước ngày 25 tháng 10 năm 2024.",
    ))
    d = result.drafts
    assert [(x.day, x.clock, x.chair, x.location) for x in d] == [
        (date(2024, 10, 8), time(7, 30), "Bí thư Huyện ủy", "Hội trường Huyện ủy"),
        (date(2024, 10, 15), time(14), "Phó Bí thư Thường trực Huyện ủy", "Phòng họp Huyện ủy"),
        (date(2024, 10, 22), time(8), "Bí thư Huyện ủy", "Hội trường UBND huyện"),
        (date(2024, 10, 24), time(8), "Bí thư Huyện ủy", "Hội trường xã"),
    ]
    assert d[0].subject == "Ủy viên Ban Chấp hành Đảng bộ huyện (dự kiến 60 đại biểu)"
    assert [[u for i in x.agenda for u in i.units] for x in d] == [
        [("Văn phòng Huyện ủy", "lead")], [("Ban Tuyên giáo Huyện ủy", "lead")],
        [("các Ban xây dựng Đảng Huyện ủy", "lead")], []]
    assert [s.reason for s in result.skipped if s.text.startswith("Các chi bộ")] == ["hạn hoàn thành, không phải sự kiện"]


def office_week(*body):
    return "\n".join(["TỈNH ỦY LÂM SƠN", "VĂN PHÒNG", "Lâm Sơn, ngày 10 tháng 5 năm 2024", "LỊCH LÀM VIỆC",
                      "CỦA THƯỜNG TRỰC TỈNH ỦY", "(Tuần 20, từ ngày 13/5 đến ngày 19/5/2024)", "Thứ Hai, ngày 13/5/2024",
                      *body])


def test_a_provincial_party_offices_week():
    result = parse(office_week(
        "- 7 giờ 30, đồng chí Bí thư Tỉnh ủy chủ trì họp Tiểu ban Nhân sự Đại hội. Mời các đồng chí thành viên Tiểu ban "
        "(dự kiến 15 đồng chí). Điểm tại Phòng họp số 1, Tỉnh ủy (giao Ban Tổ chức Tỉnh ủy chuẩn bị); (LĐVP).",
        "- 14 giờ, đồng chí Phó Bí thư Thường trực Tỉnh ủy dự Hội nghị sơ kết công tác dân vận. Mời đồng chí Trưởng "
        "Ban Dân vận Tỉnh ủy (thay thư mời). Điểm tại Hội trường Tỉnh ủy (giao Ban Dân vận Tỉnh ủy chuẩn bị).",
        "- 16 giờ, đồng chí Bí thư Tỉnh ủy kiểm tra công trình nhà văn hóa tỉnh. Cùng đi: lãnh đạo Văn phòng Tỉnh ủy, "
        "Sở Xây dựng.",
        "- 17 giờ, đồng chí Phó Bí thư Thường trực Tỉnh ủy làm việc với Tỉnh đoàn (đề nghị Tỉnh đoàn chuẩn bị báo cáo).",
    ))
    d = result.drafts
    assert [(x.clock, x.location) for x in d] == [
        (time(7, 30), "Phòng họp số 1, Tỉnh ủy"), (time(14), "Hội trường Tỉnh ủy"), (time(16), None), (time(17), None)]
    assert "thành viên Tiểu ban (dự kiến 15 đồng chí)" in d[0].subject
    assert "Trưởng Ban Dân vận Tỉnh ủy" in d[1].subject
    assert d[2].subject.endswith("lãnh đạo Văn phòng Tỉnh ủy, Sở Xây dựng")
    assert [[u for i in x.agenda for u in i.units] for x in d] == [
        [("Ban Tổ chức Tỉnh ủy", "lead")], [("Ban Dân vận Tỉnh ủy", "lead")], [], [("Tỉnh đoàn", "lead")]]


def test_table_cells_an_hour_moved_and_a_meeting_about_receptions():
    from service.importer import table_cells
    for cell, want in [("Chiều 14 giờ 00, lùi sang 15 giờ 30", time(15, 30)), ("8h00 (chuyển sang 9h30)", time(9, 30)),
                       ("Sáng 8 giờ 00", time(8)), ("8 giờ 00, lùi sang 14 giờ thứ Năm", time(8))]:
        assert table_cells.read_when(f"Thứ Tư 13/3/2024 {cell}", "", 2024, 3).clock == want, cell
    assert table_cells.kind_of("Giao ban công tác tiếp công dân quý I", None) == "meeting"
    assert table_cells.kind_of("Hội nghị tổng kết công tác tiếp công dân năm 2024", None) == "meeting"
    assert table_cells.kind_of("Tiếp công dân định kỳ của Chủ tịch UBND xã", None) == "reception"


def test_the_receiving_deputy_by_the_field_they_lead():
    result = parse(notice(
        "1. Ngày 03/4/2025 (thứ Năm), sáng từ 7 giờ 30 đến 11 giờ: Tiếp công dân định kỳ của Phó Chủ tịch UBND xã phụ "
        "trách kinh tế; tại Phòng Tiếp công dân xã.",
        "2. Ngày 10/4/2025 (thứ Năm), chiều từ 14 giờ đến 17 giờ: Tiếp công dân của Phó Chủ tịch UBND xã phụ trách văn "
        "hóa - xã hội (bà Hồ Thị Lan); tại Phòng Tiếp công dân xã."))
    assert [d.chair for d in result.drafts] == ["Phó Chủ tịch UBND xã phụ trách kinh tế", "Hồ Thị Lan"]
