"""Change notices to persons ("Thay đổi lịch", issue #16), end to end: planned in the transaction of the
change, sent by the dispatcher through a real SMTP server on loopback, on SQLite and PostgreSQL. The app's
clock is set, never waited for: the office edits at 08:00 on Wednesday 01/11/2023, NOTICE_DAYS is 7."""
import re
from datetime import datetime, timedelta

import icalendar
import pytest

from notifications.dispatch import run_due
from notifications.mail import SmtpMailer
from service.clock import FixedClock
from service.context import state
from service.models import Reminder
from tests.conftest import HANOI
from tests.test_dispatch_fencing import SlowMail

T0 = datetime(2023, 11, 1, 8, 0, tzinfo=HANOI)  # the clock fixture's moment


@pytest.fixture
def config_overrides(smtp, tmp_path):
    return {"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "outbox_dir": tmp_path / "outbox",
            "reminder_lease_seconds": 3}


def person(api, name, email, **settings):
    return api.created("/api/persons", {"name": name, "email": email, **settings})["id"]


def dispatch(app, at, mailer=None, smtp=None):
    st = state(app)
    with st.sessions() as session:
        return run_due(st.ctx(session, actor="test-dispatcher", clock=FixedClock(at)),
                       mailer or SmtpMailer("127.0.0.1", smtp.port))


def mails(smtp, address):
    return smtp.recorder.by_recipient().get(address, [])


def text(message) -> str:
    return message.get_body(("plain",)).get_content()


def later(minutes):
    return T0 + timedelta(minutes=minutes)


def meeting(api, attendee_ids, start="2023-11-07", slot="morning", **extra):
    body = {"title": "Họp giao ban UBND", "start": start, "slot": slot, "location": "Phòng họp số 1",
            "attendee_ids": attendee_ids, **extra}
    return api.created("/api/events", body)["id"]


def outbox(app, **filters):
    st = state(app)
    with st.sessions() as session:
        query = session.query(Reminder).filter(Reminder.person_id.is_not(None))
        for key, value in filters.items():
            query = query.filter(getattr(Reminder, key) == value)
        return [(r.kind, r.person_id, r.status) for r in query.order_by(Reminder.id)]


def test_a_new_meeting_within_the_week_is_told_to_its_attendees_once(app, api, smtp, clock):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn")
    meeting(api, [an])
    assert dispatch(app, later(4), smtp=smtp).emails == 0  # coalescing window still open
    assert dispatch(app, later(5), smtp=smtp).emails == 1
    (msg,) = mails(smtp, "an@example.gov.vn")
    assert str(msg["Subject"]) == "[Thay đổi lịch] Mời dự: Họp giao ban UBND"
    body = text(msg)
    assert "Đồng chí có tên trong thành phần dự" in body and "Sáng thứ Ba, 07/11/2023" in body
    assert "https://lich.example.gov.vn/su-kien/" in body
    assert dispatch(app, later(30), smtp=smtp).emails == 0  # sent once


def test_moved_and_changed_place_coalesce_into_one_email_with_both(app, api, smtp, clock):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn")
    event_id = meeting(api, [an], start="2023-11-21")  # three weeks out: no notice for the creation
    clock.set(later(10))
    assert api.patch(f"/api/events/{event_id}", {"start": "2023-11-07", "slot": "morning"}).status_code == 200
    clock.set(later(11))
    assert api.patch(f"/api/events/{event_id}", {"location": "Hội trường UBND huyện"}).status_code == 200
    assert dispatch(app, later(15), smtp=smtp).emails == 1  # 5 minutes after the first change
    assert outbox(app, event_id=event_id) == [("change", an, "sent")]  # one row carried both
    (msg,) = mails(smtp, "an@example.gov.vn")
    body = text(msg)
    assert "Thời gian: Sáng thứ Ba, 21/11/2023 → Sáng thứ Ba, 07/11/2023" in body
    assert "Địa điểm: Phòng họp số 1 → Hội trường UBND huyện" in body
    # An edit after it went out is a second email, from what was told to what is now.
    clock.set(later(20))
    assert api.patch(f"/api/events/{event_id}", {"start": "2023-11-08", "slot": "afternoon"}).status_code == 200
    assert dispatch(app, later(26), smtp=smtp).emails == 1
    second = text(mails(smtp, "an@example.gov.vn")[1])
    assert "Thời gian: Sáng thứ Ba, 07/11/2023 → Chiều thứ Tư, 08/11/2023" in second
    assert "Địa điểm" not in second.split("Thời gian")[1]


