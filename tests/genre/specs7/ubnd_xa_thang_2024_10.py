"""A commune's monthly schedule of its People's Committee (October 2024, before the two-tier reform: the district
and its police are another level), parts "I.", entries "1)" written as fields joined by long dashes: "Thứ Tư
(02/10), 8 giờ — <nội dung> — Chủ trì: … — Cùng dự: … — Tại: … — (… chuẩn bị)", hours "8 giờ", "13 giờ 30
phút", "14h30", "cả ngày"; two weekly series ("Các buổi sáng thứ Hai, 7 giờ 00 — Chào cờ …", "Thứ Năm hằng tuần
— Chủ tịch UBND xã tiếp công dân …"), a review "Từ 07/10 đến 11/10", a conference "— lùi sang 8 giờ ngày 29/10
(thứ Ba)" (the event is on the 29th), a council meeting "(hoãn đến khi có thông báo mới)", the commune HĐND's
session "Dự kiến thứ Năm (24/10), 8 giờ" with its papers, a morning with no hour "Sáng thứ Ba (22/10) —",
Women's Day dates (20/10) in a title on the 18th, an undated "Trong tháng —" contest; traps: September's
results, the villages' deadline on Women's Day, "Các buổi không có lịch … làm việc tại cơ quan", "thông báo
sau"."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT1, PCT2, CTHD = "Mùa A Sình", "Lò Văn Thắm", "Hà Thị Nhung", "Sùng Thị Pàng"
VP = "Văn phòng - Thống kê xã"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng UBND xã"]), ("Công an xã Tân Lập", None, ["Công an xã"]),
              ("Công an huyện Mường Khoa", None, ["Công an huyện"]), ("Ban Chỉ huy Quân sự xã", None, []),
              ("Trạm Y tế xã", None, []), ("Đoàn Thanh niên xã", None, []),
              ("Hội Liên hiệp Phụ nữ xã", None, []), ("Hội Nông dân xã", None, []),
              ("Ban Kinh tế - Xã hội HĐND xã", None, []), ("Tài chính - Kế toán xã", None, [])],
    "persons": [(CT, "Chủ tịch UBND xã"), (PCT1, "Phó Chủ tịch UBND xã"), (PCT2, "Phó Chủ tịch UBND xã"),
                (CTHD, "Chủ tịch HĐND xã")],
    "groups": [("Lãnh đạo UBND xã", [CT, PCT1, PCT2]), ("Thường trực HĐND xã", [CTHD])],
}
CT_IS = (CT, "Chủ tịch UBND xã")
P1_IS = (PCT1, f"Phó Chủ tịch UBND xã {PCT1}")
P2_IS = (PCT2, f"Phó Chủ tịch UBND xã {PCT2}")
CTHD_IS = (CTHD, "Chủ tịch HĐND xã")


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2024-10-{d:02d}",), line=line, **kw), 1)


DOC = Doc(
    key="ubnd-xa-thang-2024-10", office="UBND xã Tân Lập (huyện Mường Khoa), lịch tháng viết theo trường, gạch dài",
    kind="monthly", year=2024, month=10, issued="2024-09-30",
    left=["UBND HUYỆN MƯỜNG KHOA", "UBND XÃ TÂN LẬP", "Số: 88/LCT-UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Tân Lập, ngày 30 tháng 9 năm 2024"],
    title=["LỊCH CÔNG TÁC THÁNG 10 NĂM 2024", "của Chủ tịch, các Phó Chủ tịch UBND xã"],
    numbering=["{R}.", "{n})", "+"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Tháng 9/2024, UBND xã đã tổ chức Hội nghị sơ kết công tác khắc phục hậu quả bão số 3 ngày 27/9/2024. "
          "Căn cứ Chương trình công tác năm 2024, UBND xã xây dựng lịch công tác tháng 10 năm 2024 như sau:"),
        H("CÔNG TÁC THƯỜNG XUYÊN", 0),
        Ev(E("Chào cờ đầu tuần và giao ban cơ quan", weekly="MO", clock="07:00", kind="meeting",
             chair="Chủ tịch UBND xã", chair_is=CT_IS, place="Sân trụ sở UBND xã",
             line="Các buổi sáng thứ Hai, 7 giờ 00 — Chào cờ đầu tuần và giao ban cơ quan — Chủ trì: Chủ tịch UBND "
                  "xã — Tại: Sân trụ sở UBND xã."), 1),
        Ev(E("Chủ tịch UBND xã tiếp công dân định kỳ", weekly="TH", kind="reception", chair_is=CT_IS,
             place="Phòng Tiếp công dân xã",
             line="Thứ Năm hằng tuần — Chủ tịch UBND xã tiếp công dân định kỳ — Tại: Phòng Tiếp công dân xã."), 1),
        H("LỊCH CỤ THỂ", 0),
        on(1, "Thứ Ba (01/10), 8 giờ — Dự Hội nghị trực tuyến của UBND huyện triển khai nhiệm vụ quý IV năm 2024 — "
              "Cùng dự: Chủ tịch, các Phó Chủ tịch UBND xã — Tại: Điểm cầu UBND xã (theo giấy mời).",
           "Dự Hội nghị trực tuyến của UBND huyện triển khai nhiệm vụ quý IV năm 2024", clock="08:00",
           attendees="Chủ tịch, các Phó Chủ tịch UBND xã", attendees_has="các Phó Chủ tịch UBND xã",
           place="Điểm cầu UBND xã", tail="(theo giấy mời)"),
        on(2, f"Thứ Tư (02/10), 8 giờ — Họp Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã triển khai "
              f"phương án ứng phó mưa lũ — Chủ trì: Phó Chủ tịch UBND xã {PCT1} — Cùng dự: thành viên Ban Chỉ huy, "
              f"Trưởng các thôn — Tại: Phòng họp UBND xã.",
           "Họp Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã triển khai phương án ứng phó mưa lũ",
           clock="08:00", kind="meeting", chair=f"Phó Chủ tịch UBND xã {PCT1}", chair_is=P1_IS,
           attendees="thành viên Ban Chỉ huy, Trưởng các thôn", attendees_has="Trưởng các thôn",
           place="Phòng họp UBND xã"),
        on(4, "Thứ Sáu (04/10), 14 giờ — Kiểm tra tiến độ xây dựng nhà văn hóa thôn Bản Chang — Chủ trì: Chủ tịch "
              "UBND xã — Tại: Thôn Bản Chang — (Văn phòng - Thống kê xã chuẩn bị).",
           "Kiểm tra tiến độ xây dựng nhà văn hóa thôn Bản Chang", clock="14:00", chair="Chủ tịch UBND xã",
           chair_is=CT_IS, place="Thôn Bản Chang", units=(VP,)),
        Ev(E("Tổ công tác rà soát hộ nghèo, hộ cận nghèo cuối năm 2024 tại các thôn", dates=("2024-10-07",),
             end="2024-10-11", chair=f"Phó Chủ tịch UBND xã {PCT2}", chair_is=P2_IS,
             line=f"Từ 07/10 đến 11/10 — Tổ công tác rà soát hộ nghèo, hộ cận nghèo cuối năm 2024 tại các thôn — "
                  f"Chủ trì: Phó Chủ tịch UBND xã {PCT2}."), 1),
        on(8, f"Thứ Ba (08/10), 13 giờ 30 phút — Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng — Chủ trì: Phó "
              f"Chủ tịch UBND xã {PCT2} — Cùng dự: thành viên Tổ công nghệ số cộng đồng các thôn — Tại: Hội trường "
              f"UBND xã.",
           "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", clock="13:30", chair=f"Phó Chủ tịch UBND xã {PCT2}",
           chair_is=P2_IS, attendees="thành viên Tổ công nghệ số cộng đồng các thôn",
           attendees_has="Tổ công nghệ số cộng đồng các thôn", place="Hội trường UBND xã"),
        on(10, "Thứ Năm (10/10), 8 giờ — Kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh trên địa "
               "bàn xã — Chủ trì: Chủ tịch UBND xã — (Công an xã chuẩn bị).",
           "Kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh trên địa bàn xã", clock="08:00",
           chair="Chủ tịch UBND xã", chair_is=CT_IS, units=("Công an xã",)),
        on(14, "Thứ Hai (14/10), 14h30 — Làm việc với Đoàn kiểm tra của UBND huyện về công tác cải cách hành chính — "
               "Chủ trì: Chủ tịch UBND xã — Tại: Phòng họp UBND xã — (Văn phòng - Thống kê xã chuẩn bị báo cáo).",
           "Làm việc với Đoàn kiểm tra của UBND huyện về công tác cải cách hành chính", clock="14:30",
           chair="Chủ tịch UBND xã", chair_is=CT_IS, place="Phòng họp UBND xã", units=(VP,)),
        Ev(E("Hội nghị phát động Tháng cao điểm vận động ủng hộ Quỹ \"Vì người nghèo\"", dates=("2024-10-29",),
             clock="08:00", chair=f"Phó Chủ tịch UBND xã {PCT2}", chair_is=P2_IS, place="Hội trường UBND xã",
             line=f"Thứ Tư (16/10), 7 giờ 30 phút — Hội nghị phát động Tháng cao điểm vận động ủng hộ Quỹ \"Vì người "
                  f"nghèo\" — Chủ trì: Phó Chủ tịch UBND xã {PCT2} — Tại: Hội trường UBND xã — lùi sang 8 giờ ngày "
                  f"29/10 (thứ Ba).",
             day_cell="Thứ Tư 16/10, lùi sang\nThứ Ba 29/10/2024", slot_cell="Sáng\n8 giờ 00"), 1),
        on(18, f"Thứ Sáu (18/10), 8 giờ — Tọa đàm kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
               f"(20/10/1930 - 20/10/2024) — Chủ trì: Phó Chủ tịch UBND xã {PCT2} — Cùng dự: hội viên phụ nữ tiêu "
               f"biểu các chi hội — Tại: Hội trường UBND xã — (Hội Liên hiệp Phụ nữ xã chuẩn bị).",
           "Tọa đàm kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2024)",
           clock="08:00", chair=f"Phó Chủ tịch UBND xã {PCT2}", chair_is=P2_IS,
           attendees="hội viên phụ nữ tiêu biểu các chi hội", attendees_has="hội viên phụ nữ tiêu biểu",
           place="Hội trường UBND xã", units=("Hội Liên hiệp Phụ nữ xã",)),
        on(21, f"Thứ Hai (21/10), 14 giờ — Họp Hội đồng bồi thường, giải phóng mặt bằng dự án đường liên thôn Nà Lừa "
               f"- Khuổi Cáp — Chủ trì: Phó Chủ tịch UBND xã {PCT1} — Tại: Phòng họp UBND xã (hoãn đến khi có thông "
               f"báo mới).",
           "Họp Hội đồng bồi thường, giải phóng mặt bằng dự án đường liên thôn Nà Lừa - Khuổi Cáp", clock="14:00",
           kind="meeting", status="cancelled", chair=f"Phó Chủ tịch UBND xã {PCT1}", chair_is=P1_IS,
           place="Phòng họp UBND xã", tail="(hoãn đến khi có thông báo mới)"),
        on(22, "Sáng thứ Ba (22/10) — Chủ tịch UBND xã đối thoại với Nhân dân thôn Khuổi Cáp về bồi thường, giải "
               "phóng mặt bằng — Tại: Nhà văn hóa thôn Khuổi Cáp.",
           "Chủ tịch UBND xã đối thoại với Nhân dân thôn Khuổi Cáp về bồi thường, giải phóng mặt bằng",
           slot="sáng", chair_is=CT_IS, place="Nhà văn hóa thôn Khuổi Cáp"),
        on(24, "Dự kiến thứ Năm (24/10), 8 giờ — Kỳ họp thứ 11 (chuyên đề) HĐND xã khóa XXI — Chủ trì: Chủ tịch HĐND "
               "xã — Cùng dự: đại biểu HĐND xã, lãnh đạo UBND xã — Tại: Hội trường UBND xã; trình kỳ họp:",
           "Kỳ họp thứ 11 (chuyên đề) HĐND xã khóa XXI", clock="08:00", status="tentative",
           chair="Chủ tịch HĐND xã", chair_is=CTHD_IS, attendees="đại biểu HĐND xã, lãnh đạo UBND xã",
           attendees_has="đại biểu HĐND xã", place="Hội trường UBND xã",
           items=[I("Tờ trình điều chỉnh dự toán ngân sách xã năm 2024", "Tài chính - Kế toán xã"),
                  I("Báo cáo thẩm tra tờ trình điều chỉnh dự toán", "Ban Kinh tế - Xã hội HĐND xã")]),
        on(25, "Thứ Sáu (25/10), 7 giờ 30 phút — Phiên họp UBND xã thường kỳ tháng 10 — Chủ trì: Chủ tịch UBND xã — "
               "Cùng dự: thành viên UBND xã; mời Thường trực HĐND xã — Tại: Phòng họp UBND xã; nội dung:",
           "Phiên họp UBND xã thường kỳ tháng 10", clock="07:30", kind="meeting", chair="Chủ tịch UBND xã",
           chair_is=CT_IS, attendees="thành viên UBND xã; mời Thường trực HĐND xã",
           attendees_has="thành viên UBND xã", place="Phòng họp UBND xã",
           items=[I("Báo cáo tình hình kinh tế - xã hội tháng 10, nhiệm vụ tháng 11 năm 2024", VP),
                  I("Phương án bảo đảm an ninh, trật tự cuối năm 2024", "Công an xã",
                    ("Ban Chỉ huy Quân sự xã",))]),
        on(26, "Thứ Bảy (26/10), cả ngày — Ngày hội hiến máu tình nguyện năm 2024 — Tại: Trạm Y tế xã — (Trạm Y tế "
               "xã, Đoàn Thanh niên xã chuẩn bị).",
           "Ngày hội hiến máu tình nguyện năm 2024", place="Trạm Y tế xã",
           units=("Trạm Y tế xã", "Đoàn Thanh niên xã")),
        on(30, "Thứ Tư (30/10), 14 giờ — Hội nghị sơ kết công tác quân sự, quốc phòng địa phương năm 2024 — Chủ trì: "
               "Chủ tịch UBND xã — (Ban Chỉ huy Quân sự xã chuẩn bị).",
           "Hội nghị sơ kết công tác quân sự, quốc phòng địa phương năm 2024", clock="14:00",
           chair="Chủ tịch UBND xã", chair_is=CT_IS, units=("Ban Chỉ huy Quân sự xã",)),
        H("CÔNG TÁC KHÁC", 0),
        Ev(E("Phối hợp tổ chức Hội thi nhà nông đua tài năm 2024", day_cell="Trong tháng",
             units=("Hội Nông dân xã",),
             line="Trong tháng — Phối hợp tổ chức Hội thi nhà nông đua tài năm 2024 (thời gian theo kế hoạch "
                  "riêng) — (Hội Nông dân xã chuẩn bị)."), 1),
        P("Các thôn báo cáo kết quả rà soát hộ nghèo về UBND xã trước ngày 20/10/2024. Các buổi không có lịch, lãnh "
          "đạo UBND xã làm việc tại cơ quan. Lịch có thể thay đổi, Văn phòng - Thống kê xã thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy, HĐND xã;", "- Chủ tịch, các PCT UBND xã;",
            "- Các ban, ngành, đoàn thể xã;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Mùa A Sình"],
)
