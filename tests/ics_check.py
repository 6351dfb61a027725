"""Run ../shared/ics-check (real calendar parsers) on a file; its install.sh is run once by .ci/run."""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ICS_CHECK = os.environ.get("ICS_CHECK", os.path.join(HERE, "..", "..", "shared", "ics-check", "ics-check"))


def ics_check(path, lo="2023-01-01", hi="2026-01-01") -> str:
    """Returns the report; raises AssertionError with it unless every check passes."""
    assert os.path.exists(ICS_CHECK), f"ics-check not found at {ICS_CHECK} (set ICS_CHECK)"
    proc = subprocess.run([ICS_CHECK, "--from", lo, "--to", hi, str(path)], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout
