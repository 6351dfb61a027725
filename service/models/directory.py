"""The office's directory: units, persons, groups of persons, locations."""
from sqlalchemy import JSON, Boolean, Column, ForeignKey, Integer, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.db import Base
from service.models.offices import OfficeOwned

group_members = Table(
    "group_members", Base.metadata,
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Unit(OfficeOwned, Base):
    """A phòng, sở, ban, a lower-level UBND... anything that prepares papers or attends."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("office_id", "name_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))  # unique per office
    short_name: Mapped[str | None] = mapped_column(String(100))
    aliases: Mapped[list] = mapped_column(JSON, default=list)
    emails: Mapped[list] = mapped_column(JSON, default=list)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # An SMS / Zalo OA gateway of the office's that gets the same reminders as JSON (notifications.webhook),
    # signed with the secret (write-only in the API).
    webhook_url: Mapped[str | None] = mapped_column(String(2000))
    webhook_secret: Mapped[str | None] = mapped_column(String(200))

    parent: Mapped["Unit | None"] = relationship(remote_side=[id])


class Person(OfficeOwned, Base):
    __tablename__ = "persons"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(500))  # "Phó BT Huyện ủy - Chủ tịch UBND huyện"
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(50))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Notices by email (notifications.notices, digests): "Thay đổi lịch" of the events concerning the person
    # (on unless turned off), the evening "Lịch ngày mai" and Friday "Lịch tuần sau" (off unless asked for),
    # and a .ics of the changed event attached (off: most phones already have it from the feed).
    notify_changes: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    digest_daily: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    digest_weekly: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    attach_ics: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    webhook_url: Mapped[str | None] = mapped_column(String(2000))  # as Unit's
    webhook_secret: Mapped[str | None] = mapped_column(String(200))

    unit: Mapped[Unit | None] = relationship()
    groups: Mapped[list["Group"]] = relationship(secondary=group_members, back_populates="members")


class Group(OfficeOwned, Base):
    """A named set of persons: "Lãnh đạo UBND huyện", "Thường trực Huyện ủy"."""

    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("office_id", "name_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))  # unique per office
    aliases: Mapped[list] = mapped_column(JSON, default=list)

    members: Mapped[list[Person]] = relationship(secondary=group_members, back_populates="groups",
                                                 order_by=Person.id)


class Location(OfficeOwned, Base):
    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("office_id", "name_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))  # unique per office
    address: Mapped[str | None] = mapped_column(String(500))
    # Minutes needed to reach this place from the office; None = unknown (no travel warnings).
    travel_minutes: Mapped[int | None] = mapped_column(Integer)
