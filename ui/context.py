"""The objects every page is given, so no page reaches for a global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from safehelper import settings as settings_store
from safehelper.settings import Settings

from .jobs import JobRegistry
from .locker_holder import LockerHolder


class Navigator(QObject):
    """Pages ask for another page by name; the main window listens."""

    requested = Signal(str)

    def go(self, page: str) -> None:
        """Show the page called ``page`` (``home``, ``crisis``, ``locker``...)."""
        self.requested.emit(page)


def _open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


@dataclass
class AppContext:
    """Settings, navigation, the running jobs and the open locker, handed to every page.

    ``open_url`` is an attribute so tests can replace it and see the exact URL
    a button would open (``tel:``, ``sms:``, ``https:``) without opening it.
    ``jobs`` runs every slow task (the shell waits for them at quit); ``locker``
    is the one holder of the open locker, whose ``locked`` signal pages and
    dialogs listen to. Only the shell locks it (Hide now, idle time, quit).
    ``needs_help_now`` is set (in memory only) when the young person says they
    are not safe or are thinking of hurting themselves: messages then default
    to asking for help now.
    """

    settings: Settings
    navigator: Navigator
    open_url: Callable[[QUrl], bool] = _open_url
    jobs: JobRegistry = field(default_factory=JobRegistry)
    locker: LockerHolder = field(init=False)
    needs_help_now: bool = False

    def __post_init__(self) -> None:
        self.locker = LockerHolder(self.jobs)

    def release_locker(self) -> None:
        """Before SafeHelper's data is removed: lock, let every job stop, close the files."""
        self.locker.lock()
        self.jobs.wait_all()
        self.locker.close_files()

    def save_settings(self) -> None:
        """Write the current settings to disk."""
        settings_store.save(self.settings)
