"""Month, week and day views of the office calendar, filtered by person, unit or group.

Each page reads its events as plain rows (events.list_occurrences -> service.listing), the slot hours of
its range once, the working-day calendar once and the filter lists in one statement: the number of SQL
statements does not grow with the events shown (tests/test_query_counts.py)."""
import functools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from flask import abort, render_template, request, url_for
from sqlalchemy import literal, select, union_all

from service.context import request_ctx
from service.calendar_rules import local_midnight, slot_row
from service.listing import Named, slot_hours_between
from service.timing import MAX_YEAR, MIN_YEAR
from service.events import list_occurrences
from service.models import Group, Person, Unit
from service.offices import core_scope
from service.vocabulary import KIND_LABELS, SLOT_LABELS, STATUS_LABELS, WEEKDAY_LABELS, day_label
from service.page_base import login_required
from service.web import bp

# The buổi rows of the week, in the order an office writes them.
BUOI = (("all_day", "Cả ngày"), ("morning", "Sáng"), ("afternoon", "Chiều"), ("evening", "Tối"))
BUOI_WORDS = dict(BUOI)


@dataclass
class Shown:
    """One occurrence as a calendar shows it."""

    event: object
    occ: object
    first: date
    last: date
    label: str  # "Sáng", "08:00", "" for all-day
    row: str  # all_day | morning | afternoon | evening
    holiday: str | None = None  # "Quốc khánh": the occurrence falls on a public holiday or an office day off

    @property
    def cancelled(self) -> bool:
        return self.event.status == "cancelled" or bool(self.occ and self.occ.cancelled)

    @property
    def status_words(self) -> str:
        """Said in words, not by colour only: "Đã hủy" (the event), "Hoãn" (this occurrence of a series is
        not held), "Dự kiến"; "" for a confirmed one."""
        if self.event.status == "cancelled":
            return "Đã hủy"
        if self.occ and self.occ.cancelled:
            return "Hoãn"
        if self.event.status == "tentative":
            return "Dự kiến"
        return ""

    @property
    def css(self) -> str:
        classes = [self.event.kind]
        if self.event.status == "tentative":
            classes.append("tentative")
        if self.cancelled:
            classes.append("cancelled")
        if self.summons:
            classes.append("summons")
        return " ".join(classes)

    @property
    def summons(self) -> str:
        """"Triệu tập: Văn phòng UBND tỉnh …" for another office's event that summons this one (its link
        opens the read-only page of it, event_pages._summons_page); "" for the office's own."""
        source = getattr(self.event, "summons", None)
        return f"Triệu tập: {source['office_name']}" if source else ""

    @property
    def is_span(self) -> bool:
        return self.last > self.first

    @property
    def span_words(self) -> str:
        """"01/11–18/11/2023" (the year once, at the end, unless the span crosses years)."""
        if self.first.year != self.last.year:
            return f"{self.first:%d/%m/%Y}–{self.last:%d/%m/%Y}"
        return f"{self.first:%d/%m}–{self.last:%d/%m/%Y}"


def _filters() -> dict:
    out = {}
    for name in ("person_id", "unit_id", "group_id"):
        raw = request.args.get(name, "")
        if raw.isdecimal() and 0 < int(raw) < 2**31:
            out[name] = int(raw)
    return out


def _shown(ctx, first: date, last: date, calendar=None) -> tuple[list[Shown], list]:
    lo, hi = local_midnight(first, ctx.tz), local_midnight(last + timedelta(days=1), ctx.tz)
    hours_on = slot_hours_between(ctx, first - timedelta(days=1), last + timedelta(days=1))
    shown, undated = [], []
    for event, occ in list_occurrences(ctx, lo, hi, **_filters()):
        if occ is None:
            undated.append(event)
            continue
        if isinstance(occ.start, datetime):
            start = occ.start.astimezone(ctx.tz)
            row = slot_row(event.slot, start.time(), hours_on(start.date()))
            label = SLOT_LABELS[event.slot] if event.slot else f"{start:%H:%M}"
            s = Shown(event, occ, start.date(), start.date(), label, row)
        else:
            label = SLOT_LABELS["full_day"] if event.slot == "full_day" else ""
            s = Shown(event, occ, occ.start, occ.end, label, "all_day")
        if calendar is not None:
            s.holiday = calendar.holiday_name(s.first)
        shown.append(s)
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
        if len(raw) != 7:  # "2023-11"; date.fromisoformat would take "2023-1101" and the like
            abort(404)
        return page_date(raw + "-01")
    return ctx.now().astimezone(ctx.tz).date().replace(day=1)


