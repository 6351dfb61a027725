"""Issued versions of the monthly program and the weekly schedule; the public flag's defaults per kind."""
import re
from datetime import date

from flask import jsonify

from service import schemas
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx
from service.errors import ValidationFailed
from service.publishing import public_flag, versions
from service.serialize import iso


def _month(raw: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}", raw):
        raise ValidationFailed({"month": "phải là tháng YYYY-MM, ví dụ 2023-11"})
    try:
        return date(int(raw[:4]), int(raw[5:]), 1)
    except ValueError:
        raise ValidationFailed({"month": "tháng phải từ 01 đến 12"}) from None


def _week(raw: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationFailed({"week": "phải là ngày thứ Hai YYYY-MM-DD của tuần, ví dụ 2023-11-20"}) from None


def _line(line) -> dict:
    return {"change": line.change, "when": line.when, "title": line.title, "detail": line.detail}


def version_out(version, tz) -> dict:
    return schemas.IssuedVersionOut(number=version.number, issued_at=iso(version.issued_at, tz),
                                    issued_by=version.issued_by, entries=len(version.snapshot.get("entries", [])),
                                    annex=[_line(a) for a in versions.annex_of(version)]).model_dump(mode="json")


def _versions(kind: str, start: date):
    ctx = request_ctx()
    last, _, changes = versions.pending(ctx, kind, start)
    rows = versions.history(ctx.session, kind, start)
    number = 0 if last is None else last.number + (1 if changes else 0)
    return jsonify(schemas.VersionsOut(kind=kind, period_start=start, versions=[version_out(v, ctx.tz) for v in rows],
                                       current_number=number, unissued_changes=[_line(c) for c in changes]
                                       ).model_dump(mode="json"))


def _issue(kind: str, start: date):
    ctx = request_ctx()
    versions.period(kind, start)
    version = versions.issue(ctx.session, kind, start, ctx.actor, ctx=ctx)
    ctx.session.commit()
    return jsonify(version_out(version, ctx.tz)), 201


@bp.post("/programs/<month>/issue")
def issue_program(month):
    """Issue the month's program as it stands (409 when nothing changed since the last version)."""
    return _issue("month", _month(month))


@bp.get("/programs/<month>/versions")
def program_versions(month):
    return _versions("month", _month(month))


@bp.post("/weeks/<week>/issue")
def issue_week(week):
    """Issue the week's schedule (the week of a Monday) as it stands."""
    return _issue("week", _week(week))


@bp.get("/weeks/<week>/versions")
def week_versions(week):
    return _versions("week", _week(week))


@bp.get("/settings/public")
def public_defaults():
    return jsonify({"defaults": public_flag.defaults(request_ctx().session)})


@bp.put("/settings/public")
def put_public_defaults():
    """Which kinds of events the public page shows by default (an event's own `public` wins)."""
    ctx = request_ctx()
    body = parse_body(schemas.PublicDefaultsIn)
    out = public_flag.set_defaults(ctx.session, body.defaults)
    ctx.session.commit()
    return jsonify({"defaults": out})
