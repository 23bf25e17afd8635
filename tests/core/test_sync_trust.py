"""The attacks of issue 14, each a regression test: tried with the program's own pieces
and a spreadsheet library, each is refused with a message naming why, and the ledger is
left exactly as it was. Then the keys themselves: never in the ledger, a backup or a
package; a default package is no workbook without the receiver's key."""

from __future__ import annotations

import dataclasses
import json
import secrets
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fupin_desktop import cli
from fupin_desktop.db.base import database, json_text, new_id
from fupin_desktop.db.models import AidStandard, Student
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import set_translator
from fupin_desktop.services import installation
from fupin_desktop.sync import keys, state, trust, writer
from fupin_desktop.sync.codec import SheetHasher, to_cell
from fupin_desktop.sync.importer import NeedsEnrolment
from fupin_desktop.sync.manifest import Manifest
from fupin_desktop.sync.reader import PackageRefused, read_package
from tests import builders as make
from tests.builders import PRINCIPAL, Replica
from tests.core.sync_support import enrol as enrol_at
from tests.core.sync_support import export, fingerprint, receive, unsealed

A, B = "4301230001", "4301230002"


@pytest.fixture(autouse=True)
def english():
    set_translator(lambda text: text)
    yield
    set_translator(lambda text: text)


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Any]:
    """The township and schools A and B, each enrolled with the other side, each school's
    ledger at the township, and the township's standards at each school."""
    township = make.township_replica(tmp_path)
    a = make.school_replica(tmp_path, A, "柳塘小学")
    b = make.school_replica(tmp_path, B, "河口小学")
    ids = {"a": make.student_row(a, "张三", registered_poor=True), "b": make.student_row(b, "李四")}
    for school in (a, b):
        export(school, tmp_path / f"first-{school.code}.fpkg")
        receive(township, tmp_path / f"first-{school.code}.fpkg")
        export(township, tmp_path / f"down-{school.code}.fpkg", to_code=school.code)
        receive(school, tmp_path / f"down-{school.code}.fpkg")
    return {"township": township, "a": a, "b": b, "ids": ids, "tmp": tmp_path}


def _refused(replica: Replica, path: Path, pattern: str, kind: type = PackageRefused) -> str:
    before = fingerprint(replica.path)
    with pytest.raises(kind) as caught:
        receive(replica, path)
    assert pattern in caught.value.message, caught.value.message
    assert fingerprint(replica.path) == before
    return caught.value.message


def _bump(replica: Replica, table: str, record: str, **values: Any) -> None:
    """An edit made behind the program's back (SQL), with a new edit number, as a school
    that changed its own copy of the program would make it."""
    from fupin_desktop.db.base import stamp_version

    replica.use()
    instance, counter = stamp_version()
    row = database.execute_sql(f'SELECT version FROM "{table}" WHERE id = ?', [record])

    version = json.loads(row.fetchone()[0])
    version[instance] = counter
    sets = ", ".join(f'"{k}" = ?' for k in values)
    database.execute_sql(
        f'UPDATE "{table}" SET {sets}, version = ? WHERE id = ?',
        [*values.values(), json.dumps(version, sort_keys=True, separators=(",", ":")), record],
    )


# -- 1. a school cannot forge the township ------------------------------------------------
def test_a_school_signed_township_package_is_refused(world) -> None:
    tmp, a, b = world["tmp"], world["a"], world["b"]
    b_id = b.school_id
    # School A's principal exports A's key and puts it into a ledger set up as the
    # township, with B's public key file (public): a "township" package signed by A.
    a.use()
    exported = tmp / "a.key"
    password = trust.export_private_key(PRINCIPAL, exported).value
    (tmp / "fake").mkdir()
    fake = make.township_replica(tmp / "fake")
    trust.import_private_key(PRINCIPAL, exported, password)
    b.use()
    b_key = trust.write_public_key(tmp / "b.fpkey").value
    fake.use()
    offer = trust.read_offer(b_key)
    trust.enrol(PRINCIPAL, offer, offer.fingerprint)
    standard = AidStandard.select().first()
    standard.amount_fen = 1
    standard.save()
    forged = tmp / "fake-township.fpkg"
    from fupin_desktop.db.models import School

    School.create(id=b_id, code=B, name="河口小学", school_type="complete_primary")
    export(fake, forged, to_code=B, full=True, introduce=False)
    message = _refused(b, forged, "another key than the one enrolled", NeedsEnrolment)
    assert "柳塘镇" in message
    b.use()
    assert AidStandard.get_by_id(standard.id).amount_fen != 1


