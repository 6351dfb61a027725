"""A ward's monthly program issued by its Văn phòng HĐND và UBND (February 2026, the month of Tết Bính Ngọ),
hard-wrapped at 84 columns so dates and hours run onto the next line: parts "I -", items "1/" each opening
with its time, the leaders' briefing "14 giờ 00, chiều thứ Hai hằng tuần", the chairman's citizens' reception
on three Thursdays, a People's Committee session with its agenda, an inspection over five days, the New
Year's Eve programme "Tối ngày 16/02/2026", a dialogue "(hoãn, lùi sang tháng 3/2026)", a tentative
send-off of conscripts, an item prepared by the ward police for a plan of the provincial police (levels),
two items undated ("thời gian thông báo sau", "có kế hoạch riêng"); traps: last month's results, the Tết
holiday, deadlines, next month's conference."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT1, PCT2 = "Quách Văn Bảo", "Doãn Thị Hải Yến", "Lâm Chí Thanh"
VP = "Văn phòng HĐND và UBND phường"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng HĐND&UBND phường"]), ("Phòng Kinh tế, Hạ tầng và Đô thị", None, []),
              ("Phòng Văn hóa - Xã hội", None, []), ("Trạm Y tế phường", None, []),
              ("Công an phường Hòa An", None, ["Công an phường"]), ("Công an tỉnh", None, []),
              ("Ban Chỉ huy Quân sự phường", None, []), ("Ủy ban MTTQ Việt Nam phường", None, ["Ủy ban MTTQ phường"]),
              ("Trung tâm Phục vụ hành chính công phường", None, [])],
    "persons": [(CT, "Chủ tịch UBND phường"), (PCT1, "Phó Chủ tịch UBND phường"), (PCT2, "Phó Chủ tịch UBND phường")],
    "groups": [("Lãnh đạo UBND phường", [CT, PCT1, PCT2]), ("Thành viên UBND phường", [CT, PCT1, PCT2])],
}
CT_IS = (CT, "Chủ tịch UBND phường", f"Chủ tịch UBND phường {CT}")
P1_IS = (PCT1, "Phó Chủ tịch UBND phường", f"Phó Chủ tịch UBND phường {PCT1}")
P2_IS = (PCT2, f"Phó Chủ tịch UBND phường {PCT2}")


def on(d, when, **kw):
    return lambda title, **more: Ev(E(title, when=when, dates=(f"2026-02-{d:02d}",), **kw, **more), 1)


DOC = Doc(
    key="ubnd-phuong-thang-2026-02", office="UBND phường Hòa An (tỉnh Tây Giang), chương trình tháng do Văn phòng ban hành, xuống dòng cứng",
    kind="monthly", year=2026, month=2, issued="2026-01-30", wrap=84,
    left=["UBND PHƯỜNG HÒA AN", "VĂN PHÒNG HĐND VÀ UBND", "Số: 09/CTr-VP"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Hòa An, ngày 30 tháng 01 năm 2026"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 02/2026", "của Chủ tịch, các Phó Chủ tịch UBND phường"],
    numbering=["{R} -", "{n}/", "-"], style="inline", item_bullet="-", directory=DIRECTORY,
    blocks=[
        P("Tháng 01/2026, UBND phường đã tổ chức Hội nghị tổng kết công tác năm 2025 vào ngày 09/01/2026 và "
          "Phiên họp thường kỳ ngày 23/01/2026; Văn phòng HĐND và UBND phường thông báo chương trình công tác "
          "tháng 02/2026 như sau:"),
        H("CÔNG TÁC TRỌNG TÂM", 0),
        P("Tập trung chăm lo Tết Nguyên đán Bính Ngọ cho Nhân dân; bảo đảm an ninh, trật tự, phòng cháy, chữa "
          "cháy trước, trong và sau Tết; các phòng chuyên môn hoàn thành rà soát hồ sơ hỗ trợ hộ nghèo trước ngày "
          "06/02/2026."),
        H("LỊCH CÔNG TÁC CỤ THỂ", 0),
        Ev(E("Họp giao ban lãnh đạo UBND phường", when="14 giờ 00, chiều thứ Hai hằng tuần", weekly="MO",
             clock="14:00", kind="meeting", chair="Chủ tịch UBND phường", chair_is=CT_IS,
             attendees="các Phó Chủ tịch UBND phường, Chánh Văn phòng HĐND và UBND phường",
             attendees_has="Chánh Văn phòng HĐND và UBND phường", place="Phòng họp số 1, UBND phường"), 1),
        Ev(E("Chủ tịch UBND phường tiếp công dân định kỳ", when="Các ngày 05/02, 12/02 và 26/02/2026 (thứ Năm), "
             "7 giờ 30", dates=("2026-02-05", "2026-02-12", "2026-02-26"), clock="07:30", kind="reception",
             chair_is=CT_IS, place="Phòng Tiếp công dân phường", units=(VP,)), 1),
        on(3, "Ngày 03/02/2026 (thứ Ba), 7 giờ 30", clock="07:30")(
            "Lễ kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026) và trao Huy hiệu "
            "Đảng đợt 03/02", place="Hội trường UBND phường", units=(VP,)),
        on(6, "Ngày 06/02/2026 (thứ Sáu), 8 giờ 00", clock="08:00")(
            "Phiên họp UBND phường thường kỳ tháng 02 năm 2026", kind="meeting", chair="Chủ tịch UBND phường",
            chair_is=CT_IS, attendees="Thành viên UBND phường; mời Thường trực HĐND phường, Ủy ban MTTQ Việt Nam "
            "phường", attendees_has="Thành viên UBND phường", place="Phòng họp số 1, UBND phường",
            items=[I("Tình hình kinh tế - xã hội tháng 01, nhiệm vụ tháng 02 năm 2026", VP),
                   I("Kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ", "Phòng Văn hóa - Xã hội"),
                   I("Phương án bảo đảm an ninh, trật tự dịp Tết theo Kế hoạch của Công an tỉnh",
                     "Công an phường Hòa An")]),
        Ev(E("Đoàn kiểm tra liên ngành kiểm tra an toàn thực phẩm và hàng hóa dịp Tết trên địa bàn phường",
             when="Từ ngày 09/02 đến ngày 13/02/2026", dates=("2026-02-09",), end="2026-02-13",
             chair="Phó Chủ tịch UBND phường Doãn Thị Hải Yến", chair_is=P1_IS,
             units=("Phòng Văn hóa - Xã hội", "Trạm Y tế phường", "Công an phường Hòa An")), 1),
        on(10, "Ngày 10/02/2026 (thứ Ba), 14 giờ 00", clock="14:00")(
            "Chủ tịch UBND phường thăm, tặng quà gia đình chính sách, hộ nghèo nhân dịp Tết Nguyên đán",
            chair_is=CT_IS, units=("Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường")),
        on(11, "Ngày 11/02/2026 (thứ Tư), 19 giờ 00", clock="19:00", status="cancelled")(
            "Hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân khu phố 5", chair_is=CT_IS,
            place="Nhà văn hóa khu phố 5", tail="(hoãn, lùi sang tháng 3/2026)"),
        on(16, "Tối ngày 16/02/2026 (thứ Hai)", slot="tối")(
            "Chương trình nghệ thuật và bắn pháo hoa tầm thấp chào đón Giao thừa Xuân Bính Ngọ",
            chair=f"Phó Chủ tịch UBND phường {PCT2}", chair_is=P2_IS, place="Quảng trường trung tâm phường",
            units=("Phòng Văn hóa - Xã hội",)),
        on(24, "Ngày 24/02/2026 (thứ Ba), 7 giờ 00", clock="07:00")(
            "Lễ phát động Tết trồng cây \"Đời đời nhớ ơn Bác Hồ\" Xuân Bính Ngọ năm 2026",
            chair="Chủ tịch UBND phường", chair_is=CT_IS, place="Công viên bờ sông khu phố 2",
            units=("Phòng Kinh tế, Hạ tầng và Đô thị",)),
        on(25, "Ngày 25/02/2026 (thứ Tư), 14 giờ 00", clock="14:00")(
            "Phó Chủ tịch UBND phường Lâm Chí Thanh làm việc với Trung tâm Phục vụ hành chính công phường về "
            "giải quyết hồ sơ đất đai sau Tết", chair_is=P2_IS,
            place="Trung tâm Phục vụ hành chính công phường", units=("Trung tâm Phục vụ hành chính công phường",)),
        on(27, "Sáng ngày 27/02/2026 (thứ Sáu) (dự kiến)", slot="sáng", status="tentative")(
            "Lễ giao nhận quân năm 2026", chair="Chủ tịch UBND phường", chair_is=CT_IS,
            place="Sân vận động phường", units=("Ban Chỉ huy Quân sự phường",)),
        H("NỘI DUNG CHƯA XẾP LỊCH", 0),
        Ev(E("Sơ kết 06 tháng vận hành mô hình chính quyền địa phương hai cấp tại phường", units=(VP,),
             tail="(thời gian thông báo sau)"), 1),
        Ev(E("Kiểm tra công tác phòng cháy, chữa cháy tại các chợ, trung tâm thương mại",
             chair=f"Phó Chủ tịch UBND phường {PCT2}", chair_is=P2_IS, units=("Công an phường Hòa An",),
             tail="(có kế hoạch riêng)"), 1),
        H("TỔ CHỨC THỰC HIỆN", 0),
        P("Cán bộ, công chức nghỉ Tết Nguyên đán từ thứ Bảy, ngày 14/02/2026 đến hết Chủ nhật, ngày 22/02/2026 "
          "theo quy định; lãnh đạo trực Tết theo lịch riêng. Các phòng, đơn vị gửi báo cáo tháng trước ngày "
          "20/02/2026; Hội nghị sơ kết quý I dự kiến tổ chức ngày 27/3/2026."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy, HĐND phường;", "- Chủ tịch, các PCT UBND phường;",
            "- Các phòng, đơn vị thuộc UBND phường;", "- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Ninh Thị Quế"],
)
