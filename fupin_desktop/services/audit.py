"""The audit log: who read or changed personal data. Written by services only."""

from __future__ import annotations

from fupin_desktop.db.models import AuditLog
from fupin_desktop.services.context import Actor


def record(
    actor: Actor, action: str, table: str = "", record_id: str = "", details: str = ""
) -> None:
    AuditLog.create(
        actor=actor.name,
        role=actor.role,
        action=action,
        table=table,
        record_id=record_id,
        details=details,
    )
