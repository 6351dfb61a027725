"""Text helpers shared by everything that stores or matches names: the stored form of a name (`clean`) and
THE one fold of a Vietnamese name (`fold`), the key names are compared by everywhere -- the unique
`name_key` of units, groups and locations (`name_key`), and the importer's matching of document text
against the directory (`service.importer.resolve.key` = fold + abbreviations spelled out).

Changing what `fold` returns changes the meaning of stored keys: it needs a migration that recomputes them
(as migrations/versions/0007_name_key_fold.py did, with a frozen copy of this fold)."""
import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")

# Legacy glyphs: ƣ/Ƣ from old PDF fonts, private-use and typographic bullets, odd spaces, invisible marks.
GLYPHS = str.maketrans({"ƣ": "ư", "Ƣ": "Ư", "\uf0b7": "-", "\uf02d": "-", "\uf0a7": "-", "\uf076": "-",
                        "\u2022": "-", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\ufeff": "",
                        "\u200b": "", "\t": " ", "\r": ""})
# Tone placement in oa/oe/uy is written two ways: on the first vowel (traditional: "hòa", "thủy", "khỏe")
# or on the second ("hoà", "thuỷ", "khoẻ"). The key uses the first, the style the directory's names and
# the importer's abbreviations are written in. Both spellings are applied blindly to the vowel pair, also
# where only one is correct ("hoàng" -> "hòang", "quý" -> "qúy"): harmless in a key both sides go through.
TONE_STYLES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
               "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_SECOND_VOWEL_TONE = re.compile("|".join(map(re.escape, TONE_STYLES)))
_AMPERSAND = re.compile(r"\s*&\s*")
_DASH = re.compile(r"\s*[-–—]\s*")

NAME_KEY_LENGTH = 300  # the name_key columns are String(300)
_HASH_LENGTH = 16


def clean(text: str) -> str:
    """NFC with runs of whitespace collapsed: the form we store (and show) names in."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """The key a Vietnamese name is matched by: legacy glyphs translated (ƣ -> ư, bullets -> '-', odd spaces),
    NFC (so NFD input folds alike), case folded, one tone style ("hoà" == "hòa", "thuỷ" == "thủy"), '&' and
    '-' spaced alike ("NN&PTNT" == "NN & PTNT"), runs of whitespace as one space, no space at either end."""
    text = unicodedata.normalize("NFC", text.translate(GLYPHS)).casefold()
    text = unicodedata.normalize("NFC", text)  # casefold may decompose (rare); the tone table is NFC
    text = _SECOND_VOWEL_TONE.sub(lambda m: TONE_STYLES[m.group(0)], text)
    text = _AMPERSAND.sub(" & ", text)
    text = _DASH.sub(" - ", text)
    return _SPACE.sub(" ", text).strip()


def name_key(text: str) -> str:
    """The stored unique key of a unit's, group's or location's name: `fold`, nothing else, except that a
    fold longer than the column (folding can lengthen: '&' and '-' gain spaces, 'ß' -> 'ss') is cut and ends
    in a hash of the whole fold, so distinct long names keep distinct keys."""
    key = fold(text)
    if len(key) <= NAME_KEY_LENGTH:
        return key
    digest = hashlib.sha1(key.encode()).hexdigest()[:_HASH_LENGTH]
    return f"{key[:NAME_KEY_LENGTH - _HASH_LENGTH - 1]}~{digest}"


_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_MODIFIED = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê", ("o", "\u0302"): "ô",
             ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vietnamese_key(name: str) -> tuple:
    """Sort as a Vietnamese list does: letters in the alphabet's order (a ă â b c d đ ...), tones after."""
    letters, tones = [], []
    for ch in unicodedata.normalize("NFD", name.casefold()):
        if ch in _TONES:
            tones[-1:] = [_TONES[ch]]
        elif unicodedata.combining(ch) and letters:
            base = _LETTERS[letters[-1]] if letters[-1] < len(_LETTERS) else ""
            letters[-1] = _LETTERS.find(_MODIFIED.get((base, ch), base)) if (base, ch) in _MODIFIED else letters[-1]
        else:
            letters.append(_LETTERS.find(ch) if ch in _LETTERS else 100 + ord(ch))
            tones.append(0)
    return tuple(letters), tuple(tones)


def person_key(name: str) -> tuple:
    """A person's place in a Vietnamese list: by given name (the last word), then the whole name."""
    words = name.split()
    return vietnamese_key(words[-1] if words else ""), vietnamese_key(name)
