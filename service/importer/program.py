"""Preview and commit of an imported document. The preview is the JSON the CLI, the API and the page show:
the document's identity, its events, the lines with a date that became no event, and the plan against the
database (what a commit would create, update, leave and cancel). Commit writes that plan through the domain
and records what undoing it needs (service.importer.undo)."""
import hashlib
import re
import json
from calendar import monthrange
from datetime import date, datetime, timedelta

from pydantic import ValidationError
from sqlalchemy import text

from service.calendar_rules import slot_times
from service.errors import Conflict, ValidationFailed, from_pydantic
from service.events import cancel_event, create_event, event_input, update_event
from service.importer import scope
from service.importer.document import Document
from service.importer.grammar import RRULE_DAYS
from service.importer.found import Draft
from service.importer.parse import parse
from service.importer.resolve import Directory, key
from service.models import Event, ProgramImport
from service.schemas import EventCreate, EventPatch
from service.text import clean
from service.timing import TimingError, resolve

MAX_TITLE = 1000


class Plan:
    """A parsed document with its names resolved: what a commit would write."""

    def __init__(self, ctx, document: Document | str, year: int | None = None, month: int | None = None,
                 source: str | None = None):
        self.ctx, self._hours = ctx, {}
        self.document = Document.from_text(document) if isinstance(document, str) else document
        self.directory = Directory(ctx.session)
        self.person_names = {p.id: p.name for p in self.directory.persons}
        parsed = parse(self.document, year, month, names=self.directory.names())
        self.year, self.month, self.warnings = parsed.year, parsed.month, list(parsed.warnings)
        self.info, self.skipped = parsed.document, list(parsed.skipped)
        if self.info.period_start is None:  # the month the title names, else the one given
            self.info.period_start = date(self.year, self.month, 1)
            self.info.period_end = date(self.year, self.month, monthrange(self.year, self.month)[1])
        self.source = source
        opening = None
        if not self.info.issuer and not source:
            # Without an issuer two offices' programs of one month would be one document, and the second
            # would cancel the first's events: the title and first lines tell them apart instead.
            opening = " ".join(b.typed() for b in self.document.blocks[:3] if not b.is_row)
            self.warnings.append("Không đọc được cơ quan ban hành từ đầu văn bản: văn bản được nhận biết theo "
                                 "tiêu đề và các dòng đầu. Nếu đây là bản sửa của một văn bản đã nhập, hãy điền "
                                 "Tên văn bản (--source) giống lần nhập trước")
        self.source_key = scope.source_key(self.info.issuer, self.info.kind, self.info.period_start,
                                           self.info.period_end, source, opening)
        self.drafts = parsed.drafts
        self.bodies = [self._body(d) for d in self.drafts]
        self.keys = scope.event_keys(self.source_key, [b["title"] for b in self.bodies])
        self.warnings = list(dict.fromkeys(self.warnings))

    # What the office sees ---------------------------------------------------------------------------
    def preview(self) -> dict:
        steps, cancel = self.steps()
        events = [self._json(d, b) for d, b in zip(self.drafts, self.bodies)]
        plan = {"create": [], "update": [], "unchanged": [], "skip": [], "cancel": [self._existing(e) for e in cancel]}
        for i, step in enumerate(steps):
            events[i]["plan"], events[i]["status"] = step.action, step.raw["status"]
            entry = {"index": i, "title": self.bodies[i]["title"]}
            if step.event is not None:
                entry.update(event_id=step.event.id, changes=step.changes, refines=step.refines)
            plan[step.action].append(entry)
        return {"document": self.document_json(), "events": events, "plan": plan,
                "skipped": [{"line": s.line, "text": s.text[:300], "reason": s.reason} for s in self.skipped],
                "warnings": self.warnings}

    def slot_hours(self, day: date):
        """The office's slot hours on `day`, read once per day of the document (one query each)."""
        if day not in self._hours:
            self._hours[day] = self.ctx.slot_hours(day)
        return self._hours[day]

    def document_json(self) -> dict:
        info = self.info
        return {"issuer": info.issuer, "kind": info.kind, "title": info.title, "source": self.source,
                "period_start": info.period_start.isoformat(), "period_end": info.period_end.isoformat()}

    def _existing(self, event: Event) -> dict:
        data = event_input(event, self.ctx.tz)
        return {"event_id": event.id, "title": event.title, "start": data["start"], "month": data["month"]}

    def _json(self, draft: Draft, body: dict) -> dict:
        start, end = self._instants(draft, body)
        chair = self.person_names[body["chair_id"]] if body.get("chair_id") else draft.chair
        return {"title": body["title"], "kind": body["kind"], "status": body["status"], "start": start, "end": end,
                "all_day": bool(body.get("start")) and ("T" not in (start or "") and not body.get("slot")
                                                      or body.get("slot") == "full_day"),  # "Cả ngày:"
                "rrule": draft_rrule(draft), "location": body.get("location"), "chair": chair,
                "attendees": self._attendee_names(body), "agenda": [
                    {"number": item["number"], "title": item["title"], "preparing_units": names}
                    for item, names in zip(body["agenda"], self._unit_names(body))],
                "source_line": draft.line}

    def _instants(self, draft: Draft, body: dict):
        if not body.get("start"):
            return None, None
        if body.get("slot"):
            day = date.fromisoformat(body["start"])
            start, end = slot_times(body["slot"], self.slot_hours(day))
            return (datetime.combine(day, start, self.ctx.tz).isoformat(),
                    datetime.combine(day, end, self.ctx.tz).isoformat())
        return body["start"], body.get("end") or body["start"]

    def _attendee_names(self, body) -> list[str]:
        names = [g.name for g in self.directory.groups.values() if g.id in body.get("group_ids", [])]
        names = list(dict.fromkeys(names))
        names += [p.name for p in self.directory.persons if p.id in body.get("attendee_ids", [])]
        if body.get("attendees_text"):
            names.append(body["attendees_text"])
        return names

    def _unit_names(self, body):
        by_id = {u.id: u.name for u in self.directory.units.values()}
        for item in body["agenda"]:
            names = [by_id[u] for u in item["unit_ids"]]
            if item.get("preparing_units_text"):
                names += item["preparing_units_text"].split("; ")
            yield names

    # What a commit writes ---------------------------------------------------------------------------
    def _body(self, draft: Draft) -> dict:
        status = "cancelled" if draft.change == "cancel" else "tentative" if draft.tentative else "confirmed"
        body = {"title": _cap(draft.title), "kind": draft.kind, "status": status,  # the preview says "hoãn" too
                "start": None, "end": None, "all_day": None, "slot": None, "month": None, "rrule": None,
                "location": draft.location, "chair_id": None, "chair_text": None, "attendee_ids": [],
                "group_ids": [], "attendees_text": None}
        if draft.weekly:
            weekday, slot = draft.weekly
            first = self.info.period_start  # a series lasts the document's period: its month, or its week
            first += timedelta(days=(weekday - first.weekday()) % 7)
            body.update(start=first.isoformat(), slot=slot, all_day=None if slot else True,
                        rrule=f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[weekday]};UNTIL={self.info.period_end:%Y%m%d}")
            if draft.clock:  # "14 giờ 00, thứ Hai hằng tuần": the series at its hour
                start = datetime.combine(first, draft.clock, self.ctx.tz)
                body.update(start=start.isoformat(), end=self._clock_end(first, start).isoformat(), slot=None,
                            all_day=None)
        elif draft.span and draft.clock:  # "8 giờ 00, từ ngày 18/12 đến hết ngày 19/12": from its hour to the last day
            start = datetime.combine(draft.span[0], draft.clock, self.ctx.tz)
            last = datetime.combine(draft.span[1], draft.clock, self.ctx.tz)
            body.update(start=start.isoformat(), end=self._clock_end(draft.span[1], last).isoformat())
        elif draft.span:
            body.update(start=draft.span[0].isoformat(), end=draft.span[1].isoformat(), all_day=True)
        elif draft.day and draft.clock:
            start = datetime.combine(draft.day, draft.clock, self.ctx.tz)
            body.update(start=start.isoformat(), end=self._clock_end(draft.day, start).isoformat())
        elif draft.day:
            body.update(start=draft.day.isoformat(), slot=draft.slot, all_day=None if draft.slot else True)
        else:
            body["month"] = f"{self.year:04d}-{self.month:02d}"
        self._people(draft, body)
        body["agenda"] = [self._item(draft, item) for item in draft.agenda]
        return body

    def _clock_end(self, day, start):
        """A start time without an end: the end of the slot it falls in, else two hours."""
        for slot in ("morning", "afternoon", "evening"):
            begin, end = slot_times(slot, self.slot_hours(day))
            end_at = datetime.combine(day, end, self.ctx.tz)
            if start < end_at:
                return end_at
        return start + timedelta(hours=2)

    def _people(self, draft: Draft, body: dict) -> None:
        if draft.chair:
            person = self.directory.person(draft.chair)
            if person:
                body["chair_id"] = person.id
                body["chair_text"] = draft.chair_note
            else:
                body["chair_text"] = "; ".join(x for x in (draft.chair, draft.chair_note) if x)
                self.warnings.append(f"Dòng {draft.line}: không tìm thấy người chủ trì '{draft.chair}' trong danh bạ")
        if draft.subject:
            groups = self.directory.groups_in(draft.subject)
            persons = self.directory.persons_in(draft.subject)
            if not groups and not persons:  # a leader by title: "Chủ tịch UBND tỉnh dự ..."
                persons = [p for p in [self.directory.person(draft.subject)] if p]
            body["group_ids"] = [g.id for g in groups]
            body["attendee_ids"] = [p.id for p in persons if p.id != body["chair_id"]]
            # "Thường trực Tỉnh ủy; Chánh Văn phòng Tỉnh ủy": a clause the directory does not know stays as written
            unknown = _clauses(draft.subject) if groups or persons else [draft.subject]
            if groups or persons:
                unknown = [part for part in unknown if len(unknown) > 1 and not self.directory.groups_in(part)
                           and not self.directory.persons_in(part) and not self.directory.person(part)]
            # "Thường trực HĐND tỉnh, Thạch" ("(sáng; dự: đ/c Thạch)" after the body): the member who goes
            for part in re.split(r"\s{0,2}[,;]\s{0,3}", draft.subject) if groups else ():
                member = self.directory.member_named(groups, part)
                if member is not None:
                    unknown = [x for x in unknown if x.strip() != part.strip()]
                    if member.id not in body["attendee_ids"] and member.id != body["chair_id"]:
                        body["attendee_ids"].append(member.id)
            if unknown:
                body["attendees_text"] = "; ".join(unknown)
                self.warnings.append(f"Dòng {draft.line}: không tìm thấy '{'; '.join(unknown)}' trong danh bạ (nhóm, người)")
        if draft.staff:  # "(LĐVP: Đ/c Lan)": the office staff who go with the leader
            person = self.directory.person(draft.staff)
            if person and person.id not in body["attendee_ids"]:
                body["attendee_ids"].append(person.id)
            elif person is None:
                body["attendees_text"] = "; ".join(x for x in (body["attendees_text"], f"LĐVP: {draft.staff}") if x)

    def _item(self, draft: Draft, item) -> dict:
        unit_ids, lead, unknown = [], None, []
        for name, role in item.units:
            unit = self.directory.unit(name)
            if unit is None:
                unknown.append(name)
                self.warnings.append(f"Dòng {item.line}: không tìm thấy đơn vị '{name}' trong danh bạ")
            elif unit.id not in unit_ids:
                unit_ids.append(unit.id)
                if role == "lead" and lead is None:
                    lead = unit.id
        return {"number": item.number, "title": _cap(item.title, 3000), "unit_ids": unit_ids,
                "lead_unit_id": lead if lead and unit_ids and lead != unit_ids[0] else None,
                "preparing_units_text": "; ".join(unknown)[:1000] or None}
    # Against the database ---------------------------------------------------------------------------
    def steps(self) -> tuple[list["Step"], list[Event]]:
        """Per draft what a commit does (create, update, unchanged, skip: its own event, or another
        document's event a weekly schedule refines), and the document's own events it no longer has (to
        cancel). Against the document's last import, only what the document itself changed is written:
        re-importing never undoes the office's corrections or a weekly's refinement of other fields."""
        session = self.ctx.session
        own = scope.own_events(session, self.source_key)
        last = scope.last_import(session, self.source_key)
        result = (last.result or {}) if last else {}
        bodies = result.get("bodies", {})
        refined = {k: e for k, e in ((k, session.get(Event, i)) for k, i in result.get("refined", {}).items())
                   if e is not None}
        legacy = scope.legacy_events(session, self.year, self.month) if self.info.kind == "monthly" else {}
        refinable = None
        if self.info.kind == "weekly":
            refinable = scope.Refinable(session, self.ctx.tz, self.source_key, self.info.period_start,
                                        self.info.period_end)
            refinable.taken |= {e.id for e in refined.values()}
        found = [own.pop(k, None) for k in self.keys]
        was_refined = {k: e for k, e in refined.items() if k not in self.keys}  # retitled in a new version
        pool = {**own, **{f"refined:{k}": e for k, e in was_refined.items()}}
        renamed = scope.renamed(self.ctx.tz, [(b["title"], _draft_day(d)) for b, d in zip(self.bodies, self.drafts)],
                                [e or refined.get(k) for e, k in zip(found, self.keys)], pool)
        own = {k: e for k, e in own.items() if k in pool}  # those renamed matched are not cancelled
        steps = []
        for i, (import_key, body, draft) in enumerate(zip(self.keys, self.bodies, self.drafts)):
            event, refines = found[i] or renamed.get(i), False
            if event is not None and event in was_refined.values():
                refines = True
            if event is None and refined.get(import_key) is not None:
                event, refines = refined[import_key], True
            if event is None and legacy:
                event = legacy.pop(import_key.split(":", 2)[2], None)
            if event is None and refinable is not None:
                event = refinable.match(body["title"], _draft_day(draft), draft.change == "postpone")
                refines = event is not None
            steps.append(self._step(event, body, draft, import_key, refines, bodies.get(import_key)))
        return steps, [e for e in own.values() if e.status != "cancelled"]

    def _step(self, event, body, draft, import_key, refines, last) -> "Step":
        """`body` is the draft as the document says it; `last` the same line as the document's last import
        said it (None the first time)."""
        if event is None:
            return Step("skip" if draft.change == "cancel" else "create", None, import_key, body, body, [], False)
        if last == body:
            return Step("unchanged", event, import_key, body, body, [], refines)
        patch = _refinement(event, body, self.ctx.tz, _takes_time(event, body, draft, self.ctx.tz)) if refines else body
        if last is not None:  # only what this document changed since it last said it
            fields = _changed_fields(last, body)
            patch = {k: v for k, v in patch.items() if k in fields}
        if patch.get("rrule") and patch["rrule"] != event.rrule and event.exceptions:
            patch["exceptions"] = []  # the office's exceptions belong to the old rule
            self.warnings.append(f"Dòng {draft.line}: quy tắc lặp của “{event.title[:60]}” đổi theo văn bản; "
                                 "các buổi đã hủy hoặc dời của quy tắc cũ được bỏ")
        changes = differences(self.ctx, event, patch)
        return Step("update" if changes else "unchanged", event, import_key, body, patch, changes, refines)

    def commit(self, confirm_cancel: bool = False, cancel_ids: list[int] | None = None) -> dict:
        """Writes the plan: creates, updates, refines; cancels only the document's own dropped events, and
        only when the office confirmed it. Records, per event touched, what undoing needs (its input
        before, its sequence after), and per line what the document said (the next import's baseline)."""
        ctx = self.ctx  # (commit_import holds the document's lock)
        steps, cancel = self.steps()
        if cancel and not confirm_cancel:
            names = "; ".join(f"“{e.title[:60]}”" for e in cancel[:5]) + (" ..." if len(cancel) > 5 else "")
            raise Conflict(f"Văn bản không còn {len(cancel)} sự kiện mà lần nhập trước của nó đã ghi ({names}): "
                           "ghi sẽ hủy các sự kiện này. Hãy xác nhận việc hủy rồi ghi lại",
                           {"confirm_cancel": f"cần xác nhận hủy {len(cancel)} sự kiện"})
        if cancel_ids is not None and sorted(cancel_ids) != sorted(e.id for e in cancel):
            # Another commit came between the preview the clerk ticked and this one: what would be cancelled
            # is no longer what was shown.
            raise Conflict("Danh sách sự kiện sẽ bị hủy đã thay đổi từ lúc xem trước (có người vừa ghi một văn bản "
                           "khác): hãy xem lại bản xem trước rồi ghi", {"cancel_ids": "không còn đúng"})
        counts = {"created": 0, "updated": 0, "unchanged": 0, "cancelled": 0}
        ids, before, bodies, refined = [], {}, {}, {}
        for step, draft in zip(steps, self.drafts):
            bodies[step.key] = step.raw
            if step.refines:
                refined[step.key] = step.event.id
            if step.action == "skip":  # the cancellation of an event the calendar does not have
                continue
            if step.action == "create":
                event = create_event(ctx, _valid(EventCreate, step.body, draft), import_key=step.key)
                before[event.id] = None
                counts["created"] += 1
            elif step.action == "update":
                earlier = event_input(step.event, ctx.tz)
                patch = dict(step.body)
                if "agenda" in patch:
                    patch["agenda"] = _keep_ids(step.event, patch["agenda"])
                sequence, status = step.event.sequence, step.event.status
                event = update_event(ctx, step.event.id, _valid(EventPatch, patch, draft))
                if not step.refines and event.import_key != step.key:
                    event.import_key = step.key  # retitled in an edited version, or adopted from an older import
                changed = event.sequence != sequence
                cancelled = changed and event.status == "cancelled" and status != "cancelled"  # "hoãn"
                counts["cancelled" if cancelled else "updated" if changed else "unchanged"] += 1
                if changed:
                    before[event.id] = earlier
            else:
                event = step.event
                counts["unchanged"] += 1
            ids.append(event.id)
        for event in cancel:
            before[event.id] = event_input(event, ctx.tz)
            cancel_event(ctx, event.id)
            counts["cancelled"] += 1
        ctx.session.flush()
        after = {str(i): ctx.session.get(Event, i).sequence for i in before}
        return {**counts, "event_ids": ids, "warnings": self.warnings, "bodies": bodies, "refined": refined,
                "before": {str(k): v for k, v in before.items()}, "after": after}


