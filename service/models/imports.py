"""One import of a program document: what was read (the document's blocks and text), which document it is
(issuer, kind, period: its identity, `source_key`), and once committed what it did, so that it can be undone."""
from datetime import date, datetime

from sqlalchemy import JSON, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, UTCDateTime
from service.models.offices import OfficeOwned

DOCUMENT_KINDS = ("monthly", "weekly", "other")


class ProgramImport(OfficeOwned, Base):
    __tablename__ = "program_imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(200))
    filename: Mapped[str | None] = mapped_column(String(300))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # The blocks the reader made (service.importer.document): a commit parses exactly what was previewed,
    # table cells and Word's list numbers included. None for imports made before documents (their text).
    document: Mapped[list | None] = mapped_column(JSON)
    # The document's identity: imports of one source create, update and cancel only their own events.
    source_key: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str | None] = mapped_column(String(300))  # as given (--source), else None
    issuer: Mapped[str | None] = mapped_column(String(300))
    doc_kind: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str | None] = mapped_column(String(500))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    committed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    committed_by: Mapped[str | None] = mapped_column(String(200))
    # Counts, and what undoing needs: per event touched, its state before and its sequence after.
    result: Mapped[dict | None] = mapped_column(JSON)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    undone_by: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index("ix_program_imports_source_key", "office_id", "source_key", "committed_at"),)
