"""A district Party committee's week (Huyện ủy Mường Khoa, 15–21/5/2023, before the two-tier reform) written actor
first: day headings "THỨ HAI - 15/5", then each entry "- Đồng chí Bí thư Huyện ủy, lúc 7 giờ 30: chủ trì …; mời …;
tại … (… chuẩn bị)." (the actor, a comma, "lúc" and the hour, a colon, the work in lower case), "- Thường trực
Huyện ủy, lúc 14 giờ: …", "- Đồng chí Phó Bí thư Thường trực Huyện ủy, cả ngày: …", "lúc 14 giờ (dự kiến):", a
conference's papers "+", "(dự kiến 150 đại biểu)" after the invitees, "(hoãn)", a title carrying Hồ Chí Minh's
dates, a Saturday and a Sunday evening. Traps: the committee's program of 28/4, "làm việc tại cơ quan", the papers'
deadline of 12/5 in the closing note."""
from tests.genre.model import Day, Doc, Ev, Event as E, Item as I, Para as P

BT, PBTTT, CT = "Nguyễn Đình Khang", "Hà Thị Thu Trang", "Triệu Văn Lực"
VPHU = "Văn phòng Huyện ủy"
DIRECTORY = {
    "units": [(VPHU, None, []), ("Ban Tổ chức Huyện ủy", None, []), ("Ban Tuyên giáo Huyện ủy", None, []),
              ("Ủy ban Kiểm tra Huyện ủy", None, []), ("Ban Dân vận Huyện ủy", None, []),
              ("Văn phòng HĐND và UBND huyện", None, []), ("Ban Tiếp công dân huyện", None, [])],
    "persons": [(BT, "Bí thư Huyện ủy"), (PBTTT, "Phó Bí thư Thường trực Huyện ủy"),
                (CT, "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện")],
    "groups": [("Thường trực Huyện ủy", [BT, PBTTT, CT])],
}
BT_IS = (BT, "Bí thư Huyện ủy")
TT_IS = (PBTTT, "Phó Bí thư Thường trực Huyện ủy")
CT_IS = (CT, "Chủ tịch UBND huyện")
WHO = {"BT": "Đồng chí Bí thư Huyện ủy", "TT": "Đồng chí Phó Bí thư Thường trực Huyện ủy",
       "CT": "Đồng chí Phó Bí thư, Chủ tịch UBND huyện", "TTHU": "Thường trực Huyện ủy",
       "BTV": "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy"}


def on(d, who, when, work, title, **kw):
    """"- <actor>, <when>: <work>." under the day heading of `d`."""
    return Ev(E(title, dates=(f"2023-05-{d:02d}",), line=f"{WHO[who]}, {when}: {work}", **kw), 0)


