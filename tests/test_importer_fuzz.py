"""Arbitrary text never crashes the importer, and pathological text does not hang it (every pattern is
bounded; `make bench` measures the time per megabyte): each input has a time limit."""
import signal
import time
from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.importer.parse import parse
from service.importer.repair import GapRepair, normalise

FRAGMENTS = ["I. LỊCH CÔNG TÁC", "II. NHIỆM VỤ TRỌNG TÂM", "B. CÁC HỘI NGHỊ CHÍNH", "1. Ngày 01 tháng 11 năm 2023",
             "- Buổi sáng: ", "- Buổi chiều: ", "Từ ngày 01/11 đến ngày 18/11/2023: ", "Từ ngày 13-15 tháng 11: ",
             "vào các ngày 01,08,15, 20/11/2023", "(Sở Tài chính chuẩn bị).", "(UBND huyện chuẩn bị nội dung 1-3)",
             "chiều thứ Hai hằng tuần", "Dự kiến ngày 25/5/2023", "lịch cụ thể sẽ thông báo sau", "(1). ",
             "Đồng chí Nguyễn Văn Bình, Chủ tịch UBND huyện chủ trì ", "tại xã Nhi Sơn", "14 giờ 30’", "(thứ Ba)",
             "Nơi nhận:", "ngày 32/13/2023", "Từ ngày 31/12 đến ngày 01/01", "hu  n thƣờn  kỳ", "\n", "\n\n", " ", ":"]
program = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=80).map("".join)
# Per input. Each takes some milliseconds (tens for the largest pathological ones); a pattern that backtracks
# catastrophically takes minutes or forever.
EXAMPLE_DEADLINE_MS = 2000
PATHOLOGICAL_LIMIT_S = 5.0


@contextmanager
def time_limit(seconds: float, what: str):
    """Interrupt the block after `seconds` (SIGALRM: the regex engine checks for signals as it runs), and fail."""
    def expired(signum, frame):
        raise TimeoutError(f"{what}: still running after {seconds:g} s")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@settings(max_examples=300, deadline=EXAMPLE_DEADLINE_MS, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_text(text):
    result = parse(normalise(text), 2023, 11)
    assert all(d.title is not None for d in result.drafts)


@settings(max_examples=300, deadline=EXAMPLE_DEADLINE_MS, suppress_health_check=[HealthCheck.too_slow])
@given(program)
def test_programs_made_of_real_pieces(text):
    result = parse(normalise("Chương trình công tác tháng 11 năm 2023\n" + text))
    for draft in result.drafts:
        assert draft.span is None or draft.span[0] <= draft.span[1]
        assert draft.day is None or 2020 <= draft.day.year <= 2030


def test_pathological_inputs_finish():
    for text in ("ngày " * 20000, "1" * 100000, " " * 100000 + "x", "(" * 50000 + "chuẩn bị", "- " * 50000,
                 "Từ ngày 1/" * 10000, "a " * 50000, "các ngày " + "01, " * 30000 + "20/11/2023",
                 "Đồng chí " + "Nguyễn " * 20000, "tại " * 30000, "h u y ệ n " * 20000):
        started = time.perf_counter()
        with time_limit(PATHOLOGICAL_LIMIT_S, f"{text[:20]!r}... ({len(text)} characters)"):
            parse(normalise(text), 2023, 11)
            GapRepair()(text[:20000])
        assert time.perf_counter() - started < PATHOLOGICAL_LIMIT_S
