"""The fourth held-out judge set (tests/genre/specs4): four documents in forms the first three sets cover less
(a commune Party committee's month with week headings, a province's leaders' revised week written per
leader, a ward's week written clock first, a commune HĐND's session month issued by its office), every form
through POST /api/imports on SQLite, scored against the facts each spec states. Run
`python -m tests.genre.score --set 4` for the table and the misses (test-artifacts/genre4-misses.txt)."""
import re
from datetime import date, datetime

import pytest

from service.clock import FixedClock
from tests.conftest import HANOI
from tests.genre.directory import make_directory
from tests.genre.render import FORMS, render
from tests.genre.score import import_file, score_preview
from tests.genre.specs4 import BY_KEY
from tests.test_genre import _written_weekdays

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


@pytest.fixture
def db_url(tmp_path):
    """One database is enough here: SQLite."""
    return f"sqlite:///{tmp_path / 'genre.db'}"


@pytest.fixture
def clock(request):
    """The clock on the document's day of issue."""
    day = datetime.fromisoformat(BY_KEY[request.node.callspec.params["key"]].issued)
    return FixedClock(day.replace(hour=8, tzinfo=HANOI))


def test_thresholds_cover_every_document():
    assert set(THRESHOLDS) == set(BY_KEY) and all(set(v) == set(FORMS) for v in THRESHOLDS.values())


@pytest.mark.parametrize("key, form", CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_genre_set4(api, key, form):
    doc = BY_KEY[key]
    make_directory(api, doc.directory)
    result = score_preview(doc, form, *import_file(api, *render(doc, form)))
    misses = "\n".join(result.misses[:15] + result.invented[:10])
    assert result.percent >= THRESHOLDS[key][form], f"{result.right}/{result.total} facts\n{misses}"
    assert len(result.invented) <= INVENTED_AT_MOST.get((key, form), 0), "\n".join(result.invented)


# The judge's own correctness for this set: what the specs say is what their text says.
@pytest.mark.parametrize("key", list(BY_KEY))
def test_set4_spec_dates_agree_with_the_text(key):
    from tests.genre.model import Day, Ev, Leader

    doc = BY_KEY[key]
    assert 12 <= sum(1 for _ in doc.events()) <= 25, key
    current_day = None
    for block in doc.blocks:
        if isinstance(block, Day):
            texts, days, current_day = [block.text], [block.day], block.day
        elif isinstance(block, Ev):
            texts, days = [block.event.when, block.event.line or ""], list(block.event.dates)
        elif isinstance(block, Leader):  # a leader's events are of the day they are written under
            for part in block.parts:
                if not isinstance(part, str):
                    assert part.dates == (current_day,), (key, part.title)
            continue
        else:
            continue
        for d, m, weekday in _written_weekdays(" ".join(texts)):
            assert date(doc.year, m, d).weekday() == weekday, (key, texts)
        for iso in days:
            day = date.fromisoformat(iso)
            assert (day.year, day.month) == (doc.year, doc.month), (key, iso)
            if isinstance(block, Ev) and iso != current_day:
                assert re.search(rf"(?<!\d)0?{day.day}(?!\d)", " ".join(texts)), (key, iso, texts)
        if isinstance(block, Ev) and block.event.end:
            end = date.fromisoformat(block.event.end)
            assert end > date.fromisoformat(days[0]), (key, block.event.title)


@pytest.mark.parametrize("key", list(BY_KEY))
def test_set4_pdf_keeps_every_title(key):
    from pypdf import PdfReader
    import io

    from tests.genre.score import fold

    doc = BY_KEY[key]
    pdf = PdfReader(io.BytesIO(render(doc, "pdf")[0]))
    # a title may run over a page break: the page number and running header between are not the text's
    lines = "\n".join(page.extract_text() for page in pdf.pages).split("\n")
    running = f"{doc.left[-1]} — "
    text = fold(" ".join(line for line in lines
                         if not re.match(r"Trang \d+/\d+", line) and not line.startswith(running)))
    for event in doc.events():
        assert " ".join(fold(event.title).split()[:6]) in text, (doc.key, event.title)
