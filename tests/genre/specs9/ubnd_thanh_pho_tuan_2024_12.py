"""A provincial city's People's Committee week (thành phố Hòa Giang, 09–15/12/2024, before the two-tier reform) as
its portal prints it and a clerk copies it into a document: one " | " row per entry under the header "Thứ ngày |
Giờ | Nội dung | Chủ trì, tham dự | Địa điểm |", the day cell "T. Hai 09/12" only on a day's first row (the
other rows of the day open with the hour), the hour "7:30" / "13:30", "7:30 (Cả ngày)", the leader by given name
and short title "Đ/c Khải CT", "Đ/c Ngân PCT TT", places shortened ("PH2", "Hội trường UBND TP"), the preparing
unit in brackets inside the content, "(tạm hoãn)", a Sunday evening show whose title carries the army's dates.
Traps: the notice of 04/12, the reports' deadline of 10/12, the army's anniversary of 22/12 in a closing note."""
from tests.genre.model import Doc, Ev, Event as E, Para as P

CT, PCTTT, PCT = "Đỗ Quang Khải", "Vũ Thị Ngân", "Trần Minh Hòa"
DIRECTORY = {
    "units": [("Văn phòng HĐND và UBND thành phố", None, []), ("Phòng Tài nguyên và Môi trường", None, []),
              ("Phòng Nội vụ", None, []), ("Phòng Văn hóa và Thông tin", None, []),
              ("Phòng Quản lý đô thị", None, []), ("Ban Chỉ huy Quân sự thành phố", None, []),
              ("Ban Quản lý dự án đầu tư xây dựng thành phố", None, [])],
    "persons": [(CT, "Chủ tịch UBND thành phố"), (PCTTT, "Phó Chủ tịch Thường trực UBND thành phố"),
                (PCT, "Phó Chủ tịch UBND thành phố")],
    "groups": [("Thường trực UBND thành phố", [CT, PCTTT, PCT])],
}
CT_IS = (CT, "Đ/c Khải")
TT_IS = (PCTTT, "Đ/c Ngân")
P_IS = (PCT, "Đ/c Hòa")
WHO = {CT: "Đ/c Khải CT", PCTTT: "Đ/c Ngân PCT TT", PCT: "Đ/c Hòa PCT"}


def row(d, cell, hour, content, who, place, title, chairs=True, **kw):
    """One " | " row; `cell` is the day cell ("" on a day's later rows). The leader chairs unless `chairs` is
    False (the city leader attends another body's meeting: "Dự …")."""
    line = f"{cell} | {hour} | {content} | {who} | {place} |" if cell else f"{hour} | {content} | {who} | {place} |"
    names = [n for n, w in WHO.items() if w in who]
    if chairs:
        kw.update(chair=who, chair_is={CT: CT_IS, PCTTT: TT_IS, PCT: P_IS}[names[0]])
    else:
        kw.update(attendees=who)
    return Ev(E(title, dates=(f"2024-12-{d:02d}",), line=line, place=place or None, **kw), None)


