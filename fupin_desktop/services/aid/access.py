"""Who may do what with aid (资助), and how a refused form reads.

Recording and voiding payments and changing programs and standards are rows of the
role matrix (services/accounts/roles.py); reading the aid of named children by role here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.clean import error_lines
from fupin_desktop.schema.fields import Catalogue
from fupin_desktop.services.accounts.roles import Do, allows, roles_allowed
from fupin_desktop.services.accounts.roles import require as require_matrix
from fupin_desktop.services.context import Actor

# Who may record and void payments (the role matrix), and who may read the aid of named
# children.
AID_WRITERS = (*roles_allowed(Do.RECORD_PAYMENTS), "system")
AID_READERS = (*AID_WRITERS, "township")


def require(actor: Actor, roles: Sequence[str]) -> None:
    if actor.role not in roles:
        raise PermissionDenied()


def require_configure(actor: Actor) -> None:
    """Programs: a school's own (a donation, a school fund) are the principal's too."""
    require_matrix(actor, Do.CONFIGURE)


def require_standards(actor: Actor) -> None:
    """Standards (how much, for whom, from when) are the township's (the role matrix)."""
    require_matrix(actor, Do.CHANGE_STANDARDS)


def may_record_payments(actor: Actor) -> bool:
    return allows(actor, Do.RECORD_PAYMENTS)


def may_read(actor: Actor) -> bool:
    return actor.role in AID_READERS


# Who sees a bank card number whole (DESIGN.md, "People and privacy"); everyone else
# sees it masked (schema.format.mask_card_number).
CARD_READERS = ("aid_officer", "principal", "system")
# Who confirms a term's list (the aid officer prepares it).
CONFIRMERS = ("principal", "system")


def may_see_card(actor: Actor) -> bool:
    return actor.role in CARD_READERS


# Keys of errors about what a form names but its catalogue does not hold.
_OTHER_LABELS = {
    "student": N_("Student"),
    "program": N_("Program"),
    "school_year": N_("School year"),
    "term": N_("Term"),
}


def raise_if_errors(errors: Mapping[str, str], catalogue: Catalogue) -> None:
    if not errors:
        return
    labels = {key: tr(label) for key, label in _OTHER_LABELS.items()}
    labels.update({f.key: f.title for f in catalogue})
    text = error_lines(errors, labels)
    first = next(iter(errors))
    raise ValidationError(N_("Please correct: {errors}"), field=first, errors=text)
