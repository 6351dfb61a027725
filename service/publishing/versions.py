"""Issued versions of the monthly program and the weekly schedule.

The office "issues" a month or a week: what the document lists now is kept as a snapshot (JSON), numbered
0 (the original), then 1, 2 … Each later version carries the annex of what changed since the one before
it; an export made after further changes carries the next number and the annex of those changes.

A snapshot is {"entries": [entry, ...]}, one entry per occurrence the period lists (undated events of the
month too), keyed so that a moved meeting is the same entry:
    {"key": uid, or uid + "#" + the occurrence's original start for one occurrence of a series,
     "uid", "title", "when": "Sáng thứ Hai, 20/11/2023", "start", "end" (ISO), "all_day", "slot",
     "time": "08:00–10:30" or "", "place", "chair", "attendees" (the text the document prints),
     "status" (confirmed | tentative | cancelled), "items": [{"number", "title", "units"}]}
"""
from dataclasses import asdict
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from service.calendar_rules import local_midnight
from service.errors import Conflict, ValidationFailed
from service.events import list_occurrences
from service.models import Event, IssuedVersion
from service.publishing.annex import ADDED, CANCELLED, CHANGED, MOVED, AnnexLine, Revision
from service.publishing.document import weekly_words
from service.timing import MAX_YEAR, MIN_YEAR
from service.vocabulary import SLOT_WORDS, day_label, weekday_words

KINDS = ("month", "week")
# The fields a CHANGED line names, in the order the annex lists them, with their Vietnamese names.
CHANGED_FIELDS = (("title", "tên"), ("place", "địa điểm"), ("chair", "chủ trì"), ("attendees", "thành phần"),
                  ("status", "trạng thái"), ("items", "nội dung"))
STATUS_WORDS = {"confirmed": "chính thức", "tentative": "dự kiến", "cancelled": "đã hủy"}


# ---- the period ----------------------------------------------------------------------------------

