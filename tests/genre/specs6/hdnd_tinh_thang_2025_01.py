"""A provincial HĐND standing committee's monthly program for January 2025 (issued at the end of December, the
month of Tết Ất Tỵ) written content first: each item "1. <nội dung>. Thời gian: 08 giờ 00, thứ Hai, ngày
06/01/2025." then "Chủ trì: …", "Thành phần: …", "Địa điểm: …" and "(Giao … chuẩn bị nội dung)" lines;
sections "A.", items "1."; the Monday-afternoon briefing "Thời gian: 14 giờ 00, chiều thứ Hai hằng tuần",
the monthly sitting with its papers, a supervision "từ ngày 08 đến 10/01/2025", the thematic session
"(dự kiến)" with its papers, a survey, a working trip "(hoãn, chuyển sang tháng 02/2025)", an evening show
"19 giờ 30, tối thứ Sáu", a Saturday incense offering, and two undated items ("Thời gian: theo Giấy mời",
"Thời gian: có kế hoạch riêng"); traps: December's session "từ ngày 09 đến 11/12/2024" and a resolution's
date, the papers' deadline, the Tết holiday, February's program."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT1, PCT2 = "Mẫn Văn Tín", "Cù Thị Hồng Hạnh", "Đinh Quốc Khải"
VP = "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
KTNS, VHXH, PC = "Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Văn hóa - Xã hội HĐND tỉnh", "Ban Pháp chế HĐND tỉnh"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng Đoàn ĐBQH và HĐND"]), (KTNS, None, ["Ban Kinh tế - Ngân sách"]),
              (VHXH, None, ["Ban Văn hóa - Xã hội"]), (PC, None, ["Ban Pháp chế"]),
              ("Ủy ban nhân dân tỉnh", "UBND tỉnh", []), ("Ủy ban MTTQ Việt Nam tỉnh", None, []),
              ("Sở Nội vụ", None, []), ("Sở Lao động - Thương binh và Xã hội", None, []),
              ("Ban Dân tộc HĐND tỉnh", None, ["Ban Dân tộc"])],
    "persons": [(CT, "Chủ tịch HĐND tỉnh"), (PCT1, "Phó Chủ tịch HĐND tỉnh"), (PCT2, "Phó Chủ tịch HĐND tỉnh")],
    "groups": [("Thường trực HĐND tỉnh", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch HĐND tỉnh", "Đồng chí Chủ tịch HĐND tỉnh")
P1_IS = (PCT1, f"Phó Chủ tịch HĐND tỉnh {PCT1}", f"Đồng chí {PCT1}, Phó Chủ tịch HĐND tỉnh")
P2_IS = (PCT2, f"Phó Chủ tịch HĐND tỉnh {PCT2}", f"Đồng chí {PCT2}, Phó Chủ tịch HĐND tỉnh")


def item(title, when, dates=(), level=1, **kw):
    """"<nội dung>. Thời gian: <when>." as the item's first line."""
    line = f"{title}. Thời gian: {when}."  # a tail ("(hoãn, …)") follows it
    return Ev(E(title, when=when, dates=tuple(f"2025-01-{d:02d}" for d in dates), line=line, **kw), level)


