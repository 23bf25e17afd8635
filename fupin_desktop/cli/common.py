"""What every command of `fupin` shares: who acts (the login), the exit codes, opening the
ledger, saying things, the school and stage a command is about, progress on stderr, and
a table that lines up Chinese text (docs/architecture.md).

Who acts: every command but `init`, `check` and `accounts first|recover` logs in as
`--user NAME`, with the PIN typed at the terminal or read from `--pin-file FILE` (a file
only its owner may read, for unattended work); `actor()` is then that account's actor,
and every service call gets it (docs/architecture.md, "People and privacy").
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fupin_desktop.errors import FileFormatError, FupinError, NotInitialised, ValidationError
from fupin_desktop.fileio import is_private
from fupin_desktop.i18n import N_, tr
from fupin_desktop.services import installation, ledger
from fupin_desktop.services.care import teachers
from fupin_desktop.services.context import Actor
from fupin_desktop.validation import clean_date

# 0: done. 1: done, and something needs attention (a check found problems, payments are
# unpaid, children are overdue, IDs were not found). 2: nothing was done: refused input, a
# refused package, no right to do it, a file or ledger that cannot be read or written;
# a clear sentence, never a traceback, nothing changed (docs/architecture.md, "Command line").
EXIT_OK, EXIT_ATTENTION, EXIT_FAILED = 0, 1, 2
EXIT_REFUSED = EXIT_UNREADABLE = EXIT_FAILED


class UsageProblem(FupinError):
    """The command cannot start as given (who acts, a PIN, a file): exit code 2."""


NO_USER = N_("Say who you are: --user NAME (the PIN is asked, or read from --pin-file FILE).")
NO_ACCOUNTS = N_(
    "This ledger has no accounts yet: create the principal's account with "
    "`fupin --db LEDGER --user NAME accounts first`."
)
NO_TERMINAL = N_("Type the PIN at a terminal, or give it with --pin-file FILE.")
PIN_FILE_OPEN = N_(
    "The PIN file {path} may be read by others: allow its owner alone (chmod 600 {path})."
)
PIN_FILE_UNREADABLE = N_("The PIN file {path} cannot be read.")
PINS_DIFFER = N_("The two PINs differ.")

_actor: Actor | None = None


def actor() -> Actor:
    """The person acting: the account logged in (log_in), for every service call."""
    if _actor is None:
        raise RuntimeError("no one is logged in: call open_ledger(args) first")
    return _actor


def set_actor(value: Actor | None) -> None:
    global _actor
    _actor = value


def say(text: str) -> None:
    print(text, flush=True)


def say_recovery_code(name: str, code: str) -> None:
    say(tr("Recovery code of {name}: {code}").format(name=name, code=code))
    say(
        tr(
            "Write it down and keep it in the school's safe: it sets a new PIN when the "
            "PIN is forgotten, and it is shown only this once."
        )
    )


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


def open_ledger(args: argparse.Namespace, *, create: bool = False, login: bool = True) -> None:
    """Open the ledger named by --db (migrated as needed; made only with `create`: a
    command that reads never makes an empty ledger out of a typing mistake), then log in
    as --user (unless `login` is False)."""
    ledger.open_ledger(Path(args.db), create=create)
    if login:
        log_in(args)


def log_in(args: argparse.Namespace) -> Actor:
    """Log in as --user with the PIN from --pin-file or the terminal; the actor is kept
    for actor(). Refused in words (a wrong PIN counts towards the back-off)."""
    from fupin_desktop.services.accounts import accounts

    if not accounts.has_accounts():
        raise UsageProblem(NO_ACCOUNTS)
    if not getattr(args, "user", None):
        raise UsageProblem(NO_USER)
    set_actor(accounts.login(args.user, read_pin(args)))
    return actor()


def read_pin(
    args: argparse.Namespace,
    *,
    attribute: str = "pin_file",
    prompt: str = "",
    confirm: bool = False,
) -> str:
    """A PIN (or a passphrase) from the file named by `attribute`, else typed at the
    terminal without echo (twice with `confirm`)."""
    path = getattr(args, attribute, None)
    if path:
        return read_secret_file(Path(path))
    if not sys.stdin.isatty():
        raise UsageProblem(NO_TERMINAL)
    first = getpass.getpass(prompt or tr("PIN: "))
    if confirm and getpass.getpass(tr("Again: ")) != first:
        raise UsageProblem(PINS_DIFFER)
    return first


def read_secret_file(path: Path) -> str:
    """The first line of a file that only its owner may read (POSIX: no group or other
    permission), for a PIN or a passphrase given without a terminal."""
    try:
        if not is_private(path):
            raise UsageProblem(PIN_FILE_OPEN, path=path)
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageProblem(PIN_FILE_UNREADABLE, path=path) from exc
    return text.splitlines()[0].strip() if text.strip() else ""


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
