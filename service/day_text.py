"""Days as the office writes them: dd/mm/yyyy (also d/m/yyyy, with '.' or '-'), or yyyy-mm-dd (the API, links,
an <input type=date>). One reader for every page, and the way a day is shown back in a form."""
import re
from datetime import date

from service.timing import MAX_YEAR, MIN_YEAR

_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def read_day(raw: str) -> date:
    """The day `raw` names; ValueError with the reason in Vietnamese (for the field's error)."""
    raw = (raw or "").strip()
    match = _DMY.match(raw)
    parts = (match.group(3), match.group(2), match.group(1)) if match else None
    if parts is None and (match := _ISO.match(raw)):
        parts = match.groups()
    if parts is None:
        raise ValueError("ngày phải có dạng dd/mm/yyyy, ví dụ 02/09/2026")
    year, month, day = map(int, parts)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"năm phải trong khoảng {MIN_YEAR}–{MAX_YEAR}")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"không có ngày {raw} trong lịch") from None


def as_iso(raw: str) -> str:
    """A form's day as ISO for the domain functions; what cannot be read is passed on as typed, so the
    domain's own check names the field (and the form shows it back unchanged)."""
    try:
        return read_day(raw).isoformat() if (raw or "").strip() else ""
    except ValueError:
        return (raw or "").strip()


def shown(value) -> str:
    """dd/mm/yyyy for a date or an ISO day; anything else (a refused entry shown back) as it is."""
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, str) and _ISO.match(value.strip()):
        try:
            return f"{date.fromisoformat(value.strip()):%d/%m/%Y}"
        except ValueError:
            return value
    return value or ""
