"""A ward Party committee's weekly schedule of its Thường trực (October 2025, the week of the provincial
Party congress): "THỨ HAI, NGÀY 13/10/2025", leader lines "- Đồng chí Bí thư Đảng ủy: 7 giờ 30, …, điểm
tại …. 14 giờ, …" carrying several events, "Chiều làm việc tại cơ quan." and "Làm việc theo lịch của UBND
phường." (no events), a congress spanning three days written inside the line ("(từ ngày 14 đến ngày
16/10/2025)"), anniversaries whose titles carry other dates, last week's results and a deadline in the
closing note."""
from tests.genre.model import Day, Doc, Event as E, Item as I, Leader as L, Para as P

BT, PBTTT, PBTCT = "Hoàng Thị Thu Trang", "Lò Văn Quyết", "Đinh Công Hậu"
DIRECTORY = {
    "units": [("Văn phòng Đảng ủy phường", None, ["Văn phòng Đảng ủy"]),
              ("Ban Xây dựng Đảng Đảng ủy phường", None, ["Ban Xây dựng Đảng"]),
              ("Ủy ban Kiểm tra Đảng ủy phường", None, ["Ủy ban Kiểm tra Đảng ủy"]),
              ("Ủy ban MTTQ Việt Nam phường", None, ["Ủy ban MTTQ phường"]),
              ("Hội Nông dân phường", None, []), ("Đoàn Thanh niên phường", None, []),
              ("Trường Chính trị tỉnh", None, []), ("Văn phòng HĐND và UBND phường", None, []),
              ("Chi bộ khu phố 4", None, [])],
    "persons": [(BT, "Bí thư Đảng ủy phường"), (PBTTT, "Phó Bí thư Thường trực Đảng ủy phường"),
                (PBTCT, "Phó Bí thư Đảng ủy, Chủ tịch UBND phường")],
    "groups": [("Ban Thường vụ Đảng ủy phường", [BT, PBTTT, PBTCT]), ("Thường trực Đảng ủy phường", [BT, PBTTT])],
}
BT_W, PBTTT_W, PBTCT_W = ("Đồng chí Bí thư Đảng ủy", "Đồng chí Phó Bí thư Thường trực Đảng ủy",
                          "Đồng chí Phó Bí thư Đảng ủy, Chủ tịch UBND phường")
BT_IS = (BT, "Bí thư Đảng ủy", BT_W)
PBTTT_IS = (PBTTT, "Phó Bí thư Thường trực Đảng ủy", PBTTT_W)


def on(d):
    return lambda title, **kw: E(title, dates=(f"2025-10-{d}",), **kw)


