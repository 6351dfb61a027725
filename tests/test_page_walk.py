"""Every page of the site, walked in Debian's Chromium at 1366 x 900 and on a 390 x 844 phone, as the office
and as a viewer: the pages are found in the app's URL map (so a page added later is walked without anyone
remembering to), their path parameters filled from data made here, a full-page screenshot saved as
test-artifacts/screenshots/walk-<page>-<width>.png, and these layout rules measured in the browser:

- neither the document nor a part of it scrolls sideways (a clerk on a phone must not pan to find a column:
  a wide table becomes cards);
- no text node lies outside its box (its Range's rectangles inside the nearest non-inline ancestor's
  client rectangle, 1 px tolerance);
- no word is broken mid-word, and no date (dd/mm/yyyy, dd/mm) or clock time (08:00) is split over two lines
  ("14/12/202|6").

A route whose parameters the walk cannot fill fails with its name: add it to FILL (or, for a page opened
with a secret link, to TOKEN_PAGES). Pages that fail here and belong to another engineer's work are listed
in PENDING_OTHERS, which may only hold pages that really fail."""
import re
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from werkzeug.routing.converters import AnyConverter

from notifications.links import submitted_token
from notifications.scheduler import dispatch_once
from service import create_app
from service.auth import create_user
from service.context import state
from tests.conftest import HANOI, SAMPLES, Api, _new_key, make_config
from tests.test_browser import PASSWORD, ROOT, SHOTS, chromium, log_in, site  # noqa: F401 - fixtures

WIDTHS = ((1366, 900), (390, 844))
VIEWER = "xem"

# ---- which routes are pages ---------------------------------------------------------------------------

SKIPPED_ENDPOINTS = {"web.healthz", "web.logout",  # JSON for the load balancer; a POST
                     "web.program_file", "web.week_file"}  # .docx / .pdf downloads (tests/test_export.py)


def is_page(rule) -> bool:
    """A GET route a person opens in a browser: not the API, not files (static, .ics feeds)."""
    return ("GET" in rule.methods and not rule.rule.startswith("/api")
            and rule.endpoint != "static" and not rule.endpoint.endswith(".static")
            and not rule.rule.endswith(".ics") and rule.endpoint not in SKIPPED_ENDPOINTS
            # /<office>/...: the same view as the unprefixed page walked here (tests/test_office_isolation.py
            # walks the prefixed ones).
            and "office_slug" not in rule.arguments)


class Ref(str):
    """A value taken from the data the walk creates (see walk_data), by key."""


# Parameters filled by name wherever they appear (a new route /x/<id:event_id> is walked with no change here).
GENERIC = {"event_id": Ref("event"), "series_id": Ref("series"), "unit_id": Ref("unit"), "person_id": Ref("person"),
           "group_id": Ref("group"), "import_id": Ref("import"), "day": "2023-11-02", "user_id": Ref("viewer_id")}