def _choices(ctx) -> dict:
    """The filter lists (persons, units, groups) in one statement."""
    p, u, g = Person.__table__, Unit.__table__, Group.__table__
    # Core on the tables: the office scope is explicit (the session's listener sees ORM entities only).
    scope = functools.partial(core_scope, ctx.session)
    both = union_all(select(literal("p").label("kind"), p.c.id, p.c.name).where(scope(p.c.office_id)),
                     select(literal("u"), u.c.id, u.c.name).where(scope(u.c.office_id)),
                     select(literal("g"), g.c.id, g.c.name).where(scope(g.c.office_id))).subquery()
    lists = {"p": [], "u": [], "g": []}
    for row in ctx.session.execute(select(both).order_by(both.c.kind, both.c.name, both.c.id)):
        lists[row.kind].append(Named(row.id, row.name))
    return {"persons": lists["p"], "units": lists["u"], "groups": lists["g"], "filters": _filters()}


def _event_url():
    """The event page's address, built once and filled in per event: 2,000 url_for calls were a sixth of
    the month page's time."""
    probe = url_for("web.event_page", event_id=7)
    assert probe.endswith("/7")  # the id is the rule's last part
    prefix = probe[:-1]
    return lambda event_id: f"{prefix}{event_id}"


def _day_info(calendar, day: date) -> dict:
    """How a day is shaded and named: a public holiday or office day off ("Quốc khánh"), a weekend, a
    make-up working Saturday ("Làm bù")."""
    name = calendar.holiday_name(day)
    working = calendar.is_working_day(day)
    kind = "holiday" if name else ("makeup" if working and day.weekday() >= 5 else
                                   "weekend" if not working else "")
    label = name or ("Làm bù" if kind == "makeup" else "")
    if kind == "makeup":
        label = calendar.exceptions.get(day, (None, "Làm bù"))[1] or "Làm bù"
    return {"kind": kind, "name": label}


@bp.get("/lich")
@login_required()
def month():
    ctx = request_ctx()
    first = _month_param(ctx)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    grid_start, grid_end = first - timedelta(days=first.weekday()), last + timedelta(days=6 - last.weekday())
    calendar = ctx.work_calendar()
    shown, undated = _shown(ctx, grid_start, grid_end, calendar)
    undated = [e for e in undated if e.month == first]  # the grid's days of the months around are not theirs
    singles: dict[date, list[Shown]] = {}
    spans = []
    for s in shown:
        (spans if s.is_span else singles.setdefault(s.first, [])).append(s)
    weeks = []
    day = grid_start
    while day <= grid_end:
        days = [day + timedelta(days=i) for i in range(7)]
        cut = [(s, max(s.first, days[0]), min(s.last, days[-1])) for s in spans
               if s.first <= days[-1] and s.last >= days[0]]
        weeks.append({"days": days, "spans": [(s, (a - days[0]).days + 1, (b - a).days + 1) for s, a, b in cut],
                      "cells": {d: singles.get(d, []) for d in days}})
        day += timedelta(days=7)
    by_day = {}
    for s in shown:
        if first <= s.first <= last or (s.is_span and s.first < first <= s.last):
            by_day.setdefault(max(s.first, first), []).append(s)
    info = {grid_start + timedelta(days=i): _day_info(calendar, grid_start + timedelta(days=i))
            for i in range((grid_end - grid_start).days + 1)}
    filters = _filters()
    previous, following = (first - timedelta(days=1)).replace(day=1), last + timedelta(days=1)
    today = ctx.now().astimezone(ctx.tz).date()
    return render_template("month.html", first=first, weeks=weeks, undated=undated, by_day=sorted(by_day.items()),
                           weekdays=WEEKDAY_LABELS, previous=previous, following=following, info=info,
                           today=today, this_month=today.replace(day=1), page_filters=filters,
                           day_label=day_label, event_url=_event_url(), **_choices(ctx))


