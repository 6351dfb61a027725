"""A two-tier commune's People's Committee week (xã Tân Lĩnh, 22–26/9/2025, after the reform) in the form a commune
portal publishes: "LỊCH NÀY THAY THƯ MỜI HỌP", day headings "THỨ HAI (22/9/2025):", "* SÁNG:" / "* CHIỀU:", then
entries numbered within the session under their leader ("1. Chủ tịch UBND xã Phan Văn Hiếu:" on its own line, or
"2. Phó Chủ tịch UBND xã …: Làm việc tại cơ quan."), each activity "09 giờ 00’: …. (Giao … chuẩn bị nội dung)" then
its fields on lines of their own ("Thành phần tham dự: …", "Địa điểm: tại …", or the time after the title in a
joined field "Thời gian, địa điểm: 08 giờ 00’ tại …"), a meeting's "Nội dung:" with its papers "+", "(dự kiến)"
after a title, "(tạm hoãn)", "(cả ngày)" after an hour, a second activity under the same leader. Traps: the
province's plan of 15/9, "Làm việc tại cơ quan.", the reports' deadline of 29/9 in the closing note."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Para as P, Slot

CT, PCT1, PCT2 = "Phan Văn Hiếu", "Lương Thị Duyên", "Đinh Công Toại"
VP, KT, VHXH, TTHCC = ("Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
                       "Trung tâm Phục vụ hành chính công xã")
DIRECTORY = {
    "units": [(VP, None, []), (KT, None, ["Phòng Kinh tế xã"]), (VHXH, None, ["Phòng Văn hóa - Xã hội xã"]),
              (TTHCC, None, []), ("Công an xã", None, []), ("Ban Chỉ huy Quân sự xã", None, []),
              ("Ủy ban MTTQ Việt Nam xã", None, [])],
    "persons": [(CT, "Chủ tịch UBND xã"), (PCT1, "Phó Chủ tịch UBND xã"), (PCT2, "Phó Chủ tịch UBND xã")],
    "groups": [("Lãnh đạo UBND xã", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch UBND xã")
P1_IS = (PCT1,)
P2_IS = (PCT2,)


def on(d, lines, title, **kw):
    """An entry: its lines joined by line breaks (the leader's line first when it opens the entry)."""
    return Ev(E(title, dates=(f"2025-09-{d:02d}",), line="\n".join(lines), **kw), None)


DOC = Doc(
    key="ubnd-xa-tuan-2025-09", office="UBND xã Tân Lĩnh (xã hai cấp), lịch tuần theo buổi, lãnh đạo đánh số trong buổi",
    kind="weekly", year=2025, month=9, issued="2025-09-19",
    left=["ỦY BAN NHÂN DÂN", "XÃ TÂN LĨNH"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tân Lĩnh, ngày 19 tháng 9 năm 2025"],
    title=["LỊCH LÀM VIỆC CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN XÃ TÂN LĨNH",
           "(Tuần thứ 39 từ ngày 22/9/2025 đến ngày 26/9/2025)", "LỊCH NÀY THAY THƯ MỜI HỌP"],
    numbering=["{n}."], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Thực hiện Kế hoạch số 208/KH-UBND ngày 15/9/2025 của UBND tỉnh về cao điểm giải quyết thủ tục hành chính, "
          "Văn phòng HĐND và UBND xã thông báo lịch làm việc của lãnh đạo UBND xã như sau:"),
        Day("THỨ HAI (22/9/2025):", "2025-09-22"),
        Slot("* SÁNG:"),
        on(22, ["1. Chủ tịch, các Phó Chủ tịch UBND xã: Chào cờ đầu tuần và giao ban lãnh đạo UBND xã. (Giao Văn phòng "
                "HĐND và UBND xã chuẩn bị)",
                "Thành phần tham dự: Trưởng các phòng chuyên môn, Giám đốc Trung tâm Phục vụ hành chính công xã.",
                "Thời gian, địa điểm: 07 giờ 30’ tại Phòng họp số 1 UBND xã."],
           "Chào cờ đầu tuần và giao ban lãnh đạo UBND xã", clock="07:30",
           attendees="Trưởng các phòng chuyên môn, Giám đốc Trung tâm Phục vụ hành chính công xã",
           attendees_has="Trưởng các phòng chuyên môn", place="Phòng họp số 1 UBND xã", units=(VP,)),
        on(22, [f"2. Chủ tịch UBND xã {CT}:",
                "09 giờ 00’: Chủ trì họp xét duyệt hồ sơ hỗ trợ xóa nhà tạm, nhà dột nát đợt 3 năm 2025. (Giao Phòng "
                "Văn hóa - Xã hội chuẩn bị nội dung)",
                "Thành phần tham dự: Ủy ban MTTQ Việt Nam xã, Phòng Kinh tế, trưởng các thôn có hộ được hỗ trợ.",
                "Địa điểm: tại Phòng họp số 2 UBND xã."],
           "Họp xét duyệt hồ sơ hỗ trợ xóa nhà tạm, nhà dột nát đợt 3 năm 2025", clock="09:00", kind="meeting",
           chair=f"Chủ tịch UBND xã {CT}", chair_is=CT_IS,
           attendees="Ủy ban MTTQ Việt Nam xã, Phòng Kinh tế, trưởng các thôn có hộ được hỗ trợ",
           attendees_has="trưởng các thôn có hộ được hỗ trợ", place="Phòng họp số 2 UBND xã", units=(VHXH,)),
        P(f"3. Phó Chủ tịch UBND xã {PCT1}: Làm việc tại cơ quan."),
        Slot("* CHIỀU:"),
        on(22, [f"1. Phó Chủ tịch UBND xã {PCT2}:",
                "14 giờ 00’: Kiểm tra công tác phòng, chống dịch tả lợn châu Phi tại thôn Đồng Mới và thôn Bãi Sậy. "
                "(Giao Phòng Kinh tế chuẩn bị)",
                "Thành phần tham dự: cán bộ thú y xã, trưởng thôn Đồng Mới, trưởng thôn Bãi Sậy."],
           "Kiểm tra công tác phòng, chống dịch tả lợn châu Phi tại thôn Đồng Mới và thôn Bãi Sậy", clock="14:00",
           attendees="cán bộ thú y xã, trưởng thôn Đồng Mới, trưởng thôn Bãi Sậy", attendees_has="cán bộ thú y xã",
           units=(KT,)),
        on(22, [f"2. Chủ tịch UBND xã {CT}:",
                "14 giờ 30’: Dự Hội nghị trực tuyến của UBND tỉnh về chuyển đổi số trong giải quyết thủ tục hành chính.",
                "Địa điểm: tại điểm cầu UBND xã."],
           "Dự Hội nghị trực tuyến của UBND tỉnh về chuyển đổi số trong giải quyết thủ tục hành chính",
           clock="14:30", place="điểm cầu UBND xã"),
        Day("THỨ BA (23/9/2025):", "2025-09-23"),
        Slot("* SÁNG:"),
        on(23, [f"1. Chủ tịch UBND xã {CT}:", "08 giờ 00’: Tiếp công dân định kỳ tháng 9/2025.",
                "Thành phần tham dự: đại diện Ủy ban MTTQ Việt Nam xã, Công an xã, công chức Tư pháp - Hộ tịch.",
                "Địa điểm: tại Trụ sở Tiếp công dân xã."],
           "Tiếp công dân định kỳ tháng 9/2025", clock="08:00", kind="reception", chair=f"Chủ tịch UBND xã {CT}",
           chair_is=CT_IS, attendees="đại diện Ủy ban MTTQ Việt Nam xã, Công an xã, công chức Tư pháp - Hộ tịch",
           attendees_has="Công an xã", place="Trụ sở Tiếp công dân xã"),
        on(23, [f"2. Phó Chủ tịch UBND xã {PCT1}:",
                "07 giờ 30’ (cả ngày): Dự lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 do Ban Chỉ huy Quân "
                "sự xã tổ chức.", "Địa điểm: tại Hội trường Đảng ủy xã."],
           "Dự lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 do Ban Chỉ huy Quân sự xã tổ chức",
           clock="07:30", place="Hội trường Đảng ủy xã", slot_cell="Cả ngày\n7 giờ 30"),
        Slot("* CHIỀU:"),
        on(23, ["1. Chủ tịch, các Phó Chủ tịch UBND xã:",
                "14 giờ 00’: Phiên họp UBND xã thường kỳ tháng 9/2025. (Giao Văn phòng HĐND và UBND xã chuẩn bị)",
                "Thành phần tham dự: Ủy viên UBND xã; mời Thường trực HĐND xã, Ủy ban MTTQ Việt Nam xã dự.",
                "Địa điểm: tại Phòng họp số 1 UBND xã.", "Nội dung:"],
           "Phiên họp UBND xã thường kỳ tháng 9/2025", clock="14:00", kind="meeting",
           attendees="Ủy viên UBND xã; mời Thường trực HĐND xã, Ủy ban MTTQ Việt Nam xã dự",
           attendees_has="Thường trực HĐND xã", place="Phòng họp số 1 UBND xã", units=(VP,),
           items=[I("Báo cáo tình hình kinh tế - xã hội tháng 9, nhiệm vụ trọng tâm tháng 10/2025", VP),
                  I("Tiến độ thu ngân sách và giải ngân vốn đầu tư công 9 tháng năm 2025", KT),
                  I("Kế hoạch tổ chức Tết Trung thu cho thiếu nhi năm 2025 (dự kiến)", VHXH)]),
        Day("THỨ TƯ (24/9/2025):", "2025-09-24"),
        Slot("* SÁNG:"),
        on(24, [f"1. Phó Chủ tịch UBND xã {PCT2}: Chủ trì làm việc với các hộ dân bị ảnh hưởng dự án nâng cấp đê hữu "
                "sông Lĩnh về phương án bồi thường. (Giao Phòng Kinh tế chủ trì, phối hợp với Trung tâm Phục vụ hành "
                "chính công xã chuẩn bị)",
                "Thành phần tham dự: đại diện Ủy ban MTTQ Việt Nam xã, trưởng thôn Cửa Lĩnh, các hộ dân có liên quan.",
                "Thời gian, địa điểm: 08 giờ 00’ tại Nhà văn hóa thôn Cửa Lĩnh."],
           "Làm việc với các hộ dân bị ảnh hưởng dự án nâng cấp đê hữu sông Lĩnh về phương án bồi thường",
           clock="08:00", chair=f"Phó Chủ tịch UBND xã {PCT2}", chair_is=P2_IS,
           attendees="đại diện Ủy ban MTTQ Việt Nam xã, trưởng thôn Cửa Lĩnh, các hộ dân có liên quan",
           attendees_has="trưởng thôn Cửa Lĩnh", place="Nhà văn hóa thôn Cửa Lĩnh", units=(KT, TTHCC)),
        on(24, [f"2. Chủ tịch UBND xã {CT}: Dự Hội nghị Ban Chấp hành Đảng bộ xã lần thứ hai (dự kiến).",
                "Thời gian, địa điểm: 08 giờ 00’ tại Hội trường Đảng ủy xã."],
           "Dự Hội nghị Ban Chấp hành Đảng bộ xã lần thứ hai", clock="08:00", status="tentative",
           place="Hội trường Đảng ủy xã", tail="(dự kiến)"),
        Slot("* CHIỀU:"),
        on(24, [f"1. Phó Chủ tịch UBND xã {PCT1}:",
                "14 giờ 00’: Chủ trì họp Ban Tổ chức Tết Trung thu xã năm 2025. (Giao Phòng Văn hóa - Xã hội chuẩn bị)",
                "Thành phần tham dự: thành viên Ban Tổ chức; Bí thư Đoàn Thanh niên xã; hiệu trưởng các trường mầm "
                "non, tiểu học trên địa bàn xã.", "Địa điểm: tại Phòng họp số 2 UBND xã."],
           "Họp Ban Tổ chức Tết Trung thu xã năm 2025", clock="14:00", kind="meeting",
           chair=f"Phó Chủ tịch UBND xã {PCT1}", chair_is=P1_IS,
           attendees="thành viên Ban Tổ chức; Bí thư Đoàn Thanh niên xã; hiệu trưởng các trường mầm non, tiểu học",
           attendees_has="Bí thư Đoàn Thanh niên xã", place="Phòng họp số 2 UBND xã", units=(VHXH,)),
        Day("THỨ NĂM (25/9/2025):", "2025-09-25"),
        Slot("* SÁNG:"),
        on(25, [f"1. Chủ tịch UBND xã {CT}:",
                "07 giờ 30’: Chủ trì Hội nghị đối thoại với Nhân dân về công tác cải cách thủ tục hành chính năm 2025 "
                "(tạm hoãn)."],
           "Hội nghị đối thoại với Nhân dân về công tác cải cách thủ tục hành chính năm 2025", clock="07:30",
           status="cancelled", chair=f"Chủ tịch UBND xã {CT}", chair_is=CT_IS, tail="(tạm hoãn)"),
        on(25, ["09 giờ 30’: Làm việc với Đoàn kiểm tra của Sở Nội vụ về công tác văn thư, lưu trữ năm 2025. (Giao Văn "
                "phòng HĐND và UBND xã chuẩn bị)", "Địa điểm: tại Phòng họp số 1 UBND xã."],
           "Làm việc với Đoàn kiểm tra của Sở Nội vụ về công tác văn thư, lưu trữ năm 2025", clock="09:30",
           place="Phòng họp số 1 UBND xã", units=(VP,)),
        Slot("* CHIỀU:"),
        on(25, [f"1. Phó Chủ tịch UBND xã {PCT2}:",
                "14 giờ 00’: Chủ trì nghiệm thu hoàn thành công trình đường giao thông nội đồng thôn Đồng Mới. (Giao "
                "Phòng Kinh tế chuẩn bị)",
                "Thành phần tham dự: đơn vị thi công, đơn vị tư vấn giám sát, Ban giám sát đầu tư của cộng đồng thôn "
                "Đồng Mới.", "Địa điểm: tại thôn Đồng Mới."],
           "Nghiệm thu hoàn thành công trình đường giao thông nội đồng thôn Đồng Mới", clock="14:00",
           chair=f"Phó Chủ tịch UBND xã {PCT2}", chair_is=P2_IS,
           attendees="đơn vị thi công, đơn vị tư vấn giám sát, Ban giám sát đầu tư của cộng đồng thôn Đồng Mới",
           attendees_has="đơn vị tư vấn giám sát", place="thôn Đồng Mới", units=(KT,)),
        Day("THỨ SÁU (26/9/2025):", "2025-09-26"),
        Slot("* SÁNG:"),
        on(26, ["1. Chủ tịch, các Phó Chủ tịch UBND xã: Ra quân tổng vệ sinh môi trường hưởng ứng Chiến dịch làm cho "
                "thế giới sạch hơn năm 2025. (Giao Phòng Kinh tế chuẩn bị)",
                "Thành phần tham dự: cán bộ, công chức UBND xã; đoàn viên thanh niên; Nhân dân các thôn.",
                "Thời gian, địa điểm: 06 giờ 30’ tại các thôn trên địa bàn xã."],
           "Ra quân tổng vệ sinh môi trường hưởng ứng Chiến dịch làm cho thế giới sạch hơn năm 2025", clock="06:30",
           attendees="cán bộ, công chức UBND xã; đoàn viên thanh niên; Nhân dân các thôn",
           attendees_has="đoàn viên thanh niên", place="các thôn trên địa bàn xã", units=(KT,)),
        on(26, [f"2. Phó Chủ tịch UBND xã {PCT1}:",
                "09 giờ 00’: Kiểm tra hoạt động của Trung tâm Phục vụ hành chính công xã. (Giao Văn phòng HĐND và UBND "
                "xã chuẩn bị)"],
           "Kiểm tra hoạt động của Trung tâm Phục vụ hành chính công xã", clock="09:00", units=(VP,)),
        Slot("* CHIỀU:"),
        on(26, [f"1. Chủ tịch UBND xã {CT}:",
                "15 giờ 00’: Chủ trì giao ban đánh giá kết quả công tác tuần, triển khai nhiệm vụ tuần tới. (Giao Văn "
                "phòng HĐND và UBND xã chuẩn bị)",
                "Thành phần tham dự: các Phó Chủ tịch UBND xã, Trưởng các phòng chuyên môn.",
                "Địa điểm: tại Phòng họp số 1 UBND xã."],
           "Giao ban đánh giá kết quả công tác tuần, triển khai nhiệm vụ tuần tới", clock="15:00", kind="meeting",
           chair=f"Chủ tịch UBND xã {CT}", chair_is=CT_IS,
           attendees="các Phó Chủ tịch UBND xã, Trưởng các phòng chuyên môn",
           attendees_has="Trưởng các phòng chuyên môn", place="Phòng họp số 1 UBND xã", units=(VP,)),
        P(f"2. Phó Chủ tịch UBND xã {PCT2}: Làm việc tại cơ quan."),
        P("Ghi chú: Các phòng chuyên môn, đơn vị gửi báo cáo kết quả công tác tháng 9/2025 về Văn phòng HĐND và UBND xã "
          "trước 16 giờ 00’ ngày 29/9/2025 để tổng hợp."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy xã (b/c);", "- Thường trực HĐND xã;", "- Lãnh đạo UBND xã;",
            "- Các phòng, đơn vị;", "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Hà Thị Thu"],
)
