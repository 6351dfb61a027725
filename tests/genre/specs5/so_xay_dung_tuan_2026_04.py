"""A provincial Department of Construction's weekly schedule of its directors (April 2026) written field by
field: day lines "Thứ Hai, ngày 13/4/2026", slot headings "* SÁNG:" / "* CHIỀU:", then "+ 07 giờ 30: …" with
"Chủ trì: …", "Thành phần: …", "Địa điểm: …" and "(Giao … chuẩn bị nội dung)" lines; a meeting at the
province attended "theo giấy mời", the director's citizens' reception, a traffic-safety conference attended
by the provincial traffic police, an hour moved within the day, a council "(hoãn)", a tentative report, attendees
"(dự kiến 120 người)", an all-day field trip, a Saturday, and "Chiều: Ban Giám đốc Sở làm việc tại cơ
quan." (no event); traps: the Hùng Kings' holiday, a deadline after the week."""
from tests.genre.model import Day, Doc, Ev, Event as E, Leader as L, Para as P, Slot as S

GD, PGD1, PGD2 = "Khổng Minh Tiến", "Âu Thị Bích Ngọc", "Quàng Văn Đông"
BQL = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"
DIRECTORY = {
    "units": [("Văn phòng Sở", None, []), ("Phòng Quản lý xây dựng", None, []),
              ("Phòng Hạ tầng kỹ thuật và Giao thông", None, []), ("Phòng Quản lý chất lượng công trình", None, []),
              ("Trung tâm Kiểm định chất lượng xây dựng", None, []), (BQL, None, ["Ban QLDA giao thông tỉnh"]),
              ("Công an tỉnh", None, []), ("Công an xã Hòa Lạc", None, ["Công an xã"]),
              ("UBND xã Hòa Lạc", None, []), ("Đoàn Thanh niên Sở", None, [])],
    "persons": [(GD, "Giám đốc Sở"), (PGD1, "Phó Giám đốc Sở"), (PGD2, "Phó Giám đốc Sở")],
    "groups": [("Ban Giám đốc Sở", [GD, PGD1, PGD2])],
}
GD_IS = (GD, "Giám đốc Sở", f"Giám đốc Sở {GD}")
P1_IS = (PGD1, f"Phó Giám đốc {PGD1}", f"Phó Giám đốc Sở {PGD1}")
P2_IS = (PGD2, f"Phó Giám đốc {PGD2}", f"Phó Giám đốc Sở {PGD2}")


def on(d, when, **kw):
    return lambda title, **more: Ev(E(title, when=when, dates=(f"2026-04-{d:02d}",), **kw, **more), 0)


def hm(clock):
    h, m = clock.split(":")
    return f"{h} giờ {m}"


def at(d, clock, **kw):
    return on(d, hm(clock), clock=clock, **kw)


