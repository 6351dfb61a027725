"""The public weekly schedule and feed (/cong-khai/<office>/...): only events that are public (their own
flag, else their kind's default) and not cancelled, each reduced to what a portal may print.

Nothing private can reach a public page: the templates and the feed receive `PublicEntry` / `PublicEvent`
objects built here, which have no field for emails, notes, agenda items, preparing units, deadlines or
the persons attending (only the public "Thành phần": the groups and the attendees text)."""
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from service import ical
from service.calendar_rules import local_midnight, slot_row
from service.events import list_occurrences, overlapping
from service.listing import slot_hours_between
from service.models import CalendarException, Event, IssuedVersion, PublicDefault, SlotHours
from service.publishing import public_flag
from service.vocabulary import WEEKDAY_LABELS

BUOI = (("all_day", "Cả ngày"), ("morning", "Sáng"), ("afternoon", "Chiều"), ("evening", "Tối"))
FEED_PAST, FEED_AHEAD = timedelta(days=31), timedelta(days=183)  # what the public feed reaches
# Bumped when the page's or feed's layout changes, so caches holding the old one miss.
LAYOUT = "1"


@dataclass(frozen=True)
class PublicEntry:
    """One occurrence as the public table prints it."""

    title: str
    when: str        # "08:00–10:30" for a timed one, "" when the buổi says it
    status: str      # "Dự kiến", "Hoãn" (this occurrence of a series is not held), ""
    chair: str
    attendees: str
    place: str
    first: date
    last: date
    row: str         # all_day | morning | afternoon | evening


@dataclass
class PublicDay:
    day: date
    label: str
    holiday: str
    weekend: bool
    groups: list = field(default_factory=list)  # [(buổi label, [PublicEntry])]

    @property
    def rows(self) -> int:
        return sum(len(items) for _, items in self.groups)


def chair_words(event) -> str:
    if event.chair is not None:
        name = event.chair.name + (f", {event.chair.title}" if event.chair.title else "")
        return name + (f" ({event.chair_text})" if event.chair_text else "")
    return event.chair_text or ""


def attendees_words(event) -> str:
    """The public "Thành phần": the groups (bodies such as "Lãnh đạo UBND tỉnh") and the text as entered;
    never person records, nor the units the event names (the office's pages list them under "Chuẩn bị")."""
    names = [g.name for g in event.groups]
    text = ", ".join(names)
    if event.attendees_text:
        text = f"{text}; {event.attendees_text}" if text else event.attendees_text
    return text


def _public_pairs(ctx, lo: datetime, hi: datetime):
    kind_defaults = public_flag.defaults(ctx.session)
    for event, occ in list_occurrences(ctx, lo, hi):
        if occ is None or event.status == "cancelled" or not public_flag.effective(event, kind_defaults):
            continue
        yield event, occ


def week(ctx, monday: date) -> tuple[list[PublicEntry], list[PublicDay]]:
    """(spans of several days, the seven days with their buổi groups) of the public events of the week."""
    days = [monday + timedelta(days=i) for i in range(7)]
    lo, hi = local_midnight(days[0], ctx.tz), local_midnight(days[-1] + timedelta(days=1), ctx.tz)
    hours_on = slot_hours_between(ctx, days[0] - timedelta(days=1), days[-1] + timedelta(days=1))
    entries = []
    for event, occ in _public_pairs(ctx, lo, hi):
        if isinstance(occ.start, datetime):
            start, end = occ.start.astimezone(ctx.tz), occ.end.astimezone(ctx.tz)
            row = slot_row(event.slot, start.time(), hours_on(start.date()))
            when = "" if event.slot else (f"{start:%H:%M}–{end:%H:%M}" if end.date() == start.date()
                                          else f"{start:%H:%M} – {end:%H:%M} {end:%d/%m}")
            first = last = start.date()
        else:
            row, when, first, last = "all_day", "", occ.start, occ.end
        status = "Hoãn" if occ.cancelled else ("Dự kiến" if event.status == "tentative" else "")
        entries.append(PublicEntry(event.title, when, status, chair_words(event), attendees_words(event),
                                   event.location.name if event.location else "", first, last, row))
    calendar = ctx.work_calendar()
    spans = [e for e in entries if e.last > e.first]
    sheet = []
    for d in days:
        day = PublicDay(d, f"{WEEKDAY_LABELS[d.weekday()]}, {d:%d/%m/%Y}", calendar.holiday_name(d) or "",
                        not calendar.is_working_day(d))
        for row, label in BUOI:
            here = [e for e in entries if e.last == e.first and e.first == d and e.row == row]
            if here:
                day.groups.append((label, here))
        sheet.append(day)
    return spans, sheet


