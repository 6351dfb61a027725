"""Each office's reminder settings: how many working days before a meeting its papers are due unless an
item says otherwise, on which working days before that deadline the preparing units are reminded, and at what
hour. An office that has not set them follows the deployment's (DEADLINE_WORKING_DAYS, REMINDER_OFFSETS,
REMINDER_TIME). An event's reminders follow the settings of the office that owns it (a province meeting that
summons a commune's unit: the province's)."""
from dataclasses import dataclass
from datetime import time

from service.errors import ValidationFailed
from service.models import Office
from service.offices import office_for_new_rows

FIELDS = ("deadline_working_days", "reminder_offsets", "reminder_time")


@dataclass(frozen=True)
class ReminderSettings:
    deadline_working_days: int
    offsets: tuple  # working days before the deadline, largest first (0: the deadline's own day)
    at: time
    own: bool  # the office set them (False: the deployment's)


def of(ctx, office_id: int | None = None) -> ReminderSettings:
    """The settings of `office_id`, else of the acting office (one look-up, then the session's identity map)."""
    office = ctx.session.get(Office, office_id or office_for_new_rows(ctx.session))
    cfg = ctx.config
    if office is None or office.deadline_working_days is None:
        return ReminderSettings(cfg.deadline_working_days, tuple(cfg.reminder_offsets), cfg.reminder_time, False)
    return ReminderSettings(office.deadline_working_days, tuple(int(o) for o in office.reminder_offsets.split(",")),
                            time.fromisoformat(office.reminder_time), True)


def as_json(settings: ReminderSettings) -> dict:
    return {"deadline_working_days": settings.deadline_working_days, "reminder_offsets": list(settings.offsets),
            "reminder_time": settings.at.strftime("%H:%M"), "own": settings.own}


def save(ctx, body) -> ReminderSettings:
    """Set the acting office's settings from a schemas.ReminderSettingsIn: all three, or all None to follow
    the deployment's again. The caller re-plans the office's coming events
    (service.events.recompute_default_deadlines)."""
    office = ctx.session.get(Office, office_for_new_rows(ctx.session))
    values = (body.deadline_working_days, body.reminder_offsets, body.reminder_time)
    if all(v is None for v in values):
        office.deadline_working_days = office.reminder_offsets = office.reminder_time = None
        return of(ctx)
    missing = {name: "cần điền cùng hai giá trị kia (hoặc để trống cả ba để dùng mặc định của hệ thống)"
               for name, v in zip(FIELDS, values) if v is None}
    if missing:
        raise ValidationFailed(missing)
    office.deadline_working_days = body.deadline_working_days
    office.reminder_offsets = ",".join(str(o) for o in sorted(set(body.reminder_offsets), reverse=True))
    office.reminder_time = body.reminder_time
    return of(ctx)
