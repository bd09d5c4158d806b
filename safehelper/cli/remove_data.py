"""``safehelper remove-data``: remove SafeHelper's data without opening the window.

For a parent or an uninstaller: the same removal as the window's "Remove
SafeHelper's data", asking for the same typed confirmation unless ``--yes``
(for an uninstaller that has already asked).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from safehelper import data_removal
from safehelper.errors import SafeHelperError


def register(subparsers: Any) -> None:
    """Add ``remove-data [--yes]``."""
    parser = subparsers.add_parser(
        "remove-data",
        help="delete the evidence locker, settings, log and keyring entries of SafeHelper",
        description=(
            "Delete everything SafeHelper keeps on this computer: the evidence locker, "
            "settings, the log, its keyring entries and its start-at-sign-in entry. Nothing "
            "else is touched. This cannot be undone: export a pack first if the evidence "
            f"may be needed. You are asked to type {data_removal.CONFIRM_WORD} unless --yes "
            "is given."
        ),
    )
    parser.add_argument(
        "--yes", action="store_true", help="do not ask (for uninstallers that already asked)"
    )
    parser.set_defaults(handler=run_remove_data)


def _confirmed() -> bool:
    print(
        "This deletes SafeHelper's evidence locker, settings and log from this computer. "
        "It cannot be undone.",
        file=sys.stderr,
    )
    print(f"Type {data_removal.CONFIRM_WORD} to remove everything: ", end="", file=sys.stderr)
    sys.stderr.flush()
    try:
        answer = input()
    except EOFError:
        return False
    return answer.strip() == data_removal.CONFIRM_WORD


def run_remove_data(args: argparse.Namespace) -> int:
    """Remove everything after the typed confirmation; exit 1 with a reason otherwise."""
    if not args.yes and not _confirmed():
        raise SafeHelperError("data.not_confirmed", word=data_removal.CONFIRM_WORD)
    report = data_removal.remove_all()
    for folder in report.folders:
        print(f"Removed {folder}")
    print("SafeHelper's data was removed from this computer.")
    return 0
