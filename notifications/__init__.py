"""Reminder emails to preparing units and notices to persons (notices: change notices, digests: the
evening and Friday digests): planning (plan), the outbox dispatcher (dispatch), mail (mail,
render), signed links (links), the job and its clock (scheduler), and their HTTP: the API (api) and the
pages (pages). Imports service/, never the reverse; the commands are in service.cli."""
from notifications import api, notices, pages, plan
from service.context import state
from service.page_base import add_nav


def init_app(app) -> None:
    state(app).changes.on_event_changed(plan.on_event_changed)
    state(app).changes.on_event_recorded(notices.on_event_recorded)
    state(app).changes.on_group_changed(notices.on_group_changed)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    add_nav(app, 60, "reminders_web.reminders_page", "Nhắc việc")