def test_cancelled_within_the_week_and_nothing_beyond_it_or_for_the_past(app, api, smtp, clock):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn")
    soon = meeting(api, [an], start="2023-11-03")
    far = meeting(api, [an], start="2023-11-20")  # beyond NOTICE_DAYS
    past = meeting(api, [an], start="2023-10-30")  # over
    assert dispatch(app, later(5), smtp=smtp).emails == 1  # the creation of `soon` only
    clock.set(later(60))
    for event_id in (soon, far, past):
        assert api.delete(f"/api/events/{event_id}").status_code == 200
    assert api.patch(f"/api/events/{far}", {"location": "Nơi khác"}).status_code == 200
    assert dispatch(app, later(70), smtp=smtp).emails == 1
    msgs = mails(smtp, "an@example.gov.vn")
    assert len(msgs) == 2 and str(msgs[1]["Subject"]) == "[Thay đổi lịch] Đã hủy: Họp giao ban UBND"
    assert "Sự kiện đã bị HỦY" in text(msgs[1]) and f"/su-kien/{soon}" in text(msgs[1])
    assert outbox(app, event_id=far) == [] and outbox(app, event_id=past) == []


def test_added_and_removed_persons_and_group_members(app, api, smtp, clock):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn")
    binh = person(api, "Trần Thị Bình", "binh@example.gov.vn")
    cuong = person(api, "Lê Văn Cường", "cuong@example.gov.vn")
    group = api.created("/api/groups", {"name": "Thường trực UBND", "member_ids": [cuong]})["id"]
    event_id = meeting(api, [an])
    assert dispatch(app, later(5), smtp=smtp).emails == 1
    clock.set(later(10))
    assert api.patch(f"/api/events/{event_id}", {"attendee_ids": [binh], "group_ids": [group]}).status_code == 200
    assert dispatch(app, later(15), smtp=smtp).emails == 3
    assert "không còn trong thành phần dự" in text(mails(smtp, "an@example.gov.vn")[-1])
    assert str(mails(smtp, "an@example.gov.vn")[-1]["Subject"]).startswith("[Thay đổi lịch] Không còn trong")
    for address in ("binh@example.gov.vn", "cuong@example.gov.vn"):
        (msg,) = mails(smtp, address)
        assert "Đồng chí có tên trong thành phần dự" in text(msg)


def test_opted_out_persons_get_nothing_and_edits_undone_in_the_window_send_nothing(app, api, smtp, clock):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn", notify_changes=False)
    binh = person(api, "Trần Thị Bình", "binh@example.gov.vn")
    event_id = meeting(api, [an, binh])
    dispatch(app, later(5), smtp=smtp)
    assert mails(smtp, "an@example.gov.vn") == [] and len(mails(smtp, "binh@example.gov.vn")) == 1
    clock.set(later(10))
    assert api.patch(f"/api/events/{event_id}", {"location": "Nơi khác"}).status_code == 200
    clock.set(later(11))
    assert api.patch(f"/api/events/{event_id}", {"location": "Phòng họp số 1"}).status_code == 200
    assert dispatch(app, later(20), smtp=smtp).emails == 0
    assert len(mails(smtp, "binh@example.gov.vn")) == 1
    # Turned off after planning: the pending notice is not sent.
    clock.set(later(30))
    assert api.patch(f"/api/events/{event_id}", {"location": "Nơi khác"}).status_code == 200
    assert api.patch(f"/api/persons/{binh}", {"notify_changes": False}).status_code == 200
    assert dispatch(app, later(40), smtp=smtp).emails == 0 and len(mails(smtp, "binh@example.gov.vn")) == 1


