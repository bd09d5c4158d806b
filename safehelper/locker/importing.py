"""Bringing picture files into the locker, one at a time or many with progress.

The checks on each file (kind, size, completeness) are in :mod:`safehelper.imports`;
this module reads the file and its dates, and runs a batch so that a refused file
is reported and skipped while anything that stops the whole import (a full disk,
a locked locker) ends it with what was saved so far.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from safehelper import imports
from safehelper.errors import Phrase, SafeHelperError
from safehelper.locker.items import Item

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refusal:
    """A file that was not imported: its cleaned name and the plain reason."""

    name: str
    reason: Phrase


@dataclass(frozen=True)
class ImportResult:
    """What an import did. Items in ``saved`` are in the locker even if it was cancelled.

    ``failure`` is set when the import had to stop early for a reason that is not
    about one file, such as a full disk (``error`` is it in English); ``saved``
    still holds what was saved before it.
    """

    saved: list[Item]
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
    store: Callable[[Path], Item],
    *,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ImportResult:
    """Store every file (folders are walked) with ``store``, reporting progress, allowing cancel.

    ``progress(done, total)`` is called before the first file and after each
    one; ``cancelled()`` is checked before each file. Everything saved before
    a cancel or an error stays saved.
    """
    files = imports.collect_files(paths_in)
    total = len(files)
    saved: list[Item] = []
    refused: list[Refusal] = []
    if progress is not None:
        progress(0, total)
    for done, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            log.info("locker: import cancelled after %d of %d", done - 1, total)
            return ImportResult(saved, refused, cancelled=True)
        try:
            saved.append(store(path))
        except imports.ImageRefused as exc:
            refused.append(Refusal(exc.name, exc.reason))
        except SafeHelperError as exc:
            log.warning("locker: import stopped after %d of %d", done - 1, total)
            return ImportResult(saved, refused, cancelled=False, failure=exc)
        if progress is not None:
            progress(done, total)
    log.info("locker: import finished (%d saved, %d refused)", len(saved), len(refused))
    return ImportResult(saved, refused, cancelled=False)
