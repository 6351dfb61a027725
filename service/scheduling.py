"""Writing an event the way the office does, from the API or the pages: the change (service.events) and
the conflicts it causes (service.conflicts) are one domain step, so no caller can forget the check.
The importer and the demo write through service.events directly: their conflicts are reported in bulk."""
from dataclasses import dataclass

from service import conflicts, events
from service.context import Ctx
from service.errors import ScheduleConflict
from service.models import Event
from service.schemas import EventCreate, EventPatch
from service.serialize import conflict_out


@dataclass
class Saved:
    event: Event
    conflicts: list  # service.conflicts.Conflict


def save_event(ctx: Ctx, body: EventCreate | EventPatch, event_id: int | None = None, if_match: int | None = None,
               refuse_conflicts: bool = False) -> Saved:
    """Create (event_id None) or change an event and check it. With refuse_conflicts, a write that causes
    any conflict is rolled back and refused (ScheduleConflict, 409): nothing is written."""
    if event_id is None:
        event = events.create_event(ctx, body)
    else:
        event = events.update_event(ctx, event_id, body, if_match)
    found = conflicts.check_event(ctx, event)
    if found and refuse_conflicts:
        refused = ScheduleConflict(f"Không lưu: sự kiện gây {len(found)} xung đột lịch",
                                   [conflict_out(c, ctx.tz) for c in found], found, event.id)
        ctx.session.rollback()
        raise refused
    return Saved(event, found)
