"""The backup passphrase: a backup made for a USB stick is encrypted with a key derived
from it (fupin_desktop/encryption.py). The principal sets it once; the ledger keeps only
its scrypt hash, to tell a typing mistake before a backup is made with it.

Recovery (docs/architecture.md, "People and privacy"): the passphrase is written on the
recovery sheet kept with the principal's recovery code (in the school's safe). Without
it an encrypted backup cannot be opened by anyone, the program included; the rotating
backups beside the ledger on this PC are not encrypted (they are private to the user).
A principal who lost it sets a new one: backups made from then on use the new one.
"""

from __future__ import annotations

from fupin_desktop.db.base import database
from fupin_desktop.db.models import Setting
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.services import audit
from fupin_desktop.services.accounts import pins
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor, Changes, Result

KEY = "backup.passphrase"
MIN_LENGTH = 10
NOT_SET = N_(
    "No backup passphrase is set yet: the principal sets it in Settings (or with "
    "`fupin backup passphrase`) before a backup to a folder."
)
WRONG = N_("This is not the backup passphrase.")


def is_set() -> bool:
    row = Setting.get_or_none(Setting.key == KEY)
    return bool(row is not None and row.value)


def set_passphrase(actor: Actor, passphrase: str) -> Result[None]:
    require(actor, Do.CONFIGURE)
    if len(passphrase) < MIN_LENGTH or len(set(passphrase)) < 4:
        raise ValidationError(
            N_("A backup passphrase has at least {n} characters, not all alike."), n=MIN_LENGTH
        )
    with database.atomic():
        replaced = is_set()
        Setting.insert(key=KEY, value=pins.hash_secret(passphrase)).on_conflict_replace().execute()
        details = "backup passphrase replaced" if replaced else "backup passphrase set"
        audit.record(actor, audit.Action.SETTINGS, "setting", details=details)
    return Result(None, Changes(settings=True))


def check(passphrase: str) -> None:
    """Refuse (in words) unless `passphrase` is the one set."""
    row = Setting.get_or_none(Setting.key == KEY)
    if row is None or not row.value:
        raise ValidationError(NOT_SET)
    if not pins.verify_secret(passphrase, str(row.value)):
        raise ValidationError(WRONG)
