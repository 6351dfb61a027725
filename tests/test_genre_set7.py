"""The seventh held-out judge set (tests/genre/specs7): five documents in forms the first six sets cover less (a
provincial HĐND's week copied out of a table with the time and persons in one bracket at the end "(sáng; dự: đ/c
Thạch)", "(ngày)"; a province's leaders' week from its portal with the hour in brackets first "(8h30) …" and the
leader last "(CT … chủ trì)" / "(PCT … dự)"; a commune Party committee's month written time and place first "Lúc 7
giờ 30 phút ngày 02/3 (thứ Năm), tại …: …"; a commune's month in fields joined by long dashes "Thứ Tư (02/10), 8 giờ
— … — Chủ trì: … — Tại: …"; a ward's week by sessions "Buổi sáng:" with "* 7g30: …. Đ/c Chủ tịch chủ trì. Mời: ….
Tại: …."), every form through POST /api/imports on SQLite, scored against the facts each spec states. Run `python
-m tests.genre.score --set 7` for the table and the misses (test-artifacts/genre7-misses.txt). Held out: written
without reading the parser, and kept from whoever tunes it."""
import pytest

from tests.genre.checks import (assert_dates_agree_with_the_text, assert_pdf_keeps_every_title, assert_scores,
                                clock, db_url)  # noqa: F401  (the set's fixtures)
from tests.genre.render import FORMS
from tests.genre.specs7 import BY_KEY

# Facts right (%, rounded down) per document and form. First measured once on 2026-12-02 as a held-out set (the parser
# of main at commit f8ca8a2): 59.8 % txt, docx and pdf, 69.8 % docx-numbered, 98.9 % docx-table; 69.6 % over all forms
# (1904/2735 facts), none invented. The text forms lowest: the Party committee's month "Lúc … ngày …, tại …: …" 46.4 %
# (103/112, printed 92.0 %, with Word numbering), the province's portal week "(8h30) … (CT … chủ trì)" 49.5 %, the commune's dashed
# fields 55.6 %. One spec mistake was fixed before the figures were taken (the HĐND week's "tạm hoãn" survey had its
# status in its text line only, not in its table row: 97.8 % -> 98.9 % as a Word table); no fact was changed to suit
# the parser.
# Raised on 2026-12-02 after the parser learnt the set's forms (branch parser7), each as a general rule with its own
# invented lines in tests/test_parser_genre.py: a lettered list past "h/"; a portal week as text (column captions
# with bars above prose rows, slot lines, an opening "(8h30)"); a closing bracket of time and persons "(chiều, 14
# giờ; chủ trì: đ/c …; tại …)", "(CT … chủ trì; … chuẩn bị)", "(PCT … dự)"; fields joined by long dashes; "các buổi
# sáng thứ Hai" as weekly, "Dự kiến thứ Năm (24/10)"; time and place first "…, tại X: …"; a ward's "Tại: …", "Mời:
# …", "Đ/c PCT Văn hóa - Xã hội chủ trì.", a deputy by portfolio; "CÔNG TÁC KHÁC" after the schedule; a body's
# member by given name. Measured: 99.3 % txt, docx, docx-numbered and pdf, 99.5 % docx-table; 99.3 % over all
# forms (2716/2735 facts), none invented; the other sets unchanged.
# Raised again after branch parser78 (trưởng đoàn, slot before a cancellation, places, moves in table cells): 100 %.
THRESHOLDS = {
    "hdnd-tinh-tuan-2024-05": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-tinh-tuan-2025-07": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "dang-uy-xa-thang-2023-03": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-xa-thang-2024-10": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-phuong-tuan-2025-04": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
}
# Invented events (in the preview, in no spec) allowed per (document, form): the counts first measured, none.
INVENTED_AT_MOST = {}

CASES = [(key, form) for key in THRESHOLDS for form in FORMS]


def test_thresholds_cover_every_document():
    assert set(THRESHOLDS) == set(BY_KEY) and all(set(v) == set(FORMS) for v in THRESHOLDS.values())


@pytest.mark.parametrize("key, form", CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_genre_set7(api, key, form):
    assert_scores(api, BY_KEY[key], form, THRESHOLDS[key][form], INVENTED_AT_MOST.get((key, form), 0))


# The judge's own correctness for this set: what the specs say is what their text says.
@pytest.mark.parametrize("key", list(BY_KEY))
def test_set7_spec_dates_agree_with_the_text(key):
    assert_dates_agree_with_the_text(BY_KEY[key], 15, 40)


@pytest.mark.parametrize("key", list(BY_KEY))
def test_set7_pdf_keeps_every_title(key):
    assert_pdf_keeps_every_title(BY_KEY[key])
