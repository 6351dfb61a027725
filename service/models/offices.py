"""Offices (cơ quan): a province's UBND, HĐND and Party committee offices and each commune's, in one
deployment. Every root table of an office's data carries `office_id` (the OfficeOwned mixin); child rows
(agenda items, preparations, history, reminders...) belong to an office through their parent."""
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from service.db import Base, UTCDateTime

TIERS = ("tinh", "xa")
BODIES = ("ubnd", "hdnd", "dang_uy", "hdnd_ubnd")  # hdnd_ubnd: a commune's Văn phòng HĐND và UBND


class Office(Base):
    __tablename__ = "offices"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)  # [a-z0-9-], the page prefix
    name: Mapped[str] = mapped_column(String(300))
    tier: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The office's reminder settings (service.reminder_settings); NULL: the deployment's (DEADLINE_WORKING_DAYS,
    # REMINDER_OFFSETS "3,1,0", REMINDER_TIME "07:30").
    deadline_working_days: Mapped[int | None] = mapped_column(Integer)
    reminder_offsets: Mapped[str | None] = mapped_column(String(50))
    reminder_time: Mapped[str | None] = mapped_column(String(5))


class OfficeOwned:
    """A root table of an office's data. Reads through an ORM session whose `info["office_ids"]` is set see
    only those offices' rows (service.offices.install_scoping); new rows get the acting office."""

    @declared_attr
    def office_id(cls) -> Mapped[int]:
        return mapped_column(Integer, ForeignKey("offices.id"), nullable=False, index=True)
