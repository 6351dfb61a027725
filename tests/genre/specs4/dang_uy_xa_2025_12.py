"""A commune Party committee's monthly program (December 2025, two-tier local government): sections "I." /
"II.", a task list whose lines carry deadlines ("trước ngày 20/12/2025", "chậm nhất ngày 15/12/2025"),
last month's results with dates, week headings "Tuần 1 (từ 01/12 – 05/12)", events "- Thứ Ba (02/12), 8
giờ 00: …", a weekly Monday briefing, a span written "Từ ngày 11 đến ngày 12/12", an anniversary whose
title carries other dates, a tentative conference, an all-day training, the New Year holiday mention and
a closing "thông báo sau"."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

BT, PBTTT, PBTCT = "Phan Thị Mỹ Hạnh", "Trịnh Văn Khải", "Lại Đức Thắng"
VP = "Văn phòng Đảng ủy xã"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng Đảng ủy"]), ("Ban Xây dựng Đảng Đảng ủy xã", None, ["Ban Xây dựng Đảng"]),
              ("Ủy ban Kiểm tra Đảng ủy xã", None, ["Ủy ban Kiểm tra Đảng ủy"]),
              ("Đảng ủy Quân sự xã", None, []), ("Ủy ban MTTQ Việt Nam xã Tân Phước", None, ["Ủy ban MTTQ xã"]),
              ("Trung tâm Chính trị tỉnh", None, []), ("Chi bộ thôn Đồng Me", None, []),
              ("Văn phòng HĐND và UBND xã", None, []), ("Ban Tuyên giáo và Dân vận Tỉnh ủy", None, [])],
    "persons": [(BT, "Bí thư Đảng ủy xã"), (PBTTT, "Phó Bí thư Thường trực Đảng ủy xã"),
                (PBTCT, "Phó Bí thư Đảng ủy, Chủ tịch UBND xã")],
    "groups": [("Ban Thường vụ Đảng ủy xã", [BT, PBTTT, PBTCT]), ("Thường trực Đảng ủy xã", [BT, PBTTT])],
}
BT_IS = (BT, "Bí thư Đảng ủy", "Đồng chí Bí thư Đảng ủy", "Bí thư Đảng ủy xã", "Đồng chí Bí thư Đảng ủy xã")
PBTTT_IS = (PBTTT, "Phó Bí thư Thường trực Đảng ủy", "Đồng chí Phó Bí thư Thường trực Đảng ủy")


def on(d, when, **kw):
    return lambda title, **more: E(title, when=when, dates=(f"2025-12-{d:02d}",), **kw, **more)


DOC = Doc(
    key="dang-uy-xa-2025-12", office="Đảng ủy xã Tân Phước (tỉnh Lam Giang), chương trình tháng của Ban Thường vụ",
    kind="monthly", year=2025, month=12, issued="2025-11-28",
    left=["ĐẢNG BỘ TỈNH LAM GIANG", "ĐẢNG ỦY XÃ TÂN PHƯỚC", "*", "Số 47-CTr/ĐU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Phước, ngày 28 tháng 11 năm 2025"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12 NĂM 2025", "của Ban Thường vụ Đảng ủy xã"],
    numbering=["{R}.", "-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        H("NHIỆM VỤ TRỌNG TÂM", 0),
        P("Tháng 11 năm 2025, Ban Thường vụ Đảng ủy đã họp 03 phiên; ngày 14/11/2025 tổ chức Hội nghị sơ kết "
          "công tác dân vận và ngày 25/11/2025 kiểm tra việc ghi sổ đảng viên tại 06 chi bộ. Trong tháng 12 năm "
          "2025, tập trung thực hiện các nhiệm vụ sau:"),
        P("Hoàn thành việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025 trước ngày "
          "20/12/2025.", 1),
        P("Các chi bộ gửi báo cáo tổng kết công tác xây dựng Đảng năm 2025 về Văn phòng Đảng ủy chậm nhất ngày "
          "15/12/2025.", 1),
        P("Ban Xây dựng Đảng tham mưu Kế hoạch phát triển đảng viên năm 2026, trình Ban Thường vụ trong tuần thứ "
          "ba của tháng.", 1),
        P("Đảng ủy Quân sự xã hoàn thành hồ sơ gọi công dân nhập ngũ năm 2026 trước ngày 31/12/2025.", 1),
        H("LỊCH CÔNG TÁC CỤ THỂ", 0),
        H("Hoạt động thường xuyên", None),
        Ev(E("Thường trực Đảng ủy giao ban với lãnh đạo HĐND, UBND, Ủy ban MTTQ xã", when="Sáng thứ Hai hằng tuần",
             weekly="MO", slot="sáng", kind="meeting", chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS,
             place="Phòng họp Đảng ủy xã"), 1),
        H("Tuần 1 (từ 01/12 – 05/12)", None),
        Ev(on(2, "Thứ Ba (02/12), 8 giờ 00", clock="08:00")(
            "Hội nghị Ban Thường vụ Đảng ủy xã cho ý kiến dự thảo Báo cáo tổng kết công tác năm 2025",
            kind="meeting", chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS, place="Phòng họp Đảng ủy xã",
            items=[I("Dự thảo Báo cáo tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025", VP),
                   I("Dự thảo Chương trình kiểm tra, giám sát năm 2026", "Ủy ban Kiểm tra Đảng ủy xã"),
                   I("Xem xét kết nạp đảng viên mới tại Chi bộ thôn Đồng Me", "Ban Xây dựng Đảng Đảng ủy xã")]), 1),
        Ev(on(4, "Thứ Năm (04/12), 14 giờ 00", clock="14:00")(
            "Ủy ban Kiểm tra Đảng ủy kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát tại Chi bộ thôn Đồng Me",
            place="Nhà văn hóa thôn Đồng Me", units=("Ủy ban Kiểm tra Đảng ủy xã",)), 1),
        Ev(on(5, "Sáng thứ Sáu (05/12)", slot="sáng")(
            "Đồng chí Bí thư Đảng ủy dự Hội nghị Ban Chấp hành Đảng bộ tỉnh (trực tuyến)", chair_is=BT_IS,
            place="Điểm cầu Đảng ủy xã"), 1),
        H("Tuần 2 (từ 08/12 – 12/12)", None),
        Ev(on(9, "Thứ Ba (09/12), 7 giờ 30", clock="07:30")(
            "Hội nghị học tập, quán triệt các văn bản mới của Trung ương, của Tỉnh ủy cho cán bộ chủ chốt",
            kind="meeting", chair="Đồng chí Phó Bí thư Thường trực Đảng ủy", chair_is=PBTTT_IS,
            attendees="Đảng ủy viên; bí thư các chi bộ trực thuộc", attendees_has="bí thư các chi bộ trực thuộc",
            place="Hội trường UBND xã", units=("Ban Xây dựng Đảng Đảng ủy xã",)), 1),
        Ev(on(10, "Chiều thứ Tư (10/12)", slot="chiều")(
            "Thường trực Đảng ủy làm việc với Đảng ủy Quân sự xã về công tác tuyển chọn, gọi công dân nhập ngũ "
            "năm 2026", chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS, units=("Đảng ủy Quân sự xã",)), 1),
        Ev(E("Đoàn kiểm tra của Ban Thường vụ Đảng ủy kiểm tra công tác phát triển đảng viên tại các chi bộ thôn",
             when="Từ ngày 11 đến ngày 12/12", dates=("2025-12-11",), end="2025-12-12",
             chair="Đồng chí Phó Bí thư Thường trực Đảng ủy", chair_is=PBTTT_IS,
             units=("Ban Xây dựng Đảng Đảng ủy xã",)), 1),
        H("Tuần 3 (từ 15/12 – 19/12)", None),
        Ev(on(15, "Thứ Hai (15/12), 14 giờ 00", clock="14:00")(
            "Đồng chí Bí thư Đảng ủy tiếp công dân định kỳ tháng 12", kind="reception", chair_is=BT_IS,
            place="Phòng Tiếp công dân xã", units=("Văn phòng HĐND và UBND xã",)), 1),
        Ev(on(17, "Thứ Tư (17/12), 8 giờ 00 (dự kiến)", clock="08:00", status="tentative")(
            "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4 (mở rộng) cho ý kiến dự thảo Nghị quyết về nhiệm vụ năm "
            "2026", kind="meeting", chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS,
            attendees="Ban Chấp hành Đảng bộ xã; mời bí thư các chi bộ (dự kiến 65 đại biểu)",
            attendees_has="Ban Chấp hành Đảng bộ xã", place="Hội trường UBND xã"), 1),
        Ev(on(18, "Thứ Năm (18/12), 8 giờ 00", clock="08:00")(
            "Đồng chí Phó Bí thư Thường trực Đảng ủy dự Hội nghị tổng kết công tác Mặt trận năm 2025",
            chair_is=PBTTT_IS, place="Hội trường UBND xã", units=("Ủy ban MTTQ Việt Nam xã Tân Phước",)), 1),
        Ev(on(19, "Thứ Sáu (19/12), 15 giờ 00", clock="15:00")(
            "Gặp mặt kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025) và 36 năm "
            "Ngày hội Quốc phòng toàn dân", chair="Đồng chí Phó Bí thư Đảng ủy, Chủ tịch UBND xã",
            chair_is=(PBTCT, "Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "Đồng chí Phó Bí thư Đảng ủy, Chủ tịch UBND xã"), place="Hội trường UBND xã",
            units=("Đảng ủy Quân sự xã",)), 1),
        H("Tuần 4 (từ 22/12 – 26/12)", None),
        Ev(on(23, "Thứ Ba (23/12), 8 giờ 00", clock="08:00")(
            "Hội nghị Ban Thường vụ Đảng ủy xã thông qua Chương trình công tác tháng 01 năm 2026", kind="meeting",
            chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS, place="Phòng họp Đảng ủy xã", units=(VP,)), 1),
        Ev(on(24, "Chiều thứ Tư (24/12)", slot="chiều")(
            "Đồng chí Bí thư Đảng ủy làm việc với Chi bộ Trường THCS Tân Phước về công tác tạo nguồn phát triển "
            "đảng viên trong học sinh", chair_is=BT_IS, place="Trường THCS Tân Phước"), 1),
        Ev(on(26, "Thứ Sáu (26/12), cả ngày")(
            "Lớp bồi dưỡng nghiệp vụ công tác Đảng cho bí thư, phó bí thư chi bộ năm 2025",
            place="Hội trường UBND xã", units=("Trung tâm Chính trị tỉnh", "Ban Xây dựng Đảng Đảng ủy xã")), 1),
        H("Tuần 5 (từ 29/12 – 31/12)", None),
        Ev(on(29, "Thứ Hai (29/12), 14 giờ 00", clock="14:00")(
            "Hội nghị Ban Thường vụ xét kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
            kind="meeting", chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS, place="Phòng họp Đảng ủy xã",
            units=("Ban Xây dựng Đảng Đảng ủy xã", "Ủy ban Kiểm tra Đảng ủy xã")), 1),
        Ev(on(30, "Thứ Ba (30/12), 7 giờ 30", clock="07:30")(
            "Hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025, triển khai nhiệm vụ năm 2026",
            kind="meeting", chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS,
            attendees="Ban Chấp hành Đảng bộ xã; bí thư các chi bộ; mời đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy",
            attendees_has="bí thư các chi bộ", place="Hội trường UBND xã",
            items=[I("Báo cáo tổng kết công tác năm 2025 và phương hướng, nhiệm vụ năm 2026", VP),
                   I("Báo cáo công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025",
                     "Ủy ban Kiểm tra Đảng ủy xã"),
                   I("Khen thưởng tổ chức đảng, đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025",
                     "Ban Xây dựng Đảng Đảng ủy xã")]), 1),
        H("TỔ CHỨC THỰC HIỆN", 0),
        P("Văn phòng Đảng ủy theo dõi, đôn đốc thực hiện chương trình; các nội dung phát sinh, Văn phòng Đảng ủy "
          "thông báo sau. Cán bộ, công chức nghỉ Tết Dương lịch ngày 01/01/2026 theo quy định."),
    ],
    footer=["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c);", "- Các đồng chí Đảng ủy viên;", "- Các chi bộ trực thuộc;",
            "- Lưu Văn phòng Đảng ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Phan Thị Mỹ Hạnh"],
)
