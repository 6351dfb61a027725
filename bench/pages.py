"""Calendar pages: the month page, the week page and GET /api/events for a month of 2,000 events (and of 20),
through Flask's test client, against a floor measured in the same run on the same database: a bare Flask app
whose route reads the same month's event rows with one SELECT and renders them (HTML) or jsonifies them.
Also counts the SQL statements of each request (a before_cursor_execute listener on the engine).

Written against the domain's public functions only, so that the same file measures an older checkout
(the figures "before" in the README were taken by running this file over main's code)."""
import secrets
from datetime import date, datetime, timedelta

from flask import Flask, jsonify, render_template_string
from sqlalchemy import event as sa_event
from sqlalchemy import text

from bench.common import NOW, directory, events, median_ms, scratch_app, table
from service.auth import create_api_key, create_user
from service.context import state

MONTH = date(2023, 11, 1)
PASSWORD = "mat-khau-bench-" + secrets.token_hex(4)
FLOOR_HTML = """<!doctype html><html lang="vi"><body><table>{% for r in rows %}<tr><td>{{ r.start }}</td>
<td><a href="/su-kien/{{ r.id }}">{{ r.title }}</a></td><td>{{ r.status }}</td></tr>{% endfor %}</table></body></html>"""


def _floor(engine) -> Flask:
    """What any page of the month must do: one SELECT of the month's rows, then render or serialise them."""
    floor = Flask("floor")
    query = text("SELECT id, title, status, kind, start_at, start_date, end_at, end_date, slot FROM events "
                 "WHERE range_start < :hi AND (range_end IS NULL OR range_end > :lo) ORDER BY range_start, id")
    lo, hi = datetime.combine(MONTH, datetime.min.time()), datetime.combine(MONTH.replace(month=12), datetime.min.time())

    def rows():
        with engine.connect() as conn:
            return [dict(r._mapping, start=str(r.start_at or r.start_date)) for r in conn.execute(query, {"lo": lo, "hi": hi})]

    floor.add_url_rule("/html", "html", lambda: render_template_string(FLOOR_HTML, rows=rows()))
    floor.add_url_rule("/json", "json", lambda: jsonify({"events": [{k: str(v) for k, v in r.items()} for r in rows()]}))
    return floor


class Statements:
    """SQL statements the engine executes while `with` is open."""

    def __init__(self, engine):
        self.engine, self.count = engine, 0

    def _seen(self, *args):
        self.count += 1

    def __enter__(self):
        self.count = 0
        sa_event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc):
        sa_event.remove(self.engine, "before_cursor_execute", self._seen)


def _site(n_events: int):
    app, ctx, _ = scratch_app(f"pages-{n_events}")
    persons, groups, units = directory(ctx, persons=300, groups=30, units=60)
    events(ctx, n_events, persons, groups, units, start=MONTH, days=30)
    create_user(ctx, "vanphong", "Văn phòng", "office", PASSWORD)
    key = create_api_key(ctx, "bench", "viewer")
    ctx.session.commit()
    browser = app.test_client()
    page = browser.get("/dang-nhap").get_data(as_text=True)
    csrf = page.split('name="csrf_token" value="')[1].split('"')[0]
    assert browser.post("/dang-nhap", data={"username": "vanphong", "password": PASSWORD,
                                            "csrf_token": csrf}).status_code == 302
    return app, browser, {"Authorization": f"Bearer {key}"}


def _get(client, path, headers=None):
    response = client.get(path, headers=headers or {})
    if response.status_code != 200:
        raise RuntimeError(f"GET {path}: {response.status_code}")
    return response


def run(n_events=2000, small=20) -> str:
    month, api_path = f"/lich?thang={MONTH:%Y-%m}", f"/api/events?from={MONTH}&to={MONTH.replace(day=30)}"
    week, day = f"/lich/tuan?ngay={MONTH + timedelta(days=14)}", f"/lich/ngay/{MONTH + timedelta(days=14)}"
    paths = {"month page": (month, False), "week page": (week, False), "day page": (day, False),
             "GET /api/events (month)": (api_path, True)}
    counts, times = {}, {}
    for n in (small, n_events):
        app, browser, auth = _site(n)
        engine = state(app).engine
        for name, (path, is_api) in paths.items():
            _get(browser, path, auth if is_api else None)  # warm: templates compiled, statements cached
            with Statements(engine) as seen:
                _get(browser, path, auth if is_api else None)
            counts[name, n] = seen.count
        if n == n_events:
            found = len(_get(browser, api_path, auth).get_json()["events"])
            floor = _floor(engine).test_client()
            _get(floor, "/html"), _get(floor, "/json")
            # Interleaved, floor then product, so that the machine's drift hits both alike.
            times["floor html"] = median_ms(lambda: _get(floor, "/html"), repeat=7)
            for name, (path, is_api) in paths.items():
                times[name] = median_ms(lambda p=path, a=is_api: _get(browser, p, auth if a else None), repeat=7)
            times["floor json"] = median_ms(lambda: _get(floor, "/json"), repeat=7)
    rows = [("measure", f"{small} events", f"{n_events} events", f"ms ({n_events})", "note")]
    for name in paths:
        base = times["floor json"] if "api" in name else times["floor html"]
        rows.append((f"{name}: statements", counts[name, small], counts[name, n_events], f"{times[name]:.0f}",
                     f"{times[name] / base:.1f}x the floor ({'json' if 'api' in name else 'html'})"))
    rows.append(("floor: one SELECT + render (html)", "", "", f"{times['floor html']:.0f}", "bare Flask, same database"))
    rows.append(("floor: one SELECT + jsonify", "", "", f"{times['floor json']:.0f}",
                 f"GET /api/events returned {found} occurrences; clock {NOW:%d/%m/%Y}"))
    return table("Calendar pages (SQLite, in-process test client, median of 7)", rows)


if __name__ == "__main__":
    print(run())
