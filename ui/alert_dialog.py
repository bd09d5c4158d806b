"""*Tell my trusted adult now*: confirm the exact words, then send them once.

Nothing is sent when the dialog opens. It shows the message word for word and
who gets it; only the Send button sends. Sending is a job in the app's registry,
so the window never freezes and quitting waits for the (time-limited) request;
a failure is a plain sentence with Try again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safehelper import alert
from safehelper.errors import SafeHelperError

from .context import AppContext
from .error_text import describe
from .jobs import Job
from .widgets import paragraph


def send_job(
    channel: alert.Channel,
    message: str,
    timeout: float,
    on_sent: Callable[[], None],
    on_error: Callable[[SafeHelperError], None],
    owner: QObject,
) -> Job[None]:
    """A job that sends ``message`` once (bounded by ``timeout``: quitting waits for it)."""
    return Job(
        "alert",
        lambda _control: channel.send(message, timeout),
        lambda _none: on_sent(),
        on_error,
        owner=owner,
    )


class AlertDialog(QDialog):
    """Shows the exact message and who gets it; sends only when Send is pressed."""

    def __init__(
        self, ctx: AppContext, channel: alert.Channel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.channel = channel
        self.timeout = alert.DEFAULT_TIMEOUT
        self.job: Job[None] | None = None
        self.sent = False
        self.name = ctx.settings.alert_name or self.tr("Your child")
        self.wording = alert.HELP_NOW if ctx.needs_help_now else alert.HELP
        self.message = alert.message_for(self.name, self.wording)
        self.setWindowTitle(self.tr("Tell my trusted adult now"))
        self.setObjectName("alertDialog")
        self.setMinimumWidth(480)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(14)
        heading = paragraph(self.tr("Send this message now?"), "dialogHeading")
        column.addWidget(heading)
        # The young person chooses the words; nothing claims they are safe.
        column.addWidget(paragraph(self.tr("Choose the words:")))
        self.wording_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        for wording, label in (
            (alert.HELP, self.tr("I need help. Please talk to me soon.")),
            (alert.HELP_NOW, self.tr("I need help right now.")),
        ):
            choice = QRadioButton(label)
            choice.setChecked(wording == self.wording)
            choice.toggled.connect(lambda on, w=wording: self._choose(w) if on else None)
            group.addButton(choice)
            column.addWidget(choice)
            self.wording_buttons[wording] = choice
        column.addWidget(paragraph(self.tr("These exact words will be sent:")))
        self.message_label = paragraph(self.message, "alertMessage")
        column.addWidget(self.message_label)
        who = ctx.settings.alert_recipient or self.tr("the person who set up this alert")
        self.to_label = paragraph(
            self.tr("To: {who}, through {server}.").format(who=who, server=channel.host)
        )
        column.addWidget(self.to_label)
        column.addWidget(
            paragraph(
                self.tr("Nothing else is sent: not your evidence, and not what you looked at."),
                "hint",
            )
        )
        self.status = paragraph("", "formStatus")
        self.status.hide()
        column.addWidget(self.status)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel: do not send"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("primary")
        self.send_button.setAccessibleName(self.tr("Send this message now"))
        self.send_button.clicked.connect(self.send)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)
        column.addLayout(buttons)

    def _choose(self, wording: str) -> None:
        """Show the exact words for the chosen wording; they are what Send sends."""
        self.wording = wording
        self.message = alert.message_for(self.name, wording)
        self.message_label.setText(self.message)
        self.message_label.setAccessibleName(self.message)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("formError" if error else "formStatus")
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.show()

    def send(self) -> None:
        """Send the message shown, once."""
        if self.job is not None:
            return
        self.send_button.setEnabled(False)
        self._say(self.tr("Sending\u2026"))
        self.job = send_job(
            self.channel, self.message, self.timeout, self._sent, self._failed, owner=self
        )
        self.ctx.jobs.start(self.job)

    def _sent(self) -> None:
        self.job = None
        self.sent = True
        self._say(self.tr("Sent. They should come and talk to you soon. You did the right thing."))
        self.send_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setFocus()

    def _failed(self, error: SafeHelperError) -> None:
        self.job = None
        self._say(
            describe(error) + " " + self.tr("You can also call or text them yourself."), error=True
        )
        self.send_button.setText(self.tr("Try again"))
        self.send_button.setAccessibleName(self.tr("Try sending again"))
        self.send_button.setEnabled(True)
        self.send_button.setFocus()


def open_alert_dialog(ctx: AppContext, parent: QWidget | None = None) -> AlertDialog | None:
    """Open the confirmation dialog if an alert channel is set up; ``None`` if there is none.

    Raises :class:`SafeHelperError` if the keyring cannot be read (locked).
    """
    channel = alert.load_channel(ctx.settings)
    if channel is None:
        return None
    dialog = AlertDialog(ctx, channel, parent)
    dialog.open()
    return dialog
