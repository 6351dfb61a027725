"""Digests to persons (issue #16): "Lịch ngày mai" at 16:30 Asia/Ho_Chi_Minh (09:30 UTC) and "Lịch tuần sau"
on Fridays, for the persons who ask for them, planned and sent by the scheduler's job (dispatch_once) at a
given moment, through a real SMTP server on loopback, on SQLite and PostgreSQL."""
import threading
from datetime import datetime, timezone

import pytest

from notifications.scheduler import dispatch_once
from service.context import state
from service.models import Reminder

WED_1629 = datetime(2023, 11, 1, 9, 29, tzinfo=timezone.utc)  # 16:29 in Hà Nội
WED_1630 = datetime(2023, 11, 1, 9, 30, tzinfo=timezone.utc)  # 16:30 in Hà Nội
FRI_1630 = datetime(2023, 11, 3, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def config_overrides(smtp, tmp_path):
    return {"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "outbox_dir": tmp_path / "outbox"}


def person(api, name, email, **settings):
    # change notices off: these tests count digests alone
    return api.created("/api/persons", {"name": name, "email": email, "notify_changes": False, **settings})["id"]


def event(api, title, start, attendee_ids, **extra):
    return api.created("/api/events", {"title": title, "start": start, "attendee_ids": attendee_ids, **extra})["id"]


def mails(smtp, address):
    return smtp.recorder.by_recipient().get(address, [])


def text(message) -> str:
    return message.get_body(("plain",)).get_content()


def test_the_evening_digest_goes_out_at_1630_local_with_tomorrows_events(app, api, smtp):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn", digest_daily=True)
    binh = person(api, "Trần Thị Bình", "binh@example.gov.vn")  # not asked for: nothing
    event(api, "Họp giao ban", "2023-11-02", [an, binh], slot="morning", location="Phòng họp số 1")
    event(api, "Tiếp công dân", "2023-11-02T14:00:00+07:00", [an], end="2023-11-02T16:00:00+07:00")
    event(api, "Họp hôm nay", "2023-11-01", [an], slot="afternoon")  # today: not in tomorrow's
    cancelled = event(api, "Họp đã hủy", "2023-11-02", [an], slot="afternoon")
    assert api.delete(f"/api/events/{cancelled}").status_code == 200
    assert dispatch_once(app, WED_1629).emails == 0  # 16:29 in Hà Nội
    assert dispatch_once(app, WED_1630).emails == 1
    (msg,) = mails(smtp, "an@example.gov.vn")
    assert str(msg["Subject"]) == "[Lịch ngày mai] Thứ Năm, 02/11/2023: 2 sự kiện"
    body = text(msg)
    assert body.index("Sáng (07:30–11:30): Họp giao ban") < body.index("14:00–16:00: Tiếp công dân")
    assert "Địa điểm: Phòng họp số 1" in body and "Họp hôm nay" not in body and "Họp đã hủy" not in body
    assert mails(smtp, "binh@example.gov.vn") == []
    assert dispatch_once(app, datetime(2023, 11, 1, 12, 0, tzinfo=timezone.utc)).emails == 0  # once a day


def test_the_friday_digest_lists_next_week(app, api, smtp):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn", digest_weekly=True)
    event(api, "Họp thứ Hai", "2023-11-06", [an], slot="morning")
    event(api, "Họp Chủ nhật", "2023-11-12", [an], slot="morning")
    event(api, "Họp tuần sau nữa", "2023-11-13", [an], slot="morning")
    group = api.created("/api/groups", {"name": "Thường trực", "member_ids": [an]})["id"]
    api.created("/api/events", {"title": "Họp Thường trực", "start": "2023-11-08", "slot": "afternoon",
                                "group_ids": [group]})
    assert dispatch_once(app, WED_1630).emails == 0  # not Friday
    assert dispatch_once(app, FRI_1630).emails == 1
    (msg,) = mails(smtp, "an@example.gov.vn")
    assert str(msg["Subject"]) == "[Lịch tuần sau] 06/11–12/11/2023: 3 sự kiện"
    body = text(msg)
    assert "Thứ Hai, 06/11/2023" in body and "Họp Thường trực" in body and "Chủ nhật, 12/11/2023" in body
    assert "tuần sau nữa" not in body


def test_an_empty_digest_is_not_sent(app, api, smtp):
    person(api, "Nguyễn Văn An", "an@example.gov.vn", digest_daily=True, digest_weekly=True)
    summary = dispatch_once(app, FRI_1630)
    assert summary.emails == 0 and summary.cancelled == 2 and smtp.recorder.messages == []


def test_two_schedulers_send_a_digest_once(app, api, smtp):
    ids = [person(api, f"Người {i}", f"n{i}@example.gov.vn", digest_daily=True) for i in range(5)]
    event(api, "Họp giao ban", "2023-11-02", ids, slot="morning")
    smtp.recorder.delay = 0.02
    barrier, results = threading.Barrier(2), []

    def scheduler():
        barrier.wait()
        results.append(dispatch_once(app, WED_1630))  # each plans, then dispatches

    threads = [threading.Thread(target=scheduler) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(results) == 2 and sum(r.emails for r in results) == 5
    assert {a: len(m) for a, m in smtp.recorder.by_recipient().items()} == {f"n{i}@example.gov.vn": 1 for i in range(5)}
    st = state(app)
    with st.sessions() as session:
        assert session.query(Reminder).filter(Reminder.kind == "daily").count() == 5
