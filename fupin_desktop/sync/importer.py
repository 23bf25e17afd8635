"""Import a package: check it against this ledger (township, addressee, the sender's
enrolled key and its signature, what the sender may change: sync.authority, the package
ledger), preview it, then apply it in one transaction after an
automatic backup, record it in the package ledger and raise what this ledger knows of
the route, so the receipt it sends back makes the sender's next package smaller."""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from fupin_desktop.db.base import database
from fupin_desktop.db.models import PackageLedger
from fupin_desktop.errors import NotInitialised
from fupin_desktop.i18n import N_, tr
from fupin_desktop.progress import CancelToken, Report, no_report
from fupin_desktop.services import audit, installation
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.schoolyear import relay
from fupin_desktop.sync import evidence, keys, state
from fupin_desktop.sync.manifest import RECEIPT, Manifest
from fupin_desktop.sync.merge import Plan, apply_plan, plan_package
from fupin_desktop.sync.reader import Package, PackageRefused, read_package
from fupin_desktop.sync.vectors import leq


class NeedsEnrolment(PackageRefused):
    """The sender's key is not enrolled here (or it is another key than the one
    enrolled): a principal must enrol it first (sync.trust), never the import itself."""


@dataclass
class Preview:
    package: Package
    peer: str
    sender_label: str
    plan: Plan | None = None  # None for a receipt or a package already imported
    new_instance: bool = False  # the enrolled key signs from a reinstalled PC
    password: str | None = field(default=None, repr=False)  # that opened it (Excel)
    already_imported: bool = False
    missing_sequences: list[int] = field(default_factory=list)
    gap: bool = False  # records may have been lost on the way: knowledge is not raised
    number_used_before: bool = False  # another package came with this number before
    restored_here: bool = False  # the sender holds edits of ours this ledger has not

    @property
    def manifest(self) -> Manifest:
        return self.package.manifest

    def notes(self) -> list[str]:
        """What a person should know, translated."""
        out: list[str] = []
        if self.already_imported:
            out.append(tr("This package was imported before; importing it again changes nothing."))
        if self.new_instance:
            out.append(
                tr(
                    "{sender} was installed again with its exported key: the next package "
                    "to it will hold everything."
                ).format(sender=self.sender_label)
            )
        if self.missing_sequences:
            out.append(
                tr("Packages {numbers} from {sender} never arrived here.").format(
                    numbers=", ".join(str(n) for n in self.missing_sequences[:20]),
                    sender=self.sender_label,
                )
            )
        out += evidence.notes(self.manifest, self.sender_label)
        if self.number_used_before:
            out.append(
                tr(
                    "{sender} sent a different package with number {number} before: it "
                    "was restored from a backup or copied to another computer. Both are "
                    "imported and nothing is lost; edits of the same field on both sides "
                    "are listed as conflicts."
                ).format(sender=self.sender_label, number=self.manifest.sequence)
            )
        if self.gap or self.restored_here:
            out.append(
                tr(
                    "This ledger lacks records {sender} believes it has (restored from a "
                    "backup?). Nothing is lost: send {sender} a package or a receipt, and "
                    "its next package brings them back."
                ).format(sender=self.sender_label)
            )
        return out


@dataclass
class ImportResult:
    preview: Preview
    applied: bool
    counts: dict[str, dict[str, int]]


def _sender(manifest: Manifest, info: installation.InstallationInfo) -> tuple[str, str]:
    """(peer key, a label for people) of the package's sender, after checking that the
    package is meant for this ledger."""
    name = manifest.sender_name
    if manifest.township_code != info.township_code:
        raise PackageRefused(
            N_(
                "This package comes from another township ({found}); this ledger belongs to "
                "township {expected}. Nothing was imported."
            ),
            found=f"{manifest.township_name} {manifest.township_code}",
            expected=f"{info.township_name} {info.township_code}",
        )
    if manifest.sender_instance == info.instance_id:
        raise PackageRefused(
            N_("This package was written by this installation itself; it is for the receiver.")
        )
    if info.is_township:
        if manifest.sender_role != "school":
            raise PackageRefused(
                N_("This package was written by a township installation; import it at a school.")
            )
        return state.peer_key("school", manifest.school_code), f"{name}（{manifest.school_code}）"
    if manifest.sender_role != "township":
        raise PackageRefused(
            N_("This package was written by another school; only the township imports it.")
        )
    if manifest.to_code != info.school_code:
        raise PackageRefused(
            N_("This package is for school {code} ({name}), not for this school."),
            code=manifest.to_code,
            name=manifest.school_name,
        )
    return state.peer_key("township", manifest.township_code), name