# -- 2. a school changes only its own rows, never reference data ------------------------
def test_a_school_package_touching_another_schools_child_is_refused(world, monkeypatch) -> None:
    tmp, a, township = world["tmp"], world["a"], world["township"]
    # B's child, copied into A's ledger (A saw it somehow), renamed and tombstoned, and
    # sent up by a program changed to send every row it holds.
    township.use()
    row = dict(Student.get_by_id(world["ids"]["b"]).__data__)
    a.use()
    database.execute_sql("PRAGMA foreign_keys = OFF")
    Student.insert(**row).execute()
    _bump(a, "student", row["id"], deleted=1, name="李四改")
    monkeypatch.setattr(writer, "scope_sql", lambda table: None)
    export(a, tmp / "evil.fpkg")
    message = _refused(township, tmp / "evil.fpkg", f"belongs to school {B}")
    assert "Students" in message and "row 2" in message
    township.use()
    assert Student.get_by_id(row["id"]).name == "李四"


def test_a_school_cannot_move_its_child_to_another_school(world, monkeypatch) -> None:
    tmp, a, township = world["tmp"], world["a"], world["township"]
    b_id, a_id = world["b"].school_id, a.school_id
    a.use()
    database.execute_sql("PRAGMA foreign_keys = OFF")
    _bump(a, "student", world["ids"]["a"], school_id=b_id)
    monkeypatch.setattr(writer, "scope_sql", lambda table: None)
    export(a, tmp / "move.fpkg")
    _refused(township, tmp / "move.fpkg", f"belongs to school {B}")
    township.use()
    assert Student.get_by_id(world["ids"]["a"]).school_id == a_id


def test_a_school_package_with_an_aid_standard_is_refused(world, monkeypatch) -> None:
    tmp, a, township = world["tmp"], world["a"], world["township"]
    a.use()
    standard = AidStandard.select().first()
    _bump(a, "aid_standard", standard.id, amount_fen=1)
    # A program changed to send reference data up anyway.
    monkeypatch.setattr(writer, "_travels", lambda table, route: True)
    export(a, tmp / "standard.fpkg")
    _refused(township, tmp / "standard.fpkg", "set by the township")
    township.use()
    assert AidStandard.get_by_id(standard.id).amount_fen != 1


def test_a_school_cannot_change_reference_data_in_its_own_ledger(world) -> None:
    from fupin_desktop.errors import PermissionDenied
    from fupin_desktop.services.aid import programs
    from fupin_desktop.services.care import reminder_rules

    a = world["a"]
    a.use()
    standard = programs.list_standards(PRINCIPAL)[0]
    with pytest.raises(PermissionDenied, match="township"):
        programs.delete_standard(PRINCIPAL, standard.id)
    with pytest.raises(PermissionDenied, match="township"):
        reminder_rules.reset_rules(PRINCIPAL)


