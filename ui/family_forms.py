"""The pieces of "Set up for my family", shared by the setup pages and the settings page.

Each form saves as soon as something changes, so a parent who stops half-way
(or a teen who presses Hide now) never loses what was already chosen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safehelper import alert, autostart, family
from safehelper.errors import SafeHelperError
from safehelper.region import countries, current_country
from safehelper.settings import TEXT_SCALES, THEMES

from . import theme
from .alert_dialog import send_job
from .context import AppContext
from .error_text import describe
from .i18n import SOURCE_LANGUAGE, translations_dir
from .jobs import Job
from .widgets import (
    discard,
    labelled,
    paragraph,
    section_title,
    show_status,
    status_label,
)

log = logging.getLogger(__name__)


def available_languages() -> list[str]:
    """English plus every language a translation file ships for."""
    codes = {SOURCE_LANGUAGE}
    folder = translations_dir()
    if folder.is_dir():
        for path in folder.glob("safehelper_*.qm"):
            codes.add(path.stem.removeprefix("safehelper_"))
    return sorted(codes)


def language_name(code: str) -> str:
    """A language's name in that language ("English", "Te Reo Māori", "Français")."""
    if code == SOURCE_LANGUAGE:
        return "English"
    name = QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


class AppearanceForm(QWidget):
    """Country, language, text size and theme; text size and theme apply at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)

        self.country_box = QComboBox()
        for country in countries().values():
            self.country_box.addItem(country.name, country.code)
        column.addWidget(
            labelled(
                self.tr("Country:"),
                self.country_box,
                self.tr("This chooses the emergency number and helplines."),
            )
        )

        self.language_box = QComboBox()
        for code in available_languages():
            self.language_box.addItem(language_name(code), code)
        self.language_box.setEnabled(self.language_box.count() > 1)
        column.addWidget(
            labelled(
                self.tr("Language:"),
                self.language_box,
                self.tr("A new language shows the next time SafeHelper opens."),
            )
        )

        self.text_box = QComboBox()
        for scale in TEXT_SCALES:
            self.text_box.addItem(self.tr("{percent} %").format(percent=scale), scale)
        column.addWidget(labelled(self.tr("Text size:"), self.text_box))

        self.theme_box = QComboBox()
        names = {
            "system": self.tr("Same as this computer"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for value in THEMES:
            self.theme_box.addItem(names[value], value)
        column.addWidget(labelled(self.tr("Colours:"), self.theme_box))
        self.refresh()
        for box in (self.country_box, self.language_box, self.text_box, self.theme_box):
            box.currentIndexChanged.connect(self._changed)

    def refresh(self) -> None:
        """Show what the settings say now (they may have changed on another page)."""
        s = self.ctx.settings
        pairs = (
            (self.country_box, current_country(s) or "NZ"),
            (self.language_box, s.language),
            (self.text_box, s.text_scale),
            (self.theme_box, s.theme),
        )
        for box, value in pairs:
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)

    def _changed(self) -> None:
        s = self.ctx.settings
        s.country = str(self.country_box.currentData())
        s.language = str(self.language_box.currentData())
        new_look = (int(self.text_box.currentData()), str(self.theme_box.currentData()))
        look_changed = new_look != (s.text_scale, s.theme)
        s.text_scale, s.theme = new_look
        self.ctx.save_settings()
        app = QApplication.instance()
        if look_changed and isinstance(app, QApplication):
            theme.apply(app, s)


class AutostartForm(QWidget):
    """One check box: start SafeHelper when this computer starts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Start SafeHelper when this computer starts"))
        self.check.setAccessibleName(self.tr("Start SafeHelper when this computer starts"))
        column.addWidget(self.check)
        column.addWidget(
            paragraph(
                self.tr(
                    "It opens when you sign in, so it is ready if it is needed. You can turn "
                    "this off here at any time."
                ),
                "hint",
            )
        )
        self.status = status_label()
        column.addWidget(self.status)
        self.refresh()
        self.check.toggled.connect(self._toggled)

    def refresh(self) -> None:
        """Show whether start-at-login is really on (the OS entry, not only the setting)."""
        self.check.blockSignals(True)
        self.check.setChecked(self.ctx.settings.autostart and autostart.is_enabled())
        self.check.blockSignals(False)

    def _toggled(self, on: bool) -> None:
        try:
            if on:
                autostart.enable()
            else:
                autostart.disable()
        except SafeHelperError as exc:
            show_status(self.status, describe(exc), error=True)
            self.refresh()
            return
        self.ctx.settings.autostart = on
        self.ctx.save_settings()
        show_status(self.status, "")


