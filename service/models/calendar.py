"""The office's editable calendar tables: days off / make-up working days, and seasonal slot hours."""
from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base
from service.models.offices import OfficeOwned


class CalendarException(OfficeOwned, Base):
    """A day the office treats differently from the `holidays` package and our built-in corrections."""

    __tablename__ = "calendar_exceptions"
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)  # a day per office
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # day_off | working_day
    label: Mapped[str] = mapped_column(String(300))
    source_ref: Mapped[str | None] = mapped_column(String(300))


class SlotHours(OfficeOwned, Base):
    """Hours of "sáng"/"chiều"/"tối" for a period (many provinces change them by season)."""

    __tablename__ = "slot_hours"
    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)  # inclusive
    hours: Mapped[dict] = mapped_column(JSON)  # {"morning": ["07:00", "11:30"], ...}
