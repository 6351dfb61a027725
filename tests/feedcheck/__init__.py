"""The feed check: a published .ics read the way real calendar clients read it, and all of them reading
the same thing. See README.md beside this file; the entry point is check.check_file (or
`python -m tests.feedcheck FILE...`, or the `ics-check` script)."""
