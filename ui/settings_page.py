"""Settings: everything from setup, plus auto-lock, helpline updates and removing all data."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehelper import data_removal, helplines_update
from safehelper.errors import SafeHelperError
from safehelper.settings import Settings

from . import theme
from .context import AppContext
from .error_text import describe
from .family_forms import (
    AlertChannelEditor,
    AppearanceForm,
    AutostartForm,
    TrustedAdultsEditor,
)
from .jobs import Job
from .locker_holder import Access
from .page import Page
from .widgets import labelled, paragraph, section_title, show_status, status_label

log = logging.getLogger(__name__)

AUTO_LOCK_CHOICES = (1, 5, 10, 15, 30, 60)
CONFIRM_WORD = "DELETE"


def check_helplines(url: str) -> str:
    """Fetch a newer, signed helpline list from ``url``; one plain line saying what happened."""
    result = helplines_update.update_directory(url)
    return QCoreApplication.translate(
        "SettingsPage", "Updated the helpline list to version {version} ({services} services)."
    ).format(version=result.new_version, services=result.services)


class RemoveDataDialog(QDialog):
    """The last step before deleting everything: a plain warning and a typed DELETE."""

    removed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Remove SafeHelper's data"))
        self.setObjectName("setupDialog")
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        column.addWidget(
            paragraph(
                self.tr(
                    "This deletes everything SafeHelper keeps on this "
                    "computer. It cannot be undone."
                ),
                "dialogHeading",
            )
        )
        column.addWidget(
            paragraph(
                self.tr(
                    "That means the evidence locker and every screenshot in it, the trusted "
                    "adults, the alert, and all settings. The police or a school may still need "
                    "the evidence, so save an export first if there is any."
                )
            )
        )
        self.export_button = QPushButton(self.tr("Save an export first"))
        self.export_button.setAccessibleName(self.tr("Save an export of the evidence first"))
        self.export_button.clicked.connect(self.go_export)
        column.addWidget(self.export_button)
        self.confirm_edit = QLineEdit()
        column.addWidget(
            labelled(
                self.tr("To remove everything, type {word} below:").format(word=CONFIRM_WORD),
                self.confirm_edit,
            )
        )
        self.status = status_label()
        column.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel: keep everything"))
        self.cancel_button.clicked.connect(self.reject)
        self.remove_button = QPushButton(self.tr("Remove everything"))
        self.remove_button.setObjectName("danger")
        self.remove_button.setAccessibleName(self.tr("Remove all of SafeHelper's data now"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)
        self.confirm_edit.textChanged.connect(
            lambda text: self.remove_button.setEnabled(text.strip() == CONFIRM_WORD)
        )

    def go_export(self) -> None:
        """Close this and open the locker, where the export is."""
        self.reject()
        self.ctx.navigator.go("locker")

    def remove(self) -> None:
        """Lock, then delete SafeHelper's folders, keyring entries and start-at-login entry."""
        if self.confirm_edit.text().strip() != CONFIRM_WORD:
            return
        self.ctx.release_locker()
        try:
            data_removal.remove_all()
        except SafeHelperError as exc:
            show_status(self.status, describe(exc), error=True)
            return
        fresh = Settings()
        for f in dataclasses.fields(Settings):
            setattr(self.ctx.settings, f.name, getattr(fresh, f.name))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.ctx.settings)
        self.accept()
        self.removed.emit()
        self.ctx.navigator.go("home")


