"""A district UBND's monthly program (before 7/2025) with headings numbered every way a clerk does:
"Phần thứ hai:", "II -", "1)", "a/"; the regular session's title in a heading and its date on the next line."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT = "Đinh Thị Hạnh", "Lò Văn Hùng"
VP = "Văn phòng HĐND và UBND huyện"
DIRECTORY = {
    "units": [(VP, "VP HĐND-UBND", ["Văn phòng HĐND&UBND huyện"]),
              ("Phòng Tài chính - Kế hoạch", "Phòng TC-KH", []), ("Phòng Tài nguyên và Môi trường", None, []),
              ("Phòng Nông nghiệp và Phát triển nông thôn", "Phòng NN&PTNT", []),
              ("Trạm Khuyến nông huyện", None, []), ("Phòng Dân tộc", None, []),
              ("Phòng Văn hóa và Thông tin", None, []), ("Ban Chỉ huy Quân sự huyện", None, [])],
    "persons": [(CT, "Chủ tịch UBND huyện"), (PCT, "Phó Chủ tịch UBND huyện")],
    "groups": [("Lãnh đạo UBND huyện", [CT, PCT])],
}

DOC = Doc(
    key="ubnd-huyen-2023-10", office="UBND huyện Yên Khê (tỉnh Tân Lĩnh)", kind="monthly", year=2023, month=10,
    issued="2023-09-29", wrap=78,
    left=["ỦY BAN NHÂN DÂN", "HUYỆN YÊN KHÊ", "Số: 231/CTr-UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Yên Khê, ngày 29 tháng 9 năm 2023"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2023", "CỦA ỦY BAN NHÂN DÂN HUYỆN YÊN KHÊ"],
    numbering=["Phần thứ {w}:", "{R} -", "{n})", "{a}/", "-"], style="inline", directory=DIRECTORY,
    blocks=[
        H("ĐÁNH GIÁ KẾT QUẢ THÁNG 9 NĂM 2023", 0),
        P("Trong tháng 9, UBND huyện tổ chức Hội nghị UBND huyện thường kỳ ngày 26/9/2023, cho ý kiến 06 nội "
          "dung; tổ chức thành công Lễ hội Trà xuân ngày 16/9/2023. Giải ngân vốn đầu tư công đạt 61,4% kế hoạch."),
        H("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2023", 0),
        H("NHIỆM VỤ TRỌNG TÂM", 1),
        P("Tập trung thu hoạch lúa vụ Mùa, triển khai sản xuất vụ Đông năm 2023 bảo đảm khung thời vụ.", 2),
        P("Triển khai Kế hoạch số 198/KH-UBND ngày 20/9/2023 của UBND huyện về cao điểm thu ngân sách quý IV; "
          "UBND các xã, thị trấn báo cáo kết quả trước ngày 25/10/2023.", 2),
        H("CÁC HỘI NGHỊ, CUỘC HỌP", 1),
        H("Hội nghị UBND huyện thường kỳ tháng 10", 2),
        Ev(E("Hội nghị UBND huyện thường kỳ tháng 10", dates=("2023-10-24",), kind="meeting",
             chair="Đồng chí Chủ tịch UBND huyện", chair_is=(CT, "Chủ tịch UBND huyện"),
             place="Phòng họp số 1 UBND huyện",
             line="Thời gian: ngày 24/10/2023 (thứ Ba); chủ trì: Đồng chí Chủ tịch UBND huyện; địa điểm: Phòng họp "
                  "số 1 UBND huyện. Nội dung:",
             items=[I("Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 10, nhiệm vụ trọng "
                      "tâm tháng 11 năm 2023", VP, ("Phòng Tài chính - Kế hoạch",)),
                    I("Báo cáo tiến độ giải ngân vốn đầu tư công năm 2023", "Phòng Tài chính - Kế hoạch"),
                    I("Tờ trình phê duyệt phương án giá đất cụ thể khu tái định cư Đồng Mới",
                      "Phòng Tài nguyên và Môi trường"),
                    I("Đề án phát triển vùng nguyên liệu chè an toàn giai đoạn 2024 - 2026", "Phòng NN&PTNT",
                      ("Trạm Khuyến nông huyện",),
                      phrase="(Phòng NN&PTNT chủ trì, phối hợp Trạm Khuyến nông huyện chuẩn bị)")])),
        H("Các cuộc họp khác", 2),
        Ev(E("Họp Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện", when="Ngày 05/10/2023 (thứ Năm), 14 giờ",
             dates=("2023-10-05",), clock="14:00", kind="meeting", chair=f"Phó Chủ tịch UBND huyện {PCT}",
             chair_is=(PCT,), place="Hội trường UBND huyện", units=("Phòng Dân tộc",)), 3),
        Ev(E("Hội nghị tổng kết 10 năm thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai "
             "đoạn 2013 - 2023", when="Ngày 12/10/2023 (thứ Năm)", dates=("2023-10-12",), kind="meeting",
             place="Hội trường Trung tâm Văn hóa huyện", units=("Phòng Văn hóa và Thông tin",)), 3),
        Ev(E("Hội nghị đối thoại với doanh nghiệp, hợp tác xã năm 2023", when="Dự kiến ngày 27/10/2023",
             dates=("2023-10-27",), status="tentative", kind="meeting", chair="Chủ tịch UBND huyện",
             chair_is=(CT, "Chủ tịch UBND huyện")), 3),
        H("TIẾP CÔNG DÂN, KIỂM TRA", 1),
        Ev(E("Chủ tịch UBND huyện tiếp công dân định kỳ", when="Vào các ngày 10 và 25/10/2023",
             dates=("2023-10-10", "2023-10-25"), kind="reception", chair_is=(CT, "Chủ tịch UBND huyện"),
             place="Trụ sở Tiếp công dân huyện"), 2),
        Ev(E("Kiểm tra công tác thu hoạch lúa vụ Mùa và triển khai sản xuất vụ Đông tại các xã",
             when="Từ ngày 16 đến ngày 18/10/2023", dates=("2023-10-16",), end="2023-10-18",
             chair=f"Phó Chủ tịch UBND huyện {PCT}", chair_is=(PCT,)), 2),
        Ev(E("Giao ban Thường trực HĐND - UBND huyện", when="Chiều thứ Sáu hằng tuần", weekly="FR", slot="chiều",
             kind="meeting"), 2),
        Ev(E("Hội nghị tổng kết công tác tuyển quân năm 2023, triển khai nhiệm vụ năm 2024", kind="meeting",
             units=("Ban Chỉ huy Quân sự huyện",), day_cell="Có kế hoạch riêng",
             line="Hội nghị tổng kết công tác tuyển quân năm 2023, triển khai nhiệm vụ năm 2024 (Ban Chỉ huy Quân "
                  "sự huyện chuẩn bị): thời gian có kế hoạch riêng."), 2),
        H("TỔ CHỨC THỰC HIỆN", 1),
        P("Các phòng, ban, đơn vị gửi tài liệu trình Hội nghị UBND huyện về Văn phòng HĐND và UBND huyện trước "
          "ngày 17/10/2023 để tổng hợp, trình Chủ tịch UBND huyện.", 2),
        P("Chương trình này thay giấy mời đối với các hội nghị nêu trên.", 2),
    ],
    footer=["Nơi nhận:", "- TT Huyện ủy, TT HĐND huyện (b/c);", "- Chủ tịch, các PCT UBND huyện;",
            "- Các phòng, ban, đơn vị;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", CT],
)
