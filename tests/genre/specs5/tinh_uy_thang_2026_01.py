"""A provincial Party committee office's monthly program (January 2026): parts "Phần thứ nhất:", "Phần thứ
hai:" with letter sections "A." and items "1)", the Thường trực's weekly Monday-morning briefing, two
Standing Board conferences with agendas, the Executive Committee's conference written as a lettered section
that is itself the event (a span of two days, its agenda as "-" lines), a date "(dự kiến)", attendees
"(dự kiến)" (the meeting stays confirmed), a section of items "dự kiến" (one dated, two undated: "thời gian
cụ thể thông báo sau", "theo kế hoạch riêng"), the Party's anniversary in a title; traps: reference
documents' dates, last month's conference, deadlines, next quarter's conference "dự kiến"."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

BT, PBTTT, PBT = "Đàm Quốc Hưng", "Triệu Thị Mai Hoa", "Mạc Văn Lực"
VP, TC, TGDV, UBKT = ("Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                      "Ủy ban Kiểm tra Tỉnh ủy")
DIRECTORY = {
    "units": [(VP, None, []), (TC, None, []), (TGDV, None, []), (UBKT, None, []),
              ("Đảng ủy UBND tỉnh", None, []), ("Công an tỉnh", None, []), ("Tỉnh đoàn", None, []),
              ("Đảng ủy xã Phù Vân", None, []), ("Công an xã Phù Vân", None, ["Công an xã"])],
    "persons": [(BT, "Bí thư Tỉnh ủy"), (PBTTT, "Phó Bí thư Thường trực Tỉnh ủy"),
                (PBT, "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")],
    "groups": [("Thường trực Tỉnh ủy", [BT, PBTTT, PBT]), ("Ban Thường vụ Tỉnh ủy", [BT, PBTTT, PBT])],
}
BT_IS = (BT, "Bí thư Tỉnh ủy", "Đồng chí Bí thư Tỉnh ủy")
PBTTT_IS = (PBTTT, "Phó Bí thư Thường trực Tỉnh ủy", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy")


def on(d, when, **kw):
    return lambda title, **more: E(title, when=when, dates=(f"2026-01-{d:02d}",), **kw, **more)


DOC = Doc(
    key="tinh-uy-thang-2026-01", office="Tỉnh ủy Bắc Khê, chương trình công tác tháng do Văn phòng Tỉnh ủy ban hành",
    kind="monthly", year=2026, month=1, issued="2025-12-29",
    left=["ĐẢNG BỘ TỈNH BẮC KHÊ", "TỈNH ỦY", "*", "Số 41-CTr/TU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Khê, ngày 29 tháng 12 năm 2025"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC", "tháng 01 năm 2026 của Ban Thường vụ, Thường trực Tỉnh ủy"],
    numbering=["Phần thứ {w}:", "{A}.", "{n})", "-"], style="inline", item_bullet="-", directory=DIRECTORY,
    blocks=[
        H("NHIỆM VỤ TRỌNG TÂM", 0),
        P("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I (ban hành kèm theo Quyết định số 05-QĐ/TU "
          "ngày 12/8/2025); tiếp theo Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ năm ngày 18/12/2025, tập trung "
          "lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026 vui tươi, an toàn, tiết kiệm; hoàn thành kiểm điểm, "
          "đánh giá, xếp loại tổ chức đảng, đảng viên năm 2025 trước ngày 15/01/2026."),
        H("LỊCH CÔNG TÁC CỤ THỂ", 0),
        H("HOẠT ĐỘNG ĐỊNH KỲ", 1),
        Ev(E("Thường trực Tỉnh ủy giao ban", when="Sáng thứ Hai hằng tuần", weekly="MO", slot="sáng",
             kind="meeting", chair="Đồng chí Bí thư Tỉnh ủy", chair_is=BT_IS,
             place="Phòng họp Thường trực Tỉnh ủy"), 2),
        Ev(on(15, "Ngày 15/01/2026 (thứ Năm), 8 giờ 00", clock="08:00")(
            "Đồng chí Bí thư Tỉnh ủy tiếp công dân định kỳ", kind="reception", chair_is=BT_IS,
            place="Trụ sở Tiếp công dân tỉnh"), 2),
        H("HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY", 1),
        Ev(on(6, "Ngày 06/01 (thứ Ba), 8 giờ 00", clock="08:00")(
            "Hội nghị Ban Thường vụ Tỉnh ủy", kind="meeting", chair="Đồng chí Bí thư Tỉnh ủy", chair_is=BT_IS,
            attendees="Ủy viên Ban Thường vụ Tỉnh ủy; mời lãnh đạo HĐND, UBND tỉnh", attendees_has="Ủy viên Ban "
            "Thường vụ Tỉnh ủy", place="Phòng họp Ban Thường vụ Tỉnh ủy",
            items=[I("Cho ý kiến dự thảo Chương trình công tác năm 2026 của Ban Chấp hành Đảng bộ tỉnh", VP),
                   I("Cho ý kiến về công tác cán bộ", TC),
                   I("Kết quả kiểm tra dấu hiệu vi phạm đối với tổ chức đảng cấp xã", UBKT)]), 2),
        Ev(on(20, "Ngày 20/01 (thứ Ba), 14 giờ 00", clock="14:00")(
            "Hội nghị Ban Thường vụ Tỉnh ủy nghe báo cáo tình hình chuẩn bị Tết Nguyên đán Bính Ngọ năm 2026",
            kind="meeting", chair="Đồng chí Bí thư Tỉnh ủy", chair_is=BT_IS,
            attendees="Ủy viên Ban Thường vụ Tỉnh ủy; mời Giám đốc Công an tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự "
            "tỉnh (dự kiến)", attendees_has="Giám đốc Công an tỉnh", place="Phòng họp Ban Thường vụ Tỉnh ủy",
            items=[I("Báo cáo công tác bảo đảm an ninh, trật tự dịp Tết", "Công an tỉnh"),
                   I("Kế hoạch thăm, tặng quà đối tượng chính sách dịp Tết", "Đảng ủy UBND tỉnh")]), 2),
        Ev(E("Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ tỉnh khóa I", when="Từ ngày 08/01 đến ngày 09/01/2026",
             dates=("2026-01-08",), end="2026-01-09", place="Hội trường Tỉnh ủy",
             items=[I("Đánh giá kết quả thực hiện nhiệm vụ năm 2025, phương hướng nhiệm vụ năm 2026", VP),
                    I("Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ tỉnh", UBKT),
                    I("Kiểm điểm tập thể Ban Thường vụ Tỉnh ủy năm 2025", TC, (VP,))]), 1),
        H("HOẠT ĐỘNG KHÁC CỦA THƯỜNG TRỰC TỈNH ỦY", 1),
        Ev(on(13, "Ngày 13/01 (thứ Ba), 14 giờ 00", clock="14:00")(
            "Đoàn công tác Thường trực Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Phù Vân về công tác xây dựng "
            "Đảng", chair="Đồng chí Phó Bí thư Thường trực Tỉnh ủy", chair_is=PBTTT_IS,
            place="Hội trường Đảng ủy xã Phù Vân", units=("Đảng ủy xã Phù Vân",)), 2),
        Ev(on(16, "Ngày 16/01 (thứ Sáu), 7 giờ 30 (dự kiến)", clock="07:30", status="tentative")(
            "Hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025", kind="meeting",
            chair="Đồng chí Phó Bí thư Thường trực Tỉnh ủy", chair_is=PBTTT_IS, place="Hội trường Tỉnh ủy",
            units=(TGDV,)), 2),
        Ev(on(22, "Ngày 22/01 (thứ Năm)")(
            "Đồng chí Bí thư Tỉnh ủy dự Hội nghị tổng kết công tác Công an năm 2025", place="Hội trường Công an "
            "tỉnh", units=("Công an tỉnh",)), 2),
        Ev(on(27, "Ngày 27/01 (thứ Ba), 9 giờ 00", clock="09:00")(
            "Hội nghị triển khai các hoạt động kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - "
            "03/02/2026)", kind="meeting", chair="Đồng chí Phó Bí thư Thường trực Tỉnh ủy", chair_is=PBTTT_IS,
            place="Hội trường Tỉnh ủy", units=(TGDV,)), 2),
        H("CÁC NỘI DUNG DỰ KIẾN", 1),
        Ev(on(29, "Ngày 29/01 (thứ Năm)", status="tentative")(
            "Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Tỉnh đoàn về công tác thanh niên năm 2026",
            chair="Đồng chí Bí thư Tỉnh ủy", chair_is=BT_IS, units=("Tỉnh đoàn",)), 2),
        Ev(E("Thường trực Tỉnh ủy thăm, chúc Tết các đơn vị lực lượng vũ trang, gia đình chính sách",
             status="tentative", units=(VP,), tail="(theo kế hoạch riêng)"), 2),
        Ev(E("Ban Thường vụ Tỉnh ủy nghe báo cáo sơ kết thí điểm mô hình Bí thư chi bộ đồng thời là trưởng thôn",
             status="tentative", units=(TC,), tail="(thời gian cụ thể thông báo sau)"), 2),
        H("TỔ CHỨC THỰC HIỆN", 0),
        P("Các cơ quan được phân công chuẩn bị nội dung gửi Văn phòng Tỉnh ủy chậm nhất 05 ngày làm việc trước "
          "ngày hội nghị; báo cáo tháng gửi trước ngày 25/01/2026. Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ "
          "bảy dự kiến tổ chức vào đầu tháng 3/2026, Văn phòng Tỉnh ủy thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Các đồng chí Tỉnh ủy viên,", "- Các đảng ủy trực thuộc Tỉnh ủy,",
            "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Triệu Thị Mai Hoa"],
)