# ---- the feed ----------------------------------------------------------------------------------------

class PublicEvent:
    """An event as the public feed may carry it: what service.ical reads, with no agenda, notes or persons
    attending (the public attendees text stays)."""

    def __init__(self, event):
        for name in ("uid", "title", "kind", "status", "busy", "all_day", "start_at", "end_at", "start_date",
                     "end_date", "slot", "rrule", "exceptions", "location", "chair", "chair_text", "groups",
                     "attendees_text", "sequence", "created_at", "updated_at"):
            setattr(self, name, getattr(event, name))
        self.attendees, self.units, self.live_agenda, self.notes = [], [], [], None

    @property
    def dated(self) -> bool:
        return self.start_at is not None or self.start_date is not None


def feed_window(ctx) -> tuple[datetime, datetime]:
    """From a month back to six months ahead, in whole local days (the ETag stays put within a day)."""
    today = ctx.now().astimezone(ctx.tz).date()
    return local_midnight(today - FEED_PAST, ctx.tz), local_midnight(today + FEED_AHEAD, ctx.tz)


def feed(ctx, office_name: str) -> bytes:
    lo, hi = feed_window(ctx)
    seen, blocks = set(), []
    for event, _ in _public_pairs(ctx, lo, hi):
        if event.id not in seen:
            seen.add(event.id)
            blocks.append(ical.event_block(PublicEvent(event), ctx.tz))
    return ical.calendar(f"Lịch công tác công khai — {office_name}", blocks, ctx.tz).encode()


# ---- the data version: the strong ETag, computed without rendering -------------------------------------

def data_version(conn, lo: datetime, hi: datetime, office, week_start: date | None) -> str:
    """A digest of everything the public page (or feed) of [lo, hi) is made from: every event that may fall
    in it (its id, sequence and render_version, which grow with every change of the event or of a name it
    shows; private ones too, since their `public` decides whether they show), the public defaults, the week's issued
    versions (the revision stamp is the last one's number), the office's days off and the slot hours there. Five small SELECTs on a bare connection,
    each filtered by the office (Core statements: the ORM's office scoping does not reach them)."""
    digest = hashlib.sha256(f"{LAYOUT}|{office.slug}|{office.name}|{lo.isoformat()}|{hi.isoformat()}".encode())
    ev = Event.__table__
    rows = conn.execute(select(ev.c.id, ev.c.sequence, ev.c.render_version, ev.c.public, ev.c.kind, ev.c.status)
                        .where(ev.c.office_id == office.id, overlapping(lo, hi)).order_by(ev.c.id))
    for row in rows:
        digest.update(repr(tuple(row)).encode())
    pd = PublicDefault.__table__
    for row in conn.execute(select(pd).where(pd.c.office_id == office.id).order_by(pd.c.kind)):
        digest.update(repr(tuple(row)).encode())
    if week_start is not None:
        iv = IssuedVersion.__table__
        for row in conn.execute(select(iv.c.id, iv.c.number).where(iv.c.office_id == office.id, iv.c.kind == "week",
                                                                     iv.c.period_start == week_start)
                                .order_by(iv.c.id)):
            digest.update(repr(tuple(row)).encode())
    ce, sh = CalendarException.__table__, SlotHours.__table__
    for row in conn.execute(select(ce).where(ce.c.office_id == office.id, ce.c.day >= lo.date() - timedelta(days=1), ce.c.day <= hi.date())
                            .order_by(ce.c.day)):
        digest.update(repr(tuple(row)).encode())
    for row in conn.execute(select(sh).where(sh.c.office_id == office.id, sh.c.valid_from <= hi.date(), sh.c.valid_to >= lo.date() - timedelta(days=1))
                            .order_by(sh.c.id)):
        digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()[:40]
