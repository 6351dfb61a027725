"""Sessions, log-in and account management, as an attacker would try them: open redirects, copied cookies,
cookie flags and page headers, password guessing (throttled; the same work for unknown names), revoked
keys and disabled accounts, and the security log the office reads."""
import re

import pytest

from service import auth
from service.context import state
from service.models import SecurityEvent
from tests.test_web import add_user, count, login, post, token

PASSWORD = "mat-khau-dai-du"


def try_login(browser, username, password, next_path=None):
    page = browser.get("/dang-nhap").get_data(as_text=True)
    url = "/dang-nhap" + (f"?next={next_path}" if next_path is not None else "")
    return browser.post(url, data={"username": username, "password": password, "csrf_token": token(page)})


@pytest.mark.parametrize("target", ["/%09/evil.com", "//evil.com", "/%5Cevil.com", "/\\evil.com", "https://evil.com",
                                    "/%0d%0aSet-Cookie:x=1", "javascript:alert(1)", "%2F%2Fevil.com"])
def test_next_never_leaves_the_site(app, target):
    add_user(app, "lan", "office")
    response = try_login(app.test_client(), "lan", PASSWORD, target)
    assert response.status_code == 302 and response.headers["Location"] == "/lich"


def test_next_keeps_a_local_path(app):
    add_user(app, "lan", "office")
    response = try_login(app.test_client(), "lan", PASSWORD, "/lich/tuan%3Fngay%3D2023-11-20")
    assert response.headers["Location"] == "/lich/tuan?ngay=2023-11-20"


def test_session_cookie_flags(app):
    add_user(app, "lan", "office")
    cookie = try_login(app.test_client(), "lan", PASSWORD).headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie  # BASE_URL is https here


def _copy_cookie(source, target):
    cookie = source.get_cookie("session")
    target.set_cookie("session", cookie.value, domain=cookie.domain)


@pytest.mark.parametrize("how", ["logout", "new password", "disabled"])
def test_a_copied_cookie_dies_with_the_session(app, how):
    browser = login(app, "lan")
    thief = app.test_client()
    _copy_cookie(browser, thief)
    assert thief.get("/lich").status_code == 200  # the copy works while the session lives
    if how == "logout":
        assert post(browser, "/dang-xuat", {}, page="/lich").status_code == 302
    else:
        st = state(app)
        with st.sessions() as session:
            ctx = st.ctx(session, actor="test")
            user = auth.get_user(ctx, "lan")
            auth.set_password(ctx, user, "mot-mat-khau-moi") if how == "new password" else auth.disable_user(ctx, user)
            session.commit()
    response = thief.get("/lich")
    assert response.status_code == 302 and response.headers["Location"].startswith("/dang-nhap")


def test_page_headers(app):
    browser = login(app, "lan")
    for path in ("/lich", "/dang-ky", "/quan-tri"):
        response = browser.get(path)
        assert response.status_code == 200, path
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert response.headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in csp
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["Cache-Control"] == "no-store", path
    for template in re.findall(r"<script[^>]*>", browser.get("/lich").get_data(as_text=True)):
        assert "src=" in template  # no inline script anywhere the CSP would have to allow


def test_guessing_passwords_is_throttled(app, clock):
    add_user(app, "lan", "office")
    attacker = app.test_client()
    for _ in range(auth.FREE_TRIES):
        assert try_login(attacker, "lan", "sai-mat-khau").status_code == 401
    refused = try_login(attacker, "lan", PASSWORD)  # the right password does not help now
    assert refused.status_code == 429 and "thử lại sau" in refused.get_data(as_text=True)
    assert int(refused.headers["Retry-After"]) == 60
    clock.advance(seconds=61)
    assert try_login(attacker, "lan", "sai-mat-khau").status_code == 401
    assert try_login(attacker, "lan", PASSWORD).status_code == 429  # a further refusal doubles the wait
    clock.advance(seconds=121)
    assert try_login(attacker, "lan", PASSWORD).status_code == 302
    # A success starts the account's count afresh.
    assert try_login(app.test_client(), "lan", "sai-mat-khau").status_code == 401


