"""A realistic demo: the province office (with the people and units of the Mường Lát sample) and three
communes below it, each with a few units, persons and events, for the current month, entered through the
same domain functions as the API."""
from datetime import date, timedelta

from service import schemas
from service.auth import create_user
from service.context import Ctx
from service.directory import save_group, save_location, save_person, save_unit
from service.events import create_event

UNITS = [
    ("Văn phòng HĐND và UBND huyện", "VP HĐND-UBND", ["Văn phòng HĐND & UBND huyện", "VP", "Văn phòng UBND huyện"]),
    ("Phòng Tài chính - Kế hoạch", "Phòng TC-KH", ["Phòng Tài chính - KH", "TC-KH", "Phòng TCKH"]),
    ("Phòng Nội vụ", "Phòng NV", ["NV"]),
    ("Phòng Nông nghiệp và Phát triển nông thôn", "Phòng NN&PTNT", ["NN&PTNT", "Phòng NN và PTNT"]),
    ("Phòng Dân tộc", "Phòng DT", []),
    ("Phòng Tài nguyên và Môi trường", "Phòng TN&MT", ["TN&MT", "TNMT"]),
    ("Phòng Lao động - Thương binh và Xã hội", "Phòng LĐ-TB&XH", ["LĐ-TB&XH", "LĐTBXH"]),
    ("Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", ["GD&ĐT", "GDĐT"]),
    ("Phòng Kinh tế và Hạ tầng", "Phòng KT&HT", ["KT&HT", "KTHT"]),
    ("Phòng Văn hóa và Thông tin", "Phòng VH&TT", ["VH&TT", "VH-TT"]),
    ("Phòng Tư pháp", "Phòng TP", []),
    ("Phòng Y tế", "Phòng YT", []),
    ("Thanh tra huyện", "TTr huyện", ["Thanh tra"]),
    ("Công an huyện", "CA huyện", []),
    ("Ban Chỉ huy Quân sự huyện", "BCHQS huyện", ["BCHQS"]),
    ("UBND xã Nhi Sơn", None, []),
    ("UBND xã Mường Chanh", None, []),
]

PERSONS = [  # name, title, unit short name, groups
    ("Lê Văn Thắng", "Bí thư Huyện ủy - Chủ tịch HĐND huyện", None, ["tthu", "tthdnd", "btv"]),
    ("Nguyễn Văn Bình", "Phó BT Huyện ủy - Chủ tịch UBND huyện, Trưởng ban ATGT huyện", None,
     ["ld", "tthu", "btv"]),
    ("Hà Văn Minh", "Phó Bí thư Thường trực Huyện ủy", None, ["tthu", "btv"]),
    ("Hoàng Văn Dũng", "UV BTVHU - Phó Chủ tịch UBND huyện", None, ["ld", "btv"]),
    ("Phạm Thị Lan", "Phó Chủ tịch UBND huyện", None, ["ld"]),
    ("Lò Văn Hải", "Phó Chủ tịch HĐND huyện", None, ["tthdnd"]),
    ("Vi Văn Hùng", "Chánh Văn phòng HĐND và UBND huyện", "VP HĐND-UBND", []),
    ("Trần Thị Hoa", "Trưởng phòng Tài chính - Kế hoạch", "Phòng TC-KH", []),
    ("Đỗ Văn Nam", "Trưởng phòng Nội vụ", "Phòng NV", []),
    ("Bùi Thị Mai", "Trưởng phòng Nông nghiệp và PTNT", "Phòng NN&PTNT", []),
]

GROUPS = {
    "ld": ("Lãnh đạo UBND huyện", ["Lãnh đạo UBND", "Chủ tịch, các PCT UBND huyện"]),
    "tthu": ("Thường trực Huyện ủy", ["TTr HU", "TT HU", "Thường trực HU"]),
    "tthdnd": ("Thường trực HĐND huyện", ["TT HĐND huyện", "TT HĐND"]),
    "btv": ("Ban Thường vụ Huyện ủy", ["BTVHU", "BTV Huyện ủy"]),
}

LOCATIONS = [("Hội trường UBND huyện", None), ("Phòng họp số 1 UBND huyện", None),
             ("Phòng họp trực tuyến UBND huyện", None), ("Hội trường Huyện ủy", 5),
             ("Trụ sở UBND xã Nhi Sơn", 60), ("Trụ sở UBND xã Mường Chanh", 45)]


def _next_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


# Demo accounts for `make run` on a fresh machine (create real ones with `flask create-user`).
DEMO_USERS = [("vanphong", "Văn phòng (thử)", "office"), ("xem", "Người xem (thử)", "viewer")]
DEMO_PASSWORD = "lichcongtac"


