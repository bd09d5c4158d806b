"""Bringing picture files into the locker, one at a time or many with progress.

The checks on each file (kind, size, completeness) are in :mod:`safehelper.imports`;
this module reads the file and its dates, and runs a batch so that a refused file
is reported and skipped while anything that stops the whole import (a full disk,
a locked locker) ends it with what was saved so far. A batch checks files on every
core at once and saves them one at a time, in order, on the caller's thread.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Generic, TypeVar

from safehelper import imports
from safehelper.errors import Phrase, SafeHelperError

log = logging.getLogger(__name__)

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


def import_all(
    paths_in: Sequence[Path],
    store: Callable[[PictureFile], T],
    *,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    workers: int | None = None,
) -> ImportResult[T]:
    """Check every file (folders are walked) on a pool of threads; store each, in order.

    Reading a file, checking the picture and making its thumbnail are most of an import,
    nearly all of it in Pillow, which lets other threads run while it decodes: they run
    on ``workers`` threads (one per core by default), a few files ahead. ``store`` runs on
    the calling thread only, one file at a time in the files' order, so the locker's crash
    safety is exactly that of one add. ``progress(done, total)`` is called before the first
    file and after each one; ``cancelled()`` is checked before each file is stored, and a
    cancel waits only for the checks already running. Everything saved before a cancel or
    an error stays saved.
    """
    files = imports.collect_files(paths_in)
    total = len(files)
    saved: list[T] = []
    refused: list[Refusal] = []
    if progress is not None:
        progress(0, total)
    workers = max(1, workers or os.cpu_count() or 1)
    upcoming = iter(files)
    checking: deque[Future[PictureFile]] = deque()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="import-check") as pool:
        try:
            for done in range(1, total + 1):
                if cancelled is not None and cancelled():
                    return ImportResult(saved, refused, cancelled=True)
                while len(checking) < 2 * workers:  # each worker a file ahead of the writer
                    path = next(upcoming, None)
                    if path is None:
                        break
                    checking.append(pool.submit(read_picture, path))
                try:
                    saved.append(store(checking.popleft().result()))
                except imports.ImageRefused as exc:
                    refused.append(Refusal(exc.name, exc.reason))
                except SafeHelperError as exc:
                    log.warning("locker: import stopped (%s)", exc.code)
                    return ImportResult(saved, refused, cancelled=False, failure=exc)
                if progress is not None:
                    progress(done, total)
        finally:
            for future in checking:  # not started yet: never started; running: waited for
                future.cancel()
    return ImportResult(saved, refused, cancelled=False)


def store_each(
    things: Sequence[S],
    store: Callable[[S], T],
    *,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ImportResult[T]:
    """Store each of ``things`` in turn (already read), as :func:`import_all` does with files.

    A refused picture is listed and skipped; any other plain error ends the
    batch with what was stored before it.
    """
    total = len(things)
    saved: list[T] = []
    refused: list[Refusal] = []
    if progress is not None:
        progress(0, total)
    for done, thing in enumerate(things, start=1):
        if cancelled is not None and cancelled():
            return ImportResult(saved, refused, cancelled=True)
        try:
            saved.append(store(thing))
        except imports.ImageRefused as exc:
            refused.append(Refusal(exc.name, exc.reason))
        except SafeHelperError as exc:
            log.warning("locker: import stopped (%s)", exc.code)
            return ImportResult(saved, refused, cancelled=False, failure=exc)
        if progress is not None:
            progress(done, total)
    return ImportResult(saved, refused, cancelled=False)
