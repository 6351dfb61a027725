"""A ward's reception schedule for March 2025 (before the two-tier reform: the district is another level) with
several leaders: each line the date first with its weekday in brackets and the hours as a range "Ngày 06/3/2025
(thứ Năm), sáng từ 7 giờ 30 đến 11 giờ 00: Tiếp công dân định kỳ của Chủ tịch UBND phường (đồng chí …); tại
…."; the Party secretary's day moved off a Saturday "(ngày 15/3 trùng thứ Bảy, chuyển sang thứ Hai)", a day
"(hoãn; … lịch tiếp bù thông báo sau)"; then dialogues, a meeting of voters with the district's deputies "(dự kiến
120 cử tri)", a supervision, the quarter's review, "Dự kiến ngày 28/3/2025 (thứ Sáu)", the Youth Union's dates in a
title. Traps: the law of 25/11/2013 and the plan of 10/01/2025, February's figures, no reception on 08/3,
"tiếp công dân đột xuất", the two-working-day registration."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Para as P

CT, PKT, PVX, BT, CTHD = "Lâm Thị Hoa", "Trương Quốc Việt", "Đặng Thị Xuân", "Huỳnh Văn Lộc", "Phạm Ngọc Sơn"
VP = "Văn phòng HĐND và UBND phường"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng UBND phường"]), ("Địa chính - Xây dựng phường", None, []),
              ("Công an phường Phú Mỹ", None, ["Công an phường"]), ("Tư pháp - Hộ tịch phường", None, []),
              ("Đoàn Thanh niên phường", None, []), ("Ban Tiếp công dân quận", None, [])],
    "persons": [(CT, "Chủ tịch UBND phường"), (PKT, "Phó Chủ tịch UBND phường"), (PVX, "Phó Chủ tịch UBND phường"),
                (BT, "Bí thư Đảng ủy phường"), (CTHD, "Chủ tịch HĐND phường")],
    "groups": [("Lãnh đạo UBND phường", [CT, PKT, PVX])],
}
CT_IS = (CT, "Chủ tịch UBND phường")
PKT_IS = (PKT, "Phó Chủ tịch UBND phường phụ trách kinh tế")
PVX_IS = (PVX, "Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội")
BT_IS = (BT, "Bí thư Đảng ủy phường")
CTHD_IS = (CTHD, "Chủ tịch HĐND phường")
ROOM = "Phòng Tiếp công dân phường"


def weekday(d):
    return ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")[(d + 4) % 7]  # 03/3: Mon


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2025-03-{d:02d}",), line=line, **kw), 1)


def reception(d, slot, clock, hours, who, name, chair_is, note="", **kw):
    title = f"Tiếp công dân định kỳ của {who}"
    line = (f"Ngày {d:02d}/3/2025 ({weekday(d)}), {slot} {hours}: {title} (đồng chí {name}); tại {ROOM}"
            + (f" {note}" if note else "") + ".")
    return on(d, line, title, clock=clock, kind="reception", chair_is=chair_is, place=ROOM, **kw)


MORNING, AFTERNOON = "từ 7 giờ 30 đến 11 giờ 00", "từ 13 giờ 30 đến 16 giờ 30"

DOC = Doc(
    key="ubnd-phuong-tiep-dan-2025-03", office="UBND phường Phú Mỹ (quận Giang Thành), lịch tiếp công dân tháng của "
                                               "nhiều lãnh đạo",
    kind="monthly", year=2025, month=3, issued="2025-02-27",
    left=["UBND QUẬN GIANG THÀNH", "UBND PHƯỜNG PHÚ MỸ", "Số: 36/TB-UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Phú Mỹ, ngày 27 tháng 02 năm 2025"],
    title=["THÔNG BÁO", "Lịch tiếp công dân của lãnh đạo phường tháng 3 năm 2025"],
    numbering=["{R}.", "{n}."], style="inline", item_bullet="-", directory=DIRECTORY,
    blocks=[
        P("Căn cứ Luật Tiếp công dân ngày 25/11/2013; căn cứ Kế hoạch số 09/KH-UBND ngày 10/01/2025 của UBND phường về "
          "công tác tiếp công dân năm 2025. Trong tháng 02/2025, lãnh đạo phường đã tiếp 17 lượt công dân. UBND phường "
          "thông báo lịch tiếp công dân tháng 3 năm 2025 như sau:"),
        H("TIẾP CÔNG DÂN ĐỊNH KỲ", 0),
        reception(4, "chiều", "13:30", AFTERNOON, "Phó Chủ tịch UBND phường phụ trách kinh tế", PKT, PKT_IS),
        reception(6, "sáng", "07:30", MORNING, "Chủ tịch UBND phường", CT, CT_IS),
        reception(11, "sáng", "07:30", MORNING, "Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội", PVX, PVX_IS),
        reception(13, "sáng", "07:30", MORNING, "Chủ tịch UBND phường", CT, CT_IS),
        reception(17, "sáng", "07:30", MORNING, "Bí thư Đảng ủy phường", BT, BT_IS,
                  note="(ngày 15/3 trùng thứ Bảy, chuyển sang thứ Hai)"),
        reception(18, "chiều", "13:30", AFTERNOON, "Phó Chủ tịch UBND phường phụ trách kinh tế", PKT, PKT_IS),
        reception(19, "chiều", "13:30", AFTERNOON, "Chủ tịch HĐND phường", CTHD, CTHD_IS),
        reception(20, "sáng", "07:30", MORNING, "Chủ tịch UBND phường", CT, CT_IS),
        reception(25, "sáng", "07:30", MORNING, "Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội", PVX, PVX_IS),
        reception(27, "sáng", "07:30", MORNING, "Chủ tịch UBND phường", CT, CT_IS, status="cancelled",
                  note="(hoãn; Chủ tịch UBND phường dự Hội nghị của Quận ủy, lịch tiếp bù thông báo sau)",
                  tail="(hoãn)"),
        P("Không bố trí tiếp công dân ngày 08/3/2025 (thứ Bảy). Chủ tịch UBND phường tiếp công dân đột xuất trong các "
          "trường hợp quy định tại khoản 3 Điều 18 Luật Tiếp công dân."),
        H("ĐỐI THOẠI, TIẾP XÚC CỬ TRI VÀ CÁC CÔNG VIỆC LIÊN QUAN", 0),
        on(12, "Ngày 12/3/2025 (thứ Tư), 8 giờ 00: Làm việc với Đoàn kiểm tra của Ban Tiếp công dân quận về công tác "
               "tiếp công dân năm 2024; tại Phòng họp UBND phường; (Văn phòng HĐND và UBND phường chuẩn bị báo cáo).",
           "Làm việc với Đoàn kiểm tra của Ban Tiếp công dân quận về công tác tiếp công dân năm 2024", clock="08:00",
           place="Phòng họp UBND phường", units=(VP,)),
        on(14, "Ngày 14/3/2025 (thứ Sáu), 14 giờ 00: Chủ tịch UBND phường đối thoại với các hộ dân khu phố 4 về bồi "
               "thường, hỗ trợ dự án mở rộng đường Lê Lai; tại Nhà văn hóa khu phố 4; (Địa chính - Xây dựng phường "
               "chuẩn bị hồ sơ).",
           "Chủ tịch UBND phường đối thoại với các hộ dân khu phố 4 về bồi thường, hỗ trợ dự án mở rộng đường Lê Lai",
           clock="14:00", chair_is=CT_IS, place="Nhà văn hóa khu phố 4", units=("Địa chính - Xây dựng phường",)),
        on(21, "Ngày 21/3/2025 (thứ Sáu), 19 giờ 00: Tổ đại biểu HĐND quận tiếp xúc cử tri phường sau Kỳ họp chuyên đề "
               "HĐND quận; thành phần: đại diện cử tri các khu phố (dự kiến 120 cử tri); tại Hội trường UBND phường.",
           "Tổ đại biểu HĐND quận tiếp xúc cử tri phường sau Kỳ họp chuyên đề HĐND quận", clock="19:00",
           attendees="đại diện cử tri các khu phố (dự kiến 120 cử tri)", attendees_has="cử tri các khu phố",
           place="Hội trường UBND phường"),
        on(26, "Ngày 26/3/2025 (thứ Tư), 8 giờ 00: Thường trực HĐND phường giám sát việc giải quyết đơn thư khiếu nại, "
               "tố cáo của công dân quý I năm 2025; chủ trì: Chủ tịch HĐND phường; tại Phòng họp UBND phường.",
           "Thường trực HĐND phường giám sát việc giải quyết đơn thư khiếu nại, tố cáo của công dân quý I năm 2025",
           clock="08:00", chair="Chủ tịch HĐND phường", chair_is=CTHD_IS, place="Phòng họp UBND phường"),
        on(28, "Dự kiến ngày 28/3/2025 (thứ Sáu), 8 giờ 00: Bí thư Đảng ủy phường đối thoại với đoàn viên, thanh niên "
               "nhân kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025); tại Hội trường UBND "
               "phường; (Đoàn Thanh niên phường chuẩn bị).",
           "Bí thư Đảng ủy phường đối thoại với đoàn viên, thanh niên nhân kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ "
           "Chí Minh (26/3/1931 - 26/3/2025)", clock="08:00", status="tentative", chair_is=BT_IS,
           place="Hội trường UBND phường", units=("Đoàn Thanh niên phường",)),
        on(31, "Ngày 31/3/2025 (thứ Hai), 14 giờ 00: Giao ban công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý "
               "I năm 2025; chủ trì: Chủ tịch UBND phường; thành phần: Trưởng Công an phường, công chức Tư pháp - Hộ "
               "tịch, Địa chính - Xây dựng phường; tại Phòng họp UBND phường; (Văn phòng HĐND và UBND phường chuẩn bị "
               "báo cáo).",
           "Giao ban công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý I năm 2025", clock="14:00",
           kind="meeting", chair="Chủ tịch UBND phường", chair_is=CT_IS,
           attendees="Trưởng Công an phường, công chức Tư pháp - Hộ tịch, Địa chính - Xây dựng phường",
           attendees_has="Trưởng Công an phường", place="Phòng họp UBND phường", units=(VP,)),
        P("Công dân có nhu cầu gặp lãnh đạo phường đăng ký tại Bộ phận Tiếp công dân trước ngày tiếp ít nhất 02 ngày "
          "làm việc. UBND phường thông báo để Nhân dân trên địa bàn phường biết, liên hệ./."),
    ],
    footer=["Nơi nhận:", "- Ban Tiếp công dân quận;", "- Thường trực Đảng ủy, HĐND phường;", "- Các khu phố;",
            "- Niêm yết tại trụ sở;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", CT],
)
