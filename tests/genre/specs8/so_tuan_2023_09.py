"""A provincial department's leaders' week (Sở Tài nguyên và Môi trường, 11–17/9/2023) in the form its portal
publishes: day headings "* Thứ Hai: 11/9", entries numbered across the week "1-", each the hour "08h00:" then the
leader by his short title and name ("GĐ Hoàng Minh Trí chủ trì …", "PGĐ Lê Thu Hà dự …"), then " - Thành phần:
…" / " - Cùng đi: …" / " - Địa điểm: …" on the same line, the preparing unit in brackets after the title; "Cả
ngày:", a two-day session "07h30 (từ ngày 13/9 đến hết ngày 14/9)", an hour moved "14h00 (lùi sang 15h30)",
"(hoãn)", "(dự kiến)" after the invitees, a Saturday. Traps: the province's letter of 06/9, the closing
deadline of 20/9, "làm việc tại cơ quan"."""
from tests.genre.model import Day, Doc, Ev, Event as E, Para as P

GD, PGD1, PGD2 = "Hoàng Minh Trí", "Lê Thu Hà", "Nguyễn Quốc Bảo"
DIRECTORY = {
    "units": [("Văn phòng Sở", None, []), ("Thanh tra Sở", None, []), ("Chi cục Bảo vệ môi trường", None, []),
              ("Phòng Quản lý đất đai", None, []), ("Văn phòng Đăng ký đất đai tỉnh", None, []),
              ("Phòng Tài nguyên nước và Khoáng sản", None, []), ("Sở Tài chính", None, []),
              ("Sở Xây dựng", None, [])],
    "persons": [(GD, "Giám đốc Sở Tài nguyên và Môi trường"), (PGD1, "Phó Giám đốc Sở Tài nguyên và Môi trường"),
                (PGD2, "Phó Giám đốc Sở Tài nguyên và Môi trường")],
    "groups": [("Ban Giám đốc Sở", [GD, PGD1, PGD2])],
}
GD_IS = (GD, f"GĐ {GD}", "Giám đốc Sở")
P1_IS = (PGD1, f"PGĐ {PGD1}")
P2_IS = (PGD2, f"PGĐ {PGD2}")


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2023-09-{d:02d}",), line=line, **kw), 0)


