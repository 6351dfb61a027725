"""A provincial HĐND standing committee's monthly program: the session (kỳ họp, dự kiến, a span), voter
meetings and supervision over several days, the monthly meeting with its papers, a citizens' day."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT = "Nguyễn Thị Thu Hà", "Đào Văn Lực"
VP = "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng Đoàn ĐBQH và HĐND"]), ("Ban Dân tộc HĐND tỉnh", None, []),
              ("Ban Kinh tế - Ngân sách HĐND tỉnh", None, ["Ban Kinh tế - Ngân sách"]),
              ("Ủy ban MTTQ Việt Nam tỉnh", None, []), ("Ủy ban nhân dân tỉnh Bảo Lam", "UBND tỉnh", [])],
    "persons": [(CT, "Chủ tịch HĐND tỉnh"), (PCT, "Phó Chủ tịch HĐND tỉnh")],
    "groups": [("Thường trực HĐND tỉnh", [CT, PCT])],
}

DOC = Doc(
    key="hdnd-tinh-2024-11", office="Thường trực HĐND tỉnh Bảo Lam", kind="monthly", year=2024, month=11,
    issued="2024-10-28", wrap=80,
    left=["HỘI ĐỒNG NHÂN DÂN", "TỈNH BẢO LAM", "THƯỜNG TRỰC", "Số: 214/CTr-TTHĐND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Bảo Lam, ngày 28 tháng 10 năm 2024"],
    title=["CHƯƠNG TRÌNH", "Công tác tháng 11 năm 2024 của Thường trực HĐND tỉnh"],
    numbering=["{R}.", "{n}.", "-"], style="inline", directory=DIRECTORY,
    blocks=[
        H("CÔNG TÁC TRỌNG TÂM", 0),
        P("Chuẩn bị nội dung Kỳ họp thứ Hai mươi hai (kỳ họp thường lệ cuối năm 2024), HĐND tỉnh khóa XVII, "
          "nhiệm kỳ 2021 - 2026; các cơ quan gửi hồ sơ dự thảo nghị quyết về Thường trực HĐND tỉnh chậm nhất "
          "ngày 15/11/2024.", 1),
        P("Theo dõi, đôn đốc việc giải quyết kiến nghị của cử tri sau Kỳ họp thứ Hai mươi theo Nghị quyết số "
          "86/2024/NQ-HĐND ngày 12/7/2024 của HĐND tỉnh; phối hợp tổ chức các hoạt động chào mừng ngày Nhà giáo "
          "Việt Nam (20/11) và ngày Pháp luật Việt Nam 09/11.", 1),
        H("LỊCH CÔNG TÁC CỤ THỂ", 0),
        Ev(E("Phiên họp Thường trực HĐND tỉnh tháng 11 năm 2024", when="Ngày 05/11/2024 (thứ Ba), 8 giờ 00",
             dates=("2024-11-05",), clock="08:00", kind="meeting", chair="Đồng chí Chủ tịch HĐND tỉnh",
             chair_is=(CT, "Chủ tịch HĐND tỉnh"), place=f"Phòng họp số 1, {VP}",
             items=[I("Cho ý kiến dự kiến nội dung, chương trình Kỳ họp thứ Hai mươi hai HĐND tỉnh", VP),
                    I("Báo cáo kết quả giám sát việc thực hiện chính sách hỗ trợ đất sản xuất cho hộ đồng bào "
                      "dân tộc thiểu số", "Ban Dân tộc HĐND tỉnh"),
                    I("Tờ trình về kế hoạch tổ chức tiếp xúc cử tri trước Kỳ họp", VP,
                      ("Ủy ban MTTQ Việt Nam tỉnh",))]), 1),
        Ev(E("Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thị xã, thành phố quý IV",
             when="Chiều ngày 07/11/2024 (thứ Năm)", dates=("2024-11-07",), slot="chiều", kind="meeting",
             place=f"Hội trường {VP}"), 1),
        Ev(E("Các Tổ đại biểu HĐND tỉnh tiếp xúc cử tri trước Kỳ họp thứ Hai mươi hai",
             when="Từ ngày 11/11 đến ngày 15/11/2024", dates=("2024-11-11",), end="2024-11-15"), 1),
        Ev(E("Ban Kinh tế - Ngân sách HĐND tỉnh giám sát chuyên đề tình hình thu, chi ngân sách nhà nước năm "
             "2024 tại một số sở, ngành và UBND các huyện", when="Từ ngày 18 - 20/11/2024",
             dates=("2024-11-18",), end="2024-11-20"), 1),
        Ev(E("Thường trực HĐND tỉnh tiếp công dân định kỳ tháng 11", when="Ngày 20/11/2024 (thứ Tư)",
             dates=("2024-11-20",), kind="reception", chair="Đồng chí Phó Chủ tịch HĐND tỉnh",
             chair_is=(PCT, "Phó Chủ tịch HĐND tỉnh"), place="Trụ sở Tiếp công dân tỉnh"), 1),
        Ev(E("Kỳ họp thứ Hai mươi hai, HĐND tỉnh khóa XVII", when="Dự kiến từ ngày 27 đến ngày 29/11/2024",
             dates=("2024-11-27",), end="2024-11-29", status="tentative", place="Hội trường HĐND tỉnh",
             items=[I("Báo cáo tình hình kinh tế - xã hội năm 2024, kế hoạch năm 2025", "UBND tỉnh",
                      phrase="(UBND tỉnh trình)"),
                    I("Nghị quyết về dự toán ngân sách địa phương năm 2025", "UBND tỉnh",
                      ("Ban Kinh tế - Ngân sách HĐND tỉnh",),
                      phrase="(UBND tỉnh trình, Ban Kinh tế - Ngân sách HĐND tỉnh thẩm tra)")]), 1),
        Ev(E("Ban Kinh tế - Ngân sách HĐND tỉnh khảo sát việc thực hiện Nghị quyết số 19/2023/NQ-HĐND ngày "
             "08/12/2023 về chính sách hỗ trợ phát triển hợp tác xã",
             line="Ban Kinh tế - Ngân sách HĐND tỉnh khảo sát việc thực hiện Nghị quyết số 19/2023/NQ-HĐND ngày "
                  "08/12/2023 về chính sách hỗ trợ phát triển hợp tác xã: thời gian thông báo sau."), 1),
        P("Văn phòng Đoàn ĐBQH và HĐND tỉnh tham mưu, bảo đảm các điều kiện phục vụ; nội dung phát sinh báo cáo "
          "Thường trực HĐND tỉnh xem xét, quyết định."),
    ],
    footer=["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- UBND tỉnh, Ủy ban MTTQ Việt Nam tỉnh;",
            "- Các Ban HĐND tỉnh;", "- Lưu: VT.", "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", CT],
)
