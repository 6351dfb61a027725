"""An event's own page (to read, every role) and its form (office): create, edit and cancel; conflicts are
shown before anything is saved.

The form is a round trip: every field of `events.event_input` is either shown and sent back, or sent back
in a hidden field, so saving an untouched form changes nothing. On an edit, only the fields whose value
differs from the stored one go into the PATCH (an untouched timing is not recomputed from today's slot hours)."""
import re
from datetime import date, datetime, time, timedelta, timezone

from flask import abort, redirect, render_template, request, url_for
from sqlalchemy import select

from service import conflicts, day_text, events, scheduling, schemas, series, submissions
from service.context import request_ctx
from service.errors import NotFound, PreconditionFailed, ScheduleConflict, ServiceError, ValidationFailed
from service.importer.grammar import RRULE_DAYS, find_weekly
from service.listing import load_event
from service.models import Event, Group, Person, Unit
from service.models.directory import group_members
from service.offices import core_scope
from service.publishing import public_flag
from service.summons import SummonsReadOnly
from service.page_base import flash, login_required, validated
from service.text import fold, person_key, vietnamese_key
from service.vocabulary import (CONFLICT_HEADINGS, KIND_LABELS, SLOT_LABELS, SLOT_WORDS, STATUS_LABELS,
                                WEEKDAY_LABELS, day_label, rule_words, weekday_words)
from service.web import bp

BLANK_ITEMS = 3
MAX_ROWS = 300 + BLANK_ITEMS  # the API takes 300 agenda items; a larger `rows` is a forged form, not a meeting
TIMING_KEYS = ("start", "end", "all_day", "slot", "month", "rrule")
# Where an API field's error is shown on the form.
FIELD_OF = {"start": "date", "end": "end_date", "month": "date", "rrule": "repeat", "chair_id": "chair_id",
            "location": "location", "title": "title", "exceptions": "repeat", "slot": "slot", "all_day": "slot"}
# History: what a changed field is called.
FIELD_WORDS = {"title": "tên", "kind": "loại", "status": "trạng thái", "busy": "chiếm thời gian", "start": "thời gian",
               "end": "thời gian", "all_day": "thời gian", "slot": "buổi", "month": "tháng", "rrule": "lặp lại",
               "exceptions": "ngoại lệ của chuỗi", "location": "địa điểm", "chair_id": "chủ trì",
               "chair_text": "ghi chú chủ trì", "attendees_text": "thành phần", "notes": "ghi chú",
               "attendee_ids": "người dự", "group_ids": "nhóm dự", "unit_ids": "đơn vị dự", "agenda": "nội dung",
               "skip_holidays": "bỏ qua ngày lễ", "holidays_kept": "ngày lễ vẫn họp",
               "public": "công khai"}
ACTION_WORDS = {"created": "Tạo", "updated": "Sửa", "cancelled": "Hủy", "submitted": "Đơn vị đã nộp tài liệu",
                "unsubmitted": "Bỏ đánh dấu đã nộp", "occurrence_cancelled": "Hủy lần họp",
                "occurrence_moved": "Dời lần họp", "occurrence_restored": "Khôi phục lần họp",
                "series_ended": "Kết thúc chuỗi sau ngày", "calendar_changed": "Lịch nghỉ của cơ quan đổi ngày"}


# ---- reading the form ----------------------------------------------------------------------------

def _int(raw: str) -> int | None:
    return int(raw) if raw.isdecimal() and 0 < int(raw) < 2**31 else None


def _ids(name: str, errors: dict, field: str | None = None) -> list[int]:
    """Ids of ticked boxes, in the order sent; a value that is no id is an error, never dropped."""
    out = []
    for raw in request.form.getlist(name):
        value = _int(raw.strip())
        if value is None:
            errors[field or name] = "giá trị không hợp lệ; hãy chọn lại trong danh sách"
        elif value not in out:
            out.append(value)
    return out


def _lines(raw: str | None) -> str:
    """Browsers send text areas with CRLF line breaks; events keep LF."""
    return (raw or "").replace("\r\n", "\n").replace("\r", "\n")


def _prose(name: str) -> str | None:
    return _lines(request.form.get(name)).strip() or None


def _units_by_name(ctx) -> dict[str, int]:
    """Active units by the folded forms of their names, short names and aliases (what "Thêm đơn vị" takes)."""
    out = {}
    for unit in ctx.session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id)):
        for name in [unit.name, unit.short_name, *(unit.aliases or [])]:
            if name:
                out.setdefault(fold(name), unit.id)
    return out


def read_form(ctx, event: Event | None, errors: dict) -> tuple[dict, list[int]]:
    """The form as the API's body, in the shape of `events.event_input` (so an edit can be compared with
    the stored event field by field), and the form row of each agenda item sent."""
    f = request.form
    chair_raw = f.get("chair_id", "").strip()
    chair = _int(chair_raw) if chair_raw else None
    if chair_raw and chair is None:
        errors["chair_id"] = "người chủ trì không hợp lệ; hãy chọn lại trong danh sách"
    body = {"title": f.get("title", "").strip(), "kind": f.get("kind") or None, "status": f.get("status") or None,
            "busy": {"yes": True, "no": False}.get(f.get("busy", "")),
            **_timing(ctx, event, errors),
            "location": f.get("location", "").strip() or None, "chair_id": chair,
            "chair_text": _prose("chair_text"), "attendee_ids": _ids("attendee_ids", errors),
            "group_ids": _ids("group_ids", errors), "unit_ids": _ids("unit_ids", errors),
            "attendees_text": _prose("attendees_text"), "notes": _lines(f.get("notes")) or None}
    if body["notes"] is not None and not body["notes"].strip():
        body["notes"] = None
    body["public"] = _public(ctx, event, body["kind"])
    body["agenda"], rows = _agenda(ctx, errors)
    return body, rows


