"""A commune People's Committee's week in leader lines (March 2026, the week of the National Assembly and
People's Councils election): "THỨ HAI, NGÀY 09/3/2026", "- Chủ tịch: 7 giờ 30’, …, điểm tại …. 14 giờ, …"
with two or three events in one line, "(LĐVP: Đ/c …)" notes, "Sáng làm việc tại cơ quan." and "Làm việc tại
cơ quan." (no events), a line for two leaders at once, a meeting attended "theo giấy mời", a working session
"(hoãn)", a citizens' reception, a Sunday, the provincial police named in a title while the commune police
prepares (another level), and a closing note with a deadline after the week."""
from tests.genre.model import Day, Doc, Event as E, Leader as L, Para as P

CT, PCT1, PCT2 = "Phan Đức Toàn", "Hà Thị Kim Oanh", "Lường Văn Khải"
DIRECTORY = {
    "units": [("Văn phòng HĐND và UBND xã", None, ["Văn phòng HĐND&UBND xã"]), ("Phòng Kinh tế", None, []),
              ("Phòng Văn hóa - Xã hội", None, []), ("Công an xã Tân Phong", None, ["Công an xã"]),
              ("Công an tỉnh", None, []), ("Ban Chỉ huy Quân sự xã", None, []),
              ("Đoàn Thanh niên xã", None, []), ("Trạm Y tế xã", None, []),
              ("Trung tâm Phục vụ hành chính công xã", None, [])],
    "persons": [(CT, "Chủ tịch UBND xã"), (PCT1, "Phó Chủ tịch UBND xã"), (PCT2, "Phó Chủ tịch UBND xã")],
    "groups": [("Lãnh đạo UBND xã", [CT, PCT1, PCT2])],
}
CT_W, P1_W, P2_W = "Chủ tịch", f"PCT. {PCT1}", f"PCT. {PCT2}"
CT_IS = (CT, "Chủ tịch", "Chủ tịch UBND xã")
P1_IS = (PCT1, P1_W, f"Phó Chủ tịch UBND xã {PCT1}")
P2_IS = (PCT2, P2_W, f"Phó Chủ tịch UBND xã {PCT2}")


def on(d):
    return lambda title, **kw: E(title, dates=(f"2026-03-{d:02d}",), **kw)


