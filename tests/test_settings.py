"""Settings read from the environment (Config.from_env) with values other than the defaults, each then seen
where it acts: a default deadline, a reminder's due time and the run that sends it, the slots' hours, the
office's name on a page and on its feed, the From of an email. And the office's own table of days wins over
the built-in corrections. On SQLite and PostgreSQL."""
from datetime import time
from email.utils import parseaddr

import pytest

from service.config import Config
from tests.test_web import login

OFFICE = "Văn phòng HĐND và UBND huyện Mường Lát"
ENV = {
    "BASE_URL": "https://lich.muonglat.example.gov.vn/",
    "OFFICE_NAME": OFFICE,
    "DEADLINE_WORKING_DAYS": "3",  # default 5
    "REMINDER_OFFSETS": "0, 2",  # default 3,1,0
    "REMINDER_TIME": "06:45",  # default 07:30
    "SLOT_MORNING": "07:00-11:00",  # defaults 07:30-11:30, 13:30-17:00, 19:00-21:00
    "SLOT_AFTERNOON": "14:00-17:30",
    "SLOT_EVENING": "18:30-20:30",
    "MAIL_FROM": "vanthu@muonglat.example.gov.vn",  # no display name: the office's name is used
}
SETTINGS = ("base_url", "office_name", "deadline_working_days", "reminder_offsets", "reminder_time", "slots",
            "mail_from", "smtp_host", "smtp_port")


@pytest.fixture
def config_overrides(smtp, monkeypatch, tmp_path):
    monkeypatch.setenv("SECRET_KEY", "test-secret")  # from_env reads it from os.environ, else writes instance/
    config = Config.from_env({**ENV, "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp.port)})
    return {**{name: getattr(config, name) for name in SETTINGS}, "outbox_dir": tmp_path / "outbox"}


def test_from_env_reads_every_setting():
    env = {**ENV, "SECRET_KEY": "k", "SMTP_HOST": "mail.example.gov.vn", "SMTP_PORT": "587", "SMTP_USER": "lich",
           "SMTP_PASSWORD": "bí mật", "SMTP_STARTTLS": "yes", "TIMEZONE": "Asia/Bangkok"}
    config = Config.from_env(env)
    assert (config.base_url, config.office_name, config.deadline_working_days) == (
        "https://lich.muonglat.example.gov.vn", OFFICE, 3)
    assert (config.reminder_offsets, config.reminder_time) == ((2, 0), time(6, 45))
    assert config.slots == {"morning": (time(7), time(11)), "afternoon": (time(14), time(17, 30)),
                            "evening": (time(18, 30), time(20, 30))}
    assert (config.mail_from, config.smtp_host, config.smtp_port, config.smtp_user, config.smtp_password,
            config.smtp_starttls) == (ENV["MAIL_FROM"], "mail.example.gov.vn", 587, "lich", "bí mật", True)
    assert str(config.timezone) == "Asia/Bangkok"
    assert Config.from_env({"SECRET_KEY": "k"}).slots["morning"] == (time(7, 30), time(11, 30))  # and alone


def _meeting(api, day="2023-11-21", **extra):
    unit = api.created("/api/units", {"name": "Phòng Tài chính - Kế hoạch", "emails": ["tckh@example.gov.vn"]})
    event = api.created("/api/events", {"title": "Kỳ họp HĐND huyện", "start": day, "slot": "morning",
                                        "agenda": [{"number": 1, "title": "Tờ trình dự toán",
                                                    "unit_ids": [unit["id"]]}], **extra})
    return unit, event


def test_deadline_reminders_and_the_email_follow_the_settings(app, api, smtp):
    unit, event = _meeting(api)
    # 3 working days before Tuesday 21/11/2023: Thursday 16/11 (the default 5 gives 14/11).
    assert (event["agenda"][0]["deadline"], event["agenda"][0]["deadline_is_default"]) == ("2023-11-16", True)
    # Reminders 2 and 0 working days before it, at 06:45.
    before = sorted(r["due_at"] for r in api.get("/api/reminders").get_json()["reminders"] if r["kind"] == "before")
    assert before == ["2023-11-14T06:45:00+07:00", "2023-11-16T06:45:00+07:00"]
    run = app.test_cli_runner()
    assert run.invoke(args=["reminders", "run-due", "--now", "2023-11-14T06:44:00+07:00"]).exit_code == 0
    assert smtp.recorder.messages == []
    assert run.invoke(args=["reminders", "run-due", "--now", "2023-11-14T06:45:00+07:00"]).exit_code == 0
    [(rcpts, message)] = smtp.recorder.messages
    assert rcpts == ["tckh@example.gov.vn"]
    assert parseaddr(str(message["From"])) == (OFFICE, "vanthu@muonglat.example.gov.vn")
    assert OFFICE in message.get_body(("plain",)).get_content()


def test_slots_have_the_configured_hours(api):
    times = {}
    for slot in ("morning", "afternoon", "evening"):
        event = api.created("/api/events", {"title": f"Họp {slot}", "start": "2023-11-22", "slot": slot})
        times[slot] = (event["start"][11:16], event["end"][11:16])
    assert times == {"morning": ("07:00", "11:00"), "afternoon": ("14:00", "17:30"), "evening": ("18:30", "20:30")}
    full = api.created("/api/events", {"title": "Cả ngày", "start": "2023-11-23", "slot": "full_day"})
    assert (full["start"][11:16], full["end"][11:16]) == ("07:00", "17:30")


def test_the_office_name_on_the_pages_and_on_its_feed(app, api):
    page = login(app).get("/lich").get_data(as_text=True)
    assert f"<title>Lịch tháng 11/2023 — {OFFICE}</title>" in page
    assert f"Lịch công tác <span class=\"muted\">{OFFICE}</span>" in page
    api.created("/api/events", {"title": "Họp", "start": "2023-11-22", "slot": "morning"})
    url = api.get("/api/feed").get_json()["feed_url"]
    assert url.startswith("https://lich.muonglat.example.gov.vn/feeds/")
    feed = api.client.get(url.removeprefix("https://lich.muonglat.example.gov.vn")).get_data(as_text=True)
    unfolded = feed.replace("\r\n ", "")
    assert f"X-WR-CALNAME:Lịch công tác — {OFFICE}\r\n" in unfolded
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20231122T070000" in unfolded  # the configured morning


def test_the_offices_table_of_days_beats_the_built_in_corrections(api):
    """Saturday 4/5/2024 is a built-in make-up working day; the office says it is a day off after all."""
    _, event = _meeting(api, day="2024-05-08")
    # 3 working days before Wednesday 8/5/2024: 7/5, 6/5 and the make-up Saturday 4/5.
    assert event["agenda"][0]["deadline"] == "2024-05-04"
    response = api.call("PUT", "/api/calendar/exceptions",
                        json={"day": "2024-05-04", "kind": "day_off", "label": "Không làm bù (quyết định của huyện)"})
    assert response.status_code == 200, response.get_json()
    # Now 7/5, 6/5, 3/5: the deadline already set moves to Friday, and a new event counts the same way.
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["deadline"] == "2024-05-03"
    later = api.created("/api/events", {"title": "Họp", "start": "2024-05-08", "agenda": [{"title": "Báo cáo"}]})
    assert later["agenda"][0]["deadline"] == "2024-05-03"
    # And a working day the office adds (Sunday 5/5) counts as one.
    api.call("PUT", "/api/calendar/exceptions", json={"day": "2024-05-05", "kind": "working_day", "label": "Làm bù"})
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["deadline"] == "2024-05-05"
