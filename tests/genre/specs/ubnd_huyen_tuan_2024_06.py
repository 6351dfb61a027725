"""A district's weekly schedule, second revision: an item moved ("lùi sang"), one postponed ("HOÃN …
thông báo sau"), one moved from an earlier week ("chuyển từ ngày …"), a change of room, a Saturday item."""
from tests.genre.model import Day, Doc, Ev, Event as E, Leader as L, Para as P

CT, PCT1, PCT2 = "Tạ Quang Vinh", "Ngô Thị Bích", "Lê Minh Trí"
DIRECTORY = {
    "units": [("Văn phòng HĐND và UBND huyện", None, []), ("Phòng Giáo dục và Đào tạo", None, []),
              ("Phòng Tài nguyên và Môi trường", None, []), ("Công an huyện", None, [])],
    "persons": [(CT, "Chủ tịch UBND huyện"), (PCT1, "Phó Chủ tịch UBND huyện"), (PCT2, "Phó Chủ tịch UBND huyện")],
    "groups": [("Lãnh đạo UBND huyện", [CT, PCT1, PCT2]), ("Thường trực Huyện ủy", [])],
}


def on(d):
    return lambda title, **kw: E(title, dates=(f"2024-06-{d}",), **kw)


DOC = Doc(
    key="ubnd-huyen-tuan-2024-06", office="UBND huyện Thạch Khê (tỉnh Bảo Lam), lịch tuần điều chỉnh",
    kind="weekly", year=2024, month=6, issued="2024-06-11",
    left=["UBND HUYỆN THẠCH KHÊ", "VĂN PHÒNG HĐND VÀ UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    title=["LỊCH CÔNG TÁC TUẦN 24 CỦA LÃNH ĐẠO UBND HUYỆN", "(Từ ngày 10/6 đến ngày 14/6/2024)",
           "(Điều chỉnh lần 2)"],
    numbering=["{n}."], style="inline", directory=DIRECTORY,
    blocks=[
        Day("Thứ Hai, ngày 10/6/2024", "2024-06-10"),
        Ev(on(10)("Chủ tịch UBND huyện chủ trì họp giao ban đầu tuần", slot="sáng", kind="meeting",
                  chair_is=(CT, "Chủ tịch UBND huyện"), place="Phòng họp UBND huyện",
                  line="- Sáng: Chủ tịch UBND huyện chủ trì họp giao ban đầu tuần. Địa điểm: Phòng họp UBND huyện.",
                  slot_cell="Sáng")),
        Ev(on(10)("Phó Chủ tịch UBND huyện Ngô Thị Bích làm việc với Phòng Giáo dục và Đào tạo về công tác chuẩn "
                  "bị kỳ thi tuyển sinh vào lớp 10 năm học 2024 - 2025", clock="14:00", chair_is=(PCT1,),
                  line="- Chiều (14 giờ 00): Phó Chủ tịch UBND huyện Ngô Thị Bích làm việc với Phòng Giáo dục và "
                       "Đào tạo về công tác chuẩn bị kỳ thi tuyển sinh vào lớp 10 năm học 2024 - 2025.")),
        Day("Thứ Ba, ngày 11/6/2024", "2024-06-11"),
        Ev(E("Hội nghị triển khai công tác quản lý nhà nước về đất đai năm 2024", dates=("2024-06-13",),
             clock="08:00", kind="meeting", units=("Phòng Tài nguyên và Môi trường",),
             line="- Sáng: Hội nghị triển khai công tác quản lý nhà nước về đất đai năm 2024 (Phòng Tài nguyên và "
                  "Môi trường chuẩn bị) - lùi sang 8 giờ 00 sáng thứ Năm, ngày 13/6/2024.",
             day_cell="Thứ Ba\n11/06/2024", slot_cell="Sáng",
             tail="(lùi sang 8 giờ 00 sáng thứ Năm, ngày 13/6/2024)")),
        Ev(E("Chủ tịch UBND huyện tiếp công dân định kỳ tháng 6", dates=("2024-06-11",), slot="chiều",
             status="cancelled", kind="reception", chair_is=(CT, "Chủ tịch UBND huyện"),
             line="- Chiều: Chủ tịch UBND huyện tiếp công dân định kỳ tháng 6 (HOÃN, thời gian tổ chức thông báo "
                  "sau).", tail="(HOÃN, thời gian tổ chức thông báo sau)", day_cell="Thứ Ba\n11/06/2024")),
        Day("Thứ Tư, ngày 12/6/2024", "2024-06-12"),
        Ev(on(12)("Phó Chủ tịch UBND huyện Lê Minh Trí họp Hội đồng bồi thường, hỗ trợ, tái định cư dự án đường "
                  "tránh Quốc lộ 1A", clock="07:30", kind="meeting", chair_is=(PCT2,),
                  place="Phòng họp số 2 UBND huyện",
                  line="- Sáng (7 giờ 30): Phó Chủ tịch UBND huyện Lê Minh Trí họp Hội đồng bồi thường, hỗ trợ, tái "
                       "định cư dự án đường tránh Quốc lộ 1A, tại Phòng họp số 2 UBND huyện (thay đổi địa điểm, "
                       "không họp tại Phòng họp số 1).")),
        Ev(on(12)("Phó Chủ tịch UBND huyện Ngô Thị Bích dự Hội nghị tập huấn chuyển đổi số tại tỉnh",
                  chair_is=(PCT1,), slot_cell="Cả ngày",
                  line="- Cả ngày: Phó Chủ tịch UBND huyện Ngô Thị Bích dự Hội nghị tập huấn chuyển đổi số tại "
                       "tỉnh.")),
        Day("Thứ Năm, ngày 13/6/2024", "2024-06-13"),
        Ev(on(13)("Thường trực Huyện ủy, lãnh đạo UBND huyện làm việc với Đoàn giám sát của Ban Kinh tế - Ngân "
                  "sách HĐND tỉnh", slot="chiều", attendees_has="Thường trực Huyện ủy",
                  line="- Chiều: Thường trực Huyện ủy, lãnh đạo UBND huyện làm việc với Đoàn giám sát của Ban Kinh "
                       "tế - Ngân sách HĐND tỉnh.", slot_cell="Chiều")),
        Day("Thứ Sáu, ngày 14/6/2024", "2024-06-14"),
        Ev(on(14)("Hội nghị sơ kết công tác 6 tháng đầu năm 2024 của Ban Chỉ đạo 138 huyện", slot="sáng",
                  kind="meeting", units=("Công an huyện",), slot_cell="Sáng",
                  line="- Sáng: Hội nghị sơ kết công tác 6 tháng đầu năm 2024 của Ban Chỉ đạo 138 huyện (Công an "
                       "huyện chuẩn bị; chuyển từ ngày 07/6/2024).", tail="(chuyển từ ngày 07/6/2024)")),
        L("Chiều", ["Lãnh đạo UBND huyện làm việc tại cơ quan."], who_is_slot=True),
        Day("Thứ Bảy, ngày 15/6/2024", "2024-06-15"),
        Ev(on(15)("Chủ tịch UBND huyện dự Lễ phát động Ngày hội hiến máu tình nguyện “Giọt hồng Thạch Khê” năm "
                  "2024", clock="07:00", chair_is=(CT, "Chủ tịch UBND huyện"), place="Quảng trường huyện",
                  line="- Sáng (7 giờ 00): Chủ tịch UBND huyện dự Lễ phát động Ngày hội hiến máu tình nguyện "
                       "“Giọt hồng Thạch Khê” năm 2024 tại Quảng trường huyện.")),
        P("Lịch công tác tuần này thay cho Lịch đã gửi ngày 07/6/2024."),
    ],
    footer=["Nơi nhận:", "- TT Huyện ủy, TT HĐND huyện;", "- Lãnh đạo UBND huyện;", "- Lưu: VT.",
            "CHÁNH VĂN PHÒNG", "Phạm Thị Thu"],
)
