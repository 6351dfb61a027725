"""The week as offices write it (/lich/tuan) and the month grid's days (/lich), through the test client on
both databases: rows by day and buổi, the five columns, statuses in words, spans, holidays, filters kept
when paging, the app's clock for "Hôm nay", bad dates a Vietnamese 404."""
import re
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest

from tests.conftest import HANOI
from tests.directory_fixtures import make_directory
from tests.test_web import login


def text(node) -> str:
    return " ".join(node.text_content().split())


def _xpath(selector: str) -> str:
    """The few CSS selectors these tests use ("tbody.day-block[data-day] th.day", 'a[href="x"]') as
    XPath (lxml's cssselect needs a package the project does not install)."""
    steps = []
    for part in selector.split():
        match = re.fullmatch(r"([\w*]*)((?:\.[\w-]+)*)((?:\[[\w-]+(?:=\"[^\"]*\"|=[\w-]+)?\])*)", part)
        tag, classes, attrs = match.groups()
        tests = [f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in classes.split(".")[1:]]
        for name, value in re.findall(r"\[([\w-]+)(?:=\"?([^\"\]]*)\"?)?\]", attrs):
            tests.append(f'@{name}="{value}"' if value else f"@{name}")
        steps.append("descendant::" + (tag or "*") + "".join(f"[{t}]" for t in tests))
    return "/".join(steps)


def css(node, selector: str) -> list:
    return node.xpath(_xpath(selector))


@pytest.fixture
def week(app, api):
    ids = make_directory(api)
    made = {
        "briefing": api.created("/api/events", {
            "title": "Họp giao ban Lãnh đạo UBND huyện", "start": "2023-11-20", "slot": "morning",
            "chair_id": ids["binh"], "group_ids": [ids["leaders"]], "location": "Phòng họp số 1",
            "agenda": [{"number": 1, "title": "Báo cáo công tác tuần", "unit_ids": [ids["tc"], ids["nv"]],
                        "lead_unit_id": ids["nv"]}]}),
        "reception": api.created("/api/events", {
            "title": "Tiếp công dân định kỳ", "kind": "reception", "status": "tentative",
            "start": "2023-11-20T14:00:00+07:00", "end": "2023-11-20T16:30:00+07:00", "chair_id": ids["dung"],
            "location": "Trụ sở tiếp công dân"}),
        "series": api.created("/api/events", {
            "title": "Sinh hoạt chuyên đề chiều thứ Hai", "start": "2023-11-13", "slot": "afternoon",
            "rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=4",
            "exceptions": [{"original_start": "2023-11-20T13:30:00+07:00", "cancelled": True}]}),
        "session": api.created("/api/events", {
            "title": "Kỳ họp thứ 12 HĐND huyện", "start": "2023-11-21", "status": "cancelled",
            "attendees_text": "Đại biểu HĐND huyện", "unit_ids": [ids["vp"]]}),
        "games": api.created("/api/events", {
            "title": "Hội thao cán bộ, công chức", "kind": "multi_day", "start": "2023-11-19", "end": "2023-11-23"}),
        "evening": api.created("/api/events", {
            "title": "Giao lưu văn nghệ", "start": "2023-11-22", "slot": "evening", "attendee_ids": [ids["lan"]]}),
        "other_week": api.created("/api/events", {"title": "Họp tuần sau", "start": "2023-11-27", "slot": "morning",
                                                  "chair_id": ids["lan"]}),
    }
    return ids, made


def page_of(browser, path):
    response = browser.get(path)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return lxml.html.fromstring(response.get_data(as_text=True))


