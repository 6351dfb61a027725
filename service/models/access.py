from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, UTCDateTime
from service.models.offices import OfficeOwned


class ApiKey(OfficeOwned, Base):
    """An API key; only its SHA-256 is stored."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # office | viewer
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class User(OfficeOwned, Base):
    """An office staff account for the web pages (hashed password; role office or viewer, as API keys)."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A session cookie names the generation it was issued in; logging out, a new password or disabling the
    # account moves it on, which ends every session of the user, copied cookies included.
    session_generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SecurityEvent(Base):
    """The security log: log-ins, refused log-ins (which also throttle), key and account changes."""

    __tablename__ = "security_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    action: Mapped[str] = mapped_column(String(40))  # login | login_failed | logout | key_created | ...
    actor: Mapped[str | None] = mapped_column(String(200))  # who did it (web:lan, api:..., cli)
    username: Mapped[str | None] = mapped_column(String(100), index=True)  # the account concerned, folded
    address: Mapped[str | None] = mapped_column(String(64), index=True)  # the client's IP address
    detail: Mapped[str | None] = mapped_column(Text)
    # The office acting (None: a refused log-in of an unknown name in a deployment of several offices).
    # Not OfficeOwned: throttling reads the log across offices; security_log() filters it explicitly.
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), index=True)
