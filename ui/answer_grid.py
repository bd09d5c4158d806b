"""A walkthrough question's answers: one button each, in as many columns as fit.

Answer labels never wrap (a broken label is harder to read under stress), so
the number of columns follows the widest label and the room there is: at
200 % text the answers fall into fewer columns instead of being cut off.
The answer already given shows as chosen (filled, with a tick).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from .widgets import AnswerButton


class AnswerGrid(QWidget):
    """``options`` as ``(value, label)``; ``answered(value)`` when one is clicked."""

    answered = Signal(str)

    def __init__(
        self,
        options: list[tuple[str, str]],
        current: str | None,
        available_width: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        for value, label in options:
            button = AnswerButton(label)
            button.setChecked(value == current)
            button.clicked.connect(lambda _c=False, v=value: self.answered.emit(v))
            button.ensurePolished()
            self.buttons[value] = button
        widest = max(b.sizeHint().width() for b in self.buttons.values()) + grid.spacing()
        columns = max(1, min(3 if len(options) > 4 else 2, max(available_width, widest) // widest))
        for position, placed in enumerate(self.buttons.values()):
            grid.addWidget(placed, position // columns, position % columns)