def test_guessing_many_names_from_one_address_is_throttled(app):
    add_user(app, "lan", "office")
    attacker = app.test_client()
    for i in range(auth.ADDRESS_FREE_TRIES):
        assert try_login(attacker, f"ten-{i}", "sai-mat-khau").status_code == 401
    assert try_login(attacker, "lan", PASSWORD).status_code == 429  # same address (the test client's)


def test_unknown_names_cost_the_same_work(app, monkeypatch):
    """One password hash checked whether the name exists or not (timing would otherwise tell names apart)."""
    add_user(app, "lan", "office")
    auth._unknown_user_hash()  # made once per process, before any request
    calls = []
    original = auth.check_password_hash
    monkeypatch.setattr(auth, "check_password_hash", lambda *a: calls.append(1) or original(*a))
    monkeypatch.setattr(auth, "generate_password_hash", lambda *a, **k: pytest.fail("hashing on log-in"))
    for username in ("lan", "khong-co-ai", "lan"):
        calls.clear()
        try_login(app.test_client(), username, "sai-mat-khau")
        assert len(calls) == 1, username


def test_security_log_is_the_offices(app, api, viewer):
    add_user(app, "lan", "office")
    try_login(app.test_client(), "lan", "sai-mat-khau")
    try_login(app.test_client(), "lan", PASSWORD)
    events = api.get("/api/security-log").get_json()["events"]  # newest first
    assert [(e["action"], e["username"]) for e in events[:3]] == [
        ("login", "lan"), ("login_failed", "lan"), ("user_created", "lan")]
    assert events[0]["address"] == "127.0.0.1"
    assert viewer.get("/api/security-log").status_code == 403
    assert "Đăng nhập sai" in login(app, "chanh-van-phong").get("/quan-tri").get_data(as_text=True)


def test_keys_and_accounts_through_the_api(app, api, viewer):
    add_user(app, "lan", "viewer")
    keys = api.get("/api/api-keys").get_json()["api_keys"]
    assert {k["role"] for k in keys} == {"office", "viewer"} and all("key_hash" not in k for k in keys)
    viewer_key = next(k for k in keys if k["role"] == "viewer")
    assert api.post(f"/api/api-keys/{viewer_key['id']}/revoke").status_code == 200
    assert viewer.get("/api/events").status_code == 401  # revoked: stops at once
    own = next(k for k in keys if k["role"] == "office")
    assert api.post(f"/api/api-keys/{own['id']}/revoke").status_code == 409
    users = api.get("/api/users").get_json()["users"]
    lan = next(u for u in users if u["username"] == "lan")
    weak = api.post(f"/api/users/{lan['id']}/password", {"password": "ngan"})
    assert weak.status_code == 422 and "password" in weak.get_json()["error"]["fields"]
    assert api.post(f"/api/users/{lan['id']}/password", {"password": "mat-khau-moi-123"}).status_code == 200
    assert try_login(app.test_client(), "lan", "mat-khau-moi-123").status_code == 302
    assert api.post(f"/api/users/{lan['id']}/disable").get_json()["disabled_at"]
    assert try_login(app.test_client(), "lan", "mat-khau-moi-123").status_code == 401
    assert api.post(f"/api/users/{lan['id']}/enable").get_json()["disabled_at"] is None
    assert api.post("/api/users/999/disable").status_code == 404


