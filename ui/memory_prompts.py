""" "Help me remember": the questions police and helplines ask, each a way to its field.

Shown folded at the top of the incident form. Pressing a question says which
field it is about (``field_chosen``), and the form puts the cursor there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safehelper import incident

from .widgets import paragraph


def wrap_button(button: QPushButton) -> None:
    """Let a long button label wrap (a QPushButton cannot; a wrapped label inside it can)."""
    text = button.text()
    button.setText("")
    label = QLabel(text, button)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    inner = QHBoxLayout(button)
    inner.setContentsMargins(12, 6, 12, 6)
    inner.addWidget(label)
    button.setMinimumHeight(label.sizeHint().height() + 16)


class MemoryPrompts(QFrame):
    """A toggle that shows or hides the list of questions; each question is a button."""

    field_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        self.toggle = QPushButton(self.tr("Help me remember: show questions police ask"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Help me remember"))
        self.toggle.setToolTip(self.tr("Show or hide the list of questions"))
        column.addWidget(self.toggle)
        self.prompt_list = QWidget()
        rows = QVBoxLayout(self.prompt_list)
        rows.setContentsMargins(0, 6, 0, 0)
        rows.addWidget(paragraph(incident.memory_intro()))
        self.prompt_buttons: dict[str, QPushButton] = {}
        for prompt in incident.memory_prompts():
            button = QPushButton(prompt.text)
            button.setObjectName("promptButton")
            button.setAccessibleName(prompt.text)
            button.setToolTip(self.tr("Go to the question this is about"))
            button.setProperty("field", prompt.field)
            button.clicked.connect(lambda _=False, f=prompt.field: self.field_chosen.emit(f))
            button.setStyleSheet("text-align: left;")
            wrap_button(button)
            rows.addWidget(button)
            self.prompt_buttons[prompt.id] = button
        self.prompt_list.hide()
        column.addWidget(self.prompt_list)
        self.toggle.toggled.connect(self._toggle)

    def _toggle(self, shown: bool) -> None:
        self.prompt_list.setVisible(shown)
        self.toggle.setText(
            self.tr("Hide the questions")
            if shown
            else self.tr("Help me remember: show questions police ask")
        )
