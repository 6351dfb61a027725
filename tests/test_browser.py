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
    page.get_by_text("Chọn thêm người", exact=True).click()  # the closed list of people, with its search box
    page.fill('input.filter[data-target="#attendee_ids-more"]', "Lan")
    expect(page.locator("#attendee_ids-more label:visible")).to_have_count(1)
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


def test_event_page_and_form_of_the_34_item_meeting(site, chromium):
    """The Bắc Giang regular meeting (34 items, each with its unit) read and edited at 1366 px and on a phone:
    the agenda is a table (cards on the phone), the form shows each item's ticked units in sight, and neither
    page is wider than the screen."""
    app, url = site["app"], site["url"]
    api = Api(app.test_client(), _new_key(app, "office"))
    with open(f"{SAMPLES}/bac-giang-2023-11.txt", encoding="utf-8") as f:
        ident = api.created("/api/imports", {"text": f.read(), "source": "bac-giang"})["id"]
    assert api.post(f"/api/imports/{ident}/commit").status_code == 200
    found = api.get("/api/events?from=2023-11-21&to=2023-11-21").get_json()["events"]
    meeting = next(e for e in found if e["title"] == "Hội nghị UBND tỉnh thường kỳ")
    assert len(meeting["agenda"]) == 34
    st = state(app)
    with st.sessions() as session:
        from service import events  # noqa: PLC0415
        events.mark_submitted(st.ctx(session, actor="test"), meeting["agenda"][2]["id"], "Sở Tài chính (email)",
                              meeting["agenda"][2]["lead_unit_id"])
        session.commit()
    for width, height, suffix in ((1366, 900, ""), (390, 844, "-dien-thoai")):
        page = chromium.new_page(viewport={"width": width, "height": height}, locale="vi-VN", is_mobile=width < 500)
        log_in(page, url)
        page.goto(f"{url}/su-kien/{meeting['id']}")
        expect(page.locator("#when")).to_contain_text("Thứ Ba, 21/11/2023")
        expect(page.locator("#agenda tbody tr")).to_have_count(34)
        expect(page.locator("#agenda tbody tr").nth(2)).to_contain_text("Đã nộp")
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 2
        # No date broken across lines: every dd/mm/yyyy is one line box.
        heights = page.evaluate("""Array.from(document.querySelectorAll('.nowrap')).map(e => e.getClientRects().length)""")
        assert heights and max(heights) == 1
        shot(page, f"40-su-kien-34-noi-dung{suffix}")
        page.goto(f"{url}/su-kien/{meeting['id']}/sua")
        ticked = page.locator("input[name^=item_units_]:checked")
        expect(ticked).to_have_count(34)
        for i in (0, 17, 33):  # the ticked unit of an item is in sight, not in a scroll box
            expect(page.locator(f"input[name=item_units_{i}]:checked")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 2
        shot(page, f"41-sua-su-kien-34-noi-dung{suffix}")
        height_px = page.evaluate("document.documentElement.scrollHeight")
        assert height_px < 34 * (330 if width < 500 else 140) + 2500, height_px  # (was 16,000 px at 1366)
        page.get_by_role("button", name="Lưu", exact=True).click()
        expect(page.locator(".flash")).to_contain_text("Không có gì thay đổi")
        page.close()


def test_import_document_plan_and_history(site, chromium):
    """A document imported, then an edited version that drops a meeting: the preview names the document,
    lists what would be cancelled and will not write without the tick; the history undoes it. At 1366 px
    and on a phone (nothing wider than the screen)."""
    url = site["url"]
    with open(ROOT / "tests" / "data" / "scope" / "ubnd-thang-2024-03.txt", encoding="utf-8") as f:
        month = f.read()
    dropped = month.replace("3. Ngày 14/3/2024: Họp Ban chỉ đạo chuyển đổi số huyện (Văn phòng HĐND và UBND huyện "
                            "chuẩn bị).\n", "")
    page = chromium.new_page(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    log_in(page, url)
    for text in (month, dropped):
        page.goto(f"{url}/nhap")
        page.fill("textarea[name=text]", text)
        page.get_by_role("button", name="Xem trước", exact=True).click()
        expect(page.locator("#document")).to_contain_text("Đông Sơn")
        if text is month:
            shot(page, "50-xem-truoc-van-ban")
            page.get_by_role("button", name="Ghi vào lịch", exact=True).click()
            expect(page.locator(".flash")).to_contain_text("sự kiện mới")
    expect(page.locator("#cancel-list")).to_contain_text("Họp Ban chỉ đạo chuyển đổi số huyện")
    shot(page, "51-xem-truoc-se-huy")
    page.get_by_role("button", name="Ghi vào lịch", exact=True).click()  # the browser asks for the tick first
    expect(page.locator("#cancel-list")).to_be_visible()
    page.check("input[name=confirm_cancel]")
    page.get_by_role("button", name="Ghi vào lịch", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("1 hủy")
    page.goto(f"{url}/nhap/lich-su")
    expect(page.locator("#imports tbody tr", has_text="tháng 3 năm 2024")).to_have_count(2)
    shot(page, "52-lich-su-nhap")
    page.locator("#imports tbody tr").first.get_by_role("button", name="Hoàn tác").click()
    expect(page.locator(".flash")).to_contain_text("trở lại như trước")
    phone = chromium.new_page(viewport={"width": 390, "height": 844}, locale="vi-VN", is_mobile=True)
    log_in(phone, url)
    phone.goto(f"{url}/nhap/lich-su")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 392
    undo = phone.locator("#imports tbody tr").nth(1).get_by_role("button", name="Hoàn tác")
    assert undo.bounding_box()["x"] + undo.bounding_box()["width"] <= 390  # on screen, not past a table's edge
    shot(phone, "53-dien-thoai-lich-su-nhap")
    phone.locator("#imports tbody tr a").first.click()
    expect(phone.locator("#document")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 392
    shot(phone, "54-dien-thoai-xem-truoc")
    page.close()
    phone.close()
