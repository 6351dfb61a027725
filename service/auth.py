"""API keys: random, shown once, stored as SHA-256."""
import hashlib
import secrets

from sqlalchemy import select

from service.models import ApiKey

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
