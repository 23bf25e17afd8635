"""Who is acting, what an operation changed, and how a service says so.

Every service that changes data returns a `Result[T]`: `.value` is what it made (the id
of a saved record, a summary, or None) and `.changes` the `Changes` it made. It is a
named tuple, so `value, changes = service(...)` reads it too. The GUI's operation helper
(ui/operations.py) relies on it: it announces `.changes` and hands `.value` on
(docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, NamedTuple, TypeVar


@dataclass(frozen=True)
class Actor:
    """The person doing something, in which role. Access rules, ID masking and the audit
    log are decided from this, in the services, never in the widgets."""

    name: str
    role: str  # teacher / head_teacher / aid_officer / principal / township / system
    teacher_id: str | None = None
    # The account logged in (services/accounts): every service call's actor comes from
    # the login (docs/architecture.md, "People and privacy").
    account_id: str | None = None

    @property
    def may_see_full_ids(self) -> bool:
        """Writes full ID numbers into exports and printed forms (the role matrix); on
        screen a full ID shows only through an audited reveal."""
        from fupin_desktop.services.accounts.roles import Do, allows

        return allows(self, Do.FULL_ID_FILES)

    @property
    def may_configure(self) -> bool:
        from fupin_desktop.services.accounts.roles import Do, allows

        return allows(self, Do.CONFIGURE)


SYSTEM = Actor("system", "system")


@dataclass
class Changes:
    """What an operation touched: table names and record ids. The UI broadcasts it and
    each open view decides whether to reload."""

    tables: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    settings: bool = False

    def touch(self, table: str, *ids: str) -> Changes:
        self.tables.add(table)
        self.ids.update(ids)
        return self

    def merge(self, other: Changes) -> Changes:
        self.tables |= other.tables
        self.ids |= other.ids
        self.settings = self.settings or other.settings
        return self

    def affects(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables)) or self.settings

    def __bool__(self) -> bool:
        return bool(self.tables or self.ids or self.settings)


T = TypeVar("T")


class Result(NamedTuple, Generic[T]):
    """What a service that changes data returns: its value and the Changes it made."""

    value: T
    changes: Changes
