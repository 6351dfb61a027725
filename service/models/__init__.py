"""All models, imported here so that metadata (Alembic, create_all in tests) sees every table."""
from service.models.access import ApiKey, SecurityEvent, User
from service.models.calendar import CalendarException, SlotHours
from service.models.directory import Group, Location, Person, Unit
from service.models.events import AgendaItem, Event, EventChange, EventException, Preparation
from service.models.feeds import FeedEntry, FeedToken, FeedVersion
from service.models.imports import ProgramImport
from service.models.offices import Office, OfficeOwned
from service.models.publishing import IssuedVersion, PublicDefault
from service.models.reminders import Reminder

__all__ = [
    "AgendaItem", "ApiKey", "CalendarException", "Event", "EventChange", "EventException", "Group", "IssuedVersion",
    "FeedEntry", "FeedToken", "FeedVersion", "Location", "Office", "OfficeOwned", "Person", "Preparation", "ProgramImport",
    "PublicDefault", "Reminder",
    "SecurityEvent", "SlotHours", "Unit", "User",
]
