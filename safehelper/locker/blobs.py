"""The locker's picture files: one encrypted file per picture and one per thumbnail.

They live in ``blobs/`` as ``<item id>.img`` and ``<item id>.thumb``, each sealed
with the data key and its item id bound in. New pairs are written and fsynced
before their records are committed (an import commits a batch of them at once),
so a crash leaves complete items or none. While they are written each item is
marked ``<id>.pending``; files no record names, whole or cut short, are moved to
quarantine at the next open (:mod:`.quarantine`), never deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safehelper import crypto, paths
from safehelper.errors import Phrase, SafeHelperError
from safehelper.locker.chain import append, label
from safehelper.locker.index import Index

log = logging.getLogger(__name__)

BLOB_DIR = "blobs"
IMAGE_SUFFIX = ".img"
THUMB_SUFFIX = ".thumb"
PENDING_SUFFIX = ".pending"
_ITEM_ID = re.compile(r"[0-9a-f]{32}")
_IS_POSIX = os.name == "posix"
_O_BINARY = getattr(os, "O_BINARY", 0)


def blob_paths(folder: Path, item_id: str) -> tuple[Path, Path]:
    """The picture and thumbnail files of an item (a plain error for an id that is not one)."""
    # Ids come from the index, which someone could edit: never let one reach outside.
    if not _ITEM_ID.fullmatch(item_id):
        raise SafeHelperError("locker.no_such_item")
    blobs = folder / BLOB_DIR
    return blobs / f"{item_id}{IMAGE_SUFFIX}", blobs / f"{item_id}{THUMB_SUFFIX}"


@dataclass(frozen=True)
class NewItem:
    """A picture ready to be saved: its new id, its two sealed files and its record's fields."""

    item_id: str
    sealed_image: bytes
    sealed_thumb: bytes
    public: dict[str, Any]
    private: dict[str, str]


def seal_new(
    key: bytes, image: bytes, thumbnail: bytes, public: dict[str, Any], private: dict[str, str]
) -> NewItem:
    """A new item id with its picture and thumbnail sealed under it.

    Sealing touches nothing but memory, so an import runs it on its checking threads.
    """
    item_id = secrets.token_hex(16)
    return NewItem(
        item_id,
        crypto.seal(key, image, label(item_id, "image")),
        crypto.seal(key, thumbnail, label(item_id, "thumbnail")),
        public,
        private,
    )


def write_files(folder: Path, items: Sequence[NewItem]) -> None:
    """Put the items' sealed files in place durably (each file fsynced, the folder flushed once).

    Must run while the items are marked pending (see :func:`save_new`).
    """
    try:
        for item in items:
            image_path, thumb_path = blob_paths(folder, item.item_id)
            _write_new(image_path, item.sealed_image)
            _write_new(thumb_path, item.sealed_thumb)
        paths.fsync_dir(folder / BLOB_DIR)
    except OSError as exc:
        raise SafeHelperError(
            "locker.cannot_save_picture", reason=paths.describe_os_error(exc)
        ) from exc