DOC = Doc(
    key="hdnd-tinh-thang-2025-01", office="Thường trực HĐND tỉnh Cao Sơn, chương trình tháng viết nội dung trước",
    kind="monthly", year=2025, month=1, issued="2024-12-30",
    left=["HỘI ĐỒNG NHÂN DÂN", "TỈNH CAO SƠN", "THƯỜNG TRỰC HĐND", "Số: 71/CTr-TTHĐND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Cao Sơn, ngày 30 tháng 12 năm 2024"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01 NĂM 2025", "của Thường trực HĐND tỉnh"],
    numbering=["{A}.", "{n}.", "-"], style="fields", item_bullet="-", directory=DIRECTORY,
    blocks=[
        P("Căn cứ Nghị quyết số 45/NQ-HĐND ngày 11/12/2024 của HĐND tỉnh về Chương trình giám sát năm 2025; tháng "
          "12/2024, HĐND tỉnh đã tổ chức thành công Kỳ họp thứ 27 từ ngày 09 đến 11/12/2024. Thường trực HĐND tỉnh "
          "xây dựng chương trình công tác tháng 01 năm 2025 như sau:"),
        H("HOẠT ĐỘNG THƯỜNG XUYÊN", 0),
        item("Giao ban Thường trực HĐND tỉnh", "14 giờ 00, chiều thứ Hai hằng tuần", weekly="MO", clock="14:00",
             kind="meeting", chair="Đồng chí Chủ tịch HĐND tỉnh", chair_is=CT_IS,
             attendees="Thường trực HĐND tỉnh, Trưởng các Ban HĐND tỉnh, Chánh Văn phòng",
             attendees_has="Trưởng các Ban HĐND tỉnh", place="Phòng họp Thường trực HĐND tỉnh"),
        item("Phiên họp Thường trực HĐND tỉnh tháng 01/2025", "08 giờ 00, thứ Hai, ngày 06/01/2025", (6,),
             clock="08:00", kind="meeting", chair="Đồng chí Chủ tịch HĐND tỉnh", chair_is=CT_IS,
             attendees="Thường trực HĐND tỉnh; Trưởng các Ban HĐND tỉnh; mời đại diện lãnh đạo UBND tỉnh",
             attendees_has="Trưởng các Ban HĐND tỉnh", place="Phòng họp số 1, trụ sở HĐND tỉnh",
             items=[I("Kết quả hoạt động tháng 12/2024, chương trình công tác tháng 02/2025", VP),
                    I("Chuẩn bị Kỳ họp thứ 28 (kỳ họp chuyên đề) HĐND tỉnh", VP, (KTNS,)),
                    I("Kế hoạch giám sát chuyên đề năm 2025 của Thường trực HĐND tỉnh", PC)]),
        item("Thường trực HĐND tỉnh tiếp công dân định kỳ", "7 giờ 30, thứ Tư, ngày 15/01/2025", (15,),
             clock="07:30", kind="reception", chair=f"Phó Chủ tịch HĐND tỉnh {PCT1}", chair_is=P1_IS,
             place="Trụ sở Tiếp công dân tỉnh"),
        H("HOẠT ĐỘNG GIÁM SÁT, KHẢO SÁT", 0),
        item("Đoàn giám sát của Thường trực HĐND tỉnh giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo",
             "từ ngày 08 đến 10/01/2025", (8,), end="2025-01-10", chair=f"Phó Chủ tịch HĐND tỉnh {PCT2}",
             chair_is=P2_IS, attendees="thành viên Đoàn giám sát", attendees_has="thành viên Đoàn giám sát",
             units=(VHXH, "Sở Lao động - Thương binh và Xã hội")),
        item("Ban Văn hóa - Xã hội HĐND tỉnh khảo sát công tác chăm lo Tết cho người lao động tại Khu công nghiệp "
             "Nam Cao Sơn", "14 giờ 00, thứ Ba, ngày 21/01/2025", (21,), clock="14:00",
             place="Khu công nghiệp Nam Cao Sơn", units=(VHXH,)),
        item("Đoàn công tác của Thường trực HĐND tỉnh làm việc với HĐND huyện Bảo Khê về hoạt động của HĐND cấp xã",
             "thứ Năm, ngày 23/01/2025", (23,), status="cancelled", chair="Đồng chí Chủ tịch HĐND tỉnh",
             chair_is=CT_IS, place="Trụ sở HĐND huyện Bảo Khê", tail="(hoãn, chuyển sang tháng 02/2025)"),
        H("KỲ HỌP THỨ 28 (KỲ HỌP CHUYÊN ĐỀ) HĐND TỈNH", 0),
        item("Hội nghị liên tịch thống nhất nội dung, chương trình Kỳ họp thứ 28", "09 giờ 00, thứ Hai, ngày "
             "13/01/2025", (13,), clock="09:00", kind="meeting", chair="Đồng chí Chủ tịch HĐND tỉnh", chair_is=CT_IS,
             attendees="Thường trực HĐND tỉnh; lãnh đạo UBND tỉnh; Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh "
                       "(dự kiến)",
             attendees_has="lãnh đạo UBND tỉnh", place="Phòng họp số 1, trụ sở HĐND tỉnh"),
        item("Kỳ họp thứ 28 (kỳ họp chuyên đề) HĐND tỉnh khóa XVII", "08 giờ 00, thứ Sáu, ngày 17/01/2025 (dự kiến)",
             (17,), clock="08:00", status="tentative", chair="Đồng chí Chủ tịch HĐND tỉnh",
             chair_is=CT_IS, attendees="đại biểu HĐND tỉnh; đại biểu khách mời", attendees_has="đại biểu HĐND tỉnh",
             place="Hội trường HĐND tỉnh",
             items=[I("Nghị quyết về chính sách hỗ trợ cán bộ, công chức dôi dư do sắp xếp tổ chức bộ máy",
                      "Sở Nội vụ"),
                    I("Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025",
                      "Ủy ban nhân dân tỉnh"),
                    I("Báo cáo thẩm tra các dự thảo nghị quyết trình kỳ họp", KTNS, (PC,))]),
        H("CÁC HOẠT ĐỘNG KHÁC", 0),
        item("Hội nghị tổng kết hoạt động của HĐND tỉnh năm 2024, triển khai nhiệm vụ năm 2025",
             "8h00, thứ Sáu, ngày 03/01/2025", (3,), clock="08:00", kind="meeting", chair="Đồng chí Chủ tịch HĐND tỉnh",
             chair_is=CT_IS, attendees="đại biểu HĐND tỉnh, Thường trực HĐND các huyện, thành phố",
             attendees_has="Thường trực HĐND các huyện, thành phố", place="Hội trường HĐND tỉnh", units=(VP,)),
        item("Thường trực HĐND tỉnh thăm, chúc Tết gia đình chính sách, hộ nghèo tại các huyện vùng cao",
             "8 giờ 00, thứ Hai, ngày 20/01/2025", (20,), clock="08:00", chair="Đồng chí Chủ tịch HĐND tỉnh",
             chair_is=CT_IS, units=(VP, "Ban Dân tộc HĐND tỉnh")),
        item("Thường trực HĐND tỉnh dự Chương trình nghệ thuật Mừng Đảng - Mừng Xuân Ất Tỵ 2025",
             "19 giờ 30, tối thứ Sáu, ngày 24/01/2025", (24,), clock="19:30", place="Quảng trường 3 tháng 2"),
        item("Thường trực HĐND tỉnh dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh nhân dịp Tết Nguyên đán Ất Tỵ",
             "7 giờ 00, thứ Bảy, ngày 25/01/2025", (25,), clock="07:00", place="Đền thờ Chủ tịch Hồ Chí Minh",
             units=(VP,)),
        item("Thường trực HĐND tỉnh dự Hội nghị trực tuyến toàn quốc tổng kết công tác năm 2024 của Quốc hội",
             "theo Giấy mời", day_cell="Theo Giấy mời"),
        item("Các Tổ đại biểu HĐND tỉnh tiếp xúc cử tri sau Kỳ họp thứ 28", "có kế hoạch riêng",
             day_cell="Có kế hoạch riêng", units=("Ủy ban MTTQ Việt Nam tỉnh",)),
        P("Các Ban HĐND tỉnh gửi báo cáo thẩm tra về Thường trực HĐND tỉnh trước ngày 14/01/2025; cán bộ, công chức "
          "nghỉ Tết Nguyên đán Ất Tỵ từ thứ Bảy, ngày 25/01/2025 đến hết Chủ nhật, ngày 02/02/2025. Chương trình công "
          "tác tháng 02/2025 ban hành trước ngày 31/01/2025."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- UBND tỉnh; Ủy ban MTTQ Việt Nam tỉnh;", "- Các Ban HĐND tỉnh;",
            "- Đại biểu HĐND tỉnh;", "- Lưu: VT.", "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", "Mẫn Văn Tín"],
)
