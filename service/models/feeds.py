"""Subscription feeds: secret tokens, which events each feed holds, and a version per feed."""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, UTCDateTime
from service.models.offices import OfficeOwned

SUBJECT_TYPES = ("person", "unit", "group", "office")


class FeedToken(OfficeOwned, Base):
    """One generation of a subject's secret feed token. The token itself is an HMAC of
    (subject, generation) under SECRET_KEY, so it can be shown again; only its SHA-256 is stored."""

    __tablename__ = "feed_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(10))
    subject_id: Mapped[int] = mapped_column(Integer)  # the office's id for the office feed
    generation: Mapped[int] = mapped_column(Integer)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_feed_tokens_subject", "subject_type", "subject_id"),)


class FeedEntry(Base):
    """Event E is in the feed of subject S (kept up to date on every change of E or of a group)."""

    __tablename__ = "feed_entries"
    subject_type: Mapped[str] = mapped_column(String(10), primary_key=True)
    subject_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, index=True)


class FeedVersion(Base):
    """Grows whenever something in the subject's feed changes; the feed's cache key."""

    __tablename__ = "feed_versions"
    subject_type: Mapped[str] = mapped_column(String(10), primary_key=True)
    subject_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
