"""Administration for the office, in sub-pages under /quan-tri: staff accounts (create, role, disable, enable,
set a password) and API keys (create, shown once; revoke) with the latest security log; the full security
log; places and their travel minutes; days off and make-up working days; seasonal slot hours; the offices
below it (a province's communes: their names). And every user's own password.

Every change goes through the domain functions the API uses (service.auth, service.directory.save_location,
service.office_calendar) and the API's pydantic models (page_base.validated), so a page refuses what the API
refuses, in the same words, next to the field; a refusal is a 422 with the form refilled and nothing written."""
import re
from datetime import date, time

from flask import abort, redirect, render_template, request, url_for
from sqlalchemy import func, select

from service import auth, day_text, directory, office_admin, office_calendar, offices, reminder_settings, schemas
from service.auth import ROLES
from service.context import request_ctx
from service.errors import Forbidden, NotFound, ServiceError, ValidationFailed
from service.events import recompute_default_deadlines
from service.models import Event, Location, Office
from service.page_base import current_user, flash, login_required, validated
from service.timing import MAX_YEAR, MIN_YEAR
from service.publishing import public_flag
from service.vocabulary import KIND_LABELS, LEVEL_LABELS, ROLE_LABELS, SECURITY_ACTION_LABELS, SLOT_LABELS, day_label
from service.web import bp

LOG_ON_FIRST_PAGE = 15  # the accounts page shows the latest lines; the log page the last 500
EXCEPTION_KINDS = {"day_off": "Ngày nghỉ", "working_day": "Ngày làm bù"}
SUBPAGES = (("web.admin", "Tài khoản, khóa API"), ("web.admin_places", "Địa điểm"),
            ("web.admin_days", "Ngày nghỉ, làm bù"), ("web.admin_hours", "Giờ làm việc"),
            ("web.admin_reminders", "Cài đặt nhắc việc"), ("web.admin_public", "Công khai"), ("web.admin_log", "Nhật ký bảo mật"),
            ("web.admin_offices", "Cơ quan trực thuộc"))
_CLOCK = re.compile(r"^\s*(\d{1,2})\s*(?:[:hg.]\s*(\d{2})?)?\s*$", re.IGNORECASE)  # 07:30, 7:30, 7h30, 7h
FIELD_LIMIT = 2000  # longer form values are refused before any parsing (the models' own limits are lower)


def _render(template: str, status: int = 200, **values):
    # The offices below: shown to an office that has some (its session sees more offices than itself).
    below = len(request_ctx().session.info.get("office_ids") or ()) > 1
    subpages = [page for page in SUBPAGES if below or page[0] != "web.admin_offices"]
    return render_template(template, subpages=subpages, errors=values.pop("errors", None) or {},
                           form=values.pop("form", None) or {}, tz=request_ctx().tz, **values), status


def _form() -> dict:
    """The posted fields, stripped of the CSRF token, as the page refills them."""
    return {k: v for k, v in request.form.items() if k != "csrf_token"}


def _oversized(form: dict) -> dict:
    return {k: f"dài quá {FIELD_LIMIT} ký tự" for k, v in form.items() if len(v) > FIELD_LIMIT}


def parse_day(raw: str, field: str, errors: dict, required: bool = True) -> date | None:
    """A date as the office writes it (service.day_text); a problem is noted in `errors` under `field`."""
    if not (raw or "").strip():
        if required:
            errors[field] = "cần ngày, dạng dd/mm/yyyy"
        return None
    try:
        return day_text.read_day(raw)
    except ValueError as exc:
        errors[field] = str(exc)
        return None


def parse_clock(raw: str, field: str, errors: dict) -> time | None:
    """A clock time: 07:30, 7:30, 7h30 or 7h. Empty is None (the slot keeps its default)."""
    raw = (raw or "").strip()
    if not raw:
        return None
    match = _CLOCK.match(raw)
    hour, minute = (int(match.group(1)), int(match.group(2) or 0)) if match else (99, 99)
    if hour > 23 or minute > 59:
        errors[field] = "giờ phải có dạng HH:MM, ví dụ 07:30"
        return None
    return time(hour, minute)


