"""A province's weekly schedule of its People's Committee leaders (July 2025, the first month of two-tier local
government), copied out of the portal's table: day lines "Thứ 2" / "21/7" (the weekday as a digit), slot lines
"Sáng" / "Chiều" / "Tối", each entry the hour in brackets first "(8h30) …", "(8h) …", "(14h00) …", then ", tại
<place>" and the leader last in brackets as chair "(CT Lục Văn Hào chủ trì)" or as attendee "(PCT Tòng Thị Xuân
dự)", sometimes with the preparing unit after a ";" in the same bracket; abbreviated titles "CT", "PCTTT", "PCT";
an entry without an hour under "Sáng", a meeting "(tạm dừng tổ chức)", a council "lùi sang 14h00 thứ Sáu, 25/7",
a national conference "(dự kiến)" written after its title, the War Invalids and Martyrs' Day (27/7) in titles on
other days; traps: the week's registration deadline inside the week, "Chiều: CT, các PCT làm việc tại cơ quan.",
"thông báo sau"."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P, Slot as S

CT, PCTTT, PCT1, PCT2 = "Lục Văn Hào", "Hà Quang Vinh", "Tòng Thị Xuân", "Khổng Minh Đức"
VP = "Văn phòng UBND tỉnh"
DIRECTORY = {
    "units": [(VP, None, []), ("Sở Tài chính", None, []), ("Sở Nội vụ", None, []), ("Thanh tra tỉnh", None, []),
              ("Sở Nông nghiệp và Môi trường", None, []), ("Sở Xây dựng", None, []),
              ("Sở Văn hóa, Thể thao và Du lịch", None, []), ("Công an tỉnh", None, [])],
    "persons": [(CT, "Chủ tịch UBND tỉnh"), (PCTTT, "Phó Chủ tịch Thường trực UBND tỉnh"),
                (PCT1, "Phó Chủ tịch UBND tỉnh"), (PCT2, "Phó Chủ tịch UBND tỉnh")],
    "groups": [("Thường trực UBND tỉnh", [CT, PCTTT, PCT1, PCT2])],
}
CT_IS = (CT, f"CT {CT}", "Chủ tịch UBND tỉnh")
TT_IS = (PCTTT, f"PCTTT {PCTTT}")
P1_IS = (PCT1, f"PCT {PCT1}")
P2_IS = (PCT2, f"PCT {PCT2}")


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2025-07-{d:02d}",), line=line, **kw))


DOC = Doc(
    key="ubnd-tinh-tuan-2025-07", office="UBND tỉnh Quảng Lâm, lịch tuần chép từ cổng thông tin, giờ trong ngoặc",
    kind="weekly", year=2025, month=7, issued="2025-07-18",
    left=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG LÂM"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Quảng Lâm, ngày 18 tháng 7 năm 2025"],
    title=["LỊCH CÔNG TÁC CỦA THƯỜNG TRỰC UBND TỈNH", "Tuần 30 (từ ngày 21/7/2025 đến ngày 27/7/2025)"],
    numbering=["-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Ngày | Thời gian | Nội dung công việc | Địa điểm | Thường trực UBND tỉnh"),
        Day("Thứ 2\n21/7", "2025-07-21"),
        S("Sáng"),
        on(21, "(8h00) Hội nghị Ban Thường vụ Tỉnh ủy, tại P. họp Ban Thường vụ (CT Lục Văn Hào, các PCT liên quan "
               "dự).",
           "Hội nghị Ban Thường vụ Tỉnh ủy", clock="08:00", attendees="CT Lục Văn Hào, các PCT liên quan",
           attendees_has="Lục Văn Hào", place="P. họp Ban Thường vụ"),
        on(21, "(8h) Dự Đại hội đại biểu Đảng bộ Sở Tài chính lần thứ I, nhiệm kỳ 2025 - 2030, tại Hội trường Sở Tài "
               "chính (PCT Tòng Thị Xuân dự).",
           "Dự Đại hội đại biểu Đảng bộ Sở Tài chính lần thứ I, nhiệm kỳ 2025 - 2030", clock="08:00",
           attendees="PCT Tòng Thị Xuân", attendees_has="Tòng Thị Xuân", place="Hội trường Sở Tài chính"),
        S("Chiều"),
        on(21, "(14h00) Phiên họp UBND tỉnh thường kỳ tháng 7 năm 2025, tại P. họp 1 tầng 3 (CT Lục Văn Hào chủ "
               "trì), gồm các nội dung:",
           "Phiên họp UBND tỉnh thường kỳ tháng 7 năm 2025", clock="14:00", kind="meeting", chair=f"CT {CT}",
           chair_is=CT_IS, place="P. họp 1 tầng 3",
           items=[I("Báo cáo tình hình kinh tế - xã hội 7 tháng, nhiệm vụ tháng 8 năm 2025", VP),
                  I("Phương án bố trí trụ sở làm việc của các xã sau sắp xếp", "Sở Tài chính", ("Sở Nội vụ",)),
                  I("Tờ trình ban hành bảng giá đất điều chỉnh năm 2025", "Sở Nông nghiệp và Môi trường")]),
        on(21, "(16h30) Giao ban Chủ tịch, các Phó Chủ tịch UBND tỉnh, tại P. họp 1 tầng 3 (CT Lục Văn Hào chủ trì).",
           "Giao ban Chủ tịch, các Phó Chủ tịch UBND tỉnh", clock="16:30", kind="meeting", chair=f"CT {CT}",
           chair_is=CT_IS, place="P. họp 1 tầng 3"),
        Day("Thứ 3\n22/7", "2025-07-22"),
        S("Sáng"),
        on(22, "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 7/2025, tại Trụ sở Tiếp công dân tỉnh (CT Lục Văn Hào "
               "chủ trì; Thanh tra tỉnh chuẩn bị).",
           "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 7/2025", slot="sáng", kind="reception", chair=f"CT {CT}",
           chair_is=CT_IS, place="Trụ sở Tiếp công dân tỉnh", units=("Thanh tra tỉnh",)),
        on(22, "(7h30) Dự Hội nghị đối thoại với doanh nghiệp về tháo gỡ thủ tục đầu tư, tại Trung tâm Hội nghị tỉnh "
               "(PCTTT Hà Quang Vinh dự).",
           "Dự Hội nghị đối thoại với doanh nghiệp về tháo gỡ thủ tục đầu tư", clock="07:30",
           attendees="PCTTT Hà Quang Vinh", attendees_has="Hà Quang Vinh", place="Trung tâm Hội nghị tỉnh"),
        S("Chiều"),
        on(22, "(13h30) Kiểm tra công tác chuẩn bị ứng phó bão số 3 tại các xã ven biển (PCT Khổng Minh Đức chủ trì; "
               "Sở Nông nghiệp và Môi trường chuẩn bị).",
           "Kiểm tra công tác chuẩn bị ứng phó bão số 3 tại các xã ven biển", clock="13:30", chair=f"PCT {PCT2}",
           chair_is=P2_IS, units=("Sở Nông nghiệp và Môi trường",)),
        Day("Thứ 4\n23/7", "2025-07-23"),
        S("Sáng"),
        on(23, "(8h30) Họp Ban Chỉ đạo chuyển đổi số tỉnh, tại P. họp 5 tầng 2 (PCT Tòng Thị Xuân chủ trì) - tạm dừng "
               "tổ chức.",
           "Họp Ban Chỉ đạo chuyển đổi số tỉnh", clock="08:30", kind="meeting", status="cancelled",
           chair=f"PCT {PCT1}", chair_is=P1_IS, place="P. họp 5 tầng 2", tail="(tạm dừng tổ chức)"),
        on(23, "(9h) Làm việc với Đoàn công tác của Bộ Xây dựng về tiến độ dự án đường cao tốc Quảng Lâm - Bắc Hà, tại "
               "P. họp 1 tầng 3 (PCTTT Hà Quang Vinh chủ trì; Sở Xây dựng chuẩn bị).",
           "Làm việc với Đoàn công tác của Bộ Xây dựng về tiến độ dự án đường cao tốc Quảng Lâm - Bắc Hà",
           clock="09:00", chair=f"PCTTT {PCTTT}", chair_is=TT_IS, place="P. họp 1 tầng 3", units=("Sở Xây dựng",)),
        S("Chiều"),
        on(23, "(14h) Hội nghị trực tuyến toàn quốc của Chính phủ đánh giá vận hành chính quyền địa phương hai cấp "
               "(dự kiến), tại Điểm cầu UBND tỉnh (CT Lục Văn Hào dự).",
           "Hội nghị trực tuyến toàn quốc của Chính phủ đánh giá vận hành chính quyền địa phương hai cấp",
           clock="14:00", status="tentative", attendees="CT Lục Văn Hào", attendees_has="Lục Văn Hào",
           place="Điểm cầu UBND tỉnh", tail="(dự kiến)"),
        Day("Thứ 5\n24/7", "2025-07-24"),
        S("Sáng"),
        on(24, "(7h00) Viếng, dâng hương các Anh hùng liệt sĩ nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 "
               "- 27/7/2025), tại Nghĩa trang liệt sĩ tỉnh (CT Lục Văn Hào, các PCT dự).",
           "Viếng, dâng hương các Anh hùng liệt sĩ nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - "
           "27/7/2025)", clock="07:00", attendees="CT Lục Văn Hào, các PCT", attendees_has="Lục Văn Hào",
           place="Nghĩa trang liệt sĩ tỉnh"),
        on(24, "(8h) Hội nghị tổng kết công tác phòng, chống dịch bệnh động vật giai đoạn 2021 - 2025, tại Hội trường "
               "Sở Nông nghiệp và Môi trường (PCT Khổng Minh Đức chủ trì).",
           "Hội nghị tổng kết công tác phòng, chống dịch bệnh động vật giai đoạn 2021 - 2025", clock="08:00",
           chair=f"PCT {PCT2}", chair_is=P2_IS, place="Hội trường Sở Nông nghiệp và Môi trường"),
        S("Chiều"),
        Ev(E("Họp Hội đồng Thi đua - Khen thưởng tỉnh", dates=("2025-07-25",), clock="14:00", kind="meeting",
             chair=f"PCTTT {PCTTT}", chair_is=TT_IS, place="P. họp 5 tầng 2",
             line="(14h00) Họp Hội đồng Thi đua - Khen thưởng tỉnh (lùi sang 14h00 thứ Sáu, 25/7), tại P. họp 5 "
                  "tầng 2 (PCTTT Hà Quang Vinh chủ trì).",
             day_cell="Thứ Năm\n24/07/2025", slot_cell="Chiều\n(lùi sang 14h00 thứ Sáu, 25/7)")),
        Day("Thứ 6\n25/7", "2025-07-25"),
        S("Sáng"),
        on(25, "(8h00) Tiếp và làm việc với Đại sứ quán Nhật Bản tại Việt Nam, tại P. khánh tiết tầng 1 (CT Lục Văn "
               "Hào chủ trì; Văn phòng UBND tỉnh chuẩn bị).",
           "Tiếp và làm việc với Đại sứ quán Nhật Bản tại Việt Nam", clock="08:00", chair=f"CT {CT}", chair_is=CT_IS,
           place="P. khánh tiết tầng 1", units=(VP,)),
        L("Chiều", ["CT, các PCT làm việc tại cơ quan."], who_is_slot=True),
        Day("Thứ 7\n26/7", "2025-07-26"),
        S("Tối"),
        on(26, "(19h30) Chương trình nghệ thuật \"Bản hùng ca bất tử\" kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ, tại "
               "Quảng trường Lam Sơn (PCT Tòng Thị Xuân dự; Sở Văn hóa, Thể thao và Du lịch chuẩn bị).",
           "Chương trình nghệ thuật \"Bản hùng ca bất tử\" kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ", clock="19:30",
           attendees="PCT Tòng Thị Xuân", attendees_has="Tòng Thị Xuân", place="Quảng trường Lam Sơn",
           units=("Sở Văn hóa, Thể thao và Du lịch",)),
        Day("CN\n27/7", "2025-07-27"),
        S("Sáng"),
        on(27, "(6h30) Thắp nến tri ân các Anh hùng liệt sĩ, tại Nghĩa trang liệt sĩ Đồi Thông (PCTTT Hà Quang Vinh "
               "dự).",
           "Thắp nến tri ân các Anh hùng liệt sĩ", clock="06:30", attendees="PCTTT Hà Quang Vinh",
           attendees_has="Hà Quang Vinh", place="Nghĩa trang liệt sĩ Đồi Thông"),
        P("Ghi chú: Các sở, ngành đăng ký lịch công tác tuần 31 về Văn phòng UBND tỉnh trước 15h00 thứ Năm, ngày "
          "24/7/2025. Lịch có thể điều chỉnh; mọi thay đổi Văn phòng UBND tỉnh thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành;",
            "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nông Thị Bích"],
)
