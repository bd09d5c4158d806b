"""The walkthrough's "tell someone" step: ready-made messages to change and copy.

Finding the words is the hard part of asking for help, so each message is
written out (to a trusted adult, asking for help now, warning friends), can be
edited in place and copied with one button. The edits live only in these
widgets: nothing is saved, and Hide now drops them with the screen.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from safehelper.guidance import Guidance

from .widgets import big_button, panel, paragraph


class MessageTemplates(QWidget):
    """One editable message per panel with its Copy button; both kept by message id."""

    def __init__(self, content: Guidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        for message in content.messages:
            frame, layout = panel(message.title)
            edit = QPlainTextEdit(message.text)
            edit.setObjectName("messageEdit")
            edit.setAccessibleName(message.title)
            edit.setAccessibleDescription(self.tr("You can change the words before you copy."))
            edit.setTabChangesFocus(True)
            edit.ensurePolished()
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 16)
            layout.addWidget(edit)
            copy = big_button(
                self.tr("Copy"),
                self.tr("Copy this message: {title}").format(title=message.title),
                "copyButton",
            )
            status = paragraph("", "note")
            copy.clicked.connect(lambda _c=False, e=edit, s=status: self._copy(e, s))
            layout.addWidget(copy)
            layout.addWidget(status)
            self.edits[message.id] = edit
            self.copy_buttons[message.id] = copy
            column.addWidget(frame)

    def _copy(self, edit: QPlainTextEdit, status: QLabel) -> None:
        QGuiApplication.clipboard().setText(edit.toPlainText())
        status.setText(self.tr("Copied. Paste it into a message to send it."))
        status.setAccessibleName(status.text())
