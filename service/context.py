"""What every domain function needs (a Ctx: session, clock, settings, the app's change listeners and who
is acting), and the per-app State it is made from."""
from dataclasses import dataclass, field

from flask import current_app, g
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.calendar_rules import WorkCalendar
from service.changes import Changes
from service.config import Config
from service.models import CalendarException, SlotHours


@dataclass
class Ctx:
    session: Session
    clock: object
    config: Config
    changes: Changes  # required: a write without the app's listeners would leave feeds and reminders behind
    actor: str | None = None

    @property
    def office_id(self) -> int | None:
        """The acting office (service.offices.set_acting); None: unscoped (jobs, one-office tests)."""
        return self.session.info.get("office_id")

    def own_office(self, query, model, office_id: int | None = None):
        # The days off and slot hours of one office (`office_id`, else the acting one), not of every office
        # the session sees; an unscoped session of a one-office deployment reads its only office's.
        office_id = office_id or self.office_id
        return query if office_id is None else query.where(model.office_id == office_id)

    @property
    def tz(self):
        return self.config.timezone

    def now(self):
        return self.clock.now()

    def work_calendar(self, office_id: int | None = None) -> WorkCalendar:
        """The working days of `office_id` (an event's office: its deadlines and reminders), else the acting
        office's."""
        rows = self.session.scalars(self.own_office(select(CalendarException), CalendarException, office_id)).all()
        return WorkCalendar({r.day: (r.kind, r.label) for r in rows})

    def slot_hours(self, day):
        """The slot hours in force on `day`: a seasonal row if one covers it, else the settings."""
        row = self.session.scalars(
            self.own_office(select(SlotHours), SlotHours).where(SlotHours.valid_from <= day, SlotHours.valid_to >= day)
            .order_by(SlotHours.valid_from.desc())).first()
        return {**self.config.slots, **(row.hours if row else {})}


@dataclass
class State:
    """One app's settings, database, clock and change listeners (app.extensions["lich"])."""

    config: Config
    engine: object
    sessions: object
    clock: object
    changes: Changes = field(default_factory=Changes)
    # Functions (kind, obj, body) that add fields to the API's directory responses (feeds adds its URLs).
    directory_extras: list = field(default_factory=list)

    def ctx(self, session: Session, actor: str | None = None, clock=None, office_id: int | None = None) -> Ctx:
        """A Ctx on `session` (scripts, jobs and tests make theirs here, so they get the app's listeners),
        acting as `office_id` if given (service.offices.set_acting)."""
        if office_id is not None:
            from service.offices import set_acting  # noqa: PLC0415
            set_acting(session, office_id)
        return Ctx(session, clock or self.clock, self.config, self.changes, actor)


def state(app=None) -> State:
    return (app or current_app).extensions["lich"]


def request_ctx(actor: str | None = None) -> Ctx:
    """The Ctx of the current request or CLI command: one session, closed at teardown."""
    st = state()
    if "session" not in g:
        g.session = st.sessions()
    if g.get("office_id") is not None and g.session.info.get("office_id") != g.office_id:
        from service.offices import set_acting  # noqa: PLC0415
        set_acting(g.session, g.office_id)
    return st.ctx(g.session, actor or g.get("actor"))
