"""The framework floor for the feed endpoint (gunicorn bench.floor_app:app): what serving a cached feed must
cost in Flask, with the product's per-request work done in memory instead of in the database.

  GET|HEAD /feeds/<token>.ics   the product's URL shape. The token is checked like the product checks it
                                (length 20..100, SHA-256 of the presented token compared with the stored
                                hash; 404 otherwise), but against one hash held in memory, not a table.
                                The bytes are precomputed (plain, and gzipped for a client that asks),
                                with the product's headers (Content-Type, Vary, Cache-Control, X-Robots-Tag,
                                Content-Disposition, ETag, Last-Modified) and werkzeug's make_conditional:
                                If-None-Match on the ETag (or If-Modified-Since) gives a 304.

Environment: FLOOR_FEED_FILE (the feed's bytes), FLOOR_TOKEN_HASH (hex SHA-256 of the token, as the product
stores it), FLOOR_LAST_MODIFIED (optional, an HTTP date; the product's Last-Modified for the same feed).
"""
import gzip
import hashlib
import hmac
import os

from flask import Flask, Response, request
from werkzeug.http import parse_date

with open(os.environ["FLOOR_FEED_FILE"], "rb") as f:
    BODY = f.read()
GZIPPED = gzip.compress(BODY, 6, mtime=0)
ETAG = hashlib.sha256(BODY).hexdigest()[:32]  # the product's ETag is 32 hex digits too
TOKEN_HASH = os.environ["FLOOR_TOKEN_HASH"]
LAST_MODIFIED = parse_date(os.environ.get("FLOOR_LAST_MODIFIED") or "Mon, 15 Jan 2024 02:00:00 GMT")

app = Flask(__name__)


@app.route("/feeds/<token>.ics", methods=["GET", "HEAD"])
def feed(token):
    if not (20 <= len(token) <= 100
            and hmac.compare_digest(hashlib.sha256(token.encode()).hexdigest(), TOKEN_HASH)):
        return Response("Không tìm thấy lịch (đường dẫn sai hoặc đã bị thu hồi).\n", 404,
                        content_type="text/plain; charset=utf-8")
    gz = "gzip" in request.headers.get("Accept-Encoding", "")
    response = Response(GZIPPED if gz else BODY, content_type="text/calendar; charset=utf-8")
    if gz:
        response.headers["Content-Encoding"] = "gzip"
    response.headers["Vary"] = "Accept-Encoding"
    response.headers["Cache-Control"] = "private, no-cache"
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Content-Disposition"] = 'inline; filename="lich-cong-tac.ics"'
    response.set_etag(ETAG + ("-gz" if gz else ""))
    response.last_modified = LAST_MODIFIED
    return response.make_conditional(request)
