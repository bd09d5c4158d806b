"""Picture files that no record names: kept aside in the locker, never deleted by the app.

A picture file with no record can mean two very different things. SafeHelper
may have been stopped between writing an item's files and committing its record
(a crash, a power cut): those files belong to an add that never finished. Or
the index was replaced by an older copy, or its rows were deleted: then they
are evidence whose records were taken away. The app cannot always tell, so it
never deletes either. An add marks its item ``<id>.pending`` (under SQLite's
write lock) before writing the files and clears the mark after the commit, so
at the next open the files of an add that never finished go to
``quarantine/unfinished/``; every other unnamed file goes to ``quarantine/``,
which :mod:`.verify` reports. Both stay sealed with the data key.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from pathlib import Path

from safehelper import paths
from safehelper.locker.blobs import BLOB_DIR, IMAGE_SUFFIX, PENDING_SUFFIX, clear_pending
from safehelper.locker.chain import purged_ids
from safehelper.locker.index import Index

log = logging.getLogger(__name__)

QUARANTINE_DIR = "quarantine"
UNFINISHED_DIR = "unfinished"
_IS_POSIX = os.name == "posix"
# "<id>.img", "<id>.thumb", "<id>.pending", and paths.replacing's ".<id>.img.<random>.tmp".
_OWNER = re.compile(r"^\.?([0-9a-f]{32})\.")


def owner(name: str) -> str | None:
    """The item id a file in ``blobs/`` belongs to, or ``None`` for a file not of SafeHelper."""
    match = _OWNER.match(name)
    return match.group(1) if match else None


def sort_out(index: Index, folder: Path) -> None:
    """Put every file no record names into quarantine; tidy what records do name.

    Runs under SQLite's write lock, so no other process is midway through an add.
    Only the files of items deleted permanently (a readable ``purge`` record),
    temporary copies of recorded items and spent marks are removed. Files that
    stay are made private again (a locker copied back from a USB stick may not be).
    """
    blobs = folder / BLOB_DIR
    with index.write():
        rows = index.db.execute("SELECT item_id, record FROM entries").fetchall()
        named = {str(r[0]) for r in rows}
        purged = purged_ids(r[1] for r in rows)
        entries = list(os.scandir(blobs))
        pending = {owner(e.name) for e in entries if e.name.endswith(PENDING_SUFFIX)}
        moved = removed = 0
        for entry in entries:
            item_id = owner(entry.name)
            if entry.name.endswith(PENDING_SUFFIX):
                continue
            if item_id in purged or (item_id in named and entry.name.startswith(".")):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
            elif item_id in named:
                if _IS_POSIX and entry.stat().st_mode & 0o077:
                    os.chmod(entry.path, 0o600)
            else:
                place = folder / QUARANTINE_DIR
                if item_id is not None and item_id in pending:
                    place = place / UNFINISHED_DIR
                move_into(Path(entry.path), place)
                moved += 1
        for item_id in pending:
            if item_id is not None:
                clear_pending(folder, item_id)
        if moved or removed:
            paths.fsync_dir(blobs)
            log.warning("locker: %d file(s) kept in quarantine, %d removed", moved, removed)


def move_into(path: Path, place: Path) -> None:
    """Move ``path`` into ``place`` (made private) under a name nothing there has yet."""
    paths.ensure_private_dir(place.parent)
    paths.ensure_private_dir(place)
    target = place / path.name
    number = 1
    while target.exists():
        number += 1
        target = place / f"{path.name}.{number}"
    os.replace(path, target)
    paths.fsync_dir(place)


def unrecorded_pictures(folder: Path) -> int:
    """How many pictures sit in quarantine because no record named them (not unfinished adds)."""
    try:
        names = os.listdir(folder / QUARANTINE_DIR)
    except OSError:
        return 0
    return sum(1 for name in names if IMAGE_SUFFIX in name and not name.startswith("."))
