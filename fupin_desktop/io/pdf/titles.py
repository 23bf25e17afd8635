"""The forms by name, their titles and defaults: free of reportlab, so the command line
and the print dialog can list the forms without loading the PDF machinery."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fupin_desktop.i18n import N_, tr


class Form(StrEnum):
    ARCHIVE = "archive"
    AID_SHEET = "aid-sheet"
    VISITS = "visits"
    GROWTH = "growth"
    ROSTER = "roster"
    CONTACT_CARDS = "contact-cards"
    # The school's duties (issue 13): printed from their own page (a pairing, an
    # activity, a term), so not in the student list's print dialog (STUDENT_FORMS).
    PAIRING_FILE = "pairing-file"
    LETTERS = "letters"
    INSPECTION = "inspection"
    PAYMENT_NOTICE = "payment-notice"


@dataclass(frozen=True)
class FormInfo:
    title: str  # English source; tr() when shown
    landscape: bool
    # ID numbers are masked unless the person printing chooses otherwise; the archive
    # card alone shows them in full by default (it is the file of record).
    mask_by_default: bool
    # Printed for each student of a selection (a unit each), or once for all of them.
    per_student: bool

    @property
    def label(self) -> str:
        return tr(self.title)


FORMS: dict[Form, FormInfo] = {
    Form.ARCHIVE: FormInfo(N_("Student Aid Archive Card"), False, False, True),
    Form.AID_SHEET: FormInfo(N_("Aid Payment Sign-off Sheet"), True, True, False),
    Form.VISITS: FormInfo(N_("Pairing Assistance Record"), False, True, True),
    Form.GROWTH: FormInfo(N_("Left-behind Child Growth Record"), False, True, True),
    Form.ROSTER: FormInfo(N_("Student Roster"), True, True, False),
    Form.CONTACT_CARDS: FormInfo(N_("Contact Card"), False, True, False),
    Form.PAIRING_FILE: FormInfo(N_("Institution Pairing Assistance File"), False, True, False),
    Form.LETTERS: FormInfo(N_("Letter to Parents"), False, True, True),
    Form.INSPECTION: FormInfo(N_("Term Inspection Report"), False, True, False),
    Form.PAYMENT_NOTICE: FormInfo(N_("Aid Payment Notice"), False, True, True),
}

# The forms of the student list's print dialog.
STUDENT_FORMS = tuple(
    f for f in Form if f not in (Form.PAIRING_FILE, Form.LETTERS, Form.INSPECTION)
)
