"""Every value a package would write goes through the catalogue's cleaners (issue 16,
point 4): a value the form would refuse is refused in a package too, naming sheet, row
and column, and nothing is imported; one record twice in a package is refused naming
both rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from fupin_desktop.db.base import database
from fupin_desktop.db.models import PackageLedger, Student
from fupin_desktop.errors import PackageRefused
from fupin_desktop.sync import writer
from tests import builders as make
from tests.core.sync_support import export, receive

CODE = "4301230001"


def _package_with(tmp_path: Path, **stored: object) -> tuple[make.Replica, Path]:
    """A school's package whose student holds `stored`, written into the ledger past the
    services (as a damaged or hostile ledger would hold it)."""
    school = make.school_replica(tmp_path, CODE, "柳塘小学")
    township = make.township_replica(tmp_path)
    student_id = make.student_row(school, "张三")
    sets = ", ".join(f'"{k}" = ?' for k in stored)
    database.execute_sql(f"UPDATE student SET {sets} WHERE id = ?", [*stored.values(), student_id])
    package = tmp_path / "up.xlsx"
    export(school, package)  # the two enrol each other's keys first: the package is genuine
    return township, package


@pytest.mark.parametrize(
    ("stored", "words"),
    [
        ({"id_number": "430123201501010023"}, ["Students", "row 2", "ID number", "check"]),
        ({"name": "名" * 500}, ["Students", "row 2", "Name", "at most 40"]),
        ({"stage": "university"}, ["Students", "row 2", "Stage", "university"]),
    ],
)
def test_a_value_the_form_refuses_is_refused_in_a_package(
    tmp_path: Path, stored: dict[str, object], words: list[str]
) -> None:
    township, package = _package_with(tmp_path, **stored)
    with pytest.raises(PackageRefused) as refused:
        receive(township, package)
    for word in words:
        assert word in refused.value.message
    township.use()
    assert Student.select().count() == 0
    assert PackageLedger.select().where(PackageLedger.direction == "in").count() == 0


def test_a_record_twice_in_one_package_is_refused_naming_both_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    school = make.school_replica(tmp_path, CODE, "柳塘小学")
    township = make.township_replica(tmp_path)
    make.student_row(school, "张三")
    make.student_row(school, "李四", id_number=make.id_number())
    plain_rows = writer._rows

    def twice(table, *args, **kwargs):
        rows = list(plain_rows(table, *args, **kwargs))
        if table.name == "student":
            changed = list(rows[0])
            changed[table.keys.index("address")] = "另一个住址"
            hasher = args[2]
            hasher.add(changed)  # the sender's own hash: the package is consistent
            rows.append(changed)
        yield from rows

    monkeypatch.setattr(writer, "_rows", twice)
    export(school, tmp_path / "up.xlsx")
    monkeypatch.setattr(writer, "_rows", plain_rows)
    with pytest.raises(PackageRefused) as refused:
        receive(township, tmp_path / "up.xlsx")
    assert "rows 2 and 4" in refused.value.message
    assert Student.select().count() == 0


def test_a_refused_package_costs_no_backup(tmp_path: Path, capsys) -> None:
    """Retrying a bad file must not rotate the good backups away (issue 16, point 6)."""
    from fupin_desktop.db.connection import close_database
    from fupin_desktop.paths import backup_dir_for
    from tests.builders import fupin

    township, package = _package_with(tmp_path, name="名" * 500)
    close_database()
    for _ in range(3):
        assert fupin(township.path, "sync", "import", str(package)) == 2
    assert "名" * 10 not in capsys.readouterr().out  # the message names the cell, not the value
    assert not list(backup_dir_for(township.path).glob("*.fupinbak"))
