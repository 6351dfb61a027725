"""Importer: time to read a 1 MB program (repair, parse, resolve names: the preview), at 0.25, 0.5 and
1 MB to show it grows linearly, against the floor of one regex pass over the same text."""
import re
import time

from bench.common import median_ms, scratch_app, table
from service.directory import save_unit
from service.importer.program import Plan
from service.importer.repair import normalise
from service.schemas import UnitIn
from tests.conftest import SAMPLES


def document(size: int) -> str:
    """Programs of many months, back to back, until `size` bytes: the genre, at scale."""
    with open(f"{SAMPLES}/bac-giang-2023-11.txt", encoding="utf-8") as f:
        bac_giang = f.read()
    with open(f"{SAMPLES}/muong-lat-2023-11.txt", encoding="utf-8") as f:
        muong_lat = f.read()
    parts, total = [], 0
    while total < size:
        part = bac_giang if len(parts) % 2 else muong_lat
        part = re.split(r"Căn cứ nội dung Chương trình|Nơi nhận", part)[0]  # the signature block ends a program
        parts.append(part)
        total += len(part.encode())
    return "Chương trình công tác tháng 11 năm 2023\n" + "\n".join(parts)


def run() -> str:
    _, ctx, _ = scratch_app("importer")
    for name in ("Sở Tài chính", "Sở Nội vụ", "Sở Kế hoạch và Đầu tư", "Công an tỉnh", "Thanh tra tỉnh",
                 "Phòng Nội vụ", "Phòng Dân tộc", "Văn phòng HĐND và UBND huyện"):
        save_unit(ctx, UnitIn(name=name, emails=[]))
    ctx.session.commit()
    rows = [("measure", "0.25 MB", "0.5 MB", "1 MB", "note")]
    texts = {mb: document(int(mb * 1024 * 1024)) for mb in (0.25, 0.5, 1)}
    preview = {mb: median_ms(lambda t=t: Plan(ctx, t, 2023, 11).preview(), repeat=3) for mb, t in texts.items()}
    floor = {mb: median_ms(lambda t=t: re.findall(r"\w+", t), repeat=3) for mb, t in texts.items()}
    damaged = texts[1].replace("ư", "ƣ").replace("g ", "  ")
    repair = median_ms(lambda: normalise(damaged), repeat=3)
    events = len(Plan(ctx, texts[1], 2023, 11).drafts)
    rows.append(("preview (repair, parse, resolve), ms", *(f"{preview[m]:.0f}" for m in texts),
                 f"{events} events in 1 MB; per MB: {', '.join(f'{preview[m] / m:.0f}' for m in texts)} ms (linear)"))
    rows.append(("floor: one regex pass, ms", *(f"{floor[m]:.0f}" for m in texts),
                 f"preview / floor at 1 MB = {preview[1] / floor[1]:.1f}x"))
    rows.append(("damaged 1 MB (ƣ, dropped letters): repair only, ms", "", "", f"{repair:.0f}", "goal for the whole import: < 1000 ms"))
    return table("Importer", rows)