TIMING = ("start", "end", "all_day", "slot", "month", "rrule")


def _changed_fields(last: dict, new: dict) -> set[str]:
    """The fields a line changed between two versions of the document; timing goes as a whole."""
    fields = {k for k in new if new.get(k) != last.get(k)}
    return fields | set(TIMING) if fields & set(TIMING) else fields


def _takes_time(event: Event, body: dict, draft: Draft, tz) -> bool:
    """Whether a weekly line's time replaces the event's: when it gives an hour or a slot, moves the
    event ("lùi sang"), dates an undated one or puts it on another day; not a bare mention of the day."""
    if draft.change == "cancel":
        return False
    if body.get("slot") or "T" in (body.get("start") or "") or draft.change == "postpone":
        return True
    day = scope.day_of(event, tz)
    return day is None or body.get("start") != day.isoformat()


class Step:
    """One draft's fate in a commit: `raw` what the document says, `body` what is written (a refinement,
    or only the fields the document changed)."""

    def __init__(self, action, event, key, raw, body, changes, refines):
        self.action, self.event, self.key, self.raw, self.body = action, event, key, raw, body
        self.changes, self.refines = changes, refines


def _draft_day(draft: Draft) -> date | None:
    return draft.day or (draft.span[0] if draft.span else None)


def _refinement(event: Event, body: dict, tz, take_time: bool) -> dict:
    """A weekly schedule's line laid over another document's event: its time (see _takes_time) and
    status, its place and chair when it says them; the event's title, attendees and agenda stay unless
    the line has items."""
    current = event_input(event, tz)
    timing = TIMING if take_time else ()
    out = {**current, **{k: body[k] for k in timing}}
    out["status"] = body["status"]
    for name in ("location", "chair_id", "chair_text"):
        if body.get(name):
            out[name] = body[name]
    out["group_ids"] = sorted(set(out["group_ids"]) | set(body.get("group_ids") or []))
    out["attendee_ids"] = sorted(set(out["attendee_ids"]) | set(body.get("attendee_ids") or []))
    out["agenda"] = body["agenda"] or [{k: v for k, v in i.items() if k != "id"} for i in current["agenda"]]
    for name in ("exceptions", "busy", "notes", "unit_ids"):
        out.pop(name, None)
    return out


