"""The agreement check: ical.js, libical and python-icalendar list exactly the same occurrences in the window.

An occurrence is "UID|start|SUMMARY|STATUS", start being the instant in UTC (YYYY-MM-DDTHH:MM:SSZ) or the
date of an all-day one (YYYY-MM-DD). Each parser reads the window's bounds its own way (floating dates,
the event's zone, overlap instead of start), so the parsers are given a padded window and every list is
cut here by one rule: FROM <= start < TO, a timed start compared in UTC. As strings that is a plain
comparison: "2023-10-01T01:00:00Z" >= "2023-10-01", and "2024-01-01T00:00:00Z" is not < "2024-01-01".
"""
from collections import Counter
from datetime import date, timedelta

REFERENCE = "python-icalendar"
SHOWN = 3


def padded(lo: str, hi: str) -> tuple[str, str]:
    """A day more on each side covers any zone's reading of a date (offsets stay within ±14 h)."""
    return ((date.fromisoformat(lo) - timedelta(days=1)).isoformat(),
            (date.fromisoformat(hi) + timedelta(days=1)).isoformat())


def in_window(occurrences, lo: str, hi: str) -> list[str]:
    return [o for o in occurrences if lo <= o.split("|", 2)[1] < hi]


def agree(listed: dict, lo: str, hi: str) -> tuple[bool, str]:
    """`listed`: {parser: its occurrences, or None when it could not read the file at all}. Counted as a
    multiset: an occurrence listed twice by one parser and once by another is a disagreement."""
    unread = [name for name, occ in listed.items() if occ is None]
    if unread:
        return False, f"nothing to compare: {', '.join(unread)} could not read the file"
    seen = {name: Counter(in_window(occ, lo, hi)) for name, occ in listed.items()}
    ref = seen[REFERENCE]
    diffs = []
    for name, counted in seen.items():
        if name != REFERENCE and counted != ref:
            missing, extra = sorted((ref - counted).elements()), sorted((counted - ref).elements())
            diffs.append(f"{name} differs from {REFERENCE}: missing {missing[:SHOWN]}"
                         f"{' (+more)' if len(missing) > SHOWN else ''}, extra {extra[:SHOWN]}"
                         f"{' (+more)' if len(extra) > SHOWN else ''}")
    if diffs:
        return False, "; ".join(diffs)
    return True, f"{len(seen)} parsers see the same {sum(ref.values())} occurrences"
