"""A ward's weekly "Lịch làm việc" after the 7/2025 reform: Đảng ủy, HĐND and UBND of the phường in one
schedule, "THỨ HAI, 17/11/2025", lines "- 08h00: …", "- Cả ngày: …", "- Tối (19h30): …", a unit with a comma
in its name ("Phòng Kinh tế, Hạ tầng và Đô thị"), "Công an phường" next to "Công an tỉnh", a gathering whose
title carries another day's date (20/11), last week's results at the top, "Lịch này thay giấy mời"."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P

BT, PBTTT, CT = "Quách Thị Ngân", "Mai Văn Toàn", "Lục Thanh Hải"
PCT, PCTHD = "Tô Thị Hồng Nhung", "Dương Văn Khoa"
DIRECTORY = {
    "units": [("Văn phòng Đảng ủy phường", None, ["Văn phòng Đảng ủy"]),
              ("Văn phòng HĐND và UBND phường", None, ["Văn phòng HĐND&UBND phường"]),
              ("Ban Xây dựng Đảng Đảng ủy phường", None, ["Ban Xây dựng Đảng"]),
              ("Phòng Kinh tế, Hạ tầng và Đô thị", None, []), ("Phòng Văn hóa - Xã hội", None, []),
              ("Công an phường Bến Sơn", None, ["Công an phường"]), ("Công an tỉnh", None, []),
              ("Ban Chỉ huy Quân sự phường", None, []), ("Bộ Chỉ huy Quân sự tỉnh", None, []),
              ("Ủy ban MTTQ Việt Nam phường", None, ["Ủy ban MTTQ phường"]),
              ("Ủy ban nhân dân phường Bến Sơn", "UBND phường", [])],
    "persons": [(BT, "Bí thư Đảng ủy, Chủ tịch HĐND phường"), (PBTTT, "Phó Bí thư Thường trực Đảng ủy phường"),
                (CT, "Phó Bí thư Đảng ủy, Chủ tịch UBND phường"), (PCT, "Phó Chủ tịch UBND phường"),
                (PCTHD, "Phó Chủ tịch HĐND phường")],
    "groups": [("Ban Thường vụ Đảng ủy", [BT, PBTTT, CT]), ("Thường trực HĐND phường", [BT, PCTHD]),
               ("Thành viên UBND phường", [CT, PCT])],
}
BT_IS = (BT, "Bí thư Đảng ủy", "Đ/c Bí thư Đảng ủy")
CT_IS = (CT, "Chủ tịch UBND phường", "Đ/c Chủ tịch UBND phường")


def on(d):
    return lambda title, **kw: E(title, dates=(f"2025-11-{d}",), **kw)


DOC = Doc(
    key="phuong-tuan-2025-11", office="Đảng ủy - HĐND - UBND phường Bến Sơn, lịch làm việc tuần", kind="weekly",
    year=2025, month=11, issued="2025-11-15",
    left=["ĐẢNG BỘ PHƯỜNG BẾN SƠN", "VĂN PHÒNG ĐẢNG ỦY", "*"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Bến Sơn, ngày 15 tháng 11 năm 2025"],
    title=["LỊCH LÀM VIỆC", "của Thường trực Đảng ủy, Thường trực HĐND, lãnh đạo UBND phường Bến Sơn",
           "Tuần 47 (từ ngày 17/11 đến ngày 23/11/2025)"],
    numbering=["{n}."], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Kết quả tuần 46: tiếp 12 lượt công dân; ngày 14/11/2025 tổ chức Hội nghị sơ kết công tác dân vận "
          "quý IV; hoàn thành giải ngân 72% vốn đầu tư công. Lịch này thay giấy mời đối với các thành phần có "
          "tên trong lịch."),
        Day("THỨ HAI, 17/11/2025", "2025-11-17"),
        Ev(on(17)("Hội nghị Ban Thường vụ Đảng ủy phường", clock="08:00", kind="meeting",
                  chair="Đ/c Bí thư Đảng ủy", chair_is=BT_IS, attendees="Ban Thường vụ Đảng ủy phường",
                  attendees_has="Ban Thường vụ Đảng ủy", place="Phòng họp số 1, trụ sở Đảng ủy phường",
                  line="- 08h00: Đ/c Bí thư Đảng ủy chủ trì Hội nghị Ban Thường vụ Đảng ủy phường. Địa điểm: Phòng "
                       "họp số 1, trụ sở Đảng ủy phường. Nội dung:",
                  items=[I("Cho ý kiến dự thảo Báo cáo tổng kết công tác xây dựng Đảng năm 2025",
                           "Văn phòng Đảng ủy"),
                         I("Xem xét đề nghị kết nạp đảng viên đợt 20/11", "Ban Xây dựng Đảng"),
                         I("Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 ở khu dân cư",
                           "Ủy ban MTTQ Việt Nam phường")])),
        Ev(on(17)("Chủ tịch UBND phường làm việc với Phòng Kinh tế, Hạ tầng và Đô thị về tiến độ chỉnh trang "
                  "tuyến đường Bờ Kè", clock="14:00", chair_is=CT_IS, units=("Phòng Kinh tế, Hạ tầng và Đô thị",),
                  place="Phòng họp số 2, UBND phường",
                  line="- 14h00: Chủ tịch UBND phường làm việc với Phòng Kinh tế, Hạ tầng và Đô thị về tiến độ chỉnh "
                       "trang tuyến đường Bờ Kè (Phòng Kinh tế, Hạ tầng và Đô thị chuẩn bị). Địa điểm: Phòng họp số "
                       "2, UBND phường.")),
        Day("THỨ BA, 18/11/2025", "2025-11-18"),
        Ev(on(18)("Thường trực HĐND phường giám sát việc giải quyết kiến nghị của cử tri tại các khu phố 1, 2 và 5",
                  chair="Đ/c Phó Chủ tịch HĐND phường", chair_is=(PCTHD, "Phó Chủ tịch HĐND phường"),
                  units=("Văn phòng HĐND và UBND phường",), slot_cell="Cả ngày",
                  line="- Cả ngày: Thường trực HĐND phường giám sát việc giải quyết kiến nghị của cử tri tại các khu "
                       "phố 1, 2 và 5; Đ/c Phó Chủ tịch HĐND phường chủ trì (Văn phòng HĐND và UBND phường chuẩn "
                       "bị).")),
        Ev(on(18)("Phó Chủ tịch UBND phường Tô Thị Hồng Nhung tiếp công dân định kỳ", clock="08:00",
                  kind="reception", chair_is=(PCT,), place="Phòng Tiếp công dân phường",
                  line="- 08h00: Phó Chủ tịch UBND phường Tô Thị Hồng Nhung tiếp công dân định kỳ. Địa điểm: Phòng "
                       "Tiếp công dân phường.")),
        Ev(on(18)("Đ/c Phó Bí thư Thường trực Đảng ủy dự Ngày hội Đại đoàn kết toàn dân tộc tại khu phố 3",
                  clock="19:30", slot="tối", chair_is=(PBTTT, "Phó Bí thư Thường trực Đảng ủy"),
                  units=("Ủy ban MTTQ Việt Nam phường",), place="Nhà văn hóa khu phố 3", slot_cell="Tối\n19 giờ 30",
                  line="- Tối (19h30): Đ/c Phó Bí thư Thường trực Đảng ủy dự Ngày hội Đại đoàn kết toàn dân tộc tại "
                       "khu phố 3 (Ủy ban MTTQ Việt Nam phường chuẩn bị). Địa điểm: Nhà văn hóa khu phố 3.")),
        Day("THỨ TƯ, 19/11/2025", "2025-11-19"),
        Ev(on(19)("Hội nghị UBND phường thường kỳ tháng 11 năm 2025", clock="08:00", kind="meeting",
                  chair="Đ/c Chủ tịch UBND phường", chair_is=CT_IS,
                  attendees="Thành viên UBND phường; mời Thường trực HĐND phường",
                  attendees_has="Thành viên UBND phường", place="Hội trường UBND phường",
                  line="- 08h00: Hội nghị UBND phường thường kỳ tháng 11 năm 2025; Đ/c Chủ tịch UBND phường chủ trì. "
                       "Thành phần: Thành viên UBND phường; mời Thường trực HĐND phường. Địa điểm: Hội trường UBND "
                       "phường. Nội dung:",
                  items=[I("Báo cáo tình hình kinh tế - xã hội tháng 11 năm 2025", "Văn phòng HĐND và UBND phường"),
                         I("Phương án bảo đảm an ninh, trật tự dịp cuối năm 2025", "Công an phường"),
                         I("Dự thảo Kế hoạch huấn luyện dân quân tự vệ năm 2026", "Ban Chỉ huy Quân sự phường")])),
        Ev(on(19)("Gặp mặt kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)", clock="14:00",
                  chair_is=CT_IS, chair="Đ/c Chủ tịch UBND phường", units=("Phòng Văn hóa - Xã hội",),
                  place="Hội trường Trung tâm Văn hóa - Thể thao phường",
                  line="- 14h00: Gặp mặt kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025); Đ/c Chủ "
                       "tịch UBND phường chủ trì (Phòng Văn hóa - Xã hội chuẩn bị). Địa điểm: Hội trường Trung tâm "
                       "Văn hóa - Thể thao phường.")),
        Day("THỨ NĂM, 20/11/2025", "2025-11-20"),
        L("Sáng", ["Thường trực Đảng ủy, lãnh đạo UBND phường làm việc tại cơ quan."], who_is_slot=True),
        Ev(on(20)("Kỳ họp thứ Năm (kỳ họp chuyên đề) HĐND phường Bến Sơn khóa I", clock="14:00",
                  chair="Đ/c Chủ tịch HĐND phường", chair_is=(BT, "Chủ tịch HĐND phường"),
                  place="Hội trường trụ sở Đảng ủy - HĐND - UBND phường",
                  line="- 14h00: Kỳ họp thứ Năm (kỳ họp chuyên đề) HĐND phường Bến Sơn khóa I; Đ/c Chủ tịch HĐND "
                       "phường chủ trì. Địa điểm: Hội trường trụ sở Đảng ủy - HĐND - UBND phường. Nội dung:",
                  items=[I("Tờ trình về việc điều chỉnh kế hoạch đầu tư công năm 2025", "UBND phường",
                           phrase="(UBND phường trình)"),
                         I("Nghị quyết thành lập các Tổ đại biểu HĐND phường", "Văn phòng HĐND và UBND phường",
                           phrase="(Văn phòng HĐND và UBND phường tham mưu)")])),
        Day("THỨ SÁU, 21/11/2025", "2025-11-21"),
        Ev(on(21)("Đ/c Bí thư Đảng ủy phường dự Hội nghị Ban Chấp hành Đảng bộ tỉnh", clock="07:30",
                  chair_is=BT_IS, place="Hội trường Tỉnh ủy", tail="(cả ngày)",
                  line="- 07h30: Đ/c Bí thư Đảng ủy phường dự Hội nghị Ban Chấp hành Đảng bộ tỉnh (cả ngày). Địa "
                       "điểm: Hội trường Tỉnh ủy.")),
        Ev(on(21)("Hội đồng nghĩa vụ quân sự phường họp xét duyệt sơ tuyển công dân nhập ngũ năm 2026",
                  clock="14:00", kind="meeting", chair="Đ/c Chủ tịch UBND phường", chair_is=CT_IS,
                  units=("Ban Chỉ huy Quân sự phường",), place="Phòng họp số 1, UBND phường",
                  line="- 14h00: Hội đồng nghĩa vụ quân sự phường họp xét duyệt sơ tuyển công dân nhập ngũ năm "
                       "2026; Đ/c Chủ tịch UBND phường chủ trì (Ban Chỉ huy Quân sự phường chuẩn bị). Địa điểm: "
                       "Phòng họp số 1, UBND phường.")),
        Day("THỨ BẢY, 22/11/2025", "2025-11-22"),
        Ev(on(22)("Ra quân tổng vệ sinh môi trường, khơi thông cống rãnh trên địa bàn phường", clock="06:30",
                  chair_is=(PCT,), units=("Phòng Kinh tế, Hạ tầng và Đô thị", "Ủy ban MTTQ Việt Nam phường"),
                  place="Các khu phố",
                  line="- 06h30: Phó Chủ tịch UBND phường Tô Thị Hồng Nhung chỉ đạo Ra quân tổng vệ sinh môi trường, "
                       "khơi thông cống rãnh trên địa bàn phường (Phòng Kinh tế, Hạ tầng và Đô thị, Ủy ban MTTQ Việt "
                       "Nam phường chuẩn bị). Địa điểm: Các khu phố.")),
        P("Lịch làm việc có thể thay đổi; Văn phòng Đảng ủy và Văn phòng HĐND và UBND phường sẽ thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy, HĐND, UBND phường;", "- Các cơ quan, đoàn thể phường;",
            "- Lưu Văn phòng Đảng ủy.", "CHÁNH VĂN PHÒNG", "Trịnh Thị Hoa"],
)