def test_the_ics_attachment_has_the_feeds_uid_and_is_no_invitation(app, api, smtp, clock):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn", attach_ics=True)
    binh = person(api, "Trần Thị Bình", "binh@example.gov.vn")
    event_id = meeting(api, [an, binh])
    dispatch(app, later(5), smtp=smtp)
    (msg,) = mails(smtp, "an@example.gov.vn")
    (part,) = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_filename() == f"su-kien-{event_id}.ics" and part.get_param("method") == "PUBLISH"
    cal = icalendar.Calendar.from_ical(part.get_content())
    assert str(cal["METHOD"]) == "PUBLISH"
    (vevent,) = cal.walk("VEVENT")
    feed = icalendar.Calendar.from_ical(api.get(_feed_url(api, an)).data)
    (feed_event,) = feed.walk("VEVENT")
    assert str(vevent["UID"]) == str(feed_event["UID"]) and "ATTENDEE" not in vevent and "ORGANIZER" not in vevent
    assert not [p for p in mails(smtp, "binh@example.gov.vn")[0].walk() if p.get_content_type() == "text/calendar"]


def _feed_url(api, person_id):
    url = api.get(f"/api/persons/{person_id}").get_json()["feed_url"]
    return url[url.index("/", len("https://")):]


def test_an_edit_while_its_notice_is_being_sent(app, api, smtp, clock):
    """Fencing: the row on its way is superseded, not rewritten; what went out is the base of the next."""
    ids = [person(api, f"Người {i}", f"n{i}@example.gov.vn") for i in range(4)]
    event_id = meeting(api, ids)
    run_clock = FixedClock(later(5))
    clock.set(later(5))

    def meanwhile(n):
        if n == 1:  # one email out, three to go: the office moves the meeting
            assert api.patch(f"/api/events/{event_id}", {"start": "2023-11-08", "slot": "afternoon"}).status_code == 200

    summary = dispatch(app, later(5), mailer=SlowMail(smtp, run_clock, 1, meanwhile))
    assert summary.emails == 1 and summary.superseded == 4  # 1 went out under the old version, 3 held back
    (first,) = [a for a in (f"n{i}@example.gov.vn" for i in range(4)) if mails(smtp, a)]
    clock.set(later(15))
    assert dispatch(app, later(15), smtp=smtp).emails == 4
    for i in range(4):
        address = f"n{i}@example.gov.vn"
        got = [text(m) for m in mails(smtp, address)]
        if address == first:  # told of the first version, then of the move from it
            assert len(got) == 2 and "Thời gian: Sáng thứ Ba, 07/11/2023 → Chiều thứ Tư, 08/11/2023" in got[1]
        else:  # never told of the first version: one email, the meeting as it is now
            assert len(got) == 1 and "Chiều thứ Tư, 08/11/2023" in got[0] and "07/11" not in got[0]
    assert dispatch(app, later(60), smtp=smtp).emails == 0


def test_a_rolled_back_change_plans_nothing(app, api, smtp):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn")
    bad = {"title": "Họp", "start": "2023-11-07", "slot": "morning", "attendee_ids": [an, 999999]}
    assert api.post("/api/events", bad).status_code == 422
    assert outbox(app) == []


def test_person_settings_in_the_api_and_bad_values_name_the_field(app, api):
    created = api.created("/api/persons", {"name": "Nguyễn Văn An", "email": "an@example.gov.vn"})
    assert (created["notify_changes"], created["digest_daily"], created["digest_weekly"], created["attach_ics"]) \
        == (True, False, False, False)
    response = api.patch(f"/api/persons/{created['id']}", {"digest_daily": True, "attach_ics": True})
    assert response.status_code == 200 and response.get_json()["digest_daily"] is True
    for bad in ({"digest_weekly": "có"}, {"notify_changes": None}):
        response = api.patch(f"/api/persons/{created['id']}", bad)
        assert response.status_code == 422 and list(bad)[0] in str(response.get_json())


def test_the_outbox_page_shows_notices_beside_reminders(app, api, smtp, clock):
    from tests.test_web import login
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn")
    unit = api.created("/api/units", {"name": "Sở Tài chính", "emails": ["tc@example.gov.vn"]})["id"]
    meeting(api, [an], agenda=[{"number": 1, "title": "Tờ trình ngân sách", "unit_ids": [unit]}])
    dispatch(app, later(5), smtp=smtp)
    browser = login(app)
    page = browser.get("/nhac-viec?trang-thai=sent").get_data(as_text=True)
    assert 'data-kind="change"' in page and "Thay đổi lịch" in page and "Nguyễn Văn An" in page
    assert re.search(r'data-kind="(before|overdue)"', page) and "Sở Tài chính" in page  # its deadline is past
    assert api.get("/api/reminders").status_code == 200  # the units' list is not confused by notices