def _public(ctx, event: Event | None, kind: str | None):
    """The event's `public` from the box "Công khai trên cổng thông tin". The box shows the effective value;
    left as shown, the stored choice stays (NULL keeps following the kind's default), so saving an
    untouched form changes nothing. A form without the box (an older page) keeps what is stored.
    Whether the clerk touched the box is read against `public_shown`, the value the box was rendered with
    (the kind chosen may differ from the one the box was ticked for: "Công tác khác" on a new form, a kind
    changed on edit); untouched, a new event follows its kind's default (NULL)."""
    if request.form.get("public_field") != "1":
        return event.public if event is not None else None
    wanted = request.form.get("public") == "yes"
    shown = request.form.get("public_shown")
    if shown is not None:
        if wanted == (shown == "yes"):
            return event.public if event is not None else None
        return wanted
    kind_defaults = public_flag.defaults(ctx.session)
    default = kind_defaults.get(kind or (event.kind if event is not None else "meeting"), False)
    if event is not None:
        follows = event.public if event.public is not None else default
        return event.public if wanted == follows else wanted
    return None if wanted == default else wanted


def _timing(ctx, event: Event | None, errors: dict) -> dict:
    """start, end, all_day, slot, month and rrule as `events.timing_input` gives them."""
    f = request.form
    day, slot = day_text.as_iso(f.get("date", "")), f.get("slot", "")
    start_time, end_time, end_day = f.get("start_time", "").strip(), f.get("end_time", "").strip(), \
        day_text.as_iso(f.get("end_date", ""))
    out = dict.fromkeys(TIMING_KEYS)
    repeat = f.get("repeat", "").strip()
    if repeat and repeat == f.get("repeat_shown", "").strip() and f.get("rrule"):
        out["rrule"] = f.get("rrule")  # untouched: the stored rule, with what its words do not say (UNTIL, COUNT)
    elif repeat.upper().startswith("FREQ="):
        out["rrule"] = repeat
    elif repeat:
        weekly = find_weekly(repeat)
        if weekly is None:
            errors["repeat"] = "không hiểu cách lặp lại; ví dụ: Chiều thứ Hai hằng tuần"
        else:
            weekday, slot_word = weekly.weekly
            try:
                first = date.fromisoformat(day) if day else ctx.now().astimezone(ctx.tz).date()
            except ValueError:
                first = ctx.now().astimezone(ctx.tz).date()
            first += timedelta(days=(weekday - first.weekday()) % 7)
            day = first.isoformat()
            if slot_word and not (start_time or end_time):
                slot = slot_word
            out["rrule"] = f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[weekday]}" + _rule_extras(repeat, errors)
    if not day:
        if start_time or end_time or end_day or slot:
            errors["date"] = "cần ngày"
        out["month"] = f.get("month", "").strip() or None
        undated_before = event is not None and not event.dated and event.month is None
        if not out["month"] and not undated_before:
            errors["date"] = "cần ngày (hoặc tháng, với sự kiện chưa xác định ngày)"
        if out["rrule"]:
            errors["repeat"] = "sự kiện chưa có ngày thì không lặp lại"
        return out
    if slot in SLOT_LABELS and (start_time or end_time):
        # Both chosen and they may disagree (Buổi sáng, 14:00): which one the clerk meant is not ours to guess.
        errors["start_time"] = (f"đã chọn «{SLOT_LABELS[slot]}»: để trống giờ, hoặc chọn «Giờ cụ thể» "
                                "để dùng giờ đã nhập")
    elif slot == "time" or start_time or end_time:
        # Hours typed with the buổi left at "cả ngày": the hours are what the clerk meant.
        if not start_time:
            errors["start_time"] = "cần giờ bắt đầu"
        if not end_time:
            errors["end_time"] = "cần giờ kết thúc"
        out.update(start=_instant(ctx, day, start_time), end=_instant(ctx, end_day or day, end_time),
                   all_day=False)
    elif slot in SLOT_LABELS:
        out.update(start=day, slot=slot, all_day=False)
        if end_day and end_day != day:
            errors["end_date"] = "sự kiện theo buổi chỉ diễn ra trong một ngày; chọn «Cả ngày» cho nhiều ngày"
    else:
        out.update(start=day, end=end_day or day, all_day=True)
    return out


def _rule_extras(words: str, errors: dict) -> str:
    """What `series_words` says besides the weekday, read back: "cách 2 tuần một lần", "đến hết 31/12/2023",
    "10 lần" (so that changing the weekday of a series that ends does not make it endless)."""
    out = ""
    interval = re.search(r"cách (\d{1,3}) tuần", words)
    if interval and int(interval.group(1)) > 1:
        out += f";INTERVAL={int(interval.group(1))}"
    until = re.search(r"đến (?:hết )?(?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4})", words)
    count = re.search(r"(\d{1,4}) lần(?! một)", words)
    if until:
        try:
            out += f";UNTIL={date(int(until.group(3)), int(until.group(2)), int(until.group(1))):%Y%m%d}"
        except ValueError:
            errors["repeat"] = f"ngày kết thúc «{until.group(0)}» không có thật"
    elif count:
        out += f";COUNT={int(count.group(1))}"
    return out


