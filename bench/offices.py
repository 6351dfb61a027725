"""Offices at scale (issue 17): one PostgreSQL server, two databases in the same run.

- single: one office with three years of history (300 events a month × 36 months), its directory (units with
  e-mail addresses, persons, groups), agenda items with preparing units and their reminders (those due
  before the bench's NOW already sent, as history);
- offices: a province and 99 communes below it, each holding a copy of the same office (~1.08 M events).

The single office is seeded through the domain (create_event: timing columns, feed entries, reminder plans
as the service makes them); the 100-office database is a copy of it (CREATE DATABASE ... TEMPLATE) whose
office rows are cloned 99 times with INSERT ... SELECT, ids shifted by office (STRIDE), then VACUUM ANALYZE.

The same operations are then timed in both, interleaved, in one commune's scope as requests do it: the month
page (test client, logged in as a user of the office), a person's feed (GET /feeds/<token>.ics with both of
the app's feed caches empty), the conflict check of one new event, the import of one program (preview, then
commit; flushed, then rolled back so each repetition imports the same program), and one dispatch of the
office's due reminders to a local SMTP server. Ratios multi / single, goal ≤ 2×. Also the EXPLAIN of the
slowest statements of the month page and of the feed build on the 100-office database."""
import random
import secrets
import statistics
import time
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import MetaData, create_engine, event as sa_event, func, inspect, select, text, update

from bench.common import TZ, events, table
from service import create_app
from service.auth import create_user
from service.clock import FixedClock
from service.config import Config
from service.context import state
from service.directory import save_group, save_person, save_unit
from service.events import create_event
from service.migrate import upgrade
from service.models import Event, Group, Reminder
from service.offices import set_acting
from service.schemas import EventCreate, GroupIn, PersonIn, UnitIn

FIRST_DAY = date(2022, 1, 3)  # a Monday; blocks of four weeks from here cover 2022-01-03 .. 2024-12-29
BLOCK_DAYS = 28  # shifting by whole weeks keeps weekdays (and so slots, days off) as they were
BLOCKS = 39  # 39 × 4 weeks = 36 months
PER_BLOCK = 276  # 276 events in 28 days = 300 a month
NOW = datetime(2024, 11, 18, 9, 0, tzinfo=TZ)  # a Monday of the 35th month: history behind, six weeks ahead
SEED_CLOCK = datetime(2021, 12, 1, 9, 0, tzinfo=TZ)  # seeding before every meeting: every reminder is planned
DISPATCH_AT = NOW + timedelta(days=2)  # the reminders due by Wednesday morning
MONTH = date(2024, 11, 1)  # the month page shown
STRIDE = 10_000_000  # office k's copy of row id i is i + k * STRIDE (ids stay in PostgreSQL's integer)
BLOCK_STRIDE = 100_000  # block j's copy of row id i is i + j * BLOCK_STRIDE (< STRIDE for 39 blocks)
PASSWORD = "mat-khau-bench-" + secrets.token_hex(4)
SECRET = "bench-secret"
NOT_CLONED = {"offices", "users", "api_keys", "security_log", "feed_tokens", "alembic_version"}  # per-office made
SUBJECT_KEYED = {"feed_entries", "feed_versions"}  # subject_id: a person's, unit's, group's or office's id
# What an event brings with it: copied, shifted in time, for every block of history.
EVENT_TABLES = ("events", "event_persons", "event_groups", "event_units", "event_exceptions", "agenda_items",
                "preparations", "event_changes", "feed_entries", "reminders")
UNIQUE_TEXT = {("events", "uid"), ("events", "import_key"), ("reminders", "notice_key")}


def _sa(url):
    """SQLAlchemy's URL of a PostgresServer database (psycopg 3, as service.db makes it)."""
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def _app(url, at):
    return create_app(Config(database_url=url, secret_key=SECRET, base_url="http://127.0.0.1", timezone=TZ),
                      clock=FixedClock(at))


