"""The importer on the two sample programs (every event spelled out), on documents written for the forms
the samples lack, on Word and PDF files, through the CLI and the API; idempotent commits."""
import io
import json
import os
import unicodedata

import pytest

from tests.conftest import SAMPLES
from tests.directory_fixtures import make_directory

DOCS = os.path.join(os.path.dirname(__file__), "data", "programs")


def sample(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
        return f.read()


def doc(name):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        return f.read()


@pytest.fixture
def ids(api):
    return make_directory(api)


def preview(api, text, **extra):
    response = api.post("/api/imports", {"text": text, **extra})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def brief(events):
    """(start, end, status, kind, title prefix) of each event: what a clerk checks first."""
    return [(e["start"], e["end"], e["status"], e["kind"], e["title"][:40]) for e in events]


def test_muong_lat_every_event(api, ids):
    result = preview(api, sample("muong-lat-2023-11.txt"))
    assert (result["year"], result["month"]) == (2023, 11)
    events = result["events"]
    prep, receptions, program = events[0], events[1:5], events[5:]
    # II. CÁC NỘI DUNG CHUẨN BỊ TRONG THÁNG: undated, 6 items and their units (the last one names no unit we know).
    assert (prep["title"], prep["start"], prep["kind"]) == ("Các nội dung chuẩn bị trong tháng", None, "other")
    assert [i["preparing_units"] for i in prep["agenda"]] == [
        ["Văn phòng HĐND và UBND huyện"], ["Phòng Nông nghiệp và Phát triển nông thôn"], ["Phòng Nội vụ"],
        ["Phòng Nội vụ"], ["Phòng Dân tộc"], ["Các phòng, ban, đơn vị", "UBND các xã, thị trấn"]]
    # III. LỊCH TIẾP CÔNG DÂN: "các ngày 01,08,15, 20/11/2023" -> four all-day reception days, confirmed.
    assert brief(receptions) == [(f"2023-11-{d}", f"2023-11-{d}", "confirmed", "reception",
                                  "Lãnh đạo UBND huyện tiếp công dân định k") for d in ("01", "08", "15", "20")]
    assert all(r["attendees"] == ["Lãnh đạo UBND huyện"] for r in receptions)
    # IV. DỰ KIẾN LỊCH HỘI NGHỊ: everything tentative; slots are the configured hours.
    morning, afternoon = ("T07:30:00+07:00", "T11:30:00+07:00"), ("T13:30:00+07:00", "T17:00:00+07:00")

    def at(day, slot):
        return (f"2023-11-{day}{slot[0]}", f"2023-11-{day}{slot[1]}")
    expected = [
        (*at("01", morning), "meeting", "Lãnh đạo UBND huyện tham dự hội nghị Ban"),
        (*at("01", afternoon), "meeting", "Dự hội nghị lần thứ 27 Ban Chấp Đảng bộ "),
        (*at("02", morning), "meeting", "Chủ tịch UBND huyện tiếp xúc cử tri trước"),
        (*at("02", morning), "meeting", "Hội nghị triển khai thực hiện Kế hoạch số"),
        (*at("02", afternoon), "meeting", "Hội nghị trực tuyến toàn quốc chuyên đề v"),
        (*at("03", morning), "meeting", "Lãnh đạo UBND huyện dự kỳ họp thứ 13 HĐND"),
        (*at("03", afternoon), "meeting", "Lãnh đạo UBND huyện dự Phiên họp Thường k"),
        ("2023-11-01", "2023-11-18", "multi_day", "Các đồng chí lãnh đạo huyện dự ngày hội Đ"),
        ("2023-11-09", "2023-11-09", "meeting", "Lãnh đạo UBND huyện tham dự Hội nghị đánh"),
        ("2023-11-10", "2023-11-10", "other", "Tham dự ngày hội Đại đoàn kết toàn dân tộ"),
        ("2023-11-13", "2023-11-13", "meeting", "Lãnh đạo UBND huyện tham dự hội nghị học "),
        ("2023-11-13", "2023-11-15", "multi_day", "Lãnh đạo UBND huyện tham gia đoàn kiểm tr"),
        ("2023-11-16", "2023-11-16", "meeting", "Lãnh đạo UBND tham dự Hội nghị tiếp xúc c"),
        ("2023-11-23", "2023-11-23", "meeting", "Lãnh đạo UBND tham dự Hội nghị Ban Thường"),
    ]
    assert [(s, e, k, t) for s, e, _, k, t in brief(program)] == [(s, e, k, t[:40]) for s, e, k, t in expected]
    assert {e["status"] for e in program} == {"tentative"}
    voters, forest, traffic = program[2], program[3], program[4]
    assert (voters["chair"], voters["location"]) == ("Nguyễn Văn Bình", "xã Nhi Sơn")  # by title: Chủ tịch UBND huyện
    assert forest["chair"] == "Hoàng Văn Dũng" and traffic["chair"] == "Nguyễn Văn Bình"
    assert program[7]["attendees"] == ["Các đồng chí lãnh đạo huyện"]
    assert program[9]["location"] == "khu dân cư bản Chim, xã Nhi Sơn"
    assert program[12]["attendees"] == ["Lãnh đạo UBND huyện"]  # "Lãnh đạo UBND", written without "huyện"
    # Nothing from I. NHIỆM VỤ TRỌNG TÂM ("ngày pháp luật Việt Nam 09/11", "ngày nhà giáo Việt Nam 20/11").
    assert not [e for e in events if "pháp luật" in e["title"] or "nhà giáo" in e["title"].casefold()]
    assert len(events) == 19
    assert result["warnings"] == [
        "Dòng 155: không tìm thấy đơn vị 'Các phòng, ban, đơn vị' trong danh bạ",
        "Dòng 155: không tìm thấy đơn vị 'UBND các xã, thị trấn' trong danh bạ"]


def test_bac_giang_every_event(api, ids):
    events = preview(api, sample("bac-giang-2023-11.txt"))["events"]
    assert brief(events) == [
        ("2023-11-21", "2023-11-21", "confirmed", "meeting", "Hội nghị UBND tỉnh thường kỳ"),
        (None, None, "confirmed", "other", "Các nội dung, đề án trình Chủ tịch UBND "),
        ("2023-11-15", "2023-11-15", "confirmed", "reception", "Tiếp công dân định kỳ")]
    session, chairman = events[0], events[1]
    assert [i["number"] for i in session["agenda"]] == list(range(1, 35))
    from tests.test_samples import BAC_GIANG_21_11_UNITS, UNIT_NAMES_AS_WRITTEN, bac_giang_items
    names = {"ld": "Sở Lao động - Thương binh và Xã hội", "ttr": "Thanh tra tỉnh"}
    assert [i["preparing_units"] for i in session["agenda"]] == [
        [names.get(k, UNIT_NAMES_AS_WRITTEN[k])] for k in BAC_GIANG_21_11_UNITS]
    assert [i["title"] for i in session["agenda"]] == [t.rstrip(" .") for _, t, _ in bac_giang_items()]
    assert [i["preparing_units"] for i in chairman["agenda"]] == [
        ["Công an tỉnh"], ["Công an tỉnh"], ["Sở Ngoại vụ"], ["Bộ Chỉ huy Quân sự tỉnh"], ["Thanh tra tỉnh"],
        ["Thanh tra tỉnh"]]
    # Narrative dates ("ngày Đại đoàn kết toàn dân (18/11)", "Nhà giáo Việt Nam (20/11)") are not events.
    assert len(events) == 3


def test_forms_the_samples_lack(api, ids):
    """A Huyện ủy program written for this test: weekly briefings, tentative and undated items, '(1).'
    numbering, units for several items, lead and supporting units, a wrong weekday, clock times."""
    result = preview(api, doc("huyen-uy-2023-05.txt"))

    def event(prefix):
        (found,) = [e for e in result["events"] if e["title"].startswith(prefix)]
        return found
    briefing = event("Giao ban Thường trực Huyện ủy")
    assert (briefing["rrule"], briefing["start"]) == ("FREQ=WEEKLY;BYDAY=MO", "2023-05-01T13:30:00+07:00")
    assert event("Giao ban khối Nội chính")["rrule"] == "FREQ=WEEKLY;BYDAY=TH"
    btv = event("Hội nghị Ban Thường vụ Huyện ủy")
    assert (btv["status"], btv["start"], btv["end"]) == ("tentative", "2023-05-25", "2023-05-25")
    assert [(i["number"], i["preparing_units"]) for i in btv["agenda"]] == [
        (1, ["Văn phòng HĐND và UBND huyện"]), (2, ["Văn phòng HĐND và UBND huyện", "Phòng Kinh tế và Hạ tầng"]),
        (3, ["Văn phòng HĐND và UBND huyện", "Phòng Kinh tế và Hạ tầng"]), (5, ["Phòng Nội vụ"])]
    council = event("Hội nghị sơ kết công tác dân vận")
    assert council["agenda"][0]["preparing_units"] == ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ"]
    later = event("Hội nghị tổng kết công tác khuyến học")
    assert (later["start"], later["status"]) == (None, "confirmed")
    timed = event("Làm việc với Đoàn công tác")
    assert (timed["start"], timed["end"]) == ("2023-05-12T14:00:00+07:00", "2023-05-12T17:00:00+07:00")
    assert "Dòng 22: ngày 15/05/2023 là Thứ Hai, văn bản ghi Thứ Ba" in result["warnings"]
    assert len(result["events"]) == 7
    assert not [e for e in result["events"] if "Ngày Quốc tế Lao động" in e["title"]]


def test_damaged_pdf_text_and_nfd(api, ids):
    damaged = doc("damaged-2023-11.txt")
    assert "ƣ" in damaged and "  " in damaged
    result = preview(api, damaged)
    titles = [e["title"] for e in result["events"]]
    assert "Hội nghị UBND huyện thường kỳ" in titles
    meeting = next(e for e in result["events"] if e["title"] == "Hội nghị UBND huyện thường kỳ")
    assert meeting["start"] == "2023-11-28" and meeting["agenda"][0]["preparing_units"] == ["Phòng Nội vụ"]
    nfd = unicodedata.normalize("NFD", sample("muong-lat-2023-11.txt"))
    assert preview(api, nfd)["events"] == preview(api, sample("muong-lat-2023-11.txt"))["events"]


def test_commit_is_idempotent_and_updates_an_edited_version(api, ids):
    first = preview(api, sample("muong-lat-2023-11.txt"))
    done = api.post(f"/api/imports/{first['id']}/commit").get_json()
    assert (done["created"], done["updated"], done["cancelled"]) == (19, 0, 0)
    listed = api.get("/api/events?from=2023-11-01&to=2023-11-30").get_json()["events"]
    assert len({e["id"] for e in listed}) == 19
    again = api.post(f"/api/imports/{preview(api, sample('muong-lat-2023-11.txt'))['id']}/commit").get_json()
    assert (again["created"], again["updated"], again["unchanged"], again["cancelled"]) == (0, 0, 19, 0)
    assert again["event_ids"] == done["event_ids"]
    # The office moves the 23/11 meeting to 24/11, adds an item to section II and drops the 10/11 festival.
    edited = sample("muong-lat-2023-11.txt").replace("10. Ngày 23 tháng 11", "10. Ngày 24 tháng 11")
    edited = edited.replace("- Báo cáo kết quả thực hiện công tác dân vận",
                            "- Báo cáo công tác cải cách hành chính năm 2023 (phòng Nội vụ chuẩn bị).\n"
                            "- Báo cáo kết quả thực hiện công tác dân vận")
    edited = edited.replace("6. Ngày 10 tháng 11 năm 2023: Tham dự ngày hội Đại đoàn kết toàn dân \n\n"
                            "tộc tại khu dân cư bản Chim, xã Nhi Sơn.", "")
    edited_id = preview(api, edited)["id"]
    refused = api.post(f"/api/imports/{edited_id}/commit")  # cancelling the festival needs a tick
    assert refused.status_code == 409 and "confirm_cancel" in refused.get_json()["error"]["fields"]
    third = api.post(f"/api/imports/{edited_id}/commit", {"confirm_cancel": True}).get_json()
    assert (third["created"], third["updated"], third["cancelled"]) == (0, 2, 1)
    moved = api.get(f"/api/events/{done['event_ids'][-1]}").get_json()
    assert moved["start"] == "2023-11-24" and moved["sequence"] == 1
    prep = api.get(f"/api/events/{done['event_ids'][0]}").get_json()
    assert len(prep["agenda"]) == 7
    assert [h["action"] for h in api.get(f"/api/events/{done['event_ids'][0]}/history").get_json()["changes"]] == \
        ["created", "updated"]


def test_cli_dry_run_json_and_commit(app, ids, tmp_path):
    path = tmp_path / "muong-lat.txt"
    path.write_text(sample("muong-lat-2023-11.txt"), encoding="utf-8")
    runner = app.test_cli_runner()  # Click 8.2: result.stdout holds stdout alone
    result = runner.invoke(args=["import-program", str(path), "--dry-run", "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == {"document", "events", "plan", "skipped", "warnings"} and len(document["events"]) == 19
    assert set(document["events"][1]) == {"title", "kind", "status", "start", "end", "all_day", "rrule", "location",
                                          "chair", "attendees", "agenda", "source_line", "plan"}
    assert document["events"][1]["source_line"] == 167
    result = runner.invoke(args=["import-program", str(path)])
    assert result.exit_code == 0 and "19 sự kiện mới" in result.stdout
    result = runner.invoke(args=["import-program", str(path)])
    assert "0 sự kiện mới, 0 cập nhật, 19 không đổi" in result.stdout


def test_word_and_pdf_files(api, ids, tmp_path):
    import docx
    from fpdf import FPDF

    text = sample("bac-giang-2023-11.txt")
    word = docx.Document()
    for line in text.split("\n"):
        word.add_paragraph(line)
    buffer = io.BytesIO()
    word.save(buffer)
    from_word = api.post("/api/imports", data={"file": (io.BytesIO(buffer.getvalue()), "ct-thang-11.docx")},
                         content_type="multipart/form-data")
    assert from_word.status_code == 201, from_word.get_json()
    assert brief(from_word.get_json()["events"]) == brief(preview(api, text)["events"])

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=10)
    for line in doc("huyen-uy-2023-05.txt").split("\n"):
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    from_pdf = api.post("/api/imports", data={"file": (io.BytesIO(bytes(pdf.output())), "ct.pdf")},
                        content_type="multipart/form-data")
    assert from_pdf.status_code == 201, from_pdf.get_json()
    assert [e["title"][:30] for e in from_pdf.get_json()["events"]] == \
        [e["title"][:30] for e in preview(api, doc("huyen-uy-2023-05.txt"))["events"]]


@pytest.mark.parametrize("body, field", [
    ({"text": ""}, "text"), ({"text": "   \n "}, "text"), ({}, "text"), ({"text": 5}, "text"),
    ({"text": "Hội nghị ngày 5/5"}, "month"), ({"text": "x", "month": 13}, "month"), ({"text": "x", "year": 1999}, "year"),
    ({"text": "x", "extra": 1}, "extra"),
])
def test_bad_imports(api, body, field):
    response = api.post("/api/imports", body)
    assert response.status_code in (400, 422) and field in response.get_json()["error"]["fields"], response.get_json()


def test_bad_files_and_commits(api, viewer):
    for data, name in ((b"PK\x03\x04broken", "a.docx"), (b"%PDF-1.4 broken", "a.pdf"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a.doc")):
        response = api.post("/api/imports", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
        assert response.status_code == 422 and "file" in response.get_json()["error"]["fields"]
    assert api.post("/api/imports", data={}, content_type="multipart/form-data").status_code == 422
    assert api.post("/api/imports/999/commit").status_code == 404
    assert viewer.post("/api/imports", {"text": sample("muong-lat-2023-11.txt")}).status_code == 403
    assert api.get("/api/events?from=2023-11-01&to=2023-11-30").get_json()["events"] == []


def test_commune_weekly_schedule(api, ids):
    """A commune's weekly schedule (two-tier government since 1/7/2025): day headings with weekdays,
    'Sáng:' / 'Chiều:' / 'Cả ngày:', a clock time; nothing assumes a district."""
    result = preview(api, doc("xa-tuan-2025-10.txt"))
    assert (result["year"], result["month"]) == (2025, 10)
    assert brief(result["events"]) == [
        ("2025-10-06T07:30:00+07:00", "2025-10-06T11:30:00+07:00", "confirmed", "meeting", "Chủ tịch UBND xã chủ trì giao ban đầu tu"),
        ("2025-10-06T14:00:00+07:00", "2025-10-06T17:00:00+07:00", "confirmed", "meeting", "Phó Chủ tịch UBND xã dự Hội nghị trực tu"),
        ("2025-10-08T07:30:00+07:00", "2025-10-08T11:30:00+07:00", "confirmed", "reception", "Lãnh đạo UBND xã tiếp công dân định kỳ t"),
        ("2025-10-09T07:30:00+07:00", "2025-10-09T17:00:00+07:00", "confirmed", "meeting", "Đoàn kiểm tra của tỉnh làm việc tại xã v")]
    assert result["events"][0]["location"] == "Phòng họp UBND xã" and result["events"][3]["location"] is None
    assert "Dòng 11: ngày 09/10/2025 là Thứ Năm, văn bản ghi Thứ Sáu" in result["warnings"]


def test_word_table_schedule(api, ids):
    """Many offices write the program as a Word table: Thời gian | Nội dung | Chủ trì | Địa điểm | Đơn vị chuẩn bị,
    the day in a cell merged over several rows."""
    import docx

    word = docx.Document()
    word.add_paragraph("LỊCH CÔNG TÁC THÁNG 11 NĂM 2023 CỦA UBND HUYỆN")
    rows = [("Ngày", "Giờ", "Nội dung", "Chủ trì", "Địa điểm", "Đơn vị chuẩn bị"),
            ("Thứ Hai 06/11/2023", "Sáng", "Giao ban Thường trực HĐND - UBND huyện", "Chủ tịch UBND huyện",
             "Phòng họp UBND huyện", "Văn phòng HĐND và UBND huyện"),
            ("", "14h00", "Hội nghị triển khai chuyển đổi số", "Đ/c Hoàng Văn Dũng", "Hội trường UBND huyện",
             "Phòng Nội vụ"),
            ("Thứ Tư 08/11/2023", "", "Tiếp công dân định kỳ", "", "Trụ sở tiếp công dân", "")]
    table = word.add_table(rows=len(rows), cols=6)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    table.cell(1, 0).merge(table.cell(2, 0))  # the day spans its morning and afternoon rows
    buffer = io.BytesIO()
    word.save(buffer)
    response = api.post("/api/imports", data={"file": (io.BytesIO(buffer.getvalue()), "lich.docx")},
                        content_type="multipart/form-data")
    assert response.status_code == 201, response.get_json()
    events = response.get_json()["events"]
    assert [(e["start"], e["chair"], e["location"]) for e in events] == [
        ("2023-11-06T07:30:00+07:00", "Nguyễn Văn Bình", "Phòng họp UBND huyện"),
        ("2023-11-06T14:00:00+07:00", "Hoàng Văn Dũng", "Hội trường UBND huyện"),
        ("2023-11-08", None, "Trụ sở tiếp công dân")]
    assert [e["agenda"][0]["preparing_units"] for e in events[:2]] == [["Văn phòng HĐND và UBND huyện"], ["Phòng Nội vụ"]]
    assert events[2]["kind"] == "reception"


# "Thường trực Huyện ủy dự … (sáng; dự: đ/c Thắng)": the body, then the member who goes, by his given name alone;
# a given name that is no member's, or two members', stays as written.
@pytest.mark.parametrize("who, attends", [("đ/c Thắng", ["Thường trực Huyện ủy", "Lê Văn Thắng"]),
                                          ("đồng chí Bình", ["Thường trực Huyện ủy", "Nguyễn Văn Bình"]),
                                          ("đ/c Dũng", ["Thường trực Huyện ủy"])])
def test_a_member_of_the_body_by_given_name(api, ids, who, attends):
    text = ("LỊCH LÀM VIỆC TUẦN 46 (từ ngày 13/11/2023 đến ngày 19/11/2023)\nThứ ba\n14/11\n"
            f"+ Thường trực Huyện ủy dự Hội nghị tổng kết công tác dân vận (sáng; dự: {who}).\n")
    (event,) = preview(api, text)["events"]
    assert event["attendees"][:2] == attends
