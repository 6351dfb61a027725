"""The public weekly page as a portal reader sees it, in Debian's Chromium at 1366 px and on a 390-px phone,
and the embed in an iframe of another page: screenshots to test-artifacts/screenshots/ (7x-cong-khai-*)."""
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from playwright.sync_api import expect

from tests.conftest import Api, _new_key
from tests.pg_server import free_port
from tests.test_browser import SHOTS, chromium, shot, site  # noqa: F401 - fixtures
from tests.test_browser_week import broken_words, office_week  # noqa: F401 - fixture

PUBLIC = "/cong-khai/van-phong/lich-tuan?ngay=2023-11-22"


@pytest.fixture(scope="module")
def public_week(site, office_week):  # noqa: F811
    app = site["app"]
    api = Api(app.test_client(), _new_key(app, "office"))
    api.created("/api/events", {"title": "Họp kín chuẩn bị nhân sự (không công khai)", "start": "2023-11-20",
                                "slot": "morning", "public": False, "location": "Phòng họp riêng"})
    assert api.post("/api/weeks/2023-11-20/issue").status_code == 201
    api.patch(f"/api/events/{office_week[0]['id']}", {"location": "Hội trường UBND huyện (tầng 2)"})
    assert api.post("/api/weeks/2023-11-20/issue").status_code == 201  # the public page stamps issued versions only
    return office_week


@pytest.mark.parametrize("width", [1366, 390])
def test_the_public_week(site, chromium, public_week, width):  # noqa: F811
    page = chromium.new_page(viewport={"width": width, "height": 900}, locale="vi-VN", is_mobile=width < 500)
    response = page.goto(site["url"] + PUBLIC)
    assert response.status == 200 and "set-cookie" not in response.headers
    expect(page.locator("h1")).to_have_text("Lịch công tác tuần")
    expect(page.locator(".public-head .stamp")).to_have_text("Điều chỉnh lần 1")
    expect(page.locator("table.public-week")).to_contain_text("Hội trường UBND huyện (tầng 2)")
    expect(page.locator("body")).not_to_contain_text("Họp kín chuẩn bị nhân sự")
    for unit in ("Phòng Nội vụ", "Phòng Dân tộc", "Sở Tài chính"):  # preparing units stay private
        expect(page.locator("body")).not_to_contain_text(unit)
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 2  # no sideways scrolling
    assert broken_words(page, "main") == []
    if width < 500:
        expect(page.locator("table.public-week thead")).to_be_hidden()
        expect(page.locator("tr.day-head").first).to_be_visible()
        shot(page, "71-cong-khai-lich-tuan-dien-thoai")
    else:
        expect(page.locator("table.public-week thead")).to_be_visible()
        shot(page, "70-cong-khai-lich-tuan")
    page.close()


def test_the_embed_in_an_iframe(site, chromium, public_week):  # noqa: F811
    page = chromium.new_page(viewport={"width": 1100, "height": 900}, locale="vi-VN")
    embed = site["url"] + "/cong-khai/van-phong/lich-tuan/nhung?ngay=2023-11-22"
    # A portal's page on another origin: a small server of its own on another port of loopback.
    portal = (f'<!doctype html><meta charset="utf-8"><h2 style="font-family:sans-serif">Cổng thông tin điện tử</h2>'
              f'<iframe src="{embed}" style="width:100%;height:780px;border:1px solid #999"></iframe>').encode()

    class Portal(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(portal)

        def log_message(self, *args):
            pass
    server = HTTPServer(("127.0.0.1", free_port()), Portal)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page.goto(f"http://127.0.0.1:{server.server_port}/lich-cong-tac")
    frame = page.frame_locator("iframe")
    expect(frame.locator("table.public-week")).to_be_visible()
    expect(frame.locator("body")).to_contain_text("Điều chỉnh lần 1")
    shot(page, "72-cong-khai-nhung")
    page.close()
    server.shutdown()
