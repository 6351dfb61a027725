"""A provincial People's Council's month (tỉnh Quảng Lâm, November 2023) issued by its office: "I." last month's
results, "II." the month's work by body ("1. Thường trực HĐND tỉnh", "2. Các Ban HĐND tỉnh", "3. Văn phòng …"), each
entry a bullet opening with the date and the weekday abbreviated "01/11 (T4), 8h:" then the work and its fields
joined by semicolons ("; chủ trì: đ/c Chủ tịch HĐND tỉnh; thành phần: …; tại …"), "cả ngày", a span "13/11 – 15/11
(T2 – T4):" with its "trưởng đoàn", two days "21/11 (T3) và 22/11 (T4), 8h:", "T6 hằng tuần, 14h:", an entry moved
"28/11 (T3), 8h (lùi từ ngày 24/11):", "(dự kiến)" after a title, the preparing office as the last clause, a
sitting's papers "+", "Trong tháng:". Traps: October's sitting of 10/10 and the supervision of 19–20/10 in the
results, Law Day (09/11) in prose, the committees' deadline of 29/11, the session's December dates."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT1, PCT2 = "Lê Hoàng Phúc", "Nông Thị Hạnh", "Vương Đức Thịnh"
KTNS, VHXH, PC, DT, CVP = "Bạch Văn Sĩ", "Tạ Thị Mai Anh", "Khổng Minh Đạt", "Lục Văn Pá", "Âu Thị Bích"
VP = "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng"]), ("Ban Kinh tế - Ngân sách HĐND tỉnh", None, ["Ban Kinh tế - Ngân sách"]),
              ("Ban Văn hóa - Xã hội HĐND tỉnh", None, ["Ban Văn hóa - Xã hội"]),
              ("Ban Pháp chế HĐND tỉnh", None, ["Ban Pháp chế"]), ("Ban Dân tộc HĐND tỉnh", None, ["Ban Dân tộc"]),
              ("Phòng Thông tin - Dân nguyện", None, []), ("Phòng Công tác HĐND", None, [])],
    "persons": [(CT, "Chủ tịch HĐND tỉnh"), (PCT1, "Phó Chủ tịch HĐND tỉnh"), (PCT2, "Phó Chủ tịch HĐND tỉnh"),
                (KTNS, "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"), (VHXH, "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
                (PC, "Trưởng Ban Pháp chế HĐND tỉnh"), (DT, "Trưởng Ban Dân tộc HĐND tỉnh"),
                (CVP, "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh")],
    "groups": [("Thường trực HĐND tỉnh", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "đ/c Chủ tịch HĐND tỉnh", "Chủ tịch HĐND tỉnh")


def on(days, line, title, **kw):
    days = days if isinstance(days, tuple) else (days,)
    return Ev(E(title, dates=tuple(f"2023-11-{d:02d}" for d in days), line=line, **kw), 2)


DOC = Doc(
    key="hdnd-tinh-thang-2023-11", office="Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Lâm, chương trình tháng theo cơ quan, "
                                          "ngày và thứ viết tắt trước",
    kind="monthly", year=2023, month=11, issued="2023-10-30",
    left=["ĐOÀN ĐBQH VÀ HĐND TỈNH QUẢNG LÂM", "VĂN PHÒNG", "Số: 96/CTr-VP"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Quảng Lâm, ngày 30 tháng 10 năm 2023"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023", "của Thường trực HĐND, các Ban HĐND tỉnh và Văn phòng"],
    numbering=["{R}.", "{n}.", "-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        H("KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH THÁNG 10/2023", 0),
        P("Thường trực HĐND tỉnh đã tổ chức phiên họp thường kỳ tháng 10 ngày 10/10/2023; Ban Kinh tế - Ngân sách giám "
          "sát việc quản lý, sử dụng vốn sự nghiệp các chương trình mục tiêu quốc gia từ ngày 19/10 đến ngày "
          "20/10/2023; Văn phòng hoàn thành tổng hợp ý kiến cử tri sau Kỳ họp thứ 13."),
        H("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11/2023", 0),
        P("Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11), các cơ quan tiếp tục tuyên truyền "
          "pháp luật trong đội ngũ cán bộ, công chức. Kỳ họp thứ 14 HĐND tỉnh tổ chức vào đầu tháng 12/2023, có chương "
          "trình riêng."),
        H("Thường trực HĐND tỉnh", 1),
        on(1, "01/11 (T4), 8h: Thường trực HĐND tỉnh giao ban với Thường trực UBND tỉnh, Ban Thường trực Ủy ban MTTQ "
              "Việt Nam tỉnh về chuẩn bị Kỳ họp thứ 14; chủ trì: đ/c Chủ tịch HĐND tỉnh; tại Phòng họp số 1, Trụ sở "
              "HĐND tỉnh.",
           "Thường trực HĐND tỉnh giao ban với Thường trực UBND tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về "
           "chuẩn bị Kỳ họp thứ 14", clock="08:00", kind="meeting", chair="đ/c Chủ tịch HĐND tỉnh", chair_is=CT_IS,
           place="Phòng họp số 1, Trụ sở HĐND tỉnh"),
        on(6, "06/11 (T2), 14h: Phiên họp thường kỳ tháng 11/2023 của Thường trực HĐND tỉnh; chủ trì: đ/c Chủ tịch HĐND "
              "tỉnh; thành phần: Thường trực HĐND tỉnh, Trưởng các Ban HĐND tỉnh, Chánh Văn phòng; tại Phòng họp số 1. "
              "Nội dung:",
           "Phiên họp thường kỳ tháng 11/2023 của Thường trực HĐND tỉnh", clock="14:00", kind="meeting",
           chair="đ/c Chủ tịch HĐND tỉnh", chair_is=CT_IS,
           attendees="Thường trực HĐND tỉnh, Trưởng các Ban HĐND tỉnh, Chánh Văn phòng",
           attendees_has="Trưởng các Ban HĐND tỉnh", place="Phòng họp số 1",
           items=[I("Cho ý kiến dự kiến nội dung, chương trình Kỳ họp thứ 14 HĐND tỉnh", VP),
                  I("Báo cáo kết quả giám sát việc giải quyết kiến nghị cử tri sau Kỳ họp thứ 12",
                    "Ban Pháp chế HĐND tỉnh"),
                  I("Kế hoạch tổ chức tiếp xúc cử tri trước Kỳ họp thứ 14", "Phòng Công tác HĐND")]),
        on(8, "08/11 (T4), cả ngày: Đ/c Phó Chủ tịch HĐND tỉnh Nông Thị Hạnh dự Hội nghị tập huấn kỹ năng hoạt động "
              "cho đại biểu HĐND các cấp; tại Trung tâm Hội nghị tỉnh.",
           "Dự Hội nghị tập huấn kỹ năng hoạt động cho đại biểu HĐND các cấp", attendees=f"Đ/c {PCT1}",
           place="Trung tâm Hội nghị tỉnh", slot_cell="Cả ngày"),
        on(9, "09/11 (T5), 8h: Tiếp công dân định kỳ tháng 11; chủ trì: đ/c Phó Chủ tịch HĐND tỉnh Vương Đức Thịnh; "
              "tại Trụ sở Tiếp công dân tỉnh.",
           "Tiếp công dân định kỳ tháng 11", clock="08:00", kind="reception",
           chair=f"đ/c Phó Chủ tịch HĐND tỉnh {PCT2}", chair_is=(PCT2,), place="Trụ sở Tiếp công dân tỉnh"),
        Ev(E("Đoàn giám sát của Thường trực HĐND tỉnh giám sát việc thực hiện chính sách hỗ trợ phát triển hợp tác xã "
             "nông nghiệp", dates=("2023-11-13",), end="2023-11-15", chair=f"đ/c Phó Chủ tịch HĐND tỉnh {PCT1}",
             chair_is=(PCT1,), day_cell="Từ 13/11\nđến 15/11/2023",
             line="13/11 – 15/11 (T2 – T4): Đoàn giám sát của Thường trực HĐND tỉnh giám sát việc thực hiện chính sách "
                  "hỗ trợ phát triển hợp tác xã nông nghiệp tại các huyện Tân Khê, Mỹ Lộc; trưởng đoàn: đ/c Phó Chủ "
                  "tịch HĐND tỉnh Nông Thị Hạnh."), 2),
        on(16, "16/11 (T5), 14h: Họp liên tịch chuẩn bị Kỳ họp thứ 14 HĐND tỉnh; chủ trì: đ/c Chủ tịch HĐND tỉnh; thành "
               "phần: Thường trực HĐND tỉnh, lãnh đạo UBND tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; tại Phòng "
               "họp số 1.",
           "Họp liên tịch chuẩn bị Kỳ họp thứ 14 HĐND tỉnh", clock="14:00", kind="meeting",
           chair="đ/c Chủ tịch HĐND tỉnh", chair_is=CT_IS,
           attendees="Thường trực HĐND tỉnh, lãnh đạo UBND tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
           attendees_has="lãnh đạo UBND tỉnh", place="Phòng họp số 1"),
        on(20, "20/11 (T2), 7h30: Thường trực HĐND tỉnh dự Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam (20/11/1982 – "
               "20/11/2023); tại Trường THPT chuyên Quảng Lâm.",
           "Thường trực HĐND tỉnh dự Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam", clock="07:30",
           place="Trường THPT chuyên Quảng Lâm"),
        on(23, "23/11 (T5), 8h: Phiên họp Thường trực HĐND tỉnh cho ý kiến lần cuối các nội dung trình Kỳ họp thứ 14 "
               "(dự kiến); chủ trì: đ/c Chủ tịch HĐND tỉnh; tại Phòng họp số 1.",
           "Phiên họp Thường trực HĐND tỉnh cho ý kiến lần cuối các nội dung trình Kỳ họp thứ 14", clock="08:00",
           status="tentative", kind="meeting", chair="đ/c Chủ tịch HĐND tỉnh", chair_is=CT_IS,
           place="Phòng họp số 1", tail="(dự kiến)"),
        H("Các Ban HĐND tỉnh", 1),
        on(2, "02/11 (T5), 8h: Ban Kinh tế - Ngân sách thẩm tra báo cáo tình hình thực hiện dự toán ngân sách nhà nước "
              "năm 2023; chủ trì: đ/c Trưởng Ban Kinh tế - Ngân sách; tại Phòng họp số 2.",
           "Ban Kinh tế - Ngân sách thẩm tra báo cáo tình hình thực hiện dự toán ngân sách nhà nước năm 2023",
           clock="08:00", chair="đ/c Trưởng Ban Kinh tế - Ngân sách", chair_is=(KTNS, "Trưởng Ban Kinh tế - Ngân sách"),
           place="Phòng họp số 2"),
        on(7, "07/11 (T3), 14h: Ban Văn hóa - Xã hội khảo sát công tác khám, chữa bệnh bảo hiểm y tế tại Trung tâm Y tế "
              "huyện Mỹ Lộc; chủ trì: đ/c Phó Trưởng Ban Văn hóa - Xã hội.",
           "Ban Văn hóa - Xã hội khảo sát công tác khám, chữa bệnh bảo hiểm y tế tại Trung tâm Y tế huyện Mỹ Lộc",
           clock="14:00", chair="đ/c Phó Trưởng Ban Văn hóa - Xã hội",
           chair_is=(VHXH, "Phó Trưởng Ban Văn hóa - Xã hội")),
        on((21, 22), "21/11 (T3) và 22/11 (T4), 8h: Ban Pháp chế thẩm tra các tờ trình, dự thảo nghị quyết thuộc lĩnh "
                     "vực pháp chế trình Kỳ họp thứ 14; chủ trì: đ/c Trưởng Ban Pháp chế; tại Phòng họp số 2.",
           "Ban Pháp chế thẩm tra các tờ trình, dự thảo nghị quyết thuộc lĩnh vực pháp chế trình Kỳ họp thứ 14",
           clock="08:00", chair="đ/c Trưởng Ban Pháp chế", chair_is=(PC, "Trưởng Ban Pháp chế"),
           place="Phòng họp số 2", day_cell="Các ngày 21 và 22/11/2023"),
        on(28, "28/11 (T3), 8h (lùi từ ngày 24/11): Ban Dân tộc thẩm tra báo cáo kết quả thực hiện Chương trình mục tiêu "
               "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số năm 2023; chủ trì: đ/c Trưởng Ban "
               "Dân tộc; tại Phòng họp số 2.",
           "Ban Dân tộc thẩm tra báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội "
           "vùng đồng bào dân tộc thiểu số năm 2023", clock="08:00", chair="đ/c Trưởng Ban Dân tộc",
           chair_is=(DT, "Trưởng Ban Dân tộc"), place="Phòng họp số 2", tail="(lùi từ ngày 24/11)"),
        on(30, "30/11 (T5), cả ngày: Ban Kinh tế - Ngân sách khảo sát tiến độ các dự án giao thông trọng điểm tại huyện "
               "Tân Khê; chủ trì: đ/c Trưởng Ban Kinh tế - Ngân sách.",
           "Ban Kinh tế - Ngân sách khảo sát tiến độ các dự án giao thông trọng điểm tại huyện Tân Khê",
           chair="đ/c Trưởng Ban Kinh tế - Ngân sách", chair_is=(KTNS, "Trưởng Ban Kinh tế - Ngân sách"),
           slot_cell="Cả ngày"),
        H("Văn phòng Đoàn ĐBQH và HĐND tỉnh", 1),
        Ev(E("Giao ban lãnh đạo Văn phòng", weekly="FR", clock="14:00", kind="meeting", chair="đ/c Chánh Văn phòng",
             chair_is=(CVP, "Chánh Văn phòng"), place="Phòng họp số 3",
             line="T6 hằng tuần, 14h: Giao ban lãnh đạo Văn phòng; chủ trì: đ/c Chánh Văn phòng; tại Phòng họp số 3."),
           2),
        on(10, "10/11 (T6), 8h: Tập huấn sử dụng phần mềm phục vụ kỳ họp không giấy cho đại biểu HĐND tỉnh; tại Hội "
               "trường HĐND tỉnh; Phòng Thông tin - Dân nguyện chuẩn bị.",
           "Tập huấn sử dụng phần mềm phục vụ kỳ họp không giấy cho đại biểu HĐND tỉnh", clock="08:00",
           place="Hội trường HĐND tỉnh", units=("Phòng Thông tin - Dân nguyện",)),
        Ev(E("Tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp thứ 14 HĐND tỉnh", units=("Phòng Công tác HĐND",),
             day_cell="Trong tháng",
             line="Trong tháng: Tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp thứ 14 HĐND tỉnh; Phòng Công tác "
                  "HĐND chuẩn bị."), 2),
        P("Các Ban HĐND tỉnh gửi báo cáo thẩm tra về Văn phòng chậm nhất ngày 29/11/2023 để trình Thường trực HĐND "
          "tỉnh."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh;", "- Các Ban HĐND tỉnh;",
            "- Lưu: VT.", "CHÁNH VĂN PHÒNG", CVP],
)
