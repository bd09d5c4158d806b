"""Half-written evidence packs left by a crash: found and removed at the next chance.

An export writes the pack to a hidden ``.<name>.zip.<random>.part`` file beside
the chosen name (see :func:`safehelper.paths.replacing`). A kill or a power cut
mid-export leaves that file behind, holding every picture so far unencrypted.
So each export first notes its folder in the data folder (``exports-in-progress``)
and removes the note when it ends; the next export to any folder clears that
folder, and the app's start clears every noted folder.

Only SafeHelper's own leftovers are removed: a regular file (never a link)
whose name has the exact pattern above and whose bytes begin as a SafeHelper
pack does (a ZIP whose first member is ``README.txt``). A pack still being
written is never touched: its writer locks it before writing a byte (POSIX),
and Windows will not delete a file that is open. An empty leftover holds
nothing and is left alone (it could be an export that has not locked it yet).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from safehelper import paths
from safehelper.errors import SafeHelperError

log = logging.getLogger(__name__)

PART_SUFFIX = ".part"
PENDING_DIR = "exports-in-progress"
# tempfile.mkstemp's random part is 8 characters of [a-z0-9_].
_PART_NAME = re.compile(r"^\..+\.zip\.[a-z0-9_]{8}\.part$")
# A ZIP local file header whose member name is README.txt: how every SafeHelper pack begins.
_PACK_START = b"PK\x03\x04"
_FIRST_MEMBER = b"README.txt"
_NAME_LENGTH_AT = 26
_NAME_AT = 30
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted, which is the guard there
    fcntl = None  # type: ignore[assignment]


def hold(handle: BinaryIO) -> None:
    """Mark an open partial pack as being written, so no clean-up removes it meanwhile."""
    if fcntl is not None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _is_ours(fd: int) -> bool:
    """Whether an open file begins as a SafeHelper pack does."""
    head = os.read(fd, _NAME_AT + len(_FIRST_MEMBER))
    if not head.startswith(_PACK_START) or len(head) < _NAME_AT + len(_FIRST_MEMBER):
        return False
    name_length = int.from_bytes(head[_NAME_LENGTH_AT : _NAME_LENGTH_AT + 2], "little")
    return name_length == len(_FIRST_MEMBER) and head[_NAME_AT:] == _FIRST_MEMBER


def _remove_if_ours(path: Path) -> bool:
    """Remove one candidate if it is a leftover of ours not being written; whether it was."""
    try:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_BINARY)
    except OSError:
        return False  # gone, a link (O_NOFOLLOW), or not ours to read
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode) or not _is_ours(fd):
            return False
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # unreadable, or an export is writing it right now
    finally:
        os.close(fd)
    try:
        os.unlink(path)
    except OSError:
        return False  # on Windows: open in an export running now
    return True


def remove_partial_packs(folder: Path) -> int:
    """Remove SafeHelper's leftover partial packs in ``folder``; how many were removed."""
    try:
        names = [entry.name for entry in os.scandir(folder) if _PART_NAME.match(entry.name)]
    except OSError:
        return 0
    removed = sum(1 for name in names if _remove_if_ours(folder / name))
    if removed:
        log.warning("export: removed %d half-written pack(s) left by an earlier export", removed)
    return removed


@contextlib.contextmanager
def exporting(folder: Path) -> Iterator[None]:
    """Note that an export into ``folder`` is running, after clearing old leftovers there.

    The note (the folder's path, in a private file in the data folder) stays only
    if the process dies; then :func:`clean_up_after_crash` finds the folder.
    """
    remove_partial_packs(folder)
    note = paths.ensure_private_dir(paths.data_dir() / PENDING_DIR) / secrets.token_hex(8)
    try:
        handle = open(note, "xb")  # noqa: SIM115 (held open: its lock says the export runs)
    except OSError:
        log.warning("export: could not note the export in progress")
        yield
        return
    try:
        with handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), 0o600)
            handle.write(os.fsencode(str(folder.resolve())))
            handle.flush()
            os.fsync(handle.fileno())
            hold(handle)
            yield
    finally:
        with contextlib.suppress(OSError):
            note.unlink()


def clean_up_after_crash() -> int:
    """Clear every folder an export was writing into when SafeHelper stopped; how many removed.

    Never raises: it runs at start-up, where nothing may stop the app opening.
    """
    removed = 0
    try:
        notes = list((paths.data_dir() / PENDING_DIR).iterdir())
    except (OSError, SafeHelperError):
        return 0
    for note in notes:
        try:
            with open(note, "rb") as handle:
                if fcntl is not None:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                folder = Path(os.fsdecode(handle.read(4096)))
            removed += remove_partial_packs(folder)
            note.unlink()
        except OSError:
            continue  # an export is running now, or the note is not readable: leave it
    return removed
