"""A commune UBND's monthly program whose units live at two levels: "Công an xã" (the commune's) next to
"Công an tỉnh" and its departments, "Ban Chỉ huy Quân sự xã" next to "Bộ Chỉ huy Quân sự tỉnh"."""
from tests.genre.model import Doc, Ev, Event as E, Heading as H, Item as I, Para as P

CT, PCT = "Võ Thanh Sơn", "Trần Quốc Bảo"
VP = "Văn phòng HĐND và UBND xã"
DIRECTORY = {
    "units": [(VP, None, ["Văn phòng HĐND&UBND xã"]), ("Phòng Kinh tế", None, []),
              ("Phòng Văn hóa - Xã hội", None, []), ("Ban Chỉ huy Quân sự xã", None, []),
              ("Công an xã Hòa Phong", None, ["Công an xã"]), ("Công an tỉnh", None, []),
              ("Phòng Cảnh sát giao thông Công an tỉnh", None, []),
              ("Phòng Cảnh sát PCCC và CNCH Công an tỉnh", None, []), ("Bộ Chỉ huy Quân sự tỉnh", None, []),
              ("Sở Văn hóa, Thể thao và Du lịch", None, []), ("Văn phòng UBND tỉnh", None, [])],
    "persons": [(CT, "Chủ tịch UBND xã"), (PCT, "Phó Chủ tịch UBND xã")],
    "groups": [("Lãnh đạo UBND xã", [CT, PCT])],
}

DOC = Doc(
    key="ubnd-xa-2025-12", office="UBND xã Hòa Phong (tỉnh Đồng Nguyên), tháng", kind="monthly", year=2025,
    month=12, issued="2025-11-28",
    left=["ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG", "Số: 512/CTr-UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Hòa Phong, ngày 28 tháng 11 năm 2025"],
    title=["CHƯƠNG TRÌNH", "Công tác tháng 12 năm 2025 của UBND xã Hòa Phong"],
    numbering=["{R}.", "{n}.", "{a})"], style="inline", directory=DIRECTORY,
    blocks=[
        H("NHIỆM VỤ TRỌNG TÂM", 0),
        P("Bảo đảm an ninh, trật tự dịp cuối năm và Tết Dương lịch 2026; thực hiện Kế hoạch số 310/KH-UBND ngày "
          "02/12/2025 của UBND tỉnh về đợt cao điểm tấn công, trấn áp tội phạm.", 1),
        P("Tổng kết công tác năm 2025; các phòng, đơn vị gửi báo cáo về Văn phòng HĐND và UBND xã trước ngày "
          "10/12/2025 để tổng hợp.", 1),
        H("LỊCH CÔNG TÁC", 0),
        Ev(E("Hội nghị triển khai đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự Tết Nguyên "
             "đán Bính Ngọ 2026", when="Sáng ngày 04/12/2025 (thứ Năm)", dates=("2025-12-04",), slot="sáng",
             kind="meeting", chair="Chủ tịch UBND xã", chair_is=(CT, "Chủ tịch UBND xã"),
             place="Hội trường UBND xã",
             items=[I("Kế hoạch cao điểm bảo đảm an ninh, trật tự trên địa bàn xã", "Công an xã"),
                    I("Phương án phối hợp tuần tra, kiểm soát giao thông trên Quốc lộ 19C đoạn qua xã",
                      "Công an xã", ("Phòng Cảnh sát giao thông Công an tỉnh",))]), 1),
        Ev(E("Ra quân tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông cao điểm cuối năm",
             when="Chiều ngày 04/12/2025 (thứ Năm)", dates=("2025-12-04",), slot="chiều",
             chair=f"Phó Chủ tịch UBND xã {PCT}", chair_is=(PCT,), units=("Công an xã",),
             place="Ngã ba chợ Hòa Phong"), 1),
        Ev(E("Kiểm tra công tác huấn luyện lực lượng dân quân năm 2025", when="Ngày 09/12/2025 (thứ Ba)",
             dates=("2025-12-09",), attendees="Đoàn kiểm tra của Bộ Chỉ huy Quân sự tỉnh",
             items=[I("Báo cáo kết quả huấn luyện dân quân năm 2025", "Ban Chỉ huy Quân sự xã")]), 1),
        Ev(E("Hội nghị UBND xã thường kỳ tháng 12 năm 2025", when="Ngày 16/12/2025 (thứ Ba), 14 giờ 00",
             dates=("2025-12-16",), clock="14:00", kind="meeting", chair="Chủ tịch UBND xã",
             chair_is=(CT, "Chủ tịch UBND xã"), place="Phòng họp số 1 UBND xã",
             items=[I("Báo cáo tình hình kinh tế - xã hội năm 2025, kế hoạch năm 2026", VP, ("Phòng Kinh tế",)),
                    I("Báo cáo công tác bảo đảm an ninh, trật tự năm 2025", "Công an xã"),
                    I("Kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ 2026",
                      "Phòng Văn hóa - Xã hội")]), 1),
        Ev(E("Gặp mặt kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025) và 36 "
             "năm Ngày hội Quốc phòng toàn dân", when="Sáng ngày 22/12/2025 (thứ Hai)", dates=("2025-12-22",),
             slot="sáng", units=("Ban Chỉ huy Quân sự xã",), place="Hội trường UBND xã"), 1),
        Ev(E("Chủ tịch UBND xã dự Hội nghị tổng kết công tác Công an năm 2025 của Công an tỉnh",
             when="Dự kiến ngày 26/12/2025", dates=("2025-12-26",), status="tentative", kind="meeting",
             chair_is=(CT, "Chủ tịch UBND xã"), place="Hội trường Công an tỉnh"), 1),
        Ev(E("Chủ tịch UBND xã tiếp công dân định kỳ", when="Sáng thứ Năm hằng tuần", weekly="TH", slot="sáng",
             kind="reception", chair_is=(CT, "Chủ tịch UBND xã"), place="Phòng Tiếp công dân xã"), 1),
        Ev(E("Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chợ Hòa Phong",
             units=("Công an xã", "Phòng Cảnh sát PCCC và CNCH Công an tỉnh"), day_cell="Theo kế hoạch riêng",
             line="Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chợ Hòa Phong (Công an xã chủ trì, phối hợp "
                  "Phòng Cảnh sát PCCC và CNCH Công an tỉnh): thời gian theo kế hoạch riêng."), 1),
        P("Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện; nội dung phát sinh báo cáo Chủ tịch UBND "
          "xã xem xét, điều chỉnh."),
    ],
    footer=["Nơi nhận:", "- Thường trực Đảng ủy xã (b/c);", "- Thường trực HĐND xã;", "- Công an xã, Ban CHQS xã;",
            "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", CT],
)
