"""Small text helpers shared by matching code (directory look-ups, the importer)."""
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """NFC with runs of whitespace collapsed: the form we store names in."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def name_key(text: str) -> str:
    """Key for case-insensitive matching of names ("Hội trường  UBND" == "hội trường ubnd")."""
    return clean(text).casefold()
