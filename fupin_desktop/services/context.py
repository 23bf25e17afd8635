"""Who is acting, and what an operation changed."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    """The person doing something, in which role. Access rules, ID masking and the audit
    log are decided from this, in the services, never in the widgets."""

    name: str
    role: str  # teacher / head_teacher / aid_officer / principal / township / system
    teacher_id: str | None = None

    @property
    def may_see_full_ids(self) -> bool:
        return self.role in ("principal", "aid_officer", "township", "system")

    @property
    def may_configure(self) -> bool:
        return self.role in ("principal", "township", "system")


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
