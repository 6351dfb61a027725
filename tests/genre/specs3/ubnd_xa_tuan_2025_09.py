"""A new commune's weekly leaders' schedule, first revision (September 2025, two-tier local government):
"(Điều chỉnh lần 1)" under the title and the replaced version's date in a note, "Thứ Hai, ngày 22/9/2025",
"Sáng:" / "Chiều:", lines "- 7 giờ 30: …"; an item postponed ("(hoãn)"), one moved to another day and time
("lùi sang 14 giờ 00, thứ Năm, ngày 25/9/2025"), one moved to another morning ("chuyển sang sáng thứ Sáu,
ngày 26/9/2025"), a changed place, an added item ("(bổ sung)"), a tentative one, the weekly Monday briefing,
the chairman's reception day, "Sáng: Lãnh đạo UBND xã làm việc tại cơ quan." and an item "thời gian thông
báo sau" at the end."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P, Slot as S

CT, PCT1, PCT2 = "Nguyễn Hữu Lộc", "Bùi Thị Thanh Tâm", "Ksor Y Phương"
DIRECTORY = {
    "units": [("Văn phòng HĐND và UBND xã", None, ["Văn phòng HĐND&UBND xã"]), ("Phòng Kinh tế", None, []),
              ("Phòng Văn hóa - Xã hội", None, []), ("Trung tâm Phục vụ hành chính công xã", None, []),
              ("Trung tâm Dịch vụ tổng hợp xã", None, []), ("Ban Chỉ huy Quân sự xã", None, []),
              ("Công an xã Ea Knốp", None, ["Công an xã"]), ("Công an tỉnh", None, []),
              ("Ủy ban MTTQ Việt Nam xã", None, ["Ủy ban MTTQ xã"])],
    "persons": [(CT, "Chủ tịch UBND xã"), (PCT1, "Phó Chủ tịch UBND xã"), (PCT2, "Phó Chủ tịch UBND xã")],
    "groups": [("Lãnh đạo UBND xã", [CT, PCT1, PCT2]), ("Thành viên UBND xã", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch UBND xã")


def on(d):
    return lambda title, **kw: E(title, dates=(f"2025-09-{d}",), **kw)


DOC = Doc(
    key="ubnd-xa-tuan-2025-09", office="UBND xã Ea Knốp (tỉnh Cao Nguyên), lịch tuần điều chỉnh", kind="weekly",
    year=2025, month=9, issued="2025-09-23",
    left=["ỦY BAN NHÂN DÂN", "XÃ EA KNỐP"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Ea Knốp, ngày 23 tháng 9 năm 2025"],
    title=["LỊCH CÔNG TÁC TUẦN 39 CỦA LÃNH ĐẠO UBND XÃ", "(Từ ngày 22/9/2025 đến ngày 28/9/2025)",
           "(Điều chỉnh lần 1)"],
    numbering=["{n}."], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Lịch này thay thế lịch công tác tuần 39 ban hành ngày 19/9/2025; những nội dung điều chỉnh, bổ sung "
          "được ghi rõ tại từng mục. Lịch này thay giấy mời."),
        Day("Thứ Hai, ngày 22/9/2025", "2025-09-22"),
        S("Sáng:"),
        Ev(on(22)("Giao ban lãnh đạo UBND xã đầu tuần", clock="07:30", kind="meeting",
                  chair="Chủ tịch UBND xã", chair_is=CT_IS,
                  attendees="Các Phó Chủ tịch UBND xã; Trưởng các phòng, Giám đốc các Trung tâm thuộc xã",
                  attendees_has="Các Phó Chủ tịch UBND xã", place="Phòng họp số 1, UBND xã",
                  line="- 7 giờ 30: Giao ban lãnh đạo UBND xã đầu tuần; Chủ tịch UBND xã chủ trì. Thành phần: Các "
                       "Phó Chủ tịch UBND xã; Trưởng các phòng, Giám đốc các Trung tâm thuộc xã. Địa điểm: Phòng họp "
                       "số 1, UBND xã.")),
        Ev(on(22)("Phó Chủ tịch UBND xã Ksor Y Phương kiểm tra công tác thu hoạch cà phê, phòng chống trộm cắp "
                  "nông sản tại các buôn", clock="09:30", chair_is=(PCT2,), units=("Phòng Kinh tế", "Công an xã"),
                  line="- 9 giờ 30: Phó Chủ tịch UBND xã Ksor Y Phương kiểm tra công tác thu hoạch cà phê, phòng "
                       "chống trộm cắp nông sản tại các buôn (Phòng Kinh tế, Công an xã chuẩn bị).")),
        S("Chiều:"),
        Ev(on(22)("Chủ tịch UBND xã làm việc với Trung tâm Phục vụ hành chính công xã về giải quyết hồ sơ trễ "
                  "hạn", clock="14:00", chair_is=CT_IS, units=("Trung tâm Phục vụ hành chính công xã",),
                  place="Trung tâm Phục vụ hành chính công xã",
                  line="- 14 giờ 00: Chủ tịch UBND xã làm việc với Trung tâm Phục vụ hành chính công xã về giải quyết "
                       "hồ sơ trễ hạn (Trung tâm Phục vụ hành chính công xã chuẩn bị). Địa điểm: Trung tâm Phục vụ "
                       "hành chính công xã.")),
        Ev(E("Phó Chủ tịch UBND xã Ksor Y Phương làm việc với Trung tâm Dịch vụ tổng hợp xã về kế hoạch tu sửa "
             "đập Buôn Jung", dates=("2025-09-26",), slot="sáng", chair_is=(PCT2,),
             units=("Trung tâm Dịch vụ tổng hợp xã",), day_cell="Thứ Hai\n22/09/2025", slot_cell="Chiều",
             tail="(chuyển sang sáng thứ Sáu, ngày 26/9/2025)",
             line="- Phó Chủ tịch UBND xã Ksor Y Phương làm việc với Trung tâm Dịch vụ tổng hợp xã về kế hoạch tu "
                  "sửa đập Buôn Jung (chiều thứ Hai chuyển sang sáng thứ Sáu, ngày 26/9/2025; Trung tâm Dịch vụ "
                  "tổng hợp xã chuẩn bị).")),
        Day("Thứ Ba, ngày 23/9/2025", "2025-09-23"),
        S("Sáng:"),
        Ev(on(23)("Hội nghị triển khai công tác chuyển đổi số cho cán bộ thôn, buôn năm 2025", clock="08:00",
                  status="cancelled", kind="meeting", chair="Phó Chủ tịch UBND xã Bùi Thị Thanh Tâm",
                  chair_is=(PCT1,), tail="(hoãn)",
                  line="- 8 giờ 00: Hội nghị triển khai công tác chuyển đổi số cho cán bộ thôn, buôn năm 2025; Phó Chủ "
                       "tịch UBND xã Bùi Thị Thanh Tâm chủ trì (hoãn).")),
        Ev(on(23)("Phó Chủ tịch UBND xã Ksor Y Phương dự Hội nghị tập huấn công tác phòng, chống thiên tai của "
                  "tỉnh", clock="07:30", chair_is=(PCT2,), place="Hội trường Sở Nông nghiệp và Môi trường",
                  tail="(bổ sung)",
                  line="- 7 giờ 30: Phó Chủ tịch UBND xã Ksor Y Phương dự Hội nghị tập huấn công tác phòng, chống "
                       "thiên tai của tỉnh. Địa điểm: Hội trường Sở Nông nghiệp và Môi trường (bổ sung).")),
        S("Chiều:"),
        Ev(E("Họp Hội đồng xét duyệt hộ nghèo, hộ cận nghèo phát sinh năm 2025", dates=("2025-09-25",),
             clock="14:00", kind="meeting", chair="Chủ tịch UBND xã", chair_is=CT_IS,
             units=("Phòng Văn hóa - Xã hội",), day_cell="Thứ Ba\n23/09/2025", slot_cell="Chiều\n14 giờ 00",
             tail="(lùi sang 14 giờ 00, thứ Năm, ngày 25/9/2025)",
             line="- 14 giờ 00: Họp Hội đồng xét duyệt hộ nghèo, hộ cận nghèo phát sinh năm 2025; Chủ tịch UBND xã "
                  "chủ trì (Phòng Văn hóa - Xã hội chuẩn bị) - lùi sang 14 giờ 00, thứ Năm, ngày 25/9/2025.")),
        Day("Thứ Tư, ngày 24/9/2025", "2025-09-24"),
        L("Sáng", ["Lãnh đạo UBND xã làm việc tại cơ quan."], who_is_slot=True),
        S("Chiều:"),
        Ev(on(24)("Chủ tịch UBND xã đối thoại với Nhân dân buôn Ea Sar về việc giải phóng mặt bằng tuyến đường "
                  "liên xã", clock="14:00", chair_is=CT_IS, attendees="Ủy ban MTTQ Việt Nam xã; Phòng Kinh tế; "
                  "Trưởng buôn Ea Sar", attendees_has="Ủy ban MTTQ Việt Nam xã", place="Nhà văn hóa cộng đồng buôn "
                  "Ea Sar", tail="(thay đổi địa điểm)",
                  line="- 14 giờ 00: Chủ tịch UBND xã đối thoại với Nhân dân buôn Ea Sar về việc giải phóng mặt bằng "
                       "tuyến đường liên xã. Thành phần: Ủy ban MTTQ Việt Nam xã; Phòng Kinh tế; Trưởng buôn Ea Sar. "
                       "Địa điểm: Nhà văn hóa cộng đồng buôn Ea Sar (thay đổi địa điểm).")),
        Day("Thứ Năm, ngày 25/9/2025", "2025-09-25"),
        S("Sáng:"),
        Ev(on(25)("Chủ tịch UBND xã tiếp công dân định kỳ", clock="07:30", kind="reception", chair_is=CT_IS,
                  place="Phòng Tiếp công dân xã", units=("Văn phòng HĐND và UBND xã",),
                  line="- 7 giờ 30: Chủ tịch UBND xã tiếp công dân định kỳ (Văn phòng HĐND và UBND xã chuẩn bị). "
                       "Địa điểm: Phòng Tiếp công dân xã.")),
        Ev(on(25)("Phó Chủ tịch UBND xã Bùi Thị Thanh Tâm kiểm tra công tác chuẩn bị Chương trình Vui Tết Trung "
                  "thu năm 2025 cho thiếu nhi", clock="08:00", chair_is=(PCT1,), units=("Phòng Văn hóa - Xã hội",),
                  line="- 8 giờ 00: Phó Chủ tịch UBND xã Bùi Thị Thanh Tâm kiểm tra công tác chuẩn bị Chương trình "
                       "Vui Tết Trung thu năm 2025 cho thiếu nhi (Phòng Văn hóa - Xã hội chuẩn bị).")),
        Ev(on(25)("Phó Chủ tịch UBND xã Ksor Y Phương dự Hội nghị giao ban công tác quân sự địa phương quý III",
                  clock="09:30", chair_is=(PCT2,), place="Ban Chỉ huy Quân sự xã", units=("Ban Chỉ huy Quân sự xã",),
                  line="- 9 giờ 30: Phó Chủ tịch UBND xã Ksor Y Phương dự Hội nghị giao ban công tác quân sự địa "
                       "phương quý III (Ban Chỉ huy Quân sự xã chuẩn bị). Địa điểm: Ban Chỉ huy Quân sự xã.")),
        Day("Thứ Sáu, ngày 26/9/2025", "2025-09-26"),
        S("Sáng:"),
        Ev(on(26)("Hội nghị UBND xã thường kỳ tháng 9 năm 2025", clock="07:30", kind="meeting",
                  chair="Chủ tịch UBND xã", chair_is=CT_IS, attendees="Thành viên UBND xã; mời Thường trực Đảng ủy, "
                  "Thường trực HĐND xã", attendees_has="Thành viên UBND xã", place="Hội trường UBND xã",
                  line="- 7 giờ 30: Hội nghị UBND xã thường kỳ tháng 9 năm 2025; Chủ tịch UBND xã chủ trì. Thành "
                       "phần: Thành viên UBND xã; mời Thường trực Đảng ủy, Thường trực HĐND xã. Địa điểm: Hội trường "
                       "UBND xã. Nội dung:",
                  items=[I("Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh tháng 9 và 9 tháng năm 2025",
                           "Văn phòng HĐND và UBND xã"),
                         I("Tình hình thu, chi ngân sách xã 9 tháng năm 2025", "Phòng Kinh tế"),
                         I("Phương án bảo đảm an ninh trật tự mùa thu hoạch cà phê", "Công an xã",
                           ("Ban Chỉ huy Quân sự xã",))])),
        S("Chiều:"),
        Ev(on(26)("Hội nghị sơ kết 3 tháng vận hành mô hình chính quyền địa phương hai cấp", clock="14:00",
                  status="tentative", kind="meeting", chair="Chủ tịch UBND xã", chair_is=CT_IS,
                  units=("Văn phòng HĐND và UBND xã",), place="Hội trường UBND xã", tail="(dự kiến)",
                  line="- 14 giờ 00 (dự kiến): Hội nghị sơ kết 3 tháng vận hành mô hình chính quyền địa phương hai "
                       "cấp; Chủ tịch UBND xã chủ trì (Văn phòng HĐND và UBND xã chuẩn bị). Địa điểm: Hội trường UBND "
                       "xã.")),
        Day("Thứ Bảy, ngày 27/9/2025", "2025-09-27"),
        Ev(on(27)("Phó Chủ tịch UBND xã Bùi Thị Thanh Tâm dự Lễ ra quân hưởng ứng Chiến dịch làm cho thế giới "
                  "sạch hơn năm 2025", clock="07:00", chair_is=(PCT1,), place="Sân vận động xã",
                  units=("Ủy ban MTTQ Việt Nam xã",),
                  line="- 7 giờ 00: Phó Chủ tịch UBND xã Bùi Thị Thanh Tâm dự Lễ ra quân hưởng ứng Chiến dịch làm "
                       "cho thế giới sạch hơn năm 2025 (Ủy ban MTTQ Việt Nam xã chuẩn bị). Địa điểm: Sân vận động "
                       "xã.")),
        P("Nội dung chưa xếp lịch:"),
        Ev(E("Tiếp và làm việc với Đoàn kiểm tra của Sở Tài chính về quản lý, sử dụng tài sản công",
             units=("Phòng Kinh tế",),
             line="- Tiếp và làm việc với Đoàn kiểm tra của Sở Tài chính về quản lý, sử dụng tài sản công (Phòng Kinh "
                  "tế chuẩn bị): thời gian thông báo sau.")),
        P("Trong tuần, nếu có thay đổi, Văn phòng HĐND và UBND xã sẽ thông báo qua nhóm điều hành của UBND xã."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy, HĐND xã;", "- Lãnh đạo UBND xã;", "- Các phòng, Trung tâm thuộc xã;",
            "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "H Linh Niê"],
)
