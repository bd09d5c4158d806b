"""The opt-in for independent time stamps, in the locker's settings and once in family setup.

One check box says what it does and what it sends, in the words the README's
privacy promise uses. Below it: which time-stamp authority to ask (the
shipped list, or another address). Nothing is sent from here; the
background rounds (:mod:`.timestamp_runner`) read the settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from safehelper.errors import SafeHelperError
from safehelper.timestamps.address import check_url
from safehelper.timestamps.authorities import default_authorities

from .context import AppContext
from .error_text import describe
from .widgets import labelled, paragraph, show_status, status_label

OTHER = ""  # the combo box's data for "another address"


class TimestampForm(QWidget):
    """Turn independent time stamps on or off, and choose who stamps."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Get an independent time stamp for each saved picture."))
        self.check.setAccessibleName(
            self.tr("Get an independent time stamp for each saved picture")
        )
        column.addWidget(self.check)
        column.addWidget(
            paragraph(
                self.tr("Only a fingerprint of the picture is sent, never the picture."), "hint"
            )
        )
        column.addWidget(
            paragraph(
                self.tr(
                    "A time-stamp authority signs the fingerprint and the time, so police can "
                    "check that the picture existed then. SafeHelper asks only while the "
                    "locker is open. The authority learns the fingerprint, the time and this "
                    "computer's internet address."
                ),
                "hint",
            )
        )
        self.authority = QComboBox()
        for listed in default_authorities():
            self.authority.addItem(listed.name, listed.url)
        self.authority.addItem(self.tr("Another address"), OTHER)
        column.addWidget(labelled(self.tr("Time-stamp authority:"), self.authority))
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://")
        self.address_row = labelled(
            self.tr("Its address:"),
            self.address,
            self.tr(
                "An http:// address is fine when the authority offers only that: the time "
                "stamp itself is signed and checked."
            ),
        )
        column.addWidget(self.address_row)
        self.status = status_label()
        column.addWidget(self.status)
        self.refresh()
        self.check.toggled.connect(self._toggled)
        self.authority.currentIndexChanged.connect(self._authority_changed)
        self.address.editingFinished.connect(self._address_changed)

    def refresh(self) -> None:
        """Show the settings as they are now."""
        settings = self.ctx.settings
        for widget in (self.check, self.authority, self.address):
            widget.blockSignals(True)
        self.check.setChecked(settings.timestamps_on)
        index = self.authority.findData(settings.timestamp_url) if settings.timestamp_url else 0
        self.authority.setCurrentIndex(index if index >= 0 else self.authority.count() - 1)
        self.address.setText(settings.timestamp_url if index < 0 else "")
        for widget in (self.check, self.authority, self.address):
            widget.blockSignals(False)
        self.address_row.setVisible(self.authority.currentData() == OTHER)

    def _toggled(self, on: bool) -> None:
        self.ctx.settings.timestamps_on = on
        self.ctx.save_settings()

    def _authority_changed(self) -> None:
        chosen = str(self.authority.currentData())
        self.address_row.setVisible(chosen == OTHER)
        if chosen != OTHER:
            self.ctx.settings.timestamp_url = chosen
            self.ctx.save_settings()
            show_status(self.status, "")
        else:
            self.address.setFocus()

    def _address_changed(self) -> None:
        text = self.address.text().strip()
        if not text:
            return
        try:
            url = check_url(text)
        except SafeHelperError as exc:
            show_status(self.status, describe(exc), error=True)
            return
        self.ctx.settings.timestamp_url = url
        self.ctx.save_settings()
        show_status(self.status, self.tr("Saved."))
