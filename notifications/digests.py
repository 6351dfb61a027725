"""Digests to persons who ask for them: every evening "Lịch ngày mai" (DIGEST_TIME, local), on Fridays also
"Lịch tuần sau". Planned by the scheduler job (plan), one outbox row per person and day or week under a
unique key, so two schedulers plan it once and the dispatcher's claims send it once; what it lists is read
when it is sent (an edit after planning is in it), and an empty one is not sent at all."""
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from notifications.notices import (SLOT_WORDS, Outgoing, _mail, _weekday, event_url, no_address,
                                   reachable_clause, to_person)
from service.calendar_rules import local_midnight
from service.models import Person, Reminder
from service.offices import name_of
from service.vocabulary import day_label

FRIDAY = 4


def _key(kind: str, person_id: int, day: date) -> str:
    return f"{kind}:{person_id}:{day.isoformat()}"


def plan(ctx) -> int:
    """Plan today's digests (due at DIGEST_TIME today, local); returns how many rows it added."""
    now, tz = ctx.now(), ctx.tz
    today = now.astimezone(tz).date()
    due = datetime.combine(today, ctx.config.digest_time, tz)
    wanted = [("daily", Person.digest_daily, today + timedelta(days=1), 1)]
    if today.weekday() == FRIDAY:
        wanted.append(("weekly", Person.digest_weekly, today + timedelta(days=3), 7))  # Monday to Sunday
    rows = []
    for kind, flag, first, days in wanted:
        persons = ctx.session.scalars(select(Person.id).where(flag.is_(True), Person.active.is_(True),
                                                              reachable_clause())).all()
        # Every tick plans again: skip the keys already there (an ON CONFLICT still takes an id on PostgreSQL).
        planned = set(ctx.session.scalars(select(Reminder.notice_key).where(
            Reminder.notice_key.in_([_key(kind, pid, first) for pid in persons])))) if persons else set()
        persons = [pid for pid in persons if _key(kind, pid, first) not in planned]
        rows += [{"kind": kind, "person_id": pid, "offset_days": 0, "due_at": due, "status": "pending",
                  "attempts": 0, "delivered_to": [], "notice_key": _key(kind, pid, first),
                  "payload": {"first": first.isoformat(), "days": days},
                  # read on the day it covers, a digest of "tomorrow" is news of yesterday: not sent
                  "expires_at": local_midnight(first, tz), "created_at": now, "updated_at": now}
                 for pid in persons]
    if not rows:
        return 0
    insert = pg_insert if ctx.session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # The unique key makes a second scheduler's (or a later tick's) plan a no-op.
    result = ctx.session.execute(insert(Reminder).values(rows).on_conflict_do_nothing(index_elements=["notice_key"]))
    ctx.session.commit()
    return max(result.rowcount, 0)


@dataclass
class Line:
    day: date
    when: str
    title: str
    location: str | None
    status: str
    link: str


def _occ_when(event, occ, tz) -> str:
    if isinstance(occ.start, datetime):
        start, end = occ.start.astimezone(tz), occ.end.astimezone(tz)
        if event.slot and not occ.moved:
            return f"{SLOT_WORDS[event.slot]} ({start:%H:%M}–{end:%H:%M})"
        return f"{start:%H:%M}–{end:%H:%M}"
    if occ.end != occ.start:
        return f"Cả ngày, đến {_weekday(occ.end)}"
    return "Cả ngày"


def lines(ctx, person_id: int, first: date, days: int) -> list[Line]:
    from service.events import list_occurrences  # service.events loads the app's listeners
    lo = local_midnight(first, ctx.tz)
    hi = local_midnight(first + timedelta(days=days), ctx.tz)
    out = []
    for event, occ in list_occurrences(ctx, lo, hi, person_id=person_id):
        if occ is None or occ.cancelled or event.status == "cancelled":
            continue
        start = occ.start.astimezone(ctx.tz).date() if isinstance(occ.start, datetime) else occ.start
        out.append(Line(max(start, first), _occ_when(event, occ, ctx.tz), event.title,
                        event.location.name if event.location else None, event.status,
                        event_url(ctx.config, event.id)))
    return out


def compose(ctx, person, row) -> Outgoing:
    if not person.active or not (person.digest_daily if row.kind == "daily" else person.digest_weekly):
        return Outgoing([], skip="Người nhận đã tắt bản tin lịch")
    first, days = date.fromisoformat(row.payload["first"]), row.payload["days"]
    found = lines(ctx, person.id, first, days)
    if not found:
        return Outgoing([], skip="Không có lịch nào: không gửi bản tin trống")
    if not person.email and not person.webhook_url:
        return Outgoing([], no_address=no_address(person))
    if row.kind == "daily":
        heading = f"Lịch ngày mai, {day_label(first)}"
        subject = f"[Lịch ngày mai] {day_label(first)}: {len(found)} sự kiện"
    else:
        last = first + timedelta(days=days - 1)
        heading = f"Lịch tuần sau, từ {first:%d/%m} đến {last:%d/%m/%Y}"
        subject = f"[Lịch tuần sau] {first:%d/%m}–{last:%d/%m/%Y}: {len(found)} sự kiện"
    by_day = {}
    for line in found:
        by_day.setdefault(line.day, []).append(line)
    values = {"person": person, "office": name_of(ctx, person.office_id), "heading": heading,
              "days": [(day_label(d), by_day[d]) for d in sorted(by_day)]}
    msg = _mail(ctx, person, subject, "person_digest", values)
    msg["Message-ID"] = row.message_id
    return to_person(person, msg, "digest", [{"day": line.day.isoformat(), "when": line.when, "title": line.title,
                                              "location": line.location, "status": line.status, "link": line.link}
                                             for line in found])
