"""Whether an event is shown on the public page and feed: its own `public` (True/False), or, when NULL,
the office's default for its kind.

Built-in defaults: meetings ("Hội nghị, cuộc họp": what provincial portals post as the leaders' weekly
schedule), reception days ("Tiếp công dân": the Luật Tiếp công dân has them announced) and multi-day
events (campaigns, festivals) are public; "Công tác khác" (internal work, làm việc tại cơ quan, briefings)
is not. The office changes them per kind (PublicDefault rows; PUT /api/settings/public,
/quan-tri/cong-khai) and per event."""
from sqlalchemy import select

from service.models import PublicDefault
from service.schemas import KINDS

BUILT_IN = {"meeting": True, "reception": True, "multi_day": True, "other": False}


def _own(session):
    """The acting office's rows only (a province sees its communes' rows too, but its defaults are its own)."""
    query, office_id = select(PublicDefault), session.info.get("office_id")
    return query if office_id is None else query.where(PublicDefault.office_id == office_id)


def defaults(session) -> dict[str, bool]:
    """Every kind -> shown by default."""
    out = dict(BUILT_IN)
    out.update({row.kind: row.public for row in session.scalars(_own(session))})
    return {kind: out.get(kind, False) for kind in KINDS}


def set_defaults(session, values: dict[str, bool]) -> dict[str, bool]:
    """Store the office's choice for the kinds given (the others keep theirs)."""
    for kind, public in values.items():
        row = session.scalars(_own(session).where(PublicDefault.kind == kind)).first()
        if row is None:
            session.add(PublicDefault(kind=kind, public=public))
        else:
            row.public = public
    session.flush()
    return defaults(session)


def effective(event, kind_defaults: dict[str, bool]) -> bool:
    """The event's own choice, else its kind's default."""
    if event.public is not None:
        return bool(event.public)
    return kind_defaults.get(event.kind, False)
