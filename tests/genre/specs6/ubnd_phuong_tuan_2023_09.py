"""A city ward's weekly schedule of its People's Committee leaders (September 2023, before the two-tier reform:
the ward sits under a city whose police and departments are another level), the week after the National Day
holiday: "THỨ HAI, NGÀY 04/9/2023" with only "Nghỉ bù lễ Quốc khánh …" (no event), then per leader "- Đ/c
Chủ tịch: 7h00: …; 14g00: …." with several events a line separated by ";", hours "7h", "8h30", "14g00",
"08 giờ", "Tối (19h30)", "Sáng làm việc tại cơ quan." and "Chiều làm việc tại cơ quan." (no events), a
city conference "(thời gian: theo Giấy mời)", a council meeting "(tạm hoãn)", school openings, a Saturday
blood drive and a Sunday clean-up; traps: the holiday notice's date, a deadline after the week, "Lịch có
thể thay đổi … thông báo sau"."""
from tests.genre.model import Day, Doc, Event as E, Leader as L, Para as P

CT, PCT1, PCT2 = "Giang Minh Phúc", "Chẩu Thị Lành", "Viên Quốc Trung"
DIRECTORY = {
    "units": [("Văn phòng UBND phường", None, []), ("Công an phường Đông Mỹ", None, ["Công an phường"]),
              ("Công an thành phố Vân Tiên", None, ["Công an thành phố"]), ("Ban Chỉ huy Quân sự phường", None, []),
              ("Trạm Y tế phường", None, []), ("Hội Chữ thập đỏ phường", None, []),
              ("Đoàn Thanh niên phường", None, []), ("Phòng Tài nguyên và Môi trường thành phố", None, []),
              ("Phòng Lao động - Thương binh và Xã hội thành phố", None, [])],
    "persons": [(CT, "Chủ tịch UBND phường"), (PCT1, "Phó Chủ tịch UBND phường"), (PCT2, "Phó Chủ tịch UBND phường")],
    "groups": [("Lãnh đạo UBND phường", [CT, PCT1, PCT2])],
}
CT_W, P1_W, P2_W = "Đ/c Chủ tịch", f"Đ/c PCT. {PCT1}", f"Đ/c PCT. {PCT2}"
CT_IS = (CT, "Chủ tịch", "Đ/c Chủ tịch", "Chủ tịch UBND phường")
P1_IS = (PCT1, P1_W, f"Phó Chủ tịch UBND phường {PCT1}")
P2_IS = (PCT2, P2_W, f"Phó Chủ tịch UBND phường {PCT2}")


def on(d):
    return lambda title, **kw: E(title, dates=(f"2023-09-{d:02d}",), **kw)


