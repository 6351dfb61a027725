"""Change notices to persons ("Thay đổi lịch"): planned in the transaction of the change, sent by the
dispatcher (notifications.dispatch) from the same outbox, under the same claims, leases and fencing.

One row per (event, person, burst of changes). A row holds what the person saw before the burst and what
the event is now ({"before": view, "after": view}; a view is None when the person is not summoned in that
state: added, removed, a new event). Changes within NOTICE_COALESCE_MINUTES of the first one update the
row while no dispatcher holds it, so the person gets one email with every change, old -> new. A row a
dispatcher holds is never rewritten: it is superseded and a new row carries the rest; what the new row
calls "before" is decided when it is sent (the superseded one went out: its "after"; it did not: its own
"before"), so nothing is told twice and nothing is lost.

Only events with an occurrence in the next NOTICE_DAYS, in the old or the new state, are noticed: further
out, the subscribed feed has long caught up before the meeting.
"""
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from types import SimpleNamespace

from sqlalchemy import and_, or_, select

from service import ical
from notifications import webhook
from notifications.render import TEMPLATES, sender
from service.models import Event, Person, Reminder
from service.models.directory import group_members
from service.offices import name_of
from service.timing import TimingError, occurrences, resolve
from service.vocabulary import STATUS_LABELS, WEEKDAY_LABELS, day_label

SLOT_WORDS = {"morning": "Sáng", "afternoon": "Chiều", "evening": "Tối", "full_day": "Cả ngày"}
FIELD_LABELS = {"title": "Nội dung", "when": "Thời gian", "location": "Địa điểm", "status": "Trạng thái"}
TIMING_KEYS = ("start", "end", "all_day", "slot", "month", "rrule", "exceptions")


@dataclass
class Outgoing:
    """One email the dispatcher is to send (or not): to `addresses`; `skip` says why nothing is to be sent
    (the row is cancelled); no addresses fails the rows with `no_address`. `hook` is the recipient's webhook
    as an address of delivered_to, `hook_target` (url, secret, payload()) what to POST there."""

    addresses: list
    message: object = None
    skip: str | None = None
    no_address: str | None = None
    hook: str | None = None
    hook_target: tuple | None = None


# ---- what a person sees of an event -----------------------------------------------------------------

def _weekday(day) -> str:
    label = WEEKDAY_LABELS[day.weekday()]
    return f"{label[0].lower()}{label[1:]}, {day:%d/%m/%Y}"  # "thứ Ba, 21/11/2023"


def _timing(snap: dict, ctx):
    """The stored timing of a snapshot's timing fields (service.events.snapshot), or None if unreadable."""
    try:
        t = resolve({k: snap.get(k) for k in TIMING_KEYS}, ctx.tz, ctx.slot_hours)
    except TimingError:
        return None
    return SimpleNamespace(**t.columns(), exceptions=[SimpleNamespace(**ex) for ex in t.exceptions])


def when_words(t, tz) -> str:
    """"Sáng thứ Ba, 21/11/2023", "08:00–10:00, thứ Ba, 21/11/2023", "Từ thứ Tư, 01/11/2023 đến …"."""
    if t is None or (t.start_at is None and t.start_date is None):
        return f"Chưa xác định ngày (chương trình tháng {t.month:%m/%Y})" if t is not None and t.month else \
            "Chưa xác định ngày"
    if t.all_day:
        text = (f"Từ {_weekday(t.start_date)} đến {_weekday(t.end_date)}" if t.end_date != t.start_date
                else day_label(t.start_date) + " (cả ngày)")
    else:
        start, end = t.start_at.astimezone(tz), t.end_at.astimezone(tz)
        if t.slot:
            text = f"{SLOT_WORDS[t.slot]} {_weekday(start.date())}"
        elif end.date() == start.date():
            text = f"{start:%H:%M}–{end:%H:%M}, {_weekday(start.date())}"
        else:
            text = f"Từ {start:%H:%M} {_weekday(start.date())} đến {end:%H:%M} {_weekday(end.date())}"
    if t.rrule:
        text = f"{text}, lặp lại ({t.rrule})"
    for ex in t.exceptions:
        original = ex.original_start.astimezone(tz).date()
        if ex.cancelled:
            text += f"; không diễn ra {_weekday(original)}"
        else:
            moved = ex.start_date if t.all_day else ex.start_at.astimezone(tz)
            text += f"; buổi {_weekday(original)} dời sang " + (
                _weekday(moved) if t.all_day else f"{moved:%H:%M} {_weekday(moved.date())}")
    return text


