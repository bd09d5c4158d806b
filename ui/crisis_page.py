"""Where "I'm not OK" leads: the emergency number first, then people to talk to now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safehelper.helplines import Service
from safehelper.region import countries, likely_countries, needs_question

from .context import AppContext
from .country_question import CountryQuestion
from .directory_page import DirectoryPage
from .helplines_page import FALLBACK_ID, pick
from .widgets import paragraph

# Emergency first, then suicide and crisis lines, then youth lines.
CRISIS_KINDS = ("emergency", "crisis", "youth")
# While the country question is open, the lines of this many likeliest countries
# are shown (more would bury the question).
MAX_LIKELY = 2


class CrisisPage(DirectoryPage):
    """The crisis lines for the chosen country, emergency number first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("If you might hurt yourself or you are in danger, call now."), parent
        )
        self.body_layout.addWidget(
            paragraph(
                self.tr(
                    "You matter. You don't have to deal with this alone. "
                    "People can help you with this."
                ),
                "reassurance",
            )
        )
        self.body_layout.addWidget(self.picker)
        self.question_holder = QVBoxLayout()
        self.body_layout.addLayout(self.question_holder)
        self.country_question: CountryQuestion | None = None
        self.emergency = QLabel()
        self.emergency.setObjectName("bigNumber")
        self.emergency.setWordWrap(True)
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.emergency)

        self.body_layout.addWidget(self.content)

        more = QHBoxLayout()
        self.more_button = QPushButton(self.tr("See all helplines and how to report"))
        self.more_button.setAccessibleName(self.tr("See all helplines and how to report"))
        self.more_button.clicked.connect(lambda: ctx.navigator.go("help"))
        more.addWidget(self.more_button)
        more.addStretch(1)
        self.body_layout.addLayout(more)
        self.rebuild()

    def services(self) -> list[Service]:
        """What the page lists, in order: emergency, crisis lines, youth lines."""
        if self.country in self.directory.countries():
            return pick(self.directory, self.country, CRISIS_KINDS, False)
        likely = likely_countries()
        if self.country_question is not None and len(likely) <= MAX_LIKELY:
            return [s for code in likely for s in pick(self.directory, code, CRISIS_KINDS, False)]
        return [self.directory.service(FALLBACK_ID)]

    def rebuild(self) -> None:
        """Show the lines for the country chosen now."""
        self.clear_content()
        self._show_question()
        country = countries().get(self.country)
        if country is not None:
            text = self.tr("Emergency: call {number}").format(number=country.emergency)
        else:
            text = self.tr("Emergency: call your country's emergency number")
        self.emergency.setText(text)
        self.emergency.setAccessibleName(text)
        self.add_cards(self.services())

    def _show_question(self) -> None:
        """Ask where the user is (numbers side by side) until they answer, then hide it."""
        if self.country_question is not None:
            self.country_question.deleteLater()
            self.country_question = None
        asking = needs_question(self.ctx.settings)
        self.emergency.setVisible(not asking)
        # The question replaces the drop-down, which would wrongly say "Another country".
        self.picker.setVisible(not asking)
        if asking:
            question = CountryQuestion(self.ctx)
            question.answered.connect(lambda _code: self._answered())
            self.question_holder.addWidget(question)
            self.country_question = question

    def _answered(self) -> None:
        self.picker.sync()
        self.rebuild()
