"""A provincial Party committee office's week of its Standing Committee (22–28/4/2024), day headings "Thứ Hai,
ngày 22/4/2024", then "- " entries each the hour first, the leader in the sentence: "- 7 giờ 30, đồng chí Bí thư
Tỉnh ủy chủ trì …. Mời …(thay thư mời). Điểm tại … (giao … chuẩn bị); (LĐVP)."; "- Cả ngày, …", "(hoãn)",
"(dự kiến)" after the invitees, a Saturday evening show in the holiday; the dates of 30/4/1975 in a title. Traps:
"- 14 giờ, đồng chí … làm việc tại cơ quan.", the holiday from 27/4 to 01/5, the closing "thông báo sau"."""
from tests.genre.model import Day, Doc, Ev, Event as E, Para as P

BT, PBT, CT = "Đàm Quang Vinh", "Lục Thị Nguyệt", "Vi Văn Toản"
VP = "Văn phòng Tỉnh ủy"
DIRECTORY = {
    "units": [(VP, None, []), ("Ban Tổ chức Tỉnh ủy", None, []), ("Ban Tuyên giáo Tỉnh ủy", None, []),
              ("Ban Dân vận Tỉnh ủy", None, []), ("Ban Nội chính Tỉnh ủy", None, []), ("Tỉnh đoàn", None, []),
              ("Ban Dân tộc tỉnh", None, [])],
    "persons": [(BT, "Bí thư Tỉnh ủy"), (PBT, "Phó Bí thư Thường trực Tỉnh ủy"),
                (CT, "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")],
    "groups": [("Thường trực Tỉnh ủy", [BT, PBT, CT])],
}
BT_IS = (BT, "đồng chí Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy")
PBT_IS = (PBT, "đồng chí Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy")


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2024-04-{d:02d}",), line=line, **kw), 0)


