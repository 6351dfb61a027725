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