def checked(model, body: dict, errors: dict):
    """`body` through the API's model; every problem at once, the page's own (a date it could not read) before
    the model's for the same field."""
    try:
        parsed = validated(model, body)
    except ServiceError as exc:
        raise ValidationFailed({**exc.fields, **errors} or {"_": exc.message}) from None
    if errors:
        raise ValidationFailed(errors)
    return parsed


def _changed(done: str, to: str, change, page):
    """Run one change; its refusal is shown on the page `page(errors)` (422) and nothing is written."""
    ctx = request_ctx()
    try:
        change()
    except ServiceError as exc:
        ctx.session.rollback()
        return page(exc.fields or {"_": exc.message}, exc)
    ctx.session.commit()
    flash(done)
    return redirect(to)


def _status(exc: ServiceError) -> int:
    return exc.status if exc.status in (404, 409) else 422


# ---- accounts and API keys ------------------------------------------------------------------------

def _accounts(errors=None, new_key=None, status=200, user_form=None, key_form=None):
    """The accounts page; `user_form`/`key_form` refill the new-account / new-key forms after a refusal."""
    ctx = request_ctx()
    return _render("admin.html", status, users=auth.list_users(ctx), keys=auth.list_api_keys(ctx),
                   log=auth.security_log(ctx, limit=LOG_ON_FIRST_PAGE), log_labels=SECURITY_ACTION_LABELS,
                   roles=ROLE_LABELS, errors=errors, new_key=new_key, form=user_form, key_form=key_form or {})


@bp.get("/quan-tri")
@login_required("office")
def admin():
    return _accounts()


@bp.get("/quan-tri/nhat-ky")
@login_required("office")
def admin_log():
    ctx = request_ctx()
    return _render("admin_log.html", log=auth.security_log(ctx, limit=500), log_labels=SECURITY_ACTION_LABELS)


def _row_change(ident: int, field: str, change, done: str):
    """A change of one account (role, password, lock): a refusal is shown next to the field in that row."""
    def page(errors, exc):
        if isinstance(exc, NotFound):  # no such row to show the error in
            return _accounts(errors={"_": exc.message}, status=404)
        return _accounts(errors={f"{field}-{ident}": "; ".join(errors.values())}, status=_status(exc))
    ctx = request_ctx()
    return _changed(done, url_for("web.admin"), lambda: change(ctx, auth.get_user(ctx, ident)), page)


@bp.post("/quan-tri/tai-khoan")
@login_required("office")
def create_user():
    ctx = request_ctx()
    form = _form()
    role = form.get("role", "viewer")
    if errors := _oversized(form):
        return _accounts(errors=errors, status=422, user_form={k: v[:FIELD_LIMIT] for k, v in form.items()})
    try:
        user = auth.create_user(ctx, form.get("username", ""), form.get("name", ""), role if role in ROLES else "",
                                form.get("password", ""))
    except ServiceError as exc:
        ctx.session.rollback()
        return _accounts(errors=exc.fields or {"_": exc.message}, status=422, user_form=form)
    ctx.session.commit()
    flash(f"Đã tạo tài khoản {user.username}.")
    return redirect(url_for("web.admin"))


@bp.post("/quan-tri/tai-khoan/<id:ident>/vai-tro")
@login_required("office")
def set_user_role(ident):
    role = request.form.get("role", "")
    return _row_change(ident, "role", lambda ctx, user: auth.set_role(ctx, user, role if role in ROLES else ""),
                       f"Đã đổi vai trò thành «{ROLE_LABELS.get(role, role)}».")