def _instant(ctx, day: str, clock: str) -> str:
    try:
        return datetime.combine(date.fromisoformat(day), time.fromisoformat(clock), ctx.tz).isoformat()
    except ValueError:
        return f"{day}T{clock}"  # let the API's validation name the problem


def _rows_sent() -> int:
    """How many agenda rows the form says it has, bounded (a huge number would hold the worker)."""
    raw = request.form.get("rows", "0")
    return min(int(raw[:6]), MAX_ROWS) if raw.isdecimal() else 0


def _agenda(ctx, errors: dict) -> tuple[list[dict], list[int]]:
    f, items, rows = request.form, [], []
    names = None
    for i in range(_rows_sent()):
        # The title is a text area so that a long one can be read whole; it is still one line.
        title = " ".join(_lines(f.get(f"item_title_{i}")).split("\n")).strip()
        if not title:
            continue
        number = f.get(f"item_number_{i}", "").strip()
        units = _ids(f"item_units_{i}", errors)
        added = [n.strip() for n in f.get(f"item_add_{i}", "").split(";") if n.strip()]
        if added:
            names = names if names is not None else _units_by_name(ctx)
            unknown = [n for n in added if fold(n) not in names]
            if unknown:
                errors[f"item_add_{i}"] = "không có trong danh bạ: " + "; ".join(unknown)
            units += [u for u in (names.get(fold(n)) for n in added) if u is not None and u not in units]
        lead = _int(f.get(f"item_lead_{i}", ""))
        if lead not in units:  # a lead must be one of the ticked units; with one unit, there is no choice
            lead = units[0] if len(units) == 1 else None
            if len(units) > 1:
                errors[f"item_units_{i}"] = "chọn đơn vị chủ trì (nút tròn «chủ trì» bên cạnh tên đơn vị)"
        item = {"id": _int(f.get(f"item_id_{i}", "")), "number": int(number) if number.isdecimal() and len(number) < 6
                else None, "title": title, "unit_ids": units, "lead_unit_id": lead,
                "preparing_units_text": _prose(f"item_units_text_{i}"),
                "deadline": day_text.as_iso(f.get(f"item_deadline_{i}", "")) or None}
        if number and item["number"] is None:
            errors[f"item_number_{i}"] = "số thứ tự phải là số"
        items.append(item)
        rows.append(i)
    return items, rows


def changed_fields(event: Event, body: dict, tz) -> dict:
    """The PATCH: only what differs from the stored event. An untouched timing stays as stored."""
    stored = events.event_input(event, tz)
    # Text the API stored with CRLF reads back from the form as LF: that is no change made by the clerk.
    for name in ("notes", "chair_text", "attendees_text"):
        stored[name] = _lines(stored[name]) if stored[name] is not None else None
    for item in stored["agenda"]:
        if item["preparing_units_text"] is not None:
            item["preparing_units_text"] = _lines(item["preparing_units_text"])
    patch = {k: v for k, v in body.items() if k not in TIMING_KEYS and v != stored.get(k)}
    if any(body[k] != stored[k] for k in TIMING_KEYS):
        patch.update({k: body[k] for k in TIMING_KEYS})
        if not body["rrule"]:
            patch["exceptions"] = []  # no series, no exceptions of it
    return patch


# ---- the form's values ---------------------------------------------------------------------------

def _form_values(ctx, event: Event | None) -> dict:
    """What the form shows: the submitted values after a refused POST, else the event's."""
    if request.method == "POST":
        f = request.form
        values = {k: f.get(k) for k in f}
        for name in ("attendee_ids", "group_ids", "unit_ids"):
            values[name] = [int(x) for x in f.getlist(name) if _int(x)]
        values["items"] = [_posted_item(ctx, i) for i in range(_rows_sent())]
        return values
    if event is None:
        # A line the importer skipped comes here as ?tieu_de=...&ghi_chu=... (the preview's "Tạo sự kiện").
        return {"date": request.args.get("ngay", ""), "status": "confirmed", "kind": "meeting",
                "public": "yes" if public_flag.defaults(ctx.session)["meeting"] else "",
                "public_shown": "yes" if public_flag.defaults(ctx.session)["meeting"] else "",
                "title": request.args.get("tieu_de", "")[:1000], "notes": request.args.get("ghi_chu", "")[:2000],
                "attendee_ids": [], "group_ids": [], "unit_ids": [], "items": []}
    values = {"title": event.title, "kind": event.kind, "status": event.status, "location":
              event.location.name if event.location else "", "chair_id": str(event.chair_id or ""),
              "chair_text": event.chair_text or "", "attendees_text": event.attendees_text or "",
              "notes": event.notes or "", "sequence": str(event.sequence),
              "attendee_ids": [p.id for p in event.attendees], "group_ids": [g.id for g in event.groups],
              "unit_ids": [u.id for u in event.units], "busy": "yes" if event.busy else "no",
              "public": "yes" if public_flag.effective(event, public_flag.defaults(ctx.session)) else ""}
    values["public_shown"] = values["public"]
    if event.all_day and event.start_date:
        values.update(date=event.start_date.isoformat(), slot="",
                      end_date=event.end_date.isoformat() if event.end_date != event.start_date else "")
    elif event.start_at is not None:
        start, end = event.start_at.astimezone(ctx.tz), event.end_at.astimezone(ctx.tz)
        values.update(date=start.date().isoformat(), slot=event.slot or "time")
        if not event.slot:  # a buổi's hours are the buổi's, not typed ones (see _timing)
            values.update(start_time=_clock(start), end_time=_clock(end),
                          end_date=end.date().isoformat() if end.date() != start.date() else "")
    else:
        values["month"] = event.month.strftime("%Y-%m") if event.month else ""
    if event.rrule:
        values.update(repeat=series_words(event.rrule, event.slot, ctx.tz), rrule=event.rrule)
        values["repeat_shown"] = values["repeat"]
    values["items"] = [{"id": item.id, "number": "" if item.number is None else str(item.number),
                        "title": item.title, "units": [p.unit_id for p in item.preparations],
                        "lead": item.lead_unit_id, "units_text": item.preparing_units_text or "", "add": "",
                        "deadline": item.deadline_explicit.isoformat() if item.deadline_explicit else "",
                        "default": item.deadline if not item.deadline_explicit else None}
                       for item in event.live_agenda]
    return values


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"