DOC = Doc(
    key="so-xay-dung-tuan-2026-04", office="Sở Xây dựng tỉnh Nam Hòa, lịch tuần của Ban Giám đốc viết từng trường",
    kind="weekly", year=2026, month=4, issued="2026-04-10",
    left=["UBND TỈNH NAM HÒA", "SỞ XÂY DỰNG"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Nam Hòa, ngày 10 tháng 4 năm 2026"],
    title=["LỊCH LÀM VIỆC CỦA BAN GIÁM ĐỐC SỞ", "Tuần 16 (từ ngày 13/4/2026 đến ngày 19/4/2026)"],
    numbering=["+"], style="fields", item_bullet="-", directory=DIRECTORY,
    blocks=[
        Day("Thứ Hai, ngày 13/4/2026", "2026-04-13"),
        S("* SÁNG:"),
        at(13, "07:30")("Giao ban Ban Giám đốc Sở đầu tuần", kind="meeting", chair="Giám đốc Sở", chair_is=GD_IS,
                        attendees="Ban Giám đốc Sở, Chánh Văn phòng Sở, Trưởng các phòng chuyên môn",
                        attendees_has="Trưởng các phòng chuyên môn", place="Phòng họp tầng 3, Sở Xây dựng"),
        at(13, "09:30")(f"Phó Giám đốc {PGD1} dự họp nghe báo cáo phương án sắp xếp, xử lý nhà, đất dôi dư sau "
                        "hợp nhất (theo giấy mời của UBND tỉnh)", chair_is=(), place="Phòng họp số 2, UBND tỉnh"),
        S("* CHIỀU:"),
        at(13, "14:00")(f"Giám đốc Sở làm việc với {BQL} về tiến độ dự án nâng cấp đường tỉnh 291", chair_is=GD_IS,
                        attendees="Phòng Hạ tầng kỹ thuật và Giao thông, Phòng Quản lý xây dựng",
                        attendees_has="Phòng Hạ tầng kỹ thuật và Giao thông", place="Phòng họp tầng 3, Sở Xây dựng",
                        units=(BQL,)),
        Day("Thứ Ba, ngày 14/4/2026", "2026-04-14"),
        S("* SÁNG:"),
        at(14, "08:00")("Giám đốc Sở tiếp công dân định kỳ", kind="reception", chair_is=GD_IS,
                        place="Phòng Tiếp công dân, Sở Xây dựng", units=("Văn phòng Sở",)),
        at(14, "08:00")(f"Phó Giám đốc {PGD2} kiểm tra chất lượng công trình Trường Trung học phổ thông Hòa Lạc "
                        "giai đoạn hoàn thiện", chair_is=P2_IS,
                        attendees="Phòng Quản lý chất lượng công trình, Trung tâm Kiểm định chất lượng xây dựng",
                        attendees_has="Phòng Quản lý chất lượng công trình", place="xã Hòa Lạc",
                        units=("Phòng Quản lý chất lượng công trình",)),
        L("Chiều", ["Ban Giám đốc Sở làm việc tại cơ quan."], who_is_slot=True),
        Day("Thứ Tư, ngày 15/4/2026", "2026-04-15"),
        S("* SÁNG:"),
        at(15, "08:00")("Hội nghị triển khai kế hoạch bảo đảm trật tự, an toàn giao thông trên các tuyến đường tỉnh "
                        "quý II năm 2026", kind="meeting", chair=f"Phó Giám đốc {PGD2}", chair_is=P2_IS,
                        attendees="đại diện Phòng Cảnh sát giao thông Công an tỉnh, UBND các xã có tuyến đi qua",
                        attendees_has="UBND các xã có tuyến đi qua", place="Hội trường Sở Xây dựng",
                        units=("Phòng Hạ tầng kỹ thuật và Giao thông",)),
        S("* CHIỀU:"),
        on(15, "15 giờ 30 (thay đổi thời gian, trước đây 14 giờ 00)", clock="15:30")(
            "Họp Hội đồng thẩm định hồ sơ thiết kế xây dựng công trình Nhà văn hóa trung tâm xã Hòa Lạc",
            kind="meeting", chair="Giám đốc Sở", chair_is=GD_IS, attendees="thành viên Hội đồng thẩm định",
            attendees_has="thành viên Hội đồng thẩm định", place="Phòng họp tầng 3, Sở Xây dựng",
            units=("Phòng Quản lý xây dựng",)),
        Day("Thứ Năm, ngày 16/4/2026", "2026-04-16"),
        on(16, "Cả ngày")("Giám đốc Sở kiểm tra công tác quản lý trật tự xây dựng tại xã Hòa Lạc", chair_is=GD_IS,
                          attendees="lãnh đạo UBND xã Hòa Lạc, Công an xã Hòa Lạc",
                          attendees_has="lãnh đạo UBND xã Hòa Lạc", place="UBND xã Hòa Lạc",
                          units=("Phòng Quản lý xây dựng",), slot_cell="Cả ngày"),
        S("* CHIỀU:"),
        at(16, "14:00")(f"Phó Giám đốc {PGD1} chủ trì họp Hội đồng xét cấp chứng chỉ hành nghề hoạt động xây dựng "
                        "hạng II", status="cancelled", chair_is=P1_IS, place="Phòng họp tầng 2, Sở Xây dựng",
                        tail="(hoãn)"),
        Day("Thứ Sáu, ngày 17/4/2026", "2026-04-17"),
        S("* SÁNG:"),
        on(17, "08 giờ 00 (dự kiến)", clock="08:00", status="tentative")(
            "Giám đốc Sở báo cáo UBND tỉnh về điều chỉnh Chương trình phát triển nhà ở tỉnh giai đoạn 2026 - 2030",
            place="Phòng họp số 1, UBND tỉnh", units=("Phòng Quản lý xây dựng",)),
        S("* CHIỀU:"),
        at(17, "14:00")("Hội nghị cán bộ, công chức, viên chức và người lao động Sở Xây dựng năm 2026",
                        kind="meeting", chair="Giám đốc Sở", chair_is=GD_IS,
                        attendees="toàn thể cán bộ, công chức, viên chức, người lao động của Sở (dự kiến 120 người)",
                        attendees_has="toàn thể cán bộ, công chức, viên chức", place="Hội trường Sở Xây dựng",
                        units=("Văn phòng Sở",)),
        Day("Thứ Bảy, ngày 18/4/2026", "2026-04-18"),
        at(18, "07:00")("Đoàn viên thanh niên Sở ra quân dọn vệ sinh, trồng cây xanh tại khu tái định cư Đồng Mai",
                        place="Khu tái định cư Đồng Mai", units=("Đoàn Thanh niên Sở",)),
        P("Ghi chú: Các phòng, đơn vị gửi báo cáo kết quả thực hiện nhiệm vụ tháng 4 về Văn phòng Sở trước ngày "
          "22/4/2026; lễ Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch) năm nay vào Chủ nhật, cơ quan nghỉ bù "
          "thứ Hai, ngày 27/4/2026 theo thông báo của UBND tỉnh."),
    ],
    footer=["Nơi nhận:", "- UBND tỉnh (b/c);", "- Ban Giám đốc Sở;", "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP.", "TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Tạ Thu Hường"],
)