@bp.post("/quan-tri/tai-khoan/<id:ident>/khoa")
@login_required("office")
def disable_user(ident):
    return _row_change(ident, "lock", auth.disable_user,
                       "Đã khóa tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.")


@bp.post("/quan-tri/tai-khoan/<id:ident>/mo")
@login_required("office")
def enable_user(ident):
    return _row_change(ident, "lock", auth.enable_user, "Đã mở lại tài khoản.")


@bp.post("/quan-tri/tai-khoan/<id:ident>/mat-khau")
@login_required("office")
def set_user_password(ident):
    password = request.form.get("password", "")
    return _row_change(ident, "password", lambda ctx, user: auth.set_password(ctx, user, password),
                       "Đã đặt mật khẩu mới; các phiên đăng nhập cũ của tài khoản đã kết thúc.")


@bp.post("/quan-tri/khoa-api")
@login_required("office")
def create_key():
    ctx = request_ctx()
    form = _form()
    role = form.get("role", "viewer")
    name = form.get("name", "").strip()
    if role not in ROLES or not name or len(name) > 200:
        error = "cần tên gợi nhớ (tối đa 200 ký tự) và vai trò của khóa"
        return _accounts(errors={"key": error}, status=422, key_form={"name": name[:200], "role": role})
    try:
        key = auth.create_api_key(ctx, name, role)
    except ServiceError as exc:
        ctx.session.rollback()
        return _accounts(errors={"key": "tên gợi nhớ: " + ("; ".join(exc.fields.values()) or exc.message)},
                         status=422, key_form={"role": role})
    ctx.session.commit()
    return _accounts(new_key=key)  # shown once, on this page only (no-store: never cached)


@bp.post("/quan-tri/khoa-api/<id:ident>/thu-hoi")
@login_required("office")
def revoke_key(ident):
    def page(errors, exc):
        return _accounts(errors={"_": exc.message}, status=_status(exc))
    ctx = request_ctx()
    return _changed("Đã thu hồi khóa API; khóa không dùng được nữa.", url_for("web.admin"),
                    lambda: auth.revoke_api_key(ctx, ident), page)


# ---- places -------------------------------------------------------------------------------------

def _place_body(form: dict, errors: dict) -> dict:
    """The form as schemas.LocationIn reads it; a travel time that is not a number is noted in `errors`."""
    body = {"name": form.get("name", "").strip(), "address": form.get("address", "").strip() or None}
    raw = form.get("travel_minutes", "").strip()
    if raw:
        if raw.isdecimal() and len(raw) <= 6:
            body["travel_minutes"] = int(raw)
            if int(raw) > 24 * 60:  # (the model says "phải nhỏ hơn hoặc bằng 1440": said here in the clerk's units)
                errors["travel_minutes"] = "tối đa 1440 phút (24 giờ)"
        else:
            errors["travel_minutes"] = "thời gian đi phải là số phút (số nguyên), ví dụ 30"
    else:
        body["travel_minutes"] = None
    return body


def _save_place(location: Location | None):
    """Create a place (location None) or change one, through directory.save_location as POST /api/locations."""
    ctx = request_ctx()
    form = _form()
    errors = {}
    body = _place_body(form, errors)
    try:
        if big := _oversized(form):  # (before any parsing: nothing else is said about such a form)
            raise ValidationFailed(big)
        saved = directory.save_location(ctx, checked(schemas.LocationIn, body, errors), location)
        ctx.session.commit()
    except ServiceError as exc:
        ctx.session.rollback()
        refill = {k: v[:FIELD_LIMIT] for k, v in form.items()}
        if location is not None:
            return _render("admin_place.html", 422, place=ctx.session.get(Location, location.id),
                           errors={**exc.fields} or {"_": exc.message}, form=refill)
        return _places_page(errors=exc.fields or {"_": exc.message}, form=refill, status=422)
    flash(f"Đã lưu địa điểm «{saved.name}».")
    return redirect(url_for("web.admin_places"))


