"""API keys (random, shown once, stored as SHA-256) and staff accounts for the web pages."""
import hashlib
import secrets

from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from service.errors import ValidationFailed
from service.models import ApiKey, User

ROLES = ("office", "viewer")


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_api_key(ctx, name: str, role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    key = "lct_" + secrets.token_urlsafe(32)
    ctx.session.add(ApiKey(name=name, role=role, key_hash=_digest(key), created_at=ctx.now()))
    return key


def find_api_key(session, key: str) -> ApiKey | None:
    row = session.scalars(select(ApiKey).where(ApiKey.key_hash == _digest(key))).first()
    return row if row is not None and row.revoked_at is None else None


def create_user(ctx, username: str, name: str, role: str, password: str) -> User:
    errors = {}
    if role not in ROLES:
        errors["role"] = f"phải là một trong: {', '.join(ROLES)}"
    if not 3 <= len(username.strip()) <= 100:
        errors["username"] = "tên đăng nhập dài 3–100 ký tự"
    if len(password) < 10:
        errors["password"] = "mật khẩu dài ít nhất 10 ký tự"
    if ctx.session.scalars(select(User).where(func.lower(User.username) == username.strip().lower())).first():
        errors["username"] = "tên đăng nhập đã có"
    if errors:
        raise ValidationFailed(errors)
    user = User(username=username.strip(), name=name.strip() or username.strip(), role=role,
                password_hash=generate_password_hash(password), created_at=ctx.now())
    ctx.session.add(user)
    return user


def check_login(session, username: str, password: str) -> User | None:
    user = session.scalars(select(User).where(func.lower(User.username) == username.strip().lower())).first()
    if user is None or user.disabled_at is not None:
        check_password_hash(generate_password_hash("x"), password)  # the same work whether or not the user exists
        return None
    return user if check_password_hash(user.password_hash, password) else None