def _write_new(path: Path, data: bytes) -> None:
    """Create a new item's file under its own name (0600, never an existing one), fsynced.

    No temporary name and rename: the item is marked pending while its files are
    written, so a file cut short by a crash is one no record names, and the next
    open puts it in quarantine/unfinished. That saves a rename and a chmod a file.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600)
    try:
        written = 0
        while written < len(data):
            written += os.write(fd, data[written:])
        os.fsync(fd)
    finally:
        os.close(fd)


def save_new(
    index: Index, folder: Path, key: bytes, locker_id: str, items: Sequence[NewItem]
) -> None:
    """Write new items' files (from :func:`seal_new`), then commit their ``add`` records at once.

    All or nothing, under SQLite's write lock: every item is marked pending, every
    file is written and fsynced and the folder flushed, and only then are the records
    committed in one transaction (one fsync of the index, one anchor). A crash before
    the commit leaves marked files that the next open moves to quarantine; if anything
    fails here, files no committed record names are removed again.
    """
    try:
        with index.write():
            for item in items:
                mark_pending(folder, item.item_id)
            write_files(folder, items)
            for item in items:
                append(index, key, locker_id, "add", item.item_id, item.public, item.private)
    except BaseException:
        for item in items:
            _discard_if_unrecorded(index, folder, item.item_id)
        raise
    for item in items:
        clear_pending(folder, item.item_id)


def _pending_path(folder: Path, item_id: str) -> Path:
    return folder / BLOB_DIR / f"{item_id}{PENDING_SUFFIX}"


def mark_pending(folder: Path, item_id: str) -> None:
    """Say that ``item_id``'s files are being written and its record is not committed yet.

    Runs inside the index's write lock, before the files are written; the folder
    is flushed with them, so after a crash the mark tells an unfinished add from
    files whose record was taken away.
    """
    try:
        os.close(os.open(_pending_path(folder, item_id), os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError as exc:
        raise SafeHelperError(
            "locker.cannot_save_picture", reason=paths.describe_os_error(exc)
        ) from exc


def clear_pending(folder: Path, item_id: str) -> None:
    """Remove the mark once the record is committed (a leftover mark is cleared at open)."""
    with contextlib.suppress(OSError):
        os.unlink(_pending_path(folder, item_id))


def _discard_if_unrecorded(index: Index, folder: Path, item_id: str) -> None:
    """After a failed add, remove its files, but only if no record of it was committed."""
    try:
        row = index.db.execute(
            "SELECT 1 FROM entries WHERE item_id = ? LIMIT 1", (item_id,)
        ).fetchone()
    except sqlite3.Error:
        return  # cannot tell: leave them for the orphan check at the next open
    if row is None:
        # This add failed in this process and said so: its files were never evidence.
        for path in (*blob_paths(folder, item_id), _pending_path(folder, item_id)):
            with contextlib.suppress(OSError):
                path.unlink()


def erase(folder: Path, item_id: str) -> None:
    """Remove an item's files for good and flush the folder (an OS error is raised)."""
    for path in blob_paths(folder, item_id):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    paths.fsync_dir(folder / BLOB_DIR)


def read(folder: Path, key: bytes, item_id: str, what: str) -> bytes:
    """Decrypt an item's ``"image"`` or ``"thumbnail"`` in memory."""
    image_path, thumb_path = blob_paths(folder, item_id)
    path = image_path if what == "image" else thumb_path
    try:
        sealed = path.read_bytes()
    except FileNotFoundError as exc:
        raise SafeHelperError("locker.picture_missing") from exc
    except OSError as exc:
        raise SafeHelperError(
            "locker.cannot_read_picture", reason=paths.describe_os_error(exc)
        ) from exc
    try:
        return crypto.open_sealed(key, sealed, label(item_id, what))
    except crypto.SealError as exc:
        raise SafeHelperError("locker.picture_changed") from exc


def check(folder: Path, key: bytes, item_id: str, record: dict[str, Any]) -> Phrase | None:
    """Plain words for what is wrong with an item's files, or "" if they match its record."""
    if not _ITEM_ID.fullmatch(item_id):
        return Phrase("verify.bad_picture_name")
    image_path, thumb_path = blob_paths(folder, item_id)
    try:
        image = crypto.open_sealed(key, image_path.read_bytes(), label(item_id, "image"))
        crypto.open_sealed(key, thumb_path.read_bytes(), label(item_id, "thumbnail"))
    except FileNotFoundError:
        return Phrase("verify.picture_missing")
    except OSError as exc:
        return Phrase("verify.picture_unreadable", reason=paths.describe_os_error(exc))
    except crypto.SealError:
        return Phrase("verify.picture_changed")
    if len(image) != record.get("size") or hashlib.sha256(image).hexdigest() != record.get(
        "sha256"
    ):
        return Phrase("verify.fingerprint")
    return None
