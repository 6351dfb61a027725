"""Settings from environment variables, with defaults that are safe for a single office on one machine."""
import os
import secrets
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo

INSTANCE_DIR = Path(os.environ.get("INSTANCE_DIR", Path(__file__).resolve().parent.parent / "instance"))


def _hours(text: str) -> tuple[time, time]:
    """'07:30-11:30' -> (time(7, 30), time(11, 30))."""
    start, end = (time.fromisoformat(part.strip()) for part in text.split("-"))
    if end <= start:
        raise ValueError(f"slot hours {text!r}: end must be after start")
    return start, end


def _secret_key(env) -> str:
    """SECRET_KEY, or a random key kept in instance/ so sessions and signed links survive restarts."""
    if env.get("SECRET_KEY"):
        return env["SECRET_KEY"]
    path = INSTANCE_DIR / "secret_key"
    if not path.exists():
        INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def _offsets(text: str) -> tuple[int, ...]:
    """'3,1,0' -> (3, 1, 0): working days before a deadline, largest first."""
    values = sorted({int(part) for part in text.split(",") if part.strip()}, reverse=True)
    if not values or values[-1] < 0:
        raise ValueError(f"REMINDER_OFFSETS {text!r}: whole numbers >= 0, e.g. 3,1,0")
    return tuple(values)


@dataclass
class Config:
    database_url: str = ""
    secret_key: str = ""
    base_url: str = "http://localhost:5000"
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Ho_Chi_Minh"))
    office_name: str = "Văn phòng UBND"
    # Default preparation deadline: working days before the meeting (the office's Quy chế làm việc).
    deadline_working_days: int = 5
    # Default hours of the named slots; seasonal overrides live in the slot_hours table.
    slots: dict = field(default_factory=lambda: {
        "morning": _hours("07:30-11:30"),
        "afternoon": _hours("13:30-17:00"),
        "evening": _hours("19:00-21:00"),
    })
    max_body_bytes: int = 1024 * 1024
    # Reminders: working days before the deadline (0 = the deadline's morning), the local hour they go out,
    # tries before a reminder is marked failed, how often the scheduler looks for due ones.
    reminder_offsets: tuple = (3, 1, 0)
    reminder_time: time = time(7, 30)
    reminder_max_attempts: int = 8
    reminder_interval_seconds: int = 60
    # A dispatcher's claim on the rows it sends lasts this long, renewed before each email (tests shorten it).
    reminder_lease_seconds: int = 900
    # Notices to persons: a change to an event with an occurrence in the next notice_days is told to the
    # persons concerned, changes within notice_coalesce_minutes of the first going out as one email; the
    # digests ("Lịch ngày mai" every day, "Lịch tuần sau" on Fridays) go out at digest_time, local time.
    notice_days: int = 7
    notice_coalesce_minutes: int = 5
    digest_time: time = time(16, 30)
    # Reverse proxies in front of the app (nginx: 1): their X-Forwarded-For/-Proto are trusted, so log-in
    # throttling and the security log see the client's address, not the proxy's.
    trusted_proxies: int = 0
    # Mail: no smtp_host means messages are written as .eml files to outbox_dir.
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    mail_from: str = ""
    outbox_dir: Path = field(default_factory=lambda: INSTANCE_DIR / "outbox")

    @classmethod
    def from_env(cls, env=os.environ) -> "Config":
        cfg = cls(
            database_url=env.get("DATABASE_URL") or f"sqlite:///{INSTANCE_DIR / 'lich.db'}",
            secret_key=_secret_key(env),
            base_url=env.get("BASE_URL", cls.base_url).rstrip("/"),
            timezone=ZoneInfo(env.get("TIMEZONE", "Asia/Ho_Chi_Minh")),
            office_name=env.get("OFFICE_NAME", cls.office_name),
            deadline_working_days=int(env.get("DEADLINE_WORKING_DAYS", cls.deadline_working_days)),
            reminder_offsets=_offsets(env.get("REMINDER_OFFSETS", "3,1,0")),
            reminder_time=time.fromisoformat(env.get("REMINDER_TIME", "07:30")),
            reminder_max_attempts=int(env.get("REMINDER_MAX_ATTEMPTS", cls.reminder_max_attempts)),
            reminder_interval_seconds=int(env.get("REMINDER_INTERVAL_SECONDS", cls.reminder_interval_seconds)),
            reminder_lease_seconds=int(env.get("REMINDER_LEASE_SECONDS", cls.reminder_lease_seconds)),
            notice_days=int(env.get("NOTICE_DAYS", cls.notice_days)),
            notice_coalesce_minutes=int(env.get("NOTICE_COALESCE_MINUTES", cls.notice_coalesce_minutes)),
            digest_time=time.fromisoformat(env.get("DIGEST_TIME", "16:30")),
            trusted_proxies=int(env.get("TRUSTED_PROXIES", cls.trusted_proxies)),
            smtp_host=env.get("SMTP_HOST", ""),
            smtp_port=int(env.get("SMTP_PORT", cls.smtp_port)),
            smtp_user=env.get("SMTP_USER", ""),
            smtp_password=env.get("SMTP_PASSWORD", ""),
            smtp_starttls=env.get("SMTP_STARTTLS", "").lower() in ("1", "true", "yes", "on"),
            mail_from=env.get("MAIL_FROM", ""),
        )
        for slot in ("morning", "afternoon", "evening"):
            if env.get(f"SLOT_{slot.upper()}"):
                cfg.slots[slot] = _hours(env[f"SLOT_{slot.upper()}"])
        return cfg
