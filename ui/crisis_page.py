"""Where "I'm not OK" leads: the emergency number first, then people to talk to now."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safehelper.helplines import Directory, Service, load_directory
from safehelper.region import countries
from ui.context import AppContext
from ui.country_picker import CountryPicker, helpline_country
from ui.helplines_page import FALLBACK_ID, pick
from ui.page import Page, paragraph
from ui.service_card import ServiceCard

# Emergency first, then suicide and crisis lines, then youth lines.
CRISIS_KINDS = ("emergency", "crisis", "youth")


class CrisisPage(Page):
    """The crisis lines for the chosen country, emergency number first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("If you might hurt yourself or you are in danger, call now."),
                         parent)
        self.directory_loader: Callable[[], Directory] = load_directory
        self.directory = self.directory_loader()
        self.body_layout.addWidget(paragraph(
            self.tr("You matter. You don't have to deal with this alone. "
                    "Whatever happened, it can be fixed, and people want to help."),
            "reassurance",
        ))
        self.picker = CountryPicker(ctx)
        self.picker.changed.connect(lambda _code: self.rebuild())
        self.body_layout.addWidget(self.picker)
        self.emergency = QLabel()
        self.emergency.setObjectName("bigNumber")
        self.emergency.setWordWrap(True)
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.emergency)

        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(12)
        self.body_layout.addWidget(self.content)

        more = QHBoxLayout()
        self.more_button = QPushButton(self.tr("See all helplines and how to report"))
        self.more_button.setAccessibleName(self.tr("See all helplines and how to report"))
        self.more_button.clicked.connect(lambda: ctx.navigator.go("help"))
        more.addWidget(self.more_button)
        more.addStretch(1)
        self.body_layout.addLayout(more)
        self.cards: list[ServiceCard] = []
        self.country = ""
        self.rebuild()

    def services(self) -> list[Service]:
        """What the page lists, in order: emergency, crisis lines, youth lines."""
        if self.country in self.directory.countries():
            return pick(self.directory, self.country, CRISIS_KINDS, False)
        return [self.directory.service(FALLBACK_ID)]

    def rebuild(self) -> None:
        """Show the lines for the country chosen now."""
        self.country = helpline_country(self.ctx.settings)
        country = countries().get(self.country)
        if country is not None:
            text = self.tr("Emergency: call {number}").format(number=country.emergency)
        else:
            text = self.tr("Emergency: call your country's emergency number")
        self.emergency.setText(text)
        self.emergency.setAccessibleName(text)
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = []
        for service in self.services():
            card = ServiceCard(self.ctx, service)
            self.cards.append(card)
            self.content_layout.addWidget(card)

    def on_shown(self) -> None:
        """Show the number for the current country (it may have changed elsewhere)."""
        self.picker.sync()
        fresh = self.directory_loader()
        if fresh.version != self.directory.version or helpline_country(
            self.ctx.settings
        ) != self.country:
            self.directory = fresh
            self.rebuild()
            return
        for card in self.cards:
            card.refresh()