def differences(ctx, event: Event, body: dict) -> list[str]:
    """The fields of `body` that writing it would change on `event` (for the preview; the commit's own
    count comes from the event's sequence)."""
    current = event_input(event, ctx.tz)
    changed = [name for name in ("title", "kind", "status", "chair_id", "chair_text", "attendees_text")
               if name in body and _norm(body[name]) != _norm(current[name])]
    if "location" in body and key(body["location"] or "") != key(current["location"] or ""):
        changed.append("location")
    for name in ("attendee_ids", "group_ids"):
        if name in body and sorted(body[name] or []) != sorted(current[name] or []):
            changed.append(name)
    if "start" in body:
        try:
            new = resolve({k: body.get(k) for k in TIMING}, ctx.tz, ctx.slot_hours).columns()
            if any(new[k] != getattr(event, k) for k in ("all_day", "start_at", "end_at", "start_date", "end_date",
                                                          "slot", "month", "rrule")):
                changed.append("start")
        except TimingError:
            changed.append("start")
    if "agenda" in body and [_item_key(i) for i in body["agenda"]] != [_item_key(i) for i in current["agenda"]]:
        changed.append("agenda")
    return changed


def _item_key(item: dict) -> tuple:
    """An agenda item as compared: the lead unit only when it is not the first unit (the default)."""
    units, lead = item["unit_ids"], item.get("lead_unit_id")
    return (item["number"], key(item["title"]), units, lead if units and lead != units[0] else None,
            item.get("preparing_units_text"), item.get("deadline"))


