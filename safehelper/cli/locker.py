"""``safehelper locker``: the evidence locker from a terminal.

For a parent setting things up, for scripts, and for checking a locker
without the window. The locker opens with this computer's key when it has
one; otherwise with the passphrase, typed at a prompt or, for automation
only, taken from ``SAFEHELPER_PASSPHRASE`` (an environment variable can be
read by other programs of the same user, so a person should type it).

The locker, its crypto and Pillow are imported inside the commands that use
them, so ``safehelper --help`` stays quick.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehelper.cli import timestamps as timestamps_cli
from safehelper.errors import SafeHelperError
from safehelper.log import setup_logging

if TYPE_CHECKING:
    from safehelper.locker import Item, Locker, LockerSession
    from safehelper.timestamps import retry

# Names of environment variables, not secrets.
PASSPHRASE_ENV = "SAFEHELPER_PASSPHRASE"  # noqa: S105
NEW_PASSPHRASE_ENV = "SAFEHELPER_NEW_PASSPHRASE"  # noqa: S105


def register(subparsers: Any) -> None:
    """Add ``locker init|add|list|verify|recover|passphrase add|remove``."""
    parser = subparsers.add_parser(
        "locker",
        help="the evidence locker: init, add, list, verify, recover, passphrase",
        description=(
            "The encrypted evidence locker. It opens with this computer's key when it has one, "
            f"otherwise with its passphrase (typed, or from {PASSPHRASE_ENV} for automation "
            "only)."
        ),
    )
    actions = parser.add_subparsers(dest="locker_action", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init",
        help="create the locker",
        description=(
            "Create the locker. With no option it opens with this computer's key (kept in the "
            "system keyring), or asks for a passphrase if there is no safe keyring."
        ),
    )
    slots = init.add_mutually_exclusive_group()
    slots.add_argument(
        "--passphrase",
        action="store_true",
        help=(
            "make two ways to open it: this computer's key AND a passphrase (either one opens "
            "it, so anyone signed in to this computer account can still open it)"
        ),
    )
    slots.add_argument(
        "--passphrase-only",
        action="store_true",
        help=(
            "make one way to open it: a passphrase, and no key on this computer (for a "
            "computer account shared with others)"
        ),
    )
    init.set_defaults(handler=run_init)

    info = actions.add_parser(
        "info", help="where the locker is, how many items, and which ways open it"
    )
    info.add_argument("--json", action="store_true", help="print JSON for scripts")
    info.set_defaults(handler=run_info)

    add = actions.add_parser(
        "add",
        help=(
            "add pictures straight into the locker, for automation (creates the locker on "
            "first use). The app and `receive` put pictures in the review queue instead"
        ),
    )
    add.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="PNG, JPEG, WebP, GIF or BMP files, or folders of them",
    )
    add.add_argument("--note", default="", help="a note saved with each picture")
    add.add_argument("--platform", default="", help="the app or site, e.g. Instagram")
    add.add_argument("--username", default="", help="the other person's username or link")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="list the pictures in the locker")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=run_list)

    verify = actions.add_parser(
        "verify", help="check every picture and record (exit 1 naming the first problem)"
    )
    verify.set_defaults(handler=run_verify)

    recover = actions.add_parser(
        "recover",
        help=(
            "add back the pictures kept in quarantine because no record named them (exit 1 "
            "if any could not be opened)"
        ),
    )
    recover.set_defaults(handler=run_recover)

    timestamps_cli.register(actions)

    passphrase = actions.add_parser("passphrase", help="add, change or remove the passphrase")
    pass_actions = passphrase.add_subparsers(
        dest="passphrase_action", metavar="ACTION", required=True
    )
    pass_add = pass_actions.add_parser(
        "add", help=f"add or change the passphrase (new one typed, or {NEW_PASSPHRASE_ENV})"
    )
    pass_add.set_defaults(handler=run_passphrase_add)
    pass_remove = pass_actions.add_parser(
        "remove", help="remove the passphrase (only if this computer's key also opens it)"
    )
    pass_remove.set_defaults(handler=run_passphrase_remove)

    from safehelper.cli import pending  # imported here: it uses this module's unlocked()

    pending.register(actions)


def _tolerant_stdout() -> None:
    """Never crash on a name the console cannot show (a pipe on Windows is often cp1252)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")


