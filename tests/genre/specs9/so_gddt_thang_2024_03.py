"""A provincial education department's month (Sở Giáo dục và Đào tạo tỉnh Hà Lâm, March 2024): day headings that
give the day only, the month being the title's ("Ngày 04 (Thứ Hai):"), entries "- Sáng (8h00): …. Chủ trì: ….
Thành phần: …. Địa điểm: …. Đơn vị chuẩn bị: P.GDTrH." with the department's units by their abbreviations (VP,
P.GDTrH, P.GDTH, P.KTCLGD, P.TCCB), "Chiều thứ Hai hằng tuần (14h00)", a contest "Cả tuần (đến hết ngày 15):",
"Cả ngày:", "(dự kiến 120 đại biểu)" after the invitees, "(dự kiến)" after a title, "(hoãn)", titles carrying
Women's Day's and the Youth Union's dates. Traps: February's provincial contest of 22/02, the enrolment plan's
deadline of 25/3 under "Các công việc khác", the Hùng Kings' holiday of 18/4."""
from tests.genre.model import Day, Doc, Ev, Event as E, Heading as H, Item as I, Para as P

GD, PGD1, PGD2 = "Trịnh Văn Hưng", "Hoàng Thị Lan", "Lê Quang Vinh"
DIRECTORY = {
    "units": [("Văn phòng Sở", "VP", []), ("Phòng Giáo dục Trung học", "P.GDTrH", []),
              ("Phòng Giáo dục Tiểu học", "P.GDTH", []),
              ("Phòng Khảo thí và Kiểm định chất lượng giáo dục", "P.KTCLGD", []),
              ("Phòng Tổ chức cán bộ", "P.TCCB", []), ("Thanh tra Sở", "TTr", []),
              ("Công đoàn ngành Giáo dục", None, []), ("Đoàn Thanh niên Sở", None, [])],
    "persons": [(GD, "Giám đốc Sở Giáo dục và Đào tạo"), (PGD1, "Phó Giám đốc Sở Giáo dục và Đào tạo"),
                (PGD2, "Phó Giám đốc Sở Giáo dục và Đào tạo")],
    "groups": [("Ban Giám đốc Sở", [GD, PGD1, PGD2])],
}
GD_IS = (GD, "Giám đốc Sở")
P1_IS = (PGD1,)
P2_IS = (PGD2,)


def on(d, when, title, chair=None, chair_is=(), attendees=None, place=None, unit=None, note="", **kw):
    line = f"{when}: {title}{(' ' + note) if note else ''}."
    if chair:
        line += f" Chủ trì: {chair}."
    if attendees:
        line += f" Thành phần: {attendees}."
    if place:
        line += f" Địa điểm: {place}."
    short = {u[0]: u[1] for u in DIRECTORY["units"]}
    if unit:
        line += f" Đơn vị chuẩn bị: {short.get(unit) or unit}."
    return Ev(E(title, dates=(f"2024-03-{d:02d}",), line=line, chair=chair, chair_is=chair_is, attendees=attendees,
                place=place, units=(unit,) if unit else (), tail=note, **kw), 1)