DOC = Doc(
    key="van-phong-tinh-uy-tuan-2024-04", office="Văn phòng Tỉnh ủy Bình Nguyên, lịch tuần của Thường trực Tỉnh ủy, "
                                                 "giờ đầu dòng",
    kind="weekly", year=2024, month=4, issued="2024-04-19",
    left=["TỈNH ỦY BÌNH NGUYÊN", "VĂN PHÒNG", "*"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Nguyên, ngày 19 tháng 4 năm 2024"],
    title=["LỊCH LÀM VIỆC CỦA THƯỜNG TRỰC TỈNH ỦY", "(Tuần 17, từ ngày 22/4 đến ngày 28/4/2024)"],
    numbering=["-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        Day("Thứ Hai, ngày 22/4/2024", "2024-04-22"),
        on(22, "7 giờ 30, đồng chí Bí thư Tỉnh ủy chủ trì Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến về dự thảo Đề án "
               "nhân sự Đại hội Đảng bộ tỉnh lần thứ XVIII. Mời các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy (thay thư "
               "mời). Điểm tại Phòng họp Ban Thường vụ Tỉnh ủy (giao Ban Tổ chức Tỉnh ủy chuẩn bị); (LĐVP).",
           "Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến về dự thảo Đề án nhân sự Đại hội Đảng bộ tỉnh lần thứ XVIII",
           clock="07:30", kind="meeting", chair="đồng chí Bí thư Tỉnh ủy", chair_is=BT_IS,
           attendees="các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy", attendees_has="Ban Thường vụ Tỉnh ủy",
           place="Phòng họp Ban Thường vụ Tỉnh ủy", units=("Ban Tổ chức Tỉnh ủy",)),
        on(22, "9 giờ 30, đồng chí Phó Bí thư, Chủ tịch UBND tỉnh dự Hội nghị trực tuyến toàn quốc về phát triển nhà ở "
               "xã hội. Điểm tại Điểm cầu UBND tỉnh.",
           "Hội nghị trực tuyến toàn quốc về phát triển nhà ở xã hội", clock="09:30", place="Điểm cầu UBND tỉnh"),
        on(22, "14 giờ, đồng chí Phó Bí thư Thường trực Tỉnh ủy dự Hội nghị tổng kết 10 năm thực hiện Chỉ thị số "
               "29-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận. Điểm tại Hội trường Tỉnh ủy (giao Ban Dân vận "
               "Tỉnh ủy chuẩn bị).",
           "Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 29-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận",
           clock="14:00", place="Hội trường Tỉnh ủy", units=("Ban Dân vận Tỉnh ủy",)),
        P("14 giờ, đồng chí Bí thư Tỉnh ủy làm việc tại cơ quan.", 0),
        Day("Thứ Ba, ngày 23/4/2024", "2024-04-23"),
        on(23, "7 giờ 30, đồng chí Bí thư Tỉnh ủy và đồng chí Phó Bí thư, Chủ tịch UBND tỉnh dự Lễ khánh thành cầu "
               "Pác Bó Mới. Điểm tại xã Tân Sơn, huyện Đồng Mỏ.",
           "Lễ khánh thành cầu Pác Bó Mới", clock="07:30", place="xã Tân Sơn, huyện Đồng Mỏ"),
        on(23, "8 giờ, đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì họp Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh. Mời "
               "các đồng chí thành viên Tiểu ban Văn kiện (dự kiến 25 đồng chí). Điểm tại Phòng họp số 2, Tỉnh ủy "
               "(giao Ban Tuyên giáo Tỉnh ủy chuẩn bị).",
           "Họp Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh", clock="08:00", kind="meeting",
           chair="đồng chí Phó Bí thư Thường trực Tỉnh ủy", chair_is=PBT_IS,
           attendees="các đồng chí thành viên Tiểu ban Văn kiện (dự kiến 25 đồng chí)",
           attendees_has="thành viên Tiểu ban Văn kiện", place="Phòng họp số 2, Tỉnh ủy",
           units=("Ban Tuyên giáo Tỉnh ủy",)),
        on(23, "14 giờ, đồng chí Bí thư Tỉnh ủy tiếp và làm việc với Đoàn công tác của Ban Kinh tế Trung ương. Điểm tại "
               "Phòng họp số 1, Tỉnh ủy (giao Văn phòng Tỉnh ủy chuẩn bị); (LĐVP).",
           "đồng chí Bí thư Tỉnh ủy tiếp và làm việc với Đoàn công tác của Ban Kinh tế Trung ương", clock="14:00",
           place="Phòng họp số 1, Tỉnh ủy", units=(VP,), tail="(LĐVP)"),
        Day("Thứ Tư, ngày 24/4/2024", "2024-04-24"),
        on(24, "Cả ngày, đồng chí Phó Bí thư Thường trực Tỉnh ủy kiểm tra công tác chuẩn bị đại hội điểm chi bộ cơ sở "
               "tại Đảng bộ huyện Đồng Mỏ. Cùng đi: đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy.",
           "đồng chí Phó Bí thư Thường trực Tỉnh ủy kiểm tra công tác chuẩn bị đại hội điểm chi bộ cơ sở tại Đảng bộ "
           "huyện Đồng Mỏ", attendees="đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy",
           attendees_has="Ban Tổ chức Tỉnh ủy", slot_cell="Cả ngày"),
        on(24, "8 giờ, đồng chí Bí thư Tỉnh ủy dự phiên họp thường kỳ tháng 4 năm 2024 của UBND tỉnh. Điểm tại Phòng "
               "họp số 1, UBND tỉnh.",
           "phiên họp thường kỳ tháng 4 năm 2024 của UBND tỉnh", clock="08:00", place="Phòng họp số 1, UBND tỉnh"),
        on(24, "14 giờ, đồng chí Bí thư Tỉnh ủy chủ trì họp Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh phiên "
               "thứ 9. Điểm tại Phòng họp Ban Thường vụ Tỉnh ủy (giao Ban Nội chính Tỉnh ủy chuẩn bị) (hoãn).",
           "Họp Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh phiên thứ 9", clock="14:00", kind="meeting",
           status="cancelled", chair="đồng chí Bí thư Tỉnh ủy", chair_is=BT_IS,
           place="Phòng họp Ban Thường vụ Tỉnh ủy", units=("Ban Nội chính Tỉnh ủy",), tail="(hoãn)"),
        on(24, "16 giờ, đồng chí Bí thư Tỉnh ủy gặp mặt đoàn đại biểu người có uy tín trong đồng bào dân tộc thiểu số "
               "tỉnh. Điểm tại Nhà khách Tỉnh ủy (giao Ban Dân tộc tỉnh chuẩn bị).",
           "đồng chí Bí thư Tỉnh ủy gặp mặt đoàn đại biểu người có uy tín trong đồng bào dân tộc thiểu số tỉnh",
           clock="16:00", place="Nhà khách Tỉnh ủy", units=("Ban Dân tộc tỉnh",)),
        Day("Thứ Năm, ngày 25/4/2024", "2024-04-25"),
        on(25, "7 giờ 30, đồng chí Bí thư Tỉnh ủy chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19 (mở rộng). "
               "Mời các đồng chí Tỉnh ủy viên; lãnh đạo các sở, ban, ngành, đoàn thể tỉnh; Thường trực các huyện ủy, "
               "thành ủy (dự kiến). Điểm tại Hội trường Tỉnh ủy (giao Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban "
               "Tuyên giáo Tỉnh ủy chuẩn bị); (LĐVP).",
           "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19 (mở rộng)", clock="07:30", kind="meeting",
           chair="đồng chí Bí thư Tỉnh ủy", chair_is=BT_IS,
           attendees="các đồng chí Tỉnh ủy viên; lãnh đạo các sở, ban, ngành, đoàn thể tỉnh; Thường trực các huyện "
                     "ủy, thành ủy (dự kiến)", attendees_has="Tỉnh ủy viên", place="Hội trường Tỉnh ủy",
           units=(VP, "Ban Tuyên giáo Tỉnh ủy"), tail="(LĐVP)"),
        on(25, "14 giờ, đồng chí Phó Bí thư Thường trực Tỉnh ủy làm việc với Ban Thường vụ Tỉnh đoàn về công tác thanh "
               "niên. Điểm tại Phòng họp số 2, Tỉnh ủy (giao Tỉnh đoàn chuẩn bị báo cáo).",
           "đồng chí Phó Bí thư Thường trực Tỉnh ủy làm việc với Ban Thường vụ Tỉnh đoàn về công tác thanh niên",
           clock="14:00", place="Phòng họp số 2, Tỉnh ủy", units=("Tỉnh đoàn",)),
        Day("Thứ Sáu, ngày 26/4/2024", "2024-04-26"),
        on(26, "8 giờ, đồng chí Phó Bí thư Thường trực Tỉnh ủy tiếp công dân định kỳ tháng 4 năm 2024. Điểm tại Trụ sở "
               "Tiếp công dân tỉnh.",
           "tiếp công dân định kỳ tháng 4 năm 2024", clock="08:00", kind="reception",
           chair="đồng chí Phó Bí thư Thường trực Tỉnh ủy", chair_is=PBT_IS,
           place="Trụ sở Tiếp công dân tỉnh"),
        on(26, "9 giờ 30, đồng chí Bí thư Tỉnh ủy dự gặp mặt cựu chiến binh tiêu biểu nhân kỷ niệm 49 năm Ngày Giải "
               "phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2024). Điểm tại Hội trường Hội Cựu chiến binh "
               "tỉnh.",
           "gặp mặt cựu chiến binh tiêu biểu nhân kỷ niệm 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước "
           "(30/4/1975 - 30/4/2024)", clock="09:30", place="Hội trường Hội Cựu chiến binh tỉnh"),
        on(26, "14 giờ, Thường trực Tỉnh ủy giao ban. Mời đồng chí Chánh Văn phòng Tỉnh ủy cùng dự. Điểm tại Phòng họp "
               "Thường trực Tỉnh ủy.",
           "Thường trực Tỉnh ủy giao ban", clock="14:00", kind="meeting",
           attendees="đồng chí Chánh Văn phòng Tỉnh ủy", attendees_has="Chánh Văn phòng Tỉnh ủy",
           place="Phòng họp Thường trực Tỉnh ủy"),
        Day("Thứ Bảy, ngày 27/4/2024", "2024-04-27"),
        on(27, "19 giờ 30, đồng chí Bí thư Tỉnh ủy dự Chương trình nghệ thuật chào mừng 49 năm Ngày Giải phóng miền "
               "Nam, thống nhất đất nước. Điểm tại Quảng trường tỉnh.",
           "Chương trình nghệ thuật chào mừng 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước", clock="19:30",
           place="Quảng trường tỉnh"),
        P("Cán bộ, công chức, người lao động cơ quan Tỉnh ủy nghỉ lễ Ngày Giải phóng miền Nam, thống nhất đất nước và "
          "Ngày Quốc tế Lao động từ thứ Bảy, ngày 27/4/2024 đến hết thứ Tư, ngày 01/5/2024. Lịch có thay đổi, Văn "
          "phòng Tỉnh ủy thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;",
            "- Lãnh đạo Văn phòng Tỉnh ủy;", "- Lưu Văn phòng Tỉnh ủy.", "K/T CHÁNH VĂN PHÒNG",
            "PHÓ CHÁNH VĂN PHÒNG", "Hà Minh Đức"],
)
