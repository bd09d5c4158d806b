"""The one owner of the open locker, shared by the command line and the window.

A :class:`LockerSession` knows where the locker lives and holds at most one open
:class:`~safehelper.locker.Locker`. Opening is where a damaged locker shows up, and
a damaged index can fail in many ways below SQLite (a record that is not JSON, a
value of the wrong type, a folder that cannot be read). Every one of them becomes
one plain :class:`SafeHelperError` here, so no caller ever meets a traceback and
the rest of the app (settings, removing the data) keeps working.
"""

from __future__ import annotations

import logging
from pathlib import Path

from safehelper.errors import SafeHelperError
from safehelper.locker.facade import Locker, default_folder

log = logging.getLogger(__name__)


class LockerSession:
    """Opens, creates, unlocks, locks and closes the one locker of a folder."""

    def __init__(self, folder: Path | None = None) -> None:
        """``folder`` defaults to the usual place (see :func:`default_folder`)."""
        self.folder = folder if folder is not None else default_folder()
        self._locker: Locker | None = None

    def exists(self) -> bool:
        """Whether a locker has been created in the folder."""
        return Locker.exists(self.folder)

    @property
    def is_open(self) -> bool:
        """Whether the index is open (the locker may still be locked)."""
        return self._locker is not None

    @property
    def is_unlocked(self) -> bool:
        """Whether the locker is open and its data key is in memory."""
        return self._locker is not None and self._locker.is_unlocked

    @property
    def locker(self) -> Locker:
        """The open locker; a plain error if it has not been opened."""
        if self._locker is None:
            raise SafeHelperError("locker.not_open")
        return self._locker

    def open(self) -> Locker:
        """Open the locker (still locked) if it is not open yet, and return it.

        A damaged locker raises one plain :class:`SafeHelperError`, whatever broke.
        """
        if self._locker is None:
            try:
                self._locker = Locker.open(self.folder)
            except SafeHelperError:
                raise
            except Exception as exc:
                # Anything else while reading files someone may have changed means damage.
                log.warning("locker: could not be opened (%s)", type(exc).__name__)
                raise SafeHelperError("locker.damaged") from exc
        return self._locker

    def create(self, *, passphrase: str | None, use_device: bool) -> Locker:
        """Create the locker in the folder and keep it open and unlocked."""
        if self._locker is not None:
            raise SafeHelperError("locker.exists")
        self._locker = Locker.create(self.folder, passphrase=passphrase, use_device=use_device)
        return self._locker

    def unlock_with_device(self) -> None:
        """Open the locker if needed, then unlock it with this computer's key."""
        self.open().unlock_with_device()

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Open the locker if needed, then unlock it with the passphrase."""
        self.open().unlock_with_passphrase(passphrase)

    def lock(self) -> None:
        """Forget the data key; the index stays open, so unlocking again is quick."""
        if self._locker is not None:
            self._locker.lock()

    def close(self) -> None:
        """Lock, then close every file of the locker (before its folder is removed)."""
        locker, self._locker = self._locker, None
        if locker is not None:
            locker.close()

    def __enter__(self) -> LockerSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
