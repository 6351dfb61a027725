"""The import pages (issue #13): the preview names the document and the plan, lists the lines that became
no event with a way to make one, asks for a tick before cancelling; the history lists imports and undoes
one."""
import os
import re

from sqlalchemy import select

from service.context import state
from service.models import Event
from tests.directory_fixtures import make_directory
from tests.test_web import count, login, post

DOCS = os.path.join(os.path.dirname(__file__), "data", "scope")
MONTH = open(os.path.join(DOCS, "ubnd-thang-2024-03.txt"), encoding="utf-8").read()


def status(app, title):
    with state(app).sessions() as session:
        (found,) = [e.status for e in session.scalars(select(Event)) if e.title.startswith(title)]
        return found


def preview_page(browser, text, **fields):
    response = post(browser, "/nhap", {"text": text, **fields})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"], browser.get(response.headers["Location"]).get_data(as_text=True)


def test_preview_commit_cancel_tick_history_and_undo(app, api):
    make_directory(api)
    browser = login(app)
    where, page = preview_page(browser, MONTH, source="CT tháng 3")
    assert 'id="document"' in page and "01/03/2024 – 31/03/2024" in page and "CT tháng 3" in page
    assert "mới</strong>" in page and "sẽ bị hủy" not in page
    assert post(browser, where + "/ghi", {}, page=where).status_code == 302
    created = count(app, Event)
    assert created >= 4
    # The same document without its 14/3 meeting: the preview lists it under what a commit cancels,
    # and the commit without the tick writes nothing.
    where, page = preview_page(browser, MONTH.replace("3. Ngày 14/3/2024: Họp Ban chỉ đạo chuyển đổi số huyện "
                                                      "(Văn phòng HĐND và UBND huyện chuẩn bị).\n", ""),
                               source="CT tháng 3")
    assert 'id="cancel-list"' in page and "Họp Ban chỉ đạo chuyển đổi số huyện" in page
    assert 'name="confirm_cancel"' in page
    refused = post(browser, where + "/ghi", {}, page=where)
    assert refused.status_code == 302 and refused.headers["Location"].endswith(where)
    assert "xác nhận" in browser.get(where).get_data(as_text=True)
    assert status(app, "Họp Ban chỉ đạo chuyển đổi số") == "confirmed"
    shown = re.findall(r'name="cancel_id" value="(\d+)"', page)  # what the page lists goes with the tick
    assert len(shown) == 1
    assert post(browser, where + "/ghi", {"confirm_cancel": "yes"}, page=where).status_code == 302  # without: refused
    assert status(app, "Họp Ban chỉ đạo chuyển đổi số") == "confirmed"
    done = post(browser, where + "/ghi", {"confirm_cancel": "yes", "cancel_id": shown}, page=where)
    assert done.status_code == 302
    assert status(app, "Họp Ban chỉ đạo chuyển đổi số") == "cancelled"
    # The history lists both; undoing the second brings the meeting back.
    history = browser.get("/nhap/lich-su").get_data(as_text=True)
    assert history.count("Hoàn tác</button>") == 2
    ident = where.rsplit("/", 1)[1]
    undone = post(browser, f"/nhap/{ident}/hoan-tac", {}, page="/nhap/lich-su")
    assert undone.status_code == 302
    page = browser.get("/nhap/lich-su").get_data(as_text=True)
    assert f"Đã hoàn tác lần nhập id {ident}" in page and "Đã hoàn tác</strong>" in page
    assert status(app, "Họp Ban chỉ đạo chuyển đổi số") == "confirmed" and count(app, Event) == created


def test_skipped_lines_are_shown_with_a_way_to_make_an_event(app, api):
    make_directory(api)
    browser = login(app)
    text = MONTH.replace("II. LỊCH TIẾP CÔNG DÂN", "Thực hiện Kế hoạch số 12/KH-UBND ngày 14/9/2016 của UBND tỉnh.\n"
                                                  "II. LỊCH TIẾP CÔNG DÂN")
    _, page = preview_page(browser, text)
    assert 'id="skipped"' in page and "14/9/2016" in page
    row = next(r for r in page.split('id="skipped"')[1].split("<tr>") if "14/9/2016" in r)
    link = row.split('href="')[1].split('"')[0]
    form = browser.get(link.replace("&amp;", "&")).get_data(as_text=True)
    assert "Kế hoạch số 12/KH-UBND" in form and "Từ dòng" in form
