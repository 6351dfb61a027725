"""Bad input gets a 4xx that names the field and the problem, and nothing is written."""
import json

import pytest
from sqlalchemy import func, select

from service import schemas
from service.context import state
from service.models import (AgendaItem, CalendarException, Event, EventChange, Group, Location, Person, ProgramImport,
                            SlotHours, Unit)
from tests.conftest import SAMPLES

GOOD = {"title": "Họp", "start": "2023-11-21T08:00:00+07:00", "end": "2023-11-21T11:00:00+07:00"}

# (case name, path, body (dict, or bytes sent as they are), expected status, field the error must name)
CASES = [
    ("malformed JSON", "/api/events", b'{"title": "Hop", ', 400, None),
    ("not JSON at all", "/api/events", b"title=Hop", 400, None),
    ("JSON array", "/api/events", [GOOD], 400, None),
    ("title is a number", "/api/events", {**GOOD, "title": 123}, 422, "title"),
    ("title missing", "/api/events", {"start": "2023-11-21"}, 422, "title"),
    ("blank title", "/api/events", {**GOOD, "title": "   "}, 422, "title"),
    ("over-long title", "/api/events", {**GOOD, "title": "Họp " * 400}, 422, "title"),
    ("unknown field", "/api/events", {**GOOD, "colour": "red"}, 422, "colour"),
    ("all_day is a string", "/api/events", {**GOOD, "all_day": "yes"}, 422, "all_day"),
    ("id list holds a string", "/api/events", {**GOOD, "attendee_ids": ["1"]}, 422, "attendee_ids[0]"),
    ("id is a float", "/api/events", {**GOOD, "chair_id": 1.5}, 422, "chair_id"),
    ("unknown kind", "/api/events", {**GOOD, "kind": "party"}, 422, "kind"),
    ("unknown status", "/api/events", {**GOOD, "status": "maybe"}, 422, "status"),
    ("end before start", "/api/events", {**GOOD, "end": "2023-11-21T07:00:00+07:00"}, 422, "end"),
    ("end equals start", "/api/events", {**GOOD, "end": GOOD["start"]}, 422, "end"),
    ("all-day end before start", "/api/events", {"title": "X", "start": "2023-11-18", "end": "2023-11-01"}, 422, "end"),
    ("timed without end", "/api/events", {"title": "X", "start": "2023-11-21T08:00:00+07:00"}, 422, "end"),
    ("naive datetime", "/api/events", {**GOOD, "start": "2023-11-21T08:00:00"}, 422, "start"),
    ("all-day with a time", "/api/events", {**GOOD, "all_day": True}, 422, "start"),
    ("timed with a date", "/api/events", {"title": "X", "start": "2023-11-21", "all_day": False}, 422, "start"),
    ("slot with a datetime", "/api/events", {**GOOD, "slot": "morning"}, 422, "start"),
    ("unknown slot", "/api/events", {"title": "X", "start": "2023-11-21", "slot": "noon"}, 422, "slot"),
    ("date that does not exist", "/api/events", {"title": "X", "start": "2023-02-30"}, 422, "start"),
    ("date out of range (past)", "/api/events", {"title": "X", "start": "1999-12-31"}, 422, "start"),
    ("date out of range (future)", "/api/events", {"title": "X", "start": "9999-01-01"}, 422, "start"),
    ("not a date", "/api/events", {"title": "X", "start": "mai"}, 422, "start"),
    ("span over a year", "/api/events", {"title": "X", "start": "2023-01-01", "end": "2024-06-01"}, 422, "end"),
    ("bad month", "/api/events", {"title": "X", "month": "2023-13"}, 422, "month"),
    ("month on a dated event", "/api/events", {**GOOD, "month": "2023-11"}, 422, "month"),
    ("unknown attendee", "/api/events", {**GOOD, "attendee_ids": [999]}, 422, "attendee_ids[0]"),
    ("unknown group", "/api/events", {**GOOD, "group_ids": [999]}, 422, "group_ids[0]"),
    ("unknown chair", "/api/events", {**GOOD, "chair_id": 999}, 422, "chair_id"),
    ("unknown attending unit", "/api/events", {**GOOD, "unit_ids": [999]}, 422, "unit_ids[0]"),
    ("unknown preparing unit", "/api/events",
     {**GOOD, "agenda": [{"number": 1, "title": "Báo cáo", "unit_ids": [999]}]}, 422, "agenda[0].unit_ids[0]"),
    ("agenda item without title", "/api/events", {**GOOD, "agenda": [{"number": 1}]}, 422, "agenda[0].title"),
    ("bad deadline", "/api/events", {**GOOD, "agenda": [{"title": "A", "deadline": "14/11/2023"}]}, 422,
     "agenda[0].deadline"),
    ("invalid RRULE frequency", "/api/events", {**GOOD, "rrule": "FREQ=SOMETIMES"}, 422, "rrule"),
    ("invalid RRULE day", "/api/events", {**GOOD, "rrule": "FREQ=WEEKLY;BYDAY=XY"}, 422, "rrule"),
    ("RRULE every minute", "/api/events", {**GOOD, "rrule": "FREQ=MINUTELY"}, 422, "rrule"),
    ("RRULE garbage", "/api/events", {**GOOD, "rrule": "every monday"}, 422, "rrule"),
    ("RRULE COUNT and UNTIL", "/api/events", {**GOOD, "rrule": "FREQ=DAILY;COUNT=3;UNTIL=20231231"}, 422, "rrule"),
    ("RRULE on an undated event", "/api/events", {"title": "X", "rrule": "FREQ=WEEKLY"}, 422, "rrule"),
    ("exception that is not an occurrence", "/api/events",
     {**GOOD, "rrule": "FREQ=WEEKLY", "exceptions": [{"original_start": "2023-11-22T08:00:00+07:00",
                                                       "cancelled": True}]}, 422, "exceptions[0].original_start"),
    ("exceptions without a rule", "/api/events",
     {**GOOD, "exceptions": [{"original_start": GOOD["start"], "cancelled": True}]}, 422, "exceptions"),
    ("location and location_id", "/api/events", {**GOOD, "location": "Hội trường", "location_id": 1}, 422, "location"),
    ("unit without name", "/api/units", {"short_name": "X"}, 422, "name"),
    ("unit with bad email", "/api/units", {"name": "Phòng X", "emails": ["not-an-email"]}, 422, "emails[0]"),
    ("unit with unknown parent", "/api/units", {"name": "Phòng X", "parent_id": 999}, 422, "parent_id"),
    ("unit aliases not a list", "/api/units", {"name": "Phòng X", "aliases": "PX"}, 422, "aliases"),
    ("person with unknown unit", "/api/persons", {"name": "A", "unit_id": 999}, 422, "unit_id"),
    ("person with unknown field", "/api/persons", {"name": "A", "age": 40}, 422, "age"),
    ("group with unknown member", "/api/groups", {"name": "Nhóm", "member_ids": [999]}, 422, "member_ids[0]"),
    ("location with negative travel time", "/api/locations", {"name": "Xã A", "travel_minutes": -5}, 422,
     "travel_minutes"),
    ("calendar exception of unknown kind", "/api/calendar/exceptions",
     {"day": "2026-01-02", "kind": "holiday", "label": "x"}, 422, "kind"),
    # Found by the OpenAPI fuzzer: year 1 overflowed on the way to UTC (500).
    ("calendar exception in year 1", "/api/calendar/exceptions",
     {"day": "0001-01-01", "kind": "day_off", "label": "x"}, 422, "day"),
    ("agenda deadline in year 9999", "/api/events",
     {**GOOD, "agenda": [{"title": "Báo cáo", "deadline": "9999-12-31"}]}, 422, "agenda[0].deadline"),
]


