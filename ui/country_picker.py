"""Choosing the country in one click, on the pages that show helplines.

The choice is saved to settings at once, so the crisis page, the help page and
the next start all agree. "Another country" (an empty code) shows the services
that work from anywhere and the worldwide directory of child helplines.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from safehelper.region import INTERNATIONAL, countries, current_country
from safehelper.settings import Settings

from .context import AppContext

OTHER = ""


def helpline_country(settings: Settings) -> str:
    """The country whose helplines to show, or "" for "another country" or an unknown one.

    Choosing "Another country" is saved as ``ALL`` so that the locale's guess
    does not bring the old country back the next time the page opens.
    """
    if settings.country == INTERNATIONAL:
        return OTHER
    code = current_country(settings)
    return code if code in countries() else OTHER


class CountryPicker(QWidget):
    """A labelled drop-down of the countries SafeHelper has checked, plus "Another country"."""

    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("I am in:"))
        row.addWidget(label)
        self.box = QComboBox()
        self.box.setObjectName("countryBox")
        self.box.setAccessibleName(self.tr("Country for helplines"))
        self.box.setToolTip(self.tr("Change the country to see its helplines"))
        for country in countries().values():
            self.box.addItem(country.name, country.code)
        self.box.addItem(self.tr("Another country"), OTHER)
        label.setBuddy(self.box)
        row.addWidget(self.box)
        row.addStretch(1)
        self.sync()
        self.box.currentIndexChanged.connect(self._picked)

    def code(self) -> str:
        """The chosen country code, or "" for another country."""
        return str(self.box.currentData() or OTHER)

    def sync(self) -> None:
        """Show the country from settings (it may have changed on another page)."""
        index = self.box.findData(helpline_country(self.ctx.settings))
        self.box.blockSignals(True)
        self.box.setCurrentIndex(max(index, 0))
        self.box.blockSignals(False)

    def _picked(self) -> None:
        code = self.code()
        saved = code or INTERNATIONAL
        if saved != self.ctx.settings.country:
            self.ctx.settings.country = saved
            self.ctx.save_settings()
        self.changed.emit(code)
