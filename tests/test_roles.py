"""Viewers look, never change: EVERY write route, found by walking the app's URL map (so a new route is covered
the day it is added, or this test asks how to fill its address), refuses a viewer with 403 and writes nothing.
The pages: a viewer logged in, with a valid CSRF token and a form that would be accepted from the office. The
API: a viewer's key. On SQLite and PostgreSQL."""
import re

from sqlalchemy import select

from service.context import state
from service.db import Base
from service import offices
from service.offices import DEFAULT_SLUG
from tests.directory_fixtures import make_directory
from tests.test_web import add_user, login, token

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
# POSTs a viewer may make: logging in and out, changing one's own password, and the signed link in a reminder
# email (a unit, without an account, says it has sent its papers).
VIEWER_MAY_POST = {"web.login", "web.logout", "web.own_password", "reminders_web.submitted"}
# Rows a refused request may leave: the security log may record the refusal.
LOGS = {"security_events"}
PROGRAM = ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023\nI. LỊCH CÔNG TÁC\n1. Ngày 02 tháng 11 năm 2023\n"
           "- Buổi sáng: Họp giao ban tại Hội trường UBND huyện.\n")
# A form the office's pages would accept for any of them (each page reads the fields it knows).
FORM = {"title": "Họp mới", "kind": "meeting", "status": "confirmed", "date": "2023-11-20", "slot": "morning",
        "rows": "0", "sequence": "0", "confirm_conflicts": "yes", "name": "Phòng Mới", "text": PROGRAM,
        "username": "nguoimoi", "password": "mat-khau-moi-du-dai", "role": "office"}


def world(app, api) -> dict:
    """One of everything a write route can point at."""
    ids = make_directory(api)
    tc = ids["tc"]
    event = api.created("/api/events", {"title": "Kỳ họp HĐND", "start": "2023-11-21", "slot": "morning",
                                        "agenda": [{"number": 1, "title": "Tờ trình", "unit_ids": [tc]}]})
    reminders = api.get("/api/reminders?status=pending").get_json()["reminders"]
    assert reminders, "the event plans reminders"
    ident = api.created("/api/imports", {"text": PROGRAM})["id"]
    assert api.call("PUT", "/api/calendar/exceptions",
                    json={"day": "2026-01-02", "kind": "day_off", "label": "Nghỉ bù"}).status_code == 200
    place = api.created("/api/locations", {"name": "Hội trường UBND huyện", "travel_minutes": 10})["id"]
    hours = api.created("/api/calendar/slot-hours", {"valid_from": "2024-05-01", "valid_to": "2024-09-30",
                                                      "morning": "07:00-11:00"})["id"]
    add_user(app, "nhanvien", "office")
    from service.models import ApiKey, User  # noqa: PLC0415
    with state(app).sessions() as session:
        user = session.scalars(select(User).where(User.username == "nhanvien")).one().id
        key = session.scalars(select(ApiKey).order_by(ApiKey.id)).first().id
        # an office below the office's own (its rename page, PATCH /api/offices/<slug>)
        below = offices.create(state(app).ctx(session, actor="test"), "xa-duoi", "Văn phòng HĐND và UBND xã Dưới",
                               "xa", "hdnd_ubnd", offices.find_by_slug(session, DEFAULT_SLUG))
        session.commit()
        below_id = below.id
    return {"unit": tc, "person": ids["binh"], "group": ids["leaders"], "event": event["id"], "import": ident,
            "reminder": reminders[0]["id"], "user": user, "key": key, "day": "2026-01-02", "place": place,
            "hours": hours, "item": event["agenda"][0]["id"], "month": "2023-11", "week": "2023-11-20",
            "kind_path": "tuan", "office": below_id, "office_slug": "xa-duoi"}


# What each route's address parameters are, by endpoint: {parameter: [(value, what it names)]}. A route whose
# endpoint is not here fails the test (say how to reach it).
def targets(w: dict) -> dict:
    kinds = {"kind": [("don-vi", "unit"), ("nguoi", "person"), ("nhom", "group")]}
    feed_kinds = {"kind": [("unit", "unit"), ("person", "person"), ("group", "group")]}
    return {
        "web.directory_item": kinds, "feeds_pages.rotate": feed_kinds,
        "web.edit_event": {"event_id": "event"}, "web.cancel_event": {"event_id": "event"},
        "web.import_commit": {"ident": "import"}, "web.import_undo": {"ident": "import"}, "reminders_web.resend_page": {"ident": "reminder"},
        "web.disable_user": {"ident": "user"}, "web.enable_user": {"ident": "user"},
        "web.set_user_password": {"ident": "user"}, "web.revoke_key": {"ident": "key"},
        "web.set_user_role": {"ident": "user"}, "web.edit_place": {"ident": "place"},
        "web.remove_day": {"day": "day"}, "web.edit_hours": {"ident": "hours"}, "web.delete_hours": {"ident": "hours"},
        **dict.fromkeys(("web.cancel_occurrence", "web.restore_occurrence", "web.move_occurrence"),
                        {"event_id": "event", "day": "day"}),
        "web.end_series": {"event_id": "event"}, "web.skip_holidays": {"event_id": "event"},
        "web.mark_submitted": {"event_id": "event", "item_id": "item"},
        "web.unmark_submitted": {"event_id": "event", "item_id": "item"},
        "web.issue_version": {"kind_path": "kind_path", "period": "week"}, "web.rename_office": {"ident": "office"},
        # the API: by the resource in the address
        "api": {"units": "unit", "persons": "person", "groups": "group", "events": "event", "imports": "import",
                "reminders": "reminder", "users": "user", "api-keys": "key", "exceptions": "day",
                "occurrences": "day", "agenda-items": "item", "programs": "month", "weeks": "week",
                "offices": "office_slug"},
    }


