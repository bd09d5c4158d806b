"""Remove SafeHelper's data from this computer, and nothing else.

A family may want SafeHelper gone without a trace once things are resolved,
or before a computer is passed on. This deletes SafeHelper's own folders (the
locker, settings, log), its keyring entries and its start-at-login entry. It
never touches anything it did not create: only the exact folders that
:mod:`safehelper.paths` names, and only keyring entries under SafeHelper's
own names.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from safehelper.errors import SafeHelperError
from safehelper.paths import HOME_ENV, cache_dir, config_dir, data_dir, describe_os_error

log = logging.getLogger(__name__)

# What a person types to confirm, in the window and at the command line alike.
CONFIRM_WORD = "DELETE"


@dataclass
class RemovalReport:
    """What was removed, so the UI can say so plainly."""

    folders: list[Path] = field(default_factory=list)
    keyring_entries: list[str] = field(default_factory=list)


def keyring_entries() -> list[str]:
    """Every keyring entry SafeHelper has here (under service ``SafeHelper``).

    The locker's device key is named after the locker's id, which is read from
    the locker itself; a damaged locker cannot name it, and is deleted anyway.
    """
    # Imported here, not at the top: `safehelper --help` shows this module's confirm word.
    from safehelper import alert, keyslots
    from safehelper.locker import LockerSession

    names = [alert.KEYRING_ENTRY]
    with LockerSession() as session:
        if not session.exists():
            return names
        try:
            names.append(keyslots.device_entry_name(session.open().locker_id))
        except SafeHelperError:
            log.warning("data removal: the locker could not be read to name its key")
    return names


def safehelper_folders() -> list[Path]:
    """SafeHelper's own folders as they are named, outermost first, without duplicates.

    On some systems two of them are the same folder (macOS keeps data and
    settings together) or one is inside another (the Windows cache). The names
    are made absolute without following links: a folder that is a link to
    somewhere else must be seen as a link, so that only the link is removed.
    """
    folders: list[Path] = []
    for folder in (data_dir(), config_dir(), cache_dir()):
        named = Path(os.path.abspath(folder))
        if any(named == f or f in named.parents for f in folders):
            continue
        folders = [f for f in folders if named not in f.parents]
        folders.append(named)
    return folders


def _refuse_dangerous(folder: Path) -> None:
    # A mistyped SAFEHELPER_HOME must never turn into deleting someone's home or a whole disk,
    # whether it names such a folder directly or through a link.
    home = Path.home()
    # A folder that is a link loses only the link, so where it points does not matter.
    for path in (folder,) if folder.is_symlink() else (folder, folder.resolve()):
        if path == Path(path.anchor) or path in (home, home.resolve()) or len(path.parts) < 3:
            raise SafeHelperError("data.not_own_folder", folder=folder)


def _remove_folder(folder: Path) -> None:
    """Delete one of SafeHelper's folders without ever following a link out of it.

    A folder that is itself a link loses only the link; links inside are removed as
    links (``shutil.rmtree`` does not follow them).
    """
    if folder.is_symlink():
        folder.unlink()
    elif folder.is_dir():
        shutil.rmtree(folder)
    elif folder.exists():
        folder.unlink()


def _close_log_files(folders: list[Path]) -> None:
    # Windows cannot delete a file that is still open, and the log lives in the cache folder.
    for name in ("safehelper", "safehelper_ui"):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            path = getattr(handler, "baseFilename", "")
            if path and any(f in Path(path).resolve().parents for f in folders):
                logger.removeHandler(handler)
                handler.close()


def remove_all() -> RemovalReport:
    """Delete SafeHelper's folders, keyring entries and start-at-login entry.

    Keyring entries go first, so that if a folder cannot be deleted (a file in
    use on Windows), what is left can no longer be opened with the device key.
    Raises a plain error naming what could not be removed.
    """
    from safehelper import autostart, keychain

    report = RemovalReport()
    for name in keyring_entries():
        keychain.delete_secret(name)
        report.keyring_entries.append(name)
    autostart.disable()
    folders = safehelper_folders()
    for folder in folders:
        _refuse_dangerous(folder)
    _close_log_files(folders)
    for folder in folders:
        try:
            _remove_folder(folder)
        except OSError as exc:
            raise SafeHelperError(
                "data.cannot_delete", folder=folder, reason=describe_os_error(exc)
            ) from exc
        report.folders.append(folder)
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        # The portable/test home held only our three folders; remove it only if now empty.
        with contextlib.suppress(OSError):
            Path(home).expanduser().rmdir()
    return report
