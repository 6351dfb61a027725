"""A province's leaders' weekly schedule written per leader, second revision (November 2025): "(Điều chỉnh lần
2)" under the title and the replaced version's date in a note, a numbered heading per leader ("1. Chủ tịch
UBND tỉnh Nguyễn Quang Vinh:") and under it "- Sáng thứ Hai (17/11), 7 giờ 30: …" lines, so the chair is the
heading's leader; a span over two days, an item postponed ("(hoãn)"), one postponed "thời gian thông báo
sau", one moved to another day and hour ("lùi sang 14 giờ 00, thứ Tư (19/11)"), one moved within the day,
an added item ("(bổ sung)"), a tentative one, an evening programme, an anniversary whose title carries other
dates, and "Sáng thứ Sáu (21/11): Làm việc tại cơ quan." (no event)."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT1, PCT2 = "Nguyễn Quang Vinh", "Đỗ Thị Ngọc Ánh", "Vi Văn Sáng"
DIRECTORY = {
    "units": [("Văn phòng UBND tỉnh", None, []), ("Sở Tài chính", None, []), ("Sở Y tế", None, []),
              ("Sở Nông nghiệp và Môi trường", None, []), ("Sở Giáo dục và Đào tạo", None, []),
              ("Sở Khoa học và Công nghệ", None, []), ("Sở Xây dựng", None, []),
              ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", None, []),
              ("Ban Tiếp công dân tỉnh", None, []), ("Công an tỉnh", None, []),
              ("Ủy ban MTTQ Việt Nam tỉnh", None, [])],
    "persons": [(CT, "Chủ tịch UBND tỉnh"), (PCT1, "Phó Chủ tịch Thường trực UBND tỉnh"),
                (PCT2, "Phó Chủ tịch UBND tỉnh")],
    "groups": [("Lãnh đạo UBND tỉnh", [CT, PCT1, PCT2]), ("Thành viên UBND tỉnh", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch UBND tỉnh", f"Chủ tịch UBND tỉnh {CT}")
PCT1_IS = (PCT1, f"Phó Chủ tịch Thường trực UBND tỉnh {PCT1}")
PCT2_IS = (PCT2, f"Phó Chủ tịch UBND tỉnh {PCT2}")


def ev(d, line, title, **kw):
    return Ev(E(title, dates=(f"2025-11-{d}",), line=line, **kw), 1)


DOC = Doc(
    key="ubnd-tinh-lanh-dao-tuan-2025-11", office="UBND tỉnh Đông Lĩnh, lịch tuần của lãnh đạo viết theo từng người",
    kind="weekly", year=2025, month=11, issued="2025-11-18",
    left=["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG LĨNH"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Đông Lĩnh, ngày 18 tháng 11 năm 2025"],
    title=["LỊCH CÔNG TÁC TUẦN 47 CỦA LÃNH ĐẠO UBND TỈNH", "(Từ ngày 17/11/2025 đến ngày 23/11/2025)",
           "(Điều chỉnh lần 2)"],
    numbering=["{n}.", "-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Lịch này thay thế Lịch công tác tuần 47 (điều chỉnh lần 1) phát hành ngày 17/11/2025; các nội dung "
          "điều chỉnh được ghi trong ngoặc đơn tại từng mục."),
        H(f"Chủ tịch UBND tỉnh {CT}:", 0),
        ev(17, "Sáng thứ Hai (17/11), 7 giờ 30: Chủ trì họp giao ban lãnh đạo UBND tỉnh đầu tuần. Thành phần: các "
               "Phó Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh. Địa điểm: Phòng họp số 2, UBND tỉnh.",
           "Chủ trì họp giao ban lãnh đạo UBND tỉnh đầu tuần", clock="07:30", kind="meeting",
           chair=f"Chủ tịch UBND tỉnh {CT}", chair_is=CT_IS, attendees="các Phó Chủ tịch UBND tỉnh, Chánh Văn "
           "phòng UBND tỉnh", attendees_has="Chánh Văn phòng UBND tỉnh", place="Phòng họp số 2, UBND tỉnh"),
        ev(17, "Chiều thứ Hai (17/11), 14 giờ 00: Làm việc với Sở Tài chính về dự toán thu, chi ngân sách địa "
               "phương năm 2026 (Sở Tài chính chuẩn bị). Địa điểm: Phòng họp số 1, UBND tỉnh.",
           "Làm việc với Sở Tài chính về dự toán thu, chi ngân sách địa phương năm 2026", clock="14:00",
           chair=f"Chủ tịch UBND tỉnh {CT}", chair_is=CT_IS, units=("Sở Tài chính",),
           place="Phòng họp số 1, UBND tỉnh"),
        ev(18, "Sáng thứ Ba (18/11): Dự Lễ kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025) và tuyên "
               "dương nhà giáo tiêu biểu năm 2025 (Sở Giáo dục và Đào tạo chuẩn bị). Địa điểm: Nhà hát tỉnh.",
           "Dự Lễ kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025) và tuyên dương nhà giáo tiêu "
           "biểu năm 2025", slot="sáng", chair=f"Chủ tịch UBND tỉnh {CT}", chair_is=CT_IS,
           units=("Sở Giáo dục và Đào tạo",), place="Nhà hát tỉnh"),
        ev(19, "Thứ Tư (19/11), 8 giờ 00: Chủ trì Hội nghị thẩm định Đề án phát triển vùng nguyên liệu quế tỉnh "
               "Đông Lĩnh (hoãn).",
           "Chủ trì Hội nghị thẩm định Đề án phát triển vùng nguyên liệu quế tỉnh Đông Lĩnh", clock="08:00",
           status="cancelled", kind="meeting", chair=f"Chủ tịch UBND tỉnh {CT}", chair_is=CT_IS, tail="(hoãn)"),
        ev(20, "Sáng thứ Năm (20/11): Tiếp công dân định kỳ tháng 11 năm 2025 (Ban Tiếp công dân tỉnh chuẩn bị). "
               "Địa điểm: Trụ sở Tiếp công dân tỉnh.",
           "Tiếp công dân định kỳ tháng 11 năm 2025", slot="sáng", kind="reception",
           chair=f"Chủ tịch UBND tỉnh {CT}", chair_is=CT_IS, units=("Ban Tiếp công dân tỉnh",),
           place="Trụ sở Tiếp công dân tỉnh"),
        ev(20, "Tối thứ Năm (20/11), 19 giờ 30: Dự Chương trình nghệ thuật \"Tri ân thầy cô\". Địa điểm: Quảng "
               "trường Trung tâm tỉnh.",
           "Dự Chương trình nghệ thuật \"Tri ân thầy cô\"", clock="19:30", chair=f"Chủ tịch UBND tỉnh {CT}",
           chair_is=CT_IS, place="Quảng trường Trung tâm tỉnh"),
        ev(21, "Thứ Sáu (21/11), 14 giờ 00 (buổi sáng lùi sang 14 giờ 00 cùng ngày): Chủ trì Phiên họp UBND tỉnh "
               "thường kỳ tháng 11 năm 2025. Thành phần: Thành viên UBND tỉnh; mời Thường trực HĐND tỉnh. Địa điểm: "
               "Hội trường UBND tỉnh. Nội dung:",
           "Chủ trì Phiên họp UBND tỉnh thường kỳ tháng 11 năm 2025", clock="14:00", kind="meeting",
           chair=f"Chủ tịch UBND tỉnh {CT}", chair_is=CT_IS, attendees="Thành viên UBND tỉnh; mời Thường trực "
           "HĐND tỉnh", attendees_has="Thành viên UBND tỉnh", place="Hội trường UBND tỉnh",
           items=[I("Tình hình kinh tế - xã hội tháng 11, nhiệm vụ trọng tâm tháng 12 năm 2025",
                    "Văn phòng UBND tỉnh"),
                  I("Dự thảo Nghị quyết quy định mức chi hỗ trợ cán bộ y tế thôn, bản", "Sở Y tế", ("Sở Tài chính",)),
                  I("Kế hoạch bảo đảm an ninh trật tự dịp cuối năm và Tết Nguyên đán Bính Ngọ 2026", "Công an tỉnh")]),
        H(f"Phó Chủ tịch Thường trực UBND tỉnh {PCT1}:", 0),
        ev(17, "Chiều thứ Hai (17/11), 14 giờ 00: Kiểm tra tiến độ giải ngân vốn đầu tư công các dự án giao thông "
               "trọng điểm (Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh chuẩn bị).",
           "Kiểm tra tiến độ giải ngân vốn đầu tư công các dự án giao thông trọng điểm", clock="14:00",
           chair=f"Phó Chủ tịch Thường trực UBND tỉnh {PCT1}", chair_is=PCT1_IS,
           units=("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",)),
        Ev(E("Đi công tác tại Thành phố Hồ Chí Minh, làm việc với các nhà đầu tư về dự án khu công nghiệp Bắc Lĩnh",
             dates=("2025-11-18",), end="2025-11-19", chair=f"Phó Chủ tịch Thường trực UBND tỉnh {PCT1}",
             chair_is=PCT1_IS, day_cell="Từ 18/11\nđến 19/11/2025",
             line="Từ thứ Ba (18/11) đến hết thứ Tư (19/11): Đi công tác tại Thành phố Hồ Chí Minh, làm việc với "
                  "các nhà đầu tư về dự án khu công nghiệp Bắc Lĩnh."), 1),
        ev(20, "Sáng thứ Năm (20/11), 8 giờ 00: Chủ trì Hội nghị trực tuyến triển khai nền tảng số dùng chung của "
               "tỉnh đến cấp xã (Sở Khoa học và Công nghệ chuẩn bị). Địa điểm: Phòng họp trực tuyến UBND tỉnh "
               "(bổ sung).",
           "Chủ trì Hội nghị trực tuyến triển khai nền tảng số dùng chung của tỉnh đến cấp xã", clock="08:00",
           kind="meeting", chair=f"Phó Chủ tịch Thường trực UBND tỉnh {PCT1}", chair_is=PCT1_IS,
           units=("Sở Khoa học và Công nghệ",), place="Phòng họp trực tuyến UBND tỉnh", tail="(bổ sung)"),
        ev(20, "Chiều thứ Năm (20/11), 15 giờ 00: Làm việc với Sở Y tế về tự chủ tài chính của các bệnh viện tuyến "
               "tỉnh (hoãn, thời gian thông báo sau).",
           "Làm việc với Sở Y tế về tự chủ tài chính của các bệnh viện tuyến tỉnh", clock="15:00",
           status="cancelled", chair=f"Phó Chủ tịch Thường trực UBND tỉnh {PCT1}", chair_is=PCT1_IS,
           tail="(hoãn, thời gian thông báo sau)"),
        ev(22, "Thứ Bảy (22/11), 7 giờ 30: Dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Bản Phố, xã Nà Lừu (Ủy "
               "ban MTTQ Việt Nam tỉnh chuẩn bị).",
           "Dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Bản Phố, xã Nà Lừu", clock="07:30",
           chair=f"Phó Chủ tịch Thường trực UBND tỉnh {PCT1}", chair_is=PCT1_IS,
           units=("Ủy ban MTTQ Việt Nam tỉnh",)),
        H(f"Phó Chủ tịch UBND tỉnh {PCT2}:", 0),
        ev(17, "Sáng thứ Hai (17/11), 9 giờ 00: Kiểm tra công tác phòng, chống bệnh dịch tả lợn châu Phi tại xã Khe "
               "Mạ (Sở Nông nghiệp và Môi trường chuẩn bị).",
           "Kiểm tra công tác phòng, chống bệnh dịch tả lợn châu Phi tại xã Khe Mạ", clock="09:00",
           chair=f"Phó Chủ tịch UBND tỉnh {PCT2}", chair_is=PCT2_IS, units=("Sở Nông nghiệp và Môi trường",)),
        Ev(E("Làm việc với UBND xã Pác Nặm về bố trí, sắp xếp dân cư vùng có nguy cơ sạt lở", dates=("2025-11-19",),
             clock="14:00", chair=f"Phó Chủ tịch UBND tỉnh {PCT2}", chair_is=PCT2_IS,
             units=("Sở Nông nghiệp và Môi trường",), day_cell="Thứ Ba\n18/11/2025", slot_cell="Sáng\n9 giờ 00",
             tail="(lùi sang 14 giờ 00, thứ Tư (19/11))",
             line="Sáng thứ Ba (18/11), 9 giờ 00: Làm việc với UBND xã Pác Nặm về bố trí, sắp xếp dân cư vùng có "
                  "nguy cơ sạt lở (Sở Nông nghiệp và Môi trường chuẩn bị) - lùi sang 14 giờ 00, thứ Tư (19/11)."), 1),
        ev(19, "Sáng thứ Tư (19/11) (dự kiến): Đón và làm việc với Đoàn công tác của Bộ Nông nghiệp và Môi trường về "
               "công tác khắc phục hậu quả mưa lũ. Địa điểm: Phòng họp số 1, UBND tỉnh.",
           "Đón và làm việc với Đoàn công tác của Bộ Nông nghiệp và Môi trường về công tác khắc phục hậu quả mưa lũ",
           slot="sáng", status="tentative", tail="(dự kiến)", chair=f"Phó Chủ tịch UBND tỉnh {PCT2}", chair_is=PCT2_IS,
           place="Phòng họp số 1, UBND tỉnh"),
        ev(20, "Chiều thứ Năm (20/11), 14 giờ 00: Chủ trì họp Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh "
               "(Sở Xây dựng, Sở Nông nghiệp và Môi trường chuẩn bị). Địa điểm: Phòng họp số 2, UBND tỉnh.",
           "Chủ trì họp Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh", clock="14:00", kind="meeting",
           chair=f"Phó Chủ tịch UBND tỉnh {PCT2}", chair_is=PCT2_IS,
           units=("Sở Xây dựng", "Sở Nông nghiệp và Môi trường"), place="Phòng họp số 2, UBND tỉnh"),
        P("Sáng thứ Sáu (21/11): Làm việc tại cơ quan.", 1),
        P("Lịch công tác được đăng tải trên Cổng thông tin điện tử tỉnh; mọi thay đổi, Văn phòng UBND tỉnh thông "
          "báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- Lãnh đạo UBND tỉnh;", "- Các sở, ban, ngành;",
            "- Lưu: VT, TH.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Hà Thị Minh Nguyệt"],
)
