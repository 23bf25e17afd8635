"""Showing a full ID number on screen: only to a role the matrix lets (REVEAL_ID), only
for a child the person may list, and only with a reason, which the audit log keeps
(docs/architecture.md, "People and privacy"). Everywhere else a screen shows the last
four characters."""

from __future__ import annotations

from fupin_desktop.db.models import Guardian, Student
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.services import audit
from fupin_desktop.services.accounts import scope
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor, Changes, Result

NO_REASON = N_("Say why you need the full ID number.")
TABLES = {"student": Student, "guardian": Guardian}


def reveal(actor: Actor, table: str, record_id: str, reason: str) -> Result[str]:
    """The full ID number of a student or a guardian; the reveal is in the audit log
    with its reason before the number is returned."""
    require(actor, Do.REVEAL_ID)
    reason = reason.strip()
    if len(reason) < 2:
        raise ValidationError(NO_REASON, field="reason")
    model = TABLES.get(table)
    row = model.get_or_none(model.id == record_id) if model is not None else None
    if row is None or row.deleted:
        raise NotFound()
    scope.require_student(actor, row.id if table == "student" else row.student_id)
    audit.record(actor, audit.Action.REVEAL, table, record_id, "id_number", reason=reason)
    return Result(row.id_number or "", Changes().touch("audit_log"))
