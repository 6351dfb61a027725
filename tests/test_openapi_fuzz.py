"""schemathesis against /api/openapi.json with an office key: no 5xx, no response that breaks the schema, on
SQLite and on PostgreSQL (where text with NUL, for one, used to fail).

The schema is read at import from an app on its own SQLite file: schemathesis needs it when tests are collected
(it is the same document whatever the database). The requests go to a target app per database, built once for
the module, with something for ids to point at. EXAMPLES per operation and database: the whole file takes
about a minute and a half on a 2-core machine.
"""
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance
from sqlalchemy import text

from service import create_app
from service.clock import FixedClock
from service.context import state
from service.db import Base
from tests.conftest import HANOI, _new_key, make_config

EXAMPLES = 80

_DIR = tempfile.mkdtemp(prefix="lich-fuzz-")


def _app(url: str):
    app = create_app(make_config(url), clock=FixedClock(datetime(2023, 11, 1, 8, 0, tzinfo=HANOI)))
    if url.startswith("sqlite"):
        Base.metadata.create_all(state(app).engine)
    return app


SCHEMA_APP = _app(f"sqlite:///{Path(_DIR) / 'schema.db'}")
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", SCHEMA_APP)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def target(request):
    """(app, headers) on the database; emptied afterwards (PostgreSQL's database is shared by the run)."""
    if request.param == "sqlite":
        app = _app(f"sqlite:///{Path(_DIR) / 'fuzz.db'}")
    else:
        app = _app(request.getfixturevalue("pg_url"))
    headers = {"Authorization": f"Bearer {_new_key(app, 'office')}"}
    client = app.test_client()
    # Something for ids to point at, so that generated requests get past the look-ups.
    assert client.post("/api/units", json={"name": "Sở Tài chính"}, headers=headers).status_code == 201
    assert client.post("/api/events", json={"title": "Họp", "start": "2023-11-21", "slot": "morning"},
                       headers=headers).status_code == 201
    yield app, headers
    engine = state(app).engine
    if request.param == "postgresql":
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_or_breaks_its_schema(case, target):
    app, headers = target
    case.call_and_validate(app=app, headers=headers, checks=[not_a_server_error, response_schema_conformance])
