"""The parser on the forms of the ninth held-out set's genre, each in short lines written for these tests:
a month's day headings giving the day only ("Ngày 05 (Thứ Ba):"), the month being the title's."""
from datetime import date, time

from service.importer.parse import parse


def month(*body, title="CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2024"):
    return "\n".join(["UBND TỈNH HÀ AN", "SỞ Y TẾ", "Số: 12/CTr-SYT", "Hà An, ngày 27 tháng 02 năm 2024", title, *body])


def test_day_headings_giving_the_day_only_take_the_titles_month():
    for first, second in [("Ngày 05 (Thứ Ba):", "Ngày 07 (Thứ Năm):"), ("NGÀY 05 (THỨ BA)", "NGÀY 07 (THỨ NĂM)"),
                          ("Ngày 5 - thứ Ba:", "Ngày 7 - thứ Năm:"), ("Ngày 05, thứ 3:", "Ngày 07, thứ 5:")]:
        result = parse(month(first, "- Sáng (8h00): Họp giao ban Ban Giám đốc. Chủ trì: Giám đốc Sở. "
                                    "Địa điểm: Phòng họp số 1.",
                             "- Chiều: Kiểm tra công tác y tế dự phòng tại huyện Đông Sơn.",
                             second, "- Cả ngày: Dự Hội nghị tổng kết ngành."))
        got = [(d.day, d.slot, d.clock) for d in result.drafts]
        assert got == [(date(2024, 3, 5), "morning", time(8, 0)), (date(2024, 3, 5), "afternoon", None),
                       (date(2024, 3, 7), "full_day", None)], first
        assert result.drafts[0].location == "Phòng họp số 1"


def test_a_day_only_heading_whose_weekday_disagrees_is_no_day():
    result = parse(month("Ngày 06 (Thứ Ba):", "- Sáng: Họp giao ban Ban Giám đốc."))
    assert result.drafts == []


def week(*body):
    return "\n".join(["UBND THÀNH PHỐ AN HÒA", "Số: 77/LCT-VP", "An Hòa, ngày 15 tháng 11 năm 2024",
                      "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND THÀNH PHỐ", "(Từ ngày 18/11/2024 đến ngày 24/11/2024)", *body])


def test_portal_rows_whose_day_cell_is_on_the_first_row_only():
    for header, first, later in [
            ("Thứ ngày | Giờ | Nội dung | Chủ trì, tham dự | Địa điểm |", "Thứ Hai 18/11 | 7:30 |", ["9:00 |", "14h00 |"]),
            ("Ngày | Giờ | Nội dung | Chủ trì | Địa điểm", "Thứ Hai, 18/11 | 8h00 |", ["10:15 |", "15 giờ 00 |"]),
            ("Thứ ngày | Thời gian | Nội dung | Chủ trì, tham dự | Địa điểm |", "18/11 | 7:30 (Cả ngày) |",
             ["13:30 |", "16:00 |"])]:
        result = parse(week(header,
                            f"{first} Họp giao ban lãnh đạo UBND thành phố tuần 47 | Chủ tịch UBND thành phố | Phòng họp 2 |",
                            f"{later[0]} Làm việc với Ban Quản lý dự án về tiến độ giải ngân | Phó Chủ tịch UBND thành phố | Phòng họp 3 |",
                            f"{later[1]} Kiểm tra công tác vệ sinh môi trường các phường | Phó Chủ tịch UBND thành phố | Phường An Lạc |",
                            "Thứ Ba 19/11 | 8:00 | Tiếp công dân định kỳ tháng 11/2024 | Chủ tịch UBND thành phố | Trụ sở Tiếp công dân |"))
        got = [(d.day, d.clock, d.location) for d in result.drafts]
        assert [g[0] for g in got] == [date(2024, 11, 18)] * 3 + [date(2024, 11, 19)], header
        assert [g[1] for g in got][1:] == [grammar_time(later[0]), grammar_time(later[1]), time(8, 0)], header
        assert [g[2] for g in got] == ["Phòng họp 2", "Phòng họp 3", "Phường An Lạc", "Trụ sở Tiếp công dân"]


def grammar_time(cell):
    from service.importer.table_cells import read_clock
    return read_clock(cell)[0]


def test_an_hour_written_with_a_colon_in_a_time_cell():
    from service.importer.table_cells import read_clock
    assert [read_clock(t)[0] for t in ("7:30", "16:30", "7:30 (Cả ngày)", "09/12", "tỷ lệ 1:500", "Dòng 3: họp")] \
        == [time(7, 30), time(16, 30), time(7, 30), None, None, None]


def hdnd_month(*body):
    return "\n".join(["HĐND TỈNH AN HÀ", "THƯỜNG TRỰC", "Số: 40/CTr-HĐND", "An Hà, ngày 30 tháng 10 năm 2023",
                      "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023",
                      "I. LỊCH CÔNG TÁC", *body])


def test_weekdays_abbreviated_in_a_bracket_after_the_date():
    for line, days, clock in [
            ("- 01/11 (T4), 8h: Thường trực HĐND tỉnh giao ban tháng; tại Phòng họp số 1.", [date(2023, 11, 1)], time(8)),
            ("- 06/11 (T2), 14h30: Phiên họp thường kỳ của Thường trực HĐND tỉnh; tại Phòng họp số 1.",
             [date(2023, 11, 6)], time(14, 30)),
            ("- 14/11 (T3) và 15/11 (T4), 8h: Ban Kinh tế - Ngân sách thẩm tra báo cáo; tại Phòng họp số 2.",
             [date(2023, 11, 14), date(2023, 11, 15)], time(8)),
            ("- 19/11 (CN), 7h30: Thường trực HĐND tỉnh dự Ngày hội Đại đoàn kết; tại thôn Bản Mới.",
             [date(2023, 11, 19)], time(7, 30))]:
        result = parse(hdnd_month(line))
        assert [(d.day, d.clock) for d in result.drafts] == [(d, clock) for d in days], line
        assert not [w for w in result.warnings if "văn bản ghi" in w], line


