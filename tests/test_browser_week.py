"""The week and month pages in Debian's Chromium at 1366 px, on a 390-px phone and printed (emulated print
media, and page.pdf() with the stylesheet's page size): screenshots to test-artifacts/screenshots/."""
import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.conftest import Api, _new_key
from tests.test_browser import SHOTS, chromium, log_in, shot, site  # noqa: F401 - fixtures

# Every word of the week's table on one line box: a word or a date broken mid-way ("14/12/202|6") is two.
BROKEN_WORDS = """() => {
  const broken = [];
  const walker = document.createTreeWalker(document.querySelector(arguments[0] || 'main'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.getClientRects().length) continue;  // not displayed
    const re = /\\S+/g;
    let m;
    while ((m = re.exec(node.data))) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (lines.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}"""


def broken_words(page, selector="main"):
    return page.evaluate(BROKEN_WORDS.replace("arguments[0]", repr(selector)))


def overflowing(page):
    """Elements of main whose text runs past their own box (measured in the browser)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('main *')).filter(e => {
        const s = getComputedStyle(e);
        return e.getClientRects().length && s.overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1
               && e.clientWidth > 0 && s.display !== 'inline';
      }).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40))""")


@pytest.fixture(scope="module")
def office_week(site):  # noqa: F811
    """A full week of a district office (20–26/11/2023) and a holiday month (09/2023)."""
    app, ids = site["app"], site["ids"]
    api = Api(app.test_client(), _new_key(app, "office"))
    leaders = [ids["binh"], ids["dung"], ids["lan"]]
    units = [ids[k] for k in ("vp", "nn", "nv", "dt", "tc", "khdt", "tnmt")]
    titles = ["Họp Ban Thường vụ Huyện ủy cho ý kiến về dự thảo Báo cáo chính trị trình Đại hội",
              "Làm việc với Đoàn kiểm tra của tỉnh về công tác giải phóng mặt bằng Dự án đường tránh Quốc lộ",
              "Hội nghị trực tuyến toàn quốc tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn",
              "Dự Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11 tại Trường THPT Mường Lát",
              "Kiểm tra tiến độ xây dựng nông thôn mới tại các xã Trung Lý, Tam Chung, Pù Nhi"]
    made = []
    for i in range(24):
        day = 20 + i % 5
        body = {"title": titles[i % len(titles)], "start": f"2023-11-{day}", "slot": ("morning", "afternoon")[i // 5 % 2],
                "chair_id": leaders[i % 3], "location": ["Phòng họp số 1 UBND huyện", "Hội trường Huyện ủy",
                                                          "Trụ sở xã Trung Lý"][i % 3],
                "group_ids": [ids["leaders"]] if i % 4 == 0 else [],
                "attendee_ids": [leaders[(i + 1) % 3]],
                "attendees_text": "Trưởng các phòng, ban, đơn vị có liên quan; Chủ tịch UBND các xã" if i % 3 == 0 else None,
                "status": "tentative" if i % 7 == 3 else "confirmed",
                "agenda": [{"number": 1, "title": "Báo cáo", "unit_ids": [units[i % 7], units[(i + 2) % 7]]}]}
        if i % 6 == 5:
            body.update(start=f"2023-11-{day}T19:30:00+07:00", end=f"2023-11-{day}T21:00:00+07:00", slot=None)
        made.append(api.created("/api/events", {k: v for k, v in body.items() if v is not None}))
    api.created("/api/events", {"title": "Hội thao công nhân viên chức, lao động huyện năm 2023", "kind": "multi_day",
                                "start": "2023-11-19", "end": "2023-11-23"})
    cancelled = api.created("/api/events", {"title": "Tiếp công dân định kỳ của Chủ tịch UBND huyện",
                                            "kind": "reception", "start": "2023-11-25", "slot": "morning",
                                            "chair_id": ids["binh"], "location": "Trụ sở tiếp công dân huyện"})
    assert api.delete(f"/api/events/{cancelled['id']}").status_code == 200
    api.created("/api/events", {"title": "Trực lễ Quốc khánh", "start": "2023-09-02", "slot": "morning",
                                "chair_id": ids["dung"], "location": "Phòng trực UBND huyện"})
    api.created("/api/events", {"title": "Họp giao ban", "start": "2023-09-05", "slot": "morning", "chair_id": ids["binh"]})
    return made


@pytest.mark.parametrize("width", [1366, 390])
def test_the_week_sheet(site, chromium, office_week, width):  # noqa: F811
    url = site["url"]
    page = chromium.new_page(viewport={"width": width, "height": 900}, locale="vi-VN", is_mobile=width < 500)
    log_in(page, url)
    page.goto(f"{url}/lich/tuan?ngay=2023-11-22")
    monday = page.locator('tbody.day-block[data-day="2023-11-20"]')
    expect(monday.locator("tr.event")).to_have_count(5)
    first = monday.locator("tr.event td.content a").first
    expect(first).to_have_attribute("href", f"/su-kien/{office_week[0]['id']}")
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 2  # no sideways scrolling
    assert broken_words(page, "main") == []  # no word, no date broken mid-way (the filters' labels included)
    saturday = page.locator('tbody.day-block[data-day="2023-11-25"]')
    expect(saturday).to_contain_text("Đã hủy")
    if width < 500:
        # One card per event under its day's heading; the desktop's day column is not shown.
        heading = monday.locator("tr.day-head")
        expect(heading).to_be_visible()
        expect(heading).to_contain_text("Thứ Hai, 20/11/2023")
        expect(monday.locator("th.day")).to_be_hidden()
        card = monday.locator("tr.event").first
        assert card.bounding_box()["y"] > heading.bounding_box()["y"]
        assert card.bounding_box()["width"] <= width
        expect(card.locator('td[data-label="Chủ trì"]')).to_have_text("Nguyễn Văn Bình")
        expect(card.locator(".buoi-tag")).to_have_text("Sáng")
        assert overflowing(page) == []  # no text runs past its box
        shot(page, "61-dien-thoai-lich-tuan")
    else:
        expect(page.locator("table.week-sheet thead")).to_be_visible()
        day_cell = monday.locator("th.day")
        expect(day_cell).to_have_text("Thứ Hai, 20/11/2023")
        rows = monday.locator("tr.event")
        # The day cell spans its five rows: from the first row's top to the last row's bottom.
        cell, last = day_cell.bounding_box(), rows.last.bounding_box()
        assert abs(cell["y"] + cell["height"] - (last["y"] + last["height"])) < 3
        expect(page.locator("tbody.spans")).to_contain_text("19/11–23/11/2023")
        shot(page, "60-lich-tuan")
    page.close()


def test_printing_the_week_and_the_month(site, chromium, office_week):  # noqa: F811
    url = site["url"]
    page = chromium.new_page(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    log_in(page, url)
    page.goto(f"{url}/lich/tuan?ngay=2023-11-20")
    # The "In" button prints (window.print replaced, to see it called: headless Chromium has no dialog).
    page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; }")
    page.get_by_role("button", name="In lịch tuần").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    for hidden in ("header.top", "form.toolbar", "nav.pager", "button[data-print]"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator("table.week-sheet thead")).to_be_visible()
    expect(page.locator("tr.day-head").first).to_be_hidden()
    shot(page, "62-in-lich-tuan")
    pdf = PdfReader(io.BytesIO(page.pdf(path=str(SHOTS / "62-in-lich-tuan.pdf"), prefer_css_page_size=True,
                                        print_background=True)))
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pdf.pages}
    assert sizes == {(842, 595)}, sizes  # A4 landscape, every page
    assert len(pdf.pages) >= 2  # a full week: the headings repeat on every page, no event cut in two
    for p in pdf.pages:
        words = " ".join(p.extract_text().split())
        assert "Nội dung" in words and "Chuẩn bị" in words, words[:200]
        assert "Đăng xuất" not in words and "Tuần sau" not in words
    page.emulate_media(media="screen")

    page.goto(f"{url}/lich?thang=2023-11")
    expect(page.get_by_role("button", name="In lịch tháng")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("header.top")).to_be_hidden()
    expect(page.locator("form.toolbar")).to_be_hidden()
    shot(page, "63-in-lich-thang")
    pdf = PdfReader(io.BytesIO(page.pdf(path=str(SHOTS / "63-in-lich-thang.pdf"), prefer_css_page_size=True,
                                        print_background=True)))
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pdf.pages} == {(595, 842)}
    page.close()


