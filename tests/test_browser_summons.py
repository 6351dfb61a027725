"""A summons in the summoned commune's browser: from its month calendar to the read-only page of the province
event, at 1366 px and on a 390-px phone: screenshots to test-artifacts/screenshots/ (summons-*)."""
import threading
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from service.context import state
from tests import test_browser, test_summons
from tests.pg_server import free_port
from tests.test_browser import shot
from tests.test_browser_week import broken_words, overflowing
from tests.test_office_isolation import PASSWORD
from tests.test_summons import _summon

chromium, world = test_browser.chromium, test_summons.world  # fixtures


@pytest.fixture
def db_url(tmp_path):
    """SQLite only, as the other browser tests (the page itself is tested on both databases: test_summons)."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def config_overrides(tmp_path):
    return {"base_url": f"http://127.0.0.1:{free_port()}", "outbox_dir": tmp_path / "outbox"}


@pytest.fixture
def served(app):
    server = make_server("127.0.0.1", urlparse(state(app).config.base_url).port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state(app).config.base_url
    server.shutdown()


@pytest.mark.parametrize("width", [1366, 390])
def test_the_commune_opens_the_summons_from_its_calendar(app, world, served, chromium, width):
    a, b = world["a"], world["b"]
    summons = _summon(world, title="Hội nghị trực tuyến triển khai chuyển đổi số và Đề án 06 năm 2024",
                      attendee_ids=[a["chair"], b["chair"]], group_ids=[world["p"]["chairmen"], a["group"]],
                      unit_ids=[a["unit"]], agenda=[
                          {"number": 1, "title": "Báo cáo kết quả thực hiện chuyển đổi số năm 2023 của xã alphaz",
                           "unit_ids": [a["unit"]], "deadline": "2023-11-14"},
                          {"number": 2, "title": "Báo cáo của xã bravoz", "unit_ids": [b["unit"]]}])
    page = chromium.new_page(viewport={"width": width, "height": 900}, locale="vi-VN", is_mobile=width < 500)
    page.goto(f"{served}/dang-nhap")
    page.fill("input[name=username]", "user-ax")
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Đăng nhập", exact=True).click()
    page.goto(f"{served}/xa-a/lich?thang=2023-11")
    entry = page.locator(f'a[href="/xa-a/su-kien/{summons["id"]}"]').first
    expect(entry).to_contain_text("Triệu tập: Văn phòng UBND tỉnh Pê")
    if width < 500:
        page.goto(f"{served}/xa-a/lich/tuan?ngay=2023-11-21")  # the phone's calendar is the week's list
        entry = page.locator(f'a[href="/xa-a/su-kien/{summons["id"]}"]').first
        expect(entry.locator("..")).to_contain_text("Triệu tập: Văn phòng UBND tỉnh Pê")
    shot(page, f"summons-lich-{width}")
    entry.click()
    expect(page.locator("h1")).to_contain_text("Đề án 06 năm 2024")
    expect(page.locator("#summons")).to_contain_text("Triệu tập: Văn phòng UBND tỉnh Pê")
    expect(page.locator("#agenda tbody tr")).to_have_count(1)
    expect(page.locator("main")).not_to_contain_text("bravoz")
    expect(page.locator("main form")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 2  # no sideways scrolling
    assert broken_words(page, "main") == []
    assert overflowing(page) == []
    shot(page, f"summons-su-kien-{width}")
    page.close()
