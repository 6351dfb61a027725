"""Create, edit and cancel an event on one page; conflicts are shown before anything is saved."""
from datetime import date, datetime, time, timedelta

from flask import abort, redirect, render_template, request, url_for
from sqlalchemy import select

from service import events, scheduling, schemas
from service.context import request_ctx
from service.errors import NotFound, ScheduleConflict, ServiceError
from service.importer.grammar import RRULE_DAYS, find_weekly
from service.models import Event, Group, Person, Unit
from service.vocabulary import CONFLICT_HEADINGS, KIND_LABELS, SLOT_LABELS, STATUS_LABELS, rule_words
from service.page_base import flash, login_required, validated
from service.web import bp

BLANK_ITEMS = 3
MAX_ROWS = 300 + BLANK_ITEMS  # the API takes 300 agenda items; a larger `rows` is a forged form, not a meeting
# Where an API field's error is shown on the form.
FIELD_OF = {"start": "date", "end": "end_date", "month": "date", "rrule": "repeat", "chair_id": "chair_id",
            "location": "location", "title": "title"}


def _int(raw: str) -> int | None:
    return int(raw) if raw.isdigit() and 0 < int(raw) < 2**31 else None


def _ints(name: str) -> list[int]:
    return [v for v in (_int(x) for x in request.form.getlist(name)) if v is not None]


def form_body(ctx, errors: dict) -> dict:
    """The form, as the API's JSON body. Only shapes are decided here; the API's models validate."""
    f = request.form
    body = {"title": f.get("title", "").strip(), "kind": f.get("kind") or None, "status": f.get("status") or None,
            "location": f.get("location", "").strip() or None, "chair_id": _int(f.get("chair_id", "")),
            "chair_text": f.get("chair_text", "").strip() or None, "attendee_ids": _ints("attendee_ids"),
            "group_ids": _ints("group_ids"), "notes": f.get("notes", "").strip() or None,
            "start": None, "end": None, "all_day": None, "slot": None, "month": None, "rrule": None}
    if f.get("busy") in ("yes", "no"):
        body["busy"] = f.get("busy") == "yes"
    day, slot = f.get("date", "").strip(), f.get("slot", "")
    repeat = f.get("repeat", "").strip()
    if repeat:
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
            day, slot = first.isoformat(), slot_word or (slot if slot != "time" else "")
            body["rrule"] = f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[weekday]}"
    if slot == "time":
        start_time, end_time = f.get("start_time", ""), f.get("end_time", "")
        if not start_time:
            errors["start_time"] = "cần giờ bắt đầu"
        else:
            body["start"] = _instant(ctx, day, start_time)
            body["end"] = _instant(ctx, f.get("end_date") or day, end_time) if end_time else None
    elif day:
        body.update(start=day, slot=slot or None, end=f.get("end_date") or None)
    else:
        body["month"] = f.get("month") or None
        if not body["month"]:
            errors["date"] = "cần ngày (hoặc tháng, với sự kiện chưa xác định ngày)"
    body["agenda"] = _agenda(errors)
    return body


def _instant(ctx, day: str, clock: str) -> str:
    try:
        return datetime.combine(date.fromisoformat(day), time.fromisoformat(clock), ctx.tz).isoformat()
    except ValueError:
        return f"{day}T{clock}"  # let the API's validation name the problem


def _rows_sent() -> int:
    """How many agenda rows the form says it has, bounded (a huge number would hold the worker)."""
    raw = request.form.get("rows", "0")
    return min(int(raw[:6]), MAX_ROWS) if raw.isdigit() else 0


def _agenda(errors: dict) -> list[dict]:
    f, items = request.form, []
    for i in range(_rows_sent()):
        title = f.get(f"item_title_{i}", "").strip()
        if not title:
            continue
        number = f.get(f"item_number_{i}", "").strip()
        item = {"id": _int(f.get(f"item_id_{i}", "")), "title": title, "unit_ids": _ints(f"item_units_{i}"),
                "number": int(number) if number.isdigit() and len(number) < 6 else None,
                "deadline": f.get(f"item_deadline_{i}", "").strip() or None}
        if number and item["number"] is None:
            errors[f"agenda[{len(items)}].number"] = "số thứ tự phải là số"
        items.append(item)
    return items


def _choices(ctx) -> dict:
    return {"persons": ctx.session.scalars(select(Person).where(Person.active.is_(True)).order_by(Person.name)).all(),
            "groups": ctx.session.scalars(select(Group).order_by(Group.name)).all(),
            "units": ctx.session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.name)).all(),
            "kinds": KIND_LABELS, "statuses": STATUS_LABELS, "slots": SLOT_LABELS, "blank": BLANK_ITEMS}


