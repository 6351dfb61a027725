"""What the parser found besides events: the document itself (who issued it, what kind, which period)
and every line that carried a date, weekday, hour or slot phrase but became no event, with the reason
(in Vietnamese, shown to the office in the preview). Nothing with a date is dropped silently."""
from dataclasses import dataclass
from datetime import date


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