def period(kind: str, period_start: date) -> tuple[date, date]:
    """[first, last] days of the month or week; a bad kind or start is a ValidationFailed naming the field."""
    if kind not in KINDS:
        raise ValidationFailed({"kind": "phải là month hoặc week"})
    if not MIN_YEAR <= period_start.year <= MAX_YEAR:
        raise ValidationFailed({kind: f"năm phải trong khoảng {MIN_YEAR}–{MAX_YEAR}"})
    if kind == "month":
        if period_start.day != 1:
            raise ValidationFailed({"month": "tháng bắt đầu từ ngày 01"})
        return period_start, (period_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if period_start.weekday() != 0:
        raise ValidationFailed({"week": "tuần bắt đầu từ thứ Hai (YYYY-MM-DD của ngày thứ Hai)"})
    return period_start, period_start + timedelta(days=6)


# ---- what the document lists ---------------------------------------------------------------------

def when_words(start, end, all_day: bool, slot: str | None, tz) -> str:
    """An entry's time as the document writes it: "Sáng thứ Hai, 20/11/2023", "08:00 thứ Ba, 21/11/2023",
    "Thứ Tư, 22/11/2023", "01/11–18/11/2023", "Thời gian thông báo sau"."""
    if start is None:
        return "Thời gian thông báo sau"
    if isinstance(start, datetime):
        local = start.astimezone(tz)
        day = local.date()
        if slot in SLOT_WORDS:
            return f"{SLOT_WORDS[slot]} {weekday_words(day)}"
        return f"{local:%H:%M} {weekday_words(day)}"
    if end is not None and end > start:
        first = f"{start:%d/%m}" if start.year == end.year else f"{start:%d/%m/%Y}"
        return f"{first}–{end:%d/%m/%Y}"
    return day_label(start)


def _time_words(occ, event, tz) -> str:
    if occ is None or event.slot or not isinstance(occ.start, datetime):
        return ""
    start, end = occ.start.astimezone(tz), occ.end.astimezone(tz)
    return f"{start:%H:%M}–{end:%H:%M}"


def _iso(value, tz):
    if value is None:
        return None
    return value.astimezone(tz).isoformat() if isinstance(value, datetime) else value.isoformat()


def attendees_words(event) -> str:
    """Thành phần as the document prints it: the groups, the persons, then the text as entered."""
    names = [g.name for g in event.groups] + [p.name for p in event.attendees] + [u.name for u in event.units]
    text = ", ".join(names)
    if event.attendees_text:
        text = f"{text}; {event.attendees_text}" if text else event.attendees_text
    return text


def chair_words(event) -> str:
    parts = [event.chair.name if event.chair else "", event.chair_text or ""]
    return " ".join(p for p in parts if p)


def _entry(event, occ, tz) -> dict:
    if occ is None:
        start = end = None
        key = event.uid
        cancelled = False
    else:
        start, end = occ.start, occ.end
        rid = getattr(occ, "recurrence_id", None)
        key = f"{event.uid}#{_iso(rid, tz)}" if event.rrule and rid is not None else event.uid
        cancelled = bool(occ.cancelled)
    items = []
    for item in event.live_agenda:
        units = [p.unit.name for p in sorted(item.preparations, key=lambda p: p.role != "lead")]
        if item.preparing_units_text:
            units.append(item.preparing_units_text)
        items.append({"number": item.number, "title": item.title, "units": units})
    return {"key": key, "uid": event.uid, "title": event.title,
            "when": when_words(start, end, event.all_day, event.slot, tz),
            "start": _iso(start, tz), "end": _iso(end, tz), "all_day": bool(event.all_day), "slot": event.slot,
            "time": _time_words(occ, event, tz),
            "place": event.location.name if event.location else "", "chair": chair_words(event),
            "attendees": attendees_words(event),
            "status": "cancelled" if cancelled else event.status, "items": items}


def current(ctx, kind: str, period_start: date) -> dict:
    """The snapshot of what the month's program or the week's schedule lists now. The month's program lists
    a weekly series once ("chiều thứ Hai hằng tuần", document.weekly_words): one entry keyed by the series'
    uid, from its first occurrence not cancelled."""

    first, last = period(kind, period_start)
    lo, hi = local_midnight(first, ctx.tz), local_midnight(last + timedelta(days=1), ctx.tz)
    entries, seen, series = [], set(), {}
    for event, occ in list_occurrences(ctx, lo, hi):
        if occ is None and kind == "week":
            continue  # undated items belong to the month's program, not to a week's schedule
        weekly = weekly_words(event, occ, ctx.tz) if kind == "month" and occ is not None else ""
        if weekly:
            entry = _series_entry(event, occ, weekly, ctx.tz)
            at = series.get(event.uid)
            if at is None:
                series[event.uid] = len(entries)
                entries.append(entry)
            elif entries[at]["status"] == "cancelled" and entry["status"] != "cancelled":
                entries[at] = entry  # the document lists the series from an occurrence that takes place
            continue
        entry = _entry(event, occ, ctx.tz)
        if entry["key"] in seen:
            continue
        seen.add(entry["key"])
        entries.append(entry)
    return {"entries": entries}


def _series_entry(event, occ, weekly: str, tz) -> dict:
    """A weekly series listed once: when and time are the rule's words, start and end the series' own."""
    entry = _entry(event, occ, tz)
    start, end = (event.start_date, event.end_date) if event.all_day else (event.start_at, event.end_at)
    entry.update(key=event.uid, when=weekly[0].upper() + weekly[1:], start=_iso(start, tz), end=_iso(end, tz),
                 time=weekly)
    return entry


# ---- what changed ----------------------------------------------------------------------------------

def _moved(old: dict, new: dict) -> bool:
    return any(old.get(k) != new.get(k) for k in ("start", "end", "all_day", "slot", "time"))


def _shown(field: str, value) -> str:
    if field == "status":
        return STATUS_WORDS.get(value, value or "")
    if field == "items":
        return "; ".join(f"{i['number']}. {i['title']}" if i.get("number") is not None else i["title"]
                         for i in value) or "(không có)"
    return value or "(không có)"


def _moved_out(ctx, old: dict) -> dict | None:
    """A single event, or one occurrence of a series (key uid#original start), that left the period for
    another time (not cancelled): its entry now."""
    event = ctx.session.scalars(select(Event).where(Event.uid == old["uid"])).first()
    if event is None or event.status == "cancelled":
        return None
    if "#" in old["key"]:
        return _occurrence_moved_out(ctx, event, old["key"].split("#", 1)[1])
    if event.rrule:
        return None
    if event.all_day:
        start, end = event.start_date, event.end_date
    else:
        start, end = event.start_at, event.end_at
    return {"when": when_words(start, end, event.all_day, event.slot, ctx.tz)}


def _occurrence_moved_out(ctx, event, original: str) -> dict | None:
    """The occurrence of series `event` the rule gives at `original` (as a snapshot key writes it), moved
    by an exception (not cancelled): its entry now; None when it is cancelled or no longer exists."""
    if not event.rrule:
        return None
    for exc in event.exceptions:
        if exc.cancelled or _iso(exc.original_start, ctx.tz) != original and \
                exc.original_start.astimezone(ctx.tz).date().isoformat() != original:
            continue
        if exc.start_at is not None:
            return {"when": when_words(exc.start_at, exc.end_at, False, event.slot, ctx.tz)}
        if exc.start_date is not None:
            return {"when": when_words(exc.start_date, exc.end_date, True, event.slot, ctx.tz)}
    return None


def annex_between(ctx, before: dict, after: dict) -> list[AnnexLine]:
    """The annex lines from snapshot `before` to snapshot `after`, in the order of the document now
    (entries no longer listed at the end, in their old order)."""
    old = {e["key"]: e for e in before["entries"]}
    new_keys = {e["key"] for e in after["entries"]}
    lines = []
    for entry in after["entries"]:
        was = old.get(entry["key"])
        if was is None:
            if entry["status"] != "cancelled":
                lines.append(AnnexLine(ADDED, entry["when"], entry["title"], ""))
            continue
        if entry["status"] == "cancelled" and was["status"] != "cancelled":
            lines.append(AnnexLine(CANCELLED, was["when"], entry["title"], ""))
            continue
        if entry["status"] == "cancelled":
            continue
        if was["status"] == "cancelled":  # called off, then on again
            lines.append(AnnexLine(ADDED, entry["when"], entry["title"], "tổ chức lại"))
            continue
        if _moved(was, entry):
            lines.append(AnnexLine(MOVED, entry["when"], entry["title"], f"từ {_when_time(was)} sang {_when_time(entry)}"))
        changed = [f"{words}: {_shown(field, was.get(field))} → {_shown(field, entry.get(field))}"
                   for field, words in CHANGED_FIELDS if was.get(field) != entry.get(field)]
        if changed:
            lines.append(AnnexLine(CHANGED, entry["when"], entry["title"], "; ".join(changed)))
    for key, was in old.items():
        if key in new_keys or was["status"] == "cancelled":
            continue
        elsewhere = _moved_out(ctx, was)
        if elsewhere is not None:
            lines.append(AnnexLine(MOVED, elsewhere["when"], was["title"], f"từ {_when_time(was)} sang {_when_time(elsewhere)}"))
        else:
            lines.append(AnnexLine(CANCELLED, was["when"], was["title"], ""))
    return lines


def _when_time(entry: dict) -> str:
    """"sáng thứ Hai, 20/11/2023" (lower case inside a sentence), with both hours of a timed one."""
    text = entry["when"]
    if entry.get("time") and text[:2].isdigit():
        text = entry["time"] + text[5:]  # "08:00 thứ Ba, …" -> "08:00–10:30 thứ Ba, …"
    if text[:1].isupper() and not text.startswith("Chủ nhật"):
        text = text[0].lower() + text[1:]
    return text


# ---- issuing and reading -------------------------------------------------------------------------------

def history(session, kind: str, period_start: date) -> list[IssuedVersion]:
    """The versions issued for the period, oldest first."""
    period(kind, period_start)
    return session.scalars(select(IssuedVersion).where(IssuedVersion.kind == kind,
                                                       IssuedVersion.period_start == period_start)
                           .order_by(IssuedVersion.number)).all()


def last_issued_number(session, kind: str, period_start: date) -> int:
    """The number of the last version issued for the period, 0 when never issued (or only the original):
    what the public page stamps ("Điều chỉnh lần N"), not the pending changes an export would carry
    (those may be private events, and are not issued)."""
    period(kind, period_start)
    number = session.scalar(select(func.max(IssuedVersion.number)).where(IssuedVersion.kind == kind,
                                                                        IssuedVersion.period_start == period_start))
    return number or 0


def annex_of(version: IssuedVersion) -> tuple[AnnexLine, ...]:
    return tuple(AnnexLine(**line) for line in version.annex or [])


def pending(ctx, kind: str, period_start: date) -> tuple[IssuedVersion | None, dict, list[AnnexLine]]:
    """(the last issued version or None, the snapshot now, the changes since that version)."""
    versions = history(ctx.session, kind, period_start)
    last = versions[-1] if versions else None
    now = current(ctx, kind, period_start)
    return last, now, (annex_between(ctx, last.snapshot, now) if last else [])


def issue(session, kind: str, period_start: date, by: str | None, ctx=None) -> IssuedVersion:
    """Issue the month or week as it stands: number 0 the first time, then the next number with the annex
    of changes since the last version. Nothing changed since the last version: Conflict (409).
    `ctx` (clock, zone) defaults to the app's on `session`. Leaves committing to the caller."""
    ctx = ctx or _ctx(session)
    last, now, changes = pending(ctx, kind, period_start)
    if last is not None and not changes:
        raise Conflict(f"Không có thay đổi nào kể từ lần ban hành gần nhất ({_version_words(last)}, "
                       f"{last.issued_at.astimezone(ctx.tz):%H:%M %d/%m/%Y}); không ban hành lại.")
    version = IssuedVersion(kind=kind, period_start=period_start, number=0 if last is None else last.number + 1,
                            issued_at=ctx.now(), issued_by=(by or "")[:200] or None, snapshot=now,
                            annex=[asdict(line) for line in changes])
    session.add(version)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise Conflict("Một người khác vừa ban hành lịch này; hãy tải lại trang để xem lần ban hành mới.") from None
    return version


def for_export(session, kind: str, period_start: date) -> Revision:
    """The revision an export of this month (`kind` "month", period_start the 1st) or week ("week",
    period_start its Monday) carries now: unchanged since the last issued version (or never issued) ->
    that version's number and annex (0 and none); changed -> the next number and the changes since it."""
    ctx = _ctx(session)
    last, _, changes = pending(ctx, kind, period_start)
    if last is None:
        return Revision()
    if not changes:
        return Revision(last.number, annex_of(last))
    return Revision(last.number + 1, tuple(changes))


def _version_words(version: IssuedVersion) -> str:
    return "bản gốc" if version.number == 0 else f"điều chỉnh lần {version.number}"


def _ctx(session):
    """A Ctx on `session` with the app's clock and settings (the export and the API call with a session)."""
    from service.context import state  # noqa: PLC0415 - needs the app only when called
    return state().ctx(session)
