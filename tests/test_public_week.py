"""The public weekly schedule (/cong-khai/<office>/lich-tuan), its embed and its feed, with no log-in, on both
databases: exactly the public events that are not cancelled (an occurrence called off shows "Hoãn"); a
private event on the same day, and everything private of the public ones (emails, preparing units and
their deadlines, notes, persons attending), appear nowhere; the revision stamp; cache headers, a strong
ETag that moves when a public event of the week changes, 304 on If-None-Match; framing allowed for the
embed only; no session cookie; Vietnamese 404 and 400 pages; the feed passes the RFC 5545 lint."""
import pytest

from service.context import state
from tests.feedcheck import lint
from tests.feedcheck.check import check_file, report

PAGE = "/cong-khai/van-phong/lich-tuan?ngay=2023-11-22"
EMBED = "/cong-khai/van-phong/lich-tuan/nhung?ngay=2023-11-22"
FEED = "/cong-khai/van-phong/lich.ics"
# What must never reach a public page or feed.
SECRETS = ("Họp kín về nhân sự XYZQ", "Phòng họp bí mật 7", "Trần Bí Mật", "bimat@example.gov.vn",
           "Ghi chú nội bộ QWERTY", "Sở Tài chính Nội Bộ", "tc-noibo@example.gov.vn", "Tờ trình dự toán KLMN",
           "Nguyễn Người Dự", "nguoidu@example.gov.vn", "Ghi chú của phiên họp công khai", "20/11/2023",
           "Công tác nội bộ riêng", "Ẩn theo lựa chọn", "Phòng Tham Mưu Riêng", "tm@example.gov.vn")


@pytest.fixture
def seeded(api, clock):
    secret_person = api.created("/api/persons", {"name": "Trần Bí Mật", "email": "bimat@example.gov.vn"})["id"]
    attendee = api.created("/api/persons", {"name": "Nguyễn Người Dự", "email": "nguoidu@example.gov.vn"})["id"]
    chair = api.created("/api/persons", {"name": "Lê Văn Chủ Trì", "title": "Chủ tịch UBND"})["id"]
    unit = api.created("/api/units", {"name": "Sở Tài chính Nội Bộ", "emails": ["tc-noibo@example.gov.vn"]})["id"]
    group = api.created("/api/groups", {"name": "Lãnh đạo UBND tỉnh", "member_ids": [attendee]})["id"]
    other_unit = api.created("/api/units", {"name": "Phòng Tham Mưu Riêng", "emails": ["tm@example.gov.vn"]})["id"]
    public = api.created("/api/events", {
        "title": "Hội nghị UBND tỉnh thường kỳ", "start": "2023-11-22", "slot": "morning", "unit_ids": [other_unit],
        "location": "Hội trường UBND tỉnh", "chair_id": chair, "attendee_ids": [attendee], "group_ids": [group],
        "attendees_text": "Giám đốc các sở, ngành", "notes": "Ghi chú của phiên họp công khai",
        "agenda": [{"number": 1, "title": "Tờ trình dự toán KLMN", "unit_ids": [unit], "deadline": "2023-11-20"}]})
    private = api.created("/api/events", {
        "title": "Họp kín về nhân sự XYZQ", "start": "2023-11-22", "slot": "morning", "public": False,
        "location": "Phòng họp bí mật 7", "chair_id": secret_person, "notes": "Ghi chú nội bộ QWERTY"})
    internal = api.created("/api/events", {  # "other": not public by default
        "title": "Công tác nội bộ riêng", "kind": "other", "start": "2023-11-22", "slot": "afternoon"})
    hidden = api.created("/api/events", {  # a reception (public by default) the office chose to hide
        "title": "Ẩn theo lựa chọn", "kind": "reception", "start": "2023-11-23", "slot": "morning", "public": False})
    reception = api.created("/api/events", {
        "title": "Tiếp công dân định kỳ", "kind": "reception", "status": "tentative", "start": "2023-11-23",
        "slot": "afternoon", "location": "Trụ sở tiếp công dân"})
    cancelled = api.created("/api/events", {"title": "Hội thảo đã hủy", "start": "2023-11-24", "slot": "morning"})
    assert api.delete(f"/api/events/{cancelled['id']}").status_code == 200
    opted_in = api.created("/api/events", {  # "other", but the office made it public
        "title": "Kiểm tra công trình trọng điểm", "kind": "other", "public": True,
        "start": "2023-11-24T14:00:00+07:00", "end": "2023-11-24T16:30:00+07:00"})
    series = api.created("/api/events", {"title": "Giao ban đầu tuần", "start": "2023-11-13", "slot": "morning",
                                         "rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=4"})
    response = api.post(f"/api/events/{series['id']}/occurrences/2023-11-20/cancel",
                        headers={"If-Match": f'"{series["sequence"]}"'})
    assert response.status_code == 200, response.get_json()
    return {"public": public, "private": private, "internal": internal, "hidden": hidden, "reception": reception,
            "opted_in": opted_in, "series": series}


