"""A plain panel for a part of the app that is not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from .context import AppContext
from .page import Page
from .widgets import paragraph


class ComingSoonPage(Page):
    """Says honestly that this part is coming, and points to help that works today."""

    def __init__(self, ctx: AppContext, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, heading, parent)
        self.body_layout.addWidget(
            paragraph(
                self.tr(
                    "This part of SafeHelper is coming soon. If you need help now, a helpline "
                    "or the police can help you today."
                )
            )
        )
        crisis = QPushButton(self.tr("Show me who I can call"))
        crisis.setAccessibleName(self.tr("Show me who I can call"))
        crisis.clicked.connect(lambda: ctx.navigator.go("crisis"))
        self.body_layout.addWidget(crisis)
