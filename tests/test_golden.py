"""Golden files: the feeds of a person, a unit (with its deadline entries), a group and the office, and one
reminder email, compared byte for byte with reviewed copies in tests/golden/.

Everything is made through the public interfaces only (the JSON API, the feed URLs it hands out, the
`reminders run-due` command), so the goldens hold while the internals are refactored.

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py    # rewrite them, then review the diff

What is normalised before comparing, and why (nothing else is):
- DTSTAMP: the moment the iCalendar object was made; the feeds may stamp it with the time they are built.
- the uuid4 in event UIDs: new at every run. Each distinct one becomes uuid-1, uuid-2, ... in order of first
  appearance in the file, so a moved occurrence (RECURRENCE-ID) still visibly shares its series' UID.
  UIDs without a uuid (the deadline entries' "deadline-<item id>@host") are kept: a UID that changes
  makes every subscribed phone duplicate the entry, so a change there must show up here.
- the MIME boundary of the email: Python picks a random one per message.
The goldens stay valid iCalendar after normalising; each one is also run through ics_check.
SQLite only: the output must not depend on the database, and the feed tests already run on both.
"""
import difflib
import email
import os
import re
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import HANOI
from tests.ics_check import ics_check

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
BASE = "https://lich.example.gov.vn"  # conftest's base_url
NOW = datetime(2023, 11, 1, 8, 0, tzinfo=HANOI)  # when the office enters the month's program
SENT_AT = "2023-11-09T07:30:00+07:00"  # 3 working days before the 14/11 deadlines: the first reminder
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
DTSTAMP = re.compile(rb"^DTSTAMP:[^\r\n]*", re.M)
UID_LINE = re.compile(rb"^(UID:)([^\r\n]*)", re.M)
BOUNDARY = re.compile(rb"={15}\d+==")

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def config_overrides(tmp_path):
    return {"smtp_host": "", "outbox_dir": tmp_path / "outbox"}  # no SMTP: mail goes to .eml files


def normalise_ics(body: bytes) -> bytes:
    """DTSTAMP and the uuid4 of UIDs replaced (module docstring). UID lines are short enough never to be
    folded (a uuid and a host), so a line-wise replacement is exact."""
    body = DTSTAMP.sub(b"DTSTAMP:20000101T000000Z", body)
    seen = {}

    def uid(m):
        value = UUID.sub(lambda u: seen.setdefault(u.group(), f"uuid-{len(seen) + 1}"), m.group(2).decode())
        return m.group(1) + value.encode()

    return UID_LINE.sub(uid, body)


def normalise_eml(body: bytes) -> bytes:
    return BOUNDARY.sub(b"===============BOUNDARY==", body)


def readable_diff(expected: bytes, actual: bytes, name: str) -> str:
    a, b = expected.decode("utf-8", "replace"), actual.decode("utf-8", "replace")
    diff = "".join(difflib.unified_diff(a.splitlines(keepends=True), b.splitlines(keepends=True),
                                        f"golden/{name}", f"{name} (now)", n=2))
    if not diff:  # same text: the bytes differ in line endings or encoding only
        first = next((i for i, (x, y) in enumerate(zip(expected, actual)) if x != y), min(len(expected), len(actual)))
        diff = (f"{name}: same lines, different bytes from offset {first}: "
                f"{expected[first:first + 20]!r} vs {actual[first:first + 20]!r}")
    return diff


def compare(name: str, actual: bytes) -> str | None:
    """None if `actual` is the golden file's content (rewritten first under UPDATE_GOLDEN=1), else a
    readable diff. The caller collects them, so one run shows every file that moved."""
    path = GOLDEN / name
    if UPDATE and (not path.exists() or path.read_bytes() != actual):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(actual)
    if not path.exists():
        return f"no golden file {path}: UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py"
    expected = path.read_bytes()
    return None if actual == expected else readable_diff(expected, actual, name)


def assert_same(diffs: list) -> None:
    found = [d for d in diffs if d]
    if found:  # pytest.fail, not assert: the diff alone, without pytest's repr of the list around it
        pytest.fail("output differs from tests/golden/ (if intended: UPDATE_GOLDEN=1 .venv/bin/python -m pytest "
                    "tests/test_golden.py, then review the files' diff)\n" + "\n".join(found), pytrace=False)


