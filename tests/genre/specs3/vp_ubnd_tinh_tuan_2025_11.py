"""A provincial Văn phòng UBND's weekly schedule written activity-first (November 2025, after the reform):
"THỨ HAI (24/11/2025)", lines "- 8 giờ 00: Chủ tịch UBND tỉnh chủ trì …; thành phần: …; địa điểm: …
(Sở … chuẩn bị nội dung)" with "(LĐVP: Đ/c …)" tails, "Ủy quyền Phó Chủ tịch … dự", two leaders at the same
hour, a session of the provincial HĐND one leader attends for days ("đến hết ngày 27/11"), a tentative
national online conference, "Giấy mời riêng", leaders "làm việc tại cơ quan" lines and a last week's note."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P

CT, PCTTT, PCT1, PCT2 = "Lâm Quốc Bình", "Đặng Thị Ngọc Lan", "Vi Văn Hưng", "Chu Minh Khang"
DIRECTORY = {
    "units": [("Văn phòng UBND tỉnh", None, ["Văn phòng"]), ("Sở Tài chính", None, []),
              ("Sở Nội vụ", None, []), ("Sở Xây dựng", None, []), ("Sở Công Thương", None, []),
              ("Sở Nông nghiệp và Môi trường", None, []), ("Sở Y tế", None, []),
              ("Sở Giáo dục và Đào tạo", None, []), ("Sở Khoa học và Công nghệ", None, []),
              ("Ban Quản lý các khu công nghiệp tỉnh", None, []), ("Công an tỉnh", None, []),
              ("Thanh tra tỉnh", None, []), ("Ban Tiếp công dân tỉnh", None, [])],
    "persons": [(CT, "Chủ tịch UBND tỉnh"), (PCTTT, "Phó Chủ tịch Thường trực UBND tỉnh"),
                (PCT1, "Phó Chủ tịch UBND tỉnh"), (PCT2, "Phó Chủ tịch UBND tỉnh")],
    "groups": [("Lãnh đạo UBND tỉnh", [CT, PCTTT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch UBND tỉnh")
PCTTT_IS = (PCTTT, "Phó Chủ tịch Thường trực UBND tỉnh")


def on(d):
    return lambda title, **kw: E(title, dates=(f"2025-11-{d}",), **kw)


def ln(clock, text):
    return f"- {clock}: {text}"


DOC = Doc(
    key="vp-ubnd-tinh-tuan-2025-11", office="Văn phòng UBND tỉnh Hải Đông, lịch tuần viết theo hoạt động",
    kind="weekly", year=2025, month=11, issued="2025-11-22",
    left=["UBND TỈNH HẢI ĐÔNG", "VĂN PHÒNG"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Hải Đông, ngày 22 tháng 11 năm 2025"],
    title=["LỊCH CÔNG TÁC TUẦN CỦA CHỦ TỊCH, CÁC PHÓ CHỦ TỊCH UBND TỈNH",
           "(Từ ngày 24/11/2025 đến ngày 30/11/2025)"],
    numbering=["{n}."], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Tuần trước, lãnh đạo UBND tỉnh đã chủ trì 11 cuộc họp, làm việc; Phiên họp UBND tỉnh thường kỳ tháng 11 "
          "đã tổ chức ngày 20/11/2025. Văn phòng UBND tỉnh thông báo lịch công tác tuần như sau:"),
        Day("THỨ HAI (24/11/2025)", "2025-11-24"),
        Ev(on(24)("Chủ tịch UBND tỉnh chủ trì giao ban lãnh đạo UBND tỉnh", clock="08:00", kind="meeting",
                  chair_is=CT_IS, attendees="Các Phó Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh",
                  attendees_has="Các Phó Chủ tịch UBND tỉnh", place="Phòng họp số 1, UBND tỉnh",
                  line=ln("8 giờ 00", "Chủ tịch UBND tỉnh chủ trì giao ban lãnh đạo UBND tỉnh; thành phần: Các Phó "
                          "Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh; địa điểm: Phòng họp số 1, UBND tỉnh."))),
        Ev(on(24)("Phó Chủ tịch UBND tỉnh Vi Văn Hưng chủ trì họp Hội đồng thẩm định quy hoạch phân khu Khu công "
                  "nghiệp Bắc Cửa Lạch", clock="14:00", kind="meeting", chair_is=(PCT1,),
                  units=("Sở Xây dựng", "Ban Quản lý các khu công nghiệp tỉnh"), place="Phòng họp số 2, UBND tỉnh",
                  tail="(LĐVP: Đ/c Tuấn)",
                  line=ln("14 giờ 00", "Phó Chủ tịch UBND tỉnh Vi Văn Hưng chủ trì họp Hội đồng thẩm định quy hoạch "
                          "phân khu Khu công nghiệp Bắc Cửa Lạch; địa điểm: Phòng họp số 2, UBND tỉnh (Sở Xây dựng, Ban "
                          "Quản lý các khu công nghiệp tỉnh chuẩn bị nội dung). (LĐVP: Đ/c Tuấn)"))),
        Ev(on(24)("Phó Chủ tịch UBND tỉnh Chu Minh Khang làm việc với Sở Y tế về công tác phòng, chống dịch sốt "
                  "xuất huyết", clock="14:00", chair_is=(PCT2,), units=("Sở Y tế",), place="Phòng họp số 3, UBND tỉnh",
                  line=ln("14 giờ 00", "Phó Chủ tịch UBND tỉnh Chu Minh Khang làm việc với Sở Y tế về công tác "
                          "phòng, chống dịch sốt xuất huyết; địa điểm: Phòng họp số 3, UBND tỉnh (Sở Y tế chuẩn bị "
                          "nội dung)."))),
        Ev(on(24)("Chủ tịch UBND tỉnh tiếp và làm việc với Đoàn doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư",
                  clock="15:30", chair_is=CT_IS, units=("Ban Quản lý các khu công nghiệp tỉnh",),
                  place="Phòng khách UBND tỉnh", tail="(LĐVP: Đ/c Tuấn)",
                  line=ln("15 giờ 30", "Chủ tịch UBND tỉnh tiếp và làm việc với Đoàn doanh nghiệp Hàn Quốc tìm hiểu "
                          "cơ hội đầu tư; địa điểm: Phòng khách UBND tỉnh (Ban Quản lý các khu công nghiệp tỉnh chuẩn "
                          "bị nội dung). (LĐVP: Đ/c Tuấn)"))),
        Day("THỨ BA (25/11/2025)", "2025-11-25"),
        Ev(on(25)("Chủ tịch UBND tỉnh dự Kỳ họp thứ Tư HĐND tỉnh khóa XVII", clock="08:00", chair_is=CT_IS,
                  end="2025-11-27", place="Hội trường HĐND tỉnh", tail="(đến hết ngày 27/11/2025)",
                  line=ln("8 giờ 00", "Chủ tịch UBND tỉnh dự Kỳ họp thứ Tư HĐND tỉnh khóa XVII (đến hết ngày "
                          "27/11/2025); địa điểm: Hội trường HĐND tỉnh."))),
        Ev(on(25)("Phó Chủ tịch Thường trực UBND tỉnh tiếp công dân định kỳ tháng 11 năm 2025", clock="07:30",
                  kind="reception", chair_is=PCTTT_IS, units=("Ban Tiếp công dân tỉnh", "Thanh tra tỉnh"),
                  place="Trụ sở Tiếp công dân tỉnh",
                  line=ln("7 giờ 30", "Phó Chủ tịch Thường trực UBND tỉnh tiếp công dân định kỳ tháng 11 năm 2025 "
                          "(ủy quyền của Chủ tịch UBND tỉnh); địa điểm: Trụ sở Tiếp công dân tỉnh (Ban Tiếp công dân "
                          "tỉnh, Thanh tra tỉnh chuẩn bị nội dung)."))),
        Ev(on(25)("Phó Chủ tịch UBND tỉnh Chu Minh Khang kiểm tra công tác chuẩn bị kỳ thi chọn học sinh giỏi "
                  "cấp tỉnh", clock="14:00", chair_is=(PCT2,), units=("Sở Giáo dục và Đào tạo",),
                  line=ln("14 giờ 00", "Phó Chủ tịch UBND tỉnh Chu Minh Khang kiểm tra công tác chuẩn bị kỳ thi chọn "
                          "học sinh giỏi cấp tỉnh (Sở Giáo dục và Đào tạo chuẩn bị nội dung, Giấy mời riêng)."))),
        Day("THỨ TƯ (26/11/2025)", "2025-11-26"),
        Ev(on(26)("Phó Chủ tịch UBND tỉnh Vi Văn Hưng dự Lễ khởi công dự án Nhà máy điện khí LNG Hải Đông",
                  clock="09:00", chair_is=(PCT1,), units=("Sở Công Thương",), place="Xã Tân Hải",
                  line=ln("9 giờ 00", "Phó Chủ tịch UBND tỉnh Vi Văn Hưng dự Lễ khởi công dự án Nhà máy điện khí LNG "
                          "Hải Đông; địa điểm: Xã Tân Hải (Sở Công Thương chuẩn bị nội dung)."))),
        Ev(on(26)("Phó Chủ tịch Thường trực UBND tỉnh chủ trì họp Ban Chỉ đạo giải phóng mặt bằng các dự án trọng "
                  "điểm", clock="14:00", kind="meeting", chair_is=PCTTT_IS,
                  attendees="Thành viên Ban Chỉ đạo; Chủ tịch UBND các xã, phường có dự án",
                  attendees_has="Thành viên Ban Chỉ đạo", place="Phòng họp số 1, UBND tỉnh", units=("Sở Tài chính",),
                  tail="(LĐVP: Đ/c Phương)",
                  line=ln("14 giờ 00", "Phó Chủ tịch Thường trực UBND tỉnh chủ trì họp Ban Chỉ đạo giải phóng mặt "
                          "bằng các dự án trọng điểm; thành phần: Thành viên Ban Chỉ đạo; Chủ tịch UBND các xã, phường "
                          "có dự án; địa điểm: Phòng họp số 1, UBND tỉnh (Sở Tài chính chuẩn bị nội dung). (LĐVP: Đ/c "
                          "Phương)"))),
        L("Chiều", ["Phó Chủ tịch UBND tỉnh Chu Minh Khang làm việc tại cơ quan."], who_is_slot=True),
        Day("THỨ NĂM (27/11/2025)", "2025-11-27"),
        Ev(on(27)("Phó Chủ tịch UBND tỉnh Chu Minh Khang chủ trì Hội nghị đánh giá Chỉ số chuyển đổi số cấp xã "
                  "năm 2025", clock="08:00", kind="meeting", chair_is=(PCT2,), units=("Sở Khoa học và Công nghệ",),
                  attendees="Lãnh đạo các sở, ngành; Chủ tịch UBND các xã, phường (trực tuyến)",
                  attendees_has="Chủ tịch UBND các xã, phường", place="Hội trường Trung tâm Hội nghị tỉnh",
                  line=ln("8 giờ 00", "Phó Chủ tịch UBND tỉnh Chu Minh Khang chủ trì Hội nghị đánh giá Chỉ số chuyển "
                          "đổi số cấp xã năm 2025; thành phần: Lãnh đạo các sở, ngành; Chủ tịch UBND các xã, phường "
                          "(trực tuyến); địa điểm: Hội trường Trung tâm Hội nghị tỉnh (Sở Khoa học và Công nghệ chuẩn "
                          "bị nội dung)."))),
        Ev(on(27)("Phó Chủ tịch UBND tỉnh Vi Văn Hưng làm việc với Sở Nông nghiệp và Môi trường về phương án khắc "
                  "phục sạt lở bờ biển xã Cát Tiên", clock="14:30", chair_is=(PCT1,),
                  units=("Sở Nông nghiệp và Môi trường",), place="Phòng họp số 2, UBND tỉnh",
                  line=ln("14 giờ 30", "Phó Chủ tịch UBND tỉnh Vi Văn Hưng làm việc với Sở Nông nghiệp và Môi trường "
                          "về phương án khắc phục sạt lở bờ biển xã Cát Tiên; địa điểm: Phòng họp số 2, UBND tỉnh (Sở "
                          "Nông nghiệp và Môi trường chuẩn bị nội dung)."))),
        Day("THỨ SÁU (28/11/2025)", "2025-11-28"),
        Ev(on(28)("Chủ tịch UBND tỉnh chủ trì họp UBND tỉnh cho ý kiến các nội dung chuẩn bị tổng kết năm 2025",
                  clock="08:00", kind="meeting", chair_is=CT_IS, attendees="Thành viên UBND tỉnh",
                  attendees_has="Thành viên UBND tỉnh", place="Phòng họp số 1, UBND tỉnh",
                  line=ln("8 giờ 00", "Chủ tịch UBND tỉnh chủ trì họp UBND tỉnh cho ý kiến các nội dung chuẩn bị tổng "
                          "kết năm 2025; thành phần: Thành viên UBND tỉnh; địa điểm: Phòng họp số 1, UBND tỉnh. Nội "
                          "dung:"),
                  items=[I("Dự thảo Báo cáo tình hình kinh tế - xã hội năm 2025", "Sở Tài chính"),
                         I("Phương án giao biên chế công chức năm 2026", "Sở Nội vụ"),
                         I("Kế hoạch bảo đảm an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ 2026", "Công an tỉnh")])),
        Ev(on(28)("Chủ tịch, các Phó Chủ tịch UBND tỉnh dự Hội nghị trực tuyến của Chính phủ với các địa phương",
                  clock="14:00", status="tentative", kind="meeting", place="Điểm cầu UBND tỉnh", tail="(dự kiến)",
                  line=ln("14 giờ 00", "Chủ tịch, các Phó Chủ tịch UBND tỉnh dự Hội nghị trực tuyến của Chính phủ với "
                          "các địa phương (dự kiến); địa điểm: Điểm cầu UBND tỉnh."))),
        Day("THỨ BẢY (29/11/2025)", "2025-11-29"),
        Ev(on(29)("Phó Chủ tịch Thường trực UBND tỉnh dự Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư thôn "
                  "Đông Xá", clock="08:00", chair_is=PCTTT_IS, place="Nhà văn hóa thôn Đông Xá, xã Tân Hải",
                  line=ln("8 giờ 00", "Phó Chủ tịch Thường trực UBND tỉnh dự Ngày hội Đại đoàn kết toàn dân tộc tại "
                          "khu dân cư thôn Đông Xá; địa điểm: Nhà văn hóa thôn Đông Xá, xã Tân Hải."))),
        Day("CHỦ NHẬT (30/11/2025)", "2025-11-30"),
        Ev(on(30)("Chủ tịch UBND tỉnh dự Lễ khai mạc Giải chạy Marathon Vì hòa bình Hải Đông năm 2025",
                  clock="05:30", chair_is=CT_IS, place="Quảng trường Trung tâm tỉnh",
                  line=ln("5 giờ 30", "Chủ tịch UBND tỉnh dự Lễ khai mạc Giải chạy Marathon Vì hòa bình Hải Đông năm "
                          "2025; địa điểm: Quảng trường Trung tâm tỉnh."))),
        P("Lịch công tác có thể thay đổi; đề nghị các cơ quan theo dõi trên Cổng thông tin điện tử tỉnh. Các sở, "
          "ngành gửi tài liệu phục vụ cuộc họp ngày 28/11/2025 về Văn phòng UBND tỉnh trước 16 giờ ngày 26/11/2025."),
    ],
    footer=["Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh;", "- Lãnh đạo Văn phòng;", "- Các sở, ban, ngành;",
            "- Lưu: VT, TH.", "CHÁNH VĂN PHÒNG", "Mạc Đăng Khoa"],
)
