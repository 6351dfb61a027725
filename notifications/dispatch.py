"""The dispatcher: claim due reminders, send one digest per unit, record what happened.

Safe with several dispatchers at once: a claim is one conditional UPDATE (with FOR UPDATE SKIP LOCKED
on PostgreSQL), so a row is claimed by one run only. A claim is a lease (REMINDER_LEASE_SECONDS), renewed
once a quarter of it has gone by (checked before every email), so a slow run keeps its rows; a run that dies mid-send leaves rows that another run
takes over once the lease expires, and sends them with the same Message-ID, which is fixed (and committed)
before the first try. Fencing: a run sends only rows it still holds and records an outcome only on rows it
holds (WHERE claimed_by = the run); a row re-planned meanwhile (notifications.plan marks it superseded) is
recorded as sent under the old plan, never as the new plan's "sent".
"""
import logging
import smtplib
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import set_committed_value

from notifications import digests, notices, plan, render, webhook
from service.db import in_chunks
from service.errors import Conflict, NotFound
from service.models import AgendaItem, Event, Preparation, Reminder, Unit

log = logging.getLogger(__name__)
FIRST_RETRY = timedelta(minutes=2)  # then 4, 8, 16 ... minutes
MAX_RETRY = timedelta(hours=6)


@dataclass
class Summary:
    emails: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    expired: int = 0
    cancelled: int = 0
    superseded: int = 0  # re-planned while this run held them: sent under the old plan, or not at all
    webhooks: int = 0  # notices a unit's webhook accepted
    warnings: list = field(default_factory=list)

    def text(self) -> str:
        parts = [f"Đã gửi {self.emails} email ({self.sent} lượt nhắc)"]
        if self.webhooks:
            parts.append(f"{self.webhooks} thông báo qua webhook")
        if self.retrying:
            parts.append(f"{self.retrying} lượt sẽ gửi lại sau")
        if self.failed:
            parts.append(f"{self.failed} lượt thất bại")
        if self.expired:
            parts.append(f"{self.expired} lượt bỏ qua vì cuộc họp đã diễn ra")
        if self.cancelled:
            parts.append(f"{self.cancelled} lượt hủy vì không còn cần nhắc")
        if self.superseded:
            parts.append(f"{self.superseded} lượt được thay bằng lịch mới trong lúc gửi")
        return "; ".join(parts) + "." + "".join(f"\nCảnh báo: {w}" for w in self.warnings)


def backoff(attempts: int) -> timedelta:
    return min(FIRST_RETRY * 2 ** (attempts - 1), MAX_RETRY)


def _retire(ctx, now, summary) -> None:
    """Pending reminders that are no longer useful: the meeting has begun (expired); the item was
    submitted or withdrawn, or the meeting cancelled (cancelled; notices of cancellation excepted)."""
    begun = select(Event.id).where(Event.range_start <= now)
    free = or_(Reminder.claimed_until.is_(None), Reminder.claimed_until <= now)  # another run's are its own
    units = Reminder.person_id.is_(None)  # notices to persons have their own end (expires_at): a cancellation is news
    result = ctx.session.execute(update(Reminder).where(
        Reminder.status == "pending", free, Reminder.expires_at <= now).values(status="expired", updated_at=now))
    summary.expired += result.rowcount
    moot = or_(Reminder.item_id.in_(select(AgendaItem.id).where(
                   or_(AgendaItem.submitted_at.is_not(None), AgendaItem.removed_at.is_not(None)))),
               exists().where(Preparation.item_id == Reminder.item_id, Preparation.unit_id == Reminder.unit_id,
                              Preparation.submitted_at.is_not(None)),
               Reminder.event_id.in_(select(Event.id).where(Event.status == "cancelled")))
    # The rows due now are few, but PostgreSQL cannot know it (the pending rows of every office are mostly in
    # the future): asked in one statement it hashed every event of the deployment. Their ids first, then
    # the checks on those rows only (by primary key), a chunk at a time.
    due = ctx.session.scalars(select(Reminder.id).where(Reminder.status == "pending", Reminder.due_at <= now,
                                                        free, units).order_by(Reminder.id)).all()
    for ids in in_chunks(due):
        batch = Reminder.id.in_(ids)
        result = ctx.session.execute(update(Reminder).where(batch, Reminder.status == "pending", free,
                                                            Reminder.event_id.in_(begun))
                                     .values(status="expired", updated_at=now))
        summary.expired += result.rowcount
        result = ctx.session.execute(update(Reminder).where(batch, Reminder.status == "pending", free,
                                                            Reminder.kind != "cancelled", moot)
                                     .values(status="cancelled", updated_at=now))
        summary.cancelled += result.rowcount
    ctx.session.commit()


