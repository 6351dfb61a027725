"""API keys (random, shown once, stored as SHA-256), staff accounts for the web pages, log-in with
throttling, and the security log the office reads."""
import hashlib
import re
import secrets
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from service import offices
from service.errors import Conflict, NotFound, ValidationFailed
from service.models import ApiKey, SecurityEvent, User
from service.schemas import ONE_LINE, control_character_error

ROLES = ("office", "viewer")
MIN_PASSWORD = 10
# Refused log-ins: FREE_TRIES per account since its last success or reset (at most a day back), and
# ADDRESS_FREE_TRIES per address in ADDRESS_WINDOW (an office behind one NAT address has many staff); then a
# wait that doubles with each further refusal (1, 2, 4 … minutes, at most an hour). The right password
# does not help while waiting; a new password or re-enabling the account (the office) starts afresh.
FREE_TRIES = 5
ACCOUNT_MEMORY = timedelta(days=1)
ADDRESS_FREE_TRIES = 20
ADDRESS_WINDOW = timedelta(minutes=15)
USERNAME = re.compile(r"^[A-Za-z0-9._-]{3,100}$")  # ASCII: SQLite's lower() folds ASCII only
FIRST_WAIT = timedelta(minutes=1)
MAX_WAIT = timedelta(hours=1)


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _folded(username: str) -> str:
    return username.strip().lower()


def log_event(ctx, action: str, username: str | None = None, address: str | None = None,
              detail: str | None = None, office_id: int | None = None) -> None:
    """A row of the security log, in the acting office's (or the account's, or the only office's) log."""
    if office_id is None:
        office_id = ctx.office_id
    if office_id is None:
        only = offices.only_office(ctx.session)
        office_id = only.id if only is not None else None
    ctx.session.add(SecurityEvent(at=ctx.now(), action=action, actor=ctx.actor, office_id=office_id,
                                  username=_folded(username)[:100] if username else None,
                                  address=(address or None) and address[:64], detail=detail))


# ---- API keys -----------------------------------------------------------------------------------

def _one_line_errors(**values) -> dict:
    """Control characters (NUL...) in names: PostgreSQL refuses NUL, and a name is one line."""
    return {field: error for field, value in values.items()
            if (error := control_character_error(value, ONE_LINE))}


