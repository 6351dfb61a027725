"""Which office a public address names (/cong-khai/<slug>/...), and the request's session scoped to it: a
public page shows that office's own public events, not those of the offices below it."""
from dataclasses import dataclass

from service import offices
from service.context import request_ctx


@dataclass(frozen=True)
class PublicOffice:
    id: int
    slug: str
    name: str


def find(slug: str) -> PublicOffice | None:
    """The office whose slug is `slug`, or None (the page answers 404); the request's session then reads
    that office only. Needs a request (or an app context)."""
    session = request_ctx().session
    office = offices.find_by_slug(session, slug) if slug else None
    if office is None:
        return None
    offices.set_acting(session, office.id, visible=[office.id])
    return PublicOffice(office.id, office.slug, office.name)
