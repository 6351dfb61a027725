"""The dispatcher under slow mail and edits (issue #16, fencing), with a real SMTP server on loopback, on
SQLite and PostgreSQL. A slow mail server is a mailer that moves the run's clock on by the time each
message takes (no sleeping); what happens "meanwhile" (a second dispatcher, an edit) happens inside it."""
from datetime import datetime, timedelta

import pytest

from notifications.dispatch import run_due
from notifications.mail import SmtpMailer
from service.clock import FixedClock
from service.context import state
from tests.conftest import HANOI
from tests.test_reminders import reminders

NOV9 = datetime(2023, 11, 9, 7, 30, tzinfo=HANOI)  # 3 working days before the 14/11 deadline of a 21/11 meeting
UNITS = 6


@pytest.fixture
def config_overrides(smtp, tmp_path):
    return {"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "outbox_dir": tmp_path / "outbox",
            "reminder_lease_seconds": 3}


class SlowMail(SmtpMailer):
    """Each message takes `seconds` of the run's clock; `meanwhile(n)` runs after the n-th message."""

    def __init__(self, smtp, clock, seconds, meanwhile):
        super().__init__("127.0.0.1", smtp.port)
        self.clock, self.seconds, self.meanwhile, self.count = clock, seconds, meanwhile, 0

    def send(self, message, recipients=None):
        refused = super().send(message, recipients)
        self.clock.advance(seconds=self.seconds)
        self.count += 1
        self.meanwhile(self.count)
        return refused


def meeting(api, start="2023-11-21"):
    ids = [api.created("/api/units", {"name": f"Phòng {i}", "emails": [f"p{i}@example.gov.vn"]})["id"]
           for i in range(UNITS)]
    event = api.created("/api/events", {"title": "Họp UBND", "start": start, "slot": "morning",
                                        "agenda": [{"number": i + 1, "title": f"Nội dung {i + 1}", "unit_ids": [u]}
                                                   for i, u in enumerate(ids)]})
    return event["id"]


def dispatch(app, clock, mailer):
    st = state(app)
    with st.sessions() as session:
        return run_due(st.ctx(session, actor="test-dispatcher", clock=clock), mailer)


def received(smtp) -> dict:
    return {address: len(messages) for address, messages in smtp.recorder.by_recipient().items()}


def test_a_run_slower_than_its_lease_is_not_doubled_by_a_second_run(app, api, smtp):
    meeting(api)
    clock, second = FixedClock(NOV9), []

    def meanwhile(n):
        if n == 3:  # 6 s into a run whose lease is 3 s: a second dispatcher starts
            second.append(dispatch(app, FixedClock(clock.now()), SmtpMailer("127.0.0.1", smtp.port)))

    first = dispatch(app, clock, SlowMail(smtp, clock, 2, meanwhile))
    assert second[0].emails == 0 and first.emails == UNITS
    assert received(smtp) == {f"p{i}@example.gov.vn": 1 for i in range(UNITS)}
    assert len(reminders(api, status="sent")) == UNITS


def _texts(smtp, address):
    return [m.get_body(("plain",)).get_content() for m in smtp.recorder.by_recipient().get(address, [])]


def test_a_meeting_moved_mid_dispatch(app, api, smtp, clock):
    event_id = meeting(api)
    clock.set(NOV9)  # the office edits while the 07:30 run is sending
    run_clock = FixedClock(NOV9)

    def meanwhile(n):
        if n == 1:
            assert api.patch(f"/api/events/{event_id}", {"start": "2023-11-28"}).status_code == 200

    summary = dispatch(app, run_clock, SlowMail(smtp, run_clock, 1, meanwhile))
    assert summary.emails == 1 and summary.superseded == UNITS  # 1 went out under the old plan, 5 were held back
    old = [a for a in received(smtp)]
    assert len(old) == 1 and "21/11/2023" in _texts(smtp, old[0])[0]
    # The new deadline (21/11) has its own reminders, for every unit, on its own day.
    clock.set(datetime(2023, 11, 16, 7, 30, tzinfo=HANOI))
    assert dispatch(app, FixedClock(datetime(2023, 11, 16, 7, 30, tzinfo=HANOI)),
                    SmtpMailer("127.0.0.1", smtp.port)).emails == UNITS
    for i in range(UNITS):
        texts = _texts(smtp, f"p{i}@example.gov.vn")
        assert "28/11/2023" in texts[-1] and len(texts) == (2 if f"p{i}@example.gov.vn" in old else 1)


def test_a_meeting_cancelled_mid_dispatch(app, api, smtp, clock):
    event_id = meeting(api)
    clock.set(NOV9)
    run_clock = FixedClock(NOV9)

    def meanwhile(n):
        if n == 1:
            assert api.delete(f"/api/events/{event_id}").status_code == 200

    dispatch(app, run_clock, SlowMail(smtp, run_clock, 1, meanwhile))
    (told,) = received(smtp)
    # The next run tells the one unit that was reminded that it need not prepare; nobody else hears a thing.
    later = NOV9 + timedelta(minutes=1)
    clock.set(later)
    assert dispatch(app, FixedClock(later), SmtpMailer("127.0.0.1", smtp.port)).emails == 1
    assert received(smtp) == {told: 2}
    assert "KHÔNG CÒN CẦN CHUẨN BỊ" in _texts(smtp, told)[-1]
