"""The fifth held-out judge set (tests/genre/specs5): five documents in forms the first four sets cover less (a
commune's election week in leader lines with two or three events a line, a province Party committee's month in
"Phần thứ …" parts with a "dự kiến" section, a provincial department's week written field by field under slot
headings, a ward's Tết month hard-wrapped with "I -" / "1/" numbering, a provincial HĐND standing committee's
month whose monthly sitting is a numbered section), every form through POST /api/imports on SQLite, scored
against the facts each spec states. Run `python -m tests.genre.score --set 5` for the table and the misses
(test-artifacts/genre5-misses.txt). Held out when first measured (91.9 % on 2026-12-01); since tuned on (issue
13), so its thresholds guard regressions only."""
import pytest

from tests.genre.checks import (assert_dates_agree_with_the_text, assert_pdf_keeps_every_title, assert_scores,
                                clock, db_url)  # noqa: F401  (the set's fixtures)
from tests.genre.render import FORMS
from tests.genre.specs5 import BY_KEY

# Facts right (%, rounded down) per document and form. First measured on 2026-12-01 as a held-out set, on main
# at commit ebdeaf04ba06f8e6a15c0b36f4e85b95edce619a (90.4 % txt, 90.6 % docx and docx-numbered, 98.8 %
# docx-table, 89.0 % pdf; 91.9 % over all forms; no invented event); set 5 has since been tuned on (issue 13,
# branch parser5: a list of days each with its month and "ngày X và ngày Y" one event a day, a "CÁC NỘI DUNG DỰ
# KIẾN" section tentative in lines and in tables, "(dự kiến)" closing the invitees no tentative date, "Phó Giám
# đốc <name>" chairing, the hour before a section-event's weekday and date, brackets closing a field (units,
# "hoãn, lùi sang …"), a dialogue's leader chairing, a PDF item after a line filled by chance; 99.8 % in every
# form), so it no longer measures held-out accuracy: these figures only guard against regressions.
THRESHOLDS = {
    "ubnd-xa-tuan-2026-03": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "tinh-uy-thang-2026-01": {"txt": 98, "docx": 98, "docx-numbered": 98, "docx-table": 98, "pdf": 98},
    "so-xay-dung-tuan-2026-04": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-phuong-thang-2026-02": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "hdnd-tinh-thang-2026-06": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
}
# Invented events (in the preview, in no spec) allowed: none were measured (a pair listed here would allow some).
INVENTED_AT_MOST = {}

CASES = [(key, form) for key in THRESHOLDS for form in FORMS]


def test_thresholds_cover_every_document():
    assert set(THRESHOLDS) == set(BY_KEY) and all(set(v) == set(FORMS) for v in THRESHOLDS.values())


@pytest.mark.parametrize("key, form", CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_genre_set5(api, key, form):
    assert_scores(api, BY_KEY[key], form, THRESHOLDS[key][form], INVENTED_AT_MOST.get((key, form), 0))


# The judge's own correctness for this set: what the specs say is what their text says.
@pytest.mark.parametrize("key", list(BY_KEY))
def test_set5_spec_dates_agree_with_the_text(key):
    assert_dates_agree_with_the_text(BY_KEY[key], 12, 25)


@pytest.mark.parametrize("key", list(BY_KEY))
def test_set5_pdf_keeps_every_title(key):
    assert_pdf_keeps_every_title(BY_KEY[key])