DOC = Doc(
    key="huyen-uy-tuan-2023-05", office="Huyện ủy Mường Khoa, lịch tuần của Thường trực, người làm trước rồi giờ",
    kind="weekly", year=2023, month=5, issued="2023-05-12",
    left=["ĐẢNG BỘ TỈNH LAI SƠN", "HUYỆN ỦY MƯỜNG KHOA", "*", "Số 52-LT/HU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Mường Khoa, ngày 12 tháng 5 năm 2023"],
    title=["LỊCH LÀM VIỆC", "của Thường trực Huyện ủy", "(Tuần 20, từ ngày 15/5 đến ngày 21/5/2023)"],
    numbering=["-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        P("Căn cứ Chương trình làm việc số 45-CTr/HU ngày 28/4/2023 của Ban Thường vụ Huyện ủy, Văn phòng Huyện ủy "
          "thông báo lịch làm việc của Thường trực Huyện ủy tuần 20 như sau:"),
        Day("THỨ HAI - 15/5", "2023-05-15"),
        on(15, "BT", "lúc 7 giờ 30", "chủ trì Hội nghị Ban Thường vụ Huyện ủy thường kỳ tháng 5; mời các đồng chí Ủy "
           "viên Ban Thường vụ Huyện ủy, Chánh Văn phòng Huyện ủy; tại Phòng họp Ban Thường vụ (Văn phòng Huyện ủy "
           "chuẩn bị). Nội dung:",
           "Hội nghị Ban Thường vụ Huyện ủy thường kỳ tháng 5", clock="07:30", kind="meeting",
           chair=WHO["BT"], chair_is=BT_IS,
           attendees="các đồng chí Ủy viên Ban Thường vụ Huyện ủy, Chánh Văn phòng Huyện ủy",
           attendees_has="Chánh Văn phòng Huyện ủy", place="Phòng họp Ban Thường vụ", units=(VPHU,),
           items=[I("Cho ý kiến Đề án kiện toàn tổ chức bộ máy các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy",
                    "Ban Tổ chức Huyện ủy"),
                  I("Kế hoạch kiểm tra, giám sát 6 tháng cuối năm 2023", "Ủy ban Kiểm tra Huyện ủy"),
                  I("Công tác cán bộ", "Ban Tổ chức Huyện ủy")]),
        on(15, "CT", "lúc 14 giờ", "dự họp trực tuyến với UBND tỉnh về công tác phòng, chống thiên tai và tìm kiếm cứu "
           "nạn năm 2023; tại điểm cầu UBND huyện.",
           "Dự họp trực tuyến với UBND tỉnh về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023",
           clock="14:00", attendees=WHO["CT"], place="điểm cầu UBND huyện"),
        P(f"{WHO['TT']}, lúc 14 giờ: làm việc tại cơ quan.", 0),
        Day("THỨ BA - 16/5", "2023-05-16"),
        on(16, "TT", "cả ngày", "đi cùng Đoàn kiểm tra của Ban Thường vụ Huyện ủy kiểm tra công tác phát triển đảng "
           "viên tại Đảng bộ xã Pú Nhi và Đảng bộ xã Na Son (Ủy ban Kiểm tra Huyện ủy chuẩn bị).",
           "Đoàn kiểm tra của Ban Thường vụ Huyện ủy kiểm tra công tác phát triển đảng viên tại Đảng bộ xã Pú Nhi và "
           "Đảng bộ xã Na Son", attendees=WHO["TT"], units=("Ủy ban Kiểm tra Huyện ủy",), slot_cell="Cả ngày"),
        on(16, "BT", "lúc 8 giờ", "dự Đại hội đại biểu Hội Nông dân huyện lần thứ X, nhiệm kỳ 2023 - 2028; tại Hội "
           "trường Trung tâm Chính trị huyện.",
           "Dự Đại hội đại biểu Hội Nông dân huyện lần thứ X, nhiệm kỳ 2023 - 2028", clock="08:00",
           attendees=WHO["BT"], place="Hội trường Trung tâm Chính trị huyện"),
        on(16, "BT", "lúc 14 giờ", "tiếp công dân định kỳ tháng 5; tại Trụ sở Tiếp công dân huyện (Ban Tiếp công dân "
           "huyện chuẩn bị).",
           "Tiếp công dân định kỳ tháng 5", clock="14:00", kind="reception", chair=WHO["BT"], chair_is=BT_IS,
           place="Trụ sở Tiếp công dân huyện", units=("Ban Tiếp công dân huyện",)),
        Day("THỨ TƯ - 17/5", "2023-05-17"),
        on(17, "TTHU", "lúc 7 giờ 30", "nghe Ban Tuyên giáo Huyện ủy báo cáo kế hoạch tổ chức các hoạt động kỷ niệm "
           "133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023); tại Phòng họp Thường trực Huyện ủy (Ban "
           "Tuyên giáo Huyện ủy chuẩn bị).",
           "Nghe Ban Tuyên giáo Huyện ủy báo cáo kế hoạch tổ chức các hoạt động kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ "
           "Chí Minh", clock="07:30", attendees=WHO["TTHU"], place="Phòng họp Thường trực Huyện ủy",
           units=("Ban Tuyên giáo Huyện ủy",)),
        on(17, "CT", "lúc 8 giờ", "chủ trì phiên họp UBND huyện thường kỳ tháng 5; mời Thường trực HĐND huyện, Trưởng "
           "các phòng, ban chuyên môn thuộc UBND huyện; tại Phòng họp số 1 UBND huyện (Văn phòng HĐND và UBND huyện "
           "chuẩn bị).",
           "Phiên họp UBND huyện thường kỳ tháng 5", clock="08:00", kind="meeting", chair=WHO["CT"], chair_is=CT_IS,
           attendees="Thường trực HĐND huyện, Trưởng các phòng, ban chuyên môn thuộc UBND huyện",
           attendees_has="Thường trực HĐND huyện", place="Phòng họp số 1 UBND huyện",
           units=("Văn phòng HĐND và UBND huyện",)),
        on(17, "BT", "lúc 14 giờ (dự kiến)", "làm việc với Đoàn công tác của Ban Dân vận Tỉnh ủy về thực hiện Quy chế "
           "dân chủ ở cơ sở; tại Phòng họp Ban Thường vụ (Ban Dân vận Huyện ủy chuẩn bị).",
           "Làm việc với Đoàn công tác của Ban Dân vận Tỉnh ủy về thực hiện Quy chế dân chủ ở cơ sở", clock="14:00",
           status="tentative", attendees=WHO["BT"], place="Phòng họp Ban Thường vụ", units=("Ban Dân vận Huyện ủy",),
           slot_cell="Chiều\n14 giờ 00 (dự kiến)"),
        Day("THỨ NĂM - 18/5", "2023-05-18"),
        on(18, "TT", "lúc 7 giờ 30", "chủ trì Hội nghị học tập, quán triệt chuyên đề năm 2023 về học tập và làm theo tư "
           "tưởng, đạo đức, phong cách Hồ Chí Minh; mời Bí thư các chi, đảng bộ trực thuộc Huyện ủy (dự kiến 150 đại "
           "biểu); tại Hội trường Trung tâm Chính trị huyện (Ban Tuyên giáo Huyện ủy chuẩn bị).",
           "Hội nghị học tập, quán triệt chuyên đề năm 2023 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
           "Minh", clock="07:30", chair=WHO["TT"], chair_is=TT_IS,
           attendees="Bí thư các chi, đảng bộ trực thuộc Huyện ủy (dự kiến 150 đại biểu)",
           attendees_has="Bí thư các chi, đảng bộ trực thuộc Huyện ủy", place="Hội trường Trung tâm Chính trị huyện",
           units=("Ban Tuyên giáo Huyện ủy",)),
        on(18, "BT", "lúc 14 giờ", "dự Lễ khánh thành cầu treo bản Huổi Lếch, xã Na Son (hoãn).",
           "Dự Lễ khánh thành cầu treo bản Huổi Lếch, xã Na Son", clock="14:00", status="cancelled",
           attendees=WHO["BT"], tail="(hoãn)"),
        Day("THỨ SÁU - 19/5", "2023-05-19"),
        on(19, "TTHU", "lúc 6 giờ 30", "dâng hương tưởng niệm Chủ tịch Hồ Chí Minh nhân kỷ niệm 133 năm Ngày sinh của "
           "Người; mời các đồng chí Ủy viên Ban Thường vụ Huyện ủy, lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam huyện; "
           "tại Nhà tưởng niệm Chủ tịch Hồ Chí Minh, Quảng trường huyện.",
           "Dâng hương tưởng niệm Chủ tịch Hồ Chí Minh nhân kỷ niệm 133 năm Ngày sinh của Người", clock="06:30",
           attendees="các đồng chí Ủy viên Ban Thường vụ Huyện ủy, lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam huyện",
           attendees_has="lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam huyện",
           place="Nhà tưởng niệm Chủ tịch Hồ Chí Minh, Quảng trường huyện"),
        on(19, "TT", "lúc 9 giờ", "chủ trì họp Hội đồng Thi đua - Khen thưởng Huyện ủy xét khen thưởng tổ chức cơ sở "
           "đảng trong sạch, vững mạnh tiêu biểu; tại Phòng họp Thường trực Huyện ủy (Ban Tổ chức Huyện ủy chuẩn bị).",
           "Họp Hội đồng Thi đua - Khen thưởng Huyện ủy xét khen thưởng tổ chức cơ sở đảng trong sạch, vững mạnh tiêu "
           "biểu", clock="09:00", kind="meeting", chair=WHO["TT"], chair_is=TT_IS,
           place="Phòng họp Thường trực Huyện ủy", units=("Ban Tổ chức Huyện ủy",)),
        on(19, "BTV", "lúc 14 giờ", "dự sinh hoạt chi bộ định kỳ tại các chi bộ được phân công theo dõi.",
           "Dự sinh hoạt chi bộ định kỳ tại các chi bộ được phân công theo dõi", clock="14:00",
           attendees=WHO["BTV"]),
        Day("THỨ BẢY - 20/5", "2023-05-20"),
        on(20, "BT", "lúc 7 giờ 30", "dự Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023; tại Sân vận động "
           "huyện.",
           "Dự Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023", clock="07:30", attendees=WHO["BT"],
           place="Sân vận động huyện"),
        Day("CHỦ NHẬT - 21/5", "2023-05-21"),
        on(21, "CT", "lúc 19 giờ 30", "dự Đêm chung kết Hội thi Tiếng hát Mường Khoa năm 2023; tại Nhà Văn hóa huyện.",
           "Dự Đêm chung kết Hội thi Tiếng hát Mường Khoa năm 2023", clock="19:30", attendees=WHO["CT"],
           place="Nhà Văn hóa huyện"),
        P("Ghi chú: Các cơ quan tham mưu gửi tài liệu Hội nghị Ban Thường vụ Huyện ủy về Văn phòng Huyện ủy trước 16 "
          "giờ ngày 12/5/2023. Lịch có thay đổi, Văn phòng Huyện ủy sẽ thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Thường trực Huyện ủy;", "- Các đồng chí Ủy viên Ban Thường vụ Huyện ủy;",
            "- Các cơ quan tham mưu, giúp việc Huyện ủy;", "- Lưu Văn phòng Huyện ủy.", "T/L BAN THƯỜNG VỤ",
            "CHÁNH VĂN PHÒNG", "Lù Văn Chiến"],
)