def _copy_sql(meta, name, k, shift_ids, office=None, days=None):
    """INSERT ... SELECT of the rows of `name` saved in the temp table src_<name>, as copy `k`: ids of the
    tables in `shift_ids` (the row's own and its references to them) + k × stride; office_id k + 1 if
    `office`; dates and times + k × `days` if given. `shift_ids` is {table: stride}."""
    tab = meta.tables[name]
    cols, exprs = [], []
    for c in tab.columns:
        cols.append(f'"{c.name}"')
        refs = [fk.column.table.name for fk in c.foreign_keys]
        own = c.primary_key and c.name == "id" and name in shift_ids
        ref = next((r for r in refs if r in shift_ids), None)
        kind = str(c.type).upper()
        if c.name == "office_id" and office:
            exprs.append(f"{k + 1}")
        elif own or ref:
            exprs.append(f't."{c.name}" + {k * shift_ids[name if own else ref]}')
        elif name in SUBJECT_KEYED and c.name == "subject_id" and office:
            exprs.append(f"CASE WHEN t.subject_type = 'office' THEN {k + 1} ELSE t.subject_id + {k * STRIDE} END")
        elif (name, c.name) in UNIQUE_TEXT:
            exprs.append(f"t.\"{c.name}\" || '-{k}{'o' if office else 'b'}'")
        elif days and kind == "DATE":
            exprs.append(f't."{c.name}" + {k * days}')
        elif days and kind.startswith("TIMESTAMP"):
            exprs.append(f"t.\"{c.name}\" + interval '{k * days} days'")
        else:
            exprs.append(f't."{c.name}"')
    return f'INSERT INTO "{name}" ({", ".join(cols)}) SELECT {", ".join(exprs)} FROM "src_{name}" t'