def _norm(value):
    return clean(value) if isinstance(value, str) else value


PUBLIC = ("created", "updated", "unchanged", "cancelled", "event_ids", "warnings")


def commit_import(ctx, row: ProgramImport, confirm_cancel: bool = False, cancel_ids: list[int] | None = None) -> dict:
    """Commit a stored import (API and web page alike) and record the result on it; returns the counts.
    An import is committed once: a second commit, and the loser of two at the same moment, is refused
    (Conflict, 409). `cancel_ids`: the events the clerk saw listed for cancelling; if the plan's differ,
    nothing is written."""
    _refuse_committed(ctx, row)
    plan = plan_of(ctx, row)
    lock_source(ctx, plan.source_key)
    ctx.session.refresh(row)  # as the commit we may have waited for left it
    _refuse_committed(ctx, row)
    result = plan.commit(confirm_cancel, cancel_ids)
    if row.source_key is None:  # a preview stored before documents had identities
        row.source_key, row.doc_kind = plan.source_key, plan.info.kind
        row.period_start, row.period_end = plan.info.period_start, plan.info.period_end
    row.committed_at, row.committed_by = ctx.now(), ctx.actor
    row.result = {k: v for k, v in result.items() if k != "warnings"}
    return {k: result[k] for k in PUBLIC}