# Pages with parameters too ambiguous to fill by name ("ident"), or worth seeing in several states. For each
# endpoint: variant name -> path values ("?" is a query string, {key} filled from walk_data). A variant
# matches the rule whose path parameters it names. Entries for pages of branches not merged yet are kept
# ready (they are used once the route exists).
FILL = {
    "web.event_page": {"": {"event_id": Ref("event")}, "chuoi-hang-tuan": {"event_id": Ref("series")},
                       "34-noi-dung": {"event_id": Ref("big_meeting")}},
    "web.edit_event": {"": {"event_id": Ref("event")}, "chuoi-hang-tuan": {"event_id": Ref("series")}},
    "web.directory_item": {"don-vi-moi": {"kind": "don-vi"}, "nguoi-moi": {"kind": "nguoi"},
                           "nhom-moi": {"kind": "nhom"},
                           "don-vi": {"kind": "don-vi", "ident": Ref("unit")},
                           "nguoi": {"kind": "nguoi", "ident": Ref("person")},
                           "nhom": {"kind": "nhom", "ident": Ref("group")}},
    "web.import_preview": {"xem-truoc": {"ident": Ref("import")}, "da-ghi": {"ident": Ref("committed_import")}},
    "feeds_pages.subscription": {"nguoi": {"kind": "person", "ident": Ref("person")},
                                 "don-vi": {"kind": "unit", "ident": Ref("unit")},
                                 "nhom": {"kind": "group", "ident": Ref("group")}},
    "reminders_web.reminders_page": {"": {}, "da-gui": {"?": "trang-thai=sent"}},
    "web.day_view": {"": {"day": "2023-11-02"}, "34-noi-dung": {"day": "2023-11-21"}},
    "web.week": {"": {"?": "ngay=2023-11-20"}},
    # Pages of the admin and series branches.
    "web.edit_place": {"": {"ident": Ref("place")}},
    "web.edit_hours": {"": {"ident": Ref("slot_hours")}},
    "web.search_page": {"": {}, "ket-qua": {"?": "q=hoi nghi"}},
    "web.due": {"": {}, "don-vi": {"?": "don_vi={unit}"}},
    # Issued versions, and the public weekly page (no log-in) with its embed.
    "web.issued_versions": {"tuan": {"kind_path": "tuan", "period": "2023-11-20"},
                            "thang": {"kind_path": "thang", "period": "2023-11"}},
    "public.week": {"": {"slug": "van-phong", "?": "ngay=2023-11-20"}},
    "public.embed": {"": {"slug": "van-phong", "?": "ngay=2023-11-20"}},
}

# The only pages opened with a secret link instead of a log-in: walked logged out, with a token made here.
TOKEN_PAGES = {"reminders_web.submitted": {"": {"token": Ref("submitted_token")}}}
PUBLIC = {"web.login", "public.week", "public.embed"} | set(TOKEN_PAGES)  # walked logged out

# Pages answered with a redirect: where to.
REDIRECTS = {"web.home": "/lich"}

# Pages that are not routes of their own: the error pages (message.html) and a refused secret link.
EXTRA = {
    "loi-404": ("/khong-co-trang-nay", "office", 404),
    "loi-404-su-kien": ("/su-kien/999999", "office", 404),
    "loi-403": ("/quan-tri", "viewer", 403),
    "lien-ket-sai": ("/nhac-viec/da-nop/khong-dung", "anonymous", 404),
}

# Pages that fail the walk today and are being rewritten by other engineers (calendar, event page and form,
# administration, navigation): the integrator empties this list as their work lands. A page listed here
# that passes fails the walk, so the list cannot hide a fixed page or a new one.
PENDING_OTHERS: dict[str, str] = {}  # (empty since main has the admin branch's menu and tables)


@dataclass
class Visit:
    name: str              # walk-<name>-<width>.png; the PENDING_OTHERS key
    rule: str
    endpoint: str
    values: dict = field(default_factory=dict)
    roles: tuple = ("office", "viewer")
    status: int = 200
    problem: str | None = None  # the route cannot be walked: why


def _variants(rule) -> dict | None:
    """The route's variants (name -> values), or None when its parameters cannot be filled."""
    needed = set(rule.arguments) - set(rule.defaults or {})
    table = FILL.get(rule.endpoint) or TOKEN_PAGES.get(rule.endpoint)
    if table is not None:
        chosen = {name: values for name, values in table.items() if set(values) - {"?"} == needed}
        return chosen or None
    if not needed:
        return {"": {}}
    choices = []
    for arg in sorted(needed):
        converter = rule._converters.get(arg)
        if isinstance(converter, AnyConverter):  # every value the route accepts
            choices.append([(v, {arg: v}) for v in sorted(converter.items)])
        elif arg in GENERIC:
            choices.append([("", {arg: GENERIC[arg]})])
        else:
            return None
    variants = {"": {}}
    for options in choices:
        variants = {"-".join(p for p in (name, more) if p): {**values, **extra}
                    for name, values in variants.items() for more, extra in options}
    return variants


