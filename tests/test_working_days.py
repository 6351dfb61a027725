"""Working days with the real `holidays` calendar, our built-in corrections and the office's exceptions."""
from datetime import date

import pytest

from service.calendar_rules import WorkCalendar

cal = WorkCalendar()


@pytest.mark.parametrize("day,working", [
    (date(2024, 2, 7), True),    # Wednesday before Tết
    (date(2024, 2, 8), False),   # 29 Tết
    (date(2024, 2, 12), False),  # Mùng ba (Monday)
    (date(2024, 2, 14), False),  # Mùng năm
    (date(2024, 2, 15), True),   # back to work
    (date(2024, 4, 18), False),  # Giỗ Tổ Hùng Vương (10/3 âm lịch)
    (date(2024, 4, 29), False),  # Monday swapped for Saturday 4/5
    (date(2024, 4, 30), False), (date(2024, 5, 1), False),
    (date(2024, 5, 4), True),    # make-up working Saturday (VPCP 2450), missing from `holidays`
    (date(2024, 5, 5), False),   # Sunday
    (date(2023, 1, 20), False), (date(2023, 1, 26), False), (date(2023, 1, 27), True),
    (date(2023, 5, 2), False), (date(2023, 5, 3), False),  # 2023 compensatory days
    (date(2026, 1, 2), False),   # 2026 swap missing from `holidays` 0.109
    (date(2026, 1, 10), True),
])
def test_working_days_real_calendar(day, working):
    assert cal.is_working_day(day) is working


@pytest.mark.parametrize("event_day,n,deadline", [
    (date(2024, 2, 15), 3, date(2024, 2, 5)),   # Thu after Tết: 7, 6, 5 Feb
    (date(2024, 2, 16), 5, date(2024, 2, 2)),   # 15/2, then 7, 6, 5 and 2/2 (Tết and the weekend skipped)
    (date(2024, 2, 19), 1, date(2024, 2, 16)),
    (date(2024, 5, 6), 3, date(2024, 5, 2)),    # Sat 4/5 counts: 4/5, 3/5, 2/5
    (date(2024, 5, 2), 1, date(2024, 4, 26)),   # 1/5, 30/4, 29/4 off; 28, 27 weekend
    (date(2024, 5, 3), 2, date(2024, 4, 26)),
    (date(2023, 11, 21), 5, date(2023, 11, 14)),
])
def test_default_deadlines_around_holidays(event_day, n, deadline):
    assert cal.default_deadline(event_day, n) == deadline


def test_deadlines_through_the_api_around_tet_and_may_day(api):
    unit = api.created("/api/units", {"name": "Sở Tài chính"})["id"]
    tet = api.created("/api/events", {"title": "Họp sau Tết", "start": "2024-02-15", "slot": "morning",
                                      "agenda": [{"title": "Báo cáo", "unit_ids": [unit]}]})
    may = api.created("/api/events", {"title": "Họp sau 1/5", "start": "2024-05-06", "slot": "morning",
                                      "agenda": [{"title": "Báo cáo", "unit_ids": [unit]}]})
    # default N = 5 working days
    assert tet["agenda"][0]["deadline"] == "2024-02-01"  # 14..8/2 Tết; 7, 6, 5, 2, 1 Feb
    assert may["agenda"][0]["deadline"] == "2024-04-25"  # 4/5 (Sat, làm bù), 3, 2, 26/4, 25/4


def test_office_exceptions_move_default_deadlines(api):
    unit = api.created("/api/units", {"name": "Sở Tài chính"})["id"]
    event = api.created("/api/events", {"title": "Họp", "start": "2023-11-21", "slot": "morning",
                                        "agenda": [{"title": "Báo cáo", "unit_ids": [unit]},
                                                   {"title": "Tờ trình", "unit_ids": [unit], "deadline": "2023-11-13"}]})
    assert [i["deadline"] for i in event["agenda"]] == ["2023-11-14", "2023-11-13"]
    # The province gives 17/11/2023 off (a late announcement): the default deadline moves a day earlier.
    put = api.call("PUT", "/api/calendar/exceptions", json={"day": "2023-11-17", "kind": "day_off",
                                                            "label": "Nghỉ theo thông báo của tỉnh"})
    assert put.status_code == 200
    after = api.get(f"/api/events/{event['id']}").get_json()
    assert [i["deadline"] for i in after["agenda"]] == ["2023-11-13", "2023-11-13"]
    assert api.get("/api/calendar/exceptions").get_json()["exceptions"][0]["day"] == "2023-11-17"
    assert api.delete("/api/calendar/exceptions/2023-11-17").status_code == 200
    assert api.get(f"/api/events/{event['id']}").get_json()["agenda"][0]["deadline"] == "2023-11-14"
    assert api.delete("/api/calendar/exceptions/2023-11-17").status_code == 404