def plan_of(ctx, row: ProgramImport) -> Plan:
    """The plan of a stored import: its document as the reader made it (older imports: their text)."""
    document = Document.from_json(row.document) if row.document is not None else row.text
    return Plan(ctx, document, row.year, row.month, row.source)


def new_import(ctx, plan: Plan, filename: str | None) -> ProgramImport:
    """The stored import of a previewed plan, not committed."""
    info = plan.info
    row = ProgramImport(created_at=ctx.now(), created_by=ctx.actor, filename=filename, year=plan.year,
                        month=plan.month, text=plan.document.text(), document=plan.document.to_json(),
                        source_key=plan.source_key, source=plan.source, issuer=(info.issuer or "")[:300] or None,
                        doc_kind=info.kind, title=(info.title or "")[:500] or None,
                        period_start=info.period_start, period_end=info.period_end)
    ctx.session.add(row)
    return row


def _refuse_committed(ctx, row: ProgramImport) -> None:
    if row.committed_at is not None:
        when = row.committed_at.astimezone(ctx.tz)
        raise Conflict(f"Văn bản này (lần nhập id {row.id}) đã được ghi vào lịch lúc {when:%H:%M ngày %d/%m/%Y}; "
                       "muốn ghi lại, hãy gửi lại văn bản để xem trước rồi ghi")


