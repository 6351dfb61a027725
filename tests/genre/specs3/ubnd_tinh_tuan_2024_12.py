"""A provincial UBND's weekly schedule written field by field (December 2024, before the reform): day headings
"Thứ Hai, ngày 16/12/2024", numbered entries "1. Nội dung: …; Thời gian: 8 giờ 00; Địa điểm: …; Thành
phần: …; Chuẩn bị: …" (one line each), "Thời gian: Cả ngày", "Thời gian: Chiều", a span "Thời gian: Từ
ngày 18/12 đến hết ngày 19/12/2024", a cancelled entry ("Nội dung: … (hoãn)"), a tentative one ("Thời
gian: 15 giờ 00 (dự kiến)"), an entry whose time is "thông báo sau", a Sunday anniversary, and "Buổi
chiều: Lãnh đạo UBND tỉnh làm việc tại cơ quan."."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Leader as L, Para as P

CT, PCT1, PCT2, PCT3 = "Trịnh Văn Quang", "Mai Thị Hồng Gấm", "Đỗ Trung Kiên", "Y Blim Mlô"
DIRECTORY = {
    "units": [("Văn phòng UBND tỉnh", None, []), ("Sở Kế hoạch và Đầu tư", None, []),
              ("Sở Tài chính", None, []), ("Sở Nội vụ", None, []), ("Sở Tài nguyên và Môi trường", None, []),
              ("Sở Lao động - Thương binh và Xã hội", None, ["Sở LĐTBXH"]),
              ("Sở Văn hóa, Thể thao và Du lịch", None, []), ("Sở Giao thông vận tải", None, []),
              ("Bộ Chỉ huy Quân sự tỉnh", None, []), ("Công an tỉnh", None, []),
              ("Ban Tiếp công dân tỉnh", None, []), ("UBND huyện Krông Lam", None, [])],
    "persons": [(CT, "Chủ tịch UBND tỉnh"), (PCT1, "Phó Chủ tịch Thường trực UBND tỉnh"),
                (PCT2, "Phó Chủ tịch UBND tỉnh"), (PCT3, "Phó Chủ tịch UBND tỉnh")],
    "groups": [("Lãnh đạo UBND tỉnh", [CT, PCT1, PCT2, PCT3]), ("Thành viên UBND tỉnh", [CT, PCT1, PCT2, PCT3])],
}
CT_IS = (CT, "Chủ tịch UBND tỉnh")
PCT1_IS = (PCT1, "Phó Chủ tịch Thường trực UBND tỉnh")


def on(d):
    return lambda title, **kw: E(title, dates=(f"2024-12-{d}",), **kw)


def f(n, content, time, place=None, who=None, prep=None):
    parts = [f"{n}. Nội dung: {content}", f"Thời gian: {time}"]
    if place:
        parts.append(f"Địa điểm: {place}")
    if who:
        parts.append(f"Thành phần: {who}")
    if prep:
        parts.append(f"Chuẩn bị: {prep}")
    return "; ".join(parts) + "."


DOC = Doc(
    key="ubnd-tinh-tuan-2024-12", office="UBND tỉnh Trà Giang, lịch tuần theo trường", kind="weekly",
    year=2024, month=12, issued="2024-12-14",
    left=["UBND TỈNH TRÀ GIANG", "VĂN PHÒNG", "Số: 2417/LCT-VP"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Trà Giang, ngày 14 tháng 12 năm 2024"],
    title=["LỊCH CÔNG TÁC TUẦN 51 CỦA LÃNH ĐẠO UBND TỈNH", "(Từ ngày 16/12/2024 đến ngày 22/12/2024)"],
    numbering=["{n}."], style="inline", directory=DIRECTORY,
    blocks=[
        P("Thực hiện Quy chế làm việc của UBND tỉnh ban hành kèm theo Quyết định số 18/2021/QĐ-UBND ngày "
          "05/8/2021, Văn phòng UBND tỉnh thông báo lịch công tác tuần 51 của lãnh đạo UBND tỉnh như sau:"),
        Day("Thứ Hai, ngày 16/12/2024", "2024-12-16"),
        Ev(on(16)("Chủ tịch UBND tỉnh chủ trì giao ban lãnh đạo UBND tỉnh", clock="07:30", kind="meeting",
                  chair_is=CT_IS, attendees="Các Phó Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh",
                  attendees_has="Các Phó Chủ tịch UBND tỉnh", place="Phòng họp số 1",
                  line=f(1, "Chủ tịch UBND tỉnh chủ trì giao ban lãnh đạo UBND tỉnh", "7 giờ 30", "Phòng họp số 1",
                         "Các Phó Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh"))),
        Ev(on(16)("Phó Chủ tịch Thường trực UBND tỉnh chủ trì họp Ban Chỉ đạo tổng kết thực hiện Nghị quyết số "
                  "18-NQ/TW của tỉnh", clock="09:00", kind="meeting", chair_is=PCT1_IS,
                  attendees="Thành viên Ban Chỉ đạo", attendees_has="Thành viên Ban Chỉ đạo",
                  place="Phòng họp số 2", units=("Sở Nội vụ",),
                  line=f(2, "Phó Chủ tịch Thường trực UBND tỉnh chủ trì họp Ban Chỉ đạo tổng kết thực hiện Nghị quyết "
                         "số 18-NQ/TW của tỉnh", "9 giờ 00", "Phòng họp số 2", "Thành viên Ban Chỉ đạo",
                         "Sở Nội vụ"))),
        Ev(on(16)("Phó Chủ tịch UBND tỉnh Đỗ Trung Kiên kiểm tra tiến độ dự án đường tránh phía Tây thành phố "
                  "Trà Giang", slot="chiều", chair_is=(PCT2,), units=("Sở Giao thông vận tải",),
                  attendees="Lãnh đạo Sở Giao thông vận tải, Sở Kế hoạch và Đầu tư", attendees_has="Sở Kế hoạch và Đầu tư",
                  slot_cell="Chiều",
                  line=f(3, "Phó Chủ tịch UBND tỉnh Đỗ Trung Kiên kiểm tra tiến độ dự án đường tránh phía Tây thành "
                         "phố Trà Giang", "Chiều", None, "Lãnh đạo Sở Giao thông vận tải, Sở Kế hoạch và Đầu tư",
                         "Sở Giao thông vận tải"))),
        Day("Thứ Ba, ngày 17/12/2024", "2024-12-17"),
        Ev(on(17)("Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 12 năm 2024", clock="07:30", kind="reception",
                  status="cancelled", chair_is=CT_IS, place="Trụ sở Tiếp công dân tỉnh",
                  units=("Ban Tiếp công dân tỉnh",), tail="(hoãn)",
                  line=f(1, "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 12 năm 2024 (hoãn)", "7 giờ 30",
                         "Trụ sở Tiếp công dân tỉnh", None, "Ban Tiếp công dân tỉnh"))),
        Ev(on(17)("Phó Chủ tịch UBND tỉnh Y Blim Mlô dự Hội nghị tổng kết công tác giảm nghèo bền vững năm 2024",
                  clock="08:00", chair_is=(PCT3,), place="Hội trường Sở Lao động - Thương binh và Xã hội",
                  units=("Sở Lao động - Thương binh và Xã hội",),
                  line=f(2, "Phó Chủ tịch UBND tỉnh Y Blim Mlô dự Hội nghị tổng kết công tác giảm nghèo bền vững năm "
                         "2024", "8 giờ 00", "Hội trường Sở Lao động - Thương binh và Xã hội", None,
                         "Sở Lao động - Thương binh và Xã hội"))),
        Ev(on(17)("Phiên họp UBND tỉnh thường kỳ tháng 12 năm 2024", clock="14:00", kind="meeting",
                  chair="Chủ tịch UBND tỉnh", chair_is=CT_IS,
                  attendees="Thành viên UBND tỉnh; mời Thường trực HĐND tỉnh", attendees_has="Thành viên UBND tỉnh",
                  place="Phòng họp số 1",
                  line=f(3, "Phiên họp UBND tỉnh thường kỳ tháng 12 năm 2024, do Chủ tịch UBND tỉnh chủ trì",
                         "14 giờ 00", "Phòng họp số 1", "Thành viên UBND tỉnh; mời Thường trực HĐND tỉnh"),
                  items=[I("Báo cáo tình hình kinh tế - xã hội năm 2024, nhiệm vụ năm 2025", "Sở Kế hoạch và Đầu tư"),
                         I("Dự toán ngân sách địa phương và phương án phân bổ ngân sách năm 2025", "Sở Tài chính"),
                         I("Bảng giá đất điều chỉnh áp dụng từ ngày 01/01/2025", "Sở Tài nguyên và Môi trường",
                           ("Sở Tài chính",))])),
        Day("Thứ Tư, ngày 18/12/2024", "2024-12-18"),
        Ev(on(18)("Chủ tịch, các Phó Chủ tịch UBND tỉnh dự Kỳ họp thứ Hai mươi ba HĐND tỉnh khóa X",
                  clock="08:00", end="2024-12-19", place="Hội trường HĐND tỉnh",
                  line=f(1, "Chủ tịch, các Phó Chủ tịch UBND tỉnh dự Kỳ họp thứ Hai mươi ba HĐND tỉnh khóa X",
                         "8 giờ 00, từ ngày 18/12 đến hết ngày 19/12/2024", "Hội trường HĐND tỉnh"),
                  tail="(từ ngày 18/12 đến hết ngày 19/12/2024)")),
        L("Buổi chiều", ["Lãnh đạo UBND tỉnh làm việc tại cơ quan."], who_is_slot=True),
        Day("Thứ Năm, ngày 19/12/2024", "2024-12-19"),
        Ev(on(19)("Phó Chủ tịch UBND tỉnh Y Blim Mlô dự Lễ kỷ niệm 78 năm Ngày toàn quốc kháng chiến (19/12/1946 "
                  "- 19/12/2024)", clock="17:00", chair_is=(PCT3,), place="Nhà bia tưởng niệm liệt sĩ tỉnh",
                  line=f(1, "Phó Chủ tịch UBND tỉnh Y Blim Mlô dự Lễ kỷ niệm 78 năm Ngày toàn quốc kháng chiến "
                         "(19/12/1946 - 19/12/2024)", "17 giờ 00", "Nhà bia tưởng niệm liệt sĩ tỉnh"))),
        Day("Thứ Sáu, ngày 20/12/2024", "2024-12-20"),
        Ev(on(20)("Lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn "
                  "dân", clock="07:30", attendees="Lãnh đạo UBND tỉnh", attendees_has="Lãnh đạo UBND tỉnh",
                  place="Hội trường Bộ Chỉ huy Quân sự tỉnh", units=("Bộ Chỉ huy Quân sự tỉnh",),
                  line=f(1, "Lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc "
                         "phòng toàn dân", "7 giờ 30", "Hội trường Bộ Chỉ huy Quân sự tỉnh", "Lãnh đạo UBND tỉnh",
                         "Bộ Chỉ huy Quân sự tỉnh"))),
        Ev(on(20)("Phó Chủ tịch Thường trực UBND tỉnh làm việc với UBND huyện Krông Lam về thu ngân sách năm 2024",
                  clock="14:00", chair_is=PCT1_IS, units=("Sở Tài chính", "UBND huyện Krông Lam"),
                  place="UBND huyện Krông Lam",
                  line=f(2, "Phó Chủ tịch Thường trực UBND tỉnh làm việc với UBND huyện Krông Lam về thu ngân sách "
                         "năm 2024", "14 giờ 00", "UBND huyện Krông Lam", None, "Sở Tài chính, UBND huyện Krông Lam"))),
        Ev(on(20)("Phó Chủ tịch UBND tỉnh Đỗ Trung Kiên đối thoại với các hộ dân bị ảnh hưởng dự án hồ chứa nước "
                  "Ea Lam", clock="15:00", status="tentative", chair_is=(PCT2,), place="UBND xã Ea Lam",
                  units=("Sở Tài nguyên và Môi trường",), tail="(dự kiến)",
                  line=f(3, "Phó Chủ tịch UBND tỉnh Đỗ Trung Kiên đối thoại với các hộ dân bị ảnh hưởng dự án hồ "
                         "chứa nước Ea Lam", "15 giờ 00 (dự kiến)", "UBND xã Ea Lam", None,
                         "Sở Tài nguyên và Môi trường"))),
        Day("Thứ Bảy, ngày 21/12/2024", "2024-12-21"),
        Ev(on(21)("Chủ tịch UBND tỉnh dự Lễ bế mạc Hội thao Lực lượng vũ trang tỉnh năm 2024", clock="08:00",
                  chair_is=CT_IS, place="Sân vận động tỉnh",
                  line=f(1, "Chủ tịch UBND tỉnh dự Lễ bế mạc Hội thao Lực lượng vũ trang tỉnh năm 2024", "8 giờ 00",
                         "Sân vận động tỉnh"))),
        Ev(on(21)("Phó Chủ tịch UBND tỉnh Y Blim Mlô dự Lễ hội Cà phê và Văn hóa các dân tộc huyện Krông Lam",
                  chair_is=(PCT3,), place="Quảng trường huyện Krông Lam", slot_cell="Cả ngày",
                  units=("Sở Văn hóa, Thể thao và Du lịch",),
                  line=f(2, "Phó Chủ tịch UBND tỉnh Y Blim Mlô dự Lễ hội Cà phê và Văn hóa các dân tộc huyện Krông "
                         "Lam", "Cả ngày", "Quảng trường huyện Krông Lam", None,
                         "Sở Văn hóa, Thể thao và Du lịch"))),
        Day("Chủ nhật, ngày 22/12/2024", "2024-12-22"),
        Ev(on(22)("Lãnh đạo UBND tỉnh thăm, tặng quà Mẹ Việt Nam Anh hùng, thương binh nặng nhân kỷ niệm 80 năm "
                  "Ngày thành lập Quân đội nhân dân Việt Nam", clock="08:00", attendees="Lãnh đạo UBND tỉnh",
                  attendees_has="Lãnh đạo UBND tỉnh", units=("Sở Lao động - Thương binh và Xã hội",),
                  line=f(1, "Lãnh đạo UBND tỉnh thăm, tặng quà Mẹ Việt Nam Anh hùng, thương binh nặng nhân kỷ niệm 80 "
                         "năm Ngày thành lập Quân đội nhân dân Việt Nam", "8 giờ 00", None, "Lãnh đạo UBND tỉnh",
                         "Sở Lao động - Thương binh và Xã hội"))),
        P("Nội dung chưa bố trí thời gian:"),
        Ev(E("Chủ tịch UBND tỉnh làm việc với Đoàn kiểm tra của Bộ Tài nguyên và Môi trường về công tác quản lý đất "
             "đai", units=("Sở Tài nguyên và Môi trường",),
             chair_is=CT_IS,
             line="- Nội dung: Chủ tịch UBND tỉnh làm việc với Đoàn kiểm tra của Bộ Tài nguyên và Môi trường về công "
                  "tác quản lý đất đai; Thời gian: thông báo sau; Chuẩn bị: Sở Tài nguyên và Môi trường.")),
        P("Các cơ quan chuẩn bị nội dung gửi tài liệu về Văn phòng UBND tỉnh trước 02 ngày làm việc so với ngày "
          "họp. Lịch công tác có thể điều chỉnh, Văn phòng UBND tỉnh sẽ thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các huyện, thành phố;",
            "- Lưu: VT, TH.", "CHÁNH VĂN PHÒNG", "Phùng Thị Ngọc Ánh"],
)