def _posted_item(ctx, i: int) -> dict:
    f = request.form
    units = [int(x) for x in f.getlist(f"item_units_{i}") if _int(x)]
    names, kept = _units_by_name(ctx) if f.get(f"item_add_{i}", "").strip() else {}, []
    for name in (n.strip() for n in f.get(f"item_add_{i}", "").split(";") if n.strip()):
        if fold(name) in names:
            if names[fold(name)] not in units:
                units.append(names[fold(name)])
        else:
            kept.append(name)
    return {"id": f.get(f"item_id_{i}", ""), "number": f.get(f"item_number_{i}", ""),
            "title": f.get(f"item_title_{i}", ""), "units": units, "lead": _int(f.get(f"item_lead_{i}", "")),
            "units_text": f.get(f"item_units_text_{i}", ""), "add": "; ".join(kept),
            "deadline": f.get(f"item_deadline_{i}", ""), "default": None}


def series_words(rrule: str | None, slot: str | None = None, tz=None) -> str:
    """A rule in words, with what rule_words leaves out: "Sáng thứ Hai hằng tuần, đến hết 31/12/2023"."""
    words = rule_words(rrule, slot)
    if not rrule or words == rrule:
        return words
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    if parts.get("INTERVAL", "1") != "1":
        words = words.replace("hằng tuần", f"cách {parts['INTERVAL']} tuần một lần")
    if "UNTIL" in parts and re.match(r"\d{8}", parts["UNTIL"]):
        u = parts["UNTIL"]
        if u.endswith("Z") and tz is not None:  # a timed series' UNTIL is UTC: say the local day
            u = datetime.strptime(u, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc).astimezone(tz).strftime("%Y%m%d")
        words += f", đến hết {u[6:8]}/{u[4:6]}/{u[:4]}"
    if "COUNT" in parts:
        words += f", {parts['COUNT']} lần"
    return words


def _choices(ctx, values: dict) -> dict:
    """The directory for the form: active entries, and any inactive one the event still names (leaving it
    out would drop it on save)."""
    chosen_persons = set(values.get("attendee_ids") or []) | ({int(values["chair_id"])}
                                                              if _int(str(values.get("chair_id") or "")) else set())
    chosen_units = set(values.get("unit_ids") or []) | {u for item in values.get("items", []) for u in item["units"]}
    persons = sorted(ctx.session.scalars(select(Person).where(Person.active.is_(True) | Person.id.in_(chosen_persons))),
                     key=lambda p: person_key(p.name))  # as Vietnamese lists are: by given name
    units = sorted(ctx.session.scalars(select(Unit).where(Unit.active.is_(True) | Unit.id.in_(chosen_units))),
                   key=lambda u: vietnamese_key(u.name))
    day = _date_or_none(values.get("date")) or ctx.now().astimezone(ctx.tz).date()
    hours = ctx.slot_hours(day)
    slot_hours = {k: _slot_span(k, hours) for k in SLOT_LABELS}
    return {"persons": persons, "groups": ctx.session.scalars(select(Group).order_by(Group.name)).all(),
            "units": units, "unit_names": {u.id: u.name for u in units}, "active_units": [u for u in units if u.active],
            "kinds": KIND_LABELS, "statuses": STATUS_LABELS, "slots": SLOT_LABELS, "slot_hours": slot_hours}


def _slot_span(slot: str, hours: dict) -> str:
    from service.calendar_rules import slot_times  # noqa: PLC0415
    try:
        begin, finish = slot_times(slot, hours)
    except (KeyError, ValueError, TypeError):
        return ""
    return f"{begin:%H:%M}–{finish:%H:%M}"


def _date_or_none(raw) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


# ---- conflicts -----------------------------------------------------------------------------------

def _conflict_key(c) -> tuple:
    return (c.kind, tuple(sorted(c.subject.items(), key=str)), tuple(sorted(c.event_ids)), str(c.start))