def counts(app):
    with state(app).sessions() as session:
        return tuple(session.scalar(select(func.count()).select_from(m))
                     for m in (Event, AgendaItem, EventChange, Unit, Person, Group, Location, ProgramImport,
                               CalendarException, SlotHours))


def send(api, method, path, body):
    if isinstance(body, bytes):
        return api.call(method, path, data=body, headers={"Content-Type": "application/json"})
    return api.call(method, path, json=body)


@pytest.mark.parametrize("name,path,body,status,field", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_and_nothing_is_written(api, app, name, path, body, status, field):
    method = "PUT" if path.startswith("/api/calendar") else "POST"
    before = counts(app)
    response = send(api, method, path, body)
    assert response.status_code == status, response.get_json()
    error = response.get_json()["error"]
    assert error["code"] and error["message"]
    if field:
        assert field in error["fields"], error
        assert error["fields"][field]  # a problem in words
    assert counts(app) == before


def test_bad_patch_changes_nothing(api, app):
    event = api.created("/api/events", GOOD)
    for body, field in [({"end": "2023-11-21T07:00:00+07:00"}, "end"), ({"attendee_ids": [999]}, "attendee_ids[0]"),
                        ({"title": "Mới", "rrule": "FREQ=NEVER"}, "rrule"), ({"sequence": "0"}, "sequence")]:
        response = api.patch(f"/api/events/{event['id']}", body)
        assert response.status_code == 422 and field in response.get_json()["error"]["fields"]
    after = api.get(f"/api/events/{event['id']}").get_json()
    assert {**after, "conflicts": []} == event  # (only a write's answer lists conflicts)


def test_ten_megabyte_body_gets_413(api, app):
    before = counts(app)
    body = json.dumps({**GOOD, "notes": "x" * (10 * 1024 * 1024)}).encode()
    response = send(api, "POST", "/api/events", body)
    assert response.status_code == 413
    assert "quá lớn" in response.get_json()["error"]["message"]
    assert counts(app) == before


def test_unknown_ids_in_paths_and_queries(api):
    assert api.get("/api/events/999").status_code == 404
    assert api.patch("/api/events/999", {"title": "X"}).status_code == 404
    assert api.delete("/api/events/999").status_code == 404
    assert api.get("/api/units/999").status_code == 404
    response = api.get("/api/events?from=2023-11-30&to=2023-11-01")
    assert response.status_code == 422 and "to" in response.get_json()["error"]["fields"]
    response = api.get("/api/events?person_id=abc")
    assert response.status_code == 422 and "person_id" in response.get_json()["error"]["fields"]
    response = api.get("/api/events?from=yesterday")
    assert response.status_code == 422 and "from" in response.get_json()["error"]["fields"]
    assert api.get("/api/nothing-here").status_code == 404
    assert api.call("PUT", "/api/events").status_code == 405


def test_patching_required_directory_fields_to_null_is_refused(api, app):
    unit = api.created("/api/units", {"name": "Phòng Nội vụ"})
    person = api.created("/api/persons", {"name": "Đỗ Văn Nam"})
    group = api.created("/api/groups", {"name": "Lãnh đạo phòng"})
    before = counts(app)
    for path in (f"/api/units/{unit['id']}", f"/api/persons/{person['id']}", f"/api/groups/{group['id']}"):
        response = api.patch(path, {"name": None, "aliases": None} if "persons" not in path else {"name": None})
        assert response.status_code == 422 and "name" in response.get_json()["error"]["fields"]
    assert counts(app) == before
    assert api.get(f"/api/persons/{person['id']}").get_json()["name"] == "Đỗ Văn Nam"


# ---- control characters ------------------------------------------------------------------------------------
# NUL made PostgreSQL fail (500); every C0 control (and DEL) is refused in every text field of every write, with
# a 422 that names the field, on both databases. A body per write that holds every text field of its model (the
# last test checks that against the models), each field spoiled in turn.

PROGRAM = ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2023\nI. LỊCH CÔNG TÁC\n1. Ngày 02 tháng 11 năm 2023 (thứ Năm)\n"
           "- Buổi sáng: Họp giao ban tại Hội trường UBND huyện (Phòng Nội vụ chuẩn bị).\n")
