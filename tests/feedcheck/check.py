"""Check .ics files the way real calendar clients read them, and that they all read the same thing.

Checks, in report order: lint (RFC 5545 rules, lint.py); ical.js (Thunderbird); libical (Evolution, GNOME
Calendar); python-icalendar with recurring-ical-events; calcurse (imports the file); agreement (the three
parsers list the same occurrences in the window, agreement.py). Each parser runs in its own interpreter
(node, Debian's python3 for the GObject bindings, the checker's venv), all at once.
"""
import argparse
import json
import os
import shutil
import subprocess
from dataclasses import dataclass

from tests.feedcheck import agreement, lint
from tests.feedcheck.calcurse_check import Calcurse

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_PYTHON = os.path.join(HERE, ".venv", "bin", "python")
TIMEOUT = 300  # seconds, each parser; a 1,000-event feed takes about one
INSTALL_HINT = "run scripts/test-deps.sh"

# name: (what must exist, command before FILE FROM TO); `-I`: nothing from the caller's PYTHON* variables.
PARSERS = {
    "ical.js": (os.path.join(HERE, "node_modules", "ical.js", "package.json"),
                ["node", os.path.join(HERE, "icaljs.mjs")]),
    "libical": ("/usr/bin/python3", ["/usr/bin/python3", "-I", os.path.join(HERE, "libical_check.py")]),
    "python-icalendar": (VENV_PYTHON, [VENV_PYTHON, "-I", os.path.join(HERE, "pyical_check.py")]),
}


@dataclass
class Result:
    ok: bool
    name: str
    detail: str

    def line(self, path) -> str:
        return f"{'PASS' if self.ok else 'FAIL'} {self.name} {path}: {self.detail}"


def _start(needed, cmd, path, lo, hi):
    if not os.path.exists(needed) or shutil.which(cmd[0]) is None:
        return None
    return subprocess.Popen([*cmd, str(path), lo, hi], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True)


def _collect(name, proc) -> tuple[Result, list | None]:
    """(the parser's result, its occurrences or None when there is no listing at all)."""
    if proc is None:
        return Result(False, name, f"{name} is not installed ({INSTALL_HINT})"), None
    try:
        stdout, stderr = proc.communicate(timeout=TIMEOUT)
        out = json.loads(stdout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return Result(False, name, f"no answer in {TIMEOUT} s"), None
    except ValueError:
        return Result(False, name, f"exit {proc.returncode}: {(stderr or stdout).strip()[-300:]}"), None
    if out.get("crashed"):
        return Result(False, name, "; ".join(out["errors"][:5])), None
    occurrences = out.get("occurrences", [])
    if out.get("errors"):
        return Result(False, name, "; ".join(out["errors"][:5])), occurrences
    return Result(True, name, f"{out.get('events', 0)} events, {len(occurrences)} occurrences listed"), occurrences


def check_file(path, lo="2000-01-01", hi="2040-01-01") -> list[Result]:
    """Every check of one file; `lo`/`hi` (YYYY-MM-DD) bound the occurrences that must agree."""
    wide = agreement.padded(lo, hi)
    running = {name: _start(needed, cmd, path, *wide) for name, (needed, cmd) in PARSERS.items()}
    calcurse = Calcurse(path)
    ok, detail = lint.summary(path)  # in this process, while the parsers run
    results = [Result(ok, "lint", detail)]
    listed = {}
    for name, proc in running.items():
        result, listed[name] = _collect(name, proc)
        results.append(result)
    ok, detail = calcurse.result(TIMEOUT)
    results.append(Result(ok, "calcurse", detail))
    ok, detail = agreement.agree(listed, lo, hi)
    results.append(Result(ok, "agreement", detail))
    return results


def report(path, results) -> str:
    return "\n".join(r.line(path) for r in results) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="ics-check", description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--from", dest="lo", default="2000-01-01", help="window start, YYYY-MM-DD (inclusive)")
    ap.add_argument("--to", dest="hi", default="2040-01-01", help="window end, YYYY-MM-DD (exclusive)")
    args = ap.parse_args(argv)
    failed = 0
    for path in args.files:
        results = check_file(path, args.lo, args.hi)
        failed += sum(not r.ok for r in results)
        print(report(path, results), end="")
    return 1 if failed else 0