def _check_signature(preview: Preview) -> None:
    """The package is signed with the key enrolled for its sender; the key it carries
    is not trusted for anything but telling a person what to compare (sync.trust)."""
    from fupin_desktop.sync import trust

    manifest = preview.manifest
    enrolled = trust.peer_keys(preview.peer)
    hint = {
        "sender": preview.sender_label,
        "peer": preview.peer,
        "fingerprint": manifest.fingerprint or "?",
    }
    if enrolled is None:
        raise NeedsEnrolment(
            N_(
                "{sender} is not enrolled here. The key of this package has the "
                "fingerprint {fingerprint}. If it matches {sender}'s enrolment card, a "
                "principal enrols it (Sync > Keys, or: fupin sync trust {peer} "
                "--fingerprint ... --from FILE); then import again. Nothing was imported."
            ),
            **hint,
        )
    if manifest.sign_key != enrolled[0]:
        raise NeedsEnrolment(
            N_(
                "This package is signed with another key than the one enrolled for "
                "{sender} (new fingerprint {fingerprint}). If {sender} was installed again, "
                "a principal compares the fingerprint with {sender} and re-enrols it "
                "(Sync > Keys, or: fupin sync trust {peer} --fingerprint ... --from FILE). "
                "Nothing was imported."
            ),
            **hint,
        )
    if not manifest.signature_valid(enrolled[0]):
        raise _bad_signature(preview.sender_label)
    known = state.peer(preview.peer) or {}
    preview.new_instance = known.get("instance_id") != manifest.sender_instance


def _prevailing(info: installation.InstallationInfo) -> frozenset[str]:
    """At a school, the township's reference data wins over the school's own seeding."""
    from fupin_desktop.sync.tables import is_reference, sync_tables

    if info.is_township:
        return frozenset()
    return frozenset(t.name for t in sync_tables() if is_reference(t))


def _bad_signature(sender: str) -> PackageRefused:
    return PackageRefused(
        N_(
            "The signature of this package does not match {sender}'s key: it was changed "
            "after it was written, or not written by {sender}. Nothing was imported."
        ),
        sender=sender,
    )


def _check_ledger(preview: Preview) -> None:
    manifest = preview.manifest
    seen = PackageLedger.get_or_none(PackageLedger.package_id == manifest.package_id)
    if seen is not None:
        if seen.content_sha256 != manifest.content_sha256():
            raise PackageRefused(
                N_(
                    "A package with this ID was imported before with different content: "
                    "this copy was altered. Nothing was imported."
                )
            )
        preview.already_imported = True
        return
    sequences = {
        row.sequence
        for row in PackageLedger.select(PackageLedger.sequence).where(
            (PackageLedger.direction == "in")
            & (PackageLedger.sender_instance == manifest.sender_instance)
        )
    }
    if manifest.sequence:
        preview.number_used_before = (
            PackageLedger.select()
            .where(
                (PackageLedger.direction == "in")
                & (PackageLedger.sender_role == manifest.sender_role)
                & (PackageLedger.school_code == manifest.school_code[:10])
                & (PackageLedger.sequence == manifest.sequence)
            )
            .exists()
        )
    if sequences or manifest.sequence > 1:
        top = max([*sequences, manifest.sequence])
        preview.missing_sequences = [
            n for n in range(1, top) if n not in sequences and n != manifest.sequence
        ]


def _read(
    path: Path, cancel: CancelToken | None, password: str | None, me: keys.Identity
) -> tuple[Package, str | None]:
    """The package, and the Excel password that opened it (None if it had none). An
    encrypted package imported without a password is tried with the passwords that
    opened earlier packages (remembered with the keys, per sender)."""
    from fupin_desktop.sync import crypto

    if not crypto.is_encrypted(path):
        return read_package(path, cancel, identity=me), None
    candidates = [password] if password else keys.incoming_passwords(me)
    for candidate in candidates:
        try:
            return read_package(path, cancel, password=candidate, identity=me), candidate
        except crypto.WrongPassword:
            if password:
                raise
    return read_package(path, cancel, password=None, identity=me), None


