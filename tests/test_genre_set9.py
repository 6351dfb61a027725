"""The ninth held-out judge set (tests/genre/specs9): five documents in forms the first eight sets do not use (a
provincial city's People's Committee week copied from its portal as " | " rows "T. Hai 09/12 | 7:30 | … | Đ/c Khải
CT | PH2 |" with the day cell on a day's first row only; a two-tier commune's week by session, its leaders numbered
within the session and each activity's fields on lines of their own "Thành phần tham dự: …" / "Thời gian, địa
điểm: 08 giờ 00’ tại …"; a provincial People's Council's month by body, the date and an abbreviated weekday first
"01/11 (T4), 8h: …; chủ trì: …; tại …"; a provincial education department's month whose day headings give the day
only "Ngày 04 (Thứ Hai):" with its units by abbreviation; a district Party committee's week written actor first "-
Đồng chí Bí thư Huyện ủy, lúc 7 giờ 30: chủ trì …"), every form through POST /api/imports on SQLite, scored against
the facts each spec states. Run `python -m tests.genre.score --set 9` for the table and the misses
(test-artifacts/genre9-misses.txt). Held out: written without reading the parser, and kept from whoever tunes it."""
import pytest

from tests.genre.checks import (assert_dates_agree_with_the_text, assert_pdf_keeps_every_title, assert_scores,
                                clock, db_url)  # noqa: F401  (the set's fixtures)
from tests.genre.render import FORMS
from tests.genre.specs9 import BY_KEY

# Facts right (%, rounded down) per document and form. First measured on 2026-12-02 as a held-out set, written without
# reading the parser (branch set9 at 5f51b46, an ancestor of main at 0e50955): 53.5 % in txt and pdf, 51.1 % in docx
# and docx-numbered, 99.8 % as Word tables; 61.8 % over all forms (1687/2730 facts). Lowest the department's month
# whose day headings give the day only ("Ngày 04 (Thứ Hai):": every entry under them is dropped, "không thấy ngày",
# 7.0 %) and the city's " | " rows (31.1 %: the rows after a day's first row, which open with the hour, are lost, and
# "7:30" is read as no hour); the commune's week 81.9 % in txt and pdf, 70.7 % in docx (its fields are lines of one
# paragraph there), with "Thời gian, địa điểm: 08 giờ 00’ tại …" and "1. Chủ tịch, các Phó Chủ tịch UBND xã:" read as
# events of their own; the People's Council's month 76.4 % ("8h" read as no hour, the second of "21/11 (T3) và 22/11
# (T4)", "T6 hằng tuần"); the Party committee's week 72.7 % (the hour after "…, lúc", the actor as chair). No spec
# was changed after the measure.
# Raised on 2026-12-02 on branch parser9 after the parser learnt the forms as general rules (day headings giving
# the day only, " | " rows opening with the hour, "7:30", "(T4)", a week written actor first, "Thời gian, địa điểm:
# …", prose with an undated phrase as a note): 92.8 % over all forms (2533/2730 facts); 92.9 % in txt and pdf,
# 89.2 % in docx and docx-numbered, 99.8 % as Word tables.
THRESHOLDS = {
    "ubnd-thanh-pho-tuan-2024-12": {"txt": 90, "docx": 90, "docx-numbered": 90, "docx-table": 100, "pdf": 90},
    "ubnd-xa-tuan-2025-09": {"txt": 87, "docx": 70, "docx-numbered": 70, "docx-table": 100, "pdf": 87},
    "hdnd-tinh-thang-2023-11": {"txt": 91, "docx": 91, "docx-numbered": 91, "docx-table": 100, "pdf": 91},
    "so-gddt-thang-2024-03": {"txt": 99, "docx": 99, "docx-numbered": 99, "docx-table": 100, "pdf": 99},
    "huyen-uy-tuan-2023-05": {"txt": 94, "docx": 94, "docx-numbered": 94, "docx-table": 98, "pdf": 94},
}
# Invented events (in the preview, in no spec) allowed per (document, form), as first measured: the commune's
# field lines and its "Chủ tịch, các Phó Chủ tịch UBND xã" heading (4 in txt and pdf: "Thời gian, địa điểm: …"; 16
# in docx, where each entry is one paragraph of lines: "Địa điểm: tại …" too, and the meeting a second time), and the People's Council's "Hưởng ứng Ngày Pháp luật … (09/11)" (1 in
# every form). Lower them as the parser learns; a pair not listed allows none.
# On parser9's pass: the commune's 1 left in txt and pdf (a "* SÁNG:" entry line), 16 in docx as before; Law Day's
# prose is read as a note.
INVENTED_AT_MOST = {
    ("ubnd-xa-tuan-2025-09", "txt"): 1, ("ubnd-xa-tuan-2025-09", "docx"): 16,
    ("ubnd-xa-tuan-2025-09", "docx-numbered"): 16, ("ubnd-xa-tuan-2025-09", "pdf"): 1,
}

CASES = [(key, form) for key in THRESHOLDS for form in FORMS]


def test_thresholds_cover_every_document():
    assert set(THRESHOLDS) == set(BY_KEY) and all(set(v) == set(FORMS) for v in THRESHOLDS.values())


@pytest.mark.parametrize("key, form", CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_genre_set9(api, key, form):
    assert_scores(api, BY_KEY[key], form, THRESHOLDS[key][form], INVENTED_AT_MOST.get((key, form), 0))


# The judge's own correctness for this set: what the specs say is what their text says.
@pytest.mark.parametrize("key", list(BY_KEY))
def test_set9_spec_dates_agree_with_the_text(key):
    assert_dates_agree_with_the_text(BY_KEY[key], 15, 40)


@pytest.mark.parametrize("key", list(BY_KEY))
def test_set9_pdf_keeps_every_title(key):
    assert_pdf_keeps_every_title(BY_KEY[key])
