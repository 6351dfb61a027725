"""Reminders: planning a month's program, and dispatching 10,000 due reminders for 300 units to a local
aiosmtpd server, against the floor of the same number of ready-made messages sent with smtplib alone."""
import random
import smtplib
import time
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select

from bench.common import TZ, scratch_app, table
from notifications.dispatch import run_due
from notifications.mail import SmtpMailer
from notifications.plan import plan_event
from service.clock import FixedClock
from service.directory import save_unit
from service.events import create_event
from service.models import Event, Reminder
from service.schemas import EventCreate, UnitIn
from tests.smtp_server import SmtpServer

MEETING_DAY = date(2024, 3, 28)  # a Thursday: every reminder of its items is due by the evening before


def program(ctx, units, items, per_event=10, seed=4):
    """`items` agenda items in meetings of `per_event` items, one or two preparing units each."""
    rnd = random.Random(seed)
    for e in range(items // per_event):
        day = MEETING_DAY - timedelta(days=rnd.randrange(0, 3))
        agenda = [{"number": k + 1, "title": f"Báo cáo kết quả thực hiện nhiệm vụ {e}.{k + 1}",
                   "unit_ids": rnd.sample(units, rnd.choice((1, 1, 2)))} for k in range(per_event)]
        create_event(ctx, EventCreate(title=f"Hội nghị {e}", start=day.isoformat(), slot="afternoon",
                                      location=f"Phòng họp {e % 7}", agenda=agenda))
    ctx.session.commit()


def run() -> str:
    app, ctx, _ = scratch_app("reminders")
    units = [save_unit(ctx, UnitIn(name=f"Phòng {i}", emails=[f"phong{i}@example.gov.vn"])).id for i in range(300)]
    ctx.session.commit()

    # Planning: a month's program of 500 items, planned afresh (all reminder rows removed first).
    program(ctx, units, 500)
    events = ctx.session.scalars(select(Event)).all()
    ctx.session.execute(delete(Reminder))
    started = time.perf_counter()
    for event in events:
        plan_event(ctx, event)
    ctx.session.commit()
    plan_ms = (time.perf_counter() - started) * 1000
    planned = ctx.session.scalar(select(func.count()).select_from(Reminder))

    # Dispatch: enough items for 10,000 due reminders (4 per item and unit), then one run at the day before.
    program(ctx, units, 2000, seed=5)
    ctx.session.execute(delete(Reminder).where(Reminder.id.in_(
        select(Reminder.id).order_by(Reminder.id.desc()).offset(10_000))))
    ctx.session.commit()
    due = ctx.session.scalar(select(func.count()).select_from(Reminder))
    smtp = SmtpServer().start()
    try:
        ctx.clock = FixedClock(datetime.combine(MEETING_DAY - timedelta(days=3), datetime.min.time(), TZ))
        started, cpu = time.perf_counter(), time.process_time()
        summary = run_due(ctx, SmtpMailer("127.0.0.1", smtp.port))
        dispatch_s, dispatch_cpu = time.perf_counter() - started, time.process_time() - cpu
        received = list(smtp.recorder.raw)
        # The floor: the same messages, ready-made, over one smtplib connection to the same server.
        started, cpu = time.perf_counter(), time.process_time()
        with smtplib.SMTP("127.0.0.1", smtp.port) as client:
            for rcpts, content in received:
                client.sendmail("floor@example.gov.vn", rcpts, content)
        floor_s, floor_cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        smtp.stop()
    rows = [("measure", "value")]
    rows.append(("plan a month of 500 agenda items", f"{plan_ms:.0f} ms ({planned} reminders planned)"))
    rows.append((f"dispatch {due} due reminders, {len(units)} units",
                 f"{dispatch_s:.2f} s: {summary.emails} emails ({summary.emails / dispatch_s:.0f} emails/s, "
                 f"{summary.sent / dispatch_s:.0f} reminders/s)"))
    rows.append(("floor: same emails, smtplib alone", f"{floor_s:.2f} s ({len(received) / floor_s:.0f} emails/s); "
                                                      f"dispatch / floor = {dispatch_s / floor_s:.1f}x"))
    # CPU time of this process (the SMTP server's thread included, in both): steadier than the wall clock on a
    # shared machine.
    rows.append(("CPU time: dispatch, floor", f"{dispatch_cpu:.2f} s, {floor_cpu:.2f} s; "
                                              f"dispatch / floor = {dispatch_cpu / floor_cpu:.1f}x"))
    return table("Reminders", rows)
