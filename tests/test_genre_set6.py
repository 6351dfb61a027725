"""The sixth held-out judge set (tests/genre/specs6): five documents in forms the first five sets cover less.
PLACEHOLDER"""
import pytest

from tests.genre.checks import (assert_dates_agree_with_the_text, assert_pdf_keeps_every_title, assert_scores,
                                clock, db_url)  # noqa: F401  (the set's fixtures)
from tests.genre.render import FORMS
from tests.genre.specs6 import BY_KEY

THRESHOLDS = {key: {form: 0 for form in FORMS} for key in BY_KEY}
INVENTED_AT_MOST = {}

CASES = [(key, form) for key in THRESHOLDS for form in FORMS]


def test_thresholds_cover_every_document():
    assert set(THRESHOLDS) == set(BY_KEY) and all(set(v) == set(FORMS) for v in THRESHOLDS.values())


@pytest.mark.parametrize("key, form", CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_genre_set6(api, key, form):
    assert_scores(api, BY_KEY[key], form, THRESHOLDS[key][form], INVENTED_AT_MOST.get((key, form), 0))


# The judge's own correctness for this set: what the specs say is what their text says.
@pytest.mark.parametrize("key", list(BY_KEY))
def test_set6_spec_dates_agree_with_the_text(key):
    assert_dates_agree_with_the_text(BY_KEY[key], 12, 25)


@pytest.mark.parametrize("key", list(BY_KEY))
def test_set6_pdf_keeps_every_title(key):
    assert_pdf_keeps_every_title(BY_KEY[key])
