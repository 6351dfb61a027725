"""Shared by the benchmarks: a scratch app and database, realistic data, timing, load with wrk."""
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from service import create_app
from service.context import state
from service.clock import FixedClock
from service.config import Config
from service.db import Base
from service.directory import save_group, save_person, save_unit
from service.events import create_event
from service.schemas import EventCreate, GroupIn, PersonIn, UnitIn
from tests.pg_server import free_port

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime(2024, 1, 15, 9, 0, tzinfo=TZ)
SECRET = "bench-secret"


def scratch_app(name: str):
    """A fresh SQLite database in a temp dir; returns (app, ctx, url)."""
    folder = Path(tempfile.mkdtemp(prefix=f"lich-bench-{name}-"))
    url = f"sqlite:///{folder / 'bench.db'}"
    app = create_app(Config(database_url=url, secret_key=SECRET, base_url="http://127.0.0.1", timezone=TZ),
                     clock=FixedClock(NOW))
    st = state(app)
    Base.metadata.create_all(st.engine)
    ctx = st.ctx(st.sessions(), actor="bench")
    return app, ctx, url


def directory(ctx, persons=500, groups=40, units=60, seed=1):
    rnd = random.Random(seed)
    unit_ids = [save_unit(ctx, UnitIn(name=f"Đơn vị {i}")).id for i in range(units)]
    person_ids = [save_person(ctx, PersonIn(name=f"Người {i}", title="Chuyên viên")).id for i in range(persons)]
    group_ids = [save_group(ctx, GroupIn(name=f"Nhóm {i}", member_ids=rnd.sample(person_ids[1:], rnd.randint(3, 12)))).id
                 for i in range(groups)]
    ctx.session.commit()
    return person_ids, group_ids, unit_ids


def events(ctx, n, person_ids, group_ids, unit_ids, leader_every=20, seed=2, start=date(2023, 7, 1), days=540):
    """n events over `days` days; person_ids[0] (the leader) chairs one in `leader_every`."""
    rnd = random.Random(seed)
    for i in range(n):
        day = start + timedelta(days=rnd.randrange(days))
        body = {"title": f"Hội nghị {i}: triển khai nhiệm vụ trọng tâm tháng {day.month} của các phòng, ban",
                "chair_id": person_ids[0] if i % leader_every == 0 else rnd.choice(person_ids[1:]),
                "location": f"Phòng họp {rnd.randrange(100)}"}
        shape = rnd.random()
        if shape < 0.6:
            body.update(start=day.isoformat(), slot=rnd.choice(["morning", "afternoon"]))
        elif shape < 0.8:
            hour = rnd.randrange(7, 16)
            body.update(start=f"{day.isoformat()}T{hour:02d}:00:00+07:00", end=f"{day.isoformat()}T{hour + 1:02d}:30:00+07:00")
        elif shape < 0.95:
            body.update(start=day.isoformat(), end=(day + timedelta(days=rnd.randrange(3))).isoformat())
        else:
            body.update(start=day.isoformat(), slot="afternoon", rrule="FREQ=WEEKLY;COUNT=10")
        if rnd.random() < 0.3:
            body["group_ids"] = [rnd.choice(group_ids)]
        if rnd.random() < 0.1:
            body["status"] = "tentative"
        body["agenda"] = [{"number": k + 1, "title": f"Báo cáo nội dung {k + 1}", "unit_ids": [rnd.choice(unit_ids)]}
                          for k in range(rnd.randrange(4))]
        create_event(ctx, EventCreate(**body))
        if i % 500 == 499:
            ctx.session.commit()
    ctx.session.commit()


def median_ms(fn, repeat=7, setup=None) -> float:
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


class Gunicorn:
    """gunicorn -w 2 on loopback, stopped on exit."""

    def __init__(self, target: str, env: dict, workers: int = 2):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [str(BIN / "gunicorn"), "-w", str(workers), "-b", f"127.0.0.1:{self.port}", "--log-level", "warning",
             target], cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"gunicorn {target} did not start")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(timeout=30)


def wrk(url: str, seconds: int = 5, headers: dict | None = None) -> float:
    """Requests/second from wrk (2 threads, 8 connections, bounded in time, loopback only)."""
    if not shutil.which("wrk"):
        raise RuntimeError("wrk is not installed (make bench installs Debian's wrk)")
    cmd = ["wrk", "-t2", "-c8", f"-d{seconds}s"]
    for key, value in (headers or {}).items():
        cmd += ["-H", f"{key}: {value}"]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, timeout=seconds + 60).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if not match or non2xx:
        raise RuntimeError(f"wrk failed or saw errors:\n{out}")
    return float(match.group(1))


def table(title: str, rows: list[tuple]) -> str:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = [title, "-" * len(title)]
    for r in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    return "\n".join(lines)
