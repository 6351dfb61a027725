"""Accounts and API keys, for the office role: list accounts, disable or re-enable one, set its password;
list and revoke keys; read the security log."""
from flask import g, jsonify

from service import auth, schemas
from service.api import bp
from service.api_base import parse_body
from service.context import request_ctx
from service.errors import Conflict, Forbidden
from service.serialize import iso


def _office_ctx():
    if g.get("role") != "office":
        raise Forbidden("Chỉ vai trò office (Văn phòng) được xem và quản lý tài khoản, khóa API")
    return request_ctx()


def user_out(user, tz) -> schemas.UserOut:
    return schemas.UserOut(id=user.id, username=user.username, name=user.name, role=user.role,
                           created_at=iso(user.created_at, tz), disabled_at=iso(user.disabled_at, tz))


def key_out(key, tz) -> schemas.ApiKeyOut:
    return schemas.ApiKeyOut(id=key.id, name=key.name, role=key.role, created_at=iso(key.created_at, tz),
                             revoked_at=iso(key.revoked_at, tz))


def _done(ctx, out):
    ctx.session.commit()
    return jsonify(out.model_dump(mode="json"))


@bp.get("/users")
def list_users():
    ctx = _office_ctx()
    return jsonify(schemas.UserList(users=[user_out(u, ctx.tz) for u in auth.list_users(ctx)]).model_dump(mode="json"))


@bp.post("/users/<id:ident>/disable")
def disable_user(ident):
    ctx = _office_ctx()
    return _done(ctx, user_out(auth.disable_user(ctx, auth.get_user(ctx, ident)), ctx.tz))


@bp.post("/users/<id:ident>/enable")
def enable_user(ident):
    ctx = _office_ctx()
    return _done(ctx, user_out(auth.enable_user(ctx, auth.get_user(ctx, ident)), ctx.tz))


@bp.post("/users/<id:ident>/password")
def set_password(ident):
    ctx = _office_ctx()
    body = parse_body(schemas.PasswordIn)
    return _done(ctx, user_out(auth.set_password(ctx, auth.get_user(ctx, ident), body.password), ctx.tz))


@bp.get("/api-keys")
def list_api_keys():
    ctx = _office_ctx()
    keys = schemas.ApiKeyList(api_keys=[key_out(k, ctx.tz) for k in auth.list_api_keys(ctx)])
    return jsonify(keys.model_dump(mode="json"))


@bp.post("/api-keys/<id:ident>/revoke")
def revoke_api_key(ident):
    ctx = _office_ctx()
    if ident == g.get("api_key_id"):
        raise Conflict("Không thu hồi khóa đang dùng cho chính yêu cầu này; hãy dùng một khóa office khác")
    return _done(ctx, key_out(auth.revoke_api_key(ctx, ident), ctx.tz))


@bp.get("/security-log")
def security_log():
    ctx = _office_ctx()
    events = [schemas.SecurityEventOut(at=iso(e.at, ctx.tz), action=e.action, actor=e.actor, username=e.username,
                                       address=e.address, detail=e.detail) for e in auth.security_log(ctx)]
    return jsonify(schemas.SecurityLog(events=events).model_dump(mode="json"))
