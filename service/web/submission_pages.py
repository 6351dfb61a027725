""""Việc phải nộp": per unit, the papers due this week and those late, with links to the events. The office
sees every unit (or one, ?don_vi=<id>) and can mark papers brought by hand; there is no unit-bound account
yet, so viewers see the same, read-only."""
import unicodedata

from flask import abort, render_template, request
from sqlalchemy import select

from service import submissions
from service.context import request_ctx
from service.errors import NotFound
from service.models import Unit
from service.page_base import add_nav, login_required
from service.web import bp
from service.web.event_pages import _int

_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_MODIFIED = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê", ("o", "\u0302"): "ô",
             ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vietnamese_key(name: str) -> tuple:
    """Sort as a Vietnamese list does: letters in the alphabet's order (a ă â b c d đ ...), tones after."""
    letters, tones = [], []
    for ch in unicodedata.normalize("NFD", name.casefold()):
        if ch in _TONES:
            tones[-1:] = [_TONES[ch]]
        elif unicodedata.combining(ch) and letters:
            base = _LETTERS[letters[-1]] if letters[-1] < len(_LETTERS) else ""
            letters[-1] = _LETTERS.find(_MODIFIED.get((base, ch), base)) if (base, ch) in _MODIFIED else letters[-1]
        else:
            letters.append(_LETTERS.find(ch) if ch in _LETTERS else 100 + ord(ch))
            tones.append(0)
    return tuple(letters), tuple(tones)


@bp.record_once
def _nav(setup_state):
    add_nav(setup_state.app, 35, "web.due", "Việc phải nộp")


@bp.get("/viec-phai-nop")
@login_required()
def due():
    ctx = request_ctx()
    raw = request.args.get("don_vi", "").strip()
    unit_id = _int(raw) if raw else None
    if raw and unit_id is None:
        abort(404)
    try:
        found = submissions.due_by_unit(ctx, unit_id)
    except NotFound:
        abort(404)
    found.sort(key=lambda u: vietnamese_key(u.unit.name))
    units = sorted(ctx.session.scalars(select(Unit).where(Unit.active.is_(True))).all(),
                   key=lambda u: vietnamese_key(u.name))
    today = ctx.now().astimezone(ctx.tz).date()
    monday, sunday = submissions.week_of(today)
    return render_template("due.html", found=found, units=units, unit_id=unit_id, monday=monday, sunday=sunday,
                           today=today, late_days=submissions.LATE_DAYS, tz=ctx.tz,
                           next_url=request.full_path.rstrip("?"))