def build_calendar(api) -> dict:
    """A province's November 2023: two departments, two leaders, the leaders' group, and one of each kind of
    entry — a session with agenda items and preparing units, a tentative meeting with an item for the same
    unit, a cancelled reception, a weekly briefing with one week cancelled and one moved, an all-day span."""
    ids = {}
    ids["tc"] = api.created("/api/units", {"name": "Sở Tài chính", "short_name": "STC",
                                           "emails": ["tc@example.gov.vn"]})["id"]
    ids["nv"] = api.created("/api/units", {"name": "Sở Nội vụ", "emails": ["nv@example.gov.vn"]})["id"]
    ids["binh"] = api.created("/api/persons", {"name": "Nguyễn Văn Bình", "title": "Chủ tịch UBND tỉnh"})["id"]
    ids["lan"] = api.created("/api/persons", {"name": "Phạm Thị Lan", "title": "Phó Chủ tịch UBND tỉnh"})["id"]
    ids["leaders"] = api.created("/api/groups", {"name": "Lãnh đạo UBND tỉnh",
                                                 "member_ids": [ids["binh"], ids["lan"]]})["id"]
    api.created("/api/events", {
        "title": "Kỳ họp thứ 15 HĐND tỉnh khóa XIX", "start": "2023-11-21", "slot": "morning",
        "location": "Hội trường UBND tỉnh", "chair_id": ids["binh"], "attendee_ids": [ids["lan"]],
        "agenda": [
            {"number": 1, "title": "Tờ trình dự toán ngân sách địa phương năm 2024",
             "unit_ids": [ids["tc"], ids["nv"]], "lead_unit_id": ids["tc"]},
            {"number": 2, "title": "Báo cáo quyết toán ngân sách năm 2022", "unit_ids": [ids["tc"]]}]})
    api.created("/api/events", {
        "title": "Hội nghị triển khai Đề án vị trí việc làm", "status": "tentative",
        "start": "2023-11-28T14:00:00+07:00", "end": "2023-11-28T16:30:00+07:00",
        "location": "Phòng họp số 2, UBND tỉnh", "group_ids": [ids["leaders"]],
        "agenda": [{"number": 1, "title": "Phương án bố trí biên chế năm 2024", "unit_ids": [ids["nv"], ids["tc"]],
                    "lead_unit_id": ids["nv"], "deadline": "2023-11-14"}]})
    cancelled = api.created("/api/events", {"title": "Tiếp công dân định kỳ", "kind": "reception",
                                            "start": "2023-11-15", "slot": "morning", "chair_id": ids["binh"],
                                            "location": "Trụ sở Tiếp công dân tỉnh"})
    assert api.delete(f"/api/events/{cancelled['id']}").status_code == 200
    api.created("/api/events", {
        "title": "Giao ban Lãnh đạo UBND tỉnh", "start": "2023-11-06", "slot": "morning",
        "rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=8", "group_ids": [ids["leaders"]],
        "exceptions": [{"original_start": "2023-11-13T07:30:00+07:00", "cancelled": True},
                       {"original_start": "2023-11-20T07:30:00+07:00", "start": "2023-11-21T14:00:00+07:00",
                        "end": "2023-11-21T16:00:00+07:00"}]})
    api.created("/api/events", {"title": "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", "kind": "multi_day",
                                "start": "2023-11-01", "end": "2023-11-18", "attendee_ids": [ids["binh"]],
                                "notes": "Dự ở khu dân cư nơi cư trú"})
    return ids


def fetch_feed(api, directory_path: str) -> bytes:
    """The feed as a subscriber gets it: the URL from the directory API, fetched over HTTP."""
    url = api.get(directory_path).get_json()["feed_url"]
    assert url.startswith(BASE + "/"), url
    response = api.client.get(url.removeprefix(BASE))
    assert response.status_code == 200 and response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    return response.data


def test_feed_goldens(app, api, clock):
    clock.set(NOW)
    ids = build_calendar(api)
    feeds = {"person.ics": f"/api/persons/{ids['binh']}", "unit.ics": f"/api/units/{ids['tc']}",
             "group.ics": f"/api/groups/{ids['leaders']}", "office.ics": "/api/feed"}
    assert_same([compare(name, normalise_ics(fetch_feed(api, path))) for name, path in feeds.items()])
    for name in feeds:
        ics_check(GOLDEN / name, "2023-10-01", "2024-03-01")


def test_reminder_email_golden(app, api, clock, tmp_path):
    clock.set(NOW)
    build_calendar(api)
    result = app.test_cli_runner().invoke(args=["reminders", "run-due", "--now", SENT_AT])
    assert result.exit_code == 0, result.output
    sent = {}
    for path in sorted((tmp_path / "outbox").glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes())
        sent[message["To"]] = path.read_bytes()
    assert set(sent) == {"tc@example.gov.vn", "nv@example.gov.vn"}, result.output
    raw = sent["tc@example.gov.vn"]  # Sở Tài chính: both items of the session and the tentative meeting's
    message = email.message_from_bytes(raw)
    parts = {p.get_content_type(): p.get_payload(decode=True) for p in message.walk() if not p.is_multipart()}
    # The parts on their own too: the .eml carries them in base64, so only their diff is readable.
    assert_same([compare("reminder.txt", parts["text/plain"]), compare("reminder.html", parts["text/html"]),
                 compare("reminder.eml", normalise_eml(raw))])
