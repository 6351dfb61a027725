#!/usr/bin/python3
"""Read a feed with libical (the C library behind Evolution and GNOME Calendar) and list its occurrences.

Usage: /usr/bin/python3 libical_check.py FILE FROM TO  — Debian's python3 with python3-gi and
gir1.2-ical-3.0 (the introspection bindings exist for that interpreter only, not for a venv).
Prints one JSON object like icaljs.mjs. libical does not throw on bad content: it inserts X-LIC-ERROR
properties where it gave up, so each of those is an error here.
libical reads bytes and unfolds them before anything else; the bindings take a str, so the file is unfolded
here first, as bytes, and then decoded (a line folded inside a UTF-8 character is lint's finding).
RRULE, EXDATE and RECURRENCE-ID overrides are applied; RDATE is not (the feeds never write one).
"""
import json
import re
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I  # noqa: E402

UTC = I.Timezone.get_utc_timezone()
MAX_PER_EVENT = 2000  # an open-ended rule must not loop for ever


def fmt(t) -> str:
    if t.is_date():
        return f"{t.get_year():04d}-{t.get_month():02d}-{t.get_day():02d}"
    u = t.convert_to_zone(UTC)
    return (f"{u.get_year():04d}-{u.get_month():02d}-{u.get_day():02d}T"
            f"{u.get_hour():02d}:{u.get_minute():02d}:{u.get_second():02d}Z")


def zoned(root, prop, t):
    """Attach the zone that the property's TZID names (libical does it for DTSTART, not for EXDATE or
    RECURRENCE-ID read this way)."""
    par = prop.get_first_parameter(I.ParameterKind.TZID_PARAMETER)
    if par is not None and root.get_timezone(par.get_tzid()) is not None:
        t.set_timezone(root.get_timezone(par.get_tzid()))
    return t


def walk(comp):
    yield comp
    child = comp.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while child:
        yield from walk(child)
        child = comp.get_next_component(I.ComponentKind.ANY_COMPONENT)


def vevents(root):
    ev = root.get_first_component(I.ComponentKind.VEVENT_COMPONENT)
    while ev:
        yield ev
        ev = root.get_next_component(I.ComponentKind.VEVENT_COMPONENT)


def props(comp, kind):
    prop = comp.get_first_property(kind)
    while prop:
        yield prop
        prop = comp.get_next_property(kind)


def expand(root, ev, lo, hi):
    """Start keys of a recurring master's occurrences before `hi`, EXDATEs left out."""
    dtstart = ev.get_dtstart()
    excluded = {fmt(zoned(root, x, x.get_exdate())) for x in props(ev, I.PropertyKind.EXDATE_PROPERTY)}
    it = I.RecurIterator.new(ev.get_first_property(I.PropertyKind.RRULE_PROPERTY).get_rrule(), dtstart)
    for _ in range(MAX_PER_EVENT):
        occ = it.next()
        if occ is None or occ.is_null_time():
            return
        if dtstart.get_timezone() is not None:  # the iterator hands back zoneless times
            occ.set_timezone(dtstart.get_timezone())
        if I.Time.compare(occ, hi) >= 0:
            return
        if I.Time.compare(occ, lo) >= 0 and fmt(occ) not in excluded:
            yield fmt(occ)


def main(path, lo_text, hi_text):
    out = {"parser": "libical", "errors": [], "events": 0, "occurrences": []}
    with open(path, "rb") as f:
        text = re.sub(rb"\r?\n[ \t]", b"", f.read()).decode("utf-8", "replace")
    if "\ufffd" in text:
        out["errors"].append("the file is not UTF-8, even unfolded")
    root = I.Component.new_from_string(text)
    if root is None:
        out["errors"].append("libical could not parse the file")
        out["crashed"] = True
        return out
    for comp in walk(root):
        for prop in props(comp, I.PropertyKind.XLICERROR_PROPERTY):
            out["errors"].append(f"X-LIC-ERROR in {comp.kind_to_string(comp.isa())}: {prop.get_xlicerror()}")
    lo, hi = (I.Time.new_from_string(d.replace("-", "")) for d in (lo_text, hi_text))
    masters, overrides = [], []
    for ev in vevents(root):
        out["events"] += 1
        p = ev.get_first_property(I.PropertyKind.DTSTART_PROPERTY)
        par = p.get_first_parameter(I.ParameterKind.TZID_PARAMETER) if p is not None else None
        if par is not None and root.get_timezone(par.get_tzid()) is None:
            out["errors"].append(f"unknown TZID {par.get_tzid()}")
        recurrence_id = ev.get_first_property(I.PropertyKind.RECURRENCEID_PROPERTY)
        if recurrence_id is not None:
            overrides.append((ev, fmt(zoned(root, recurrence_id, ev.get_recurrenceid()))))
        else:
            masters.append(ev)
    # An override replaces the master's occurrence it names, wherever the override itself moved it.
    replaced = {(ev.get_uid(), original) for ev, original in overrides}

    def line(ev, start):
        status = ev.get_first_property(I.PropertyKind.STATUS_PROPERTY)
        return f"{ev.get_uid()}|{start}|{ev.get_summary() or ''}|{status.get_value_as_string().upper() if status else ''}"

    for ev in masters:
        if ev.get_first_property(I.PropertyKind.RRULE_PROPERTY) is not None:
            out["occurrences"] += [line(ev, s) for s in expand(root, ev, lo, hi) if (ev.get_uid(), s) not in replaced]
        elif I.Time.compare(ev.get_dtstart(), lo) >= 0 and I.Time.compare(ev.get_dtstart(), hi) < 0:
            out["occurrences"].append(line(ev, fmt(ev.get_dtstart())))
    for ev, _ in overrides:
        if I.Time.compare(ev.get_dtstart(), lo) >= 0 and I.Time.compare(ev.get_dtstart(), hi) < 0:
            out["occurrences"].append(line(ev, fmt(ev.get_dtstart())))
    return out


if __name__ == "__main__":
    try:
        result = main(*sys.argv[1:4])
    except Exception as exc:  # noqa: BLE001 - report, don't crash: a crash is the feed failing to parse
        result = {"parser": "libical", "errors": [f"{type(exc).__name__}: {exc}"], "events": 0, "occurrences": [],
                  "crashed": True}
    print(json.dumps(result, ensure_ascii=False))
