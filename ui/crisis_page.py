"""Where "I'm not OK" leads: the emergency number first, then people to talk to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from safehelper.region import countries, current_country
from ui.context import AppContext
from ui.page import Page, paragraph


class CrisisPage(Page):
    """The crisis lines for the chosen country, emergency number first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("If you might hurt yourself or you are in danger, call now."),
                         parent)
        self.body_layout.addWidget(
            paragraph(self.tr("You matter. You don't have to deal with this alone. "
                              "Whatever happened, it can be fixed, and people want to help."))
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Country:")))
        self.country_box = QComboBox()
        self.country_box.setAccessibleName(self.tr("Country"))
        for country in countries().values():
            self.country_box.addItem(country.name, country.code)
        self.country_box.currentIndexChanged.connect(self._country_changed)
        row.addWidget(self.country_box)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.emergency = QLabel()
        self.emergency.setObjectName("bigNumber")
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.emergency)
        self.on_shown()

    def on_shown(self) -> None:
        """Show the number for the current country (it may have changed in settings)."""
        code = current_country(self.ctx.settings) or "NZ"
        index = self.country_box.findData(code)
        self.country_box.setCurrentIndex(max(index, 0))
        self._show_number()

    def _country_changed(self) -> None:
        code = self.country_box.currentData()
        if code and code != self.ctx.settings.country:
            self.ctx.settings.country = code
            self.ctx.save_settings()
        self._show_number()

    def _show_number(self) -> None:
        country = countries()[self.country_box.currentData()]
        text = self.tr("Emergency: call {number}").format(number=country.emergency)
        self.emergency.setText(text)
        self.emergency.setAccessibleName(text)