def _lease(ctx) -> timedelta:
    return timedelta(seconds=ctx.config.reminder_lease_seconds)


def _claim(ctx, now, worker) -> list[Reminder]:
    free = and_(Reminder.status == "pending", Reminder.due_at <= now,
                or_(Reminder.next_attempt_at.is_(None), Reminder.next_attempt_at <= now),
                or_(Reminder.claimed_until.is_(None), Reminder.claimed_until <= now))
    candidates = select(Reminder.id).where(free).with_for_update(skip_locked=True)  # FOR UPDATE: PostgreSQL only
    ctx.session.execute(update(Reminder).where(Reminder.id.in_(candidates), free)
                        .values(claimed_by=worker, claimed_until=now + _lease(ctx))
                        .execution_options(synchronize_session=False))
    ctx.session.commit()
    return ctx.session.scalars(
        select(Reminder).where(Reminder.claimed_by == worker, Reminder.status == "pending")
        .options(selectinload(Reminder.unit),
                 selectinload(Reminder.event).selectinload(Event.location),
                 selectinload(Reminder.item).selectinload(AgendaItem.preparations))
        .order_by(Reminder.id)).all()


def _batches(ctx, rows) -> list[tuple[Unit, list[Reminder]]]:
    """One digest per unit, one email of change notices per person, one per digest to a person; rows that
    already went out in an email (a run died) go out in the same one."""
    groups = defaultdict(list)
    for row in rows:
        groups[row.message_id or _batch_key(row)].append(row)
    fixed = []
    for key, members in groups.items():
        if not isinstance(key, str):
            mid = render.message_id([r.id for r in members], ctx.config)
            fixed += [{"id": r.id, "message_id": mid} for r in members]
            for row in members:
                set_committed_value(row, "message_id", mid)
    if fixed:  # one executemany by primary key, not an UPDATE per unit
        ctx.session.execute(update(Reminder), fixed)
    ctx.session.commit()  # the Message-ID is on record before anything is sent
    return [(members[0].unit, members) for members in groups.values()]


def _batch_key(row: Reminder) -> tuple:
    if row.person_id is None:
        return ("unit", row.unit_id)
    return ("person", row.person_id) if row.kind == "change" else ("row", row.id)


def _set(ctx, rows, mirror=(), **values) -> None:
    """One UPDATE for many rows (the ORM would flush them one by one); `mirror` names the values the run
    still reads from the loaded objects."""
    ctx.session.execute(update(Reminder).where(Reminder.id.in_([r.id for r in rows])).values(**values)
                        .execution_options(synchronize_session=False))
    for row in rows:
        for name in mirror:
            set_committed_value(row, name, values[name])


def run_due(ctx, mailer, channel=None) -> Summary:
    """Send every reminder due at ctx.now(), by email and to the units' webhooks (`channel`, default a
    notifications.webhook.WebhookChannel). Returns what happened."""
    now, worker, summary = ctx.now(), uuid.uuid4().hex, Summary()
    _retire(ctx, now, summary)
    rows = _claim(ctx, now, worker)
    if not rows:
        return summary
    calendars = {}

    def calendar_of(office_id):
        """An event's office's working days (its deadlines were counted in them: "còn N ngày làm việc"),
        read once per office."""
        if office_id not in calendars:
            calendars[office_id] = ctx.work_calendar(office_id)
        return calendars[office_id]

    lease = _Lease(ctx, worker, renewed=now)
    channel = channel or webhook.WebhookChannel()
    with mailer:
        for unit, members in _batches(ctx, rows):
            held = _renew(ctx, lease, members, summary)
            if held:
                _send(ctx, mailer, channel, unit, held, calendar_of, summary, worker)
    return summary


class _Lease:
    """The run's claim on its rows. Renewing it is one UPDATE of every row the run still holds, so it is done
    once a quarter of the lease has gone by rather than before every email (which made a run of n emails
    rewrite O(n²) rows): the lease then never has less than three quarters of its length left when a send
    starts, and fencing itself does not rest on it (outcomes are recorded only WHERE claimed_by = the run)."""

    def __init__(self, ctx, worker, renewed):
        self.ctx, self.worker, self.renewed = ctx, worker, renewed

    def keep(self, now) -> None:
        if now - self.renewed >= _lease(self.ctx) / 4:
            self.ctx.session.execute(update(Reminder).where(Reminder.claimed_by == self.worker)
                                     .values(claimed_until=now + _lease(self.ctx))
                                     .execution_options(synchronize_session=False))
            self.renewed = now


