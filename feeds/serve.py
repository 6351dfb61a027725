"""HTTP for feeds: the secret .ics URLs, feed URLs in the directory API (office role), rotate/revoke,
and `flask feed-url`. Wired into the app by create_app (service never imports feeds otherwise)."""
import click
from flask import Blueprint, Response, current_app, g, jsonify, request

from feeds import index, tokens  # noqa: F401  (index registers the change hooks)
from feeds.serve import FeedCache, feed, fresh
from service import directory, request_ctx, state
from service.api import authenticate, handle_errors, response_extenders
from service.models import Group, Person, Unit

bp = Blueprint("feeds", __name__)
api_bp = Blueprint("feeds_api", __name__, url_prefix="/api")  # same auth and errors as service.api
api_bp.before_request(authenticate)
handle_errors(api_bp)
MODELS = {"person": Person, "unit": Unit, "group": Group}
PATHS = {"persons": "person", "units": "unit", "groups": "group"}


@bp.route("/feeds/<token>.ics", methods=["GET", "HEAD"])
def serve(token):
    st, cache = state(), current_app.extensions["feeds"]
    with st.engine.connect() as conn:  # the common case (a cached feed) needs no ORM session
        found = tokens.find(conn, token)
    built = fresh(cache, found[0], found[1], st.clock.now()) if found else None
    if found and built is None:
        built = feed(request_ctx(), cache, *found)
    if built is None:
        return Response("Không tìm thấy lịch (đường dẫn sai hoặc đã bị thu hồi).\n", 404,
                        content_type="text/plain; charset=utf-8")
    gz = "gzip" in request.headers.get("Accept-Encoding", "")
    response = Response(built.gzipped if gz else built.body, content_type="text/calendar; charset=utf-8")
    if gz:
        response.headers["Content-Encoding"] = "gzip"
    response.headers["Vary"] = "Accept-Encoding"
    response.headers["Cache-Control"] = "private, no-cache"  # clients keep it and ask again (304 is cheap)
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Content-Disposition"] = 'inline; filename="lich-cong-tac.ics"'
    response.set_etag(built.etag + ("-gz" if gz else ""))
    response.last_modified = built.last_modified
    return response.make_conditional(request)


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


def _register_api() -> None:
    """Rotate and revoke a subject's feed URL (office role), the office feed's URL."""
    for path in PATHS:
        def rotate(ident, path=path):
            ctx = request_ctx()
            subject = _subject(path, ident)
            urls = tokens.feed_urls(ctx.config.base_url, tokens.rotate(ctx, subject))
            ctx.session.commit()
            return jsonify(urls)

        def revoke(ident, path=path):
            ctx = request_ctx()
            tokens.revoke(ctx, _subject(path, ident))
            ctx.session.commit()
            return jsonify({"feed_url": None, "webcal_url": None})

        api_bp.add_url_rule(f"/{path}/<id:ident>/feed/rotate", f"rotate_feed_{path}", rotate, methods=["POST"])
        api_bp.add_url_rule(f"/{path}/<id:ident>/feed/revoke", f"revoke_feed_{path}", revoke, methods=["POST"])

    @api_bp.get("/feed")
    def office_feed_url():
        ctx = request_ctx()
        if g.get("role") != "office":
            return jsonify({"feed_url": None, "webcal_url": None})
        urls = subject_urls(ctx, index.OFFICE)
        ctx.session.commit()
        return jsonify(urls)


_register_api()
if add_feed_urls not in response_extenders:
    response_extenders.append(add_feed_urls)


def init_app(app) -> None:
    from feeds import pages  # noqa: PLC0415 - the office's subscription pages

    app.extensions["feeds"] = FeedCache()
    app.register_blueprint(bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(pages.bp)

    @app.cli.command("feed-url")
    @click.option("--person", type=int)
    @click.option("--unit", type=int)
    @click.option("--group", type=int)
    @click.option("--office", is_flag=True)
    def feed_url(person, unit, group, office):
        """Print a subject's feed URLs (https and webcal)."""
        chosen = [(k, v) for k, v in (("person", person), ("unit", unit), ("group", group)) if v is not None]
        if office:
            chosen.append(index.OFFICE)
        if len(chosen) != 1:
            raise click.UsageError("chọn đúng một trong --person, --unit, --group, --office")
        ctx = request_ctx(actor="cli")
        subject = chosen[0]
        if subject[0] != "office" and ctx.session.get(MODELS[subject[0]], subject[1]) is None:
            raise click.ClickException(f"không có {subject[0]} id {subject[1]}")
        urls = subject_urls(ctx, subject)
        ctx.session.commit()
        if urls["feed_url"] is None:
            raise click.ClickException("đường dẫn lịch đã bị thu hồi; hãy tạo đường dẫn mới (rotate)")
        click.echo(urls["feed_url"])
        click.echo(urls["webcal_url"])
