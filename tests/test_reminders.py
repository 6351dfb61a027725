"""Reminder emails, end to end: planned on every change, sent through a real SMTP server on loopback
(aiosmtpd), with the dispatcher's clock set by `reminders run-due --now`. Every database test runs on
SQLite and on PostgreSQL."""
import logging
import os
import re
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from notifications.scheduler import dispatch_once
from service.context import state
from tests.conftest import HANOI

ROOT = Path(__file__).resolve().parent.parent
NOV9 = "2023-11-09T07:30:00+07:00"  # 3 working days before the 14/11 deadline of a 21/11 meeting


@pytest.fixture
def config_overrides(smtp, tmp_path):
    return {"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "outbox_dir": tmp_path / "outbox"}


def run_due(app, when: str) -> str:
    result = app.test_cli_runner().invoke(args=["reminders", "run-due", "--now", when])
    assert result.exit_code == 0, result.output
    return result.output


def reminders(api, **params) -> list[dict]:
    response = api.get("/api/reminders", query_string=params)
    assert response.status_code == 200, response.get_json()
    return response.get_json()["reminders"]


def units(api):
    tc = api.created("/api/units", {"name": "Sở Tài chính", "emails": ["tc@example.gov.vn"]})["id"]
    nv = api.created("/api/units", {"name": "Sở Nội vụ", "emails": ["nv@example.gov.vn", "vanthu.nv@example.gov.vn"]})["id"]
    return tc, nv


def session_body(tc, nv, **extra):
    """The 21/11/2023 session of the Bắc Giang sample, shortened: the default deadline is 14/11."""
    return {"title": "Kỳ họp thứ 15 HĐND tỉnh", "start": "2023-11-21", "slot": "morning",
            "location": "Hội trường UBND tỉnh",
            "agenda": [{"number": 1, "title": "Tờ trình dự toán ngân sách năm 2024", "unit_ids": [tc, nv]},
                       {"number": 2, "title": "Báo cáo quyết toán ngân sách năm 2022", "unit_ids": [tc]}], **extra}


def about(value: str | None, expected: str) -> bool:
    """`run-due --now T` starts the dispatcher's clock at T and lets it run on: moments it records are T plus
    the run's own few milliseconds."""
    return value is not None and 0 <= (datetime.fromisoformat(value) - datetime.fromisoformat(expected)).total_seconds() < 5


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content()


def test_plan_digest_and_nothing_twice(app, api, smtp):
    tc, nv = units(api)
    api.created("/api/events", session_body(tc, nv, status="tentative"))
    pending = reminders(api, status="pending")
    days = {"before 3": "2023-11-09", "before 1": "2023-11-13", "before 0": "2023-11-14", "overdue -1": "2023-11-15"}
    expected = {(u, n, k, f"{days[k]}T07:30:00+07:00") for u, n in ((tc, 1), (nv, 1), (tc, 2)) for k in days}
    assert {(r["unit"]["id"], r["item"]["number"], f"{r['kind']} {r['offset_days']}", r["due_at"])
            for r in pending} == expected
    assert {r["deadline"] for r in pending} == {"2023-11-14"}

    assert "Đã gửi 2 email (3 lượt nhắc)" in run_due(app, NOV9)
    mail = smtp.recorder.by_recipient()
    assert set(mail) == {"tc@example.gov.vn", "nv@example.gov.vn", "vanthu.nv@example.gov.vn"}
    (to_tc,) = mail["tc@example.gov.vn"]
    assert to_tc["Subject"] == "[Nhắc việc] 2 nội dung cần chuẩn bị — hạn 14/11/2023"
    text = text_of(to_tc)
    for part in ("Kính gửi: Sở Tài chính", "Nội dung 1: Tờ trình dự toán ngân sách năm 2024",
                 "Nội dung 2: Báo cáo quyết toán ngân sách năm 2022", "Kỳ họp thứ 15 HĐND tỉnh (dự kiến)",
                 "Thứ Ba, 21/11/2023 (buổi sáng)", "ngày họp là dự kiến", "Địa điểm: Hội trường UBND tỉnh",
                 "chủ trì chuẩn bị", "Hạn nộp tài liệu: 14/11/2023 (còn 3 ngày làm việc)",
                 "https://lich.example.gov.vn/nhac-viec/da-nop/"):
        assert part in text, part
    assert "Đã nộp tài liệu" in to_tc.get_body(("html",)).get_content()
    (to_nv,) = mail["nv@example.gov.vn"]
    assert to_nv["Subject"] == "[Nhắc việc] 1 nội dung cần chuẩn bị — hạn 14/11/2023"
    assert "phối hợp chuẩn bị" in text_of(to_nv) and "Báo cáo quyết toán" not in text_of(to_nv)
    sent = reminders(api, status="sent")
    assert {r["message_id"] for r in sent if r["unit"]["id"] == tc} == {to_tc["Message-ID"]}
    assert all(r["attempts"] == 1 and about(r["sent_at"], NOV9) for r in sent)

    assert "Đã gửi 0 email" in run_due(app, "2023-11-09T09:00:00+07:00")  # nothing twice
    assert len(smtp.recorder.messages) == 2
    run_due(app, "2023-11-13T07:30:00+07:00")
    assert len(smtp.recorder.messages) == 4
    assert "còn 1 ngày làm việc" in text_of(smtp.recorder.by_recipient()["tc@example.gov.vn"][1])


@pytest.mark.parametrize("meeting, deadline, days", [
    # Tết 2024: 8–14/02 off. The reminder one working day before 15/02 falls on 07/02.
    ("2024-02-19", "2024-02-15", {3: "2024-02-05", 1: "2024-02-07", 0: "2024-02-15", -1: "2024-02-16"}),
    # A deadline on a Tết day: its "morning" reminder is the last working day before it; overdue after Tết.
    ("2024-02-19", "2024-02-10", {3: "2024-02-02", 1: "2024-02-06", 0: "2024-02-07", -1: "2024-02-15"}),
    # 29/04–01/05/2024 off, Saturday 04/05 a make-up working day: the overdue notice goes out that Saturday.
    ("2024-05-06", "2024-05-03", {3: "2024-04-25", 1: "2024-05-02", 0: "2024-05-03", -1: "2024-05-04"}),
])
def test_reminder_days_around_holidays(api, clock, meeting, deadline, days):
    clock.set(datetime(2024, 1, 2, 8, 0, tzinfo=HANOI))
    unit = api.created("/api/units", {"name": "Phòng Tài chính - Kế hoạch", "emails": ["tckh@example.gov.vn"]})["id"]
    api.created("/api/events", {"title": "Họp UBND", "start": meeting, "slot": "morning",
                                "agenda": [{"title": "Báo cáo", "unit_ids": [unit], "deadline": deadline}]})
    got = {r["offset_days"]: r["due_at"] for r in reminders(api, status="pending")}
    assert got == {offset: f"{day}T07:30:00+07:00" for offset, day in days.items()}


def test_moving_replans_and_cancelling_notifies_who_was_reminded(app, api, smtp):
    tc, nv = units(api)
    kh = api.created("/api/units", {"name": "Sở Kế hoạch và Đầu tư", "emails": ["kh@example.gov.vn"]})["id"]
    event = api.created("/api/events", session_body(tc, nv))
    run_due(app, NOV9)
    waiting = {r["id"] for r in reminders(api, status="pending")}
    one, two = event["agenda"]
    agenda = [{"id": one["id"], "number": 1, "title": one["title"], "unit_ids": [tc, nv, kh]},
              {"id": two["id"], "number": 2, "title": two["title"], "unit_ids": [tc]}]
    response = api.patch(f"/api/events/{event['id']}", {"start": "2023-11-28", "agenda": agenda})
    assert response.status_code == 200, response.get_json()
    pending = reminders(api, status="pending")
    old = {r["id"] for r in pending if r["unit"]["id"] != kh}
    assert waiting < old and len(old) == len(waiting) + 3  # moved, not multiplied; 3-day ones planned anew
    assert {r["deadline"] for r in pending} == {"2023-11-21"}
    assert {r["due_at"][:10] for r in pending} == {"2023-11-16", "2023-11-20", "2023-11-21", "2023-11-22"}
    sent = reminders(api, status="sent")
    assert len(sent) == 3 and {r["deadline"] for r in sent} == {"2023-11-14"}  # the record stays

    # Item 2 withdrawn, then the meeting cancelled: Tài chính and Nội vụ were reminded, Kế hoạch never was.
    api.patch(f"/api/events/{event['id']}", {"agenda": agenda[:1]})
    assert api.delete(f"/api/events/{event['id']}").status_code == 200
    assert reminders(api, status="pending") == [r for r in reminders(api, status="pending") if r["kind"] == "cancelled"]
    assert "Đã gửi 2 email (3 lượt nhắc)" in run_due(app, "2023-11-10T08:00:00+07:00")
    mail = smtp.recorder.by_recipient()
    assert "kh@example.gov.vn" not in mail
    notice = mail["tc@example.gov.vn"][-1]
    assert notice["Subject"] == "[Nhắc việc] 2 nội dung không còn cần chuẩn bị"
    assert "cuộc họp đã bị hủy" in text_of(notice) and "da-nop" not in text_of(notice)
    assert mail["nv@example.gov.vn"][-1]["Subject"] == "[Nhắc việc] 1 nội dung không còn cần chuẩn bị"
    assert reminders(api, status="pending") == []
    assert "Đã gửi 0 email" in run_due(app, "2023-11-16T08:00:00+07:00")


def test_submitted_link_stops_reminders(app, api, smtp):
    tc, nv = units(api)
    event = api.created("/api/events", session_body(tc, nv))
    run_due(app, NOV9)
    text = text_of(smtp.recorder.by_recipient()["nv@example.gov.vn"][0])
    link = re.search(r"https://lich\.example\.gov\.vn(/nhac-viec/da-nop/[\w.-]+)", text).group(1)
    browser = app.test_client()
    page = browser.get(link)
    assert page.status_code == 200 and "Xác nhận đơn vị đã nộp tài liệu" in page.text and "Sở Nội vụ" in page.text
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["submitted_at"] is None  # GET changes nothing
    page = browser.post(link)
    assert page.status_code == 200 and "Đã ghi nhận" in page.text and "đơn vị chủ trì vẫn được nhắc" in page.text
    item = api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]
    # Nội vụ supports item 1: its own part is handed in; the item stays open for the lead, Tài chính.
    assert item["submitted_at"] is None
    assert {u["id"]: u["submitted_at"] for u in item["units"]} == {tc: None, nv: "2023-11-01T08:00:00+07:00"}
    assert "đã được báo là đã nộp" in browser.post(link).text
    assert {(r["item"]["number"], r["unit"]["id"]) for r in reminders(api, status="pending")} <= {(1, tc), (2, tc)}
    history = api.get(f"/api/events/{event['id']}/history").get_json()["changes"]
    assert history[-1]["action"] == "submitted" and "Sở Nội vụ" in history[-1]["actor"]

    run_due(app, "2023-11-13T07:30:00+07:00")
    mail = smtp.recorder.by_recipient()
    assert len(mail["nv@example.gov.vn"]) == 1  # its part submitted: Nội vụ hears nothing more
    assert mail["tc@example.gov.vn"][1]["Subject"] == "[Nhắc việc] 2 nội dung cần chuẩn bị — hạn 14/11/2023"
    # The lead unit's link closes the item.
    lead_text = text_of(mail["tc@example.gov.vn"][1])
    lead_link = re.findall(r"https://lich\.example\.gov\.vn(/nhac-viec/da-nop/[\w.-]+)", lead_text)[0]
    assert browser.post(lead_link).status_code == 200
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["submitted_at"] is not None
    for bad in ("/nhac-viec/da-nop/garbage", link[:-2] + ("aa" if not link.endswith("aa") else "bb")):
        assert browser.get(bad).status_code == 404 and "Liên kết không hợp lệ" in browser.get(bad).text
        assert browser.post(bad).status_code == 404


