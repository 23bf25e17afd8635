"""Backups with the SQLite backup API: automatic and rotating, to a chosen folder (a USB
stick), and restore with an integrity check before anything is replaced.

Rotating and folder backups are gzip-compressed (level 1: a township ledger of 65 MB
becomes about a third of that in under a second) and checked by reading them back; the
copy kept aside at a restore stays a plain SQLite file. Restore and verify read both
forms (docs/architecture.md, "Start-up and speed"). A backup to a folder (a USB stick)
is also encrypted with the backup passphrase (fupin_desktop/encryption.py); the copies
kept aside at restores rotate like the backups (docs/architecture.md, "People and
privacy"). Every file here is private to the user (0600, folders 0700).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import os
import re
import shutil
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fupin_desktop.db.base import database
from fupin_desktop.db.integrity import APPLICATION_ID, mark_needs_check, quick_check, read_header
from fupin_desktop.db.migrations import latest_version
from fupin_desktop.db.models import Setting
from fupin_desktop.db.routes import mark_restored
from fupin_desktop.encryption import decrypt_file, encrypt_file, is_encrypted
from fupin_desktop.errors import BackupError, IntegrityFailed
from fupin_desktop.fileio import (
    atomic_target,
    cannot_write,
    fsync_dir,
    make_private,
    partial_file,
    private_folder,
)
from fupin_desktop.i18n import N_
from fupin_desktop.paths import backup_dir_for

DEFAULT_KEEP = 10
# How many copies kept aside at restores stay (the setting retention.before_restore).
DEFAULT_KEEP_ASIDE = 3
SUFFIX = ".fupinbak"
# gzip level 1: most of the gain of level 6 at a fraction of its time on an old PC.
GZIP_LEVEL = 1
GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    size: int


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def copy_database(source: Path, target: Path, *, compress: bool = False) -> Path:
    """Copy a live ledger to `target` with the backup API, written under a temporary
    name and renamed into place only once it is complete and checked. With `compress`,
    the checked copy is gzip-compressed and the compressed file read back whole."""
    if not Path(source).is_file():
        raise BackupError(N_("The ledger {path} does not exist."), path=source)
    private_folder(target.parent)
    with atomic_target(target) as tmp:
        plain = tmp.with_name(tmp.name + ".db") if compress else tmp
        try:
            _backup_api_copy(Path(source), plain)
            verify_backup(plain)
            if compress:
                _compress(plain, tmp)
        finally:
            if compress:
                plain.unlink(missing_ok=True)
    return target


def _backup_api_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as exc:
        raise BackupError(details=str(exc)) from exc
    finally:
        dst.close()
        src.close()


def _compress(plain: Path, target: Path) -> None:
    """gzip `plain` into `target`, then read `target` back and compare the SHA-256 of
    what comes out with what went in: a bad disk or a full USB stick fails here."""
    written = hashlib.sha256()
    with open(plain, "rb") as src, open(target, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=GZIP_LEVEL, fileobj=raw) as out:
            while chunk := src.read(CHUNK):
                written.update(chunk)
                out.write(chunk)
        raw.flush()
        os.fsync(raw.fileno())
    read_back = hashlib.sha256()
    try:
        with gzip.open(target, "rb") as check:
            while chunk := check.read(CHUNK):
                read_back.update(chunk)
    except (OSError, EOFError, zlib.error) as exc:
        raise BackupError(details=f"read-back: {exc}") from exc
    if read_back.digest() != written.digest():
        raise BackupError(details="read-back: the compressed copy differs from the ledger")


def is_compressed(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == GZIP_MAGIC


ENCRYPTED = N_("The backup {path} is encrypted: give the backup passphrase.")


def _read_plain(backup_file: Path) -> BinaryIO:
    """The SQLite bytes of an unencrypted backup, compressed or not."""
    if is_compressed(backup_file):
        return gzip.open(backup_file, "rb")  # type: ignore[return-value]
    return open(backup_file, "rb")


def _expand_to(backup_file: Path, target: Path, passphrase: str | None = None) -> None:
    """Write the plain SQLite file of a backup (compressed or not, encrypted or not) to
    `target`; an encrypted one needs its passphrase."""
    if is_encrypted(backup_file):
        if not passphrase:
            raise BackupError(ENCRYPTED, path=backup_file)
        sealed = target.with_name(target.name + ".gz")
        try:
            decrypt_file(backup_file, sealed, passphrase)
            make_private(sealed)
            _expand_to(sealed, target)
        finally:
            sealed.unlink(missing_ok=True)
        return
    try:
        with _read_plain(backup_file) as src, open(target, "wb") as dst:
            make_private(target)
            shutil.copyfileobj(src, dst, CHUNK)
    except (OSError, EOFError, zlib.error) as exc:
        raise IntegrityFailed(
            N_("The backup file {path} is damaged."), details=str(exc), path=backup_file
        ) from exc


@contextlib.contextmanager
def plain_copy(backup_file: Path, passphrase: str | None = None) -> Iterator[Path]:
    """A plain SQLite file with the content of `backup_file`: the file itself when it is
    neither compressed nor encrypted, else an expanded copy beside it (in the private
    backup folder, never the system's temporary folder: a ledger of minors' data), under
    a partial name that a later write there removes if this process is killed
    (fileio.partial_file); removed afterwards."""
    if not is_compressed(backup_file) and not is_encrypted(backup_file):
        yield backup_file
        return
    with partial_file(Path(backup_file)) as expanded:
        _expand_to(backup_file, expanded, passphrase)
        yield expanded


NOT_A_BACKUP = N_("{path} is not a backup of this program's ledger.")
SQLITE_MAGIC = b"SQLite format 3\x00"


def check_looks_like_backup(path: Path) -> None:
    """Refuse at once (IntegrityFailed) a file that is not a backup of this program: its
    first bytes, expanded if compressed, must be a SQLite header with this program's
    application id. Cheap (a hundred bytes), so the person is asked to replace the
    ledger only with a file that can be one; `verify_backup` checks it whole. An
    encrypted file passes here: it cannot be read without its passphrase."""
    if not path.is_file() or path.stat().st_size == 0:
        raise IntegrityFailed(N_("The backup file {path} is missing or empty."), path=path)
    if is_encrypted(path):
        return
    try:
        with _read_plain(path) as handle:
            header = handle.read(100)
    except (OSError, EOFError, zlib.error) as exc:
        raise IntegrityFailed(NOT_A_BACKUP, details=str(exc), path=path) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise IntegrityFailed(NOT_A_BACKUP, path=path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise IntegrityFailed(NOT_A_BACKUP, path=path)


def verify_backup(path: Path, passphrase: str | None = None) -> None:
    """Raise IntegrityFailed unless `path` is a complete, healthy ledger copy."""
    if not path.exists() or path.stat().st_size == 0:
        raise IntegrityFailed(N_("The backup file {path} is missing or empty."), path=path)
    if is_compressed(path) or is_encrypted(path):
        with plain_copy(path, passphrase) as plain:
            _verify_plain(plain, shown=path)
        return
    _verify_plain(path, shown=path)


def _verify_plain(path: Path, shown: Path) -> None:
    app_id, version = read_header(path)
    if app_id != APPLICATION_ID:
        raise IntegrityFailed(NOT_A_BACKUP, path=shown)
    if version > latest_version():
        raise IntegrityFailed(N_("{path} was made by a newer version of the program."), path=shown)
    problems = quick_check(path)
    if problems:
        raise IntegrityFailed(
            N_("The backup file {path} is damaged."), details="\n".join(problems), path=shown
        )


def backup_to_folder(db_path: Path, folder: Path, passphrase: str | None = None) -> Path:
    """A backup a person asked for, into a folder of their choice (a USB stick):
    compressed and checked; with `passphrase` (the program always gives one:
    services/ledger.back_up_to), then encrypted with it and read back."""
    name = f"{db_path.stem}-{_stamp()}{SUFFIX}"
    target = Path(folder) / name
    if passphrase is None:
        return copy_database(db_path, target, compress=True)
    # The compressed copy waits for its encryption in the private folder beside the
    # ledger, never in the system's temporary folder (fileio: "Crash-clean files").
    own = private_folder(backup_dir_for(db_path), own=True)
    with partial_file(own / name) as plain:
        copy_database(db_path, plain, compress=True)
        # The chosen folder may be gone (a USB stick pulled out), read-only or full: said
        # in words (fileio.cannot_write), not as an unexpected error.
        try:
            with atomic_target(target) as tmp:
                written = encrypt_file(plain, tmp, passphrase)
                if decrypt_file(tmp, None, passphrase) != written:
                    raise BackupError(details="read-back: the encrypted copy differs")
        except OSError as exc:
            raise cannot_write(target, exc) from exc
    return target


def keep_count() -> int:
    try:
        row = Setting.get_or_none(Setting.key == "backup_keep")
    except Exception:
        return DEFAULT_KEEP
    return int(row.value) if row and row.value else DEFAULT_KEEP


def automatic_backup(db_path: Path, reason: str = "auto", keep: int | None = None) -> Path:
    """Rotating backups beside the ledger: keep the newest `keep` and the last one of each
    of the previous 7 days (rotate)."""
    folder = private_folder(backup_dir_for(db_path), own=True)
    target = folder / f"{db_path.stem}-{_stamp()}-{reason}{SUFFIX}"
    path = copy_database(db_path, target, compress=True)
    rotate(folder, keep if keep is not None else keep_count(), db_path.stem)
    return path


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in `folder`, newest first; only those of the ledger named `stem` if given
    (two ledgers may share a folder and must not rotate each other's copies away)."""
    if not folder.exists():
        return []
    pattern = re.compile(rf"^{re.escape(stem)}-\d{{8}}-\d{{6}}-\d{{6}}") if stem else None
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        if pattern is not None and not pattern.match(path.name):
            continue
        stat = path.stat()
        found.append(BackupInfo(path, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


DAYS_KEPT = 7


def rotate(folder: Path, keep: int, stem: str | None = None, today: dt.date | None = None) -> None:
    """Keep the newest `keep`, and the newest backup of each of the previous DAYS_KEPT
    days: a burst of backups today (an import retried ten times) never pushes out the
    copy from before a harmful import of last week."""
    backups = list_backups(folder, stem)
    today = today or dt.date.today()
    first_day = today - dt.timedelta(days=DAYS_KEPT)
    kept_days: set[dt.date] = set()
    for index, info in enumerate(backups):
        day = info.made_at.date()
        if first_day <= day < today and day not in kept_days:
            kept_days.add(day)  # newest first: the last backup of that day
            continue
        if index >= max(keep, 1):
            info.path.unlink(missing_ok=True)


def kept_aside(db_path: Path) -> list[Path]:
    """The copies kept aside at restores (`<ledger>.before-restore-<stamp>`), newest first."""
    found = [
        p
        for p in db_path.parent.glob(f"{db_path.name}.before-restore-*")
        if re.fullmatch(r"\d{8}-\d{6}-\d{6}", p.name.rsplit("-restore-", 1)[1])
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rotate_aside(db_path: Path, keep: int) -> list[Path]:
    """Keep the newest `keep` copies set aside at restores (at least one: the last
    restore can always be undone); the others go, with their WAL side files."""
    gone = kept_aside(db_path)[max(keep, 1) :]
    for old in gone:
        for extra in ("", "-wal", "-shm"):
            old.with_name(old.name + extra).unlink(missing_ok=True)
    return gone


def last_backup(db_path: Path) -> BackupInfo | None:
    backups = list_backups(backup_dir_for(db_path), db_path.stem)
    return backups[0] if backups else None


def newest_good_backup(db_path: Path) -> Path | None:
    for info in list_backups(backup_dir_for(db_path), db_path.stem):
        try:
            verify_backup(info.path)
        except IntegrityFailed:
            continue
        return info.path
    return None


def restore(db_path: Path, backup_file: Path, passphrase: str | None = None) -> Path:
    """Replace the ledger with `backup_file` and return where the current one was kept.

    The order matters for power cuts: the restored copy is prepared and checked beside the
    ledger first, the current ledger is copied aside whole, and only then is the restored
    file renamed into place, so the ledger's path never stands empty. Closes the database
    of the calling thread; other threads must have closed theirs.
    """
    backup_file = Path(backup_file)
    if not backup_file.exists() or backup_file.stat().st_size == 0:
        raise IntegrityFailed(N_("The backup file {path} is missing or empty."), path=backup_file)
    aside = db_path.with_name(f"{db_path.name}.before-restore-{_stamp()}")
    with atomic_target(db_path) as tmp:
        _expand_to(backup_file, tmp, passphrase)
        _verify_plain(tmp, shown=backup_file)
        if not database.is_closed() and database.database == str(db_path):
            database.close()
        _mark_restored(db_path, tmp)
        if db_path.exists():
            _keep_aside(db_path, aside)
            _drop_side_files(db_path)
    fsync_dir(db_path.parent)
    # The next start checks the restored ledger before it opens it.
    mark_needs_check(db_path, reason="restore")
    return aside


def _read_counter(path: Path) -> int | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT counter FROM installation WHERE id = 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def read_setting(path: Path, key: str) -> object:
    """A setting of the ledger file at `path` (None if absent or unreadable), read
    without opening it as the program's ledger (before a restore replaces it)."""
    import json

    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    try:
        return json.loads(row[0]) if row and row[0] is not None else None
    except ValueError:
        return None


def _mark_restored(current: Path, restored: Path) -> None:
    """Edit numbers handed out since the backup must never be handed out again, and a
    new edit must not claim to have seen the edits the backup lacks: the restored file
    is marked, and at its next opening its edits take a new actor with a counter above
    the current one (db/routes.py)."""
    counter = _read_counter(current) if current.exists() else None
    con = sqlite3.connect(str(restored))
    try:
        with con:
            mark_restored(con, counter)
        con.execute("PRAGMA journal_mode = DELETE")
    finally:
        con.close()


def _keep_aside(db_path: Path, aside: Path) -> None:
    """A whole copy of the current ledger, never deleted. A damaged ledger (the start-up
    path) cannot go through the backup API; then its files are copied as they are."""
    try:
        copy_database(db_path, aside)
    except (BackupError, IntegrityFailed):
        for extra in ("", "-wal", "-shm"):
            side = db_path.with_name(db_path.name + extra)
            if side.exists():
                shutil.copyfile(side, aside.with_name(aside.name + extra))
                make_private(aside.with_name(aside.name + extra))


def _drop_side_files(db_path: Path) -> None:
    """The old write-ahead log must not be replayed into the restored file; its content is
    in the copy kept aside."""
    try:
        con = sqlite3.connect(str(db_path))
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
    except sqlite3.Error:
        pass
    for extra in ("-wal", "-shm"):
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
