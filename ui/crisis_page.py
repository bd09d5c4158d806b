"""Where "I'm not OK" leads: the emergency number first, then people to talk to now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from safehelper.helplines import Service
from safehelper.region import countries

from .context import AppContext
from .directory_page import DirectoryPage
from .helplines_page import FALLBACK_ID, pick
from .widgets import paragraph

# Emergency first, then suicide and crisis lines, then youth lines.
CRISIS_KINDS = ("emergency", "crisis", "youth")


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
                    "Whatever happened, it can be fixed, and people want to help."
                ),
                "reassurance",
            )
        )
        self.body_layout.addWidget(self.picker)
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
        return [self.directory.service(FALLBACK_ID)]

    def rebuild(self) -> None:
        """Show the lines for the country chosen now."""
        self.clear_content()
        country = countries().get(self.country)
        if country is not None:
            text = self.tr("Emergency: call {number}").format(number=country.emergency)
        else:
            text = self.tr("Emergency: call your country's emergency number")
        self.emergency.setText(text)
        self.emergency.setAccessibleName(text)
        self.add_cards(self.services())
