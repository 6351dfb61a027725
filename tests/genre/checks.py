"""The judge's checks shared by the held-out sets' tests (tests/test_genre_set3.py to 9):
one form of one document scored against its thresholds, the specs' dates agreeing with their text, and the
justified PDF keeping every title; and their two fixtures."""
import io
import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from service.clock import FixedClock
from tests.conftest import HANOI
from tests.genre.directory import make_directory
from tests.genre.model import Day, Ev, Leader
from tests.genre.render import render
from tests.genre.score import fold, import_file, score_preview
from tests.test_genre import _written_weekdays


# The fixtures of a held-out set's test module (import both): the module's BY_KEY names its documents.
@pytest.fixture
def db_url(tmp_path):
    """One database is enough here: SQLite."""
    return f"sqlite:///{tmp_path / 'genre.db'}"


@pytest.fixture
def clock(request):
    """The clock on the document's day of issue."""
    day = datetime.fromisoformat(request.module.BY_KEY[request.node.callspec.params["key"]].issued)
    return FixedClock(day.replace(hour=8, tzinfo=HANOI))


def assert_scores(api, doc, form, threshold: int, invented_at_most: int) -> None:
    make_directory(api, doc.directory)
    result = score_preview(doc, form, *import_file(api, *render(doc, form)))
    misses = "\n".join(result.misses[:15] + result.invented[:10])
    assert result.percent >= threshold, f"{result.right}/{result.total} facts\n{misses}"
    assert len(result.invented) <= invented_at_most, "\n".join(result.invented)


def assert_dates_agree_with_the_text(doc, least: int, most: int) -> None:
    key = doc.key
    assert least <= sum(1 for _ in doc.events()) <= most, key
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
        if isinstance(block, Ev) and len(days) == 1 and not block.event.end:
            # a row that opens with its own "dd/mm" (its day cell, "T. Hai 09/12 | …") dates the rows after it that
            # write none (a table copied with the day cell on a day's first row only)
            day = date.fromisoformat(days[0])
            if re.match(rf"\D{{0,12}}(?<!\d)0?{day.day}/0?{day.month}(?!\d)", block.event.line or ""):
                current_day = days[0]


def assert_pdf_keeps_every_title(doc) -> None:
    pdf = PdfReader(io.BytesIO(render(doc, "pdf")[0]))
    # a title may run over a page break: the page number and running header between are not the text's
    lines = "\n".join(page.extract_text() for page in pdf.pages).split("\n")
    running = f"{doc.left[-1]} — "
    text = fold(" ".join(line for line in lines
                         if not re.match(r"Trang \d+/\d+", line) and not line.startswith(running)))
    for event in doc.events():
        assert " ".join(fold(event.title).split()[:6]) in text, (doc.key, event.title)
