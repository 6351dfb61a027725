"""A district Party committee's monthly program (November 2024, before the two-tier reform), grouped by kind of
work, not by date ("I. HỘI NGHỊ, CUỘC HỌP", "II. KIỂM TRA, GIÁM SÁT, LÀM VIỆC VỚI CƠ SỞ", "III. HOẠT ĐỘNG
KHÁC"), entries "a)" with the date in words: "Ngày 05 tháng 11 (thứ Ba), 8 giờ 00: …; đồng chí … chủ trì; tại
…; <unit> chuẩn bị."; a weekly "Chiều thứ Hai hằng tuần, 14 giờ"; an inspection "Từ ngày 06 đến ngày 08 tháng
11" with its "trưởng đoàn"; a course "Từ ngày 25 đến ngày 27 tháng 11"; an evening "Tối ngày 15 tháng 11";
"Dự kiến ngày 28 tháng 11"; "(hoãn, lùi sang tháng 12/2024)"; "(dự kiến 180 đại biểu)" and an agenda item
"(dự kiến; …)" that must not make the event tentative; "Trong tháng:" and "Thời gian thông báo sau:" items.
Traps: the working rules' date, October's results, the cells' deadline "trước ngày 25 tháng 11", "làm việc
tại cơ quan"."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

BT, PBT, CT = "Trịnh Văn Khải", "Phan Thị Mỹ Lệ", "Ksor Hơ Nhen"
VP = "Văn phòng Huyện ủy"
DIRECTORY = {
    "units": [(VP, None, []), ("Ban Tổ chức Huyện ủy", None, []), ("Ủy ban Kiểm tra Huyện ủy", None, []),
              ("Ban Tuyên giáo Huyện ủy", None, []), ("Ban Dân vận Huyện ủy", None, []),
              ("Trung tâm Chính trị huyện", None, []), ("Ban Tuyên giáo Tỉnh ủy", None, []),
              ("Phòng Giáo dục và Đào tạo huyện", None, [])],
    "persons": [(BT, "Bí thư Huyện ủy"), (PBT, "Phó Bí thư Thường trực Huyện ủy"),
                (CT, "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện")],
    "groups": [("Thường trực Huyện ủy", [BT, PBT, CT])],
}
BT_IS = (BT, "đồng chí Bí thư Huyện ủy", "Bí thư Huyện ủy")
PBT_IS = (PBT, "đồng chí Phó Bí thư Thường trực Huyện ủy", "Phó Bí thư Thường trực Huyện ủy")


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2024-11-{d:02d}",), line=line, **kw), 1)


DOC = Doc(
    key="huyen-uy-thang-2024-11", office="Huyện ủy Ia Trô, chương trình tháng theo loại việc, ngày viết bằng chữ",
    kind="monthly", year=2024, month=11, issued="2024-10-31",
    left=["ĐẢNG BỘ TỈNH BÌNH NGUYÊN", "HUYỆN ỦY IA TRÔ", "*", "Số 214-CTr/HU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Trô, ngày 31 tháng 10 năm 2024"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2024", "của Ban Thường vụ, Thường trực Huyện ủy"],
    numbering=["{R}.", "{a})"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Căn cứ Quy chế làm việc số 01-QC/HU ngày 12/9/2020 của Ban Chấp hành Đảng bộ huyện khóa XVII; căn cứ kết "
          "quả thực hiện nhiệm vụ tháng 10 (ngày 29/10/2024, Ban Thường vụ Huyện ủy đã họp đánh giá), Văn phòng "
          "Huyện ủy thông báo chương trình công tác tháng 11 năm 2024 như sau:"),
        Ev(E("Thường trực Huyện ủy giao ban với Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam huyện", weekly="MO",
             clock="14:00", kind="meeting", chair="đồng chí Bí thư Huyện ủy", chair_is=BT_IS,
             place="Phòng họp Thường trực Huyện ủy",
             line="Chiều thứ Hai hằng tuần, 14 giờ: Thường trực Huyện ủy giao ban với Thường trực HĐND, UBND, Ủy ban "
                  "MTTQ Việt Nam huyện; đồng chí Bí thư Huyện ủy chủ trì; tại Phòng họp Thường trực Huyện ủy."), None),
        H("HỘI NGHỊ, CUỘC HỌP", 0),
        on(5, "Ngày 05 tháng 11 (thứ Ba), 8 giờ 00: Ban Thường vụ Huyện ủy họp thường kỳ tháng 11 năm 2024; đồng chí "
              "Bí thư Huyện ủy chủ trì; tại Phòng họp Ban Thường vụ Huyện ủy; nội dung:",
           "Ban Thường vụ Huyện ủy họp thường kỳ tháng 11 năm 2024", clock="08:00", kind="meeting",
           chair="đồng chí Bí thư Huyện ủy", chair_is=BT_IS, place="Phòng họp Ban Thường vụ Huyện ủy",
           items=[I("Báo cáo tình hình thực hiện nhiệm vụ tháng 10, phương hướng nhiệm vụ tháng 11 năm 2024", VP),
                  I("Dự thảo Kế hoạch tổ chức đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030",
                    "Ban Tổ chức Huyện ủy"),
                  I("Báo cáo kết quả giám sát chuyên đề quý III năm 2024", "Ủy ban Kiểm tra Huyện ủy",
                    phrase="(dự kiến; Ủy ban Kiểm tra Huyện ủy chuẩn bị)")]),
        on(12, "Ngày 12 tháng 11 (thứ Ba), 7 giờ 30: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 24 (mở rộng); "
               "đồng chí Bí thư Huyện ủy chủ trì; thành phần: Ủy viên Ban Chấp hành Đảng bộ huyện, bí thư các chi bộ, "
               "đảng bộ cơ sở (dự kiến 180 đại biểu); tại Hội trường Trung tâm Chính trị huyện; Văn phòng Huyện ủy "
               "chuẩn bị.",
           "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 24 (mở rộng)", clock="07:30", kind="meeting",
           chair="đồng chí Bí thư Huyện ủy", chair_is=BT_IS,
           attendees="Ủy viên Ban Chấp hành Đảng bộ huyện, bí thư các chi bộ, đảng bộ cơ sở (dự kiến 180 đại biểu)",
           attendees_has="bí thư các chi bộ", place="Hội trường Trung tâm Chính trị huyện", units=(VP,)),
        on(19, "Ngày 19 tháng 11 (thứ Ba), 14 giờ 00: Ban Thường vụ Huyện ủy cho ý kiến Đề án sắp xếp các cơ quan "
               "chuyên trách tham mưu, giúp việc Huyện ủy; đồng chí Phó Bí thư Thường trực Huyện ủy chủ trì; tại "
               "Phòng họp Ban Thường vụ Huyện ủy; Ban Tổ chức Huyện ủy chuẩn bị.",
           "Ban Thường vụ Huyện ủy cho ý kiến Đề án sắp xếp các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy",
           clock="14:00", chair="đồng chí Phó Bí thư Thường trực Huyện ủy", chair_is=PBT_IS,
           place="Phòng họp Ban Thường vụ Huyện ủy", units=("Ban Tổ chức Huyện ủy",)),
        on(26, "Ngày 26 tháng 11 (thứ Ba), 8 giờ 00: Hội nghị sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW của Bộ "
               "Chính trị trên địa bàn huyện; đồng chí Bí thư Huyện ủy chủ trì; tại Hội trường Huyện ủy; Ban Tuyên "
               "giáo Huyện ủy chuẩn bị (hoãn, lùi sang tháng 12/2024).",
           "Hội nghị sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị trên địa bàn huyện",
           clock="08:00", status="cancelled", chair="đồng chí Bí thư Huyện ủy", chair_is=BT_IS,
           place="Hội trường Huyện ủy", units=("Ban Tuyên giáo Huyện ủy",), tail="(hoãn, lùi sang tháng 12/2024)"),
        on(28, "Dự kiến ngày 28 tháng 11 (thứ Năm), 8 giờ 00: Ban Thường vụ Huyện ủy làm việc với Đảng đoàn HĐND "
               "huyện về các nội dung trình Kỳ họp thứ 12 HĐND huyện; đồng chí Bí thư Huyện ủy chủ trì; tại Phòng "
               "họp Ban Thường vụ Huyện ủy.",
           "Ban Thường vụ Huyện ủy làm việc với Đảng đoàn HĐND huyện về các nội dung trình Kỳ họp thứ 12 HĐND huyện",
           clock="08:00", status="tentative", chair="đồng chí Bí thư Huyện ủy", chair_is=BT_IS,
           place="Phòng họp Ban Thường vụ Huyện ủy"),
        H("KIỂM TRA, GIÁM SÁT, LÀM VIỆC VỚI CƠ SỞ", 0),
        Ev(E("Đoàn kiểm tra số 3 của Ban Thường vụ Huyện ủy kiểm tra Đảng ủy xã Ia Kênh về công tác cán bộ",
             dates=("2024-11-06",), end="2024-11-08", chair=f"đồng chí {PBT}",
             chair_is=(PBT, "đồng chí Phó Bí thư Thường trực Huyện ủy"), units=("Ủy ban Kiểm tra Huyện ủy",),
             line=f"Từ ngày 06 đến ngày 08 tháng 11: Đoàn kiểm tra số 3 của Ban Thường vụ Huyện ủy kiểm tra Đảng ủy xã "
                  f"Ia Kênh về công tác cán bộ; trưởng đoàn: đồng chí {PBT}, Phó Bí thư Thường trực Huyện ủy; Ủy ban "
                  f"Kiểm tra Huyện ủy chuẩn bị.",
             day_cell="Từ 06/11\nđến 08/11/2024"), 1),
        on(7, "Ngày 07 tháng 11 (thứ Năm), 8 giờ 00: Thường trực Huyện ủy làm việc với Đảng ủy thị trấn Ia Trô về "
              "tiến độ chuẩn bị đại hội đảng bộ thị trấn; đồng chí Bí thư Huyện ủy chủ trì; tại Hội trường Đảng ủy thị "
              "trấn Ia Trô.",
           "Thường trực Huyện ủy làm việc với Đảng ủy thị trấn Ia Trô về tiến độ chuẩn bị đại hội đảng bộ thị trấn",
           clock="08:00", chair="đồng chí Bí thư Huyện ủy", chair_is=BT_IS,
           place="Hội trường Đảng ủy thị trấn Ia Trô"),
        on(14, "Sáng ngày 14 tháng 11 (thứ Năm): đồng chí Bí thư Huyện ủy đi cơ sở, nắm tình hình sản xuất cà phê "
               "tại xã Ia Đơr.",
           "đồng chí Bí thư Huyện ủy đi cơ sở, nắm tình hình sản xuất cà phê tại xã Ia Đơr", slot="sáng"),
        on(21, "Ngày 21 tháng 11 (thứ Năm), 14 giờ 00: Ban Dân vận Huyện ủy làm việc với Đảng ủy xã Ia Kênh về công "
               "tác dân vận chính quyền; tại Hội trường UBND xã Ia Kênh.",
           "Ban Dân vận Huyện ủy làm việc với Đảng ủy xã Ia Kênh về công tác dân vận chính quyền", clock="14:00",
           place="Hội trường UBND xã Ia Kênh"),
        Ev(E("Lớp bồi dưỡng lý luận chính trị cho đảng viên mới đợt 2 năm 2024", dates=("2024-11-25",),
             end="2024-11-27", place="Trung tâm Chính trị huyện", units=("Trung tâm Chính trị huyện",),
             line="Từ ngày 25 đến ngày 27 tháng 11: Lớp bồi dưỡng lý luận chính trị cho đảng viên mới đợt 2 năm 2024; "
                  "tại Trung tâm Chính trị huyện; Trung tâm Chính trị huyện chuẩn bị.",
             day_cell="Từ 25/11\nđến 27/11/2024"), 1),
        H("HOẠT ĐỘNG KHÁC", 0),
        on(15, "Tối ngày 15 tháng 11 (thứ Sáu), 19 giờ 30: đồng chí Phó Bí thư Thường trực Huyện ủy dự Ngày hội Đại "
               "đoàn kết toàn dân tộc tại thôn Plei Kơ Tu, xã Ia Đơr, nhân kỷ niệm 94 năm Ngày truyền thống Mặt trận "
               "Tổ quốc Việt Nam (18/11/1930 - 18/11/2024).",
           "đồng chí Phó Bí thư Thường trực Huyện ủy dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Plei Kơ Tu, xã "
           "Ia Đơr", clock="19:30"),
        on(19, "Ngày 19 tháng 11 (thứ Ba), 8 giờ 00: Gặp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
               "20/11/2024); đồng chí Bí thư Huyện ủy chủ trì; thành phần: đại diện giáo viên tiêu biểu các trường "
               "trên địa bàn huyện; tại Hội trường Huyện ủy; Phòng Giáo dục và Đào tạo huyện chuẩn bị.",
           "Gặp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024)", clock="08:00",
           chair="đồng chí Bí thư Huyện ủy", chair_is=BT_IS,
           attendees="đại diện giáo viên tiêu biểu các trường trên địa bàn huyện",
           attendees_has="giáo viên tiêu biểu", place="Hội trường Huyện ủy",
           units=("Phòng Giáo dục và Đào tạo huyện",)),
        on(22, "Ngày 22 tháng 11 (thứ Sáu), 8 giờ 00: đồng chí Bí thư Huyện ủy tiếp công dân định kỳ tháng 11; tại "
               "Trụ sở Tiếp công dân huyện.",
           "đồng chí Bí thư Huyện ủy tiếp công dân định kỳ tháng 11", clock="08:00", kind="reception",
           chair_is=BT_IS, place="Trụ sở Tiếp công dân huyện"),
        on(29, "Ngày 29 tháng 11 (thứ Sáu), 14 giờ 00: Ban Chỉ đạo 35 huyện họp triển khai nhiệm vụ bảo vệ nền tảng "
               "tư tưởng của Đảng quý IV; đồng chí Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo chủ trì; tại "
               "Phòng họp Ban Thường vụ Huyện ủy; Ban Tuyên giáo Huyện ủy chuẩn bị.",
           "Ban Chỉ đạo 35 huyện họp triển khai nhiệm vụ bảo vệ nền tảng tư tưởng của Đảng quý IV", clock="14:00",
           kind="meeting", chair="đồng chí Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo", chair_is=PBT_IS,
           place="Phòng họp Ban Thường vụ Huyện ủy", units=("Ban Tuyên giáo Huyện ủy",)),
        Ev(E("Các chi bộ, đảng bộ cơ sở tổ chức sinh hoạt chuyên đề quý IV năm 2024", day_cell="Trong tháng",
             line="Trong tháng: Các chi bộ, đảng bộ cơ sở tổ chức sinh hoạt chuyên đề quý IV năm 2024."), 1),
        Ev(E("Ban Thường vụ Huyện ủy làm việc với Đoàn công tác của Ban Tuyên giáo Tỉnh ủy",
             day_cell="Thông báo sau",
             line="Thời gian thông báo sau: Ban Thường vụ Huyện ủy làm việc với Đoàn công tác của Ban Tuyên giáo Tỉnh "
                  "ủy."), 1),
        P("Các chi bộ, đảng bộ cơ sở gửi báo cáo kết quả sinh hoạt chuyên đề về Văn phòng Huyện ủy trước ngày 25 "
          "tháng 11 năm 2024. Những ngày không có lịch, các đồng chí Thường trực Huyện ủy làm việc tại cơ quan."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- Các đồng chí Ủy viên Ban Thường vụ Huyện ủy;",
            "- Các chi bộ, đảng bộ cơ sở;", "- Lưu Văn phòng Huyện ủy.", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG",
            "Lương Văn Tâm"],
)
