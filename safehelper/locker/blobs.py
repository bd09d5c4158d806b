"""The locker's picture files: one encrypted file per picture and one per thumbnail.

They live in ``blobs/`` as ``<item id>.img`` and ``<item id>.thumb``, each sealed
with the data key and its item id bound in. A new pair is written under temporary
names, fsynced and renamed into place before its record is committed, so a crash
leaves a complete item or none; files no record points to are removed at the next
open (:func:`remove_orphans`).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from safehelper import crypto, paths
from safehelper.errors import Phrase, SafeHelperError
from safehelper.locker.chain import append, label, purged_ids
from safehelper.locker.index import Index

log = logging.getLogger(__name__)

BLOB_DIR = "blobs"
IMAGE_SUFFIX = ".img"
THUMB_SUFFIX = ".thumb"
_ITEM_ID = re.compile(r"[0-9a-f]{32}")
_IS_POSIX = os.name == "posix"


def blob_paths(folder: Path, item_id: str) -> tuple[Path, Path]:
    """The picture and thumbnail files of an item (a plain error for an id that is not one)."""
    # Ids come from the index, which someone could edit: never let one reach outside.
    if not _ITEM_ID.fullmatch(item_id):
        raise SafeHelperError("locker.no_such_item")
    blobs = folder / BLOB_DIR
    return blobs / f"{item_id}{IMAGE_SUFFIX}", blobs / f"{item_id}{THUMB_SUFFIX}"


def write_pair(folder: Path, item_id: str, sealed_image: bytes, sealed_thumb: bytes) -> None:
    """Put an item's two sealed files in place durably (the folder is flushed once)."""
    image_path, thumb_path = blob_paths(folder, item_id)
    try:
        for path, data in ((image_path, sealed_image), (thumb_path, sealed_thumb)):
            with paths.replacing(path, sync_folder=False) as handle:
                handle.write(data)
        paths.fsync_dir(image_path.parent)
    except OSError as exc:
        raise SafeHelperError(
            "locker.cannot_save_picture", reason=paths.describe_os_error(exc)
        ) from exc


def seal_new(key: bytes, image: bytes, thumbnail: bytes) -> tuple[str, bytes, bytes]:
    """A new item id with its picture and thumbnail sealed under it."""
    item_id = secrets.token_hex(16)
    return (
        item_id,
        crypto.seal(key, image, label(item_id, "image")),
        crypto.seal(key, thumbnail, label(item_id, "thumbnail")),
    )


def save_new(
    index: Index,
    folder: Path,
    key: bytes,
    locker_id: str,
    sealed: tuple[str, bytes, bytes],
    public: dict[str, Any],
    private: dict[str, str],
) -> None:
    """Write a new item's sealed files (from :func:`seal_new`), then commit its ``add`` record.

    The files are in place before the record is committed, all under SQLite's write
    lock; if anything fails, files no committed record names are removed again.
    """
    item_id, sealed_image, sealed_thumb = sealed
    try:
        with index.write():
            write_pair(folder, item_id, sealed_image, sealed_thumb)
            append(index, key, locker_id, "add", item_id, public, private)
    except BaseException:
        _discard_if_unrecorded(index, folder, item_id)
        raise


def _discard_if_unrecorded(index: Index, folder: Path, item_id: str) -> None:
    """After a failed add, remove its files, but only if no record of it was committed."""
    try:
        row = index.db.execute(
            "SELECT 1 FROM entries WHERE item_id = ? LIMIT 1", (item_id,)
        ).fetchone()
    except sqlite3.Error:
        return  # cannot tell: leave them for the orphan check at the next open
    if row is None:
        for path in blob_paths(folder, item_id):
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


def remove_orphans(index: Index, folder: Path) -> None:
    """Delete files that no record points to: left by a crash between write and commit.

    Runs under SQLite's write lock, so no other process is midway through an add.
    A file is removed only if no record at all names its id, or a readable purge
    record does: a damaged record never costs its picture. Files that stay are
    made private again (a locker copied back from a USB stick may not be).
    """
    blobs = folder / BLOB_DIR
    with index.write():
        rows = index.db.execute("SELECT item_id, record FROM entries").fetchall()
        named = {str(r[0]) for r in rows}
        purged = purged_ids(bytes(r[1]) for r in rows)
        removed = 0
        for entry in os.scandir(blobs):
            stem = entry.name.split(".", 1)[0]
            if entry.name.startswith(".") or stem not in named or stem in purged:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
            elif _IS_POSIX and entry.stat().st_mode & 0o077:
                os.chmod(entry.path, 0o600)
        if removed:
            paths.fsync_dir(blobs)
            log.info("locker: removed %d unfinished file(s)", removed)