DOC = Doc(
    key="ubnd-phuong-tuan-2023-09", office="UBND phường Đông Mỹ (thành phố Vân Tiên), lịch tuần theo từng lãnh đạo",
    kind="weekly", year=2023, month=9, issued="2023-09-01",
    left=["UBND THÀNH PHỐ VÂN TIÊN", "UBND PHƯỜNG ĐÔNG MỸ"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Đông Mỹ, ngày 01 tháng 9 năm 2023"],
    title=["LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND PHƯỜNG", "Tuần 36 (từ ngày 04/9/2023 đến ngày 10/9/2023)"],
    numbering=["-"], style="leader", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Thực hiện Thông báo số 215/TB-UBND ngày 25/8/2023 của UBND thành phố về nghỉ lễ Quốc khánh, cán bộ, công "
          "chức nghỉ từ thứ Sáu, ngày 01/9/2023 đến hết thứ Hai, ngày 04/9/2023. Lịch này thay giấy mời."),
        Day("THỨ HAI, NGÀY 04/9/2023", "2023-09-04"),
        L("Lãnh đạo UBND phường", ["Nghỉ bù lễ Quốc khánh; lãnh đạo trực theo lịch phân công riêng."]),
        Day("THỨ BA, NGÀY 05/9/2023", "2023-09-05"),
        L(CT_W, [
            on(5)("dự Lễ khai giảng năm học 2023 - 2024 tại Trường THCS Đông Mỹ", clock="07:00",
                  place="Trường THCS Đông Mỹ",
                  line="7h00: dự Lễ khai giảng năm học 2023 - 2024 tại Trường THCS Đông Mỹ;"),
            on(5)("chủ trì họp giao ban lãnh đạo UBND phường đầu tuần", clock="14:00", kind="meeting",
                  chair_is=CT_IS, attendees="các Phó Chủ tịch, công chức Văn phòng - Thống kê",
                  attendees_has="công chức Văn phòng - Thống kê", place="Phòng họp UBND phường",
                  line="14g00: chủ trì họp giao ban lãnh đạo UBND phường đầu tuần, mời các Phó Chủ tịch, công chức "
                       "Văn phòng - Thống kê cùng dự, tại Phòng họp UBND phường."),
        ]),
        L(P1_W, [
            on(5)("dự Lễ khai giảng năm học 2023 - 2024 tại Trường Tiểu học Đông Mỹ 2", clock="07:00",
                  place="Trường Tiểu học Đông Mỹ 2",
                  line="7h: dự Lễ khai giảng năm học 2023 - 2024 tại Trường Tiểu học Đông Mỹ 2."),
            "Chiều làm việc tại cơ quan.",
        ]),
        L(P2_W, [
            on(5)("dự Lễ khai giảng năm học 2023 - 2024 tại Trường Mầm non Hoa Sen", clock="07:00",
                  place="Trường Mầm non Hoa Sen",
                  line="7h00: dự Lễ khai giảng năm học 2023 - 2024 tại Trường Mầm non Hoa Sen;"),
            on(5)("kiểm tra công tác bảo đảm trật tự đô thị, lấn chiếm vỉa hè trên tuyến đường Trần Phú", clock="14:00",
                  chair_is=P2_IS, units=("Công an phường",),
                  line="14g00: kiểm tra công tác bảo đảm trật tự đô thị, lấn chiếm vỉa hè trên tuyến đường Trần Phú "
                       "(Công an phường chuẩn bị lực lượng)."),
        ]),
        Day("THỨ TƯ, NGÀY 06/9/2023", "2023-09-06"),
        L(CT_W, [
            on(6)("tiếp công dân định kỳ", clock="08:00", kind="reception", chair_is=CT_IS,
                  place="Phòng Tiếp công dân phường",
                  line="08 giờ: tiếp công dân định kỳ tại Phòng Tiếp công dân phường;"),
            on(6)("dự Hội nghị Ban Chấp hành Đảng bộ thành phố mở rộng", tail="(thời gian: theo Giấy mời)",
                  line="dự Hội nghị Ban Chấp hành Đảng bộ thành phố mở rộng (thời gian: theo Giấy mời)."),
        ]),
        L(P1_W, [
            on(6)("chủ trì Hội nghị triển khai điều tra, cập nhật thông tin cung - cầu lao động năm 2023",
                  clock="08:30", kind="meeting", chair_is=P1_IS, attendees="Trưởng các khu phố",
                  attendees_has="Trưởng các khu phố", place="Hội trường UBND phường",
                  line="8h30: chủ trì Hội nghị triển khai điều tra, cập nhật thông tin cung - cầu lao động năm 2023, "
                       "mời Trưởng các khu phố cùng dự, tại Hội trường UBND phường."),
            "Chiều làm việc tại cơ quan.",
        ]),
        Day("THỨ NĂM, NGÀY 07/9/2023", "2023-09-07"),
        L(CT_W, [
            "Sáng làm việc tại cơ quan.",
            on(7)("làm việc với Phòng Tài nguyên và Môi trường thành phố về hồ sơ thu hồi đất dự án Khu dân cư Bắc "
                  "Đông Mỹ", clock="14:00", chair_is=CT_IS, place="Phòng họp UBND phường",
                  line="14g00: làm việc với Phòng Tài nguyên và Môi trường thành phố về hồ sơ thu hồi đất dự án Khu "
                       "dân cư Bắc Đông Mỹ, tại Phòng họp UBND phường."),
        ]),
        L(P2_W, [
            on(7)("chủ trì họp Hội đồng hòa giải tranh chấp đất đai tại khu phố 4", clock="08:30", status="cancelled",
                  chair_is=P2_IS, tail="(tạm hoãn)",
                  line="8h30: chủ trì họp Hội đồng hòa giải tranh chấp đất đai tại khu phố 4 (tạm hoãn)."),
        ]),
        Day("THỨ SÁU, NGÀY 08/9/2023", "2023-09-08"),
        L("Lãnh đạo UBND phường", [
            on(8)("dự Hội nghị giao ban công tác quý III năm 2023 do UBND thành phố tổ chức", clock="07:30",
                  place="Hội trường UBND thành phố",
                  line="7h30: dự Hội nghị giao ban công tác quý III năm 2023 do UBND thành phố tổ chức, tại Hội "
                       "trường UBND thành phố."),
        ]),
        L(P1_W, [
            on(8)("dự Chương trình giao lưu văn nghệ mừng khu dân cư văn hóa khu phố 7", clock="19:30",
                  place="Nhà văn hóa khu phố 7",
                  line="Tối (19h30): dự Chương trình giao lưu văn nghệ mừng khu dân cư văn hóa khu phố 7, tại Nhà văn "
                       "hóa khu phố 7."),
        ]),
        Day("THỨ BẢY, NGÀY 09/9/2023", "2023-09-09"),
        L(P2_W, [
            on(9)("chỉ đạo Ngày hội hiến máu tình nguyện đợt 2 năm 2023", clock="07:00", chair_is=P2_IS,
                  place="Hội trường UBND phường", units=("Trạm Y tế phường", "Hội Chữ thập đỏ phường"),
                  line="7h00: chỉ đạo Ngày hội hiến máu tình nguyện đợt 2 năm 2023 (Trạm Y tế phường, Hội Chữ thập "
                       "đỏ phường chuẩn bị), tại Hội trường UBND phường."),
        ]),
        Day("CHỦ NHẬT, NGÀY 10/9/2023", "2023-09-10"),
        L(CT_W, [
            on(10)("kiểm tra ra quân dọn vệ sinh môi trường hưởng ứng Chiến dịch Làm cho thế giới sạch hơn năm 2023",
                   clock="06:30", chair_is=CT_IS, place="Tuyến kênh Rạch Gốc", units=("Đoàn Thanh niên phường",),
                   line="6h30: kiểm tra ra quân dọn vệ sinh môi trường hưởng ứng Chiến dịch Làm cho thế giới sạch hơn "
                        "năm 2023 (Đoàn Thanh niên phường chuẩn bị), tại Tuyến kênh Rạch Gốc."),
        ]),
        P("Các khu phố báo cáo kết quả ra quân về UBND phường trước ngày 12/9/2023. Lịch có thể thay đổi, Văn phòng "
          "UBND phường thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy, HĐND phường;", "- Chủ tịch, các PCT UBND phường;",
            "- Các ban, ngành, đoàn thể phường;", "- Lưu: VP.", "TL. CHỦ TỊCH", "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ",
            "Đàm Thị Nguyệt"],
)