def _copy(url, names, copies, shift_ids, office=None, days=None, before=None, after=()):
    """Copy office 1's rows of the tables `names` `copies` times (_copy_sql), fast: FK triggers off (the
    rows are copies of consistent rows), the originals saved first in temp tables (each copy reads only
    them, in key order, so that primary keys grow at their right end), the tables' plain indexes dropped
    during the copy and made again after it (constraints stay); then every id sequence reset and VACUUM ANALYZE.
    `before(conn)` runs first, the statements `after` last. Returns {step: seconds}."""
    engine = create_engine(_sa(url))
    meta = MetaData()
    meta.reflect(engine)
    order = [t.name for t in meta.sorted_tables if t.name in names]
    timings = {}

    def timed(step, sql, params=None):
        started = time.perf_counter()
        conn.execute(text(sql), params or {})
        timings[step] = timings.get(step, 0) + time.perf_counter() - started

    with engine.begin() as conn:
        conn.execute(text("SET session_replication_role = replica"))
        conn.execute(text("SET maintenance_work_mem = '512MB'"))
        if before:
            before(conn)
        for name in order:
            tab = meta.tables[name]
            mine = "WHERE office_id = 1" if "office_id" in tab.c else ""  # (child rows: the database holds office 1 only)
            keys = ", ".join(f'"{c.name}"' for c in tab.primary_key.columns)
            conn.execute(text(f'CREATE TEMP TABLE "src_{name}" ON COMMIT DROP AS '
                              f'SELECT * FROM "{name}" {mine} ORDER BY {keys}'))
        indexes = conn.execute(text(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indrelid WHERE c.relname = ANY(:names) AND c.relnamespace = 'public'::regnamespace "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"), {"names": order}).all()
        for index, _ in indexes:
            conn.execute(text(f"DROP INDEX {index}"))
        for k in range(1, copies + 1):
            for name in order:
                timed(name, _copy_sql(meta, name, k, shift_ids, office, days))
        for _, definition in indexes:
            timed("indexes", definition)
        for sql in after:
            timed("after", sql)
        for tab in meta.sorted_tables:
            if "id" in tab.c and tab.c.id.primary_key:
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{tab.name}', 'id'), "
                                  f'(SELECT coalesce(max(id), 1) FROM "{tab.name}"))'))
        conn.execute(text("SET session_replication_role = DEFAULT"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        started = time.perf_counter()
        conn.execute(text("VACUUM ANALYZE"))  # as autovacuum would have left it (and not running during the bench)
        timings["VACUUM ANALYZE"] = time.perf_counter() - started
    engine.dispose()
    return timings


def seed_office(url, blocks=BLOCKS, per_block=PER_BLOCK, persons=300, groups=30, units=60):
    """One office: its directory and four weeks of events through the domain (feed entries, reminder plans
    and history as the service makes them), then those four weeks copied, shifted by 4 weeks each time, until
    `blocks` blocks of history; what was due before NOW is marked sent. Returns the leader's person id."""
    app = _app(url, SEED_CLOCK)
    st = state(app)
    ctx = st.ctx(st.sessions(), actor="bench", office_id=1)
    rnd = random.Random(1)
    unit_ids = [save_unit(ctx, UnitIn(name=f"Phòng {i}", emails=[f"phong{i}@example.gov.vn"])).id for i in range(units)]
    person_ids = [save_person(ctx, PersonIn(name=f"Người {i}", title="Chuyên viên")).id for i in range(persons)]
    group_ids = [save_group(ctx, GroupIn(name=f"Nhóm {i}", member_ids=rnd.sample(person_ids[1:], rnd.randint(3, 12)))).id
                 for i in range(groups)]
    ctx.session.commit()
    events(ctx, per_block, person_ids, group_ids, unit_ids, seed=100, start=FIRST_DAY, days=BLOCK_DAYS)
    ctx.session.close()
    st.engine.dispose()
    timings = _copy(url, EVENT_TABLES, blocks - 1, {name: BLOCK_STRIDE for name in EVENT_TABLES}, days=BLOCK_DAYS,
                    after=["UPDATE reminders SET status = 'sent', sent_at = due_at, updated_at = due_at WHERE status = "
                           f"'pending' AND due_at < '{NOW.astimezone(timezone.utc):%Y-%m-%d %H:%M}'"])
    return person_ids[0], timings


def clone_offices(url, copies):
    """Office 1 becomes the province; `copies` communes below it get a copy of its data each."""
    def offices(conn):
        conn.execute(text("UPDATE offices SET slug = 'tinh', name = 'Văn phòng UBND tỉnh', tier = 'tinh', "
                          "body = 'ubnd' WHERE id = 1"))
        conn.execute(text("INSERT INTO offices (id, slug, name, tier, body, parent_id, created_at) "
                          "SELECT k + 1, 'xa-' || k, 'Văn phòng HĐND và UBND xã ' || k, 'xa', 'hdnd_ubnd', 1, now() "
                          "FROM generate_series(1, :n) AS k"), {"n": copies})
    engine = create_engine(_sa(url))
    names = [name for name in inspect(engine).get_table_names() if name not in NOT_CLONED]
    engine.dispose()
    return _copy(url, names, copies, {name: STRIDE for name in names}, office=True, before=offices)


class Site:
    """The app on one database, acting as one office: a logged-in test client, a feed token, a scoped ctx."""

    def __init__(self, url, office_id, leader):
        self.app = _app(url, NOW)
        self.st = state(self.app)
        self.office_id, self.leader = office_id, ("person", leader)
        ctx = self.ctx()
        self.username = f"vanphong{office_id}-{secrets.token_hex(3)}"
        create_user(ctx, self.username, "Văn phòng", "office", PASSWORD)
        from feeds.tokens import current_token  # noqa: PLC0415
        self.token = current_token(ctx, self.leader)
        ctx.session.commit()
        ctx.session.close()
        self.browser = self.app.test_client()
        page = self.browser.get("/dang-nhap").get_data(as_text=True)
        csrf = page.split('name="csrf_token" value="')[1].split('"')[0]
        if self.browser.post("/dang-nhap", data={"username": self.username, "password": PASSWORD,
                                                 "csrf_token": csrf}).status_code != 302:
            raise RuntimeError("log-in failed")

    def ctx(self, actor="bench"):
        return self.st.ctx(self.st.sessions(), actor=actor, office_id=self.office_id)

    def get(self, path):
        response = self.browser.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"GET {path}: {response.status_code}")
        return response

    def month_page(self):
        return self.get(f"/lich?thang={MONTH:%Y-%m}")

    def cold_feed(self):
        caches = self.app.extensions["feeds"]
        caches.blocks.clear()
        caches.finished.__init__()
        return self.get(f"/feeds/{self.token}.ics")


def _count(url, sql):
    engine = create_engine(_sa(url))
    with engine.connect() as conn:
        value = conn.execute(text(sql)).scalar()
    engine.dispose()
    return value


class Recorded:
    """Statements run while `with` is open, with their time (for EXPLAIN of the slowest)."""

    def __init__(self, engine):
        self.engine, self.seen = engine, []

    def _before(self, conn, cursor, statement, parameters, context, executemany):
        context._bench_started = time.perf_counter()

    def _after(self, conn, cursor, statement, parameters, context, executemany):
        self.seen.append((time.perf_counter() - context._bench_started, statement, parameters))

    def __enter__(self):
        sa_event.listen(self.engine, "before_cursor_execute", self._before)
        sa_event.listen(self.engine, "after_cursor_execute", self._after)
        return self

    def __exit__(self, *exc):
        sa_event.remove(self.engine, "before_cursor_execute", self._before)
        sa_event.remove(self.engine, "after_cursor_execute", self._after)

    def explain(self, slowest=2) -> list[str]:
        out = []
        with self.engine.connect() as conn:
            plannable = [s for s in self.seen if s[1].lstrip().split(None, 1)[0].upper() in
                         ("SELECT", "UPDATE", "INSERT", "DELETE", "WITH")]
            for seconds, statement, parameters in sorted(plannable, key=lambda s: -s[0])[:slowest]:
                if isinstance(parameters, (list, tuple)) and parameters and isinstance(parameters[0], dict):
                    parameters = parameters[0]  # (an executemany: its first row)
                plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters).all()
                one_line = " ".join(statement.split())
                out.append(f"-- {seconds * 1000:.1f} ms, of {len(self.seen)} statements: "
                           f"{one_line[:300]}{'…' if len(one_line) > 300 else ''}")
                out += ["   " + row[0] for row in plan]
        return out


