"""Events (everything a work program lists), their agenda items and history."""
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Column, Date, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.db import Base, UTCDateTime
from service.models.directory import Group, Location, Person, Unit
from service.models.offices import OfficeOwned

event_persons = Table(
    "event_persons", Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id"), primary_key=True, index=True),
)
event_groups = Table(
    "event_groups", Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("groups.id"), primary_key=True, index=True),
)
event_units = Table(
    "event_units", Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("units.id"), primary_key=True, index=True),
)


class Event(OfficeOwned, Base):
    """One entry of a program. Timing is one of:
    - timed: start_at/end_at (aware; `slot` says when they came from "buổi sáng"/"buổi chiều");
    - all-day: start_date..end_date, end inclusive;
    - undated: no start at all ("lịch cụ thể sẽ thông báo sau"), listed under `month`.
    Any dated event may recur (`rrule`, with `exceptions` for cancelled or moved occurrences).
    `range_start`/`range_end` are the UTC instants the event covers (all occurrences for a recurring
    one; range_end NULL = recurs forever), kept for indexed range queries.
    """

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    busy: Mapped[bool] = mapped_column(Boolean)

    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    start_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    slot: Mapped[str | None] = mapped_column(String(20))
    month: Mapped[date | None] = mapped_column(Date)
    rrule: Mapped[str | None] = mapped_column(String(500))
    range_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    range_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    long_range: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # see timing.LONG_RANGE
    # A series' occurrences on public holidays and the office's days off are cancelled automatically
    # (EventException.reason "holiday") unless the office opted out, or kept the day (ISO dates).
    skip_holidays: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # Text, not JSON: PostgreSQL has no equality for json, and events are selected DISTINCT.
    holidays_kept_text: Mapped[str] = mapped_column("holidays_kept", Text, default="", server_default="")

    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), index=True)
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    chair_text: Mapped[str | None] = mapped_column(Text)
    attendees_text: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # Shown on the public page and feed (/cong-khai/...): True, False, or NULL = the office's default for
    # its kind (service.publishing.public_flag).
    public: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    import_key: Mapped[str | None] = mapped_column(String(200))  # unique per office: see __table_args__

    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # Grows when the published text changes without the event changing (a renamed chair, unit, place).
    render_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(200))
    updated_by: Mapped[str | None] = mapped_column(String(200))

    location: Mapped[Location | None] = relationship()
    chair: Mapped[Person | None] = relationship()
    attendees: Mapped[list[Person]] = relationship(secondary=event_persons, order_by=Person.id)
    groups: Mapped[list[Group]] = relationship(secondary=event_groups, order_by=Group.id)
    units: Mapped[list[Unit]] = relationship(secondary=event_units, order_by=Unit.id)
    agenda: Mapped[list["AgendaItem"]] = relationship(
        back_populates="event", order_by="AgendaItem.position", cascade="all, delete-orphan")
    exceptions: Mapped[list["EventException"]] = relationship(
        back_populates="event", order_by="EventException.original_start", cascade="all, delete-orphan")

    # Led by the office: every listing filters by it (service.offices' scoping).
    # Two communes importing the same template program under the same name make the same import keys.
    __table_args__ = (Index("ix_events_range", "office_id", "range_start", "range_end"),
                      Index("ix_events_long_range", "office_id", "long_range", "range_start", "range_end"),
                      UniqueConstraint("office_id", "import_key"),
                      # The dispatcher (every office at once) asks for the cancelled meetings: a handful of rows.
                      Index("ix_events_cancelled", "office_id", "id", postgresql_where=text("status = 'cancelled'"),
                            sqlite_where=text("status = 'cancelled'")))
    # Every UPDATE of an event says "WHERE sequence = <the one read>": a concurrent edit makes it fail
    # (StaleDataError -> 409) on SQLite as on PostgreSQL. We bump the sequence ourselves, on real changes.
    __mapper_args__ = {"version_id_col": sequence, "version_id_generator": False}

    @property
    def dated(self) -> bool:
        return self.start_at is not None or self.start_date is not None

    @property
    def holidays_kept(self) -> list[str]:
        """ISO days the office holds the series on though they are holidays (service.series)."""
        return [d for d in (self.holidays_kept_text or "").split(",") if d]

    @holidays_kept.setter
    def holidays_kept(self, days) -> None:
        self.holidays_kept_text = ",".join(sorted(set(days)))

    @property
    def live_agenda(self) -> list["AgendaItem"]:
        return [item for item in self.agenda if item.removed_at is None]


class EventException(Base):
    """One occurrence of a recurring event, cancelled or moved. `original_start` is the instant the
    rule gives for it (local midnight for all-day events). `reason` "holiday": cancelled automatically
    because the day is a public holiday or an office day off (service.series); None: by the office."""

    __tablename__ = "event_exceptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    original_start: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    start_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(20))

    event: Mapped[Event] = relationship(back_populates="exceptions")


class AgendaItem(Base):
    """A content item of a meeting and the units that prepare it. `deadline` is the effective one:
    `deadline_explicit` when set, else the default number of working days before the meeting."""

    __tablename__ = "agenda_items"
    # The dispatcher (every office at once) asks for the items handed in or withdrawn: few of all of them.
    __table_args__ = (Index("ix_agenda_items_done", "id",
                            postgresql_where=text("submitted_at IS NOT NULL OR removed_at IS NOT NULL"),
                            sqlite_where=text("submitted_at IS NOT NULL OR removed_at IS NOT NULL")),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    deadline_explicit: Mapped[date | None] = mapped_column(Date)
    preparing_units_text: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # never hard-deleted: reminders refer to it

    event: Mapped[Event] = relationship(back_populates="agenda")
    preparations: Mapped[list["Preparation"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Preparation.position")

    @property
    def lead_unit_id(self) -> int | None:
        return next((p.unit_id for p in self.preparations if p.role == "lead"), None)


class Preparation(Base):
    """A unit preparing an agenda item: "chủ trì" (lead) or "phối hợp" (support)."""

    __tablename__ = "preparations"
    # The dispatcher (every office at once) asks for the parts handed in: few of all of them.
    __table_args__ = (Index("ix_preparations_submitted", "item_id", "unit_id",
                            postgresql_where=text("submitted_at IS NOT NULL"), sqlite_where=text("submitted_at IS NOT NULL")),)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(10))  # lead | support
    position: Mapped[int] = mapped_column(Integer, default=0)
    # This unit's part handed in ("đã nộp"): the lead unit's closes the item (AgendaItem.submitted_at),
    # a supporting unit's stops only its own reminders.
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_by: Mapped[str | None] = mapped_column(String(200))

    item: Mapped[AgendaItem] = relationship(back_populates="preparations")
    unit: Mapped[Unit] = relationship()


class EventChange(Base):
    """History: who changed what, when. `changes` maps field -> [old, new] (JSON-ready values)."""

    __tablename__ = "event_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))  # created | updated | cancelled
    sequence: Mapped[int] = mapped_column(Integer)
    changes: Mapped[dict] = mapped_column(JSON)
