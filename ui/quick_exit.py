"""Hide now: the quick exit that safety websites offer, for a desktop app.

One press (or Esc twice) hides every SafeHelper window at once, locks the
locker, and goes back to the home page, so that whoever walks in sees nothing
and reopening shows nothing private.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

DOUBLE_PRESS_MS = 700


class QuickExit(QObject):
    """Hides everything on request; also watches the keyboard for Esc pressed twice."""

    hidden = Signal()

    def __init__(self, lock: Callable[[], None], go_home: Callable[[], None]) -> None:
        super().__init__()
        self.lock = lock
        self.go_home = go_home
        self._last_escape = QElapsedTimer()

    def trigger(self) -> None:
        """Hide every window first (what matters most), then lock and reset."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                if widget.isVisible():
                    widget.hide()
        self.lock()
        self.go_home()
        self.hidden.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Trigger on Esc pressed twice quickly, in any SafeHelper window."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.isAutoRepeat()
        ):
            if self._last_escape.isValid() and self._last_escape.elapsed() < DOUBLE_PRESS_MS:
                self._last_escape.invalidate()
                self.trigger()
                return True
            self._last_escape.start()
        return False