def _conflicts_view(ctx, found, own_id: int | None) -> list[dict]:
    titles, sources = conflicts.titles(ctx, found)  # a summons of an office above: its title and source
    out = []
    for c in found:
        when = c.start.astimezone(ctx.tz).strftime("%H:%M %d/%m/%Y") if isinstance(c.start, datetime) \
            else c.start.strftime("%d/%m/%Y")
        out.append({"heading": CONFLICT_HEADINGS[c.kind], "subject": c.subject.get("name"), "when": when,
                    "tentative": c.tentative,
                    "others": [(i, titles.get(i, f"#{i}"), sources.get(i)) for i in c.event_ids if i != own_id]})
    return out


# ---- the form page -------------------------------------------------------------------------------

def _form(ctx, event, errors=None, found=None, status=200):
    values = _form_values(ctx, event)
    rows = len(values["items"]) + BLANK_ITEMS if request.method == "GET" else max(_rows_sent(), BLANK_ITEMS)
    values["items"] += [{"id": "", "number": "", "title": "", "units": [], "lead": None, "units_text": "",
                         "add": "", "deadline": "", "default": None}] * (rows - len(values["items"]))
    exceptions = [events.exception_input(ex, event.all_day, ctx.tz) for ex in event.exceptions] if event else []
    kind_defaults = public_flag.defaults(ctx.session)
    public_kinds = [KIND_LABELS[k].lower() for k, shown in kind_defaults.items() if shown and k in KIND_LABELS]
    return render_template("event_form.html", event=event, v=values, errors=errors or {}, conflicts=found or [],
                           rows=rows, exceptions=exceptions, public_kinds=public_kinds,
                           **_choices(ctx, values)), status


def _errors_for_form(exc: ServiceError, rows: list[int]) -> dict:
    fields = {}
    for key, message in exc.fields.items():
        if key.startswith("agenda["):
            fields[_item_field(key, rows)] = message
        elif key.startswith("exceptions"):  # the series' cancelled or moved days no longer fit the new timing
            fields["repeat"] = f"ngoại lệ của chuỗi (các lần hủy, dời) không còn khớp lịch mới: {message}"
        else:
            fields[FIELD_OF.get(key.split(".")[0].split("[")[0], key.split("[")[0])] = message
    if not fields:
        fields["_"] = exc.message
    return fields


def _item_field(key: str, rows: list[int]) -> str:
    """'agenda[2].unit_ids[0]' -> 'item_units_<form row of the third item sent>' (blank rows are not sent)."""
    index = int(key.split("[")[1].split("]")[0])
    row = rows[index] if index < len(rows) else index
    name = key.split(".")[1].split("[")[0] if "." in key else "title"
    return {"title": f"item_title_{row}", "unit_ids": f"item_units_{row}", "deadline": f"item_deadline_{row}",
            "number": f"item_number_{row}", "lead_unit_id": f"item_units_{row}",
            "preparing_units_text": f"item_units_text_{row}"}.get(name, f"item_title_{row}")


def _save(ctx, event: Event | None):
    errors = {}
    body, rows = read_form(ctx, event, errors)
    if event is not None:
        body = changed_fields(event, body, ctx.tz)
        if not body and not errors:
            flash("Không có gì thay đổi.")
            return redirect(url_for("web.event_page", event_id=event.id))
        if request.form.get("sequence", "").isdecimal():
            body["sequence"] = int(request.form["sequence"])
    else:
        body = {k: v for k, v in body.items() if v not in (None, [])}
    # Nothing is written until the clerk has seen the conflicts the change brings and confirmed; conflicts
    # the event already had are not the change's (else an untouched save of a clashing event is refused).
    confirmed = request.form.get("confirm_conflicts") == "yes"
    before = {_conflict_key(c) for c in conflicts.check_event(ctx, event)} if event is not None else set()
    try:
        if errors:
            raise ServiceError("Có lỗi trong biểu mẫu", errors)
        schema = schemas.EventCreate if event is None else schemas.EventPatch
        saved = scheduling.save_event(ctx, validated(schema, body), event.id if event else None)
        new = [c for c in saved.conflicts if _conflict_key(c) not in before]
        if new and not confirmed:
            raise ScheduleConflict("Không lưu: sự kiện gây xung đột lịch", [], new, saved.event.id)
    except ScheduleConflict as exc:
        shown = _conflicts_view(ctx, exc.found, exc.event_id)
        ctx.session.rollback()
        return _form(ctx, events.get_event(ctx, event.id) if event else None, found=shown, status=409)
    except ServiceError as exc:
        ctx.session.rollback()
        return _form(ctx, events.get_event(ctx, event.id) if event else None, _errors_for_form(exc, rows),
                     status=422)
    ctx.session.commit()
    found = saved.conflicts
    flash("Đã lưu sự kiện." + (f" Lưu ý: {len(found)} xung đột lịch." if found else ""))
    return redirect(url_for("web.event_page", event_id=saved.event.id))


@bp.route("/su-kien/moi", methods=["GET", "POST"])
@login_required("office")
def new_event():
    ctx = request_ctx()
    if request.method == "POST":
        return _save(ctx, None)
    return _form(ctx, None)


def _event_or_404(ctx, event_id):
    try:
        return events.get_event(ctx, event_id)
    except NotFound:
        abort(404)


@bp.route("/su-kien/<id:event_id>/sua", methods=["GET", "POST"])
@login_required("office")
def edit_event(event_id):
    ctx = request_ctx()
    event = _event_or_404(ctx, event_id)
    if request.method == "POST":
        return _save(ctx, event)
    return _form(ctx, event)


