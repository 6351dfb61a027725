"""Issued versions of the monthly program and the weekly schedule. (Placeholder until issued versions are
built: every export is the original.)"""
from datetime import date

from service.publishing.annex import Revision


def for_export(session, kind: str, period_start: date) -> Revision:
    """The revision an export of this month (`kind` "month", period_start the 1st) or week ("week",
    period_start its Monday) carries now."""
    return Revision()
