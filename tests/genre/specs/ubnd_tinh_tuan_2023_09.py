"""A province's leader-centric weekly schedule: "THỨ HAI, NGÀY 18/9/2023", then one line per leader with
several events in it ("7 giờ 30’, …, điểm tại …. 14 giờ, …"), "(LĐVP: Đ/c …)", "Sáng làm việc tại cơ quan"."""
from tests.genre.model import Day, Doc, Event as E, Leader as L, Para as P

CT, PCTTT, PCT = "Vũ Đình Khang", "Trịnh Thị Ngọc Lan", "Bùi Quang Thái"
DIRECTORY = {
    "units": [("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", []), ("Sở Tài chính", None, []),
              ("Kho bạc Nhà nước tỉnh", None, []), ("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT",
                                                     ["Sở Nông nghiệp và PTNT"]),
              ("Ban Tiếp công dân tỉnh", None, []), ("Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL", []),
              ("Sở Tài nguyên và Môi trường", "Sở TN&MT", []), ("Văn phòng UBND tỉnh", None, [])],
    "persons": [(CT, "Chủ tịch UBND tỉnh"), (PCTTT, "Phó Chủ tịch Thường trực UBND tỉnh"),
                (PCT, "Phó Chủ tịch UBND tỉnh")],
    "groups": [("Lãnh đạo UBND tỉnh", [CT, PCTTT, PCT])],
}


def day(d):
    return lambda title, clock=None, **kw: E(title, dates=(d,), clock=clock, **kw)


mon, tue, wed, thu, fri = (day(f"2023-09-{d}") for d in (18, 19, 20, 21, 22))

DOC = Doc(
    key="ubnd-tinh-tuan-2023-09", office="UBND tỉnh Tân Lĩnh, lịch làm việc của lãnh đạo", kind="weekly",
    year=2023, month=9, issued="2023-09-16",
    left=["UBND TỈNH TÂN LĨNH", "VĂN PHÒNG"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    title=["LỊCH LÀM VIỆC", "của Chủ tịch, các Phó Chủ tịch UBND tỉnh", "(Từ ngày 18/9 đến ngày 22/9/2023)"],
    numbering=["{n}."], style="leader", directory=DIRECTORY,
    blocks=[
        Day("THỨ HAI, NGÀY 18/9/2023", "2023-09-18"),
        L("Chủ tịch", [
            mon("chủ trì giao ban lãnh đạo UBND tỉnh", "07:30", kind="meeting", chair_is=(CT, "Chủ tịch"),
                place="Phòng họp số 1 UBND tỉnh", tail="(LĐVP: Đ/c Quý)"),
            mon("làm việc với Sở Kế hoạch và Đầu tư về tiến độ giải ngân vốn đầu tư công năm 2023", "14:00",
                chair_is=(CT, "Chủ tịch"), attendees="Giám đốc Sở Tài chính, Kho bạc Nhà nước tỉnh",
                units=("Sở Kế hoạch và Đầu tư",), place="Phòng họp số 2 UBND tỉnh")]),
        L(f"Phó Chủ tịch Thường trực {PCTTT}", [
            "Sáng làm việc tại cơ quan.",
            mon("dự Hội nghị trực tuyến toàn quốc về công tác bảo đảm trật tự, an toàn giao thông quý III/2023",
                "13:30", chair_is=(PCTTT,), place="Hội trường trực tuyến UBND tỉnh")]),
        L(f"Phó Chủ tịch {PCT}", [
            mon("kiểm tra công tác phòng, chống sạt lở bờ sông Lam tại huyện Yên Khê", "07:00", chair_is=(PCT,),
                attendees="lãnh đạo Sở Nông nghiệp và PTNT, UBND huyện Yên Khê",
                line="7 giờ, kiểm tra công tác phòng, chống sạt lở bờ sông Lam tại huyện Yên Khê, mời lãnh đạo "
                     "Sở Nông nghiệp và PTNT, UBND huyện Yên Khê cùng đi, điểm tập trung tại Văn phòng UBND "
                     "tỉnh (cả ngày).")]),
        Day("THỨ BA, NGÀY 19/9/2023", "2023-09-19"),
        L("Chủ tịch, các Phó Chủ tịch", [
            tue("họp Ban Thường vụ Tỉnh ủy", "08:00", place="Phòng họp Ban Thường vụ Tỉnh ủy")]),
        L(f"Phó Chủ tịch {PCT}", [
            tue("tiếp và làm việc với Đoàn công tác của Bộ Nông nghiệp và PTNT về Chương trình mục tiêu quốc gia "
                "xây dựng nông thôn mới", "14:00", chair_is=(PCT,), units=("Sở Nông nghiệp và PTNT",),
                place="Phòng khách UBND tỉnh", tail="(Giấy mời riêng)")]),
        Day("THỨ TƯ, NGÀY 20/9/2023", "2023-09-20"),
        L("Chủ tịch", [
            wed("tiếp công dân định kỳ tháng 9/2023", "07:30", kind="reception", chair_is=(CT, "Chủ tịch"),
                units=("Ban Tiếp công dân tỉnh",), place="Trụ sở Tiếp công dân tỉnh"),
            wed("nghe báo cáo phương án tổ chức Lễ hội Văn hóa các dân tộc tỉnh Tân Lĩnh lần thứ V", "15:30",
                chair_is=(CT, "Chủ tịch"), units=("Sở Văn hóa, Thể thao và Du lịch",),
                place="Phòng họp số 2 UBND tỉnh", tail="(LĐVP: Đ/c Hòa)")]),
        L(f"Phó Chủ tịch Thường trực {PCTTT}", ["Sáng: làm việc tại cơ quan.", "Chiều: làm việc tại cơ quan."]),
        Day("THỨ NĂM, NGÀY 21/9/2023", "2023-09-21"),
        L("Chủ tịch", [
            thu("dự Kỳ họp thứ Mười hai (kỳ họp chuyên đề) HĐND tỉnh khóa XVI", "08:00", chair_is=(CT, "Chủ tịch"),
                place="Hội trường HĐND tỉnh", tail="(cả ngày)")]),
        L(f"Phó Chủ tịch {PCT}", [
            thu("dự Kỳ họp HĐND tỉnh", slot="sáng", chair_is=(PCT,), line="Sáng dự Kỳ họp HĐND tỉnh."),
            thu("chủ trì họp Hội đồng thẩm định bảng giá đất tỉnh", "14:00", kind="meeting", chair_is=(PCT,),
                units=("Sở Tài nguyên và Môi trường",), place="Phòng họp số 3 UBND tỉnh",
                tail="(LĐVP: Đ/c Hòa)")]),
        Day("THỨ SÁU, NGÀY 22/9/2023", "2023-09-22"),
        L("Chủ tịch", [
            fri("họp trực tuyến với Văn phòng Chính phủ về tình hình kinh tế - xã hội 9 tháng năm 2023", "09:00",
                chair_is=(CT, "Chủ tịch"), place="Điểm cầu UBND tỉnh"),
            "Chiều làm việc tại cơ quan."]),
        L(f"Phó Chủ tịch Thường trực {PCTTT}", [
            fri("dự Lễ khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 3 năm 2023",
                "07:30", chair_is=(PCTTT,), place="Hội trường Bộ Chỉ huy Quân sự tỉnh")]),
        P("Ghi chú: Lịch làm việc có thể thay đổi; nội dung điều chỉnh Văn phòng UBND tỉnh sẽ thông báo sau."),
    ],
    footer=["Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, TH.",
            "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Hữu Quý"],
)
