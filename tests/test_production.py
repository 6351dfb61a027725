"""Production as documented: PostgreSQL via DATABASE_URL, `flask init-db`, `gunicorn -w 2 wsgi:app`."""
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.pg_server import free_port

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _request(url, body=None, key=None):
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    req = urllib.request.Request(url, data=json.dumps(body).encode() if body else None, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_gunicorn_on_postgresql(pg_server, tmp_path):
    env = {**os.environ, "DATABASE_URL": pg_server.create_database("lich_prod"), "INSTANCE_DIR": str(tmp_path),
           "BASE_URL": "https://lich.example.gov.vn"}
    flask = [str(BIN / "flask"), "--app", "wsgi"]
    subprocess.run([*flask, "init-db"], cwd=ROOT, env=env, check=True, capture_output=True)
    key = subprocess.run([*flask, "create-api-key", "--role", "office"], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    port = free_port()
    server = subprocess.Popen([str(BIN / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}", "wsgi:app"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # until the workers answer (bounded)
            try:
                status, body = _request(f"{base}/healthz")
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError(server.stdout.read1().decode())
        assert (status, body) == (200, {"status": "ok", "database": "ok"})
        status, event = _request(f"{base}/api/events", {"title": "Họp", "start": "2023-11-21", "slot": "morning"}, key)
        assert status == 201 and event["start"] == "2023-11-21T07:30:00+07:00"
        # Every worker sees it (one database, no per-process state).
        for _ in range(4):
            status, listed = _request(f"{base}/api/events?from=2023-11-01&to=2023-11-30", key=key)
            assert status == 200 and [e["id"] for e in listed["events"]] == [event["id"]]
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_healthz_reports_a_dead_database(tmp_path):
    from service import create_app
    from tests.conftest import make_config

    app = create_app(make_config(f"postgresql://nobody@127.0.0.1:{free_port()}/none"))
    response = app.test_client().get("/healthz")
    assert response.status_code == 503 and response.get_json()["status"] == "error"