WRITES = {
    # name: (method, path, model, valid bodies that together hold every text field of the model)
    "event": ("POST", "/api/events", schemas.EventCreate, [
        {"title": "Họp giao ban", "kind": "meeting", "status": "confirmed", "start": "2023-11-21T08:00:00+07:00",
         "end": "2023-11-21T11:00:00+07:00", "rrule": "FREQ=WEEKLY;COUNT=3",
         "exceptions": [{"original_start": "2023-11-28T08:00:00+07:00", "start": "2023-11-29T08:00:00+07:00",
                         "end": "2023-11-29T11:00:00+07:00"}],
         "location": "Hội trường UBND", "chair_text": "Chủ tịch UBND huyện", "attendees_text": "Lãnh đạo các phòng",
         "notes": "Mang tài liệu", "agenda": [{"number": 1, "title": "Báo cáo tình hình", "deadline": "2023-11-14",
                                               "preparing_units_text": "Phòng Tài chính"}]},
        {"title": "Tiếp công dân", "start": "2023-11-22", "slot": "morning"},
        {"title": "Kiểm tra cơ sở", "month": "2023-12"}]),
    "unit": ("POST", "/api/units", schemas.UnitIn, [
        {"name": "Phòng Nội vụ", "short_name": "PNV", "aliases": ["Nội vụ"], "emails": ["noivu@example.gov.vn"],
         "webhook_url": "https://sms.example.gov.vn/lich", "webhook_secret": "khoa-bi-mat-0123456789"}]),
    "person": ("POST", "/api/persons", schemas.PersonIn, [
        {"name": "Đỗ Văn Nam", "title": "Chủ tịch UBND huyện", "email": "nam@example.gov.vn", "phone": "0912 345 678",
         "webhook_url": "https://zalo.example.gov.vn/lich", "webhook_secret": "khoa-bi-mat-0123456789"}]),
    "group": ("POST", "/api/groups", schemas.GroupIn, [{"name": "Lãnh đạo UBND huyện", "aliases": ["LĐ UBND"]}]),
    "location": ("POST", "/api/locations", schemas.LocationIn, [
        {"name": "Xã Nhi Sơn", "address": "Bản Kéo Hượn", "travel_minutes": 90}]),
    "import": ("POST", "/api/imports", schemas.ImportIn, [
        {"text": PROGRAM, "filename": "chuong-trinh-11.txt", "year": 2023, "month": 11,
         "source": "Chương trình tháng 11 của UBND huyện"}]),
    "calendar exception": ("PUT", "/api/calendar/exceptions", schemas.CalendarExceptionIn, [
        {"day": "2026-01-02", "kind": "day_off", "label": "Nghỉ bù Tết Dương lịch", "source_ref": "CV 123/UBND"}]),
    "slot hours": ("POST", "/api/calendar/slot-hours", schemas.SlotHoursIn, [
        {"valid_from": "2024-04-15", "valid_to": "2024-10-14", "morning": "07:00-11:30", "afternoon": "13:30-17:00",
         "evening": "19:00-21:00"}]),
}
PATCHES = {"event": "events", "unit": "units", "person": "persons", "group": "groups"}
FORMATTED = {"kind", "status", "slot", "month", "deadline", "day", "valid_from", "valid_to", "morning", "afternoon",
             "evening", "email", "emails[0]"}
