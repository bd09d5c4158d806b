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
        # Focus lands here when a screen opens: a screen reader reads the new heading,
        # and Space or Enter pressed again cannot pick something on the new screen.
        self.heading.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own: Tab goes from the heading straight to the first
        # control (a nameless, unmarked stop confused keyboard and screen-reader users).
        # The area still scrolls to whatever gets the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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

    def focus_heading(self) -> None:
        """Put the keyboard focus on the heading (the start of the screen), if it can be seen."""
        if self.heading.isVisible():
            self.heading.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_back(self) -> bool:
        """Go back one screen inside this page; ``False`` if none (the window goes back)."""
        return False

    def on_shown(self) -> None:
        """Called each time the page is brought to the front; override to refresh."""

    def forget(self) -> None:
        """Hide now: drop every answer the person gave on this page; override if it keeps any.

        After Hide now someone else may open SafeHelper: nothing the young
        person chose or typed may still be there to read or to go back to.
        """
