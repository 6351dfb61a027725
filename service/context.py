"""What every domain function needs: a session, the clock, the settings and who is acting."""
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.calendar_rules import WorkCalendar
from service.config import Config
from service.models import CalendarException, SlotHours


@dataclass
class Ctx:
    session: Session
    clock: object
    config: Config
    actor: str | None = None

    @property
    def tz(self):
        return self.config.timezone

    def now(self):
        return self.clock.now()

    def work_calendar(self) -> WorkCalendar:
        rows = self.session.scalars(select(CalendarException)).all()
        return WorkCalendar({r.day: (r.kind, r.label) for r in rows})

    def slot_hours(self, day):
        """The slot hours in force on `day`: a seasonal row if one covers it, else the settings."""
        row = self.session.scalars(
            select(SlotHours).where(SlotHours.valid_from <= day, SlotHours.valid_to >= day)
            .order_by(SlotHours.valid_from.desc())).first()
        return {**self.config.slots, **(row.hours if row else {})}
