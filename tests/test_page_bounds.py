"""Out-of-range dates and forged form sizes on the pages: a Vietnamese 4xx page, never a 500 or a hang."""

import pytest

from service.models import AgendaItem
from tests.bounds import cpu_bounded
from tests.test_web import count, login, post


@pytest.mark.parametrize("path", ["/lich?thang=0001-01", "/lich?thang=9999-12", "/lich/ngay/0001-01-01",
                                  "/lich/ngay/9999-12-31", "/lich/tuan?ngay=0001-01-01", "/lich/tuan?ngay=1999-12-31",
                                  "/xung-dot?thang=2101-01"])
def test_far_dates_are_a_404_page(app, path):
    response = login(app).get(path)
    assert response.status_code == 404 and "lang=\"vi\"" in response.get_data(as_text=True)


def test_a_forged_row_count_does_not_hold_the_worker(app):
    browser = login(app)
    with cpu_bounded(5, "a forged row count"):
        response = post(browser, "/su-kien/moi", {"rows": "9" * 12, "title": "Họp", "date": "2023-11-20",
                                                 "item_title_0": "Báo cáo"}, page="/su-kien/moi")
    assert response.status_code == 302
    assert count(app, AgendaItem) == 1


@pytest.mark.parametrize("path", ["/tim-kiem?q=a&trang=²", "/quan-tri/ngay-nghi?nam=²²²²", "/lich/tuan?person_id=²",
                                  "/lich?unit_id=³", "/api/search?q=a&limit=²", "/api/search?q=a&offset=²",
                                  "/api/reminders?unit_id=²"])
def test_digits_that_are_not_decimal_are_no_500(app, api, path):
    """'²'.isdigit() is true but int('²') raises: every number read from a request is checked as decimal."""
    response = (api if path.startswith("/api/") else login(app)).get(path)
    assert response.status_code < 500, (path, response.status_code)