def _renew(ctx, lease, rows, summary) -> list[Reminder]:
    """Renew the run's lease if it is due, then keep of `rows` what the run still holds and is still wanted;
    rows superseded before they went out are released as not sent."""
    now, worker = ctx.now(), lease.worker
    lease.keep(now)
    current = dict(ctx.session.execute(select(Reminder.id, Reminder.status).where(
        Reminder.id.in_([r.id for r in rows]), Reminder.claimed_by == worker)).all())
    superseded = [r for r in rows if current.get(r.id) == "superseded"]
    if superseded:
        _set(ctx, superseded, claimed_by=None, claimed_until=None, updated_at=now,
             last_error="Lịch đã thay đổi trước khi gửi; lượt nhắc mới thay thế lượt này")
        summary.superseded += len(superseded)
    ctx.session.commit()
    return [r for r in rows if current.get(r.id) == "pending"]


def _unit_mail(ctx, unit, rows, calendar_of) -> notices.Outgoing:
    hook = webhook.address(unit)  # the unit's webhook is one more of its addresses
    if not unit.emails and hook is None:
        return notices.Outgoing([], no_address=f"Đơn vị \"{unit.name}\" (id {unit.id}) chưa có địa chỉ email")
    items = render.entries(ctx, unit.id, rows, calendar_of)
    message = render.message(ctx, unit, items, rows[0].message_id)

    def payload():  # built only when the webhook is still to be told
        return webhook.reminder_payload(ctx, unit, items, rows[0].message_id, render.subject(items),
                                        webhook.plain_text(message))
    return notices.Outgoing(list(unit.emails), message, hook=hook, hook_target=(unit.webhook_url,
                            unit.webhook_secret, payload) if hook else None)


def _send(ctx, mailer, channel, unit, rows, calendar_of, summary, worker) -> None:
    now = ctx.now()
    if rows[0].kind in ("daily", "weekly"):  # a person's digest: notifications.digests
        mail = digests.compose(ctx, rows[0].person, rows[0])
    elif rows[0].person_id is not None:  # change notices to a person: notifications.notices
        mail = notices.compose(ctx, rows)
    else:
        mail = _unit_mail(ctx, unit, rows, calendar_of)
    if mail.skip:  # nothing left to tell (changes undone, an empty digest, notices turned off)
        summary.cancelled += _finish(ctx, worker, rows, now, status="cancelled", error=mail.skip)
        ctx.session.commit()
        return
    if not mail.addresses and mail.hook is None:
        warning = f"{mail.no_address}: {len(rows)} lượt nhắc không gửi được"
        log.warning(warning)
        summary.warnings.append(warning)
        _finish(ctx, worker, rows, now, status="failed", error=f"{mail.no_address}; thêm email rồi gửi lại")
        summary.failed += len(rows)
        ctx.session.commit()
        return
    delivered = set(rows[0].delivered_to or [])  # a batch is one message, sent to the same addresses
    recipients = [address for address in mail.addresses if address not in delivered]
    accepted, temporary, permanent, whole = [], {}, {}, None  # address -> reply; whole: the message refused
    if recipients:
        try:
            refused = mailer.send(mail.message, recipients)
        except Exception as exc:  # noqa: BLE001 - any failure to hand over the mail: retry later, never crash
            whole = f"{type(exc).__name__}: {exc}"[:1000]
            log.warning("reminders %s not sent (%s)", [r.id for r in rows], whole)
            final = isinstance(exc, smtplib.SMTPResponseException) and 500 <= exc.smtp_code < 600
            (permanent if final else temporary).update(dict.fromkeys(recipients, None))
        else:
            accepted = [address for address in recipients if address not in refused]
            for address, (code, reply) in refused.items():
                text = f"{code} {reply.decode(errors='replace') if isinstance(reply, bytes) else reply}"
                (permanent if 500 <= code < 600 else temporary)[address] = text
            if accepted:
                summary.emails += 1
    if mail.hook is not None and mail.hook not in delivered:
        url, secret, payload = mail.hook_target
        outcome = channel.deliver(url, secret, payload(), now)
        if outcome.accepted:
            accepted.append(mail.hook)
            summary.webhooks += 1
        else:
            log.warning("reminders %s not taken by the webhook (%s)", [r.id for r in rows], outcome.reason)
            (permanent if outcome.permanent else temporary)[mail.hook] = outcome.reason
    values = {"delivered_to": sorted(delivered | set(accepted))}
    if accepted:
        values["sent_at"] = now
    if temporary:  # those addresses alone are tried again; the accepted ones are not sent it twice
        error = _error("Địa chỉ tạm thời chưa nhận, sẽ gửi lại riêng địa chỉ đó: ", temporary, whole)
        if permanent:  # tried again with the others (no per-address "failed" state yet): say why it may fail
            error = (error + "; " + _error("Địa chỉ bị từ chối hẳn: ", permanent, whole))[:1000]
        recorded = _retry_or_fail(ctx, worker, rows, now, error, summary, permanent=False, **values)
    elif permanent:  # a 5xx (a 4xx of a webhook) is final: retrying would only be refused again
        recorded = 0
        for attempts, tried in _by_attempts(rows):
            recorded += _finish(ctx, worker, tried, now, status="failed", attempts=attempts,
                                error=_error("Địa chỉ bị từ chối hẳn: ", permanent, whole), **values)
        summary.failed += recorded
    else:
        recorded = 0
        for attempts, tried in _by_attempts(rows):
            recorded += _finish(ctx, worker, tried, now, status="sent", error=None, attempts=attempts, **values)
        summary.sent += recorded
    # Every row recorded means none was re-planned meanwhile: the UPDATE looking for those is skipped.
    if accepted and recorded < len(rows) and (went_out := _went_out_superseded(ctx, worker, rows, now)):
        summary.superseded += went_out
        ctx.session.expire_all()
        for event in {r.event for r in rows if r.person_id is None}:  # the plan now knows who was told
            # (cancellation notices); a person's next notice reads what went out itself (notices.told_before)
            plan.plan_event(ctx, event)
    ctx.session.commit()