def _typed(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def _current_passphrase() -> str:
    value = os.environ.get(PASSPHRASE_ENV) or _typed("Locker passphrase: ")
    if not value:
        raise SafeHelperError("cli.needs_passphrase", variable=PASSPHRASE_ENV)
    return value


def _new_passphrase(*, allow_current_env: bool) -> str:
    """A new passphrase: from the environment, or typed twice so a typo cannot lock anyone out."""
    value = os.environ.get(NEW_PASSPHRASE_ENV)
    if not value and allow_current_env:
        value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    first = _typed("New passphrase: ")
    if first is None:
        raise SafeHelperError("cli.needs_new_passphrase", variable=NEW_PASSPHRASE_ENV)
    if _typed("The same passphrase again: ") != first:
        raise SafeHelperError("cli.passphrases_differ")
    return first


def unlock(session: LockerSession) -> None:
    """Open the locker; then this computer's key first, else the passphrase (env or prompt)."""
    locker = session.open()
    if session.open_warning is not None:
        print(f"safehelper: warning: {session.open_warning}", file=sys.stderr, flush=True)
    device_problem: SafeHelperError | None = None
    if locker.has_device_slot():
        try:
            session.unlock_with_device()
            return
        except SafeHelperError as exc:
            device_problem = exc
    if locker.has_passphrase_slot():
        session.unlock_with_passphrase(_current_passphrase())
        return
    raise device_problem or SafeHelperError("locker.no_way_to_open")


def _create(session: LockerSession, *, want_passphrase: bool, use_device: bool = True) -> Locker:
    from safehelper import keychain

    status = keychain.backend_status()
    passphrase = None
    if want_passphrase or not use_device or not status.secure:
        try:
            passphrase = _new_passphrase(allow_current_env=True)
        except SafeHelperError as exc:
            if status.secure:
                raise
            raise SafeHelperError(
                "cli.no_keyring_needs_passphrase", variable=PASSPHRASE_ENV
            ) from exc
    return session.create(passphrase=passphrase, use_device=use_device)


WAY_WORDS = {"device": "this computer's key", "passphrase": "your passphrase"}


def _ways(ways: tuple[str, ...]) -> str:
    return " or ".join(WAY_WORDS[way] for way in ways) or "nothing"


def run_init(args: argparse.Namespace) -> int:
    """``locker init``: create the locker (device key if safe, passphrase if asked or needed)."""
    from safehelper.locker import LockerSession

    setup_logging()
    _tolerant_stdout()
    with LockerSession() as session:
        if session.exists():
            raise SafeHelperError("locker.already_exists")
        locker = _create(
            session,
            want_passphrase=args.passphrase or args.passphrase_only,
            use_device=not args.passphrase_only,
        )
        ways = _ways(locker.ways_to_open())
        print(f"Evidence locker created in {locker.folder}. It opens with {ways}.")
    return 0


def run_info(args: argparse.Namespace) -> int:
    """``locker info``: the folder, the number of items and the ways it opens, without unlocking."""
    from safehelper.locker import LockerSession

    setup_logging()
    _tolerant_stdout()
    with LockerSession() as session:
        if not session.exists():
            raise SafeHelperError("locker.none_here")
        locker = session.open()
        ways = locker.ways_to_open()
        count = locker.count()
        warning = str(session.open_warning or "")
    if args.json:
        facts = {"folder": str(locker.folder), "items": count, "opens_with": list(ways)}
        print(json.dumps({**facts, "warning": warning}, indent=2, ensure_ascii=False))
        return 0
    print(f"Evidence locker in {locker.folder}")
    print(f"Items: {count}")
    print(f"Opens with: {_ways(ways)}")
    if warning:
        print(f"Warning: {warning}")
    return 0


@contextlib.contextmanager
def unlocked(*, create: bool = False) -> Iterator[Locker]:
    """The usual locker, open and unlocked (created first if asked and missing), then closed."""
    from safehelper.locker import LockerSession

    with LockerSession() as session:
        if create and not session.exists():
            yield _create(session, want_passphrase=False)
            return
        unlock(session)
        yield session.locker


def run_add(args: argparse.Namespace) -> int:
    """``locker add``: save each file, printing one line per file as soon as it is saved."""
    from safehelper import imports

    setup_logging()
    _tolerant_stdout()
    files = imports.collect_files(args.files)
    if not files:
        raise SafeHelperError("cli.no_files")
    refused = 0
    with unlocked(create=True) as locker:
        for path in files:
            try:
                item = locker.import_file(
                    path, note=args.note, platform=args.platform, username=args.username
                )
            except imports.ImageRefused as exc:
                refused += 1
                print(f"safehelper: {exc}", file=sys.stderr, flush=True)
                continue
            print(f"saved {item.id} {imports.display_name(path.name)}", flush=True)
    saved = len(files) - refused
    print(f"{saved} of {len(files)} file(s) saved in the locker.", flush=True)
    return 0 if refused == 0 else 1


def warn_left_out(locker: Locker) -> None:
    """One warning line on stderr when damaged records were left out of what is shown."""
    left_out = locker.unreadable_records()
    if left_out:
        warning = SafeHelperError("locker.records_left_out", count=left_out)
        print(f"safehelper: warning: {warning}", file=sys.stderr, flush=True)


def item_json(item: Item, stamp: retry.Pending | None = None) -> dict[str, Any]:
    """An item as JSON-safe data (times as ISO 8601 text), with its time stamp's status."""
    from safehelper.timestamps import retry

    return {
        "id": item.id,
        "sha256": item.sha256,
        "captured_at": item.captured_at.isoformat(),
        "local_zone": item.local_zone,
        "utc_offset": item.utc_offset,
        "source": item.source,
        "media_type": item.media_type,
        "size": item.size,
        "width": item.width,
        "height": item.height,
        "file_mtime": item.file_mtime.isoformat() if item.file_mtime else None,
        "exif_date": item.exif_date,
        "covered": item.covered,
        "note": item.note,
        "platform": item.platform,
        "username": item.username,
        "original_name": item.original_name,
        "entry_hash": item.entry_hash,
        "timestamp": {
            "state": stamp.state if stamp else "none",
            "tsa": stamp.tsa if stamp else "",
            "stamped_at": stamp.received_at.isoformat() if stamp and stamp.received_at else None,
            "problem": stamp.message if stamp else "",
            "text": retry.describe(stamp),
        },
    }


def run_list(args: argparse.Namespace) -> int:
    """``locker list``: the items, newest first, as lines or as JSON."""
    setup_logging()
    _tolerant_stdout()
    from safehelper.locker.stamps import ITEM, LockerStamps

    with unlocked() as locker:
        items = locker.items()
        warn_left_out(locker)
        stamps = LockerStamps(locker).status()
    if args.json:
        listed = [item_json(i, stamps.get(f"{ITEM}{i.id}")) for i in items]
        print(json.dumps(listed, indent=2, ensure_ascii=False))
        return 0
    if not items:
        print("The locker is empty.")
    for item in items:
        when = item.captured_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        covered = ", part covered" if item.covered else ""
        note = f"  {item.note[:60]}" if item.note else ""
        print(
            f"{when}  {item.id}  {item.media_type} {item.width}x{item.height}  "
            f"from {item.source}{covered}{note}"
        )
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """``locker verify``: exit 0 if everything matches, else 1 naming the first problem."""
    setup_logging()
    _tolerant_stdout()
    with unlocked() as locker:
        report = locker.verify()
        head = locker.chain_head()
    if not report.ok:
        raise SafeHelperError("locker.check_failed", problem=report.finding)
    print(
        f"All {report.checked} item(s) match what was saved, and the record chain is whole. "
        f"Chain head: {head}"
    )
    return 0


def run_recover(args: argparse.Namespace) -> int:
    """``locker recover``: a line per quarantined picture, a summary; exit 1 if any stayed."""
    setup_logging()
    _tolerant_stdout()
    with unlocked() as locker:
        report = locker.recover_quarantined()
    for done in report.recovered:
        print(f"recovered {done.item.id} from quarantine/{done.name}", flush=True)
    for name in report.already_there:
        print(f"already in the locker: quarantine/{name} (moved to quarantine/recovered)")
    for left in report.left:
        print(f"safehelper: quarantine/{left.name}: {left.reason}", file=sys.stderr, flush=True)
    print(_recovery_summary(len(report.recovered), len(report.already_there), len(report.left)))
    return 0 if report.ok else 1


def _recovery_summary(recovered: int, already: int, left: int) -> str:
    """One sentence saying what a recovery did, in plain words."""
    if not (recovered or already or left):
        return "There are no pictures in quarantine to recover."
    parts = [f"{recovered} picture{'' if recovered == 1 else 's'} recovered"]
    if already:
        parts.append(f"{already} already in the locker")
    if left:
        verb = "was" if left == 1 else "were"
        parts.append(f"{left} could not be opened and {verb} left in quarantine")
    return ", ".join(parts) + "."


def run_passphrase_add(args: argparse.Namespace) -> int:
    """``locker passphrase add``: add a passphrase, or change the one there is."""
    setup_logging()
    _tolerant_stdout()
    with unlocked() as locker:
        had = locker.has_passphrase_slot()
        locker.add_passphrase(_new_passphrase(allow_current_env=not had))
    print("Passphrase changed." if had else "Passphrase added.")
    return 0


def run_passphrase_remove(args: argparse.Namespace) -> int:
    """``locker passphrase remove``: only allowed while another way to open it remains."""
    setup_logging()
    _tolerant_stdout()
    with unlocked() as locker:
        if not locker.has_passphrase_slot():
            raise SafeHelperError("locker.no_passphrase")
        locker.remove_passphrase()
    print("Passphrase removed. The locker now opens with this computer's key.")
    return 0