DOC = Doc(
    key="ubnd-thanh-pho-tuan-2024-12", office="UBND thành phố Hòa Giang, lịch tuần chép từ cổng thông tin, hàng có dấu |",
    kind="weekly", year=2024, month=12, issued="2024-12-06",
    left=["UBND THÀNH PHỐ HÒA GIANG", "VĂN PHÒNG HĐND VÀ UBND", "Số: 318/LCT-VP"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Hòa Giang, ngày 06 tháng 12 năm 2024"],
    title=["LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND THÀNH PHỐ", "(Từ ngày 09/12/2024 đến ngày 15/12/2024)"],
    numbering=["{n}."], style="inline", item_bullet="-", directory=DIRECTORY,
    blocks=[
        P("Thực hiện Thông báo số 412/TB-UBND ngày 04/12/2024 của UBND thành phố về phân công nhiệm vụ lãnh đạo UBND "
          "thành phố dịp cuối năm, Văn phòng HĐND và UBND thành phố thông báo lịch công tác tuần như sau:"),
        P("Thứ ngày | Giờ | Nội dung | Chủ trì, tham dự | Địa điểm |"),
        row(9, "T. Hai 09/12", "7:30", "Giao ban Chủ tịch, các PCT UBND thành phố", WHO[CT], "PH2",
            "Giao ban Chủ tịch, các PCT UBND thành phố", clock="07:30", kind="meeting"),
        row(9, "", "9:00", "Họp Ban Chỉ đạo giải phóng mặt bằng dự án Khu đô thị mới Bắc Hòa Giang (Ban Quản lý dự án "
            "đầu tư xây dựng thành phố chuẩn bị)", WHO[PCT], "PH3",
            "Họp Ban Chỉ đạo giải phóng mặt bằng dự án Khu đô thị mới Bắc Hòa Giang", clock="09:00", kind="meeting",
            units=("Ban Quản lý dự án đầu tư xây dựng thành phố",)),
        row(9, "", "14:00", "Hội nghị tổng kết công tác quân sự, quốc phòng địa phương năm 2024 (Ban Chỉ huy Quân sự "
            "thành phố chuẩn bị)", WHO[CT], "Hội trường UBND TP",
            "Hội nghị tổng kết công tác quân sự, quốc phòng địa phương năm 2024", clock="14:00",
            units=("Ban Chỉ huy Quân sự thành phố",)),
        row(9, "", "16:30", "Dự họp Thường trực Thành ủy", WHO[CT], "Phòng họp Thành ủy",
            "Dự họp Thường trực Thành ủy", chairs=False, clock="16:30"),
        row(10, "T. Ba 10/12", "7:30 (Cả ngày)", "Kiểm tra tiến độ xây dựng xã nông thôn mới kiểu mẫu tại xã Minh Tân "
            "và xã Hòa Phú", WHO[PCTTT], "Xã Minh Tân, xã Hòa Phú",
            "Kiểm tra tiến độ xây dựng xã nông thôn mới kiểu mẫu tại xã Minh Tân và xã Hòa Phú", clock="07:30",
            slot_cell="Cả ngày\n7 giờ 30"),
        row(10, "", "14:00", "Tiếp công dân định kỳ tháng 12/2024", WHO[CT], "Trụ sở Tiếp công dân TP",
            "Tiếp công dân định kỳ tháng 12/2024", clock="14:00", kind="reception"),
        row(11, "T. Tư 11/12", "8:00", "Thanh tra tỉnh làm việc với UBND thành phố về kết quả thực hiện kết luận "
            "thanh tra công tác quản lý đất đai", WHO[CT], "PH2",
            "Thanh tra tỉnh làm việc với UBND thành phố về kết quả thực hiện kết luận thanh tra công tác quản lý đất đai",
            chairs=False, clock="08:00"),
        row(11, "", "8:00", "Dự Hội nghị trực tuyến của UBND tỉnh về giải ngân vốn đầu tư công năm 2024", WHO[PCT],
            "Điểm cầu UBND TP", "Dự Hội nghị trực tuyến của UBND tỉnh về giải ngân vốn đầu tư công năm 2024",
            chairs=False, clock="08:00"),
        row(11, "", "14:00", "Họp thông qua phương án bồi thường, hỗ trợ, tái định cư dự án nâng cấp đường Lê Đình "
            "Cẩn (Phòng Tài nguyên và Môi trường chuẩn bị)", WHO[PCT], "PH3",
            "Họp thông qua phương án bồi thường, hỗ trợ, tái định cư dự án nâng cấp đường Lê Đình Cẩn",
            clock="14:00", kind="meeting", units=("Phòng Tài nguyên và Môi trường",)),
        row(12, "T. Năm 12/12", "7:30 (Cả ngày)", "Dự Kỳ họp thứ 22 (kỳ họp thường lệ cuối năm 2024) HĐND thành phố "
            "khóa XXI, nhiệm kỳ 2021 - 2026", f"{WHO[CT]}; {WHO[PCTTT]}; {WHO[PCT]}", "Hội trường UBND TP",
            "Dự Kỳ họp thứ 22 (kỳ họp thường lệ cuối năm 2024) HĐND thành phố khóa XXI", chairs=False,
            clock="07:30", slot_cell="Cả ngày\n7 giờ 30"),
        row(13, "T. Sáu 13/12", "7:30", "Họp Hội đồng Thi đua - Khen thưởng thành phố xét khen thưởng năm 2024 (Phòng "
            "Nội vụ chuẩn bị)", WHO[PCTTT], "PH2",
            "Họp Hội đồng Thi đua - Khen thưởng thành phố xét khen thưởng năm 2024", clock="07:30", kind="meeting",
            units=("Phòng Nội vụ",)),
        row(13, "", "9:30", "Làm việc với Công ty Điện lực Hòa Giang về bảo đảm cấp điện dịp Tết Nguyên đán Ất Tỵ "
            "2025", WHO[PCT], "PH3",
            "Làm việc với Công ty Điện lực Hòa Giang về bảo đảm cấp điện dịp Tết Nguyên đán Ất Tỵ 2025",
            clock="09:30"),
        row(13, "", "14:00", "Dự Hội nghị trực tuyến toàn tỉnh quán triệt việc sắp xếp tổ chức bộ máy (tạm hoãn)",
            WHO[CT], "Điểm cầu UBND TP",
            "Dự Hội nghị trực tuyến toàn tỉnh quán triệt việc sắp xếp tổ chức bộ máy", chairs=False,
            clock="14:00", status="cancelled", tail="(tạm hoãn)"),
        row(13, "", "15:30", "Nghe báo cáo công tác chuẩn bị Lễ hội Hoa xuân thành phố năm 2025 (Phòng Văn hóa và "
            "Thông tin chuẩn bị)", WHO[PCTTT], "PH2",
            "Nghe báo cáo công tác chuẩn bị Lễ hội Hoa xuân thành phố năm 2025", clock="15:30",
            units=("Phòng Văn hóa và Thông tin",)),
        row(14, "T. Bảy 14/12", "6:30", "Dự Giải chạy việt dã Báo Hòa Giang mở rộng lần thứ XV", WHO[PCTTT],
            "Quảng trường Trung tâm TP", "Dự Giải chạy việt dã Báo Hòa Giang mở rộng lần thứ XV", chairs=False,
            clock="06:30"),
        row(14, "", "8:00", "Kiểm tra công tác chỉnh trang đô thị các tuyến phố trung tâm (Phòng Quản lý đô thị chuẩn "
            "bị)", WHO[PCT], "Các tuyến phố trung tâm",
            "Kiểm tra công tác chỉnh trang đô thị các tuyến phố trung tâm", clock="08:00",
            units=("Phòng Quản lý đô thị",)),
        row(15, "CN 15/12", "19:30", "Dự Chương trình nghệ thuật chào mừng 80 năm Ngày thành lập Quân đội nhân dân "
            "Việt Nam (22/12/1944 - 22/12/2024)", WHO[CT], "Nhà Văn hóa Trung tâm TP",
            "Dự Chương trình nghệ thuật chào mừng 80 năm Ngày thành lập Quân đội nhân dân Việt Nam", chairs=False,
            clock="19:30"),
        P("Ghi chú: Các phòng, ban gửi báo cáo phục vụ Kỳ họp thứ 22 HĐND thành phố về Văn phòng HĐND và UBND thành "
          "phố trước ngày 10/12/2024. Lễ kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam (22/12) do Ban Chỉ huy Quân "
          "sự thành phố chủ trì tổ chức, lịch cụ thể thông báo sau."),
        P("Lịch này thay giấy mời đối với các thành phần trong nội bộ UBND thành phố."),
    ],
    footer=["Nơi nhận:", "- Thường trực Thành ủy (b/c);", "- Thường trực HĐND thành phố;", "- Lãnh đạo UBND thành phố;",
            "- Các phòng, ban, đơn vị;", "- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Mai Thanh Tùng"],
)
