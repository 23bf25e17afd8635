"""The state of this running program: which ledger, which installation, who is acting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fupin_desktop.services.context import Actor
    from fupin_desktop.services.installation import InstallationInfo


def __getattr__(name: str) -> Actor:
    # LOCAL_USER, made when first asked for: this module loads before the program's
    # first paint, and the services' code after it (docs/architecture.md, "Start-up and
    # speed").
    if name == "LOCAL_USER":
        return _local_user()
    raise AttributeError(name)


def _local_user() -> Actor:
    """The actor of a session no one logged into: the self-check and the GUI tests. The
    program itself sets the login's actor before its window is built (ui.app.run,
    through ui.accounts.lock.Guard): every service call's actor comes from the login."""
    from fupin_desktop.services.context import Actor

    return Actor("本机用户", "principal")


class Session:
    """Which ledger, which installation, who is acting."""

    def __init__(
        self, db_path: Path, actor: Actor | None = None, info: InstallationInfo | None = None
    ) -> None:
        self.db_path = db_path
        self.actor = actor if actor is not None else _local_user()
        self.info = info

    def refresh(self) -> None:
        from fupin_desktop.services import installation

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


def current_session() -> Session | None:
    """The session, or None while the program is still opening its ledger (the main
    window's frame shows before: docs/architecture.md, "Start-up and speed")."""
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
    from dataclasses import replace

    return replace(session().actor, teacher_id=teacher_id)
