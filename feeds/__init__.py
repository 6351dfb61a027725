"""Calendar feeds (subscriptions): blocks per event (blocks; the iCalendar text itself is service.ical,
shared with the notices), a subject's finished feed (finished), the database's index of which feeds hold
which events (index), secret URLs (tokens), and their HTTP: the .ics URL (serve), the API (api), the
office's subscription pages (pages)."""
from feeds import api, index, pages, serve
from feeds.finished import FeedCaches
from service.context import state
from service.page_base import add_nav


def init_app(app) -> None:
    st = state(app)
    app.extensions["feeds"] = FeedCaches.new()
    st.changes.on_event_changed(index.reindex_event)
    st.changes.on_group_changed(index.reindex_group)
    st.changes.on_renamed(index.renamed)
    st.directory_extras.append(api.add_feed_urls)
    app.register_blueprint(serve.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    add_nav(app, 70, "feeds_pages.subscriptions", "Đăng ký lịch")