@pytest.mark.parametrize("width", [1366, 390])
def test_the_month_with_its_holidays(site, chromium, office_week, width):  # noqa: F811
    url = site["url"]
    page = chromium.new_page(viewport={"width": width, "height": 900}, locale="vi-VN", is_mobile=width < 500)
    log_in(page, url)
    page.goto(f"{url}/lich?thang=2023-09&person_id={site['ids']['dung']}")
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 2
    if width < 500:
        listed = page.locator(".month-list")
        expect(listed).to_contain_text("⚠ Ngày nghỉ lễ: Quốc khánh")
        expect(listed.locator("h2").first).to_contain_text("Quốc khánh")
        expect(listed).not_to_contain_text("Họp giao ban")  # Bình's, filtered out
        assert broken_words(page, "main") == []
        shot(page, "65-dien-thoai-lich-thang-ngay-le")
    else:
        expect(page.locator('.month .day-name[data-day="2023-09-02"]')).to_have_text("Quốc khánh")
        assert broken_words(page, "main") == []
        expect(page.locator('.month .cell[data-day="2023-09-02"]')).to_contain_text("⚠ Ngày nghỉ lễ: Quốc khánh")
        shade = page.evaluate("""() => Array.from(document.querySelectorAll('.month .week .bg'))
                                  .map(e => getComputedStyle(e).backgroundColor)""")
        assert len(set(shade)) >= 3  # working days, weekends and holidays look different
        page.get_by_role("link", name="Tháng sau →").click()
        expect(page).to_have_url(f"{url}/lich?thang=2023-10&person_id={site['ids']['dung']}")
        expect(page.locator("select[name=person_id]")).to_have_value(str(site["ids"]["dung"]))
        page.go_back()
        shot(page, "64-lich-thang-ngay-le")
    page.close()
