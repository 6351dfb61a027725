"""Fixtures: the app on SQLite and on a real PostgreSQL, a settable clock, API clients with keys."""
import functools
import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from service import create_app
from service.context import state
from service.auth import create_api_key
from service.clock import FixedClock
from service.config import Config
from service.db import Base
from tests.pg_server import PostgresServer
from tests.smtp_server import SmtpServer

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
SAMPLES = os.path.join(os.path.dirname(__file__), "data", "samples")  # copies of shared/samples


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for the whole run. Not starting is a failure, never a skip."""
    server = PostgresServer()
    try:
        server.start()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_url(pg_server):
    url = pg_server.create_database("lich_test")
    from service.db import make_engine

    import service.models  # noqa: F401

    engine = make_engine(url)
    Base.metadata.create_all(engine)
    _stamp_head(engine)  # (not truncated between tests: not one of the models' tables)
    engine.dispose()
    return url


@pytest.fixture
def smtp():
    """A real SMTP server on loopback (aiosmtpd) that records what it receives."""
    server = SmtpServer().start()
    yield server
    server.stop()


def make_config(database_url: str, **overrides) -> Config:
    cfg = Config(database_url=database_url, secret_key="test-secret", base_url="https://lich.example.gov.vn",
                 timezone=HANOI)
    for key, value in overrides.items():
        setattr(cfg, key, value)
    return cfg


@pytest.fixture
def clock():
    return FixedClock(datetime(2023, 11, 1, 8, 0, tzinfo=HANOI))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def config_overrides():
    """Settings a test module needs changed (override this fixture)."""
    return {}


@pytest.fixture
def app(db_url, clock, config_overrides):
    app = create_app(make_config(db_url, **config_overrides), clock=clock)
    engine = state(app).engine
    if db_url.startswith("sqlite"):
        Base.metadata.create_all(engine)
        _stamp_head(engine)  # the schema of the newest migration, as init-db leaves it (the CLI checks)
    _one_office(engine)
    yield app
    if not db_url.startswith("sqlite"):
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


def _one_office(engine) -> None:
    """The office of a single-office deployment, as migration 0015 makes it: keys, users and data made
    without naming an office are its (service.offices: the only office)."""
    from service.models import Office
    from service.offices import DEFAULT_NAME, DEFAULT_SLUG

    with engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM offices")).first():  # (left by a test that made its own app)
            return
        conn.execute(Office.__table__.insert().values(slug=DEFAULT_SLUG, name=DEFAULT_NAME, tier="tinh", body="ubnd",
                                                      created_at=datetime(2023, 1, 1, tzinfo=HANOI)))


@functools.cache
def _head() -> str:
    from alembic.script import ScriptDirectory

    from service.migrate import alembic_config
    (head,) = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    return head


def _stamp_head(engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": _head()})


@pytest.fixture
def ctx(app):
    """A domain context outside any request, for tests of domain functions."""
    st = state(app)
    session = st.sessions()
    yield st.ctx(session, actor="test")
    session.close()


def _new_key(app, role: str) -> str:
    st = state(app)
    with st.sessions() as session:
        key = create_api_key(st.ctx(session), f"test {role}", role)
        session.commit()
    return key


class Api:
    """A test client that sends a key and JSON, and returns (status, json)."""

    def __init__(self, client, key):
        self.client, self.key = client, key

    def call(self, method, path, json=None, headers=None, **kw):
        hdrs = {"Authorization": f"Bearer {self.key}"} if self.key else {}
        hdrs.update(headers or {})
        response = self.client.open(path, method=method, json=json, headers=hdrs, **kw)
        return response

    def get(self, path, **kw):
        return self.call("GET", path, **kw)

    def post(self, path, json=None, **kw):
        return self.call("POST", path, json=json, **kw)

    def patch(self, path, json=None, **kw):
        return self.call("PATCH", path, json=json, **kw)

    def delete(self, path, **kw):
        return self.call("DELETE", path, **kw)

    def created(self, path, json):
        """POST that must succeed; returns the body."""
        response = self.post(path, json)
        assert response.status_code == 201, response.get_json()
        return response.get_json()


@pytest.fixture
def api(app):
    return Api(app.test_client(), _new_key(app, "office"))


@pytest.fixture
def viewer(app):
    return Api(app.test_client(), _new_key(app, "viewer"))
