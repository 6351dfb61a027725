"""The outbox: one row per (agenda item, preparing unit, reminder), planned on every change of the event,
and one row per notice to a person (a change notice, a digest; notifications.notices/digests), all sent by
the same dispatcher under the same claims. Rows are never deleted: sent ones are the record of what went
out."""
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.db import Base, UTCDateTime
from service.models.directory import Person, Unit
from service.models.events import AgendaItem, Event

KINDS = ("before", "overdue", "cancelled")  # before the deadline (offset_days 0 = its morning) | after it | notice
# Notices to a person (person_id set, no item, unit or deadline): "Thay đổi lịch", "Lịch ngày mai", "Lịch tuần sau".
NOTICE_KINDS = ("change", "daily", "weekly")
# superseded: re-planned while a dispatcher was sending it; a new row carries the new plan, and the
# dispatcher records on this one whether it went out (sent_at) under the old plan.
STATUSES = ("pending", "sent", "failed", "cancelled", "expired", "superseded")


class Reminder(Base):
    __tablename__ = "reminders"
    __table_args__ = (UniqueConstraint("item_id", "unit_id", "kind", "offset_days", "deadline"),
                      Index("ix_reminders_due", "status", "due_at"),
                      # A dispatcher run's rows (WHERE claimed_by = the run) and the notices that expire: few
                      # rows of the whole outbox, which holds every office's history (no office column).
                      Index("ix_reminders_claimed_by", "claimed_by", postgresql_where=text("claimed_by IS NOT NULL"),
                            sqlite_where=text("claimed_by IS NOT NULL")),
                      Index("ix_reminders_expires_at", "expires_at", postgresql_where=text("expires_at IS NOT NULL"),
                            sqlite_where=text("expires_at IS NOT NULL")))
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)  # None: a digest
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)  # a notice's addressee
    kind: Mapped[str] = mapped_column(String(10))
    offset_days: Mapped[int] = mapped_column(Integer)  # working days before the deadline; -1 for overdue
    deadline: Mapped[date | None] = mapped_column(Date)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # backoff after a failed try
    claimed_by: Mapped[str | None] = mapped_column(String(40))  # the dispatcher run sending it ...
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # ... until this lease expires
    message_id: Mapped[str | None] = mapped_column(String(200))  # fixed before the first try: resends reuse it
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Addresses of the unit that accepted this reminder's email: a retry goes only to the others.
    delivered_to: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    # Notices: what the person is told ({"before": view, "after": view} of a change; the day or week of a
    # digest), the row a change superseded while it was on its way (what the person was told depends on
    # whether it went out), the unique key that makes a digest once per person and day, and the moment past
    # which it is not worth sending.
    payload: Mapped[dict | None] = mapped_column(JSON)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("reminders.id"))
    notice_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    item: Mapped[AgendaItem | None] = relationship()
    unit: Mapped[Unit | None] = relationship()
    event: Mapped[Event | None] = relationship()
    person: Mapped[Person | None] = relationship()
    supersedes: Mapped["Reminder | None"] = relationship(remote_side=[id])