def test_keys_and_accounts_from_the_command_line(app, api):
    add_user(app, "lan", "office")
    runner = app.test_cli_runner()
    listed = runner.invoke(args=["api-keys", "list"])
    assert listed.exit_code == 0 and "office" in listed.output
    key_id = int(listed.output.split("\t")[0])
    assert runner.invoke(args=["api-keys", "revoke", str(key_id)]).exit_code == 0
    assert api.get("/api/events").status_code == 401
    assert runner.invoke(args=["api-keys", "revoke", "9999"]).exit_code != 0
    assert "lan\toffice" in runner.invoke(args=["users", "list"]).output
    short = runner.invoke(args=["users", "set-password", "lan", "--password", "ngan"])
    assert short.exit_code != 0 and "10 ký tự" in short.output
    assert runner.invoke(args=["users", "set-password", "lan", "--password", "mot-mat-khau-moi"]).exit_code == 0
    assert try_login(app.test_client(), "lan", "mot-mat-khau-moi").status_code == 302
    assert runner.invoke(args=["users", "disable", "lan"]).exit_code == 0
    assert try_login(app.test_client(), "lan", "mot-mat-khau-moi").status_code == 401
    assert runner.invoke(args=["users", "disable", "khong-co"]).exit_code != 0


def test_admin_pages(app):
    browser = login(app, "chanh-van-phong")
    created = post(browser, "/quan-tri/tai-khoan", {"username": "lan", "name": "Phạm Thị Lan", "role": "viewer",
                                                   "password": "ngan"}, page="/quan-tri")
    assert created.status_code == 422 and "10 ký tự" in created.get_data(as_text=True)
    before = count(app, SecurityEvent)
    assert post(browser, "/quan-tri/tai-khoan", {"username": "lan", "name": "Phạm Thị Lan", "role": "viewer",
                                                "password": PASSWORD}, page="/quan-tri").status_code == 302
    assert count(app, SecurityEvent) == before + 1
    assert try_login(app.test_client(), "lan", PASSWORD).status_code == 302
    page = post(browser, "/quan-tri/khoa-api", {"name": "Cổng thông tin", "role": "viewer"}, page="/quan-tri")
    key = re.search(r'<code class="secret">(lct_[^<]+)</code>', page.get_data(as_text=True)).group(1)
    assert page.headers["Cache-Control"] == "no-store"
    reader = app.test_client()
    assert reader.get("/api/events", headers={"Authorization": f"Bearer {key}"}).status_code == 200
    key_id = max(k.id for k in auth.list_api_keys(state(app).ctx(state(app).sessions())))
    assert post(browser, f"/quan-tri/khoa-api/{key_id}/thu-hoi", {}, page="/quan-tri").status_code == 302
    assert reader.get("/api/events", headers={"Authorization": f"Bearer {key}"}).status_code == 401
    viewer = login(app, "nguoi-xem", "viewer")
    assert viewer.get("/quan-tri").status_code == 403
    assert "Quản trị" not in viewer.get("/lich").get_data(as_text=True)


def test_own_password(app):
    browser = login(app, "lan")
    wrong = post(browser, "/doi-mat-khau", {"current": "sai", "password": "mot-mat-khau-moi", "again": "mot-mat-khau-moi"})
    assert wrong.status_code == 422 and "không đúng" in wrong.get_data(as_text=True)
    done = post(browser, "/doi-mat-khau", {"current": PASSWORD, "password": "mot-mat-khau-moi", "again": "mot-mat-khau-moi"})
    assert done.status_code == 302
    assert browser.get("/lich").status_code == 302  # its own session ended too
    assert try_login(app.test_client(), "lan", "mot-mat-khau-moi").status_code == 302


@pytest.mark.parametrize("bad", ["lan\x00", "la\x1bn", "la\nn"])
def test_control_characters_in_account_forms_are_refused(app, bad):
    """PostgreSQL refuses NUL: a 4xx in Vietnamese, never a 500, and nothing written."""
    add_user(app, "lan", "office")
    assert try_login(app.test_client(), bad, PASSWORD).status_code == 401
    browser = login(app, "chanh-van-phong")
    before = count(app, SecurityEvent)
    page = post(browser, "/quan-tri/tai-khoan", {"username": bad, "name": bad, "role": "viewer", "password": PASSWORD},
                page="/quan-tri")
    assert page.status_code == 422 and "ký tự" in page.get_data(as_text=True)
    page = post(browser, "/quan-tri/khoa-api", {"name": bad, "role": "viewer"}, page="/quan-tri")
    assert page.status_code == 422 and "tên gợi nhớ" in page.get_data(as_text=True)
    assert count(app, SecurityEvent) == before  # nothing written: no account, no key, no log line


