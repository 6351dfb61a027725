"""What the parser found: draft events (as written, before names are resolved), the document itself (who
issued it, what kind, which period) and every line that carried a date, weekday, hour or slot phrase but
became no event, with the reason (in Vietnamese, shown to the office in the preview). Nothing with a date
is dropped silently."""
from dataclasses import dataclass, field
from datetime import date


class PeriodUnknown(ValueError):
    """The document says neither its month nor its week, and none was given."""


@dataclass
class Skipped:
    line: int  # where it starts in the document (Block.line)
    text: str  # the line or paragraph as read (shortened for display by the caller)
    reason: str  # why it is no event, e.g. "ngày của văn bản dẫn chiếu", "làm việc tại cơ quan"


@dataclass
class DocInfo:
    issuer: str | None = None  # "UBND huyện Mường Lát", "Huyện ủy Lục Ngạn", "Đảng ủy xã X"
    kind: str = "other"  # "monthly" | "weekly" | "other"
    title: str | None = None  # "Chương trình công tác tháng 11 năm 2023"
    period_start: date | None = None
    period_end: date | None = None


@dataclass
class Draft:
    title: str
    kind: str
    line: int
    tentative: bool = False
    day: date | None = None
    span: tuple | None = None
    slot: str | None = None
    clock: object = None
    weekly: tuple | None = None
    location: str | None = None
    chair: str | None = None  # a name, or a title such as "Chủ tịch UBND huyện"
    chair_note: str | None = None
    subject: str | None = None  # "Lãnh đạo UBND huyện", "Ban Thường vụ Huyện ủy" as written: who attends
    text: str = ""  # the whole paragraph, for finding names
    agenda: list = field(default_factory=list)
    change: str | None = None  # "cancel" (hoãn, không tổ chức) | "postpone" (lùi sang …: `day` is the new date)
    staff: str | None = None  # office staff with the leader: "(LĐVP: Đ/c Lan)" -> "Lan"