class AdultRow(QFrame):
    """One saved trusted adult, with Edit and Remove."""

    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(
        self, index: int, adult: family.TrustedAdult, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adultRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        text = adult.contact_text()
        label = paragraph(text)
        row.addWidget(label, 1)
        edit = QPushButton(self.tr("Edit"))
        edit.setAccessibleName(self.tr("Edit {name}").format(name=adult.name))
        edit.clicked.connect(lambda: self.edit_requested.emit(index))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove {name}").format(name=adult.name))
        remove.clicked.connect(lambda: self.remove_requested.emit(index))
        row.addWidget(edit)
        row.addWidget(remove)
        self.edit_button = edit
        self.remove_button = remove


class TrustedAdultsEditor(QWidget):
    """Add, change and remove trusted adults; every change is saved at once."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing: int | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(6)
        column.addLayout(self.list_box)
        self.rows: list[AdultRow] = []
        self.empty_label = paragraph(self.tr("No trusted adults yet."), "hint")
        column.addWidget(self.empty_label)

        self.form_title = section_title(self.tr("Add a trusted adult"))
        column.addWidget(self.form_title)
        self.name_edit = QLineEdit()
        self.relationship_edit = QLineEdit()
        self.relationship_edit.setPlaceholderText(self.tr("For example: Aunt, coach"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email_edit = QLineEdit()
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        grid = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(labelled(self.tr("Name:"), self.name_edit))
        left.addWidget(labelled(self.tr("Phone (for calls and texts):"), self.phone_edit))
        right.addWidget(labelled(self.tr("Who they are:"), self.relationship_edit))
        right.addWidget(labelled(self.tr("Email:"), self.email_edit))
        grid.addLayout(left, 1)
        grid.addLayout(right, 1)
        column.addLayout(grid)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Add this person"))
        self.save_button.setAccessibleName(self.tr("Add this person"))
        self.save_button.clicked.connect(self.save_form)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel editing"))
        self.cancel_button.clicked.connect(self.clear_form)
        self.cancel_button.hide()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.status = status_label()
        column.addWidget(self.status)
        for edit in (self.name_edit, self.relationship_edit, self.phone_edit, self.email_edit):
            edit.returnPressed.connect(self.save_form)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the settings."""
        for row in self.rows:
            discard(row)
        self.rows = []
        adults = family.trusted_adults(self.ctx.settings)
        for index, adult in enumerate(adults):
            row = AdultRow(index, adult)
            row.edit_requested.connect(self.start_edit)
            row.remove_requested.connect(self.remove)
            self.list_box.addWidget(row)
            row.show()  # at once, not at the next turn of the event loop
            self.rows.append(row)
        self.empty_label.setVisible(not adults)

    def has_typed_text(self) -> bool:
        """Whether the form holds details that were typed but not yet added."""
        return any(
            edit.text().strip()
            for edit in (self.name_edit, self.relationship_edit, self.phone_edit, self.email_edit)
        )

    def start_edit(self, index: int) -> None:
        """Fill the form with one person's details to change them."""
        adult = family.trusted_adults(self.ctx.settings)[index]
        self.editing = index
        self.name_edit.setText(adult.name)
        self.relationship_edit.setText(adult.relationship)
        self.phone_edit.setText(adult.phone)
        self.email_edit.setText(adult.email)
        self.form_title.setText(self.tr("Change {name}'s details").format(name=adult.name))
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes"))
        self.cancel_button.show()
        self.name_edit.setFocus()

    def clear_form(self) -> None:
        """Empty the form and go back to adding a new person."""
        self.editing = None
        for edit in (self.name_edit, self.relationship_edit, self.phone_edit, self.email_edit):
            edit.clear()
        self.form_title.setText(self.tr("Add a trusted adult"))
        self.save_button.setText(self.tr("Add this person"))
        self.save_button.setAccessibleName(self.tr("Add this person"))
        self.cancel_button.hide()

    def save_form(self) -> bool:
        """Check what was typed and add or change the person; say plainly what is wrong."""
        adults = family.trusted_adults(self.ctx.settings)
        try:
            adult = family.make_adult(
                self.name_edit.text(),
                self.relationship_edit.text(),
                self.phone_edit.text(),
                self.email_edit.text(),
            )
            if self.editing is None:
                adults.append(adult)
            else:
                adults[self.editing] = adult
            family.set_trusted_adults(self.ctx.settings, adults)
            self.ctx.save_settings()
        except SafeHelperError as exc:
            show_status(self.status, describe(exc), error=True)
            return False
        show_status(self.status, self.tr("Saved {name}.").format(name=adult.name))
        self.clear_form()
        self.refresh()
        self.changed.emit()
        return True

    def remove(self, index: int) -> None:
        """Remove one person from the list."""
        adults = family.trusted_adults(self.ctx.settings)
        gone = adults.pop(index)
        family.set_trusted_adults(self.ctx.settings, adults)
        self.ctx.save_settings()
        show_status(self.status, self.tr("Removed {name}.").format(name=gone.name))
        self.clear_form()
        self.refresh()
        self.changed.emit()


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
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return ""

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


class NoSurveillancePanel(QFrame):
    """What SafeHelper does not do: in a parent's words, or in the young person's."""

    def __init__(self, for_teen: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promisePanel")
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        column.addWidget(section_title(self.tr("What SafeHelper does not do")))
        self.lines_box = QVBoxLayout()
        column.addLayout(self.lines_box)
        self.parent_lines = (
            self.tr(
                "It does not monitor your child. It does not read their messages or track "
                "what they do online."
            ),
            self.tr(
                "It takes no hidden screenshots and records nothing in secret. It only saves "
                "what your child chooses to save."
            ),
            self.tr(
                "It sends you no reports. It never shows you what your child saved, read or "
                "did in SafeHelper, unless they choose to share it."
            ),
            self.tr("The locker passphrase belongs to your child. Please don't ask for it."),
            self.tr(
                "The alert only sends one short message, and only when your child presses "
                "the button and confirms."
            ),
            self.tr(
                "Young people ask for help sooner when they know they will not be watched "
                "or punished."
            ),
        )
        self.teen_lines = (
            self.tr(
                "It does not watch you and does not tell anyone what you save, read or do in it."
            ),
            self.tr("It takes no hidden screenshots. It only saves what you choose to save."),
            self.tr("Your passphrase is yours. You don't have to tell anyone."),
            self.tr("Nothing is sent anywhere unless you press a button that says so."),
        )
        self.labels: list[QLabel] = []
        self.set_for_teen(for_teen)

    def set_for_teen(self, for_teen: bool) -> None:
        """Speak to the young person instead of the parent (when the teen runs setup)."""
        for label in self.labels:
            discard(label)
        lines = self.teen_lines if for_teen else self.parent_lines
        self.labels = [paragraph("\u2022 " + line) for line in lines]
        for label in self.labels:
            self.lines_box.addWidget(label)