def create_api_key(ctx, name: str, role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    if errors := _one_line_errors(name=name):
        raise ValidationFailed(errors)
    key = "lct_" + secrets.token_urlsafe(32)
    row = ApiKey(name=name, role=role, key_hash=_digest(key), created_at=ctx.now())
    ctx.session.add(row)
    ctx.session.flush()
    log_event(ctx, "key_created", detail=f"khóa #{row.id} «{name}» ({role})")
    return key


def find_api_key(session, key: str) -> ApiKey | None:
    row = session.scalars(select(ApiKey).where(ApiKey.key_hash == _digest(key))).first()
    return row if row is not None and row.revoked_at is None else None


def list_api_keys(ctx) -> list[ApiKey]:
    return ctx.session.scalars(select(ApiKey).order_by(ApiKey.id)).all()


def revoke_api_key(ctx, key_id: int) -> ApiKey:
    """Stops the key at once (every later request with it is a 401). Idempotent."""
    row = ctx.session.get(ApiKey, key_id)
    if row is None:
        raise NotFound(f"Không có khóa API nào có id {key_id}")
    if row.revoked_at is None:
        row.revoked_at = ctx.now()
        log_event(ctx, "key_revoked", detail=f"khóa #{row.id} «{row.name}»")
    return row


# ---- accounts -----------------------------------------------------------------------------------

def _password_errors(password: str) -> dict:
    return {"password": f"mật khẩu dài ít nhất {MIN_PASSWORD} ký tự"} if len(password) < MIN_PASSWORD else {}


def create_user(ctx, username: str, name: str, role: str, password: str) -> User:
    errors = {**_password_errors(password), **_one_line_errors(username=username, name=name)}
    if role not in ROLES:
        errors["role"] = f"phải là một trong: {', '.join(ROLES)}"
    if "username" not in errors and not USERNAME.match(username.strip()):
        errors["username"] = "tên đăng nhập dài 3–100 ký tự, chỉ gồm chữ không dấu, số và . _ -"
    if len(name) > 200:
        errors["name"] = "họ tên dài tối đa 200 ký tự"
    if "username" not in errors and ctx.session.scalars(  # usernames are unique across offices
            select(User).where(func.lower(User.username) == _folded(username))
            .execution_options(all_offices=True)).first():
        errors["username"] = "tên đăng nhập đã có"
    if errors:
        raise ValidationFailed(errors)
    user = User(username=username.strip(), name=name.strip() or username.strip(), role=role,
                password_hash=generate_password_hash(password), created_at=ctx.now(), session_generation=0)
    ctx.session.add(user)
    log_event(ctx, "user_created", username, detail=f"vai trò {role}")
    return user


def get_user(ctx, ident: int | str) -> User:
    """By id, or by username (the CLI)."""
    if isinstance(ident, int):
        user = ctx.session.get(User, ident)
    else:
        user = ctx.session.scalars(select(User).where(func.lower(User.username) == _folded(ident))).first()
    if user is None:
        raise NotFound(f"Không có tài khoản {ident}")
    return user


def list_users(ctx) -> list[User]:
    return ctx.session.scalars(select(User).order_by(User.username)).all()


def end_sessions(user: User) -> None:
    """Every session cookie issued to the user stops working (see User.session_generation)."""
    user.session_generation = (user.session_generation or 0) + 1


def set_password(ctx, user: User, password: str) -> User:
    if errors := _password_errors(password):
        raise ValidationFailed(errors)
    user.password_hash = generate_password_hash(password)
    end_sessions(user)
    log_event(ctx, "password_set", user.username)
    return user


def set_role(ctx, user: User, role: str) -> User:
    """Office (reads and changes) or viewer (reads). Takes effect on the user's next request (the role is read
    from the account every time), so the sessions go on. The office cannot demote itself: the last office
    account would lock everyone out of the administration."""
    if role not in ROLES:
        raise ValidationFailed({"role": f"phải là một trong: {', '.join(ROLES)}"})
    if role != "office" and ctx.actor == f"web:{user.username}":
        raise Conflict("Không thể tự bỏ vai trò Văn phòng của tài khoản đang dùng; hãy nhờ một tài khoản Văn phòng khác")
    if user.role != role:
        log_event(ctx, "role_set", user.username, detail=f"{user.role} → {role}")
        user.role = role
    return user


def disable_user(ctx, user: User) -> User:
    if ctx.actor == f"web:{user.username}":
        raise Conflict("Không thể tự khóa tài khoản đang dùng")
    if user.disabled_at is None:
        user.disabled_at = ctx.now()
        end_sessions(user)
        log_event(ctx, "user_disabled", user.username)
    return user


def enable_user(ctx, user: User) -> User:
    if user.disabled_at is not None:
        user.disabled_at = None
        log_event(ctx, "user_enabled", user.username)
    return user


# ---- log-in -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _unknown_user_hash() -> str:
    """Checked against when the name is unknown or disabled: one hash either way, so the time taken does
    not tell which names exist."""
    return generate_password_hash(secrets.token_urlsafe(16))


def _wait_after(refusals: list[datetime], free: int) -> datetime | None:
    """When the next try is allowed, after these refusals (oldest first)."""
    if len(refusals) < free:
        return None
    return refusals[-1] + min(FIRST_WAIT * 2 ** (len(refusals) - free), MAX_WAIT)


def blocked_until(ctx, username: str, address: str | None) -> datetime | None:
    """The moment log-ins for this account or from this address are allowed again; None if they are now."""
    now = ctx.now()
    reset = ctx.session.scalar(select(func.max(SecurityEvent.at)).where(
        SecurityEvent.action.in_(("login", "password_set", "user_enabled")),
        SecurityEvent.username == _folded(username)))
    account_since = max(now - ACCOUNT_MEMORY, reset or now - ACCOUNT_MEMORY)
    waits = []
    for column, value, since, free in ((SecurityEvent.username, _folded(username), account_since, FREE_TRIES),
                                       (SecurityEvent.address, address, now - ADDRESS_WINDOW, ADDRESS_FREE_TRIES)):
        if not value:
            continue
        refusals = ctx.session.scalars(select(SecurityEvent.at).where(
            SecurityEvent.action == "login_failed", column == value, SecurityEvent.at > since)
            .order_by(SecurityEvent.at)).all()
        until = _wait_after(refusals, free)
        if until is not None and until > now:
            waits.append(until)
    return max(waits, default=None)


def check_login(ctx, username: str, password: str, address: str | None = None) -> tuple[User | None, datetime | None]:
    """(the user, None) for the right password; (None, None) for a wrong one; (None, until) while throttled."""
    if _one_line_errors(username=username):  # not a name anyone has (and PostgreSQL refuses NUL)
        username = "?"
    until = blocked_until(ctx, username, address)
    if until is not None:
        log_event(ctx, "login_throttled", username, address)
        return None, until
    user = ctx.session.scalars(select(User).where(func.lower(User.username) == _folded(username))).first()
    usable = user is not None and user.disabled_at is None
    office_id = user.office_id if user is not None else None
    if check_password_hash(user.password_hash if usable else _unknown_user_hash(), password) and usable:
        log_event(ctx, "login", username, address, office_id=office_id)
        return user, None
    log_event(ctx, "login_failed", username, address, office_id=office_id)
    return None, None


def check_password(ctx, user: User, password: str, address: str | None = None) -> tuple[bool, datetime | None]:
    """The signed-in user's own password, before changing it: throttled and logged like a log-in (a stolen
    session must not guess it). (right, None), (False, None), or (False, until) while throttled."""
    if (until := blocked_until(ctx, user.username, address)) is not None:
        return False, until
    if check_password_hash(user.password_hash, password):
        return True, None
    log_event(ctx, "login_failed", user.username, address, detail="mật khẩu hiện tại sai khi đổi mật khẩu")
    return False, None


def security_log(ctx, limit: int = 500) -> list[SecurityEvent]:
    # Not OfficeOwned (throttling reads it across offices): the office filter is explicit here.
    query = select(SecurityEvent).where(offices.core_scope(ctx.session, SecurityEvent.office_id))
    return ctx.session.scalars(query.order_by(SecurityEvent.at.desc(), SecurityEvent.id.desc()).limit(limit)).all()
