"""The audit log (v2): evidence of who read or changed personal data. Written by
services only (docs/architecture.md, "People and privacy").

A row says who (account, role), when (UTC), what (an action of a closed list, the table
and record, the names of the fields changed, details with ID and phone numbers masked,
free text a person typed kept only as its SHA-256) and why (the reason a person gave,
where one was asked). Each row is chained to the one before: its `hash` is the SHA-256
of the previous row's hash and its own columns (privacy.chain_hash), so a row changed,
removed or inserted later breaks the chain from there on (`verify`). The head of the
chain (`head`) travels in every outgoing package; a restore keeps the log (the current
ledger's rows are carried into the restored one: `carry_over`).

Before a file: a service that writes a file with personal data (an export, a printed
form, a backup) calls `record_before_file` first; the row is committed before the file
exists, so a ledger that cannot take the row (read-only, locked) gets no file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from fupin_desktop.db import bulk
from fupin_desktop.db.base import database, take_changed, timestamp_text, utcnow
from fupin_desktop.db.models import AuditLog
from fupin_desktop.i18n import N_, tr
from fupin_desktop.privacy import CHAINED, GENESIS, chain_hash, mask_personal, text_digest
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor


class Action(StrEnum):
    """The closed list of what the audit log records."""

    # accounts and sessions
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    LOCK = "lock"
    ACCOUNT = "account"  # an account made, changed, disabled; a PIN set or reset
    RECOVER = "recover"  # the principal's PIN reset with the recovery code
    # reading personal data
    READ = "read"
    READ_CARE_TEXT = "read_care_text"
    REVEAL = "reveal"
    AUDIT_VIEW = "audit_view"
    COVERAGE = "coverage"
    PREVIEW_LIST = "preview_list"
    # files with personal data
    EXPORT = "export"
    PRINT = "print"
    COUNTY_REPORT = "county_report"
    BACKUP = "backup"
    RESTORE = "restore"
    SYNC_EXPORT = "sync_export"
    SYNC_IMPORT = "sync_import"
    IMPORT = "import"
    IMPORT_LIST = "import_list"
    # trust
    ENROL = "enrol"
    REKEY = "rekey"
    KEY_EXPORT = "key_export"  # the private keys, encrypted, for a reinstall
    KEY_IMPORT = "key_import"
    ROUTE_PASSWORD = "route_password"  # an Excel password made for a route
    # settings and set-up
    SETTINGS = "settings"
    INITIALISE = "initialise"
    UPDATE_INSTALLATION = "update_installation"
    SEED = "seed"
    DEMO_DATA = "demo_data"
    SYNC_SENSITIVE_TEXT = "sync_sensitive_text"
    # retention
    PURGE = "purge"
    ERASE = "erase"
    RETENTION = "retention"
    # changes of records
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    HISTORY = "history"
    END = "end"
    VOID = "void"
    ACTIVATE = "activate"
    DEACTIVATE = "deactivate"
    RESOLVE_CONFLICT = "resolve_conflict"
    # aid over time (issue 10) and the school year (issue 11)
    PREPARE = "prepare"
    CONFIRM = "confirm"
    ADJUST = "adjust"
    PROVIDE = "provide"
    RECORD_SHEET = "record_sheet"
    IMPORT_BANK = "import_bank"
    SETTING = "setting"
    ASSESS = "assess"
    NOTICE = "notice"
    FOLLOW_UP = "follow_up"
    NEW_SCHOOL_YEAR = "new_school_year"
    # handover within the township (issue 11)
    TRANSFER_OUT = "transfer_out"
    HANDOVER_OFFER = "handover_offer"
    HANDOVER_ACCEPT = "handover_accept"
    HANDOVER_REFUSE = "handover_refuse"


ACTIONS = frozenset(a.value for a in Action)
# What the principal's viewer calls each action (English source, shown in Chinese).
ACTION_LABELS: dict[str, str] = {
    "login": N_("Logged in"),
    "login_failed": N_("Wrong PIN or name"),
    "logout": N_("Logged out"),
    "lock": N_("Window locked"),
    "account": N_("Account changed"),
    "recover": N_("PIN set with the recovery code"),
    "read": N_("Read"),
    "read_care_text": N_("Read diary or counselling text"),
    "reveal": N_("Full ID number shown"),
    "audit_view": N_("Audit log read"),
    "coverage": N_("Coverage read"),
    "preview_list": N_("County list previewed"),
    "export": N_("Exported"),
    "print": N_("Printed"),
    "county_report": N_("County report written"),
    "backup": N_("Backed up"),
    "restore": N_("Restored from a backup"),
    "sync_export": N_("Package written"),
    "sync_import": N_("Package imported"),
    "import": N_("Roster imported"),
    "import_list": N_("County list imported"),
    "enrol": N_("School or township enrolled"),
    "rekey": N_("Key changed"),
    "key_export": N_("Keys exported for a reinstall"),
    "key_import": N_("Keys imported from a reinstall"),
    "route_password": N_("Package password made"),
    "settings": N_("Settings changed"),
    "initialise": N_("Set up"),
    "update_installation": N_("Installation changed"),
    "seed": N_("Aid programs seeded"),
    "demo_data": N_("Demo data"),
    "sync_sensitive_text": N_("Sending of diary text changed"),
    "purge": N_("Personal data purged"),
    "erase": N_("Erased at the family's request"),
    "retention": N_("Retention changed"),
    "create": N_("Created"),
    "update": N_("Changed"),
    "delete": N_("Deleted"),
    "history": N_("Status change recorded"),
    "end": N_("Ended"),
    "void": N_("Payment voided"),
    "activate": N_("Activated"),
    "deactivate": N_("Deactivated"),
    "resolve_conflict": N_("Conflict resolved"),
    "prepare": N_("Term list prepared"),
    "confirm": N_("Confirmed"),
    "adjust": N_("Adjustment recorded"),
    "provide": N_("Aid in kind recorded"),
    "record_sheet": N_("Signed sheet recorded"),
    "import_bank": N_("Bank payment detail imported"),
    "setting": N_("Settings changed"),
    "assess": N_("Assessment recorded"),
    "notice": N_("Public notice recorded"),
    "follow_up": N_("Follow-up recorded"),
    "new_school_year": N_("New school year"),
    "transfer_out": N_("Transferred out"),
    "handover_offer": N_("Handed over to a school"),
    "handover_accept": N_("Handed-over child taken in"),
    "handover_refuse": N_("Handed-over child not here"),
}


def action_label(action: str) -> str:
    return tr(ACTION_LABELS.get(action, action))


# Changes whose changed fields are taken from the saves (db.base.take_changed).
_CHANGES = frozenset({"create", "update", "delete", "history", "end", "void", "erase"})
_COLUMNS = (*CHAINED, "prev_hash", "hash")  # what the hash covers, then the chain


@dataclass(frozen=True)
class Entry:
    """One event to record (`record_many`): what `record` takes, as data."""

    action: str
    table: str = ""
    record_id: str = ""
    details: str = ""
    fields: Sequence[str] | None = None
    reason: str = ""
    text: str = ""


def record(
    actor: Actor,
    action: str,
    table: str = "",
    record_id: str = "",
    details: str = "",
    *,
    fields: Sequence[str] | None = None,
    reason: str = "",
    text: str = "",
) -> None:
    """Append one row. `details`: what the program says (counts, codes, a file name),
    masked; `text`: free text a person typed about a child, kept as its SHA-256 only;
    `reason`: why, where the person was asked (masked); `fields`: the fields changed
    (taken from the saves of `table`/`record_id` when not given)."""
    record_many(actor, [Entry(action, table, record_id, details, fields, reason, text)])


def record_many(actor: Actor, entries: Iterable[Entry]) -> None:
    """Append rows, chained, in one transaction (a bulk import's rows)."""
    with database.atomic():
        last = database.execute_sql(
            'SELECT "id", "hash" FROM "audit_log" ORDER BY "id" DESC LIMIT 1'
        ).fetchone()
        seq, prev = (last[0], last[1] or GENESIS) if last else (0, GENESIS)
        at = timestamp_text(utcnow())
        rows = []
        for entry in entries:
            seq += 1
            row = _row(actor, entry, seq, at)
            row["prev_hash"] = prev
            row["hash"] = prev = chain_hash(prev, row)
            rows.append(row)
        if rows:
            # The id is SQLite's next rowid (max + 1 under this write lock), as chained.
            bulk.insert_records(AuditLog, [{k: v for k, v in r.items() if k != "id"} for r in rows])


def _row(actor: Actor, entry: Entry, seq: int, at: str) -> dict[str, Any]:
    action = str(entry.action)
    if action not in ACTIONS:
        raise ValueError(f"audit action {action!r} is not in the closed list")
    fields = entry.fields
    if fields is None and action in _CHANGES and entry.table and entry.record_id:
        fields = take_changed(entry.table, entry.record_id)
    details = mask_personal(entry.details)
    if entry.text:
        details = f"{details} {text_digest(entry.text)}".strip()
    return {
        "id": seq,
        "at": at,
        "actor": actor.name,
        "account_id": actor.account_id or "",
        "role": actor.role,
        "action": action,
        "table": entry.table,
        "record_id": entry.record_id,
        "fields": ",".join(fields or ()),
        "details": details,
        "reason": mask_personal(entry.reason.strip()),
    }


def record_before_file(
    actor: Actor,
    action: str,
    table: str = "",
    details: str = "",
    *,
    reason: str = "",
) -> None:
    """The row for a file about to be written, committed now: never call it inside a
    transaction (the row would only be committed with it, after the file)."""
    if database.in_transaction():
        raise RuntimeError("record_before_file inside a transaction")
    record(actor, action, table, details=details, reason=reason)


# --- reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """The last row of the chain: its sequence number and hash (0 and GENESIS when the
    log is empty). Carried in every outgoing manifest."""

    seq: int
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "sha256": self.sha256}


def manifest_head() -> dict[str, Any]:
    """What every outgoing manifest carries of the audit log: its chain head (the one
    function the package writer calls)."""
    return head().as_dict()


def head() -> Head:
    last = database.execute_sql(
        'SELECT "id", "hash" FROM "audit_log" ORDER BY "id" DESC LIMIT 1'
    ).fetchone()
    return Head(last[0], last[1]) if last else Head(0, GENESIS)


@dataclass(frozen=True)
class ChainCheck:
    rows: int
    broken_at: int | None  # the first row whose hash does not follow, or None

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def _check_rows(rows: Iterable[Sequence[Any]]) -> ChainCheck:
    prev, count = GENESIS, 0
    for values in rows:
        row = dict(zip(_COLUMNS, values, strict=True))
        count += 1
        if row["prev_hash"] != prev or chain_hash(prev, row) != row["hash"]:
            return ChainCheck(count, row["id"])
        prev = row["hash"]
    return ChainCheck(count, None)


def _select_all() -> str:
    names = ", ".join(f'"{c}"' for c in _COLUMNS)
    return f'SELECT {names} FROM "audit_log" ORDER BY "id"'


def verify() -> ChainCheck:
    """Recompute the chain from the first row: intact, or the first row that breaks it."""
    return _check_rows(database.execute_sql(_select_all()))


@dataclass(frozen=True)
class AuditQuery:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor: str = ""
    action: str = ""
    limit: int = 500
    offset: int = 0


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    actor: str
    role: str
    action: str
    table: str
    record_id: str
    fields: str
    details: str
    reason: str


def entries(actor: Actor, query: AuditQuery) -> list[AuditRow]:
    """The log, newest first, for the principal's viewer (reading it is recorded)."""
    require(actor, Do.VIEW_AUDIT)
    select = AuditLog.select()
    if query.date_from:
        select = select.where(AuditLog.at >= dt.datetime.combine(query.date_from, dt.time()))
    if query.date_to:
        end = dt.datetime.combine(query.date_to + dt.timedelta(days=1), dt.time())
        select = select.where(AuditLog.at < end)
    if query.actor:
        select = select.where(AuditLog.actor == query.actor)
    if query.action:
        select = select.where(AuditLog.action == query.action)
    found = [
        AuditRow(
            r.id,
            r.at,
            r.actor,
            r.role,
            r.action,
            r.table,
            r.record_id,
            r.fields,
            r.details,
            r.reason,
        )
        for r in select.order_by(AuditLog.id.desc()).limit(query.limit).offset(query.offset)
    ]
    record(actor, Action.AUDIT_VIEW, "audit_log", details=f"{len(found)} rows")
    return found