def _places_page(errors=None, form=None, status=200):
    ctx = request_ctx()
    places = list(ctx.session.scalars(select(Location)).all())
    places.sort(key=lambda p: p.name_key)  # (name_key: folded, so "Hội trường" and "hội trường" sort together)
    uses = dict(ctx.session.execute(select(Event.location_id, func.count()).where(Event.location_id.is_not(None))
                                    .group_by(Event.location_id)).all())
    return _render("admin_places.html", status, places=places, uses=uses, errors=errors, form=form)


@bp.get("/quan-tri/dia-diem")
@login_required("office")
def admin_places():
    return _places_page()


@bp.post("/quan-tri/dia-diem")
@login_required("office")
def create_place():
    return _save_place(None)


@bp.route("/quan-tri/dia-diem/<id:ident>", methods=["GET", "POST"])
@login_required("office")
def edit_place(ident):
    ctx = request_ctx()
    try:
        location = directory.get(ctx, Location, ident)
    except NotFound:
        abort(404)
    if request.method == "POST":
        return _save_place(location)
    form = {"name": location.name, "address": location.address or "",
            "travel_minutes": "" if location.travel_minutes is None else str(location.travel_minutes)}
    return _render("admin_place.html", place=location, form=form)


# ---- days off and make-up working days ----------------------------------------------------------

def _year(raw: str | None, errors: dict) -> int:
    today = request_ctx().now().astimezone(request_ctx().tz).date()
    if not raw:
        return today.year
    if raw.isdecimal() and len(raw) == 4 and MIN_YEAR <= int(raw) <= MAX_YEAR:
        return int(raw)
    errors["nam"] = f"năm phải là số trong khoảng {MIN_YEAR}–{MAX_YEAR}"
    return today.year


def _days_page(year: int, errors=None, form=None, status=200):
    ctx = request_ctx()
    own = office_calendar.list_exceptions(ctx, year)
    overridden = {row.day for row in own}
    holidays = [(day, name, kind, day in overridden) for day, name, kind in office_calendar.public_holidays(year)]
    return _render("admin_days.html", status, year=year, own=own, holidays=holidays, kinds=EXCEPTION_KINDS,
                   day_label=day_label, errors=errors, form=form, years=(MIN_YEAR, MAX_YEAR))


@bp.get("/quan-tri/ngay-nghi")
@login_required("office")
def admin_days():
    errors = {}
    year = _year(request.args.get("nam"), errors)
    return _days_page(year, errors=errors, status=422 if errors else 200)


@bp.post("/quan-tri/ngay-nghi")
@login_required("office")
def add_day():
    """Through office_calendar.set_exception, as PUT /api/calendar/exceptions (an existing day is replaced)."""
    ctx = request_ctx()
    form = _form()
    errors = {}
    day = parse_day(form.get("day", "")[:FIELD_LIMIT], "day", errors)
    kind = form.get("kind", "")
    if kind not in EXCEPTION_KINDS:
        errors["kind"] = "chọn Ngày nghỉ hoặc Ngày làm bù"
    body = {"day": day.isoformat() if day else None, "kind": kind, "label": form.get("label", "").strip(),
            "source_ref": form.get("source_ref", "").strip() or None}
    try:
        if big := _oversized(form):
            raise ValidationFailed(big)
        row = office_calendar.set_exception(ctx, checked(schemas.CalendarExceptionIn, body, errors))
        ctx.session.commit()
    except ServiceError as exc:
        ctx.session.rollback()
        year = day.year if day else _year(form.get("nam"), {})
        return _days_page(year, errors=exc.fields or {"_": exc.message},
                          form={k: v[:FIELD_LIMIT] for k, v in form.items()}, status=422)
    flash(f"Đã ghi {EXCEPTION_KINDS[row.kind].lower()} {day_label(row.day)}: {row.label}. Hạn nộp tính theo ngày "
          "làm việc đã được tính lại.")
    return redirect(url_for("web.admin_days", nam=row.day.year))


