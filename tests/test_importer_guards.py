"""The importer's fast patterns (service/importer/guarded.py) answer as the plain regex would: a `Guarded` regex's
words are in every text it matches, and a `Lowered` pattern says yes exactly where the same pattern under re.I
does. Checked on every line of the two samples and of every genre document, and on lines made to hold the
patterns' own words, so a guard word that a branch does without fails here."""
import glob
import itertools
import re

import pytest

from service.importer import grammar, lines, parse, recognise, repair, structure, table, table_cells
from service.importer.guarded import Guarded, Lowered
from tests.conftest import SAMPLES
from tests.genre import specs, specs3, specs4, specs5, specs6, specs7, specs8, specs9
from tests.genre.render import to_txt

MODULES = (grammar, lines, parse, recognise, repair, structure, table, table_cells)
FAST = [(f"{m.__name__.rsplit('.', 1)[1]}.{name}", obj) for m in MODULES for name, obj in vars(m).items()
        if isinstance(obj, (Guarded, Lowered)) and obj.__module__ == "service.importer.guarded"]
FAST = list(dict(FAST).items())  # one entry per object, under its defining name


def _texts() -> list[str]:
    texts = []
    for path in glob.glob(f"{SAMPLES}/*.txt"):
        with open(path, encoding="utf-8") as f:
            texts += f.read().splitlines()
    for doc in itertools.chain(specs.DOCS, specs3.DOCS, specs4.DOCS, specs5.DOCS, specs6.DOCS, specs7.DOCS, specs8.DOCS, specs9.DOCS):
        texts += to_txt(doc).decode("utf-8").splitlines()
    # lines of the patterns' own words, so every branch is tried on text that reaches it
    words = ["Nếu có thay đổi", "lịch này thay cho", "Lịch có thể điều chỉnh", "thông báo để các đơn vị biết",
             "như sau:", "Trân trọng", "mọi thay đổi sẽ thông báo sau", "lùi sang ngày 05/4", "chuyển từ ngày 07/6",
             "hoãn sang 8 giờ 00 sáng thứ Năm, ngày 13/6/2024", "nghỉ bù từ thứ Bảy, ngày 25/01/2025 đến ngày 02/02",
             "trước ngày 28/9", "chậm nhất là ngày 10/12", "hạn chót 5/6", "không quá 15/3", "tạm hoãn", "không tổ chức",
             "HỦY", "bãi bỏ lịch", "Trang 2", "cộn  đồng", "Hội đồ  g nhân dân", "Hội nghị", "HỌP", "thông báo sau", "có kế hoạch riêng",
             "THEO GIẤY MỜI", "định kỳ theo quy định", "Thứ Hai", "buổi sáng", "Chiều thứ Ba", "8 giờ 30", "14h00",
             "Nếu có phát sinh", "huỷ", "dời sang ngày 5/6", "đổi sang ngày 5/6", "lùi từ ngày 07/6",
             "dời lịch từ ngày 07/6", "đổi từ ngày 07/6",
             # letters re.I takes for Latin ones that str.lower() does not: "İ", "ı", "ſ"
             "GİAO BAN", "buổi ſáng", "thứ haı", "nếu có đıều chỉnh", "THÔNG BÁO ſAU", "bãı bỏ lịch", "lùı sang ngày 5/4"]
    texts += words + [f"{a} {b}" for a, b in itertools.product(words, repeat=2)]
    return [t for t in texts if t.strip()]


TEXTS = _texts()


def test_the_fast_patterns_are_found():
    assert {"parse.CHANGE_NOTE", "parse.DEADLINE", "parse.MEETING", "parse.SIGNAL", "recognise.MOVE",
            "recognise.UNDATED", "lines.FOOTER", "repair.DAMAGE"} <= {name for name, _ in FAST}


@pytest.mark.parametrize("name, fast", FAST, ids=[name for name, _ in FAST])
def test_a_fast_pattern_answers_as_the_plain_regex(name, fast):
    plain = re.compile(fast.pattern, fast.flags) if isinstance(fast, Guarded) else re.compile(fast.pattern, re.I)
    hits = 0
    for text in TEXTS:
        want = plain.search(text)
        hits += want is not None
        assert bool(fast.search(text)) == bool(want), (name, text)
        assert bool(fast.match(text)) == bool(plain.match(text)), (name, text)
        if isinstance(fast, Guarded):
            assert fast.sub("#", text) == plain.sub("#", text), (name, text)
            assert fast.split(text, 1) == plain.split(text, 1), (name, text)
    assert hits, f"{name} matched nothing: the check would prove nothing"


GUARD_WORDS = [(f"{name}-{word}", fast, word) for name, fast in FAST if isinstance(fast, Guarded) for word in fast.words]


@pytest.mark.parametrize("name, fast, word", GUARD_WORDS, ids=[n for n, _, _ in GUARD_WORDS])
def test_every_guard_word_is_needed_by_some_text(name, fast, word):
    """The check above is not blind: without any one of its words, a guard disagrees with the regex on some text
    (so every word is there for a branch that the texts reach)."""
    short = Guarded(fast.pattern, fast.flags, tuple(w for w in fast.words if w != word))
    plain = re.compile(fast.pattern, fast.flags)
    assert any(bool(short.search(t)) != bool(plain.search(t)) for t in TEXTS), name