# -- 3. a copy of an earlier package is no key --------------------------------------------
def _forge(
    package: Path,
    out: Path,
    signer: keys.Identity | None,
    keep_key: bool,
    change: tuple[str, Any] = ("registered_poor", 0),
) -> Path:
    """A's earlier package (opened), with its child taken off the 建档立卡 list (or
    another `change`: column, stored value), a new package id and sequence, the sheet
    hash made again, and signed by someone else (`signer`; None: not signed again)."""
    read = read_package(package)
    manifest: Manifest = read.manifest
    [data] = [t for t in read.tables if t.table.name == "student"]
    flag = data.index(change[0])
    rows = [tuple(change[1] if i == flag else v for i, v in enumerate(row)) for row in data.rows]
    entry = manifest.sheet("student")
    hasher = SheetHasher(entry.columns)
    for row in rows:
        hasher.add(row)
    entry.sha256 = hasher.hexdigest()
    manifest.package_id, manifest.sequence = new_id(), manifest.sequence + 5
    original_keys = (manifest.sign_key, manifest.seal_key)
    if signer is not None:
        manifest.sign(signer)
    if keep_key:
        manifest.sign_key, manifest.seal_key = original_keys
    book = load_workbook(package)
    sheet = book[entry.sheet]
    sheet.cell(row=2, column=flag + 1, value=to_cell(data.columns[flag], change[1]))
    meta = book[book.sheetnames[-1]]
    values = dict(manifest.rows())
    for cells in meta.iter_rows(min_row=2):
        if cells[0].value in values:
            cells[1].value = values[cells[0].value]
    book.save(out)
    return out


def test_a_package_forged_from_a_copy_of_an_earlier_one_is_refused(world) -> None:
    tmp, township = world["tmp"], world["township"]
    copy = unsealed(township, tmp / f"first-{A}.fpkg")  # what a finder could read once
    attacker = keys.Identity("x", secrets.token_bytes(32), keys._new_x25519())
    own_key = _forge(copy, tmp / "forged1.xlsx", attacker, keep_key=False)
    _refused(township, own_key, "another key than the one enrolled", NeedsEnrolment)
    a_key = _forge(copy, tmp / "forged2.xlsx", attacker, keep_key=True)
    _refused(township, a_key, "signature of this package does not match")
    township.use()
    assert Student.get_by_id(world["ids"]["a"]).registered_poor


def test_a_field_stamp_cannot_be_changed_without_breaking_the_signature(world) -> None:
    """The signed manifest holds every sheet's hash, the field stamps included: a stamp
    claiming a later edit (to win the field-level merge) with the hash made again is
    refused by the signature."""
    tmp, township = world["tmp"], world["township"]
    copy = unsealed(township, tmp / f"first-{A}.fpkg")
    township.use()
    instance = installation.current().instance_id  # type: ignore[union-attr]
    later = json_text({"name": [instance, 10**6, "2099-01-01 00:00:00"]})
    forged = _forge(copy, tmp / "stamps.xlsx", None, keep_key=True, change=("stamps", later))
    _refused(township, forged, "signature of this package does not match")


# -- 4. a batch never re-keys -------------------------------------------------------------
def test_a_forged_rekey_in_a_batch_with_enrol_changes_nothing(world, capsys) -> None:
    tmp, a, township = world["tmp"], world["a"], world["township"]
    (tmp / "impostor").mkdir()
    impostor = make.school_replica(tmp / "impostor", A, "柳塘小学")
    make.student_row(impostor, "假学生")
    state_peer = state.peer_key("township", "430123101")
    # Sealing needs only the real township's public key, which is no secret.
    township.use()
    public = trust.write_public_key(tmp / "township.fpkey").value
    impostor.use()
    trust.enrol(PRINCIPAL, trust.read_offer(public), trust.read_offer(public).fingerprint)
    assert trust.enrolled_fingerprint(state_peer)
    folder = tmp / "batch"
    folder.mkdir()
    export(impostor, folder / "reinstalled-a.fpkg", full=True, introduce=False)
    township.use()
    enrolled = trust.enrolled_fingerprint(state.peer_key("school", A))
    before = fingerprint(township.path)
    db = ["--db", str(township.path), *make.login()]
    assert cli.main([*db, "sync", "import", str(folder), "--enrol"]) == cli.EXIT_REFUSED
    out = capsys.readouterr().out
    assert "no longer enrols" in out or "不再" in out
    township.use()
    assert fingerprint(township.path) == before
    assert trust.enrolled_fingerprint(state.peer_key("school", A)) == enrolled
    # A's real packages are still taken.
    make.student_row(a, "王五")
    export(a, tmp / "real.fpkg")
    assert receive(township, tmp / "real.fpkg").applied


