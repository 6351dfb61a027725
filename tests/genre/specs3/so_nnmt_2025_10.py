"""A provincial department's monthly program (Sở Nông nghiệp và Môi trường, October 2025, after the reform):
"Căn cứ …" with a plan's date and last month's results, tasks with deadlines ("trình UBND tỉnh trước ngày
15/10/2025"), then "LỊCH CÔNG TÁC CỤ THỂ" in inline lines ("Ngày 02/10/2025 (thứ Năm), 8 giờ 00: …"), a
weekly briefing "14 giờ 00, chiều thứ Hai hằng tuần", a weekly citizens' reception "Sáng thứ Năm hằng
tuần", the director's reception day (the 15th), spans ("Từ ngày 06/10 đến ngày 08/10/2025", "Từ ngày 14 đến ngày
15/10/2025"), a class on four named days ("Sáng các ngày 07, 14, 21 và 28/10/2025"), the .txt
hard-wrapped at 78 columns, a tentative drill, two undated items, a weekly report deadline that is no event."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

GD, PGD1, PGD2 = "Phan Đức Nghĩa", "Lê Thị Mỹ Hạnh", "Vũ Quang Thái"
DIRECTORY = {
    "units": [("Văn phòng Sở", None, []), ("Phòng Kế hoạch - Tài chính", None, []),
              ("Chi cục Trồng trọt và Bảo vệ thực vật", None, []), ("Chi cục Bảo vệ môi trường", None, []),
              ("Chi cục Thủy lợi", None, []), ("Chi cục Phát triển nông thôn", None, []),
              ("Văn phòng Điều phối nông thôn mới tỉnh", None, []),
              ("Phòng Quản lý đất đai", None, []), ("Văn phòng Đăng ký đất đai tỉnh", None, []),
              ("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp", "Ban QLDA nông nghiệp", []),
              ("Công đoàn cơ sở Sở Nông nghiệp và Môi trường", None, ["Công đoàn cơ sở Sở"]),
              ("Sở Tài chính", None, []), ("Bộ Chỉ huy Quân sự tỉnh", None, [])],
    "persons": [(GD, "Giám đốc Sở Nông nghiệp và Môi trường"), (PGD1, "Phó Giám đốc Sở"),
                (PGD2, "Phó Giám đốc Sở")],
    "groups": [("Ban Giám đốc Sở", [GD, PGD1, PGD2])],
}
GD_IS = (GD, "Giám đốc Sở", "Đồng chí Giám đốc Sở")


def on(d, when, **kw):
    return lambda title, **more: E(title, when=when, dates=(f"2025-10-{d:02d}",), **kw, **more)


DOC = Doc(
    key="so-nnmt-2025-10", office="Sở Nông nghiệp và Môi trường tỉnh Đông Lĩnh, chương trình tháng",
    kind="monthly", year=2025, month=10, issued="2025-09-29",
    left=["UBND TỈNH ĐÔNG LĨNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 1875/CTr-SNNMT"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Đông Lĩnh, ngày 29 tháng 9 năm 2025"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2025", "của Sở Nông nghiệp và Môi trường"],
    numbering=["{R}.", "{n}.", "{a})"], style="inline", directory=DIRECTORY, wrap=78,
    blocks=[
        P("Căn cứ Kế hoạch số 112/KH-UBND ngày 15/01/2025 của UBND tỉnh về thực hiện nhiệm vụ phát triển kinh tế "
          "- xã hội năm 2025; căn cứ kết quả thực hiện nhiệm vụ tháng 9 năm 2025 (giải ngân vốn đầu tư công đạt "
          "61,4% kế hoạch; ngày 18/9/2025 tổ chức Hội nghị sơ kết sản xuất vụ Hè Thu), Sở Nông nghiệp và Môi "
          "trường xây dựng Chương trình công tác tháng 10 năm 2025 như sau:"),
        H("NHIỆM VỤ TRỌNG TÂM", 0),
        P("Hoàn thiện hồ sơ điều chỉnh Bảng giá đất giai đoạn 2025 - 2029, trình UBND tỉnh trước ngày "
          "15/10/2025.", 1),
        P("Tổng hợp, báo cáo Bộ Nông nghiệp và Môi trường kết quả thực hiện Chương trình mục tiêu quốc gia xây "
          "dựng nông thôn mới 9 tháng năm 2025, hoàn thành chậm nhất ngày 10/10/2025.", 1),
        P("Chỉ đạo thu hoạch lúa Mùa, triển khai sản xuất vụ Đông; chủ động phương án phòng, chống bão, lũ cuối "
          "năm theo Công điện số 07/CĐ-UBND ngày 22/9/2025 của Chủ tịch UBND tỉnh.", 1),
        H("LỊCH CÔNG TÁC CỤ THỂ", 0),
        Ev(E("Giao ban Ban Giám đốc Sở", when="14 giờ 00, chiều thứ Hai hằng tuần", weekly="MO", clock="14:00",
             kind="meeting", chair="Giám đốc Sở", chair_is=GD_IS,
             attendees="Ban Giám đốc Sở; Chánh Văn phòng Sở", attendees_has="Ban Giám đốc Sở",
             place="Phòng họp tầng 3, trụ sở Sở"), 1),
        Ev(E("Lãnh đạo Sở tiếp công dân thường xuyên theo lịch phân công", when="Sáng thứ Năm hằng tuần",
             weekly="TH", slot="sáng", kind="reception", place="Phòng Tiếp công dân của Sở"), 1),
        Ev(on(2, "Ngày 02/10/2025 (thứ Năm), 8 giờ 00", clock="08:00")(
            "Hội nghị triển khai kế hoạch sản xuất vụ Đông năm 2025", kind="meeting", chair="Giám đốc Sở",
            chair_is=GD_IS, attendees="Lãnh đạo Phòng Kinh tế các xã, phường", attendees_has="Phòng Kinh tế",
            place="Hội trường Sở", units=("Chi cục Trồng trọt và Bảo vệ thực vật",)), 1),
        Ev(on(3, "Ngày 03/10/2025 (thứ Sáu), 14 giờ 00", clock="14:00")(
            "Làm việc với Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh về quản lý, sử dụng đất công",
            chair="Giám đốc Sở", chair_is=GD_IS, place="Phòng họp tầng 3, trụ sở Sở",
            units=("Phòng Quản lý đất đai", "Văn phòng Đăng ký đất đai tỉnh")), 1),
        Ev(E("Lớp bồi dưỡng kỹ năng ứng dụng trí tuệ nhân tạo cho công chức, viên chức của Sở",
             when="Sáng các ngày 07, 14, 21 và 28/10/2025 (thứ Ba)",
             dates=("2025-10-07", "2025-10-14", "2025-10-21", "2025-10-28"), slot="sáng",
             place="Phòng họp trực tuyến của Sở", units=("Văn phòng Sở",)), 1),
        Ev(E("Đoàn kiểm tra của Sở kiểm tra công tác thu gom, xử lý chất thải rắn sinh hoạt tại các xã, phường",
             when="Từ ngày 06/10 đến ngày 08/10/2025", dates=("2025-10-06",), end="2025-10-08",
             chair="Phó Giám đốc Sở Vũ Quang Thái", chair_is=(PGD2,),
             units=("Chi cục Bảo vệ môi trường",)), 1),
        Ev(on(7, "Chiều ngày 07/10/2025 (thứ Ba)", slot="chiều")(
            "Họp Tổ công tác thẩm định phương án giá đất cụ thể các dự án tái định cư", kind="meeting",
            chair="Phó Giám đốc Sở Lê Thị Mỹ Hạnh", chair_is=(PGD1,), place="Phòng họp tầng 2, trụ sở Sở",
            units=("Phòng Quản lý đất đai",)), 1),
        Ev(on(9, "Ngày 09/10/2025 (thứ Năm), 8 giờ 30", clock="08:30")(
            "Phó Giám đốc Sở Vũ Quang Thái kiểm tra tiến độ thi công Hồ chứa nước Khe Lim", chair_is=(PGD2,),
            attendees="Ban QLDA nông nghiệp; Chi cục Thủy lợi", attendees_has="Chi cục Thủy lợi",
            place="Xã Lâm Hợp"), 1),
        Ev(E("Lớp tập huấn nghiệp vụ đăng ký đất đai, cấp Giấy chứng nhận cho công chức địa chính cấp xã",
             when="Từ ngày 14 đến ngày 15/10/2025", dates=("2025-10-14",), end="2025-10-15",
             place="Hội trường Văn phòng Đăng ký đất đai tỉnh", units=("Văn phòng Đăng ký đất đai tỉnh",)), 1),
        Ev(on(15, "Ngày 15/10/2025 (thứ Tư)")(
            "Giám đốc Sở tiếp công dân định kỳ tháng 10 năm 2025", kind="reception", chair_is=GD_IS,
            place="Phòng Tiếp công dân của Sở", units=("Văn phòng Sở",)), 1),
        Ev(on(16, "Sáng ngày 16/10/2025 (thứ Năm)", slot="sáng")(
            "Giám đốc Sở làm việc với UBND xã Tân Phú về xây dựng xã nông thôn mới nâng cao", chair_is=GD_IS,
            place="UBND xã Tân Phú", units=("Văn phòng Điều phối nông thôn mới tỉnh",)), 1),
        Ev(on(17, "8 giờ 00, ngày 17/10/2025 (thứ Sáu)", clock="08:00")(
            "Dự Hội nghị trực tuyến của Bộ Nông nghiệp và Môi trường triển khai Luật Địa chất và khoáng sản",
            attendees="Phó Giám đốc Sở Vũ Quang Thái; lãnh đạo Phòng Quản lý đất đai",
            attendees_has="Phòng Quản lý đất đai", place="Điểm cầu Sở Nông nghiệp và Môi trường"), 1),
        Ev(E("Đoàn kiểm tra liên ngành kiểm tra an toàn thực phẩm nông, lâm, thủy sản tại các chợ đầu mối",
             when="Từ ngày 20 đến ngày 24/10/2025", dates=("2025-10-20",), end="2025-10-24",
             chair="Phó Giám đốc Sở Lê Thị Mỹ Hạnh", chair_is=(PGD1,),
             units=("Chi cục Trồng trọt và Bảo vệ thực vật",)), 1),
        Ev(on(20, "Ngày 20/10/2025 (thứ Hai), 15 giờ 00", clock="15:00")(
            "Gặp mặt kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2025)",
            attendees="Nữ cán bộ, công chức, viên chức, người lao động của Sở", attendees_has="Nữ cán bộ",
            place="Hội trường Sở", units=("Công đoàn cơ sở Sở Nông nghiệp và Môi trường",)), 1),
        Ev(on(21, "Dự kiến ngày 21/10/2025 (thứ Ba)", status="tentative")(
            "Diễn tập ứng phó sự cố sạt lở đê sông Lam Thủy năm 2025", chair="Giám đốc Sở", chair_is=GD_IS,
            place="Đê hữu sông Lam Thủy, xã Hòa Lạc", units=("Chi cục Thủy lợi", "Bộ Chỉ huy Quân sự tỉnh")), 1),
        Ev(on(23, "8 giờ 00, ngày 23/10/2025 (thứ Năm)", clock="08:00")(
            "Hội nghị Ban Chỉ huy phòng thủ dân sự tỉnh đánh giá công tác phòng, chống thiên tai 9 tháng năm 2025",
            kind="meeting", chair="Phó Chủ tịch UBND tỉnh Đàm Văn Khởi",
            chair_is=("Đàm Văn Khởi", "Phó Chủ tịch UBND tỉnh Đàm Văn Khởi"),
            attendees="Thành viên Ban Chỉ huy phòng thủ dân sự tỉnh", attendees_has="Ban Chỉ huy phòng thủ",
            place="Phòng họp số 1, UBND tỉnh", units=("Chi cục Thủy lợi",)), 1),
        Ev(on(24, "14 giờ 00, ngày 24/10/2025 (thứ Sáu)", clock="14:00")(
            "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh họp xét sản phẩm đợt 2 năm 2025",
            kind="meeting", chair="Phó Giám đốc Sở Lê Thị Mỹ Hạnh", chair_is=(PGD1,),
            place="Phòng họp tầng 3, trụ sở Sở", units=("Chi cục Phát triển nông thôn",)), 1),
        Ev(on(27, "9 giờ 00, ngày 27/10/2025 (thứ Hai)", clock="09:00")(
            "Giám đốc Sở làm việc với Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp về tiến độ giải "
            "ngân vốn năm 2025", chair_is=GD_IS, place="Phòng họp tầng 3, trụ sở Sở",
            units=("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp", "Phòng Kế hoạch - Tài chính")), 1),
        Ev(on(28, "8 giờ 00, ngày 28/10/2025 (thứ Ba)", clock="08:00")(
            "Hội nghị giao ban Sở tháng 10 năm 2025", kind="meeting", chair="Giám đốc Sở", chair_is=GD_IS,
            attendees="Ban Giám đốc Sở; Trưởng các phòng, đơn vị thuộc Sở", attendees_has="Trưởng các phòng",
            place="Hội trường Sở",
            items=[I("Báo cáo kết quả thực hiện nhiệm vụ tháng 10, phương hướng tháng 11 năm 2025", "Văn phòng Sở"),
                   I("Tiến độ giải ngân vốn đầu tư công năm 2025 của các dự án do Sở làm chủ đầu tư",
                     "Phòng Kế hoạch - Tài chính", ("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp",)),
                   I("Dự thảo Kế hoạch bảo đảm nước tưới vụ Đông Xuân 2025 - 2026", "Chi cục Thủy lợi")]), 1),
        Ev(on(31, "Chiều ngày 31/10/2025 (thứ Sáu)", slot="chiều")(
            "Hội nghị sơ kết công tác quản lý nhà nước về tài nguyên khoáng sản 9 tháng năm 2025",
            kind="meeting", chair="Phó Giám đốc Sở Vũ Quang Thái", chair_is=(PGD2,), place="Hội trường Sở",
            units=("Phòng Quản lý đất đai", "Sở Tài chính")), 1),
        Ev(E("Làm việc với Đoàn kiểm tra của Bộ Nông nghiệp và Môi trường về công tác quản lý tài nguyên nước",
             line="Làm việc với Đoàn kiểm tra của Bộ Nông nghiệp và Môi trường về công tác quản lý tài nguyên nước: "
                  "thời gian theo thông báo của Bộ.", day_cell="Theo thông báo của Bộ",
             units=("Chi cục Thủy lợi",)), 1),
        Ev(E("Hội nghị đối thoại với doanh nghiệp, hợp tác xã ngành nông nghiệp năm 2025",
             line="Hội nghị đối thoại với doanh nghiệp, hợp tác xã ngành nông nghiệp năm 2025 (Chi cục Phát triển "
                  "nông thôn chuẩn bị): thời gian thông báo sau.",
             units=("Chi cục Phát triển nông thôn",)), 1),
        H("TỔ CHỨC THỰC HIỆN", 0),
        P("Các phòng, đơn vị gửi báo cáo tuần về Văn phòng Sở trước 16 giờ 00 thứ Năm hằng tuần; báo cáo tháng "
          "trước ngày 25/10/2025 để tổng hợp. Nội dung phát sinh, Văn phòng Sở báo cáo Giám đốc Sở điều chỉnh "
          "Chương trình cho phù hợp."),
    ],
    footer=["Nơi nhận:", "- UBND tỉnh (b/c);", "- Ban Giám đốc Sở;", "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP.", "GIÁM ĐỐC", GD],
)
