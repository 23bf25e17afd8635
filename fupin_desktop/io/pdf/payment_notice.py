"""告知书: a letter to a child's family, one page a child: what aid was paid for which
term, how much in all, and whom to ask; the school signs and stamps it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fupin_desktop.i18n import tr
from fupin_desktop.io.pdf.blocks import ruled_table, signatures
from fupin_desktop.io.pdf.shapes import PaymentNotice
from fupin_desktop.io.pdf.styles import para
from fupin_desktop.io.pdf.titles import FORMS, Form
from fupin_desktop.schema.aid import AID_PAYMENT, PAYMENT_METHOD
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.validation import fen_to_yuan

LANDSCAPE = False
TITLE = FORMS[Form.PAYMENT_NOTICE].title


def flowables(notice: PaymentNotice, width: float) -> list[Flowable]:
    headers = [
        tr("Program"),
        AID_PAYMENT["amount_fen"].title,
        AID_PAYMENT["paid_on"].title,
        AID_PAYMENT["method"].title,
    ]
    rows = [
        [program, fen_to_yuan(fen, grouped=True), day.isoformat(), PAYMENT_METHOD.label(method)]
        for program, fen, day, method in notice.lines
    ]
    rows.append([tr("Total"), fen_to_yuan(notice.total_fen, grouped=True), "", ""])
    widths = [width * share for share in (0.4, 0.2, 0.2, 0.2)]
    student = notice.student
    heading = " ".join(
        v
        for v in (
            STUDENT["name"].display(student.get("name")),
            STUDENT["grade"].display(student.get("grade")),
            STUDENT["class_name"].display(student.get("class_name")),
        )
        if v
    )
    return [
        para(tr(TITLE), "title"),
        para(heading, "subtitle"),
        para(notice.text),
        Spacer(1, 4 * mm),
        ruled_table(headers, rows, widths, align_right=(1,)),
        signatures([notice.school_name or tr("School")], min(width, 150 * mm)),
    ]
