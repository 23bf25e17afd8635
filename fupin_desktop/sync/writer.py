"""Export: the rows the receiver has not acknowledged yet (or all of them), written as a
package: 说明 first for people, one sheet per kind of record, the manifest last (its
hashes are known only once every data sheet is written; write-only sheets cannot go
back), signed with this installation's Ed25519 key and, by default, sealed to the
receiver's enrolled X25519 key (docs/architecture.md, "Trust"). A school sends no
reference data: aid programs, standards and reminder rules are the township's."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from fupin_desktop import APP_VERSION
from fupin_desktop.db import routes
from fupin_desktop.db.base import database, new_id, utcnow
from fupin_desktop.db.migrations import latest_version
from fupin_desktop.db.models import Installation, PackageLedger, School
from fupin_desktop.errors import NotInitialised, ValidationError
from fupin_desktop.fileio import cannot_write, publish
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io import xlsx
from fupin_desktop.progress import CancelToken, Report, no_report
from fupin_desktop.services import audit, installation
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.schoolyear import relay
from fupin_desktop.sync import evidence, keys, state, trust
from fupin_desktop.sync.book import BookSheet, cell_maker, written_book
from fupin_desktop.sync.codec import SheetHasher, canonical_json
from fupin_desktop.sync.manifest import (
    DATA,
    KEY_LABELS,
    MANIFEST_TITLE,
    RECEIPT,
    Manifest,
    SheetEntry,
)
from fupin_desktop.sync.protection import (
    EXCEL_PASSWORD,
    PLAIN,
    SEALED,
    protect,
    verify_written,
)
from fupin_desktop.sync.tables import SyncTable, is_reference, scope_sql, sync_tables

__all__ = ["EXCEL_PASSWORD", "PLAIN", "SEALED", "ExportResult", "Route", "export_package"]

ABOUT_TITLE = N_("About this package")
_FETCH = 2000


@dataclass(frozen=True)
class Route:
    """Who sends to whom, and which school's records travel on it."""

    peer: str  # state.peer_key of the receiver
    to_role: str
    to_code: str
    to_name: str
    school_id: str
    school_code: str
    school_name: str


@dataclass
class ExportResult:
    path: Path
    manifest: Manifest
    counts: dict[str, int]
    verified: bool
    protection: str = PLAIN


def route_to(info: installation.InstallationInfo, to_code: str | None) -> Route:
    if not info.is_township:
        if to_code and to_code != info.township_code:
            raise ValidationError(
                N_("A school sends its packages to its own township ({code})."),
                code=info.township_code,
            )
        assert info.school_id is not None
        return Route(
            state.peer_key("township", info.township_code),
            "township",
            info.township_code,
            info.township_name,
            info.school_id,
            info.school_code,
            info.school_name,
        )
    if not to_code:
        raise ValidationError(N_("In township mode, say which school the package is for."))
    school = School.get_or_none((School.code == to_code.strip()) & (School.deleted == False))  # noqa: E712
    if school is None:
        raise ValidationError(N_("No school with the code {code}."), code=to_code)
    return Route(
        state.peer_key("school", school.code),
        "school",
        school.code,
        school.name,
        school.id,
        school.code,
        school.name,
    )


def _travels(table: SyncTable, route: Route) -> bool:
    """A school sends its own rows only: reference data comes down from the township."""
    return route.to_role == "school" or not is_reference(table)


def _where(table: SyncTable, route: Route, base: dict[str, int]) -> tuple[str, list[Any]]:
    """Rows of the route's school (or reference data), changed beyond `base`: a row is
    sent when its version holds an edit the receiver has not acknowledged."""
    clauses: list[str] = []
    params: list[Any] = []
    scope = scope_sql(table)
    if scope is not None:
        clauses.append(scope)
        params.append(route.school_id)
    if base:
        clauses.append(
            "EXISTS (SELECT 1 FROM json_each(t.version) AS j "
            "WHERE j.value > COALESCE(json_extract(?, '$.\"' || j.key || '\"'), 0))"
        )
        params.append(canonical_json(base))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _select(table: SyncTable, route: Route, base: dict[str, int]) -> tuple[str, list[Any]]:
    columns = ", ".join(f't."{key}"' for key in table.keys)
    where, params = _where(table, route, base)
    return f'SELECT {columns} FROM "{table.name}" AS t{where} ORDER BY t.rowid', params


