"""Fast forms of the importer's slowest patterns: a regex behind a test of the words it cannot match without
(`Guarded`), and a yes-or-no pattern asked of the lower-cased text (`Lowered`).

Most lines of a program hold none of the words a rare pattern needs ("lùi", "hoãn", "nghỉ" …), and `in` on the
lower-cased line is many times faster than the regex's own scan: under re.I a pattern that starts with a letter
loses the scan by first character and tries every position. The guard changes no result: every branch of the
pattern must contain one of `words` (lower case, NFC), which tests/test_importer_guards.py checks against the
lines of every test document."""
import re


class Guarded:
    def __init__(self, pattern: str, flags: int, words: tuple[str, ...]):
        self.regex = re.compile(pattern, flags)
        self.pattern, self.flags, self.words = self.regex.pattern, self.regex.flags, words

    def may_match(self, text: str) -> bool:
        low = text.lower()
        return any(word in low for word in self.words)

    def search(self, text: str, *where):
        return self.regex.search(text, *where) if self.may_match(text) else None

    def match(self, text: str, *where):
        return self.regex.match(text, *where) if self.may_match(text) else None

    def finditer(self, text: str):
        return self.regex.finditer(text) if self.may_match(text) else iter(())

    def split(self, text: str, maxsplit: int = 0) -> list:
        return self.regex.split(text, maxsplit) if self.may_match(text) else [text]

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self.may_match(text) else text


class Lowered:
    """A pattern of lower-case words (no re.I) tested against the lower-cased text, for a yes or no only: the
    same question as the pattern under re.I, answered several times faster (the scan by first letter works)."""

    def __init__(self, pattern: str):
        assert pattern == pattern.lower(), "a Lowered pattern is written in lower case"
        self.regex = re.compile(pattern)
        self.pattern = pattern

    def search(self, text: str) -> bool:
        return self.regex.search(text.lower()) is not None

    def match(self, text: str) -> bool:
        return self.regex.match(text.lower()) is not None
