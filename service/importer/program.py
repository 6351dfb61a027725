"""Preview and commit of an imported program. The preview is the JSON the CLI and the API show; commit
creates the events, or updates those an earlier import of the same month produced (import keys), so
importing the same document twice changes nothing."""
import hashlib
from datetime import date, datetime, timedelta

from pydantic import ValidationError
from sqlalchemy import select, text

from service.calendar_rules import slot_times
from service.errors import Conflict, ValidationFailed, from_pydantic
from service.events import cancel_event, create_event, update_event
from service.importer.grammar import RRULE_DAYS
from service.importer.parse import Draft, parse
from service.importer.repair import normalise
from service.importer.resolve import Directory, key
from service.models import Event, ProgramImport
from service.schemas import EventCreate, EventPatch

MAX_TITLE = 1000


class Plan:
    """A parsed program with its names resolved: what a commit would write."""

    def __init__(self, ctx, text: str, year: int | None = None, month: int | None = None):
        self.ctx = ctx
        self.directory = Directory(ctx.session)
        self.person_names = {p.id: p.name for p in self.directory.persons}
        parsed = parse(text, year, month, names=self.directory.names())
        self.year, self.month, self.warnings = parsed.year, parsed.month, list(parsed.warnings)
        self.drafts = parsed.drafts
        self.bodies = [self._body(d) for d in self.drafts]
        self.keys = self._keys()
        self.warnings = list(dict.fromkeys(self.warnings))

    # What the office sees ---------------------------------------------------------------------------
    def preview(self) -> dict:
        return {"events": [self._json(d, b) for d, b in zip(self.drafts, self.bodies)], "warnings": self.warnings}

    def _json(self, draft: Draft, body: dict) -> dict:
        start, end = self._instants(draft, body)
        chair = self.person_names[body["chair_id"]] if body.get("chair_id") else draft.chair
        return {"title": body["title"], "kind": body["kind"], "status": body["status"], "start": start, "end": end,
                "all_day": bool(body.get("start")) and "T" not in (start or "") and not body.get("slot"),
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
            start, end = slot_times(body["slot"], self.ctx.slot_hours(day))
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
        body = {"title": _cap(draft.title), "kind": draft.kind, "status": "tentative" if draft.tentative else "confirmed",
                "start": None, "end": None, "all_day": None, "slot": None, "month": None, "rrule": None,
                "location": draft.location, "chair_id": None, "chair_text": None, "attendee_ids": [],
                "group_ids": [], "attendees_text": None}
        if draft.weekly:
            weekday, slot = draft.weekly
            first = date(self.year, self.month, 1)
            first += timedelta(days=(weekday - first.weekday()) % 7)
            body.update(start=first.isoformat(), slot=slot, all_day=None if slot else True,
                        rrule=f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[weekday]};UNTIL={_month_end(self.year, self.month):%Y%m%d}")
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
            begin, end = slot_times(slot, self.ctx.slot_hours(day))
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
            persons = [p for p in self.directory.persons_in(draft.subject) if p.id != body["chair_id"]]
            body["group_ids"] = [g.id for g in groups]
            body["attendee_ids"] = [p.id for p in persons]
            if not groups and not persons:
                body["attendees_text"] = draft.subject
                self.warnings.append(f"Dòng {draft.line}: không tìm thấy '{draft.subject}' trong danh bạ (nhóm, người)")

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

    def _keys(self) -> list[str]:
        """import:YYYY-MM:<title hash>:<n-th event of that title>; the date is not in it, so a moved event
        keeps its key."""
        seen, out = {}, []
        for body in self.bodies:
            digest = hashlib.sha1(key(body["title"]).encode()).hexdigest()[:16]
            n = seen.get(digest, 0)
            seen[digest] = n + 1
            out.append(f"import:{self.year:04d}-{self.month:02d}:{digest}:{n}")
        return out

    def commit(self) -> dict:
        """Creates new events, updates those of an earlier import, cancels those the document dropped."""
        ctx = self.ctx
        lock_month(ctx, self.year, self.month)
        prefix = f"import:{self.year:04d}-{self.month:02d}:"
        existing = {e.import_key: e for e in ctx.session.scalars(
            select(Event).where(Event.import_key.like(prefix + "%")))}
        created, updated, unchanged, ids = 0, 0, 0, []
        for import_key, body, draft in zip(self.keys, self.bodies, self.drafts):
            event = existing.pop(import_key, None)
            if event is None:
                event = create_event(ctx, _valid(EventCreate, body, draft), import_key=import_key)
                created += 1
            else:
                before = event.sequence
                patch = _valid(EventPatch, {**body, "agenda": _keep_ids(event, body["agenda"])}, draft)
                event = update_event(ctx, event.id, patch)
                if event.sequence != before:
                    updated += 1
                else:
                    unchanged += 1
            ids.append(event.id)
        cancelled = 0
        for event in existing.values():
            if event.status != "cancelled":
                cancel_event(ctx, event.id)
                cancelled += 1
        return {"created": created, "updated": updated, "unchanged": unchanged, "cancelled": cancelled,
                "event_ids": ids, "warnings": self.warnings}


def commit_import(ctx, row: ProgramImport) -> dict:
    """Commit a stored import (API and web page alike) and record the result on it. An import is committed
    once: a second commit, and the loser of two at the same moment, is refused (Conflict, 409)."""
    _refuse_committed(ctx, row)
    plan = Plan(ctx, row.text, row.year, row.month)
    lock_month(ctx, plan.year, plan.month)
    ctx.session.refresh(row)  # as the commit we may have waited for left it
    _refuse_committed(ctx, row)
    result = plan.commit()
    row.committed_at, row.result = ctx.now(), {k: v for k, v in result.items() if k != "warnings"}
    return result


def _refuse_committed(ctx, row: ProgramImport) -> None:
    if row.committed_at is not None:
        when = row.committed_at.astimezone(ctx.tz)
        raise Conflict(f"Chương trình này (lần nhập id {row.id}) đã được ghi vào lịch lúc {when:%H:%M ngày %d/%m/%Y}; "
                       "muốn ghi lại, hãy gửi lại văn bản để xem trước rồi ghi")


def lock_month(ctx, year: int, month: int) -> None:
    """Commits of one month's program run one at a time, for the rest of the transaction: they write the same
    import keys. On PostgreSQL a transaction-level advisory lock on the month; on SQLite the database's one
    write lock, taken now by a write that changes nothing (pysqlite begins the transaction before it; another
    writer is waited for, busy_timeout)."""
    session = ctx.session
    name = f"import:{year:04d}-{month:02d}"
    if session.get_bind().dialect.name == "postgresql":
        lock_id = int.from_bytes(hashlib.sha1(name.encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": lock_id})
    else:
        table = ProgramImport.__table__
        session.execute(table.update().where(table.c.id == -1).values(year=table.c.year))


def _valid(model, body: dict, draft: Draft):
    """The draft's event as the API's model takes it; what it refuses is the document's problem (422), with
    its line, not a failure of the commit (500)."""
    try:
        return model(**body)
    except ValidationError as exc:
        problems = "; ".join(f"{k}: {v}" for k, v in from_pydantic(exc).fields.items())
        raise ValidationFailed({"text": f"dòng {draft.line}: {problems}"}) from None


def _keep_ids(event: Event, items: list[dict]) -> list[dict]:
    """Items of the new version that are items of the old one keep their ids (and so their reminders)."""
    live = list(event.live_agenda)
    out = []
    for item in items:
        match = next((i for i in live if i.number == item["number"] and key(i.title) == key(item["title"])), None) \
            or next((i for i in live if key(i.title) == key(item["title"])), None) \
            or next((i for i in live if item["number"] is not None and i.number == item["number"]), None)
        if match is not None:
            live.remove(match)
            item = {**item, "id": match.id}
        out.append(item)
    return out


def draft_rrule(draft: Draft) -> str | None:
    return f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[draft.weekly[0]]}" if draft.weekly else None


def _month_end(year: int, month: int) -> date:
    return (date(year, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _cap(text: str, limit: int = MAX_TITLE) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
