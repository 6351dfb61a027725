"""A weekly briefing and the papers for a meeting, handled from the pages in a real Chromium at 1366 and
390 px: the coming Mondays with Tết Dương lịch skipped, one Monday cancelled, one moved, the holiday held
anyway, the series ended; a unit's papers marked handed in, and "Việc phải nộp". Screenshots go to
test-artifacts/screenshots/ (series-*, due-*)."""
import pytest
from playwright.sync_api import expect

from service.context import state
from tests.conftest import Api, _new_key
from tests.test_browser import chromium, log_in, shot, site  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def made(site):
    api = Api(site["app"].test_client(), _new_key(site["app"], "office"))
    unit = api.created("/api/units", {"name": "Phòng Tài chính - Kế hoạch huyện", "emails": ["tckh@example.gov.vn"]})["id"]
    other = api.created("/api/units", {"name": "Phòng Nội vụ huyện", "emails": ["nv@example.gov.vn"]})["id"]
    briefing = api.created("/api/events", {"title": "Giao ban lãnh đạo UBND huyện đầu tuần", "start": "2023-12-18",
                                           "slot": "morning", "rrule": "FREQ=WEEKLY;BYDAY=MO",
                                           "location": "Phòng họp tầng 2, trụ sở UBND huyện"})
    meeting = api.created("/api/events", {
        "title": "Họp UBND huyện thường kỳ tháng 11 năm 2023", "start": "2023-11-08", "slot": "morning",
        "agenda": [{"number": 1, "title": "Báo cáo tình hình kinh tế - xã hội tháng 10, nhiệm vụ tháng 11 năm 2023",
                    "unit_ids": [unit, other]},
                   {"number": 2, "title": "Tờ trình phân bổ kinh phí sự nghiệp giáo dục", "unit_ids": [unit],
                    "deadline": "2023-10-27"}]})
    return {"api": api, "unit": unit, "briefing": briefing, "meeting": meeting}


def _no_overflow(page):
    """No element is wider than the phone's screen (a clerk would have to scroll sideways)."""
    wide = page.evaluate("""() => [...document.querySelectorAll('main *')]
        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40))""")
    assert wide == [], wide


@pytest.mark.parametrize("width", [390, 1366])  # the phone first: it reads the page before the changes
def test_series_from_the_event_page(site, chromium, made, width):
    url, eid = site["url"], made["briefing"]["id"]
    page = chromium.new_page(viewport={"width": width, "height": 900}, locale="vi-VN", is_mobile=width < 500)
    log_in(page, url)
    page.goto(f"{url}/su-kien/{eid}")
    table = page.locator("#occurrences")
    expect(table.locator('tr[data-day="2024-01-01"]')).to_contain_text("Không họp — Tết Dương lịch (tự động)")
    expect(page.locator("#holidays")).to_contain_text("Không họp: 01/01/2024 — Tết Dương lịch")
    if width == 390:
        _no_overflow(page)
    shot(page, f"series-1-coming-{width}")
    if width != 1366:
        return  # the changes once; the phone reads the same page
    # Cancel Monday 25/12, move 08/01 to Tuesday afternoon, hold Tết Dương lịch anyway.
    table.locator('tr[data-day="2023-12-25"]').get_by_role("button", name="Hủy lần này").click()
    expect(page.locator(".flash")).to_contain_text("Đã hủy lần họp Thứ Hai, 25/12/2023")
    row = page.locator('#occurrences tr[data-day="2024-01-08"]')
    row.locator("summary", has_text="Dời lần này").click()
    row.locator("input[name=new_date]").fill("09/01/2024")
    row.locator("select[name=slot]").select_option("afternoon")
    shot(page, "series-2-move-form-1366")
    row.get_by_role("button", name="Dời", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("sang Thứ Ba, 09/01/2024")
    expect(page.locator('#occurrences tr[data-day="2024-01-08"]')).to_contain_text("Dời sang 13:30–17:00, thứ Ba, 09/01/2024")
    page.locator("details.holidays summary").click()  # ten holidays: the list starts closed
    page.locator("#holidays li", has_text="01/01/2024").get_by_role("button", name="Vẫn họp ngày này").click()
    expect(page.locator("#holidays")).to_contain_text("Vẫn họp: 01/01/2024 — Tết Dương lịch")
    expect(page.locator('#occurrences tr[data-day="2024-01-01"]')).to_contain_text("Vẫn họp (dù là Tết Dương lịch)")
    shot(page, "series-3-changed-1366")
    # A wrong date is said on the page, in Vietnamese, naming the field.
    page.locator("#end-series summary").click()
    page.fill("#end-series input[name=until]", "31/13/2024")
    page.get_by_role("button", name="Kết thúc chuỗi").click()
    expect(page.locator("#error")).to_contain_text("ngày kết thúc chuỗi")
    expect(page.locator("#end-series input[name=until]")).to_have_value("31/13/2024")  # open, as typed
    shot(page, "series-4-error-1366")
    page.fill("#end-series input[name=until]", "31/01/2024")
    page.get_by_role("button", name="Kết thúc chuỗi").click()
    expect(page.locator(".flash")).to_contain_text("Đã kết thúc chuỗi vào ngày 31/01/2024")
    expect(page.locator('#occurrences tr[data-day="2024-02-05"]')).to_have_count(0)
    shot(page, "series-5-ended-1366")
    body = made["api"].get(f"/api/events/{eid}").get_json()
    assert body["rrule"].endswith("UNTIL=20240131T165959Z") and body["holidays_kept"] == ["2024-01-01"]


@pytest.mark.parametrize("width", [390, 1366])  # the phone first: it reads the page before the changes
def test_papers_marked_and_the_due_page(site, chromium, made, width):
    url, meeting = site["url"], made["meeting"]
    page = chromium.new_page(viewport={"width": width, "height": 900}, locale="vi-VN", is_mobile=width < 500)
    log_in(page, url)
    page.goto(f"{url}/viec-phai-nop")
    section = page.locator(f'.unit-due[data-unit="{made["unit"]}"]')
    expect(section).to_contain_text("Tờ trình phân bổ kinh phí sự nghiệp giáo dục")
    expect(section).to_contain_text("quá 5 ngày")
    if width == 390:
        _no_overflow(page)
    shot(page, f"due-1-all-units-{width}")
    page.goto(f"{url}/su-kien/{meeting['id']}")
    if width == 390:
        _no_overflow(page)
    shot(page, f"due-2-agenda-{width}")
    if width != 1366:
        return
    first = page.locator("#agenda tbody tr").first
    first.locator("summary", has_text="Ghi nhận đã nộp").click()
    first.locator("select[name=unit_id]").select_option(str(made["unit"]))
    first.locator("input[name=by]").fill("Chị Hoa, văn thư phòng TC-KH")
    shot(page, "due-3-mark-form-1366")
    first.get_by_role("button", name="Đã nộp", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("Đã ghi nhận đã nộp")
    expect(page.locator("#agenda tbody tr").first).to_contain_text("Chị Hoa, văn thư phòng TC-KH")
    shot(page, "due-4-marked-1366")
    page.locator("#agenda tbody tr").first.get_by_role("button", name="Bỏ đánh dấu").click()
    expect(page.locator(".flash")).to_contain_text("Đã bỏ đánh dấu đã nộp")
    with state(site["app"]).sessions() as session:
        from service.models import Preparation  # noqa: PLC0415
        assert session.get(Preparation, (meeting["agenda"][0]["id"], made["unit"])).submitted_at is None
