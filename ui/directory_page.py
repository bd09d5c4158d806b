"""What the help page and the crisis page share: the directory, the country, the cards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from safehelper.helplines import Directory, Service, load_directory

from .context import AppContext
from .country_picker import CountryPicker, helpline_country
from .page import Page
from .service_card import ServiceCard


class DirectoryPage(Page):
    """A page of service cards for one country, rebuilt when the country or directory changes.

    Subclasses place ``picker`` and ``content`` in their layout and fill ``content`` in
    ``rebuild()``. ``directory_loader`` is replaceable (tests load a directory of their own).
    """

    def __init__(self, ctx: AppContext, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, heading, parent)
        self.directory_loader: Callable[[], Directory] = load_directory
        self.directory = self.directory_loader()
        self.picker = CountryPicker(ctx)
        self.picker.changed.connect(lambda _code: self.rebuild())
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(12)
        self.cards: list[ServiceCard] = []
        self.country = ""

    def rebuild(self) -> None:
        """Show the services for the country chosen now (subclasses fill ``content``)."""
        raise NotImplementedError

    def clear_content(self) -> None:
        """Empty ``content`` and take the country from the settings again."""
        self.country = helpline_country(self.ctx.settings)
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = []

    def add_cards(self, services: list[Service]) -> None:
        """Add one card per service to ``content``."""
        for service in services:
            card = ServiceCard(self.ctx, service)
            self.cards.append(card)
            self.content_layout.addWidget(card)

    def card(self, service_id: str) -> ServiceCard:
        """The card showing a service (for tests and keyboard focus)."""
        for card in self.cards:
            if card.service.id == service_id:
                return card
        raise KeyError(service_id)

    def on_shown(self) -> None:
        """Pick up a changed country or a newer directory, and refresh open-now badges."""
        self.picker.sync()
        fresh = self.directory_loader()
        if (
            fresh.version != self.directory.version
            or helpline_country(self.ctx.settings) != self.country
        ):
            self.directory = fresh
            self.rebuild()
            return
        for card in self.cards:
            card.refresh()