def _times(fn, repeat, setup=None):
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _interleaved(ops: dict, repeat: int) -> dict:
    """{name: (fn, setup)} timed in rounds (one of each per round), after one untimed call each."""
    for fn, setup in ops.values():
        if setup:
            setup()
        fn()
    got = {name: [] for name in ops}
    for _ in range(repeat):
        for name, (fn, setup) in ops.items():
            got[name] += _times(fn, 1, setup)
    return {name: statistics.median(t) for name, t in got.items()}


class Checks:
    """The conflict check of one new event in MONTH: at the time of the leader's first meeting of the month
    (a person conflict at least), chaired by him, with a group."""

    def __init__(self, site):
        self.ctx = site.ctx()
        group = self.ctx.session.scalar(select(func.min(Group.id)))  # (the session sees its office's only)
        first = datetime.combine(MONTH, datetime.min.time(), TZ)
        start, end = self.ctx.session.execute(
            select(Event.start_at, Event.end_at).where(Event.chair_id == site.leader[1], Event.rrule.is_(None),
                                                       Event.start_at >= first, Event.start_at < first + timedelta(days=28))
            .order_by(Event.start_at).limit(1)).first() or (first + timedelta(days=2, hours=9),
                                                             first + timedelta(days=2, hours=10))
        self.event = create_event(self.ctx, EventCreate(
            title="Họp mới", start=start.isoformat(), end=end.isoformat(), chair_id=site.leader[1],
            group_ids=[group], location="Phòng họp 5"))
        self.ctx.session.flush()

    def check(self):
        from service.conflicts import check_event  # noqa: PLC0415
        return check_event(self.ctx, self.event)

    def close(self):
        self.ctx.session.rollback()
        self.ctx.session.close()


class Imports:
    """Preview then commit of the Bắc Giang program of 11/2023, as the import page does; rolled back."""

    def __init__(self, site):
        from tests.conftest import SAMPLES  # noqa: PLC0415
        with open(f"{SAMPLES}/bac-giang-2023-11.txt", encoding="utf-8") as f:
            self.text = f.read()
        self.site, self.ctx, self.result = site, None, None

    def setup(self):
        if self.ctx is not None:
            self.ctx.session.rollback()
            self.ctx.session.close()
        self.ctx = self.site.ctx(actor="web:bench")

    def run(self):
        from service.importer.program import Plan, commit_import, new_import  # noqa: PLC0415
        plan = Plan(self.ctx, self.text, 2023, 11)
        plan.preview()
        row = new_import(self.ctx, plan, "bac-giang-2023-11.txt")
        self.ctx.session.flush()
        self.result = commit_import(self.ctx, row)
        self.ctx.session.flush()