def _preparing(event) -> list[str]:
    """Who prepares: the agenda items' units (lead units first, each once), then the units the event
    names, then text an import could not match."""
    names, texts = [], []
    items = event.live_agenda
    for p in sorted((p for i in items for p in i.preparations), key=lambda p: p.role != "lead"):
        if p.unit.name not in names:
            names.append(p.unit.name)
    for u in event.units:
        if u.name not in names:
            names.append(u.name)
    for i in items:
        if i.preparing_units_text and i.preparing_units_text not in texts:
            texts.append(i.preparing_units_text)
    return names + texts


def _clock_span(ctx, s: Shown) -> str:
    """"08:00–10:30" for a timed occurrence; "" for a slot (the buổi says it) or an all-day one."""
    if s.event.slot or not isinstance(s.occ.start, datetime):
        return ""
    start, end = s.occ.start.astimezone(ctx.tz), s.occ.end.astimezone(ctx.tz)
    if end.date() != start.date():
        return f"{start:%H:%M} – {end:%H:%M} {end:%d/%m}"
    return f"{start:%H:%M}–{end:%H:%M}"


@bp.get("/lich/tuan")
@login_required()
def week():
    ctx = request_ctx()
    raw = request.args.get("ngay", "")
    today = ctx.now().astimezone(ctx.tz).date()
    anchor = page_date(raw) if raw else today
    monday = anchor - timedelta(days=anchor.weekday())
    days = [monday + timedelta(days=i) for i in range(7)]
    if days[-1].year > MAX_YEAR:
        abort(404)
    calendar = ctx.work_calendar()
    shown, _ = _shown(ctx, days[0], days[-1], calendar)
    # Spans of several days ("Từ 01/11 đến 18/11: ngày hội...") are listed once, above the days.
    spans = [s for s in shown if s.is_span]
    sheet = []
    for d in days:
        groups = []
        for row, label in BUOI:
            here = [s for s in shown if not s.is_span and s.first == d and s.row == row]
            if here:
                groups.append({"row": row, "label": label, "items": here})
        sheet.append({"day": d, "label": day_label(d), "info": _day_info(calendar, d), "groups": groups,
                      "rows": sum(len(g["items"]) for g in groups), "today": d == today})
    return render_template("week.html", days=days, sheet=sheet, spans=spans, previous=monday - timedelta(days=7),
                           following=monday + timedelta(days=7), this_week=today - timedelta(days=today.weekday()),
                           page_filters=_filters(), preparing=_preparing, event_url=_event_url(), clock_span=lambda s: _clock_span(ctx, s),
                           **_choices(ctx))


@bp.get("/lich/ngay/<day>")
@login_required()
def day_view(day):
    ctx = request_ctx()
    the_day = page_date(day)
    calendar = ctx.work_calendar()
    shown, _ = _shown(ctx, the_day, the_day, calendar)
    order = {"all_day": 0, "morning": 1, "afternoon": 2, "evening": 3}
    shown.sort(key=lambda s: (order[s.row], s.occ.start if isinstance(s.occ.start, datetime)
                              else datetime.combine(s.first, time(0), ctx.tz), s.event.id))
    return render_template("day.html", day=the_day, shown=shown, weekday=WEEKDAY_LABELS[the_day.weekday()],
                           kind_labels=KIND_LABELS, status_labels=STATUS_LABELS, tz=ctx.tz,
                           info=_day_info(calendar, the_day), preparing=_preparing)
