"""Vietnamese error pages for everything outside /api (404, 405, 413, 500 and every other HTTP error),
rendered with error.html (the message and a way on: the month, search). Under /api the JSON errors of
service.api_base answer: its blueprints handle their own views' errors, and this answers for /api paths no blueprint matched (an unknown address, a wrong
method) with the same JSON. Wired by service.web.init_app: error_pages.init_app(app)."""
import logging

from flask import g, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from service.api_base import json_http_error, json_unexpected_error
from service.page_base import current_user

log = logging.getLogger(__name__)

PAGES = {  # status -> (title, message); {method} and {limit} are filled in
    400: ("Yêu cầu không hợp lệ", "Trình duyệt gửi một yêu cầu máy chủ không hiểu được. Hãy tải lại trang rồi "
                                  "làm lại."),
    401: ("Cần đăng nhập", "Hãy đăng nhập rồi làm lại."),
    403: ("Không có quyền", "Tài khoản của bạn không được xem hoặc làm việc này."),
    404: ("Không tìm thấy trang", "Địa chỉ này không có, hoặc nội dung đã bị xóa. Hãy kiểm tra lại đường dẫn, "
                                  "hoặc quay về Lịch tháng."),
    405: ("Thao tác không được hỗ trợ", "Địa chỉ này không nhận phương thức {method}. Hãy dùng các nút và biểu mẫu "
                                        "trên trang."),
    413: ("Tệp quá lớn", "Tệp hoặc nội dung gửi lên quá lớn ({limit}). Hãy tách thành tệp nhỏ hơn, hoặc dán phần "
                         "nội dung cần nhập."),
    415: ("Kiểu nội dung không được hỗ trợ", "Máy chủ không nhận kiểu nội dung này."),
    429: ("Quá nhiều yêu cầu", "Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Hãy đợi một lát rồi làm lại."),
    500: ("Lỗi máy chủ", "Có lỗi không mong muốn ở máy chủ; lỗi đã được ghi vào nhật ký. Hãy thử lại sau, hoặc báo "
                         "cho quản trị hệ thống."),
    503: ("Máy chủ tạm thời không phục vụ", "Hệ thống đang bận hoặc đang bảo trì. Hãy thử lại sau ít phút."),
}
# The page shown when even error.html cannot be rendered (the database is down, say).
FALLBACK = ('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>'
            '<body><h1>{title}</h1><p>{message}</p></body></html>')


def _is_api() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")


def _limit() -> str:
    return f"tối đa {(request.max_content_length or 0) // 1024} KB"


def _text(code: int) -> tuple[str, str]:
    title, message = PAGES.get(code, (f"Lỗi {code}", "Yêu cầu không thực hiện được."))
    return title, message.format(method=request.method, limit=_limit())


def _rollback() -> None:
    """A failed statement leaves PostgreSQL's transaction aborted; the page (its user, its menu) reads again."""
    session = g.get("session")
    if session is not None:
        try:
            session.rollback()
        except Exception:  # noqa: BLE001 - the page must still be shown
            log.exception("rollback before an error page failed")


def _page(code: int, title: str, message: str):
    try:
        return render_template("error.html", title=title, message=message, code=code), code
    except Exception:  # noqa: BLE001 - an error page must not fail: the bare page instead of Flask's English one
        log.exception("error page %s could not be rendered", code)
        _rollback()
        from markupsafe import escape  # noqa: PLC0415

        return FALLBACK.format(title=escape(title), message=escape(message)), code, \
            {"Content-Type": "text/html; charset=utf-8"}


def _import_form_413():
    """On the import page a body over the limit is shown on its form, against the file field."""
    if request.endpoint != "web.import_form":
        return None
    user = current_user()
    if user is None or user.role != "office":
        return None
    errors = {"file": f"tệp quá lớn ({_limit()}): hãy tách thành tệp nhỏ hơn, hoặc dán phần nội dung cần nhập"}
    return render_template("import_form.html", errors=errors, v={"text": "", "year": "", "month": ""}), 413


def http_error(exc: HTTPException):
    if _is_api():
        return json_http_error(exc)
    if exc.code is None or exc.code < 400:  # not an error (a redirect raised as an exception): as it is
        return exc
    if exc.code >= 500:
        return server_error(exc)
    if exc.code == 413:
        try:
            form = _import_form_413()
        except Exception:  # noqa: BLE001 - fall back to the plain page
            log.exception("import form for a 413 could not be rendered")
            form = None
        if form is not None:
            return form
    return _page(exc.code, *_text(exc.code))


def server_error(exc: Exception):
    if _is_api():
        return json_unexpected_error(getattr(exc, "original_exception", None) or exc)
    _rollback()  # (Flask has logged the original exception)
    code = exc.code if isinstance(exc, HTTPException) and exc.code else 500
    return _page(code, *_text(code))


def init_app(app) -> None:
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(InternalServerError, server_error)