class Dispatch:
    """One run of the dispatcher (unscoped, as the scheduler runs it) at DISPATCH_AT, over the reminders due
    between NOW and then of `offices` only (default: the site's office; every other office's were sent
    already); they are put back as due before each run."""

    RESET = dict(status="pending", sent_at=None, claimed_by=None, claimed_until=None, message_id=None, attempts=0,
                 next_attempt_at=None, last_error=None, delivered_to=[])

    def __init__(self, site, smtp_port, offices=None):
        from notifications.mail import SmtpMailer  # noqa: PLC0415
        self.site, self.mailer = site, SmtpMailer("127.0.0.1", smtp_port)
        session = site.st.sessions()
        window = (Reminder.due_at >= NOW) & (Reminder.due_at <= DISPATCH_AT) & Reminder.person_id.is_(None)
        mine = Reminder.event_id.in_(select(Event.id).where(Event.office_id.in_(offices or [site.office_id])))
        session.execute(update(Reminder).where(window, Reminder.status == "pending", ~mine)
                        .values(status="sent", sent_at=Reminder.due_at).execution_options(synchronize_session=False))
        self.ids = list(session.scalars(select(Reminder.id).where(window, mine)))
        session.commit()
        session.close()
        self.summary = None

    def setup(self):
        session = self.site.st.sessions()
        session.execute(update(Reminder).where(Reminder.id.in_(self.ids)).values(**self.RESET)
                        .execution_options(synchronize_session=False))
        session.commit()
        session.close()

    def run(self):
        from notifications.dispatch import run_due  # noqa: PLC0415
        session = self.site.st.sessions()
        try:
            self.summary = run_due(self.site.st.ctx(session, clock=FixedClock(DISPATCH_AT)), self.mailer)
        finally:
            session.close()


def build(pg, offices, blocks, per_block, names=("lich_single", "lich_offices"), **directory):
    """Both databases on `pg`: (single url, multi url, leader's id in office 1, seconds seeding, {table:
    seconds} of it, seconds cloning, {table: seconds} of it)."""
    single = pg.create_database(names[0])
    upgrade(_sa(single))
    started = time.perf_counter()
    leader, shifted = seed_office(single, blocks=blocks, per_block=per_block, **directory)
    seed_s = time.perf_counter() - started
    engine = create_engine(_sa(pg.url()))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{names[1]}"'))
        conn.execute(text(f'CREATE DATABASE "{names[1]}" TEMPLATE "{names[0]}"'))  # a file copy: fast
    engine.dispose()
    multi = pg.url(names[1])
    started = time.perf_counter()
    cloned = clone_offices(multi, offices - 1)
    return single, multi, leader, seed_s, shifted, time.perf_counter() - started, cloned


