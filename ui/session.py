"""The state of this running program: which ledger, which installation, who is acting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from fupin_desktop.services import installation
from fupin_desktop.services.context import Actor

# The actor of a session no one logged into: the self-check and the GUI tests. The
# program itself sets the login's actor before its window shows (ui.app.run, through
# ui.accounts.lock.Guard): every service call's actor comes from the login.
LOCAL_USER = Actor("本机用户", "principal")


@dataclass
class Session:
    db_path: Path
    actor: Actor = LOCAL_USER
    info: installation.InstallationInfo | None = None

    def refresh(self) -> None:
        self.info = installation.current()

    @property
    def is_township(self) -> bool:
        return bool(self.info and self.info.is_township)


_session: Session | None = None


def set_session(session: Session) -> None:
    global _session
    _session = session


def session() -> Session:
    assert _session is not None, "no session: ui.app.run() sets it"
    return _session


def school_scope() -> str | None:
    """The school a school installation keeps; None (every school) for the township."""
    info = session().info
    return info.school_id if info is not None else None


def teacher_actor(teacher_id: str, name: str) -> Actor:
    """Who acts when a teacher's home is viewed ("view as"): the person logged in, with
    that teacher's records in view. Nobody acts "as" another person: the audit log names
    who is logged in, and the role matrix decides by that account's role
    (docs/architecture.md, "People and privacy")."""
    return replace(session().actor, teacher_id=teacher_id)
