"""Request and response shapes, shared by the API, the importer and the web pages.

Requests are validated strictly (no type coercion, unknown fields refused); dates and datetimes arrive
as strings and are interpreted by service.timing, which knows the all-day / slot / timed rules.
Responses are built through these models too, so the OpenAPI document is the code.
"""
import ipaddress
import re
from datetime import date
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from service.timing import MAX_YEAR, MIN_YEAR

KINDS = ("meeting", "reception", "multi_day", "other")
STATUSES = ("confirmed", "tentative", "cancelled")


def _not_blank(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("không được để trống")
    return value


# Control characters are refused in every text field: NUL cannot be stored in a PostgreSQL text column at
# all, and the other C0 controls (and DEL) are not text -- iCalendar and mail headers forbid them. What each
# kind of field keeps: a one-line field (a name, a title, a label) a tab; free text (notes, who attends,
# an address) also line breaks; a program's text also the vertical tab and form feed of a Word document's
# manual line and page breaks, which the importer reads as spaces.
ONE_LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # the characters refused
MULTI_LINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DOCUMENT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def control_character_error(value: str, refused: re.Pattern = MULTI_LINE) -> str | None:
    """What is wrong with `value`'s control characters, in words (None: nothing): for the checks that do not
    go through a model, e.g. the text of an uploaded file (`control_character_error(text, DOCUMENT)`)."""
    found = refused.search(value)
    if found is None:
        return None
    if found.group() in "\n\r":
        return "chỉ được viết trên một dòng (không xuống dòng)"
    char, where = ord(found.group()), found.start() + 1
    return f"có ký tự điều khiển không in được (U+{char:04X}) ở vị trí {where}; hãy xóa ký tự đó"


def _refusing(refused: re.Pattern):
    def check(value: str) -> str:
        problem = control_character_error(value, refused)
        if problem:
            raise ValueError(problem)
        return value
    return AfterValidator(check)


_one_line, _multi_line = _refusing(ONE_LINE), _refusing(MULTI_LINE)


def Text(max_length: int):  # noqa: N802 - reads like a type
    """One line, not blank: names, titles, labels."""
    return Annotated[str, Field(max_length=max_length), _one_line, AfterValidator(_not_blank)]


def Prose(max_length: int):  # noqa: N802
    """Free text that may run over several lines, not blank: who chairs, who attends, an address."""
    return Annotated[str, Field(max_length=max_length), _multi_line, AfterValidator(_not_blank)]


Id = Annotated[int, Field(ge=1, le=2**31 - 1)]
Day = Annotated[date, Field(ge=date(MIN_YEAR, 1, 1), le=date(MAX_YEAR, 12, 31))]  # as event dates (timing)
Year = Annotated[int, Field(ge=MIN_YEAR, le=MAX_YEAR)]
Email = Annotated[str, Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"), _one_line]
When = Annotated[str, Field(max_length=40, description="YYYY-MM-DD, or an ISO 8601 date-time with offset",
                            examples=["2023-11-21", "2023-11-21T08:00:00+07:00"]), _one_line]


def _webhook_url(value: str) -> str:
    """https anywhere; plain http only to this machine (a gateway on loopback, the tests): a signed body
    sent in clear over a network could still be read by anyone on the path. No credentials in the URL and
    no address of a private network: the dispatcher must not be a way into the office's own network
    (notifications.webhook checks the resolved addresses again when it sends)."""
    value = value.strip()
    try:
        url = urlsplit(value)
        host = url.hostname
    except ValueError:
        host = None
    if not host or url.scheme not in ("https", "http") or any(c.isspace() for c in value):
        raise ValueError("phải là địa chỉ https://… (hoặc http://localhost… khi thử trên máy này)")
    if url.username is not None or url.password is not None:
        raise ValueError("không được chứa tên đăng nhập hay mật khẩu trong địa chỉ")
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    loopback = host == "localhost" or (literal is not None and literal.is_loopback)
    if url.scheme == "http" and not loopback:
        raise ValueError("phải dùng https:// (http:// chỉ được dùng cho localhost)")
    if literal is not None and not loopback and not literal.is_global:
        raise ValueError("không được trỏ vào địa chỉ mạng nội bộ")
    return value


WebhookUrl = Annotated[str, Field(max_length=2000, examples=["https://sms.example.gov.vn/lich"]), _one_line,
                       AfterValidator(_webhook_url)]


def _webhook_secret(value: str) -> str:
    if len(value) < 16:  # a short key can be guessed from one signed body
        raise ValueError("cần ít nhất 16 ký tự")
    return value


# The key the receiver checks X-Lich-Signature with: write-only (never in a response).
WebhookSecret = Annotated[str, Field(max_length=200), _one_line, AfterValidator(_webhook_secret)]


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---- directory ---------------------------------------------------------------------------------

class UnitIn(In):
    name: Text(300)
    short_name: Text(100) | None = None
    aliases: list[Text(300)] = Field(default_factory=list, max_length=50)
    emails: list[Email] = Field(default_factory=list, max_length=20)
    parent_id: Id | None = None
    webhook_url: WebhookUrl | None = None
    webhook_secret: WebhookSecret | None = None


class UnitPatch(In):
    name: Text(300) | None = None
    short_name: Text(100) | None = None
    aliases: list[Text(300)] | None = Field(None, max_length=50)
    emails: list[Email] | None = Field(None, max_length=20)
    parent_id: Id | None = None
    webhook_url: WebhookUrl | None = None
    webhook_secret: WebhookSecret | None = None


class UnitOut(Out):
    id: int
    feed_url: str | None = Field(None, description="secret subscription URL (office role, one object)")
    webcal_url: str | None = None
    name: str
    short_name: str | None
    aliases: list[str]
    emails: list[str]
    parent_id: int | None
    webhook_url: str | None = None
    webhook_signed: bool = Field(False, description="a webhook secret is set (the secret itself is never shown)")


class PersonIn(In):
    name: Text(200)
    title: Text(500) | None = None
    email: Email | None = None
    phone: Text(50) | None = None
    unit_id: Id | None = None
    group_ids: list[Id] = Field(default_factory=list, max_length=100)
    notify_changes: bool = Field(True, description="email 'Thay đổi lịch' when an event of the next days changes")
    digest_daily: bool = Field(False, description="email 'Lịch ngày mai' every evening")
    digest_weekly: bool = Field(False, description="email 'Lịch tuần sau' on Fridays")
    attach_ics: bool = Field(False, description="attach the changed event as a .ics to change notices")
    webhook_url: WebhookUrl | None = None
    webhook_secret: WebhookSecret | None = None


class PersonPatch(In):
    name: Text(200) | None = None
    title: Text(500) | None = None
    email: Email | None = None
    phone: Text(50) | None = None
    unit_id: Id | None = None
    group_ids: list[Id] | None = Field(None, max_length=100)
    notify_changes: bool | None = None
    digest_daily: bool | None = None
    digest_weekly: bool | None = None
    attach_ics: bool | None = None
    webhook_url: WebhookUrl | None = None
    webhook_secret: WebhookSecret | None = None


class PersonOut(Out):
    id: int
    feed_url: str | None = Field(None, description="secret subscription URL (office role, one object)")
    webcal_url: str | None = None
    name: str
    title: str | None
    email: str | None
    phone: str | None
    unit_id: int | None
    group_ids: list[int]
    notify_changes: bool
    digest_daily: bool
    digest_weekly: bool
    attach_ics: bool
    webhook_url: str | None = None
    webhook_signed: bool = Field(False, description="a webhook secret is set (the secret itself is never shown)")


class GroupIn(In):
    name: Text(300)
    member_ids: list[Id] = Field(default_factory=list, max_length=500)
    aliases: list[Text(300)] = Field(default_factory=list, max_length=50)


class GroupPatch(In):
    name: Text(300) | None = None
    member_ids: list[Id] | None = Field(None, max_length=500)
    aliases: list[Text(300)] | None = Field(None, max_length=50)


class GroupOut(Out):
    id: int
    feed_url: str | None = Field(None, description="secret subscription URL (office role, one object)")
    webcal_url: str | None = None
    name: str
    member_ids: list[int]
    aliases: list[str]


class LocationIn(In):
    name: Text(300)
    address: Prose(500) | None = None
    travel_minutes: Annotated[int, Field(ge=0, le=24 * 60)] | None = None


class LocationOut(Out):
    id: int
    name: str
    address: str | None
    travel_minutes: int | None


# ---- events ------------------------------------------------------------------------------------

class AgendaItemIn(In):
    id: Id | None = Field(None, description="keep an existing item (PATCH); omit for a new one")
    number: Annotated[int, Field(ge=0, le=10000)] | None = None
    title: Text(3000)
    unit_ids: list[Id] = Field(default_factory=list, max_length=50,
                               description="preparing units; the first is the lead unless lead_unit_id says otherwise")
    lead_unit_id: Id | None = None
    preparing_units_text: Prose(1000) | None = None
    deadline: Day | None = Field(None, description="explicit deadline; default: N working days before the event")


class ExceptionIn(In):
    original_start: When = Field(description="the occurrence's start as the rule gives it")
    cancelled: bool = False
    start: When | None = None
    end: When | None = None
    reason: Literal["holiday"] | None = Field(
        None, description="holiday: cancelled automatically (a public holiday or the office's day off)")


class _EventBody(In):
    kind: Literal[KINDS] | None = None
    status: Literal[STATUSES] | None = None
    start: When | None = None
    end: When | None = Field(None, description="inclusive date for all-day events")
    all_day: bool | None = None
    slot: Literal["morning", "afternoon", "evening", "full_day"] | None = Field(
        None, description="with a start date: the slot's configured hours")
    month: Annotated[str, Field(pattern=r"^\d{4}-\d{2}$")] | None = Field(
        None, description="for undated events: the month whose program lists them (YYYY-MM)")
    rrule: Annotated[str, Field(max_length=500), _one_line] | None = None
    exceptions: list[ExceptionIn] | None = Field(None, max_length=500)
    location: Text(300) | None = None
    location_id: Id | None = None
    chair_id: Id | None = None
    chair_text: Prose(1000) | None = None
    attendee_ids: list[Id] | None = Field(None, max_length=500)
    group_ids: list[Id] | None = Field(None, max_length=100)
    unit_ids: list[Id] | None = Field(None, max_length=300)
    attendees_text: Prose(3000) | None = None
    notes: Annotated[str, Field(max_length=20000), _multi_line] | None = None
    busy: bool | None = Field(None, description="blocks time for conflicts; default false for multi-day spans")
    agenda: list[AgendaItemIn] | None = Field(None, max_length=300)
    skip_holidays: bool | None = Field(None, description="a series skips public holidays and the office's days off "
                                       "(automatic cancelled exceptions); default true")
    public: bool | None = Field(None, description="shown on the public weekly page and feed (/cong-khai/…); "
                                "null: the office's default for the event's kind (GET /api/settings/public)")


class EventCreate(_EventBody):
    title: Text(1000)


class EventPatch(_EventBody):
    title: Text(1000) | None = None
    sequence: Annotated[int, Field(ge=0)] | None = Field(
        None, description="the sequence you read; a stale one gets 409 and changes nothing")


class PersonRef(Out):
    id: int
    name: str
    title: str | None


class UnitRef(Out):
    id: int
    name: str
    role: Literal["lead", "support"]
    submitted_at: str | None = Field(None, description="this unit's part handed in; the lead unit's closes the item")


class AgendaItemOut(Out):
    id: int
    number: int | None
    title: str
    unit_ids: list[int]
    lead_unit_id: int | None
    units: list[UnitRef]
    preparing_units_text: str | None
    deadline: date | None
    deadline_is_default: bool
    submitted_at: str | None


class ExceptionOut(Out):
    original_start: str
    cancelled: bool
    start: str | None
    end: str | None
    reason: Literal["holiday"] | None = None


class ConflictOut(Out):
    kind: Literal["person", "location", "travel", "deadline_load"]
    subject: dict = Field(description='{"type": "person"|"location"|"unit", "id", "name"}')
    event_ids: list[int]
    start: str
    end: str
    tentative: bool
    detail: dict = Field(default_factory=dict)


class ConflictList(Out):
    conflicts: list[ConflictOut]


class ImportIn(In):
    text: Annotated[str, Field(min_length=1, max_length=1_000_000), _refusing(DOCUMENT)] = Field(
        description="the program's text (or send a file as multipart/form-data field 'file')")
    year: Year | None = None
    month: Annotated[int, Field(ge=1, le=12)] | None = None
    filename: Text(300) | None = None
    source: Text(300) | None = Field(None, description="the office's name for the document: imports with the same "
                                     "source are one document (default: issuer, kind and period read from it)")


class ImportAgendaOut(Out):
    number: int | None
    title: str
    preparing_units: list[str]


class ImportEventOut(Out):
    title: str
    kind: str
    status: str
    start: str | None
    end: str | None
    all_day: bool
    rrule: str | None
    location: str | None
    chair: str | None
    attendees: list[str]
    agenda: list[ImportAgendaOut]
    source_line: int
    plan: Literal["create", "update", "unchanged", "skip"] = Field(
        description="skip: a line calling off an event the calendar does not have")


class ImportDocumentOut(Out):
    issuer: str | None = Field(description="who issued it, from its header: 'UBND huyện Mường Lát'")
    kind: Literal["monthly", "weekly", "other"]
    title: str | None
    source: str | None = Field(description="the office's name for it, when given")
    period_start: date
    period_end: date


class ImportStepOut(Out):
    index: int = Field(description="the event's place in `events`")
    title: str
    event_id: int | None = None
    changes: list[str] | None = Field(None, description="fields an update changes")
    refines: bool | None = Field(None, description="an event of another document this weekly schedule refines")


class ImportCancelOut(Out):
    event_id: int
    title: str
    start: str | None
    month: str | None


class ImportPlanOut(Out):
    create: list[ImportStepOut]
    update: list[ImportStepOut]
    unchanged: list[ImportStepOut]
    skip: list[ImportStepOut] = Field(description="lines calling off (hoãn, hủy) an event the calendar does not have")
    cancel: list[ImportCancelOut] = Field(description="this document's events it no longer has: a commit cancels "
                                          "them only with confirm_cancel")


class ImportSkippedOut(Out):
    line: int
    text: str
    reason: str


class ImportPreview(Out):
    id: int
    year: int
    month: int
    committed_at: str | None
    undone_at: str | None
    document: ImportDocumentOut
    events: list[ImportEventOut]
    plan: ImportPlanOut
    skipped: list[ImportSkippedOut] = Field(description="lines with a date, weekday, hour or slot that became no event")
    warnings: list[str]


class ImportOut(Out):
    id: int
    created_at: str
    created_by: str | None
    filename: str | None
    issuer: str | None
    kind: str | None
    title: str | None
    source: str | None
    period_start: date | None
    period_end: date | None
    committed_at: str | None
    committed_by: str | None
    undone_at: str | None
    undone_by: str | None
    created: int | None
    updated: int | None
    unchanged: int | None
    cancelled: int | None


class ImportList(Out):
    imports: list[ImportOut]


class ImportUndoOut(Out):
    id: int
    cancelled: int = Field(description="events the import had created, now cancelled")
    restored: int = Field(description="events it had changed or cancelled, back as they were")


class ImportCommitIn(In):
    confirm_cancel: bool = Field(False, description="required when the plan cancels events")
    cancel_ids: list[Id] | None = Field(None, max_length=10000, description="the events the preview listed for "
                                        "cancelling: if the plan's are others now, 409 and nothing is written")


class ImportResult(Out):
    id: int
    created: int
    updated: int
    unchanged: int
    cancelled: int
    event_ids: list[int]
    warnings: list[str]


class Ref(Out):
    id: int
    name: str


class ReminderOut(Out):
    id: int
    kind: Literal["before", "overdue", "cancelled"] = Field(
        description="before: offset_days working days before the deadline (0 = its morning); overdue: the "
                    "morning after it; cancelled: the unit no longer has to prepare the item")
    offset_days: int
    status: Literal["pending", "sent", "failed", "cancelled", "expired", "superseded"]
    unit: Ref
    event: Ref
    item: dict = Field(description='{"id", "number", "title", "submitted_at"}')
    deadline: str
    due_at: str
    attempts: int
    next_attempt_at: str | None
    sent_at: str | None
    message_id: str | None
    delivered_to: list[str] = Field(default_factory=list, description="the unit's addresses that accepted it")
    last_error: str | None
    warning: str | None = Field(description="a problem the office should fix, e.g. the unit has no email")


class ReminderList(Out):
    reminders: list[ReminderOut]
    warnings: list[str]


class SummonsRef(Out):
    office: str = Field(description="slug of the office whose event it is")
    office_name: str


class EventOut(Out):
    id: int
    uid: str
    title: str
    kind: str
    status: str
    busy: bool
    all_day: bool
    start: str | None
    end: str | None
    slot: str | None
    month: str | None
    rrule: str | None
    exceptions: list[ExceptionOut]
    skip_holidays: bool
    holidays_kept: list[date] = Field(description="holidays the office holds the series on anyway")
    recurrence_id: str | None = Field(None, description="set on one occurrence of a recurring event")
    location: str | None
    location_id: int | None
    chair_id: int | None
    chair: PersonRef | None
    chair_text: str | None
    attendee_ids: list[int]
    group_ids: list[int]
    unit_ids: list[int]
    attendees_text: str | None
    notes: str | None
    public: bool = Field(description="shown on the public page and feed: the event's own choice, else its kind's default")
    public_explicit: bool | None = Field(description="the event's own choice; null: it follows its kind's default")
    agenda: list[AgendaItemOut]
    sequence: int
    created_at: str
    updated_at: str
    conflicts: list[ConflictOut] | None = Field(None, description="on create and change: the conflicts it causes")
    summons: SummonsRef | None = Field(None, description="set when the event is another office's that summons "
                                       "(triệu tập) someone of this office: read-only here, with its source")


class EventList(Out):
    events: list[EventOut]


# ---- series: one occurrence, the end ---------------------------------------------------------------

class OccurrenceMoveIn(In):
    start: When = Field(description="the new day (YYYY-MM-DD: same hours, or those of `slot`) or date-time")
    end: When | None = Field(None, description="date-time (timed) or last day (all-day); default: same length")
    slot: Literal["morning", "afternoon", "evening", "full_day"] | None = Field(
        None, description="with a start date: that slot's hours on the new day")


class SeriesEndIn(In):
    until: Day = Field(description="the series' last day (inclusive): occurrences after it are removed")


class OccurrenceOut(Out):
    day: date = Field(description="the day the rule gives it: the {day} of the occurrence endpoints")
    original_start: str
    start: str
    end: str
    cancelled: bool
    moved: bool
    reason: Literal["holiday"] | None
    holiday: str | None = Field(description="the public holiday or day off on the rule's day, if any")
    kept: bool = Field(description="held on a holiday by the office")


class OccurrenceList(Out):
    occurrences: list[OccurrenceOut]


class SeriesEndOut(Out):
    event: EventOut
    removed: int | None = Field(description="occurrences removed; null: an endless series lost every one after until")
    removed_dates: list[date] = Field(description="the first 500 of them")


# ---- submissions ---------------------------------------------------------------------------------

class SubmissionIn(In):
    unit_id: Id | None = Field(None, description="the unit whose papers came; omit to close the whole item")
    by: Text(150) | None = Field(None, description="who brought them (default: the key's name)")


class SubmissionUndoIn(In):
    unit_id: Id | None = Field(None, description="the unit whose mark is undone; omit to undo the whole item's")


class ChangeOut(Out):
    at: str
    actor: str | None
    action: str
    sequence: int
    changes: dict


class HistoryOut(Out):
    changes: list[ChangeOut]


class CalendarExceptionIn(In):
    day: Day
    kind: Literal["day_off", "working_day"]
    label: Text(300)
    source_ref: Text(300) | None = None


class CalendarExceptionOut(Out):
    day: date
    kind: str
    label: str
    source_ref: str | None


HoursRange = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$",
                                  examples=["07:00-11:30"])]