@bp.post("/su-kien/<id:event_id>/huy")
@login_required("office")
def cancel_event(event_id):
    ctx = request_ctx()
    try:
        events.cancel_event(ctx, event_id)
    except NotFound:
        abort(404)
    ctx.session.commit()
    flash("Đã hủy sự kiện (sự kiện vẫn được lưu, hiện là đã hủy trong lịch).")
    return redirect(url_for("web.event_page", event_id=event_id))


# ---- the page to read ----------------------------------------------------------------------------


def when_words(ctx, event: Event) -> str:
    """"Sáng thứ Ba, 21/11/2023 (07:30–11:30)", "08:00–10:00, thứ Ba, 21/11/2023", "Từ thứ Tư, 01/11/2023
    đến thứ Bảy, 18/11/2023"; undated: the month its program lists it under."""
    if event.all_day and event.start_date:
        if event.end_date and event.end_date != event.start_date:
            return f"Từ {weekday_words(event.start_date)} đến {weekday_words(event.end_date)}"
        return f"{day_label(event.start_date)} (cả ngày)"
    if event.start_at is not None:
        start, end = event.start_at.astimezone(ctx.tz), event.end_at.astimezone(ctx.tz)
        if event.slot:
            return f"{SLOT_WORDS[event.slot]} {weekday_words(start.date())} ({start:%H:%M}–{end:%H:%M})"
        if end.date() == start.date():
            return f"{start:%H:%M}–{end:%H:%M}, {weekday_words(start.date())}"
        return f"Từ {start:%H:%M} {weekday_words(start.date())} đến {end:%H:%M} {weekday_words(end.date())}"
    if event.month:
        return f"Chưa xác định ngày (chương trình tháng {event.month:%m/%Y})"
    return "Chưa xác định ngày"


def _exception_words(ctx, event: Event) -> list[str]:
    """The series' cancelled and moved days; the coming holidays skipped are listed apart (`holidays`)."""
    out, today = [], ctx.now().astimezone(ctx.tz).date()
    calendar = ctx.work_calendar() if event.exceptions else None
    for ex in event.exceptions:
        original = ex.original_start.astimezone(ctx.tz).date()
        if ex.reason == series.HOLIDAY and original >= today:
            continue
        if ex.cancelled and ex.reason == series.HOLIDAY:
            out.append(f"Không họp: {original:%d/%m/%Y} — {calendar.holiday_name(original) or 'ngày nghỉ'}")
        elif ex.cancelled:
            out.append(f"Không diễn ra {weekday_words(original)}")
        elif event.all_day and ex.start_date:
            out.append(f"{day_label(original)} dời sang {weekday_words(ex.start_date)}")
        elif ex.start_at:
            moved = ex.start_at.astimezone(ctx.tz)
            out.append(f"{day_label(original)} dời sang {moved:%H:%M} {weekday_words(moved.date())}")
    return out


def _history_rows(ctx, event_id: int) -> list[dict]:
    rows = []
    for h in events.history(ctx, event_id):
        fields = list(dict.fromkeys(FIELD_WORDS.get(k.split("[")[0].split(".")[0], k) for k in (h.changes or {})))
        day = (h.changes or {}).get("occurrence", [None, None])[1]  # service.series names the day
        rows.append({"at": h.at.astimezone(ctx.tz), "actor": (h.actor or "").removeprefix("web:"),
                     "action": ACTION_WORDS.get(h.action, h.action) + (f" {day[8:10]}/{day[5:7]}/{day[:4]}" if day else ""),
                     "fields": ", ".join(fields) if h.action == "updated" else ""})
    return rows


def _agenda_rows(ctx, event: Event) -> list[dict]:
    today = ctx.now().astimezone(ctx.tz).date()
    rows = []
    for item in event.live_agenda:
        lead = [p for p in item.preparations if p.role == "lead"]
        support = [p for p in item.preparations if p.role != "lead"]
        rows.append({"item": item, "lead": lead, "support": support,
                     "late": item.submitted_at is None and item.deadline is not None and item.deadline < today,
                     "submitted": [p for p in item.preparations if p.submitted_at]})
    return rows


@bp.get("/su-kien/<id:event_id>")
@login_required()
def event_page(event_id):
    ctx = request_ctx()
    try:
        event = events.get_event(ctx, event_id)
    except SummonsReadOnly:  # an office above summons this one: its page to read, nothing to change
        return _summons_page(ctx, load_event(ctx.session, event_id))
    except NotFound:
        abort(404)
    return _page(ctx, event)


def _summons_page(ctx, event):
    """A summons (service.summons) as the summoned office reads it: when and where, its source, whom of
    the office's it names (its persons, its members of the groups named) and the agenda items its units
    prepare; the event's free text and history are the source office's (they may name the sibling offices)."""
    scope = ctx.session.info["office_ids"]
    p = Person.__table__
    members = ctx.session.execute(  # Core on the tables: the office scope is explicit
        select(group_members.c.group_id, p.c.name, p.c.title).join(p, p.c.id == group_members.c.person_id)
        .where(group_members.c.group_id.in_([g.id for g in event.groups]), p.c.active.is_(True),
               core_scope(ctx.session, p.c.office_id)).order_by(p.c.name)).all()
    agenda = [row for row in _agenda_rows(ctx, event)
              if any(prep.unit.office_id in scope for prep in row["item"].preparations)]
    return render_template("summons.html", event=event, when=when_words(ctx, event),
                           repeat=series_words(event.rrule, event.slot, ctx.tz), agenda=agenda,
                           source=event.summons["office_name"], members=members, scope=scope, tz=ctx.tz)


