"""`make bench`: every benchmark, each printing its table. `python -m bench feeds` runs one."""
import sys
import time

from bench import conflicts, export, feeds, importer, notices, offices, pages, reminders

SUITES = {"feeds": feeds.run, "conflicts": conflicts.run, "reminders": reminders.run, "notices": notices.run,
          "importer": importer.run, "pages": pages.run, "export": export.run,
          "offices": offices.run}


def main(names):
    for name in names or SUITES:
        started = time.perf_counter()
        print(SUITES[name](), flush=True)
        print(f"({name}: {time.perf_counter() - started:.0f} s in all)\n", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
