"""A provincial People's Committee's monthly program for December 2024 (the year's turn, before the 2025
mergers): parts "Phần I." / "Phần II.", items "1."; a first part of submissions with deadlines
("trình UBND tỉnh trước ngày 13/12/2024": no events), then the meetings written "Ngày 26/12/2024 (thứ Năm),
08 giờ 00: …" with "Chủ trì: …. Thành phần: …. Địa điểm: …."; the leaders' briefing "Chiều thứ Sáu hằng
tuần, 14g00", the People's Council's year-end session "Từ ngày 10 đến 12/12/2024", the monthly session with
four papers, the chairman's citizens' reception, the army's 80th anniversary (its title carries 22/12/1944 -
22/12/2024), a Saturday inauguration, a tentative working session with a district (its police not the
province's), a conference "(hoãn sang tháng 01/2025)", New Year's Eve "Tối 31/12/2024" whose title says 2025,
attendees "(dự kiến 200 đại biểu)", and two undated items ("Thời gian: theo Giấy mời", "có kế hoạch riêng");
traps: the annual program's decision date, last month's session, the New Year holiday, January's conference
"dự kiến ngày 06/01/2025"."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCTTT, PCT = "Lạc Văn Chiến", "Bế Thị Thanh Tâm", "Từ Minh Quang"
VP = "Văn phòng UBND tỉnh"
KHDT, TC = "Sở Kế hoạch và Đầu tư", "Sở Tài chính"
LDTBXH, VHTTDL = "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch"
DIRECTORY = {
    "units": [(VP, None, []), (KHDT, "Sở KH&ĐT", []), (TC, None, []), ("Sở Nội vụ", None, []),
              (LDTBXH, "Sở LĐ-TB&XH", []), (VHTTDL, "Sở VH,TT&DL", []), ("Sở Thông tin và Truyền thông", None, []),
              ("Công an tỉnh", None, []), ("Công an huyện Tân Lạc", None, []), ("Bộ Chỉ huy Quân sự tỉnh", None, []),
              ("Cục Thuế tỉnh", None, []), ("Ban Tiếp công dân tỉnh", None, []),
              ("UBND huyện Tân Lạc", None, ["Ủy ban nhân dân huyện Tân Lạc"]), ("Sở Giao thông vận tải", None, [])],
    "persons": [(CT, "Chủ tịch UBND tỉnh"), (PCTTT, "Phó Chủ tịch Thường trực UBND tỉnh"),
                (PCT, "Phó Chủ tịch UBND tỉnh")],
    "groups": [("Lãnh đạo UBND tỉnh", [CT, PCTTT, PCT]), ("Thành viên UBND tỉnh", [CT, PCTTT, PCT])],
}
CT_IS = (CT, "Chủ tịch UBND tỉnh", f"Chủ tịch UBND tỉnh {CT}")
PCTTT_IS = (PCTTT, f"Phó Chủ tịch Thường trực UBND tỉnh {PCTTT}")
PCT_IS = (PCT, f"Phó Chủ tịch UBND tỉnh {PCT}")


def on(d, when, **kw):
    return lambda title, **more: Ev(E(title, when=when, dates=(f"2024-12-{d:02d}",), **kw, **more), 1)


DOC = Doc(
    key="ubnd-tinh-thang-2024-12", office="UBND tỉnh Quảng Điền, chương trình công tác tháng cuối năm",
    kind="monthly", year=2024, month=12, issued="2024-11-28",
    left=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG ĐIỀN", "Số: 312/CTr-UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Quảng Điền, ngày 28 tháng 11 năm 2024"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12 NĂM 2024", "của UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh"],
    numbering=["Phần {R}.", "{n}.", "-"], style="inline", item_bullet="-", directory=DIRECTORY,
    blocks=[
        P("Thực hiện Chương trình công tác năm 2024 ban hành kèm theo Quyết định số 85/QĐ-UBND ngày 15/01/2024; "
          "tiếp theo Phiên họp thường kỳ tháng 11 ngày 28/11/2024, UBND tỉnh ban hành chương trình công tác tháng "
          "12 năm 2024 như sau:"),
        H("CÁC NỘI DUNG TRÌNH UBND TỈNH", 0),
        P("Dự thảo Quyết định giao dự toán thu, chi ngân sách nhà nước năm 2025. Cơ quan chủ trì: Sở Tài chính. "
          "Thời gian trình: trước ngày 13/12/2024.", 1),
        P("Kế hoạch phát triển kinh tế - xã hội năm 2025. Cơ quan chủ trì: Sở Kế hoạch và Đầu tư. Thời gian trình: "
          "tuần 3 tháng 12/2024.", 1),
        H("LỊCH CÔNG TÁC CỦA UBND TỈNH, CHỦ TỊCH, CÁC PHÓ CHỦ TỊCH UBND TỈNH", 0),
        Ev(E("Lãnh đạo UBND tỉnh họp giao ban", when="Chiều thứ Sáu hằng tuần, 14g00", weekly="FR", clock="14:00",
             kind="meeting", chair="Chủ tịch UBND tỉnh", chair_is=CT_IS, attendees="các Phó Chủ tịch UBND tỉnh, "
             "Chánh Văn phòng UBND tỉnh", attendees_has="Chánh Văn phòng UBND tỉnh",
             place="Phòng họp số 1, UBND tỉnh"), 1),
        on(3, "Ngày 03/12/2024 (thứ Ba), 8h00", clock="08:00")(
            "Hội nghị sơ kết 05 năm thực hiện Đề án phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới",
            kind="meeting", chair=f"Phó Chủ tịch UBND tỉnh {PCT}", chair_is=PCT_IS,
            attendees="các sở, ngành; UBND các huyện, thành phố", attendees_has="UBND các huyện, thành phố",
            place="Hội trường UBND tỉnh", units=(VHTTDL,)),
        on(6, "Ngày 06/12/2024 (thứ Sáu), 8h30", clock="08:30")(
            f"Phó Chủ tịch Thường trực UBND tỉnh {PCTTT} làm việc với Cục Thuế tỉnh về tiến độ thu ngân sách năm "
            "2024", chair_is=PCTTT_IS, attendees="Sở Tài chính, Kho bạc Nhà nước tỉnh",
            attendees_has="Kho bạc Nhà nước tỉnh", place="Phòng họp số 2, UBND tỉnh", units=("Cục Thuế tỉnh",)),
        Ev(E("Lãnh đạo UBND tỉnh dự Kỳ họp thứ 24 HĐND tỉnh khóa XVII (kỳ họp thường lệ cuối năm 2024)",
             when="Từ ngày 10 đến 12/12/2024", dates=("2024-12-10",), end="2024-12-12",
             attendees="Lãnh đạo UBND tỉnh, Thủ trưởng các sở, ngành (theo Giấy mời)",
             attendees_has="Thủ trưởng các sở, ngành", place="Hội trường HĐND tỉnh"), 1),
        on(16, "Ngày 16/12/2024 (thứ Hai), 7 giờ 30", clock="07:30")(
            "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 12", kind="reception", chair_is=CT_IS,
            place="Trụ sở Tiếp công dân tỉnh", units=("Ban Tiếp công dân tỉnh",)),
        on(18, "Ngày 18/12/2024 (thứ Tư), 8h", clock="08:00")(
            "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, nhà đầu tư năm 2024", kind="meeting",
            chair="Chủ tịch UBND tỉnh", chair_is=CT_IS,
            attendees="đại diện doanh nghiệp, hiệp hội doanh nghiệp (dự kiến 200 đại biểu)",
            attendees_has="đại diện doanh nghiệp", place="Trung tâm Hội nghị tỉnh", units=(KHDT,)),
        on(19, "Ngày 19/12/2024 (thứ Năm), 14 giờ", clock="14:00", status="cancelled")(
            "Hội nghị triển khai Đề án chuyển đổi số tỉnh giai đoạn 2025 - 2030",
            chair=f"Phó Chủ tịch UBND tỉnh {PCT}", chair_is=PCT_IS, place="Hội trường UBND tỉnh",
            units=("Sở Thông tin và Truyền thông",), tail="(hoãn sang tháng 01/2025)"),
        on(20, "Ngày 20/12/2024 (thứ Sáu), 7h30", clock="07:30")(
            "Lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024) và 35 năm Ngày "
            "hội Quốc phòng toàn dân", chair="Chủ tịch UBND tỉnh", chair_is=CT_IS,
            place="Hội trường Bộ Chỉ huy Quân sự tỉnh", units=("Bộ Chỉ huy Quân sự tỉnh",)),
        on(21, "Ngày 21/12/2024 (thứ Bảy), 8h00", clock="08:00")(
            f"Phó Chủ tịch UBND tỉnh {PCT} dự Lễ khánh thành cầu Nà Lừa, huyện Tân Lạc", chair_is=PCT_IS,
            place="xã Nà Lừa, huyện Tân Lạc", units=("Sở Giao thông vận tải",)),
        on(24, "Ngày 24/12/2024 (thứ Ba), 14h00 (dự kiến)", clock="14:00", status="tentative")(
            "Chủ tịch UBND tỉnh làm việc với UBND huyện Tân Lạc về tình hình an ninh, trật tự và phương án sắp xếp "
            "đơn vị hành chính cấp xã", chair_is=CT_IS, place="UBND huyện Tân Lạc",
            units=("UBND huyện Tân Lạc", "Công an huyện Tân Lạc")),
        on(26, "Ngày 26/12/2024 (thứ Năm), 08 giờ 00", clock="08:00")(
            "Phiên họp UBND tỉnh thường kỳ tháng 12 năm 2024", kind="meeting", chair="Chủ tịch UBND tỉnh",
            chair_is=CT_IS, attendees="Thành viên UBND tỉnh; mời Thường trực HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh",
            attendees_has="Thành viên UBND tỉnh", place="Phòng họp số 1, UBND tỉnh",
            items=[I("Tình hình kinh tế - xã hội năm 2024, kế hoạch phát triển kinh tế - xã hội năm 2025", KHDT),
                   I("Phương án phân bổ dự toán ngân sách địa phương năm 2025", TC),
                   I("Kế hoạch tổ chức Tết Nguyên đán Ất Tỵ năm 2025", LDTBXH, (VHTTDL,)),
                   I("Phương án bảo đảm an ninh, trật tự dịp Tết Dương lịch và Tết Nguyên đán", "Công an tỉnh")]),
        on(27, "Ngày 27/12/2024 (thứ Sáu), 8h00", clock="08:00")(
            "Chủ tịch UBND tỉnh dự Hội nghị tổng kết công tác công an năm 2024", chair_is=(),
            place="Hội trường Công an tỉnh", units=("Công an tỉnh",)),
        on(31, "Tối 31/12/2024 (thứ Ba)", slot="tối")(
            "Chương trình nghệ thuật chào đón năm mới 2025", chair=f"Phó Chủ tịch UBND tỉnh {PCT}",
            chair_is=PCT_IS, place="Quảng trường trung tâm tỉnh", units=(VHTTDL,)),
        H("CÁC NỘI DUNG KHÁC", 0),
        Ev(E("Chủ tịch UBND tỉnh dự Hội nghị trực tuyến Chính phủ với các địa phương tổng kết công tác năm 2024",
             tail="(Thời gian: theo Giấy mời)"), 1),
        Ev(E("Lãnh đạo UBND tỉnh kiểm tra công tác chuẩn bị Tết Nguyên đán tại các huyện", units=(LDTBXH,),
             tail="(có kế hoạch riêng)"), 1),
        P("Tết Dương lịch năm 2025, cán bộ, công chức nghỉ 01 ngày (thứ Tư, ngày 01/01/2025). Các sở, ngành gửi báo "
          "cáo tình hình thực hiện nhiệm vụ năm 2024 về Văn phòng UBND tỉnh trước ngày 20/12/2024; Hội nghị triển "
          "khai nhiệm vụ năm 2025 dự kiến tổ chức ngày 06/01/2025."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành;", "- UBND các huyện, thành phố;", "- Lưu: VT, TH.", "TL. CHỦ TỊCH",
            "CHÁNH VĂN PHÒNG", "Nùng Văn Tường"],
)
