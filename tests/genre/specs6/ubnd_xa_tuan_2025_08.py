"""A two-tier commune's weekly schedule issued by its Văn phòng HĐND và UBND (August 2025, the week before
National Day) copied out of a table: a header row "Thời gian | Nội dung | Chủ trì | Thành phần | Địa điểm",
then one line a row with the cells joined by " | "; the weekday and the date on separate lines ("THỨ HAI" /
"Ngày 18/8/2025"), slot lines "Sáng" / "Chiều", hours "7h30", "8h", "14g00", a "Cả tuần (từ ngày 18 đến
22/8)" row, the People's Council's thematic session with its papers, a citizens' reception, a meeting "(Tạm
hoãn)", a provincial conference attended "(theo Giấy mời)", attendees "(dự kiến)", a Saturday clean-up and a
Sunday evening show whose title carries the August Revolution's dates (19/8); traps: the plan's date at the
top, "- Chiều: … làm việc tại cơ quan.", National Day in titles, a deadline after the week."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P, Slot as S

CTHD, CT, PCT1, PCT2 = "Sầm Thị Thu", "Lương Đình Khôi", "Ma Thị Huyền", "Chu Văn Bắc"
VP = "Văn phòng HĐND và UBND xã"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng HĐND&UBND xã"]), ("Phòng Kinh tế", None, []),
              ("Phòng Văn hóa - Xã hội", None, []), ("Trung tâm Phục vụ hành chính công xã", None, []),
              ("Công an xã Nậm Khoan", None, ["Công an xã"]), ("Công an tỉnh", None, []),
              ("Ban Chỉ huy Quân sự xã", None, []), ("Trạm Y tế xã", None, []),
              ("Đoàn Thanh niên xã", None, []), ("Ban Kinh tế - Ngân sách HĐND xã", None, [])],
    "persons": [(CTHD, "Chủ tịch HĐND xã"), (CT, "Chủ tịch UBND xã"), (PCT1, "Phó Chủ tịch UBND xã"),
                (PCT2, "Phó Chủ tịch UBND xã")],
    "groups": [("Lãnh đạo UBND xã", [CT, PCT1, PCT2]), ("Thường trực HĐND xã", [CTHD])],
}
CT_IS = (CT, "Chủ tịch UBND xã")
CTHD_IS = (CTHD, "Chủ tịch HĐND xã")
P1_IS = (PCT1, f"PCT. {PCT1}", f"Phó Chủ tịch UBND xã {PCT1}")
P2_IS = (PCT2, f"PCT. {PCT2}", f"Phó Chủ tịch UBND xã {PCT2}")


def row(d, line, title, **kw):
    """One table row copied as text: "8h00 | Nội dung | Chủ trì | Thành phần | Địa điểm"."""
    return Ev(E(title, dates=(f"2025-08-{d:02d}",), line=line, **kw))


DOC = Doc(
    key="ubnd-xa-tuan-2025-08", office="Văn phòng HĐND và UBND xã Nậm Khoan (tỉnh Lạng Hà), lịch tuần chép từ bảng",
    kind="weekly", year=2025, month=8, issued="2025-08-15",
    left=["UBND XÃ NẬM KHOAN", "VĂN PHÒNG HĐND VÀ UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Nậm Khoan, ngày 15 tháng 8 năm 2025"],
    title=["LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO HĐND, UBND XÃ", "Tuần 34 (từ ngày 18/8/2025 đến ngày 24/8/2025)"],
    numbering=["-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Thực hiện Kế hoạch số 145/KH-UBND ngày 11/8/2025 của UBND xã về tổ chức các hoạt động kỷ niệm 80 năm "
          "Cách mạng tháng Tám và Quốc khánh 2/9, Văn phòng HĐND và UBND xã thông báo lịch công tác tuần như sau:"),
        P("Thời gian | Nội dung | Chủ trì | Thành phần | Địa điểm"),
        Ev(E("Tổ công tác của UBND xã kiểm tra, hướng dẫn tiêm phòng vắc xin cho đàn trâu, bò tại các thôn",
             dates=("2025-08-18",), end="2025-08-22", chair=f"PCT. {PCT2}", chair_is=P2_IS,
             attendees="Phòng Kinh tế, Trưởng các thôn", attendees_has="Phòng Kinh tế",
             place="Các thôn trên địa bàn xã",
             line=f"Cả tuần (từ ngày 18 đến 22/8) | Tổ công tác của UBND xã kiểm tra, hướng dẫn tiêm phòng vắc xin "
                  f"cho đàn trâu, bò tại các thôn | PCT. {PCT2} | Phòng Kinh tế, Trưởng các thôn | Các thôn trên "
                  f"địa bàn xã")),
        Day("THỨ HAI\nNgày 18/8/2025", "2025-08-18"),
        S("Sáng"),
        row(18, f"7h30 | Họp giao ban Lãnh đạo HĐND, UBND xã đầu tuần | Chủ tịch UBND xã | Chủ tịch HĐND xã; các Phó "
                f"Chủ tịch UBND xã; Chánh Văn phòng HĐND và UBND xã | Phòng họp tầng 2, UBND xã",
            "Họp giao ban Lãnh đạo HĐND, UBND xã đầu tuần", clock="07:30", kind="meeting", chair="Chủ tịch UBND xã",
            chair_is=CT_IS, attendees="Chủ tịch HĐND xã; các Phó Chủ tịch UBND xã; Chánh Văn phòng HĐND và UBND xã",
            attendees_has="Chánh Văn phòng HĐND và UBND xã", place="Phòng họp tầng 2, UBND xã"),
        row(18, f"9h00 | Làm việc với Trung tâm Phục vụ hành chính công xã về hồ sơ đất đai tồn đọng sau sắp xếp "
                f"(Trung tâm Phục vụ hành chính công xã chuẩn bị báo cáo) | PCT. {PCT1} | Công chức Địa chính - Xây "
                f"dựng | Trung tâm Phục vụ hành chính công xã",
            "Làm việc với Trung tâm Phục vụ hành chính công xã về hồ sơ đất đai tồn đọng sau sắp xếp", clock="09:00",
            chair=f"PCT. {PCT1}", chair_is=P1_IS, attendees="Công chức Địa chính - Xây dựng",
            place="Trung tâm Phục vụ hành chính công xã", units=("Trung tâm Phục vụ hành chính công xã",)),
        S("Chiều"),
        row(18, "14h | Tiếp công dân định kỳ | Chủ tịch UBND xã | Công chức Tư pháp - Hộ tịch; Công an xã | Phòng "
                "Tiếp công dân xã",
            "Tiếp công dân định kỳ", clock="14:00", kind="reception", chair="Chủ tịch UBND xã", chair_is=CT_IS,
            attendees="Công chức Tư pháp - Hộ tịch; Công an xã", attendees_has="Công chức Tư pháp - Hộ tịch",
            place="Phòng Tiếp công dân xã"),
        L("Chiều", ["Thường trực HĐND xã làm việc tại cơ quan."], who_is_slot=True),
        Day("THỨ BA\nNgày 19/8/2025", "2025-08-19"),
        S("Sáng"),
        row(19, f"8h00 | Kỳ họp thứ hai (chuyên đề) HĐND xã khóa I | Chủ tịch HĐND xã | Đại biểu HĐND xã; mời lãnh "
                f"đạo UBND xã, Ủy ban MTTQ Việt Nam xã | Hội trường UBND xã",
            "Kỳ họp thứ hai (chuyên đề) HĐND xã khóa I", clock="08:00", chair="Chủ tịch HĐND xã",
            chair_is=CTHD_IS, attendees="Đại biểu HĐND xã; mời lãnh đạo UBND xã, Ủy ban MTTQ Việt Nam xã",
            attendees_has="Đại biểu HĐND xã", place="Hội trường UBND xã",
            items=[I("Tờ trình điều chỉnh kế hoạch đầu tư công năm 2025", "Phòng Kinh tế"),
                   I("Tờ trình đặt tên thôn mới sau sắp xếp", "Phòng Văn hóa - Xã hội"),
                   I("Báo cáo thẩm tra các tờ trình trình kỳ họp", "Ban Kinh tế - Ngân sách HĐND xã")]),
        S("Chiều"),
        row(19, f"14g00 | Họp Ban Chỉ huy phòng thủ dân sự xã triển khai phương án ứng phó mưa lũ | PCT. {PCT2} | "
                f"Thành viên Ban Chỉ huy; Trưởng các thôn | Phòng họp tầng 2, UBND xã",
            "Họp Ban Chỉ huy phòng thủ dân sự xã triển khai phương án ứng phó mưa lũ", clock="14:00",
            kind="meeting", chair=f"PCT. {PCT2}", chair_is=P2_IS, attendees="Thành viên Ban Chỉ huy; Trưởng các thôn",
            attendees_has="Thành viên Ban Chỉ huy", place="Phòng họp tầng 2, UBND xã"),
        Day("THỨ TƯ\nNgày 20/8/2025", "2025-08-20"),
        S("Sáng"),
        row(20, "7h30 | Dự Hội nghị trực tuyến của UBND tỉnh về đẩy nhanh giải ngân vốn đầu tư công năm 2025 (theo "
                "Giấy mời) |  | Chủ tịch UBND xã, Phòng Kinh tế | Điểm cầu UBND xã",
            "Dự Hội nghị trực tuyến của UBND tỉnh về đẩy nhanh giải ngân vốn đầu tư công năm 2025", clock="07:30",
            attendees="Chủ tịch UBND xã, Phòng Kinh tế", attendees_has="Phòng Kinh tế", place="Điểm cầu UBND xã",
            tail="(theo Giấy mời)"),
        row(20, f"8h00 | Thường trực HĐND xã giám sát việc giải quyết kiến nghị cử tri trước Kỳ họp thứ hai | Chủ "
                f"tịch HĐND xã | Ban Kinh tế - Ngân sách HĐND xã | Trụ sở UBND xã",
            "Thường trực HĐND xã giám sát việc giải quyết kiến nghị cử tri trước Kỳ họp thứ hai", clock="08:00",
            chair="Chủ tịch HĐND xã", chair_is=CTHD_IS, attendees="Ban Kinh tế - Ngân sách HĐND xã",
            attendees_has="Ban Kinh tế - Ngân sách HĐND xã", place="Trụ sở UBND xã"),
        S("Chiều"),
        row(20, "14h00 | Làm việc với Công an xã về bảo đảm an ninh, trật tự dịp Lễ Quốc khánh 2/9 (Công an xã chuẩn "
                "bị báo cáo) | Chủ tịch UBND xã | Trưởng Công an xã; Chỉ huy trưởng Ban Chỉ huy Quân sự xã | Trụ sở "
                "Công an xã",
            "Làm việc với Công an xã về bảo đảm an ninh, trật tự dịp Lễ Quốc khánh 2/9", clock="14:00",
            chair="Chủ tịch UBND xã", chair_is=CT_IS,
            attendees="Trưởng Công an xã; Chỉ huy trưởng Ban Chỉ huy Quân sự xã",
            attendees_has="Chỉ huy trưởng Ban Chỉ huy Quân sự xã", place="Trụ sở Công an xã",
            units=("Công an xã",)),
        Day("THỨ NĂM\nNgày 21/8/2025", "2025-08-21"),
        S("Sáng"),
        row(21, f"8h | Kiểm tra tiến độ xây dựng điểm trường Bản Lầu, Trường Tiểu học Nậm Khoan | PCT. {PCT1} | "
                f"Phòng Văn hóa - Xã hội, Phòng Kinh tế | Điểm trường Bản Lầu",
            "Kiểm tra tiến độ xây dựng điểm trường Bản Lầu, Trường Tiểu học Nậm Khoan", clock="08:00",
            chair=f"PCT. {PCT1}", chair_is=P1_IS, attendees="Phòng Văn hóa - Xã hội, Phòng Kinh tế",
            attendees_has="Phòng Văn hóa - Xã hội", place="Điểm trường Bản Lầu"),
        S("Chiều"),
        row(21, f"14h00 | Hội nghị tổng kết năm học 2024 - 2025, triển khai nhiệm vụ năm học 2025 - 2026 (Tạm hoãn) "
                f"| PCT. {PCT1} | Hiệu trưởng các trường | Hội trường UBND xã",
            "Hội nghị tổng kết năm học 2024 - 2025, triển khai nhiệm vụ năm học 2025 - 2026", clock="14:00",
            status="cancelled", chair=f"PCT. {PCT1}", chair_is=P1_IS, attendees="Hiệu trưởng các trường",
            place="Hội trường UBND xã", tail="(Tạm hoãn)"),
        Day("THỨ SÁU\nNgày 22/8/2025", "2025-08-22"),
        S("Sáng"),
        row(22, "8h00 | Phiên họp UBND xã thường kỳ tháng 8 năm 2025 | Chủ tịch UBND xã | Thành viên UBND xã; mời "
                "Thường trực HĐND xã, Ủy ban MTTQ Việt Nam xã (dự kiến) | Phòng họp tầng 2, UBND xã",
            "Phiên họp UBND xã thường kỳ tháng 8 năm 2025", clock="08:00", kind="meeting", chair="Chủ tịch UBND xã",
            chair_is=CT_IS, attendees="Thành viên UBND xã; mời Thường trực HĐND xã, Ủy ban MTTQ Việt Nam xã (dự kiến)",
            attendees_has="Thành viên UBND xã", place="Phòng họp tầng 2, UBND xã",
            items=[I("Báo cáo tình hình kinh tế - xã hội tháng 8, nhiệm vụ tháng 9 năm 2025", VP),
                   I("Kế hoạch tổ chức Lễ kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9",
                     "Phòng Văn hóa - Xã hội")]),
        L("Chiều", ["Lãnh đạo UBND xã làm việc tại cơ quan."], who_is_slot=True),
        Day("THỨ BẢY\nNgày 23/8/2025", "2025-08-23"),
        row(23, f"7h00 | Ra quân tổng vệ sinh môi trường, trang trí cờ hoa chào mừng Quốc khánh (Đoàn Thanh niên xã "
                f"chuẩn bị) | PCT. {PCT1} | Đoàn viên thanh niên, Nhân dân các thôn | Khu trung tâm xã",
            "Ra quân tổng vệ sinh môi trường, trang trí cờ hoa chào mừng Quốc khánh", clock="07:00",
            chair=f"PCT. {PCT1}", chair_is=P1_IS, attendees="Đoàn viên thanh niên, Nhân dân các thôn",
            attendees_has="Đoàn viên thanh niên", place="Khu trung tâm xã", units=("Đoàn Thanh niên xã",)),
        Day("CHỦ NHẬT\nNgày 24/8/2025", "2025-08-24"),
        row(24, "Tối, 19h30 | Chương trình nghệ thuật chào mừng 80 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2025) "
                "và Quốc khánh 2/9 (Phòng Văn hóa - Xã hội chuẩn bị) | Chủ tịch HĐND xã | Lãnh đạo HĐND, UBND xã; "
                "Nhân dân | Sân vận động xã",
            "Chương trình nghệ thuật chào mừng 80 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2025) và Quốc khánh 2/9",
            clock="19:30", chair="Chủ tịch HĐND xã", chair_is=CTHD_IS, attendees="Lãnh đạo HĐND, UBND xã; Nhân dân",
            attendees_has="Lãnh đạo HĐND, UBND xã", place="Sân vận động xã", units=("Phòng Văn hóa - Xã hội",)),
        P("Ghi chú: Lịch này thay giấy mời đối với các thành phần có tên trong lịch. Các thôn báo cáo kết quả tiêm "
          "phòng về UBND xã trước 16h00 ngày 29/8/2025. Lịch có thể thay đổi, Văn phòng HĐND và UBND xã thông báo "
          "sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy, HĐND xã;", "- Chủ tịch, các PCT UBND xã;",
            "- Các phòng, đơn vị thuộc UBND xã;", "- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Hoàng Thị Lụa"],
)