def discover() -> list[Visit]:
    app = create_app(make_config("sqlite://"))  # only its URL map is read
    visits = []
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint)):
        if not is_page(rule):
            continue
        variants = _variants(rule)
        if variants is None:
            visits.append(Visit(rule.endpoint, rule.rule, rule.endpoint, problem=(
                f"route {rule.rule} ({rule.endpoint}) has parameters the page walk cannot fill "
                f"({', '.join(sorted(set(rule.arguments) - set(rule.defaults or {})))}): add it to FILL in "
                "tests/test_page_walk.py with data the walk creates, so the page is walked at 1366 and 390 px")))
            continue
        for variant, values in variants.items():
            name = f"{rule.endpoint}-{variant}" if variant else rule.endpoint
            roles = ("anonymous",) if rule.endpoint in PUBLIC else ("office", "viewer")
            visits.append(Visit(name, rule.rule, rule.endpoint, values, roles,
                                302 if rule.endpoint in REDIRECTS else 200))
    for name, (path, role, status) in EXTRA.items():
        visits.append(Visit(name, path, "", {"path": path}, (role,), status))
    return visits


VISITS = discover()


# ---- data -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def walk_data(site):  # noqa: F811 - the fixture imported above
    """What the pages show: both sample programs imported (the 34-item Bắc Giang meeting among them), a
    document left at its preview, a meeting with agenda items and units, a weekly series, a clash, the
    reminders of the day before, a viewer account and a unit's signed "Đã nộp" link."""
    app = site["app"]
    ids = site["ids"]
    api = Api(app.test_client(), _new_key(app, "office"))
    committed = None
    for sample in ("muong-lat-2023-11.txt", "bac-giang-2023-11.txt"):
        with open(f"{SAMPLES}/{sample}", encoding="utf-8") as f:
            ident = api.created("/api/imports", {"text": f.read(), "source": sample})["id"]
        assert api.post(f"/api/imports/{ident}/commit").status_code == 200
        committed = committed or ident
    with open(ROOT / "tests" / "data" / "scope" / "ubnd-thang-2024-03.txt", encoding="utf-8") as f:
        preview = api.created("/api/imports", {"text": f.read(), "source": "ubnd-thang-2024-03.txt"})["id"]
    found = api.get("/api/events?from=2023-11-21&to=2023-11-21").get_json()["events"]
    big = next(e for e in found if e["title"] == "Hội nghị UBND tỉnh thường kỳ")
    event = api.created("/api/events", {
        "title": "Kỳ họp thứ Mười hai Hội đồng nhân dân huyện khóa XX, nhiệm kỳ 2021 - 2026 (kỳ họp thường lệ cuối năm)",
        "start": "2023-11-21", "slot": "morning", "location": "Hội trường Trung tâm Chính trị huyện",
        "chair_id": ids["binh"], "attendee_ids": [ids["dung"], ids["lan"]], "group_ids": [ids["tthu"]],
        "unit_ids": [ids["vp"], ids["nn"]],
        "notes": "Đề nghị các đại biểu nghiên cứu tài liệu trước ngày 15/11/2023.",
        "agenda": [{"number": 1, "title": "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023",
                    "unit_ids": [ids["vp"], ids["nn"]]},
                   {"number": 2, "title": "Tờ trình dự toán ngân sách huyện năm 2024", "unit_ids": [ids["tc"]],
                    "deadline": "2023-11-14"},
                   {"number": 3, "title": "Thông qua nghị quyết về biên chế công chức",
                    "unit_ids": [ids["nv"]], "preparing_units_text": "Ban Pháp chế HĐND huyện (chưa có trong danh bạ)"}]})
    series = api.created("/api/events", {"title": "Giao ban Thường trực UBND huyện", "start": "2023-11-06T07:30:00+07:00",
                                         "end": "2023-11-06T09:00:00+07:00", "rrule": "FREQ=WEEKLY;BYDAY=MO",
                                         "chair_id": ids["binh"], "attendee_ids": [ids["dung"], ids["lan"]],
                                         "location": "Phòng họp tầng 2"})
    # Dũng is at the Mường Lát conference on the morning of 02/11: a clash for the conflicts page.
    api.created("/api/events", {"title": "Tiếp đoàn kiểm tra của tỉnh về công tác giảm nghèo", "start": "2023-11-02",
                                "slot": "morning", "chair_id": ids["dung"]})
    place = api.created("/api/locations", {"name": "Hội trường Trung tâm Chính trị huyện",
                                           "address": "Khu 3, thị trấn Mường Lát", "travel_minutes": 20})
    summer = api.created("/api/calendar/slot-hours", {"valid_from": "2024-04-15", "valid_to": "2024-10-14",
                                                      "morning": "07:00-11:00", "afternoon": "13:30-17:00"})
    dispatch_once(app, datetime(2023, 11, 9, 7, 30, tzinfo=HANOI))  # reminders: sent, and queued
    st = state(app)
    with st.sessions() as session:
        viewer = create_user(st.ctx(session), VIEWER, "Anh Minh (Phòng Nội vụ, chỉ xem)", "viewer", PASSWORD)
        session.commit()
        viewer_id = viewer.id
    item = event["agenda"][0]
    return {"event": event["id"], "series": series["id"], "big_meeting": big["id"], "unit": ids["vp"],
            "person": ids["binh"], "group": ids["district_leaders"], "import": preview, "committed_import": committed,
            "viewer_id": viewer_id, "place": place["id"], "slot_hours": summer["id"],
            "submitted_token": submitted_token(st.config.secret_key, item["id"], item["lead_unit_id"])}