# -- 5. receipts go only where they are told --------------------------------------------
def test_a_school_code_from_a_package_cannot_lead_out_of_the_receipts_folder(world) -> None:
    tmp, township, a = world["tmp"], world["township"], world["a"]
    a.use()
    package = export(a, tmp / "plain.xlsx", protection=writer.PLAIN)
    me = trust.own_identity()
    book = load_workbook(package.path)
    meta = book[book.sheetnames[-1]]
    manifest = dataclasses.replace(package.manifest, school_code="../../../evil")
    manifest.sign(me)
    values = dict(manifest.rows())
    for cells in meta.iter_rows(min_row=2):
        if cells[0].value in values:
            cells[1].value = values[cells[0].value]
    bad = tmp / "traversal.xlsx"
    book.save(bad)
    receipts = tmp / "receipts" / "in"
    receipts.mkdir(parents=True)
    db = ["--db", str(township.path), *make.login()]
    before = fingerprint(township.path)
    assert cli.main([*db, "sync", "import", str(bad), "--receipts", str(receipts)]) == 2
    assert fingerprint(township.path) == before
    assert not list(tmp.rglob("evil*")) and not list(receipts.iterdir())
    from fupin_desktop.cli.sync import _write_receipts

    township.use()
    with pytest.raises(ValidationError):
        _write_receipts(receipts, {"../../../evil"})


