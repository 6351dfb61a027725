"""Export -> import gives back the same events: the two sample programs (imported from tests/data,
committed, exported, imported again) and a month and a week built through the API, each as .docx and .pdf,
compared event by event: title, status, dates, slots or hours, series, place, chair, attendees, agenda
items and their preparing units (the importer's preview shape, POST /api/imports with the file).

What the documents do not carry, so what is not compared: an item's number (the program writes items as
"+ …" lines), the hour a timed meeting ends (the genre writes the hour it starts; the importer ends it with
the slot), the hour of a timed weekly series."""
import pytest

from tests.conftest import SAMPLES
from tests.directory_fixtures import make_directory
from tests.export_fixtures import AFTERNOON, EXPECTED_MONTH, MORNING, brief, build_month, reimport


@pytest.fixture
def config_overrides():
    return {"office_name": "Văn phòng HĐND và UBND huyện Mường Lát"}


def ordered(events) -> list:
    return sorted((brief(e) for e in events), key=lambda b: (b[2] or "", b[0]))


def exported(api, path: str) -> bytes:
    response = api.get(path)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return response.data


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("sample", ["muong-lat-2023-11.txt", "bac-giang-2023-11.txt"])
def test_a_sample_program_comes_back_event_by_event(api, sample, fmt):
    make_directory(api)
    with open(f"{SAMPLES}/{sample}", encoding="utf-8") as f:
        first = api.post("/api/imports", {"text": f.read()})
    assert first.status_code == 201, first.get_json()
    first = first.get_json()
    committed = api.post(f"/api/imports/{first['id']}/commit").get_json()
    assert committed["created"] == len(first["events"]) > 0
    back = reimport(api, exported(api, f"/api/programs/2023-11.{fmt}"), f"chuong-trinh.{fmt}")
    assert (back["document"]["kind"], back["document"]["period_start"]) == ("monthly", "2023-11-01")
    assert ordered(back["events"]) == ordered(first["events"])
    assert not [w for w in back["warnings"] if "không thấy ngày" in w or "bỏ qua" in w], back["warnings"]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_month_built_through_the_api_comes_back(api, fmt):
    build_month(api)
    back = reimport(api, exported(api, f"/api/programs/2023-11.{fmt}"), f"ct.{fmt}")
    assert back["document"]["title"].startswith("Chương trình công tác tháng 11 năm 2023")
    assert ordered(back["events"]) == sorted(EXPECTED_MONTH, key=lambda b: (b[2] or "", b[0]))
    assert [s["reason"] for s in back["skipped"]] == ["ngày ký văn bản"]  # only the signing date is no event
    assert back["warnings"] == []


EXPECTED_WEEK = [
    ("Hội nghị giao ban công tác tháng 11", "confirmed", "2023-11-20" + MORNING[0], "2023-11-20" + MORNING[1], None,
     "Hội trường UBND huyện", "Nguyễn Văn Bình", ["Lãnh đạo UBND huyện"],
     [("Báo cáo tình hình kinh tế - xã hội tháng 11", ["Văn phòng HĐND và UBND huyện"]),
      ("Kế hoạch thực hiện công tác thẩm tra nông thôn mới",
       ["Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Nội vụ"])]),
    # the series' occurrence of this week, as the weekly schedule writes it: one meeting that Monday
    ("Giao ban Thường trực Huyện ủy", "confirmed", "2023-11-20" + AFTERNOON[0], "2023-11-20" + AFTERNOON[1], None,
     "Phòng họp Huyện ủy", None, ["Thường trực Huyện ủy"], []),
    ("Làm việc với Đoàn công tác của Sở Nội vụ", "confirmed", "2023-11-21T14:00:00+07:00", "2023-11-21T17:00:00+07:00",
     None, "Phòng họp số 2", "Hoàng Văn Dũng", [], []),
    ("Hội nghị tổng kết phong trào thi đua", "tentative", "2023-11-22" + AFTERNOON[0], "2023-11-22" + AFTERNOON[1], None,
     "Hội trường UBND huyện", "Phạm Thị Lan", [], []),
    ("Kỳ họp thứ 14 Hội đồng nhân dân huyện", "confirmed", "2023-11-23" + MORNING[0], "2023-11-23" + AFTERNOON[1], None,
     "Hội trường huyện", None, ["Lãnh đạo UBND huyện"], []),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_week_built_through_the_api_comes_back(api, fmt):
    build_month(api)
    back = reimport(api, exported(api, f"/api/weeks/2023-11-20.{fmt}"), f"lich-tuan.{fmt}")
    assert (back["document"]["kind"], back["document"]["period_start"], back["document"]["period_end"]) == \
        ("weekly", "2023-11-20", "2023-11-26")
    assert ordered(back["events"]) == EXPECTED_WEEK