@pytest.fixture(scope="module")
def pages(site, chromium, walk_data):  # noqa: F811
    """One browser page per role and width, logged in once (the clock is fixed: sessions never expire)."""
    opened = {}
    for width, height in WIDTHS:
        for role in ("office", "viewer", "anonymous"):
            context = chromium.new_context(viewport={"width": width, "height": height}, locale="vi-VN",
                                           is_mobile=width < 500, has_touch=width < 500)
            page = context.new_page()
            if role == "office":
                log_in(page, site["url"])
            elif role == "viewer":
                page.goto(f"{site['url']}/dang-nhap")
                page.fill("input[name=username]", VIEWER)
                page.fill("input[name=password]", PASSWORD)
                page.get_by_role("button", name="Đăng nhập", exact=True).click()
                page.wait_for_url(re.compile("/lich"))
            errors = []
            page.on("pageerror", lambda exc, errors=errors: errors.append(f"script error: {exc}"))
            page.on("console", lambda m, errors=errors: errors.append(m.text)
                    if "Content Security Policy" in m.text else None)
            opened[role, width] = (page, errors)
    yield opened
    for page, _ in opened.values():
        page.context.close()


# ---- the measurements ------------------------------------------------------------------------------------

# Runs in the page; returns [{kind, where, text, detail}]. Text that a box clips or scrolls on purpose
# (overflow other than visible: the month grid's one-line bars, a table that scrolls inside its frame) is not
# overflow; hidden elements are skipped. Machine strings in <code> (feed URLs, API keys) may break anywhere.
LAYOUT_JS = r"""
() => {
  const found = [];
  const cw = document.documentElement.clientWidth;
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      let s = e.tagName.toLowerCase();
      if (e.id) { parts.unshift(s + '#' + e.id); break; }
      if (e.classList.length) s += '.' + Array.from(e.classList).slice(0, 2).join('.');
      if (e.dataset && e.dataset.label) s += `[data-label="${e.dataset.label}"]`;
      parts.unshift(s);
    }
    return parts.join(' > ');
  };
  const snip = (t) => t.replace(/\s+/g, ' ').trim().slice(0, 60);
  const clips = (el) => { const s = getComputedStyle(el); return s.overflowX !== 'visible' || s.overflowY !== 'visible'; };
  const box = (el) => {
    let e = el;
    while (e && ['inline', 'contents'].includes(getComputedStyle(e).display)) e = e.parentElement;
    return e;
  };
  // (a) sideways scroll: name the outermost elements past the right edge, outside any scrolling frame.
  if (document.documentElement.scrollWidth > cw) {
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= cw + 1 || !el.checkVisibility()) continue;
      let inside = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (clips(a) || wide.includes(a)) { inside = true; break; }
      }
      if (!inside) wide.push(el);
    }
    found.push({kind: 'sideways scroll', where: wide.slice(0, 3).map(where).join(' | ') || 'document',
                text: wide.length ? snip(wide[0].textContent) : '',
                detail: `page is ${document.documentElement.scrollWidth}px wide in a ${cw}px window`});
  }
  // Text for screen readers only (clipped to a 1-px box) is not laid out for the eye.
  const screenReaderOnly = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if ((s.clip && s.clip !== 'auto') || s.clipPath !== 'none') return true;
    }
    return false;
  };
  // (a) nor does a part of it: a table in a frame that scrolls sideways hides its last columns off screen
  // (on a phone it should be cards).
  for (const el of document.body.querySelectorAll('*')) {
    const s = getComputedStyle(el);
    if (!['auto', 'scroll'].includes(s.overflowX) || el.scrollWidth <= el.clientWidth + 1 || !el.checkVisibility()) continue;
    found.push({kind: 'part of the page scrolls sideways', where: where(el), text: snip(el.textContent),
                detail: `${el.scrollWidth}px of content in ${el.clientWidth}px`});
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lines = (rects) => new Set(Array.from(rects).filter(r => r.width > 0).map(r => Math.round(r.top / 3))).size;
  const dateLike = /(?<![\d/:])(?:\d{1,2}\/\d{1,2}(?:\/\d{4})?|\d{1,2}:\d{2})(?![\d/:])/g;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent;
    const el = node.parentElement;
    if (!/\S/.test(text) || !el || el.closest('script,style,noscript,template,select,option,textarea,svg,title')) continue;
    if (!el.checkVisibility({visibilityProperty: true}) || screenReaderOnly(el)) continue;
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter(r => r.width > 0);
    if (!rects.length) continue;
    const b = box(el);
    // (b) the text inside its box, unless the box (or an inline between) clips or scrolls it on purpose.
    let clipped = false;
    for (let e = el; e && e !== b.parentElement; e = e.parentElement) if (clips(e)) clipped = true;
    if (!clipped) {
      const br = b.getBoundingClientRect();
      const left = br.left + b.clientLeft, top = br.top + b.clientTop;
      const right = left + b.clientWidth, bottom = top + b.clientHeight;
      for (const r of rects) {
        const past = Math.max(left - r.left, r.right - right, top - r.top, r.bottom - bottom);
        if (past > 1) {
          found.push({kind: 'text overflows its box', where: where(b), text: snip(text),
                      detail: `${Math.round(past)}px outside`});
          break;
        }
      }
    }
    // (c) dates and clock times on one line.
    const dates = [];
    for (const m of text.matchAll(dateLike)) {
      dates.push([m.index, m.index + m[0].length]);
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      if (lines(range.getClientRects()) > 1)
        found.push({kind: 'date split over two lines', where: where(el), text: m[0], detail: snip(text)});
    }
    // (c) words whole: a word over two lines may only break after a hyphen, dash, slash or an e-mail's @ or dot.
    if (el.closest('code')) continue;
    for (const m of text.matchAll(/\S+/g)) {
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      if (lines(range.getClientRects()) < 2) continue;
      range.setStart(node, m.index); range.setEnd(node, m.index + 1);
      const first = range.getBoundingClientRect().top;
      let cut = 1;
      for (; cut < m[0].length; cut++) {
        range.setStart(node, m.index + cut); range.setEnd(node, m.index + cut + 1);
        if (Math.abs(range.getBoundingClientRect().top - first) > 2) break;
      }
      const inDate = dates.some(([a, b]) => a < m.index + cut && m.index + cut < b);  // said above
      if (!inDate && !'-‐–—/@._'.includes(m[0][cut - 1]))
        found.push({kind: 'word broken mid-word', where: where(el),
                    text: m[0].slice(0, cut) + '|' + m[0].slice(cut), detail: snip(text)});
    }
  }
  return found;
}
"""


