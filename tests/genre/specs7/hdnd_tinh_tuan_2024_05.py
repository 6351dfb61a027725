"""A provincial HĐND's weekly schedule of its Standing Committee, its committees (Ban) and its office (May 2024),
the form of a table copied as text: the day cell "Thứ hai" / "20/5" (lowercase, no year), then each entry a "+"
bullet whose time and persons come last in one bracket: "(sáng; dự: đ/c Thạch)", "(chiều, 14 giờ; chủ trì: đ/c
Thạch)", "(ngày)" for the whole day, "(7 giờ 30; dự: …; tại …)"; a supervision "(từ ngày 22 đến hết ngày 23/5;
trưởng đoàn: đ/c Định)", a vetting "lùi sang sáng thứ Sáu, 24/5" (the event is on the Friday), a survey "tạm hoãn",
the monthly sitting with its papers, a Saturday and a Sunday; traps: the annual program's notice date, a
resolution's date in a title, Hồ Chí Minh's birthday (19/5) in a title, "Thường trực HĐND tỉnh làm việc tại cơ
quan (chiều).", the papers' deadline after the week, "Văn phòng thông báo sau"."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Para as P

CT, PCT1, PCT2 = "Ninh Văn Thạch", "Hứa Thị Mai", "Bế Quang Định"
VP = "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
KTNS, VHXH, PC, DT = ("Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Văn hóa - Xã hội HĐND tỉnh", "Ban Pháp chế HĐND tỉnh",
                      "Ban Dân tộc HĐND tỉnh")
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng Đoàn ĐBQH và HĐND"]), (KTNS, None, ["Ban Kinh tế - Ngân sách"]),
              (VHXH, None, ["Ban Văn hóa - Xã hội"]), (PC, None, ["Ban Pháp chế"]), (DT, None, ["Ban Dân tộc"]),
              ("Văn phòng UBND tỉnh", None, []), ("Ủy ban nhân dân tỉnh", "UBND tỉnh", []),
              ("Sở Tài chính", None, [])],
    "persons": [(CT, "Chủ tịch HĐND tỉnh"), (PCT1, "Phó Chủ tịch HĐND tỉnh"), (PCT2, "Phó Chủ tịch HĐND tỉnh")],
    "groups": [("Thường trực HĐND tỉnh", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "đ/c Thạch", "Chủ tịch HĐND tỉnh")
P1_IS = (PCT1, "đ/c Mai", f"Phó Chủ tịch HĐND tỉnh {PCT1}")
P2_IS = (PCT2, "đ/c Định", f"Phó Chủ tịch HĐND tỉnh {PCT2}")


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2024-05-{d:02d}",), line=line, **kw), 0)


DOC = Doc(
    key="hdnd-tinh-tuan-2024-05", office="Thường trực HĐND tỉnh Bình Lâm, lịch tuần chép từ bảng, giờ cuối dòng",
    kind="weekly", year=2024, month=5, issued="2024-05-17",
    left=["HĐND TỈNH BÌNH LÂM", "VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Bình Lâm, ngày 17 tháng 5 năm 2024"],
    title=["LỊCH LÀM VIỆC TUẦN 21 CỦA THƯỜNG TRỰC, CÁC BAN VÀ VĂN PHÒNG",
           "(từ ngày 20/5/2024 đến ngày 26/5/2024)"],
    numbering=["+"], style="inline", item_bullet="-", directory=DIRECTORY,
    blocks=[
        P("Căn cứ Chương trình công tác năm 2024 của Thường trực HĐND tỉnh (Thông báo số 12/TB-HĐND ngày "
          "05/01/2024), Văn phòng Đoàn ĐBQH và HĐND tỉnh thông báo lịch làm việc tuần 21 như sau:"),
        P("Ngày | Nội dung công việc"),
        Day("Thứ hai\n20/5", "2024-05-20"),
        on(20, "Thường trực HĐND tỉnh dự Lễ kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024) "
               "do Tỉnh ủy tổ chức (sáng; dự: đ/c Thạch).",
           "Thường trực HĐND tỉnh dự Lễ kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024) do "
           "Tỉnh ủy tổ chức", slot="sáng", attendees="đ/c Thạch", attendees_has="Thạch"),
        on(20, "Thường trực HĐND tỉnh họp giao ban với các Ban HĐND tỉnh (chiều, 14 giờ; chủ trì: đ/c Thạch).",
           "Thường trực HĐND tỉnh họp giao ban với các Ban HĐND tỉnh", clock="14:00", kind="meeting",
           chair="đ/c Thạch", chair_is=CT_IS),
        on(20, "Ban Pháp chế giám sát việc thực hiện cải cách hành chính tại Sở Tư pháp (chiều).",
           "Ban Pháp chế giám sát việc thực hiện cải cách hành chính tại Sở Tư pháp", slot="chiều"),
        Day("Thứ ba\n21/5", "2024-05-21"),
        on(21, "Thường trực HĐND tỉnh tiếp công dân định kỳ tháng 5/2024 (sáng; chủ trì: đ/c Mai; tại Trụ sở Tiếp "
               "công dân tỉnh).",
           "Thường trực HĐND tỉnh tiếp công dân định kỳ tháng 5/2024", slot="sáng", kind="reception",
           chair="đ/c Mai", chair_is=P1_IS, place="Trụ sở Tiếp công dân tỉnh"),
        on(21, "Ban Văn hóa - Xã hội khảo sát tình hình thực hiện chính sách đối với giáo viên mầm non ngoài công "
               "lập tại huyện Tân Đồng (ngày).",
           "Ban Văn hóa - Xã hội khảo sát tình hình thực hiện chính sách đối với giáo viên mầm non ngoài công lập "
           "tại huyện Tân Đồng"),
        on(21, "Văn phòng họp giao ban công tác tháng 5 (chiều; dự: Chánh Văn phòng, các Phó Chánh Văn phòng, "
               "Trưởng các phòng).",
           "Văn phòng họp giao ban công tác tháng 5", slot="chiều",
           attendees="Chánh Văn phòng, các Phó Chánh Văn phòng, Trưởng các phòng",
           attendees_has="các Phó Chánh Văn phòng"),
        Day("Thứ tư\n22/5", "2024-05-22"),
        on(22, "Đoàn giám sát của Thường trực HĐND tỉnh giám sát việc quản lý, sử dụng đất công tại thành phố Bình "
               "Lâm (từ ngày 22 đến hết ngày 23/5; trưởng đoàn: đ/c Định).",
           "Đoàn giám sát của Thường trực HĐND tỉnh giám sát việc quản lý, sử dụng đất công tại thành phố Bình Lâm",
           end="2024-05-23", chair="đ/c Định", chair_is=P2_IS),
        on(22, "Thường trực HĐND tỉnh dự Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 06-NQ/TU ngày 10/4/2019 của "
               "Ban Thường vụ Tỉnh ủy (7 giờ 30; dự: đ/c Thạch, đ/c Mai; tại Hội trường Tỉnh ủy).",
           "Thường trực HĐND tỉnh dự Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 06-NQ/TU ngày 10/4/2019 của Ban "
           "Thường vụ Tỉnh ủy", clock="07:30", attendees="đ/c Thạch, đ/c Mai", attendees_has="Mai",
           place="Hội trường Tỉnh ủy"),
        on(22, "Ban Văn hóa - Xã hội họp thẩm tra báo cáo công tác phòng, chống tham nhũng 6 tháng đầu năm 2024 "
               "(13 giờ 30; tại Phòng họp số 3).",
           "Ban Văn hóa - Xã hội họp thẩm tra báo cáo công tác phòng, chống tham nhũng 6 tháng đầu năm 2024",
           clock="13:30", kind="meeting", place="Phòng họp số 3"),
        Day("Thứ năm\n23/5", "2024-05-23"),
        on(23, "Thường trực HĐND tỉnh làm việc với UBND tỉnh về các nội dung trình Kỳ họp thứ 18 (8 giờ 00; chủ trì: "
               "đ/c Thạch; Văn phòng UBND tỉnh chuẩn bị nội dung).",
           "Thường trực HĐND tỉnh làm việc với UBND tỉnh về các nội dung trình Kỳ họp thứ 18", clock="08:00",
           chair="đ/c Thạch", chair_is=CT_IS, units=("Văn phòng UBND tỉnh",)),
        on(23, "Ban Dân tộc khảo sát mô hình sinh kế cho đồng bào dân tộc thiểu số tại xã Phìn Sáng (sáng; tạm "
               "hoãn).",
           "Ban Dân tộc khảo sát mô hình sinh kế cho đồng bào dân tộc thiểu số tại xã Phìn Sáng", slot="sáng",
           status="cancelled", tail="(tạm hoãn)"),
        Ev(E("Ban Kinh tế - Ngân sách thẩm tra dự thảo Nghị quyết quy định mức thu phí tham quan danh lam thắng "
             "cảnh", dates=("2024-05-24",), slot="sáng",
             line="Ban Kinh tế - Ngân sách thẩm tra dự thảo Nghị quyết quy định mức thu phí tham quan danh lam thắng "
                  "cảnh (chiều; lùi sang sáng thứ Sáu, 24/5).",
             day_cell="Thứ Năm\n23/05/2024", slot_cell="Chiều (lùi sang sáng thứ Sáu, 24/5)"), 0),
        on(23, "Thường trực HĐND tỉnh tiếp và làm việc với Đoàn công tác của Ủy ban Pháp luật của Quốc hội (14 giờ "
               "30; chủ trì: đ/c Thạch; tại Phòng họp số 2, trụ sở HĐND tỉnh).",
           "Thường trực HĐND tỉnh tiếp và làm việc với Đoàn công tác của Ủy ban Pháp luật của Quốc hội",
           clock="14:30", chair="đ/c Thạch", chair_is=CT_IS, place="Phòng họp số 2, trụ sở HĐND tỉnh"),
        Day("Thứ sáu\n24/5", "2024-05-24"),
        on(24, "Thường trực HĐND tỉnh họp thường kỳ tháng 5 năm 2024 (8 giờ; chủ trì: đ/c Thạch; tại Phòng họp số 1, "
               "trụ sở HĐND tỉnh), gồm các nội dung:",
           "Thường trực HĐND tỉnh họp thường kỳ tháng 5 năm 2024", clock="08:00", kind="meeting", chair="đ/c Thạch",
           chair_is=CT_IS, place="Phòng họp số 1, trụ sở HĐND tỉnh",
           items=[I("Cho ý kiến dự kiến nội dung, chương trình Kỳ họp thứ 18 HĐND tỉnh", VP),
                  I("Báo cáo kết quả giám sát việc quản lý, sử dụng đất công", PC),
                  I("Dự thảo Nghị quyết điều chỉnh dự toán ngân sách tỉnh năm 2024", "Sở Tài chính", (KTNS,))]),
        P("Thường trực HĐND tỉnh làm việc tại cơ quan (chiều).", 0),
        Day("Thứ bảy\n25/5", "2024-05-25"),
        on(25, "Thường trực HĐND tỉnh dự Lễ phát động Tháng hành động vì trẻ em năm 2024 (7 giờ; dự: đ/c Mai; tại "
               "Quảng trường tỉnh).",
           "Thường trực HĐND tỉnh dự Lễ phát động Tháng hành động vì trẻ em năm 2024", clock="07:00",
           attendees="đ/c Mai", attendees_has="Mai", place="Quảng trường tỉnh"),
        Day("Chủ nhật\n26/5", "2024-05-26"),
        on(26, "Thường trực HĐND tỉnh tham gia Ngày hội hiến máu tình nguyện \"Giọt hồng tri ân\" (sáng; dự: đ/c "
               "Định).",
           "Thường trực HĐND tỉnh tham gia Ngày hội hiến máu tình nguyện \"Giọt hồng tri ân\"", slot="sáng",
           attendees="đ/c Định", attendees_has="Định"),
        P("Lịch làm việc có thể thay đổi, Văn phòng thông báo sau. Các Ban HĐND tỉnh gửi báo cáo thẩm tra về Thường "
          "trực HĐND tỉnh trước ngày 31/5/2024."),
    ],
    footer=["Nơi nhận:", "- Thường trực HĐND tỉnh;", "- Các Ban HĐND tỉnh;", "- Lãnh đạo Văn phòng;", "- Lưu: VT.",
            "CHÁNH VĂN PHÒNG", "Lường Thị Hạnh"],
)
