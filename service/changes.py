"""How a change leaves the domain: the listeners of one app, wired by create_app.

feeds.init_app subscribes the feed index (which feeds hold which event, their versions) and
notifications.init_app the reminder plan. Listeners run inside the transaction of the change: they write
rows, never send anything, so a rolled-back change leaves no trace in feeds or the outbox.
"""
from sqlalchemy import inspect

from service.models import Event


class Changes:
    def __init__(self):
        self._event_listeners: list = []  # listener(ctx, event)
        self._recorded_listeners: list = []  # listener(ctx, event, change: EventChange)
        self._group_listeners: list = []  # listener(ctx, group, added: set[int], removed: set[int])
        self._renamed_listeners: list = []  # listener(ctx, person | unit | group | location | office)

    def on_event_changed(self, listener) -> None:
        if listener not in self._event_listeners:
            self._event_listeners.append(listener)

    def on_event_recorded(self, listener) -> None:
        """Called, after the event_changed listeners, for a change the history records (created, updated,
        cancelled): with its EventChange, which says what each field was before (notices to persons)."""
        if listener not in self._recorded_listeners:
            self._recorded_listeners.append(listener)

    def on_group_changed(self, listener) -> None:
        if listener not in self._group_listeners:
            self._group_listeners.append(listener)

    def on_renamed(self, listener) -> None:
        if listener not in self._renamed_listeners:
            self._renamed_listeners.append(listener)

    def event_changed(self, ctx, event, change=None) -> None:
        """The one invalidation point for an event: its fields, its agenda or deadlines, or a name it shows
        (chair, attendee, group, unit, place) changed. Every rendered copy of the event (feed blocks, in
        every worker) is keyed on render_version, so a new one retires them all."""
        if inspect(event).persistent:  # counted in SQL: two concurrent changes must both count
            event.render_version = Event.render_version + 1
            ctx.session.flush()
        else:
            event.render_version = (event.render_version or 0) + 1
        for listener in self._event_listeners:
            listener(ctx, event)
        if change is not None:
            for listener in self._recorded_listeners:
                listener(ctx, event, change)

    def renamed(self, ctx, obj) -> None:
        """What a person, unit, group, place or office is called changed (the events showing it changed too, each
        through event_changed): the subject's own feed is titled by it."""
        for listener in self._renamed_listeners:
            listener(ctx, obj)

    def group_changed(self, ctx, group, added: set = frozenset(), removed: set = frozenset()) -> None:
        """A group's members changed (`added`, `removed`: person ids): the events stay as they are, the feeds
        that hold them change, and the persons who joined or left are told (notifications.notices)."""
        for listener in self._group_listeners:
            listener(ctx, group, added, removed)
