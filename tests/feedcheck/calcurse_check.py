"""calcurse (a terminal calendar, Debian's package) imports the file into a throw-away data folder: a strict
reader that skips an item it does not like rather than guessing, and writes why into a log."""
import os
import re
import shutil
import subprocess
import tempfile

REPORT_RE = re.compile(r"(\d+) apps? / (\d+) events? / (\d+) todos? / (\d+) skipped")
REASON_RE = re.compile(r"^(?:VEVENT|VTODO) \[\d+\]: .*$", re.M)  # "VEVENT [20]: end must be later than start."


class Calcurse:
    """Started at once, read later, so that it runs while the other parsers do."""

    def __init__(self, path):
        self.proc = None
        if shutil.which("calcurse") is None:
            return
        self.tmp = tempfile.TemporaryDirectory(prefix="feedcheck-calcurse-")
        # calcurse writes its import log to TMPDIR: pointed into the throw-away folder, nothing is left behind.
        self.proc = subprocess.Popen(["calcurse", "-D", self.tmp.name, "-i", str(path)], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
                                     env={**os.environ, "TMPDIR": self.tmp.name})

    def result(self, timeout: float) -> tuple[bool, str]:
        if self.proc is None:
            return False, "calcurse is not installed (run scripts/test-deps.sh)"
        try:
            output = self.proc.communicate(timeout=timeout)[0]
            return self._read(output)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.communicate()
            return False, f"no answer in {timeout:.0f} s"
        finally:
            self.tmp.cleanup()

    def _read(self, output: str) -> tuple[bool, str]:
        m = REPORT_RE.search(output)
        if not m:
            return False, f"no import report (exit {self.proc.returncode}): {output.strip()[-200:]}"
        apps, events, _, skipped = map(int, m.groups())
        if not skipped:
            return True, f"imported {apps} appointments and {events} all-day events, skipped none"
        reasons = []
        for name in sorted(os.listdir(self.tmp.name)):
            if name.startswith("calcurse_log"):
                with open(os.path.join(self.tmp.name, name), encoding="utf-8", errors="replace") as f:
                    reasons += REASON_RE.findall(f.read())
        return False, (f"skipped {skipped} items ({apps} appointments, {events} all-day events imported)"
                       + (": " + "; ".join(reasons[:5]) if reasons else ""))
