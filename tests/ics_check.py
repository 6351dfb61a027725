"""ics_check(path, lo, hi): a feed read by real calendar parsers (tests/feedcheck, installed by
scripts/test-deps.sh), for the tests that publish feeds.

ICS_CHECK in the environment names another checker with the same command line (`CHECKER --from D --to D
FILE`, exit 0 only if all pass), e.g. to compare with an older copy; by default the in-project one runs
in this process. ICS_CHECK is also the path tests/test_feeds_ical.py finds the python-icalendar reader
beside (its .venv/ and pyical_check.py), so the default points at tests/feedcheck/ics-check.
"""
import os
import subprocess

from tests.feedcheck.check import check_file, report

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "feedcheck", "ics-check")
ICS_CHECK = os.environ.get("ICS_CHECK") or DEFAULT


def ics_check(path, lo="2023-01-01", hi="2026-01-01") -> str:
    """Returns the report; raises AssertionError with it unless every check passes."""
    if ICS_CHECK != DEFAULT:
        assert os.path.exists(ICS_CHECK), f"ICS_CHECK={ICS_CHECK} does not exist"
        proc = subprocess.run([ICS_CHECK, "--from", lo, "--to", hi, str(path)], capture_output=True, text=True,
                              timeout=600)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc.stdout
    results = check_file(path, lo, hi)
    text = report(path, results)
    assert all(r.ok for r in results), text
    return text
