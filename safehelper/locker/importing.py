"""Bringing picture files into the locker, one at a time or many with progress.

The checks on each file (kind, size, completeness) are in :mod:`safehelper.imports`;
this module reads the file and its dates, and runs a batch so that a refused file
is reported and skipped while anything that stops the whole import (a full disk,
a locked locker) ends it with what was saved so far. An import checks files on
every core at once and saves them in order, on the caller's thread, a batch at a
time: one commit and one flush of the folder for many files (see :class:`Batching`).
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Generic, TypeVar

from safehelper import imports
from safehelper.errors import Phrase, SafeHelperError
from safehelper.locker.blobs import NewItem, seal_new
from safehelper.locker.items import new_record_fields

log = logging.getLogger(__name__)

P = TypeVar("P")
S = TypeVar("S")
T = TypeVar("T")


@dataclass(frozen=True)
class Refusal:
    """A file that was not imported: its cleaned name and the plain reason."""

    name: str
    reason: Phrase


@dataclass(frozen=True)
class ImportResult(Generic[T]):
    """What an import did. Items in ``saved`` are stored even if it was cancelled.

    ``saved`` holds locker items for an import into the locker, and waiting
    pictures for an import into the review queue.

    ``failure`` is set when the import had to stop early for a reason that is not
    about one file, such as a full disk (``error`` is it in English); ``saved``
    still holds what was saved before it.
    """

    saved: list[T]
    refused: list[Refusal]
    cancelled: bool
    failure: SafeHelperError | None = None

    @property
    def error(self) -> str:
        """Why the import stopped early, in English ("" if it did not)."""
        return str(self.failure) if self.failure is not None else ""


@dataclass(frozen=True)
class PictureFile:
    """A picture file read and checked, ready to be stored."""

    data: bytes
    facts: imports.ImageFacts
    name: str
    mtime: datetime | None


def read_picture(path: Path) -> PictureFile:
    """Read and check one file, with its last-changed time when the system knows it.

    Raises :class:`safehelper.imports.ImageRefused` with a plain reason when the
    file is not accepted.
    """
    data = imports.read_file(path)
    facts = imports.examine(data, path.name)
    try:
        mtime: datetime | None = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except (OSError, ValueError, OverflowError):
        mtime = None
    return PictureFile(data, facts, path.name, mtime)


def seal_picture(
    key: bytes | None,
    picture: PictureFile,
    *,
    source: str,
    names: dict[str, str],
    covered: bool = False,
) -> NewItem:
    """A checked picture sealed with its record's fields, ready for :func:`blobs.save_new`.

    It touches only memory, so an import runs it on its checking threads. ``key`` is
    the data key as the locker holds it now: ``None`` once it was locked (Hide now),
    which stops the import before anything more is sealed.
    """
    if key is None:
        raise SafeHelperError("locker.locked")
    public = new_record_fields(
        picture.data, picture.facts, source=source, covered=covered, file_mtime=picture.mtime
    )
    private = {**names, "original_name": imports.clean_name(picture.name)}
    return seal_new(key, picture.data, picture.facts.thumbnail, public, private)


@dataclass(frozen=True)
class Batching:
    """How many checked files an import saves together, at most.

    Saving a batch costs about as much as saving one file (one commit, one folder
    flush, one anchor), so batches make a big import several times faster. They
    are bounded so that progress stays live, a cancel is prompt and memory stays
    small: at most ``files`` files, ``size`` bytes of pictures, or ``seconds``
    since the first of them was ready.
    """

    files: int = 32
    size: int = 32 * 1024 * 1024
    seconds: float = 0.25


def _size_on_disk(path: Path) -> int:
    """The file's size, to bound how much is read ahead (0 if it cannot be told)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def import_all(
    paths_in: Sequence[Path],
    save: Callable[[list[P]], list[T]],
    *,
    prepare: Callable[[PictureFile], P],
    batching: Batching,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    workers: int | None = None,
) -> ImportResult[T]:
    """Check every file (folders are walked) on a pool of threads; save them in batches, in order.

    Reading a file, checking the picture, making its thumbnail and ``prepare`` (such
    as encrypting it) are most of an import, nearly all of it in Pillow and OpenSSL,
    which let other threads run meanwhile: they run on ``workers`` threads (one per
    core by default), ahead of the writer. ``save`` runs on the calling thread only,
    one batch at a time in the files' order; it saves the whole batch or raises and
    saves none of it, so a file counts as saved only once its batch is.
    ``progress(done, total)`` is called before the first file and, for each file,
    once it is saved or refused. ``cancelled()`` is checked before each file joins a
    batch: files checked but not yet saved are then left out, and a cancel waits only
    for the checks already running. Everything saved before a cancel or an error
    stays saved.
    """
    files = imports.collect_files(paths_in)
    total = len(files)
    saved: list[T] = []
    refused: list[Refusal] = []
    reported = 0  # files whose outcome progress() has announced

    def announce(upto: int) -> None:
        nonlocal reported
        if progress is not None:
            for done in range(reported + 1, upto + 1):
                progress(done, total)
        reported = max(reported, upto)

    if progress is not None:
        progress(0, total)
    workers = max(1, workers or os.cpu_count() or 1)
    upcoming = iter(files)
    checking: deque[tuple[Future[P], int]] = deque()
    ahead_files = batching.files + 2 * workers  # enough that checks go on while a batch saves
    ahead_bytes = 2 * batching.size
    batch: list[P] = []
    batch_size = 0
    batch_since = 0.0
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="import-check") as pool:

        def check(path: Path) -> P:
            return prepare(read_picture(path))

        try:
            for done in range(1, total + 1):
                if cancelled is not None and cancelled():
                    return ImportResult(saved, refused, cancelled=True)
                queued = sum(size for _future, size in checking)
                while len(checking) < ahead_files and (not checking or queued < ahead_bytes):
                    path = next(upcoming, None)
                    if path is None:
                        break
                    size = _size_on_disk(path)
                    checking.append((pool.submit(check, path), size))
                    queued += size
                future, size = checking.popleft()
                while batch and not _ready(future, batch_since + batching.seconds):
                    saved.extend(save(batch))  # the batch waited long enough: save it now
                    announce(done - 1)
                    batch, batch_size = [], 0
                try:
                    prepared = future.result()
                except imports.ImageRefused as exc:
                    refused.append(Refusal(exc.name, exc.reason))
                    if not batch:
                        announce(done)
                    continue
                if not batch:
                    batch_since = time.monotonic()
                batch.append(prepared)
                batch_size += size
                if (
                    done == total
                    or len(batch) >= batching.files
                    or batch_size >= batching.size
                    or time.monotonic() - batch_since >= batching.seconds
                ):
                    saved.extend(save(batch))
                    announce(done)
                    batch, batch_size = [], 0
            if batch:
                saved.extend(save(batch))
            announce(total)
        except SafeHelperError as exc:
            log.warning("locker: import stopped (%s)", exc.code)
            return ImportResult(saved, refused, cancelled=False, failure=exc)
        finally:
            for pending, _size in checking:  # not started: never started; running: waited for
                pending.cancel()
    return ImportResult(saved, refused, cancelled=False)


