"""Hide now: the quick exit that safety websites offer, for a desktop app.

The top bar's button, the tray, a Hide now button in every dialog, or Esc
pressed twice quickly hide every SafeHelper window at once (dialogs and file
pickers too), stop what can be stopped, lock the locker, forget the answers
given so far and go back to the home page, so that whoever walks in sees
nothing and reopening shows nothing private.

One Esc is left to the window that has it: it closes the topmost dialog or
menu, and does nothing on a page.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

DOUBLE_PRESS_MS = 700
DIALOG_BUTTON_NAME = "dialogHideNow"


def hide_now_text() -> str:
    """The button's words, the same on the top bar and in every dialog.

    On two lines, so the top bar still fits at 200 % text on a 1280-pixel screen.
    """
    return QCoreApplication.translate("QuickExit", "Hide now\n(Esc twice)")


def hide_now_tooltip() -> str:
    """What the button does, and the same shortcut it shows."""
    return QCoreApplication.translate(
        "QuickExit",
        "Hide SafeHelper at once and lock your evidence. Shortcut: press Esc twice quickly. "
        "Esc once only closes a window like this one.",
    )


def style_hide_now(button: QPushButton) -> None:
    """Words, name and tooltip of a Hide now button (top bar or dialog)."""
    button.setText(hide_now_text())
    button.setAccessibleName(
        QCoreApplication.translate(
            "QuickExit", "Hide now: hide SafeHelper at once (or press Esc twice)"
        )
    )
    button.setToolTip(hide_now_tooltip())
    button.setAutoDefault(False)
    button.setCursor(Qt.CursorShape.PointingHandCursor)


class QuickExit(QObject):
    """Hides everything on request; watches the keyboard for Esc twice; arms every dialog.

    ``lock`` stops the jobs and locks the locker; ``reset`` forgets the answers
    and shows the home page. Both run after every window is hidden, because
    hiding is what matters most in the first tenth of a second.
    """

    hidden = Signal()

    def __init__(self, lock: Callable[[], None], reset: Callable[[], None]) -> None:
        super().__init__()
        self.lock = lock
        self.reset = reset
        self._last_escape: float | None = None  # time.monotonic() of the last counted press
        # One press reaches the filter once per widget it passes on its way up to
        # the window, so a press counts only after the last one was let go.
        self._escape_down = False
        self._escape_stamp = 0

    def trigger(self) -> None:
        """Hide every window first, then stop the work, lock, and forget the answers.

        A dialog or file picker that waits in its own event loop returns as
        cancelled once it is hidden, so whatever asked gets "no answer".
        """
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                if widget.isVisible():
                    widget.hide()
        self.lock()
        self.reset()
        self.hidden.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc twice quickly in any SafeHelper window is Hide now; dialogs get the button."""
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            self._arm(watched)
        elif (
            kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.isAutoRepeat()
        ):
            if kind == QEvent.Type.KeyRelease:
                self._escape_down = False
                return False
            return self._escape_pressed(event.timestamp())
        return False

    def _escape_pressed(self, stamp: int) -> bool:
        # The same press again, passed up from a child: already counted.
        if self._escape_down and stamp == self._escape_stamp:
            return False
        self._escape_down, self._escape_stamp = True, stamp
        now = time.monotonic()
        if self._last_escape is not None and (now - self._last_escape) * 1000 < DOUBLE_PRESS_MS:
            self._last_escape = None
            self.trigger()
            return True
        self._last_escape = now
        return False

    def _arm(self, dialog: QDialog) -> None:
        """Give a dialog its own Hide now button: the top bar's is blocked while it is open."""
        if dialog.findChild(QPushButton, DIALOG_BUTTON_NAME) is not None:
            return
        layout = dialog.layout()
        if layout is None:
            return
        button = QPushButton()
        button.setObjectName(DIALOG_BUTTON_NAME)
        style_hide_now(button)
        button.clicked.connect(self.trigger)
        row_holder = QWidget()
        row = QHBoxLayout(row_holder)
        row.setContentsMargins(8, 8, 8, 0)
        row.addStretch(1)
        row.addWidget(button)
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, row_holder)
        elif isinstance(layout, QGridLayout):
            layout.addWidget(row_holder, layout.rowCount(), 0, 1, -1)
        else:
            layout.addWidget(row_holder)
        row_holder.show()  # the dialog is already showing: a new child would wait a turn