DOC = Doc(
    key="so-tuan-2023-09", office="Sở Tài nguyên và Môi trường tỉnh Bình Nguyên, lịch tuần của Ban Giám đốc, "
                                  "giờ rồi lãnh đạo viết tắt",
    kind="weekly", year=2023, month=9, issued="2023-09-08",
    left=["UBND TỈNH BÌNH NGUYÊN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Bình Nguyên, ngày 08 tháng 9 năm 2023"],
    title=["LỊCH LÀM VIỆC", "Tuần 37 (11/9/2023 - 17/9/2023)"],
    numbering=["{n}-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Thực hiện Công văn số 2154/UBND-KT ngày 06/9/2023 của UBND tỉnh về tăng cường quản lý khai thác khoáng "
          "sản, Văn phòng Sở thông báo lịch làm việc của Ban Giám đốc Sở trong tuần như sau:"),
        Day("* Thứ Hai: 11/9", "2023-09-11"),
        on(11, f"07h30: GĐ {GD} chủ trì giao ban Ban Giám đốc Sở - Thành phần: các Phó Giám đốc Sở, Chánh Văn phòng "
               f"Sở - Địa điểm: Phòng họp số 1.",
           "Giao ban Ban Giám đốc Sở", clock="07:30", kind="meeting", chair=f"GĐ {GD}", chair_is=GD_IS,
           attendees="các Phó Giám đốc Sở, Chánh Văn phòng Sở", attendees_has="Chánh Văn phòng Sở",
           place="Phòng họp số 1"),
        on(11, f"09h00: PGĐ {PGD1} dự họp Ban Chỉ đạo giải phóng mặt bằng dự án đường ven sông Đà Giang do UBND tỉnh "
               f"tổ chức - Địa điểm: Phòng họp số 3, UBND tỉnh.",
           "Dự họp Ban Chỉ đạo giải phóng mặt bằng dự án đường ven sông Đà Giang do UBND tỉnh tổ chức",
           clock="09:00", attendees=f"PGĐ {PGD1}", place="Phòng họp số 3, UBND tỉnh"),
        on(11, f"14h00: PGĐ {PGD2} chủ trì họp Hội đồng thẩm định báo cáo đánh giá tác động môi trường dự án Nhà máy "
               f"gạch tuynel Tân Hòa (Chi cục Bảo vệ môi trường chuẩn bị) - Thành phần: thành viên Hội đồng thẩm định, "
               f"đại diện chủ dự án - Địa điểm: Phòng họp số 2.",
           "Họp Hội đồng thẩm định báo cáo đánh giá tác động môi trường dự án Nhà máy gạch tuynel Tân Hòa",
           clock="14:00", kind="meeting", chair=f"PGĐ {PGD2}", chair_is=P2_IS,
           attendees="thành viên Hội đồng thẩm định, đại diện chủ dự án", attendees_has="đại diện chủ dự án",
           place="Phòng họp số 2", units=("Chi cục Bảo vệ môi trường",)),
        Day("* Thứ Ba: 12/9", "2023-09-12"),
        on(12, f"Cả ngày: GĐ {GD} đi kiểm tra công tác quản lý khai thác cát trên sông Đà Giang tại huyện Phú Lạc "
               f"(Thanh tra Sở chuẩn bị) - Cùng đi: Chánh Thanh tra Sở, đại diện Phòng Tài nguyên nước và Khoáng sản.",
           "Đi kiểm tra công tác quản lý khai thác cát trên sông Đà Giang tại huyện Phú Lạc",
           attendees="Chánh Thanh tra Sở, đại diện Phòng Tài nguyên nước và Khoáng sản",
           attendees_has="Chánh Thanh tra Sở", units=("Thanh tra Sở",), slot_cell="Cả ngày"),
        on(12, f"08h00: PGĐ {PGD1} làm việc với UBND huyện Tân Hòa về tiến độ cấp giấy chứng nhận quyền sử dụng đất "
               f"lần đầu (Văn phòng Đăng ký đất đai tỉnh chuẩn bị) - Địa điểm: UBND huyện Tân Hòa.",
           "Làm việc với UBND huyện Tân Hòa về tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu",
           clock="08:00", attendees=f"PGĐ {PGD1}", place="UBND huyện Tân Hòa",
           units=("Văn phòng Đăng ký đất đai tỉnh",)),
        Day("* Thứ Tư: 13/9", "2023-09-13"),
        on(13, f"07h30 (từ ngày 13/9 đến hết ngày 14/9): GĐ {GD} dự Kỳ họp thứ 14 (kỳ họp chuyên đề) HĐND tỉnh khóa "
               f"XVII - Địa điểm: Hội trường HĐND tỉnh.",
           "Dự Kỳ họp thứ 14 (kỳ họp chuyên đề) HĐND tỉnh khóa XVII", clock="07:30", end="2023-09-14",
           attendees=f"GĐ {GD}", place="Hội trường HĐND tỉnh",
           day_cell="Từ 13/09\nđến 14/09/2023"),
        on(13, f"08h30: PGĐ {PGD2} chủ trì Hội nghị tập huấn hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn "
               f"(Chi cục Bảo vệ môi trường chuẩn bị) - Thành phần: cán bộ phụ trách môi trường UBND các huyện, thành "
               f"phố (dự kiến) - Địa điểm: Hội trường Sở.",
           "Hội nghị tập huấn hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn", clock="08:30",
           chair=f"PGĐ {PGD2}", chair_is=P2_IS,
           attendees="cán bộ phụ trách môi trường UBND các huyện, thành phố (dự kiến)",
           attendees_has="cán bộ phụ trách môi trường", place="Hội trường Sở",
           units=("Chi cục Bảo vệ môi trường",)),
        on(13, f"14h00 (lùi sang 15h30): PGĐ {PGD1} làm việc với Đoàn kiểm tra của Bộ Tài nguyên và Môi trường về "
               f"công tác đo đạc, bản đồ - Địa điểm: Phòng họp số 1.",
           "Làm việc với Đoàn kiểm tra của Bộ Tài nguyên và Môi trường về công tác đo đạc, bản đồ", clock="15:30",
           attendees=f"PGĐ {PGD1}", place="Phòng họp số 1", slot_cell="Chiều\n14 giờ 00, lùi sang 15 giờ 30"),
        on(13, f"16h00: PGĐ {PGD2} dự họp trực tuyến với Bộ Tài nguyên và Môi trường về triển khai Luật Tài nguyên "
               f"nước năm 2023 - Địa điểm: Điểm cầu UBND tỉnh.",
           "Dự họp trực tuyến với Bộ Tài nguyên và Môi trường về triển khai Luật Tài nguyên nước năm 2023",
           clock="16:00", attendees=f"PGĐ {PGD2}", place="Điểm cầu UBND tỉnh"),
        Day("* Thứ Năm: 14/9", "2023-09-14"),
        on(14, f"08h00: PGĐ {PGD1} chủ trì họp xác định giá đất cụ thể dự án Khu dân cư Bắc Cầu Mới (Phòng Quản lý "
               f"đất đai chuẩn bị) - Thành phần: Sở Tài chính, Sở Xây dựng, UBND thành phố Bình Nguyên - Địa điểm: "
               f"Phòng họp số 2.",
           "Họp xác định giá đất cụ thể dự án Khu dân cư Bắc Cầu Mới", clock="08:00", kind="meeting",
           chair=f"PGĐ {PGD1}", chair_is=P1_IS, attendees="Sở Tài chính, Sở Xây dựng, UBND thành phố Bình Nguyên",
           attendees_has="Sở Xây dựng", place="Phòng họp số 2", units=("Phòng Quản lý đất đai",)),
        on(14, "14h00: Chi bộ Văn phòng Sở sinh hoạt chuyên đề quý III - Địa điểm: Phòng họp số 1 (hoãn).",
           "Chi bộ Văn phòng Sở sinh hoạt chuyên đề quý III", clock="14:00", status="cancelled",
           place="Phòng họp số 1", tail="(hoãn)"),
        on(14, "16h00: Ban Giám đốc họp cho ý kiến dự thảo Kế hoạch sử dụng đất năm 2024 cấp tỉnh (Phòng Quản lý đất "
               "đai chuẩn bị) - Thành phần: BGĐ Sở, Trưởng phòng Quản lý đất đai - Địa điểm: Phòng họp số 1.",
           "Ban Giám đốc họp cho ý kiến dự thảo Kế hoạch sử dụng đất năm 2024 cấp tỉnh", clock="16:00",
           kind="meeting", attendees="BGĐ Sở, Trưởng phòng Quản lý đất đai",
           attendees_has="Trưởng phòng Quản lý đất đai", place="Phòng họp số 1", units=("Phòng Quản lý đất đai",)),
        Day("* Thứ Sáu: 15/9", "2023-09-15"),
        on(15, f"07h30: GĐ {GD} chủ trì Hội nghị sơ kết công tác quý III, triển khai nhiệm vụ quý IV năm 2023 (Văn "
               f"phòng Sở chuẩn bị) - Thành phần: Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc Sở - Địa điểm: "
               f"Hội trường Sở.",
           "Hội nghị sơ kết công tác quý III, triển khai nhiệm vụ quý IV năm 2023", clock="07:30",
           chair=f"GĐ {GD}", chair_is=GD_IS, attendees="Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc Sở",
           attendees_has="Trưởng các phòng", place="Hội trường Sở", units=("Văn phòng Sở",)),
        on(15, f"14h00: GĐ {GD} tiếp công dân định kỳ - Địa điểm: Phòng Tiếp công dân của Sở.",
           "Tiếp công dân định kỳ", clock="14:00", kind="reception", chair=f"GĐ {GD}", chair_is=GD_IS,
           place="Phòng Tiếp công dân của Sở"),
        on(15, f"15h30: PGĐ {PGD2} kiểm tra hiện trường khu vực sạt lở bờ sông xã Hòa Khánh - Cùng đi: đại diện Phòng "
               f"Tài nguyên nước và Khoáng sản, UBND xã Hòa Khánh.",
           "Kiểm tra hiện trường khu vực sạt lở bờ sông xã Hòa Khánh", clock="15:30",
           attendees="đại diện Phòng Tài nguyên nước và Khoáng sản, UBND xã Hòa Khánh",
           attendees_has="UBND xã Hòa Khánh"),
        Day("* Thứ Bảy: 16/9", "2023-09-16"),
        on(16, f"07h00: PGĐ {PGD1} dự Lễ ra quân Chiến dịch làm cho thế giới sạch hơn năm 2023 - Địa điểm: Công viên "
               f"Bờ Hồ, thành phố Bình Nguyên.",
           "Dự Lễ ra quân Chiến dịch làm cho thế giới sạch hơn năm 2023", clock="07:00", attendees=f"PGĐ {PGD1}",
           place="Công viên Bờ Hồ, thành phố Bình Nguyên"),
        P("Các buổi không có lịch, Ban Giám đốc làm việc tại cơ quan. Các phòng, đơn vị gửi báo cáo sơ kết quý III về "
          "Văn phòng Sở trước 16h00 ngày 20/9/2023 để tổng hợp."),
    ],
    footer=["Nơi nhận:", "- Ban Giám đốc Sở;", "- Các phòng, đơn vị trực thuộc;", "- Cổng thông tin điện tử Sở;",
            "- Lưu: VT, VP.", "TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Trần Văn Lực"],
)
