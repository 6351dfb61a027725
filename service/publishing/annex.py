"""One line of the annex an adjusted document carries ("Điều chỉnh lần N"): what changed since the last
issued version. `versions` computes them; the document renderers print them."""
from dataclasses import dataclass

# What happened to an entry between the last issued version and now, as the annex names it.
ADDED = "Bổ sung"
MOVED = "Thay đổi thời gian"
CANCELLED = "Hủy"
CHANGED = "Điều chỉnh"


@dataclass(frozen=True)
class AnnexLine:
    change: str   # one of ADDED, MOVED, CANCELLED, CHANGED
    when: str     # the entry's time as the document writes it now ("Sáng thứ Hai, 20/11/2023"); before, if cancelled
    title: str    # the entry's title
    detail: str   # what changed, in words ("từ chiều 21/11/2023 sang sáng 22/11/2023"; "địa điểm: …"), "" if none


@dataclass(frozen=True)
class Revision:
    """What an export of a month or a week carries: 0 is the document as first issued (or never issued),
    N > 0 prints "Điều chỉnh lần N" with the annex of changes since the version before it."""
    number: int = 0
    annex: tuple[AnnexLine, ...] = ()