def _describer(table: SyncTable) -> Any:
    """A row's record as a person knows it: the child's name (a diary entry, a visit), or
    the record's own name; for the message of a cell that cannot be written."""
    keys = list(table.keys)

    def describe(row: Any) -> str:
        if "student_id" in keys:
            found = database.execute_sql(
                "SELECT name FROM student WHERE id = ?", (row[keys.index("student_id")],)
            ).fetchone()
            if found:
                return f"{table.title} · {found[0]}"
        if "name" in keys:
            return f"{table.title} · {row[keys.index('name')]}"
        return table.title

    return describe


def _count(table: SyncTable, route: Route, base: dict[str, int]) -> int:
    where, params = _where(table, route, base)
    sql = f'SELECT count(*) FROM "{table.name}" AS t{where}'
    return database.execute_sql(sql, params).fetchone()[0]


def _rows(
    table: SyncTable,
    route: Route,
    base: dict[str, int],
    hasher: SheetHasher,
    blank: set[int],
    cancel: CancelToken | None,
) -> Iterator[list[Any]]:
    sql, params = _select(table, route, base)
    cursor = database.execute_sql(sql, params)
    while batch := cursor.fetchmany(_FETCH):
        if cancel is not None:
            cancel.check()
        if blank:
            batch = [
                tuple("" if index in blank else value for index, value in enumerate(raw))
                for raw in batch
            ]
        # Hashed a block at a time (the same bytes as row by row: SheetHasher.add_rows).
        hasher.add_rows(batch)
        yield from batch  # stored values: book.cell_maker makes the cells


def _about_rows(
    manifest: Manifest, tables: list[SyncTable], counts: dict[str, int]
) -> list[list[Any]]:
    created = dt.datetime.fromisoformat(manifest.created_at).replace(tzinfo=dt.UTC).astimezone()
    sender = f"{manifest.sender_name}（{manifest.school_code or manifest.township_code}）"
    rows: list[list[Any]] = [
        [tr("What this is"), tr("The ledger records of one school, on their way")],
        ["", tr("between the school and the township central school.")],
        [tr("Sent by"), sender],
        [tr("Sent to"), f"{manifest.to_name}（{manifest.to_code}）"],
        [tr("Township"), f"{manifest.township_name}（{manifest.township_code}）"],
        [tr("Made on"), created.strftime("%Y-%m-%d %H:%M")],
        [tr("Sequence number"), manifest.sequence],
        [tr("Package ID"), manifest.package_id],
        [tr("Export"), tr("Everything") if manifest.full else tr("Changes not yet acknowledged")],
        [
            tr("Diary text and counselling notes"),
            tr("Included") if manifest.sensitive_text else tr("Not included"),
        ],
        [],
        [tr("Contents"), tr("Rows")],
    ]
    for table in tables:
        rows.append([table.title, counts.get(table.name, 0)])
    # Short lines: a sheet shows one line a cell, and a clerk should not scroll sideways.
    rows += [
        [],
        [tr("How to import"), tr("Open the ledger program: Sync > Import package.")],
        ["", tr("On the command line: fupin sync import FILE")],
        [tr("Please note"), tr("Do not change this file:")],
        ["", tr("one changed cell and the whole package is refused.")],
        ["", tr("It holds personal information of minors.")],
        ["", tr("Keep it safe; delete it from the USB stick after the import.")],
    ]
    return rows


def _manifest_spec(manifest_rows: Iterator[list[Any]]) -> xlsx.SheetSpec:
    columns = [
        xlsx.Column(tr("Key"), 18, text=True),
        xlsx.Column(tr("Value"), 60, text=True),
        xlsx.Column(tr("Meaning"), 30),
    ]
    return xlsx.SheetSpec(tr(MANIFEST_TITLE), columns, manifest_rows)


