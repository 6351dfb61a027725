"""The feed checker itself (tests/feedcheck): the good fixture passes every check, the broken one fails every
check, and the agreement check is neither fooled by the window's bounds nor by a parser that read nothing."""
import functools
import os
import subprocess
import sys

import pytest

from tests.feedcheck import agreement
from tests.feedcheck.check import check_file
from tests.ics_check import ics_check

FIXTURES = os.path.join(os.path.dirname(__file__), "feedcheck", "fixtures")
CHECKS = ["lint", "ical.js", "libical", "python-icalendar", "calcurse", "agreement"]


@functools.cache  # each check is about a second (four interpreters); the tests only read the results
def results(name, lo="2023-01-01", hi="2024-01-01"):
    found = check_file(os.path.join(FIXTURES, name), lo, hi)
    assert [r.name for r in found] == CHECKS
    return {r.name: r for r in found}


def test_good_fixture_passes_every_check():
    found = results("good.ics")
    assert all(r.ok for r in found.values()), "\n".join(f"{r.name}: {r.detail}" for r in found.values())
    # 3 single events, a span, 7 Mondays less the EXDATE, one moved to a Tuesday: 11 in all.
    assert found["agreement"].detail == "3 parsers see the same 11 occurrences"
    assert "3 parsers see the same 11 occurrences" in ics_check(os.path.join(FIXTURES, "good.ics"))


@pytest.mark.parametrize("check", CHECKS)
def test_broken_fixture_fails_every_check(check):
    found = results("broken.ics")
    assert not found[check].ok, f"{check} passed broken.ics: {found[check].detail}"


def test_broken_fixture_reasons():
    found = results("broken.ics")
    assert "line endings are not all CRLF" in found["lint"].detail
    assert "folded inside a multi-byte character" in found["lint"].detail
    assert "DTEND is not after DTSTART" in found["lint"].detail
    assert "needs exactly one UID" in found["lint"].detail
    for parser in ("ical.js", "libical", "python-icalendar"):
        assert "Europe/Nowhere" in found[parser].detail
    assert "end must be later than start" in found["calcurse"].detail
    with pytest.raises(AssertionError, match="FAIL agreement"):
        ics_check(os.path.join(FIXTURES, "broken.ics"))


def test_the_window_cuts_every_list_the_same_way():
    """The bounds are dates: a timed start is compared in UTC, an all-day one as a date; a span that began
    before the window is not in it (python-icalendar alone would list it: it gives overlapping ones)."""
    occ = ["a|2023-11-21T01:00:00Z|x|", "b|2023-10-31|span|", "c|2023-11-30T23:59:59Z|late|", "d|2023-12-01|next|"]
    assert agreement.in_window(occ, "2023-11-01", "2023-12-01") == ["a|2023-11-21T01:00:00Z|x|",
                                                                   "c|2023-11-30T23:59:59Z|late|"]
    # the Monday series of good.ics, its first occurrence and the 18-day span left out
    found = results("good.ics", "2023-11-07", "2023-12-01")
    assert found["agreement"].ok and found["agreement"].detail == "3 parsers see the same 5 occurrences"


def test_agreement_counts_repeats_and_needs_every_listing():
    one, two = ["a|2023-11-21|x|"], ["a|2023-11-21|x|", "a|2023-11-21|x|"]
    ok, detail = agreement.agree({"ical.js": two, "libical": one, "python-icalendar": one}, "2023-01-01", "2024-01-01")
    assert not ok and "ical.js differs" in detail and "extra ['a|2023-11-21|x|']" in detail
    ok, detail = agreement.agree({"ical.js": [], "libical": [], "python-icalendar": None}, "2023-01-01", "2024-01-01")
    assert not ok and "python-icalendar could not read the file" in detail


def test_a_file_no_parser_can_read_fails_agreement(tmp_path):
    path = tmp_path / "garbage.ics"
    path.write_bytes(b"this is not a calendar\r\n")
    found = {r.name: r for r in check_file(path, "2023-01-01", "2024-01-01")}
    assert not found["agreement"].ok, found["agreement"].detail


def test_command_line(tmp_path):
    """tests/feedcheck/ics-check: the same checks from a shell, from any folder."""
    script = os.path.join(os.path.dirname(__file__), "feedcheck", "ics-check")
    good, broken = os.path.join(FIXTURES, "good.ics"), os.path.join(FIXTURES, "broken.ics")
    env = {**os.environ, "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]}
    ok = subprocess.run([script, "--from", "2023-01-01", "--to", "2024-01-01", good], capture_output=True,
                        text=True, cwd=tmp_path, env=env)
    assert ok.returncode == 0 and ok.stdout.count("PASS ") == 6, ok.stdout + ok.stderr
    bad = subprocess.run([script, broken], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert bad.returncode == 1 and bad.stdout.count("FAIL ") == 6, bad.stdout + bad.stderr
