"""The objects every page is given, so no page reaches for a global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from safehelper import settings as settings_store
from safehelper.settings import Settings

if TYPE_CHECKING:  # the locker is loaded only when the locker page first opens
    from safehelper.locker import Locker


class Navigator(QObject):
    """Pages ask for another page by name; the main window listens."""

    requested = Signal(str)

    def go(self, page: str) -> None:
        """Show the page called ``page`` (``home``, ``crisis``, ``locker``...)."""
        self.requested.emit(page)


def _open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def _no_locker() -> Locker | None:
    return None


@dataclass
class AppContext:
    """Settings, navigation and the hooks that Hide now and the tests rely on.

    ``open_url`` is an attribute so tests can replace it and see the exact URL
    a button would open (``tel:``, ``sms:``, ``https:``) without opening it.
    ``unlocked_locker`` is set by the locker page, so other pages (the police
    summary) can use the locker while the teen has it open, and only then.
    ``release_hooks`` close open files before SafeHelper's data is removed.
    ``needs_help_now`` is set (in memory only) when the young person says they
    are not safe or are thinking of hurting themselves: messages then default
    to asking for help now.
    """

    settings: Settings
    navigator: Navigator
    open_url: Callable[[QUrl], bool] = _open_url
    lock_hooks: list[Callable[[], None]] = field(default_factory=list)
    release_hooks: list[Callable[[], None]] = field(default_factory=list)
    unlocked_locker: Callable[[], Locker | None] = _no_locker
    needs_help_now: bool = False

    def lock_all(self) -> None:
        """Forget everything decrypted: called by Hide now, idle time-out and quit."""
        for hook in self.lock_hooks:
            hook()

    def release_all(self) -> None:
        """Lock, then close every open file of the locker (before removing data)."""
        self.lock_all()
        for hook in self.release_hooks:
            hook()

    def save_settings(self) -> None:
        """Write the current settings to disk."""
        settings_store.save(self.settings)
