"""A gentle offer of setup on the home page, the first time SafeHelper opens.

It never blocks anything: a young person opening SafeHelper for the first time
in a crisis goes straight to the four choices and can ignore or dismiss it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from .context import AppContext
from .widgets import paragraph


class SetupBanner(QFrame):
    """ "Setting this up for your family? Start setup", with No thanks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setupBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(paragraph(self.tr("Setting this up for your family?")), 1)
        self.start_button = QPushButton(self.tr("Start setup"))
        self.start_button.setAccessibleName(self.tr("Start setup for my family"))
        self.start_button.clicked.connect(lambda: ctx.navigator.go("setup"))
        self.dismiss_button = QPushButton(self.tr("No thanks"))
        self.dismiss_button.setAccessibleName(self.tr("No thanks: don't show this again"))
        self.dismiss_button.setToolTip(self.tr("Setup is still there under Set up for my family"))
        self.dismiss_button.clicked.connect(self.dismiss)
        row.addWidget(self.start_button)
        row.addWidget(self.dismiss_button)
        self.refresh()

    def refresh(self) -> None:
        """Show only until setup has been done, skipped or dismissed."""
        self.setVisible(not self.ctx.settings.first_run_done)

    def dismiss(self) -> None:
        """Stop offering setup; it stays one click away under Set up for my family."""
        self.ctx.settings.first_run_done = True
        self.ctx.save_settings()
        self.hide()