CONTROLS = ["\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1b", "\x1f", "\x7f"]  # besides NUL, one per field in turn


def text_leaves(body, path=""):
    """(path as errors name it, value) of every string in a body: "agenda[0].title", "aliases[0]"."""
    if isinstance(body, str):
        yield path, body
    elif isinstance(body, dict):
        for key, value in body.items():
            yield from text_leaves(value, f"{path}.{key}" if path else key)
    elif isinstance(body, list):
        for i, value in enumerate(body):
            yield from text_leaves(value, f"{path}[{i}]")


def spoiled(body, path, char):
    """`body` with `char` put into the string at `path` (after its first character)."""
    out = json.loads(json.dumps(body))
    parts = [int(p) if p.isdigit() else p for p in path.replace("[", ".").replace("]", "").split(".")]
    holder = out
    for part in parts[:-1]:
        holder = holder[part]
    holder[parts[-1]] = holder[parts[-1]][:1] + char + holder[parts[-1]][1:]
    return out


CONTROL_CASES = []
for _name, (_method, _path, _model, _bodies) in WRITES.items():
    _seen = set()
    for _body in _bodies:
        for _leaf, _ in text_leaves(_body):
            if _leaf in _seen:
                continue
            _seen.add(_leaf)
            CONTROL_CASES.append((f"{_name} {_leaf} NUL", _method, _path, spoiled(_body, _leaf, "\x00"), _leaf))
            _char = CONTROLS[len(CONTROL_CASES) % len(CONTROLS)]
            if _leaf == "text":
                _char = "\x01"  # a program's text keeps VT and FF (Word's line and page breaks)
            CONTROL_CASES.append((f"{_name} {_leaf} U+{ord(_char):04X}", _method, _path, spoiled(_body, _leaf, _char),
                                  _leaf))


@pytest.mark.parametrize("name,method,path,body,field", CONTROL_CASES, ids=[c[0] for c in CONTROL_CASES])
def test_control_characters_are_refused_in_every_text_field(api, app, name, method, path, body, field):
    before = counts(app)
    response = api.call(method, path, json=body)
    assert response.status_code == 422, (name, response.get_json())
    error = response.get_json()["error"]
    assert field in error["fields"], error
    if field.rsplit(".", 1)[-1] not in FORMATTED:  # a code, a date or a pattern says so in its own words
        assert "ký tự điều khiển" in error["fields"][field], error
    assert counts(app) == before


ONE_LINE_FIELDS = [("event", "title"), ("event", "location"), ("event", "agenda[0].title"), ("unit", "name"),
                   ("unit", "aliases[0]"), ("person", "name"), ("group", "name"), ("location", "name"),
                   ("calendar exception", "label"), ("import", "filename"),
                   ("import", "source")]


