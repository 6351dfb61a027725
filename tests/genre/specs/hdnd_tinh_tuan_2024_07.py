"""A provincial HĐND's weekly schedule arranged by activity, not by day: "I. THƯỜNG TRỰC HĐND TỈNH",
"II. CÁC BAN", "III. TIẾP XÚC CỬ TRI" with a heading per "Tổ đại biểu số 1 (huyện Mỹ Đức)"; times written
"8 giờ 00, thứ Ba, ngày 02/7/2024", a supervision span, "Trong 02 ngày 04 và 05/7/2024", a voter meeting
"Dự kiến …", "Ban Pháp chế HĐND huyện" next to "Ban Pháp chế HĐND tỉnh", plans and deadlines in prose."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT, TBVX, TBPC = "Phùng Thị Loan", "Kiều Văn Sáng", "Âu Minh Nhật", "Hứa Thị Duyên"
VP = "Văn phòng HĐND tỉnh"
DIRECTORY = {
    "units": [(VP, None, []), ("Ban Kinh tế - Ngân sách HĐND tỉnh", None, ["Ban Kinh tế - Ngân sách"]),
              ("Ban Văn hóa - Xã hội HĐND tỉnh", None, []), ("Ban Pháp chế HĐND tỉnh", None, []),
              ("Ban Pháp chế HĐND huyện Mỹ Đức", None, []), ("Ủy ban MTTQ Việt Nam tỉnh", None, []),
              ("Ủy ban MTTQ Việt Nam huyện Mỹ Đức", None, []), ("Ủy ban MTTQ Việt Nam huyện Tân Bình", None, []),
              ("Sở Tài chính", None, []), ("Sở Tư pháp", None, []), ("Bảo hiểm xã hội tỉnh", None, [])],
    "persons": [(CT, "Chủ tịch HĐND tỉnh"), (PCT, "Phó Chủ tịch HĐND tỉnh"),
                (TBVX, "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"), (TBPC, "Trưởng Ban Pháp chế HĐND tỉnh")],
    "groups": [("Thường trực HĐND tỉnh", [CT, PCT])],
}

DOC = Doc(
    key="hdnd-tinh-tuan-2024-07", office="HĐND tỉnh Lạc Giang, lịch tuần theo hoạt động", kind="weekly",
    year=2024, month=7, issued="2024-06-28", wrap=84,
    left=["HĐND TỈNH LẠC GIANG", "VĂN PHÒNG"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Lạc Giang, ngày 28 tháng 6 năm 2024"],
    title=["LỊCH CÔNG TÁC TUẦN", "của Thường trực, các Ban và các Tổ đại biểu HĐND tỉnh",
           "(Từ ngày 01/7 đến ngày 07/7/2024)"],
    numbering=["{R}.", "{n}.", "-"], style="inline", directory=DIRECTORY,
    blocks=[
        P("Ngày 26/6/2024, Thường trực HĐND tỉnh đã tổ chức Hội nghị liên tịch thống nhất dự kiến nội dung Kỳ "
          "họp thứ Mười chín (kỳ họp thường lệ giữa năm 2024), HĐND tỉnh khóa XVII. Văn phòng HĐND tỉnh thông "
          "báo lịch công tác tuần như sau:"),
        H("THƯỜNG TRỰC HĐND TỈNH", 0),
        Ev(E("Phiên họp Thường trực HĐND tỉnh thường kỳ tháng 7", when="8 giờ 00, thứ Hai, ngày 01/7/2024",
             dates=("2024-07-01",), clock="08:00", kind="meeting", chair="Đồng chí Chủ tịch HĐND tỉnh",
             chair_is=(CT, "Chủ tịch HĐND tỉnh"),
             attendees="Thường trực HĐND tỉnh, Trưởng các Ban HĐND tỉnh; dự kiến mời lãnh đạo UBND tỉnh",
             attendees_has="Thường trực HĐND tỉnh", place="Phòng họp số 2, Văn phòng HĐND tỉnh",
             items=[I("Thông qua nội dung, chương trình Kỳ họp thứ Mười chín HĐND tỉnh", VP),
                    I("Báo cáo kết quả giám sát chuyên đề về công tác thi hành án dân sự", "Ban Pháp chế HĐND tỉnh",
                      phrase="(Ban Pháp chế HĐND tỉnh báo cáo)"),
                    I("Phân công thẩm tra các báo cáo, tờ trình trình Kỳ họp", VP,
                      ("Ban Kinh tế - Ngân sách HĐND tỉnh",))]), 1),
        Ev(E("Chủ tịch HĐND tỉnh tiếp công dân định kỳ tháng 7", when="Sáng thứ Tư, ngày 03/7/2024",
             dates=("2024-07-03",), slot="sáng", kind="reception", chair_is=(CT, "Chủ tịch HĐND tỉnh"),
             place="Trụ sở Tiếp công dân tỉnh"), 1),
        H("CÁC BAN HĐND TỈNH", 0),
        Ev(E("Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế "
             "học sinh, sinh viên tại huyện Mỹ Đức và huyện Tân Bình", when="Từ ngày 01/7 đến ngày 03/7/2024",
             dates=("2024-07-01",), end="2024-07-03", chair="Đồng chí Trưởng Ban Văn hóa - Xã hội HĐND tỉnh",
             chair_is=(TBVX, "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
             attendees="Thành viên Đoàn giám sát; mời đại diện Bảo hiểm xã hội tỉnh",
             attendees_has="Bảo hiểm xã hội tỉnh",
             tail="(Lịch làm việc với từng đơn vị theo Kế hoạch số 27/KH-BVHXH ngày 14/6/2024)"), 1),
        Ev(E("Ban Kinh tế - Ngân sách HĐND tỉnh thẩm tra các báo cáo, tờ trình, dự thảo nghị quyết trình Kỳ họp thứ "
             "Mười chín", when="Trong 02 ngày 04 và 05/7/2024", dates=("2024-07-04",), end="2024-07-05",
             attendees="mời đại diện lãnh đạo Sở Tài chính, Sở Tư pháp", attendees_has="Sở Tài chính",
             place="Phòng họp số 1, Văn phòng HĐND tỉnh"), 1),
        Ev(E("Ban Pháp chế HĐND tỉnh khảo sát công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh karaoke trên "
             "địa bàn huyện Mỹ Đức", when="14 giờ 00, thứ Năm, ngày 04/7/2024", dates=("2024-07-04",),
             clock="14:00", chair="Đồng chí Hứa Thị Duyên, Trưởng Ban Pháp chế HĐND tỉnh", chair_is=(TBPC,),
             attendees="Ban Pháp chế HĐND huyện Mỹ Đức, Phòng Cảnh sát PCCC và CNCH Công an tỉnh",
             attendees_has="Ban Pháp chế HĐND huyện Mỹ Đức"), 1),
        H("TIẾP XÚC CỬ TRI TRƯỚC KỲ HỌP THỨ MƯỜI CHÍN, HĐND TỈNH KHÓA XVII", 0),
        P("Các Tổ đại biểu HĐND tỉnh phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam cấp huyện tổ chức tiếp xúc "
          "cử tri theo Kế hoạch số 31/KH-HĐND ngày 17/6/2024; Tổ trưởng các Tổ báo cáo kết quả về Thường trực HĐND "
          "tỉnh (qua Văn phòng HĐND tỉnh) trước ngày 08/7/2024."),
        H("Tổ đại biểu số 1 (huyện Mỹ Đức)", 1),
        Ev(E("Tổ đại biểu số 1 tiếp xúc cử tri xã An Phú", when="8 giờ 00, thứ Ba, ngày 02/7/2024",
             dates=("2024-07-02",), clock="08:00", place="Nhà văn hóa xã An Phú",
             units=("Ủy ban MTTQ Việt Nam huyện Mỹ Đức",)), 2),
        Ev(E("Tổ đại biểu số 1 tiếp xúc cử tri thị trấn Mỹ Đức", when="14 giờ 00, thứ Ba, ngày 02/7/2024",
             dates=("2024-07-02",), clock="14:00", place="Hội trường UBND thị trấn Mỹ Đức",
             units=("Ủy ban MTTQ Việt Nam huyện Mỹ Đức",)), 2),
        H("Tổ đại biểu số 2 (huyện Tân Bình)", 1),
        Ev(E("Tổ đại biểu số 2 tiếp xúc cử tri xã Tân Lập và xã Tân Hòa", when="7 giờ 30, thứ Năm, ngày 04/7/2024",
             dates=("2024-07-04",), clock="07:30", place="Hội trường UBND xã Tân Lập",
             units=("Ủy ban MTTQ Việt Nam huyện Tân Bình",)), 2),
        Ev(E("Tổ đại biểu số 2 tiếp xúc cử tri chuyên đề với công nhân Khu công nghiệp Tân Bình",
             when="Dự kiến 14 giờ 00, thứ Sáu, ngày 05/7/2024", dates=("2024-07-05",), clock="14:00",
             status="tentative", place="Nhà văn hóa công nhân Khu công nghiệp Tân Bình"), 2),
        H("Tổ đại biểu số 3 (thành phố Lạc Giang)", 1),
        Ev(E("Tổ đại biểu số 3 tiếp xúc cử tri các phường Đông Thành và Tây Thành",
             when="Sáng thứ Bảy, ngày 06/7/2024", dates=("2024-07-06",), slot="sáng",
             place="Hội trường UBND phường Đông Thành"), 2),
        H("HOẠT ĐỘNG KHÁC", 0),
        Ev(E("Phó Chủ tịch HĐND tỉnh Kiều Văn Sáng dự Hội nghị tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở",
             when="9 giờ 00, thứ Sáu, ngày 05/7/2024", dates=("2024-07-05",), clock="09:00", chair_is=(PCT,),
             place="Hội trường Sở Tư pháp"), 1),
        P("Lịch này thay giấy mời. Trường hợp thay đổi, Văn phòng HĐND tỉnh sẽ thông báo sau; kỳ họp thứ Mười chín "
          "dự kiến khai mạc vào tuần sau, giấy triệu tập gửi riêng."),
    ],
    footer=["Nơi nhận:", "- Thường trực HĐND tỉnh;", "- Các Ban HĐND tỉnh, các Tổ đại biểu;",
            "- Ủy ban MTTQ Việt Nam tỉnh;", "- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Lã Văn Hiếu"],
)
