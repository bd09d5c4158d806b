""" "Where are you right now?": asked once, when the system cannot say for sure.

A wrong emergency number is the worst mistake SafeHelper can make, and family
computers are often set to another country's language. So when the system's
signals disagree or say nothing (:func:`safehelper.region.needs_question`), the
first crisis or walkthrough screen shows this panel: the likeliest countries'
emergency numbers side by side, then one button per country and "Somewhere
else". The answer is saved in settings, so it is asked only once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safehelper.region import INTERNATIONAL, countries, likely_countries

from .context import AppContext
from .flow_layout import FlowLayout
from .widgets import paragraph


def emergency_lines(codes: list[str]) -> list[str]:
    """One line per country: "New Zealand: 111"."""
    known = countries()
    return [f"{known[code].name}: {known[code].emergency}" for code in codes if code in known]


class CountryQuestion(QFrame):
    """The emergency numbers for the likeliest countries, and a one-tap question."""

    answered = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 14)
        column.setSpacing(8)
        column.addWidget(paragraph(self.tr("In danger right now? Call the emergency number:")))
        numbers = QWidget()
        grid = QGridLayout(numbers)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.number_labels: list[QLabel] = []
        for index, line in enumerate(emergency_lines(likely_countries())):
            label = QLabel(line)
            label.setObjectName("bigNumber")
            label.setWordWrap(True)
            label.setAccessibleName(line)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, index // 2, index % 2)
            self.number_labels.append(label)
        column.addWidget(numbers)
        title = paragraph(self.tr("Where are you right now?"), "panelTitle")
        column.addWidget(title)
        column.addWidget(
            paragraph(self.tr("Tap once. We will remember it and show the right numbers."))
        )
        holder = QWidget()
        flow = FlowLayout(holder)
        self.buttons: dict[str, QPushButton] = {}
        for country in countries().values():
            self._add_button(flow, country.code, country.name)
        self._add_button(flow, INTERNATIONAL, self.tr("Somewhere else"))
        column.addWidget(holder)

    def _add_button(self, flow: FlowLayout, code: str, label: str) -> None:
        button = QPushButton(label)
        button.setObjectName("answer")
        button.setAccessibleName(self.tr("I am in {place}").format(place=label))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _c=False, c=code: self.choose(c))
        flow.addWidget(button)
        self.buttons[code] = button

    def choose(self, code: str) -> None:
        """Save the answer ("ALL" for somewhere else) and tell the page to redraw."""
        self.ctx.settings.country = code
        self.ctx.save_settings()
        self.answered.emit(code)