def load_demo(ctx: Ctx) -> dict:
    units = {}
    for name, short, aliases in UNITS:
        unit = save_unit(ctx, schemas.UnitIn(name=name, short_name=short, aliases=aliases,
                                             emails=[f"demo.unit{len(units) + 1}@example.gov.vn"]))
        units[short or name] = unit
    groups = {key: save_group(ctx, schemas.GroupIn(name=name, aliases=aliases)) for key, (name, aliases) in GROUPS.items()}
    persons = {}
    for name, title, unit, keys in PERSONS:
        person = save_person(ctx, schemas.PersonIn(
            name=name, title=title, unit_id=units[unit].id if unit else None,
            group_ids=[groups[k].id for k in keys]))
        persons[name] = person
    for name, minutes in LOCATIONS:
        save_location(ctx, schemas.LocationIn(name=name, travel_minutes=minutes))

    calendar = ctx.work_calendar()
    today = ctx.now().astimezone(ctx.tz).date()
    first = today.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    leaders = groups["ld"].id
    chair, vice = persons["Nguyễn Văn Bình"].id, persons["Hoàng Văn Dũng"].id

    def add(**fields):
        create_event(ctx, schemas.EventCreate(**fields))

    add(title="Giao ban Lãnh đạo UBND huyện", kind="meeting", slot="afternoon",
        start=_next_weekday(first, 0).isoformat(), rrule="FREQ=WEEKLY;BYDAY=MO", chair_id=chair,
        group_ids=[leaders], location="Phòng họp số 1 UBND huyện")
    for day in (1, 8, 15, 20):
        add(title="Lãnh đạo UBND huyện tiếp công dân định kỳ", kind="reception", slot="morning",
            start=calendar.shift(first.replace(day=day), 0).isoformat(), group_ids=[leaders],
            location="Trụ sở Tiếp công dân huyện")
    add(title="Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư", kind="multi_day", all_day=True,
        start=first.isoformat(), end=(first + timedelta(days=17)).isoformat(),
        attendees_text="Các đồng chí lãnh đạo huyện")
    session_day = calendar.shift(first.replace(day=21), 0)
    add(title=f"Phiên họp UBND huyện thường kỳ tháng {first.month}", kind="meeting", slot="morning",
        start=session_day.isoformat(), chair_id=chair, group_ids=[leaders], location="Hội trường UBND huyện",
        agenda=[
            {"number": 1, "title": f"Báo cáo tình hình kinh tế - xã hội tháng {first.month}, nhiệm vụ tháng tới",
             "unit_ids": [units["VP HĐND-UBND"].id]},
            {"number": 2, "title": "Báo cáo thu, chi ngân sách và giải ngân vốn đầu tư công",
             "unit_ids": [units["Phòng TC-KH"].id]},
            {"number": 3, "title": "Kế hoạch thẩm tra, thẩm định xây dựng nông thôn mới",
             "unit_ids": [units["Phòng NN&PTNT"].id, units["Phòng TC-KH"].id]},
            {"number": 4, "title": "Kế hoạch chấm điểm, xếp loại mức độ hoàn thành nhiệm vụ",
             "unit_ids": [units["Phòng NV"].id]},
        ])
    add(title="Hội nghị triển khai công tác quản lý, bảo vệ và phát triển rừng", kind="meeting",
        slot="afternoon", start=calendar.shift(first.replace(day=9), 0).isoformat(), chair_id=vice,
        location="Hội trường UBND huyện", unit_ids=[units["Phòng NN&PTNT"].id])
    add(title="Đoàn kiểm tra các chương trình mục tiêu quốc gia tại các xã", kind="multi_day", all_day=True,
        start=calendar.shift(first.replace(day=13), 0).isoformat(),
        end=(calendar.shift(first.replace(day=13), 0) + timedelta(days=2)).isoformat(), group_ids=[leaders])
    add(title="Hội nghị Ban Thường vụ Huyện ủy thường kỳ", kind="meeting", status="tentative", slot="morning",
        start=calendar.shift(min(first.replace(day=25), next_month - timedelta(days=1)), 0).isoformat(),
        group_ids=[groups["btv"].id], location="Hội trường Huyện ủy")
    add(title="Hội nghị tổng kết công tác năm (lịch cụ thể sẽ thông báo sau)", kind="meeting",
        month=first.strftime("%Y-%m"), group_ids=[leaders])
    for username, name, role in DEMO_USERS:
        create_user(ctx, username, name, role, DEMO_PASSWORD)
    communes = _load_communes(ctx, first, calendar)
    return {"cơ quan cấp xã": len(communes), "đơn vị": len(units) + 2 * len(communes),
            "người": len(persons) + 2 * len(communes), "nhóm": len(groups) + len(communes) + 1,
            "địa điểm": len(LOCATIONS), "sự kiện": 12 + 3 * len(communes), "tài khoản thử": len(DEMO_USERS) + len(communes)}