DOC = Doc(
    key="ubnd-xa-tuan-2026-03", office="UBND xã Tân Phong (tỉnh Lâm Hà), lịch tuần theo từng lãnh đạo, nhiều việc một dòng",
    kind="weekly", year=2026, month=3, issued="2026-03-07",
    left=["ỦY BAN NHÂN DÂN", "XÃ TÂN PHONG"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Tân Phong, ngày 07 tháng 3 năm 2026"],
    title=["LỊCH LÀM VIỆC CỦA CHỦ TỊCH, CÁC PHÓ CHỦ TỊCH UBND XÃ", "Tuần 11 (từ ngày 09/3 đến ngày 15/3/2026)"],
    numbering=["-"], style="leader", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Lịch này thay giấy mời đối với các thành phần có tên trong lịch; tuần 10, UBND xã đã hoàn thành niêm "
          "yết danh sách cử tri ngày 03/3/2026 tại các khu vực bỏ phiếu."),
        Day("THỨ HAI, NGÀY 09/3/2026", "2026-03-09"),
        L(CT_W, [
            on(9)("chủ trì họp giao ban lãnh đạo UBND xã đầu tuần", clock="07:30", kind="meeting", chair_is=CT_IS,
                  attendees="Chánh Văn phòng HĐND và UBND xã, Trưởng Công an xã",
                  attendees_has="Trưởng Công an xã", place="Phòng họp số 1, UBND xã", tail="(LĐVP: Đ/c Thảo)"),
            on(9)("làm việc với Phòng Kinh tế về tiến độ giải ngân vốn đầu tư công quý I năm 2026", clock="14:00",
                  chair_is=CT_IS, units=("Phòng Kinh tế",), place="Phòng họp số 1, UBND xã"),
        ]),
        L(P1_W, [
            "Sáng làm việc tại cơ quan.",
            on(9)("dự Hội nghị trực tuyến triển khai phương án bảo đảm an ninh, trật tự phục vụ bầu cử do Công an "
                  "tỉnh tổ chức", clock="14:00", units=("Công an xã Tân Phong",),
                  place="Hội trường Công an xã",
                  line="14 giờ, dự Hội nghị trực tuyến triển khai phương án bảo đảm an ninh, trật tự phục vụ bầu cử "
                       "do Công an tỉnh tổ chức (Công an xã chuẩn bị điểm cầu), điểm tại Hội trường Công an xã."),
        ]),
        L(P2_W, [
            on(9)("kiểm tra công tác phòng, chống cháy rừng tại các thôn Nà Pài, Khuổi Sli", clock="07:30",
                  chair_is=P2_IS, attendees="Ban Chỉ huy Quân sự xã, Trưởng thôn Nà Pài, Khuổi Sli",
                  attendees_has="Ban Chỉ huy Quân sự xã",
                  line="7 giờ 30’, kiểm tra công tác phòng, chống cháy rừng tại các thôn Nà Pài, Khuổi Sli, mời Ban "
                       "Chỉ huy Quân sự xã, Trưởng thôn Nà Pài, Khuổi Sli cùng đi (cả ngày)."),
        ]),
        Day("THỨ BA, NGÀY 10/3/2026", "2026-03-10"),
        L(CT_W, [
            on(10)("tiếp công dân định kỳ", clock="08:00", kind="reception", chair_is=CT_IS,
                   place="Phòng Tiếp công dân xã", tail="(LĐVP: Đ/c Thảo)"),
            on(10)("chủ trì họp Ủy ban bầu cử xã rà soát danh sách cử tri bổ sung", clock="14:00", kind="meeting",
                   chair_is=CT_IS, attendees="thành viên Ủy ban bầu cử xã",
                   attendees_has="thành viên Ủy ban bầu cử xã", place="Hội trường UBND xã"),
        ]),
        L(P1_W, [
            on(10)("dự Lễ ra quân Tháng Thanh niên năm 2026", clock="07:30", units=("Đoàn Thanh niên xã",),
                   place="Sân vận động xã",
                   line="7 giờ 30’, dự Lễ ra quân Tháng Thanh niên năm 2026 (Đoàn Thanh niên xã chuẩn bị), điểm tại "
                        "Sân vận động xã."),
            "Chiều làm việc tại cơ quan.",
        ]),
        L(P2_W, ["Làm việc tại cơ quan."]),
        Day("THỨ TƯ, NGÀY 11/3/2026", "2026-03-11"),
        L(CT_W, [
            on(11)("dự Hội nghị Ban Thường vụ Đảng ủy xã (theo giấy mời)", clock="07:30",
                   place="Phòng họp Đảng ủy xã"),
            on(11)("làm việc với Trung tâm Phục vụ hành chính công xã về hồ sơ trễ hạn quý I", clock="14:00",
                   status="cancelled", chair_is=CT_IS, tail="(hoãn)",
                   line="14 giờ, làm việc với Trung tâm Phục vụ hành chính công xã về hồ sơ trễ hạn quý I (hoãn)."),
        ]),
        L(P2_W, [
            on(11)("nghe báo cáo phương án bảo đảm điện, thông tin liên lạc phục vụ ngày bầu cử", clock="08:00",
                   chair_is=P2_IS, attendees="Điện lực khu vực Tân Phong, Bưu điện xã",
                   attendees_has="Điện lực khu vực Tân Phong", units=("Phòng Kinh tế",),
                   place="Phòng họp số 2, UBND xã"),
            on(11)("kiểm tra cơ sở vật chất tại Khu vực bỏ phiếu số 3", clock="15:30", chair_is=P2_IS,
                   place="Nhà văn hóa thôn Bản Chang"),
        ]),
        Day("THỨ NĂM, NGÀY 12/3/2026", "2026-03-12"),
        L(f"Chủ tịch, PCT. {PCT1}", [
            on(12)("dự Hội nghị trực tuyến toàn tỉnh về công tác chuẩn bị bầu cử do UBND tỉnh tổ chức",
                   clock="08:00", place="Hội trường UBND xã",
                   line="8 giờ, dự Hội nghị trực tuyến toàn tỉnh về công tác chuẩn bị bầu cử do UBND tỉnh tổ chức, "
                        "điểm cầu tại Hội trường UBND xã."),
        ]),
        L(P2_W, [
            on(12)("chủ trì diễn tập phương án phòng cháy, chữa cháy tại khu vực bỏ phiếu", clock="14:00",
                   chair_is=P2_IS, attendees="Công an xã, Ban Chỉ huy Quân sự xã", attendees_has="Công an xã",
                   place="Trường Tiểu học Tân Phong"),
        ]),
        Day("THỨ SÁU, NGÀY 13/3/2026", "2026-03-13"),
        L(CT_W, [
            on(13)("kiểm tra công tác chuẩn bị bầu cử tại các khu vực bỏ phiếu số 1 đến số 6", clock="07:30",
                   chair_is=CT_IS, tail="(cả ngày)"),
        ]),
        L(P1_W, [
            on(13)("làm việc với Trạm Y tế xã về phương án bảo đảm y tế ngày bầu cử", clock="09:00", chair_is=P1_IS,
                   units=("Trạm Y tế xã",), place="Trạm Y tế xã"),
            "Chiều làm việc tại cơ quan.",
        ]),
        Day("CHỦ NHẬT, NGÀY 15/3/2026", "2026-03-15"),
        L("Lãnh đạo UBND xã", [
            on(15)("dự Lễ khai mạc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031",
                   clock="06:30", place="Nhà văn hóa thôn Nà Pài",
                   line="6 giờ 30’, dự Lễ khai mạc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm "
                        "kỳ 2026 - 2031 tại Khu vực bỏ phiếu số 1, điểm tại Nhà văn hóa thôn Nà Pài; sau đó kiểm "
                        "tra các khu vực bỏ phiếu trên địa bàn xã."),
        ]),
        P("Các thôn báo cáo nhanh kết quả bầu cử về Ủy ban bầu cử xã trước 20 giờ ngày 15/3/2026 và báo cáo chính "
          "thức trước 10 giờ ngày 16/3/2026. Mọi thay đổi lịch, Văn phòng HĐND và UBND xã thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy, HĐND xã;", "- Chủ tịch, các PCT UBND xã;",
            "- Các phòng, đơn vị thuộc UBND xã;", "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Vi Thị Thảo"],
)