def _acknowledges(peer: str) -> list[str]:
    """The last packages received on this route: the receipt names them."""
    info = state.peer(peer) or {}
    instance = info.get("instance_id", "")
    query = (
        PackageLedger.select(PackageLedger.package_id)
        .where((PackageLedger.direction == "in") & (PackageLedger.sender_instance == instance))
        .order_by(PackageLedger.processed_at.desc())
        .limit(50)
    )
    return [row.package_id for row in query]


def _received(route: Route) -> int:
    """The highest sequence number imported from the receiver: it never hands it out again,
    even restored from a backup (state.learn_sequence)."""
    query = PackageLedger.select(pw.fn.MAX(PackageLedger.sequence)).where(
        (PackageLedger.direction == "in")
        & (PackageLedger.sender_role == route.to_role)
        & (PackageLedger.school_code == route.school_code)
    )
    return int(query.scalar() or 0)


def _new_manifest(
    info: installation.InstallationInfo, route: Route, kind: str, full: bool, base: dict[str, int]
) -> Manifest:
    actor, counter = state.own_actor()
    return Manifest(
        package_id=new_id(),
        kind=kind,
        schema_version=latest_version(),
        app_version=APP_VERSION,
        created_at=str(utcnow()),
        sender_instance=info.instance_id,
        sender_role=info.role,
        sender_name=info.display_name,
        school_code=route.school_code,
        school_name=route.school_name,
        township_code=info.township_code,
        township_name=info.township_name,
        to_role=route.to_role,
        to_code=route.to_code,
        to_name=route.to_name
        if route.to_role == "school"
        else tr("{name} central school").format(name=route.to_name),
        # Receipts take no number: a lost receipt is no missing package.
        sequence=0 if kind == RECEIPT else state.next_sequence(route.peer),
        full=full,
        base=base,
        holds=state.holding(actor, counter),
        acknowledges=_acknowledges(route.peer),
        received=_received(route),
        sensitive_text=kind == DATA and state.send_sensitive_text(),
        to_fingerprint=trust.enrolled_fingerprint(route.peer),
        # docs/architecture.md, "People and privacy": evidence the log was not rewritten.
        audit_head=audit.manifest_head(),
        retention=evidence.retention_to_send(info.role),
    )


def export_package(
    actor: Actor,
    path: Path,
    *,
    full: bool = False,
    to_code: str | None = None,
    receipt: bool = False,
    verify: bool = False,
    protection: str = SEALED,
    report: Report = no_report,
    cancel: CancelToken | None = None,
) -> Result[ExportResult]:
    """Write a package (or, with `receipt`, only a receipt) for the route to `to_code`
    (a school's code, in township mode) into `path`, in one transaction: the sequence
    number taken is given back if writing fails. `protection`: SEALED to the receiver's
    enrolled key (the default; a receipt, which holds no records, is always PLAIN),
    EXCEL_PASSWORD (the route's password, for WPS) or PLAIN. With `verify`, the file is
    read back and checked (for a USB stick about to be pulled out): a sealed one byte for
    byte, the others like an import would.

    The package is recorded in the ledger (and its number in the routes file beside it,
    db/routes.py) before it gets its final name: a kill at any moment leaves either no
    package or one the ledger knows, whose number is never used again
    (docs/architecture.md, "Crash-clean files")."""
    info = installation.current()
    if info is None:
        raise NotInitialised()
    require(actor, Do.EXPORT)
    path = Path(path)
    # The audit row first, committed: no package with personal data exists without it.
    audit.record_before_file(
        actor, "sync_export", "package_ledger", details=f"to {to_code or 'township'}"
    )
    relayed = Changes()
    me = trust.own_identity()
    written: dict[str, str] = {}
    try:
        with contextlib.ExitStack() as files:
            with database.atomic():
                if info.is_township:
                    # The township's schools and the handovers waiting for each school,
                    # up to date before they are selected ("The school year").
                    relayed = relay.after_sync(exporting=True)
                route = route_to(info, to_code)
                base = {} if full else state.ack(route.peer)
                manifest = _new_manifest(info, route, RECEIPT if receipt else DATA, full, base)
                protection, wrap, password = protect(
                    info, route.peer, route.to_name, manifest, me, protection, written
                )
                travelling = [t for t in sync_tables() if _travels(t, route)]
                counts = {} if receipt else {t.name: _count(t, route, base) for t in travelling}
                specs = _sheets(manifest, me, route, base, counts, report, cancel)
                tmp = files.enter_context(
                    written_book(path, specs, cancel, password=password, wrap=wrap)
                )
                counts.update({entry.table: entry.rows for entry in manifest.sheets})
                _record(info, route, manifest, counts, path)
            publish(tmp, path)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    verified = False
    if verify:
        report(1.0, tr("Reading the package back to check it…"))
        verify_written(path, manifest, password, written)
        verified = True
    report(1.0, tr("Package written."))
    result = ExportResult(path, manifest, counts, verified, protection)
    return Result(result, Changes(tables={"package_ledger"}).merge(relayed))