def test_week_rows_by_day_and_buoi_with_the_five_columns(app, week, clock):
    ids, made = week
    clock.set(datetime(2023, 11, 22, 9, 0, tzinfo=HANOI))
    doc = page_of(login(app), "/lich/tuan?ngay=2023-11-22")
    assert text(css(doc, "h1")[0]) == "Lịch công tác tuần 20/11 – 26/11/2023"
    headings = [text(th) for th in css(doc, "table.week-sheet thead th")]
    assert headings == ["Thứ, ngày", "Buổi", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm", "Chuẩn bị"]
    days = css(doc, "table.week-sheet tbody.day-block[data-day]")
    assert [d.get("data-day") for d in days] == [f"2023-11-{n}" for n in range(20, 27)]

    monday = days[0]
    day_cell = css(monday, "th.day")[0]
    assert text(day_cell) == "Thứ Hai, 20/11/2023" and day_cell.get("rowspan") == "3"
    rows = css(monday, "tr.event")
    assert [text(css(r, "td.buoi")[0]) for r in rows if css(r, "td.buoi")] == ["Sáng", "Chiều"]
    assert css(monday, "td.buoi")[1].get("rowspan") == "2"  # the reception and the series' cancelled Monday
    briefing = [text(css(rows[0], "td.content a")[0])] + [text(td) for td in css(rows[0], "td")[2:]]
    assert briefing == ["Họp giao ban Lãnh đạo UBND huyện", "Nguyễn Văn Bình", "Lãnh đạo UBND huyện",
                        "Phòng họp số 1", "Phòng Nội vụ, Sở Tài chính"]  # the lead unit first
    link = css(rows[0], "td.content a")[0]
    assert link.get("href") == f"/su-kien/{made['briefing']['id']}"
    assert "Hoãn" in text(css(rows[1], "td.content")[0])  # 13:30: this Monday of the series is not held
    reception = text(css(rows[2], "td.content")[0])
    assert "14:00–16:30" in reception and "Dự kiến" in reception  # the status in words, not by colour only

    tuesday = days[1]
    assert "Đã hủy" in text(css(tuesday, "td.content")[0])
    assert [text(css(tuesday, "td.buoi")[0])] == ["Cả ngày"]
    assert "Văn phòng HĐND và UBND huyện" in text(css(tuesday, "tr.event")[0])
    wednesday = days[2]
    assert text(css(wednesday, "td.buoi")[0]) == "Tối" and "Phạm Thị Lan" in text(wednesday)
    # "Hôm nay" by the app's clock (22/11/2023), on that day only.
    assert [d.get("data-day") for d in days if "Hôm nay" in text(css(d, "th.day")[0])] == ["2023-11-22"]
    assert "Không có lịch" in text(days[3])  # a day with nothing says so
    assert "Nghỉ" in text(days[5])  # Saturday

    # The 5-day span once, above the days, with its dates; the next week's meeting not at all.
    spans = css(doc, "tbody.spans tr.event")
    assert len(spans) == 1 and "19/11–23/11/2023" in text(spans[0]) and "Hội thao" in text(spans[0])
    assert "Họp tuần sau" not in text(doc)
    assert css(doc, "button[data-print]") and "In" in text(css(doc, "button[data-print]")[0])


def test_week_paging_keeps_the_filters(app, week):
    ids, _ = week
    browser = login(app)
    doc = page_of(browser, f"/lich/tuan?ngay=2023-11-20&person_id={ids['lan']}")
    # Lan: her evening, the leaders' briefing (she is one of them); not Dũng's reception.
    assert "Giao lưu văn nghệ" in text(doc) and "Họp giao ban" in text(doc) and "Tiếp công dân" not in text(doc)
    links = {text(a): a.get("href") for a in css(doc, "nav.pager a")}
    for label, monday in (("← Tuần trước", "2023-11-13"), ("Tuần sau →", "2023-11-27"), ("Tuần này", "2023-10-30")):
        query = parse_qs(urlsplit(links[label]).query)
        assert query == {"ngay": [monday], "person_id": [str(ids["lan"])]}, (label, links[label])
    following = page_of(browser, links["Tuần sau →"])
    assert "Họp tuần sau" in text(following)  # Lan chairs it
    hidden = {i.get("name"): i.get("value") for i in css(doc, "form.toolbar input[type=hidden]")}
    assert hidden == {"ngay": "2023-11-20"}  # the filter form keeps the week


def test_an_event_on_a_public_holiday_is_flagged(app, api):
    make_directory(api)
    api.created("/api/events", {"title": "Họp trực ban dịp lễ", "start": "2023-09-02", "slot": "morning"})
    api.created("/api/events", {"title": "Họp thường kỳ", "start": "2023-08-31", "slot": "morning"})
    browser = login(app)
    week = page_of(browser, "/lich/tuan?ngay=2023-08-28")
    saturday = css(week, 'tbody.day-block[data-day="2023-09-02"]')[0]
    assert "holiday" in saturday.get("class") and "Quốc khánh" in text(css(saturday, "th.day")[0])
    assert "⚠ Ngày nghỉ lễ: Quốc khánh" in text(css(saturday, "td.content")[0])
    thursday = css(week, 'tbody.day-block[data-day="2023-08-31"]')[0]
    assert "⚠" not in text(thursday)

    month = page_of(browser, "/lich?thang=2023-09")
    cell = css(month, '.month .cell[data-day="2023-09-02"]')[0]
    assert "⚠ Ngày nghỉ lễ: Quốc khánh" in text(cell)
    assert text(css(month, '.month .day-name[data-day="2023-09-01"]')[0]) == "Quốc khánh"
    assert "⚠" not in text(css(month, '.month .cell[data-day="2023-08-31"]')[0])


def test_month_shades_weekends_holidays_and_office_days(app, api, clock):
    make_directory(api)
    for body in ({"day": "2023-09-05", "kind": "day_off", "label": "Nghỉ bù Đại hội"},
                 {"day": "2023-09-09", "kind": "working_day", "label": "Làm bù ngày 05/9"}):
        assert api.call("PUT", "/api/calendar/exceptions", json=body).status_code in (200, 201)
    clock.set(datetime(2023, 9, 12, 10, 0, tzinfo=HANOI))
    doc = page_of(login(app), "/lich?thang=2023-09")
    kinds = {}
    for week in css(doc, ".month .week"):
        days = [a.get("data-day") for a in css(week, "a.daynum")]
        for day, bg in zip(days, css(week, ".bg")):
            kinds[day] = bg.get("class").split()
    assert "holiday" in kinds["2023-09-02"] and "holiday" in kinds["2023-09-04"]  # Quốc khánh (nghỉ bù)
    assert "holiday" in kinds["2023-09-05"]  # the office's own day off
    assert "makeup" in kinds["2023-09-09"] and "weekend" in kinds["2023-09-10"]
    assert "weekend" not in kinds["2023-09-08"] and "holiday" not in kinds["2023-09-08"]
    names = {n.get("data-day"): text(n) for n in css(doc, ".month .day-name")}
    assert names["2023-09-05"] == "Nghỉ bù Đại hội" and names["2023-09-09"] == "Làm bù ngày 05/9"
    assert names["2023-09-04"] == "Quốc khánh (nghỉ bù)"
    # "Hôm nay" from the app's clock (12/09/2023), not the machine's date.
    today = css(doc, ".month a.daynum.today")
    assert [a.get("data-day") for a in today] == ["2023-09-12"]
    assert "Hôm nay" in text(today[0].getparent())
    assert "today" in kinds["2023-09-12"]


def test_month_paging_keeps_the_filters(app, week):
    ids, _ = week
    doc = page_of(login(app), f"/lich?thang=2023-11&unit_id={ids['nv']}&group_id={ids['leaders']}")
    assert "Họp giao ban" in text(css(doc, ".month")[0])
    assert "Giao lưu văn nghệ" not in text(css(doc, ".month")[0])
    links = {text(a): a.get("href") for a in css(doc, "nav.pager a")}
    for label, month in (("← Tháng trước", "2023-10"), ("Tháng sau →", "2023-12"), ("Tháng này", "2023-11")):
        assert parse_qs(urlsplit(links[label]).query) == {"thang": [month], "unit_id": [str(ids["nv"])],
                                                          "group_id": [str(ids["leaders"])]}, label
    assert parse_qs(urlsplit(links["Xem theo tuần"]).query)["unit_id"] == [str(ids["nv"])]
    assert css(doc, "button[data-print]")


def test_day_page_names_the_holiday_and_the_status(app, week):
    doc = page_of(login(app), "/lich/ngay/2023-11-21")
    assert "Đã hủy" in text(doc) and "Hội thao" in text(doc)
    doc = page_of(login(app, "xem", "viewer"), "/lich/ngay/2023-09-02")
    assert "Quốc khánh" in text(css(doc, "h1")[0])


@pytest.mark.parametrize("path", ["/lich/tuan?ngay=0001-01-01", "/lich/tuan?ngay=2023-13-01", "/lich/tuan?ngay=%00",
                                  "/lich/tuan?ngay=2100-12-31", "/lich?thang=2023-1101", "/lich?thang=x",
                                  "/lich/ngay/garbage"])
def test_bad_dates_are_a_vietnamese_404(app, path):
    response = login(app).get(path)
    assert response.status_code == 404 and 'lang="vi"' in response.get_data(as_text=True)


def test_garbage_filters_are_ignored(app, week):
    response = login(app).get("/lich/tuan?ngay=2023-11-20&person_id=abc&unit_id=99999999999999&group_id=-1")
    assert response.status_code == 200 and "Họp giao ban" in response.get_data(as_text=True)
