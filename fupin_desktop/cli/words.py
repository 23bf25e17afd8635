"""argparse's own words (usage, options, help, its error messages) in the program's
language: argparse looks each of them up through the module's gettext functions at the
moment it needs them, so while the command line runs those two are pointed at the
program's translation (the same .ts file as everything else); afterwards they are put
back. The English sources are argparse's own (Python 3.11), marked here for lupdate.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from fupin_desktop.i18n import N_, tr

WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("expected %s argument"),
    N_("expected %s arguments"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("unexpected option string: %s"),
)
# Not looked up by argparse 3.11 (a plain default): given to add_argument by hand.
VERSION_HELP = N_("show program's version number and exit")

# The placeholders in usage and help (argparse's metavars), by the argument's name first
# (NAME is a person, a class or a sheet), then by the English placeholder.
PLACEHOLDERS_BY_DEST = {
    "user": N_("NAME"),
    "teacher": N_("NAME"),
    "who": N_("NAME"),
    "absent": N_("NAME"),
    "name": N_("NAME"),
    "class_name": N_("CLASS"),
    "sheet": N_("SHEET"),
}
PLACEHOLDERS = {
    "ACTION": N_("ACTION"),
    "AMOUNT": N_("AMOUNT"),
    "CARD.pdf": N_("CARD.pdf"),
    "CATEGORY": N_("CATEGORY"),
    "CHILDREN": N_("CHILDREN"),
    "CODE": N_("CODE"),
    "COMMAND": N_("COMMAND"),
    "DATE": N_("DATE"),
    "DAYS": N_("DAYS"),
    "DIR": N_("FOLDER"),
    "FAMILIES": N_("FAMILIES"),
    "FILE": N_("FILE"),
    "FILE_OR_FOLDER": N_("FILE_OR_FOLDER"),
    "FINGERPRINT": N_("FINGERPRINT"),
    "GRADE": N_("GRADE"),
    "GRADE-CLASS": N_("GRADE-CLASS"),
    "HOURS": N_("HOURS"),
    "ID": N_("ID"),
    "ID_NUMBER": N_("ID_NUMBER"),
    "ID_NUMBER=CODE": N_("ID_NUMBER=CODE"),
    "ID_NUMBER=MOVE": N_("ID_NUMBER=MOVE"),
    "KEY": N_("KEY"),
    "KEY=VALUE": N_("KEY=VALUE"),
    "KIND": N_("KIND"),
    "LESSONS": N_("LESSONS"),
    "LEVEL": N_("LEVEL"),
    "LIMIT": N_("LIMIT"),
    "METHOD": N_("METHOD"),
    "MINUTES": N_("MINUTES"),
    "NAME": N_("NAME"),
    "OUT": N_("OUT"),
    "OUT.fpkey": N_("OUT.fpkey"),
    "OUT.pdf": N_("OUT.pdf"),
    "PARTNER": N_("PARTNER"),
    "PATH": N_("PATH"),
    "PEER": N_("PEER"),
    "PLACE": N_("PLACE"),
    "PROGRAM": N_("PROGRAM"),
    "REASON": N_("REASON"),
    "SCHOOLS": N_("SCHOOLS"),
    "SCHOOL_CODE": N_("SCHOOL_CODE"),
    "SCHOOL_NAME": N_("SCHOOL_NAME"),
    "SEARCH": N_("SEARCH"),
    "SEED": N_("SEED"),
    "SIGNED_BY": N_("SIGNED_BY"),
    "STAGE": N_("STAGE"),
    "STEP": N_("STEP"),
    "STUDENT": N_("STUDENT"),
    "STUDENTS": N_("STUDENTS"),
    "SUMMARY": N_("SUMMARY"),
    "TEACHER": N_("TEACHER"),
    "TERM": N_("TERM"),
    "TEXT": N_("TEXT"),
    "TITLE": N_("TITLE"),
    "TOWNSHIP_CODE": N_("TOWNSHIP_CODE"),
    "TOWNSHIP_NAME": N_("TOWNSHIP_NAME"),
    "VALUE": N_("VALUE"),
    "YEAR": N_("YEAR"),
    "YYYY-MM-DD": N_("YYYY-MM-DD"),
    "YYYY-YYYY": N_("YYYY-YYYY"),
    "YYYY-YYYY/N": N_("YYYY-YYYY/N"),
}


def _placeholder(action: argparse.Action) -> str | None:
    """The translated placeholder of one argument, or None to leave argparse's own."""
    subcommands = isinstance(action, argparse._SubParsersAction)
    if action.nargs == 0 or (action.choices is not None and not subcommands):
        return None  # a flag, or choices argparse lists itself
    english = action.metavar if action.metavar is not None else action.dest.upper()
    if not isinstance(english, str):
        return None
    by_dest = PLACEHOLDERS_BY_DEST.get(action.dest)
    if by_dest and english in ("NAME", action.dest.upper()):
        return tr(by_dest)
    source = PLACEHOLDERS.get(english)
    return tr(source) if source else None


def translate_placeholders(parser: argparse.ArgumentParser) -> None:
    """Every placeholder of `parser` and its sub-commands in the program's language (the
    arguments' names, which the commands read, stay as they are)."""
    for action in parser._actions:
        word = _placeholder(action)
        if word is not None:
            action.metavar = word
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                translate_placeholders(sub)


def _gettext(text: str) -> str:
    return tr(text)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return tr(singular if count == 1 else plural)


@contextmanager
def translated() -> Iterator[None]:
    """argparse speaks the program's language inside this block."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
