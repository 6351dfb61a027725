"""The importer: a monthly work program (text, .docx, .pdf) -> events, agenda items and preparing units.

extract (file -> text) -> repair (damaged PDF text -> NFC) -> parse (the genre -> drafts) -> resolve (names
-> directory) -> preview JSON; commit creates or updates the events (idempotent by import key)."""