def view(snap: dict, t, ctx) -> dict:
    return {"title": snap["title"], "status": snap["status"], "when": when_words(t, ctx.tz),
            "location": snap.get("location")}


def _in_window(t, ctx, now) -> list:
    """The occurrences (cancelled ones too) overlapping [now, now + NOTICE_DAYS)."""
    if t is None:
        return []
    return occurrences(t, now, now + timedelta(days=ctx.config.notice_days), ctx.tz)


def _instant(moment, tz) -> datetime:
    return moment if isinstance(moment, datetime) else datetime.combine(moment, datetime.min.time(), tz)


def _summoned(ctx, snap: dict) -> set[int]:
    """Persons the snapshot summons: its chair, attendees and the members of its groups."""
    ids = set(snap.get("attendee_ids") or [])
    if snap.get("chair_id"):
        ids.add(snap["chair_id"])
    if snap.get("group_ids"):
        ids |= set(ctx.session.scalars(select(group_members.c.person_id)
                                       .where(group_members.c.group_id.in_(snap["group_ids"]))))
    return ids


def _reachable(ctx, ids) -> set[int]:
    """Of `ids`, the persons who want change notices and can get them."""
    if not ids:
        return set()
    return set(ctx.session.scalars(select(Person.id).where(
        Person.id.in_(ids), Person.active.is_(True), Person.notify_changes.is_(True),
        reachable_clause())))


def reachable_clause():
    """A person who has somewhere to be told: an email address or a webhook."""
    return or_(and_(Person.email.is_not(None), Person.email != ""), Person.webhook_url.is_not(None))


# ---- planning -----------------------------------------------------------------------------------

def _in_flight(row: Reminder, now) -> bool:
    return row.status in ("pending", "superseded") and row.claimed_until is not None and row.claimed_until > now


def told_before(row: Reminder) -> dict | None:
    """What the person knew before the changes `row` carries: if it supersedes a row that went out, what
    that one said; if that one never went out, what it would have changed from."""
    prev = row.supersedes
    if prev is None:
        return row.payload["before"]
    return prev.payload["after"] if prev.sent_at is not None else told_before(prev)


def on_event_recorded(ctx, event: Event, change) -> None:
    """Subscribed by notifications.init_app: a recorded change (created, updated, cancelled) of an event."""
    from service.events import snapshot  # service.events imports the listeners' module tree at app start
    if change.action not in ("created", "updated", "cancelled"):
        return
    now = ctx.now()
    after_snap = snapshot(event, ctx)
    before_snap = None if change.action == "created" else {
        k: (change.changes[k][0] if k in change.changes else v) for k, v in after_snap.items()}
    # The event itself has the stored timing of its new state; the old one is rebuilt only when it differs.
    t_after = event
    t_before = None if before_snap is None else (
        _timing(before_snap, ctx) if any(k in change.changes for k in TIMING_KEYS) else event)
    occ_after, occ_before = _in_window(t_after, ctx, now), _in_window(t_before, ctx, now)
    if not occ_after and not occ_before:  # beyond NOTICE_DAYS, or over: the feed is enough
        return
    before_ids = _summoned(ctx, before_snap) if before_snap is not None else set()
    after_ids = _summoned(ctx, after_snap)
    concerned = (before_ids if occ_before else set()) | (after_ids if occ_after else set())
    concerned = _reachable(ctx, concerned)
    if not concerned:
        return
    v_before = view(before_snap, t_before, ctx) if before_snap is not None else None
    v_after = view(after_snap, t_after, ctx)
    _plan_all(ctx, event, {p: (v_before if p in before_ids else None, v_after if p in after_ids else None)
                           for p in concerned}, occ_after + occ_before, now)