@pytest.mark.parametrize("write,field", ONE_LINE_FIELDS, ids=[" ".join(c) for c in ONE_LINE_FIELDS])
def test_a_one_line_field_refuses_a_line_break(api, app, write, field):
    method, path, _, bodies = WRITES[write]
    before = counts(app)
    response = api.call(method, path, json=spoiled(bodies[0], field, "\n"))
    assert response.status_code == 422 and "một dòng" in response.get_json()["error"]["fields"][field]
    assert counts(app) == before


def test_the_whitespace_real_text_holds_is_kept(api, app):
    """A tab anywhere; line breaks in free text; Word's manual line and page breaks in a program's text (the
    importer reads them as spaces, so the events it writes pass the same checks)."""
    event = api.created("/api/events", {**WRITES["event"][3][0], "title": "Họp\tgiao ban",
                                        "notes": "Dòng một\r\nDòng hai\tcột", "attendees_text": "Lãnh đạo\nCác phòng",
                                        "chair_text": "Chủ tịch\nUBND huyện"})
    assert event["title"] == "Họp giao ban" and event["notes"] == "Dòng một\r\nDòng hai\tcột"
    assert api.created("/api/locations", {"name": "Xã A", "address": "Bản B\nxã A"})["address"] == "Bản B\nxã A"
    with open(f"{SAMPLES}/muong-lat-2023-11.txt", encoding="utf-8") as f:
        text = f.read().replace("\n- ", "\x0b- ", 3).replace("Buổi sáng", "Buổi\x0csáng").replace("tại", "tại\t", 5)
    preview = api.created("/api/imports", {"text": text})
    assert preview["events"]
    response = api.post(f"/api/imports/{preview['id']}/commit")
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["created"] == len(preview["events"])


@pytest.mark.parametrize("write", list(PATCHES))
def test_control_characters_in_a_patch_change_nothing(api, app, write):
    _, path, _, bodies = WRITES[write]
    created = api.created(path, bodies[0])
    before = counts(app)
    shown = api.get(f"/api/{PATCHES[write]}/{created['id']}").get_json()
    for field, _ in text_leaves(bodies[0]):
        top = field.split("[")[0].split(".")[0]
        body = {top: spoiled(bodies[0], field, "\x00")[top]}
        response = api.patch(f"/api/{PATCHES[write]}/{created['id']}", body)
        assert response.status_code == 422 and field in response.get_json()["error"]["fields"], (field, response.get_json())
    assert counts(app) == before
    assert api.get(f"/api/{PATCHES[write]}/{created['id']}").get_json() == shown


def test_the_valid_bodies_are_valid(api, app):
    """So that a refusal above is the control character's doing."""
    for name, (method, path, _, bodies) in WRITES.items():
        for body in bodies:
            response = api.call(method, path, json=body)
            assert response.status_code in (200, 201), (name, body, response.get_json())


def _schema_text_fields(schema: dict, defs: dict, path: str = "") -> set:
    """The paths of every string field of a model's JSON schema, arrays as [0]."""
    if "$ref" in schema:
        return _schema_text_fields(defs[schema["$ref"].rsplit("/", 1)[1]], defs, path)
    if "anyOf" in schema:
        return set().union(*(_schema_text_fields(s, defs, path) for s in schema["anyOf"]))
    kind = schema.get("type")
    if kind == "string" or (kind is None and "enum" in schema) or "const" in schema:
        return {path}
    if kind == "array":
        return _schema_text_fields(schema["items"], defs, f"{path}[0]")
    if kind == "object" or "properties" in schema:
        return set().union(set(), *(_schema_text_fields(s, defs, f"{path}.{k}" if path else k)
                                    for k, s in schema.get("properties", {}).items()))
    return set()


@pytest.mark.parametrize("write", list(WRITES))
def test_the_table_holds_every_text_field_of_every_write(write):
    _, _, model, bodies = WRITES[write]
    schema = model.model_json_schema()
    expected = _schema_text_fields(schema, schema.get("$defs", {}))
    assert {leaf for body in bodies for leaf, _ in text_leaves(body)} == expected
    if write in PATCHES:  # a patch model has the same text fields (and sequence, a number)
        patch = {"event": schemas.EventPatch, "unit": schemas.UnitPatch, "person": schemas.PersonPatch,
                 "group": schemas.GroupPatch}[write].model_json_schema()
        assert _schema_text_fields(patch, patch.get("$defs", {})) == expected
