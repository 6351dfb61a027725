"""The administration's sub-pages, search and the header in Chromium at 1366 px and on a 390-px phone: the
office adds a place, a day off and seasonal hours, a refusal is shown next to its field, a viewer's header
has only what it can open, the phone's header folds its links under "Menu", and no page is wider than the
screen. Screenshots go to test-artifacts/screenshots/ (4x-*)."""
import pytest
from playwright.sync_api import expect

from service.auth import create_user
from service.context import state
from tests.conftest import Api, _new_key
from tests.test_browser import PASSWORD, chromium, log_in, shot, site  # noqa: F401 - fixtures

SIZES = ((1366, 900, ""), (390, 844, "-dien-thoai"))

# Text whose box is wider than its parent's, or than the screen (a word cut or running off a card).
OVERFLOW = """() => {
  const out = [];
  const width = document.documentElement.clientWidth;
  for (const el of document.querySelectorAll('main *, header *')) {
    const box = el.getBoundingClientRect();
    if (!box.width || getComputedStyle(el).display === 'none') continue;
    if (el.closest('.table-wrap') && !el.closest('table.cards')) continue;  // scrolls inside its box
    if (box.right > width + 1) out.push(el.tagName + ' ' + (el.textContent || '').trim().slice(0, 40));
  }
  return out;
}"""


