"""/api/openapi.json, built from the same pydantic models that validate requests and shape responses."""
from functools import lru_cache

from flask import jsonify
from pydantic.json_schema import models_json_schema

from service import schemas
from service.api import bp

MODELS = [
    (schemas.UnitIn, "validation"), (schemas.UnitPatch, "validation"), (schemas.UnitOut, "serialization"),
    (schemas.PersonIn, "validation"), (schemas.PersonPatch, "validation"), (schemas.PersonOut, "serialization"),
    (schemas.GroupIn, "validation"), (schemas.GroupPatch, "validation"), (schemas.GroupOut, "serialization"),
    (schemas.LocationIn, "validation"), (schemas.LocationOut, "serialization"),
    (schemas.EventCreate, "validation"), (schemas.EventPatch, "validation"), (schemas.EventOut, "serialization"),
    (schemas.EventList, "serialization"), (schemas.HistoryOut, "serialization"),
    (schemas.OccurrenceMoveIn, "validation"), (schemas.SeriesEndIn, "validation"),
    (schemas.OccurrenceList, "serialization"), (schemas.SeriesEndOut, "serialization"),
    (schemas.SubmissionIn, "validation"), (schemas.SubmissionUndoIn, "validation"),
    (schemas.AgendaItemOut, "serialization"),
    (schemas.CalendarExceptionIn, "validation"), (schemas.CalendarExceptionOut, "serialization"),
    (schemas.ConflictList, "serialization"),
    (schemas.SlotHoursIn, "validation"), (schemas.SlotHoursOut, "serialization"),
    (schemas.ImportIn, "validation"), (schemas.ImportPreview, "serialization"), (schemas.ImportResult, "serialization"),
    (schemas.ImportCommitIn, "validation"), (schemas.ImportList, "serialization"), (schemas.ImportUndoOut, "serialization"),
    (schemas.ReminderOut, "serialization"), (schemas.ReminderList, "serialization"),
    (schemas.PasswordIn, "validation"), (schemas.UserOut, "serialization"), (schemas.UserList, "serialization"),
    (schemas.ApiKeyOut, "serialization"), (schemas.ApiKeyList, "serialization"), (schemas.SecurityLog, "serialization"),
    (schemas.OfficeOut, "serialization"), (schemas.OfficeList, "serialization"), (schemas.OfficePatch, "validation"),
    (schemas.PublicDefaultsIn, "validation"), (schemas.PublicDefaultsOut, "serialization"),
    (schemas.ReminderSettingsIn, "validation"), (schemas.ReminderSettingsOut, "serialization"),
    (schemas.IssuedVersionOut, "serialization"), (schemas.VersionsOut, "serialization"),
    (schemas.ErrorOut, "serialization"),
]


def _models():
    """MODELS and the models defined next to their endpoints (service/api/search.py)."""
    from service.api.search import SearchOut  # noqa: PLC0415 - search imports this package's bp
    return [*MODELS, (SearchOut, "serialization")]


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict:
    return {str(c): {"description": "lỗi", **_json(_ref("ErrorOut"))} for c in codes}


def _op(summary, ok_code, ok_schema, body=None, params=(), errors=(400, 401, 403, 404, 413, 422)):
    op = {"summary": summary, "parameters": list(params),
          "responses": {str(ok_code): {"description": "ok", **_json(ok_schema)}, **_errors(*errors)}}
    if body:
        op["requestBody"] = {"required": True, **_json(_ref(body))}
    return op


def _id_param(name="ident"):
    return {"name": name, "in": "path", "required": True,
            "schema": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}}


def _list_of(key, item):
    return {"type": "object", "properties": {key: {"type": "array", "items": _ref(item)}},
            "required": [key], "additionalProperties": False}