def test_two_dispatchers_send_each_reminder_exactly_once(app, api, smtp):
    ids = [api.created("/api/units", {"name": f"Phòng {i}", "emails": [f"p{i}@example.gov.vn"]})["id"] for i in range(12)]
    api.created("/api/events", {"title": "Họp UBND", "start": "2023-11-21", "slot": "morning",
                                "agenda": [{"number": i + 1, "title": f"Nội dung {i + 1}", "unit_ids": [u]}
                                           for i, u in enumerate(ids)]})
    smtp.recorder.delay = 0.02
    barrier, results = threading.Barrier(4), []
    now = datetime(2023, 11, 9, 7, 30, tzinfo=HANOI)

    def dispatcher():
        barrier.wait()
        results.append(dispatch_once(app, now))

    threads = [threading.Thread(target=dispatcher) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sum(r.sent for r in results) == 12 and sum(r.emails for r in results) == 12
    assert sorted(r for rcpts, _ in smtp.recorder.messages for r in rcpts) == sorted(f"p{i}@example.gov.vn" for i in range(12))
    sent = reminders(api, status="sent")
    assert len(sent) == 12 and {r["attempts"] for r in sent} == {1}


def test_smtp_down_retries_with_growing_backoff_then_sends(app, api, smtp):
    tc, nv = units(api)
    api.created("/api/events", session_body(tc, nv))
    smtp.stop()
    assert "lượt sẽ gửi lại sau" in run_due(app, NOV9)
    (first,) = reminders(api, status="pending", unit_id=nv, event_id=1)[-1:]
    assert first["offset_days"] == 3 and first["attempts"] == 1
    assert about(first["next_attempt_at"], "2023-11-09T07:32:00+07:00") and "Connection" in first["last_error"]
    run_due(app, "2023-11-09T07:31:00+07:00")  # not yet
    assert _row(api, first["id"])["attempts"] == 1
    run_due(app, "2023-11-09T07:32:01+07:00")  # the first run's clock ran on a few ms past 07:30
    again = _row(api, first["id"])
    assert again["attempts"] == 2 and about(again["next_attempt_at"], "2023-11-09T07:36:01+07:00")  # 2, then 4 min
    smtp.start()
    assert "Đã gửi 2 email (3 lượt nhắc)" in run_due(app, "2023-11-09T07:36:02+07:00")
    done = _row(api, first["id"])
    assert done["status"] == "sent" and done["message_id"] == first["message_id"]
    assert smtp.recorder.by_recipient()["nv@example.gov.vn"][0]["Message-ID"] == first["message_id"]


def _row(api, ident) -> dict:
    return next(r for r in reminders(api) if r["id"] == ident)


def test_smtp_refusing_marks_failed_after_n_tries_and_resend(app, api, smtp):
    state(app).config.reminder_max_attempts = 3
    tc, _ = units(api)
    api.created("/api/events", {"title": "Họp UBND", "start": "2023-11-21", "slot": "morning",
                                "agenda": [{"number": 1, "title": "Báo cáo", "unit_ids": [tc]}]})
    smtp.recorder.mode = "busy"  # 451: temporary, tried again until the last try
    for when in ("07:30:00", "07:32:01", "07:36:02"):  # each run's clock runs on a few ms past its --now
        run_due(app, f"2023-11-09T{when}+07:00")
    (failed,) = reminders(api, status="failed")
    assert failed["attempts"] == 3 and "451" in failed["last_error"]
    assert run_due(app, "2023-11-09T09:00:00+07:00").startswith("Đã gửi 0 email")  # failed is final until resent
    smtp.recorder.mode = "accept"
    resent = api.post(f"/api/reminders/{failed['id']}/resend")
    assert resent.status_code == 200 and resent.get_json()["status"] == "pending"
    run_due(app, "2023-11-09T09:01:00+07:00")
    assert _row(api, failed["id"])["status"] == "sent" and len(smtp.recorder.messages) == 1


def test_dispatcher_killed_mid_send_resends_once_with_same_message_id(app, api, smtp, db_url, tmp_path):
    tc, nv = units(api)
    api.created("/api/events", session_body(tc, nv))
    smtp.recorder.mode = "hang"
    env = {**os.environ, "DATABASE_URL": db_url, "SECRET_KEY": "test-secret", "BASE_URL": "https://lich.example.gov.vn",
           "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp.port), "INSTANCE_DIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "flask", "--app", "wsgi", "reminders", "run-due", "--now", NOV9],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert smtp.recorder.received.wait(60), "the dispatcher never reached the SMTP server"
    finally:
        proc.kill()
        output = proc.communicate()[0].decode()
    assert "Đã gửi" not in output  # it died before recording anything
    smtp.recorder.mode = "accept"
    smtp.recorder.release.set()
    (first,) = smtp.recorder.messages
    claimed = [r for r in reminders(api, status="pending") if r["message_id"] == first[1]["Message-ID"]]
    assert claimed  # the Message-ID was on record before the send
    assert "Đã gửi 0 email" in run_due(app, "2023-11-09T07:40:00+07:00")  # the dead run's lease still holds
    run_due(app, "2023-11-09T07:46:00+07:00")
    by_id = {}
    for _, message in smtp.recorder.messages:
        by_id.setdefault(message["Message-ID"], []).append(message)
    assert len(by_id[first[1]["Message-ID"]]) == 2  # one duplicate, recognisable by its Message-ID
    assert all(len(copies) == 1 for mid, copies in by_id.items() if mid != first[1]["Message-ID"])
    assert len(reminders(api, status="sent")) == 3


def test_scheduler_down_two_days_sends_what_is_still_useful(app, api, smtp):
    tc, _ = units(api)
    api.created("/api/events", {"title": "Hội nghị A", "start": "2023-11-06T08:00:00+07:00",
                                "end": "2023-11-06T10:00:00+07:00",
                                "agenda": [{"title": "Báo cáo A", "unit_ids": [tc], "deadline": "2023-11-02"}]})
    api.created("/api/events", {"title": "Hội nghị C", "start": "2023-11-02T13:30:00+07:00",
                                "end": "2023-11-02T16:00:00+07:00",
                                "agenda": [{"title": "Báo cáo C", "unit_ids": [tc], "deadline": "2023-11-01"}]})
    # Nothing ran from 01/11 08:00 until 03/11 09:00: A is still ahead (3 reminders due), C took place on 02/11.
    out = run_due(app, "2023-11-03T09:00:00+07:00")
    assert "Đã gửi 1 email (3 lượt nhắc)" in out and "2 lượt bỏ qua vì cuộc họp đã diễn ra" in out
    (message,) = smtp.recorder.by_recipient()["tc@example.gov.vn"]
    assert message["Subject"] == "[Nhắc việc] 1 nội dung đã quá hạn nộp — hạn 02/11/2023"
    assert "Báo cáo A" in text_of(message) and "Báo cáo C" not in text_of(message)
    assert "đã quá hạn 1 ngày làm việc" in text_of(message)
    assert len(reminders(api, status="expired")) == 2


def test_unit_without_email_is_a_warning_not_a_crash(app, api, smtp, caplog):
    tc = api.created("/api/units", {"name": "Sở Tài chính", "emails": ["tc@example.gov.vn"]})["id"]
    dt = api.created("/api/units", {"name": "Ban Dân tộc"})["id"]
    api.created("/api/events", {"title": "Họp UBND", "start": "2023-11-21", "slot": "morning",
                                "agenda": [{"number": 1, "title": "Báo cáo", "unit_ids": [tc, dt]}]})
    listing = api.get("/api/reminders").get_json()
    assert listing["warnings"] == ["Ban Dân tộc: chưa có địa chỉ email, nhắc việc không gửi được"]
    with caplog.at_level(logging.WARNING):
        out = run_due(app, NOV9)
    assert "Đã gửi 1 email" in out and 'Cảnh báo: Đơn vị "Ban Dân tộc"' in out
    assert any("Ban Dân tộc" in r.getMessage() for r in caplog.records)
    (failed,) = reminders(api, status="failed")
    assert failed["unit"]["name"] == "Ban Dân tộc" and "chưa có địa chỉ email" in failed["warning"]
    api.patch(f"/api/units/{dt}", {"emails": ["bandantoc@example.gov.vn"]})
    assert api.post(f"/api/reminders/{failed['id']}/resend").status_code == 200
    run_due(app, "2023-11-09T08:00:00+07:00")
    assert "bandantoc@example.gov.vn" in smtp.recorder.by_recipient()


def test_without_smtp_messages_go_to_the_outbox_folder(app, api, tmp_path):
    state(app).config.smtp_host = ""
    tc, nv = units(api)
    api.created("/api/events", session_body(tc, nv))
    run_due(app, NOV9)
    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 2
    import email
    import email.policy
    subjects = {email.message_from_bytes(f.read_bytes(), policy=email.policy.default)["Subject"] for f in files}
    assert subjects == {"[Nhắc việc] 2 nội dung cần chuẩn bị — hạn 14/11/2023",
                        "[Nhắc việc] 1 nội dung cần chuẩn bị — hạn 14/11/2023"}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_scheduler_process_sends_due_reminders(app, api, smtp, clock, db_url, tmp_path):
    """`flask scheduler` on the real clock: a reminder already due goes out at its first tick."""
    now = datetime.now(HANOI)
    clock.set(now)
    tc = api.created("/api/units", {"name": "Sở Tài chính", "emails": ["tc@example.gov.vn"]})["id"]
    meeting = now.date() + timedelta(days=14)
    api.created("/api/events", {"title": "Họp UBND", "start": meeting.isoformat(), "slot": "morning",
                                "agenda": [{"title": "Báo cáo", "unit_ids": [tc],
                                            "deadline": (now.date() - timedelta(days=1)).isoformat()}]})
    env = {**os.environ, "DATABASE_URL": db_url, "SECRET_KEY": "test-secret", "SMTP_HOST": "127.0.0.1",
           "SMTP_PORT": str(smtp.port), "INSTANCE_DIR": str(tmp_path), "REMINDER_INTERVAL_SECONDS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "flask", "--app", "wsgi", "scheduler"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert smtp.recorder.received.wait(60), "the scheduler sent nothing"
    finally:
        proc.terminate()
        output = proc.communicate(timeout=30)[0].decode()
    assert "đã quá hạn nộp" in smtp.recorder.messages[0][1]["Subject"], output
    assert "reminder scheduler started" in output


@pytest.mark.parametrize("query, field", [
    ({"status": "bogus"}, "status"), ({"unit_id": "abc"}, "unit_id"), ({"event_id": "0"}, "event_id"),
    ({"unit_id": "99999999999"}, "unit_id"),
])
def test_bad_reminder_queries(api, query, field):
    response = api.get("/api/reminders", query_string=query)
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]


def test_bad_resends_and_cli_input(app, api, viewer, smtp):
    tc, nv = units(api)
    api.created("/api/events", session_body(tc, nv))
    pending = reminders(api, status="pending")[0]
    assert api.post("/api/reminders/999999/resend").status_code == 404
    conflict = api.post(f"/api/reminders/{pending['id']}/resend")
    assert conflict.status_code == 409 and "thất bại" in conflict.get_json()["error"]["message"]
    assert viewer.post(f"/api/reminders/{pending['id']}/resend").status_code == 403
    assert _row(api, pending["id"]) == pending  # nothing changed
    result = app.test_cli_runner().invoke(args=["reminders", "run-due", "--now", "hôm qua"])
    assert result.exit_code == 2 and "ISO 8601" in result.output
    assert smtp.recorder.messages == [] and reminders(api, status="sent") == []


def test_a_link_stops_working_when_its_preparation_is_gone_or_the_meeting_is_over(app, api, smtp, clock):
    tc, nv = units(api)
    event = api.created("/api/events", session_body(tc, nv))
    run_due(app, NOV9)
    mail = smtp.recorder.by_recipient()
    links = {unit: re.search(r"https://lich\.example\.gov\.vn(/nhac-viec/da-nop/[\w.-]+)", text_of(mail[address][0])).group(1)
             for unit, address in ((nv, "nv@example.gov.vn"), (tc, "tc@example.gov.vn"))}
    agenda = [{"id": i["id"], "number": i["number"], "title": i["title"], "unit_ids": [tc]}
              for i in event["agenda"]]  # Nội vụ taken off item 1
    assert api.patch(f"/api/events/{event['id']}", {"agenda": agenda}).status_code == 200
    browser = app.test_client()
    for method in (browser.get, browser.post):
        gone = method(links[nv])
        assert gone.status_code == 410 and "không còn được giao chuẩn bị" in gone.text
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["units"][0]["submitted_at"] is None
    clock.set(datetime(2023, 11, 21, 9, 0, tzinfo=HANOI))  # the meeting has begun
    over = browser.post(links[tc])
    assert over.status_code == 410 and "Cuộc họp đã diễn ra" in over.text
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["submitted_at"] is None


def test_a_permanent_refusal_fails_at_once(app, api, smtp):
    tc, _ = units(api)
    api.created("/api/events", {"title": "Họp UBND", "start": "2023-11-21", "slot": "morning",
                                "agenda": [{"number": 1, "title": "Báo cáo", "unit_ids": [tc]}]})
    smtp.recorder.mode = "refuse"  # 550 on DATA
    run_due(app, NOV9)
    (failed,) = reminders(api, status="failed")
    assert failed["attempts"] == 1 and "550" in failed["last_error"]


def test_each_address_of_a_unit_gets_it_once(app, api, smtp):
    """Nội vụ has two addresses: one answers 451 and then 250, later; the other 250 at once. Each gets the
    reminder exactly once, and the unit's reminder is sent when both have it. A 550 fails its address at once."""
    tc, nv = units(api)
    api.created("/api/events", session_body(tc, nv))
    smtp.recorder.rcpt_replies = {"vanthu.nv@example.gov.vn": ["451 4.2.1 Mailbox busy"],
                                  "tc@example.gov.vn": ["550 5.1.1 No such user"]}
    run_due(app, NOV9)
    mail = smtp.recorder.by_recipient()
    assert len(mail["nv@example.gov.vn"]) == 1 and "vanthu.nv@example.gov.vn" not in mail
    nv_rows = reminders(api, unit_id=nv, status="pending")
    offset3 = [r for r in nv_rows if r["offset_days"] == 3]
    assert offset3 and all("vanthu.nv@example.gov.vn" in r["last_error"] and r["attempts"] == 1 for r in offset3)
    (tc_failed, *_) = reminders(api, unit_id=tc, status="failed")
    assert "550" in tc_failed["last_error"] and tc_failed["attempts"] == 1  # at once, not 8 tries
    run_due(app, "2023-11-09T07:32:05+07:00")
    mail = smtp.recorder.by_recipient()
    assert len(mail["vanthu.nv@example.gov.vn"]) == 1 and len(mail["nv@example.gov.vn"]) == 1
    assert mail["vanthu.nv@example.gov.vn"][0]["Message-ID"] == mail["nv@example.gov.vn"][0]["Message-ID"]
    assert {r["status"] for r in reminders(api, unit_id=nv) if r["offset_days"] == 3} == {"sent"}