class SlotHoursIn(In):
    valid_from: Day
    valid_to: Day = Field(description="inclusive")
    morning: HoursRange | None = None
    afternoon: HoursRange | None = None
    evening: HoursRange | None = None


class SlotHoursOut(Out):
    id: int
    valid_from: date
    valid_to: date
    morning: str | None
    afternoon: str | None
    evening: str | None


WorkingDays = Annotated[int, Field(ge=0, le=30)]


class ReminderSettingsIn(In):
    """The office's reminder settings: all three, or all null to follow the deployment's again."""
    deadline_working_days: WorkingDays | None = Field(
        None, description="default deadline: working days before the meeting")
    reminder_offsets: Annotated[list[WorkingDays], Field(min_length=1, max_length=5)] | None = Field(
        None, description="reminders this many working days before the deadline (0: on its day)")
    reminder_time: Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")] | None = Field(
        None, description="local hour the reminders go out, HH:MM")


class ReminderSettingsOut(Out):
    deadline_working_days: int
    reminder_offsets: list[int]
    reminder_time: str
    own: bool = Field(description="false: the deployment's settings")


class ErrorBody(Out):
    code: str
    message: str
    fields: dict[str, str]
    conflicts: list[ConflictOut] | None = None


class ErrorOut(Out):
    error: ErrorBody


