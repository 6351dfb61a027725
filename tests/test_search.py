"""Search (/tim-kiem and service.search) on SQLite and PostgreSQL: every field it reads, accents folded both
ways, every word required, wildcards taken literally, bounded paging, one query whatever the number of
results, and refusals in Vietnamese naming the field."""
import re
import unicodedata

import pytest
from sqlalchemy import event

from service.context import state
from service.search import search_events, search_fold, sql_fold
from tests.directory_fixtures import make_directory
from tests.test_web import login


@pytest.fixture
def world(app, api):
    ids = make_directory(api)
    place = api.created("/api/locations", {"name": "Hội trường UBND huyện", "address": "Số 5 đường Trần Phú",
                                           "travel_minutes": 10})["id"]
    ids["briefing"] = api.created("/api/events", {
        "title": "Họp giao ban tuần", "start": "2023-11-20", "slot": "morning", "location_id": place,
        "chair_id": ids["binh"], "attendee_ids": [ids["dung"]], "unit_ids": [ids["tc"]], "group_ids": [ids["tthu"]],
        "agenda": [{"title": "Báo cáo tình hình", "unit_ids": [ids["tp"]]}]})["id"]
    ids["reception"] = api.created("/api/events", {
        "title": "Tiếp công dân định kỳ", "start": "2023-11-15", "all_day": True,
        "chair_text": "Đồng chí Chủ tịch UBND huyện", "attendees_text": "Đại diện Ban Tiếp công dân",
        "location": "Trụ sở Tiếp công dân"})["id"]
    ids["undated"] = api.created("/api/events", {"title": "Hội nghị 100% cán bộ_chủ chốt", "month": "2023-12"})["id"]
    return ids


def found(browser, q, **params) -> list[int]:
    page = browser.get("/tim-kiem", query_string={"q": q, **params})
    assert page.status_code == 200, page.get_data(as_text=True)
    return [int(i) for i in re.findall(r'data-event="(\d+)"', page.get_data(as_text=True))]


def test_folding():
    assert search_fold("Họp GIAO ban") == "hop giao ban"
    assert search_fold("Đồng chí Đức") == "dong chi duc"
    assert search_fold(unicodedata.normalize("NFD", "Hội trường")) == "hoi truong"  # typed decomposed
    assert sql_fold("Hội Trường ĐẢNG ỦY") == "hoi truong dang uy"  # what the database compares


def test_each_field_with_and_without_accents(app, world):
    browser = login(app, "xem", "viewer")  # every signed-in role searches
    briefing, reception = world["briefing"], world["reception"]
    assert found(browser, "hop giao ban") == [briefing]  # title
    assert found(browser, "HỌP GIAO BAN") == [briefing]
    assert found(browser, "hoi truong ubnd") == [briefing]  # place name
    assert found(browser, "tran phu") == [briefing]  # place address
    assert found(browser, "nguyen van binh") == [briefing]  # chair (a person of the directory)
    assert found(browser, "Dũng") == [briefing]  # attendee
    assert found(browser, "thuong truc huyen uy") == [briefing]  # group
    assert found(browser, "so tai chinh") == [briefing]  # attending unit
    assert found(browser, "tư pháp") == [briefing]  # unit preparing an agenda item
    assert found(browser, "dong chi chu tich") == [reception]  # chair as written
    assert found(browser, "dai dien ban tiep") == [reception]  # attendees as written
    assert found(browser, "tru so tiep cong dan") == [reception]  # place named by the event
    assert set(found(browser, "tiep")) == {reception}


def test_every_word_is_required_and_wildcards_are_literal(app, world):
    browser = login(app, "vanphong")
    assert found(browser, "giao ban binh") == [world["briefing"]]  # the words in different fields
    assert found(browser, "giao ban lan") == []
    assert found(browser, "100%") == [world["undated"]]
    assert found(browser, "%") == [world["undated"]]  # not "anything"
    assert found(browser, "_") == [world["undated"]]
    assert found(browser, "") == []


def test_results_read_as_a_list(app, world):
    page = login(app, "vanphong").get("/tim-kiem?q=giao+ban").get_data(as_text=True)
    item = page[page.index(f'data-event="{world["briefing"]}"'):]
    item = item[:item.index("</li>")]
    assert "20/11/2023" in item and "Buổi sáng" in item
    assert f'href="/su-kien/{world["briefing"]}"' in item and "Họp giao ban tuần" in item
    assert "Hội trường UBND huyện" in item and "Nguyễn Văn Bình" in item
    undated = login(app, "lan").get("/tim-kiem?q=can+bo").get_data(as_text=True)
    assert "Tháng 12/2023" in undated and "thông báo sau" in undated
    assert 'value="giao ban"' in page  # the search box keeps the words


