"""The shape every page shares: one sentence on what to do now, then the content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from .context import AppContext


class Page(QWidget):
    """A page with a heading sentence at the top and a scrolling body below.

    The body scrolls so that nothing is cut off at 200 % text on a small screen.
    """

    def __init__(self, ctx: AppContext, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(heading)
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(heading)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body.setObjectName("pageBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(24, 8, 24, 24)
        self.body_layout.setSpacing(14)
        self.body_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)

    def set_heading(self, text: str) -> None:
        """Change the one-sentence instruction at the top of the page."""
        self.heading.setText(text)
        self.heading.setAccessibleName(text)

    def on_shown(self) -> None:
        """Called each time the page is brought to the front; override to refresh."""
