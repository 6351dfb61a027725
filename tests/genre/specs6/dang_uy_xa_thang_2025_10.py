"""A two-tier commune's Party committee monthly program (October 2025, the first months after the commune's
first congress): parts "I/", items "1-", hours written "8h00", "14h", "14g00", "08 giờ"; "Thường trực Đảng ủy
giao ban" every Monday afternoon, two Standing Board conferences and the Executive Committee's conference with
agendas, a training course "Từ ngày 06 đến 08/10" (the month written once, at the end), an inspection over a
working week, the Secretary's citizens' reception, an evening performance whose title carries the Women's
Union's anniversary dates, a conference "(hoãn, chuyển sang tháng 11/2025)", a date known only "theo Giấy
mời", a tentative conference, attendees "(dự kiến)" (the meeting stays confirmed), two undated items
("Thời gian: theo Giấy mời", "có kế hoạch riêng"); traps: the rules' and last month's dates, task deadlines,
December's conference "dự kiến"."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

BT, PBTTT, PBT = "Khương Thị Ngọc Diệp", "Mông Văn Sơn", "Thạch Văn Hiếu"
VP, XDD, UBKT = "Văn phòng Đảng ủy xã", "Ban Xây dựng Đảng Đảng ủy xã", "Ủy ban Kiểm tra Đảng ủy xã"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng Đảng ủy"]), (XDD, None, ["Ban Xây dựng Đảng"]),
              (UBKT, None, ["UBKT Đảng ủy xã", "Ủy ban Kiểm tra Đảng ủy"]),
              ("Văn phòng HĐND và UBND xã", None, ["Văn phòng HĐND&UBND xã"]),
              ("Ủy ban MTTQ Việt Nam xã", None, ["Ủy ban MTTQ xã"]), ("Hội Liên hiệp Phụ nữ xã", None, []),
              ("Công an xã Yên Thủy", None, ["Công an xã"]), ("Công an tỉnh", None, []),
              ("Phòng Kinh tế", None, [])],
    "persons": [(BT, "Bí thư Đảng ủy xã"), (PBTTT, "Phó Bí thư Thường trực Đảng ủy xã, Chủ tịch HĐND xã"),
                (PBT, "Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã")],
    "groups": [("Thường trực Đảng ủy", [BT, PBTTT, PBT]), ("Ban Thường vụ Đảng ủy", [BT, PBTTT, PBT]),
               ("Ban Chấp hành Đảng bộ xã", [BT, PBTTT, PBT])],
}
BT_IS = (BT, "Bí thư Đảng ủy", "Đồng chí Bí thư Đảng ủy", "Bí thư Đảng ủy xã")
PBTTT_IS = (PBTTT, "Phó Bí thư Thường trực Đảng ủy", "Đồng chí Phó Bí thư Thường trực Đảng ủy")


def on(d, when, **kw):
    return lambda title, **more: Ev(E(title, when=when, dates=(f"2025-10-{d:02d}",), **kw, **more), 1)


DOC = Doc(
    key="dang-uy-xa-thang-2025-10", office="Đảng ủy xã Yên Thủy (tỉnh Hà Lâm), chương trình công tác tháng",
    kind="monthly", year=2025, month=10, issued="2025-09-29",
    left=["ĐẢNG BỘ TỈNH HÀ LÂM", "ĐẢNG ỦY XÃ YÊN THỦY", "*", "Số 14-CTr/ĐU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Yên Thủy, ngày 29 tháng 9 năm 2025"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10/2025", "của Ban Thường vụ, Thường trực Đảng ủy xã"],
    numbering=["{R}/", "{n}-", "+"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030 (ban hành kèm theo "
          "Quyết định số 08-QĐ/ĐU ngày 14/8/2025); Kết luận của Hội nghị Ban Chấp hành Đảng bộ xã ngày 26/9/2025, "
          "Ban Thường vụ Đảng ủy xây dựng chương trình công tác tháng 10/2025 như sau:"),
        H("NHIỆM VỤ TRỌNG TÂM", 0),
        P("Lãnh đạo triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I; các chi bộ trực thuộc hoàn thành "
          "xây dựng chương trình hành động trước ngày 15/10/2025.", 1),
        P("Chỉ đạo Ủy ban MTTQ Việt Nam xã tổng hợp ý kiến, kiến nghị của cử tri gửi Thường trực Đảng ủy trước "
          "ngày 20/10/2025; Văn phòng HĐND và UBND xã hoàn thành bàn giao hồ sơ, tài liệu của các xã cũ trong "
          "tháng 10.", 1),
        H("LỊCH CÔNG TÁC CỤ THỂ", 0),
        Ev(E("Thường trực Đảng ủy giao ban", when="Chiều thứ Hai hằng tuần, 14h00", weekly="MO", clock="14:00",
             kind="meeting", chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS, place="Phòng họp Đảng ủy xã"), 1),
        on(2, "Ngày 02/10 (thứ Năm), 8h00", clock="08:00")(
            "Hội nghị Ban Thường vụ Đảng ủy xã", kind="meeting", chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS,
            attendees="Ủy viên Ban Thường vụ Đảng ủy; mời Chủ tịch Ủy ban MTTQ Việt Nam xã (dự kiến)",
            # (the members of the committee are the directory's group of its name: the group, or the text as written)
            attendees_has="Ban Thường vụ Đảng ủy", place="Phòng họp Đảng ủy xã",
            items=[I("Cho ý kiến Kế hoạch thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I", VP),
                   I("Cho ý kiến về công tác cán bộ", XDD),
                   I("Kế hoạch kiểm tra, giám sát quý IV năm 2025", UBKT)]),
        Ev(E("Lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ trực thuộc",
             when="Từ ngày 06 đến 08/10", dates=("2025-10-06",), end="2025-10-08", place="Hội trường Đảng ủy xã",
             units=(XDD, VP)), 1),
        on(10, "Ngày 10/10 (thứ Sáu), 08 giờ", clock="08:00")(
            "Đồng chí Bí thư Đảng ủy tiếp công dân định kỳ", kind="reception", chair_is=BT_IS,
            place="Trụ sở Tiếp công dân xã", units=("Văn phòng HĐND và UBND xã",)),
        on(13, "Ngày 13/10 (thứ Hai), 7h30", clock="07:30")(
            "Hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I",
            kind="meeting", chair="Đồng chí Phó Bí thư Thường trực Đảng ủy", chair_is=PBTTT_IS,
            attendees="cán bộ, đảng viên toàn Đảng bộ (dự kiến 350 đồng chí)",
            attendees_has="cán bộ, đảng viên toàn Đảng bộ", place="Hội trường UBND xã", units=(XDD,)),
        on(14, "Ngày 14/10 (thứ Ba), 14h", clock="14:00")(
            "Thường trực Đảng ủy làm việc với Chi bộ Công an xã về công tác bảo đảm an ninh, trật tự quý IV",
            chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS, place="Trụ sở Công an xã", units=("Công an xã",)),
        on(15, "Ngày 15/10 (thứ Tư), 14g00", clock="14:00")(
            "Hội nghị Ban Chấp hành Đảng bộ xã thường kỳ quý III", kind="meeting",
            chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS,
            attendees="Ủy viên Ban Chấp hành Đảng bộ xã; mời bí thư các chi bộ trực thuộc (dự kiến)",
            attendees_has="Ban Chấp hành Đảng bộ xã", place="Hội trường Đảng ủy xã",
            items=[I("Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng, phương hướng nhiệm vụ 3 tháng cuối năm "
                     "2025", VP),
                   I("Chương trình kiểm tra, giám sát toàn khóa của Ban Chấp hành Đảng bộ xã", UBKT),
                   I("Quy chế phối hợp giữa Đảng ủy với HĐND, UBND và Ủy ban MTTQ Việt Nam xã", XDD, (VP,))]),
        on(16, "Tối 16/10 (thứ Năm), 19h30", clock="19:30")(
            "Chương trình văn nghệ chào mừng 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2025)", place="Sân vận động xã", units=("Hội Liên hiệp Phụ nữ xã",)),
        Ev(E("Đoàn kiểm tra của Ban Thường vụ Đảng ủy kiểm tra việc thực hiện nguyên tắc tập trung dân chủ tại "
             "Chi bộ thôn Đồng Tâm, Chi bộ thôn Bản Vẽ", when="Từ ngày 20/10 đến ngày 24/10/2025",
             dates=("2025-10-20",), end="2025-10-24", units=(UBKT,)), 1),
        on(21, "Ngày 21/10 (thứ Ba), 8h00", clock="08:00", status="cancelled")(
            "Hội nghị chuyên đề về phát triển kinh tế tập thể, hợp tác xã", chair="Đồng chí Bí thư Đảng ủy",
            chair_is=BT_IS, place="Hội trường UBND xã", tail="(hoãn, chuyển sang tháng 11/2025)"),
        on(23, "Ngày 23/10 (thứ Năm) (thời gian theo Giấy mời)")(
            "Đồng chí Bí thư Đảng ủy dự Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh do Ban Thường vụ Tỉnh "
            "ủy tổ chức"),
        on(28, "Ngày 28/10 (thứ Ba), 14h00 (dự kiến)", clock="14:00", status="tentative")(
            "Hội nghị Ban Thường vụ Đảng ủy xã cho ý kiến dự thảo Báo cáo tổng kết năm 2025", kind="meeting",
            chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS, place="Phòng họp Đảng ủy xã",
            items=[I("Dự thảo Báo cáo tổng kết công tác xây dựng Đảng năm 2025", XDD),
                   I("Phương án phân công nhiệm vụ Ủy viên Ban Chấp hành phụ trách thôn", VP)]),
        H("CÁC NỘI DUNG CHƯA XẾP LỊCH", 0),
        Ev(E("Ban Thường vụ Đảng ủy làm việc với Đoàn công tác của Tỉnh ủy về vận hành chính quyền địa phương hai "
             "cấp", units=(VP,), tail="(Thời gian: theo Giấy mời)"), 1),
        Ev(E("Giám sát chuyên đề việc quản lý, sử dụng đất công ích tại các thôn", units=(UBKT,),
             tail="(có kế hoạch riêng)"), 1),
        H("TỔ CHỨC THỰC HIỆN", 0),
        P("Các cơ quan được phân công chuẩn bị nội dung gửi Văn phòng Đảng ủy xã chậm nhất 03 ngày làm việc trước "
          "ngày hội nghị; các chi bộ gửi báo cáo tháng trước ngày 25/10/2025. Hội nghị tổng kết năm 2025 dự kiến "
          "tổ chức vào ngày 18/12/2025, Văn phòng Đảng ủy xã thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c),", "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã,",
            "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
            "Khương Thị Ngọc Diệp"],
)