# ---- accounts, API keys, the security log --------------------------------------------------------

class PasswordIn(In):
    password: str = Field(max_length=200, description="at least 10 characters")


class UserOut(Out):
    id: int
    username: str
    name: str
    role: str
    created_at: str
    disabled_at: str | None


class UserList(Out):
    users: list[UserOut]


class ApiKeyOut(Out):
    id: int
    name: str
    role: str
    created_at: str
    revoked_at: str | None


class ApiKeyList(Out):
    api_keys: list[ApiKeyOut]


class OfficeOut(Out):
    slug: str
    name: str
    tier: str = Field(description="tinh (cấp tỉnh) | xa (cấp xã)")
    body: str = Field(description="ubnd | hdnd | dang_uy | hdnd_ubnd (Văn phòng HĐND và UBND của xã)")
    parent: str | None = Field(description="slug of the office above, if any")


class OfficeList(Out):
    offices: list[OfficeOut]


LEVELS = ("tinh-ubnd", "tinh-hdnd", "tinh-dang-uy", "xa-ubnd", "xa-hdnd-ubnd", "xa-dang-uy")  # service.offices.LEVELS


class OfficePatch(In):
    """A change of an office below the key's (PATCH /api/offices/<slug>): what is not sent stays."""
    name: Text(300) | None = None
    level: Literal[LEVELS] | None = Field(None, description="tier and body in one word, as create-office --level: "
                                                             "tinh-ubnd, tinh-hdnd, tinh-dang-uy, xa-ubnd, "
                                                             "xa-hdnd-ubnd, xa-dang-uy")
    parent: Annotated[str, Field(max_length=100)] | None = Field(
        None, description="slug of the new office above: the key's own office or one below it")