def test_the_directory_person_page_sets_the_notices(app, api):
    from tests.test_web import login, post
    browser = login(app)
    page = browser.get("/danh-ba/nguoi/moi").get_data(as_text=True)
    assert re.search(r'name="notify_changes" checked', page) and not re.search(r'name="digest_daily" checked', page)
    response = post(browser, "/danh-ba/nguoi/moi", {"name": "Nguyễn Văn An", "email": "an@example.gov.vn",
                                                    "digest_daily": "on", "attach_ics": "on"})
    assert response.status_code == 302
    ident = int(response.headers["Location"].rsplit("/", 1)[1])
    saved = api.get(f"/api/persons/{ident}").get_json()
    assert (saved["notify_changes"], saved["digest_daily"], saved["digest_weekly"], saved["attach_ics"]) \
        == (False, True, False, True)  # the unticked box is off
    page = browser.get(f"/danh-ba/nguoi/{ident}").get_data(as_text=True)
    assert re.search(r'name="digest_daily" checked', page) and not re.search(r'name="notify_changes" checked', page)


def test_a_refused_notice_is_retried_with_its_message_id_and_a_permanent_refusal_fails_it(app, api, smtp, clock):
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn")
    binh = person(api, "Trần Thị Bình", "binh@example.gov.vn")
    smtp.recorder.rcpt_replies = {"an@example.gov.vn": ["451 4.2.1 Mailbox busy"],
                                  "binh@example.gov.vn": ["550 5.1.1 No such user"]}
    meeting(api, [an, binh])
    summary = dispatch(app, later(5), smtp=smtp)
    assert (summary.emails, summary.retrying, summary.failed) == (0, 1, 1)
    assert dispatch(app, later(6), smtp=smtp).emails == 0  # backoff: 2 minutes
    assert dispatch(app, later(8), smtp=smtp).emails == 1
    (msg,) = mails(smtp, "an@example.gov.vn")
    assert mails(smtp, "binh@example.gov.vn") == []
    st = state(app)
    with st.sessions() as session:
        rows = {r.person_id: r for r in session.query(Reminder).filter(Reminder.kind == "change")}
        assert rows[an].status == "sent" and rows[an].attempts == 2 and rows[an].message_id == msg["Message-ID"]
        assert rows[binh].status == "failed" and "550" in rows[binh].last_error


def test_an_imported_program_notices_the_leaders_of_this_weeks_events_and_its_undo_too(app, api, smtp, clock):
    """Imports go through service.events like every edit: its commit plans the notices, its undo too."""
    from tests.directory_fixtures import make_directory
    from tests.test_importer import preview, sample
    ids = make_directory(api)
    assert api.patch(f"/api/persons/{ids['lan']}", {"email": "lan@example.gov.vn"}).status_code == 200
    done = api.post(f"/api/imports/{preview(api, sample('muong-lat-2023-11.txt'))['id']}/commit").get_json()
    assert dispatch(app, later(5), smtp=smtp).emails == 1  # one email for all of this week's new events
    (msg,) = mails(smtp, "lan@example.gov.vn")
    body = text(msg)
    assert "Lãnh đạo UBND huyện tiếp công dân" in body and "Thứ Tư, 01/11/2023 (cả ngày)" in body
    assert "Thứ Tư, 08/11/2023 (cả ngày)" in body and "15/11/2023" not in body  # beyond the week
    clock.set(later(30))
    assert api.post(f"/api/imports/{done['id']}/undo").status_code == 200
    assert dispatch(app, later(40), smtp=smtp).emails == 1
    assert "Sự kiện đã bị HỦY" in text(mails(smtp, "lan@example.gov.vn")[1])


