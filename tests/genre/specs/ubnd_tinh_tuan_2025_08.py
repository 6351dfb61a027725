"""A provincial UBND's weekly schedule after the merger, second revision: the clock in parentheses first
("- (8h30) Giao ban …"), leaders by short title ("CT …", "PCTTT …", "PCT …"), places "P. họp số 1, tầng 3",
each change marked at the end ("(bổ sung)", "(thay đổi thời gian, trước đây 8h00)", "(thay đổi địa điểm)",
"(hoãn)"), "Cập nhật lúc 16 giờ 30, ngày 19/8/2025" in the header, the earlier version's date in a note."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P, Slot as S

CT, PCTTT, PCT1, PCT2 = "Trương Hoài Nam", "Lý Thị Bảo Ngọc", "Nghiêm Đức Long", "Hầu Văn Quyết"
VP = "Văn phòng UBND tỉnh"
DIRECTORY = {
    "units": [(VP, None, []), ("Sở Tài chính", None, []), ("Sở Nội vụ", None, []),
              ("Sở Nông nghiệp và Môi trường", None, []), ("Sở Giáo dục và Đào tạo", None, []),
              ("Sở Xây dựng", None, []), ("Công an tỉnh", None, []), ("Công an xã Tân Hà", None, ["Công an xã"]),
              ("Bộ Chỉ huy Quân sự tỉnh", None, []), ("Ban Tiếp công dân tỉnh", None, []),
              ("Trung tâm Phục vụ hành chính công tỉnh", None, [])],
    "persons": [(CT, "Chủ tịch UBND tỉnh"), (PCTTT, "Phó Chủ tịch Thường trực UBND tỉnh"),
                (PCT1, "Phó Chủ tịch UBND tỉnh"), (PCT2, "Phó Chủ tịch UBND tỉnh")],
    "groups": [("Lãnh đạo UBND tỉnh", [CT, PCTTT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch UBND tỉnh", "CT Trương Hoài Nam")


def on(d):
    return lambda title, **kw: E(title, dates=(f"2025-08-{d}",), **kw)


DOC = Doc(
    key="ubnd-tinh-tuan-2025-08", office="UBND tỉnh Sơn Nguyên, lịch tuần điều chỉnh lần 2", kind="weekly",
    year=2025, month=8, issued="2025-08-19",
    left=["UBND TỈNH SƠN NGUYÊN", "VĂN PHÒNG"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "(Cập nhật lúc 16 giờ 30, ngày 19/8/2025)"],
    title=["LỊCH CÔNG TÁC TUẦN CỦA CHỦ TỊCH, CÁC PHÓ CHỦ TỊCH UBND TỈNH",
           "Tuần 34 (từ ngày 18/8/2025 đến ngày 24/8/2025)", "(Điều chỉnh lần 2)"],
    numbering=["{n}."], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        Day("Thứ Hai, 18/8/2025", "2025-08-18"),
        S("Sáng"),
        Ev(on(18)("Giao ban Chủ tịch, các Phó Chủ tịch UBND tỉnh", clock="07:30", kind="meeting",
                  chair="CT Trương Hoài Nam", chair_is=CT_IS, place="P. họp số 1, tầng 3",
                  line="- (7h30) Giao ban Chủ tịch, các Phó Chủ tịch UBND tỉnh - Chủ trì: CT Trương Hoài Nam - "
                       "Địa điểm: P. họp số 1, tầng 3.")),
        Ev(on(18)("Chủ tịch UBND tỉnh tiếp Đoàn công tác của Ngân hàng Phát triển châu Á", clock="09:30",
                  chair="CT Trương Hoài Nam", chair_is=CT_IS, place="Phòng khách UBND tỉnh", tail="(bổ sung)",
                  line="- (9h30) Chủ tịch UBND tỉnh tiếp Đoàn công tác của Ngân hàng Phát triển châu Á - Địa điểm: "
                       "Phòng khách UBND tỉnh (bổ sung).")),
        S("Chiều"),
        Ev(on(18)("Hội nghị trực tuyến đánh giá hoạt động của chính quyền địa phương cấp xã sau 02 tháng vận hành",
                  clock="14:00", kind="meeting", chair="PCTTT Lý Thị Bảo Ngọc",
                  chair_is=(PCTTT, "PCTTT Lý Thị Bảo Ngọc"), units=("Sở Nội vụ",), place="Điểm cầu UBND tỉnh",
                  line="- (14h00) Hội nghị trực tuyến đánh giá hoạt động của chính quyền địa phương cấp xã sau 02 "
                       "tháng vận hành (Sở Nội vụ chuẩn bị) - Chủ trì: PCTTT Lý Thị Bảo Ngọc - Địa điểm: Điểm cầu "
                       "UBND tỉnh.")),
        Day("Thứ Ba, 19/8/2025", "2025-08-19"),
        S("Sáng"),
        Ev(on(19)("Hội nghị Ban Thường vụ Tỉnh ủy", clock="08:00", kind="meeting",
                  attendees="Chủ tịch, các Phó Chủ tịch là Ủy viên Ban Thường vụ Tỉnh ủy",
                  attendees_has="Ủy viên Ban Thường vụ Tỉnh ủy", place="P. họp Ban Thường vụ Tỉnh ủy",
                  line="- (8h00) Hội nghị Ban Thường vụ Tỉnh ủy - Thành phần: Chủ tịch, các Phó Chủ tịch là Ủy viên "
                       "Ban Thường vụ Tỉnh ủy - Địa điểm: P. họp Ban Thường vụ Tỉnh ủy.")),
        S("Chiều"),
        Ev(on(19)("Họp Hội đồng thẩm định giá đất cụ thể dự án Khu đô thị mới Nam Cầu Trắng", clock="14:00",
                  kind="meeting", chair="PCT Nghiêm Đức Long", chair_is=(PCT1, "PCT Nghiêm Đức Long"),
                  units=("Sở Nông nghiệp và Môi trường",), place="P. họp số 2, tầng 3",
                  tail="(thay đổi thời gian, trước đây 8h00 cùng ngày)",
                  line="- (14h00) Họp Hội đồng thẩm định giá đất cụ thể dự án Khu đô thị mới Nam Cầu Trắng (Sở Nông "
                       "nghiệp và Môi trường chuẩn bị) - Chủ trì: PCT Nghiêm Đức Long - Địa điểm: P. họp số 2, tầng "
                       "3 (thay đổi thời gian, trước đây 8h00 cùng ngày).")),
        S("Tối"),
        Ev(on(19)("Chủ tịch UBND tỉnh dự Chương trình nghệ thuật kỷ niệm 80 năm Cách mạng tháng Tám (19/8/1945 - "
                  "19/8/2025) và Quốc khánh 2/9", clock="20:00", chair_is=CT_IS, place="Quảng trường tỉnh",
                  line="- (20h00) Chủ tịch UBND tỉnh dự Chương trình nghệ thuật kỷ niệm 80 năm Cách mạng tháng Tám "
                       "(19/8/1945 - 19/8/2025) và Quốc khánh 2/9 - Địa điểm: Quảng trường tỉnh.")),
        Day("Thứ Tư, 20/8/2025", "2025-08-20"),
        S("Sáng"),
        Ev(on(20)("Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 8/2025", clock="07:30", status="cancelled",
                  kind="reception", chair_is=CT_IS, place="Trụ sở Tiếp công dân tỉnh", tail="(hoãn)",
                  line="- (7h30) Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 8/2025 - Địa điểm: Trụ sở Tiếp "
                       "công dân tỉnh (hoãn).")),
        Ev(on(20)("PCT Nghiêm Đức Long kiểm tra công tác ứng phó với bão số 5 tại các xã ven biển", clock="08:00",
                  chair_is=(PCT1, "PCT Nghiêm Đức Long"),
                  attendees="Lãnh đạo Sở Nông nghiệp và Môi trường, Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh",
                  attendees_has="Bộ Chỉ huy Quân sự tỉnh", tail="(bổ sung)",
                  line="- (8h00) PCT Nghiêm Đức Long kiểm tra công tác ứng phó với bão số 5 tại các xã ven biển - "
                       "Thành phần: Lãnh đạo Sở Nông nghiệp và Môi trường, Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh "
                       "(bổ sung).")),
        L("Chiều", ["Chủ tịch, các Phó Chủ tịch làm việc tại cơ quan."], who_is_slot=True),
        Day("Thứ Năm, 21/8/2025", "2025-08-21"),
        S("Sáng"),
        Ev(on(21)("Kỳ họp thứ Ba (kỳ họp chuyên đề) HĐND tỉnh khóa I", clock="08:00",
                  attendees="Chủ tịch, các Phó Chủ tịch UBND tỉnh", attendees_has="các Phó Chủ tịch UBND tỉnh",
                  place="Hội trường HĐND tỉnh", tail="(cả ngày)",
                  line="- (8h00) Kỳ họp thứ Ba (kỳ họp chuyên đề) HĐND tỉnh khóa I - Thành phần: Chủ tịch, các Phó "
                       "Chủ tịch UBND tỉnh - Địa điểm: Hội trường HĐND tỉnh (cả ngày).")),
        S("Chiều"),
        Ev(on(21)("PCT Hầu Văn Quyết làm việc với Sở Giáo dục và Đào tạo về công tác chuẩn bị năm học 2025 - 2026",
                  clock="14:00", chair_is=(PCT2, "PCT Hầu Văn Quyết"), units=("Sở Giáo dục và Đào tạo",),
                  place="Hội trường Sở Giáo dục và Đào tạo", tail="(thay đổi địa điểm)",
                  line="- (14h00) PCT Hầu Văn Quyết làm việc với Sở Giáo dục và Đào tạo về công tác chuẩn bị năm học "
                       "2025 - 2026 (Sở Giáo dục và Đào tạo chuẩn bị) - Địa điểm: Hội trường Sở Giáo dục và Đào tạo "
                       "(thay đổi địa điểm).")),
        Day("Thứ Sáu, 22/8/2025", "2025-08-22"),
        S("Sáng"),
        Ev(on(22)("Phiên họp UBND tỉnh thường kỳ tháng 8 năm 2025", clock="08:00", kind="meeting",
                  chair="CT Trương Hoài Nam", chair_is=CT_IS, place="P. họp số 1, tầng 3",
                  tail="(thay đổi thời gian, chuyển từ 14h00 thứ Năm, 21/8)",
                  line="- (8h00) Phiên họp UBND tỉnh thường kỳ tháng 8 năm 2025 - Chủ trì: CT Trương Hoài Nam - Địa "
                       "điểm: P. họp số 1, tầng 3 (thay đổi thời gian, chuyển từ 14h00 thứ Năm, 21/8). Nội dung:",
                  items=[I("Báo cáo tình hình kinh tế - xã hội tháng 8 năm 2025", "Sở Tài chính",
                           phrase="(Sở Tài chính trình)"),
                         I("Dự thảo Quyết định quy định chức năng, nhiệm vụ của Trung tâm Phục vụ hành chính công "
                           "tỉnh", VP, phrase="(Văn phòng UBND tỉnh trình)"),
                         I("Phương án bố trí trụ sở làm việc của Công an xã sau sắp xếp", "Công an tỉnh",
                           ("Sở Tài chính",), phrase="(Công an tỉnh chủ trì, phối hợp với Sở Tài chính trình)")])),
        S("Chiều"),
        Ev(on(22)("PCTTT Lý Thị Bảo Ngọc dự Lễ khánh thành cầu Bến Lội", clock="15:00",
                  chair_is=(PCTTT, "PCTTT Lý Thị Bảo Ngọc"), units=("Sở Xây dựng",), place="Xã Tân Hà",
                  tail="(bổ sung)",
                  line="- (15h00) PCTTT Lý Thị Bảo Ngọc dự Lễ khánh thành cầu Bến Lội (Sở Xây dựng chuẩn bị) - Địa "
                       "điểm: Xã Tân Hà (bổ sung).")),
        P("Ghi chú: Các nội dung điều chỉnh so với Lịch công tác tuần đã phát hành ngày 15/8/2025 và bản điều "
          "chỉnh lần 1 ngày 18/8/2025 được ghi trong ngoặc đơn. Thứ Bảy, Chủ nhật: lãnh đạo UBND tỉnh trực theo "
          "phân công."),
    ],
    footer=["Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT.",
            "CHÁNH VĂN PHÒNG", "Vi Thị Thắm"],
)
