"""The secret feed URL itself: GET/HEAD /feeds/<token>.ics, answered from the app's finished feeds when
they are still right (no ORM session), rebuilt from cached blocks when not."""
from flask import Blueprint, Response, current_app, request

from feeds import tokens
from feeds.finished import feed, fresh
from service.context import request_ctx, state

bp = Blueprint("feeds", __name__)


@bp.route("/feeds/<token>.ics", methods=["GET", "HEAD"])
def serve(token):
    st, caches = state(), current_app.extensions["feeds"]
    with st.engine.connect() as conn:  # the common case (a cached feed) needs no ORM session
        found = tokens.find(conn, token)
    built = fresh(caches, found[0], found[1], st.clock.now()) if found else None
    if found and built is None:
        built = feed(request_ctx(), caches, *found)
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
