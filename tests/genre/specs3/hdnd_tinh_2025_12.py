"""A provincial HĐND standing committee's program for a session month (December 2025): headings "A." /
"I.", items "1.", the year-end session as a span written "từ ngày 08 đến ngày 10/12/2025" with its
opening and its question time as events of their own, the Ban's examination over days ("Từ ngày 01 đến
ngày 03/12"), voter meetings after the session (a span), a weekly Monday-morning briefing, the citizens'
day, a press conference, tentative items, an undated supervision; traps: last month's results with dates,
a resolution's date, a deadline for the papers, the holiday mention (22/12) that is an event only where a
ceremony is written."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT1, PCT2 = "Trương Thị Bích Vân", "Hà Quốc Dũng", "Lương Văn Tiến"
VP = "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng Đoàn ĐBQH và HĐND"]),
              ("Ban Kinh tế - Ngân sách HĐND tỉnh", None, ["Ban Kinh tế - Ngân sách"]),
              ("Ban Pháp chế HĐND tỉnh", None, ["Ban Pháp chế"]),
              ("Ban Văn hóa - Xã hội HĐND tỉnh", None, ["Ban Văn hóa - Xã hội"]),
              ("Ban Dân tộc HĐND tỉnh", None, ["Ban Dân tộc"]),
              ("Ủy ban MTTQ Việt Nam tỉnh", None, []), ("Ủy ban nhân dân tỉnh Nam Thành", "UBND tỉnh", []),
              ("Sở Tài chính", None, []), ("Ban Tiếp công dân tỉnh", None, [])],
    "persons": [(CT, "Chủ tịch HĐND tỉnh"), (PCT1, "Phó Chủ tịch HĐND tỉnh"), (PCT2, "Phó Chủ tịch HĐND tỉnh")],
    "groups": [("Thường trực HĐND tỉnh", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch HĐND tỉnh", "Đồng chí Chủ tịch HĐND tỉnh")


def on(d, when, **kw):
    return lambda title, **more: E(title, when=when, dates=(f"2025-12-{d:02d}",), **kw, **more)


SESSION = "Kỳ họp thứ Mười lăm (kỳ họp thường lệ cuối năm 2025), HĐND tỉnh Nam Thành khóa X, nhiệm kỳ 2021 - 2026"

DOC = Doc(
    key="hdnd-tinh-2025-12", office="Thường trực HĐND tỉnh Nam Thành, chương trình tháng có kỳ họp",
    kind="monthly", year=2025, month=12, issued="2025-11-27",
    left=["HỘI ĐỒNG NHÂN DÂN", "TỈNH NAM THÀNH", "THƯỜNG TRỰC", "Số: 388/CTr-TTHĐND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Nam Thành, ngày 27 tháng 11 năm 2025"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12 NĂM 2025", "của Thường trực Hội đồng nhân dân tỉnh"],
    numbering=["{A}.", "{R}.", "{n}."], style="inline", directory=DIRECTORY,
    blocks=[
        H("KẾT QUẢ THÁNG 11 VÀ NHIỆM VỤ TRỌNG TÂM THÁNG 12", 0),
        P("Trong tháng 11 năm 2025, Thường trực HĐND tỉnh đã tổ chức Phiên họp thường kỳ ngày 06/11/2025, hoàn "
          "thành 02 cuộc giám sát chuyên đề và tiếp 37 lượt công dân; ngày 25/11/2025 tổ chức Hội nghị liên tịch "
          "thống nhất nội dung, chương trình Kỳ họp thứ Mười lăm."),
        P("Trọng tâm tháng 12 là tổ chức thành công Kỳ họp thứ Mười lăm theo Nghị quyết số 52/NQ-HĐND ngày "
          "10/7/2025 về kế hoạch tổ chức các kỳ họp năm 2025; UBND tỉnh gửi hồ sơ các tờ trình, dự thảo nghị "
          "quyết còn lại chậm nhất ngày 01/12/2025. Nghỉ Tết Dương lịch năm 2026 theo thông báo của tỉnh."),
        H("LỊCH CÔNG TÁC CỤ THỂ", 0),
        H("Hoạt động thường xuyên", 1),
        Ev(E("Thường trực HĐND tỉnh họp giao ban", when="Sáng thứ Hai hằng tuần", weekly="MO", slot="sáng",
             kind="meeting", chair="Chủ tịch HĐND tỉnh", chair_is=CT_IS, attendees="Thường trực HĐND tỉnh; "
             "lãnh đạo các Ban HĐND tỉnh, lãnh đạo Văn phòng", attendees_has="lãnh đạo các Ban HĐND tỉnh",
             place=f"Phòng họp Thường trực, {VP}"), 2),
        Ev(on(16, "Ngày 16/12/2025 (thứ Ba)")(
            "Thường trực HĐND tỉnh tiếp công dân định kỳ tháng 12 năm 2025", kind="reception",
            chair="Phó Chủ tịch HĐND tỉnh Lương Văn Tiến", chair_is=(PCT2,), place="Trụ sở Tiếp công dân tỉnh",
            units=("Ban Tiếp công dân tỉnh",)), 2),
        H("Chuẩn bị và tổ chức Kỳ họp thứ Mười lăm", 1),
        Ev(E("Các Ban HĐND tỉnh họp thẩm tra các báo cáo, tờ trình, dự thảo nghị quyết trình Kỳ họp",
             when="Từ ngày 01 đến ngày 03/12/2025", dates=("2025-12-01",), end="2025-12-03",
             units=("Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Pháp chế HĐND tỉnh",
                    "Ban Văn hóa - Xã hội HĐND tỉnh", "Ban Dân tộc HĐND tỉnh")), 2),
        Ev(on(4, "8 giờ 00, ngày 04/12/2025 (thứ Năm)", clock="08:00")(
            "Phiên họp Thường trực HĐND tỉnh tháng 12 năm 2025", kind="meeting", chair="Chủ tịch HĐND tỉnh",
            chair_is=CT_IS, attendees="Thường trực HĐND tỉnh; Trưởng các Ban HĐND tỉnh; mời lãnh đạo UBND tỉnh",
            attendees_has="Trưởng các Ban HĐND tỉnh", place=f"Phòng họp số 1, {VP}",
            items=[I("Cho ý kiến các báo cáo thẩm tra của các Ban HĐND tỉnh", "Ban Kinh tế - Ngân sách HĐND tỉnh",
                     ("Ban Pháp chế HĐND tỉnh", "Ban Văn hóa - Xã hội HĐND tỉnh", "Ban Dân tộc HĐND tỉnh")),
                   I("Thống nhất kịch bản điều hành và danh sách nhóm vấn đề chất vấn tại Kỳ họp", VP),
                   I("Báo cáo tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp", "Ủy ban MTTQ Việt Nam tỉnh",
                     (VP,))]), 2),
        Ev(on(5, "15 giờ 00, ngày 05/12/2025 (thứ Sáu)", clock="15:00")(
            "Họp báo trước Kỳ họp thứ Mười lăm HĐND tỉnh", chair="Phó Chủ tịch HĐND tỉnh Hà Quốc Dũng",
            chair_is=(PCT1,), place=f"Hội trường {VP}", units=(VP,)), 2),
        Ev(E(SESSION, when="Từ ngày 08 đến ngày 10/12/2025", dates=("2025-12-08",), end="2025-12-10",
             place="Hội trường HĐND tỉnh",
             items=[I("Báo cáo tình hình kinh tế - xã hội năm 2025, kế hoạch phát triển kinh tế - xã hội năm 2026",
                      "UBND tỉnh", phrase="(UBND tỉnh trình)"),
                    I("Nghị quyết về dự toán thu ngân sách nhà nước trên địa bàn và phân bổ ngân sách địa phương năm "
                      "2026", "UBND tỉnh", ("Ban Kinh tế - Ngân sách HĐND tỉnh",),
                      phrase="(UBND tỉnh trình, Ban Kinh tế - Ngân sách HĐND tỉnh thẩm tra)"),
                    I("Nghị quyết về kế hoạch tổ chức các kỳ họp thường lệ năm 2026", "Thường trực HĐND tỉnh", (VP,),
                      phrase="(Thường trực HĐND tỉnh trình, Văn phòng Đoàn ĐBQH và HĐND tỉnh tham mưu)")]), 2),
        Ev(on(8, "8 giờ 00, sáng ngày 08/12/2025 (thứ Hai)", clock="08:00")(
            "Phiên khai mạc Kỳ họp thứ Mười lăm, truyền hình, phát thanh trực tiếp", chair="Chủ tịch HĐND tỉnh",
            chair_is=CT_IS, place="Hội trường HĐND tỉnh"), 2),
        Ev(on(9, "Chiều ngày 09/12/2025 (thứ Ba)", slot="chiều")(
            "Phiên chất vấn và trả lời chất vấn tại Kỳ họp thứ Mười lăm", chair="Chủ tịch HĐND tỉnh",
            chair_is=CT_IS, place="Hội trường HĐND tỉnh"), 2),
        Ev(on(10, "14 giờ 00, ngày 10/12/2025 (thứ Tư)", clock="14:00")(
            "Phiên bế mạc Kỳ họp thứ Mười lăm; biểu quyết thông qua các nghị quyết", chair="Chủ tịch HĐND tỉnh",
            chair_is=CT_IS, place="Hội trường HĐND tỉnh"), 2),
        Ev(E("Các Tổ đại biểu HĐND tỉnh tiếp xúc cử tri sau Kỳ họp thứ Mười lăm",
             when="Từ ngày 15 đến ngày 19/12/2025", dates=("2025-12-15",), end="2025-12-19",
             units=("Ủy ban MTTQ Việt Nam tỉnh",)), 2),
        H("Các hoạt động khác", 1),
        Ev(on(11, "Ngày 11/12/2025 (thứ Năm)")(
            "Thường trực HĐND tỉnh dự Hội nghị Ban Chấp hành Đảng bộ tỉnh tổng kết công tác năm 2025",
            place="Hội trường Tỉnh ủy"), 2),
        Ev(on(12, "8 giờ 00, ngày 12/12/2025 (thứ Sáu)", clock="08:00")(
            "Hội nghị tổng kết hoạt động của HĐND tỉnh năm 2025", kind="meeting", chair="Chủ tịch HĐND tỉnh",
            chair_is=CT_IS, attendees="Thường trực HĐND tỉnh; Thường trực HĐND các xã, phường",
            attendees_has="Thường trực HĐND các xã, phường", place="Hội trường HĐND tỉnh", units=(VP,)), 2),
        Ev(E("Ban Văn hóa - Xã hội HĐND tỉnh khảo sát việc thực hiện chính sách hỗ trợ học sinh bán trú tại các "
             "xã vùng cao", when="Từ ngày 17 - 18/12/2025", dates=("2025-12-17",), end="2025-12-18",
             units=("Ban Văn hóa - Xã hội HĐND tỉnh",)), 2),
        Ev(on(19, "Sáng ngày 19/12/2025 (thứ Sáu)", slot="sáng")(
            "Lễ dâng hương kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025)",
            attendees="Thường trực HĐND tỉnh", attendees_has="Thường trực HĐND tỉnh",
            place="Đài tưởng niệm liệt sĩ tỉnh"), 2),
        Ev(on(23, "Dự kiến ngày 23/12/2025 (thứ Ba)", status="tentative")(
            "Thường trực HĐND tỉnh làm việc với Thường trực HĐND các phường khu vực phía Bắc về giám sát sau sắp "
            "xếp đơn vị hành chính", chair="Phó Chủ tịch HĐND tỉnh Hà Quốc Dũng", chair_is=(PCT1,),
            units=("Ban Pháp chế HĐND tỉnh",)), 2),
        Ev(E("Ban Kinh tế - Ngân sách HĐND tỉnh giám sát việc quản lý, sử dụng vốn đầu tư công tại các Ban quản "
             "lý dự án cấp tỉnh", when="Từ ngày 24 đến ngày 26/12/2025", dates=("2025-12-24",), end="2025-12-26",
             chair="Phó Chủ tịch HĐND tỉnh Hà Quốc Dũng", chair_is=(PCT1,),
             units=("Ban Kinh tế - Ngân sách HĐND tỉnh",)), 2),
        Ev(on(29, "14 giờ 00, ngày 29/12/2025 (thứ Hai)", clock="14:00", status="tentative")(
            "Hội nghị cán bộ, công chức, người lao động Văn phòng Đoàn ĐBQH và HĐND tỉnh năm 2026",
            tail="(dự kiến)", place=f"Hội trường {VP}", units=(VP,)), 2),
        Ev(on(30, "Sáng ngày 30/12/2025 (thứ Ba)", slot="sáng")(
            "Phiên họp Thường trực HĐND tỉnh cho ý kiến Kế hoạch giám sát năm 2026", kind="meeting",
            chair="Chủ tịch HĐND tỉnh", chair_is=CT_IS, place=f"Phòng họp số 1, {VP}",
            items=[I("Dự thảo Kế hoạch giám sát năm 2026 của Thường trực HĐND tỉnh", VP),
                   I("Chương trình giám sát chuyên đề năm 2026 của các Ban HĐND tỉnh",
                     "Ban Kinh tế - Ngân sách HĐND tỉnh", ("Ban Pháp chế HĐND tỉnh",))]), 2),
        Ev(E("Thường trực HĐND tỉnh giám sát việc giải quyết đơn, thư khiếu nại kéo dài tại một số xã",
             line="Thường trực HĐND tỉnh giám sát việc giải quyết đơn, thư khiếu nại kéo dài tại một số xã: thời "
                  "gian thông báo sau.", units=("Ban Pháp chế HĐND tỉnh",)), 2),
        H("TỔ CHỨC THỰC HIỆN", 0),
        P("Văn phòng Đoàn ĐBQH và HĐND tỉnh chủ trì, phối hợp với các cơ quan bảo đảm điều kiện phục vụ Kỳ họp; "
          "tài liệu Kỳ họp gửi đại biểu trước ngày 03/12/2025. Nội dung phát sinh báo cáo Thường trực HĐND tỉnh."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- UBND tỉnh, Ủy ban MTTQ Việt Nam tỉnh;",
            "- Các Ban HĐND tỉnh;", "- Lưu: VT.", "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", CT],
)
