"""The tray icon, where the OS has a tray: a quiet way back after Hide now.

It shows no notifications: a pop-up could reveal something to whoever is at
the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget


class Tray(QSystemTrayIcon):
    """Save a screenshot, open SafeHelper, hide it, or quit, from the system tray."""

    def __init__(
        self,
        icon: QIcon,
        on_open: Callable[[], None],
        on_hide: Callable[[], None],
        on_quit: Callable[[], None],
        parent: QWidget | None = None,
        on_capture: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(icon, parent)
        self.setToolTip("SafeHelper")
        self.menu = QMenu()
        self.open_action = QAction(self.tr("Open SafeHelper"), self.menu)
        self.open_action.triggered.connect(on_open)
        self.hide_action = QAction(self.tr("Hide now"), self.menu)
        self.hide_action.triggered.connect(on_hide)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.quit_action.triggered.connect(on_quit)
        self.capture_action = QAction(self.tr("Save a screenshot now"), self.menu)
        self.capture_action.setVisible(on_capture is not None)
        if on_capture is not None:
            self.capture_action.triggered.connect(on_capture)
        for action in (self.capture_action, self.open_action, self.hide_action, self.quit_action):
            self.menu.addAction(action)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self._on_open = on_open

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._on_open()
