"""The main journeys in a real browser: Debian's Chromium driven by Playwright against the app served on
loopback. Screenshots of every page go to test-artifacts/screenshots/ (desktop and a 390-px phone)."""
import email
import email.policy
import os
import re
import subprocess
import threading
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright
from werkzeug.serving import make_server

from notifications.scheduler import dispatch_once
from service import create_app
from service.context import state
from service.auth import create_user
from service.clock import FixedClock
from service.db import Base
from tests.conftest import HANOI, SAMPLES, Api, _new_key, make_config
from tests.directory_fixtures import make_directory
from tests.pg_server import free_port

ROOT = Path(__file__).resolve().parent.parent
SHOTS = Path(os.environ.get("SCREENSHOT_DIR", ROOT / "test-artifacts" / "screenshots"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PASSWORD = "mat-khau-dai-du"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The app on a free loopback port (SQLite, clock at 01/11/2023 08:00, mail to a folder), with the
    directory of the samples and an office account."""
    folder = tmp_path_factory.mktemp("site")
    port = free_port()
    app = create_app(make_config(f"sqlite:///{folder / 'site.db'}", base_url=f"http://127.0.0.1:{port}",
                                 outbox_dir=folder / "outbox"), clock=FixedClock(datetime(2023, 11, 1, 8, 0, tzinfo=HANOI)))
    st = state(app)
    Base.metadata.create_all(st.engine)
    ids = make_directory(Api(app.test_client(), _new_key(app, "office")))
    with st.sessions() as session:
        create_user(st.ctx(session), "vanphong", "Chị Lan (Văn phòng)", "office", PASSWORD)
        session.commit()
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"app": app, "url": f"http://127.0.0.1:{port}", "ids": ids, "folder": folder}
    server.shutdown()


@pytest.fixture(scope="module")
def chromium():
    assert os.path.exists(CHROMIUM), f"Chromium not found at {CHROMIUM} (.ci/run installs Debian's chromium)"
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def shot(page, name):
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def log_in(page, url):
    page.goto(f"{url}/dang-nhap")
    page.fill("input[name=username]", "vanphong")
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Đăng nhập", exact=True).click()


def test_office_journey(site, chromium):
    url = site["url"]
    page = chromium.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page.goto(f"{url}/lich")
    expect(page).to_have_url(re.compile("/dang-nhap"))
    shot(page, "01-dang-nhap")
    log_in(page, url)
    expect(page.locator("h1")).to_contain_text("Lịch công tác tháng 11 năm 2023")

    # Import the Mường Lát sample: preview first, then commit.
    page.goto(f"{url}/nhap")
    with open(f"{SAMPLES}/muong-lat-2023-11.txt", encoding="utf-8") as f:
        page.fill("textarea[name=text]", f.read())
    shot(page, "02-nhap-chuong-trinh")
    page.get_by_role("button", name="Xem trước", exact=True).click()
    expect(page.locator("#preview tbody tr")).to_have_count(19)
    expect(page.locator(".warning")).to_contain_text("Các phòng, ban, đơn vị")
    shot(page, "03-xem-truoc")
    page.get_by_role("button", name="Ghi vào lịch", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("19 sự kiện mới")

    # The month: 01–18/11 as one span; the reception days 01, 08, 15 and 20.
    segments = page.locator('.month a.span[data-span="2023-11-01/2023-11-18"]')
    expect(segments).to_have_count(3)  # one bar per week row: We 01 – Su 05, 06–12, 13 – Sa 18
    expect(segments.first).to_contain_text("ngày hội Đại đoàn kết")
    box = segments.first.bounding_box()
    assert box["width"] > 4 * page.locator('.month a.daynum[data-day="2023-11-01"]').bounding_box()["width"]
    for day in ("01", "08", "15", "20"):
        expect(page.locator(f'.month .cell[data-day="2023-11-{day}"]')).to_contain_text("tiếp công dân")
    expect(page.locator('.month .cell[data-day="2023-11-02"] .tentative').first).to_be_visible()
    shot(page, "04-lich-thang")

    # 02/11: both conferences (Dũng's in the morning, the traffic-safety one in the afternoon).
    page.click('.month a.daynum[data-day="2023-11-02"]')
    expect(page.locator("h1")).to_contain_text("02/11/2023")
    expect(page.locator("main")).to_contain_text("Hội nghị triển khai thực hiện Kế hoạch số 168-KH/TU")
    expect(page.locator("main")).to_contain_text("Hội nghị trực tuyến toàn quốc chuyên đề")
    shot(page, "05-ngay-02-11")
    page.goto(f"{url}/lich/tuan?ngay=2023-11-02")
    expect(page.locator('td[data-day="2023-11-02"][data-row="afternoon"]')).to_contain_text("Hội nghị trực tuyến")
    shot(page, "06-lich-tuan")

    # A meeting that clashes with Dũng's conference: the warning comes before anything is saved.
    page.goto(f"{url}/su-kien/moi")
    page.fill("input[name=title]", "Họp giao ban đột xuất")
    page.fill("input[name=date]", "2023-11-02")
    page.select_option("select[name=slot]", "morning")
    page.select_option("select[name=chair_id]", str(site["ids"]["dung"]))
    page.fill('input.filter[data-target="#units-0"]', "tài chính")
    page.get_by_role("button", name="Lưu", exact=True).click()
    warning = page.locator("#conflicts")
    expect(warning).to_contain_text("Hoàng Văn Dũng")
    expect(warning.locator("a").first).to_contain_text("Hội nghị triển khai thực hiện")
    shot(page, "07-canh-bao-trung-lich")
    page.check("input[name=confirm_conflicts]")
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("xung đột")
    shot(page, "08-su-kien")

    page.goto(f"{url}/xung-dot?thang=2023-11")
    expect(page.locator("main")).to_contain_text("Người bị trùng lịch")
    shot(page, "09-xung-dot")
    page.goto(f"{url}/danh-ba")
    shot(page, "10-danh-ba")

    # A leader's subscription page: the QR code decodes to the feed URL shown beside it.
    page.goto(f"{url}/dang-ky")
    page.click("text=Nguyễn Văn Bình")
    webcal = page.locator("#webcal-url").inner_text()
    assert webcal.startswith("webcal://127.0.0.1:") and webcal.endswith(".ics")
    page.locator("#qr svg").screenshot(path=str(SHOTS / "qr.png"))
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(SHOTS / "qr.png")], capture_output=True, text=True)
    assert decoded.stdout.strip() == webcal, decoded.stderr
    shot(page, "11-dang-ky-lich")
    page.close()


def test_reminder_link_marks_an_item_submitted(site, chromium):
    api = Api(site["app"].test_client(), _new_key(site["app"], "office"))
    event = api.created("/api/events", {"title": "Kỳ họp HĐND huyện", "start": "2023-11-21", "slot": "morning",
                                        "agenda": [{"number": 1, "title": "Báo cáo kinh tế - xã hội",
                                                    "unit_ids": [site["ids"]["vp"]]}]})
    summary = dispatch_once(site["app"], datetime(2023, 11, 9, 7, 30, tzinfo=HANOI))
    assert summary.emails >= 1
    mails = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
             for p in (site["folder"] / "outbox").glob("*.eml")]
    text = next(m for m in mails if m["To"] == "vp@example.gov.vn").get_body(("plain",)).get_content()
    link = re.search(r"http://127\.0\.0\.1:\d+/nhac-viec/da-nop/[\w.-]+", text).group(0)
    page = chromium.new_page(viewport={"width": 390, "height": 844}, locale="vi-VN")
    page.goto(link)
    expect(page.locator("main, body").first).to_contain_text("Xác nhận đơn vị đã nộp tài liệu")
    shot(page, "12-lien-ket-da-nop")
    page.get_by_role("button", name="Đã nộp tài liệu", exact=True).click()
    expect(page.locator("body")).to_contain_text("Đã ghi nhận")
    shot(page, "13-da-ghi-nhan")
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["submitted_at"] is not None
    page.close()


def test_phone_screen(site, chromium):
    url = site["url"]
    page = chromium.new_page(viewport={"width": 390, "height": 844}, locale="vi-VN", is_mobile=True)
    log_in(page, url)
    page.goto(f"{url}/lich?thang=2023-11")
    expect(page.locator(".month-list")).to_be_visible()
    expect(page.locator(".month")).to_be_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= 392  # nothing wider than the screen
    shot(page, "20-dien-thoai-lich-thang")
    page.goto(f"{url}/su-kien/moi")
    page.fill("input[name=date]", "2023-11-20")
    page.get_by_role("button", name="Lưu", exact=True).click()
    error = page.locator('.field-error[data-field="title"]')
    expect(error).to_have_text("không được để trống")
    assert abs(error.bounding_box()["y"] - page.locator("input[name=title]").bounding_box()["y"]) < 80
    assert page.evaluate("document.documentElement.scrollWidth") <= 392
    shot(page, "21-dien-thoai-loi-bieu-mau")
    page.goto(f"{url}/nhac-viec?trang-thai=sent")
    shot(page, "22-dien-thoai-nhac-viec")
    page.close()


def test_administration(site, chromium):
    """The office creates an API key (shown once) and reads the security log; at 1366 px and on a phone,
    and under the pages' Content-Security-Policy (a blocked script or style would be a console error)."""
    url = site["url"]
    for width, height, name in ((1366, 900, "30-quan-tri"), (390, 844, "31-dien-thoai-quan-tri")):
        page = chromium.new_page(viewport={"width": width, "height": height}, locale="vi-VN", is_mobile=width < 500)
        refused = []
        page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text
                else None)
        log_in(page, url)
        page.goto(f"{url}/quan-tri")
        page.fill("form[action$='/quan-tri/khoa-api'] input[name=name]", f"Cổng thông tin {width}")
        page.get_by_role("button", name="Tạo khóa", exact=True).click()
        expect(page.locator("code.secret")).to_contain_text("lct_")
        expect(page.locator("table").last).to_contain_text("Tạo khóa API")
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 2  # tables scroll inside
        shot(page, name)
        page.goto(f"{url}/lich?thang=2023-11")
        assert refused == []
        page.close()
