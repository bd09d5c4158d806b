"""``safehelper export`` and ``safehelper verify-pack``: make an evidence pack, and check one.

safehelper export PACK.zip [--item ID ...]
safehelper verify-pack PACK.zip

``export`` opens the locker like ``safehelper locker``: this computer's key
first, else the passphrase (typed, or ``SAFEHELPER_PASSPHRASE`` for
automation). ``verify-pack`` needs no locker and no key, so the person the
pack is given to (an officer) can run it; it exits 0 when the pack is intact
and 1 naming the first problem.

The export's dependencies (the locker, crypto, Pillow, fpdf2) are imported
when a command runs, not when the parser is built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from safehelper.cli.locker import unlocked, warn_left_out
from safehelper.errors import SafeHelperError
from safehelper.log import setup_logging


def register(subparsers: Any) -> None:
    """Add the ``export`` and ``verify-pack`` commands."""
    export = subparsers.add_parser(
        "export",
        help="save an evidence pack (ZIP) for police: pictures, details, report, checksums",
        description="Save the evidence locker as a ZIP pack for police, a school or a lawyer. "
        "The pack is NOT encrypted: keep it safe and give it only to police or someone "
        "helping you.",
    )
    export.add_argument("pack", type=Path, metavar="PACK.zip", help="where to save the pack")
    export.add_argument(
        "--item",
        action="append",
        dest="items",
        metavar="ID",
        help="export only this item (repeat for more; ids from 'safehelper locker list')",
    )
    export.set_defaults(handler=run_export)
    verify = subparsers.add_parser(
        "verify-pack",
        help="check an evidence pack: every checksum, the manifest and the hash chain",
        description="Check that an evidence pack is complete and unchanged since it was "
        "made. Needs no locker and no password. Exit code 0: intact; 1: a problem (named).",
    )
    verify.add_argument("pack", type=Path, metavar="PACK.zip", help="the pack to check")
    verify.set_defaults(handler=run_verify_pack)


def _progress_printer() -> Any:
    """A one-line progress counter on a terminal; silent when output is piped."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rWorking: {done} of {total} steps", end="", file=sys.stderr, flush=True)
        if done == total:
            print(file=sys.stderr)

    return show


def run_export(args: argparse.Namespace) -> int:
    """``export``: unlock the locker and write the pack."""
    from safehelper.export import export_pack

    setup_logging()
    destination: Path = args.pack
    if destination.suffix.lower() != ".zip":
        destination = destination.with_name(destination.name + ".zip")
    if destination.is_dir():
        raise SafeHelperError("export.destination_is_folder", path=destination)
    with unlocked() as locker:
        warn_left_out(locker)
        result = export_pack(locker, destination, item_ids=args.items, progress=_progress_printer())
    print(
        f"Saved {result.items} item(s) to {result.path}. It is not encrypted: keep it safe "
        "and give it only to police or someone helping you."
    )
    return 0


def run_verify_pack(args: argparse.Namespace) -> int:
    """``verify-pack``: check the pack; problems are raised and printed as one line."""
    from safehelper.pack import verify_pack
    from safehelper.timestamps.pack import verdict as stamp_verdict

    report = verify_pack(args.pack)
    print(
        f"The pack is intact: {report.items} picture(s) and {report.files} files match "
        "SHA256SUMS and the manifest, and each picture matches the record that saved it in "
        f"the chain (head {report.chain_head})."
    )
    print(
        "This shows that the pack's files agree with each other. On its own a pack cannot "
        "show when it was made or that nobody rebuilt it (an independent time stamp adds "
        "proof of when), and it shows that the files agree, not that what they show is genuine."
    )
    for line in stamp_verdict(report.stamps, report.items):
        print(line)
    return 0
