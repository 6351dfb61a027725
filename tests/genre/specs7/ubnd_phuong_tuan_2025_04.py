"""A city ward's weekly schedule of its People's Committee leaders (April 2025, the week before the 50th
anniversary of the South's liberation; the ward sits under a district, whose police and units are another level):
day lines "Thứ Hai - 21/4/2025", slot lines "Buổi sáng:" / "Buổi chiều:" / "Buổi tối:", each entry a "*" line
"7g30: <nội dung>. Đ/c Chủ tịch chủ trì. Mời: …. Tại: …." (hours "7g30", "8g", "9 giờ 30", "16 giờ 15 phút",
"14g00"), the leader as the sentence's subject "Đ/c PCT Kinh tế làm việc với …", "Dự kiến 14g00: …" (tentative),
"(dự kiến)" after one invitee (not), a meeting "(tạm dừng, sẽ bố trí lại thời gian)", the reunification's dates
in titles, a Saturday evening show and a Sunday race; traps: the holiday notice (30/4 to 04/5), "Sáng thứ Bảy:
Lãnh đạo UBND phường làm việc tại cơ quan.", the wards' registration deadline inside the week, "thông báo sau"."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P, Slot as S

CT, PCT1, PCT2 = "Triệu Minh Khang", "Đoàn Thị Lệ Thu", "Âu Văn Tấn"
VP = "Văn phòng HĐND và UBND phường"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng UBND phường"]), ("Công an phường Bến Dừa", None, ["Công an phường"]),
              ("Công an quận Hải Xuân", None, ["Công an quận"]), ("Ban Chỉ huy Quân sự phường", None, []),
              ("Trạm Y tế phường", None, []), ("Đoàn Thanh niên phường", None, []),
              ("Phòng Quản lý đô thị quận", None, [])],
    "persons": [(CT, "Chủ tịch UBND phường"), (PCT1, "Phó Chủ tịch UBND phường (Kinh tế)"),
                (PCT2, "Phó Chủ tịch UBND phường (Văn hóa - Xã hội)")],
    "groups": [("Lãnh đạo UBND phường", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "Đ/c Chủ tịch", "Chủ tịch UBND phường")
P1_IS = (PCT1, "Đ/c PCT Kinh tế", "PCT Kinh tế")
P2_IS = (PCT2, "Đ/c PCT Văn hóa - Xã hội", "PCT Văn hóa - Xã hội")


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2025-04-{d:02d}",), line=line, **kw), 0)


DOC = Doc(
    key="ubnd-phuong-tuan-2025-04", office="UBND phường Bến Dừa (quận Hải Xuân), lịch tuần theo buổi, chủ trì sau nội dung",
    kind="weekly", year=2025, month=4, issued="2025-04-18",
    left=["UBND QUẬN HẢI XUÂN", "UBND PHƯỜNG BẾN DỪA"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Bến Dừa, ngày 18 tháng 4 năm 2025"],
    title=["LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND PHƯỜNG", "Tuần 17 (từ ngày 21/4/2025 đến ngày 27/4/2025)"],
    numbering=["*"], style="inline", item_bullet="-", directory=DIRECTORY,
    blocks=[
        P("Thực hiện Công văn số 311/UBND-VP ngày 15/4/2025 của UBND quận về nghỉ lễ 30/4 và 01/5, cán bộ, công chức "
          "nghỉ từ thứ Tư, ngày 30/4/2025 đến hết Chủ nhật, ngày 04/5/2025. Lịch làm việc tuần 17 như sau:"),
        Day("Thứ Hai - 21/4/2025", "2025-04-21"),
        S("Buổi sáng:"),
        on(21, "7g30: Chào cờ đầu tuần và giao ban lãnh đạo UBND phường. Đ/c Chủ tịch chủ trì. Mời: Thường trực Đảng "
               "ủy phường, Chủ tịch Ủy ban MTTQ Việt Nam phường. Tại: Phòng họp tầng 3.",
           "Chào cờ đầu tuần và giao ban lãnh đạo UBND phường", clock="07:30", kind="meeting", chair="Đ/c Chủ tịch",
           chair_is=CT_IS, attendees="Thường trực Đảng ủy phường, Chủ tịch Ủy ban MTTQ Việt Nam phường",
           attendees_has="Thường trực Đảng ủy phường", place="Phòng họp tầng 3"),
        on(21, "9 giờ 30: Đ/c PCT Kinh tế làm việc với Ban Quản lý chợ Bến Dừa về phương án sắp xếp ki-ốt. Tại: Văn "
               "phòng Ban Quản lý chợ Bến Dừa.",
           "Đ/c PCT Kinh tế làm việc với Ban Quản lý chợ Bến Dừa về phương án sắp xếp ki-ốt", clock="09:30",
           chair_is=P1_IS, place="Văn phòng Ban Quản lý chợ Bến Dừa"),
        S("Buổi chiều:"),
        on(21, "14g00: Hội nghị triển khai kế hoạch tổ chức các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, "
               "thống nhất đất nước (30/4/1975 - 30/4/2025). Đ/c Chủ tịch chủ trì. Mời: Trưởng các khu phố, các ban, "
               "ngành, đoàn thể phường. Tại: Hội trường UBND phường.",
           "Hội nghị triển khai kế hoạch tổ chức các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất "
           "đất nước (30/4/1975 - 30/4/2025)", clock="14:00", chair="Đ/c Chủ tịch", chair_is=CT_IS,
           attendees="Trưởng các khu phố, các ban, ngành, đoàn thể phường", attendees_has="Trưởng các khu phố",
           place="Hội trường UBND phường"),
        on(21, "16g30: Họp Ban Chỉ đạo phổ cập giáo dục phường. Đ/c PCT Văn hóa - Xã hội chủ trì. Tại: Phòng họp "
               "tầng 2.",
           "Họp Ban Chỉ đạo phổ cập giáo dục phường", clock="16:30", kind="meeting",
           chair="Đ/c PCT Văn hóa - Xã hội", chair_is=P2_IS, place="Phòng họp tầng 2"),
        Day("Thứ Ba - 22/4/2025", "2025-04-22"),
        S("Buổi sáng:"),
        on(22, "8g: Đ/c PCT Văn hóa - Xã hội kiểm tra công tác bảo đảm an toàn thực phẩm tại các bếp ăn tập thể "
               "(Trạm Y tế phường chuẩn bị).",
           "Đ/c PCT Văn hóa - Xã hội kiểm tra công tác bảo đảm an toàn thực phẩm tại các bếp ăn tập thể",
           clock="08:00", chair_is=P2_IS, units=("Trạm Y tế phường",)),
        on(22, "8g: Đ/c Chủ tịch dự Hội nghị giao ban Chủ tịch UBND các phường do UBND quận tổ chức. Tại: Hội trường "
               "UBND quận.",
           "Đ/c Chủ tịch dự Hội nghị giao ban Chủ tịch UBND các phường do UBND quận tổ chức", clock="08:00",
           place="Hội trường UBND quận"),
        S("Buổi chiều:"),
        on(22, "Dự kiến 14g00: Làm việc với Đoàn kiểm tra liên ngành của quận về trật tự xây dựng. Đ/c Chủ tịch chủ "
               "trì. Tại: Phòng họp tầng 3.",
           "Làm việc với Đoàn kiểm tra liên ngành của quận về trật tự xây dựng", clock="14:00", status="tentative",
           chair="Đ/c Chủ tịch", chair_is=CT_IS, place="Phòng họp tầng 3"),
        Day("Thứ Tư - 23/4/2025", "2025-04-23"),
        S("Buổi sáng:"),
        on(23, "7g00: Lễ ra quân cao điểm bảo đảm an ninh, trật tự dịp Lễ 30/4 và 01/5 (Công an phường chuẩn bị). Đ/c "
               "Chủ tịch chủ trì. Tại: Sân trụ sở Công an phường.",
           "Lễ ra quân cao điểm bảo đảm an ninh, trật tự dịp Lễ 30/4 và 01/5", clock="07:00", chair="Đ/c Chủ tịch",
           chair_is=CT_IS, place="Sân trụ sở Công an phường", units=("Công an phường",)),
        on(23, "9 giờ 30: Tiếp công dân định kỳ. Đ/c Chủ tịch chủ trì. Tại: Phòng Tiếp công dân phường.",
           "Tiếp công dân định kỳ", clock="09:30", kind="reception", chair="Đ/c Chủ tịch", chair_is=CT_IS,
           place="Phòng Tiếp công dân phường"),
        S("Buổi chiều:"),
        on(23, "14g00: Họp Hội đồng xét duyệt hồ sơ hỗ trợ nhà ở cho hộ cận nghèo. Đ/c PCT Văn hóa - Xã hội chủ trì. "
               "Tại: Phòng họp tầng 2 (tạm dừng, sẽ bố trí lại thời gian).",
           "Họp Hội đồng xét duyệt hồ sơ hỗ trợ nhà ở cho hộ cận nghèo", clock="14:00", kind="meeting",
           status="cancelled", chair="Đ/c PCT Văn hóa - Xã hội", chair_is=P2_IS, place="Phòng họp tầng 2",
           tail="(tạm dừng, sẽ bố trí lại thời gian)"),
        Day("Thứ Năm - 24/4/2025", "2025-04-24"),
        S("Buổi sáng:"),
        on(24, "8g30: Đ/c PCT Kinh tế kiểm tra việc chỉnh trang đô thị tuyến đường Nguyễn Trãi. Mời: Phòng Quản lý đô "
               "thị quận (dự kiến), Trưởng khu phố 2, Trưởng khu phố 5.",
           "Đ/c PCT Kinh tế kiểm tra việc chỉnh trang đô thị tuyến đường Nguyễn Trãi", clock="08:30",
           chair_is=P1_IS, attendees="Phòng Quản lý đô thị quận (dự kiến), Trưởng khu phố 2, Trưởng khu phố 5",
           attendees_has="Trưởng khu phố 2"),
        S("Buổi chiều:"),
        on(24, "16 giờ 15 phút: Đ/c Chủ tịch tiếp Đoàn cựu chiến binh Trung đoàn 271 về thăm địa phương. Tại: Phòng "
               "khách UBND phường.",
           "Đ/c Chủ tịch tiếp Đoàn cựu chiến binh Trung đoàn 271 về thăm địa phương", clock="16:15",
           place="Phòng khách UBND phường"),
        Day("Thứ Sáu - 25/4/2025", "2025-04-25"),
        S("Buổi sáng:"),
        on(25, "7g30: Lễ dâng hương tưởng niệm các anh hùng liệt sĩ. Đ/c Chủ tịch, các Đ/c PCT dự. Tại: Đài tưởng "
               "niệm phường.",
           "Lễ dâng hương tưởng niệm các anh hùng liệt sĩ", clock="07:30", place="Đài tưởng niệm phường"),
        S("Buổi chiều:"),
        on(25, "14g00: Phiên họp UBND phường thường kỳ tháng 4 năm 2025. Đ/c Chủ tịch chủ trì. Mời: thành viên UBND "
               "phường; Thường trực HĐND phường. Tại: Phòng họp tầng 3. Nội dung:",
           "Phiên họp UBND phường thường kỳ tháng 4 năm 2025", clock="14:00", kind="meeting", chair="Đ/c Chủ tịch",
           chair_is=CT_IS, attendees="thành viên UBND phường; Thường trực HĐND phường",
           attendees_has="thành viên UBND phường", place="Phòng họp tầng 3",
           items=[I("Báo cáo tình hình kinh tế - xã hội tháng 4, nhiệm vụ tháng 5 năm 2025", VP),
                  I("Phương án bảo đảm trật tự, an toàn giao thông dịp nghỉ lễ", "Công an phường",
                    ("Ban Chỉ huy Quân sự phường",))]),
        Day("Thứ Bảy - 26/4/2025", "2025-04-26"),
        P("Sáng thứ Bảy: Lãnh đạo UBND phường làm việc tại cơ quan."),
        S("Buổi tối:"),
        on(26, "19g30: Chương trình nghệ thuật \"Khúc khải hoàn ca\" chào mừng 50 năm Ngày Giải phóng miền Nam, thống "
               "nhất đất nước. Đ/c PCT Văn hóa - Xã hội dự. Tại: Công viên Bến Dừa.",
           "Chương trình nghệ thuật \"Khúc khải hoàn ca\" chào mừng 50 năm Ngày Giải phóng miền Nam, thống nhất đất "
           "nước", clock="19:30", place="Công viên Bến Dừa"),
        Day("Chủ nhật - 27/4/2025", "2025-04-27"),
        S("Buổi sáng:"),
        on(27, "6g00: Giải chạy \"Vì hòa bình\" năm 2025 (Đoàn Thanh niên phường chuẩn bị). Đ/c PCT Văn hóa - Xã hội "
               "dự. Tại: Tuyến đường ven sông Bến Dừa.",
           "Giải chạy \"Vì hòa bình\" năm 2025", clock="06:00", place="Tuyến đường ven sông Bến Dừa",
           units=("Đoàn Thanh niên phường",)),
        P("Ghi chú: Các khu phố đăng ký lịch trực lễ về Văn phòng HĐND và UBND phường trước 10 giờ thứ Sáu, ngày "
          "25/4/2025. Lịch có thể thay đổi, Văn phòng thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy, HĐND phường;", "- Chủ tịch, các PCT UBND phường;",
            "- Các ban, ngành, đoàn thể phường;", "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG",
            "Kha Thị Yến"],
)