def walk(page, url, visit, role, width) -> tuple[list[str], str | None]:
    """Opens the page, saves its screenshot and returns (problems, the answer's status)."""
    response = page.goto(url)
    status = response.status if response else None
    if visit.endpoint in REDIRECTS:
        if response.request.redirected_from is None or not page.url.split("?")[0].endswith(REDIRECTS[visit.endpoint]):
            return [f"expected a redirect to {REDIRECTS[visit.endpoint]}, got {status} at {page.url}"], status
        return [], status
    if role == "viewer" and visit.status == 200 and status == 403:
        return [], status  # a page for the office: the viewer is told so (that page is walked as loi-403)
    problems = [] if status == visit.status else [f"status {status}, expected {visit.status}"]
    suffix = "" if role in ("office", "anonymous") else f"-{role}"
    page.screenshot(path=str(SHOTS / f"walk-{visit.name}{suffix}-{width}.png"), full_page=True)
    for f in page.evaluate(LAYOUT_JS):
        problems.append(f"{f['kind']}: {f['where']} «{f['text']}» ({f['detail']})")
    return problems, status


def _fold(found: list[str], most: int = 12) -> list[str]:
    """The problems once each (a table of 20 rows repeats its 20 rows' faults), at most `most` of them."""
    unique = list(dict.fromkeys(found))
    return unique[:most] + ([f"... and {len(unique) - most} more"] if len(unique) > most else [])


