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
