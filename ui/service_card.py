"""A card for one helpline: what they do, whether they are open now, and big buttons.

Used by the help page and the crisis page. Most computers cannot place a call,
so every number is shown large under "Call from any phone", to be read off the
screen and dialled on a phone. "Call with this computer" and "Text with this
computer" appear only where an app for ``tel:``/``sms:`` links is registered
(``ctx.can_place``), and if opening one still fails the card says so. Every
button opens its URL through ``ctx.open_url``, which tests replace to see the
exact ``tel:``, ``sms:`` or ``https:`` URL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safehelper.helpline_hours import is_open
from safehelper.helpline_links import open_url, sms_url, tel_url
from safehelper.helplines import Channel, Service, Window

from .context import AppContext
from .flow_layout import FlowLayout
from .widgets import paragraph

COPIED_MS = 2500


def day_names() -> list[str]:
    """Short weekday names, Monday first, through the translator."""
    return [
        QCoreApplication.translate("ServiceCard", "Mon"),
        QCoreApplication.translate("ServiceCard", "Tue"),
        QCoreApplication.translate("ServiceCard", "Wed"),
        QCoreApplication.translate("ServiceCard", "Thu"),
        QCoreApplication.translate("ServiceCard", "Fri"),
        QCoreApplication.translate("ServiceCard", "Sat"),
        QCoreApplication.translate("ServiceCard", "Sun"),
    ]


def holiday_text(windows: tuple[Window, ...]) -> str:
    """ "public holidays 9:00–17:00", or "closed on public holidays"."""
    if not windows:
        return QCoreApplication.translate("ServiceCard", "closed on public holidays")
    window = windows[0]
    return QCoreApplication.translate("ServiceCard", "public holidays {opens}–{closes}").format(
        opens=f"{window.open // 60}:{window.open % 60:02d}",
        closes=f"{window.close // 60}:{window.close % 60:02d}",
    )


def hours_text(channel: Channel) -> str:
    """Weekly hours in the user's language and the service's time zone.

    Empty when the line is always open (the badge already says "Open 24/7") or
    when the service does not state its hours.
    """
    if channel.always_open or not channel.windows:
        return ""
    names = day_names()
    parts = []
    for window in channel.windows:
        days = [names[d] for d in window.days]
        run = list(window.days) == list(range(window.days[0], window.days[0] + len(days)))
        day_text = f"{days[0]}–{days[-1]}" if run and len(days) > 2 else ", ".join(days)
        opens = f"{window.open // 60}:{window.open % 60:02d}"
        closes = f"{window.close // 60}:{window.close % 60:02d}"
        parts.append(f"{day_text} {opens}–{closes}")
    if channel.holiday_windows is not None:
        parts.append(holiday_text(channel.holiday_windows))
    place = channel.timezone.rsplit("/", 1)[-1].replace("_", " ")
    return QCoreApplication.translate("ServiceCard", "{hours} ({place} time)").format(
        hours=", ".join(parts), place=place
    )


def number_text(channel: Channel) -> str:
    """What to dial or text, written the way the service writes it."""
    if channel.type == "text" and channel.keyword:
        return QCoreApplication.translate("ServiceCard", 'Text "{keyword}" to {number}').format(
            keyword=channel.keyword, number=channel.value
        )
    if channel.type == "text":
        return QCoreApplication.translate("ServiceCard", "Text {number}").format(
            number=channel.value
        )
    return channel.value


def link_text(channel: Channel) -> str:
    """Where a chat, website, form or email goes, so the user sees it before clicking."""
    if channel.type == "email":
        return channel.value
    host = urlsplit(channel.value).hostname or channel.value
    return host.removeprefix("www.")


def ages_text(service: Service) -> str:
    """The ages a service states, or "" if it states none."""
    if service.age_min is not None and service.age_max is not None:
        return QCoreApplication.translate("ServiceCard", "For ages {low} to {high}").format(
            low=service.age_min, high=service.age_max
        )
    if service.age_max is not None:
        return QCoreApplication.translate("ServiceCard", "For ages {high} and under").format(
            high=service.age_max
        )
    if service.age_min is not None:
        return QCoreApplication.translate("ServiceCard", "For ages {low} and over").format(
            low=service.age_min
        )
    return ""


def _button(text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    # Call, Text and Open stand out; Copy is the quieter second choice.
    button.setObjectName("cardCopy" if name == "copy" else "cardAction")
    button.setProperty("action", name)
    button.setAccessibleName(accessible)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ChannelRow(QWidget):
    """One way to reach the service: the number or link, its hours, and its buttons."""

    def __init__(
        self, ctx: AppContext, service: Service, index: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.channel = service.channels[index]
        self.buttons: dict[str, QPushButton] = {}
        channel = self.channel
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 6)
        column.setSpacing(4)

        self.how = QLabel()
        self.how.setObjectName("cardHow")
        self.how.setWordWrap(True)
        if channel.type == "call":
            self.how.setText(QCoreApplication.translate("ServiceCard", "Call from any phone:"))
        elif channel.type == "text":
            self.how.setText(QCoreApplication.translate("ServiceCard", "From any phone:"))
        self.how.setVisible(channel.type in ("call", "text"))
        column.addWidget(self.how)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.number = QLabel()
        self.badge = QLabel()
        self.badge.setObjectName("openBadge")
        if channel.type in ("call", "text"):
            self.number.setText(number_text(channel))
            self.number.setObjectName("cardNumber")
            self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.number.setAccessibleName(
                QCoreApplication.translate("ServiceCard", "{service}: {how} {number}").format(
                    service=service.name, how=self.how.text(), number=number_text(channel)
                )
            )
            top.addWidget(self.number)
        else:
            self.number.setText(link_text(channel))
            self.number.setObjectName("cardLink")
            self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.number.setAccessibleName(link_text(channel))
            top.addWidget(self.number)
        top.addWidget(self.badge)
        top.addStretch(1)
        column.addLayout(top)

        hours = hours_text(channel)
        self.hours = QLabel(hours)
        self.hours.setObjectName("cardHours")
        self.hours.setWordWrap(True)
        self.hours.setVisible(bool(hours))
        column.addWidget(self.hours)

        action_row = QWidget()
        actions = FlowLayout(action_row, spacing=10)
        name = service.name
        if channel.type in ("call", "text"):
            self._add_phone_button(actions, service)
        elif channel.type == "email":
            self._add(
                actions,
                "open",
                QCoreApplication.translate("ServiceCard", "Write an email"),
                QCoreApplication.translate("ServiceCard", "Write an email to {name}").format(
                    name=name
                ),
                lambda: self._open(open_url(channel)),
            )
        else:
            label = {
                "chat": QCoreApplication.translate("ServiceCard", "Open chat"),
                "report": QCoreApplication.translate("ServiceCard", "Open report form"),
                "web": QCoreApplication.translate("ServiceCard", "Open website"),
            }[channel.type]
            self._add(
                actions,
                "open",
                label,
                QCoreApplication.translate("ServiceCard", "{action}: {name}").format(
                    action=label, name=name
                ),
                lambda: self._open(open_url(channel)),
            )
        # Every number and address can also be copied, to dial or paste elsewhere.
        if channel.type in ("call", "text"):
            self._add(
                actions,
                "copy",
                QCoreApplication.translate("ServiceCard", "Copy number"),
                QCoreApplication.translate("ServiceCard", "Copy the number for {name}").format(
                    name=name
                ),
                self._copy,
            )
        elif channel.type == "email":
            self._add(
                actions,
                "copy",
                QCoreApplication.translate("ServiceCard", "Copy address"),
                QCoreApplication.translate(
                    "ServiceCard", "Copy the email address for {name}"
                ).format(name=name),
                self._copy,
            )
        column.addWidget(action_row)
        self.status = QLabel()
        self.status.setObjectName("formError")
        self.status.setWordWrap(True)
        self.status.hide()
        column.addWidget(self.status)

    def _add_phone_button(self, row: FlowLayout, service: Service) -> None:
        """Call or Text with this computer, only where an app is registered for the link.

        Otherwise there is no button: it would silently do nothing, and the large
        number above always works from any phone.
        """
        channel, name = self.channel, service.name
        if channel.type == "call" and self.ctx.can_place("tel"):
            self._add(
                row,
                "call",
                QCoreApplication.translate("ServiceCard", "Call with this computer"),
                QCoreApplication.translate(
                    "ServiceCard", "Call {name} on {number} with this computer"
                ).format(name=name, number=channel.value),
                lambda: self._open(tel_url(channel)),
            )
        elif channel.type == "text" and self.ctx.can_place("sms"):
            self._add(
                row,
                "text",
                QCoreApplication.translate("ServiceCard", "Text with this computer"),
                QCoreApplication.translate(
                    "ServiceCard", "Send a text to {name} with this computer"
                ).format(name=name),
                lambda: self._open(sms_url(channel)),
            )

    def _add(self, row: FlowLayout, action: str, text: str, accessible: str, slot: object) -> None:
        button = _button(text, action, accessible)
        button.clicked.connect(slot)
        self.buttons[action] = button
        row.addWidget(button)

    def _open(self, url: str) -> None:
        if self.ctx.open_url(QUrl(url)):
            self.status.hide()
            return
        if self.channel.type == "call":
            text = QCoreApplication.translate(
                "ServiceCard",
                "This computer could not start a call. Call {number} from any phone.",
            ).format(number=self.channel.value)
        elif self.channel.type == "text":
            text = QCoreApplication.translate(
                "ServiceCard",
                "This computer could not open a text message. Send it from any phone: {what}.",
            ).format(what=number_text(self.channel))
        else:
            text = QCoreApplication.translate(
                "ServiceCard",
                "This computer could not open {where}. Open it on a phone or another device.",
            ).format(where=link_text(self.channel))
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    def _copy(self) -> None:
        text = self.channel.value
        QGuiApplication.clipboard().setText(text)
        button = self.buttons["copy"]
        original = button.text()
        button.setText(QCoreApplication.translate("ServiceCard", "Copied"))
        # With the button as context, Qt drops the timer if the card is rebuilt meanwhile.
        QTimer.singleShot(COPIED_MS, button, lambda: button.setText(original))

    def refresh(self, now: datetime) -> None:
        """Update the open-now badge for this moment."""
        state = is_open(self.channel, now)
        if state is None:
            self.badge.setVisible(False)
            return
        if self.channel.always_open:
            text, name = QCoreApplication.translate("ServiceCard", "Open 24/7"), "alwaysBadge"
        elif state:
            text, name = QCoreApplication.translate("ServiceCard", "Open now"), "openBadge"
        else:
            text, name = QCoreApplication.translate("ServiceCard", "Closed now"), "closedBadge"
        self.badge.setText(text)
        self.badge.setAccessibleName(text)
        if self.badge.objectName() != name:
            self.badge.setObjectName(name)
            # Object-name rules in the stylesheet apply only after a re-polish.
            self.badge.style().unpolish(self.badge)
            self.badge.style().polish(self.badge)
        self.badge.setVisible(True)


class ServiceCard(QFrame):
    """A service's name, what it does, who it is for, and one row per channel."""

    def __init__(self, ctx: AppContext, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("serviceCard")
        self.setAccessibleName(service.name)
        self.setAccessibleDescription(service.description)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(4)
        title = QLabel(service.name)
        title.setObjectName("serviceName")
        title.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(paragraph(service.description))
        ages = ages_text(service)
        if ages:
            column.addWidget(paragraph(ages, "serviceAges"))
        self.rows = [ChannelRow(ctx, service, i) for i in range(len(service.channels))]
        for row in self.rows:
            column.addWidget(row)
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        """Recompute every open-now badge (the page calls this each time it is shown)."""
        moment = now or datetime.now(UTC)
        for row in self.rows:
            row.refresh(moment)

    def button(self, action: str, channel_type: str | None = None) -> QPushButton:
        """The first button for ``action`` (call, text, copy, open), optionally of one channel type.

        For tests and for keyboard focus; raises KeyError if the card has none.
        """
        for row in self.rows:
            if channel_type and row.channel.type != channel_type:
                continue
            if action in row.buttons:
                return row.buttons[action]
        raise KeyError(action)
