"""The tables of people and privacy (docs/architecture.md, "People and privacy"):
accounts with hashed PINs, and the record of what retention purged. Both stay on this
installation: an account, a PIN or a purge never travels."""

from __future__ import annotations

import peewee as pw

from fupin_desktop.db.base import Local, new_id, utcnow


class Account(Local):
    """A person who logs in: a name, a role of the role matrix and a PIN (scrypt hash).
    A teacher's account names the teacher record it is, for "paired with me"."""

    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    name = pw.CharField(max_length=40, unique=True)
    role = pw.CharField(max_length=20)
    teacher_id = pw.CharField(max_length=36, null=True)
    pin_hash = pw.CharField(max_length=200)
    # The principal's (or township administrator's) recovery code, hashed like a PIN.
    recovery_hash = pw.CharField(max_length=200, default="")
    active = pw.BooleanField(default=True)
    # Back-off after wrong PINs: how many in a row, and no try before this moment (UTC).
    failed_pins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    last_login_at = pw.DateTimeField(null=True)
    pin_changed_at = pw.DateTimeField(default=utcnow)
    created_at = pw.DateTimeField(default=utcnow)

    class Meta:
        table_name = "account"


class PurgeLog(Local):
    """A travelling record whose personal columns retention blanked, when and why
    (every peer acknowledged its tombstone, or the family asked)."""

    table = pw.CharField(max_length=40)
    record_id = pw.CharField(max_length=36)
    purged_at = pw.DateTimeField(default=utcnow)
    reason = pw.CharField(max_length=20)  # acknowledged / family_request

    class Meta:
        table_name = "purge_log"
        primary_key = pw.CompositeKey("table", "record_id")