DOC = Doc(
    key="so-gddt-thang-2024-03", office="Sở Giáo dục và Đào tạo tỉnh Hà Lâm, chương trình tháng, ngày chỉ ghi số ngày",
    kind="monthly", year=2024, month=3, issued="2024-02-28",
    left=["UBND TỈNH HÀ LÂM", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 412/CTr-SGDĐT"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Lâm, ngày 28 tháng 02 năm 2024"],
    title=["CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2024", "của Ban Giám đốc Sở Giáo dục và Đào tạo"],
    numbering=["{R}.", "-"], style="inline", item_bullet="+", directory=DIRECTORY,
    blocks=[
        H("ĐÁNH GIÁ CÔNG TÁC THÁNG 02/2024", 0),
        P("Tổ chức an toàn Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 ngày 22/02/2024; hoàn thành kiểm tra công tác "
          "dạy thêm, học thêm tại 12 trường trung học phổ thông; các đơn vị thực hiện nghiêm lịch nghỉ Tết Nguyên đán "
          "Giáp Thìn."),
        H("LỊCH CÔNG TÁC THÁNG 3/2024", 0),
        Ev(E("Giao ban Ban Giám đốc Sở", weekly="MO", clock="14:00", kind="meeting", chair=f"Giám đốc Sở {GD}",
             chair_is=GD_IS, place="Phòng họp tầng 2", units=("Văn phòng Sở",),
             line=f"Chiều thứ Hai hằng tuần (14h00): Giao ban Ban Giám đốc Sở. Chủ trì: Giám đốc Sở {GD}. Địa điểm: "
                  f"Phòng họp tầng 2. Đơn vị chuẩn bị: VP."), 1),
        Day("Ngày 04 (Thứ Hai):", "2024-03-04"),
        on(4, "Sáng (7h30)", "Giám đốc Sở dự Hội nghị triển khai nhiệm vụ trọng tâm năm 2024 của UBND tỉnh",
           place="Hội trường UBND tỉnh", clock="07:30"),
        Day("Ngày 05 (Thứ Ba):", "2024-03-05"),
        on(5, "Sáng (8h00)", "Họp Hội đồng thẩm định danh mục sách giáo khoa lớp 5 sử dụng trong các cơ sở giáo dục "
           "phổ thông từ năm học 2024 - 2025", chair=f"PGĐ Sở {PGD1}", chair_is=P1_IS,
           attendees="thành viên Hội đồng thẩm định", place="Phòng họp tầng 2", unit="Phòng Giáo dục Tiểu học",
           clock="08:00", kind="meeting"),
        on(5, "Chiều (14h00)", "Kiểm tra công tác chuẩn bị Hội khỏe Phù Đổng cấp tỉnh lần thứ XI",
           chair=f"PGĐ Sở {PGD2}", chair_is=P2_IS, place="Nhà thi đấu tỉnh", unit="Văn phòng Sở", clock="14:00"),
        Day("Ngày 07 (Thứ Năm):", "2024-03-07"),
        on(7, "Sáng (8h00)", "Hội nghị tổng kết công tác chuyển đổi số ngành Giáo dục năm 2023",
           chair=f"Giám đốc Sở {GD}", chair_is=GD_IS,
           attendees="Hiệu trưởng các trường trung học phổ thông, Trưởng phòng Giáo dục và Đào tạo các huyện, thành "
                     "phố (dự kiến 120 đại biểu)", attendees_has="Hiệu trưởng các trường trung học phổ thông",
           place="Hội trường Sở", unit="Văn phòng Sở", clock="08:00"),
        Day("Ngày 08 (Thứ Sáu):", "2024-03-08"),
        on(8, "Chiều (15h00)", "Gặp mặt kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (08/3/1910 - 08/3/2024)",
           attendees="nữ cán bộ, công chức cơ quan Sở", attendees_has="nữ cán bộ, công chức cơ quan Sở",
           place="Hội trường Sở", unit="Công đoàn ngành Giáo dục", clock="15:00"),
        Day("Ngày 11 (Thứ Hai):", "2024-03-11"),
        Ev(E("Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học cơ sở năm học 2023 - 2024", dates=("2024-03-11",),
             end="2024-03-15", place="Trường THCS Nguyễn Khuyến, thành phố Hà Lâm", units=("Phòng Giáo dục Trung học",),
             day_cell="Từ 11/03\nđến 15/03/2024", slot_cell="Cả tuần",
             line="Cả tuần (đến hết ngày 15): Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học cơ sở năm học 2023 - "
                  "2024. Địa điểm: Trường THCS Nguyễn Khuyến, thành phố Hà Lâm. Đơn vị chuẩn bị: P.GDTrH."), 1),
        Day("Ngày 12 (Thứ Ba):", "2024-03-12"),
        on(12, "Sáng (8h00)", "Làm việc với Phòng Giáo dục và Đào tạo huyện Đông Sơn về thực hiện Chương trình giáo "
           "dục phổ thông 2018", chair=f"PGĐ Sở {PGD2}", chair_is=P2_IS,
           attendees="đại diện Phòng Giáo dục Trung học, Phòng Giáo dục Tiểu học",
           attendees_has="Phòng Giáo dục Tiểu học", place="Phòng Giáo dục và Đào tạo huyện Đông Sơn", clock="08:00"),
        Day("Ngày 14 (Thứ Năm):", "2024-03-14"),
        on(14, "Chiều (14h00)", "Tiếp công dân định kỳ tháng 3/2024", chair=f"Giám đốc Sở {GD}", chair_is=GD_IS,
           place="Phòng Tiếp công dân của Sở", unit="Thanh tra Sở", clock="14:00", kind="reception"),
        Day("Ngày 19 (Thứ Ba):", "2024-03-19"),
        on(19, "Cả ngày", "Kiểm tra công nhận trường đạt chuẩn quốc gia tại huyện Tân Hà", chair=f"PGĐ Sở {PGD1}",
           chair_is=P1_IS, attendees="đại diện Phòng Khảo thí và Kiểm định chất lượng giáo dục, Phòng Giáo dục Tiểu học",
           attendees_has="Phòng Khảo thí và Kiểm định chất lượng giáo dục",
           unit="Phòng Khảo thí và Kiểm định chất lượng giáo dục", slot_cell="Cả ngày"),
        Day("Ngày 21 (Thứ Năm):", "2024-03-21"),
        on(21, "Sáng (8h00)", "Hội nghị sơ kết giữa kỳ thực hiện Đề án dạy học ngoại ngữ giai đoạn 2021 - 2025",
           chair=f"PGĐ Sở {PGD2}", chair_is=P2_IS, place="Hội trường Sở", unit="Phòng Giáo dục Trung học",
           note="(hoãn)", clock="08:00", status="cancelled"),
        Day("Ngày 22 (Thứ Sáu):", "2024-03-22"),
        on(22, "Sáng (8h00)", "Họp Hội đồng xét tuyển viên chức ngành Giáo dục năm 2024", chair=f"Giám đốc Sở {GD}",
           chair_is=GD_IS, attendees="thành viên Hội đồng xét tuyển", place="Phòng họp tầng 3",
           unit="Phòng Tổ chức cán bộ", clock="08:00", kind="meeting"),
        Day("Ngày 26 (Thứ Ba):", "2024-03-26"),
        on(26, "Sáng (7h00)", "Lễ kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024) và "
           "tuyên dương đoàn viên tiêu biểu", attendees="Ban Giám đốc Sở, đoàn viên cơ quan Sở",
           attendees_has="đoàn viên cơ quan Sở", place="Hội trường Sở", unit="Đoàn Thanh niên Sở", clock="07:00"),
        Day("Ngày 28 (Thứ Năm):", "2024-03-28"),
        on(28, "Sáng (8h00)", "Hội nghị giao ban hiệu trưởng các trường trung học phổ thông quý I/2024",
           chair=f"Giám đốc Sở {GD}", chair_is=GD_IS, place="Hội trường Sở", unit="Phòng Giáo dục Trung học",
           note="(dự kiến)", clock="08:00", status="tentative"),
        Day("Ngày 29 (Thứ Sáu):", "2024-03-29"),
        Ev(E("Họp Ban Giám đốc đánh giá công tác tháng 3, triển khai chương trình công tác tháng 4/2024",
             dates=("2024-03-29",), clock="14:00", kind="meeting", chair=f"Giám đốc Sở {GD}", chair_is=GD_IS,
             place="Phòng họp tầng 2", units=("Văn phòng Sở",),
             items=[I("Báo cáo kết quả công tác tháng 3/2024", "Văn phòng Sở", phrase="(VP chuẩn bị)"),
                    I("Kế hoạch tuyển sinh vào lớp 10 năm học 2024 - 2025", "Phòng Giáo dục Trung học",
                      phrase="(P.GDTrH chuẩn bị)"),
                    I("Phương án tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024",
                      "Phòng Khảo thí và Kiểm định chất lượng giáo dục", phrase="(P.KTCLGD chuẩn bị)")],
             line=f"Chiều (14h00): Họp Ban Giám đốc đánh giá công tác tháng 3, triển khai chương trình công tác tháng "
                  f"4/2024. Chủ trì: Giám đốc Sở {GD}. Địa điểm: Phòng họp tầng 2. Đơn vị chuẩn bị: VP. Nội dung:"), 1),
        H("CÁC CÔNG VIỆC KHÁC", 0),
        P("Phòng Giáo dục Trung học hoàn thành dự thảo Kế hoạch tuyển sinh vào lớp 10 năm học 2024 - 2025, trình UBND "
          "tỉnh trước ngày 25/3/2024.", 1),
        P("Các đơn vị thực hiện lịch nghỉ Giỗ Tổ Hùng Vương năm 2024 (thứ Năm, ngày 18/4/2024) theo thông báo của UBND "
          "tỉnh.", 1),
    ],
    footer=["Nơi nhận:", "- UBND tỉnh (b/c);", "- Ban Giám đốc Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP.",
            "GIÁM ĐỐC", GD],
)
