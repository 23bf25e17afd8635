"""The role matrix: who may do what with the children's data (docs/architecture.md,
"People and privacy"). ONE table, read by every service that decides; the screens only
hide what the services would refuse.

A cell is a scope: ALL (every record the ledger holds), CLASS (the children of the
class the person leads as head teacher, and those paired with them now), PAIRED (the
children paired with the person now), NONE (refused). For yes/no actions ALL is yes.

This module imports nothing of the services, so that `services/context.py` may ask it
(`Actor.may_see_full_ids`) without an import circle.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from fupin_desktop.errors import PermissionDenied
from fupin_desktop.i18n import N_
from fupin_desktop.schema.fields import choices

if TYPE_CHECKING:
    from fupin_desktop.services.context import Actor


class Scope(StrEnum):
    NONE = "none"
    PAIRED = "paired"
    CLASS = "class"
    ALL = "all"


class Do(StrEnum):
    """The sensitive actions, one row of the matrix each."""

    LIST_STUDENTS = "list_students"  # list, open and search student files
    EDIT_STUDENT = "edit_student"  # change a file one may list
    ADD_STUDENT = "add_student"  # a new file (a child enrolled at the school)
    REVEAL_ID = "reveal_id"  # see a full ID number on screen (audited, with a reason)
    FULL_ID_FILES = "full_id_files"  # exports and printed forms with full ID numbers
    READ_CARE_TEXT = "read_care_text"  # diary "what happened", counselling, parents' phones
    MANAGE_CARE = "manage_care"  # teachers, pairings, every teacher's care records
    RECORD_PAYMENTS = "record_payments"  # record and void aid payments
    CHANGE_STANDARDS = "change_standards"  # aid programs and standards (reference data)
    DELETE = "delete"  # tombstone a student file
    PURGE = "purge"  # blank acknowledged tombstones; erase at the family's request
    EXPORT = "export"  # sync packages, student lists
    IMPORT = "import"  # sync packages, rosters, county lists
    ENROL = "enrol"  # enrol or re-key a peer (school or township)
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_AUDIT = "view_audit"
    CONFIGURE = "configure"  # settings of this installation
    BACKUP = "backup"  # a backup to a folder (a USB stick)
    RESTORE = "restore"
    SET_RETENTION = "set_retention"  # how long each kind of data is kept (the county's)


# The roles of accounts: four at a school, one at the township. "system" is the program
# itself (demo data, set-up, tests) and may do everything.
SCHOOL_ROLES = ("principal", "aid_officer", "head_teacher", "teacher")
TOWNSHIP_ROLES = ("township",)
ROLES = (*SCHOOL_ROLES, *TOWNSHIP_ROLES)
ACCOUNT_ROLE = choices(
    "account_role",
    ("principal", N_("Principal")),
    ("aid_officer", N_("Aid officer")),
    ("head_teacher", N_("Head teacher")),
    ("teacher", N_("Teacher")),
    ("township", N_("Township administrator")),
)

A, C, P, N = Scope.ALL, Scope.CLASS, Scope.PAIRED, Scope.NONE

# fmt: off
#                        principal aid_officer head_teacher teacher township
MATRIX: dict[Do, tuple[Scope, Scope, Scope, Scope, Scope]] = {
    Do.LIST_STUDENTS:    (A,        A,          C,           P,      A),
    Do.EDIT_STUDENT:     (A,        A,          C,           P,      A),
    Do.ADD_STUDENT:      (A,        A,          A,           N,      A),
    Do.REVEAL_ID:        (A,        A,          N,           N,      A),
    Do.FULL_ID_FILES:    (A,        A,          N,           N,      A),
    Do.READ_CARE_TEXT:   (A,        N,          P,           P,      N),
    Do.MANAGE_CARE:      (A,        A,          N,           N,      A),
    Do.RECORD_PAYMENTS:  (A,        A,          N,           N,      N),
    Do.CHANGE_STANDARDS: (N,        N,          N,           N,      A),
    Do.DELETE:           (A,        N,          N,           N,      A),
    Do.PURGE:            (A,        N,          N,           N,      A),
    Do.EXPORT:           (A,        A,          N,           N,      A),
    Do.IMPORT:           (A,        A,          N,           N,      A),
    Do.ENROL:            (A,        N,          N,           N,      A),
    Do.MANAGE_ACCOUNTS:  (A,        N,          N,           N,      A),
    Do.VIEW_AUDIT:       (A,        N,          N,           N,      A),
    Do.CONFIGURE:        (A,        N,          N,           N,      A),
    Do.BACKUP:           (A,        A,          N,           N,      A),
    Do.RESTORE:          (A,        N,          N,           N,      A),
    Do.SET_RETENTION:    (N,        N,          N,           N,      A),
}
# fmt: on

DENIED = {
    Do.LIST_STUDENTS: N_("Your account may not see this student's file."),
    Do.EDIT_STUDENT: N_("Your account may not change this student's file."),
    Do.ADD_STUDENT: N_("Your account may not add student files."),
    Do.REVEAL_ID: N_("Your account may not see full ID numbers."),
    Do.FULL_ID_FILES: N_("Only the principal or the aid officer may write full ID numbers."),
    Do.READ_CARE_TEXT: N_("Only the child's own teachers read this."),
    Do.MANAGE_CARE: N_("Only the principal or the aid officer manages teachers and pairings."),
    Do.RECORD_PAYMENTS: N_("Only the aid officer or the principal records payments."),
    Do.CHANGE_STANDARDS: N_("Aid programs and standards are set by the township."),
    Do.DELETE: N_("Only the principal deletes student files."),
    Do.PURGE: N_("Only the principal purges or erases personal data."),
    Do.EXPORT: N_("Only the principal or the aid officer exports."),
    Do.IMPORT: N_("Only the principal or the aid officer imports."),
    Do.ENROL: N_("Only the principal enrols or re-keys a school or township."),
    Do.MANAGE_ACCOUNTS: N_("Only the principal manages accounts."),
    Do.VIEW_AUDIT: N_("Only the principal reads the audit log."),
    Do.CONFIGURE: N_("Only the principal changes the settings."),
    Do.BACKUP: N_("Only the principal or the aid officer backs up to a folder."),
    Do.RESTORE: N_("Only the principal restores a backup."),
    Do.SET_RETENTION: N_("How long data is kept is the county's rule, set at the township."),
}


def scope(role: str, action: Do) -> Scope:
    """The scope `role` has for `action` (NONE for a role the matrix does not know)."""
    if role == "system":
        return Scope.ALL
    if role not in ROLES:
        return Scope.NONE
    return MATRIX[action][ROLES.index(role)]


def allows(actor: Actor, action: Do) -> bool:
    """Whether the actor may do `action` at all (on some records, for a scoped one)."""
    return scope(actor.role, action) is not Scope.NONE


def allows_all(actor: Actor, action: Do) -> bool:
    return scope(actor.role, action) is Scope.ALL


def require(actor: Actor, action: Do) -> None:
    """Refuse (PermissionDenied, in words) unless the actor may do `action` at all."""
    if not allows(actor, action):
        raise PermissionDenied(DENIED.get(action))


# Beside the matrix: who follows up the children who left ("No child lost") and sees the
# children handed over between schools, and who clears the conflicts of sync. Read by
# the services' refusals and by the main window's menus (one rule, one place; this
# module is light: the window asks before the services it names are loaded).
FOLLOW_UP_ROLES = ("principal", "aid_officer", "township", "system")


def may_follow_up(actor: Actor) -> bool:
    """The children who left and the handovers between schools."""
    return actor.role in FOLLOW_UP_ROLES


def may_resolve_conflicts(actor: Actor) -> bool:
    return allows(actor, Do.CONFIGURE) or actor.role == "aid_officer"


def roles_allowed(action: Do) -> list[str]:
    """The account roles that may do `action` (for the screens' wording and the tests)."""
    return [role for role in ROLES if scope(role, action) is not Scope.NONE]
