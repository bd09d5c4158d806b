"""``safehelper locker timestamp``: ask a time-stamp authority for the stamps that are missing.

safehelper locker timestamp [--all-missing] [--tsa URL] [--tsa-chain PEM]

Without ``--tsa`` it uses the TSA set in the settings, and only when
independent time stamps are turned on (the privacy promise: nothing is sent
while the option is off). ``--tsa`` (with ``--tsa-chain`` for a TSA whose root
is not in SafeHelper's trust store) is for automation and tests, and is itself
the user's explicit choice. Only fingerprints are sent, never a picture.
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehelper.errors import SafeHelperError

# The settings, the TSA list and the retry rules load when the command runs: every
# `safehelper` command (--help too) registers this one.
if TYPE_CHECKING:
    from safehelper.timestamps.retry import Pending


def register(actions: Any) -> None:
    """Add ``timestamp`` to the ``locker`` actions."""
    stamp = actions.add_parser(
        "timestamp",
        help="get independent time stamps (RFC 3161) for pictures that lack one",
        description=(
            "Ask a time-stamp authority to sign the fingerprint (SHA-256) of each saved picture "
            "and each saved version of the incident details that has no time stamp yet. Only "
            "the fingerprint is sent, never the picture."
        ),
    )
    stamp.add_argument(
        "--all-missing",
        action="store_true",
        help="ask now for every missing stamp, even those waiting to retry",
    )
    stamp.add_argument("--tsa", metavar="URL", help="the time-stamp authority to ask")
    stamp.add_argument(
        "--tsa-chain",
        type=Path,
        metavar="PEM",
        help="trust this root (PEM file) for the TSA, as well as SafeHelper's trust store",
    )
    stamp.set_defaults(handler=run_timestamp)


def _label(target: str) -> str:
    from safehelper.locker.stamps import ITEM

    if target.startswith(ITEM):
        return f"item {target.removeprefix(ITEM)}"
    return f"incident details (record {target.split(':', 1)[1]})"


def run_timestamp(args: argparse.Namespace) -> int:
    """``locker timestamp``: queue what is missing, ask the TSA, print one line per target."""
    from safehelper import settings
    from safehelper.cli.locker import unlocked  # the locker commands import this module
    from safehelper.locker.stamps import LockerStamps
    from safehelper.log import setup_logging
    from safehelper.timestamps import retry
    from safehelper.timestamps.address import check_url
    from safehelper.timestamps.authorities import (
        authority_for,
        configured_url,
        load_chain_file,
        trusted_roots,
    )

    setup_logging()
    if args.tsa:
        url = check_url(args.tsa)
    else:
        chosen = settings.load()
        if not chosen.timestamps_on:
            raise SafeHelperError("timestamp.off")
        url = configured_url(chosen.timestamp_url)
    roots = trusted_roots(load_chain_file(args.tsa_chain) if args.tsa_chain else ())
    listed = authority_for(url)
    pause = listed.min_interval_seconds if listed is not None else 0.0

    def between() -> bool:
        time.sleep(pause)  # the TSA asks scripts to wait between requests
        return True

    def show(target: str, entry: Pending) -> None:
        print(f"{_label(target)}: {retry.describe(entry)}", flush=True)

    with unlocked() as locker:
        stamps = LockerStamps(locker)
        stamps.enqueue_missing(again=args.all_missing)
        result = stamps.run(
            url,
            roots,
            lambda: datetime.now(UTC),
            due_only=not args.all_missing,
            between=between,
            progress=show,
        )
    asked = len(result.stamped) + len(result.failed)
    if asked == 0:
        print("Nothing to stamp: every stamp is in, or waiting to try again later.")
        return 0
    print(f"{len(result.stamped)} of {asked} time stamp(s) received from {url}.")
    return 0 if not result.failed else 1
