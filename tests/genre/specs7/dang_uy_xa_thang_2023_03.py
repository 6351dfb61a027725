"""A commune Party committee's monthly program (March 2023, before the two-tier reform: the commune sits under a
district, whose Huyện ủy and training centre are another level), parts "I-", items "a/", each entry written
time first, then the place, then a colon and the content: "Lúc 7 giờ 30 phút ngày 02/3 (thứ Năm), tại Phòng họp
Đảng ủy: Hội nghị …. Đồng chí Bí thư Đảng ủy chủ trì. Mời dự: …"; "Sáng thứ Hai hằng tuần (7 giờ)" a weekly
briefing; "Từ ngày 13/3 đến hết ngày 17/3" an inspection whose head is "Trưởng đoàn: …"; "Tối ngày 07/3 (thứ Ba),
19 giờ 30 phút" a show whose title carries Women's Day's dates; "Ngày 20/3 (thứ Hai), sáng:"; "Ngày 30 và 31/3:"
a course; "Dự kiến ngày 28/3 …" written first (the conference is tentative) and attendees "(dự kiến)" (that
dialogue is not); a meeting "— hoãn, lùi sang tháng 4/2023"; the Youth Union's anniversary (26/3) in a title
on the 25th; two undated items ("Trong tháng:", "Thời gian thông báo sau:"); traps: the annual program's date,
last month's results, task deadlines, April's program."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

BT, PBTTT, PBT = "Quách Thị Dung", "Lạc Văn Hưng", "Vi Đức Thành"
VP, TC, UBKT = "Văn phòng Đảng ủy xã", "Ban Tổ chức Đảng ủy xã", "Ủy ban Kiểm tra Đảng ủy xã"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng Đảng ủy"]), (TC, None, ["Ban Tổ chức Đảng ủy"]),
              (UBKT, None, ["Ủy ban Kiểm tra Đảng ủy", "UBKT Đảng ủy xã"]),
              ("Hội Liên hiệp Phụ nữ xã", None, []), ("Đoàn Thanh niên xã", None, ["Đoàn xã"]),
              ("Đảng ủy Quân sự xã", None, []), ("Chi bộ Trường THCS Tân Hòa", None, []),
              ("Ủy ban MTTQ Việt Nam xã", None, ["Ủy ban MTTQ xã"]), ("Văn phòng Huyện ủy", None, [])],
    "persons": [(BT, "Bí thư Đảng ủy xã"), (PBTTT, "Phó Bí thư Thường trực Đảng ủy xã"),
                (PBT, "Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã")],
    "groups": [("Thường trực Đảng ủy", [BT, PBTTT, PBT]), ("Ban Thường vụ Đảng ủy", [BT, PBTTT, PBT])],
}
BT_IS = (BT, "Đồng chí Bí thư Đảng ủy", "Bí thư Đảng ủy", "Bí thư Đảng ủy xã")
TT_IS = (PBTTT, "đồng chí Phó Bí thư Thường trực Đảng ủy", "Phó Bí thư Thường trực Đảng ủy")


def on(days, line, title, **kw):
    days = days if isinstance(days, tuple) else (days,)
    return Ev(E(title, dates=tuple(f"2023-03-{d:02d}" for d in days), line=line, **kw), 1)


DOC = Doc(
    key="dang-uy-xa-thang-2023-03", office="Đảng ủy xã Tân Hòa (huyện Đông Lộc), chương trình tháng viết giờ, nơi trước",
    kind="monthly", year=2023, month=3, issued="2023-02-27",
    left=["ĐẢNG BỘ HUYỆN ĐÔNG LỘC", "ĐẢNG ỦY XÃ TÂN HÒA", "*", "Số 31-CTr/ĐU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Hòa, ngày 27 tháng 02 năm 2023"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2023", "của Ban Thường vụ Đảng ủy xã"],
    numbering=["{R}-", "{a}/", "+"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Căn cứ Chương trình công tác toàn khóa và Chương trình công tác năm 2023 của Ban Chấp hành Đảng bộ xã "
          "(ban hành ngày 05/01/2023); trong tháng 02/2023, Đảng ủy đã tổ chức Hội nghị sơ kết công tác xây dựng "
          "Đảng ngày 24/02/2023. Ban Thường vụ Đảng ủy xây dựng chương trình công tác tháng 3/2023 như sau:"),
        H("NHIỆM VỤ TRỌNG TÂM", 0),
        P("Lãnh đạo các chi bộ hoàn thành việc học tập, quán triệt các nghị quyết của Trung ương trước ngày "
          "20/3/2023; Ủy ban MTTQ và các đoàn thể xã tổ chức các hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3 và "
          "Ngày thành lập Đoàn 26/3.", 1),
        P("Các chi bộ thôn nộp báo cáo quý I về Văn phòng Đảng ủy trước ngày 25/3/2023.", 1),
        H("LỊCH CÔNG TÁC CỤ THỂ", 0),
        Ev(E("Thường trực Đảng ủy giao ban với lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam xã", weekly="MO",
             clock="07:00", kind="meeting", place="Phòng họp Đảng ủy",
             line="Sáng thứ Hai hằng tuần (7 giờ), tại Phòng họp Đảng ủy: Thường trực Đảng ủy giao ban với lãnh đạo "
                  "HĐND, UBND, Ủy ban MTTQ Việt Nam xã."), 1),
        on(2, "Lúc 7 giờ 30 phút ngày 02/3 (thứ Năm), tại Phòng họp Đảng ủy: Hội nghị Ban Thường vụ Đảng ủy tháng "
              "3/2023. Đồng chí Bí thư Đảng ủy chủ trì. Mời dự: Chủ tịch Ủy ban MTTQ Việt Nam xã.",
           "Hội nghị Ban Thường vụ Đảng ủy tháng 3/2023", clock="07:30", kind="meeting",
           chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS, attendees="Chủ tịch Ủy ban MTTQ Việt Nam xã",
           attendees_has="Chủ tịch Ủy ban MTTQ Việt Nam xã", place="Phòng họp Đảng ủy",
           items=[I("Đánh giá kết quả thực hiện nhiệm vụ tháng 02, triển khai nhiệm vụ tháng 3/2023", VP),
                  I("Cho ý kiến về công tác phát triển đảng viên quý I/2023", TC)]),
        on(6, "Lúc 14 giờ ngày 06/3 (thứ Hai), tại Hội trường UBND xã: Hội nghị học tập, quán triệt Nghị quyết Hội "
              "nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII. Đồng chí Phó Bí thư Thường trực Đảng ủy chủ "
              "trì. Thành phần: cán bộ, đảng viên toàn Đảng bộ.",
           "Hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII",
           clock="14:00", chair="Đồng chí Phó Bí thư Thường trực Đảng ủy", chair_is=TT_IS,
           attendees="cán bộ, đảng viên toàn Đảng bộ", attendees_has="đảng viên toàn Đảng bộ",
           place="Hội trường UBND xã"),
        on(7, "Tối ngày 07/3 (thứ Ba), 19 giờ 30 phút, tại Nhà văn hóa thôn Đông: Giao lưu văn nghệ kỷ niệm 113 năm "
              "Ngày Quốc tế Phụ nữ (08/3/1910 - 08/3/2023) (Hội Liên hiệp Phụ nữ xã chuẩn bị).",
           "Giao lưu văn nghệ kỷ niệm 113 năm Ngày Quốc tế Phụ nữ (08/3/1910 - 08/3/2023)", clock="19:30",
           place="Nhà văn hóa thôn Đông", units=("Hội Liên hiệp Phụ nữ xã",)),
        on(9, "Lúc 14 giờ ngày 09/3 (thứ Năm), tại Phòng họp Đảng ủy: Ủy ban Kiểm tra Đảng ủy họp xét đề nghị kết "
              "nạp đảng viên — hoãn, lùi sang tháng 4/2023.",
           "Ủy ban Kiểm tra Đảng ủy họp xét đề nghị kết nạp đảng viên", clock="14:00", kind="meeting",
           status="cancelled", place="Phòng họp Đảng ủy", tail="(hoãn, lùi sang tháng 4/2023)"),
        on(10, "Lúc 9 giờ ngày 10/3 (thứ Sáu), tại Phòng họp Đảng ủy: Thường trực Đảng ủy nghe Đảng ủy Quân sự xã báo "
               "cáo công tác huấn luyện dân quân năm 2023 (Đảng ủy Quân sự xã chuẩn bị).",
           "Thường trực Đảng ủy nghe Đảng ủy Quân sự xã báo cáo công tác huấn luyện dân quân năm 2023",
           clock="09:00", place="Phòng họp Đảng ủy", units=("Đảng ủy Quân sự xã",)),
        Ev(E("Đoàn kiểm tra của Ban Thường vụ Đảng ủy kiểm tra công tác phát triển đảng viên tại các chi bộ thôn",
             dates=("2023-03-13",), end="2023-03-17", chair="đồng chí Phó Bí thư Thường trực Đảng ủy", chair_is=TT_IS,
             line="Từ ngày 13/3 đến hết ngày 17/3: Đoàn kiểm tra của Ban Thường vụ Đảng ủy kiểm tra công tác phát "
                  "triển đảng viên tại các chi bộ thôn. Trưởng đoàn: đồng chí Phó Bí thư Thường trực Đảng ủy."), 1),
        on(15, "Lúc 8 giờ ngày 15/3 (thứ Tư), tại Phòng Tiếp công dân xã: Bí thư Đảng ủy tiếp công dân định kỳ.",
           "Bí thư Đảng ủy tiếp công dân định kỳ", clock="08:00", kind="reception", chair_is=BT_IS,
           place="Phòng Tiếp công dân xã"),
        on(16, "Lúc 8 giờ ngày 16/3 (thứ Năm), tại Hội trường Huyện ủy: Đồng chí Bí thư Đảng ủy dự Hội nghị Ban Chấp "
               "hành Đảng bộ huyện (theo giấy triệu tập).",
           "Đồng chí Bí thư Đảng ủy dự Hội nghị Ban Chấp hành Đảng bộ huyện", clock="08:00",
           place="Hội trường Huyện ủy", tail="(theo giấy triệu tập)"),
        on(20, "Ngày 20/3 (thứ Hai), sáng: Đảng ủy xã dự Hội nghị sơ kết công tác quý I/2023 của Huyện ủy, tại Hội "
               "trường Huyện ủy.",
           "Đảng ủy xã dự Hội nghị sơ kết công tác quý I/2023 của Huyện ủy", slot="sáng",
           place="Hội trường Huyện ủy"),
        on(22, "Lúc 13 giờ 30 phút ngày 22/3 (thứ Tư), tại Phòng họp Đảng ủy: Ban Thường vụ Đảng ủy làm việc với Chi "
               "bộ Trường THCS Tân Hòa về công tác chuẩn bị đại hội chi bộ (Chi bộ Trường THCS Tân Hòa chuẩn bị báo "
               "cáo).",
           "Ban Thường vụ Đảng ủy làm việc với Chi bộ Trường THCS Tân Hòa về công tác chuẩn bị đại hội chi bộ",
           clock="13:30", place="Phòng họp Đảng ủy", units=("Chi bộ Trường THCS Tân Hòa",)),
        on(24, "Lúc 15 giờ ngày 24/3 (thứ Sáu), tại Hội trường UBND xã: Hội nghị đối thoại giữa Bí thư Đảng ủy với "
               "đoàn viên, thanh niên. Đồng chí Bí thư Đảng ủy chủ trì. Thành phần: đoàn viên, thanh niên tiêu biểu "
               "các chi đoàn (dự kiến).",
           "Hội nghị đối thoại giữa Bí thư Đảng ủy với đoàn viên, thanh niên", clock="15:00",
           chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS,
           attendees="đoàn viên, thanh niên tiêu biểu các chi đoàn (dự kiến)",
           attendees_has="đoàn viên, thanh niên tiêu biểu các chi đoàn", place="Hội trường UBND xã"),
        on(25, "Lúc 7 giờ ngày 25/3 (thứ Bảy), tại Sân vận động xã: Lễ kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí "
               "Minh (26/3/1931 - 26/3/2023) và ra quân Tháng Thanh niên (Đoàn Thanh niên xã chuẩn bị).",
           "Lễ kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2023) và ra quân Tháng Thanh "
           "niên", clock="07:00", place="Sân vận động xã", units=("Đoàn Thanh niên xã",)),
        on(28, "Dự kiến ngày 28/3 (thứ Ba), 8 giờ, tại Hội trường UBND xã: Hội nghị Ban Chấp hành Đảng bộ xã lần thứ "
               "12 (mở rộng). Đồng chí Bí thư Đảng ủy chủ trì.",
           "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 12 (mở rộng)", clock="08:00", status="tentative",
           kind="meeting", chair="Đồng chí Bí thư Đảng ủy", chair_is=BT_IS, place="Hội trường UBND xã",
           items=[I("Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ quý I, nhiệm vụ quý II/2023", VP),
                  I("Báo cáo kết quả kiểm tra, giám sát quý I/2023", UBKT)]),
        on((30, 31), "Ngày 30 và 31/3: Thường trực Đảng ủy dự lớp bồi dưỡng kiến thức quốc phòng và an ninh đối "
                     "tượng 4 do Huyện ủy tổ chức, tại Trung tâm Chính trị huyện.",
           "Thường trực Đảng ủy dự lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 do Huyện ủy tổ chức",
           place="Trung tâm Chính trị huyện"),
        H("CÔNG TÁC KHÁC", 0),
        Ev(E("Ủy ban Kiểm tra Đảng ủy kiểm tra việc thu, nộp, quản lý đảng phí tại các chi bộ", day_cell="Trong tháng",
             line="Trong tháng: Ủy ban Kiểm tra Đảng ủy kiểm tra việc thu, nộp, quản lý đảng phí tại các chi bộ (có "
                  "kế hoạch riêng)."), 1),
        Ev(E("Hội nghị sơ kết 2 năm thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXI", day_cell="Thông báo sau",
             line="Thời gian thông báo sau: Hội nghị sơ kết 2 năm thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ "
                  "XXI."), 1),
        P("Chương trình công tác tháng 4/2023 của Ban Thường vụ Đảng ủy sẽ ban hành trước ngày 31/3/2023. Các đồng "
          "chí Đảng ủy viên phụ trách chi bộ theo dõi, đôn đốc thực hiện chương trình này."),
    ],
    footer=["Nơi nhận:", "- Ban Thường vụ Huyện ủy (b/c);", "- Các đồng chí Đảng ủy viên;", "- Các chi bộ trực thuộc;",
            "- Lưu Văn phòng Đảng ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Quách Thị Dung"],
)
