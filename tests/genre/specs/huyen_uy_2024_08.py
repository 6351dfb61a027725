"""Huyện ủy monthly program (Party form: "Số …-CTr/HU", lettered parts, tasks with deadlines in prose)."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

DIRECTORY = {
    "units": [("Văn phòng Huyện ủy", None, []), ("Ban Tổ chức Huyện ủy", None, []),
              ("Ban Nội chính Huyện ủy", None, []), ("Phòng Nội vụ", None, []),
              ("Tiểu ban Văn kiện Đại hội Đảng bộ huyện", None, ["Tiểu ban Văn kiện"])],
    "persons": [("Hà Minh Tuấn", "Bí thư Huyện ủy"), ("Lương Văn Khải", "Phó Bí thư Thường trực Huyện ủy"),
                ("Đinh Thị Hạnh", "Phó Bí thư Huyện ủy - Chủ tịch UBND huyện")],
    "groups": [("Thường trực Huyện ủy", ["Hà Minh Tuấn", "Lương Văn Khải", "Đinh Thị Hạnh"]),
               ("Ban Thường vụ Huyện ủy", ["Hà Minh Tuấn", "Lương Văn Khải", "Đinh Thị Hạnh"])],
}

DOC = Doc(
    key="huyen-uy-2024-08", office="Huyện ủy Yên Khê (tỉnh Tân Lĩnh)", kind="monthly", year=2024, month=8,
    issued="2024-07-29",
    left=["ĐẢNG BỘ TỈNH TÂN LĨNH", "HUYỆN ỦY YÊN KHÊ", "*", "Số 186-CTr/HU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Yên Khê, ngày 29 tháng 7 năm 2024"],
    title=["CHƯƠNG TRÌNH", "công tác tháng 8 năm 2024 của Ban Thường vụ Huyện ủy"],
    numbering=["{A}.", "{n}.", "{a})"], style="inline", directory=DIRECTORY,
    blocks=[
        H("NHỮNG NHIỆM VỤ TRỌNG TÂM", 0),
        P("Tiếp tục lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 - 2025 và "
          "Kết luận số 14-KL/TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy; chỉ đạo các chi, đảng bộ cơ sở hoàn "
          "thành đại hội chi bộ nhiệm kỳ 2025 - 2027 trước ngày 31/8/2024.", 1),
        P("Chỉ đạo tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; các cơ quan "
          "tham mưu gửi dự thảo báo cáo về Văn phòng Huyện ủy chậm nhất ngày 20/8/2024 để tổng hợp.", 1),
        P("Tiếp tục quán triệt, triển khai Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng (khóa "
          "XIII) về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền; Kết luận số 21-KL/TW (khóa XIII) về đẩy "
          "mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.", 1),
        P("Tăng cường phòng, chống thiên tai trong mùa mưa bão; kiểm tra việc thực hiện Kế hoạch số 72/KH-UBND "
          "ngày 04/6/2024 của UBND huyện về ứng phó lũ quét, sạt lở đất.", 1),
        H("CÁC HOẠT ĐỘNG CỤ THỂ", 0),
        H("Hoạt động thường xuyên", 1),
        Ev(E("Giao ban Thường trực Huyện ủy", when="Sáng thứ Hai hằng tuần", weekly="MO", slot="sáng",
             kind="meeting", place="Phòng họp Thường trực Huyện ủy"), 2),
        Ev(E("Bí thư Huyện ủy tiếp công dân định kỳ", when="Ngày 15/8/2024 (thứ Năm)", dates=("2024-08-15",),
             kind="reception", chair="Đồng chí Hà Minh Tuấn, Bí thư Huyện ủy", chair_is=("Hà Minh Tuấn",),
             place="Trụ sở Tiếp công dân huyện"), 2),
        H("Hội nghị, cuộc họp", 1),
        Ev(E("Hội nghị Ban Thường vụ Huyện ủy thường kỳ tháng 8", when="Sáng ngày 08/8/2024 (thứ Năm)",
             dates=("2024-08-08",), slot="sáng", kind="meeting",
             chair="Đồng chí Bí thư Huyện ủy", chair_is=("Hà Minh Tuấn", "Bí thư Huyện ủy"),
             attendees="Ban Thường vụ Huyện ủy; dự kiến mời đại diện lãnh đạo Ban Tổ chức Tỉnh ủy",
             attendees_has="Ban Thường vụ Huyện ủy", place="Phòng họp Ban Thường vụ Huyện ủy",
             items=[I("Báo cáo kết quả công tác tháng 7, nhiệm vụ trọng tâm tháng 8 năm 2024", "Văn phòng Huyện ủy"),
                    I("Tờ trình về việc kiện toàn Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện",
                      "Ban Nội chính Huyện ủy"),
                    I("Đề án sáp nhập các thôn, tổ dân phố trên địa bàn huyện giai đoạn 2024 - 2025",
                      "Ban Tổ chức Huyện ủy", ("Phòng Nội vụ",))]), 2),
        Ev(E("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 27", when="Dự kiến ngày 27/8/2024",
             dates=("2024-08-27",), status="tentative", kind="meeting",
             chair="Thường trực Huyện ủy", attendees="Các đồng chí Huyện ủy viên",
             items=[I("Thông qua dự thảo Báo cáo chính trị trình Đại hội Đảng bộ huyện lần thứ XXIV",
                      "Tiểu ban Văn kiện"),
                    I("Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ huyện khóa XXIII",
                      "Văn phòng Huyện ủy")]), 2),
        H("Kiểm tra, giám sát", 1),
        Ev(E("Đoàn kiểm tra số 3 của Ban Thường vụ Huyện ủy kiểm tra công tác chuẩn bị đại hội tại Đảng bộ "
             "xã Phú Lộc", when="Từ ngày 19 - 21/8/2024", dates=("2024-08-19",), end="2024-08-21"), 2),
        Ev(E("Thường trực Huyện ủy làm việc với Đảng ủy xã Tân Phong và Đảng ủy thị trấn Yên Khê về tình hình "
             "thực hiện nhiệm vụ 6 tháng đầu năm", when="Ngày 13/8/2024 (thứ Ba), 14 giờ 00",
             dates=("2024-08-13",), clock="14:00", attendees_has="Thường trực Huyện ủy"), 2),
        H("Các hoạt động khác", 1),
        Ev(E("Ban Thường vụ Huyện ủy dự sinh hoạt chi bộ tại các chi bộ thôn điểm",
             when="Vào các ngày 06, 16 và 23/8/2024", dates=("2024-08-06", "2024-08-16", "2024-08-23")), 2),
        Ev(E("Chương trình nghệ thuật kỷ niệm 79 năm Cách mạng tháng Tám và Quốc khánh 2/9",
             when="Tối ngày 30/8/2024 (thứ Sáu)", dates=("2024-08-30",), slot="tối",
             place="Quảng trường trung tâm huyện"), 2),
        Ev(E("Hội nghị học tập, quán triệt chuyên đề năm 2024 về học tập và làm theo tư tưởng, đạo đức, phong "
             "cách Hồ Chí Minh", kind="meeting",
             line="Hội nghị học tập, quán triệt chuyên đề năm 2024 về học tập và làm theo tư tưởng, đạo đức, "
                  "phong cách Hồ Chí Minh (thời gian theo giấy mời).", day_cell="Theo giấy mời"), 2),
        P("Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Chương trình này; những nội dung phát sinh sẽ "
          "báo cáo Thường trực Huyện ủy xem xét, điều chỉnh."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- Các đồng chí Huyện ủy viên;",
            "- Lưu Văn phòng Huyện ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Hà Minh Tuấn"],
)
