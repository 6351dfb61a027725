"""The held-out judge: every genre document (tests/genre/specs) in every form through POST /api/imports on
SQLite, scored against the facts its spec states. Run `python -m tests.genre.score` for the table and the
misses (test-artifacts/genre-misses.txt)."""
import io
import re
from datetime import date, datetime

import pytest

from service.clock import FixedClock
from tests.conftest import HANOI
from tests.genre.directory import make_directory
from tests.genre.render import FORMS, render
from tests.genre.score import import_file, score_preview
from tests.genre.specs import BY_KEY

# Facts right (%, rounded down) per document and form, as the importer scores them (2026-12-01, after issue 13's
# genre work). All thirteen documents have now been read while tuning the parser (the last five too, since
# issue 13): they guard against regressions and are no held-out measure any more; a separate held-out set
# judges the parser. Raise as the importer improves.
THRESHOLDS = {
    "huyen-uy-2024-08": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-tinh-tuan-2023-09": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "dang-uy-xa-2025-09": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "hdnd-tinh-2024-11": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 97, "pdf": 100},
    "ubnd-xa-tuan-2025-07": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-huyen-2023-10": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-huyen-tuan-2024-06": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-xa-2025-12": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "tinh-uy-tuan-2024-03": {"txt": 98, "docx": 98, "docx-numbered": 98, "docx-table": 98, "pdf": 98},
    "ubnd-tinh-2025-05": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "phuong-tuan-2025-11": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 98, "pdf": 100},
    "hdnd-tinh-tuan-2024-07": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-tinh-tuan-2025-08": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
}
# Invented events (in the preview, in no spec) allowed; none today. Keep it so (a pair not listed allows none).
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
def test_genre(api, key, form):
    doc = BY_KEY[key]
    make_directory(api, doc.directory)
    result = score_preview(doc, form, *import_file(api, *render(doc, form)))
    misses = "\n".join(result.misses[:15] + result.invented[:10])
    assert result.percent >= THRESHOLDS[key][form], f"{result.right}/{result.total} facts\n{misses}"
    assert len(result.invented) <= INVENTED_AT_MOST.get((key, form), 0), "\n".join(result.invented)


# The judge's own correctness: the specs say what their text says, and each form is what it claims to be.
WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}


def _written_weekdays(text: str):
    """(day, month, weekday index) for every "dd/mm… (thứ X)" and "THỨ X, NGÀY dd/mm" in a text."""
    from tests.genre.score import fold

    t = fold(text)
    for d, m, w in re.findall(r"(\d{1,2}) (\d{1,2})(?: \d{4})? thu (hai|ba|tu|nam|sau|bay)\b", t):
        yield int(d), int(m), WEEKDAY_WORDS[w]
    for w, d, m in re.findall(r"thu (hai|ba|tu|nam|sau|bay) (?:ngay )?(\d{1,2}) (\d{1,2})", t):
        yield int(d), int(m), WEEKDAY_WORDS[w]


@pytest.mark.parametrize("key", list(BY_KEY))
def test_spec_dates_agree_with_the_text(key):
    from tests.genre.model import Day, Ev

    doc = BY_KEY[key]
    current_day = None  # a weekly schedule's day heading dates the lines under it
    for block in doc.blocks:
        if isinstance(block, Day):
            texts, days, current_day = [block.text], [block.day], block.day
        elif isinstance(block, Ev):
            texts, days = [block.event.when, block.event.line or ""], list(block.event.dates)
        else:
            continue
        for d, m, weekday in _written_weekdays(" ".join(texts)):
            assert date(doc.year, m, d).weekday() == weekday, (key, texts)
        for iso in days:
            day = date.fromisoformat(iso)
            assert (day.year, day.month) == (doc.year, doc.month), (key, iso)
            if isinstance(block, Ev) and iso != current_day:
                assert re.search(rf"(?<!\d)0?{day.day}(?!\d)", " ".join(texts)), (key, iso, texts)


def test_numbered_docx_carries_its_numbers_in_numbering_xml():
    import docx

    doc = BY_KEY["ubnd-huyen-2023-10"]
    word = docx.Document(io.BytesIO(render(doc, "docx-numbered")[0]))
    numbered = [p for p in word.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) > 15
    assert not any(re.match(r"\s*([IVX]+ -|\d+\)|[a-z]/|-)\s", p.text) for p in numbered)
    levels = word.part.numbering_part.element.xml
    assert 'w:numFmt w:val="upperRoman"' in levels and 'w:lvlText w:val="%2 -"' in levels


def test_table_docx_merges_the_day_cell_and_pdf_keeps_every_title():
    import docx
    from pypdf import PdfReader

    from tests.genre.score import fold

    weekly = BY_KEY["ubnd-tinh-tuan-2023-09"]
    word = docx.Document(io.BytesIO(render(weekly, "docx-table")[0]))
    assert "w:vMerge" in word.tables[1]._tbl.xml
    for doc in BY_KEY.values():
        pdf = PdfReader(io.BytesIO(render(doc, "pdf")[0]))
        assert len(pdf.pages) >= 2  # the reflowed text runs over pages, with header and page numbers
        text = fold(" ".join(page.extract_text() for page in pdf.pages))
        for event in doc.events():
            assert " ".join(fold(event.title).split()[:6]) in text, (doc.key, event.title)
