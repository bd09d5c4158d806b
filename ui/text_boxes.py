"""Text boxes sized in lines of text, so they stay the right height at 200 % text.

Used by the incident form; :class:`ListEdit` holds one entry per line
(usernames, links, wallet addresses).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

FIELD_MAX_WIDTH = 760


class TextBox(QPlainTextEdit):
    """A text box a given number of lines high in its current font (so 200 % text fits)."""

    def __init__(self, name: str, hint: str, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setAccessibleName(name)
        self.setPlaceholderText(hint)
        self.setTabChangesFocus(True)
        self.setMaximumWidth(FIELD_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """Tall enough for ``lines`` lines of the font the style sheet gave it."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * self.lines
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        return QSize(hint.width(), height)


class ListEdit(TextBox):
    """A few lines of text, one entry per line (usernames, links, wallet addresses)."""

    def __init__(self, name: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(name, hint, 3, parent)

    def values(self) -> list[str]:
        """The non-empty lines."""
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_values(self, values: list[str]) -> None:
        """Show one entry per line."""
        self.setPlainText("\n".join(values))
