"""What every command of `fupin` shares: who acts, the exit codes, opening the ledger,
saying things, the school and stage a command is about, progress on stderr, and a table
that lines up Chinese text (docs/architecture.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fupin_desktop.errors import FileFormatError, NotInitialised, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.services import installation, ledger
from fupin_desktop.services.care import teachers
from fupin_desktop.services.context import Actor
from fupin_desktop.validation import clean_date

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2

# The command line acts as the local administrator of this installation.
CLI_ACTOR = Actor("命令行", "principal")


def say(text: str) -> None:
    print(text, flush=True)


def progress(fraction: float, text: str) -> None:
    """Progress of long work, on one line of stderr (stdout stays the result), and only
    when stderr is a terminal: a log file or a pipe gets no carriage-return lines."""
    if _terminal():
        print(f"\r{int(fraction * 100):3d}%  {text}", end="", file=sys.stderr, flush=True)


def progress_done() -> None:
    """The end of a progress line (a new line on the terminal, nothing elsewhere)."""
    if _terminal():
        print(file=sys.stderr)


def _terminal() -> bool:
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty())


def open_ledger(args: argparse.Namespace) -> None:
    """Open the ledger named by --db (created and migrated as needed)."""
    ledger.open_ledger(Path(args.db))


def password_option(parser: Any, text: str) -> None:
    """--password-file: a password is read from a file, never typed on the command line
    (other users would see it in the process list; the shell would keep it)."""
    parser.add_argument("--password-file", metavar="FILE", help=text)


def password_from_file(args: argparse.Namespace) -> str | None:
    """The first line of --password-file, or None without the option."""
    if not args.password_file:
        return None
    path = Path(args.password_file)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise FileFormatError(
            N_("{name} cannot be opened."), details=str(exc), name=path.name
        ) from exc
    password = lines[0] if lines else ""
    if not password:
        raise ValidationError(N_("The password file {name} is empty."), name=path.name)
    return password


def school_id(code: str | None) -> str:
    """The school a command is about: --school, or this installation's own school."""
    from fupin_desktop.services.students.files import school_by_code

    if code:
        found = school_by_code(code)
        if found is None:
            raise ValidationError(N_("No school with the code {code}."), code=code)
        return found
    info = installation.current()
    if info is None:
        raise NotInitialised()
    if info.school_id is None:
        raise ValidationError(N_("In township mode, say which school with --school CODE."))
    return info.school_id


def own_school() -> str | None:
    """A school exports its own students; the township, without --school, all of them."""
    info = installation.current()
    return info.school_id if info is not None else None


def stage_code(text: str) -> str | None:
    """The stage code of a code or a name ("primary", "小学"); None if neither."""
    from fupin_desktop.io.roster import choice_code
    from fupin_desktop.schema.catalogues import STUDENT

    return choice_code(STUDENT["stage"], text)


# --- a table that lines up Chinese text ----------------------------------------------


def text_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * max(0, width - text_width(text))
    return gap + text if right else text + gap


def table(headers: Sequence[str], body: Sequence[Sequence[Any]], right: set[int]) -> list[str]:
    """Lines of a plain-text table; the columns numbered in `right` are right-aligned."""
    cells = [[str(c) for c in row] for row in body]
    widths = [text_width(h) for h in headers]
    for row in cells:
        widths = [max(w, text_width(c)) for w, c in zip(widths, row, strict=True)]
    lines = [
        "  ".join(
            _pad(h, w, i in right) for i, (h, w) in enumerate(zip(headers, widths, strict=True))
        )
    ]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append(
            "  ".join(
                _pad(c, w, i in right) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    return [line.rstrip() for line in lines]


def parse_date(text: str | None, default: dt.date | None = None) -> dt.date | None:
    """A date typed on the command line (2026-09-01, 2026/9/1, 20260901), or `default`."""
    if not text:
        return default
    return clean_date(text)


def school_or_none(code: str | None) -> str | None:
    """The record id of the school with this code, or None when no code was given."""
    return school_id(code) if code else None


def teacher_by_name(name: str, school: str | None) -> str:
    """The record id of the one teacher called `name` (in `school` if given)."""
    found = teachers.find_by_name(name, school)
    if not found:
        raise ValidationError(N_("No teacher called {name}."), name=name)
    if len(found) > 1:
        names = "、".join(f"{n}（{where}）" for _, n, where in found)
        raise ValidationError(
            N_("{count} teachers match {name}: {names}. Add --school CODE."),
            count=len(found),
            name=name,
            names=names,
        )
    return found[0][0]


def day(text: str) -> dt.date:
    """An argparse type: a date as YYYY-MM-DD, refused in words (exit 2)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("{value} is not a date (YYYY-MM-DD).").format(value=text)
        ) from None
