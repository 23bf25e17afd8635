"""Archive cards for 2,000 students in one PDF: pages a second and peak memory, beside
the floor: reportlab's canvas drawing the same text at fixed places, no layout work.

Each side runs in a child process of its own, so its peak resident memory is its own;
both read the same data through services.forms_data (the floor's clock includes that
read too, so the ratio is the cost of the layout).

    python -m benchmarks.bench_pdf [--students 2000] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import demo_ledger, scratch_dir

LINES_PER_PAGE = 58  # then a second column


def _ids() -> list[str]:
    from fupin_desktop.services.context import SYSTEM
    from fupin_desktop.services.students import listing

    return listing.list_ids(SYSTEM, listing.StudentQuery())


def card_strings(card: Any) -> list[str]:
    """Every text an archive card shows, one string each: title, section titles, labels
    and values, table headers and rows, signature and stamp lines. The floor draws
    exactly these, at fixed places."""
    from fupin_desktop.i18n import tr
    from fupin_desktop.io.pdf import archive_card as a
    from fupin_desktop.io.pdf.blocks import DATE_LINE, NONE, PHOTO, SIGNATURE, STAMP
    from fupin_desktop.schema.catalogues import FAMILY_MEMBER, GUARDIAN, STUDENT

    out = [tr(a.TITLE), tr(a.SCHOOL_LINE).format(school=card.school_name), tr(PHOTO)]
    for section in a._GRID_SECTIONS:
        out.append(tr(section))
        for f in STUDENT.in_section(section):
            out += [f.title, f.display(card.values.get(f.key))]
    for title, rows, catalogue in (
        (a.FAMILY_MEMBERS, card.family, FAMILY_MEMBER),
        (a.GUARDIANS, card.guardians, GUARDIAN),
    ):
        out += [tr(title), *(f.title for f in catalogue)]
        out += [f.display(r.get(f.key)) for r in rows for f in catalogue] or [tr(NONE)]
    tables = (
        (a.STATUS_HISTORY, 5, [(h["kind"], h["value"], str(h["start_date"]), str(h["end_date"]),
                                h["note"]) for h in card.history]),
        (a.AID_RECEIVED, 6, [(x.school_year, str(x.term), x.program_name, str(x.amount_fen),
                              str(x.paid_on), x.method) for x in card.aid]),
        (a.PAIRED_TEACHERS, 5, [(p.teacher_name, p.teacher_phone, p.kind, str(p.start_date),
                                 str(p.end_date)) for p in card.pairings]),
        (a.VISITS, 4, [(str(v.visit_date), v.method, v.teacher_name, v.summary)
                       for v in card.visits]),
    )  # fmt: skip
    for title, columns, rows in tables:
        out += [tr(title), *(tr(a.NOTE) for _ in range(columns))]
        out += [text for row in rows for text in row] or [tr(NONE)]
    for role in (a.HEAD_TEACHER, a.AID_OFFICER, a.PRINCIPAL):
        out += [tr(SIGNATURE).format(role=tr(role)), "_" * 24]
    out += [tr(DATE_LINE), tr(STAMP)]
    return out


def run_ours(path: Path, out: Path) -> dict[str, Any]:
    from fupin_desktop.io.pdf.titles import Form
    from fupin_desktop.services.context import SYSTEM
    from fupin_desktop.services.printing import jobs as printing

    ids = _ids()
    start = time.perf_counter()
    job = printing.PrintJob(Form.ARCHIVE, student_ids=ids)
    result = printing.print_forms(SYSTEM, job, out).value
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "pages": result.pages, "units": result.units}


def run_floor(path: Path, out: Path, pages_per_card: int) -> dict[str, Any]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from fupin_desktop.i18n import tr
    from fupin_desktop.io.pdf import template  # noqa: F401  (the same rl_config as ours)
    from fupin_desktop.io.pdf.fonts import FONT, register
    from fupin_desktop.io.pdf.template import PAGE_OF, PRINTED_ON
    from fupin_desktop.services.context import SYSTEM
    from fupin_desktop.services.printing import gather as forms_data

    ids = _ids()
    printed = tr(PRINTED_ON).format(date="2025-01-01")
    start = time.perf_counter()
    register()
    # The same canvas settings as our documents (template.FormDoc): compressed, binary.
    canvas = Canvas(str(out), pagesize=A4, initialFontName=FONT, pageCompression=1)
    pages = 0
    for card in forms_data.archive_cards(SYSTEM, ids, mask_ids=False):
        strings = card_strings(card)
        per_page = max(1, -(-len(strings) // pages_per_card))
        for p in range(pages_per_card):
            canvas.setFont(FONT, 9.5)
            for i, text in enumerate(strings[p * per_page : (p + 1) * per_page]):
                col, row = divmod(i, LINES_PER_PAGE)
                canvas.drawString(70 + col * 250, 800 - row * 13, text)
            # The page's header and footer, as ours draws them.
            canvas.drawString(70, 815, card.school_name)
            canvas.drawCentredString(300, 815, card.values.get("name") or "")
            canvas.drawRightString(560, 815, printed)
            canvas.drawCentredString(300, 25, tr(PAGE_OF).format(page=p + 1, pages=pages_per_card))
            canvas.showPage()
            pages += 1
    canvas.save()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "pages": pages, "units": len(ids)}


def child(kind: str, path: str, pages_per_card: int, trace: bool) -> None:
    from fupin_desktop.db.connection import open_database
    from fupin_desktop.i18n import install_ts_translator
    from fupin_desktop.paths import zh_cn_ts

    # In Chinese, as the forms are printed (labels are shorter than the English source).
    install_ts_translator(zh_cn_ts())
    open_database(Path(path))
    if trace:
        import tracemalloc

        tracemalloc.start()
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = scratch_dir("fupin-bench-pdf-") / f"{kind}.pdf"
    if kind == "ours":
        stats = run_ours(Path(path), out)
    else:
        stats = run_floor(Path(path), out, pages_per_card)
    stats["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stats["base_rss_mb"] = base_kb / 1024
    stats["file_mb"] = out.stat().st_size / 1e6
    if trace:
        import tracemalloc

        stats["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
    print(json.dumps(stats))


def spawn(kind: str, path: Path, pages_per_card: int, trace: bool) -> dict[str, Any]:
    args = [sys.executable, "-m", "benchmarks.bench_pdf", "--child", kind, "--db", str(path)]
    args += ["--pages-per-card", str(pages_per_card)] + (["--tracemalloc"] if trace else [])
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=2000)
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python memory")
    parser.add_argument("--child", choices=("ours", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--pages-per-card", type=int, default=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.pages_per_card, args.tracemalloc)
        return
    path = demo_ledger(args.students)
    ours = spawn("ours", path, 0, args.tracemalloc)
    per_card = max(1, round(ours["pages"] / max(ours["units"], 1)))
    floor = spawn("floor", path, per_card, args.tracemalloc)
    print(f"\nArchive cards, {args.students} students, one PDF (each side in its own process)")
    head = f"{'':<28}{'pages':>7}{'seconds':>9}{'pages/s':>9}{'peak RSS MB':>13}{'file MB':>9}"
    print(head + ("  traced MB" if args.tracemalloc else ""))
    for name, s in (("ours (platypus forms)", ours), ("floor (canvas, fixed)", floor)):
        line = (
            f"{name:<28}{s['pages']:>7}{s['seconds']:>9.2f}{s['pages'] / s['seconds']:>9.1f}"
            f"{s['peak_rss_mb']:>13.1f}{s['file_mb']:>9.2f}"
        )
        print(line + (f"{s['traced_peak_mb']:>11.1f}" if args.tracemalloc else ""))
    ratio = (ours["seconds"] / ours["pages"]) / (floor["seconds"] / floor["pages"])
    print(f"time per page, ours / floor: {ratio:.2f}x (target: within 3x)")


if __name__ == "__main__":
    main()