def test_a_change_joining_a_row_whose_claim_lapsed_takes_it_from_that_run(app, api, smtp, clock):
    """A run whose lease ran out may still be sending the old text: the row the change rewrites is released,
    so that run cannot record the new text as sent; the person is told the final state."""
    from notifications import dispatch as dispatcher
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn")
    event_id = meeting(api, [an])
    st = state(app)
    with st.sessions() as session:  # a run claimed it and its lease lapsed (it is slow, not dead)
        row = session.query(Reminder).filter(Reminder.person_id == an).one()
        row.claimed_by, row.claimed_until = "slow-run", later(1)
        session.commit()
    clock.set(later(2))
    assert api.patch(f"/api/events/{event_id}", {"location": "Hội trường UBND huyện"}).status_code == 200
    with st.sessions() as session:
        ctx = st.ctx(session, actor="slow-run", clock=FixedClock(later(3)))
        rows = session.query(Reminder).filter(Reminder.person_id == an).all()
        assert len(rows) == 1 and rows[0].claimed_by is None
        assert dispatcher._finish(ctx, "slow-run", rows, later(3), status="sent", error=None) == 0
        session.commit()
    assert dispatch(app, later(10), smtp=smtp).emails == 1
    assert "Hội trường UBND huyện" in text(mails(smtp, "an@example.gov.vn")[0])


def test_a_person_with_a_webhook_and_no_email_gets_the_notice_there_signed(app, api, smtp, clock):
    """Persons' webhooks carry the same words as the email, through the same claims: once."""
    from notifications.webhook import WebhookChannel
    from tests.test_webhook import SECRET, Receiver
    receiver = Receiver().start()
    try:
        an = api.created("/api/persons", {"name": "Nguyễn Văn An", "webhook_url": receiver.url,
                                          "webhook_secret": SECRET})["id"]
        meeting(api, [an])
        st = state(app)
        for _ in range(2):  # a second run finds nothing left to send
            with st.sessions() as session:
                run_due(st.ctx(session, actor="test-dispatcher", clock=FixedClock(later(6))),
                        SmtpMailer("127.0.0.1", smtp.port), WebhookChannel(timeout=5))
        (posted,) = receiver.requests
        assert posted["valid"] and posted["json"]["type"] == "notice"
        assert posted["json"]["recipient"] == {"kind": "person", "id": an, "name": "Nguyễn Văn An"}
        assert "Mời dự" in posted["json"]["subject"] and "Sáng thứ Ba, 07/11/2023" in posted["json"]["text"]
        assert posted["json"]["events"][0]["title"] == "Họp giao ban UBND"
        assert outbox(app) == [("change", an, "sent")] and smtp.recorder.by_recipient() == {}
    finally:
        receiver.stop()


def test_joining_or_leaving_a_summoned_group_is_told(app, api, smtp, clock):
    """The event does not change, its persons do: who joins a group summoned to this week's meeting is
    invited, who leaves it (and is not summoned otherwise) is told; an attendee who also joins is not."""
    an = person(api, "Nguyễn Văn An", "an@example.gov.vn")
    binh = person(api, "Trần Thị Bình", "binh@example.gov.vn")
    cuong = person(api, "Lê Văn Cường", "cuong@example.gov.vn")
    group = api.created("/api/groups", {"name": "Thường trực UBND", "member_ids": [an]})["id"]
    meeting(api, [cuong], group_ids=[group])
    assert dispatch(app, later(5), smtp=smtp).emails == 2  # An (the group) and Cường (attendee)
    clock.set(later(10))
    assert api.patch(f"/api/groups/{group}", {"member_ids": [binh, cuong]}).status_code == 200
    assert dispatch(app, later(15), smtp=smtp).emails == 2
    assert str(mails(smtp, "an@example.gov.vn")[-1]["Subject"]).startswith("[Thay đổi lịch] Không còn trong")
    (invited,) = mails(smtp, "binh@example.gov.vn")
    assert "Đồng chí có tên trong thành phần dự" in text(invited)
    assert len(mails(smtp, "cuong@example.gov.vn")) == 1  # summoned already, as an attendee
    # Through the person's own groups too.
    clock.set(later(20))
    assert api.patch(f"/api/persons/{an}", {"group_ids": [group]}).status_code == 200
    assert dispatch(app, later(26), smtp=smtp).emails == 1
    assert "Đồng chí có tên trong thành phần dự" in text(mails(smtp, "an@example.gov.vn")[-1])
