"""Every event of the two sample programs (shared/samples), entered through the API as it is written."""
import os
import re

import pytest

from tests.conftest import SAMPLES
from tests.directory_fixtures import make_directory

# Bắc Giang, "I. Hội nghị UBND tỉnh thường kỳ: Ngày 21/11/2023 (thứ Ba)": the unit of each of the 34 items.
BAC_GIANG_21_11_UNITS = (
    ["khdt"] * 2 + ["tc"] * 7 + ["snv"] * 2 + ["sd"] + ["tnmt"] * 2 + ["ct"] * 3 + ["nnpt"] * 3 + ["ttr"] * 2
    + ["ca"] * 2 + ["qs"] + ["tp"] * 2 + ["tttt"] + ["xd"] + ["ld"] + ["kb"] + ["vpt"] * 2 + ["gd"])
UNIT_NAMES_AS_WRITTEN = {
    "khdt": "Sở Kế hoạch và Đầu tư", "tc": "Sở Tài chính", "snv": "Sở Nội vụ", "sd": "UBND huyện Sơn Động",
    "tnmt": "Sở Tài nguyên và Môi trường", "ct": "Sở Công Thương", "nnpt": "Sở Nông nghiệp và PTNT",
    "ttr": "Thanh tra tỉnh", "ca": "Công an tỉnh", "qs": "Bộ Chỉ huy Quân sự tỉnh", "tp": "Sở Tư pháp",
    "tttt": "Sở Thông tin và Truyền thông", "xd": "Sở Xây dựng", "ld": "Sở Lao động- TB&XH",
    "kb": "Kho bạc Nhà nước tỉnh", "vpt": "Văn phòng UBND tỉnh", "gd": "Sở Giáo dục và Đào tạo",
}