@lru_cache(maxsize=1)
def document() -> dict:
    _, defs = models_json_schema(_models(), ref_template="#/components/schemas/{model}")
    paths = {}
    for path, (inp, patch, out) in {"units": ("UnitIn", "UnitPatch", "UnitOut"),
                                    "persons": ("PersonIn", "PersonPatch", "PersonOut"),
                                    "groups": ("GroupIn", "GroupPatch", "GroupOut")}.items():
        paths[f"/api/{path}"] = {
            "get": _op(f"List {path}", 200, _list_of(path, out), errors=(401,)),
            "post": _op(f"Create one of {path}", 201, _ref(out), body=inp),
        }
        paths[f"/api/{path}/{{ident}}"] = {
            "get": _op(f"One of {path}", 200, _ref(out), params=[_id_param()], errors=(401, 404)),
            "patch": _op(f"Change one of {path}", 200, _ref(out), body=patch, params=[_id_param()]),
        }
    paths["/api/locations"] = {
        "get": _op("List locations", 200, _list_of("locations", "LocationOut"), errors=(401,)),
        "post": _op("Create or update a location by name", 201, _ref("LocationOut"), body="LocationIn"),
    }
    range_params = [
        {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"},
         "description": "first day (inclusive); default: the first day of this month"},
        {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"},
         "description": "last day (inclusive); default: the end of the month"},
        *({"name": n, "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}}
          for n in ("person_id", "unit_id", "group_id")),
    ]
    paths["/api/events"] = {
        "get": _op("Events and occurrences in a range", 200, _ref("EventList"), params=range_params,
                   errors=(401, 422)),
        "post": _op("Create an event", 201, _ref("EventOut"), body="EventCreate", errors=(400, 401, 403, 409, 413, 422)),
    }
    paths["/api/conflicts"] = {
        "get": _op("Conflicts in a range: persons and places booked twice, travel, deadline load", 200,
                   _ref("ConflictList"), params=[p for p in range_params if p["name"] != "group_id"],
                   errors=(401, 422)),
    }
    strict = {"name": "strict", "in": "query", "schema": {"type": "string", "enum": ["true", "false"]},
              "description": "true: refuse (409) a write that causes a conflict"}
    paths["/api/events"]["post"]["parameters"].append(strict)
    event_id = [_id_param("event_id")]
    if_match = {"name": "If-Match", "in": "header", "required": False, "schema": {"type": "string"},
                "description": "the ETag (sequence) you read; a stale one gets 412"}
    paths["/api/events/{event_id}"] = {
        "get": _op("One event", 200, _ref("EventOut"), params=event_id, errors=(401, 404)),
        "patch": _op("Change an event", 200, _ref("EventOut"), body="EventPatch", params=[*event_id, if_match, strict],
                     errors=(400, 401, 403, 404, 409, 412, 413, 422)),
        "delete": _op("Cancel an event (nothing is deleted)", 200, _ref("EventOut"), params=event_id,
                      errors=(401, 403, 404)),
    }
    paths["/api/events/{event_id}/history"] = {
        "get": _op("Who changed what, when", 200, _ref("HistoryOut"), params=event_id, errors=(401, 404)),
    }
    paths["/api/search"] = {
        "get": _op("Events whose title, place, persons, groups or units contain every word (accents folded), newest "
                   "first", 200, _ref("SearchOut"),
                   params=[{"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 200}},
                           {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                           {"name": "offset", "in": "query",
                            "schema": {"type": "integer", "minimum": 0, "maximum": 100000}}],
                   errors=(401, 422)),
    }
    day = {"name": "day", "in": "path", "required": True, "schema": {"type": "string", "format": "date"},
           "description": "the occurrence's day as the rule gives it (YYYY-MM-DD)"}
    paths["/api/events/{event_id}/occurrences"] = {
        "get": _op("A series' occurrences, cancelled and moved ones flagged (default: from today, 92 days)", 200,
                   _ref("OccurrenceList"), params=[*event_id, *range_params[:2]], errors=(401, 404, 422)),
    }
    for action, summary in (("cancel", "Cancel one occurrence of a series"),
                            ("restore", "Restore one occurrence (cancelled, skipped as a holiday, or moved)")):
        paths[f"/api/events/{{event_id}}/occurrences/{{day}}/{action}"] = {
            "post": _op(summary, 200, _ref("EventOut"), params=[*event_id, day, if_match],
                        errors=(401, 403, 404, 409, 412, 422))}
    paths["/api/events/{event_id}/occurrences/{day}/move"] = {
        "post": _op("Move one occurrence: a new day (same hours or a slot's) or new hours", 200, _ref("EventOut"),
                    body="OccurrenceMoveIn", params=[*event_id, day, if_match],
                    errors=(400, 401, 403, 404, 409, 412, 413, 422))}
    paths["/api/events/{event_id}/end"] = {
        "post": _op("End a series after a day (UNTIL): the occurrences after it are removed", 200,
                    _ref("SeriesEndOut"), body="SeriesEndIn", params=[*event_id, if_match],
                    errors=(400, 401, 403, 404, 409, 412, 413, 422))}
    item_id = [_id_param("item_id")]
    paths["/api/agenda-items/{item_id}/submitted"] = {
        "post": _op("Mark an item's papers handed in (by a unit, or the whole item)", 200, _ref("AgendaItemOut"),
                    body="SubmissionIn", params=item_id, errors=(400, 401, 403, 404, 413, 422))}
    paths["/api/agenda-items/{item_id}/unsubmitted"] = {
        "post": _op("Undo a mark of papers handed in", 200, _ref("AgendaItemOut"), body="SubmissionUndoIn",
                    params=item_id, errors=(400, 401, 403, 404, 413, 422))}
    paths["/api/calendar/exceptions"] = {
        "get": _op("Days off and make-up working days set by the office", 200,
                   _list_of("exceptions", "CalendarExceptionOut"), errors=(401,)),
        "put": _op("Set the exception for a day", 200, _ref("CalendarExceptionOut"), body="CalendarExceptionIn"),
    }
    paths["/api/calendar/exceptions/{day}"] = {
        "delete": _op("Remove the exception for a day", 200, _ref("CalendarExceptionOut"),
                      params=[{"name": "day", "in": "path", "required": True,
                               "schema": {"type": "string", "format": "date"}}], errors=(401, 403, 404)),
    }
    paths["/api/calendar/slot-hours"] = {
        "get": _op("Seasonal slot hours", 200, _list_of("slot_hours", "SlotHoursOut"), errors=(401,)),
        "post": _op("Add seasonal slot hours for a period", 201, _ref("SlotHoursOut"), body="SlotHoursIn"),
    }
    urls = {"type": "object", "additionalProperties": False, "required": ["feed_url", "webcal_url"],
            "properties": {"feed_url": {"type": ["string", "null"]}, "webcal_url": {"type": ["string", "null"]}}}
    for path in ("units", "persons", "groups"):
        for action, summary in (("rotate", "New secret feed URL (the old one stops working)"),
                                ("revoke", "Stop the feed URL until it is rotated")):
            paths[f"/api/{path}/{{ident}}/feed/{action}"] = {
                "post": _op(summary, 200, urls, params=[_id_param()], errors=(401, 403, 404))}
    paths["/api/feed"] = {"get": _op("The office feed's URLs (office role)", 200, urls, errors=(401,))}
    paths["/api/imports"] = {
        "get": _op("The history of imports, newest first", 200, _ref("ImportList"), errors=(401,)),
        "post": _op("Read a program document (JSON text, or a .txt/.docx/.pdf file as multipart field 'file'): "
                    "the preview of what a commit would write", 201, _ref("ImportPreview"), body="ImportIn",
                    errors=(400, 401, 403, 413, 422))}
    paths["/api/imports/{ident}"] = {"get": _op("An import's preview", 200, _ref("ImportPreview"),
                                                params=[_id_param()], errors=(401, 404))}
    paths["/api/imports/{ident}/commit"] = {
        "post": _op("Write the import: new events, updates of those an earlier import of the same document made, "
                    "refinements (weekly schedules); cancelling needs confirm_cancel",
                    200, _ref("ImportResult"), body="ImportCommitIn", params=[_id_param()],
                    errors=(400, 401, 403, 404, 409, 422))}
    paths["/api/imports/{ident}/undo"] = {
        "post": _op("Undo a committed import: every event it touched back as it was", 200, _ref("ImportUndoOut"),
                    params=[_id_param()], errors=(401, 403, 404, 409))}
    reminder_filters = [
        {"name": "status", "in": "query", "schema": {"type": "string",
                                                     "enum": ["pending", "sent", "failed", "cancelled", "expired", "superseded"]}},
        *({"name": n, "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}}
          for n in ("unit_id", "event_id")),
    ]
    files = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
             "application/pdf": "pdf"}
    for base, name, what in (("programs", "month", "The monthly program (Chương trình công tác tháng)"),
                             ("weeks", "week", "The weekly schedule (Lịch công tác tuần), A4 landscape")):
        for mimetype, ext in files.items():
            param = {"name": name, "in": "path", "required": True, "schema": {"type": "string"},
                     "description": "YYYY-MM, e.g. 2023-11" if name == "month" else
                     "YYYY-MM-DD, any day of the week (its Monday is used), e.g. 2023-11-20"}
            paths[f"/api/{base}/{{{name}}}.{ext}"] = {"get": {
                "summary": f"{what} as .{ext}, in the layout of Nghị định 30/2020/NĐ-CP; an adjusted version "
                           "says \"Điều chỉnh lần N\" and ends with its annex",
                "parameters": [param],
                "responses": {"200": {"description": "the file (Content-Disposition: attachment, an ASCII filename "
                                                     "and filename*=UTF-8'')",
                                      "content": {mimetype: {"schema": {"type": "string", "format": "binary"}}}},
                              **_errors(401, 404, 422)}}}
    paths["/api/reminders"] = {"get": _op("Reminders (the outbox), newest due first", 200, _ref("ReminderList"),
                                          params=reminder_filters, errors=(401, 422))}
    paths["/api/reminders/{ident}/resend"] = {
        "post": _op("Send a failed reminder again", 200, _ref("ReminderOut"), params=[_id_param()],
                    errors=(401, 403, 404, 409))}
    paths["/api/users"] = {"get": _op("Staff accounts (office role)", 200, _ref("UserList"), errors=(401, 403))}
    for action, summary in (("disable", "Disable an account: every session of it ends"),
                            ("enable", "Enable a disabled account again")):
        paths[f"/api/users/{{ident}}/{action}"] = {
            "post": _op(summary, 200, _ref("UserOut"), params=[_id_param()], errors=(401, 403, 404, 409))}
    paths["/api/users/{ident}/password"] = {
        "post": _op("Set an account's password: every session of it ends", 200, _ref("UserOut"), body="PasswordIn",
                    params=[_id_param()], errors=(400, 401, 403, 404, 422))}
    paths["/api/api-keys"] = {"get": _op("API keys (office role; never the keys themselves)", 200,
                                         _ref("ApiKeyList"), errors=(401, 403))}
    paths["/api/api-keys/{ident}/revoke"] = {
        "post": _op("Revoke an API key: it stops working at once", 200, _ref("ApiKeyOut"), params=[_id_param()],
                    errors=(401, 403, 404, 409))}
    paths["/api/security-log"] = {"get": _op("The security log, newest first (office role)", 200,
                                             _ref("SecurityLog"), errors=(401, 403))}
    month = {"name": "month", "in": "path", "required": True, "schema": {"type": "string", "pattern": r"^\d{4}-\d{2}$"},
             "description": "YYYY-MM"}
    week = {"name": "week", "in": "path", "required": True, "schema": {"type": "string", "format": "date"},
            "description": "the week's Monday, YYYY-MM-DD"}
    for base, param, what in (("programs/{month}", month, "the month's program"),
                              ("weeks/{week}", week, "the week's schedule")):
        paths[f"/api/{base}/issue"] = {
            "post": _op(f"Issue {what} as it stands (office role): version 0, then 1, 2 … with the annex of "
                        "changes; 409 when nothing changed since the last version", 201, _ref("IssuedVersionOut"),
                        params=[param], errors=(401, 403, 409, 422))}
        paths[f"/api/{base}/versions"] = {
            "get": _op(f"The issued versions of {what}, and what changed since the last one", 200,
                       _ref("VersionsOut"), params=[param], errors=(401, 422))}
    paths["/api/settings/public"] = {
        "get": _op("Which kinds of events the public page shows by default", 200, _ref("PublicDefaultsOut"),
                   errors=(401,)),
        "put": _op("Set the public defaults per kind (office role)", 200, _ref("PublicDefaultsOut"),
                   body="PublicDefaultsIn", errors=(400, 401, 403, 422))}
    paths["/api/settings/reminders"] = {
        "get": _op("The office's reminder settings (its own, or the deployment's)", 200, _ref("ReminderSettingsOut"),
                   errors=(401,)),
        "put": _op("Set the office's reminder settings, or all null for the deployment's (office role); the "
                   "coming events' default deadlines and reminders follow", 200, _ref("ReminderSettingsOut"),
                   body="ReminderSettingsIn", errors=(400, 401, 403, 422))}
    paths["/api/offices"] = {"get": _op("The offices the key may see: its own and every office below it "
                                        "(act on one of them with ?office=SLUG on any route)", 200,
                                        _ref("OfficeList"), errors=(401,))}
    slug = {"name": "slug", "in": "path", "required": True, "schema": {"type": "string", "maxLength": 100}}
    paths["/api/offices/{slug}"] = {"patch": _op(
        "Change an office below the key's own (office role): its name, level or the office above (one the key "
        "may see); 403 for the key's own office, 404 for one it cannot see", 200, _ref("OfficeOut"),
        body="OfficePatch", params=[slug])}
    for item in paths.values():
        for op in item.values():
            op["security"] = [{"bearer": []}]
    return {
        "openapi": "3.1.0",
        "info": {"title": "Lịch công tác API", "version": "1"},
        "paths": paths,
        "components": {"schemas": defs["$defs"],
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }


@bp.get("/openapi.json")
def openapi():
    return jsonify(document())