def test_paging_is_bounded_and_complete(app, api):
    for day in range(1, 31):
        for slot in ("morning", "afternoon"):
            api.created("/api/events", {"title": f"Tiếp dân {slot} {day}", "start": f"2023-11-{day:02d}", "slot": slot})
    browser = login(app, "vanphong")
    first = browser.get("/tim-kiem?q=tiep+dan").get_data(as_text=True)
    assert first.count('data-event="') == 30 and "Xem thêm" in first
    pages = [found(browser, "tiep dan", trang=n) for n in (1, 2, 3)]
    assert [len(p) for p in pages] == [30, 30, 0]
    assert len(set(pages[0] + pages[1])) == 60  # no event twice, none left out
    assert "Xem thêm" not in browser.get("/tim-kiem?q=tiep+dan&trang=2").get_data(as_text=True)


def test_one_query_whatever_the_number_of_results(app, api, ctx):
    for i in range(40):
        api.created("/api/events", {"title": f"Kiểm tra {'đặc biệt' if i == 7 else i}", "start": "2023-11-21", "slot": "morning",
                                    "location": f"Xã {i}", "chair_text": "Đồng chí Phó Chủ tịch"})
    statements = []
    engine = state(app).engine

    def count(*_):
        statements.append(1)
    event.listen(engine, "before_cursor_execute", count)
    try:
        one, _ = search_events(ctx, "kiem tra dac biet")
        first = len(statements)
        many, more = search_events(ctx, "kiem tra", limit=40)
        second = len(statements) - first
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(one) == 1 and len(many) == 40 and not more
    assert first == second == 1


@pytest.mark.parametrize("params, field", [({"q": "x" * 201}, "q"), ({"q": " ".join("abcdefghijk")}, "q"),
                                           ({"q": "họp", "trang": "0"}, "trang"), ({"q": "họp", "trang": "9" * 50}, "trang"),
                                           ({"q": "họp", "trang": "-1"}, "trang")])
def test_refusals_name_the_field(app, params, field):
    page = login(app, "vanphong").get("/tim-kiem", query_string=params)
    assert page.status_code == 422
    assert f'data-field="{field}"' in page.get_data(as_text=True)


def test_the_header_has_the_search_box(app):
    page = login(app, "xem", "viewer").get("/lich").get_data(as_text=True)
    assert re.search(r'<form method="get" action="/tim-kiem"[^>]*role="search"', page)
    assert login(app, "anh", "viewer").get("/tim-kiem?q=h%E1%BB%8Dp").status_code == 200
    assert app.test_client().get("/tim-kiem?q=hop").status_code == 302  # signed-in staff only


def test_the_api_searches_alike(app, api, viewer, world):
    body = viewer.get("/api/search?q=hop+giao+ban").get_json()
    assert body["more"] is False
    (hit,) = body["events"]
    assert hit["id"] == world["briefing"] and hit["location"] == "Hội trường UBND huyện"
    assert hit["chair"] == "Nguyễn Văn Bình" and hit["start"].startswith("2023-11-20T07:30") and hit["slot"] == "morning"
    undated = api.get("/api/search?q=chu+chot").get_json()["events"][0]
    assert undated["start"] is None and undated["month"] == "2023-12"
    two = api.get("/api/search?q=h&limit=1").get_json()
    assert len(two["events"]) == 1 and two["more"] is True
    for bad in ("limit=0", "limit=101", "offset=-1", "limit=x", "q=" + "a" * 201, "q=h%00p"):
        response = api.get(f"/api/search?{bad}")
        assert response.status_code == 422, bad
        assert response.get_json()["error"]["fields"], bad
    assert app.test_client().get("/api/search?q=hop").status_code == 401
    assert "/api/search" in api.get("/api/openapi.json").get_json()["paths"]


def test_the_page_does_not_grow_its_queries_with_the_results(app, api):
    for i in range(30):
        api.created("/api/events", {"title": f"Kiểm tra {'đặc biệt' if i == 7 else i}", "start": "2023-11-21",
                                    "slot": "morning", "location": f"Xã {i}", "chair_text": "Đồng chí Phó Chủ tịch"})
    browser = login(app, "vanphong")
    statements = []
    engine = state(app).engine

    def count(*_):
        statements.append(1)
    event.listen(engine, "before_cursor_execute", count)
    try:
        sizes = []
        for q in ("kiem tra dac biet", "kiem tra"):
            before = len(statements)
            page = browser.get("/tim-kiem", query_string={"q": q}).get_data(as_text=True)
            sizes.append((page.count('data-event="'), len(statements) - before))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    (one, one_queries), (many, many_queries) = sizes
    assert (one, many) == (1, 30)
    assert one_queries == many_queries <= 4  # the user, the office's name, the search (and nothing per result)
