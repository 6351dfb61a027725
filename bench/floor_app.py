"""The framework floor: a minimal Flask app that returns precomputed feed bytes (gunicorn bench.floor_app:app)."""
import os

from flask import Flask, Response

app = Flask(__name__)
with open(os.environ["FLOOR_FEED_FILE"], "rb") as f:
    BODY = f.read()


@app.get("/feed.ics")
def feed():
    return Response(BODY, content_type="text/calendar; charset=utf-8")
