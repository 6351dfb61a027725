"""The webhook channel: the same notice a unit (or person) gets by email, POSTed as JSON to the office's SMS or
Zalo OA gateway.

The dispatcher treats a webhook as one more address of the recipient ("webhook:<url>" in a reminder's
delivered_to), so it is claimed, fenced, retried and recorded exactly as an email address is: accepted once,
never sent again by the run that recorded it nor by a later one.

What a receiver gets:
- the body, UTF-8 JSON: {"type": "reminder", "id": <delivery id>, "recipient": {...}, "subject": "...",
  "text": "<the email's plain text, in Vietnamese>", "items": [{"event": {...}, "item": {...}, ...}],
  "event": <the first item's event>};
- `X-Lich-Timestamp`: Unix seconds of the dispatcher's clock when it signed;
- `X-Lich-Signature: sha256=<hex>`: HMAC-SHA256, keyed with the recipient's webhook secret, of
  "<timestamp>.<body>" (the timestamp is signed so an old body cannot be replayed under a new one);
- `Idempotency-Key`: the delivery id, the same on every try of the same notice (it is derived from the
  email's Message-ID, fixed before the first try): a dispatcher killed after the receiver answered but before it
  recorded the answer sends it once more, and the receiver drops the copy by this key.

Answers: 2xx accepted; 429, 5xx, a timeout, a refused or dropped connection are temporary (the dispatcher
retries with backoff); any other 4xx, a redirect, or a URL that cannot be reached as written is permanent
(failed at once, the reason recorded): sending the same request again would get the same answer.
"""
import hashlib
import hmac
import ipaddress
import json
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from notifications.render import Entry

PREFIX = "webhook:"
TIMEOUT_SECONDS = 10  # connect and each read: a hung gateway must not hold the run (and its lease) for long
USER_AGENT = "lich-cong-tac-webhook/1"


@dataclass
class Outcome:
    accepted: bool
    permanent: bool = False
    reason: str | None = None  # Vietnamese, for last_error


def address(recipient) -> str | None:
    """The recipient's webhook as an entry of delivered_to, or None if it has none."""
    url = getattr(recipient, "webhook_url", None)
    if not url:
        return None
    # The host and a digest, never the URL itself: delivered_to is shown to every role, and a gateway's
    # URL often carries its key. A changed URL is another address (sent to again).
    return f"{PREFIX}{urlsplit(url).hostname}#{hashlib.sha256(url.encode()).hexdigest()[:12]}"


def _internal(url: str) -> str | None:
    """Why the URL must not be posted to: its host resolves to a private, link-local or reserved address
    (loopback is allowed: a gateway on this machine). Checked at send time, as a name can point anywhere."""
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        return None  # not resolved: urllib says so, and it is retried
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_loopback and not address.is_global:
            return f"địa chỉ webhook trỏ vào mạng nội bộ ({address}), không gửi"
    return None


def delivery_id(message_id: str) -> str:
    """Stable across tries and runs: the email's Message-ID (fixed before the first try) plus the channel."""
    return "webhook-" + hashlib.sha256(message_id.encode()).hexdigest()[:32]


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, header: str) -> bool:
    """What a receiver does (and the tests): constant-time compare of the signature header."""
    return hmac.compare_digest(sign(secret, timestamp, body), header or "")


def _event(event, tz) -> dict:
    def iso(value):
        return value.astimezone(tz).isoformat() if value is not None else None
    return {"id": event.id, "title": event.title, "status": event.status,
            "start": iso(event.start_at) or (event.start_date.isoformat() if event.start_date else None),
            "end": iso(event.end_at) or (event.end_date.isoformat() if event.end_date else None),
            "location": event.location.name if event.location else None}


def reminder_payload(ctx, recipient, items: list[Entry], message_id: str, subject: str, text: str) -> dict:
    entries = [{"event": _event(e.event, ctx.tz),
                "item": {"id": e.item.id, "title": e.item.title},
                "state": e.state, "role": e.role, "deadline": e.deadline.isoformat(), "when": e.when,
                "due_text": e.due_text, "submitted_link": e.link, "reason": e.reason} for e in items]
    return {"type": "reminder", "id": delivery_id(message_id), "message_id": message_id,
            "recipient": {"kind": type(recipient).__name__.lower(), "id": recipient.id, "name": recipient.name},
            "subject": subject, "text": text, "event": entries[0]["event"] if entries else None, "items": entries}


class WebhookChannel:
    """POSTs one signed JSON notice; `deliver` never raises for a network or HTTP failure, it says what
    happened (Outcome)."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS):
        self.timeout = timeout
        # No redirects: a 3xx would re-send the signed body to wherever the answer points.
        self._opener = urllib.request.build_opener(_NoRedirect)

    def deliver(self, url: str, secret: str, payload: dict, now) -> Outcome:
        if (internal := _internal(url)) is not None:
            return Outcome(False, permanent=True, reason=internal)
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        timestamp = str(int(now.timestamp()))
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT,
            "X-Lich-Timestamp": timestamp, "X-Lich-Signature": sign(secret or "", timestamp, body),
            "Idempotency-Key": payload["id"]})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read(4096)  # drain a little so the server is not cut off mid-answer
                return Outcome(True)
        except urllib.error.HTTPError as exc:
            code = exc.code
            answer = _snippet(exc)
            if code == 429 or code >= 500:
                return Outcome(False, reason=f"webhook trả lời {code} (tạm thời, sẽ gửi lại){answer}")
            return Outcome(False, permanent=True, reason=f"webhook từ chối: {code}{answer}")
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, OSError):  # refused, reset, timed out, name not resolved: may pass
                return Outcome(False, reason=f"không kết nối được webhook (sẽ gửi lại): {reason}")
            return Outcome(False, permanent=True, reason=f"địa chỉ webhook không dùng được: {reason}")
        except (ConnectionError, TimeoutError, OSError) as exc:  # a drop or timeout while reading the answer
            return Outcome(False, reason=f"webhook không trả lời (sẽ gửi lại): {type(exc).__name__}: {exc}")
        except ValueError as exc:  # a URL urllib cannot use (stored before validation existed)
            return Outcome(False, permanent=True, reason=f"địa chỉ webhook không hợp lệ: {exc}")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # urllib then raises HTTPError(3xx): permanent


def _snippet(exc: urllib.error.HTTPError) -> str:
    try:
        text = exc.read(300).decode("utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return f" — {text}" if text else ""
