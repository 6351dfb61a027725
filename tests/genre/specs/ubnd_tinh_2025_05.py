"""A provincial UBND's monthly program (May 2025, before the reform): first the "Nội dung trình UBND tỉnh"
with "Cơ quan chủ trì: …" and "Thời gian trình: Tuần 2" / "trước ngày 15/5/2025" (submissions, not events),
then the meetings in the multi-line way ("Chủ trì:", "Thành phần:", "Địa điểm:", "(Giao … chuẩn bị nội
dung)"), agenda items "(cơ quan chủ trì: …; phối hợp: …)", a weekly briefing, a span, a tentative date."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCTTT, PCT = "Tạ Đình Phong", "Mạc Thị Thanh Xuân", "Hồ Văn Tâm"
VP = "Văn phòng UBND tỉnh"
DIRECTORY = {
    "units": [(VP, None, []), ("Sở Tài chính", None, []), ("Sở Nội vụ", None, []), ("Sở Tư pháp", None, []),
              ("Sở Dân tộc và Tôn giáo", None, []), ("Sở Nông nghiệp và Môi trường", None, []),
              ("Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL", []), ("Công an tỉnh", None, []),
              ("Công an thành phố Kiên Lâm", None, ["Công an thành phố"]), ("Bộ Chỉ huy Quân sự tỉnh", None, []),
              ("Ban Tiếp công dân tỉnh", None, []), ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
                                                     "Ban QLDA giao thông tỉnh", [])],
    "persons": [(CT, "Chủ tịch UBND tỉnh"), (PCTTT, "Phó Chủ tịch Thường trực UBND tỉnh"),
                (PCT, "Phó Chủ tịch UBND tỉnh")],
    "groups": [("Lãnh đạo UBND tỉnh", [CT, PCTTT, PCT]), ("Thành viên UBND tỉnh", [CT, PCTTT, PCT])],
}

DOC = Doc(
    key="ubnd-tinh-2025-05", office="UBND tỉnh Kiên Lâm, chương trình tháng", kind="monthly", year=2025, month=5,
    issued="2025-04-28",
    left=["ỦY BAN NHÂN DÂN", "TỈNH KIÊN LÂM", "Số: 77/CTr-UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Kiên Lâm, ngày 28 tháng 4 năm 2025"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC", "tháng 5 năm 2025 của Ủy ban nhân dân tỉnh"],
    numbering=["{R}.", "{n}.", "-"], style="fields", directory=DIRECTORY,
    blocks=[
        P("Căn cứ Chương trình công tác năm 2025 ban hành kèm theo Quyết định số 2150/QĐ-UBND ngày 27/12/2024 "
          "của UBND tỉnh và kết quả Phiên họp UBND tỉnh tháng 4 ngày 24/4/2025, UBND tỉnh ban hành Chương trình "
          "công tác tháng 5 năm 2025 như sau:"),
        H("CÁC NỘI DUNG TRÌNH UBND TỈNH, CHỦ TỊCH UBND TỈNH", 0),
        P("Đề án sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện của tỉnh Kiên Lâm. Cơ quan chủ trì: "
          "Sở Nội vụ. Thời gian trình: Tuần 1.", 1),
        P("Quyết định ban hành Quy định phân cấp quản lý tài sản công tại cơ quan, đơn vị thuộc phạm vi quản lý "
          "của tỉnh. Cơ quan chủ trì: Sở Tài chính; cơ quan phối hợp: Sở Tư pháp. Thời gian trình: trước ngày "
          "15/5/2025.", 1),
        P("Kế hoạch tổ chức các hoạt động kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025). "
          "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch. Thời gian trình: Tuần 1.", 1),
        P("Báo cáo tình hình thực hiện kế hoạch đầu tư công 5 tháng đầu năm 2025. Cơ quan chủ trì: Sở Tài chính. "
          "Thời gian trình: Tuần 3, chậm nhất ngày 23/5/2025.", 1),
        H("CÁC HỘI NGHỊ, CUỘC HỌP, HOẠT ĐỘNG", 0),
        Ev(E("Giao ban Chủ tịch, các Phó Chủ tịch UBND tỉnh", when="14 giờ 00, thứ Hai hằng tuần", weekly="MO",
             clock="14:00", kind="meeting", chair="Chủ tịch UBND tỉnh", chair_is=(CT, "Chủ tịch UBND tỉnh"),
             place="Phòng họp số 1, UBND tỉnh"), 1),
        Ev(E("Đoàn công tác của UBND tỉnh kiểm tra tiến độ các dự án giao thông trọng điểm",
             when="Từ ngày 12/5 đến ngày 14/5/2025", dates=("2025-05-12",), end="2025-05-14",
             chair="Phó Chủ tịch Thường trực UBND tỉnh", chair_is=(PCTTT, "Phó Chủ tịch Thường trực UBND tỉnh"),
             attendees="Lãnh đạo Sở Tài chính, Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
             attendees_has="Sở Tài chính",
             units=("Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",)), 1),
        Ev(E("Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 5 năm 2025", when="Ngày 15/5/2025 (thứ Năm)",
             dates=("2025-05-15",), kind="reception", chair_is=(CT, "Chủ tịch UBND tỉnh"),
             place="Trụ sở Tiếp công dân tỉnh", units=("Ban Tiếp công dân tỉnh",)), 1),
        Ev(E("Lễ dâng hoa, dâng hương kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh",
             when="Sáng ngày 19/5/2025 (thứ Hai)", dates=("2025-05-19",), slot="sáng",
             attendees="Lãnh đạo UBND tỉnh", attendees_has="Lãnh đạo UBND tỉnh",
             place="Khu tưởng niệm Chủ tịch Hồ Chí Minh tỉnh", units=("Sở Văn hóa, Thể thao và Du lịch",)), 1),
        Ev(E("Hội nghị trực tuyến sơ kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn 6 tháng đầu năm 2025",
             when="Dự kiến ngày 21/5/2025 (thứ Tư)", dates=("2025-05-21",), status="tentative", kind="meeting",
             chair="Phó Chủ tịch UBND tỉnh Hồ Văn Tâm", chair_is=(PCT,), place="Điểm cầu UBND tỉnh",
             units=("Sở Nông nghiệp và Môi trường",)), 1),
        Ev(E("Phiên họp UBND tỉnh thường kỳ tháng 5 năm 2025", when="8 giờ 00, ngày 27/5/2025 (thứ Ba)",
             dates=("2025-05-27",), clock="08:00", kind="meeting", chair="Chủ tịch UBND tỉnh",
             chair_is=(CT, "Chủ tịch UBND tỉnh"),
             attendees="Thành viên UBND tỉnh; mời Thường trực HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh",
             attendees_has="Thành viên UBND tỉnh", place="Phòng họp số 1, UBND tỉnh",
             items=[I("Báo cáo tình hình kinh tế - xã hội tháng 5, nhiệm vụ trọng tâm tháng 6 năm 2025",
                      "Sở Tài chính", phrase="(cơ quan chủ trì: Sở Tài chính)"),
                    I("Tờ trình dự thảo Nghị quyết quy định mức chi hỗ trợ người có uy tín trong đồng bào dân "
                      "tộc thiểu số", "Sở Dân tộc và Tôn giáo", ("Sở Tài chính",),
                      phrase="(cơ quan chủ trì: Sở Dân tộc và Tôn giáo; phối hợp: Sở Tài chính)"),
                    I("Phương án bảo đảm an ninh, trật tự trong quá trình sắp xếp đơn vị hành chính", "Công an tỉnh",
                      ("Bộ Chỉ huy Quân sự tỉnh",),
                      phrase="(cơ quan chủ trì: Công an tỉnh; phối hợp: Bộ Chỉ huy Quân sự tỉnh)")]), 1),
        Ev(E("Làm việc với Đoàn công tác của Bộ Nội vụ về tình hình sắp xếp tổ chức bộ máy",
             line="Làm việc với Đoàn công tác của Bộ Nội vụ về tình hình sắp xếp tổ chức bộ máy: thời gian theo "
                  "thông báo của Bộ Nội vụ.", day_cell="Theo thông báo của Bộ Nội vụ",
             units=("Sở Nội vụ",)), 1),
        H("TỔ CHỨC THỰC HIỆN", 0),
        P("Các sở, ban, ngành gửi hồ sơ nội dung trình về Văn phòng UBND tỉnh trước 05 ngày làm việc so với ngày "
          "họp; báo cáo kết quả thực hiện Chương trình này về Văn phòng UBND tỉnh trước ngày 28/5/2025 để tổng "
          "hợp. Trong tháng, các cơ quan, đơn vị nghỉ Lễ 30/4 và 01/5 theo quy định, bố trí trực bảo đảm công "
          "việc thông suốt."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, TH.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", CT],
)
