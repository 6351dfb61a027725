"""Feed URLs in the JSON API (office role): in directory responses, rotate and revoke, the office feed."""
from flask import g, jsonify

from feeds import index, tokens
from service import directory
from service.api_base import api_blueprint
from service.context import request_ctx
from service.models import Group, Person, Unit
from service.offices import office_for_new_rows

bp = api_blueprint("feeds_api", __name__)
MODELS = {"person": Person, "unit": Unit, "group": Group}
PATHS = {"persons": "person", "units": "unit", "groups": "group"}


def subject_urls(ctx, subject) -> dict:
    return tokens.feed_urls(ctx.config.base_url, tokens.current_token(ctx, subject))


def add_feed_urls(kind: str, obj, body: dict) -> None:
    """Directory responses carry the subject's feed URLs, for the office role only."""
    if kind in MODELS and g.get("role") == "office":
        body.update(subject_urls(request_ctx(), (kind, obj.id)))


def _subject(path: str, ident: int):
    kind = PATHS[path]
    directory.get(request_ctx(), MODELS[kind], ident)  # 404 for an unknown id
    return kind, ident


def _add_rotate_and_revoke(path: str) -> None:
    def rotate(ident):
        ctx = request_ctx()
        urls = tokens.feed_urls(ctx.config.base_url, tokens.rotate(ctx, _subject(path, ident)))
        ctx.session.commit()
        return jsonify(urls)

    def revoke(ident):
        ctx = request_ctx()
        tokens.revoke(ctx, _subject(path, ident))
        ctx.session.commit()
        return jsonify({"feed_url": None, "webcal_url": None})

    bp.add_url_rule(f"/{path}/<id:ident>/feed/rotate", f"rotate_feed_{path}", rotate, methods=["POST"])
    bp.add_url_rule(f"/{path}/<id:ident>/feed/revoke", f"revoke_feed_{path}", revoke, methods=["POST"])


for _path in PATHS:
    _add_rotate_and_revoke(_path)


@bp.get("/feed")
def office_feed_url():
    ctx = request_ctx()
    if g.get("role") != "office":
        return jsonify({"feed_url": None, "webcal_url": None})
    urls = subject_urls(ctx, index.office_subject(office_for_new_rows(ctx.session)))
    ctx.session.commit()
    return jsonify(urls)
