"""A real SMTP server on loopback (aiosmtpd) that records what it receives and can refuse or hang."""
import asyncio
import email
import email.policy
import threading

from aiosmtpd.controller import Controller

from tests.pg_server import free_port


class Recorder:
    """mode: "accept", "refuse" (550 on DATA), "busy" (451 on DATA) or "hang" (records, then waits for release)."""

    def __init__(self):
        self.messages, self.raw, self.mode = [], [], "accept"
        self.received = threading.Event()
        self.release = threading.Event()
        self.delay = 0.0

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "refuse":
            return "550 5.7.1 Message rejected by policy"
        if self.mode == "busy":
            return "451 4.3.0 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
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


class SmtpServer:
    def __init__(self):
        self.port = free_port()
        self.recorder = Recorder()
        self.controller = None

    def start(self):
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        if self.controller is not None:
            self.recorder.release.set()
            self.controller.stop()
            self.controller = None
