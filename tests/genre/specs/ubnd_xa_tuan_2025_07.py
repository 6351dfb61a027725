"""A new commune's weekly leaders' schedule (July 2025): "THỨ HAI (14/7/2025):", "* SÁNG:", numbered items
"1. 07 giờ 30’: …" with "Thành phần:" / "Địa điểm:" on their own lines; "Lịch này thay giấy mời"."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P, Slot as S

CT, PCT1, PCT2 = "Võ Thanh Sơn", "Huỳnh Thị Kim Oanh", "Trần Quốc Bảo"
DIRECTORY = {
    "units": [("Văn phòng HĐND và UBND xã", None, ["Văn phòng HĐND&UBND xã"]), ("Phòng Kinh tế", None, []),
              ("Phòng Văn hóa - Xã hội", None, ["Phòng Văn hóa – Xã hội"]),
              ("Ban Chỉ huy Quân sự xã", None, []), ("Công an xã Hòa Phong", None, ["Công an xã"]),
              ("Công an tỉnh", None, []), ("Trung tâm Phục vụ hành chính công xã", None, [])],
    "persons": [(CT, "Chủ tịch UBND xã"), (PCT1, "Phó Chủ tịch UBND xã"), (PCT2, "Phó Chủ tịch UBND xã")],
    "groups": [("Lãnh đạo UBND xã", [CT, PCT1, PCT2])],
}


def on(d):
    return lambda title, **kw: E(title, dates=(f"2025-07-{d}",), **kw)


DOC = Doc(
    key="ubnd-xa-tuan-2025-07", office="UBND xã Hòa Phong (tỉnh Đồng Nguyên), lịch tuần", kind="weekly",
    year=2025, month=7, issued="2025-07-12",
    left=["ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    title=["LỊCH LÀM VIỆC CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN XÃ HÒA PHONG",
           "(Tuần 29, từ ngày 14/7/2025 đến ngày 18/7/2025)"],
    numbering=["{n}."], style="fields", directory=DIRECTORY,
    blocks=[
        P("LỊCH NÀY THAY GIẤY MỜI HỌP"),
        Day("THỨ HAI (14/7/2025):", "2025-07-14"),
        S("* SÁNG:"),
        Ev(on(14)("Chủ tịch UBND xã Võ Thanh Sơn chủ trì họp giao ban lãnh đạo UBND xã", clock="07:30",
                  kind="meeting", chair_is=(CT,), attendees="Các Phó Chủ tịch UBND xã; Trưởng các phòng chuyên môn",
                  place="Phòng họp số 1 UBND xã",
                  line="1. 07 giờ 30’: Chủ tịch UBND xã Võ Thanh Sơn chủ trì họp giao ban lãnh đạo UBND xã.")),
        Ev(on(14)("Phó Chủ tịch UBND xã Huỳnh Thị Kim Oanh kiểm tra hoạt động của Trung tâm Phục vụ hành chính "
                  "công xã", clock="09:00", chair_is=(PCT1,), units=("Văn phòng HĐND và UBND xã",),
                  line="2. 09 giờ 00’: Phó Chủ tịch UBND xã Huỳnh Thị Kim Oanh kiểm tra hoạt động của Trung tâm "
                       "Phục vụ hành chính công xã.")),
        S("* CHIỀU:"),
        Ev(on(14)("Chủ tịch, các Phó Chủ tịch UBND xã dự Hội nghị trực tuyến của UBND tỉnh sơ kết 15 ngày vận "
                  "hành chính quyền địa phương hai cấp", clock="14:00", kind="meeting", place="Điểm cầu UBND xã",
                  line="1. 14 giờ 00’: Chủ tịch, các Phó Chủ tịch UBND xã dự Hội nghị trực tuyến của UBND tỉnh sơ "
                       "kết 15 ngày vận hành chính quyền địa phương hai cấp.")),
        Day("THỨ BA (15/7/2025):", "2025-07-15"),
        S("* SÁNG:"),
        Ev(on(15)("Phó Chủ tịch UBND xã Trần Quốc Bảo tiếp công dân định kỳ", clock="07:30", kind="reception",
                  chair_is=(PCT2,), place="Phòng Tiếp công dân xã",
                  line="1. 07 giờ 30’: Phó Chủ tịch UBND xã Trần Quốc Bảo tiếp công dân định kỳ.")),
        S("* CHIỀU:"),
        L("Lãnh đạo UBND xã", ["Làm việc tại cơ quan."]),
        Day("THỨ TƯ (16/7/2025):", "2025-07-16"),
        S("* CẢ NGÀY:"),
        Ev(on(16)("Chủ tịch UBND xã Võ Thanh Sơn cùng Đoàn công tác của Sở Nông nghiệp và Môi trường kiểm tra "
                  "tiến độ xây dựng hồ chứa nước Suối Đá", chair_is=(CT,),
                  attendees="Phòng Kinh tế; Ban Quản lý dự án đầu tư xây dựng khu vực",
                  line="1. Chủ tịch UBND xã Võ Thanh Sơn cùng Đoàn công tác của Sở Nông nghiệp và Môi trường "
                       "kiểm tra tiến độ xây dựng hồ chứa nước Suối Đá.", slot_cell="Cả ngày")),
        Day("THỨ NĂM (17/7/2025):", "2025-07-17"),
        S("* SÁNG:"),
        Ev(on(17)("Họp Ban Chỉ huy phòng thủ dân sự xã triển khai phương án ứng phó mùa mưa bão năm 2025",
                  clock="08:00", kind="meeting", chair="Phó Chủ tịch UBND xã Trần Quốc Bảo", chair_is=(PCT2,),
                  place="Phòng họp số 1 UBND xã",
                  line="1. 08 giờ 00’: Họp Ban Chỉ huy phòng thủ dân sự xã triển khai phương án ứng phó mùa mưa "
                       "bão năm 2025.",
                  items=[I("Báo cáo công tác chuẩn bị phòng, chống thiên tai năm 2025", "Phòng Kinh tế"),
                         I("Phương án sơ tán dân vùng ngập lụt", "Ban Chỉ huy Quân sự xã", ("Công an xã",))])),
        S("* CHIỀU:"),
        Ev(on(17)("Phó Chủ tịch UBND xã Huỳnh Thị Kim Oanh dự Lễ khánh thành Nhà văn hóa thôn Phú Mỹ",
                  clock="15:00", chair_is=(PCT1,), units=("Phòng Văn hóa - Xã hội",),
                  line="1. 15 giờ 00’: Phó Chủ tịch UBND xã Huỳnh Thị Kim Oanh dự Lễ khánh thành Nhà văn hóa thôn "
                       "Phú Mỹ.")),
        Day("THỨ SÁU (18/7/2025):", "2025-07-18"),
        S("* SÁNG:"),
        Ev(on(18)("Chủ tịch UBND xã Võ Thanh Sơn chủ trì Hội nghị UBND xã thường kỳ tháng 7 năm 2025",
                  clock="07:30", kind="meeting", chair_is=(CT,), attendees="Thành viên UBND xã",
                  place="Phòng họp số 1 UBND xã",
                  line="1. 07 giờ 30’: Chủ tịch UBND xã Võ Thanh Sơn chủ trì Hội nghị UBND xã thường kỳ tháng 7 "
                       "năm 2025.",
                  items=[I("Báo cáo tình hình kinh tế - xã hội tháng 7 năm 2025", "Văn phòng HĐND và UBND xã"),
                         I("Dự thảo Quy chế làm việc của UBND xã nhiệm kỳ 2021 - 2026", "Văn phòng HĐND và UBND xã"),
                         I("Báo cáo tình hình thu ngân sách 6 tháng đầu năm", "Phòng Kinh tế")])),
        S("* CHIỀU:"),
        Ev(on(18)("Ra quân tổng vệ sinh môi trường hưởng ứng phong trào “Ngày Chủ nhật xanh”", clock="14:00",
                  units=("Phòng Văn hóa - Xã hội",), place="Các thôn trên địa bàn xã",
                  line="1. 14 giờ 00’: Ra quân tổng vệ sinh môi trường hưởng ứng phong trào “Ngày Chủ nhật "
                       "xanh”.")),
        P("Trong tuần, nếu có thay đổi, Văn phòng HĐND và UBND xã sẽ thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy xã;", "- Lãnh đạo UBND xã;", "- Lưu: VT.",
            "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Bình"],
)
