"""Feeds built from the samples and from the hard cases pass real calendar parsers, which see the same
events at the same instants as the database."""
import json
import os

import pytest
import subprocess
from datetime import datetime, timezone

from service.ical import fold
from feeds import index
from feeds.finished import FeedCaches, feed
from service.offices import only_office
from tests.ics_check import ICS_CHECK, ics_check
from tests.test_samples import test_bac_giang_regular_session_with_34_items_and_their_units as enter_bac_giang
from tests.test_samples import test_muong_lat_program_as_written as enter_muong_lat
from tests.directory_fixtures import make_directory

LONG = ("Hội nghị triển khai thực hiện Kế hoạch số 168-KH/TU ngày 14/9/2023 của Ban Thường vụ Huyện ủy về việc "
        "thực hiện Kết luận số 61-KL/TW; kế hoạch thực hiện nhiệm vụ chi trả giảm phát thải khí nhà kính, năm 2023")


def python_icalendar_occurrences(path, lo, hi):
    here = os.path.dirname(ICS_CHECK)
    out = subprocess.run([os.path.join(here, ".venv", "bin", "python"), os.path.join(here, "pyical_check.py"),
                          str(path), lo, hi], capture_output=True, text=True, check=True).stdout
    return sorted(json.loads(out)["occurrences"])


def api_occurrences(api, lo, hi):
    """What the database says, in pyical_check's form: UID|start (UTC, or the date)|SUMMARY|STATUS."""
    events = api.get(f"/api/events?from={lo}&to={hi}").get_json()["events"]
    out = []
    for e in events:
        if e["start"] is None or (e["recurrence_id"] and e["status"] == "cancelled"):
            continue  # undated events are never published; a cancelled occurrence is an EXDATE
        start = e["start"] if e["all_day"] else datetime.fromisoformat(e["start"]).astimezone(
            timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        title = e["title"] + (" (Dự kiến)" if e["status"] == "tentative" else "")
        out.append(f"{e['uid']}|{start}|{title}|{e['status'].upper()}")
    return sorted(out)


def office_feed(ctx, tmp_path):
    text = feed(ctx, FeedCaches.new(), index.office_subject(only_office(ctx.session).id)).body.decode()
    path = tmp_path / "office.ics"
    path.write_bytes(text.encode())
    return path, text


@pytest.mark.parametrize("enter", [enter_muong_lat, enter_bac_giang], ids=["muong-lat", "bac-giang"])
def test_sample_program_feed_passes_every_parser(api, ctx, tmp_path, enter):
    ids = make_directory(api)
    enter(api, ids)  # the sample test itself: it enters the program and checks what it stored
    path, text = office_feed(ctx, tmp_path)
    report = ics_check(path, "2023-10-01", "2023-12-31")
    assert "3 parsers see the same" in report
    assert python_icalendar_occurrences(path, "2023-10-01", "2023-12-31") == api_occurrences(api, "2023-10-01", "2023-12-31")
    assert "ATTENDEE" not in text and "ORGANIZER" not in text
    if enter is enter_muong_lat:
        # 01–18/11 is published as 18 days: DTEND is the exclusive 19/11.
        assert "DTSTART;VALUE=DATE:20231101\r\nDTEND;VALUE=DATE:20231119\r\n" in text
        assert "Chủ trì: Nguyễn Văn Bình" in text.replace("\r\n ", "")
    else:
        assert "34. Dự thảo Quyết định của UBND tỉnh bãi bỏ" in text.replace("\r\n ", "")
        # Sở Tài chính's own feed: the session and its 7 deadlines ("Hạn nộp: ..."), all on 14/11.
        unit = feed(ctx, FeedCaches.new(), ("unit", ids["tc"])).body
        (tmp_path / "tc.ics").write_bytes(unit)
        ics_check(tmp_path / "tc.ics", "2023-10-01", "2023-12-31")
        deadlines = [o for o in python_icalendar_occurrences(tmp_path / "tc.ics", "2023-10-01", "2023-12-31")
                     if "|Hạn nộp: " in o]
        assert len(deadlines) == 7 and all("|2023-11-14|" in o for o in deadlines)


def test_hard_cases_pass_every_parser(api, ctx, tmp_path):
    ids = make_directory(api)
    api.created("/api/events", {"title": LONG, "start": "2023-11-02T08:00:00+07:00", "end": "2023-11-02T11:00:00+07:00",
                                "chair_id": ids["dung"], "location": "Hội trường, tầng 2; nhà B",
                                "notes": "Mang theo tài liệu\nGiấy mời riêng"})
    api.created("/api/events", {"title": "Họp dự kiến", "start": "2023-11-06", "slot": "morning", "status": "tentative"})
    gone = api.created("/api/events", {"title": "Họp bị hoãn", "start": "2023-11-07", "slot": "afternoon"})
    api.delete(f"/api/events/{gone['id']}")
    api.created("/api/events", {
        "title": "Giao ban chiều thứ Hai", "start": "2023-11-06", "slot": "afternoon", "rrule": "FREQ=WEEKLY;BYDAY=MO",
        "exceptions": [{"original_start": "2023-11-13T13:30:00+07:00", "cancelled": True},
                       {"original_start": "2023-11-20T13:30:00+07:00", "start": "2023-11-21T14:00:00+07:00",
                        "end": "2023-11-21T16:00:00+07:00"}]})
    api.created("/api/events", {"title": "Ngày hội nhiều ngày", "start": "2023-11-27", "end": "2023-12-03",
                                "rrule": "FREQ=YEARLY;COUNT=3",
                                "exceptions": [{"original_start": "2024-11-27", "start": "2024-11-28", "end": "2024-12-01"}]})
    path, text = office_feed(ctx, tmp_path)
    ics_check(path, "2023-10-01", "2026-01-01")
    # 08:00 in Hanoi is 01:00Z for every parser.
    assert any(o.split("|")[1:3] == ["2023-11-02T01:00:00Z", LONG]
               for o in python_icalendar_occurrences(path, "2023-11-01", "2023-11-03"))
    assert python_icalendar_occurrences(path, "2023-10-01", "2025-12-01") == api_occurrences(api, "2023-10-01", "2025-11-30")
    assert "SUMMARY:Họp dự kiến (Dự kiến)\r\nSTATUS:TENTATIVE" in text
    assert "STATUS:CANCELLED" in text
    assert "EXDATE;TZID=Asia/Ho_Chi_Minh:20231113T133000" in text
    assert "RECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:20231120T133000" in text
    assert "RECURRENCE-ID;VALUE=DATE:20241127" in text
    assert "LOCATION:Hội trường\\, tầng 2\\; nhà B" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_folding_never_cuts_a_vietnamese_character():
    for n in range(60, 90):
        line = "SUMMARY:" + "ệ" * n
        folded = fold(line)
        for part in folded.split("\r\n")[:-1]:
            assert len(part.encode()) <= 75
            part.encode().decode()  # each physical line is valid UTF-8 on its own
        assert folded.replace("\r\n ", "").removesuffix("\r\n") == line