def lock_source(ctx, source: str) -> None:
    """Commits and undos of one document run one at a time, for the rest of the transaction: they write
    the same import keys. On PostgreSQL a transaction-level advisory lock on the document; on SQLite the
    database's one write lock, taken now by a write that changes nothing (pysqlite begins the transaction
    before it; another writer is waited for, busy_timeout)."""
    session = ctx.session
    if session.get_bind().dialect.name == "postgresql":
        lock_id = int.from_bytes(hashlib.sha1(f"import:{source}".encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": lock_id})
    else:
        table = ProgramImport.__table__
        session.execute(table.update().where(table.c.id == -1).values(year=table.c.year))


def _valid(model, body: dict, draft: Draft):
    """The draft's event as the API's model takes it; what it refuses is the document's problem (422), with
    its line, not a failure of the commit (500)."""
    try:
        return model.model_validate_json(json.dumps(body))
    except ValidationError as exc:
        problems = "; ".join(f"{k}: {v}" for k, v in from_pydantic(exc).fields.items())
        raise ValidationFailed({"text": f"dòng {draft.line}: {problems}"}) from None


def _keep_ids(event: Event, items: list[dict]) -> list[dict]:
    """Items of the new version that are items of the old one keep their ids (and so their reminders).
    Matched in passes over all items, surest first: the same number and title, the same title, the most
    similar title, then the same number with a title still alike — so an item inserted at the top takes
    no one's id."""
    live = list(event.live_agenda)
    ids: dict[int, int] = {}

    def match_pass(score):
        for n, item in enumerate(items):
            if n in ids:
                continue
            best, value = None, 0.0
            for old in live:
                v = score(old, item)
                if v > value:
                    best, value = old, v
            if best is not None:
                ids[n] = best.id
                live.remove(best)

    match_pass(lambda old, new: float(old.number == new["number"] and key(old.title) == key(new["title"])))
    match_pass(lambda old, new: float(key(old.title) == key(new["title"])))
    match_pass(lambda old, new: s if (s := scope.similarity(old.title, new["title"])) >= 0.6 else 0.0)
    match_pass(lambda old, new: float(new["number"] is not None and old.number == new["number"]
                                      and scope.similarity(old.title, new["title"]) >= 0.3))
    return [{**item, "id": ids[n]} if n in ids else item for n, item in enumerate(items)]


def draft_rrule(draft: Draft) -> str | None:
    return f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[draft.weekly[0]]}" if draft.weekly else None


def _cap(text: str, limit: int = MAX_TITLE) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# "Thường trực HĐND xã, lãnh đạo UBND xã, Ban Thường trực Ủy ban MTTQ xã": the groups of a list of attendees,
# separated by ";" or by "," before the head of the next group (never inside a name: "Phòng Kinh tế, Hạ tầng …")
_GROUP_HEAD = (r"(?:lãnh\s{1,3}đạo|thủ\s{1,3}trưởng|giám\s{1,3}đốc|thường\s{1,3}trực|ban|đại\s{1,3}diện|các|mời|ủy\s{1,3}ban|đảng\s{1,3}ủy|trưởng|phó"
               r"|chủ\s{1,3}tịch|bí\s{1,3}thư|chánh|đại\s{1,3}biểu|thành\s{1,3}viên|cán\s{1,3}bộ|đoàn|hội|công\s{1,3}an"
               r"|văn\s{1,3}phòng|phòng|sở|ubnd|hđnd|mttq)\b")
CLAUSE_CUT = re.compile(rf"\s{{0,2}};\s{{0,3}}|\s{{0,2}},\s{{0,3}}(?={_GROUP_HEAD})", re.I)


def _clauses(subject: str) -> list:
    return [part for part in CLAUSE_CUT.split(subject) if part.strip()]