def run(offices=100, blocks=BLOCKS, per_block=PER_BLOCK, repeat=7) -> str:
    from tests.pg_server import PostgresServer  # noqa: PLC0415 - the same throw-away server the tests use
    from tests.smtp_server import SmtpServer  # noqa: PLC0415

    pg = PostgresServer().start()
    smtp = SmtpServer().start()
    notes, explains = [], []
    try:
        single, multi, leader, seed_s, shifted, clone_s, cloned = build(pg, offices, blocks, per_block)
        counts = {db: {t: _count(u, f"SELECT count(*) FROM {t}") for t in ("events", "agenda_items", "reminders",
                                                                           "feed_entries")}
                  for db, u in (("single", single), ("offices", multi))}
        commune = offices // 2 + 1  # a commune in the middle (office 1 is the province, whose scope is all)
        sites = {"single": Site(single, 1, leader),
                 "offices": Site(multi, commune if offices > 1 else 1, leader + (commune - 1) * STRIDE)}

        results = {}
        results["month page"] = _interleaved({db: (s.month_page, None) for db, s in sites.items()}, repeat)
        results["feed build (cold)"] = _interleaved({db: (s.cold_feed, None) for db, s in sites.items()}, repeat)
        feed_events = {db: s.cold_feed().get_data().count(b"BEGIN:VEVENT") for db, s in sites.items()}
        checks = {db: Checks(s) for db, s in sites.items()}
        try:
            results["conflict check, one event"] = _interleaved({db: (c.check, None) for db, c in checks.items()},
                                                                 repeat * 2)
            conflicts = {db: len(c.check()) for db, c in checks.items()}
        finally:
            for c in checks.values():
                c.close()
        imports = {db: Imports(s) for db, s in sites.items()}
        results["import one program"] = _interleaved({db: (i.run, i.setup) for db, i in imports.items()},
                                                      max(3, repeat // 2))
        imported = {db: i.result for db, i in imports.items()}
        for i in imports.values():
            i.setup()
            i.ctx.session.close()
        dispatches = {db: Dispatch(s, smtp.port) for db, s in sites.items()}
        results["dispatch (office's due reminders)"] = _interleaved(
            {db: (d.run, d.setup) for db, d in dispatches.items()}, max(3, repeat // 2))
        dispatched = {db: d.summary for db, d in dispatches.items()}
        # EXPLAIN on the multi-office database: the slowest statements of the month page and of the feed build.
        multi_site = sites["offices"]
        for label, fn in (("month page", multi_site.month_page), ("feed build (cold)", multi_site.cold_feed)):
            with Recorded(multi_site.st.engine) as seen:
                fn()
            explains += [f"EXPLAIN, {label}, {offices}-office database:", *seen.explain(), ""]
        dispatch = dispatches["offices"]
        dispatch.setup()
        with Recorded(multi_site.st.engine) as seen:
            dispatch.run()
        dispatch.setup()  # (each statement explained as it found the outbox)
        explains += [f"EXPLAIN, dispatch, {offices}-office database:", *seen.explain(slowest=3), ""]
        # The same run with ten offices' reminders due: what it costs per email once its fixed part is shared.
        many = list(range(max(2, commune - 4), min(offices, commune + 5) + 1)) if offices > 1 else [1]
        wide = Dispatch(sites["offices"], smtp.port, offices=many)
        wide_ms = _interleaved({"offices": (wide.run, wide.setup)}, 2)["offices"]
        wide_summary = wide.summary
        wide.setup()

        for site in sites.values():
            site.st.engine.dispose()
    finally:
        smtp.stop()
        pg.stop()

    rows = [("operation", "single office, ms", f"{offices} offices, ms", "multi / single", "≤ 2×", "note")]
    for name, value in results.items():
        ratio = value["offices"] / value["single"]
        note = ""
        if name.startswith("feed"):
            note = f"{feed_events['single']} / {feed_events['offices']} events in the leader's feed"
        elif name.startswith("conflict"):
            note = f"{conflicts['single']} / {conflicts['offices']} conflicts found"
        elif name.startswith("import"):
            note = ", ".join(f"{k} {v}" for k, v in imported["offices"].items() if isinstance(v, int))
        elif name.startswith("dispatch"):
            note = (f"{dispatched['single'].emails} / {dispatched['offices'].emails} emails, "
                    f"{dispatched['single'].sent} / {dispatched['offices'].sent} reminders sent")
        rows.append((name, f"{value['single']:.1f}", f"{value['offices']:.1f}", f"{ratio:.2f}",
                     "yes" if ratio <= 2 else "NO", note))
    single_per_email = results["dispatch (office's due reminders)"]["single"] / max(dispatched["single"].emails, 1)
    wide_per_email = wide_ms / max(wide_summary.emails, 1)
    ratio = wide_per_email / single_per_email
    rows.append((f"dispatch, {len(many)} offices' due reminders: per email", f"{single_per_email:.1f}",
                 f"{wide_per_email:.1f}", f"{ratio:.2f}", "yes" if ratio <= 2 else "NO",
                 f"{wide_summary.emails} emails, {wide_summary.sent} reminders in {wide_ms:.0f} ms (median of 2); "
                 f"single: the row above per email"))
    for key in counts["single"]:
        rows.append((f"rows: {key}", counts["single"][key], counts["offices"][key], "", "", ""))
    def slow(steps):
        return ", ".join(f"{k} {v:.0f} s" for k, v in steps.items() if v >= 1)
    notes.append(f"seeding one office: {per_block} events through the domain, copied to {blocks} blocks of 4 weeks "
                 f"({slow(shifted)}): {seed_s:.0f} s; cloning it {offices - 1} times + VACUUM ANALYZE: {clone_s:.0f} s "
                 f"({slow(cloned)})")
    notes.append(f"clock {NOW:%d/%m/%Y %H:%M}, month page {MONTH:%m/%Y}, dispatch at {DISPATCH_AT:%d/%m/%Y %H:%M}; "
                 f"medians of {repeat} (conflicts {repeat * 2}, import and dispatch {max(3, repeat // 2)}), "
                 f"single and multi interleaved; measured office: id 1 (single), commune id {commune} (multi)")
    title = (f"Offices: 1 office vs {offices} offices (PostgreSQL, {blocks} × 4 weeks of {per_block} events "
             f"= {blocks * per_block * 365.25 / 12 / (blocks * BLOCK_DAYS):.0f} a month, each office)")
    return "\n".join([table(title, rows), *notes, "", *explains])


if __name__ == "__main__":
    print(run())
