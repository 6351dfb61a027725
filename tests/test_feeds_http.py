"""Feeds over HTTP: secret URLs, revocation and rotation, caching headers, and exactly the right feeds
changing when an event changes."""
import gzip

from icalendar import Calendar

from tests.directory_fixtures import make_directory
from tests.ics_check import ics_check


def feed_path(api, kind, ident):
    body = api.get(f"/api/{kind}/{ident}").get_json()
    assert body["feed_url"].startswith("https://lich.example.gov.vn/feeds/") and body["feed_url"].endswith(".ics")
    assert body["webcal_url"] == body["feed_url"].replace("https://", "webcal://", 1)
    return body["feed_url"].removeprefix("https://lich.example.gov.vn")


def fetch(api, path, **headers):
    return api.client.get(path, headers=headers)


def summaries(response):
    body = gzip.decompress(response.data) if response.headers.get("Content-Encoding") == "gzip" else response.data
    return sorted(str(e["SUMMARY"]) for e in Calendar.from_ical(body).walk("VEVENT"))


def test_person_feed_content_and_headers(api, tmp_path):
    ids = make_directory(api)
    api.created("/api/events", {"title": "Giao ban", "start": "2023-11-06", "slot": "afternoon",
                                "rrule": "FREQ=WEEKLY;BYDAY=MO", "group_ids": [ids["leaders"]]})
    api.created("/api/events", {"title": "Tiếp xúc cử tri", "start": "2023-11-02", "slot": "morning",
                                "chair_id": ids["binh"], "status": "tentative"})
    api.created("/api/events", {"title": "Hội nghị của Bí thư", "start": "2023-11-03", "chair_id": ids["thang"]})
    api.created("/api/events", {"title": "Chưa có ngày", "month": "2023-11", "chair_id": ids["binh"]})
    path = feed_path(api, "persons", ids["binh"])
    response = fetch(api, path)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.headers["ETag"] and response.headers["Last-Modified"]
    # Bình's own meeting (tentative, marked) and his group's briefing; not the secretary's, not the undated one.
    assert summaries(response) == ["Giao ban", "Tiếp xúc cử tri (Dự kiến)"]
    text = response.data.decode()
    assert "X-WR-CALNAME:Lịch công tác — Nguyễn Văn Bình" in text and "NAME:Lịch công tác — Nguyễn Văn Bình" in text
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT15M" in text and "BEGIN:VTIMEZONE" in text
    (tmp_path / "binh.ics").write_bytes(response.data)
    ics_check(tmp_path / "binh.ics")

    again = fetch(api, path, **{"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    since = fetch(api, path, **{"If-Modified-Since": response.headers["Last-Modified"]})
    assert since.status_code == 304
    head = api.client.head(path)
    assert head.status_code == 200 and head.data == b"" and head.headers["ETag"] == response.headers["ETag"]
    zipped = fetch(api, path, **{"Accept-Encoding": "gzip, deflate"})
    assert zipped.headers["Content-Encoding"] == "gzip" and gzip.decompress(zipped.data) == response.data
    assert zipped.headers["ETag"] != response.headers["ETag"]  # another representation


def test_unknown_revoked_and_rotated_tokens_get_404(api):
    ids = make_directory(api)
    path = feed_path(api, "persons", ids["dung"])
    assert fetch(api, path).status_code == 200
    assert fetch(api, "/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics").status_code == 404
    rotated = api.post(f"/api/persons/{ids['dung']}/feed/rotate").get_json()
    new_path = rotated["feed_url"].removeprefix("https://lich.example.gov.vn")
    assert new_path != path
    assert fetch(api, path).status_code == 404 and fetch(api, new_path).status_code == 200
    assert feed_path(api, "persons", ids["dung"]) == new_path  # the API shows the current one
    assert api.post(f"/api/persons/{ids['dung']}/feed/revoke").status_code == 200
    assert fetch(api, new_path).status_code == 404
    assert api.get(f"/api/persons/{ids['dung']}").get_json()["feed_url"] is None
    assert api.post(f"/api/persons/999/feed/rotate").status_code == 404


def test_viewer_never_sees_feed_urls(api, viewer):
    ids = make_directory(api)
    assert viewer.get(f"/api/persons/{ids['binh']}").get_json()["feed_url"] is None
    assert viewer.post(f"/api/persons/{ids['binh']}/feed/rotate").status_code == 403
    assert api.client.post(f"/api/persons/{ids['binh']}/feed/rotate").status_code == 401


def test_a_change_reaches_exactly_the_affected_feeds(api):
    ids = make_directory(api)
    meeting = api.created("/api/events", {"title": "Họp", "start": "2023-11-21", "slot": "morning",
                                          "chair_id": ids["dung"], "agenda": [{"title": "Báo cáo", "unit_ids": [ids["tc"]]}]})
    paths = {"dung": feed_path(api, "persons", ids["dung"]), "binh": feed_path(api, "persons", ids["binh"]),
             "thang": feed_path(api, "persons", ids["thang"]), "tc": feed_path(api, "units", ids["tc"]),
             "khdt": feed_path(api, "units", ids["khdt"]), "leaders": feed_path(api, "groups", ids["leaders"]),
             "office": api.get("/api/feed").get_json()["feed_url"].removeprefix("https://lich.example.gov.vn")}
    etags = {k: fetch(api, p).headers["ETag"] for k, p in paths.items()}
    api.patch(f"/api/events/{meeting['id']}", {"title": "Họp (đổi giờ)", "group_ids": [ids["leaders"]]})
    after = {k: fetch(api, p) for k, p in paths.items()}
    changed = {k for k in paths if after[k].headers["ETag"] != etags[k]}
    # Dũng (chair), Bình (via the group now), the group, Sở Tài chính (prepares), the office; not the others.
    assert changed == {"dung", "binh", "leaders", "tc", "office"}
    assert "Họp (đổi giờ)" in summaries(after["binh"])
    tc = after["tc"].data.decode().replace("\r\n ", "")
    assert "SUMMARY:Hạn nộp: Báo cáo — Họp (đổi giờ)" in tc and "DTSTART;VALUE=DATE:20231114" in tc

    # Lan joins nobody; Thắng joins the leaders' group: only his feed (and the group's list) moves.
    etags = {k: r.headers["ETag"] for k, r in after.items()}
    api.patch(f"/api/groups/{ids['leaders']}", {"member_ids": [ids["binh"], ids["dung"], ids["lan"], ids["thang"]]})
    changed = {k for k, p in paths.items() if fetch(api, p).headers["ETag"] != etags[k]}
    assert "thang" in changed and not changed & {"dung", "binh", "tc", "khdt"}

    # Cancelled: still published, as CANCELLED, so phones remove it.
    api.delete(f"/api/events/{meeting['id']}")
    assert "STATUS:CANCELLED" in fetch(api, paths["dung"]).data.decode()


def test_cancelled_events_leave_the_feed_after_30_days(api, clock):
    ids = make_directory(api)
    meeting = api.created("/api/events", {"title": "Họp hoãn", "start": "2023-11-21", "chair_id": ids["binh"]})
    api.delete(f"/api/events/{meeting['id']}")
    path = feed_path(api, "persons", ids["binh"])
    assert summaries(fetch(api, path)) == ["Họp hoãn"]
    clock.advance(days=31)
    assert summaries(fetch(api, path)) == []


def test_feed_url_command(app, api):
    ids = make_directory(api)
    runner = app.test_cli_runner()
    out = runner.invoke(args=["feed-url", "--unit", str(ids["tc"])]).output.strip().splitlines()
    assert out[0].startswith("https://lich.example.gov.vn/feeds/") and out[1].startswith("webcal://")
    assert out[0] == api.get(f"/api/units/{ids['tc']}").get_json()["feed_url"]
    assert runner.invoke(args=["feed-url"]).exit_code != 0
    assert runner.invoke(args=["feed-url", "--person", "999"]).exit_code != 0


def test_a_new_title_for_the_chair_reaches_the_feeds_that_print_it(api):
    ids = make_directory(api)
    api.created("/api/events", {"title": "Họp", "start": "2023-11-21", "slot": "morning", "chair_id": ids["dung"],
                                "agenda": [{"title": "Báo cáo", "unit_ids": [ids["tc"]]}]})
    dung, office = feed_path(api, "persons", ids["dung"]), api.get("/api/feed").get_json()["feed_url"].removeprefix("https://lich.example.gov.vn")
    other = feed_path(api, "persons", ids["thang"])
    before = {p: fetch(api, p).headers["ETag"] for p in (dung, office, other)}
    api.patch(f"/api/persons/{ids['dung']}", {"title": "Chủ tịch UBND huyện"})
    api.patch(f"/api/units/{ids['tc']}", {"name": "Sở Tài chính tỉnh"})
    text = fetch(api, dung).data.decode().replace("\r\n ", "")
    assert "Chủ trì: Hoàng Văn Dũng\\, Chủ tịch UBND huyện" in text and "Sở Tài chính tỉnh (chủ trì)" in text
    assert fetch(api, office).headers["ETag"] != before[office]
    assert fetch(api, other).headers["ETag"] == before[other]


def test_a_weak_if_none_match_gets_a_304_from_the_secret_feeds(api):
    """A proxy that gzips (nginx) weakens the tag; the feeds compare weakly (Werkzeug's make_conditional)."""
    ids = make_directory(api)
    api.created("/api/events", {"title": "Tiếp xúc cử tri", "start": "2023-11-02", "slot": "morning",
                                "chair_id": ids["binh"]})
    path = feed_path(api, "persons", ids["binh"])
    for headers in ({}, {"Accept-Encoding": "gzip"}):
        etag = fetch(api, path, **headers).headers["ETag"]
        again = fetch(api, path, **headers, **{"If-None-Match": f"W/{etag}"})
        assert again.status_code == 304 and again.data == b"", headers