_ARG = re.compile(r"<(?:[^:>]+:)?([^>]+)>")


def addresses(rule, w: dict) -> list[str]:
    """Every address of `rule` with real ids (one per kind for a route with a kind)."""
    if "office_slug" in rule.arguments:  # /<office>/...: the same page under the (only) office's prefix
        twin = next(r for r in rule.map.iter_rules(rule.endpoint) if "office_slug" not in r.arguments)
        return [f"/{DEFAULT_SLUG}{address}" for address in addresses(twin, w)]
    if not rule.arguments:
        return [rule.rule]
    table = targets(w)
    if rule.rule.startswith("/api/"):
        parts = rule.rule.split("/")
        out = rule.rule
        for i, part in enumerate(parts):
            match = _ARG.fullmatch(part)
            if match:
                resource = parts[i - 1]
                assert resource in table["api"], f"{rule.rule}: tell tests/test_roles.py what <{match.group(1)}> is"
                out = out.replace(part, str(w[table["api"][resource]]), 1)
        return [out]
    spec = table.get(rule.endpoint)
    assert spec is not None, f"{rule.rule} ({rule.endpoint}): tell tests/test_roles.py how to fill its address"
    if "kind" in spec and "kind" in rule.arguments:
        out = []
        for value, names in spec["kind"]:
            address = rule.rule
            for match in _ARG.finditer(rule.rule):
                arg = match.group(1)
                address = address.replace(match.group(0), value if arg == "kind" else str(w[names]))
            out.append(address)
        return out
    address = rule.rule
    for match in _ARG.finditer(rule.rule):
        address = address.replace(match.group(0), str(w[spec[match.group(1)]]))
    return [address]


def snapshot(app) -> dict:
    """Every row of every table (but the logs)."""
    with state(app).sessions() as session:
        return {t.name: sorted(map(repr, session.execute(select(t)).all()))
                for t in Base.metadata.sorted_tables if t.name not in LOGS}


def write_rules(app, api_side: bool):
    for rule in app.url_map.iter_rules():
        if (rule.methods or set()) & WRITE_METHODS and rule.rule.startswith("/api/") == api_side:
            yield rule


def test_every_page_that_writes_refuses_a_viewer(app, api):
    w = world(app, api)
    viewer = login(app, "xem", "viewer")
    csrf = token(viewer.get("/lich").get_data(as_text=True))
    before = snapshot(app)
    tried, wrong = [], []
    for rule in write_rules(app, api_side=False):
        if rule.endpoint in VIEWER_MAY_POST:
            continue
        for address in addresses(rule, w):
            response = viewer.post(address, data={**FORM, "csrf_token": csrf})
            tried.append(address)
            if response.status_code != 403 or "chỉ được xem" not in response.get_data(as_text=True):
                wrong.append((address, response.status_code))
    assert not wrong, wrong
    assert snapshot(app) == before
    assert len(tried) >= 20  # 11 write routes, 3 of them for each kind of directory entry


def test_the_posts_a_viewer_may_make_are_only_these(app):
    """Every POST page outside the list above is office-only (checked there); the list holds only what exists."""
    endpoints = {rule.endpoint for rule in write_rules(app, api_side=False)}
    assert VIEWER_MAY_POST <= endpoints


def test_every_api_write_refuses_a_viewer_key(app, api, viewer):
    w = world(app, api)
    before = snapshot(app)
    tried, wrong = [], []
    for rule in write_rules(app, api_side=True):
        for method in sorted(rule.methods & WRITE_METHODS):
            for address in addresses(rule, w):
                response = viewer.call(method, address, json={})
                tried.append((method, address))
                if response.status_code != 403 or response.get_json()["error"]["code"] != "forbidden":
                    wrong.append((method, address, response.status_code))
    assert not wrong, wrong
    assert snapshot(app) == before
    assert len(tried) >= 26


def test_the_office_can_make_the_same_writes(app, api):
    """The other side of the refusals above: the same requests from the office do change things (so a 403
    above is the role's doing, not a bad form or address)."""
    w = world(app, api)
    office = login(app, "vanphong", "office")
    csrf = token(office.get("/lich").get_data(as_text=True))
    for address in ("/su-kien/moi", f"/su-kien/{w['event']}/sua", "/danh-ba/don-vi/moi", "/nhap",
                    f"/nhap/{w['import']}/ghi", f"/dang-ky/unit/{w['unit']}/doi-duong-dan"):
        before = snapshot(app)
        response = office.post(address, data={**FORM, "csrf_token": csrf, "name": f"Phòng {len(address)}"})
        assert response.status_code in (200, 302), (address, response.status_code, response.get_data(as_text=True))
        assert snapshot(app) != before, address