@pytest.mark.parametrize("visit", VISITS, ids=[v.name for v in VISITS])
def test_page(visit, site, pages, walk_data):  # noqa: F811
    if visit.problem:
        pytest.fail(visit.problem, pytrace=False)
    if visit.endpoint:
        values = {k: str(walk_data[v]) if isinstance(v, Ref) else v for k, v in visit.values.items() if k != "?"}
        rule = next(r for r in site["app"].url_map.iter_rules(visit.endpoint) if r.rule == visit.rule)
        query = visit.values.get("?", "").format(**walk_data)
        path = rule.build(values, append_unknown=False)[1] + (f"?{query}" if query else "")
    else:
        path = visit.values["path"]
    problems = []
    for width, _ in WIDTHS:
        for role in visit.roles:
            page, errors = pages[role, width]
            errors.clear()
            found, status = walk(page, site["url"] + path, visit, role, width)
            problems += [f"[{role} {width}px] {p}" for p in _fold(found + errors)]
            if role == "viewer" and status not in (200, 403):
                problems.append(f"[viewer {width}px] status {status}: a viewer gets the page or a 403, nothing else")
    if visit.endpoint and visit.endpoint not in PUBLIC and visit.status == 200:
        # Logged out, every page but the public ones sends the visitor to log in.
        page, _ = pages["anonymous", WIDTHS[0][0]]
        page.goto(site["url"] + path)
        if "/dang-nhap" not in page.url:
            problems.append(f"[anonymous] opened without logging in: {page.url}")
    _judge(visit.name, f"{visit.name} ({path})", problems)


def _judge(name: str, heading: str, problems: list[str]) -> None:
    """A page passes with no problems; a page of PENDING_OTHERS must still have some (then they are printed)."""
    report = f"{heading}:\n  " + "\n  ".join(problems)
    if name in PENDING_OTHERS:
        assert problems, f"{name} passes the walk now: remove it from PENDING_OTHERS"
        print(f"pending ({PENDING_OTHERS[name]}): {report}")
    else:
        assert not problems, report


