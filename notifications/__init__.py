"""Reminder emails to preparing units: planning (plan), the outbox dispatcher (dispatch), mail (mail,
render), the scheduler clock, and their HTTP/CLI (routes). Imports service/, never the reverse."""
