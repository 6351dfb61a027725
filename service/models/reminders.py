"""The reminder outbox: one row per (agenda item, preparing unit, reminder), planned on every change of
the event and sent by the dispatcher. Rows are never deleted: sent ones are the record of what went out."""
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.db import Base, UTCDateTime
from service.models.directory import Unit
from service.models.events import AgendaItem, Event

KINDS = ("before", "overdue", "cancelled")  # before the deadline (offset_days 0 = its morning) | after it | notice
# superseded: re-planned while a dispatcher was sending it; a new row carries the new plan, and the
# dispatcher records on this one whether it went out (sent_at) under the old plan.
STATUSES = ("pending", "sent", "failed", "cancelled", "expired", "superseded")


class Reminder(Base):
    __tablename__ = "reminders"
    __table_args__ = (UniqueConstraint("item_id", "unit_id", "kind", "offset_days", "deadline"),
                      Index("ix_reminders_due", "status", "due_at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    offset_days: Mapped[int] = mapped_column(Integer)  # working days before the deadline; -1 for overdue
    deadline: Mapped[date] = mapped_column(Date)
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
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    item: Mapped[AgendaItem] = relationship()
    unit: Mapped[Unit] = relationship()
    event: Mapped[Event] = relationship()
