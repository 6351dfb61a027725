"""The eighth held-out judge set (tests/genre/specs8): five documents in forms the first seven sets cover less (a
district Party committee's month grouped by kind of work with its dates in words "Ngày 05 tháng 11 (thứ Ba), 8 giờ
00: …; đồng chí … chủ trì; tại …"; a provincial department's leaders' week "* Thứ Hai: 11/9" then "1- 08h00: PGĐ …
chủ trì … - Thành phần: … - Địa điểm: …"; a commune HĐND standing committee's month with its time in square
brackets "[Ngày 05/6, thứ Hai; 14 giờ] …. Chủ tọa: …"; a provincial Party committee office's week "- 7 giờ 30,
đồng chí Bí thư Tỉnh ủy chủ trì …. Mời …. Điểm tại … (giao … chuẩn bị); (LĐVP)."; a ward's reception schedule of
several leaders "Ngày 06/3/2025 (thứ Năm), sáng từ 7 giờ 30 đến 11 giờ 00: Tiếp công dân định kỳ của …"), every
form through POST /api/imports on SQLite, scored against the facts each spec states. Run `python -m
tests.genre.score --set 8` for the table and the misses (test-artifacts/genre8-misses.txt). Held out: written
without reading the parser, and kept from whoever tunes it."""
import pytest

from tests.genre.checks import (assert_dates_agree_with_the_text, assert_pdf_keeps_every_title, assert_scores,
                                clock, db_url)  # noqa: F401  (the set's fixtures)
from tests.genre.render import FORMS
from tests.genre.specs8 import BY_KEY

# Facts right (%, rounded down) per document and form. First measured on 2026-12-02 as a held-out set (the parser of
# main at commit e6a6ce4): 39.9 % txt, docx and pdf, 41.2 % docx-numbered, 78.1 % docx-table; 47.8 % over all forms
# (1288/2695 facts), 3 invented events per text form (1 as a Word table). The ward's reception notice is refused in
# every form (HTTP 422: its month, "Lịch tiếp công dân của lãnh đạo phường tháng 3 năm 2025" under "THÔNG BÁO", is not
# found), so 0 %; the department's week "* Thứ Hai: 11/9" / "1- 08h00: PGĐ …" 11.4 % and the commune HĐND's month
# "[Ngày 05/6, thứ Hai; 14 giờ] …" 10.1 % in the text forms (99.0 % and 94.5 % as Word tables). Two spec mistakes were
# fixed before the figures were taken (the province office's reception named its leader in the text only, not in
# its table row's Chủ trì cell; "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy" now asks for the committee's name, as
# set 6 settled): 88.3 % -> 89.3 % in the text forms, 99.0 % -> 100 % as a Word table; no fact was changed to suit
# the parser.
# Raised on 2026-12-02 after the parser read the set's forms (branch parser8, each form a rule with its own invented
# lines in tests/test_parser_genre8.py): 99.4 % in txt, docx, docx-numbered and pdf, 100 % as Word tables; 99.6 %
# over all forms (2683/2695 facts), no invented event. Left: the Party committee's "trưởng đoàn: …" as the chair and
# the office's "Mời các đồng chí Tỉnh ủy viên; …; … (dự kiến)" as attendees (forms of the seventh set, its branch's).
# Raised again (branch parser78, the seventh set's forms above as rules): 100 % in every form.
THRESHOLDS = {
    "huyen-uy-thang-2024-11": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "so-tuan-2023-09": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "hdnd-xa-thang-2023-06": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "van-phong-tinh-uy-tuan-2024-04": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
    "ubnd-phuong-tiep-dan-2025-03": {"txt": 100, "docx": 100, "docx-numbered": 100, "docx-table": 100, "pdf": 100},
}
# Invented events (in the preview, in no spec) allowed per (document, form). First measured: the Party committee's
# deadline "trước ngày 25 tháng 11" (1 in every form) and the HĐND month's "1. [" and "(ngày 10/6 trùng thứ Bảy …)" (2
# in the text forms); none since the parser8 pass: keep it so (a pair not listed allows none).
INVENTED_AT_MOST = {}

CASES = [(key, form) for key in THRESHOLDS for form in FORMS]


def test_thresholds_cover_every_document():
    assert set(THRESHOLDS) == set(BY_KEY) and all(set(v) == set(FORMS) for v in THRESHOLDS.values())


@pytest.mark.parametrize("key, form", CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_genre_set8(api, key, form):
    assert_scores(api, BY_KEY[key], form, THRESHOLDS[key][form], INVENTED_AT_MOST.get((key, form), 0))


# The judge's own correctness for this set: what the specs say is what their text says.
@pytest.mark.parametrize("key", list(BY_KEY))
def test_set8_spec_dates_agree_with_the_text(key):
    assert_dates_agree_with_the_text(BY_KEY[key], 15, 40)


@pytest.mark.parametrize("key", list(BY_KEY))
def test_set8_pdf_keeps_every_title(key):
    assert_pdf_keeps_every_title(BY_KEY[key])
