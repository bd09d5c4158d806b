"""``safehelper locker pending``: what waits for review, and deciding about it.

Pictures from the phone wait, sealed, in the locker's review queue until they
are accepted into the locker or discarded. The window is where a teen looks at
each one and covers parts; these commands are for a parent, scripts and tests.
(``locker add`` stays the direct path for automation: it skips the queue.)
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from safehelper.cli.locker import unlocked
from safehelper.errors import SafeHelperError
from safehelper.log import setup_logging

if TYPE_CHECKING:  # the locker is imported when a command runs, not for `--help`
    from safehelper.locker.review_queue import PendingItem, ReviewQueue


def register(actions: Any) -> None:
    """Add ``pending [--json]``, ``pending accept ID...|--all``, ``pending discard ID...|--all``."""
    pending = actions.add_parser(
        "pending",
        help="pictures waiting for review (phone, files, paste): list, accept, discard",
        description=(
            "Pictures from the phone, and files and pastes brought in through the app, wait "
            "here, encrypted, until they are saved into the locker (accept) or removed for "
            "good (discard)."
        ),
    )
    pending.add_argument("--json", action="store_true", help="print JSON for scripts")
    pending.set_defaults(handler=run_list)
    choices = pending.add_subparsers(dest="pending_action", metavar="ACTION")
    for name, handler, words in (
        ("accept", run_accept, "save into the locker as they are"),
        ("discard", run_discard, "remove for good (cannot be undone)"),
    ):
        choice = choices.add_parser(name, help=f"{words}: the pictures named, or --all")
        choice.add_argument("ids", nargs="*", metavar="ID", help="ids from `locker pending`")
        choice.add_argument("--all", action="store_true", help="every waiting picture")
        choice.set_defaults(handler=handler)


def _line(item: PendingItem) -> str:
    phone = f", phone time {item.phone_modified}" if item.phone_modified else ""
    taken = f", taken {item.exif_date}" if item.exif_date else ""
    return (
        f"{item.id}  {item.received_at}  from {item.source}  {item.media_type} "
        f"{item.width}x{item.height}  {item.original_name or '(no name)'}{phone}{taken}"
    )


def run_list(args: argparse.Namespace) -> int:
    """``locker pending``: the waiting pictures, oldest first, as lines or JSON."""
    setup_logging()
    from safehelper.locker.review_queue import ReviewQueue

    with unlocked() as locker:
        items, unreadable = ReviewQueue(locker).read_all()
    if unreadable:  # listed without them; their sealed files stay
        damaged = SafeHelperError("pending.damaged")
        print(f"safehelper: warning: {damaged} ({len(unreadable)})", file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps([item.to_json() for item in items], indent=2, ensure_ascii=False))
    elif not items:
        print("Nothing is waiting for review.")
    for item in items if not args.json else []:
        print(_line(item))
    return 0


def _chosen(queue: ReviewQueue, args: argparse.Namespace) -> list[str]:
    if args.all == bool(args.ids):
        raise SafeHelperError("pending.ids_or_all")
    if args.all:
        return [item.id for item in queue.items()]
    for pending_id in args.ids:
        queue.item(pending_id)  # every id checked before anything changes
    return list(dict.fromkeys(args.ids))


def run_accept(args: argparse.Namespace) -> int:
    """``pending accept``: save the named waiting pictures into the locker, as they are."""
    setup_logging()
    from safehelper.locker.review_queue import ReviewQueue

    with unlocked() as locker:
        queue = ReviewQueue(locker)
        for pending_id in _chosen(queue, args):
            item = queue.accept(pending_id)
            print(f"Saved {pending_id} into the locker as {item.id}.")
    return 0


def run_discard(args: argparse.Namespace) -> int:
    """``pending discard``: remove the named waiting pictures for good."""
    setup_logging()
    from safehelper.locker.review_queue import ReviewQueue

    with unlocked() as locker:
        queue = ReviewQueue(locker)
        for pending_id in _chosen(queue, args):
            queue.discard(pending_id)
            print(f"Removed {pending_id} for good.")
    return 0
