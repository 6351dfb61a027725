"""A real SMTP server on loopback (aiosmtpd) that records what it receives and can refuse or hang; optionally
with STARTTLS (a certificate from a test CA made here) and AUTH LOGIN / PLAIN for one user."""
import asyncio
import email
import email.policy
import ssl
import subprocess
import threading
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.pg_server import free_port


class Recorder:
    """mode: "accept", "refuse" (550 on DATA), "busy" (451 on DATA) or "hang" (records, then waits for release)."""

    def __init__(self):
        self.messages, self.raw, self.mode = [], [], "accept"
        self.received = threading.Event()
        self.release = threading.Event()
        self.delay = 0.0
        self.sessions = []  # per message: {"tls": bool, "login": the user it authenticated as, or None}
        self.rcpt_replies = {}  # address -> replies to RCPT TO, used up one per try ("451 ...", "550 ..."); then 250

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        replies = self.rcpt_replies.get(address)
        if replies:
            return replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "refuse":
            return "550 5.7.1 Message rejected by policy"
        if self.mode == "busy":
            return "451 4.3.0 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        login = session.auth_data.login.decode() if session.authenticated and session.auth_data else None
        self.sessions.append({"tls": session.ssl is not None, "login": login})
        self.raw.append((list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        self.received.set()
        if self.mode == "hang":
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 60)
        elif self.delay:
            await asyncio.sleep(self.delay)
        return "250 OK"

    def by_recipient(self) -> dict:
        out = {}
        for rcpts, message in self.messages:
            for rcpt in rcpts:
                out.setdefault(rcpt, []).append(message)
        return out


class Authenticator:
    """AUTH for one user and password; records every attempt (mechanism, login, password, over TLS?, accepted?)."""

    def __init__(self, user: str, password: str):
        self.user, self.password, self.attempts = user, password, []

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login.decode(), auth_data.password.decode()) == \
            (self.user, self.password)
        self.attempts.append({"mechanism": mechanism, "login": auth_data.login.decode(),
                              "password": auth_data.password.decode(), "tls": session.ssl is not None, "ok": ok})
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)  # aiosmtpd answers 535


def make_certificates(folder: Path) -> dict:
    """A test CA and a certificate it signed for 127.0.0.1 and localhost (openssl, from Debian's openssl package,
    which the PostgreSQL server packages depend on). Returns the paths: ca, cert, key."""
    folder = Path(folder)
    paths = {name: folder / f"{name}.pem" for name in ("ca", "ca_key", "cert", "key", "csr")}
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]

    def openssl(*args):
        subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)
    openssl("req", "-x509", *ec, "-keyout", paths["ca_key"], "-out", paths["ca"], "-days", "2",
            "-subj", "/CN=Lich cong tac test CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", *ec, "-keyout", paths["key"], "-out", paths["csr"], "-subj", "/CN=127.0.0.1")
    extensions = folder / "server.ext"
    extensions.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\n"
                          "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                          "authorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n")
    openssl("x509", "-req", "-in", paths["csr"], "-CA", paths["ca"], "-CAkey", paths["ca_key"], "-CAcreateserial",
            "-out", paths["cert"], "-days", "2", "-extfile", extensions)
    return {"ca": paths["ca"], "cert": paths["cert"], "key": paths["key"]}


class SmtpServer:
    """certificates (from make_certificates): offer STARTTLS, and require it before MAIL. user and password:
    require AUTH (offered only after STARTTLS, as aiosmtpd does by default); `mechanisms` limits it (LOGIN, PLAIN)."""

    def __init__(self, certificates: dict | None = None, user: str | None = None, password: str | None = None,
                 mechanisms=("LOGIN", "PLAIN")):
        self.port = free_port()
        self.recorder = Recorder()
        self.controller = None
        self.certificates, self.mechanisms = certificates, set(mechanisms)
        self.authenticator = Authenticator(user, password) if user is not None else None

    def start(self):
        options = {}
        if self.certificates:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(self.certificates["cert"], self.certificates["key"])
            options.update(tls_context=context, require_starttls=True)
        if self.authenticator is not None:
            options.update(auth_required=True, authenticator=self.authenticator,
                           auth_exclude_mechanism={"LOGIN", "PLAIN"} - self.mechanisms)
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port, **options)
        self.controller.start()
        return self

    def stop(self):
        if self.controller is not None:
            self.recorder.release.set()
            self.controller.stop()
            self.controller = None