@contextmanager
def _no_cycle_collector() -> Iterator[None]:
    """Python's cycle collector paused while a package is read, planned or written: a
    township package is hundreds of thousands of rows, and the collector walked them
    all again and again as they were made (~15% of an import; docs/architecture.md,
    "Sync packages: reading fast"). Rows hold no cycles: they are freed as before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def inspect(
    path: Path, cancel: CancelToken | None = None, *, password: str | None = None
) -> Preview:
    """Read and check a package (decrypted with `password` if it is encrypted) and plan
    its import. Writes nothing."""
    with _no_cycle_collector():
        return _inspect(Path(path), cancel, password)


def _inspect(path: Path, cancel: CancelToken | None, password: str | None) -> Preview:
    info = installation.current()
    if info is None:
        raise NotInitialised()
    from fupin_desktop.sync import trust
    from fupin_desktop.sync.authority import check_authority

    me = trust.own_identity()
    package, used = _read(Path(path), cancel, password, me)
    peer, label = _sender(package.manifest, info)
    preview = Preview(package, peer, label, password=used)
    if package.manifest.to_fingerprint not in ("", me.fingerprint):
        raise PackageRefused(
            N_(
                "This package was made for another key of this ledger (fingerprint "
                "{fingerprint}). Ask the sender to enrol this ledger's key again and to "
                "export again. Nothing was imported."
            ),
            fingerprint=package.manifest.to_fingerprint,
        )
    _check_signature(preview)
    present = check_authority(package, info, label)
    _check_ledger(preview)
    actor, counter = state.own_actor()
    base = {k: v for k, v in package.manifest.base.items() if k != actor}
    preview.gap = not leq(base, state.holding(actor, counter))
    # The sender holds edits of ours numbered above our counter: this ledger went back to
    # a backup without knowing it (db/routes.py).
    preview.restored_here = package.manifest.holds.get(actor, 0) > counter
    if not preview.already_imported and package.manifest.kind != RECEIPT:
        # The rows' presence here, as the authority check just read it: not read twice.
        preview.plan = plan_package(package, actor, _prevailing(info), present)
    return preview


def apply(
    actor: Actor,
    preview: Preview,
    *,
    replan: bool = True,
    backup: bool = True,
    report: Report = no_report,
) -> Result[ImportResult]:
    """Apply a previewed package: backup, then one transaction. With `replan`, the plan
    is made again inside the transaction (the ledger may have changed since the preview
    was shown). It never enrols or re-keys the sender (sync.trust does, apart)."""
    require(actor, Do.IMPORT)
    with _no_cycle_collector():
        return _apply(actor, preview, replan, backup, report)


def _apply(
    actor: Actor, preview: Preview, replan: bool, backup: bool, report: Report
) -> Result[ImportResult]:
    if preview.already_imported:
        return Result(ImportResult(preview, False, {}), Changes())
    info = installation.current()
    assert info is not None
    if backup:
        backup_before_import(report)
    report(0.3, tr("Importing…"))
    manifest = preview.manifest
    changes = Changes(tables={"package_ledger", "conflict_log"})
    try:
        with database.atomic():
            plan = preview.plan
            if manifest.kind != RECEIPT and (replan or plan is None):
                plan = plan_package(preview.package, state.own_actor()[0], _prevailing(info))
            if preview.new_instance:
                from fupin_desktop.sync import trust

                trust.adopt_instance(preview.peer, manifest.sender_instance)
            if plan is not None:
                apply_plan(plan, manifest.package_id)
                for table_plan in plan.tables:
                    if table_plan.writes or table_plan.inserts:
                        changes.touch(table_plan.table.name)
            if info.is_township:
                # Handovers between schools pass through here (docs/architecture.md,
                # "The school year"): offers on to the receiving school, decisions back.
                changes.merge(relay.after_sync())
            _after_restore(preview, plan)
            _record(preview, plan, info)
            audit.record(actor, "sync_import", "package_ledger", manifest.package_id, preview.peer)
    except pw.IntegrityError as exc:
        raise PackageRefused(
            N_(
                "The package clashes with records of this ledger (the same code under "
                "another record?). Nothing was imported."
            ),
            details=str(exc),
        ) from exc
    preview.plan = plan
    if preview.password:
        from fupin_desktop.sync import trust

        keys.remember_password(trust.own_identity(), keys.incoming(preview.peer), preview.password)
    counts = {t.table.name: dict(t.counts) for t in plan.tables} if plan else {}
    report(1.0, tr("Imported."))
    return Result(ImportResult(preview, True, counts), changes)


def backup_before_import(report: Report = no_report) -> None:
    """The automatic backup an import takes first. A batch (a folder of packages) takes
    one before its first package: a backup per package would copy the growing ledger
    thirty times over."""
    from fupin_desktop.db.backup import automatic_backup

    report(0.1, tr("Backing up the ledger before the import…"))
    automatic_backup(Path(database.database), reason="before-import")


def _after_restore(preview: Preview, plan: Plan | None) -> None:
    """Edits of ours came back numbered above our counter, or the sender holds such edits:
    this ledger was put back to an older copy without the program knowing (a file copied
    by hand, on a new computer). From now on its edits go by a new actor, counted above
    every number seen, so that none is handed out twice (db/routes.py)."""
    actor, counter = state.own_actor()
    seen = max(plan.highest_own if plan else 0, preview.manifest.holds.get(actor, 0))
    if seen > counter:
        from fupin_desktop.db.routes import new_incarnation

        new_incarnation(seen)


def _record(preview: Preview, plan: Plan | None, info: installation.InstallationInfo) -> None:
    manifest = preview.manifest
    if not preview.gap:
        # Nothing is missing: this ledger now holds what the sender held.
        state.raise_known(preview.peer, manifest.holds)
    # What the sender holds is what it needs no more of: the base of our next package
    # (its newest word on it, lower if it was restored from a backup).
    # A number used twice: the sender went back to a backup, and says what it holds now.
    state.take_ack(
        preview.peer,
        manifest.holds,
        manifest.sequence,
        manifest.created_at,
        restored=preview.number_used_before,
    )
    state.learn_sequence(preview.peer, manifest.received)
    if manifest.acknowledges:
        PackageLedger.update(acknowledged=True).where(
            (PackageLedger.direction == "out")
            & (PackageLedger.package_id.in_(manifest.acknowledges))
        ).execute()
    PackageLedger.create(
        package_id=manifest.package_id,
        direction="in",
        sender_instance=manifest.sender_instance,
        sender_role=manifest.sender_role,
        school_code=manifest.school_code[:10],
        township_code=manifest.township_code[:12],
        sequence=manifest.sequence,
        created_at=dt.datetime.fromisoformat(manifest.created_at),
        content_sha256=manifest.content_sha256(),
        counts=_ledger_counts(preview, plan),
        file_name=preview.package.path.name[:260],
        **evidence.head_columns(manifest),
    )
    evidence.keep_retention(manifest)


def _ledger_counts(preview: Preview, plan: Plan | None) -> dict[str, object]:
    out: dict[str, object] = {"rows": preview.package.counts, "kind": preview.manifest.kind}
    if plan is not None:
        out["merge"] = plan.totals()
    if preview.missing_sequences:
        out["missing"] = preview.missing_sequences
    return json.loads(json.dumps(out))


def import_package(
    actor: Actor,
    path: Path,
    *,
    dry_run: bool = False,
    backup: bool = True,
    password: str | None = None,
    report: Report = no_report,
    cancel: CancelToken | None = None,
) -> Result[ImportResult]:
    """Check, preview and (unless `dry_run`) apply one package file (it never enrols its
    sender: sync.trust); `backup` False when
    the caller took the backup before a batch (backup_before_import); `password` for an
    encrypted package."""
    report(0.0, tr("Reading the package…"))
    preview = inspect(path, cancel, password=password)
    if dry_run:
        counts = {t.table.name: dict(t.counts) for t in preview.plan.tables} if preview.plan else {}
        return Result(ImportResult(preview, False, counts), Changes())
    return apply(actor, preview, replan=False, backup=backup, report=report)