def _values(ctx, event: Event | None) -> dict:
    """The form's values: the submitted ones, else the event's."""
    if request.method == "POST":
        return {k: request.form.getlist(k) if k in ("attendee_ids", "group_ids") or k.startswith("item_units_")
                else request.form.get(k) for k in request.form}
    if event is None:
        # A line the importer skipped comes here as ?tieu_de=...&ghi_chu=... (the preview's "Tạo sự kiện").
        return {"date": request.args.get("ngay", ""), "status": "confirmed", "kind": "meeting",
                "title": request.args.get("tieu_de", "")[:1000], "notes": request.args.get("ghi_chu", "")[:2000]}
    values = {"title": event.title, "kind": event.kind, "status": event.status, "location":
              event.location.name if event.location else "", "chair_id": str(event.chair_id or ""),
              "chair_text": event.chair_text or "", "notes": event.notes or "", "sequence": str(event.sequence),
              "attendee_ids": [str(p.id) for p in event.attendees], "group_ids": [str(g.id) for g in event.groups],
              "busy": "yes" if event.busy else "no"}
    if event.start_at is not None:
        start, end = event.start_at.astimezone(ctx.tz), event.end_at.astimezone(ctx.tz)
        values.update(date=start.date().isoformat(), slot=event.slot or "time", start_time=f"{start:%H:%M}",
                      end_time=f"{end:%H:%M}", end_date=end.date().isoformat() if end.date() != start.date() else "")
    elif event.start_date is not None:
        values.update(date=event.start_date.isoformat(), slot=event.slot or "",
                      end_date=event.end_date.isoformat() if event.end_date and event.end_date != event.start_date else "")
    else:
        values["month"] = event.month.strftime("%Y-%m") if event.month else ""
    if event.rrule:
        values["repeat"] = _rule_words(event)
    for i, item in enumerate(event.live_agenda):
        values.update({f"item_id_{i}": str(item.id), f"item_number_{i}": "" if item.number is None else str(item.number),
                       f"item_title_{i}": item.title, f"item_units_{i}": [str(p.unit_id) for p in item.preparations],
                       f"item_deadline_{i}": item.deadline_explicit.isoformat() if item.deadline_explicit else ""})
    return values


def _rule_words(event) -> str:
    return rule_words(event.rrule, event.slot)


def _conflicts_view(ctx, found, own_id: int) -> list[dict]:
    ids = {i for c in found for i in c.event_ids}
    titles = dict(ctx.session.execute(select(Event.id, Event.title).where(Event.id.in_(ids))).all()) if ids else {}
    out = []
    for c in found:
        when = c.start.astimezone(ctx.tz).strftime("%H:%M %d/%m/%Y") if isinstance(c.start, datetime) \
            else c.start.strftime("%d/%m/%Y")
        out.append({"heading": CONFLICT_HEADINGS[c.kind], "subject": c.subject.get("name"), "when": when,
                    "tentative": c.tentative,
                    "others": [(i, titles.get(i, f"#{i}")) for i in c.event_ids if i != own_id]})
    return out


def _form(ctx, event, errors=None, found=None, status=200):
    values = _values(ctx, event)
    rows = len(event.live_agenda) + BLANK_ITEMS if event is not None and request.method == "GET" else \
        max(_rows_sent(), BLANK_ITEMS)
    defaults = {}
    if event is not None:
        defaults = {i: item.deadline for i, item in enumerate(event.live_agenda) if item.deadline}
    history = events.history(ctx, event.id) if event is not None else []
    return render_template("event_form.html", event=event, v=values, errors=errors or {}, conflicts=found or [],
                           rows=rows, defaults=defaults, history=history, tz=ctx.tz, **_choices(ctx)), status


def _errors_for_form(exc: ServiceError) -> dict:
    fields = {FIELD_OF.get(k.split(".")[0].split("[")[0], k) if "[" not in k else _item_field(k): v
              for k, v in exc.fields.items()}
    if not fields:
        fields["_"] = exc.message
    return fields


def _item_field(key: str) -> str:
    """'agenda[2].unit_ids[0]' -> 'item_units_2' (rows are the submitted ones, in order)."""
    index = key.split("[")[1].split("]")[0]
    name = key.split(".")[1].split("[")[0] if "." in key else "title"
    return {"title": f"item_title_{index}", "unit_ids": f"item_units_{index}", "deadline": f"item_deadline_{index}",
            "number": f"item_number_{index}", "lead_unit_id": f"item_units_{index}"}.get(name, f"item_title_{index}")


def _save(ctx, event: Event | None):
    errors = {}
    body = form_body(ctx, errors)
    if event is not None and request.form.get("sequence", "").isdigit():
        body["sequence"] = int(request.form["sequence"])
    # Nothing is written until the clerk has seen the conflicts and confirmed.
    confirmed = request.form.get("confirm_conflicts") == "yes"
    try:
        if errors:
            raise ServiceError("Có lỗi trong biểu mẫu", errors)
        schema = schemas.EventCreate if event is None else schemas.EventPatch
        saved = scheduling.save_event(ctx, validated(schema, body), event.id if event else None,
                                      refuse_conflicts=not confirmed)
    except ScheduleConflict as exc:
        shown = _conflicts_view(ctx, exc.found, exc.event_id)
        return _form(ctx, events.get_event(ctx, event.id) if event else None, found=shown, status=409)
    except ServiceError as exc:
        ctx.session.rollback()
        return _form(ctx, events.get_event(ctx, event.id) if event else None, _errors_for_form(exc), status=422)
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


@bp.route("/su-kien/<id:event_id>", methods=["GET", "POST"])
@login_required()
def event_page(event_id):
    ctx = request_ctx()
    try:
        event = events.get_event(ctx, event_id)
    except NotFound:
        abort(404)
    if request.method == "POST":
        return _save_as_office(ctx, event)
    return _form(ctx, event)


@login_required("office")
def _save_as_office(ctx, event):
    return _save(ctx, event)


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
