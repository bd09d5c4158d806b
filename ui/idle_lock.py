"""Idle time: lock the evidence locker after some minutes with no key press, click or scroll."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Calls ``on_idle`` after ``minutes()`` without input in any SafeHelper window.

    Installed as an application event filter by the shell; it counts only while
    the locker is open (the shell restarts it on unlock and stops it on lock).
    """

    def __init__(
        self, minutes: Callable[[], int], on_idle: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)

    def restart(self) -> None:
        """Start counting again from now (0 minutes means never lock)."""
        minutes = self._minutes()
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def stop(self) -> None:
        """The locker is locked: nothing to count."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count; nothing is ever swallowed."""
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.restart()
        return False
