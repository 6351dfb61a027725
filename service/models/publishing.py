"""What the office publishes: issued versions of the monthly program and the weekly schedule, and which
kinds of events the public page shows by default."""
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, UTCDateTime
from service.models.offices import OfficeOwned


class IssuedVersion(OfficeOwned, Base):
    """One issued version of a month's program (kind "month", period_start the 1st) or a week's schedule
    ("week", its Monday). `number` 0 is the original, 1, 2 … the adjustments ("Điều chỉnh lần N").
    `snapshot` is what the document listed ({"entries": [...]}, see service.publishing.versions) and
    `annex` the changes since the version before it, as annex.AnnexLine fields."""

    __tablename__ = "issued_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_by: Mapped[str | None] = mapped_column(String(200))
    snapshot: Mapped[dict] = mapped_column(JSON)
    annex: Mapped[list] = mapped_column(JSON)

    # Two clerks issuing at once: the second insert of the same number fails (409), never two "lần 2".
    __table_args__ = (UniqueConstraint("office_id", "kind", "period_start", "number",
                                       name="uq_issued_versions_period_number"),)


class PublicDefault(OfficeOwned, Base):
    """The office's choice for a kind of event: shown on the public page unless the event says otherwise
    (Event.public NULL). A kind without a row follows service.publishing.public_flag.BUILT_IN."""

    __tablename__ = "public_defaults"
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True, index=True)  # a choice per office
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    public: Mapped[bool] = mapped_column(Boolean)
