"""A commune Party committee's monthly program after 1/7/2025: "Phần I" (last month's results: dated past
activities, not events), "Phần II" (this month: tasks, then the meetings)."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

BT, CT = "Phan Thị Mỹ Dung", "Lâm Văn Nghĩa"
DIRECTORY = {
    "units": [("Văn phòng Đảng ủy", None, ["Văn phòng Đảng ủy xã"]), ("Ban Xây dựng Đảng", None, []),
              ("Ủy ban Kiểm tra Đảng ủy", None, ["UBKT Đảng ủy"]),
              ("Văn phòng HĐND và UBND xã", None, ["Văn phòng HĐND&UBND xã"]),
              ("Ủy ban MTTQ Việt Nam xã", None, [])],
    "persons": [(BT, "Bí thư Đảng ủy xã - Chủ tịch HĐND xã"), (CT, "Phó Bí thư Đảng ủy - Chủ tịch UBND xã")],
    "groups": [("Ban Thường vụ Đảng ủy", [BT, CT]), ("Thường trực Đảng ủy", [BT, CT]),
               ("Ban Chấp hành Đảng bộ xã", [BT, CT])],
}

DOC = Doc(
    key="dang-uy-xa-2025-09", office="Đảng ủy xã An Thạnh (tỉnh Đồng Nguyên)", kind="monthly", year=2025,
    month=9, issued="2025-08-29",
    left=["ĐẢNG BỘ TỈNH ĐỒNG NGUYÊN", "ĐẢNG ỦY XÃ AN THẠNH", "*", "Số 09-CTr/ĐU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "An Thạnh, ngày 29 tháng 8 năm 2025"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 9 NĂM 2025", "của Ban Chấp hành Đảng bộ xã"],
    numbering=["Phần {R}.", "{n}.", "{a})"], style="inline", directory=DIRECTORY,
    blocks=[
        H("KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8 NĂM 2025", 0),
        P("Trong tháng 8, Ban Thường vụ Đảng ủy đã tổ chức 02 hội nghị; ngày 12/8/2025 tổ chức Hội nghị sơ kết "
          "01 tháng vận hành chính quyền địa phương hai cấp; ngày 19/8/2025 phối hợp tổ chức Lễ kỷ niệm 80 năm "
          "Ngày truyền thống lực lượng Công an nhân dân. Hoàn thành việc chuyển sinh hoạt đảng cho 1.246 đảng "
          "viên theo Hướng dẫn số 03-HD/TU ngày 02/7/2025 của Ban Thường vụ Tỉnh ủy."),
        P("Ban Chấp hành Đảng bộ xã ban hành Nghị quyết số 15-NQ/ĐU ngày 25/8/2025 về lãnh đạo thu ngân sách "
          "những tháng cuối năm 2025."),
        H("NHIỆM VỤ THÁNG 9 NĂM 2025", 0),
        H("Nhiệm vụ trọng tâm", 1),
        P("Hoàn thiện văn kiện Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030, trình Ban Thường "
          "vụ Tỉnh ủy trước ngày 05/9/2025.", 2),
        P("Chỉ đạo các chi bộ sinh hoạt chuyên đề quý III theo Hướng dẫn số 12-HD/BTGDVTU ngày 10/6/2025; báo "
          "cáo kết quả về Văn phòng Đảng ủy trước ngày 30/9/2025.", 2),
        H("Hội nghị, hoạt động", 1),
        Ev(E("Dự Lễ chào cờ kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam "
             "(02/9/1945 - 02/9/2025)", when="Sáng ngày 02/9/2025 (thứ Ba)", dates=("2025-09-02",), slot="sáng",
             place="Quảng trường xã"), 2),
        Ev(E("Hội nghị Ban Thường vụ Đảng ủy xã", when="Sáng ngày 03/9/2025 (thứ Tư)", dates=("2025-09-03",),
             slot="sáng", kind="meeting", chair="Đồng chí Bí thư Đảng ủy", chair_is=(BT, "Bí thư Đảng ủy"),
             attendees="Ban Thường vụ Đảng ủy; dự kiến mời đồng chí Chủ tịch Ủy ban MTTQ Việt Nam xã",
             attendees_has="Ban Thường vụ Đảng ủy", place="Phòng họp Đảng ủy xã",
             items=[I("Cho ý kiến công tác chuẩn bị Đại hội đại biểu Đảng bộ xã lần thứ I", "Văn phòng Đảng ủy"),
                    I("Xem xét kết nạp đảng viên mới đợt 2 năm 2025", "Ban Xây dựng Đảng")]), 2),
        Ev(E("Giao ban Thường trực Đảng ủy", when="Sáng thứ Ba hằng tuần", weekly="TU", slot="sáng",
             kind="meeting", attendees_has="Thường trực Đảng ủy"), 2),
        Ev(E("Đại hội đại biểu Đảng bộ xã An Thạnh lần thứ I, nhiệm kỳ 2025 - 2030",
             when="Từ ngày 11 đến ngày 12/9/2025", dates=("2025-09-11",), end="2025-09-12",
             place="Hội trường Trung tâm Văn hóa - Thể thao xã"), 2),
        Ev(E("Đảng ủy làm việc với Đoàn công tác của Ban Thường vụ Tỉnh ủy về tình hình hoạt động của chính "
             "quyền địa phương hai cấp", when="Ngày 23/9/2025 (thứ Ba)", dates=("2025-09-23",),
             place="Hội trường Đảng ủy xã",
             items=[I("Báo cáo tình hình hoạt động của chính quyền địa phương hai cấp sau 03 tháng vận hành",
                      "Văn phòng Đảng ủy", ("Văn phòng HĐND và UBND xã",)),
                    I("Dự kiến danh mục các kiến nghị, đề xuất với Ban Thường vụ Tỉnh ủy",
                      "Văn phòng HĐND và UBND xã")]), 2),
        Ev(E("Hội nghị Ban Chấp hành Đảng bộ xã (mở rộng) quý III năm 2025", when="Dự kiến ngày 25/9/2025",
             dates=("2025-09-25",), status="tentative", kind="meeting", attendees="Ban Chấp hành Đảng bộ xã",
             attendees_has="Ban Chấp hành Đảng bộ xã"), 2),
        Ev(E("Ủy ban Kiểm tra Đảng ủy kiểm tra chi bộ ấp Mỹ Hòa và chi bộ ấp Tân Quy về việc chấp hành Điều lệ "
             "Đảng", line="Ủy ban Kiểm tra Đảng ủy kiểm tra chi bộ ấp Mỹ Hòa và chi bộ ấp Tân Quy về việc chấp "
                          "hành Điều lệ Đảng (có kế hoạch riêng).", day_cell="Có kế hoạch riêng"), 2),
        H("Tổ chức thực hiện", 1),
        P("Văn phòng Đảng ủy theo dõi, đôn đốc; các chi bộ, cơ quan báo cáo kết quả thực hiện về Ban Thường vụ "
          "Đảng ủy trước ngày 28/9/2025 để tổng hợp."),
    ],
    footer=["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy.",
            "T/M BAN THƯỜNG VỤ", "BÍ THƯ", BT],
)
