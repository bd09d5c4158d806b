"""The trusted adults, for the young person: Call, Text, Email or Copy, and the alert button.

Built to be embedded: the walkthrough's "Tell someone" step and the helplines
page add one ``TrustedAdultsPanel(ctx)`` to their layout. It re-reads the
settings every time it is shown, so changes made in setup appear at once.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safehelper import family
from safehelper.errors import SafeHelperError

from .alert_dialog import AlertDialog, open_alert_dialog
from .context import AppContext
from .error_text import describe
from .widgets import discard, paragraph


class AdultCard(QFrame):
    """One trusted adult with a button for each way to reach them."""

    def __init__(
        self,
        ctx: AppContext,
        adult: family.TrustedAdult,
        on_copied: QLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adultCard")
        self.ctx = ctx
        self.adult = adult
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        title = adult.name + (f" ({adult.relationship})" if adult.relationship else "")
        name = paragraph(title, "adultName")
        column.addWidget(name)
        details = "   ".join(p for p in (adult.phone, adult.email) if p)
        column.addWidget(paragraph(details))
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        actions = (
            ("call", self.tr("Call"), self.tr("Call {name}"), adult.tel_url()),
            ("text", self.tr("Text"), self.tr("Send {name} a text"), adult.sms_url()),
            ("email", self.tr("Email"), self.tr("Email {name}"), adult.mailto_url()),
        )
        for key, label, accessible, url in actions:
            if not url:
                continue
            button = QPushButton(label)
            button.setAccessibleName(accessible.format(name=adult.name))
            button.clicked.connect(lambda _c=False, u=url: ctx.open_url(QUrl(u)))
            row.addWidget(button)
            self.buttons[key] = button
        copy = QPushButton(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy {name}'s details").format(name=adult.name))
        copy.setToolTip(self.tr("Copy the name, number and email, to paste somewhere else"))
        copy.clicked.connect(lambda: self._copy(on_copied))
        row.addWidget(copy)
        self.buttons["copy"] = copy
        row.addStretch(1)
        column.addLayout(row)

    def _copy(self, status: QLabel) -> None:
        QGuiApplication.clipboard().setText(self.adult.contact_text())
        text = self.tr("Copied {name}'s details.").format(name=self.adult.name)
        status.setText(text)
        status.setAccessibleName(text)
        status.show()


class TrustedAdultsPanel(QWidget):
    """The people the young person trusts, and *Tell my trusted adult now* when it is set up."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: AlertDialog | None = None
        self.cards: list[AdultCard] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.alert_button = QPushButton(self.tr("Tell my trusted adult now"))
        self.alert_button.setObjectName("alertButton")
        self.alert_button.setAccessibleName(self.tr("Tell my trusted adult now"))
        self.alert_button.setToolTip(
            self.tr("Shows you the exact message first. Nothing is sent until you press Send.")
        )
        self.alert_button.clicked.connect(self.open_alert)
        column.addWidget(self.alert_button)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(8)
        column.addLayout(self.cards_box)
        self.empty_label = paragraph(
            self.tr(
                "Think of an adult you trust: a parent or carer, an aunt or uncle, a "
                "teacher, a coach or a school counsellor. A helpline can help you work out "
                "what to say."
            )
        )
        column.addWidget(self.empty_label)
        self.status = paragraph("", "formStatus")
        self.status.hide()
        column.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the trusted adults and whether an alert is set up."""
        for card in self.cards:
            discard(card)
        adults = family.trusted_adults(self.ctx.settings)
        self.cards = [AdultCard(self.ctx, adult, self.status) for adult in adults]
        for card in self.cards:
            self.cards_box.addWidget(card)
            card.show()  # at once, not at the next turn of the event loop
        self.empty_label.setVisible(not adults)
        self.alert_button.setVisible(bool(self.ctx.settings.alert_channel))
        self.status.hide()

    def showEvent(self, event: QShowEvent) -> None:
        """Refresh whenever the panel comes into view."""
        self.refresh()
        super().showEvent(event)

    def open_alert(self) -> None:
        """Open the confirmation dialog; it sends nothing until Send is pressed."""
        try:
            self.dialog = open_alert_dialog(self.ctx, self.window())
        except SafeHelperError as exc:
            self._say(describe(exc))
            return
        if self.dialog is None:
            self._say(
                self.tr(
                    "The alert is not set up on this computer any more. You can "
                    "call or text them instead."
                )
            )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()
