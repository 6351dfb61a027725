"""Sending mail: SMTP when SMTP_HOST is set, else .eml files in instance/outbox/ (the embedded default).

A mailer is used as a context manager for one dispatch run, so one SMTP connection carries every
digest of the run; a failed send drops the connection and the next one reconnects.

STARTTLS checks the server's certificate and name against the CAs the machine trusts (an office with its own
CA names its file in SSL_CERT_FILE, OpenSSL's variable): without that, anyone on the path could pose as the
server and read SMTP_PASSWORD."""
import base64
import re
import smtplib
import ssl
from email.message import Message
from pathlib import Path


class SmtpMailer:
    def __init__(self, host: str, port: int, user: str = "", password: str = "", starttls: bool = False,
                 timeout: float = 30):
        self.host, self.port, self.user, self.password = host, port, user, password
        self.starttls, self.timeout = starttls, timeout
        self._smtp = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._close(quit_=True)

    def _connect(self):
        smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.user:
                _login(smtp, self.user, self.password)
        except Exception:
            smtp.close()
            raise
        return smtp

    def _close(self, quit_=False):
        if self._smtp is not None:
            try:
                if quit_:
                    self._smtp.quit()
            except smtplib.SMTPException:
                pass
            finally:
                self._smtp.close()
                self._smtp = None

    def send(self, message: Message, recipients: list[str] | None = None) -> dict:
        """Sends to `recipients` (default: the message's To); returns {address: (code, reply)} of the addresses
        refused, every other one accepted it. Raises when the message as a whole was not taken (connection,
        sender or data refused: an SMTPResponseException carries the code)."""
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            return self._smtp.send_message(message, to_addrs=recipients)
        except smtplib.SMTPRecipientsRefused as exc:  # every address refused, each with its own reply
            return exc.recipients
        except Exception:
            self._close()
            raise


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib sends credentials as ASCII (a password with Vietnamese letters fails with UnicodeEncodeError);
    those are sent as UTF-8 (RFC 4616), by AUTH PLAIN or else LOGIN."""
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()

    def b64(text: str) -> str:
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    if "PLAIN" in offered:
        code, reply = smtp.docmd("AUTH", "PLAIN " + b64(f"\0{user}\0{password}"))
    elif "LOGIN" in offered:
        code, reply = smtp.docmd("AUTH", "LOGIN " + b64(user))
        if code == 334:
            code, reply = smtp.docmd(b64(password))
    else:
        raise smtplib.SMTPException("No suitable authentication method found (UTF-8 needs PLAIN or LOGIN).")
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, reply)


class FileMailer:
    """Writes each message to `folder/<message-id>.eml` (a resend overwrites the same file)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def __enter__(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc):
        pass

    def send(self, message: Message, recipients: list[str] | None = None) -> dict:
        name = re.sub(r"[^A-Za-z0-9._-]", "_", message["Message-ID"].strip("<>"))
        (self.folder / f"{name}.eml").write_bytes(message.as_bytes())
        return {}


def mailer_from_config(config):
    if config.smtp_host:
        return SmtpMailer(config.smtp_host, config.smtp_port, config.smtp_user, config.smtp_password,
                          config.smtp_starttls)
    return FileMailer(config.outbox_dir)