@bp.post("/quan-tri/ngay-nghi/<day>/xoa")
@login_required("office")
def remove_day(day):
    errors = {}
    parsed = parse_day(day, "day", errors)
    if parsed is None:
        abort(404)

    def page(errors, exc):
        return _days_page(parsed.year, errors={"_": exc.message}, status=_status(exc))
    return _changed(f"Đã bỏ ngoại lệ của ngày {day_label(parsed)}; ngày này theo lịch thường.",
                    url_for("web.admin_days", nam=parsed.year),
                    lambda: office_calendar.remove_exception(request_ctx(), parsed), page)


# ---- seasonal slot hours ------------------------------------------------------------------------

SEASONAL = {slot: SLOT_LABELS[slot] for slot in office_calendar.SEASONAL_SLOTS}


def _hhmm(value) -> str:
    return value.strftime("%H:%M") if isinstance(value, time) else str(value)


def _hours_form(row) -> dict:
    form = {"valid_from": f"{row.valid_from:%d/%m/%Y}", "valid_to": f"{row.valid_to:%d/%m/%Y}"}
    for slot in SEASONAL:
        start, end = row.hours.get(slot, ("", ""))
        form[f"{slot}_start"], form[f"{slot}_end"] = start, end
    return form


def _defaults() -> dict:
    return {slot: tuple(map(_hhmm, request_ctx().config.slots[slot])) for slot in SEASONAL}


def _hours_page(errors=None, form=None, status=200, editing=None):
    ctx = request_ctx()
    return _render("admin_hours.html", status, rows=office_calendar.list_slot_hours(ctx), slots=SEASONAL,
                   defaults=_defaults(), errors=errors, form=form, editing=editing)


def _hours_body(form: dict, errors: dict) -> dict:
    """The form as schemas.SlotHoursIn reads it: dates as ISO, each slot as "HH:MM-HH:MM" (both or neither)."""
    days = {name: parse_day(form.get(name, ""), name, errors) for name in ("valid_from", "valid_to")}
    body = {name: day.isoformat() if day else None for name, day in days.items()}
    for slot, label in SEASONAL.items():
        start = parse_clock(form.get(f"{slot}_start", ""), slot, errors)
        end = parse_clock(form.get(f"{slot}_end", ""), slot, errors)
        if slot in errors:
            continue
        if (start is None) != (end is None):
            errors[slot] = "cần cả giờ bắt đầu và giờ kết thúc (hoặc để trống cả hai: giữ giờ mặc định)"
        body[slot] = f"{start:%H:%M}-{end:%H:%M}" if start and end else None
    return body


def _save_hours(row):
    ctx = request_ctx()
    form = _form()
    errors = {}
    body = _hours_body(form, errors)
    try:
        if big := _oversized(form):
            raise ValidationFailed(big)
        saved = office_calendar.save_slot_hours(ctx, checked(schemas.SlotHoursIn, body, errors), row)
        ctx.session.commit()
    except ServiceError as exc:
        ctx.session.rollback()
        refill = {k: v[:FIELD_LIMIT] for k, v in form.items()}
        return _hours_page(errors=exc.fields or {"_": exc.message}, form=refill, status=422,
                           editing=row and ctx.session.get(type(row), row.id))
    flash(f"Đã lưu giờ làm việc từ {saved.valid_from:%d/%m/%Y} đến {saved.valid_to:%d/%m/%Y}. Các sự kiện đã có "
          "giữ nguyên giờ; sự kiện nhập mới trong thời gian này theo giờ mới.")
    return redirect(url_for("web.admin_hours"))


@bp.get("/quan-tri/gio-lam-viec")
@login_required("office")
def admin_hours():
    return _hours_page()


@bp.post("/quan-tri/gio-lam-viec")
@login_required("office")
def create_hours():
    return _save_hours(None)