def _sheets(
    manifest: Manifest,
    me: keys.Identity,
    route: Route,
    base: dict[str, int],
    counts: dict[str, int],
    report: Report,
    cancel: CancelToken | None,
) -> list[BookSheet]:
    """说明, the data sheets (their rows read as the book is written), the manifest."""
    # Kinds with nothing to send get no sheet: less for a clerk to page through.
    tables = [t for t in sync_tables() if counts.get(t.name)]
    total = max(1, sum(counts.values()))
    done = 0
    about = [
        xlsx.Column(tr("Education poverty-alleviation ledger: sync package"), 24),
        xlsx.Column("", 56),
    ]
    specs = [
        BookSheet(
            xlsx.SheetSpec(
                tr(ABOUT_TITLE), about, _about_rows(manifest, tables, counts), freeze_header=False
            )
        )
    ]
    hashers: dict[str, SheetHasher] = {}
    for table in tables:
        hasher = hashers[table.name] = SheetHasher(table.keys)
        blank = set()
        if not manifest.sensitive_text:
            blank = {i for i, c in enumerate(table.columns) if c.stays_at_school}
        columns = [xlsx.Column(c.title, c.width, c.text) for c in table.columns]
        rows = _rows(table, route, base, hasher, blank, cancel)
        spec = xlsx.SheetSpec(table.title, columns, _counting(rows, report, done, total))
        specs.append(BookSheet(spec, [cell_maker(c) for c in table.columns], _describer(table)))
        done += counts[table.name]

    def manifest_rows() -> Iterator[list[Any]]:
        # Runs after every data sheet is written: the hashes are complete.
        for table in tables:
            hasher = hashers[table.name]
            manifest.sheets.append(
                SheetEntry(
                    table.name,
                    xlsx.sheet_title(table.title),
                    list(table.keys),
                    hasher.rows,
                    hasher.hexdigest(),
                )
            )
        manifest.sign(me)
        for key, value in manifest.rows():
            yield [key, value, tr(KEY_LABELS[key])]

    specs.append(BookSheet(_manifest_spec(manifest_rows())))
    return specs


def _record(
    info: installation.InstallationInfo,
    route: Route,
    manifest: Manifest,
    counts: dict[str, int],
    path: Path,
) -> None:
    """The package in the ledger, and its number and the edit counter in the routes file
    (outside the ledger: a restore from a backup cannot take them back)."""
    PackageLedger.create(
        package_id=manifest.package_id,
        direction="out",
        sender_instance=info.instance_id,
        sender_role=info.role,
        school_code=route.school_code,
        township_code=info.township_code,
        sequence=manifest.sequence,
        created_at=dt.datetime.fromisoformat(manifest.created_at),
        content_sha256=manifest.content_sha256(),
        counts=counts,
        file_name=path.name[:260],
    )
    counter = Installation.get_by_id(1).counter
    routes.record_sent(
        Path(database.database), info.instance_id, counter, route.peer, manifest.sequence
    )


def _counting(
    rows: Iterator[list[Any]], report: Report, done: int, total: int
) -> Iterator[list[Any]]:
    for index, row in enumerate(rows):
        if index % 1000 == 0:
            report((done + index) / total, tr("Writing the package…"))
        yield row
