"""The history of imports, and undoing one: every event it touched goes back to its state before, through
the domain (so feeds and reminders follow). An event it created is cancelled (a subscribed phone must be
told it is gone); an event it updated or cancelled gets its earlier input back.

Undo is refused, with what to do instead, when it would lose something: an event changed after the import
(by the office or by a later import), or a later import of the same document still in effect."""
import json

from sqlalchemy import select

from service.errors import Conflict
from service.events import cancel_event, update_event
from service.importer.program import lock_source
from service.models import Event, ProgramImport
from service.schemas import EventPatch


def history(session, limit: int = 200) -> list[ProgramImport]:
    return list(session.scalars(select(ProgramImport).order_by(ProgramImport.id.desc()).limit(limit)))


def undo_import(ctx, row: ProgramImport) -> dict:
    if row.committed_at is None:
        raise Conflict(f"Lần nhập id {row.id} chưa được ghi vào lịch, không có gì để hoàn tác")
    if row.undone_at is not None:
        raise Conflict(f"Lần nhập id {row.id} đã được hoàn tác lúc {row.undone_at.astimezone(ctx.tz):%H:%M %d/%m/%Y}")
    if row.source_key:
        lock_source(ctx, row.source_key)
    result = row.result or {}
    before, after = result.get("before"), result.get("after", {})
    if before is None:
        raise Conflict(f"Lần nhập id {row.id} được ghi trước khi có chức năng hoàn tác; hãy sửa từng sự kiện")
    later = ctx.session.scalars(select(ProgramImport).where(
        ProgramImport.id > row.id, ProgramImport.committed_at.is_not(None), ProgramImport.undone_at.is_(None),
        ProgramImport.source_key == row.source_key)).first()
    if later is not None:
        raise Conflict(f"Văn bản này đã được nhập lại sau đó (lần nhập id {later.id}): hãy hoàn tác lần đó trước")
    # Locked before they are compared, so that no commit can change one between the check and the write.
    events = {str(e.id): e for e in ctx.session.scalars(
        select(Event).where(Event.id.in_([int(i) for i in before])).order_by(Event.id).with_for_update())}
    changed = [e for i, e in events.items() if e.sequence != after.get(i)]
    if changed:
        names = "; ".join(f"“{e.title[:60]}” (id {e.id})" for e in changed[:5])
        more = f" và {len(changed) - 5} sự kiện khác" if len(changed) > 5 else ""
        raise Conflict(f"Không hoàn tác được: {len(changed)} sự kiện đã được sửa sau lần nhập này: {names}{more}. "
                       "Hãy sửa trực tiếp các sự kiện đó",
                       {"events": ", ".join(str(e.id) for e in changed)})
    cancelled = restored = 0
    for ident, earlier in before.items():
        event = events.get(ident)
        if event is None:
            continue
        if earlier is None:
            cancel_event(ctx, event.id)
            cancelled += 1
        else:
            update_event(ctx, event.id, EventPatch.model_validate_json(json.dumps(_restorable(event, earlier))))
            restored += 1
    row.undone_at, row.undone_by = ctx.now(), ctx.actor
    return {"id": row.id, "cancelled": cancelled, "restored": restored}


def _restorable(event: Event, earlier: dict) -> dict:
    """The earlier input, with items the import removed coming back as new items (a removed item cannot be
    revived by its id)."""
    live = {i.id for i in event.live_agenda}
    agenda = [item if item.get("id") in live else {k: v for k, v in item.items() if k != "id"}
              for item in earlier.get("agenda", [])]
    return {**earlier, "agenda": agenda}