def on_group_changed(ctx, group, added: set, removed: set) -> None:
    """Subscribed by notifications.init_app: persons joined or left `group`. For each event of the next
    NOTICE_DAYS that summons the group, a person now summoned only through it is told "Mời dự", one no
    longer summoned at all "Không còn trong thành phần" (the event itself did not change)."""
    from service.events import overlapping, snapshot  # see on_event_recorded
    from service.models.events import event_groups
    now = ctx.now()
    soon = overlapping(now, now + timedelta(days=ctx.config.notice_days))  # not the group's years of history
    events = ctx.session.scalars(select(Event).join(event_groups, event_groups.c.event_id == Event.id)
                                 .where(event_groups.c.group_id == group.id, Event.status != "cancelled", soon)
                                 .order_by(Event.id)).all()
    for event in events:
        occ = _in_window(event, ctx, now)
        if not occ:
            continue
        snap = snapshot(event, ctx)
        summoned = _summoned(ctx, snap)
        otherwise = _summoned(ctx, {**snap, "group_ids": [g for g in snap.get("group_ids") or [] if g != group.id]})
        joined = _reachable(ctx, {p for p in added if p in summoned and p not in otherwise})
        left = _reachable(ctx, {p for p in removed if p not in summoned})
        if joined or left:
            v = view(snap, event, ctx)
            _plan_all(ctx, event, {**{p: (None, v) for p in joined}, **{p: (v, None) for p in left}}, occ, now)


def _plan_all(ctx, event, plans: dict, occ: list, now) -> None:
    """Plan (or join) each person's notice: `plans` maps person id -> (what they saw, what is now; None for
    not summoned), `occ` the occurrences in the window that make it worth telling."""
    soonest = min(max(_instant(o.start, ctx.tz), now) for o in occ)
    due = min(now + timedelta(minutes=ctx.config.notice_coalesce_minutes), soonest)  # never after it begins
    until = max(_instant(o.end, ctx.tz) + timedelta(days=1 if not isinstance(o.end, datetime) else 0) for o in occ)
    # Locked (PostgreSQL) and read afresh: a dispatcher's claim (FOR UPDATE SKIP LOCKED) cannot take a row
    # between "not claimed" read here and its rewrite; one that claimed it first is seen as in flight.
    rows = ctx.session.scalars(select(Reminder).where(Reminder.event_id == event.id, Reminder.kind == "change",
                                                      Reminder.person_id.in_(plans))
                               .order_by(Reminder.id).with_for_update()
                               .execution_options(populate_existing=True)).all()
    for person_id in sorted(plans):
        mine = [r for r in rows if r.person_id == person_id]
        before, after = plans[person_id]
        _plan_person(ctx, event, person_id, mine, before, after, now, due, until)


def _plan_person(ctx, event, person_id, rows, before, after, now, due, until) -> None:
    open_row = next((r for r in reversed(rows) if r.status == "pending" and not _in_flight(r, now)), None)
    if open_row is not None:  # not yet claimed: this change joins it
        if open_row.payload["after"] == after:
            return
        open_row.payload = {"before": open_row.payload["before"], "after": after}
        open_row.expires_at = max(open_row.expires_at, until) if open_row.expires_at else until
        open_row.due_at = min(open_row.due_at, due)
        open_row.message_id, open_row.last_error, open_row.delivered_to, open_row.updated_at = None, None, [], now
        # A lapsed claim may still be sending the old text: released, so that run can no longer record this
        # row (as sent) — what it sent is told again with the new state. Tries and backoff are kept.
        open_row.claimed_by, open_row.claimed_until = None, None
        if open_row.supersedes is None and open_row.payload["before"] == after:
            open_row.status = "cancelled"  # undone before it went out: nothing to tell
            open_row.last_error = "Thay đổi đã được hoàn lại trước khi gửi"
        return
    flying = next((r for r in reversed(rows) if _in_flight(r, now)), None)
    if flying is None and before == after:
        return  # nothing the person sees changed (notes, agenda, deadlines)
    row = Reminder(kind="change", person_id=person_id, event_id=event.id, offset_days=0, due_at=due,
                   status="pending", attempts=0, payload={"before": before, "after": after}, expires_at=until,
                   created_at=now, updated_at=now, delivered_to=[])
    if flying is not None:  # on its way: it stays as it is (the dispatcher records whether it went out)
        flying.status, flying.updated_at = "superseded", now
        row.supersedes = flying
        row.payload = {"before": flying.payload["after"], "after": after}
    ctx.session.add(row)


# ---- the email ----------------------------------------------------------------------------------

@dataclass
class Notice:
    """One event of a change notice, as the person reads it."""

    event: object
    state: str  # added | removed | cancelled | changed
    title: str
    lines: list  # "Thời gian: Sáng thứ Ba, 21/11/2023 → Chiều thứ Tư, 22/11/2023"
    after: dict | None
    link: str


