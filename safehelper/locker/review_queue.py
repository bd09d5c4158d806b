"""The review queue: pictures from outside wait here, sealed, until the teen decides.

A picture from the phone, a file, a folder or a paste may show what the app
tells them never to keep. So it is not evidence yet: it waits in
``locker/pending/`` until it is accepted (it then enters the locker and its
hash chain like any picture, covered or as it is) or discarded (its files are
removed for good and nothing records it).

Each waiting picture is three files, every one sealed with the locker's data
key exactly as the locker's own pictures are, with the pending id and what the
bytes are bound in: ``<id>.img`` (the original bytes), ``<id>.thumb`` and
``<id>.meta`` (name, hash, size, times, source). Nothing is ever written in
the clear, not even a temporary file. The meta file is written last, so a
crash part-way leaves sealed files that list nothing; like every picture
file, they are never deleted by the app on its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from safehelper import clock, crypto, imports, paths
from safehelper.errors import SafeHelperError
from safehelper.locker.facade import Item, Locker
from safehelper.locker.importing import (
    Batching,
    ImportResult,
    PictureFile,
    import_all,
    store_batches,
)

log = logging.getLogger(__name__)

PENDING_DIR = "pending"
# Smaller batches than a locker import's: this is the app's own import, where a person
# watches the bar and may press Cancel, so the bar moves often and a cancel lands soon.
QUEUE_BATCHING = Batching(files=8)
SOURCES = ("phone", "file", "clipboard")
_SUFFIXES = ("meta", "img", "thumb")
_PENDING_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class PendingItem:
    """A picture waiting for review, as ``locker pending --json`` shows it."""

    id: str
    sha256: str
    size: int
    media_type: str
    width: int
    height: int
    source: str
    received_at: str
    original_name: str
    phone_modified: str | None
    exif_date: str | None

    def to_json(self) -> dict[str, object]:
        """The item as plain JSON values."""
        return asdict(self)


@dataclass(frozen=True)
class _Sealed:
    """A waiting picture sealed in memory: its details and its three sealed files by kind."""

    item: PendingItem
    files: dict[str, bytes]


def _label(pending_id: str, what: str) -> bytes:
    return f"pending:{pending_id}:{what}".encode()


class ReviewQueue:
    """The waiting pictures of one open locker. Every method needs it unlocked."""

    def __init__(self, locker: Locker) -> None:
        """Use the queue of ``locker`` (its folder gets a private ``pending`` folder)."""
        self._locker = locker
        self._folder = locker.folder / PENDING_DIR

    def _path(self, pending_id: str, what: str) -> Path:
        if not _PENDING_ID.fullmatch(pending_id):
            raise SafeHelperError("pending.not_waiting")
        return self._folder / f"{pending_id}.{what}"

    def add(
        self,
        data: bytes,
        *,
        source: str,
        original_name: str = "",
        phone_modified: str | None = None,
        received_at: str | None = None,
        facts: imports.ImageFacts | None = None,
    ) -> PendingItem:
        """Check the picture as an import is checked, seal it, and let it wait for review.

        Raises :class:`SafeHelperError` (``imports.ImageRefused``) if it is not a
        complete picture of an accepted kind and size; nothing is written then.
        ``facts`` skips the check when the caller has just made it (the phone bridge).
        """
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r}")
        if facts is None:
            facts = imports.examine(data, original_name or "picture")
        waiting = self._seal(
            data,
            facts,
            source=source,
            original_name=original_name,
            phone_modified=phone_modified,
            received_at=received_at,
        )
        return self._write([waiting])[0]

    def _seal(
        self,
        data: bytes,
        facts: imports.ImageFacts,
        *,
        source: str,
        original_name: str,
        phone_modified: str | None,
        received_at: str | None,
    ) -> _Sealed:
        """A checked picture's three files sealed in memory (an import runs this on its threads)."""
        pending_id = secrets.token_hex(16)
        item = PendingItem(
            id=pending_id,
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
            media_type=facts.media_type,
            width=facts.width,
            height=facts.height,
            source=source,
            received_at=received_at or clock.now().utc.isoformat(timespec="seconds"),
            original_name=imports.clean_name(original_name),
            phone_modified=phone_modified,
            exif_date=facts.exif_date,
        )
        meta = json.dumps(item.to_json(), sort_keys=True).encode()
        files = {
            what: self._locker.seal(plain, _label(pending_id, what))
            for what, plain in (("img", data), ("thumb", facts.thumbnail), ("meta", meta))
        }
        return _Sealed(item, files)

    def _write(self, batch: Sequence[_Sealed]) -> list[PendingItem]:
        """Put sealed pictures on disk durably: every picture and thumbnail, then every meta.

        The meta is what makes an item exist, so the metas are written only once the
        pictures' and thumbnails' names are flushed: a crash part-way leaves sealed
        files that list nothing. One folder flush for each of the two steps.
        """
        paths.ensure_private_dir(self._folder)
        try:
            for step in (("img", "thumb"), ("meta",)):
                for waiting in batch:
                    for what in step:
                        target = self._path(waiting.item.id, what)
                        with paths.replacing(target, sync_folder=False) as handle:
                            handle.write(waiting.files[what])
                paths.fsync_dir(self._folder)
        except OSError as exc:
            reason = paths.describe_os_error(exc)
            raise SafeHelperError("locker.cannot_save_picture", reason=reason) from exc
        return [waiting.item for waiting in batch]

    def add_files(
        self,
        paths_in: Sequence[Path],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult[PendingItem]:
        """Let picture files (folders are walked) wait for review, with progress and cancel.

        This is how the app brings files in: a dropped camera-roll folder may
        hold the very pictures nobody should keep, so nothing becomes evidence
        before the teen has looked. Each file's last-changed time is kept (as
        ``phone_modified``) and becomes the item's file time when it is accepted.
        Files are checked and sealed on every core and written in batches, as an
        import into the locker is (see :func:`importing.import_all`); a file counts
        as waiting once its batch is on disk. Refused files are listed, not fatal;
        what waits before a cancel keeps waiting.
        """

        def seal(picture: PictureFile) -> _Sealed:
            return self._seal(
                picture.data,
                picture.facts,
                source="file",
                original_name=picture.name,
                phone_modified=picture.mtime.isoformat() if picture.mtime else None,
                received_at=None,
            )

        return import_all(
            paths_in,
            self._write,
            prepare=seal,
            progress=progress,
            cancelled=cancelled,
            batching=QUEUE_BATCHING,
        )

    def count(self) -> int:
        """How many pictures wait (the files are counted, nothing is decrypted)."""
        if not self._folder.is_dir():
            return 0
        return sum(
            1
            for entry in os.scandir(self._folder)
            if entry.name.endswith(".meta") and _PENDING_ID.fullmatch(entry.name[:-5])
        )

    def items(self) -> list[PendingItem]:
        """Everything waiting whose details can be read, oldest first (see :meth:`read_all`)."""
        return self.read_all()[0]

    def read_all(self) -> tuple[list[PendingItem], list[str]]:
        """Everything waiting, oldest first, and the ids of pictures whose details do not open.

        A waiting picture whose details do not open (a damaged or swapped file) is
        left out of the list, not fatal: the rest stay usable, and the caller says
        that some could not be opened. Its sealed files stay where they are.
        """
        if not self._locker.is_unlocked:
            raise SafeHelperError("locker.locked")
        if not self._folder.is_dir():
            return [], []
        found, damaged = [], []
        for entry in os.scandir(self._folder):
            stem, _, what = entry.name.partition(".")
            if what == "meta" and _PENDING_ID.fullmatch(stem):
                try:
                    found.append(self._read_meta(stem))
                except SafeHelperError as exc:
                    if exc.code == "locker.locked":
                        raise
                    if exc.code != "pending.not_waiting":  # not gone meanwhile: damaged
                        log.warning("review: a waiting picture's details could not be read")
                        damaged.append(stem)
        found.sort(key=lambda item: (item.received_at, item.id))
        return found, sorted(damaged)

    def item(self, pending_id: str) -> PendingItem:
        """One waiting picture's details."""
        return self._read_meta(pending_id)

    def _open(self, pending_id: str, what: str) -> bytes:
        try:
            sealed = self._path(pending_id, what).read_bytes()
        except FileNotFoundError as exc:
            raise SafeHelperError("pending.not_waiting") from exc
        except OSError as exc:
            reason = paths.describe_os_error(exc)
            raise SafeHelperError("pending.unreadable", reason=reason) from exc
        try:
            return self._locker.unseal(sealed, _label(pending_id, what))
        except crypto.SealError as exc:
            raise SafeHelperError("pending.damaged") from exc

    def _read_meta(self, pending_id: str) -> PendingItem:
        try:
            fields = json.loads(self._open(pending_id, "meta"))
            return PendingItem(**fields)
        except (TypeError, ValueError) as exc:
            raise SafeHelperError("pending.damaged") from exc

    def read_image(self, pending_id: str) -> bytes:
        """The waiting picture's original bytes (in memory only)."""
        return self._open(pending_id, "img")

    def read_thumbnail(self, pending_id: str) -> bytes:
        """The waiting picture's thumbnail (in memory only)."""
        return self._open(pending_id, "thumb")

    def accept(
        self,
        pending_id: str,
        *,
        covered_image: bytes | None = None,
        covered: bool | None = None,
        note: str = "",
        platform: str = "",
        username: str = "",
    ) -> Item:
        """Save the picture into the locker, then remove it from the queue.

        ``covered_image`` is the version with parts covered in the cover editor:
        only that one is stored, and the record says a part was covered. Without
        it the original bytes are stored, so their SHA-256 is the phone's.
        ``covered`` says whether a part was covered when it is not simply that
        (an edited picture that was only cropped covers nothing).
        """
        item = self.item(pending_id)
        if covered_image is None:
            original = self._checked(item)
            data, facts = original.data, original.facts
        else:  # a covered version is a new picture: the locker checks it
            data, facts = covered_image, None
        saved = self._locker.add_image(
            data,
            item.source,
            note=note,
            platform=platform,
            username=username,
            original_name=item.original_name,
            file_mtime=_when(item.phone_modified),
            covered=covered_image is not None if covered is None else covered,
            facts=facts,
        )
        self._remove(pending_id)
        return saved

    def accept_all(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult[Item]:
        """Save every waiting picture as it is ("Save the rest as they are"), oldest first.

        They were checked when they came in and stayed sealed, so they are not
        checked again; they are saved a few at a time, each batch in one commit.
        Progress and cancel work as for an import; what was saved before a
        cancel or an error stays saved, and the rest keeps waiting.
        """
        waiting = self.items()
        return store_batches(
            waiting,
            self._accept_as_they_are,
            size=QUEUE_BATCHING.files,
            progress=progress,
            cancelled=cancelled,
        )

    def _checked(self, item: PendingItem) -> PictureFile:
        """A waiting picture as it came in: checked then, sealed since, so its details hold."""
        facts = imports.ImageFacts(
            item.media_type, item.width, item.height, item.exif_date, self.read_thumbnail(item.id)
        )
        return PictureFile(
            self.read_image(item.id), facts, item.original_name, _when(item.phone_modified)
        )

    def _accept_as_they_are(self, batch: list[PendingItem]) -> list[Item]:
        """Save a batch into the locker in one commit, then take it out of the queue."""
        saved = self._locker.add_checked([(self._checked(item), item.source) for item in batch])
        try:
            for item in batch:
                self._remove(item.id, flush=False)
            paths.fsync_dir(self._folder)
        except OSError as exc:  # saved all the same: at worst they are offered again
            log.warning("review: saved pictures stay listed as waiting (%s)", type(exc).__name__)
        return saved

    def discard(self, pending_id: str) -> None:
        """Remove a waiting picture for good: its sealed files are deleted, nothing is kept."""
        self.item(pending_id)
        self._remove(pending_id)

    def _remove(self, pending_id: str, *, flush: bool = True) -> None:
        # The meta goes first: from then on the item no longer exists, whatever follows.
        for what in _SUFFIXES:
            with contextlib.suppress(FileNotFoundError):
                self._path(pending_id, what).unlink()
        if flush:
            paths.fsync_dir(self._folder)


def _when(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
