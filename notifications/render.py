"""The digest email: one per unit per dispatch, plain text and HTML, in Vietnamese."""
import hashlib
from dataclasses import dataclass
from datetime import date
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from urllib.parse import urlparse

from jinja2 import Environment, FileSystemLoader, select_autoescape

from notifications.links import submitted_url
from service.offices import name_of
from service.vocabulary import SLOT_LABELS, day_label

TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), trim_blocks=True,
                        lstrip_blocks=True, autoescape=select_autoescape(["html"]), keep_trailing_newline=True)


@dataclass
class Entry:
    """One agenda item in a digest, as the unit should read it."""

    item: object
    event: object
    deadline: date
    state: str  # prepare | overdue | cancelled
    role: str | None  # lead | support | None (no longer assigned)
    when: str
    location: str | None
    due_text: str
    link: str | None
    reason: str | None = None


def _when(event, tz) -> str:
    if event.start_at is not None:
        start = event.start_at.astimezone(tz)
        slot = f" ({SLOT_LABELS[event.slot].lower()})" if event.slot else ""
        return f"{start:%H:%M}, {day_label(start.date())}{slot}"
    if event.start_date is not None:
        if event.end_date and event.end_date != event.start_date:
            return f"từ {day_label(event.start_date)} đến {day_label(event.end_date)}"
        return day_label(event.start_date)
    return "chưa xác định ngày"


def _due_text(calendar, deadline: date, today: date) -> str:
    if deadline == today:
        return "hôm nay là hạn cuối"
    if deadline < today:
        late = calendar.working_days_between(deadline, today)
        return f"đã quá hạn {late} ngày làm việc" if late else "đã quá hạn"
    return f"còn {calendar.working_days_between(today, deadline)} ngày làm việc"


def _reason(event, item, unit_id) -> str:
    if event.status == "cancelled":
        return "cuộc họp đã bị hủy"
    if item.removed_at is not None:
        return "nội dung đã được rút khỏi chương trình"
    return "đơn vị không còn được giao chuẩn bị nội dung này"


def entries(ctx, unit_id: int, rows, calendar_of) -> list[Entry]:
    """One entry per item (the rows of a digest may hold several reminders of the same item)."""
    today = ctx.now().astimezone(ctx.tz).date()
    by_item = {}
    for row in sorted(rows, key=lambda r: (r.kind == "cancelled", r.deadline, r.item_id)):
        if row.item_id in by_item:
            continue
        item, event = row.item, row.event
        role = next((p.role for p in item.preparations if p.unit_id == unit_id), None)
        if row.kind == "cancelled":
            state, link = "cancelled", None
        else:
            state = "overdue" if row.deadline < today else "prepare"
            link = submitted_url(ctx.config, item.id, unit_id)
        by_item[row.item_id] = Entry(item, event, row.deadline, state, role, _when(event, ctx.tz),
                                     event.location.name if event.location else None,
                                     _due_text(calendar_of(event.office_id), row.deadline, today), link,
                                     _reason(event, item, unit_id) if state == "cancelled" else None)
    return sorted(by_item.values(), key=lambda e: (e.state == "cancelled", e.deadline, e.event.id, e.item.position))


def subject(items: list[Entry]) -> str:
    active = [e for e in items if e.state != "cancelled"]
    cancelled = len(items) - len(active)
    if not active:
        return f"[Nhắc việc] {cancelled} nội dung không còn cần chuẩn bị"
    first = min(e.deadline for e in active)
    if all(e.state == "overdue" for e in active):
        text = f"[Nhắc việc] {len(active)} nội dung đã quá hạn nộp — hạn {first:%d/%m/%Y}"
    else:
        text = f"[Nhắc việc] {len(active)} nội dung cần chuẩn bị — hạn {first:%d/%m/%Y}"
    return text + (f"; {cancelled} nội dung đã hủy" if cancelled else "")


def sender(config, office_name: str) -> str:
    """MAIL_FROM, or "<office> <lich-cong-tac@<host of BASE_URL>>"."""
    name, address = parseaddr(config.mail_from)
    if not address:
        address = f"lich-cong-tac@{urlparse(config.base_url).hostname or 'localhost'}"
    return formataddr((name or office_name, address), charset="utf-8")


def message(ctx, unit, items: list[Entry], message_id: str) -> MIMEMultipart:
    """Built with the compat32 MIME classes on purpose: in Python 3.11 the `email.policy.default` folder
    drops the space between two encoded-words of a long Vietnamese subject ("chuẩnbị"); Header does not."""
    office = name_of(ctx, unit.office_id)
    values = {"unit": unit, "office": office, "items": items,
              "prepare": [e for e in items if e.state == "prepare"],
              "overdue": [e for e in items if e.state == "overdue"],
              "cancelled": [e for e in items if e.state == "cancelled"]}
    msg = MIMEMultipart("alternative")
    msg["Subject"] = Header(subject(items), "utf-8")
    msg["From"] = sender(ctx.config, office)
    msg["To"] = ", ".join(unit.emails)
    msg["Date"] = format_datetime(ctx.now().astimezone(ctx.tz))
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"  # no out-of-office replies
    msg["X-Auto-Response-Suppress"] = "All"
    msg.attach(MIMEText(TEMPLATES.get_template("digest.txt").render(values), "plain", "utf-8"))
    msg.attach(MIMEText(TEMPLATES.get_template("digest.html").render(values), "html", "utf-8"))
    return msg


def message_id(reminder_ids, config) -> str:
    """The same reminders always get the same Message-ID, so a resend after a crash is recognisable."""
    ids = sorted(reminder_ids)
    digest = hashlib.sha1(",".join(map(str, ids)).encode()).hexdigest()[:12]
    return f"<nhac-viec-{ids[0]}-{len(ids)}-{digest}@{urlparse(config.base_url).hostname or 'localhost'}>"
