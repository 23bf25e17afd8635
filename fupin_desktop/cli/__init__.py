"""The command line `fupin`: the same services as the GUI (docs/architecture.md)."""

from fupin_desktop.cli.common import (
    EXIT_ATTENTION,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_UNREADABLE,
)
from fupin_desktop.cli.program import build_parser, main

__all__ = [
    "EXIT_ATTENTION",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_REFUSED",
    "EXIT_UNREADABLE",
    "build_parser",
    "main",
]
