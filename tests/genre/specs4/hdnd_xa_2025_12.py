"""A commune HĐND's monthly program issued by the commune office (December 2025, two-tier local government):
items numbered "1." each opening with its time ("Ngày 02/12/2025 (thứ Ba), 8 giờ 00: …"), the year-end
session as a span ("Từ ngày 18 đến ngày 19/12/2025") with two sittings of its own, voter meetings and a
supervision over days, a weekly Thursday-afternoon briefing, the citizens' day, tentative items ("(dự
kiến)"), two items "thời gian cụ thể thông báo sau"; traps: last month's results with dates, a reference
document's date, and closing notes with deadlines and the New Year holiday."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT = "Mai Xuân Trường", "Cao Thị Lệ Thu"
VP = "Văn phòng HĐND và UBND xã"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng HĐND&UBND xã"]), ("Ban Pháp chế HĐND xã", None, ["Ban Pháp chế"]),
              ("Ban Kinh tế - Ngân sách HĐND xã", None, ["Ban Kinh tế - Ngân sách"]),
              ("Ban Văn hóa - Xã hội HĐND xã", None, ["Ban Văn hóa - Xã hội"]),
              ("Ủy ban nhân dân xã Phú Lâm", "UBND xã", []), ("Ủy ban MTTQ Việt Nam xã", None, ["Ủy ban MTTQ xã"]),
              ("Phòng Kinh tế", None, []), ("Phòng Văn hóa - Xã hội", None, [])],
    "persons": [(CT, "Chủ tịch HĐND xã"), (PCT, "Phó Chủ tịch HĐND xã")],
    "groups": [("Thường trực HĐND xã", [CT, PCT])],
}
CT_IS = (CT, "Chủ tịch HĐND xã", "Đồng chí Chủ tịch HĐND xã")
PCT_IS = (PCT, "Phó Chủ tịch HĐND xã", "Đồng chí Phó Chủ tịch HĐND xã")
SESSION = "Kỳ họp thứ Mười hai (kỳ họp thường lệ cuối năm 2025), HĐND xã Phú Lâm nhiệm kỳ 2021 - 2026"


def on(d, when, **kw):
    return lambda title, **more: E(title, when=when, dates=(f"2025-12-{d:02d}",), **kw, **more)


DOC = Doc(
    key="hdnd-xa-2025-12", office="Văn phòng HĐND và UBND xã Phú Lâm (tỉnh Trường Sơn), chương trình tháng của HĐND",
    kind="monthly", year=2025, month=12, issued="2025-11-29",
    left=["HĐND - UBND XÃ PHÚ LÂM", "VĂN PHÒNG", "Số: 112/CTr-VP"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Phú Lâm, ngày 29 tháng 11 năm 2025"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12 NĂM 2025", "của Thường trực Hội đồng nhân dân xã"],
    numbering=["{R}.", "{n}.", "-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Thực hiện Kế hoạch số 31/KH-HĐND ngày 15/7/2025 của Thường trực HĐND xã về tổ chức các kỳ họp năm 2025; "
          "trong tháng 11 năm 2025, Thường trực HĐND xã đã tổ chức phiên họp ngày 04/11/2025 và giám sát việc "
          "giải quyết đơn thư tại UBND xã ngày 19/11/2025. Văn phòng HĐND và UBND xã xây dựng chương trình công tác "
          "tháng 12 năm 2025 của Thường trực HĐND xã như sau:"),
        H("HOẠT ĐỘNG THƯỜNG XUYÊN", 0),
        Ev(E("Thường trực HĐND xã giao ban với các Ban HĐND xã", when="Chiều thứ Năm hằng tuần", weekly="TH",
             slot="chiều", kind="meeting", chair="Chủ tịch HĐND xã", chair_is=CT_IS,
             place="Phòng họp Thường trực HĐND xã"), 1),
        H("LỊCH CÔNG TÁC CỤ THỂ", 0),
        Ev(on(2, "Ngày 02/12/2025 (thứ Ba), 8 giờ 00", clock="08:00")(
            "Phiên họp Thường trực HĐND xã tháng 12 năm 2025", kind="meeting", chair="Chủ tịch HĐND xã",
            chair_is=CT_IS, attendees="Thường trực HĐND xã; Trưởng các Ban HĐND xã; mời lãnh đạo UBND xã",
            attendees_has="Trưởng các Ban HĐND xã", place="Phòng họp số 1, UBND xã",
            items=[I("Thống nhất nội dung, thời gian tổ chức Kỳ họp thứ Mười hai", VP),
                   I("Phân công các Ban HĐND xã thẩm tra báo cáo, tờ trình trình Kỳ họp", VP),
                   I("Kế hoạch tiếp xúc cử tri trước Kỳ họp", "Ủy ban MTTQ Việt Nam xã", (VP,))]), 1),
        Ev(E("Ban Văn hóa - Xã hội HĐND xã giám sát việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi",
             when="Từ ngày 03/12 đến ngày 05/12/2025", dates=("2025-12-03",), end="2025-12-05",
             units=("Ban Văn hóa - Xã hội HĐND xã",)), 1),
        Ev(on(8, "Ngày 08/12/2025 (thứ Hai), 14 giờ 00", clock="14:00")(
            "Hội nghị liên tịch chuẩn bị Kỳ họp thứ Mười hai HĐND xã", kind="meeting", chair="Chủ tịch HĐND xã",
            chair_is=CT_IS, attendees="Thường trực HĐND xã, lãnh đạo UBND xã, Ban Thường trực Ủy ban MTTQ Việt Nam "
            "xã", attendees_has="lãnh đạo UBND xã", place="Phòng họp số 1, UBND xã"), 1),
        Ev(E("Đại biểu HĐND xã tiếp xúc cử tri trước Kỳ họp thứ Mười hai tại các thôn", when="Từ ngày 09 đến ngày "
             "12/12/2025", dates=("2025-12-09",), end="2025-12-12", units=("Ủy ban MTTQ Việt Nam xã", VP)), 1),
        Ev(on(15, "Sáng ngày 15/12/2025 (thứ Hai)", slot="sáng")(
            "Các Ban HĐND xã họp thẩm tra các báo cáo, tờ trình, dự thảo nghị quyết trình Kỳ họp",
            units=("Ban Pháp chế HĐND xã", "Ban Kinh tế - Ngân sách HĐND xã", "Ban Văn hóa - Xã hội HĐND xã")), 1),
        Ev(on(16, "Ngày 16/12/2025 (thứ Ba), 7 giờ 30", clock="07:30")(
            "Thường trực HĐND xã tiếp công dân định kỳ tháng 12", kind="reception",
            chair="Phó Chủ tịch HĐND xã Cao Thị Lệ Thu", chair_is=PCT_IS, place="Phòng Tiếp công dân xã"), 1),
        Ev(on(17, "Ngày 17/12/2025 (thứ Tư), 15 giờ 00", clock="15:00")(
            "Thường trực HĐND xã thống nhất kịch bản điều hành và nhóm vấn đề chất vấn tại Kỳ họp",
            chair="Chủ tịch HĐND xã", chair_is=CT_IS, units=(VP,)), 1),
        Ev(E(SESSION, when="Từ ngày 18 đến ngày 19/12/2025", dates=("2025-12-18",), end="2025-12-19",
             place="Hội trường UBND xã",
             items=[I("Báo cáo tình hình kinh tế - xã hội năm 2025, kế hoạch năm 2026", "UBND xã",
                      phrase="(UBND xã trình)"),
                    I("Nghị quyết về dự toán thu, chi ngân sách xã năm 2026", "UBND xã",
                      ("Ban Kinh tế - Ngân sách HĐND xã",),
                      phrase="(UBND xã trình, Ban Kinh tế - Ngân sách HĐND xã thẩm tra)"),
                    I("Báo cáo tổng hợp ý kiến, kiến nghị của cử tri", "Ủy ban MTTQ Việt Nam xã",
                      phrase="(Ủy ban MTTQ Việt Nam xã trình bày)")]), 1),
        Ev(on(18, "7 giờ 30, ngày 18/12/2025", clock="07:30")(
            "Phiên khai mạc và thảo luận tại hội trường", chair="Chủ tịch HĐND xã",
            chair_is=CT_IS, place="Hội trường UBND xã"), 2),
        Ev(on(18, "14 giờ 00, ngày 18/12/2025", clock="14:00")(
            "Phiên chất vấn và trả lời chất vấn", chair="Chủ tịch HĐND xã", chair_is=CT_IS,
            place="Hội trường UBND xã"), 2),
        Ev(on(22, "Ngày 22/12/2025 (thứ Hai), 8 giờ 00 (dự kiến)", clock="08:00", status="tentative")(
            "Thường trực HĐND xã dự Hội nghị tổng kết hoạt động HĐND cấp xã năm 2025 do Thường trực HĐND tỉnh tổ "
            "chức", place="Hội trường HĐND tỉnh"), 1),
        Ev(on(24, "Ngày 24/12/2025 (thứ Tư), 14 giờ 00", clock="14:00")(
            "Thường trực HĐND xã làm việc với UBND xã về triển khai các nghị quyết đã thông qua tại Kỳ họp",
            chair="Chủ tịch HĐND xã", chair_is=CT_IS, place="Phòng họp số 1, UBND xã", units=(VP,)), 1),
        Ev(on(26, "Sáng ngày 26/12/2025 (thứ Sáu) (dự kiến)", slot="sáng", status="tentative")(
            "Hội nghị tổng kết hoạt động của HĐND xã năm 2025, triển khai nhiệm vụ năm 2026", kind="meeting",
            chair="Chủ tịch HĐND xã", chair_is=CT_IS, attendees="Đại biểu HĐND xã; mời lãnh đạo Đảng ủy, UBND, "
            "Ủy ban MTTQ Việt Nam xã (dự kiến)", attendees_has="Đại biểu HĐND xã", place="Hội trường UBND xã"), 1),
        Ev(on(29, "Ngày 29/12/2025 (thứ Hai), 9 giờ 00", clock="09:00")(
            "Gặp mặt đại biểu HĐND xã và cán bộ nguyên là lãnh đạo HĐND xã nhân dịp cuối năm",
            chair="Chủ tịch HĐND xã", chair_is=CT_IS, place="Hội trường UBND xã", units=(VP,)), 1),
        H("NỘI DUNG CHƯA XẾP LỊCH", 0),
        Ev(E("Ban Pháp chế HĐND xã giám sát việc giải quyết kiến nghị của cử tri sau Kỳ họp thứ Mười một",
             units=("Ban Pháp chế HĐND xã",), tail="(thời gian cụ thể thông báo sau)"), 1),
        Ev(E("Ban Kinh tế - Ngân sách HĐND xã khảo sát tình hình quản lý, sử dụng đất công ích",
             units=("Ban Kinh tế - Ngân sách HĐND xã",), tail="(thời gian cụ thể thông báo sau)"), 1),
        H("TỔ CHỨC THỰC HIỆN", 0),
        P("Đề nghị UBND xã gửi hồ sơ, tài liệu trình Kỳ họp về Văn phòng HĐND và UBND xã trước ngày 10/12/2025; "
          "các Ban HĐND xã gửi báo cáo thẩm tra chậm nhất ngày 16/12/2025."),
        P("Đại biểu HĐND xã nghiên cứu tài liệu trên Hệ thống thông tin điện tử; trường hợp thay đổi, Văn phòng "
          "thông báo sau. Nghỉ Tết Dương lịch năm 2026 từ ngày 01/01/2026 theo quy định."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy xã;", "- Thường trực HĐND, UBND xã;", "- Các Ban HĐND xã;",
            "- Đại biểu HĐND xã;", "- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Lục Văn Hiển"],
)
