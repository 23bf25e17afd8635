"""What packages carry for people and privacy (docs/architecture.md, "People and
privacy"):

- every outgoing manifest carries the head of the sender's audit chain (sequence and
  SHA-256, services/audit.manifest_head); the receiver keeps it with the package
  (package_ledger.audit_seq, audit_sha256) and says so when a sender's head goes
  back, or changes at the same sequence: that sender's audit log was rewritten, or its
  ledger replaced by an older copy whose log was not kept;
- a township's packages carry the county's retention (services/accounts/retention),
  which a school keeps.
"""

from __future__ import annotations

from typing import Any

from fupin_desktop.db.models import PackageLedger
from fupin_desktop.i18n import N_, tr
from fupin_desktop.services.accounts import retention
from fupin_desktop.sync.manifest import Manifest

REWRITTEN = N_(
    "The audit log of {sender} went back from row {before} to row {now} (or changed at "
    "the same row) since its last package: its log was rewritten or its ledger replaced. "
    "Ask the school why."
)


def retention_to_send(sender_role: str) -> dict[str, int]:
    """The county's retention, in a township's packages (a school's carry none)."""
    return retention.values() if sender_role == "township" else {}


def head_columns(manifest: Manifest) -> dict[str, Any]:
    """The package ledger's columns for the sender's chain head."""
    head = manifest.audit_head or {}
    return {"audit_seq": head.get("seq"), "audit_sha256": str(head.get("sha256") or "")}


def notes(manifest: Manifest, sender_label: str) -> list[str]:
    """A note when the sender's audit chain head went back since its last package here."""
    head = manifest.audit_head or {}
    if "seq" not in head:
        return []
    last = (
        PackageLedger.select()
        .where(
            (PackageLedger.direction == "in")
            & (PackageLedger.sender_instance == manifest.sender_instance)
            & PackageLedger.audit_seq.is_null(False)
        )
        .order_by(PackageLedger.audit_seq.desc())
        .first()
    )
    if last is None:
        return []
    seq, sha = int(head["seq"]), str(head.get("sha256") or "")
    went_back = seq < last.audit_seq or (seq == last.audit_seq and sha != last.audit_sha256)
    if not went_back:
        return []
    return [tr(REWRITTEN).format(sender=sender_label, before=last.audit_seq, now=seq)]


def keep_retention(manifest: Manifest) -> None:
    """A school keeps the county's retention its township sent (checked values only)."""
    if manifest.sender_role != "township" or not manifest.retention:
        return
    try:
        retention.store(retention.clean(dict(manifest.retention)))
    except Exception:  # a value out of bounds: the school keeps what it had
        return