def _page(ctx, event: Event, error: str | None = None, errors: dict | None = None, status: int = 200):
    found = _conflicts_view(ctx, conflicts.check_event(ctx, event), event.id)
    return render_template("event.html", event=event, when=when_words(ctx, event),
                           repeat=series_words(event.rrule, event.slot, ctx.tz), exceptions=_exception_words(ctx, event),
                           agenda=_agenda_rows(ctx, event), conflicts=found, history=_history_rows(ctx, event.id),
                           kinds=KIND_LABELS, statuses=STATUS_LABELS, tz=ctx.tz, weekdays=WEEKDAY_LABELS,
                           coming=[_occurrence_view(ctx, event, r) for r in series.coming(ctx, event)] if event.rrule else [],
                           holidays=series.automatic_ahead(ctx, event) if event.rrule else [],
                           slot_labels=SLOT_LABELS, error=error, errors=errors or {},
                           public=public_flag.effective(event, public_flag.defaults(ctx.session))), status


def _occurrence_view(ctx, event: Event, row: series.Row) -> dict:
    """One coming occurrence in words: its day, its hours, what became of it."""
    def hours(start, end):
        if isinstance(start, datetime):
            s, e = start.astimezone(ctx.tz), end.astimezone(ctx.tz)
            return f"{s:%H:%M}–{e:%H:%M}"
        return "cả ngày" if start == end else f"đến {end:%d/%m/%Y}"
    if row.cancelled and row.reason == series.HOLIDAY:
        state = f"Không họp — {row.holiday or 'ngày nghỉ'} (tự động)"
    elif row.cancelled:
        state = "Đã hủy lần này"
    elif row.moved:
        day = row.start.astimezone(ctx.tz).date() if isinstance(row.start, datetime) else row.start
        state = f"Dời sang {hours(row.start, row.end)}, {weekday_words(day)}"
    elif row.kept:
        state = f"Vẫn họp (dù là {row.holiday})"
    elif row.holiday:
        state = f"Diễn ra (ngày {row.holiday})"
    else:
        state = "Diễn ra"
    return {"day": row.day, "label": day_label(row.day), "hours": hours(*series._span_of(event, row.original)),
            "state": state, "cancelled": row.cancelled, "moved": row.moved, "automatic": row.reason == series.HOLIDAY,
            "changed": row.cancelled or row.moved}


# ---- a series from the page (office) -------------------------------------------------------------

def _sequence() -> int | None:
    """The version the page showed (If-Match): none is none; one that cannot be read is refused, never
    skipped (that would let a stale page overwrite another's change)."""
    raw = request.form.get("sequence", "").strip()
    if not raw:
        return None
    if not (raw.isdecimal() and len(raw) < 10):
        raise PreconditionFailed("Trang đã cũ hoặc không hợp lệ (phiên bản); hãy tải lại rồi làm lại")
    return int(raw)


def _series_step(event_id: int, step, done: str):
    """Run one series change; a refusal is the event page again with the reason (4xx), nothing written."""
    ctx = request_ctx()
    event = _event_or_404(ctx, event_id)
    try:
        message = step(ctx)
    except NotFound:  # no occurrence that day: a link that is not ours
        ctx.session.rollback()
        abort(404)
    except PreconditionFailed as exc:
        ctx.session.rollback()
        return _page(ctx, events.get_event(ctx, event.id), error=exc.message, status=exc.status)
    except ServiceError as exc:
        ctx.session.rollback()
        words = "; ".join(f"{SERIES_FIELDS.get(k, k)}: {v}" for k, v in exc.fields.items()) or exc.message
        return _page(ctx, events.get_event(ctx, event.id), error=f"Chưa làm được: {words}", errors=exc.fields,
                     status=exc.status)
    ctx.session.commit()
    flash(message or done)
    return redirect(url_for("web.event_page", event_id=event_id) + "#chuoi")


SERIES_FIELDS = {"start": "ngày giờ mới", "end": "giờ kết thúc", "until": "ngày kết thúc chuỗi", "date": "ngày",
                 "event_id": "sự kiện", "slot": "buổi", "exceptions": "ngoại lệ của chuỗi", "rrule": "lặp lại"}


def _day_or_404(raw: str) -> date:
    try:
        return series.parse_day(raw)
    except ServiceError:
        abort(404)


def _conflict_note(saved) -> str:
    return f" Lưu ý: {len(saved.conflicts)} xung đột lịch." if saved.conflicts else ""


@bp.post("/su-kien/<id:event_id>/lan/<day>/huy")
@login_required("office")
def cancel_occurrence(event_id, day):
    when = _day_or_404(day)
    return _series_step(event_id, lambda ctx: series.cancel(ctx, event_id, when, _sequence()) and None,
                        f"Đã hủy lần họp {day_label(when)}. Có thể khôi phục trong bảng các lần họp.")


@bp.post("/su-kien/<id:event_id>/lan/<day>/khoi-phuc")
@login_required("office")
def restore_occurrence(event_id, day):
    when = _day_or_404(day)
    return _series_step(event_id, lambda ctx: series.restore(ctx, event_id, when, _sequence()) and None,
                        f"Đã khôi phục lần họp {day_label(when)} (theo lịch của chuỗi).")


