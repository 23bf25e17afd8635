"""Two small cards of the trust (docs/architecture.md, "Trust"), drawn on an A4 page to
cut out and keep with the principal's papers:

    登记卡 (enrolment card)  who an installation is and its key's fingerprint, handed to
                             each peer once (the township's to every school), compared
                             digit by digit before a key is enrolled
    密码卡 (password card)   the Excel password of one route, for the clerk who must
                             open the packages in WPS; printed once

Plain data in, a PDF out (canvas drawing: one page, no layout engine needed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fupin_desktop.fileio import atomic_target
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.fonts import FONT, check, register

ENROLMENT_TITLE = N_("Enrolment card of a ledger's key")
PASSWORD_TITLE = N_("Excel password card of a sync route")


@dataclass(frozen=True)
class CardText:
    title: str  # translated
    lines: Sequence[tuple[str, str]]  # (label, value), translated
    big: str  # the fingerprint or the password, in large digits
    notes: Sequence[str]  # translated
    signature_roles: Sequence[str] = ()


def enrolment_card(
    role_label: str, name: str, code: str, township: str, fingerprint: str, made_on: str
) -> CardText:
    return CardText(
        tr(ENROLMENT_TITLE),
        [
            (tr("Installation"), f"{name}（{role_label}）"),
            (tr("Code"), code),
            (tr("Township"), township),
            (tr("Printed on"), made_on),
            (tr("Key fingerprint"), ""),
        ],
        fingerprint,
        [
            tr("Before enrolling this key, compare every group of digits with what"),
            tr("the program shows (Sync > Keys), or read them out by phone."),
            tr("A package whose key has another fingerprint is not from this ledger."),
            tr("The card holds no secret: it may be copied and posted."),
        ],
        [tr("Principal"), tr("Stamp")],
    )


def password_card(sender: str, receiver: str, password: str, made_on: str) -> CardText:
    return CardText(
        tr(PASSWORD_TITLE),
        [
            (tr("Sender"), sender),
            (tr("Receiver"), receiver),
            (tr("Printed on"), made_on),
            (tr("Excel password"), ""),
        ],
        password,
        [
            tr("For packages that a clerk must open in WPS or Excel."),
            tr("Keep this card locked away; do not send it with the packages,"),
            tr("by e-mail or in a chat. It is printed once."),
        ],
    )


def write_card(path: Path, card: CardText) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    register()
    for text in [card.title, card.big, *[v for pair in card.lines for v in pair], *card.notes]:
        check(text)
    width, height = A4
    left, top, box_w = 25 * mm, height - 25 * mm, width - 50 * mm
    with atomic_target(Path(path)) as tmp:
        canvas = Canvas(str(tmp), pagesize=A4)
        canvas.setTitle(card.title)
        y = top - 12 * mm
        canvas.setFont(FONT, 18)
        canvas.drawCentredString(width / 2, y, card.title)
        y -= 14 * mm
        canvas.setFont(FONT, 12)
        for label, value in card.lines:
            canvas.drawString(left + 6 * mm, y, f"{label}：{value}")
            y -= 9 * mm
        size = 20.0  # as large as fits inside the frame
        while size > 10 and stringWidth(card.big, FONT, size) > box_w - 12 * mm:
            size -= 0.5
        canvas.setFont(FONT, size)
        canvas.drawCentredString(width / 2, y - 2 * mm, card.big)
        y -= 16 * mm
        canvas.setFont(FONT, 10.5)
        for note in card.notes:
            canvas.drawString(left + 6 * mm, y, note)
            y -= 7 * mm
        if card.signature_roles:
            y -= 8 * mm
            step = box_w / len(card.signature_roles)
            for index, role in enumerate(card.signature_roles):
                canvas.drawString(left + 6 * mm + index * step, y, f"{role}：")
                x0 = left + 6 * mm + index * step + 18 * mm
                canvas.line(x0, y - 1.5 * mm, x0 + step - 30 * mm, y - 1.5 * mm)
            y -= 6 * mm
        canvas.setLineWidth(1.2)
        canvas.setDash(4, 3)
        canvas.rect(left, y - 6 * mm, box_w, top - y + 6 * mm)
        canvas.showPage()
        canvas.save()
    return Path(path)
