"""Each office's name where its people read it: the page heading and title of its staff pages, its export's
issuing body and title, its office feed's calendar name, and the reminders its units get (body and sender).
A deployment of one office keeps its configured OFFICE_NAME (tests.test_settings)."""
import io
from email.utils import parseaddr

import pytest
from docx import Document

from service import auth, offices
from service.context import state
from tests.conftest import Api
from tests.test_reminders import run_due, text_of
from tests.test_web import token

COMMUNE = "Văn phòng HĐND và UBND xã An Phú"
CONFIGURED = "Văn phòng UBND"  # the config's OFFICE_NAME, which a deployment of several offices does not use


@pytest.fixture
def config_overrides(smtp, tmp_path):
    return {"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "outbox_dir": tmp_path / "outbox",
            "office_name": CONFIGURED}


@pytest.fixture
def commune(app):
    st = state(app)
    with st.sessions() as session:
        ctx = st.ctx(session, actor="test")
        office = offices.create(ctx, "xa-an-phu", COMMUNE, "xa", "hdnd_ubnd", offices.only_office(session))
        octx = st.ctx(session, actor="test", office_id=office.id)
        key = auth.create_api_key(octx, "khóa xã", "office")
        auth.create_user(octx, "vp-an-phu", "Chị Lan", "office", "mat-khau-dai-du")
        session.commit()
    return Api(app.test_client(), key)


def test_the_pages_carry_the_acting_offices_name(app, commune):
    browser = app.test_client()
    page = browser.get("/dang-nhap").get_data(as_text=True)
    browser.post("/dang-nhap", data={"username": "vp-an-phu", "password": "mat-khau-dai-du", "csrf_token": token(page)})
    page = browser.get("/lich?thang=2023-11").get_data(as_text=True)
    assert f"<title>Lịch tháng 11/2023 — {COMMUNE}</title>" in page and CONFIGURED + "<" not in page


def test_the_export_and_the_feed_carry_the_offices_name(commune):
    commune.created("/api/events", {"title": "Họp giao ban xã", "start": "2023-11-22", "slot": "morning"})
    docx = commune.get("/api/programs/2023-11.docx")
    assert docx.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.data)).paragraphs)
    text += "\n".join(c.text for t in Document(io.BytesIO(docx.data)).tables for r in t.rows for c in r.cells)
    assert f"của {COMMUNE}" in text and "UBND XÃ AN PHÚ" in text
    url = commune.get("/api/feed").get_json()["feed_url"]
    feed = commune.client.get(url.removeprefix("https://lich.example.gov.vn")).get_data(as_text=True)
    assert f"X-WR-CALNAME:Lịch công tác — {COMMUNE}" in feed.replace("\r\n ", "")


def test_a_communes_reminders_are_signed_by_the_commune(app, commune, smtp):
    unit = commune.created("/api/units", {"name": "Công an xã", "emails": ["ca@example.gov.vn"]})["id"]
    commune.created("/api/events", {"title": "Họp Ban Chỉ đạo xã", "start": "2023-11-21", "slot": "morning",
                                    "agenda": [{"number": 1, "title": "Báo cáo an ninh", "unit_ids": [unit]}]})
    run_due(app, "2023-11-09T08:00:00+07:00")
    (message,) = smtp.recorder.by_recipient()["ca@example.gov.vn"]
    assert parseaddr(message["From"])[0] == COMMUNE
    assert COMMUNE in text_of(message) and CONFIGURED + " " not in text_of(message)


def test_a_broken_reminder_link_is_the_404_page_with_several_offices(app, commune):
    response = app.test_client().get("/nhac-viec/da-nop/khong-phai-ma")
    assert response.status_code == 404 and "Liên kết không hợp lệ" in response.get_data(as_text=True)
