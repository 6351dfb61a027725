"""The third held-out judge set (tests/genre/specs3): six documents in forms and levels the first thirteen
cover less, every form through POST /api/imports on SQLite, scored against the facts each spec states. Run
`python -m tests.genre.score --set 3` for the table and the misses (test-artifacts/genre3-misses.txt)."""
import pytest

from tests.genre.checks import (assert_dates_agree_with_the_text, assert_pdf_keeps_every_title, assert_scores,
                                clock, db_url)  # noqa: F401  (the set's fixtures)
from tests.genre.render import FORMS
from tests.genre.specs3 import BY_KEY

# Facts right (%, rounded down) per document and form. Held out when measured first on 2026-12-01 (main at
# 8b1e456: 92.2 % in the text forms, 97.5 % as docx-table); raised after issue 13 (branch parser2: 99.6 % and
# 99.9 %), whose rules were written for this set's misses: from then on these figures guard regressions, no
# longer a held-out measure. Raise as the importer improves.
THRESHOLDS = {
    "so-nnmt-2025-10": {"txt": 99, "docx": 99, "docx-numbered": 99, "docx-table": 100, "pdf": 99},
    "dang-uy-phuong-tuan-2025-10": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-xa-tuan-2025-09": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "hdnd-tinh-2025-12": {"txt": 98, "docx": 98, "docx-numbered": 98, "docx-table": 99, "pdf": 98},
    "vp-ubnd-tinh-tuan-2025-11": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-tinh-tuan-2024-12": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
}
# Invented events (in the preview, in no spec) allowed; none today (issue 13 brought them from 4 to 0 per text
# form). A pair listed here would allow that many.
INVENTED_AT_MOST = {}

CASES = [(key, form) for key in THRESHOLDS for form in FORMS]


def test_thresholds_cover_every_document():
    assert set(THRESHOLDS) == set(BY_KEY) and all(set(v) == set(FORMS) for v in THRESHOLDS.values())


@pytest.mark.parametrize("key, form", CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_genre_set3(api, key, form):
    assert_scores(api, BY_KEY[key], form, THRESHOLDS[key][form], INVENTED_AT_MOST.get((key, form), 0))


# The judge's own correctness for this set: what the specs say is what their text says.
@pytest.mark.parametrize("key", list(BY_KEY))
def test_set3_spec_dates_agree_with_the_text(key):
    assert_dates_agree_with_the_text(BY_KEY[key], 15, 40)


@pytest.mark.parametrize("key", list(BY_KEY))
def test_set3_pdf_keeps_every_title(key):
    assert_pdf_keeps_every_title(BY_KEY[key])