def _hours_or_404(ident):
    try:
        return office_calendar.get_slot_hours(request_ctx(), ident)
    except NotFound:
        abort(404)


@bp.route("/quan-tri/gio-lam-viec/<id:ident>", methods=["GET", "POST"])
@login_required("office")
def edit_hours(ident):
    row = _hours_or_404(ident)
    if request.method == "POST":
        return _save_hours(row)
    return _hours_page(form=_hours_form(row), editing=row)


@bp.post("/quan-tri/gio-lam-viec/<id:ident>/xoa")
@login_required("office")
def delete_hours(ident):
    row = _hours_or_404(ident)
    span = f"{row.valid_from:%d/%m/%Y} – {row.valid_to:%d/%m/%Y}"
    return _changed(f"Đã xóa giờ làm việc {span}; thời gian này theo giờ mặc định.", url_for("web.admin_hours"),
                    lambda: office_calendar.delete_slot_hours(request_ctx(), ident),
                    lambda errors, exc: _hours_page(errors={"_": exc.message}, status=_status(exc)))


# ---- one's own password -------------------------------------------------------------------------

@bp.route("/doi-mat-khau", methods=["GET", "POST"])
@login_required()
def own_password():
    ctx = request_ctx()
    error = None
    if request.method == "POST":
        user = current_user()
        right, until = auth.check_password(ctx, user, request.form.get("current", ""), request.remote_addr)
        if until is not None:
            error = f"Nhập sai quá nhiều lần. Hãy thử lại sau {until.astimezone(ctx.tz):%H:%M ngày %d/%m/%Y}."
        elif not right:
            ctx.session.commit()  # the refusal counts
            error = "Mật khẩu hiện tại không đúng."
        elif request.form.get("password", "") != request.form.get("again", ""):
            error = "Hai lần nhập mật khẩu mới không giống nhau."
        else:
            try:
                auth.set_password(ctx, user, request.form.get("password", ""))
            except ServiceError as exc:
                ctx.session.rollback()
                error = "; ".join(exc.fields.values()) or exc.message
            else:
                ctx.session.commit()
                flash("Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới (mọi phiên cũ đã kết thúc).")
                return redirect(url_for("web.login"))
    return render_template("password.html", error=error), 422 if error else 200


# ---- the public page: which kinds are public by default -----------------------------------------------

@bp.route("/quan-tri/cong-khai", methods=["GET", "POST"])
@login_required("office")
def admin_public():
    """The kinds of events the public weekly page and feed show unless an event says otherwise."""
    ctx = request_ctx()
    if request.method == "POST":
        chosen = {kind: request.form.get(f"public-{kind}") == "yes" for kind in KIND_LABELS}
        public_flag.set_defaults(ctx.session, validated(schemas.PublicDefaultsIn, {"defaults": chosen}).defaults)
        ctx.session.commit()
        flash("Đã lưu mặc định công khai.")
        return redirect(url_for("web.admin_public"))
    office = offices.acting(ctx.session)
    return _render("admin_public.html", kinds=KIND_LABELS, defaults=public_flag.defaults(ctx.session),
                   public_url=url_for("public.week", slug=office.slug, _external=False),
                   embed_url=url_for("public.embed", slug=office.slug),
                   feed_url=url_for("public.feed", slug=office.slug),
                   base_url=ctx.config.base_url)


# ---- reminders: the office's default deadline, reminder days and hour ------------------------------------

