"""Where SafeHelper keeps its files, and how it writes them safely.

Evidence, settings and logs live in the per-user folders that ``platformdirs``
names for each OS. ``SAFEHELPER_HOME`` puts all three under one folder instead,
for tests and for a portable copy run from a USB stick. Folders are created
private to the user (0700) and files 0600 on POSIX, because a family computer
is shared and a sibling must not be able to read a teen's locker.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import platformdirs

from safehelper import APP_NAME
from safehelper.errors import Phrase, SafeHelperError

HOME_ENV = "SAFEHELPER_HOME"
_IS_POSIX = os.name == "posix"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The folder holding the evidence locker. Created private on first use."""
    home = _home_override()
    base = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return ensure_private_dir(base)


def config_dir() -> Path:
    """The folder holding ``settings.json``. Created private on first use."""
    home = _home_override()
    base = (
        home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    return ensure_private_dir(base)


def cache_dir() -> Path:
    """The folder for the log and the single-instance lock. Safe to delete."""
    home = _home_override()
    base = home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    return ensure_private_dir(base)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it readable by this user only."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if _IS_POSIX:
            os.chmod(path, 0o700)
    except OSError as exc:
        raise SafeHelperError(
            "paths.cannot_create_folder", path=path, reason=describe_os_error(exc)
        ) from exc
    return path


def fsync_dir(path: Path) -> None:
    """Flush a folder's entry list so a rename inside it survives a power cut.

    Windows cannot open a folder for fsync; NTFS journals renames itself.
    """
    if not _IS_POSIX:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def replacing(path: Path, *, suffix: str = ".tmp", sync_folder: bool = True) -> Iterator[BinaryIO]:
    """Write a file that replaces ``path`` whole: a crash leaves the old or the new, never half.

    Yields a private (0600) temporary file in the same folder. When the block ends
    normally the file is fsynced and renamed over ``path``, and the folder is
    fsynced (``sync_folder=False`` lets a caller writing several files flush the
    folder once). If the block raises, the temporary file is removed and ``path``
    is untouched. OS errors are raised as they are; callers word them.
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            if _IS_POSIX:
                os.fchmod(handle.fileno(), 0o600)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        if sync_folder:
            fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` via :func:`replacing`; a plain error if the disk says no."""
    try:
        with replacing(path) as handle:
            handle.write(data)
    except OSError as exc:
        raise SafeHelperError(
            "paths.cannot_save", name=path.name, reason=describe_os_error(exc)
        ) from exc


def describe_os_error(exc: OSError) -> Phrase:
    """Turn an OS error into words a teenager can act on."""
    if exc.errno == errno.ENOSPC:
        return Phrase("os.disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Phrase("os.permission_refused")
    if exc.errno == errno.EROFS:
        return Phrase("os.read_only")
    if exc.errno == errno.ENOENT:
        return Phrase("os.folder_gone")
    if exc.strerror:
        return Phrase("os.system_says", detail=exc.strerror)
    return Phrase("os.unexpected")


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle rather than from Python."""
    return bool(getattr(sys, "frozen", False))
