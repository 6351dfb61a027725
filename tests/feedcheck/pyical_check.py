"""Read a feed with python-icalendar, expand it with recurring-ical-events, and list its occurrences.

Usage: tests/feedcheck/.venv/bin/python pyical_check.py FILE FROM TO  (the venv scripts/test-deps.sh
makes). Prints one JSON object like icaljs.mjs. The occurrences are those recurring-ical-events gives
for between(FROM, TO): every occurrence overlapping the window (tests/test_feeds_ical.py compares that
list with the API's, which has the same meaning); check.py cuts it to starts in the window.
"""
import datetime as dt
import json
import sys

import icalendar
import recurring_ical_events


def fmt(value) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.strftime("%Y-%m-%dT%H:%M:%S") + "(floating)"
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def main(path, lo, hi):
    out = {"parser": "python-icalendar", "errors": [], "events": 0, "occurrences": []}
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    for comp in cal.walk():
        for err in getattr(comp, "errors", None) or []:  # what the lenient parser skipped over
            out["errors"].append(f"{comp.name}: {err}")
    tzids = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    for ev in cal.walk("VEVENT"):
        out["events"] += 1
        start = ev.get("DTSTART")
        tzid = start.params.get("TZID") if start is not None else None
        if tzid and tzid not in tzids:  # icalendar would quietly use its own zone database instead
            out["errors"].append(f"unknown TZID {tzid}")
    for occ in recurring_ical_events.of(cal).between(dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)):
        status = str(occ.get("STATUS", "")).upper()
        out["occurrences"].append(f'{occ.get("UID")}|{fmt(occ.decoded("DTSTART"))}|{occ.get("SUMMARY", "")}|{status}')
    return out


if __name__ == "__main__":
    try:
        result = main(*sys.argv[1:4])
    except Exception as exc:  # noqa: BLE001 - a crash is the feed failing to parse
        result = {"parser": "python-icalendar", "errors": [f"{type(exc).__name__}: {exc}"], "events": 0,
                  "occurrences": [], "crashed": True}
    print(json.dumps(result, ensure_ascii=False))
