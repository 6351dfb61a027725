"""kill -9 of a real dispatcher process mid-send (issue #16): `flask reminders run-due --now T` against SQLite and
PostgreSQL and a slow real SMTP server on loopback, killed once the server has received k messages; a second
dispatcher after the lease sends the rest. Every message arrives, at most one twice, and a copy carries the same
Message-ID (so a mail client or the office's archive can tell it is the same message)."""
import asyncio
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.smtp_server import Recorder
from tests.test_reminders import reminders, run_due

ROOT = Path(__file__).resolve().parent.parent
T = "2023-11-09T07:30:00+07:00"  # 3 working days before the 14/11 deadline of a 21/11 meeting
LATER = "2023-11-09T08:30:00+07:00"  # past any lease the killed run took (REMINDER_LEASE_SECONDS below)
LEASE_SECONDS = 2
UNITS, KILL_AFTER = 8, 3


class SlowRecorder(Recorder):
    """Records a message, tells the waiting test, then answers only after `slowness` seconds (a slow server:
    the dispatcher is killed while it waits for the 250 of the k-th message)."""

    def __init__(self):
        super().__init__()
        self.slowness = 0.0
        self.arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        with self.arrived:
            self.arrived.notify_all()
        if self.slowness:
            await asyncio.sleep(self.slowness)
        return reply

    def wait_for(self, count: int, timeout: float) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: len(self.messages) >= count, timeout)


@pytest.fixture
def slow_smtp(smtp):
    smtp.stop()
    smtp.recorder = SlowRecorder()
    return smtp.start()


@pytest.fixture
def config_overrides(slow_smtp, tmp_path):
    return {"smtp_host": "127.0.0.1", "smtp_port": slow_smtp.port, "outbox_dir": tmp_path / "outbox",
            "reminder_lease_seconds": LEASE_SECONDS}


def test_kill_9_mid_send_then_a_second_dispatcher(app, api, slow_smtp, db_url, tmp_path):
    addresses = {}
    for i in range(UNITS):  # the last unit has two addresses: one message to both
        emails = [f"p{i}@example.gov.vn"] + ([f"vanthu{i}@example.gov.vn"] if i == UNITS - 1 else [])
        unit = api.created("/api/units", {"name": f"Phòng {i}", "emails": emails})
        addresses[unit["id"]] = emails
    api.created("/api/events", {"title": "Họp UBND huyện", "start": "2023-11-21", "slot": "morning",
                                "agenda": [{"number": n + 1, "title": f"Nội dung {n + 1}", "unit_ids": [u]}
                                           for n, u in enumerate(addresses)]})
    recorder = slow_smtp.recorder
    recorder.slowness = 2.0
    env = {**os.environ, "DATABASE_URL": db_url, "SECRET_KEY": "test-secret", "BASE_URL": "https://lich.example.gov.vn",
           "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(slow_smtp.port), "INSTANCE_DIR": str(tmp_path),
           "REMINDER_LEASE_SECONDS": str(LEASE_SECONDS)}
    proc = subprocess.Popen([sys.executable, "-m", "flask", "--app", "wsgi", "reminders", "run-due", "--now", T],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        arrived = recorder.wait_for(KILL_AFTER, timeout=120)
    finally:
        proc.kill()  # SIGKILL: no cleanup, no rollback handler, the connection just drops
        output = proc.communicate(timeout=60)[0].decode()
    assert arrived, f"the dispatcher never sent {KILL_AFTER} messages: {output}"
    assert proc.returncode == -9 and "Đã gửi" not in output  # it died mid-run, before its summary
    in_flight = recorder.messages[KILL_AFTER - 1][1]["Message-ID"]  # received, its 250 never read
    recorder.slowness = 0.0

    # Its lease (renewed while it ran, on the clock started at T) still holds at T: nothing is taken over.
    assert run_due(app, T).startswith("Đã gửi 0 email")
    assert run_due(app, LATER).startswith(f"Đã gửi {UNITS - KILL_AFTER + 1} email")

    by_recipient = recorder.by_recipient()
    assert set(by_recipient) == {a for emails in addresses.values() for a in emails}  # every message delivered
    copies = {}
    for address, messages in by_recipient.items():
        ids = {m["Message-ID"] for m in messages}
        assert len(ids) == 1, f"{address} got different messages: a copy must carry the same Message-ID"
        assert len(messages) <= 2, f"{address} got {len(messages)} copies"
        copies[ids.pop()] = len(messages)
    # The only copy is the message the dead run had handed over and not heard back about; the ones it had
    # recorded as sent are never sent again.
    assert {mid for mid, n in copies.items() if n == 2} == {in_flight}
    assert len(copies) == UNITS
    sent = reminders(api, status="sent")
    assert {r["unit"]["id"] for r in sent} == set(addresses) and len(sent) == UNITS
