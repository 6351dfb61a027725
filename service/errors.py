"""Errors are data: one hierarchy, mapped to HTTP in one place (service.api), messages a clerk can act on."""


class ServiceError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, fields: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.fields = fields or {}

    def to_json(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "fields": self.fields}}


class BadRequest(ServiceError):
    status, code = 400, "bad_request"


class ValidationFailed(ServiceError):
    status, code = 422, "invalid"

    def __init__(self, fields: dict[str, str], message: str | None = None):
        if message is None:
            message = "Dữ liệu không hợp lệ: " + "; ".join(f"{k}: {v}" for k, v in list(fields.items())[:5])
        super().__init__(message, fields)


class Unauthorized(ServiceError):
    status, code = 401, "unauthorized"


class Forbidden(ServiceError):
    status, code = 403, "forbidden"


class NotFound(ServiceError):
    status, code = 404, "not_found"


class Conflict(ServiceError):
    status, code = 409, "conflict"


class ScheduleConflict(Conflict):
    """A write refused in strict mode because it double-books someone or something."""

    code = "schedule_conflict"

    def __init__(self, message: str, conflicts: list[dict], found: list, event_id: int | None = None):
        super().__init__(message)
        self.conflicts = conflicts  # as the API shows them
        self.found = found  # service.conflicts.Conflict objects, for the pages
        self.event_id = event_id  # the refused write's event (a new one's id is gone with the rollback)

    def to_json(self) -> dict:
        body = super().to_json()
        body["error"]["conflicts"] = self.conflicts
        return body


class PreconditionFailed(ServiceError):
    status, code = 412, "precondition_failed"


# Pydantic error types -> plain Vietnamese. Anything not listed falls back to a generic sentence.
_PYDANTIC_MESSAGES = {
    "missing": "bắt buộc phải có",
    "extra_forbidden": "trường này không được hỗ trợ",
    "string_type": "phải là chuỗi ký tự",
    "int_type": "phải là số nguyên",
    "int_parsing": "phải là số nguyên",
    "int_from_float": "phải là số nguyên",
    "bool_type": "phải là true hoặc false",
    "list_type": "phải là một danh sách",
    "dict_type": "phải là một đối tượng JSON",
    "model_type": "phải là một đối tượng JSON",
    "model_attributes_type": "phải là một đối tượng JSON",
    "literal_error": "phải là một trong các giá trị: {expected}",
    "enum": "phải là một trong các giá trị: {expected}",
    "string_too_long": "dài quá {max_length} ký tự",
    "string_too_short": "không được để trống",
    "too_long": "nhiều quá {max_length} phần tử",
    "too_short": "cần ít nhất {min_length} phần tử",
    "greater_than_equal": "phải lớn hơn hoặc bằng {ge}",
    "less_than_equal": "phải nhỏ hơn hoặc bằng {le}",
    "greater_than": "phải lớn hơn {gt}",
    "date_type": "phải là ngày dạng YYYY-MM-DD",
    "date_from_datetime_parsing": "phải là ngày dạng YYYY-MM-DD",
    "date_parsing": "phải là ngày dạng YYYY-MM-DD",
    "value_error": "{msg}",
    "string_pattern_mismatch": "không đúng định dạng",
    "json_invalid": "JSON không hợp lệ",
    "json_type": "JSON không hợp lệ",
}


def from_pydantic(exc) -> ServiceError:
    """Turn a pydantic ValidationError into our error, field paths like "agenda[2].title"."""
    fields: dict[str, str] = {}
    for err in exc.errors(include_url=False):
        if err["type"] in ("json_invalid", "json_type"):
            return BadRequest("Nội dung gửi lên không phải JSON hợp lệ: " + str(err.get("ctx", {}).get("error", "")).strip())
        path = ""
        for part in err["loc"]:
            path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
        path = path or "body"
        template = _PYDANTIC_MESSAGES.get(err["type"], "giá trị không hợp lệ")
        ctx = dict(err.get("ctx") or {})
        if err["type"] == "value_error":
            ctx["msg"] = str(ctx.get("error", err["msg"])).removeprefix("Value error, ")
        try:
            message = template.format(**ctx)
        except (KeyError, IndexError):
            message = template
        fields.setdefault(path, message)
    if list(fields) == ["body"]:
        return BadRequest(f"Nội dung gửi lên {fields['body']}", fields)
    return ValidationFailed(fields)
