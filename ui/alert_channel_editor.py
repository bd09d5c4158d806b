"""Connecting the alert in setup and settings: where it goes, whose name it carries, a test.

A parent pastes an ntfy topic or webhook address, chooses the name in the
message and can send a test; the address itself goes only to the keyring.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safehelper import alert
from safehelper.errors import SafeHelperError

from .alert_dialog import send_job
from .context import AppContext
from .error_text import describe
from .jobs import Job
from .widgets import (
    checked_key,
    labelled,
    paragraph,
    show_status,
    status_label,
)


class AlertChannelEditor(QWidget):
    """Connect, test or remove the alert channel, and choose the name in the message."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timeout = alert.DEFAULT_TIMEOUT
        self.job: Job[None] | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(
            paragraph(
                self.tr(
                    "If you connect an alert, the young person gets a button that sends you one "
                    "short message. It is only sent when they press it and confirm."
                ),
                "hint",
            )
        )

        self.name_edit = QLineEdit()
        column.addWidget(labelled(self.tr("The young person's first name:"), self.name_edit))
        self.preview = paragraph("", "messagePreview")
        column.addWidget(self.preview)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setPlaceholderText(self.tr("For example: Mum and Dad"))
        column.addWidget(
            labelled(
                self.tr("Who gets the alert:"),
                self.recipient_edit,
                self.tr("The young person sees this before sending."),
            )
        )

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        choices = (
            ("", self.tr("No alert")),
            ("ntfy", self.tr("ntfy (a free phone app for alerts)")),
            ("webhook", self.tr("A web address that accepts messages (webhook)")),
        )
        for kind, text in choices:
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            column.addWidget(button)
        self.ntfy_help = paragraph(
            self.tr(
                "Install the ntfy app on your phone and subscribe to a long topic name that "
                "nobody could guess: anyone who knows the name can read the alerts. Paste "
                "the topic address here, for example https://ntfy.sh/your-long-secret-name."
            ),
            "hint",
        )
        self.webhook_help = paragraph(
            self.tr(
                'SafeHelper sends the message as {"text": "..."} to this address. Chat '
                "apps call this an incoming webhook."
            ),
            "hint",
        )
        column.addWidget(self.ntfy_help)
        column.addWidget(self.webhook_help)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://")
        self.url_row = labelled(
            self.tr("Address:"),
            self.url_edit,
            self.tr("Kept in this computer's keyring, not in a file."),
        )
        column.addWidget(self.url_row)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the alert settings"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Send a test"))
        self.test_button.setAccessibleName(self.tr("Send a test alert now"))
        self.test_button.setToolTip(self.tr("Sends a test message that says nobody needs help"))
        self.test_button.clicked.connect(self.send_test)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.status = status_label()
        column.addWidget(self.status)

        self.kind_group.buttonToggled.connect(lambda *_: self._show_kind())
        self.name_edit.textChanged.connect(self._update_preview)
        self.refresh()

    def kind(self) -> str:
        """The channel type chosen on screen ("" for none)."""
        return checked_key(self.kind_buttons, "")

    def has_changes(self) -> bool:
        """Whether what is on screen differs from what is saved."""
        s = self.ctx.settings
        return (
            self.kind() != s.alert_channel
            or bool(self.url_edit.text().strip())
            or " ".join(self.name_edit.text().split()) != s.alert_name
            or " ".join(self.recipient_edit.text().split()) != s.alert_recipient
        )

    def refresh(self) -> None:
        """Show the saved choices; the address itself stays in the keyring, never on screen."""
        s = self.ctx.settings
        self.name_edit.setText(s.alert_name)
        self.recipient_edit.setText(s.alert_recipient)
        self.kind_buttons.get(s.alert_channel, self.kind_buttons[""]).setChecked(True)
        self.url_edit.clear()
        self.url_edit.setPlaceholderText(
            self.tr("Saved. Paste a new address to change it.") if s.alert_channel else "https://"
        )
        self._show_kind()
        self._update_preview()

    def _show_kind(self) -> None:
        kind = self.kind()
        self.ntfy_help.setVisible(kind == "ntfy")
        self.webhook_help.setVisible(kind == "webhook")
        self.url_row.setVisible(bool(kind))
        self.test_button.setVisible(bool(kind))

    def _update_preview(self) -> None:
        name = " ".join(self.name_edit.text().split()) or self.tr("(name)")
        text = self.tr("The alert says exactly: \u201c{message}\u201d").format(
            message=alert.message_for(name)
        )
        self.preview.setText(text)
        self.preview.setAccessibleName(text)

    def save(self) -> bool:
        """Save the name, the recipient and the channel. True if everything was saved."""
        s = self.ctx.settings
        try:
            kind = self.kind()
            if kind:
                s.alert_name = alert.check_name(self.name_edit.text())
            else:
                s.alert_name = " ".join(self.name_edit.text().split())
            s.alert_recipient = " ".join(self.recipient_edit.text().split())
            url = self.url_edit.text().strip()
            if not kind:
                if s.alert_channel:
                    alert.disconnect(s)
            elif url:
                alert.connect(s, kind, url)
            elif alert.load_channel(s) is None:
                raise SafeHelperError("alert.address_missing")
            else:
                s.alert_channel = kind
            self.ctx.save_settings()
        except SafeHelperError as exc:
            show_status(self.status, describe(exc), error=True)
            return False
        self.refresh()
        show_status(self.status, self.tr("Saved. Nothing has been sent."))
        return True

    def send_test(self) -> None:
        """Save, then send the test message on a worker thread."""
        if not self.save():
            return
        channel = alert.load_channel(self.ctx.settings)
        if channel is None:
            show_status(self.status, self.tr("Please choose ntfy or a webhook first."), error=True)
            return
        self.test_button.setEnabled(False)
        show_status(self.status, self.tr("Sending a test\u2026"))
        self.job = send_job(
            channel, alert.TEST_MESSAGE, self.timeout, self._test_sent, self._test_failed, self
        )
        self.ctx.jobs.start(self.job)

    def _test_sent(self) -> None:
        self.job = None
        self.test_button.setEnabled(True)
        show_status(self.status, self.tr("Test sent. Check that it arrived on the phone."))

    def _test_failed(self, error: SafeHelperError) -> None:
        self.job = None
        self.test_button.setEnabled(True)
        self.test_button.setText(self.tr("Try again"))
        show_status(self.status, describe(error), error=True)
