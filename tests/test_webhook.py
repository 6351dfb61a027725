"""The webhook channel (issue #16): a unit's reminders POSTed as signed JSON to a real HTTP server on loopback
(http.server in a thread), beside its email through a real SMTP server; claimed, fenced and retried by the same
dispatcher, on SQLite and PostgreSQL."""
import json
import socket
import threading
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from notifications.dispatch import run_due
from notifications.mail import SmtpMailer
from notifications.webhook import WebhookChannel, verify
from service.clock import FixedClock
from service.context import state
from tests.conftest import HANOI
from tests.pg_server import free_port
from tests.test_reminders import reminders

NOV9 = datetime(2023, 11, 9, 7, 30, tzinfo=HANOI)  # 3 working days before the 14/11 deadline of a 21/11 meeting
SECRET = "khoa-bi-mat-cua-cong-sms-0123456789"


class Receiver:
    """An office's SMS gateway: records every POST (headers, body, whether the signature checks out with
    SECRET, what it answered); answers the statuses in `script` first, then 200. `during`, if set, runs
    inside the next request before it is answered (a second dispatcher while the first waits)."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.requests, self.script, self.during = [], [], None
        self.server = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/lich"

    def start(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, text = receiver.script.pop(0) if receiver.script else (200, "đã nhận")
                valid = verify(SECRET, headers.get("x-lich-timestamp", ""), body, headers.get("x-lich-signature"))
                receiver.requests.append({"headers": headers, "body": body, "json": json.loads(body),
                                          "valid": valid, "status": status})
                if receiver.during is not None:
                    during, receiver.during = receiver.during, None
                    during()
                data = text.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def accepted(self) -> list[dict]:
        return [r for r in self.requests if 200 <= r["status"] < 300]


@pytest.fixture
def receiver():
    server = Receiver().start()
    yield server
    server.stop()


@pytest.fixture
def config_overrides(smtp, tmp_path):
    return {"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "outbox_dir": tmp_path / "outbox",
            "reminder_lease_seconds": 60}


def dispatch(app, smtp, at: datetime, timeout: float = 10):
    st = state(app)
    with st.sessions() as session:
        return run_due(st.ctx(session, actor="test-dispatcher", clock=FixedClock(at)),
                       SmtpMailer("127.0.0.1", smtp.port), WebhookChannel(timeout=timeout))


def meeting(api, url: str, units: int = 1, emails: bool = True) -> list[int]:
    ids = [api.created("/api/units", {"name": f"Phòng {i}", "emails": [f"p{i}@example.gov.vn"] if emails else [],
                                      "webhook_url": url, "webhook_secret": SECRET})["id"] for i in range(units)]
    api.created("/api/events", {"title": "Họp UBND huyện về giải ngân vốn đầu tư công", "start": "2023-11-21",
                                "slot": "morning", "location": "Phòng họp số 1",
                                "agenda": [{"number": n + 1, "title": f"Báo cáo tiến độ {n + 1}", "unit_ids": [u]}
                                           for n, u in enumerate(ids)]})
    return ids


def due_now(api) -> list[dict]:
    return [r for r in reminders(api) if r["kind"] == "before" and r["offset_days"] == 3]


def test_signed_json_beside_the_email(app, api, smtp, receiver):
    (unit,) = meeting(api, receiver.url)
    summary = dispatch(app, smtp, NOV9)
    assert summary.emails == 1 and summary.webhooks == 1 and summary.sent == 1
    (request,) = receiver.requests
    assert request["valid"]  # the receiver's own check with the unit's secret
    headers, body = request["headers"], request["json"]
    assert not verify("another-secret-0123456789", headers["x-lich-timestamp"], request["body"],
                      headers["x-lich-signature"])
    tampered = request["body"].replace("Báo cáo".encode(), "Bao cao".encode())
    assert not verify(SECRET, headers["x-lich-timestamp"], tampered, headers["x-lich-signature"])
    # The timestamp is signed too: the same body under another timestamp does not check out.
    assert not verify(SECRET, str(int(headers["x-lich-timestamp"]) + 1), request["body"], headers["x-lich-signature"])
    assert headers["x-lich-signature"].startswith("sha256=") and headers["content-type"].startswith("application/json")
    assert headers["x-lich-timestamp"] == str(int(NOV9.timestamp()))  # the dispatcher's clock, not the machine's
    assert headers["idempotency-key"] == body["id"]
    (email,) = smtp.recorder.by_recipient()["p0@example.gov.vn"]
    assert body["type"] == "reminder" and body["message_id"] == email["Message-ID"]
    assert body["recipient"] == {"kind": "unit", "id": unit, "name": "Phòng 0"}
    assert body["subject"] == email["Subject"]
    assert "Kính gửi: Phòng 0" in body["text"] and body["text"] == email.get_body(("plain",)).get_content()
    assert body["event"]["title"] == "Họp UBND huyện về giải ngân vốn đầu tư công"
    assert body["event"]["location"] == "Phòng họp số 1" and body["event"]["start"].startswith("2023-11-21")
    (item,) = body["items"]
    assert item["item"]["title"] == "Báo cáo tiến độ 1" and item["deadline"] == "2023-11-14"
    assert item["state"] == "prepare" and item["submitted_link"].startswith("https://lich.example.gov.vn/")
    (row,) = due_now(api)
    assert row["status"] == "sent"
    # Nothing twice: the next run finds nothing more to send, by either channel.
    assert dispatch(app, smtp, NOV9 + timedelta(minutes=5)).webhooks == 0
    assert len(receiver.requests) == 1 and len(smtp.recorder.messages) == 1


def test_receiver_down_then_up_is_delivered_once(app, api, smtp):
    port = free_port()  # nothing listens there yet: connection refused
    meeting(api, f"http://127.0.0.1:{port}/lich")
    first = dispatch(app, smtp, NOV9)
    assert first.emails == 1 and first.webhooks == 0 and first.retrying == 1
    (row,) = due_now(api)
    assert row["status"] == "pending" and row["attempts"] == 1 and "webhook" in row["last_error"]
    assert datetime.fromisoformat(row["next_attempt_at"]) == NOV9 + timedelta(minutes=2)  # backoff
    assert dispatch(app, smtp, NOV9 + timedelta(minutes=1)).webhooks == 0  # not before its backoff
    server = Receiver(port).start()
    try:
        second = dispatch(app, smtp, NOV9 + timedelta(minutes=3))
        assert second.webhooks == 1 and second.emails == 0  # the email, accepted the first time, is not resent
        assert dispatch(app, smtp, NOV9 + timedelta(minutes=30)).webhooks == 0
        (request,) = server.requests
        assert request["valid"]
    finally:
        server.stop()
    (row,) = due_now(api)
    assert row["status"] == "sent" and row["attempts"] == 2 and row["last_error"] is None
    assert len(smtp.recorder.messages) == 1


def test_a_receiver_that_never_answers_times_out_and_is_retried(app, api, smtp):
    # A socket that listens and never accepts: the connection is made (the kernel's backlog) and no answer
    # ever comes; the channel's timeout, not the test, ends the wait.
    with socket.create_server(("127.0.0.1", 0)) as mute:
        meeting(api, f"http://127.0.0.1:{mute.getsockname()[1]}/lich")
        summary = dispatch(app, smtp, NOV9, timeout=0.5)
    assert summary.retrying == 1 and summary.emails == 1 and summary.webhooks == 0
    (row,) = due_now(api)
    assert row["status"] == "pending" and "webhook" in row["last_error"] and "timed out" in row["last_error"]


def test_500_and_429_are_retried_with_the_same_delivery_id(app, api, smtp, receiver):
    meeting(api, receiver.url, emails=False)  # a unit reached by its gateway alone
    receiver.script = [(500, "lỗi máy chủ"), (429, "chậm lại")]
    when = NOV9
    for expected in ("pending", "pending", "sent"):
        dispatch(app, smtp, when)
        (row,) = due_now(api)
        assert row["status"] == expected
        when += timedelta(hours=1)  # past any backoff
    assert [r["status"] for r in receiver.requests] == [500, 429, 200]
    assert len({r["headers"]["idempotency-key"] for r in receiver.requests}) == 1
    assert len({r["json"]["id"] for r in receiver.requests}) == 1
    assert len(receiver.accepted()) == 1 and all(r["valid"] for r in receiver.requests)
    assert dispatch(app, smtp, when).webhooks == 0 and len(receiver.requests) == 3
    assert smtp.recorder.messages == []


def test_each_channel_is_retried_alone(app, api, smtp, receiver):
    meeting(api, receiver.url)
    smtp.recorder.rcpt_replies = {"p0@example.gov.vn": ["451 4.2.0 Mailbox busy"]}
    first = dispatch(app, smtp, NOV9)
    assert first.webhooks == 1 and first.emails == 0 and first.retrying == 1
    (row,) = due_now(api)
    assert row["status"] == "pending" and "451" in row["last_error"]
    second = dispatch(app, smtp, NOV9 + timedelta(hours=1))
    assert second.emails == 1 and second.webhooks == 0  # the gateway, which took it the first time, is not sent it again
    assert len(receiver.requests) == 1 and len(smtp.recorder.messages) == 1
    (row,) = due_now(api)
    assert row["status"] == "sent"


def test_400_fails_at_once_with_the_reason(app, api, smtp, receiver):
    meeting(api, receiver.url)
    receiver.script = [(400, "Số điện thoại người nhận không hợp lệ")]
    summary = dispatch(app, smtp, NOV9)
    assert summary.failed == 1 and summary.emails == 1
    (row,) = due_now(api)
    assert row["status"] == "failed" and row["attempts"] == 1
    assert "400" in row["last_error"] and "Số điện thoại người nhận không hợp lệ" in row["last_error"]
    assert dispatch(app, smtp, NOV9 + timedelta(hours=1)).webhooks == 0 and len(receiver.requests) == 1


def test_a_second_dispatcher_while_the_first_waits_on_the_receiver(app, api, smtp, receiver):
    meeting(api, receiver.url, units=3)
    second = []
    receiver.during = lambda: second.append(dispatch(app, smtp, NOV9))  # inside the first run's first POST
    first = dispatch(app, smtp, NOV9)
    assert first.webhooks == 3 and second[0].webhooks == 0 and second[0].emails == 0
    keys = [r["headers"]["idempotency-key"] for r in receiver.requests]
    assert len(keys) == 3 and len(set(keys)) == 3 and len(smtp.recorder.messages) == 3


def test_two_dispatchers_at_once(app, api, smtp, receiver):
    meeting(api, receiver.url, units=6)
    start, summaries, errors = threading.Barrier(2), [], []

    def run():
        try:
            start.wait(30)
            summaries.append(dispatch(app, smtp, NOV9))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors and len(summaries) == 2
    assert sum(s.webhooks for s in summaries) == 6
    by_unit = {}
    for request in receiver.requests:
        by_unit.setdefault(request["json"]["recipient"]["id"], []).append(request)
    assert len(by_unit) == 6 and all(len(requests) == 1 for requests in by_unit.values())
    assert len(smtp.recorder.messages) == 6


def test_webhook_fields_in_the_api(api):
    refused = api.post("/api/units", json={"name": "Phòng A", "webhook_url": "ftp://sms.example.gov.vn/lich",
                                           "webhook_secret": SECRET})
    assert refused.status_code == 422
    assert "https" in refused.get_json()["error"]["fields"]["webhook_url"]
    clear = api.post("/api/units", json={"name": "Phòng A", "webhook_url": "http://sms.example.gov.vn/lich",
                                         "webhook_secret": SECRET})
    assert clear.status_code == 422 and "localhost" in clear.get_json()["error"]["fields"]["webhook_url"]
    unsigned = api.post("/api/units", json={"name": "Phòng A", "webhook_url": "https://sms.example.gov.vn/lich"})
    assert unsigned.status_code == 422 and "khóa bí mật" in unsigned.get_json()["error"]["fields"]["webhook_secret"]
    short = api.post("/api/units", json={"name": "Phòng A", "webhook_url": "https://sms.example.gov.vn/lich",
                                         "webhook_secret": "ngan"})
    assert short.status_code == 422 and "16" in short.get_json()["error"]["fields"]["webhook_secret"]

    unit = api.created("/api/units", {"name": "Phòng A", "webhook_url": "https://sms.example.gov.vn/lich",
                                      "webhook_secret": SECRET})
    assert unit["webhook_url"] == "https://sms.example.gov.vn/lich" and unit["webhook_signed"] is True
    shown = api.get(f"/api/units/{unit['id']}")
    assert SECRET not in shown.get_data(as_text=True) and "webhook_secret" not in shown.get_json()
    # Changing the URL asks for a secret again (a key given for one receiver never signs for another);
    # clearing it clears both.
    unsigned_move = api.patch(f"/api/units/{unit['id']}", {"webhook_url": "http://localhost:8080/lich"})
    assert unsigned_move.status_code == 422 and "webhook_secret" in unsigned_move.get_json()["error"]["fields"]
    moved = api.patch(f"/api/units/{unit['id']}", {"webhook_url": "http://localhost:8080/lich?key=TOKEN123",
                                                   "webhook_secret": SECRET}).get_json()
    assert moved["webhook_url"] == "http://localhost:8080/lich?…" and moved["webhook_signed"] is True
    assert "TOKEN123" not in api.get(f"/api/units/{unit['id']}").get_data(as_text=True)
    cleared = api.patch(f"/api/units/{unit['id']}", {"webhook_url": None}).get_json()
    assert cleared["webhook_url"] is None and cleared["webhook_signed"] is False

    person = api.created("/api/persons", {"name": "Nguyễn Văn A", "webhook_url": "http://[::1]:9000/zalo",
                                          "webhook_secret": SECRET})
    assert person["webhook_url"] == "http://[::1]:9000/zalo" and person["webhook_signed"] is True
    assert SECRET not in api.get(f"/api/persons/{person['id']}").get_data(as_text=True)
    bad = api.patch(f"/api/persons/{person['id']}", {"webhook_url": "javascript:alert(1)"})
    assert bad.status_code == 422 and "webhook_url" in bad.get_json()["error"]["fields"]
    # Not a way into the office's network: private, link-local addresses and credentials are refused.
    for url in ("https://169.254.169.254/latest/meta-data", "https://10.0.0.5:8443/x", "https://[fd00::1]/x",
                "https://user:pass@sms.example.gov.vn/h", "https://sms.exa mple.gov.vn/"):
        refused = api.patch(f"/api/persons/{person['id']}", {"webhook_url": url, "webhook_secret": SECRET})
        assert refused.status_code == 422 and "webhook_url" in refused.get_json()["error"]["fields"], url


def test_a_name_resolving_inside_the_network_is_not_posted_to():
    """The check at send time, after resolving (a name may point anywhere; a stored literal the schema
    would now refuse stands in for such a name): nothing is posted, and it is final."""
    outcome = WebhookChannel(timeout=2).deliver("https://10.1.2.3/lich", SECRET, {"id": "x"},
                                                datetime(2026, 1, 1, tzinfo=HANOI))
    assert not outcome.accepted and outcome.permanent and "mạng nội bộ" in outcome.reason


def test_the_reminders_listing_does_not_grow_with_its_rows(app, api, receiver):
    """GET /api/reminders loads units, events and items in a fixed number of statements (a lost
    selectinload made it one query per row)."""
    from tests.test_query_counts import statements
    meeting(api, receiver.url, units=1)
    auth = {"Authorization": f"Bearer {api.key}"}
    few = statements(app, api.client, "/api/reminders", auth)
    for n in range(6):
        other = api.created("/api/units", {"name": f"Phòng thêm {n}", "emails": [f"t{n}@example.gov.vn"]})["id"]
        api.created("/api/events", {"title": f"Họp chuyên đề {n}", "start": f"2023-11-2{n}", "slot": "morning",
                                    "agenda": [{"number": 1, "title": "Báo cáo", "unit_ids": [other]}]})
    assert len(reminders(api)) >= 4 * 7  # seven meetings' reminders now, not one's
    assert statements(app, api.client, "/api/reminders", auth) == few


def test_the_directory_pages_set_a_units_webhook_and_never_show_its_secret(app, api):
    """Everything the API can change the office can change on the pages: the webhook too."""
    from tests.test_web import login, post
    browser = login(app)
    made = post(browser, "/danh-ba/don-vi/moi", {"name": "Phòng Văn hóa", "emails": "vh@example.gov.vn",
                                                  "webhook_url": "https://sms.example.gov.vn/lich"})
    assert made.status_code == 422 and "webhook_secret" in made.get_data(as_text=True)  # a URL needs its key
    made = post(browser, "/danh-ba/don-vi/moi", {"name": "Phòng Văn hóa", "emails": "vh@example.gov.vn",
                                                  "webhook_url": "https://sms.example.gov.vn/lich",
                                                  "webhook_secret": SECRET})
    assert made.status_code == 302
    unit = next(u for u in api.get("/api/units").get_json()["units"] if u["name"] == "Phòng Văn hóa")
    assert unit["webhook_url"] == "https://sms.example.gov.vn/lich" and unit["webhook_signed"]
    page = browser.get(f"/danh-ba/don-vi/{unit['id']}").get_data(as_text=True)
    assert SECRET not in page and "đã có, để trống để giữ" in page
    kept = post(browser, f"/danh-ba/don-vi/{unit['id']}", {"name": "Phòng Văn hóa", "emails": "vh@example.gov.vn",
                                                          "webhook_url": "https://sms.example.gov.vn/lich"},
                page=f"/danh-ba/don-vi/{unit['id']}")
    assert kept.status_code == 302 and api.get(f"/api/units/{unit['id']}").get_json()["webhook_signed"]