def actors() -> list[str]:
    """The names that appear in the log, for the viewer's filter."""
    rows = database.execute_sql('SELECT DISTINCT "actor" FROM "audit_log" ORDER BY "actor"')
    return [r[0] for r in rows]


# --- kept across restores ---------------------------------------------------------------


def carry_over(previous: Path, restored: Path, restore_row: dict[str, str]) -> int:
    """After a restore: the log of the ledger that was replaced (`previous`, the copy
    kept aside) goes on in the restored file, whose own log is an older part of it,
    then a row for the restore itself. Returns the rows carried. A previous ledger too
    damaged to read leaves the restored log as it is (the restore row still follows)."""
    try:
        old = sqlite3.connect(f"file:{previous}?mode=ro", uri=True)
        try:
            rows = old.execute(_select_all()).fetchall()
        finally:
            old.close()
    except sqlite3.Error:
        rows = None
    con = sqlite3.connect(str(restored))
    try:
        with con:
            if rows is not None and len(rows) >= _count(con):
                con.execute('DELETE FROM "audit_log"')
                marks = ", ".join("?" for _ in _COLUMNS)
                names = ", ".join(f'"{c}"' for c in _COLUMNS)
                con.executemany(f'INSERT INTO "audit_log" ({names}) VALUES ({marks})', rows)
            last = con.execute('SELECT "id", "hash" FROM "audit_log" ORDER BY "id" DESC LIMIT 1')
            found = last.fetchone()
            seq, prev = (found[0], found[1] or GENESIS) if found else (0, GENESIS)
            row: dict[str, Any] = {c: "" for c in _COLUMNS}
            row.update(restore_row, id=seq + 1, at=timestamp_text(utcnow()), action="restore")
            row["prev_hash"] = prev
            row["hash"] = chain_hash(prev, row)
            names = ", ".join(f'"{c}"' for c in _COLUMNS)
            marks = ", ".join("?" for _ in _COLUMNS)
            con.execute(
                f'INSERT INTO "audit_log" ({names}) VALUES ({marks})', [row[c] for c in _COLUMNS]
            )
        con.execute("PRAGMA journal_mode = DELETE")
    finally:
        con.close()
    return len(rows or [])


def _count(con: sqlite3.Connection) -> int:
    return int(con.execute('SELECT count(*) FROM "audit_log"').fetchone()[0])
