"""A month built through the API for the export tests: every form the monthly program writes (sections,
a day with buổi and hours, agenda items with lead and supporting units, a tentative meeting, a span, a
weekly series, a reception day, an undated item, a cancelled meeting that must not be printed)."""
import io

from tests.directory_fixtures import make_directory


def build_month(api) -> dict:
    ids = make_directory(api)
    made = {}

    def create(key, body):
        made[key] = api.created("/api/events", body)

    create("briefing", {
        "title": "Hội nghị giao ban công tác tháng 11", "kind": "meeting", "start": "2023-11-20", "slot": "morning",
        "location": "Hội trường UBND huyện", "chair_id": ids["binh"], "group_ids": [ids["leaders"]],
        "agenda": [{"title": "Báo cáo tình hình kinh tế - xã hội tháng 11", "unit_ids": [ids["vp"]]},
                   {"title": "Kế hoạch thực hiện công tác thẩm tra nông thôn mới", "unit_ids": [ids["nn"], ids["nv"]],
                    "lead_unit_id": ids["nn"]}]})
    create("visit", {
        "title": "Làm việc với Đoàn công tác của Sở Nội vụ", "kind": "meeting",
        "start": "2023-11-21T14:00:00+07:00", "end": "2023-11-21T17:00:00+07:00",
        "location": "Phòng họp số 2", "chair_id": ids["dung"]})
    create("tentative", {
        "title": "Hội nghị tổng kết phong trào thi đua", "kind": "meeting", "status": "tentative",
        "start": "2023-11-22", "slot": "afternoon", "location": "Hội trường UBND huyện", "chair_id": ids["lan"]})
    create("session", {
        "title": "Kỳ họp thứ 14 Hội đồng nhân dân huyện", "kind": "meeting", "start": "2023-11-23", "slot": "full_day",
        "location": "Hội trường huyện", "group_ids": [ids["leaders"]]})
    create("span", {
        "title": "Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư", "kind": "multi_day",
        "start": "2023-11-13", "end": "2023-11-15", "all_day": True, "group_ids": [ids["district_leaders"]]})
    create("weekly", {
        "title": "Giao ban Thường trực Huyện ủy", "kind": "meeting", "start": "2023-11-06", "slot": "afternoon",
        "rrule": "FREQ=WEEKLY;BYDAY=MO", "location": "Phòng họp Huyện ủy", "group_ids": [ids["tthu"]]})
    create("reception", {
        "title": "Lãnh đạo UBND huyện tiếp công dân định kỳ", "kind": "reception", "start": "2023-11-15",
        "end": "2023-11-15", "all_day": True, "group_ids": [ids["leaders"]], "location": "Trụ sở Tiếp công dân huyện"})
    create("undated", {
        "title": "Hội nghị đối thoại với doanh nghiệp", "kind": "meeting", "month": "2023-11",
        "agenda": [{"title": "Báo cáo kết quả đối thoại năm 2023", "unit_ids": [ids["nv"]]}]})
    create("cancelled", {
        "title": "Hội nghị đã hủy không được in", "kind": "meeting", "start": "2023-11-24", "slot": "morning"})
    assert api.delete(f"/api/events/{made['cancelled']['id']}").status_code == 200
    return {"ids": ids, "events": made}


# The month as its program gives it back (the importer's preview shape), event by event.
MORNING, AFTERNOON = ("T07:30:00+07:00", "T11:30:00+07:00"), ("T13:30:00+07:00", "T17:00:00+07:00")
EXPECTED_MONTH = [
    # title, status, start, end, rrule, location, chair, attendees, agenda [(title, units)]
    ("Hội nghị đối thoại với doanh nghiệp", "confirmed", None, None, None, None, None, [],
     [("Báo cáo kết quả đối thoại năm 2023", ["Phòng Nội vụ"])]),
    ("Giao ban Thường trực Huyện ủy", "confirmed", "2023-11-06" + AFTERNOON[0], "2023-11-06" + AFTERNOON[1],
     "FREQ=WEEKLY;BYDAY=MO", "Phòng họp Huyện ủy", None, ["Thường trực Huyện ủy"], []),
    ("Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư", "confirmed", "2023-11-13", "2023-11-15", None, None, None,
     ["Các đồng chí lãnh đạo huyện"], []),
    ("Lãnh đạo UBND huyện tiếp công dân định kỳ", "confirmed", "2023-11-15", "2023-11-15", None,
     "Trụ sở Tiếp công dân huyện", None, ["Lãnh đạo UBND huyện"], []),
    ("Hội nghị giao ban công tác tháng 11", "confirmed", "2023-11-20" + MORNING[0], "2023-11-20" + MORNING[1], None,
     "Hội trường UBND huyện", "Nguyễn Văn Bình", ["Lãnh đạo UBND huyện"],
     [("Báo cáo tình hình kinh tế - xã hội tháng 11", ["Văn phòng HĐND và UBND huyện"]),
      ("Kế hoạch thực hiện công tác thẩm tra nông thôn mới",
       ["Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Nội vụ"])]),
    ("Làm việc với Đoàn công tác của Sở Nội vụ", "confirmed", "2023-11-21T14:00:00+07:00", "2023-11-21T17:00:00+07:00",
     None, "Phòng họp số 2", "Hoàng Văn Dũng", [], []),
    ("Hội nghị tổng kết phong trào thi đua", "tentative", "2023-11-22" + AFTERNOON[0], "2023-11-22" + AFTERNOON[1], None,
     "Hội trường UBND huyện", "Phạm Thị Lan", [], []),
    ("Kỳ họp thứ 14 Hội đồng nhân dân huyện", "confirmed", "2023-11-23" + MORNING[0], "2023-11-23" + AFTERNOON[1], None,
     "Hội trường huyện", None, ["Lãnh đạo UBND huyện"], []),
]


def brief(event: dict) -> tuple:
    """What the round trip compares, in the preview's shape."""
    return (event["title"], event["status"], event["start"], event["end"], event["rrule"], event["location"],
            event["chair"], sorted(event["attendees"]),
            [(i["title"], i["preparing_units"]) for i in event["agenda"]])


def reimport(api, data: bytes, name: str) -> dict:
    """The preview of the exported file, imported back through POST /api/imports."""
    response = api.post("/api/imports", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
    assert response.status_code == 201, response.get_json()
    return response.get_json()
