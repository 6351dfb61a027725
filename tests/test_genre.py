"""The held-out judge: every genre document (tests/genre/specs) in every form through POST /api/imports on
SQLite, scored against the facts its spec states. Run `python -m tests.genre.score` for the table and the
misses (test-artifacts/genre-misses.txt)."""
from datetime import datetime

import pytest

from service.clock import FixedClock
from tests.conftest import HANOI
from tests.genre.directory import make_directory
from tests.genre.render import FORMS, render
from tests.genre.score import import_file, score_preview
from tests.genre.specs import BY_KEY

# Facts right (%, rounded down) per document and form, as main's importer scores them today (main 02c06dd,
# 2026-12-01). Raise as the importer improves.
THRESHOLDS = {
    "huyen-uy-2024-08": {"txt": 67, "docx": 67, "docx-numbered": 44, "docx-table": 54, "pdf": 67},
    "ubnd-tinh-tuan-2023-09": {"txt": 0, "docx": 0, "docx-numbered": 0, "docx-table": 0, "pdf": 0},
    "dang-uy-xa-2025-09": {"txt": 57, "docx": 57, "docx-numbered": 46, "docx-table": 59, "pdf": 57},
    "hdnd-tinh-2024-11": {"txt": 77, "docx": 77, "docx-numbered": 51, "docx-table": 63, "pdf": 77},
    "ubnd-xa-tuan-2025-07": {"txt": 40, "docx": 40, "docx-numbered": 43, "docx-table": 58, "pdf": 25},
    "ubnd-huyen-2023-10": {"txt": 57, "docx": 57, "docx-numbered": 48, "docx-table": 68, "pdf": 50},
    "ubnd-huyen-tuan-2024-06": {"txt": 0, "docx": 0, "docx-numbered": 0, "docx-table": 71, "pdf": 0},
    "ubnd-xa-2025-12": {"txt": 72, "docx": 72, "docx-numbered": 53, "docx-table": 64, "pdf": 70},
}
# Invented events (in the preview, in no spec) allowed today; the target is 0 everywhere. Lower as the
# importer improves (a pair not listed allows none).
INVENTED_AT_MOST = {
    ("dang-uy-xa-2025-09", "pdf"): 2,
    ("ubnd-xa-tuan-2025-07", "txt"): 8, ("ubnd-xa-tuan-2025-07", "docx"): 8,
    ("ubnd-xa-tuan-2025-07", "docx-numbered"): 2, ("ubnd-xa-tuan-2025-07", "docx-table"): 1,
    ("ubnd-xa-tuan-2025-07", "pdf"): 11,
    ("ubnd-huyen-tuan-2024-06", "docx-table"): 1,
}

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