# -- 6. a real reinstall, re-enrolled by fingerprint ------------------------------------
def test_a_reinstalled_school_is_re_enrolled_by_fingerprint(world, capsys) -> None:
    tmp, township = world["tmp"], world["township"]
    (tmp / "new-pc").mkdir()
    again = make.school_replica(tmp / "new-pc", A, "柳塘小学")  # a new PC: a new key
    again.use()
    new_fp = trust.own_card().fingerprint
    township.use()
    public = trust.write_public_key(tmp / "township.fpkey").value
    again.use()
    township_offer = trust.read_offer(public)
    trust.enrol(PRINCIPAL, township_offer, keys.last_group(township_offer.fingerprint))
    make.student_row(again, "赵六")
    package = tmp / "after-reinstall.fpkg"
    # Sealed to the township's key: nothing the township has enrolled says who sent it.
    export(again, package, introduce=False)
    _refused(township, package, "another key than the one enrolled", NeedsEnrolment)
    township.use()
    old_fp = trust.enrolled_fingerprint(state.peer_key("school", A))
    db = ["--db", str(township.path), *make.login()]
    wrong = new_fp[:-1] + ("0" if new_fp[-1] != "0" else "1")
    args = [*db, "sync", "trust", f"school:{A}", "--from", str(package), "--fingerprint"]
    assert cli.main([*args, wrong]) == cli.EXIT_REFUSED
    assert cli.main([*args, keys.last_group(new_fp)]) == cli.EXIT_REFUSED  # whole, please
    set_translator(lambda text: text)
    township.use()
    assert trust.enrolled_fingerprint(state.peer_key("school", A)) == old_fp
    assert cli.main([*args, new_fp]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert old_fp in out and new_fp in out
    result = receive(township, package)
    assert result.applied and result.counts["student"]["new"] == 1
    # The township sends everything back to the new PC, which gets its children again.
    export(township, tmp / "back.fpkg", to_code=A, introduce=False)
    assert receive(again, tmp / "back.fpkg").applied
    again.use()
    assert {s.name for s in Student.select()} == {"张三", "赵六"}


# -- the keys themselves ----------------------------------------------------------------
def test_no_key_material_in_a_package_the_ledger_or_a_backup(world) -> None:
    from fupin_desktop.db.backup import backup_to_folder

    tmp, a = world["tmp"], world["a"]
    a.use()
    me = trust.own_identity()
    secrets_ = [me.sign_seed, me.seal_secret, me.sign_seed.hex().encode()]
    secrets_.append(me.seal_secret.hex().encode())
    plain = export(a, tmp / "look.xlsx", protection=writer.PLAIN, full=True).path
    with zipfile.ZipFile(plain) as archive:
        contents = b"".join(archive.read(name) for name in archive.namelist())
    assert all(s not in contents for s in secrets_)
    assert me.sign_public.encode() in contents  # the public key does travel
    book = load_workbook(plain, read_only=True)
    cells = [str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row]
    book.close()
    assert not any(s.hex() in cell for s in (me.sign_seed, me.seal_secret) for cell in cells)
    copy = backup_to_folder(a.path, tmp / "usb")
    for path in (a.path, copy):
        raw = path.read_bytes()
        assert all(s not in raw for s in secrets_), path
    con = sqlite3.connect(str(a.path))
    assert not con.execute("SELECT 1 FROM setting WHERE key = 'sync.secret'").fetchall()
    con.close()
    stored = keys._key_path(me.instance_id)
    assert stored.stat().st_mode & 0o077 == 0  # 0600: the user's only


def test_a_default_package_is_no_workbook_without_the_receivers_key(world) -> None:
    tmp, a, b = world["tmp"], world["a"], world["b"]
    make.student_row(a, "王五")
    package = export(a, tmp / "sealed.fpkg").path
    assert not zipfile.is_zipfile(package)
    with pytest.raises(Exception):  # noqa: B017 - whatever openpyxl says of a non-zip
        load_workbook(package)
    assert "王五".encode() not in package.read_bytes()
    b.use()  # another ledger's key opens nothing
    with pytest.raises(PackageRefused, match="sealed for another receiver"):
        read_package(package, identity=trust.own_identity())
    with pytest.raises(PackageRefused, match="sealed"):
        read_package(package)


def test_the_envelope_must_name_what_the_manifest_names(world) -> None:
    from fupin_desktop.sync import seal

    tmp, a, township = world["tmp"], world["a"], world["township"]
    make.student_row(a, "王五")
    package = export(a, tmp / "env.fpkg").path
    envelope, _header, _body = seal.read_envelope(package)
    opened = unsealed(township, package)
    township.use()
    relabelled = dataclasses.replace(envelope, sender=f"school:{B}")
    bad = tmp / "relabelled.fpkg"
    bad.write_bytes(seal.seal(opened.read_bytes(), relabelled, trust.own_identity().seal_public))
    _refused(township, bad, "envelope")


def test_the_keyring_wraps_the_key_file(monkeypatch, tmp_path: Path) -> None:
    """Where the OS has a keyring, the key file holds the keys only encrypted."""
    store: dict[tuple[str, str], str] = {}

    class Ring:
        def get_password(self, service: str, name: str) -> str | None:
            return store.get((service, name))

        def set_password(self, service: str, name: str, value: str) -> None:
            store[(service, name)] = value

    monkeypatch.setattr(keys, "_keyring", lambda: Ring())
    me = keys.identity("instance-with-keyring")
    text = keys._key_path(me.instance_id).read_text()
    assert '"protection": "keyring"' in text and me.sign_seed.hex() not in text
    keys.forget_cache()
    assert keys.identity("instance-with-keyring").sign_seed == me.sign_seed
    store.clear()  # the keyring lost its entry: the key cannot be opened, and says so
    keys.forget_cache()
    with pytest.raises(keys.KeyUnavailable):
        keys.identity("instance-with-keyring")


def test_enrolment_needs_the_principal_and_the_right_fingerprint(world) -> None:
    from fupin_desktop.errors import PermissionDenied
    from fupin_desktop.services.context import Actor

    tmp, township, b = world["tmp"], world["township"], world["b"]
    (tmp / "c").mkdir()
    other = make.school_replica(tmp / "c", "4301230003", "东山小学")
    key_file = trust.write_public_key(tmp / "c.fpkey").value
    township.use()
    offer = trust.read_offer(key_file)
    assert offer.peer == "school:4301230003" and not offer.enrolled_fingerprint
    with pytest.raises(PermissionDenied):
        trust.enrol(Actor("李老师", "teacher"), offer, offer.fingerprint)
    with pytest.raises(ValidationError, match="does not match"):
        trust.enrol(PRINCIPAL, offer, "12345")
    assert trust.enrol(PRINCIPAL, offer, keys.last_group(offer.fingerprint)).changes
    assert trust.enrolled_fingerprint(offer.peer) == offer.fingerprint
    b.use()  # a school enrols its township only
    with pytest.raises(ValidationError, match="township only"):
        trust.read_offer(key_file)
    assert other.code == "4301230003"


def test_a_format_1_package_is_refused_with_a_clear_message(world) -> None:
    tmp, a, township = world["tmp"], world["a"], world["township"]
    a.use()
    package = export(a, tmp / "old.xlsx", protection=writer.PLAIN).path
    book = load_workbook(package)
    meta = book[book.sheetnames[-1]]
    for cells in meta.iter_rows(min_row=2):
        if cells[0].value == "format_version":
            cells[1].value = "1"
    book.save(tmp / "v1.xlsx")
    _refused(township, tmp / "v1.xlsx", "package format 1")


def _migration(name: str) -> Any:
    from fupin_desktop.db.migrations import all_migrations

    return next(m for m in all_migrations() if m.name == name)


def _as_before_trust(replica: Replica) -> str:
    """Make `replica` look as a ledger of formats 1 to 3 left it: its school under a
    random record id, an HMAC secret of its own and one for its peer. Returns the id."""
    from fupin_desktop.db.models import Setting

    replica.use()
    old, legacy = replica.school_id, new_id()
    database.execute_sql("PRAGMA foreign_keys = OFF")
    for table in ("school", "student", "teacher", "installation"):
        column = "id" if table == "school" else "school_id"
        sql = f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?'
        database.execute_sql(sql, [legacy, old])
    database.execute_sql("PRAGMA foreign_keys = ON")
    Setting.insert(key="sync.secret", value="ab" * 32).on_conflict_replace().execute()
    peer = state.peer_key("township", make.TOWNSHIP_CODE)
    state.enrol(peer, {**(state.peer(peer) or {}), "secret": "cd" * 32})
    return legacy


def test_the_trust_migration_drops_the_hmac_secrets_and_names_schools_by_code(
    tmp_path: Path,
) -> None:
    """A school and its township of the old formats, both upgraded: their HMAC secrets
    leave the ledger, and the school's record takes the id its code gives, at both; a
    reinstalled school (a new PC, a new key, re-enrolled by fingerprint) then fits."""
    from fupin_desktop.db.models import Setting
    from fupin_desktop.services.installation import school_record_id

    township = make.township_replica(tmp_path)
    a = make.school_replica(tmp_path, A, "柳塘小学")
    legacy = _as_before_trust(a)
    child = make.student_row(a, "张三")
    export(a, tmp_path / "before.fpkg")
    receive(township, tmp_path / "before.fpkg")
    township.use()
    assert Student.get_by_id(child).school_id == legacy
    for replica in (a, township):
        replica.use()
        with database.atomic():
            _migration("trust").run(database)
        assert Setting.get_or_none(Setting.key == "sync.secret") is None
        assert all("secret" not in peer for peer in state.peers().values())
        assert Student.get_by_id(child).school_id == school_record_id(A)
        assert not database.execute_sql("PRAGMA foreign_key_check").fetchall()
    a.use()
    assert installation.current().school_id == school_record_id(A)

    (tmp_path / "new-pc").mkdir()
    again = make.school_replica(tmp_path / "new-pc", A, "柳塘小学")
    township.use()
    public = trust.write_public_key(tmp_path / "township.fpkey").value
    enrol_at(again, public)
    new_key = trust.write_public_key(tmp_path / "again.fpkey").value
    enrol_at(township, new_key)  # the re-key: the township's principal compared it
    make.student_row(again, "赵六", id_number=make.id_number())
    export(again, tmp_path / "after.fpkg", introduce=False)
    assert receive(township, tmp_path / "after.fpkg").counts["student"]["new"] == 1
    export(township, tmp_path / "back.fpkg", to_code=A, introduce=False)
    assert receive(again, tmp_path / "back.fpkg").applied
    again.use()
    assert {s.name for s in Student.select()} == {"张三", "赵六"}