def test_menu_links_open_for_each_role(site, pages):  # noqa: F811
    """Only the links a role can use: every entry of the menu a role sees opens for it (a viewer is not sent
    to a page that answers 403)."""
    problems = []
    for role in ("office", "viewer"):
        page, _ = pages[role, WIDTHS[0][0]]
        page.goto(site["url"] + "/lich")
        links = page.eval_on_selector_all("header nav a[href]", "els => els.map(a => [a.textContent.trim(), a.href])")
        assert len(links) >= 3, (role, links)
        for label, href in links:
            status = page.goto(href).status
            if status != 200:
                problems.append(f"[{role}] «{label}» {href}: {status}")
    _judge("menu", "the menu's links", problems)


def test_pending_list_names_walked_pages():
    """PENDING_OTHERS names pages of the walk, no stale or misspelt ones (which would hide nothing but
    mislead the integrator)."""
    names = {v.name for v in VISITS} | {"menu"}
    assert set(PENDING_OTHERS) <= names, set(PENDING_OTHERS) - names


def test_unfillable_route_is_reported():
    """A page added with a parameter nobody filled is a failing visit naming its route (not a page silently
    left out of the walk)."""
    from flask import Flask  # noqa: PLC0415

    app = Flask(__name__)
    app.add_url_rule("/viec-phai-nop/<code>", "web.new_page", lambda code: code)
    rule = next(app.url_map.iter_rules("web.new_page"))
    assert is_page(rule) and _variants(rule) is None
    app.add_url_rule("/danh-ba/<any('a','b'):kind>/<int:event_id>", "web.other", lambda kind, event_id: "")
    assert set(_variants(next(app.url_map.iter_rules("web.other")))) == {"a", "b"}


def test_measurements_find_each_fault(chromium):  # noqa: F811
    """The checks themselves, on a page made with one fault of each kind (and a clean twin of each), at
    390 px: a walk that measured nothing would pass every page."""
    page = chromium.new_page(viewport={"width": 390, "height": 844})
    page.set_content("""<!doctype html><html lang="vi"><body style="margin:0;font:16px sans-serif">
      <div id="scroll" style="width:600px">rộng hơn màn hình</div>
      <div id="spill" style="width:80px;white-space:nowrap">Văn phòng HĐND và UBND huyện</div>
      <div id="letters" style="width:40px;word-break:break-all">Nghiệm thu</div>
      <div id="split" style="width:60px;overflow-wrap:anywhere">Hạn 14/12/2026</div>
      <div id="clipped" style="width:80px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">Một tiêu đề dài bị cắt</div>
      <div id="hyphen" style="width:120px">Sở Lao động-Thương binh</div>
      <div style="display:none;width:10px">Ẩn đi hoàn toàn không đo</div>
      <code style="display:block;width:80px;word-break:break-all">https://lich.example.gov.vn/feeds/abc.ics</code>
      <div id="frame" style="overflow-x:auto;width:200px"><table style="width:500px"><tr><td>Cột cuối</td></tr></table></div>
      </body></html>""")
    found = page.evaluate(LAYOUT_JS)
    page.close()
    by_kind = {}
    for f in found:
        by_kind.setdefault(f["kind"], []).append(f)
    assert [f["where"] for f in by_kind["sideways scroll"]] == ["div#scroll"]
    assert {f["where"] for f in by_kind["text overflows its box"]} == {"div#spill"}, by_kind["text overflows its box"]
    assert {f["where"] for f in by_kind["word broken mid-word"]} == {"div#letters"}, by_kind["word broken mid-word"]
    assert [f["text"] for f in by_kind["date split over two lines"]] == ["14/12/2026"]
    assert [f["where"] for f in by_kind["part of the page scrolls sideways"]] == ["div#frame"]
    assert set(by_kind) == {"sideways scroll", "text overflows its box", "word broken mid-word",
                            "date split over two lines", "part of the page scrolls sideways"}
