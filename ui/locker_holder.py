"""The one owner of the open locker in the app, and the signals pages lock and unlock by.

The core's :class:`~safehelper.locker.LockerSession` holds the locker; this
small Qt object holds the session for the whole app and is handed to every
page and dialog that needs the locker. Opening, unlocking and creating read
files and run scrypt, so they go through the job registry; their answers come
back here on the GUI thread. ``locked`` is emitted every time the shell locks
(Hide now, idle time, quit, removing the data): pages and dialogs drop what
they show of the locker when they hear it.

An unlock that finishes after a lock (Hide now pressed while scrypt ran) is
locked again at once and announced to nobody.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from safehelper.errors import SafeHelperError

from .jobs import Job, JobControl, JobRegistry

if TYPE_CHECKING:  # the locker core takes ~0.2 s to import: only when first used
    from safehelper.locker import Locker, LockerSession

OnError = Callable[[SafeHelperError], None]


class Access(NamedTuple):
    """What the unlock panel needs to know: the ways in, and whether it is open already."""

    has_device: bool
    has_passphrase: bool
    unlocked: bool = False
    message: str = ""  # why this computer's key did not open it, when that was tried


class LockerHolder(QObject):
    """Holds the app's :class:`LockerSession`; says when the locker unlocks and locks."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self, jobs: JobRegistry, session: LockerSession | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._session = session
        self._generation = 0
        self._open = False  # the GUI's view: unlocked and announced
        self._files = threading.Lock()  # one worker at a time opens, creates or closes
        self.access = Access(False, True)

    # ------------------------------------------------------------ state

    @property
    def session(self) -> LockerSession:
        """The core session (made, and the locker code loaded, on first use)."""
        if self._session is None:
            from safehelper.locker import LockerSession

            self._session = LockerSession()
        return self._session

    def exists(self) -> bool:
        """Whether a locker has been made on this computer (one file check)."""
        return self.session.exists()

    @property
    def is_unlocked(self) -> bool:
        """Whether the locker is open for the teen right now, as the pages were told."""
        return self._open and self.session.is_unlocked

    def unlocked_locker(self) -> Locker | None:
        """The open locker while it is unlocked, else ``None`` (never a locked one)."""
        return self.session.locker if self.is_unlocked else None

    # ------------------------------------------------------------ locking

    def lock(self) -> None:
        """Forget the key at once (never waits for a job) and tell every page."""
        self._generation += 1
        self._open = False
        if self._session is not None:
            self._session.lock()
        self.locked.emit()

    def close_files(self) -> None:
        """Close the locker's files (before SafeHelper's data is removed).

        Call :meth:`lock` and wait for the jobs first: a job may be using the files.
        """
        if self._session is not None:
            with self._files:
                self._session.close()

    # ------------------------------------------------------------ opening

    def _access(self, try_device: bool) -> Access:
        """Worker thread: open the index, read the ways in, try this computer's key."""
        with self._files:
            locker = self.session.open()
            has_device, has_passphrase = locker.has_device_slot(), locker.has_passphrase_slot()
            if locker.is_unlocked:
                return Access(has_device, has_passphrase, unlocked=True)
            message = ""
            # With a passphrase slot the passphrase is always asked, key or no key.
            if try_device and has_device and not has_passphrase:
                try:
                    locker.unlock_with_device()
                except SafeHelperError as exc:
                    from .error_text import describe  # the message catalogue: not at start-up

                    message = describe(exc)
                else:
                    return Access(has_device, has_passphrase, unlocked=True)
            return Access(has_device, has_passphrase, message=message)

    def prepare(
        self, try_device: bool, on_access: Callable[[Access], None], on_error: OnError
    ) -> None:
        """Open the locker off the GUI thread; unlock it with this computer's key if asked.

        ``on_access`` gets the ways in (and the key's refusal, if any); if the
        key opened it, ``unlocked`` is emitted first. A damaged locker is one
        plain error for ``on_error``.
        """
        generation = self._generation

        def done(access: Access) -> None:
            self.access = access
            if access.unlocked and not self._announce(generation):
                access = Access(access.has_device, access.has_passphrase)
            on_access(access)

        self.jobs.start(Job("locker: open", lambda _c: self._access(try_device), done, on_error))

    def unlock_with_device(self, on_error: OnError) -> None:
        """Unlock with this computer's key, off the GUI thread (the keyring may be slow)."""
        self._start_unlock("locker: unlock with key", self.session.unlock_with_device, on_error)

    def unlock_with_passphrase(self, passphrase: str, on_error: OnError) -> None:
        """Unlock with the passphrase, off the GUI thread (scrypt takes a moment)."""
        self._start_unlock(
            "locker: unlock with passphrase",
            lambda: self.session.unlock_with_passphrase(passphrase),
            on_error,
        )

    def _start_unlock(self, name: str, unlock: Callable[[], None], on_error: OnError) -> None:
        generation = self._generation

        def work(_control: JobControl) -> None:
            with self._files:
                unlock()

        def done(_none: None) -> None:
            self._announce(generation)

        self.jobs.start(Job(name, work, done, on_error))

    def create(
        self,
        passphrase: str | None,
        use_device: bool,
        on_done: Callable[[], None],
        on_error: OnError,
        *,
        keep_open: bool = True,
    ) -> None:
        """Make the locker off the GUI thread (scrypt, keyring, fsync).

        With ``keep_open`` it is left unlocked for the teen (``unlocked`` is
        emitted); setup makes it for later and locks it straight away.
        """
        generation = self._generation

        def work(_control: JobControl) -> Access:
            with self._files:
                locker = self.session.create(passphrase=passphrase, use_device=use_device)
                if not keep_open:
                    self.session.lock()
                return Access(locker.has_device_slot(), locker.has_passphrase_slot())

        def done(access: Access) -> None:
            self.access = access
            if keep_open:
                self._announce(generation)
            on_done()

        self.jobs.start(Job("locker: create", work, done, on_error))

    def _announce(self, generation: int) -> bool:
        """GUI thread: an unlock finished; tell the pages, unless a lock came meanwhile."""
        if generation != self._generation:
            self.session.lock()
            return False
        if self.session.is_unlocked and not self._open:
            self._open = True
            self.unlocked.emit()
        return self._open