@bp.route("/quan-tri/nhac-viec", methods=["GET", "POST"])
@login_required("office")
def admin_reminders():
    """The office's reminder settings (service.reminder_settings), or back to the deployment's."""
    ctx = request_ctx()
    if request.method == "GET":
        return _reminders_page(reminder_settings.of(ctx))
    form = _form()
    errors, body = {}, {"deadline_working_days": None, "reminder_offsets": None, "reminder_time": None}
    if request.form.get("reset") != "yes":
        body["deadline_working_days"] = _whole_number(form.get("deadline_working_days", ""), "deadline_working_days",
                                                      errors)
        offsets = [p for p in re.split(r"[,;\s]+", form.get("reminder_offsets", "").strip()) if p]
        body["reminder_offsets"] = [n for p in offsets if (n := _whole_number(p, "reminder_offsets", errors)) is not None]
        at = parse_clock(form.get("reminder_time", ""), "reminder_time", errors)
        body["reminder_time"] = f"{at:%H:%M}" if at else None
    try:
        if big := _oversized(form):
            raise ValidationFailed(big)
        saved = reminder_settings.save(ctx, checked(schemas.ReminderSettingsIn, body, errors))
        recompute_default_deadlines(ctx, ctx.now().astimezone(ctx.tz).date(), replan=True)
        ctx.session.commit()
    except ServiceError as exc:
        ctx.session.rollback()
        named = {re.sub(r"\[\d+\]$", "", k): v for k, v in exc.fields.items()}  # reminder_offsets[0]: the field
        return _reminders_page(reminder_settings.of(ctx), errors=named or {"_": exc.message},
                               form={k: v[:FIELD_LIMIT] for k, v in form.items()}, status=422)
    flash("Đã lưu cài đặt nhắc việc. Hạn chuẩn bị mặc định và lịch nhắc của các cuộc họp sắp tới đã được tính lại."
          if saved.own else "Đã trở về cài đặt nhắc việc mặc định của hệ thống.")
    return redirect(url_for("web.admin_reminders"))


def _whole_number(raw: str, field: str, errors: dict) -> int | None:
    raw = raw.strip()
    if not raw.isdigit() or len(raw) > 3:
        errors[field] = "cần số ngày làm việc (số nguyên từ 0)"
        return None
    return int(raw)


def _reminders_page(settings, errors=None, form=None, status=200):
    shown = form or {"deadline_working_days": str(settings.deadline_working_days),
                     "reminder_offsets": ", ".join(str(o) for o in settings.offsets),
                     "reminder_time": settings.at.strftime("%H:%M")}
    return _render("admin_reminders.html", status, settings=settings, errors=errors, form=shown)


# ---- the offices below (a province's communes): their names -------------------------------------------

def _offices_page(errors=None, form=None, status=200):
    """The offices below the acting one, each with its rename form (an office with none: a sentence)."""
    ctx = request_ctx()
    seen = {o.id: o for o in ctx.session.scalars(select(Office).where(Office.id.in_(ctx.session.info["office_ids"])))}
    rows = sorted((o for o in seen.values() if o.id != ctx.session.info["office_id"]), key=lambda o: o.name.lower())
    return _render("admin_offices.html", status, rows=rows, seen=seen, levels=LEVEL_LABELS, level_of=offices.level_of,
                   errors=errors, form=form)


@bp.get("/quan-tri/co-quan")
@login_required("office")
def admin_offices():
    return _offices_page()


@bp.post("/quan-tri/co-quan/<id:ident>/ten")
@login_required("office")
def rename_office(ident):
    """Through office_admin.update and the API's model (PATCH /api/offices/<slug>: the same rules, in the same words)."""
    ctx = request_ctx()
    try:
        office = offices.managed(ctx.session, ctx.session.get(Office, ident), str(ident))
    except NotFound:
        abort(404)
    except Forbidden:
        abort(403)
    name = request.form.get("name", "")[:FIELD_LIMIT]

    def page(errors, exc):
        return _offices_page(errors={f"name-{ident}": "; ".join(errors.values())}, form={f"name-{ident}": name},
                             status=_status(exc))
    return _changed(f"Đã đổi tên cơ quan {office.slug} thành «{name.strip()}».", url_for("web.admin_offices"),
                    lambda: office_admin.update(ctx, office, name=checked(schemas.OfficePatch, {"name": name}, {}).name),
                    page)
