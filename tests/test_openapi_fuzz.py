"""schemathesis against /api/openapi.json with an office key: no 5xx, no response that breaks the schema.

The app is built at import on its own SQLite file: schemathesis needs the schema when tests are collected.
"""
import tempfile
from datetime import datetime
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

from service import create_app
from service.context import state
from service.clock import FixedClock
from service.db import Base
from tests.conftest import HANOI, _new_key, make_config

_DIR = tempfile.mkdtemp(prefix="lich-fuzz-")
APP = create_app(make_config(f"sqlite:///{Path(_DIR) / 'fuzz.db'}"),
                 clock=FixedClock(datetime(2023, 11, 1, 8, 0, tzinfo=HANOI)))
Base.metadata.create_all(state(APP).engine)
KEY = _new_key(APP, "office")
HEADERS = {"Authorization": f"Bearer {KEY}"}
# Something for ids to point at, so that generated requests get past the look-ups.
APP.test_client().post("/api/units", json={"name": "Sở Tài chính"}, headers=HEADERS)
APP.test_client().post("/api/events", json={"title": "Họp", "start": "2023-11-21", "slot": "morning"}, headers=HEADERS)

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_or_breaks_its_schema(case):
    case.call_and_validate(headers=HEADERS, checks=[not_a_server_error, response_schema_conformance])