def read_sample(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
        return f.read()


def bac_giang_items():
    """(number, title, unit as written) of the 34 items, read from the sample text."""
    text = read_sample("bac-giang-2023-11.txt")
    section = text[text.index("I. Hội nghị UBND tỉnh thường kỳ"):text.index("II. Các nội dung, đề án")]
    section = re.sub(r"\n\s*4\s*\n", "\n", section)  # a page number inside item 18
    flat = re.sub(r"\s+", " ", section)
    found = re.findall(r"(?:^| )(\d{1,2})\. (.+?)\(([^()]*?) ?chuẩn bị\)\.?", flat)
    return [(int(n), title.strip(), unit.strip()) for n, title, unit in found]


@pytest.fixture
def ids(api):
    return make_directory(api)


def month(api, **params):
    query = "&".join(f"{k}={v}" for k, v in {"from": "2023-11-01", "to": "2023-11-30", **params}.items())
    response = api.get(f"/api/events?{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()["events"]


def test_bac_giang_regular_session_with_34_items_and_their_units(api, ids):
    items = bac_giang_items()
    assert [n for n, _, _ in items] == list(range(1, 35))
    # (item 22 writes "Thanh Tra tỉnh")
    assert [u.casefold() for _, _, u in items] == [UNIT_NAMES_AS_WRITTEN[k].casefold() for k in BAC_GIANG_21_11_UNITS]
    event = api.created("/api/events", {
        "title": "Hội nghị UBND tỉnh thường kỳ", "kind": "meeting", "start": "2023-11-21", "all_day": True,
        "agenda": [{"number": n, "title": title, "unit_ids": [ids[key]]}
                   for (n, title, _), key in zip(items, BAC_GIANG_21_11_UNITS)]})
    assert event["start"] == event["end"] == "2023-11-21"
    assert len(event["agenda"]) == 34
    assert event["agenda"][11]["units"] == [{"id": ids["sd"], "name": "UBND huyện Sơn Động", "role": "lead",
                                             "submitted_at": None}]
    assert event["agenda"][29]["units"][0]["name"] == "Sở Lao động - Thương binh và Xã hội"
    # Tuesday 21/11/2023 minus 5 working days (the default): 20, 17, 16, 15, 14 -> Tuesday 14/11.
    assert {item["deadline"] for item in event["agenda"]} == {"2023-11-14"}
    assert all(item["deadline_is_default"] for item in event["agenda"])
    # The unit's own list shows the meeting; another unit's does not.
    assert [e["id"] for e in month(api, unit_id=ids["sd"])] == [event["id"]]
    assert month(api, unit_id=ids["nv"]) == []


def test_bac_giang_items_for_the_chairman_and_reception_day(api, ids):
    items = [("Báo cáo kết quả thực hiện Nghị quyết số 88/NQ-CP ... năm 2023", "ca"),
             ("Báo cáo sơ kết 03 năm thực hiện Đề án “Bảo đảm an ninh, trật tự Hệ thống truyền tải điện 500kV”", "ca"),
             ("Báo cáo kết quả hoạt động đối ngoại năm 2023, Kế hoạch hoạt động đối ngoại năm 2024", None),
             ("Tham mưu Tỉnh ủy chuẩn bị Hội nghị tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 (khóa XI)", "qs"),
             ("Kế hoạch công tác thanh tra năm 2024", "ttr"),
             ("Kế hoạch thanh tra, kiểm tra doanh nghiệp, hợp tác xã năm 2024", "ttr")]
    undated = api.created("/api/events", {
        "title": "Các nội dung, đề án trình Chủ tịch UBND tỉnh", "kind": "other", "month": "2023-11",
        "agenda": [{"number": i, "title": t, "unit_ids": [ids[k]] if k else [],
                    "preparing_units_text": None if k else "Sở Ngoại vụ"} for i, (t, k) in enumerate(items, 1)]})
    assert undated["start"] is None and undated["month"] == "2023-11"
    assert [i["deadline"] for i in undated["agenda"]] == [None] * 6
    assert undated["agenda"][2]["preparing_units_text"] == "Sở Ngoại vụ"
    reception = api.created("/api/events", {"title": "Tiếp công dân định kỳ", "kind": "reception",
                                            "start": "2023-11-15"})
    assert reception["all_day"] is True and reception["end"] == "2023-11-15"
    listed = month(api)
    assert [e["id"] for e in listed] == [reception["id"], undated["id"]]  # undated ones come last


def test_muong_lat_program_as_written(api, ids):
    leaders, binh, dung = ids["leaders"], ids["binh"], ids["dung"]
    tentative = {"status": "tentative"}  # section "IV. DỰ KIẾN LỊCH HỘI NGHỊ": the whole section is tentative
    created = []

    def add(**body):
        created.append(api.created("/api/events", body))
        return created[-1]

    receptions = [add(title="Lãnh đạo UBND huyện tiếp công dân định kỳ", kind="reception", start=f"2023-11-{d}",
                      group_ids=[leaders]) for d in ("01", "08", "15", "20")]
    add(title="Tham dự hội nghị Ban Thường vụ Huyện ủy", start="2023-11-01", slot="morning", group_ids=[leaders],
        **tentative)
    add(title="Dự hội nghị lần thứ 27 Ban Chấp hành Đảng bộ huyện khóa VI, nhiệm kỳ 2020 – 2025",
        start="2023-11-01", slot="afternoon", group_ids=[leaders], **tentative)
    voters = add(title="Chủ tịch UBND huyện tiếp xúc cử tri trước kỳ họp thứ 14 HĐND huyện khóa VI",
                 start="2023-11-02", slot="morning", chair_id=binh, location="xã Nhi Sơn", **tentative)
    forest = add(title="Hội nghị triển khai thực hiện Kế hoạch số 168-KH/TU ngày 14/9/2023 của Ban Thường vụ "
                       "Huyện ủy về công tác quản lý, bảo vệ và phát triển rừng", start="2023-11-02",
                 slot="morning", chair_id=dung, **tentative)
    traffic = add(title="Hội nghị trực tuyến toàn quốc chuyên đề về bảo đảm an toàn giao thông đối với học sinh",
                  start="2023-11-02", slot="afternoon", chair_id=binh, chair_text="Chủ trì điểm cầu", **tentative)
    add(title="Dự kỳ họp thứ 13 HĐND huyện khóa VI, nhiệm kỳ 2021 – 2026", start="2023-11-03", slot="morning",
        group_ids=[leaders], **tentative)
    add(title="Dự Phiên họp thường kỳ tháng 10 năm 2023", start="2023-11-03", slot="afternoon",
        group_ids=[leaders], **tentative)
    festival = add(title="Dự ngày hội Đại đoàn kết toàn dân tộc năm 2023 tại các khu dân cư trong huyện",
                   kind="multi_day", start="2023-11-01", end="2023-11-18", group_ids=[ids["district_leaders"]],
                   **tentative)
    add(title="Hội nghị đánh giá kết quả 02 năm thực hiện Kết luận số 684-KL/TU", start="2023-11-09",
        group_ids=[leaders], **tentative)
    add(title="Tham dự ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư bản Chim, xã Nhi Sơn",
        start="2023-11-10", location="Khu dân cư bản Chim, xã Nhi Sơn", **tentative)
    add(title="Hội nghị học tập, quán triệt các nghị quyết, chỉ thị, kết luận của Bộ Chính trị, Ban Bí thư",
        start="2023-11-13", group_ids=[leaders], **tentative)
    inspection = add(title="Đoàn kiểm tra của BCĐ các chương trình mục tiêu quốc gia huyện", kind="multi_day",
                     start="2023-11-13", end="2023-11-15", group_ids=[leaders], **tentative)
    add(title="Hội nghị tiếp xúc cử tri đại biểu HĐND tỉnh", start="2023-11-16", location="xã Mường Chanh",
        group_ids=[leaders], **tentative)
    add(title="Hội nghị Ban Thường vụ Huyện ủy thường kỳ tháng 11", start="2023-11-23", group_ids=[leaders],
        **tentative)
    preparation = add(title="Các nội dung chuẩn bị trong tháng", kind="other", month="2023-11", agenda=[
        {"title": "Báo cáo tình hình kinh tế - xã hội tháng 11, nhiệm vụ trọng tâm tháng 12 năm 2023",
         "unit_ids": [ids["vp"]]},
        {"title": "Kế hoạch thực hiện công tác thẩm tra, thẩm định xây dựng nông thôn mới năm 2023",
         "unit_ids": [ids["nn"]]},
        {"title": "Xây dựng thẩm định Kế hoạch chấm điểm, xếp loại mức độ hoàn thành nhiệm vụ", "unit_ids": [ids["nv"]]},
        {"title": "Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2023", "unit_ids": [ids["nv"]]},
        {"title": "Rà soát, bổ sung, thay thế người có uy tín", "unit_ids": [ids["dt"]]},
    ])

    assert [r["start"] for r in receptions] == ["2023-11-01", "2023-11-08", "2023-11-15", "2023-11-20"]
    assert (voters["start"], voters["end"]) == ("2023-11-02T07:30:00+07:00", "2023-11-02T11:30:00+07:00")
    assert (traffic["start"], traffic["end"]) == ("2023-11-02T13:30:00+07:00", "2023-11-02T17:00:00+07:00")
    assert voters["chair"]["name"] == "Nguyễn Văn Bình" and forest["chair"]["name"] == "Hoàng Văn Dũng"
    assert voters["location"] == "xã Nhi Sơn"
    assert (festival["start"], festival["end"], festival["all_day"], festival["busy"]) == \
        ("2023-11-01", "2023-11-18", True, False)
    assert (inspection["start"], inspection["end"], inspection["busy"]) == ("2023-11-13", "2023-11-15", False)
    assert {e["status"] for e in created[4:-1]} == {"tentative"}
    assert preparation["start"] is None and len(preparation["agenda"]) == 5

    listed = month(api)
    assert len(listed) == len(created)
    on_02 = [e for e in listed if (e["start"] or "").startswith("2023-11-02")]
    assert [e["id"] for e in on_02] == [voters["id"], forest["id"], traffic["id"]]
    # Dũng is in "Lãnh đạo UBND huyện": his list has everything of that group, what he chairs, and the
    # festival (through "Các đồng chí lãnh đạo huyện"), but not what only Bình chairs.
    dung_ids = {e["id"] for e in month(api, person_id=dung)}
    assert forest["id"] in dung_ids and festival["id"] in dung_ids and receptions[0]["id"] in dung_ids
    assert voters["id"] not in dung_ids and traffic["id"] not in dung_ids
    # A range that ends on 13/11 still sees the span 13–15/11 and the festival; one from 19/11 does not.
    assert {inspection["id"], festival["id"]} <= {e["id"] for e in month(api, to="2023-11-13")}
    late = {e["id"] for e in month(api, **{"from": "2023-11-19"})}
    assert festival["id"] not in late and inspection["id"] not in late


def test_weekly_thursday_afternoon_briefing(api, ids):
    briefing = api.created("/api/events", {
        "title": "Giao ban Lãnh đạo UBND huyện", "start": "2023-11-02", "slot": "afternoon",
        "rrule": "FREQ=WEEKLY;BYDAY=TH", "group_ids": [ids["leaders"]]})
    assert briefing["rrule"] == "FREQ=WEEKLY;BYDAY=TH"
    occurrences = [e for e in month(api) if e["id"] == briefing["id"]]
    assert [o["start"] for o in occurrences] == [f"2023-11-{d:02d}T13:30:00+07:00" for d in (2, 9, 16, 23, 30)]
    assert [o["recurrence_id"] for o in occurrences] == [o["start"] for o in occurrences]
    assert all(o["end"].endswith("T17:00:00+07:00") for o in occurrences)