DOC = Doc(
    key="dang-uy-phuong-tuan-2025-10", office="Đảng ủy phường Thanh Hà (tỉnh Vân Sơn), lịch tuần của Thường trực",
    kind="weekly", year=2025, month=10, issued="2025-10-11",
    left=["ĐẢNG BỘ TỈNH VÂN SƠN", "ĐẢNG ỦY PHƯỜNG THANH HÀ", "*", "Số 96-LT/ĐU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hà, ngày 11 tháng 10 năm 2025"],
    title=["LỊCH LÀM VIỆC TUẦN 42", "của Thường trực Đảng ủy phường",
           "(từ ngày 13/10/2025 đến ngày 19/10/2025)"],
    numbering=["{n}."], style="leader", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Tuần 41, Thường trực Đảng ủy đã chủ trì 04 cuộc họp; ngày 09/10/2025 tổ chức Hội nghị Ban Chấp hành "
          "Đảng bộ phường lần thứ 3 cho ý kiến Chương trình kiểm tra, giám sát năm 2026. Văn phòng Đảng ủy thông "
          "báo lịch làm việc tuần 42 như sau (lịch này thay giấy mời):"),
        Day("THỨ HAI, NGÀY 13/10/2025", "2025-10-13"),
        L(BT_W, [
            on(13)("làm việc với Chi bộ khu phố 4 về công tác vận động Nhân dân hiến đất mở rộng ngõ 12",
                   clock="07:30", chair_is=BT_IS, units=("Ủy ban MTTQ Việt Nam phường",),
                   place="Nhà văn hóa khu phố 4"),
            on(13)("chủ trì Hội nghị Ban Thường vụ Đảng ủy phường", clock="14:00", kind="meeting", chair_is=BT_IS,
                   attendees="Thường trực HĐND, lãnh đạo UBND phường", attendees_has="lãnh đạo UBND phường",
                   place="Phòng họp Đảng ủy phường",
                   items=[I("Cho ý kiến Kế hoạch học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh",
                            "Ban Xây dựng Đảng"),
                          I("Xem xét hồ sơ kết nạp đảng viên của Chi bộ khu phố 4", "Ban Xây dựng Đảng"),
                          I("Báo cáo kết quả kiểm tra việc thực hiện nhiệm vụ của cấp ủy viên",
                            "Ủy ban Kiểm tra Đảng ủy phường")]),
        ]),
        L(PBTTT_W, [
            on(13)("dự Hội nghị trực tuyến thông tin thời sự tháng 10 năm 2025", clock="08:00",
                   place="Hội trường Đảng ủy phường"),
            "Chiều làm việc tại cơ quan.",
        ]),
        L(PBTCT_W, ["Làm việc theo lịch của UBND phường."]),
        Day("THỨ BA, NGÀY 14/10/2025", "2025-10-14"),
        L(BT_W, [
            on(14)("dự Đại hội đại biểu Đảng bộ tỉnh Vân Sơn lần thứ I, nhiệm kỳ 2025 - 2030", clock="07:30",
                   end="2025-10-16", chair_is=BT_IS, place="Trung tâm Hội nghị tỉnh", tail="(từ ngày 14 đến ngày 16/10/2025)",
                   line="7 giờ 30, dự Đại hội đại biểu Đảng bộ tỉnh Vân Sơn lần thứ I, nhiệm kỳ 2025 - 2030 (từ "
                        "ngày 14 đến ngày 16/10/2025), điểm tại Trung tâm Hội nghị tỉnh."),
        ]),
        L(PBTTT_W, [
            on(14)("dự Lễ kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2025)",
                   clock="08:00", chair_is=PBTTT_IS, units=("Hội Nông dân phường",),
                   place="Hội trường UBND phường"),
            on(14)("chủ trì họp Tổ biên tập Lịch sử Đảng bộ phường giai đoạn 1945 - 2025", clock="14:00",
                   kind="meeting", chair_is=PBTTT_IS, units=("Văn phòng Đảng ủy phường",),
                   place="Phòng họp Đảng ủy phường"),
        ]),
        Day("THỨ TƯ, NGÀY 15/10/2025", "2025-10-15"),
        L(PBTTT_W, [
            on(15)("dự Gặp mặt kỷ niệm 69 năm Ngày truyền thống Hội Liên hiệp Thanh niên Việt Nam "
                   "(15/10/1956 - 15/10/2025)", clock="08:00", chair_is=PBTTT_IS,
                   units=("Đoàn Thanh niên phường",), place="Nhà văn hóa khu phố 2"),
            on(15)("chủ trì Hội nghị giao ban Bí thư chi bộ quý III năm 2025", clock="14:00", kind="meeting",
                   chair_is=PBTTT_IS, attendees="Bí thư các chi bộ trực thuộc", attendees_has="Bí thư các chi bộ",
                   place="Hội trường UBND phường",
                   items=[I("Đánh giá kết quả thực hiện nhiệm vụ quý III, nhiệm vụ quý IV năm 2025",
                            "Văn phòng Đảng ủy phường"),
                          I("Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
                            "Ban Xây dựng Đảng")]),
        ]),
        L(PBTCT_W, [
            on(15)("cùng Đoàn công tác của phường kiểm tra công tác phòng cháy, chữa cháy tại chợ Thanh Hà",
                   clock="09:00", chair_is=(PBTCT, "Chủ tịch UBND phường", PBTCT_W), place="Chợ Thanh Hà"),
        ]),
        Day("THỨ NĂM, NGÀY 16/10/2025", "2025-10-16"),
        L(PBTTT_W, [
            on(16)("dự Hội nghị Ủy ban Kiểm tra Đảng ủy phường", clock="08:00", kind="meeting",
                   place="Phòng họp Đảng ủy phường", units=("Ủy ban Kiểm tra Đảng ủy phường",)),
            on(16)("dự lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2025", clock="13:30",
                   place="Trường Chính trị tỉnh", tail="(đến hết ngày 17/10/2025)", end="2025-10-17",
                   line="13 giờ 30, dự lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2025, điểm tại "
                        "Trường Chính trị tỉnh (đến hết ngày 17/10/2025)."),
        ]),
        Day("THỨ SÁU, NGÀY 17/10/2025", "2025-10-17"),
        L(BT_W, [
            on(17)("tiếp công dân định kỳ", clock="07:30", kind="reception", chair_is=BT_IS,
                   place="Phòng Tiếp công dân phường", units=("Văn phòng HĐND và UBND phường",)),
            on(17)("chủ trì Hội nghị Ban Chấp hành Đảng bộ phường thông tin nhanh kết quả Đại hội Đảng bộ tỉnh",
                   clock="14:00", kind="meeting", chair_is=BT_IS, attendees="các đồng chí Ủy viên Ban Chấp hành "
                   "Đảng bộ phường; Bí thư các chi bộ", attendees_has="Ban Chấp hành Đảng bộ phường",
                   place="Hội trường UBND phường"),
        ]),
        L(PBTCT_W, ["Sáng làm việc tại cơ quan.",
                    on(17)("tiếp và làm việc với Đoàn khảo sát của Sở Xây dựng về quy hoạch chi tiết khu đô thị "
                           "Bắc Thanh Hà", clock="15:30", chair_is=(PBTCT, "Chủ tịch UBND phường", PBTCT_W),
                           place="Phòng họp UBND phường")]),
        Day("THỨ BẢY, NGÀY 18/10/2025", "2025-10-18"),
        L("Thường trực Đảng ủy", [
            on(18)("dự Ngày hội Đại đoàn kết toàn dân tộc điểm của phường tại khu phố 6", clock="19:00",
                   slot="tối", units=("Ủy ban MTTQ Việt Nam phường",), place="Sân Nhà văn hóa khu phố 6"),
        ]),
        Day("CHỦ NHẬT, NGÀY 19/10/2025", "2025-10-19"),
        L(BT_W, [
            on(19)("dự Lễ ra quân \"Ngày Chủ nhật xanh\" bảo vệ môi trường", clock="06:30", chair_is=BT_IS,
                   place="Công viên Bờ Hồ phường Thanh Hà"),
        ]),
        P("Đề nghị các chi bộ gửi báo cáo kết quả sinh hoạt chuyên đề quý III về Văn phòng Đảng ủy trước ngày "
          "24/10/2025. Lịch có thể thay đổi, Văn phòng Đảng ủy sẽ thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy;", "- Các đồng chí Ủy viên Ban Thường vụ;",
            "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy.", "T/L BAN THƯỜNG VỤ",
            "CHÁNH VĂN PHÒNG", "Nguyễn Thị Hải Yến"],
)
