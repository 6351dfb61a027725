"""A provincial HĐND standing committee's monthly program (June 2026, the first months of the 2026 - 2031
term): sections "1." with items "a)", the weekly Thursday-morning briefing, the citizens' day, the monthly
sitting written as a numbered section that is itself the event (its agenda as "-" lines), a supervision over
four days, a survey on two separate days ("Ngày 16/6 (thứ Ba) và ngày 18/6/2026"), the joint conference
"(dự kiến)", voter meetings over the last week with the Front preparing, a meeting with the provincial
police, an item moved "(chuyển từ ngày 09/6/2026)", an item "theo giấy mời" without a date; traps: last month's session, the mid-year session planned
for July, reports due "định kỳ theo quy định", deadlines."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT1, PCT2 = "Giáp Văn Thắng", "Tô Thị Mỹ Linh", "Khúc Đình Nam"
VP = "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
KTNS, VHXH, PC = "Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Văn hóa - Xã hội HĐND tỉnh", "Ban Pháp chế HĐND tỉnh"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng Đoàn ĐBQH và HĐND"]), (KTNS, None, ["Ban Kinh tế - Ngân sách"]),
              (VHXH, None, ["Ban Văn hóa - Xã hội"]), (PC, None, ["Ban Pháp chế"]),
              ("Ủy ban nhân dân tỉnh", "UBND tỉnh", []), ("Ủy ban MTTQ Việt Nam tỉnh", None, []),
              ("Công an tỉnh", None, []), ("Sở Tài chính", None, []), ("Sở Y tế", None, []),
              ("Sở Nông nghiệp và Môi trường", None, [])],
    "persons": [(CT, "Chủ tịch HĐND tỉnh"), (PCT1, "Phó Chủ tịch HĐND tỉnh"), (PCT2, "Phó Chủ tịch HĐND tỉnh")],
    "groups": [("Thường trực HĐND tỉnh", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch HĐND tỉnh", "Đồng chí Chủ tịch HĐND tỉnh")
P1_IS = (PCT1, f"Phó Chủ tịch HĐND tỉnh {PCT1}", f"Đồng chí {PCT1}, Phó Chủ tịch HĐND tỉnh")
P2_IS = (PCT2, f"Phó Chủ tịch HĐND tỉnh {PCT2}", f"Đồng chí {PCT2}, Phó Chủ tịch HĐND tỉnh")


def on(d, when, level=1, **kw):
    return lambda title, **more: Ev(E(title, when=when, dates=(f"2026-06-{d:02d}",), **kw, **more), level)


DOC = Doc(
    key="hdnd-tinh-thang-2026-06", office="Thường trực HĐND tỉnh Đông Giao, chương trình công tác tháng",
    kind="monthly", year=2026, month=6, issued="2026-05-28",
    left=["HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐÔNG GIAO", "THƯỜNG TRỰC HĐND", "Số: 58/CTr-TTHĐND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Đông Giao, ngày 28 tháng 5 năm 2026"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 6 NĂM 2026", "của Thường trực Hội đồng nhân dân tỉnh"],
    numbering=["{n}.", "{a})", "-"], style="inline", item_bullet="-", directory=DIRECTORY,
    blocks=[
        P("Tháng 5 năm 2026, Thường trực HĐND tỉnh đã tổ chức phiên họp ngày 11/5/2026 và phối hợp tổ chức thành "
          "công Kỳ họp thứ Nhất HĐND tỉnh khóa XI, nhiệm kỳ 2026 - 2031; Thường trực HĐND tỉnh xây dựng chương "
          "trình công tác tháng 6 năm 2026 như sau:"),
        H("HOẠT ĐỘNG THƯỜNG XUYÊN", 0),
        Ev(E("Thường trực HĐND tỉnh giao ban", when="Sáng thứ Năm hằng tuần", weekly="TH", slot="sáng",
             kind="meeting", chair="Đồng chí Chủ tịch HĐND tỉnh", chair_is=CT_IS,
             attendees="Thường trực HĐND tỉnh, Trưởng các Ban HĐND tỉnh, Chánh Văn phòng",
             attendees_has="Trưởng các Ban HĐND tỉnh", place="Phòng họp Thường trực HĐND tỉnh"), 1),
        on(10, "Ngày 10/6/2026 (thứ Tư), 7 giờ 30", clock="07:30")(
            "Thường trực HĐND tỉnh tiếp công dân định kỳ", kind="reception",
            chair=f"Phó Chủ tịch HĐND tỉnh {PCT1}", chair_is=P1_IS, place="Trụ sở Tiếp công dân tỉnh"),
        on(8, "Phiên họp Thường trực HĐND tỉnh tháng 6 năm 2026: 8 giờ 00, thứ Hai, ngày 08/6/2026", 0,
           clock="08:00", kind="meeting", line="Phiên họp Thường trực HĐND tỉnh tháng 6 năm 2026: 8 giờ 00, thứ "
           "Hai, ngày 08/6/2026, tại Phòng họp số 1, trụ sở HĐND tỉnh. Chủ trì: Đồng chí Chủ tịch HĐND tỉnh.")(
            "Phiên họp Thường trực HĐND tỉnh tháng 6 năm 2026", chair="Đồng chí Chủ tịch HĐND tỉnh",
            chair_is=CT_IS, place="Phòng họp số 1, trụ sở HĐND tỉnh",
            items=[I("Dự kiến nội dung, chương trình Kỳ họp thứ Hai HĐND tỉnh", VP),
                   I("Kết quả giám sát việc sắp xếp trụ sở, tài sản công sau hợp nhất", KTNS),
                   I("Kế hoạch tiếp xúc cử tri trước Kỳ họp thứ Hai", VP, ("Ủy ban MTTQ Việt Nam tỉnh",))]),
        H("GIÁM SÁT, KHẢO SÁT", 0),
        Ev(E("Đoàn giám sát của Thường trực HĐND tỉnh giám sát việc sắp xếp, xử lý trụ sở, tài sản công dôi dư "
             "tại các xã, phường", when="Từ ngày 02/6 đến ngày 05/6/2026", dates=("2026-06-02",), end="2026-06-05",
             chair=f"Phó Chủ tịch HĐND tỉnh {PCT2}", chair_is=P2_IS, units=(KTNS, "Sở Tài chính")), 1),
        Ev(E("Ban Văn hóa - Xã hội HĐND tỉnh khảo sát công tác y tế cơ sở sau khi sắp xếp trạm y tế xã",
             when="Ngày 16/6 (thứ Ba) và ngày 18/6/2026 (thứ Năm)", dates=("2026-06-16", "2026-06-18"),
             units=(VHXH, "Sở Y tế")), 1),
        on(12, "Ngày 12/6/2026 (thứ Sáu), 14 giờ 00", clock="14:00")(
            "Thường trực HĐND tỉnh làm việc với Công an tỉnh về tình hình an ninh, trật tự 6 tháng đầu năm 2026",
            chair="Đồng chí Chủ tịch HĐND tỉnh", chair_is=CT_IS, place="Hội trường Công an tỉnh",
            units=("Công an tỉnh", PC)),
        H("CHUẨN BỊ KỲ HỌP THỨ HAI HĐND TỈNH (KỲ HỌP THƯỜNG LỆ GIỮA NĂM 2026)", 0),
        on(22, "Ngày 22/6/2026 (thứ Hai), 14 giờ 00 (dự kiến)", clock="14:00", status="tentative")(
            "Hội nghị liên tịch thống nhất nội dung, thời gian Kỳ họp thứ Hai HĐND tỉnh", kind="meeting",
            chair="Đồng chí Chủ tịch HĐND tỉnh", chair_is=CT_IS,
            attendees="Thường trực HĐND tỉnh; lãnh đạo UBND tỉnh; Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
            attendees_has="lãnh đạo UBND tỉnh", place="Phòng họp số 1, trụ sở HĐND tỉnh"),
        Ev(E("Các Tổ đại biểu HĐND tỉnh tiếp xúc cử tri trước Kỳ họp thứ Hai", when="Từ ngày 23/6 đến ngày "
             "30/6/2026 (theo kế hoạch của từng Tổ)", dates=("2026-06-23",), end="2026-06-30",
             units=("Ủy ban MTTQ Việt Nam tỉnh", VP)), 1),
        on(25, "Ngày 25/6/2026 (thứ Năm), cả ngày")(
            "Các Ban HĐND tỉnh họp thẩm tra báo cáo, tờ trình, dự thảo nghị quyết trình Kỳ họp thứ Hai",
            units=(KTNS, VHXH, PC)),
        H("CÔNG TÁC KHÁC", 0),
        on(5, "Ngày 05/6/2026 (thứ Sáu), 7 giờ 00", clock="07:00")(
            "Đồng chí Chủ tịch HĐND tỉnh dự Lễ phát động Tháng hành động vì môi trường năm 2026",
            place="Công viên Bờ Hồ, phường Đông Thành", units=("Sở Nông nghiệp và Môi trường",)),
        on(11, "Ngày 11/6/2026 (thứ Năm), 14 giờ 00 (chuyển từ ngày 09/6/2026)", clock="14:00")(
            "Ban Pháp chế HĐND tỉnh làm việc với Tòa án nhân dân khu vực 2 về công tác xét xử các vụ án hành "
            "chính", chair=f"Phó Chủ tịch HĐND tỉnh {PCT2}", chair_is=P2_IS, place="Trụ sở Tòa án nhân dân khu "
            "vực 2", units=(PC,)),
        Ev(E("Thường trực HĐND tỉnh dự Hội nghị trực tuyến của Ủy ban Thường vụ Quốc hội về hoạt động của HĐND "
             "các cấp", tail="(thời gian theo giấy mời)"), 1),
        P("Văn phòng tổng hợp ý kiến, kiến nghị của cử tri gửi Ban Dân nguyện định kỳ theo quy định; UBND tỉnh gửi "
          "hồ sơ trình Kỳ họp thứ Hai về Thường trực HĐND tỉnh trước ngày 19/6/2026. Kỳ họp thứ Hai dự kiến khai "
          "mạc ngày 14/7/2026."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- UBND tỉnh; Ủy ban MTTQ Việt Nam tỉnh;", "- Các Ban HĐND tỉnh;",
            "- Đại biểu HĐND tỉnh;", "- Lưu: VT.", "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", "Giáp Văn Thắng"],
)