def _text(response) -> str:
    return response.get_data(as_text=True)


def test_the_page_shows_exactly_the_public_events_and_nothing_private(app, seeded):
    client = app.test_client()
    page, embed, feed = client.get(PAGE), client.get(EMBED), client.get(FEED)
    assert (page.status_code, embed.status_code, feed.status_code) == (200, 200, 200)
    for response in (page, embed):
        html = _text(response)
        for title in ("Hội nghị UBND tỉnh thường kỳ", "Tiếp công dân định kỳ", "Kiểm tra công trình trọng điểm",
                      "Giao ban đầu tuần"):
            assert title in html, title
        assert "Hội trường UBND tỉnh" in html and "Lê Văn Chủ Trì" in html
        assert "Lãnh đạo UBND tỉnh; Giám đốc các sở, ngành" in html  # groups and the attendees text
        assert "Hoãn" in html and "Dự kiến" in html and "14:00–16:30" in html
        assert "Hội thảo đã hủy" not in html
    ics = _text(feed)
    for title in ("Hội nghị UBND tỉnh thường kỳ", "Tiếp công dân định kỳ (Dự kiến)", "Kiểm tra công trình trọng điểm",
                  "Giao ban đầu tuần"):
        assert title in ics.replace("\r\n ", ""), title
    assert "Hội thảo đã hủy" not in ics
    unfolded = ics.replace("\r\n ", "")
    for secret in SECRETS:
        if secret == "20/11/2023":  # the deadline as text; the page lists Monday 20/11 as a day
            assert "hạn nộp" not in _text(page).lower() and "hạn nộp" not in unfolded.lower()
            continue
        for where, body in (("page", _text(page)), ("embed", _text(embed)), ("feed", unfolded)):
            assert secret not in body, (secret, where)
    assert "ATTENDEE" not in ics and "ORGANIZER" not in ics


def test_the_feed_passes_the_lint_and_the_parsers_there_are(app, seeded, tmp_path):
    """tests/ics_check.py's checks: lint, libical and calcurse always; ical.js, python-icalendar and their
    agreement where scripts/test-deps.sh installed them (a git worktree has no node_modules)."""
    path = tmp_path / "cong-khai.ics"
    path.write_bytes(app.test_client().get(FEED).get_data())
    ok, detail = lint.summary(path)
    assert ok, detail
    results = check_file(path, "2023-10-01", "2024-06-01")
    text = report(path, results)
    for result in results:
        missing = "not installed" in result.detail or (result.name == "agreement" and "could not read" in result.detail)
        if result.name in ("lint", "libical", "calcurse") or not missing:
            assert result.ok, text


