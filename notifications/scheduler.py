"""The reminder job: one dispatcher run with its own session (`flask reminders run-due` and the clock),
and the clock itself: APScheduler only calls the job every REMINDER_INTERVAL_SECONDS. All the state is in
the database, so several schedulers (or a restart after days down) are safe."""
import logging
from datetime import datetime, timezone

from apscheduler.schedulers.blocking import BlockingScheduler

from notifications import digests
from notifications.dispatch import Summary, run_due
from notifications.mail import mailer_from_config
from service.clock import StartedClock
from service.context import state

log = logging.getLogger(__name__)


def dispatch_once(app, now: datetime | None = None) -> Summary:
    """One dispatcher run; `now` starts its clock at that moment, running on in real time (tests, catching
    up by hand)."""
    st = state(app)
    with st.sessions() as session:
        ctx = st.ctx(session, actor="reminders", clock=StartedClock(now) if now else None)
        digests.plan(ctx)  # today's digests, once per person whoever plans them (unique key)
        return run_due(ctx, mailer_from_config(st.config))


def tick(app) -> None:
    try:
        summary = dispatch_once(app)
    except Exception:  # noqa: BLE001 - a bad run (database down...) must not stop the clock
        log.exception("reminder dispatch failed; will try again at the next tick")
        return
    if summary.emails or summary.retrying or summary.failed or summary.expired:
        log.info("%s", summary.text())


def build(app) -> BlockingScheduler:
    config = state(app).config
    scheduler = BlockingScheduler(timezone=config.timezone)
    # coalesce + one instance: a slow run is never doubled; the first run is at start-up (catches up at once).
    scheduler.add_job(tick, "interval", args=[app], id="reminders", seconds=config.reminder_interval_seconds,
                      max_instances=1, coalesce=True, next_run_time=datetime.now(timezone.utc))
    return scheduler


def run(app) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    log.info("reminder scheduler started: every %s s", state(app).config.reminder_interval_seconds)
    build(app).start()
