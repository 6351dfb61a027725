"""Events -> iCalendar text (RFC 5545 / RFC 7986), written directly as strings.

Each event becomes one text block (its VEVENT, plus one VEVENT per moved occurrence) that depends only on
the event itself, so a block is built once per event version and feeds are joined from blocks.

Published feeds carry no ATTENDEE or ORGANIZER: phones treat an entry with them as an invitation
("accept / decline", mail to the organizer), which a read-only published calendar must never trigger.
Names of the chair and attendees go into DESCRIPTION instead.
"""
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from icalendar import Timezone

from service.vocabulary import KIND_LABELS, SLOT_LABELS, day_label

PRODID = "-//Lich cong tac//VI"
REFRESH_MINUTES = 15


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets without cutting a UTF-8 character; CRLF-terminated."""
    raw = line.encode()
    if len(raw) <= 75:
        return line + "\r\n"
    parts, start, limit = [], 0, 75
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and (raw[end] & 0xC0) == 0x80:  # never split inside a character
            end -= 1
        parts.append(raw[start:end].decode())
        start, limit = end, 74  # continuation lines start with a space
    return "\r\n ".join(parts) + "\r\n"


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _local(moment: datetime, tz) -> str:
    return moment.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def _date(day: date) -> str:
    return day.strftime("%Y%m%d")


@lru_cache(maxsize=8)
def vtimezone(tzid: str) -> str:
    return Timezone.from_tzid(tzid).to_ical().decode()  # CRLF lines, folded


def calendar(name: str, blocks, tz) -> str:
    """The whole VCALENDAR around already-built event blocks."""
    head = "".join(fold(line) for line in (
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}", f"NAME:{escape(name)}", f"X-WR-TIMEZONE:{tz.key}",
        f"REFRESH-INTERVAL;VALUE=DURATION:PT{REFRESH_MINUTES}M", f"X-PUBLISHED-TTL:PT{REFRESH_MINUTES}M",
    ))
    return head + vtimezone(tz.key) + "".join(blocks) + "END:VCALENDAR\r\n"


def _when(prop: str, value, tz) -> str:
    if isinstance(value, datetime):
        return f"{prop};TZID={tz.key}:{_local(value, tz)}"
    return f"{prop};VALUE=DATE:{_date(value)}"


def _span(all_day: bool, start, end, tz) -> list[str]:
    """DTSTART/DTEND; an all-day DTEND is exclusive (the day after the inclusive end)."""
    if all_day:
        return [_when("DTSTART", start, tz), _when("DTEND", end + timedelta(days=1), tz)]
    return [_when("DTSTART", start, tz), _when("DTEND", end, tz)]


def summary(event) -> str:
    return event.title + (" (Dự kiến)" if event.status == "tentative" else "")


def description(event, tz, moved: bool = False) -> str:
    """The entry's text. A moved occurrence (`moved`) does not repeat the series' slot: its own time is in
    DTSTART ("buổi sáng" under a 14:00 entry would mislead)."""
    lines = []
    if event.slot and not moved:
        lines.append(f"Thời gian: {SLOT_LABELS[event.slot].lower()}")
    if event.chair or event.chair_text:
        chair = f"{event.chair.name}" + (f", {event.chair.title}" if event.chair and event.chair.title else "")
        lines.append("Chủ trì: " + ", ".join(x for x in (chair if event.chair else "", event.chair_text or "") if x))
    members = [p.name for p in event.attendees] + [g.name for g in event.groups] + [u.name for u in event.units]
    if event.attendees_text:
        members.append(event.attendees_text)
    if members:
        lines.append("Thành phần: " + "; ".join(members))
    agenda = event.live_agenda
    if agenda:
        lines.append("Nội dung:")
        for item in agenda:
            number = f"{item.number}. " if item.number is not None else "- "
            units = "; ".join(f"{p.unit.name} ({'chủ trì' if p.role == 'lead' else 'phối hợp'})"
                              for p in item.preparations) or item.preparing_units_text
            tail = []
            if units:
                tail.append(f"chuẩn bị: {units}")
            if item.deadline:
                tail.append(f"hạn nộp {item.deadline.strftime('%d/%m/%Y')}")
            lines.append(number + item.title + (f" ({'; '.join(tail)})" if tail else ""))
    if event.notes:
        lines.append(f"Ghi chú: {event.notes}")
    return "\n".join(lines)


def _common(event, tz, moved: bool = False) -> list[str]:
    out = [f"UID:{event.uid}", f"DTSTAMP:{_utc(event.updated_at)}", f"CREATED:{_utc(event.created_at)}",
           f"LAST-MODIFIED:{_utc(event.updated_at)}", f"SEQUENCE:{event.sequence}",
           f"SUMMARY:{escape(summary(event))}", f"STATUS:{event.status.upper()}",
           f"TRANSP:{'OPAQUE' if event.busy else 'TRANSPARENT'}",
           f"CATEGORIES:{escape(KIND_LABELS.get(event.kind, event.kind))}"]
    if event.location:
        out.append(f"LOCATION:{escape(event.location.name)}")
    text = description(event, tz, moved)
    if text:
        out.append(f"DESCRIPTION:{escape(text)}")
    return out


def event_block(event, tz) -> str:
    """VEVENT text of a dated event: the master (with RRULE and EXDATE) and one VEVENT per moved
    occurrence (RECURRENCE-ID). Undated events have no block."""
    if not event.dated:
        return ""
    start, end = (event.start_date, event.end_date) if event.all_day else (event.start_at, event.end_at)
    lines = ["BEGIN:VEVENT", *_common(event, tz), *_span(event.all_day, start, end, tz)]
    if event.rrule:
        lines.append(f"RRULE:{event.rrule}")
        for ex in event.exceptions:
            if ex.cancelled:
                lines.append(_when("EXDATE", _original(ex, event, tz), tz))
    lines.append("END:VEVENT")
    for ex in event.exceptions:
        if not ex.cancelled:
            moved = (ex.start_date, ex.end_date) if event.all_day else (ex.start_at, ex.end_at)
            lines += ["BEGIN:VEVENT", *_common(event, tz, moved=True),
                      _when("RECURRENCE-ID", _original(ex, event, tz), tz),
                      *_span(event.all_day, *moved, tz), "END:VEVENT"]
    return "".join(fold(line) for line in lines)


def _original(ex, event, tz):
    return ex.original_start.astimezone(tz).date() if event.all_day else ex.original_start


def _meeting_when(event, tz) -> str:
    """The first line of a deadline entry: when the meeting is (the entry itself sits on the deadline)."""
    if event.all_day or event.start_at is None:
        day = event.start_date
        return f"Cuộc họp: {day_label(day)}\n" if day else ""
    start = event.start_at.astimezone(tz)
    return f"Cuộc họp: {start:%H:%M}, {day_label(start.date())}\n"


def deadline_block(item, event, tz, host: str) -> str:
    """A unit's preparation deadline as its own all-day entry: "Hạn nộp: <item> — <meeting>". It follows
    its meeting: a tentative meeting's deadline is tentative too, a cancelled one's is cancelled."""
    title = f"Hạn nộp: {item.title} — {summary(event)}"
    lines = ["BEGIN:VEVENT", f"UID:deadline-{item.id}@{host}", f"DTSTAMP:{_utc(event.updated_at)}",
             f"LAST-MODIFIED:{_utc(event.updated_at)}", f"SEQUENCE:{event.sequence}",
             f"SUMMARY:{escape(title)}", f"STATUS:{event.status.upper()}",  # the meeting's: tentative, cancelled
             "TRANSP:TRANSPARENT", *_span(True, item.deadline, item.deadline, tz),
             f"DESCRIPTION:{escape(_meeting_when(event, tz) + description(event, tz))}", "END:VEVENT"]
    return "".join(fold(line) for line in lines)