def test_cache_headers_etag_and_304(app, api, seeded):
    client = app.test_client()
    first = client.get(PAGE)
    assert first.headers["Cache-Control"] == "public, max-age=60"
    etag = first.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")  # strong
    again = client.get(PAGE, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.get_data() == b"" and again.headers["ETag"] == etag
    assert client.get(PAGE).headers["ETag"] == etag  # the same data, the same tag
    # a public event of the week changes: a new tag, and the old one gets the page again
    assert api.patch(f"/api/events/{seeded['public']['id']}", {"location": "Hội trường mới"}).status_code == 200
    changed = client.get(PAGE, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and "Hội trường mới" in _text(changed)
    assert changed.headers["ETag"] != etag
    # another week's page does not move with it
    other = client.get("/cong-khai/van-phong/lich-tuan?ngay=2023-12-06").headers["ETag"]
    api.patch(f"/api/events/{seeded['public']['id']}", {"title": "Hội nghị UBND tỉnh (phiên tháng 11)"})
    assert client.get("/cong-khai/van-phong/lich-tuan?ngay=2023-12-06").headers["ETag"] == other
    # the feed too
    feed = client.get(FEED)
    assert feed.headers["Cache-Control"] == "public, max-age=60"
    assert client.get(FEED, headers={"If-None-Match": feed.headers["ETag"]}).status_code == 304


def test_304_reads_nothing_through_the_orm_and_renders_nothing(app, seeded, monkeypatch):
    client = app.test_client()
    etag = client.get(PAGE).headers["ETag"]
    from service.web import public_pages

    def boom(*args, **kwargs):
        raise AssertionError("rendered for a 304")
    monkeypatch.setattr(public_pages, "render_template", boom)
    monkeypatch.setattr(public_pages.public_week, "week", boom)
    assert client.get(PAGE, headers={"If-None-Match": etag}).status_code == 304


def test_making_an_event_private_or_public_moves_the_tag_and_the_page(app, api, seeded):
    client = app.test_client()
    etag = client.get(PAGE).headers["ETag"]
    assert api.patch(f"/api/events/{seeded['reception']['id']}", {"public": False}).status_code == 200
    page = client.get(PAGE, headers={"If-None-Match": etag})
    assert page.status_code == 200 and "Tiếp công dân định kỳ" not in _text(page)
    # the office's default per kind: "other" made public shows the internal event
    assert api.call("PUT", "/api/settings/public", json={"defaults": {"other": True}}).status_code == 200
    assert "Công tác nội bộ riêng" in _text(client.get(PAGE))


def test_the_revision_stamp_follows_the_issued_versions(app, api, seeded):
    client = app.test_client()
    assert "Điều chỉnh lần" not in _text(client.get(PAGE))
    assert api.post("/api/weeks/2023-11-20/issue").status_code == 201
    assert "Điều chỉnh lần" not in _text(client.get(PAGE))
    api.patch(f"/api/events/{seeded['public']['id']}", {"location": "Hội trường tầng 2"})
    assert "Điều chỉnh lần" not in _text(client.get(PAGE))  # a change not issued yet: no stamp
    assert api.post("/api/weeks/2023-11-20/issue").status_code == 201
    assert "Điều chỉnh lần 1" in _text(client.get(PAGE)) and "Điều chỉnh lần 1" in _text(client.get(EMBED))


def test_private_or_unissued_changes_do_not_stamp_the_public_page(app, api, seeded):
    """The stamp is the last ISSUED version's number (versions.last_issued_number), never the pending changes
    an export would carry (a private event's change among them); the ETag moves only when it does."""
    client = app.test_client()
    assert api.post("/api/weeks/2023-11-20/issue").status_code == 201
    etag = client.get(PAGE).headers["ETag"]
    api.patch(f"/api/events/{seeded['private']['id']}", {"location": "Phòng họp bí mật 8"})
    api.created("/api/events", {"title": "Họp kín bổ sung", "start": "2023-11-24", "slot": "afternoon",
                                "public": False})
    page = client.get(PAGE)
    assert "Điều chỉnh lần" not in _text(page) and "Điều chỉnh lần" not in _text(client.get(EMBED))
    assert api.post("/api/weeks/2023-11-20/issue").status_code == 201
    page = client.get(PAGE, headers={"If-None-Match": page.headers["ETag"]})
    assert page.status_code == 200 and "Điều chỉnh lần 1" in _text(page) and page.headers["ETag"] != etag
    assert client.get(PAGE, headers={"If-None-Match": page.headers["ETag"]}).status_code == 304


def test_framing_the_embed_only_and_no_cookie(app, seeded):
    client = app.test_client()
    page, embed, feed = client.get(PAGE), client.get(EMBED), client.get(FEED)
    assert "frame-ancestors *" in embed.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in embed.headers
    assert page.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    for response in (page, embed, feed, client.get("/cong-khai/khong-co/lich-tuan"),
                     client.get("/cong-khai/van-phong/lich-tuan?ngay=abc")):
        assert "Set-Cookie" not in response.headers
    html = _text(embed)
    assert "Tuần trước" not in html and "<nav" not in html and "<a " not in html  # no navigation
    assert "Tuần trước" in _text(page) and "ngay=2023-11-13" in _text(page) and "ngay=2023-11-27" in _text(page)


def test_no_log_in_even_for_a_signed_in_clerk_it_is_the_same_page(app, seeded):
    from tests.test_web import login
    clerk = login(app)
    assert "Họp kín về nhân sự XYZQ" not in _text(clerk.get(PAGE))
    assert clerk.get(PAGE).headers["Cache-Control"] == "public, max-age=60"


@pytest.mark.parametrize("path, status, words", [
    ("/cong-khai/khong-co-co-quan/lich-tuan", 404, "Không tìm thấy cơ quan"),
    ("/cong-khai/khong-co-co-quan/lich-tuan/nhung", 404, "Không tìm thấy cơ quan"),
    ("/cong-khai/khong-co-co-quan/lich.ics", 404, "Không tìm thấy cơ quan"),
    ("/cong-khai/van-phong/lich-tuan?ngay=2023-13-01", 400, "Ngày không hợp lệ"),
    ("/cong-khai/van-phong/lich-tuan?ngay=20/11/2023", 400, "Ngày không hợp lệ"),
    ("/cong-khai/van-phong/lich-tuan/nhung?ngay=x", 400, "Ngày không hợp lệ"),
    ("/cong-khai/van-phong/lich-tuan?ngay=9999-01-01", 400, "Ngày không hợp lệ"),
])
def test_bad_input_is_a_vietnamese_page(app, path, status, words):
    response = app.test_client().get(path)
    assert response.status_code == status
    assert words in _text(response) and 'lang="vi"' in _text(response)


def test_each_office_has_its_own_public_page_with_only_its_own_events(app):
    """A province and a commune below it: each public address shows that office's public events only (not
    the communes' on the province's page), and the ETag of one does not move with the other's changes."""
    from service import auth, offices
    from tests.conftest import Api

    st = state(app)
    with st.sessions() as session:
        ctx = st.ctx(session, actor="test")
        province = offices.only_office(session)
        commune = offices.create(ctx, "xa-dong-son", "Văn phòng HĐND và UBND xã Đông Sơn", "xa", "hdnd_ubnd", province)
        province_key = auth.create_api_key(st.ctx(session, actor="test", office_id=province.id), "tỉnh", "office")
        session.info.clear()
        key = auth.create_api_key(st.ctx(session, actor="test", office_id=commune.id), "xã", "office")
        session.commit()
    commune_api = Api(app.test_client(), key)
    province_api = Api(app.test_client(), province_key)
    commune_api.created("/api/events", {"title": "Tiếp công dân xã Đông Sơn", "kind": "reception",
                                        "start": "2023-11-22", "slot": "morning"})
    province_api.created("/api/events", {"title": "Hội nghị tỉnh về chuyển đổi số", "start": "2023-11-22",
                                         "slot": "afternoon"})
    client = app.test_client()
    province_page = client.get("/cong-khai/van-phong/lich-tuan?ngay=2023-11-22")
    commune_page = client.get("/cong-khai/xa-dong-son/lich-tuan?ngay=2023-11-22")
    assert "Hội nghị tỉnh về chuyển đổi số" in _text(province_page)
    assert "Tiếp công dân xã Đông Sơn" not in _text(province_page)
    assert "Tiếp công dân xã Đông Sơn" in _text(commune_page) and "Hội nghị tỉnh" not in _text(commune_page)
    assert "Văn phòng HĐND và UBND xã Đông Sơn" in _text(commune_page)
    feed = client.get("/cong-khai/xa-dong-son/lich.ics").get_data(as_text=True)
    assert "Tiếp công dân xã Đông Sơn" in feed and "chuyển đổi số" not in feed
    before = commune_page.headers["ETag"]
    province_api.created("/api/events", {"title": "Họp khác của tỉnh", "start": "2023-11-23", "slot": "morning"})
    again = client.get("/cong-khai/xa-dong-son/lich-tuan?ngay=2023-11-22", headers={"If-None-Match": before})
    assert again.status_code == 304


def test_the_tag_moves_with_the_day_the_page_marks_as_today(app, seeded, clock):
    client = app.test_client()
    before = client.get(PAGE).headers["ETag"]
    clock.advance(days=1)
    assert client.get(PAGE, headers={"If-None-Match": before}).status_code == 200


@pytest.mark.parametrize("path", ["/cong-khai/van-phong/lich-tuan", "/cong-khai/van-phong/lich-tuan/nhung"])
@pytest.mark.parametrize("day, words", [("9999-12-27", "năm phải trong khoảng 2000–2100"),
                                        ("9999-12-31", "năm phải trong khoảng 2000–2100"),
                                        ("2100-12-31", "tuần từ 27/12/2100 đến 02/01/2101"),
                                        ("2000-01-01", "tuần từ 27/12/1999 đến 02/01/2000")])
def test_a_week_past_the_year_range_is_a_400_page_that_says_why(app, path, day, words):
    response = app.test_client().get(f"{path}?ngay={day}")
    assert response.status_code == 400
    assert "Ngày không hợp lệ" in response.get_data(as_text=True) and words in response.get_data(as_text=True)


def test_a_weak_if_none_match_gets_a_304_too(app, seeded):
    """nginx's gzip turns the strong tag into W/"…"; If-None-Match compares weakly (RFC 7232 3.2)."""
    client = app.test_client()
    for path in (PAGE, EMBED, FEED):
        etag = client.get(path).headers["ETag"]
        assert etag.startswith('"')
        assert client.get(path, headers={"If-None-Match": f"W/{etag}"}).status_code == 304, path
        assert client.get(path, headers={"If-None-Match": f'W/"x{etag[1:]}'}).status_code == 200, path
