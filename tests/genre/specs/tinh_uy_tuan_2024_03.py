"""A provincial Party committee's weekly schedule of its Thường trực: "Thứ Hai - 18/3/2024", "Sáng:" /
"Chiều:", lines "- 7h30: …" naming the leader as "Đ/c Bí thư Tỉnh ủy", "Đ/c Phó Bí thư Thường trực", places
"tại Hội trường A, Tỉnh ủy", an "Ủy quyền đồng chí … dự" line, a delegated leader "Làm việc theo lịch của
UBND tỉnh", last week's results at the top, a Sunday rally whose title carries other days' dates."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P, Slot as S

BT, PBTTT, PBTCT = "Nông Văn Thịnh", "Đoàn Thị Mai Hương", "Khổng Minh Đức"
DIRECTORY = {
    "units": [("Văn phòng Tỉnh ủy", None, []), ("Ban Tổ chức Tỉnh ủy", None, []),
              ("Ủy ban Kiểm tra Tỉnh ủy", None, []), ("Ban Tuyên giáo Tỉnh ủy", None, []),
              ("Đảng ủy Công an tỉnh", None, []), ("Công an tỉnh", None, []),
              ("Công an huyện Đông Sơn", None, []), ("Ban Tiếp công dân tỉnh", None, []),
              ("Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh", None, ["Tiểu ban Văn kiện"]),
              ("Tỉnh đoàn", None, ["Ban Thường vụ Tỉnh đoàn"]),
              ("Ban Tổ chức Huyện ủy Đông Sơn", None, [])],
    "persons": [(BT, "Bí thư Tỉnh ủy"), (PBTTT, "Phó Bí thư Thường trực Tỉnh ủy"),
                (PBTCT, "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")],
    "groups": [("Thường trực Tỉnh ủy", [BT, PBTTT, PBTCT]), ("Ban Thường vụ Tỉnh ủy", [BT, PBTTT, PBTCT])],
}
BT_IS = (BT, "Bí thư Tỉnh ủy", "Đ/c Bí thư Tỉnh ủy")
PBTTT_IS = (PBTTT, "Phó Bí thư Thường trực Tỉnh ủy", "Đ/c Phó Bí thư Thường trực Tỉnh ủy")


def on(d):
    return lambda title, **kw: E(title, dates=(f"2024-03-{d}",), **kw)


DOC = Doc(
    key="tinh-uy-tuan-2024-03", office="Tỉnh ủy Hòa Bắc, lịch tuần của Thường trực", kind="weekly",
    year=2024, month=3, issued="2024-03-16",
    left=["ĐẢNG BỘ TỈNH HÒA BẮC", "VĂN PHÒNG TỈNH ỦY", "*", "Số 412-LT/VPTU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Bắc, ngày 16 tháng 3 năm 2024"],
    title=["LỊCH CÔNG TÁC TUẦN", "của Thường trực Tỉnh ủy", "(Từ ngày 18/3/2024 đến ngày 24/3/2024)"],
    numbering=["{n}."], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Tuần qua (từ ngày 11/3 đến ngày 15/3/2024), Thường trực Tỉnh ủy đã chủ trì 05 cuộc họp, làm việc; "
          "ngày 14/3/2024 tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19 cho ý kiến Đề án tổng kết "
          "40 năm đổi mới. Thực hiện Quy chế làm việc số 03-QC/TU ngày 02/11/2020, Văn phòng Tỉnh ủy thông báo "
          "lịch công tác tuần này như sau:"),
        Day("Thứ Hai - 18/3/2024", "2024-03-18"),
        S("Sáng:"),
        Ev(on(18)("Thường trực Tỉnh ủy giao ban đầu tuần", clock="07:30", kind="meeting",
                  chair="Đ/c Bí thư Tỉnh ủy", chair_is=BT_IS, attendees="Chánh Văn phòng Tỉnh ủy",
                  attendees_has="Chánh Văn phòng Tỉnh ủy", place="Phòng họp Thường trực Tỉnh ủy",
                  line="- 7h30: Thường trực Tỉnh ủy giao ban đầu tuần; Đ/c Bí thư Tỉnh ủy chủ trì; mời Chánh Văn "
                       "phòng Tỉnh ủy cùng dự. Tại Phòng họp Thường trực Tỉnh ủy.")),
        L("Đ/c Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", ["Làm việc theo lịch của UBND tỉnh."]),
        S("Chiều:"),
        Ev(on(18)("Đ/c Phó Bí thư Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Đông Sơn về công tác "
                  "chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027", clock="14:00", chair_is=PBTTT_IS,
                  chair="Đ/c Phó Bí thư Thường trực Tỉnh ủy", units=("Ban Tổ chức Tỉnh ủy",),
                  place="Hội trường Huyện ủy Đông Sơn",
                  line="- 14h00: Đ/c Phó Bí thư Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Đông Sơn "
                       "về công tác chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027 (Ban Tổ chức Tỉnh ủy chuẩn bị nội "
                       "dung), tại Hội trường Huyện ủy Đông Sơn.")),
        Day("Thứ Ba - 19/3/2024", "2024-03-19"),
        S("Sáng:"),
        Ev(on(19)("Hội nghị Ban Thường vụ Tỉnh ủy", clock="08:00", kind="meeting", chair="Đ/c Bí thư Tỉnh ủy",
                  chair_is=BT_IS,
                  attendees="Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; dự kiến mời Thường trực HĐND tỉnh",
                  attendees_has="Ban Thường vụ Tỉnh ủy", place="Hội trường A, Tỉnh ủy",
                  line="- 8h00: Hội nghị Ban Thường vụ Tỉnh ủy, Đ/c Bí thư Tỉnh ủy chủ trì. Thành phần: Các đồng chí "
                       "Ủy viên Ban Thường vụ Tỉnh ủy; dự kiến mời Thường trực HĐND tỉnh. Tại Hội trường A, Tỉnh ủy. "
                       "Nội dung:",
                  items=[I("Báo cáo tình hình thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2024",
                           "Văn phòng Tỉnh ủy"),
                         I("Đề án nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2024 - 2025", "Ban Tổ chức Tỉnh ủy",
                           ("Ủy ban Kiểm tra Tỉnh ủy",)),
                         I("Báo cáo kết quả bảo đảm an ninh, trật tự dịp Tết Nguyên đán Giáp Thìn 2024",
                           "Đảng ủy Công an tỉnh", phrase="(Đảng ủy Công an tỉnh báo cáo)")])),
        S("Chiều:"),
        Ev(on(19)("Ủy quyền đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy dự Hội nghị trực tuyến toàn quốc quán triệt "
                  "chuyên đề năm 2024 về học tập và làm theo tư tưởng Hồ Chí Minh", clock="14:00",
                  place="Điểm cầu Tỉnh ủy",
                  line="- 14h00: Ủy quyền đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy dự Hội nghị trực tuyến toàn quốc "
                       "quán triệt chuyên đề năm 2024 về học tập và làm theo tư tưởng Hồ Chí Minh, tại Điểm cầu Tỉnh "
                       "ủy.")),
        Day("Thứ Tư - 20/3/2024", "2024-03-20"),
        Ev(on(20)("Đ/c Bí thư Tỉnh ủy kiểm tra, khảo sát tình hình sản xuất vụ Đông Xuân tại huyện Lục Yên",
                  chair_is=BT_IS, chair="Đ/c Bí thư Tỉnh ủy",
                  attendees="lãnh đạo Ban Kinh tế Tỉnh ủy, Sở Nông nghiệp và Phát triển nông thôn",
                  attendees_has="Sở Nông nghiệp và Phát triển nông thôn", slot_cell="Cả ngày",
                  line="- Cả ngày: Đ/c Bí thư Tỉnh ủy kiểm tra, khảo sát tình hình sản xuất vụ Đông Xuân tại huyện "
                       "Lục Yên; mời lãnh đạo Ban Kinh tế Tỉnh ủy, Sở Nông nghiệp và Phát triển nông thôn cùng đi.")),
        L("Đ/c Phó Bí thư Thường trực Tỉnh ủy", [
            "Sáng làm việc tại cơ quan.",
            on(20)("tiếp và làm việc với Đoàn công tác của Ban Tổ chức Trung ương", clock="14:00",
                   chair_is=PBTTT_IS, place="Phòng khách Tỉnh ủy")]),
        Day("Thứ Năm - 21/3/2024", "2024-03-21"),
        Ev(on(21)("Thường trực Tỉnh ủy tiếp công dân định kỳ tháng 3/2024", clock="07:30", kind="reception",
                  chair="Đ/c Phó Bí thư Thường trực Tỉnh ủy", chair_is=PBTTT_IS, units=("Ban Tiếp công dân tỉnh",),
                  place="Trụ sở Tiếp công dân tỉnh",
                  line="- 7h30: Thường trực Tỉnh ủy tiếp công dân định kỳ tháng 3/2024; Đ/c Phó Bí thư Thường trực "
                       "Tỉnh ủy chủ trì (Ban Tiếp công dân tỉnh chuẩn bị), tại Trụ sở Tiếp công dân tỉnh.")),
        Ev(on(21)("Đ/c Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy Công an tỉnh về công tác bảo đảm an "
                  "ninh, trật tự năm 2024", clock="14:00", chair_is=BT_IS, chair="Đ/c Bí thư Tỉnh ủy",
                  units=("Đảng ủy Công an tỉnh",), place="Hội trường Công an tỉnh",
                  line="- 14h00: Đ/c Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy Công an tỉnh về công tác bảo "
                       "đảm an ninh, trật tự năm 2024 (Đảng ủy Công an tỉnh chuẩn bị báo cáo), tại Hội trường Công "
                       "an tỉnh.")),
        Day("Thứ Sáu - 22/3/2024", "2024-03-22"),
        Ev(on(22)("Đ/c Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự Hội nghị xúc tiến đầu tư tỉnh Hòa Bắc năm 2024",
                  clock="07:30", chair_is=(PBTCT, "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
                  place="Trung tâm Hội nghị tỉnh",
                  line="- 7h30: Đ/c Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự Hội nghị xúc tiến đầu tư tỉnh Hòa Bắc "
                       "năm 2024, tại Trung tâm Hội nghị tỉnh.")),
        Ev(on(22)("Thường trực Tỉnh ủy nghe báo cáo công tác chuẩn bị Đại hội Đảng bộ tỉnh lần thứ XVIII",
                  clock="14:00", kind="meeting", chair="Đ/c Bí thư Tỉnh ủy", chair_is=BT_IS,
                  place="Hội trường A, Tỉnh ủy",
                  line="- 14h00: Thường trực Tỉnh ủy nghe báo cáo công tác chuẩn bị Đại hội Đảng bộ tỉnh lần thứ "
                       "XVIII, tại Hội trường A, Tỉnh ủy. Nội dung:",
                  items=[I("Tiến độ xây dựng dự thảo Báo cáo chính trị trình Đại hội", "Tiểu ban Văn kiện",
                           phrase="(Tiểu ban Văn kiện báo cáo)"),
                         I("Dự kiến phương án nhân sự Ban Chấp hành Đảng bộ tỉnh khóa XVIII", "Ban Tổ chức Tỉnh ủy",
                           phrase="(Ban Tổ chức Tỉnh ủy báo cáo)")])),
        Day("Chủ nhật - 24/3/2024", "2024-03-24"),
        Ev(on(24)("Đ/c Phó Bí thư Thường trực Tỉnh ủy dự Lễ mít tinh kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí "
                  "Minh (26/3/1931 - 26/3/2024)", clock="06:30", chair_is=PBTTT_IS, units=("Ban Thường vụ Tỉnh đoàn",),
                  place="Quảng trường trung tâm tỉnh",
                  line="- 6h30: Đ/c Phó Bí thư Thường trực Tỉnh ủy dự Lễ mít tinh kỷ niệm 93 năm Ngày thành lập Đoàn "
                       "TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024) (Ban Thường vụ Tỉnh đoàn chuẩn bị), tại Quảng trường "
                       "trung tâm tỉnh.")),
        P("Ghi chú: Lịch công tác có thể thay đổi; nội dung điều chỉnh Văn phòng Tỉnh ủy sẽ thông báo sau. Các cơ "
          "quan chuẩn bị nội dung gửi tài liệu về Văn phòng Tỉnh ủy trước 02 ngày làm việc."),
    ],
    footer=["Nơi nhận:", "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;", "- Các ban, cơ quan đảng tỉnh;",
            "- Lưu Văn phòng Tỉnh ủy.", "K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Hà Quang Vũ"],
)
