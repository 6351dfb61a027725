"""The Vietnamese words users read for the product's codes: kinds, statuses, slots, weekdays, conflict
kinds, reminder statuses. One place, so a page, a feed and an email never name a thing two ways."""
from datetime import date

DOCUMENT_KIND_LABELS = {"monthly": "Chương trình công tác tháng", "weekly": "Lịch công tác tuần", "other": "Văn bản khác"}
KIND_LABELS = {"meeting": "Hội nghị, cuộc họp", "reception": "Tiếp công dân",
               "multi_day": "Sự kiện nhiều ngày", "other": "Công tác khác"}
STATUS_LABELS = {"confirmed": "Chính thức", "tentative": "Dự kiến", "cancelled": "Đã hủy"}
SLOT_LABELS = {"morning": "Buổi sáng", "afternoon": "Buổi chiều", "evening": "Buổi tối", "full_day": "Cả ngày"}
# Before a weekday: "Sáng thứ Hai, 20/11/2023".
SLOT_WORDS = {"morning": "Sáng", "afternoon": "Chiều", "evening": "Tối", "full_day": "Cả ngày"}
WEEKDAY_LABELS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
CONFLICT_HEADINGS = {"person": "Người bị trùng lịch", "location": "Địa điểm bị trùng",
                     "travel": "Không kịp di chuyển", "deadline_load": "Đơn vị có nhiều hạn nộp trong một ngày"}
REMINDER_STATUS_LABELS = {"pending": "Chờ gửi", "sent": "Đã gửi", "failed": "Thất bại", "cancelled": "Đã hủy",
                          "expired": "Quá hạn, không gửi", "superseded": "Thay bằng lịch mới"}
ROLE_LABELS = {"office": "Văn phòng (xem và sửa)", "viewer": "Chỉ xem"}
LEVEL_LABELS = {"tinh-ubnd": "UBND tỉnh", "tinh-hdnd": "HĐND tỉnh", "tinh-dang-uy": "Tỉnh ủy", "xa-ubnd": "UBND xã",
                "xa-hdnd-ubnd": "HĐND và UBND xã", "xa-dang-uy": "Đảng ủy xã"}  # service.offices.LEVELS
SECURITY_ACTION_LABELS = {"login": "Đăng nhập", "login_failed": "Đăng nhập sai", "login_throttled": "Bị chặn tạm (sai nhiều lần)",
                          "logout": "Đăng xuất", "user_created": "Tạo tài khoản", "password_set": "Đặt mật khẩu",
                          "user_disabled": "Khóa tài khoản", "role_set": "Đổi vai trò", "user_enabled": "Mở lại tài khoản",
                          "key_created": "Tạo khóa API", "key_revoked": "Thu hồi khóa API"}
# What the directory's objects are called in messages ("Không có đơn vị nào có id 7").
DIRECTORY_LABELS = {"Unit": "đơn vị", "Person": "người", "Group": "nhóm", "Location": "địa điểm"}


def day_label(day: date) -> str:
    """'Thứ Ba, 14/11/2023', the way a Vietnamese office writes a date."""
    return f"{WEEKDAY_LABELS[day.weekday()]}, {day:%d/%m/%Y}"


def weekday_words(day: date) -> str:
    """'thứ Ba, 21/11/2023' (lower case, after "Sáng"); 'Chủ nhật, 26/11/2023'."""
    label = day_label(day)
    return label[0].lower() + label[1:] if label.startswith("Thứ") else label


def rule_words(rrule: str | None, slot: str | None = None) -> str:
    """A weekly rule as an office writes it: "FREQ=WEEKLY;BYDAY=MO" -> "Chiều thứ Hai hằng tuần"."""
    if not rrule:
        return ""
    days = {"MO": "thứ Hai", "TU": "thứ Ba", "WE": "thứ Tư", "TH": "thứ Năm", "FR": "thứ Sáu", "SA": "thứ Bảy",
            "SU": "Chủ nhật"}
    byday = next((p.split("=")[1] for p in rrule.split(";") if p.startswith("BYDAY=")), "")
    if not byday or "WEEKLY" not in rrule:
        return rrule
    words = ", ".join(days.get(d[-2:], d) for d in byday.split(","))
    text = {"morning": "sáng ", "afternoon": "chiều ", "evening": "tối "}.get(slot or "", "") + words + " hằng tuần"
    return text[0].upper() + text[1:]


def iso_words(value: str | None) -> str:
    """An ISO date or date-time of an API shape as a page shows it: "21/11/2023", "08:00 21/11/2023"."""
    if not value:
        return ""
    if len(value) == 10:
        return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    return f"{value[11:16]} {value[8:10]}/{value[5:7]}/{value[:4]}"
