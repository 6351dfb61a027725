"""Which office a public address names (/cong-khai/<slug>/...). Until offices are their own table this is
the one configured office (OFFICE_NAME, OFFICE_SLUG); every public page and feed goes through find(), so
rewiring it to the offices table changes nothing else."""
from dataclasses import dataclass

from service.context import state


@dataclass(frozen=True)
class PublicOffice:
    slug: str
    name: str


def find(slug: str) -> PublicOffice | None:
    """The office whose public slug is `slug`, or None (the page answers 404). Needs the app (a request or
    an app context)."""
    config = state().config
    if not slug or slug != config.office_slug:
        return None
    return PublicOffice(config.office_slug, config.office_name)