COMMUNES = [  # slug, name, chairman, vice chairman
    ("xa-nhi-son", "Văn phòng HĐND và UBND xã Nhi Sơn", "Lò Văn Pấng", "Hà Thị Xuân"),
    ("xa-muong-chanh", "Văn phòng HĐND và UBND xã Mường Chanh", "Phạm Bá Thành", "Vi Thị Nga"),
    ("xa-trung-ly", "Văn phòng HĐND và UBND xã Trung Lý", "Lầu Văn Chứ", "Ngân Văn Tuấn"),
]


def _load_communes(ctx: Ctx, first: date, calendar) -> list:
    """The three communes below the acting (province) office, each acting as itself for its own data."""
    from service import offices  # noqa: PLC0415

    province_id = offices.office_for_new_rows(ctx.session)
    province = ctx.session.get(offices.Office, province_id)
    if province.name == offices.DEFAULT_NAME:  # a new deployment's office: the demo's province
        province.name, province.tier, province.body = "Văn phòng UBND tỉnh (thử)", "tinh", "ubnd"
    made, chairs, offices_units = [], [], []
    for slug, name, chairman, vice in COMMUNES:
        commune = offices.create(ctx, slug, name, "xa", "hdnd_ubnd", province)
        offices.set_acting(ctx.session, commune.id)
        village = name.removeprefix("Văn phòng HĐND và UBND ")
        office_unit = save_unit(ctx, schemas.UnitIn(name=f"Văn phòng HĐND và UBND {village}",
                                                    emails=[f"demo.{slug}@example.gov.vn"]))
        economy = save_unit(ctx, schemas.UnitIn(name="Phòng Kinh tế", emails=[f"demo.{slug}.kt@example.gov.vn"]))
        leaders = save_group(ctx, schemas.GroupIn(name=f"Lãnh đạo UBND {village}"))
        chair = save_person(ctx, schemas.PersonIn(name=chairman, title=f"Chủ tịch UBND {village}",
                                                  group_ids=[leaders.id]))
        save_person(ctx, schemas.PersonIn(name=vice, title=f"Phó Chủ tịch UBND {village}", group_ids=[leaders.id]))
        create_event(ctx, schemas.EventCreate(
            title=f"Giao ban Lãnh đạo UBND {village}", kind="meeting", slot="morning",
            start=_next_weekday(first, 0).isoformat(), rrule="FREQ=WEEKLY;BYDAY=MO", chair_id=chair.id,
            group_ids=[leaders.id]))
        create_event(ctx, schemas.EventCreate(
            title=f"Phiên họp UBND {village} thường kỳ tháng {first.month}", kind="meeting", slot="afternoon",
            start=calendar.shift(first.replace(day=20), 0).isoformat(), chair_id=chair.id, group_ids=[leaders.id],
            agenda=[{"number": 1, "title": f"Báo cáo kinh tế - xã hội tháng {first.month}",
                     "unit_ids": [office_unit.id]},
                    {"number": 2, "title": "Tiến độ thu ngân sách", "unit_ids": [economy.id]}]))
        create_event(ctx, schemas.EventCreate(
            title=f"Lãnh đạo UBND {village} tiếp công dân", kind="reception", slot="morning",
            start=calendar.shift(first.replace(day=10), 0).isoformat(), group_ids=[leaders.id]))
        create_user(ctx, f"vanphong.{slug.removeprefix('xa-').replace('-', '')}", f"Văn phòng {village} (thử)",
                    "office", DEMO_PASSWORD)
        made.append(commune)
        chairs.append(chair.id)
        offices_units.append(office_unit.id)
    offices.set_acting(ctx.session, province_id)
    # A summons ("triệu tập", service.summons): the province's conference with every commune chairman (its
    # group of them), each commune's office preparing its report; in the communes' calendars, read-only.
    chairmen = save_group(ctx, schemas.GroupIn(name="Chủ tịch UBND các xã", member_ids=chairs))
    create_event(ctx, schemas.EventCreate(
        title="Hội nghị trực tuyến UBND tỉnh với các xã về chuyển đổi số", kind="meeting", slot="morning",
        start=calendar.shift(first.replace(day=22), 0).isoformat(), group_ids=[chairmen.id],
        location="Hội trường UBND tỉnh",
        agenda=[{"number": 1, "title": "Báo cáo tình hình chuyển đổi số của các xã", "unit_ids": offices_units}]))
    return made
