"""Lịch công tác: the application factory. Nothing runs at import time."""
from dataclasses import dataclass

from flask import Flask, g
from werkzeug.routing import BaseConverter, ValidationError

from service.clock import SystemClock
from service.config import Config
from service.context import Ctx
from service.db import make_engine, make_sessionmaker


class IdConverter(BaseConverter):
    """Database ids in URLs: 1 .. 2^31-1. Anything else is simply not a match (404), never a 500."""

    regex = r"[1-9][0-9]{0,9}"

    def to_python(self, value):
        if int(value) > 2**31 - 1:
            raise ValidationError()
        return int(value)

    def to_url(self, value):
        return str(value)


@dataclass
class State:
    config: Config
    engine: object
    sessions: object
    clock: object


def create_app(config: Config | None = None, clock=None) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__)
    app.url_map.converters["id"] = IdConverter
    app.config.update(SECRET_KEY=config.secret_key, MAX_CONTENT_LENGTH=config.max_body_bytes)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    engine = make_engine(config.database_url)
    app.extensions["lich"] = State(config, engine, make_sessionmaker(engine), clock or SystemClock())

    @app.teardown_appcontext
    def _close_session(exc):
        session = g.pop("session", None)
        if session is not None:
            if exc is not None:
                session.rollback()
            session.close()

    from service import api, cli, web  # noqa: PLC0415 - blueprints import the app's modules
    app.register_blueprint(api.bp)
    app.register_blueprint(web.bp)
    cli.register(app)
    # The one place service/ reaches out to feeds/ and notifications/ (which import service/, never the reverse).
    import feeds.routes  # noqa: PLC0415
    import notifications.routes  # noqa: PLC0415
    feeds.routes.init_app(app)
    notifications.routes.init_app(app)
    return app


def state(app=None) -> State:
    from flask import current_app  # noqa: PLC0415
    return (app or current_app).extensions["lich"]


def request_ctx(actor: str | None = None) -> Ctx:
    """The Ctx of the current request or CLI command: one session, closed at teardown."""
    st = state()
    if "session" not in g:
        g.session = st.sessions()
    return Ctx(session=g.session, clock=st.clock, config=st.config, actor=actor or g.get("actor"))
