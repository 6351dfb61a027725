"""SMTP with STARTTLS and a login (SMTP_STARTTLS, SMTP_USER, SMTP_PASSWORD) against a real server on loopback
(aiosmtpd) that offers STARTTLS with a certificate from a test CA and AUTH LOGIN / PLAIN for one user. The
certificate is checked against the machine's trusted CAs (here SSL_CERT_FILE names the test CA, as an office
with its own CA would): a server the machine does not trust never sees the password."""
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from notifications.mail import SmtpMailer, mailer_from_config
from service.config import Config
from tests.smtp_server import SmtpServer, make_certificates

USER, PASSWORD = "lich@example.gov.vn", "mật-khẩu đúng 123"  # smtplib alone sends only ASCII
ASCII_PASSWORD = "mat-khau-dung-123"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def trusted(certificates, monkeypatch):
    """The test CA is the one the machine trusts (OpenSSL's default verify file)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates["ca"]))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def start(certificates, password=PASSWORD, **options):
    return SmtpServer(certificates, USER, password, **options).start()


def message(to="tc@example.gov.vn", subject="Nhắc việc: nộp tài liệu") -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = "vanthu@example.gov.vn", to, subject, make_msgid()
    msg.set_content("Kính gửi Sở Tài chính: hạn nộp tài liệu là 14/11/2023.")
    return msg


@pytest.mark.parametrize("password", [PASSWORD, ASCII_PASSWORD], ids=["vietnamese password", "ascii password"])
@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN"])
def test_starttls_then_login_then_send(certificates, trusted, mechanism, password):
    server = start(certificates, password, mechanisms=(mechanism,))
    try:
        with SmtpMailer("127.0.0.1", server.port, USER, password, starttls=True) as mailer:
            assert mailer.send(message()) == {}
        assert server.recorder.sessions == [{"tls": True, "login": USER}]
        assert [m["Subject"] for _, m in server.recorder.messages] == ["Nhắc việc: nộp tài liệu"]
        assert [(a["mechanism"], a["tls"], a["ok"]) for a in server.authenticator.attempts] == [(mechanism, True, True)]
    finally:
        server.stop()


def test_one_connection_one_login_for_every_message_of_a_run(certificates, trusted):
    server = start(certificates)
    try:
        with SmtpMailer("127.0.0.1", server.port, USER, PASSWORD, starttls=True) as mailer:
            for to in ("tc@example.gov.vn", "nv@example.gov.vn", "yte@example.gov.vn"):
                mailer.send(message(to))
        assert len(server.recorder.messages) == 3 and len(server.authenticator.attempts) == 1
        assert all(s == {"tls": True, "login": USER} for s in server.recorder.sessions)
    finally:
        server.stop()


@pytest.mark.parametrize("wrong", ["sai mật khẩu", "sai-mat-khau"])
def test_a_wrong_password_is_refused_and_nothing_is_sent(certificates, trusted, wrong):
    server = start(certificates)
    try:
        with SmtpMailer("127.0.0.1", server.port, USER, wrong, starttls=True) as mailer:
            with pytest.raises(smtplib.SMTPAuthenticationError):
                mailer.send(message())
        assert server.recorder.messages == []
        attempts = server.authenticator.attempts  # smtplib tries each mechanism offered
        assert attempts and all(a["tls"] and not a["ok"] for a in attempts)
    finally:
        server.stop()


def test_an_untrusted_certificate_is_refused_before_the_password(certificates, monkeypatch, tmp_path):
    """The server's certificate is not from a CA this machine trusts (a man in the middle would look the same)."""
    other = make_certificates(tmp_path)  # another CA
    monkeypatch.setenv("SSL_CERT_FILE", str(other["ca"]))
    server = start(certificates)
    try:
        with SmtpMailer("127.0.0.1", server.port, USER, PASSWORD, starttls=True) as mailer:
            with pytest.raises(ssl.SSLCertVerificationError):
                mailer.send(message())
        assert server.authenticator.attempts == [] and server.recorder.messages == []
    finally:
        server.stop()


def test_a_certificate_for_another_name_is_refused(certificates, trusted):
    """The certificate names 127.0.0.1 and localhost; reached as 127.0.0.2 it is someone else's."""
    from aiosmtpd.controller import Controller  # noqa: PLC0415
    server = SmtpServer(certificates, USER, PASSWORD)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates["cert"], certificates["key"])
    server.controller = Controller(server.recorder, hostname="127.0.0.2", port=server.port, tls_context=context,
                                   require_starttls=True, auth_required=True, authenticator=server.authenticator)
    server.controller.start()
    try:
        with SmtpMailer("127.0.0.2", server.port, USER, PASSWORD, starttls=True) as mailer:
            with pytest.raises(ssl.SSLCertVerificationError):
                mailer.send(message())
        assert server.authenticator.attempts == []
    finally:
        server.stop()


def test_without_starttls_the_password_is_not_sent_in_clear(certificates, trusted):
    """SMTP_STARTTLS off against a server that offers AUTH only after STARTTLS: an error, no password on the wire."""
    server = start(certificates)
    try:
        with SmtpMailer("127.0.0.1", server.port, USER, PASSWORD, starttls=False) as mailer:
            with pytest.raises(smtplib.SMTPException):
                mailer.send(message())
        assert server.authenticator.attempts == [] and server.recorder.messages == []
    finally:
        server.stop()


def test_the_settings_make_that_mailer(certificates, trusted, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "test-secret")
    server = start(certificates)
    try:
        config = Config.from_env({"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(server.port), "SMTP_USER": USER,
                                  "SMTP_PASSWORD": PASSWORD, "SMTP_STARTTLS": "true"})
        with mailer_from_config(config) as mailer:
            mailer.send(message())
        assert server.recorder.sessions == [{"tls": True, "login": USER}]
    finally:
        server.stop()


@pytest.fixture
def tls_smtp(certificates):
    server = start(certificates)
    yield server
    server.stop()


@pytest.fixture
def config_overrides(tls_smtp, tmp_path):
    return {"smtp_host": "127.0.0.1", "smtp_port": tls_smtp.port, "smtp_user": USER, "smtp_password": PASSWORD,
            "smtp_starttls": True, "outbox_dir": tmp_path / "outbox"}


def test_reminders_go_out_over_tls_with_the_login(app, api, tls_smtp, trusted):
    """End to end, on both databases: a reminder planned by an event, sent by the dispatcher run."""
    tc = api.created("/api/units", {"name": "Sở Tài chính", "emails": ["tc@example.gov.vn"]})["id"]
    nv = api.created("/api/units", {"name": "Sở Nội vụ", "emails": ["nv@example.gov.vn"]})["id"]
    api.created("/api/events", {"title": "Kỳ họp HĐND tỉnh", "start": "2023-11-21", "slot": "morning",
                                "agenda": [{"number": 1, "title": "Tờ trình", "unit_ids": [tc, nv]}]})
    result = app.test_cli_runner().invoke(args=["reminders", "run-due", "--now", "2023-11-09T07:30:00+07:00"])
    assert result.exit_code == 0, result.output
    assert sorted(tls_smtp.recorder.by_recipient()) == ["nv@example.gov.vn", "tc@example.gov.vn"]
    assert all(s == {"tls": True, "login": USER} for s in tls_smtp.recorder.sessions)
    assert len(tls_smtp.authenticator.attempts) == 1  # one connection for the run
    statuses = {r["status"] for r in api.get("/api/reminders?status=sent").get_json()["reminders"]}
    assert statuses == {"sent"}
