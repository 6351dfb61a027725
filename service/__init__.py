"""Lịch công tác: the application factory. It only wires; nothing runs at import time.

The factory is the one module above every package: the domain (service.*) never imports feeds/ or
notifications/; they subscribe to its changes here, through their init_app.
"""
from flask import Flask, g
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import BaseConverter, ValidationError

from service.clock import SystemClock
from service.config import Config
from service.context import State
from service.db import make_engine, make_sessionmaker
from service.offices import install_scoping


class IdConverter(BaseConverter):
    """Database ids in URLs: 1 .. 2^31-1. Anything else is simply not a match (404), never a 500."""

    regex = r"[1-9][0-9]{0,9}"

    def to_python(self, value):
        if int(value) > 2**31 - 1:
            raise ValidationError()
        return int(value)

    def to_url(self, value):
        return str(value)


def create_app(config: Config | None = None, clock=None) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__)
    app.url_map.converters["id"] = IdConverter
    app.config.update(SECRET_KEY=config.secret_key, MAX_CONTENT_LENGTH=config.max_body_bytes,
                      # The session cookie: never sent over plain http when the site is https, never read by
                      # scripts, not sent on cross-site requests but top-level navigation.
                      SESSION_COOKIE_SECURE=config.base_url.startswith("https://"), SESSION_COOKIE_HTTPONLY=True,
                      SESSION_COOKIE_SAMESITE="Lax")
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    if config.trusted_proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=config.trusted_proxies, x_proto=config.trusted_proxies)
    engine = make_engine(config.database_url)
    sessions = make_sessionmaker(engine)
    install_scoping(sessions)  # every session reads and writes within its acting office (service.offices)
    app.extensions["lich"] = State(config, engine, sessions, clock or SystemClock())

    @app.teardown_appcontext
    def _close_session(exc):
        session = g.pop("session", None)
        if session is not None:
            if exc is not None:
                session.rollback()
            session.close()

    # Imported here, not at the top: importing a domain module must not load every route.
    import feeds  # noqa: PLC0415
    import notifications  # noqa: PLC0415
    from service import api, cli, web  # noqa: PLC0415

    api.init_app(app)
    web.init_app(app)
    feeds.init_app(app)  # subscribes the feed index to event and group changes
    notifications.init_app(app)  # subscribes the reminder plan to event changes
    cli.init_app(app)
    web.prefix_office_pages(app)  # after every blueprint: the staff pages of feeds/ and notifications/ too
    return app