class SecurityEventOut(Out):
    at: str
    action: str = Field(description="login, login_failed, login_throttled, logout, user_created, password_set, "
                                    "user_disabled, user_enabled, key_created, key_revoked")
    actor: str | None
    username: str | None
    address: str | None
    detail: str | None


class SecurityLog(Out):
    events: list[SecurityEventOut]


# ---- publishing: issued versions, the public flag's defaults ------------------------------------------

class PublicDefaultsIn(In):
    defaults: dict[Literal[KINDS], bool] = Field(description="kind -> shown on the public page by default")


class PublicDefaultsOut(Out):
    defaults: dict[str, bool]


class AnnexLineOut(Out):
    change: str = Field(description="Bổ sung | Thay đổi thời gian | Hủy | Điều chỉnh")
    when: str
    title: str
    detail: str


class IssuedVersionOut(Out):
    number: int = Field(description="0: the original; N: \"Điều chỉnh lần N\"")
    issued_at: str
    issued_by: str | None
    entries: int = Field(description="how many entries the document listed")
    annex: list[AnnexLineOut] = Field(description="what changed since the version before it")


class VersionsOut(Out):
    kind: Literal["month", "week"]
    period_start: date
    versions: list[IssuedVersionOut]
    current_number: int = Field(description="the number an export carries now")
    unissued_changes: list[AnnexLineOut] = Field(description="changes since the last issued version (not issued yet)")
