"""Notices to persons: what planning change notices adds to an edit, and dispatching them to a local aiosmtpd
server. 300 meetings in the next week (5 attendees and a group of 8 each, 200 persons with an email) are
moved twice, a minute apart: the first edit plans the notices, the second joins them (coalescing)."""
import random
import time
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from bench.common import TZ, scratch_app, table
from notifications.dispatch import run_due
from notifications.mail import SmtpMailer
from service.clock import FixedClock
from service.directory import save_group, save_person
from service.events import create_event, update_event
from service.models import Reminder
from service.schemas import EventCreate, EventPatch, GroupIn, PersonIn
from tests.smtp_server import SmtpServer

MONDAY = date(2024, 3, 25)
MEETINGS = 300


def _edits(ctx, ids, day_shift, rnd) -> float:
    started = time.perf_counter()
    for event_id in ids:
        day = MONDAY + timedelta(days=rnd.randrange(5) + day_shift)
        update_event(ctx, event_id, EventPatch(start=day.isoformat(), slot=rnd.choice(["morning", "afternoon"])))
    ctx.session.commit()
    return (time.perf_counter() - started) * 1000 / len(ids)


def run() -> str:
    rnd = random.Random(7)
    app, ctx, _ = scratch_app("notices")
    clock = ctx.clock = FixedClock(datetime.combine(MONDAY, datetime.min.time(), TZ) - timedelta(days=2))
    persons = [save_person(ctx, PersonIn(name=f"Người {i}", email=f"nguoi{i}@example.gov.vn")).id for i in range(200)]
    groups = [save_group(ctx, GroupIn(name=f"Nhóm {i}", member_ids=rnd.sample(persons, 8))).id for i in range(20)]
    far = [create_event(ctx, EventCreate(title=f"Hội nghị {i}", start=(MONDAY + timedelta(days=30)).isoformat(),
                                         slot="morning", attendee_ids=rnd.sample(persons, 5),
                                         group_ids=[rnd.choice(groups)])).id for i in range(MEETINGS)]
    ctx.session.commit()
    far_ms = _edits(ctx, far, 35, rnd)  # beyond NOTICE_DAYS: the listener only looks
    ctx.session.execute(Reminder.__table__.delete())
    ctx.session.commit()
    first_ms = _edits(ctx, far, 0, rnd)  # into the week: notices planned
    planned = ctx.session.scalar(select(func.count()).select_from(Reminder).where(Reminder.person_id.is_not(None)))
    clock.advance(minutes=1)
    second_ms = _edits(ctx, far, 0, rnd)  # a minute later: joined to the rows planned
    rows = ctx.session.scalar(select(func.count()).select_from(Reminder).where(Reminder.person_id.is_not(None)))
    smtp = SmtpServer().start()
    try:
        ctx.clock = FixedClock(clock.now() + timedelta(minutes=5))
        started = time.perf_counter()
        summary = run_due(ctx, SmtpMailer("127.0.0.1", smtp.port))
        dispatch_s = time.perf_counter() - started
    finally:
        smtp.stop()
    out = [("measure", "value"),
           ("edit of a meeting beyond NOTICE_DAYS", f"{far_ms:.1f} ms per edit"),
           ("edit into the week (plans its notices)", f"{first_ms:.1f} ms per edit ({planned} notice rows)"),
           ("edit a minute later (coalesced)", f"{second_ms:.1f} ms per edit ({rows} notice rows still)"),
           (f"dispatch {rows} change notices", f"{dispatch_s:.2f} s: {summary.emails} emails "
                                                f"({summary.emails / dispatch_s:.0f} emails/s)")]
    return table("Notices", out)
