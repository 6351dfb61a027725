"""The sixth held-out judge set (tests/genre/specs6): five documents in forms the first five sets cover less (a
two-tier commune's Party committee month with hours "8h00", "14h", "14g00" and a range "Từ ngày 06 đến 08/10", a
commune's week copied out of a table as "Thời gian | Nội dung | Chủ trì | Thành phần | Địa điểm" rows with the
weekday and the date on separate lines and a "Cả tuần" row, a province's December program across the year's turn,
a city ward's week per leader after the National Day holiday with several "7h00: …;" events a line, a provincial
HĐND's January program written content first "…. Thời gian: …"), every form through POST /api/imports on SQLite,
scored against the facts each spec states. Run `python -m tests.genre.score --set 6` for the table and the misses
(test-artifacts/genre6-misses.txt). Held out when measured (81.7 % over all forms on 2026-12-01); nobody had
tuned on it."""
import pytest

from tests.genre.checks import (assert_dates_agree_with_the_text, assert_pdf_keeps_every_title, assert_scores,
                                clock, db_url)  # noqa: F401  (the set's fixtures)
from tests.genre.render import FORMS
from tests.genre.specs6 import BY_KEY

# Facts right (%, rounded down) per document and form, measured once on 2026-12-01 as a held-out set: the parser of
# main at commit c63666e (branch set6 at 65272fd94deb80b821648e056b955dd2016dbaf4, plus the ward week's "(tạm
# hoãn)" and "(thời gian: theo Giấy mời)" written into its table cells as well, which the text forms already said).
# 78.3 % txt, 76.9 % docx, docx-numbered and pdf, 99.2 % docx-table; 81.7 % over all forms (2123/2600 facts);
# 30 invented events (7 in each text form, 2 in the table). The commune's table-copied week is the weak one (33.3 %
# txt, 27.2 % docx/pdf: the " | " cells are not fields, the weekday and the date on two lines are not one day
# heading, agenda items become events), then the ward's leader lines with "7h00:" hours (71.1 %).
THRESHOLDS = {
    "dang-uy-xa-thang-2025-10": {"txt": 97, "docx": 97, "docx-numbered": 97, "docx-table": 98, "pdf": 97},
    "ubnd-xa-tuan-2025-08": {"txt": 33, "docx": 27, "docx-numbered": 27, "docx-table": 100, "pdf": 27},
    "ubnd-tinh-thang-2024-12": {"txt": 92, "docx": 92, "docx-numbered": 92, "docx-table": 99, "pdf": 92},
    "ubnd-phuong-tuan-2023-09": {"txt": 71, "docx": 71, "docx-numbered": 71, "docx-table": 100, "pdf": 71},
    "hdnd-tinh-thang-2025-01": {"txt": 98, "docx": 98, "docx-numbered": 98, "docx-table": 99, "pdf": 98},
}
# Invented events (in the preview, in no spec) allowed: as measured (lower them as the parser learns).
INVENTED_AT_MOST = {
    **{("ubnd-xa-tuan-2025-08", f): 5 for f in ("txt", "docx", "docx-numbered", "pdf")},
    **{("ubnd-phuong-tuan-2023-09", f): 1 for f in FORMS},
    **{("hdnd-tinh-thang-2025-01", f): 1 for f in FORMS},
}

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
