"""A ward People's Committee's weekly schedule (October 2025, two-tier local government) written clock first:
day headings "THỨ HAI (20/10/2025)", lines "07 giờ 30: …; Địa điểm: …; Thành phần: …" with the place before
the attendees, "Cả ngày: …" events, the chairman's all-day citizens' reception, a tentative council, a
postponed working session, the Women's Day anniversary whose title carries other dates, a Sunday clean-up,
and "Chiều: Chủ tịch UBND phường làm việc tại cơ quan." (no event)."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P

CT, PCT1, PCT2 = "Trần Minh Đạt", "Lê Thị Hồng Nhung", "Nông Văn Tuấn"
DIRECTORY = {
    "units": [("Văn phòng HĐND và UBND phường", None, ["Văn phòng HĐND&UBND phường"]),
              ("Phòng Kinh tế, Hạ tầng và Đô thị", None, []), ("Phòng Văn hóa - Xã hội", None, []),
              ("Trung tâm Phục vụ hành chính công phường", None, []), ("Công an phường Sơn Thủy", None,
                                                                       ["Công an phường"]),
              ("Ban Chỉ huy Quân sự phường", None, []), ("Hội Liên hiệp Phụ nữ phường", None, []),
              ("Đoàn Thanh niên phường", None, []), ("Ủy ban MTTQ Việt Nam phường", None, ["Ủy ban MTTQ phường"])],
    "persons": [(CT, "Chủ tịch UBND phường"), (PCT1, "Phó Chủ tịch UBND phường"), (PCT2, "Phó Chủ tịch UBND phường")],
    "groups": [("Lãnh đạo UBND phường", [CT, PCT1, PCT2]), ("Thành viên UBND phường", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch UBND phường", f"Chủ tịch UBND phường {CT}")
P1_IS = (PCT1, f"Phó Chủ tịch UBND phường {PCT1}")
P2_IS = (PCT2, f"Phó Chủ tịch UBND phường {PCT2}")


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2025-10-{d}",), line=line, **kw))


def allday(d, line, title, **kw):
    return Ev(E(title, dates=(f"2025-10-{d}",), line=line, slot_cell="Cả ngày", **kw))


DOC = Doc(
    key="ubnd-phuong-tuan-2025-10", office="UBND phường Sơn Thủy (tỉnh Hải Lam), lịch tuần viết giờ trước",
    kind="weekly", year=2025, month=10, issued="2025-10-17",
    left=["ỦY BAN NHÂN DÂN", "PHƯỜNG SƠN THỦY"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Sơn Thủy, ngày 17 tháng 10 năm 2025"],
    title=["LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND PHƯỜNG", "Tuần 43 (từ ngày 20/10/2025 đến ngày 26/10/2025)"],
    numbering=["-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        Day("THỨ HAI (20/10/2025)", "2025-10-20"),
        on(20, "07 giờ 30: Chủ tịch UBND phường chủ trì giao ban lãnh đạo UBND phường đầu tuần; Địa điểm: Phòng họp "
               "tầng 2; Thành phần: các Phó Chủ tịch UBND phường, Chánh Văn phòng HĐND và UBND phường.",
           "Chủ tịch UBND phường chủ trì giao ban lãnh đạo UBND phường đầu tuần", clock="07:30", kind="meeting",
           chair="Chủ tịch UBND phường", chair_is=CT_IS, place="Phòng họp tầng 2",
           attendees="các Phó Chủ tịch UBND phường, Chánh Văn phòng HĐND và UBND phường",
           attendees_has="các Phó Chủ tịch UBND phường"),
        on(20, "09 giờ 00: Phó Chủ tịch UBND phường Lê Thị Hồng Nhung dự Lễ kỷ niệm 95 năm Ngày thành lập Hội Liên "
               "hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2025); Địa điểm: Hội trường Khu phố 3 (Hội Liên hiệp Phụ "
               "nữ phường chuẩn bị).",
           "Phó Chủ tịch UBND phường Lê Thị Hồng Nhung dự Lễ kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ "
           "Việt Nam (20/10/1930 - 20/10/2025)", clock="09:00", chair_is=P1_IS, place="Hội trường Khu phố 3",
           units=("Hội Liên hiệp Phụ nữ phường",)),
        on(20, "14 giờ 00: Chủ tịch UBND phường làm việc với Trung tâm Phục vụ hành chính công phường về tỷ lệ hồ sơ "
               "trực tuyến toàn trình; Địa điểm: Trung tâm Phục vụ hành chính công phường.",
           "Chủ tịch UBND phường làm việc với Trung tâm Phục vụ hành chính công phường về tỷ lệ hồ sơ trực tuyến "
           "toàn trình", clock="14:00", chair_is=CT_IS, place="Trung tâm Phục vụ hành chính công phường"),
        Day("THỨ BA (21/10/2025)", "2025-10-21"),
        allday(21, "Cả ngày: Phó Chủ tịch UBND phường Nông Văn Tuấn kiểm tra trật tự xây dựng, lấn chiếm vỉa hè trên "
                   "các tuyến đường Lê Lai, Hàm Nghi (Phòng Kinh tế, Hạ tầng và Đô thị, Công an phường chuẩn bị).",
               "Phó Chủ tịch UBND phường Nông Văn Tuấn kiểm tra trật tự xây dựng, lấn chiếm vỉa hè trên các tuyến "
               "đường Lê Lai, Hàm Nghi", chair_is=P2_IS,
               units=("Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường Sơn Thủy")),
        on(21, "08 giờ 00: Chủ tịch UBND phường chủ trì họp Ban Chỉ đạo chuyển đổi số phường; Địa điểm: Phòng họp "
               "tầng 2; Thành phần: thành viên Ban Chỉ đạo.",
           "Chủ tịch UBND phường chủ trì họp Ban Chỉ đạo chuyển đổi số phường", clock="08:00", kind="meeting",
           chair="Chủ tịch UBND phường", chair_is=CT_IS, place="Phòng họp tầng 2",
           attendees="thành viên Ban Chỉ đạo", attendees_has="thành viên Ban Chỉ đạo"),
        on(21, "14 giờ 00: Hội nghị đối thoại với doanh nghiệp, hộ kinh doanh trên địa bàn phường năm 2025, Chủ tịch "
               "UBND phường chủ trì; Địa điểm: Hội trường UBND phường; Thành phần: đại diện doanh nghiệp, hộ kinh "
               "doanh (dự kiến 80 người).",
           "Hội nghị đối thoại với doanh nghiệp, hộ kinh doanh trên địa bàn phường năm 2025", clock="14:00",
           kind="meeting", chair="Chủ tịch UBND phường", chair_is=CT_IS, place="Hội trường UBND phường",
           attendees="đại diện doanh nghiệp, hộ kinh doanh (dự kiến 80 người)",
           attendees_has="đại diện doanh nghiệp, hộ kinh doanh"),
        Day("THỨ TƯ (22/10/2025)", "2025-10-22"),
        allday(22, "Cả ngày: Chủ tịch UBND phường tiếp công dân định kỳ; Địa điểm: Phòng Tiếp công dân phường (Văn "
                   "phòng HĐND và UBND phường chuẩn bị).",
               "Chủ tịch UBND phường tiếp công dân định kỳ", kind="reception", chair_is=CT_IS,
               place="Phòng Tiếp công dân phường", units=("Văn phòng HĐND và UBND phường",)),
        on(22, "14 giờ 00 (dự kiến): Phó Chủ tịch UBND phường Lê Thị Hồng Nhung chủ trì họp Hội đồng xét duyệt hồ sơ "
               "hỗ trợ xóa nhà tạm, nhà dột nát; Địa điểm: Phòng họp tầng 3 (Phòng Văn hóa - Xã hội chuẩn bị).",
           "Phó Chủ tịch UBND phường Lê Thị Hồng Nhung chủ trì họp Hội đồng xét duyệt hồ sơ hỗ trợ xóa nhà tạm, nhà "
           "dột nát", clock="14:00", status="tentative", kind="meeting", chair_is=P1_IS,
           place="Phòng họp tầng 3", units=("Phòng Văn hóa - Xã hội",)),
        Day("THỨ NĂM (23/10/2025)", "2025-10-23"),
        on(23, "07 giờ 30: Phó Chủ tịch UBND phường Nông Văn Tuấn dự tập huấn nghiệp vụ quản lý trật tự xây dựng; "
               "Địa điểm: Hội trường Sở Xây dựng.",
           "Phó Chủ tịch UBND phường Nông Văn Tuấn dự tập huấn nghiệp vụ quản lý trật tự xây dựng", clock="07:30",
           chair_is=P2_IS, place="Hội trường Sở Xây dựng"),
        on(23, "08 giờ 00: Chủ tịch UBND phường làm việc với Công an phường về bảo đảm an ninh trật tự các khu nhà "
               "trọ, cơ sở kinh doanh có điều kiện; Địa điểm: Công an phường Sơn Thủy.",
           "Chủ tịch UBND phường làm việc với Công an phường về bảo đảm an ninh trật tự các khu nhà trọ, cơ sở "
           "kinh doanh có điều kiện", clock="08:00", chair_is=CT_IS, place="Công an phường Sơn Thủy"),
        L("Chiều", ["Chủ tịch UBND phường làm việc tại cơ quan."], who_is_slot=True),
        on(23, "14 giờ 00: Phó Chủ tịch UBND phường Lê Thị Hồng Nhung làm việc với Đoàn kiểm tra của Sở Y tế về an "
               "toàn thực phẩm bếp ăn tập thể (hoãn).",
           "Phó Chủ tịch UBND phường Lê Thị Hồng Nhung làm việc với Đoàn kiểm tra của Sở Y tế về an toàn thực phẩm "
           "bếp ăn tập thể", clock="14:00", status="cancelled", chair_is=P1_IS, tail="(hoãn)"),
        Day("THỨ SÁU (24/10/2025)", "2025-10-24"),
        on(24, "07 giờ 30: Hội nghị UBND phường thường kỳ tháng 10 năm 2025, Chủ tịch UBND phường chủ trì; Địa điểm: "
               "Hội trường UBND phường; Thành phần: Thành viên UBND phường; mời Thường trực Đảng ủy, Thường trực "
               "HĐND phường. Nội dung:",
           "Hội nghị UBND phường thường kỳ tháng 10 năm 2025", clock="07:30", kind="meeting",
           chair="Chủ tịch UBND phường", chair_is=CT_IS, place="Hội trường UBND phường",
           attendees="Thành viên UBND phường; mời Thường trực Đảng ủy, Thường trực HĐND phường",
           attendees_has="Thành viên UBND phường",
           items=[I("Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh tháng 10 năm 2025",
                    "Văn phòng HĐND và UBND phường"),
                  I("Tiến độ thu ngân sách và giải ngân vốn đầu tư công 10 tháng năm 2025",
                    "Phòng Kinh tế, Hạ tầng và Đô thị"),
                  I("Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu phố", "Ủy ban MTTQ Việt Nam phường",
                    ("Phòng Văn hóa - Xã hội",))]),
        on(24, "15 giờ 00: Phó Chủ tịch UBND phường Lê Thị Hồng Nhung kiểm tra bếp ăn bán trú Trường Tiểu học Sơn "
               "Thủy 2; Địa điểm: Trường Tiểu học Sơn Thủy 2.",
           "Phó Chủ tịch UBND phường Lê Thị Hồng Nhung kiểm tra bếp ăn bán trú Trường Tiểu học Sơn Thủy 2",
           clock="15:00", chair_is=P1_IS, place="Trường Tiểu học Sơn Thủy 2"),
        Day("THỨ BẢY (25/10/2025)", "2025-10-25"),
        on(25, "08 giờ 00: Phó Chủ tịch UBND phường Nông Văn Tuấn dự diễn tập phương án chữa cháy, cứu nạn cứu hộ "
               "tại chung cư Sơn Thủy Garden; Địa điểm: Chung cư Sơn Thủy Garden (Công an phường chuẩn bị).",
           "Phó Chủ tịch UBND phường Nông Văn Tuấn dự diễn tập phương án chữa cháy, cứu nạn cứu hộ tại chung cư Sơn "
           "Thủy Garden", clock="08:00", chair_is=P2_IS, place="Chung cư Sơn Thủy Garden",
           units=("Công an phường Sơn Thủy",)),
        Day("CHỦ NHẬT (26/10/2025)", "2025-10-26"),
        on(26, "06 giờ 30: Chủ tịch UBND phường dự Lễ ra quân \"Ngày Chủ nhật xanh\" làm sạch kênh Bến Cát; Địa "
               "điểm: Đầu cầu Bến Cát, Khu phố 5; Thành phần: Đoàn Thanh niên phường, Nhân dân Khu phố 5.",
           "Chủ tịch UBND phường dự Lễ ra quân \"Ngày Chủ nhật xanh\" làm sạch kênh Bến Cát", clock="06:30",
           chair_is=CT_IS, place="Đầu cầu Bến Cát, Khu phố 5",
           attendees="Đoàn Thanh niên phường, Nhân dân Khu phố 5", attendees_has="Đoàn Thanh niên phường"),
        P("Văn phòng HĐND và UBND phường thông báo để các đơn vị biết, chuẩn bị; lịch thay giấy mời."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy, HĐND phường;", "- Lãnh đạo UBND phường;",
            "- Các phòng, đơn vị thuộc phường;", "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Đoàn Thị Thu Hà"],
)
