"""What every /api blueprint shares (service.api, feeds, notifications): authentication by API key, JSON
errors in Vietnamese, request parsing. Kept outside service/api/ so that using it loads no routes."""
import logging
from datetime import date, datetime, time, timedelta

from flask import Blueprint, g, jsonify, request
from pydantic import ValidationError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from service.auth import find_api_key
from service.context import request_ctx
from service.offices import act_as
from service.errors import BadRequest, Conflict, Forbidden, ServiceError, Unauthorized, ValidationFailed, from_pydantic

log = logging.getLogger(__name__)
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def authenticate():
    """Before every request of an API blueprint: a valid key; viewers may only read."""
    header = request.headers.get("Authorization", "")
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise Unauthorized("Cần khóa API: gửi header 'Authorization: Bearer <khóa>'")
    api_key = find_api_key(request_ctx().session, key.strip())
    if api_key is None:
        raise Unauthorized("Khóa API không đúng hoặc đã bị thu hồi")
    g.role, g.actor, g.api_key_id = api_key.role, f"api:{api_key.name}", api_key.id
    # The key's office, or one below it chosen with ?office=SLUG (one it may not see: 404).
    g.office_id = act_as(request_ctx().session, api_key.office_id, request.args.get("office"))
    if request.method not in READ_METHODS and api_key.role != "office":
        raise Forbidden("Khóa API này chỉ có quyền xem (viewer), không được thay đổi dữ liệu")


def _service_error(exc: ServiceError):
    return jsonify(exc.to_json()), exc.status


def _stale(exc: StaleDataError):
    return _service_error(Conflict("Sự kiện vừa được người khác sửa cùng lúc; hãy tải lại rồi sửa"))


def json_http_error(exc: HTTPException):
    messages = {
        404: "Không có địa chỉ này trong API",
        405: f"Địa chỉ này không nhận phương thức {request.method}",
        413: "Nội dung gửi lên quá lớn",
        415: "Nội dung phải là JSON (Content-Type: application/json)",
    }
    if isinstance(exc, RequestEntityTooLarge):
        limit = request.max_content_length or 0
        message = f"Nội dung gửi lên quá lớn (tối đa {limit // 1024} KB)"
    else:
        message = messages.get(exc.code, exc.description or exc.name)
    body = {"error": {"code": exc.name.lower().replace(" ", "_"), "message": message, "fields": {}}}
    return jsonify(body), exc.code


def json_unexpected_error(exc: Exception):
    log.exception("unexpected error in %s %s", request.method, request.path)
    body = {"error": {"code": "internal", "message": "Lỗi không mong muốn ở máy chủ; đã ghi nhật ký", "fields": {}}}
    return jsonify(body), 500


def api_blueprint(name: str, import_name: str, public: frozenset = frozenset()) -> Blueprint:
    """A blueprint under /api with the API's authentication and JSON errors (service.api, feeds,
    notifications); views named in `public` need no key."""
    blueprint = Blueprint(name, import_name, url_prefix="/api")
    public_endpoints = {f"{name}.{view}" for view in public}

    @blueprint.before_request
    def _authenticate():
        if request.endpoint not in public_endpoints:
            authenticate()
    handle_errors(blueprint)
    return blueprint


def handle_errors(blueprint) -> None:
    """JSON errors for every failure under a blueprint."""
    blueprint.register_error_handler(ServiceError, _service_error)
    blueprint.register_error_handler(StaleDataError, _stale)
    blueprint.register_error_handler(HTTPException, json_http_error)
    blueprint.register_error_handler(Exception, json_unexpected_error)



def parse_body(model):
    """The request's JSON body validated by `model` (strict: no coercion, no unknown fields)."""
    if request.mimetype != "application/json":
        raise BadRequest("Nội dung phải là JSON, với header Content-Type: application/json",
                         {"body": "cần Content-Type: application/json"})
    try:
        return model.model_validate_json(request.get_data(cache=False) or b"")
    except ValidationError as exc:
        raise from_pydantic(exc) from None


def query_int(name: str) -> int | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return None
    if not raw.isdecimal() or not 1 <= int(raw) <= 2**31 - 1:
        raise ValidationFailed({name: "phải là số nguyên dương (id)"})
    return int(raw)


def query_range(tz, default_days: int = 31, max_days: int = 800) -> tuple[datetime, datetime]:
    """`from` and `to` as dates (inclusive) or ISO datetimes; default: the current month."""
    bounds = {}
    for name in ("from", "to"):
        raw = request.args.get(name)
        if not raw:
            continue
        try:
            if len(raw) == 10:
                day = date.fromisoformat(raw)
                value = datetime.combine(day + timedelta(days=1 if name == "to" else 0), time(0), tz)
            else:
                value = datetime.fromisoformat(raw)
                if value.tzinfo is None:
                    value = value.replace(tzinfo=tz)
        except ValueError:
            raise ValidationFailed({name: "phải là ngày YYYY-MM-DD hoặc ngày giờ ISO 8601"}) from None
        if not 2000 <= value.year <= 2100:
            raise ValidationFailed({name: "năm phải trong khoảng 2000–2100"})
        bounds[name] = value
    if "from" not in bounds:
        today = request_ctx().now().astimezone(tz).date()
        base = bounds["to"] - timedelta(days=default_days) if "to" in bounds else None
        bounds["from"] = base or datetime.combine(today.replace(day=1), time(0), tz)
    if "to" not in bounds:
        start = bounds["from"].astimezone(tz)
        first_next = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        bounds["to"] = datetime.combine(first_next.date(), time(0), tz) if start.day == 1 and start.time() == time(0) \
            else bounds["from"] + timedelta(days=default_days)
    if bounds["to"] <= bounds["from"]:
        raise ValidationFailed({"to": "phải sau 'from'"})
    if bounds["to"] - bounds["from"] > timedelta(days=max_days):
        raise ValidationFailed({"to": f"khoảng thời gian không dài quá {max_days} ngày"})
    return bounds["from"], bounds["to"]