def test_an_abbreviated_weekday_that_disagrees_is_warned():
    result = parse(hdnd_month("- 01/11 (T5), 8h: Thường trực HĐND tỉnh giao ban tháng; tại Phòng họp số 1."))
    assert [d.day for d in result.drafts] == [date(2023, 11, 1)]
    assert [w for w in result.warnings if "văn bản ghi" in w]


def party_week(*body):
    return "\n".join(["HUYỆN ỦY SƠN AN", "Số 30-LT/HU", "Sơn An, ngày 11 tháng 5 năm 2023", "LỊCH LÀM VIỆC",
                      "(Từ ngày 15/5 đến ngày 21/5/2023)", "THỨ HAI - 15/5", *body])


def test_a_week_written_actor_first_then_the_hour():
    result = parse(party_week(
        "- Đồng chí Bí thư Huyện ủy, lúc 7 giờ 30: chủ trì Hội nghị Ban Thường vụ Huyện ủy; mời Chánh Văn phòng "
        "Huyện ủy; tại Phòng họp số 1.",
        "- Đồng chí Phó Bí thư, Chủ tịch UBND huyện, lúc 14 giờ: dự họp trực tuyến với UBND tỉnh; tại điểm cầu UBND "
        "huyện.",
        "- Thường trực Huyện ủy, lúc 8h30: tiếp công dân định kỳ tháng 5; tại Trụ sở Tiếp công dân huyện.",
        "- Đ/c Phó Bí thư Thường trực Huyện ủy, cả ngày: đi cùng Đoàn kiểm tra của Ban Thường vụ tại xã Na Hin.",
        "- Đồng chí Bí thư Huyện ủy, lúc 19 giờ 30 (dự kiến): dự Đêm văn nghệ mừng Ngày sinh Bác; tại Quảng trường "
        "huyện."))
    got = [(d.clock, d.slot, d.title, d.location) for d in result.drafts]
    assert got == [
        (time(7, 30), None, "Hội nghị Ban Thường vụ Huyện ủy", "Phòng họp số 1"),
        (time(14, 0), None, "Dự họp trực tuyến với UBND tỉnh", "điểm cầu UBND huyện"),
        (time(8, 30), None, "Tiếp công dân định kỳ tháng 5", "Trụ sở Tiếp công dân huyện"),
        (None, "full_day", "Đi cùng Đoàn kiểm tra của Ban Thường vụ tại xã Na Hin", "xã Na Hin"),
        (time(19, 30), None, "Dự Đêm văn nghệ mừng Ngày sinh Bác", "Quảng trường huyện")]
    first, second, third = result.drafts[:3]
    assert first.chair == "Bí thư Huyện ủy" and first.subject == "Chánh Văn phòng Huyện ủy"
    assert second.chair is None and "Chủ tịch UBND huyện" in second.subject
    assert third.chair == "Thường trực Huyện ủy"
    assert result.drafts[4].tentative


def commune_week(*body):
    return "\n".join(["UBND XÃ AN BÌNH", "Số: 15/LLV-UBND", "An Bình, ngày 19 tháng 9 năm 2025",
                      "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND XÃ", "(Từ ngày 22/9/2025 đến ngày 26/9/2025)",
                      "THỨ HAI (22/9/2025):", *body])


def test_the_joined_field_of_the_hour_and_the_place():
    for field, clock, place in [("Thời gian, địa điểm: 07 giờ 30’ tại Phòng họp số 1 UBND xã.", time(7, 30),
                                 "Phòng họp số 1 UBND xã"),
                                ("Thời gian và địa điểm: 8h00, tại Nhà văn hóa thôn Đông.", time(8, 0),
                                 "Nhà văn hóa thôn Đông"),
                                ("Thời gian, địa điểm: 14 giờ, Hội trường UBND xã", time(14, 0), "Hội trường UBND xã")]:
        result = parse(commune_week("- Sáng: Chào cờ đầu tuần và giao ban lãnh đạo UBND xã.",
                                    "Thành phần tham dự: Trưởng các phòng chuyên môn.", field))
        assert [(d.clock, d.location) for d in result.drafts] == [(clock, place)], field
        assert result.drafts[0].title == "Chào cờ đầu tuần và giao ban lãnh đạo UBND xã"


def test_prose_of_several_sentences_with_an_undated_phrase_is_no_event():
    for note in ["Hưởng ứng Tháng hành động vì bình đẳng giới (15/11), các cơ quan tiếp tục tuyên truyền trong đội ngũ "
                 "cán bộ, công chức. Hội nghị tổng kết năm của ngành tổ chức vào tháng 12, có chương trình riêng.",
                 "Tiếp tục thực hiện Tuần lễ áo dài (01/3 - 08/3) trong toàn cơ quan; các phòng phối hợp tuyên truyền "
                 "trên trang thông tin điện tử. Lịch tập huấn cho cán bộ quản lý sẽ thông báo sau."]:
        result = parse(month("I. LỊCH CÔNG TÁC", note, "Ngày 05 (Thứ Ba):", "- Sáng: Họp giao ban Ban Giám đốc."))
        assert [(d.day, d.title) for d in result.drafts] == [(date(2024, 3, 5), "Họp giao ban Ban Giám đốc")], note
