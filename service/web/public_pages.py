"""The public weekly schedule for the provincial portal, with no log-in: /cong-khai/<office>/lich-tuan
(the page), /lich-tuan/nhung (the same table to embed in an iframe) and /lich.ics (a feed of the same
public events). The office is found through service.publishing.public_office.

These views never touch the Flask session (no cookie is set), are cached by proxies for a minute, and
answer If-None-Match with 304 from a digest of the week's data (public_week.data_version) before
anything is read through the ORM or rendered, as feeds/serve.py does for the secret feeds."""
from datetime import date, timedelta

from flask import Blueprint, Response, make_response, render_template, request, url_for

from service.calendar_rules import local_midnight
from service.context import request_ctx, state
from service.publishing import public_office, public_week, versions
from service.timing import week_monday

bp = Blueprint("public", __name__, template_folder="templates", url_prefix="/cong-khai")

MAX_AGE = 60
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'")
# The embed is meant to be framed by the portal, whatever its address.
EMBED_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
             "frame-ancestors *")


class _Refused(Exception):
    def __init__(self, status: int, title: str, message: str):
        super().__init__(message)
        self.status, self.title, self.message = status, title, message


@bp.errorhandler(_Refused)
def _refused(exc: _Refused):
    response = make_response(render_template("public_error.html", title=exc.title, message=exc.message), exc.status)
    response.headers["Content-Security-Policy"] = PAGE_CSP
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return _common(response)


def _common(response):
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    return response


def _office(slug: str):
    office = public_office.find(slug)
    if office is None:
        raise _Refused(404, "Không tìm thấy cơ quan",
                       "Địa chỉ lịch công khai này không có cơ quan nào. Hãy kiểm tra lại đường dẫn trên cổng thông tin.")
    return office


def _monday() -> date:
    raw = request.args.get("ngay", "")
    if raw:
        try:
            if len(raw) != 10:
                raise ValueError
            day = date.fromisoformat(raw)
        except ValueError:
            raise _Refused(400, "Ngày không hợp lệ",
                           f"“{raw[:40]}” không phải là ngày. Hãy viết ngày theo dạng năm-tháng-ngày, ví dụ "
                           "?ngay=2023-11-20.") from None
    else:
        st = state()
        day = st.clock.now().astimezone(st.config.timezone).date()
    try:
        return week_monday(day)
    except ValueError as exc:
        raise _Refused(400, "Ngày không hợp lệ", f"Lịch công khai: {exc}.") from None


def _etag(office, lo, hi, week_start, variant: str) -> str:
    """The page's strong ETag: the kind of page, today (the page marks it and links "Tuần này") and the
    digest of the data."""
    st = state()
    today = st.clock.now().astimezone(st.config.timezone).date()
    with st.engine.connect() as conn:  # no ORM session: a 304 costs five small SELECTs
        digest = public_week.data_version(conn, lo, hi, office, week_start)
    return f"{variant}{today:%Y%m%d}-{digest}"


def _conditional(etag: str):
    """A 304 when the client (or the portal's proxy) holds this version; None to go on and render."""
    if request.if_none_match.contains_weak(etag):  # RFC 7232 3.2: weak comparison (nginx gzip weakens tags)
        response = Response(status=304)
        response.set_etag(etag)
        response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
        return _common(response)
    return None


def _week_page(slug: str, template: str, variant: str, csp: str):
    office = _office(slug)
    monday = _monday()
    tz = state().config.timezone
    lo, hi = local_midnight(monday, tz), local_midnight(monday + timedelta(days=7), tz)
    etag = _etag(office, lo, hi, monday, variant)
    not_modified = _conditional(etag)
    if not_modified is not None:
        return not_modified
    ctx = request_ctx()
    spans, sheet = public_week.week(ctx, monday)
    revision = versions.last_issued_number(ctx.session, "week", monday)  # the ETag digests the issued versions
    today = ctx.now().astimezone(ctx.tz).date()
    html = render_template(template, office=office, monday=monday, sunday=monday + timedelta(days=6), spans=spans,
                           sheet=sheet, revision=revision, today=today,
                           previous=monday - timedelta(days=7), following=monday + timedelta(days=7),
                           this_week=today - timedelta(days=today.weekday()),
                           feed_url=url_for("public.feed", slug=office.slug),
                           embed_url=url_for("public.embed", slug=office.slug, ngay=monday.isoformat()))
    response = make_response(html)
    response.set_etag(etag)
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response.headers["Content-Security-Policy"] = csp
    return _common(response)


@bp.get("/<slug>/lich-tuan")
def week(slug):
    response = _week_page(slug, "public_week.html", "w", PAGE_CSP)
    response.headers["X-Frame-Options"] = "DENY"
    return response


@bp.get("/<slug>/lich-tuan/nhung")
def embed(slug):
    """The table alone, to put in an iframe on the portal (framing allowed from anywhere)."""
    return _week_page(slug, "public_embed.html", "e", EMBED_CSP)


@bp.get("/<slug>/lich.ics")
def feed(slug):
    office = _office(slug)
    ctx = request_ctx()
    lo, hi = public_week.feed_window(ctx)
    etag = _etag(office, lo, hi, None, "f")
    not_modified = _conditional(etag)
    if not_modified is not None:
        return not_modified
    response = Response(public_week.feed(ctx, office.name), content_type="text/calendar; charset=utf-8")
    response.set_etag(etag)
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response.headers["Content-Disposition"] = 'inline; filename="lich-cong-khai.ics"'
    return _common(response)
