"""The roster import, how every school starts: from the spreadsheet it already has to
student files, in the steps a person goes through (the import dialog, `fupin students
import`). The one door to it; the steps live beside it:

read_sheets(path)                  the sheets a person can pick from      (io/roster.py)
load_roster(path, sheet)           the sheet as a table of plain rows     (io/roster.py)
guess_mapping(headers)             which column is which field            (io/roster.py)
preview(actor, table, mapping, …)  every row checked and matched against
                                   the ledger; nothing is written         (roster_plan.py)
apply(actor, preview, …)           the accepted rows written in one
                                   transaction, after a backup            (roster_apply.py)
write_template(path)               a blank roster the import knows        (io/roster.py)
"""

from __future__ import annotations

from fupin_desktop.io.roster import (
    GUARDIAN_PREFIX,
    TEMPLATE_GUARDIAN_KEYS,
    NoHeaderRow,
    RosterRow,
    RosterTable,
    cell_text,
    guess_mapping,
    load_roster,
    read_sheets,
    target_field,
    target_title,
    targets,
    write_template,
)
from fupin_desktop.services.students.roster_apply import ImportResult, apply
from fupin_desktop.services.students.roster_plan import (
    BLOCKING,
    DUPLICATE,
    EXISTING,
    INVALID,
    NEW,
    CellError,
    PreviewRow,
    RosterPreview,
    preview,
)

__all__ = [
    "BLOCKING",
    "DUPLICATE",
    "EXISTING",
    "GUARDIAN_PREFIX",
    "INVALID",
    "NEW",
    "TEMPLATE_GUARDIAN_KEYS",
    "CellError",
    "ImportResult",
    "NoHeaderRow",
    "PreviewRow",
    "RosterPreview",
    "RosterRow",
    "RosterTable",
    "apply",
    "cell_text",
    "guess_mapping",
    "load_roster",
    "preview",
    "read_sheets",
    "target_field",
    "target_title",
    "targets",
    "write_template",
]