def test_the_wait_keeps_growing_and_a_new_password_lifts_it(app, clock):
    add_user(app, "lan", "office")
    attacker = app.test_client()
    waits = []
    for _ in range(8):  # keep trying whenever allowed: the waits double, past the old 15-minute window
        while (response := try_login(attacker, "lan", "sai-mat-khau")).status_code == 401:
            pass
        waits.append(int(response.headers["Retry-After"]))
        clock.advance(seconds=waits[-1] + 1)
    assert waits == [60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert try_login(attacker, "lan", "sai-mat-khau").status_code == 401
    assert try_login(attacker, "lan", PASSWORD).status_code == 429
    runner = app.test_cli_runner()
    assert runner.invoke(args=["users", "set-password", "lan", "--password", "mot-mat-khau-moi"]).exit_code == 0
    assert try_login(attacker, "lan", "mot-mat-khau-moi").status_code == 302  # the office's reset lifts it


def test_behind_a_proxy_the_clients_address_counts(db_url, clock):
    from service import create_app
    from service.db import Base
    from tests.conftest import make_config
    app = create_app(make_config(db_url, trusted_proxies=1), clock=clock)
    if db_url.startswith("sqlite"):
        Base.metadata.create_all(state(app).engine)
    add_user(app, "lan", "office")
    for i in range(auth.ADDRESS_FREE_TRIES):
        try_login_from(app, "203.0.113.7", f"ten-{i}", "sai")
    assert try_login_from(app, "203.0.113.7", "lan", PASSWORD).status_code == 429
    assert try_login_from(app, "198.51.100.2", "lan", PASSWORD).status_code == 302  # another client is not blocked
    st = state(app)
    with st.sessions() as session:
        assert {e.address for e in auth.security_log(st.ctx(session))} >= {"203.0.113.7", "198.51.100.2"}
    state(app).engine.dispose()


def try_login_from(app, address, username, password):
    browser = app.test_client()
    headers = {"X-Forwarded-For": address}
    page = browser.get("/dang-nhap", headers=headers).get_data(as_text=True)
    return browser.post("/dang-nhap", headers=headers,
                        data={"username": username, "password": password, "csrf_token": token(page)})


def test_usernames_are_plain_ascii(app):
    """SQLite's lower() folds ASCII only: "Đức" could never log in there."""
    browser = login(app, "chanh-van-phong")
    page = post(browser, "/quan-tri/tai-khoan", {"username": "Đức", "name": "Nguyễn Minh Đức", "role": "viewer",
                                                "password": PASSWORD}, page="/quan-tri")
    assert page.status_code == 422 and "chữ không dấu" in page.get_data(as_text=True)
    long_name = post(browser, "/quan-tri/tai-khoan", {"username": "duc", "name": "Đ" * 201, "role": "viewer",
                                                     "password": PASSWORD}, page="/quan-tri")
    assert long_name.status_code == 422


def test_the_current_password_check_is_throttled(app, clock):
    browser = login(app, "lan")
    clock.advance(seconds=1)  # after the log-in that started the count afresh
    for _ in range(auth.FREE_TRIES):
        wrong = post(browser, "/doi-mat-khau", {"current": "sai", "password": "mot-mat-khau-moi", "again": "mot-mat-khau-moi"})
        assert "không đúng" in wrong.get_data(as_text=True)
    blocked = post(browser, "/doi-mat-khau", {"current": PASSWORD, "password": "mot-mat-khau-moi", "again": "mot-mat-khau-moi"})
    assert blocked.status_code == 422 and "thử lại sau" in blocked.get_data(as_text=True)
