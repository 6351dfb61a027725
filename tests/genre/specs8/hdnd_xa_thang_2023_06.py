"""A commune People's Council's standing committee's month (June 2023, before the two-tier reform), parts "I."
and entries "1." each opening with its time in square brackets: "[Ngày 05/6, thứ Hai; 14 giờ] …. Chủ tọa: ….
Thành phần gồm: …. Địa điểm tổ chức: …. Bộ phận chuẩn bị: …."; "[Sáng thứ Hai hằng tuần; 7 giờ 30]", "[Các
ngày 13, 14 và 15/6; 19 giờ 30]" (three evenings), "[Từ ngày 19/6 đến hết ngày 21/6]" with a "Trưởng đoàn", the
session "[Dự kiến từ ngày 29/6 đến hết ngày 30/6]" with its papers (one "(dự kiến; …)"), a reception moved off a
Saturday "(ngày 10/6 trùng thứ Bảy, chuyển sang thứ Hai)", "[Ngày 27/6, thứ Ba; buổi chiều]", "(tạm hoãn)",
"[Trong tháng]". Traps: the resolution of 20/12/2022, May's results, the papers' deadline of 19/6, Children's
Day."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT, KT, PC = "Võ Thị Thu Sương", "Nguyễn Đình Hậu", "Trần Văn Bền", "Lê Thị Kim Oanh"
VP = "Văn phòng HĐND và UBND xã"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng - Thống kê xã"]), ("Ban Kinh tế - Xã hội HĐND xã", None, []),
              ("Ban Pháp chế HĐND xã", None, []), ("Tài chính - Kế toán xã", None, []),
              ("Ủy ban MTTQ Việt Nam xã", None, []), ("Thường trực HĐND huyện", None, [])],
    "persons": [(CT, "Chủ tịch HĐND xã"), (PCT, "Phó Chủ tịch HĐND xã"),
                (KT, "Trưởng Ban Kinh tế - Xã hội HĐND xã"), (PC, "Trưởng Ban Pháp chế HĐND xã")],
    "groups": [("Thường trực HĐND xã", [CT, PCT])],
}
CT_IS = (CT, "đồng chí Chủ tịch HĐND xã", "Chủ tịch HĐND xã")
KT_IS = (KT, "đồng chí Trưởng Ban Kinh tế - Xã hội HĐND xã", "Trưởng Ban Kinh tế - Xã hội HĐND xã")
PC_IS = (PC, "đồng chí Trưởng Ban Pháp chế HĐND xã", "Trưởng Ban Pháp chế HĐND xã")


def on(d, line, title, **kw):
    return Ev(E(title, dates=(f"2023-06-{d:02d}",), line=line, **kw), 1)


DOC = Doc(
    key="hdnd-xa-thang-2023-06", office="Thường trực HĐND xã Quảng Phước, chương trình tháng, thời gian trong ngoặc vuông",
    kind="monthly", year=2023, month=6, issued="2023-05-31",
    left=["HỘI ĐỒNG NHÂN DÂN", "XÃ QUẢNG PHƯỚC", "THƯỜNG TRỰC", "Số: 17/CTr-TTHĐND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Quảng Phước, ngày 31 tháng 5 năm 2023"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 6 NĂM 2023", "của Thường trực Hội đồng nhân dân xã"],
    numbering=["{R}.", "{n}."], style="inline", item_bullet="-", directory=DIRECTORY,
    blocks=[
        P("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/12/2022 của HĐND xã về chương trình giám sát năm 2023; trong tháng "
          "5/2023, Thường trực HĐND xã đã tổ chức 02 cuộc giám sát và tiếp 06 lượt công dân. Thường trực HĐND xã xây "
          "dựng chương trình công tác tháng 6 năm 2023 như sau:"),
        H("HOẠT ĐỘNG THƯỜNG KỲ", 0),
        Ev(E("Thường trực HĐND xã dự giao ban với Thường trực Đảng ủy, UBND xã", weekly="MO", clock="07:30",
             place="Phòng họp Đảng ủy xã",
             line="[Sáng thứ Hai hằng tuần; 7 giờ 30] Thường trực HĐND xã dự giao ban với Thường trực Đảng ủy, UBND "
                  "xã. Địa điểm tổ chức: Phòng họp Đảng ủy xã."), 1),
        on(5, "[Ngày 05/6, thứ Hai; 14 giờ] Thường trực HĐND xã họp thường kỳ tháng 6 năm 2023. Chủ tọa: đồng chí Chủ "
              "tịch HĐND xã. Thành phần gồm: Phó Chủ tịch HĐND xã, Trưởng, Phó các Ban HĐND xã. Địa điểm tổ chức: "
              "Phòng họp HĐND xã. Nội dung:",
           "Thường trực HĐND xã họp thường kỳ tháng 6 năm 2023", clock="14:00", kind="meeting",
           chair="đồng chí Chủ tịch HĐND xã", chair_is=CT_IS,
           attendees="Phó Chủ tịch HĐND xã, Trưởng, Phó các Ban HĐND xã", attendees_has="Phó Chủ tịch HĐND xã",
           place="Phòng họp HĐND xã",
           items=[I("Dự kiến nội dung, chương trình Kỳ họp thứ Sáu HĐND xã", VP,
                    phrase=f"(Bộ phận chuẩn bị: {VP})"),
                  I("Kế hoạch giám sát việc quản lý, sử dụng nguồn vốn chương trình nông thôn mới",
                    "Ban Kinh tế - Xã hội HĐND xã", phrase="(Bộ phận chuẩn bị: Ban Kinh tế - Xã hội HĐND xã)")]),
        on(12, "[Ngày 12/6, thứ Hai; 8 giờ] Chủ tịch HĐND xã tiếp công dân định kỳ (ngày 10/6 trùng thứ Bảy, chuyển "
               "sang thứ Hai). Địa điểm tổ chức: Phòng Tiếp công dân xã.",
           "Chủ tịch HĐND xã tiếp công dân định kỳ", clock="08:00", kind="reception", chair_is=CT_IS,
           place="Phòng Tiếp công dân xã"),
        H("CHUẨN BỊ KỲ HỌP THỨ SÁU HĐND XÃ", 0),
        Ev(E("Tổ đại biểu HĐND xã tiếp xúc cử tri trước Kỳ họp thứ Sáu tại các thôn",
             dates=("2023-06-13", "2023-06-14", "2023-06-15"), clock="19:30",
             units=("Ủy ban MTTQ Việt Nam xã",),
             line="[Các ngày 13, 14 và 15/6; 19 giờ 30] Tổ đại biểu HĐND xã tiếp xúc cử tri trước Kỳ họp thứ Sáu tại "
                  "các thôn. Bộ phận chuẩn bị: Ủy ban MTTQ Việt Nam xã (lịch từng thôn có thông báo riêng).",
             day_cell="Các ngày 13, 14\nvà 15/6/2023", slot_cell="Tối\n19 giờ 30"), 1),
        Ev(E("Ban Kinh tế - Xã hội HĐND xã giám sát việc quản lý, sử dụng nguồn vốn chương trình nông thôn mới tại "
             "các thôn", dates=("2023-06-19",), end="2023-06-21",
             chair="đồng chí Trưởng Ban Kinh tế - Xã hội HĐND xã", chair_is=KT_IS,
             line="[Từ ngày 19/6 đến hết ngày 21/6] Ban Kinh tế - Xã hội HĐND xã giám sát việc quản lý, sử dụng nguồn "
                  "vốn chương trình nông thôn mới tại các thôn. Trưởng đoàn: đồng chí Trưởng Ban Kinh tế - Xã hội HĐND "
                  "xã.",
             day_cell="Từ 19/6\nđến hết 21/6/2023"), 1),
        on(22, "[Ngày 22/6, thứ Năm; 8 giờ] Ban Pháp chế HĐND xã họp thẩm tra các báo cáo về công tác phòng, chống tội "
               "phạm trình Kỳ họp thứ Sáu. Chủ tọa: đồng chí Trưởng Ban Pháp chế HĐND xã. Địa điểm tổ chức: Phòng họp "
               "HĐND xã.",
           "Ban Pháp chế HĐND xã họp thẩm tra các báo cáo về công tác phòng, chống tội phạm trình Kỳ họp thứ Sáu",
           clock="08:00", kind="meeting", chair="đồng chí Trưởng Ban Pháp chế HĐND xã", chair_is=PC_IS,
           place="Phòng họp HĐND xã"),
        on(22, "[Ngày 22/6, thứ Năm; 14 giờ] Ban Kinh tế - Xã hội HĐND xã họp thẩm tra dự thảo nghị quyết điều chỉnh "
               "kế hoạch đầu tư công năm 2023. Chủ tọa: đồng chí Trưởng Ban Kinh tế - Xã hội HĐND xã. Địa điểm tổ chức: "
               "Phòng họp HĐND xã.",
           "Ban Kinh tế - Xã hội HĐND xã họp thẩm tra dự thảo nghị quyết điều chỉnh kế hoạch đầu tư công năm 2023",
           clock="14:00", kind="meeting", chair="đồng chí Trưởng Ban Kinh tế - Xã hội HĐND xã", chair_is=KT_IS,
           place="Phòng họp HĐND xã"),
        on(26, "[Ngày 26/6, thứ Hai; 8 giờ] Thường trực HĐND xã họp liên tịch chuẩn bị Kỳ họp thứ Sáu. Chủ tọa: đồng "
               "chí Chủ tịch HĐND xã. Thành phần gồm: Thường trực HĐND xã, lãnh đạo UBND xã, Ban Thường trực Ủy ban "
               "MTTQ Việt Nam xã. Địa điểm tổ chức: Phòng họp HĐND xã.",
           "Thường trực HĐND xã họp liên tịch chuẩn bị Kỳ họp thứ Sáu", clock="08:00", kind="meeting",
           chair="đồng chí Chủ tịch HĐND xã", chair_is=CT_IS,
           attendees="Thường trực HĐND xã, lãnh đạo UBND xã, Ban Thường trực Ủy ban MTTQ Việt Nam xã",
           attendees_has="lãnh đạo UBND xã", place="Phòng họp HĐND xã"),
        on(27, "[Ngày 27/6, thứ Ba; buổi chiều] Phó Chủ tịch HĐND xã kiểm tra công tác chuẩn bị hội trường, tài liệu "
               "phục vụ Kỳ họp thứ Sáu.",
           "Phó Chủ tịch HĐND xã kiểm tra công tác chuẩn bị hội trường, tài liệu phục vụ Kỳ họp thứ Sáu",
           slot="chiều"),
        Ev(E("Kỳ họp thứ Sáu HĐND xã khóa XIV, nhiệm kỳ 2021 - 2026", dates=("2023-06-29",), end="2023-06-30",
             status="tentative", chair="đồng chí Chủ tịch HĐND xã", chair_is=CT_IS,
             attendees="đại biểu HĐND xã; mời đại biểu HĐND huyện ứng cử tại xã", attendees_has="đại biểu HĐND xã",
             place="Hội trường UBND xã",
             line="[Dự kiến từ ngày 29/6 đến hết ngày 30/6] Kỳ họp thứ Sáu HĐND xã khóa XIV, nhiệm kỳ 2021 - 2026. Chủ "
                  "tọa: đồng chí Chủ tịch HĐND xã. Thành phần gồm: đại biểu HĐND xã; mời đại biểu HĐND huyện ứng cử tại "
                  "xã. Địa điểm tổ chức: Hội trường UBND xã. Nội dung trình kỳ họp:",
             day_cell="Dự kiến từ 29/6\nđến hết 30/6/2023",
             items=[I("Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023", VP,
                      phrase=f"(Bộ phận chuẩn bị: {VP})"),
                    I("Tờ trình điều chỉnh kế hoạch đầu tư công năm 2023", "Tài chính - Kế toán xã",
                      phrase="(Bộ phận chuẩn bị: Tài chính - Kế toán xã)"),
                    I("Báo cáo kết quả giám sát nguồn vốn chương trình nông thôn mới", "Ban Kinh tế - Xã hội HĐND xã",
                      phrase="(Bộ phận chuẩn bị: Ban Kinh tế - Xã hội HĐND xã)"),
                    I("Nghị quyết về chương trình giám sát năm 2024 của HĐND xã", "Ban Pháp chế HĐND xã",
                      phrase="(dự kiến; Bộ phận chuẩn bị: Ban Pháp chế HĐND xã)")]), 1),
        H("HOẠT ĐỘNG KHÁC", 0),
        on(2, "[Ngày 02/6, thứ Sáu; 8 giờ] Chủ tịch HĐND xã dự Hội nghị Ban Chấp hành Đảng bộ xã tháng 6 năm 2023. Địa "
              "điểm tổ chức: Hội trường Đảng ủy xã.",
           "Chủ tịch HĐND xã dự Hội nghị Ban Chấp hành Đảng bộ xã tháng 6 năm 2023", clock="08:00",
           place="Hội trường Đảng ủy xã"),
        on(9, "[Ngày 09/6, thứ Sáu; 8 giờ] Ban Pháp chế HĐND xã khảo sát công tác hòa giải ở cơ sở tại thôn Phước Lâm. "
              "Địa điểm tổ chức: Nhà văn hóa thôn Phước Lâm.",
           "Ban Pháp chế HĐND xã khảo sát công tác hòa giải ở cơ sở tại thôn Phước Lâm", clock="08:00",
           place="Nhà văn hóa thôn Phước Lâm"),
        on(16, "[Ngày 16/6, thứ Sáu; 8 giờ] Thường trực HĐND xã dự Hội nghị giao ban Thường trực HĐND các xã, thị trấn "
               "quý II năm 2023 do Thường trực HĐND huyện tổ chức. Địa điểm tổ chức: Hội trường HĐND huyện.",
           "Thường trực HĐND xã dự Hội nghị giao ban Thường trực HĐND các xã, thị trấn quý II năm 2023", clock="08:00",
           place="Hội trường HĐND huyện"),
        on(20, "[Ngày 20/6, thứ Ba; 14 giờ] Thường trực HĐND xã giám sát việc giải quyết đơn thư của công dân tại UBND "
               "xã (tạm hoãn).",
           "Thường trực HĐND xã giám sát việc giải quyết đơn thư của công dân tại UBND xã", clock="14:00",
           status="cancelled", tail="(tạm hoãn)"),
        Ev(E("Các đại biểu HĐND xã tiếp công dân tại thôn nơi ứng cử", day_cell="Trong tháng",
             line="[Trong tháng] Các đại biểu HĐND xã tiếp công dân tại thôn nơi ứng cử."), 1),
        P("UBND xã gửi dự thảo các báo cáo, tờ trình trình Kỳ họp thứ Sáu về Thường trực HĐND xã chậm nhất ngày "
          "19/6/2023. Ngày 30/5/2023, nhân Ngày Quốc tế Thiếu nhi 01/6, Thường trực HĐND xã đã phối hợp với Đoàn "
          "Thanh niên xã thăm, tặng quà thiếu nhi có hoàn cảnh khó khăn."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy xã;", "- Thường trực HĐND huyện;", "- UBND, Ủy ban MTTQ Việt Nam xã;",
            "- Các đại biểu HĐND xã;", "- Lưu: VT.", "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", CT],
)
