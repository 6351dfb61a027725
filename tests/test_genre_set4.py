"""The fourth held-out judge set (tests/genre/specs4): four documents in forms the first three sets cover less
(a commune Party committee's month with week headings, a province's leaders' revised week written per
leader, a ward's week written clock first, a commune HĐND's session month issued by its office), every form
through POST /api/imports on SQLite, scored against the facts each spec states. Run
`python -m tests.genre.score --set 4` for the table and the misses (test-artifacts/genre4-misses.txt)."""
import pytest

from tests.genre.checks import (assert_dates_agree_with_the_text, assert_pdf_keeps_every_title, assert_scores,
                                clock, db_url)  # noqa: F401  (the set's fixtures)
from tests.genre.render import FORMS
from tests.genre.specs4 import BY_KEY

# Facts right (%, rounded down) per document and form. First measured on 2026-12-01 (main at e7c5176) as a
# held-out set (95.9 % in txt/docx/numbered/pdf, 99.4 % as docx-table, one invented event); set 4 has since been
# tuned on (issue 13: a per-leader week opening with its first leader, a stretch between two weekdays with
# their dates, a move to "thứ Tư (19/11)", a headcount "(dự kiến 80 người)", a note on the hour before the
# chair, attendee groups listed with commas, a closing "mọi thay đổi … thông báo sau"), so it no longer measures
# held-out accuracy: these figures only guard against regressions.
THRESHOLDS = {key: {form: 100 for form in FORMS} for key in BY_KEY}
# Invented events (in the preview, in no spec) allowed: none (a pair listed here would allow some).
INVENTED_AT_MOST = {}

CASES = [(key, form) for key in THRESHOLDS for form in FORMS]


def test_thresholds_cover_every_document():
    assert set(THRESHOLDS) == set(BY_KEY) and all(set(v) == set(FORMS) for v in THRESHOLDS.values())


@pytest.mark.parametrize("key, form", CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_genre_set4(api, key, form):
    assert_scores(api, BY_KEY[key], form, THRESHOLDS[key][form], INVENTED_AT_MOST.get((key, form), 0))


# The judge's own correctness for this set: what the specs say is what their text says.
@pytest.mark.parametrize("key", list(BY_KEY))
def test_set4_spec_dates_agree_with_the_text(key):
    assert_dates_agree_with_the_text(BY_KEY[key], 12, 25)


@pytest.mark.parametrize("key", list(BY_KEY))
def test_set4_pdf_keeps_every_title(key):
    assert_pdf_keeps_every_title(BY_KEY[key])
