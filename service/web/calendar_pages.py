"""Month, week and day views of the office calendar, filtered by person, unit or group."""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from flask import abort, render_template, request
from sqlalchemy import select

from service.context import request_ctx
from service.calendar_rules import local_midnight
from service.timing import MAX_YEAR, MIN_YEAR
from service.events import list_occurrences
from service.models import Group, Person, Unit
from service.vocabulary import KIND_LABELS, SLOT_LABELS, STATUS_LABELS, WEEKDAY_LABELS
from service.page_base import login_required
from service.web import bp


@dataclass
class Shown:
    """One occurrence as a calendar shows it."""

    event: object
    occ: object
    first: date
    last: date
    label: str  # "Sáng", "08:00", "" for all-day
    row: str  # all_day | morning | afternoon | evening

    @property
    def css(self) -> str:
        classes = [self.event.kind]
        if self.event.status == "tentative":
            classes.append("tentative")
        if self.event.status == "cancelled" or (self.occ and self.occ.cancelled):
            classes.append("cancelled")
        return " ".join(classes)

    @property
    def is_span(self) -> bool:
        return self.last > self.first


def _filters() -> dict:
    out = {}
    for name in ("person_id", "unit_id", "group_id"):
        raw = request.args.get(name, "")
        if raw.isdigit() and 0 < int(raw) < 2**31:
            out[name] = int(raw)
    return out


def _shown(ctx, first: date, last: date) -> tuple[list[Shown], list]:
    lo, hi = local_midnight(first, ctx.tz), local_midnight(last + timedelta(days=1), ctx.tz)
    shown, undated = [], []
    hours = None
    for event, occ in list_occurrences(ctx, lo, hi, **_filters()):
        if occ is None:
            undated.append(event)
            continue
        if isinstance(occ.start, datetime):
            start = occ.start.astimezone(ctx.tz)
            hours = ctx.slot_hours(start.date())
            row = event.slot if event.slot in ("morning", "afternoon", "evening") else (
                "morning" if start.time() < hours["afternoon"][0] else
                "afternoon" if start.time() < hours["evening"][0] else "evening")
            label = SLOT_LABELS[event.slot] if event.slot else f"{start:%H:%M}"
            shown.append(Shown(event, occ, start.date(), start.date(), label, row))
        else:
            label = SLOT_LABELS["full_day"] if event.slot == "full_day" else ""
            shown.append(Shown(event, occ, occ.start, occ.end, label, "all_day"))
    return shown, undated


def page_date(raw: str) -> date:
    """A date from a page's URL: a 404 page (in Vietnamese) unless it is one and within the years events
    may have (2000-2100); far dates would overflow the range queries."""
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        abort(404)
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        abort(404)
    return day


def _month_param(ctx) -> date:
    raw = request.args.get("thang", "")
    if raw:
        return page_date(raw + "-01")
    return ctx.now().astimezone(ctx.tz).date().replace(day=1)


def _choices(ctx) -> dict:
    return {"persons": ctx.session.scalars(select(Person).order_by(Person.name)).all(),
            "units": ctx.session.scalars(select(Unit).order_by(Unit.name)).all(),
            "groups": ctx.session.scalars(select(Group).order_by(Group.name)).all(), "filters": _filters()}


@bp.get("/lich")
@login_required()
def month():
    ctx = request_ctx()
    first = _month_param(ctx)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    grid_start, grid_end = first - timedelta(days=first.weekday()), last + timedelta(days=6 - last.weekday())
    shown, undated = _shown(ctx, grid_start, grid_end)
    weeks = []
    day = grid_start
    while day <= grid_end:
        days = [day + timedelta(days=i) for i in range(7)]
        spans = [(s, max(s.first, days[0]), min(s.last, days[-1])) for s in shown
                 if s.is_span and s.first <= days[-1] and s.last >= days[0]]
        cells = {d: [s for s in shown if not s.is_span and s.first == d] for d in days}
        weeks.append({"days": days, "spans": [(s, (a - days[0]).days + 1, (b - a).days + 1) for s, a, b in spans],
                      "cells": cells})
        day += timedelta(days=7)
    by_day = {}
    for s in shown:
        if first <= s.first <= last or (s.is_span and s.first < first <= s.last):
            by_day.setdefault(max(s.first, first), []).append(s)
    previous, following = (first - timedelta(days=1)).replace(day=1), last + timedelta(days=1)
    return render_template("month.html", first=first, weeks=weeks, undated=undated, by_day=sorted(by_day.items()),
                           weekdays=WEEKDAY_LABELS, previous=previous, following=following,
                           today=ctx.now().astimezone(ctx.tz).date(), **_choices(ctx))


@bp.get("/lich/tuan")
@login_required()
def week():
    ctx = request_ctx()
    raw = request.args.get("ngay", "")
    anchor = page_date(raw) if raw else ctx.now().astimezone(ctx.tz).date()
    monday = anchor - timedelta(days=anchor.weekday())
    days = [monday + timedelta(days=i) for i in range(7)]
    shown, _ = _shown(ctx, days[0], days[-1])
    rows = [("all_day", "Cả ngày"), ("morning", "Sáng"), ("afternoon", "Chiều"), ("evening", "Tối")]
    grid = {(r, d): [s for s in shown if s.row == r and s.first <= d <= s.last] for r, _ in rows for d in days}
    return render_template("week.html", days=days, rows=rows, grid=grid, weekdays=WEEKDAY_LABELS,
                           previous=monday - timedelta(days=7), following=monday + timedelta(days=7), **_choices(ctx))


@bp.get("/lich/ngay/<day>")
@login_required()
def day_view(day):
    ctx = request_ctx()
    the_day = page_date(day)
    shown, _ = _shown(ctx, the_day, the_day)
    order = {"all_day": 0, "morning": 1, "afternoon": 2, "evening": 3}
    shown.sort(key=lambda s: (order[s.row], s.occ.start if isinstance(s.occ.start, datetime)
                              else datetime.combine(s.first, time(0), ctx.tz), s.event.id))
    return render_template("day.html", day=the_day, shown=shown, weekday=WEEKDAY_LABELS[the_day.weekday()],
                           kind_labels=KIND_LABELS, status_labels=STATUS_LABELS, tz=ctx.tz)