def _ready(future: Future[P], deadline: float) -> bool:
    """Wait for ``future`` until ``deadline`` (a monotonic time); whether it is done."""
    wait([future], timeout=max(0.0, deadline - time.monotonic()))
    return future.done()


def store_batches(
    things: Sequence[S],
    store: Callable[[list[S]], list[T]],
    *,
    size: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ImportResult[T]:
    """Store ``things`` (already checked) ``size`` at a time, as :func:`import_all` saves files.

    ``store`` saves a whole batch or raises and saves none of it; a plain error
    ends the run with what earlier batches stored. ``cancelled()`` is checked
    before each batch, and ``progress(done, total)`` counts each thing once its
    batch is stored.
    """
    total = len(things)
    saved: list[T] = []
    if progress is not None:
        progress(0, total)
    for start in range(0, total, max(1, size)):
        if cancelled is not None and cancelled():
            return ImportResult(saved, [], cancelled=True)
        batch = list(things[start : start + max(1, size)])
        try:
            saved.extend(store(batch))
        except SafeHelperError as exc:
            log.warning("locker: import stopped (%s)", exc.code)
            return ImportResult(saved, [], cancelled=False, failure=exc)
        if progress is not None:
            for done in range(start + 1, start + len(batch) + 1):
                progress(done, total)
    return ImportResult(saved, [], cancelled=False)
