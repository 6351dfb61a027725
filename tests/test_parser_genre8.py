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
