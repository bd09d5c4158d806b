"""The objects every page is given, so no page reaches for a global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from safehelper import settings as settings_store
from safehelper.settings import Settings


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
    """Settings, navigation and the hooks that Hide now and the tests rely on.

    ``open_url`` is an attribute so tests can replace it and see the exact URL
    a button would open (``tel:``, ``sms:``, ``https:``) without opening it.
    """

    settings: Settings
    navigator: Navigator
    open_url: Callable[[QUrl], bool] = _open_url
    lock_hooks: list[Callable[[], None]] = field(default_factory=list)

    def lock_all(self) -> None:
        """Forget everything decrypted: called by Hide now, idle time-out and quit."""
        for hook in self.lock_hooks:
            hook()

    def save_settings(self) -> None:
        """Write the current settings to disk."""
        settings_store.save(self.settings)