def _lines(before: dict, after: dict) -> list[str]:
    out = []
    for key, label in FIELD_LABELS.items():
        if before.get(key) != after.get(key):
            old, new = before.get(key), after.get(key)
            if key == "status":
                old, new = STATUS_LABELS.get(old, old), STATUS_LABELS.get(new, new)
            out.append(f"{label}: {old or '(chưa có)'} → {new or '(không còn)'}")
    return out


def event_url(config, event_id: int) -> str:
    return f"{config.base_url}/su-kien/{event_id}"


def notice_of(ctx, row: Reminder) -> Notice | None:
    before, after = told_before(row), row.payload["after"]
    if before == after:
        return None
    link = event_url(ctx.config, row.event_id)
    if after is None:
        return Notice(row.event, "removed", before["title"], [], None, link)
    if before is None:
        return Notice(row.event, "added", after["title"], [], after, link)
    if after["status"] == "cancelled" and before["status"] != "cancelled":
        return Notice(row.event, "cancelled", after["title"], [], after, link)
    return Notice(row.event, "changed", after["title"], _lines(before, after), after, link)


def subject(notices: list[Notice]) -> str:
    if len(notices) > 1:
        return f"[Thay đổi lịch] {len(notices)} sự kiện của đồng chí có thay đổi"
    n = notices[0]
    prefix = {"added": "Mời dự", "removed": "Không còn trong thành phần", "cancelled": "Đã hủy",
              "changed": "Thay đổi"}[n.state]
    return f"[Thay đổi lịch] {prefix}: {n.title}"[:300]


def _mail(ctx, person, subject_text, template, values, attachments=()) -> MIMEMultipart:
    """compat32 MIME classes, as notifications.render does (a long Vietnamese subject stays readable)."""
    body = MIMEMultipart("alternative")
    body.attach(MIMEText(TEMPLATES.get_template(f"{template}.txt").render(values), "plain", "utf-8"))
    body.attach(MIMEText(TEMPLATES.get_template(f"{template}.html").render(values), "html", "utf-8"))
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for name, text in attachments:
            part = MIMEText(text, "calendar", "utf-8")
            part.set_param("method", "PUBLISH")  # a plain copy of the entry: no invitation to answer
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    else:
        msg = body
    msg["Subject"] = Header(subject_text, "utf-8")
    msg["From"] = sender(ctx.config, name_of(ctx, person.office_id))
    if person.email:  # a person told by webhook alone has none
        msg["To"] = formataddr((person.name, person.email), charset="utf-8")
    msg["Date"] = format_datetime(ctx.now().astimezone(ctx.tz))
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    return msg


def ics(event, tz) -> str:
    """The one event as the feeds publish it (same UID: a client that has the feed updates, not doubles)."""
    return ical.calendar(event.title, [ical.event_block(event, tz)], tz)


def compose(ctx, rows: list[Reminder]) -> Outgoing:
    """The email of a batch of one person's change notices (a digest's is notifications.digests.compose)."""
    person = rows[0].person
    if not person.active or not person.notify_changes:
        return Outgoing([], skip="Người nhận đã tắt thông báo thay đổi lịch")
    notices = [n for n in (notice_of(ctx, r) for r in sorted(rows, key=lambda r: r.id)) if n is not None]
    if not notices:
        return Outgoing([], skip="Các thay đổi đã được hoàn lại trước khi gửi; không còn gì để báo")
    if not person.email and not person.webhook_url:
        return Outgoing([], no_address=no_address(person))
    attachments = []
    if person.attach_ics:
        attachments = [(f"su-kien-{n.event.id}.ics", ics(n.event, ctx.tz)) for n in notices
                       if n.state != "removed" and n.event.dated]
    values = {"person": person, "office": name_of(ctx, person.office_id), "notices": notices}
    msg = _mail(ctx, person, subject(notices), "notice", values, attachments)
    msg["Message-ID"] = rows[0].message_id
    return to_person(person, msg, "notice", [webhook.event_json(n.event, ctx.tz) for n in notices])


def no_address(person) -> str:
    return f"{person.name} (người, id {person.id}) chưa có địa chỉ email"


def to_person(person, msg, kind: str, entries: list[dict]) -> Outgoing:
    """The email to the person's address and the same words to their webhook, if they have one."""
    hook = webhook.address(person)
    target = (person.webhook_url, person.webhook_secret,
              lambda: webhook.person_payload(person, kind, msg, entries)) if hook else None
    return Outgoing([person.email] if person.email else [], msg, hook=hook, hook_target=target,
                    no_address=no_address(person))

