"""Change notifications from the domain to feeds and reminders, which import service/ (never the reverse).

Listeners run inside the same transaction as the change (they write rows, never send anything)."""
_listeners = []


def on_event_changed(listener):
    """Register listener(ctx, event); used as a decorator by feeds/ and notifications/."""
    if listener not in _listeners:
        _listeners.append(listener)
    return listener


def event_changed(ctx, event) -> None:
    for listener in _listeners:
        listener(ctx, event)