def fits(page, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "wider than the screen"
    assert page.evaluate(OVERFLOW) == []


@pytest.fixture(scope="module")
def data(site):
    app = site["app"]
    api = Api(app.test_client(), _new_key(app, "office"))
    ids = site["ids"]
    place = api.created("/api/locations", {"name": "Hội trường UBND huyện", "address": "Số 5 đường Trần Phú, thị trấn",
                                           "travel_minutes": 5})["id"]
    for day, slot, title in (("2023-11-06", "morning", "Họp giao ban Thường trực UBND huyện"),
                             ("2023-11-13", "morning", "Họp giao ban Thường trực UBND huyện"),
                             ("2023-11-14", "afternoon", "Hội nghị sơ kết công tác giao ban khối Nội chính")):
        api.created("/api/events", {"title": title, "start": day, "slot": slot, "location_id": place,
                                    "chair_id": ids["binh"], "unit_ids": [ids["vp"]]})
    st = state(app)
    with st.sessions() as session:
        create_user(st.ctx(session), "chuyenvien", "Anh Minh (Chuyên viên)", "viewer", PASSWORD)
        session.commit()
    return {"place": place}


def test_the_admin_sub_pages(site, chromium, data):
    url = site["url"]
    for width, height, suffix in SIZES:
        page = chromium.new_page(viewport={"width": width, "height": height}, locale="vi-VN", is_mobile=width < 500)
        log_in(page, url)

        page.goto(f"{url}/quan-tri")
        expect(page.locator("nav.subnav a[aria-current]")).to_have_text("Tài khoản, khóa API")
        fits(page, width)
        shot(page, f"40-quan-tri-tai-khoan{suffix}")

        # Places: a refusal next to its field (the form refilled), then the place saved.
        page.goto(f"{url}/quan-tri/dia-diem")
        form = page.locator("#new-place")
        form.locator("input[name=name]").fill(f"Nhà văn hóa xã Yên Định {width}")
        form.locator("input[name=travel_minutes]").fill("2000")  # (letters the browser itself refuses: pattern)
        form.get_by_role("button", name="Thêm địa điểm").click()
        expect(page.locator('[data-field="travel_minutes"]')).to_contain_text("1440")
        expect(page.locator("#new-place input[name=name]")).to_have_value(f"Nhà văn hóa xã Yên Định {width}")
        fits(page, width)
        shot(page, f"41-quan-tri-dia-diem-loi{suffix}")
        page.locator("#new-place input[name=travel_minutes]").fill("45")
        page.locator("#new-place").get_by_role("button", name="Thêm địa điểm").click()
        expect(page.locator(".flash")).to_contain_text(f"Nhà văn hóa xã Yên Định {width}")
        expect(page.locator("table.places")).to_contain_text("45 phút")
        fits(page, width)
        shot(page, f"42-quan-tri-dia-diem{suffix}")
        page.goto(f"{url}/quan-tri/dia-diem/{data['place']}")
        expect(page.locator("input[name=name]")).to_have_value("Hội trường UBND huyện")
        fits(page, width)
        shot(page, f"43-quan-tri-sua-dia-diem{suffix}")

        # Days off: typed as dd/mm/yyyy; the year's holidays beside them.
        page.goto(f"{url}/quan-tri/ngay-nghi?nam=2026")
        day = "03/09/2026" if width > 500 else "04/09/2026"
        page.locator("#new-day input[name=day]").fill(day)
        page.locator("#new-day input[name=label]").fill("Nghỉ bù Quốc khánh")
        page.locator("#new-day input[name=source_ref]").fill("Công văn 123/UBND-VP")
        page.locator("#new-day").get_by_role("button", name="Thêm").click()
        expect(page.locator(".flash")).to_contain_text(day)
        expect(page.locator("table.days")).to_contain_text(day)
        expect(page.locator("table.holidays")).to_contain_text("Quốc khánh")
        fits(page, width)
        shot(page, f"44-quan-tri-ngay-nghi{suffix}")

        # Seasonal hours: a wrong clock time refused, then saved.
        page.goto(f"{url}/quan-tri/gio-lam-viec")
        year = 2024 if width > 500 else 2025
        page.locator("input[name=valid_from]").fill(f"01/05/{year}")
        page.locator("input[name=valid_to]").fill(f"30/09/{year}")
        page.locator("input[name=morning_start]").fill("7g")
        page.locator("input[name=morning_end]").fill("25:00")
        page.locator("#hours-form").get_by_role("button", name="Thêm").click()
        expect(page.locator('[data-field="morning"]')).to_contain_text("HH:MM")
        expect(page.locator("input[name=valid_from]")).to_have_value(f"01/05/{year}")
        fits(page, width)
        shot(page, f"45-quan-tri-gio-lam-viec-loi{suffix}")
        page.locator("input[name=morning_end]").fill("11:00")
        page.locator("input[name=afternoon_start]").fill("13:30")
        page.locator("input[name=afternoon_end]").fill("17:00")
        page.locator("#hours-form").get_by_role("button", name="Thêm").click()
        expect(page.locator("table.hours")).to_contain_text(f"01/05/{year}")
        expect(page.locator("table.hours")).to_contain_text("07:00–11:00")
        fits(page, width)
        shot(page, f"46-quan-tri-gio-lam-viec{suffix}")
        page.close()


def test_search_from_the_header(site, chromium, data):
    url = site["url"]
    for width, height, suffix in SIZES:
        page = chromium.new_page(viewport={"width": width, "height": height}, locale="vi-VN", is_mobile=width < 500)
        log_in(page, url)
        page.goto(f"{url}/lich?thang=2023-11")
        box = page.locator("header form.search input[name=q]")
        expect(box).to_be_visible()  # on the phone too, without opening the menu
        box.fill("hop giao ban")
        box.press("Enter")
        expect(page.locator("h1")).to_have_text("Tìm kiếm sự kiện")
        results = page.locator("ol.results li.result")
        expect(results).to_have_count(2)  # "Họp giao ban" twice; "giao ban khối" lacks "hop"
        expect(results.first).to_contain_text("13/11/2023")
        expect(results.first).to_contain_text("Buổi sáng")
        expect(results.first).to_contain_text("Hội trường UBND huyện")
        expect(results.first).to_contain_text("Nguyễn Văn Bình")
        fits(page, width)
        shot(page, f"47-tim-kiem{suffix}")
        results.first.locator("a.title").click()
        expect(page).to_have_url(f"{url}/su-kien/" + page.url.rsplit("/", 1)[-1])
        expect(page.locator("main")).to_contain_text("Họp giao ban Thường trực UBND huyện")
        page.close()


def test_the_header_of_each_role(site, chromium, data):
    url = site["url"]
    for width, height, suffix in SIZES:
        for user, name in (("vanphong", "van-phong"), ("chuyenvien", "chi-xem")):
            page = chromium.new_page(viewport={"width": width, "height": height}, locale="vi-VN", is_mobile=width < 500)
            page.goto(f"{url}/dang-nhap")
            page.fill("input[name=username]", user)
            page.fill("input[name=password]", PASSWORD)
            page.get_by_role("button", name="Đăng nhập", exact=True).click()
            page.goto(f"{url}/lich?thang=2023-11")
            nav = page.locator("header nav.main-nav")
            if width < 500:
                expect(nav).to_be_hidden()  # folded: the month is on the first screen
                assert page.locator("header").bounding_box()["height"] < 130
                shot(page, f"48-dau-trang-{name}{suffix}")
                page.locator("header .menu-button").click()
            expect(nav).to_be_visible()
            labels = nav.locator("a").all_inner_texts()
            office_only = {"Thêm sự kiện", "Nhập chương trình", "Quản trị", "Đăng ký lịch"}
            if user == "vanphong":
                assert office_only <= set(labels), labels
            else:
                assert not office_only & set(labels), labels
                assert {"Lịch tháng", "Lịch tuần", "Danh bạ"} <= set(labels), labels
            expect(nav).to_contain_text("Đăng xuất")
            fits(page, width)
            shot(page, f"49-menu-{name}{suffix}")
            page.close()


def test_error_pages_in_vietnamese(site, chromium):
    url = site["url"]
    for width, height, suffix in SIZES:
        page = chromium.new_page(viewport={"width": width, "height": height}, locale="vi-VN", is_mobile=width < 500)
        log_in(page, url)
        response = page.goto(f"{url}/khong-co-trang-nay")
        assert response.status == 404
        expect(page.locator("h1")).to_have_text("Không tìm thấy trang")
        expect(page.locator("main a").first).to_be_visible()  # a way back
        fits(page, width)
        shot(page, f"50-loi-404{suffix}")
        page.close()


def test_the_offices_below_renamed_from_their_page(site, chromium, data):
    """A province's office renames a commune from «Cơ quan trực thuộc» (a blank name refused next to it);
    the communes are made for this test and removed after it (the rest of the module is one office's)."""
    from service import office_admin, offices  # noqa: PLC0415

    app, url = site["app"], site["url"]
    st = state(app)
    communes = (("xa-nhi-son", "Văn phòng HĐND và UBND xã Nhi Sơn"), ("xa-muong-chanh", "Văn phòng HĐND và UBND xã "
                "Mường Chanh"), ("phuong-dong-hoa", "Văn phòng HĐND và UBND phường Đông Hòa"))
    with st.sessions() as session:
        ctx = st.ctx(session)
        province = offices.only_office(session)
        ids = {slug: offices.create(ctx, slug, name, "xa", "hdnd_ubnd", province).id for slug, name in communes}
        session.commit()
    try:
        for width, height, suffix in SIZES:
            page = chromium.new_page(viewport={"width": width, "height": height}, locale="vi-VN", is_mobile=width < 500)
            log_in(page, url)
            page.goto(f"{url}/quan-tri/co-quan")
            expect(page.locator("nav.subnav a[aria-current]")).to_have_text("Cơ quan trực thuộc")
            expect(page.locator("table.offices tbody tr")).to_have_count(3)
            row = page.locator('tr[data-office="xa-nhi-son"]')
            row.locator("input[name=name]").fill("   ")
            row.get_by_role("button", name="Đổi tên").click()
            expect(page.locator(f'[data-field="name-{ids["xa-nhi-son"]}"]')).to_contain_text("không được để trống")
            expect(page.locator("nav.subnav a[aria-current]")).to_have_text("Cơ quan trực thuộc")
            fits(page, width)
            shot(page, f"4a-quan-tri-co-quan-loi{suffix}")
            new_name = f"Văn phòng HĐND và UBND xã Nhi Sơn ({width})"
            page.locator('tr[data-office="xa-nhi-son"] input[name=name]').fill(new_name)
            page.locator('tr[data-office="xa-nhi-son"]').get_by_role("button", name="Đổi tên").click()
            expect(page.locator(".flash")).to_contain_text(f"Đã đổi tên cơ quan xa-nhi-son thành «{new_name}»")
            expect(page.locator('tr[data-office="xa-nhi-son"] input[name=name]')).to_have_value(new_name)
            fits(page, width)
            shot(page, f"4b-quan-tri-co-quan{suffix}")
            page.close()
    finally:
        with st.sessions() as session:
            for slug in ids:
                office_admin.delete(st.ctx(session), offices.find_by_slug(session, slug))
            session.commit()