@bp.post("/su-kien/<id:event_id>/lan/<day>/doi")
@login_required("office")
def move_occurrence(event_id, day):
    when = _day_or_404(day)

    def step(ctx):
        f = request.form
        new_day = series.parse_day(f.get("new_date", ""), "start")
        slot, start_time, end_time = f.get("slot", ""), f.get("start_time", "").strip(), f.get("end_time", "").strip()
        if slot == "time" or start_time or end_time:
            if not (start_time and end_time):
                raise ServiceError("", {"start": "cần cả giờ bắt đầu và giờ kết thúc (ví dụ 14:00 và 16:30)"})
            body = {"start": _instant(ctx, new_day.isoformat(), start_time),
                    "end": _instant(ctx, new_day.isoformat(), end_time)}
        else:
            body = {"start": new_day.isoformat(), **({"slot": slot} if slot in SLOT_LABELS else {})}
        saved = series.move(ctx, event_id, when, validated(schemas.OccurrenceMoveIn, body), _sequence())
        return f"Đã dời lần họp {day_label(when)} sang {day_label(new_day)}.{_conflict_note(saved)}"
    return _series_step(event_id, step, "")


@bp.post("/su-kien/<id:event_id>/ket-thuc-chuoi")
@login_required("office")
def end_series(event_id):
    def step(ctx):
        until = series.parse_day(request.form.get("until", ""), "until")
        ended = series.end(ctx, event_id, until, _sequence())
        if ended.removed is None:
            gone = "bỏ mọi lần họp sau ngày đó (trước đây chuỗi không có ngày kết thúc)"
        else:
            gone = f"bỏ {ended.removed} lần họp sau ngày đó"
        return f"Đã kết thúc chuỗi vào ngày {until:%d/%m/%Y}: {gone}."
    return _series_step(event_id, step, "")


@bp.post("/su-kien/<id:event_id>/bo-qua-ngay-le")
@login_required("office")
def skip_holidays(event_id):
    """Turn the skipping of holidays on or off: the automatic cancellations are made again or dropped."""
    on = request.form.get("skip") == "yes"

    def step(ctx):
        body = {"skip_holidays": on, "busy": _event_or_404(ctx, event_id).busy}
        if _sequence() is not None:
            body["sequence"] = _sequence()
        events.update_event(ctx, event_id, validated(schemas.EventPatch, body))
        return ("Chuỗi bỏ qua ngày lễ và ngày nghỉ của cơ quan." if on
                else "Chuỗi họp cả vào ngày lễ và ngày nghỉ (các lần tự động bỏ qua đã được khôi phục).")
    return _series_step(event_id, step, "")


# ---- submissions marked by the office ------------------------------------------------------------

def _back(event_id: int) -> str:
    target = request.form.get("next", "")
    return target if target.startswith("/viec-phai-nop") else url_for("web.event_page", event_id=event_id) + "#agenda"


@bp.post("/su-kien/<id:event_id>/noi-dung/<id:item_id>/da-nop")
@login_required("office")
def mark_submitted(event_id, item_id):
    """Papers brought by hand: the office marks the unit's part (or the whole item) handed in."""
    ctx = request_ctx()
    item = _item_or_404(ctx, event_id, item_id)
    unit_id = _unit_or_404()
    who = " ".join(request.form.get("by", "").split())[:120]
    clerk = (ctx.actor or "").removeprefix("web:")
    # The page shows it in brackets after the unit: "(Chị Hoa — nộp trực tiếp, lan ghi nhận)".
    by = f"{who} — nộp trực tiếp, {clerk} ghi nhận" if who else f"nộp trực tiếp, {clerk} ghi nhận"
    try:
        submissions.mark(ctx, item.id, unit_id, by)
    except NotFound:
        ctx.session.rollback()
        abort(404)
    ctx.session.commit()
    flash(f"Đã ghi nhận đã nộp: {item.title[:80]}.")
    return redirect(_back(event_id))


@bp.post("/su-kien/<id:event_id>/noi-dung/<id:item_id>/bo-da-nop")
@login_required("office")
def unmark_submitted(event_id, item_id):
    ctx = request_ctx()
    item = _item_or_404(ctx, event_id, item_id)
    try:
        submissions.unmark(ctx, item.id, _unit_or_404())
    except NotFound:
        ctx.session.rollback()
        abort(404)
    except ValidationFailed as exc:
        ctx.session.rollback()
        flash(" ".join(exc.fields.values()))
        return redirect(_back(event_id))
    ctx.session.commit()
    flash(f"Đã bỏ đánh dấu đã nộp: {item.title[:80]}. Nhắc việc cho đơn vị được lên lịch lại.")
    return redirect(_back(event_id))


def _unit_or_404() -> int | None:
    """The form's unit; none (absent or empty) means the whole item, anything unreadable is a 404 — never
    the whole item by mistake."""
    raw = request.form.get("unit_id", "").strip()
    if not raw:
        return None
    unit_id = _int(raw)
    if unit_id is None:
        abort(404)
    return unit_id


def _item_or_404(ctx, event_id: int, item_id: int):
    from service.models import AgendaItem  # noqa: PLC0415
    item = ctx.session.get(AgendaItem, item_id)
    if item is None or item.event_id != event_id or item.removed_at is not None:
        abort(404)
    return item

