"""The reminder clock: APScheduler only calls the dispatcher every REMINDER_INTERVAL_SECONDS. All the
state is in the database, so several schedulers (or a restart after days down) are safe."""
import logging
from datetime import datetime, timezone

from apscheduler.schedulers.blocking import BlockingScheduler

log = logging.getLogger(__name__)


def tick(app) -> None:
    from notifications.routes import dispatch_once  # noqa: PLC0415

    try:
        summary = dispatch_once(app)
    except Exception:  # noqa: BLE001 - a bad run (database down...) must not stop the clock
        log.exception("reminder dispatch failed; will try again at the next tick")
        return
    if summary.emails or summary.retrying or summary.failed or summary.expired:
        log.info("%s", summary.text())


def build(app) -> BlockingScheduler:
    config = app.extensions["lich"].config
    scheduler = BlockingScheduler(timezone=config.timezone)
    # coalesce + one instance: a slow run is never doubled; the first run is at start-up (catches up at once).
    scheduler.add_job(tick, "interval", args=[app], id="reminders", seconds=config.reminder_interval_seconds,
                      max_instances=1, coalesce=True, next_run_time=datetime.now(timezone.utc))
    return scheduler


def run(app) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    log.info("reminder scheduler started: every %s s", app.extensions["lich"].config.reminder_interval_seconds)
    build(app).start()
