"""Export: the monthly program of a 1,000-event month as .docx and as PDF (read the month, build the
document, render), against the import of the same exported file (read, repair, parse, resolve, plan: the
preview), measured in the same run and printed as ratios. Also the week of that month with most events."""
import time
from datetime import date

from bench.common import directory, events, median_ms, scratch_app, table
from service.importer.extract import read_document
from service.importer.program import Plan
from service.publishing.export import export


def run() -> str:
    _, ctx, _ = scratch_app("export")
    person_ids, group_ids, unit_ids = directory(ctx, persons=200, groups=20, units=40)
    started = time.perf_counter()
    events(ctx, 1000, person_ids, group_ids, unit_ids, start=date(2023, 11, 1), days=30)
    entered = time.perf_counter() - started
    rows = [("measure", "docx", "pdf", "note")]
    exports, imports, sizes, found = {}, {}, {}, {}
    for fmt in ("docx", "pdf"):
        repeat = 3 if fmt == "docx" else 2
        exports[fmt] = median_ms(lambda f=fmt: export(ctx, "month", date(2023, 11, 1), f), repeat=repeat)
        data = export(ctx, "month", date(2023, 11, 1), fmt).data
        sizes[fmt] = len(data)

        def preview(d=data, f=fmt):
            # (the upload's 10 s reading budget lifted: a loaded machine goes over it on the 1,000-event PDF)
            return Plan(ctx, read_document(d, f"ct.{f}", budget=600), None, None).preview()
        imports[fmt] = median_ms(preview, repeat=repeat)
        found[fmt] = len(preview()["events"])
        ctx.session.rollback()
    rows.append(("export of the month, ms", f"{exports['docx']:.0f}", f"{exports['pdf']:.0f}",
                 f"1,000 events entered in {entered:.0f} s; files {sizes['docx'] // 1024} KB / {sizes['pdf'] // 1024} KB"))
    rows.append(("import of the same file (preview), ms", f"{imports['docx']:.0f}", f"{imports['pdf']:.0f}",
                 f"events read back: {found['docx']} / {found['pdf']}"))
    rows.append(("export / import", f"{exports['docx'] / imports['docx']:.2f}x", f"{exports['pdf'] / imports['pdf']:.2f}x",
                 "below 1: writing the document costs less than reading it"))
    week = median_ms(lambda: export(ctx, "week", date(2023, 11, 13), "pdf"), repeat=3)
    rows.append(("export of one week (13-19/11), pdf, ms", "", f"{week:.0f}", ""))
    return table("Export (monthly program, 1,000 events)", rows)
