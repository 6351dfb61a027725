def test_health_and_create_event(api):
    assert api.client.get("/healthz").get_json() == {"status": "ok", "database": "ok"}
    unit = api.created("/api/units", {"name": "Sở Tài chính", "aliases": ["STC"], "emails": ["stc@example.gov.vn"]})
    event = api.created("/api/events", {"title": "Họp", "start": "2023-11-21", "slot": "morning",
                                        "agenda": [{"number": 1, "title": "Báo cáo", "unit_ids": [unit["id"]]}]})
    assert event["start"] == "2023-11-21T07:30:00+07:00"
    assert event["agenda"][0]["deadline"] == "2023-11-14"
