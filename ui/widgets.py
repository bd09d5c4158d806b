"""The small widgets every page builds from, so they look and read the same everywhere.

Paragraphs, headings, status lines, big buttons, framed panels, a labelled
field; one check that a new passphrase was typed the same twice. The questions
asked in a window of their own are in :mod:`.dialogs`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Fields wider than this are hard to read across on a big screen.
FIELD_MAX_WIDTH = 900


def paragraph(text: str, object_name: str = "") -> QLabel:
    """A wrapping label for body text, readable by screen readers."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    if object_name:
        label.setObjectName(object_name)
    return label


def section_title(text: str) -> QLabel:
    """A bold sub-heading inside a page."""
    label = QLabel(text)
    label.setObjectName("formTitle")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def status_label(object_name: str = "formStatus") -> QLabel:
    """A wrapped line for "Saved" or a plain error, hidden until :func:`show_status`."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_status(label: QLabel, text: str, error: bool = False) -> None:
    """Show a status line, styled as an error when it is one, and read out by name."""
    label.setObjectName("formError" if error else "formStatus")
    label.setText(text)
    label.setAccessibleName(text)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))
    if text:
        # After the layout has made room for it: otherwise a line at the end of a
        # long form stays out of sight (under the setup's Back and Next bar).
        QTimer.singleShot(0, label, lambda: reveal(label))


def reveal(widget: QWidget) -> None:
    """Scroll the page that holds ``widget`` so that it is in view."""
    holder = widget.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    if isinstance(holder, QScrollArea) and widget.isVisible():
        holder.ensureWidgetVisible(widget)


def big_button(text: str, accessible: str, object_name: str = "bigButton") -> QPushButton:
    """A large, clearly named push button."""
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setAccessibleName(accessible)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


# Put before a chosen answer: chosen is shown by a shape, not by colour alone.
TICK = "\u2713  "


class AnswerButton(QPushButton):
    """One answer to a question: a tick and a filled background once it is chosen.

    Focus looks different (an outline, see style.qss), so the answer the keyboard
    is on is never mistaken for the one that was picked.
    """

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self._label = label
        self.setObjectName("answer")
        self.setAccessibleName(label)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggled.connect(self._mark)

    def _mark(self, chosen: bool) -> None:
        self.setText(TICK + self._label if chosen else self._label)

    def sizeHint(self) -> QSize:
        """As wide as with the tick, so choosing an answer never reflows the others."""
        hint = super().sizeHint()
        if not self.isChecked():
            hint.setWidth(hint.width() + self.fontMetrics().horizontalAdvance(TICK))
        return hint


def panel(title: str, object_name: str = "panel") -> tuple[QFrame, QVBoxLayout]:
    """A framed box with a bold title, for a guide, a service or a message."""
    frame = QFrame()
    frame.setObjectName(object_name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    layout.addWidget(paragraph(title, "panelTitle"))
    return frame, layout


def labelled(label_text: str, field: QWidget, help_text: str = "") -> QWidget:
    """A label above its field (easier to read at large text sizes than side by side)."""
    box = QWidget()
    box.setMaximumWidth(FIELD_MAX_WIDTH)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    label = QLabel(label_text)
    label.setWordWrap(True)
    label.setBuddy(field)
    column.addWidget(label)
    if help_text:
        column.addWidget(paragraph(help_text, "hint"))
    column.addWidget(field)
    if not field.accessibleName():
        field.setAccessibleName(label_text.rstrip(":"))
    return box


def checked_key(buttons: Mapping[str, QAbstractButton], default: str) -> str:
    """The key of the checked button in a group of choices, or ``default`` if none is."""
    return next((key for key, button in buttons.items() if button.isChecked()), default)


def discard(widget: QWidget) -> None:
    """Take a widget out of view at once; Qt deletes it later, when it is safe."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def passphrase_mismatch(first: str, again: str) -> str:
    """The calm message when a new passphrase was not typed the same twice, else ""."""
    if first == again:
        return ""
    return QCoreApplication.translate(
        "Widgets", "The two passphrases are not the same. Please type them again."
    )