class SettingsPage(Page):
    """Every choice from setup, and the things only settings have."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Change how SafeHelper works on this computer."), parent)
        self.helpline_check: Callable[[str], str] = check_helplines
        self.checker: Job[str] | None = None
        self.remove_dialog: RemoveDataDialog | None = None
        add = self.body_layout.addWidget

        setup_row = QHBoxLayout()
        self.setup_button = QPushButton(self.tr("Run setup again"))
        self.setup_button.setAccessibleName(self.tr("Run setup again"))
        self.setup_button.clicked.connect(lambda: ctx.navigator.go("setup"))
        setup_row.addWidget(self.setup_button)
        setup_row.addStretch(1)
        self.body_layout.addLayout(setup_row)

        add(section_title(self.tr("Country, language and look")))
        self.appearance = AppearanceForm(ctx)
        add(self.appearance)

        add(section_title(self.tr("Locking")))
        self.auto_lock = QComboBox()
        for minutes in AUTO_LOCK_CHOICES:
            self.auto_lock.addItem(
                self.tr("After {minutes} minutes without use").format(minutes=minutes)
                if minutes > 1
                else self.tr("After 1 minute without use"),
                minutes,
            )
        self.auto_lock.currentIndexChanged.connect(self._auto_lock_changed)
        add(labelled(self.tr("Lock the evidence locker:"), self.auto_lock))
        self.locker_status = paragraph("", "hint")
        add(self.locker_status)

        add(section_title(self.tr("Start with the computer")))
        self.autostart = AutostartForm(ctx)
        add(self.autostart)

        add(section_title(self.tr("Trusted adults")))
        self.adults = TrustedAdultsEditor(ctx)
        add(self.adults)

        add(section_title(self.tr("Alert to a trusted adult")))
        self.alert = AlertChannelEditor(ctx)
        add(self.alert)

        add(section_title(self.tr("Helpline list")))
        add(
            paragraph(
                self.tr(
                    "SafeHelper never checks on its own. A new list is only used if "
                    "its signature shows it came from SafeHelper."
                ),
                "hint",
            )
        )
        self.update_url = QLineEdit()
        self.update_url.setPlaceholderText("https://")
        self.update_url.editingFinished.connect(self._url_changed)
        add(labelled(self.tr("Update address (if you were given one):"), self.update_url))
        check_row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check for helpline updates"))
        self.check_button.setAccessibleName(self.tr("Check for helpline updates now"))
        self.check_button.clicked.connect(self.check_updates)
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        self.body_layout.addLayout(check_row)
        self.check_status = status_label()
        add(self.check_status)

        danger = QFrame()
        danger.setObjectName("dangerZone")
        danger_column = QVBoxLayout(danger)
        danger_column.setContentsMargins(18, 14, 18, 14)
        danger_column.addWidget(
            section_title(self.tr("Remove SafeHelper's data from this computer"))
        )
        danger_column.addWidget(
            paragraph(
                self.tr(
                    "Deletes the evidence locker, the trusted adults, the alert and all "
                    "settings. It cannot be undone."
                )
            )
        )
        remove_row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove SafeHelper's data\u2026"))
        self.remove_button.setObjectName("danger")
        self.remove_button.setAccessibleName(self.tr("Remove SafeHelper's data from this computer"))
        self.remove_button.clicked.connect(self.open_remove_dialog)
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        danger_column.addLayout(remove_row)
        add(danger)
        self.body_layout.addStretch(1)
        self.on_shown()

    def on_shown(self) -> None:
        """Show the settings as they are now."""
        for form in (self.appearance, self.autostart, self.adults, self.alert):
            form.refresh()
        self.auto_lock.blockSignals(True)
        minutes = self.ctx.settings.auto_lock_minutes
        index = self.auto_lock.findData(minutes)
        if index < 0:
            self.auto_lock.addItem(
                self.tr("After {minutes} minutes without use").format(minutes=minutes), minutes
            )
            index = self.auto_lock.count() - 1
        self.auto_lock.setCurrentIndex(index)
        self.auto_lock.blockSignals(False)
        self.update_url.setText(self.ctx.settings.helplines_update_url)
        self._show_locker_status()

    def _show_locker_status(self) -> None:
        """How the locker opens, read through the app's one locker holder (never a copy)."""
        self.locker_status.setVisible(False)
        if self.ctx.locker.exists():
            self.ctx.locker.prepare(False, self._show_access, self._show_damage)

    def _show_access(self, access: Access) -> None:
        ways = []
        if access.has_device:
            ways.append(self.tr("this computer's keyring"))
        if access.has_passphrase:
            ways.append(self.tr("a passphrase"))
        self._say_locker(
            self.tr("The locker opens with: {ways}. To change this, go to Save evidence.").format(
                ways=self.tr(" or ").join(ways)
            )
        )

    def _show_damage(self, error: SafeHelperError) -> None:
        # A damaged locker must not take settings (and "Remove SafeHelper's data") with it.
        self._say_locker(describe(error))

    def _say_locker(self, text: str) -> None:
        self.locker_status.setText(text)
        self.locker_status.setVisible(bool(text))

    def _auto_lock_changed(self) -> None:
        self.ctx.settings.auto_lock_minutes = int(self.auto_lock.currentData())
        self.ctx.save_settings()

    def _url_changed(self) -> None:
        self.ctx.settings.helplines_update_url = self.update_url.text().strip()
        self.ctx.save_settings()

    def check_updates(self) -> None:
        """Check for a newer helpline list, only because the button was pressed."""
        self._url_changed()
        url = self.ctx.settings.helplines_update_url
        if not url:
            show_status(
                self.check_status,
                self.tr(
                    "There is no update address yet. The helpline list that came with SafeHelper "
                    "is used."
                ),
            )
            return
        self.check_button.setEnabled(False)
        show_status(self.check_status, self.tr("Checking\u2026"))
        check = self.helpline_check
        self.checker = Job(
            "helpline check",
            lambda _control: check(url),
            lambda message: self._checked(message, False),
            lambda error: self._checked(describe(error), True),
            owner=self,
        )
        self.ctx.jobs.start(self.checker)

    def _checked(self, message: str, error: bool) -> None:
        self.checker = None
        self.check_button.setEnabled(True)
        show_status(self.check_status, message, error=error)

    def open_remove_dialog(self) -> None:
        """Ask for the typed confirmation; nothing is deleted before it."""
        self.remove_dialog = RemoveDataDialog(self.ctx, self.window())
        self.remove_dialog.open()
