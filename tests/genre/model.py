"""The structure of a judging document: header, blocks (headings, prose, events, weekly day lines) and
the facts each event must yield. Text is the document's own Vietnamese; identifiers are English."""
from dataclasses import dataclass, field
from datetime import date

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass
class Item:
    """An agenda item and the units that prepare it (as written; `lead` first)."""
    title: str
    lead: str | None = None
    supports: tuple = ()
    phrase: str | None = None  # how the units are written after the title, when not the default

    def units(self) -> list[str]:
        return [u for u in (self.lead, *self.supports) if u]

    def unit_phrase(self) -> str:
        if self.phrase is not None:
            return self.phrase
        if not self.lead:
            return ""
        if self.supports:
            return f"({self.lead} chủ trì, phối hợp với {', '.join(self.supports)} chuẩn bị)"
        return f"({self.lead} chuẩn bị)"


@dataclass
class Event:
    """One calendar entry as written, and what a reader expects from it.

    `dates`: one expected event per date (a list of days gives several); empty with `weekly` for a
    weekly series, empty without it for an undated item. `end`: the last day of a span (inclusive).
    `slot`: "sáng" | "chiều" | "tối"; `clock`: "HH:MM". `chair_is`: acceptable chair values (a person's
    name from the directory, the title as written). `units`: units named for the whole event."""
    title: str
    when: str = ""
    dates: tuple = ()
    end: str | None = None
    weekly: str | None = None
    slot: str | None = None
    clock: str | None = None
    status: str = "confirmed"
    kind: str | None = None
    chair: str | None = None
    chair_is: tuple = ()
    attendees: str | None = None
    attendees_has: str | None = None
    place: str | None = None
    items: list = field(default_factory=list)
    units: tuple = ()
    line: str | None = None   # the heading line exactly as written (text forms), instead of the generated one
    tail: str = ""            # notes after the event, as written: "(LĐVP: Đ/c Lan)"
    day_cell: str | None = None  # the table's "Thứ, ngày" cell, instead of the generated one
    slot_cell: str | None = None

    def chairs(self) -> tuple:
        return self.chair_is or ((self.chair,) if self.chair else ())


@dataclass
class Heading:
    text: str
    level: int | None = 0     # numbering level, None: not numbered


@dataclass
class Para:
    text: str
    level: int | None = None  # a numbered/bulleted list item at that level


@dataclass
class Ev:
    event: Event
    level: int | None = None


@dataclass
class Day:
    """A weekly schedule's day heading: "THỨ HAI, NGÀY 18/9/2023"."""
    text: str
    day: str  # ISO date


@dataclass
class Leader:
    """A leader-centric weekly line: "- Chủ tịch: 7 giờ 30 phút, dự …, điểm tại …. 14 giờ, …".
    `parts` are Events (of that day) and plain sentences (no event: "Sáng làm việc tại cơ quan.")."""
    who: str
    parts: list
    who_is_slot: bool = False  # "- Chiều: Lãnh đạo … làm việc tại cơ quan.": in a table, `who` is the Buổi


@dataclass
class Slot:
    """A slot heading inside a weekly day ("* SÁNG:"), then the events of that slot."""
    text: str


@dataclass
class Doc:
    key: str
    office: str
    kind: str  # "monthly" | "weekly"
    year: int
    month: int
    left: list
    right: list
    title: list
    blocks: list
    footer: list
    numbering: list          # per level: "R." "n." "a)" "n)" "a/" "R -" "-" "+" ; "Phần thứ {w}:" (stays text)
    directory: dict
    wrap: int = 0            # hard wrap of the .txt at this column (0: one paragraph a line)
    style: str = "inline"    # how events are written: "inline" | "fields" | "leader"
    issued: str = ""         # ISO date of issue (the clock of the scoring run)
    item_bullet: str = "-"   # the bullet of agenda items under an event line ("+" when events are "- …" lines)

    def events(self):
        for block in self.blocks:
            if isinstance(block, Ev):
                yield block.event
            elif isinstance(block, Leader):
                yield from (p for p in block.parts if isinstance(p, Event))


def weekday_of(iso: str) -> str:
    return WEEKDAYS[date.fromisoformat(iso).weekday()]
