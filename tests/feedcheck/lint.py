"""RFC 5545 lint for published feeds: the mistakes that make real calendar clients drop or garble entries.

Standard library only, so it runs in any interpreter (the checker imports it; `python lint.py FILE...`
prints `PASS lint ...` / `FAIL lint ...` lines and exits 1 on any failure).
"""
import re
import sys

# TEXT values (RFC 5545 3.3.11, RFC 7986 NAME): a bare `,` or `;` in them splits the value for some parsers.
TEXT_PROPS = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "X-WR-CALNAME", "NAME", "X-WR-CALDESC"}
NAME_RE = re.compile(r"^[A-Za-z0-9-]+$")
MAX_SHOWN = 8


def unfold(raw: bytes, errors: list) -> list[tuple[str, int]]:
    """Physical lines -> logical lines (with the number of their first physical line), checking the
    physical layer on the way: CRLF everywhere, at most 75 octets a line, no line cut inside a UTF-8
    character (Outlook and some phones then show mojibake for Vietnamese text)."""
    if b"\n" in raw.replace(b"\r\n", b""):
        errors.append("line endings are not all CRLF")
    if not raw.endswith(b"\r\n"):
        errors.append("the file does not end with CRLF")
    physical = [line[:-1] if line.endswith(b"\r") else line for line in raw.split(b"\n")]
    if physical and physical[-1] == b"":
        physical.pop()
    lines = []
    for n, line in enumerate(physical, 1):
        if len(line) > 75:
            errors.append(f"line {n} is {len(line)} octets (over 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            errors.append(f"line {n} is not UTF-8 on its own (folded inside a multi-byte character?)")
        if line[:1] in (b" ", b"\t"):
            if not lines:
                errors.append("the file starts with a continuation line")
                continue
            lines[-1] = (lines[-1][0] + line[1:], lines[-1][1])
        else:
            lines.append((line, n))
    return [(line.decode("utf-8", "replace"), n) for line, n in lines]


def split_line(line: str):
    """NAME;PARAM=...:VALUE -> (NAME, {PARAM: value}, VALUE); a `:` inside a quoted parameter value is
    not the separator. None if the line is not a content line."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            break
    else:
        return None
    head, value = line[:i], line[i + 1:]
    parts = re.findall(r'(?:[^;"]|"[^"]*")+', head)
    if not parts:
        return None
    params = {}
    for part in parts[1:]:
        key, _, val = part.partition("=")
        params[key.upper()] = val.strip('"')
    return parts[0].upper(), params, value


def check_text(name: str, value: str, n: int, errors: list) -> None:
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            if i + 1 >= len(value) or value[i + 1] not in "nN\\;,":
                errors.append(f"line {n}: {name} has a bad escape '\\{value[i + 1:i + 2]}'")
            i += 2
            continue
        if ch in ";," and name != "X-WR-CALNAME":  # a de-facto property that clients read verbatim
            errors.append(f"line {n}: {name} has an unescaped '{ch}'")
            return
        i += 1


def parse_dt(value: str, params: dict):
    """("date", YYYYMMDD) | ("utc" | "tz:<TZID>" | "tz:floating", YYYYMMDDHHMMSS) | None if malformed."""
    v = value.strip()
    if params.get("VALUE") == "DATE" or re.fullmatch(r"\d{8}", v):
        return ("date", v) if re.fullmatch(r"\d{8}", v) else None
    m = re.fullmatch(r"(\d{8})T(\d{6})(Z?)", v)
    if not m:
        return None
    return ("utc" if m.group(3) else "tz:" + params.get("TZID", "floating"), m.group(1) + m.group(2))


def _components(lines, errors):
    """Content lines -> closed components [{type, props, line, parent}], checking nesting."""
    stack, comps, tz_defined, tz_used = [], [], set(), set()
    for line, n in lines:
        parsed = split_line(line)
        if parsed is None or not NAME_RE.match(parsed[0]):
            errors.append(f"line {n}: not a content line: {line[:40]!r}")
            continue
        name, params, value = parsed
        if name == "BEGIN":
            stack.append({"type": value.upper(), "props": [], "line": n})
            continue
        if name == "END":
            if not stack or stack[-1]["type"] != value.upper():
                errors.append(f"line {n}: END:{value} does not close {stack[-1]['type'] if stack else 'anything'}")
                continue
            comp = stack.pop()
            comp["parent"] = stack[-1]["type"] if stack else None
            comps.append(comp)
            continue
        if not stack:
            errors.append(f"line {n}: property outside any component")
            continue
        stack[-1]["props"].append((name, params, value, n))
        if "TZID" in params:
            tz_used.add(params["TZID"])
        if name == "TZID" and stack[-1]["type"] == "VTIMEZONE":
            tz_defined.add(value)
        if name in TEXT_PROPS:
            check_text(name, value, n, errors)
    if stack:
        errors.append(f"unclosed {stack[-1]['type']}")
    for tz in sorted(tz_used - tz_defined):
        errors.append(f"TZID={tz} is used but no VTIMEZONE defines it")
    return comps


def _check_calendar(comps, errors):
    cals = [c for c in comps if c["type"] == "VCALENDAR"]
    if len(cals) != 1:
        errors.append(f"{len(cals)} VCALENDAR components (want 1)")
        return
    names = [p[0] for p in cals[0]["props"]]
    for required in ("VERSION", "PRODID"):
        if names.count(required) != 1:
            errors.append(f"VCALENDAR needs exactly one {required}")
    for name, _, value, _ in cals[0]["props"]:
        if name == "METHOD" and value.upper() != "PUBLISH":
            errors.append(f"METHOD:{value} makes clients treat the feed as invitations")


def _check_event(ev, uids, errors, warnings):
    props = {}
    for name, params, value, n in ev["props"]:
        props.setdefault(name, []).append((params, value, n))
    where = f"VEVENT at line {ev['line']}"
    for required in ("UID", "DTSTAMP", "DTSTART"):
        if len(props.get(required, [])) != 1:
            errors.append(f"{where}: needs exactly one {required}")
    if "DTEND" in props and "DURATION" in props:
        errors.append(f"{where}: has both DTEND and DURATION")
    if "STATUS" in props and props["STATUS"][0][1].upper() not in ("TENTATIVE", "CONFIRMED", "CANCELLED"):
        errors.append(f"{where}: STATUS:{props['STATUS'][0][1]} is not valid for VEVENT")
    if "ATTENDEE" in props or "ORGANIZER" in props:
        # Phones then show the entry as an invitation to accept or decline.
        warnings.append(f"{where}: ATTENDEE/ORGANIZER in a published feed")
    start = parse_dt(props["DTSTART"][0][1], props["DTSTART"][0][0]) if "DTSTART" in props else None
    end = parse_dt(props["DTEND"][0][1], props["DTEND"][0][0]) if "DTEND" in props else None
    if "DTSTART" in props and start is None:
        errors.append(f"{where}: DTSTART '{props['DTSTART'][0][1]}' is not a DATE or DATE-TIME")
    if start and end:
        if (start[0] == "date") != (end[0] == "date"):
            errors.append(f"{where}: DTSTART and DTEND differ in VALUE type")
        elif start[0] == end[0] and end[1] <= start[1]:
            errors.append(f"{where}: DTEND is not after DTSTART")
    if start and start[0] == "tz:floating":
        warnings.append(f"{where}: floating time (no TZID, no Z)")
    if "UID" in props and "RECURRENCE-ID" not in props:  # overrides share their master's UID by design
        uid = props["UID"][0][1]
        if uid in uids:
            errors.append(f"{where}: UID {uid} repeats (line {uids[uid]})")
        uids[uid] = ev["line"]


def lint(path) -> tuple[list[str], list[str], int]:
    """(errors, warnings, number of VEVENTs)."""
    errors, warnings = [], []
    with open(path, "rb") as f:
        raw = f.read()
    comps = _components(unfold(raw, errors), errors)
    _check_calendar(comps, errors)
    events = [c for c in comps if c["type"] == "VEVENT"]
    uids = {}
    for ev in events:
        _check_event(ev, uids, errors, warnings)
    return errors, warnings, len(events)


def summary(path) -> tuple[bool, str]:
    """(passed, one-line detail) as the checker reports it."""
    errors, warnings, n = lint(path)
    if errors:
        more = f"; (+{len(errors) - MAX_SHOWN} more)" if len(errors) > MAX_SHOWN else ""
        return False, "; ".join(errors[:MAX_SHOWN]) + more
    return True, f"{n} events" + (f", {len(warnings)} warnings: {warnings[0]}" if warnings else "")


def main(paths) -> int:
    status = 0
    for path in paths:
        ok, detail = summary(path)
        status |= not ok
        print(f"{'PASS' if ok else 'FAIL'} lint {path}: {detail}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
