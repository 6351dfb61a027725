"""The JSON API under /api: events, directory, calendar, imports, the OpenAPI document. Handlers stay thin;
the plumbing they share with feeds/ and notifications/ is in service.api_base."""
from service.api_base import api_blueprint

bp = api_blueprint("api", __name__, public=frozenset({"openapi"}))

from service.api import access, calendar, directory, events, imports, openapi, search  # noqa: E402,F401  (routes on bp)
from service.api import exports, offices, publishing, series, submissions  # noqa: E402,F401  (routes on bp)


def init_app(app) -> None:
    app.register_blueprint(bp)