def _error(lead: str, refused: dict, whole: str | None) -> str:
    """The reason recorded: the mail server's answer to the whole message, else each address's."""
    whole = whole if None in refused.values() else None  # the whole message's answer, where it belongs
    if whole is not None and all(reply is None for reply in refused.values()):
        return whole
    parts = ([whole] if whole else []) + [lead + "; ".join(f"{address} ({reply})" for address, reply
                                                           in sorted(refused.items()) if reply is not None)]
    return "; ".join(parts)[:1000]


def _by_attempts(rows):
    """The rows grouped by the number of tries this one makes for them."""
    for attempts in sorted({r.attempts + 1 for r in rows}):
        yield attempts, [r for r in rows if r.attempts + 1 == attempts]


def _retry_or_fail(ctx, worker, rows, now, error, summary, permanent: bool, **values) -> int:
    """Try again later with backoff, or fail: at once for a permanent refusal, else after the last try.
    Returns how many rows it recorded."""
    recorded = 0
    for attempts, tried in _by_attempts(rows):
        if permanent or attempts >= ctx.config.reminder_max_attempts:
            count = _finish(ctx, worker, tried, now, status="failed", error=error, attempts=attempts, **values)
            summary.failed += count
        else:
            count = _finish(ctx, worker, tried, now, status="pending", error=error, attempts=attempts,
                            next_attempt_at=now + backoff(attempts), **values)
            summary.retrying += count
        recorded += count
    return recorded


def _finish(ctx, worker, rows, now, status, error, **values) -> int:
    """Record an outcome on the rows this run still holds and that are still wanted (fencing). Returns how
    many it recorded."""
    result = ctx.session.execute(
        update(Reminder).where(Reminder.id.in_([r.id for r in rows]), Reminder.claimed_by == worker,
                               Reminder.status == "pending")
        .values(status=status, last_error=error, updated_at=now, claimed_by=None, claimed_until=None, **values)
        .execution_options(synchronize_session=False))
    return result.rowcount


def _went_out_superseded(ctx, worker, rows, now) -> int:
    """Rows re-planned while their email was on its way: it went out under the old plan (recorded, so the
    plan knows the unit was told), and the new row that superseded it goes out on its own day."""
    result = ctx.session.execute(
        update(Reminder).where(Reminder.id.in_([r.id for r in rows]), Reminder.claimed_by == worker,
                               Reminder.status == "superseded")
        .values(sent_at=now, updated_at=now, claimed_by=None, claimed_until=None,
                last_error="Đã gửi theo lịch cũ; lịch thay đổi trong lúc gửi, lượt nhắc mới thay thế lượt này")
        .execution_options(synchronize_session=False))
    return result.rowcount


def resend(ctx, ident) -> Reminder:
    """A failed reminder goes back to the outbox, with its tries counted afresh."""
    row = ctx.session.get(Reminder, ident)
    if row is None:
        raise NotFound(f"Không có nhắc việc nào có id {ident}")
    if row.status != "failed":
        raise Conflict(f"Chỉ gửi lại được nhắc việc đã thất bại (nhắc việc này đang ở trạng thái {row.status})")
    row.status, row.attempts, row.next_attempt_at, row.updated_at = "pending", 0, None, ctx.now()
    return row
