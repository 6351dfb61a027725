"""Change notifications from the domain to feeds and reminders, which import service/ (never the reverse).

Listeners run inside the same transaction as the change (they write rows, never send anything)."""
_listeners: dict[str, list] = {"event": [], "group": [], "renamed": []}


def _register(channel):
    def decorator(listener):
        if listener not in _listeners[channel]:
            _listeners[channel].append(listener)
        return listener
    return decorator


on_event_changed = _register("event")  # listener(ctx, event): an event or its agenda changed
on_group_changed = _register("group")  # listener(ctx, group): a group's members changed
on_renamed = _register("renamed")  # listener(ctx, obj): a person, unit or group shows a new name or title


def event_changed(ctx, event) -> None:
    for listener in _listeners["event"]:
        listener(ctx, event)


def group_changed(ctx, group) -> None:
    for listener in _listeners["group"]:
        listener(ctx, group)


def renamed(ctx, obj) -> None:
    for listener in _listeners["renamed"]:
        listener(ctx, obj)
