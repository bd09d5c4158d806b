"""Opening the locker, or making it the first time, in plain words.

The locker page shows this whenever the locker is locked: nothing else of the
locker is on screen then. :class:`UnlockPanel` only collects what the person
types; :class:`UnlockFlow` hands it to the app's locker holder, which does the
work off the GUI thread (scrypt takes a moment).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehelper import keychain
from safehelper.errors import SafeHelperError

from .error_text import describe
from .jobs import Job
from .locker_holder import Access, LockerHolder
from .widgets import paragraph, passphrase_mismatch


class UnlockPanel(QWidget):
    """Passphrase prompt, "open" button for the device key, or the create form."""

    unlock_with_device = Signal()
    unlock_with_passphrase = Signal(str)
    # passphrase, use this computer's keyring, whether a passphrase was asked for
    create_requested = Signal(str, bool, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.creating = False
        self.keyring_ok = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.intro = paragraph("")
        column.addWidget(self.intro)

        self.device_button = QPushButton(self.tr("Open my locker"))
        self.device_button.setAccessibleName(self.tr("Open my locker with this computer's key"))
        self.device_button.setToolTip(
            self.tr("Open the locker with the key kept on this computer (Enter)")
        )
        self.device_button.clicked.connect(self.unlock_with_device.emit)
        column.addWidget(self.device_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.want_passphrase = QCheckBox(
            self.tr(
                "Also protect it with a passphrase (a good idea if other people use this computer)"
            )
        )
        self.want_passphrase.setAccessibleName(self.tr("Also protect the locker with a passphrase"))
        self.want_passphrase.toggled.connect(self._update_fields)
        column.addWidget(self.want_passphrase)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.passphrase_label = QLabel(self.tr("Passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Type the passphrase again"))
        self.repeat.returnPressed.connect(self._submit)
        self.repeat_label = QLabel(self.tr("Type it again:"))
        self.repeat_label.setBuddy(self.repeat)
        for field in (self.passphrase, self.repeat):
            field.setMaximumWidth(field.fontMetrics().averageCharWidth() * 48)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        column.addLayout(form)

        self.submit_button = QPushButton(self.tr("Open"))
        self.submit_button.setObjectName("primary")
        self.submit_button.setAccessibleName(self.tr("Open the locker with this passphrase"))
        self.submit_button.clicked.connect(self._submit)
        column.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.message = paragraph("")
        self.message.setObjectName("problem")
        self.message.setVisible(False)
        column.addWidget(self.message)
        column.addStretch(1)

    def show_create(self, keyring_ok: bool, reason: str) -> None:
        """The first time: make a locker, with the keyring if it is safe, else a passphrase."""
        self.creating = True
        self.keyring_ok = keyring_ok
        if keyring_ok:
            self.intro.setText(
                self.tr(
                    "Your saved screenshots go in a locker that only you can open. It is kept "
                    "locked on this computer, with a key kept safely by the computer itself."
                )
            )
        else:
            self.intro.setText(
                reason
                + "\n\n"
                + self.tr(
                    "So you need a passphrase to lock your evidence. Choose one you will remember: "
                    "a short sentence works well. Nobody can open the locker without it, not even "
                    "us, so don't lose it."
                )
            )
        self.intro.setAccessibleName(self.intro.text())
        self.device_button.setVisible(False)
        self.want_passphrase.setVisible(keyring_ok)
        self.want_passphrase.setChecked(False)
        self.submit_button.setText(self.tr("Create my locker"))
        self.submit_button.setAccessibleName(self.tr("Create my evidence locker"))
        self.submit_button.setToolTip(self.tr("Create the locker (Enter)"))
        self.set_message("")
        self._clear_fields()
        self._update_fields()

    def show_unlock(self, has_device: bool, has_passphrase: bool, message: str = "") -> None:
        """The locker exists and is locked: offer each way it can be opened."""
        self.creating = False
        if has_passphrase:
            self.intro.setText(self.tr("Your locker is locked. Type your passphrase to open it."))
        else:
            self.intro.setText(self.tr("Your locker is locked."))
        self.intro.setAccessibleName(self.intro.text())
        self.device_button.setVisible(has_device)
        self.want_passphrase.setVisible(False)
        self.submit_button.setText(self.tr("Open"))
        self.submit_button.setAccessibleName(self.tr("Open the locker with this passphrase"))
        self.submit_button.setToolTip(self.tr("Open the locker (Enter)"))
        self._show_passphrase(has_passphrase, repeat=False)
        self.submit_button.setVisible(has_passphrase)
        self.set_message(message)
        self._clear_fields()
        if has_passphrase:
            self.passphrase.setFocus()
        elif has_device:
            self.device_button.setFocus()

    def _update_fields(self) -> None:
        if self.creating:
            needed = not self.keyring_ok or self.want_passphrase.isChecked()
            self._show_passphrase(needed, repeat=True)

    def _show_passphrase(self, visible: bool, repeat: bool) -> None:
        for widget in (self.passphrase, self.passphrase_label):
            widget.setVisible(visible)
        for widget in (self.repeat, self.repeat_label):
            widget.setVisible(visible and repeat)

    def set_message(self, text: str) -> None:
        """Show a plain problem under the form (or hide it when empty)."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        """While the locker is being opened or made, the buttons wait."""
        for widget in (self.submit_button, self.device_button, self.passphrase, self.repeat):
            widget.setEnabled(not busy)
        if busy:
            self.set_message(self.tr("One moment..."))

    def _submit(self) -> None:
        if self.creating:
            needed = not self.keyring_ok or self.want_passphrase.isChecked()
            text = self.passphrase.text() if needed else ""
            mismatch = passphrase_mismatch(text, self.repeat.text()) if needed else ""
            if mismatch:
                self.set_message(mismatch)
                self._clear_fields()
                self.passphrase.setFocus()
                return
            self.create_requested.emit(text, self.keyring_ok, needed)
            return
        if self.passphrase.isVisible() or self.passphrase.text():
            self.unlock_with_passphrase.emit(self.passphrase.text())

    def _clear_fields(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def forget(self) -> None:
        """Locking: nothing typed stays in a field."""
        self._clear_fields()
        self.set_message("")


class UnlockFlow(QObject):
    """What the unlock panel's buttons do: ask the app's locker holder, show its answer.

    Opening and unlocking run as jobs (the index is read, the keyring asked,
    scrypt run), so the panel waits with "One moment..." meanwhile. When the
    locker unlocks the holder says so to every page; this only reports problems.
    """

    def __init__(
        self,
        holder: LockerHolder,
        panel: UnlockPanel,
        set_heading: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.holder = holder
        self.panel = panel
        self._set_heading = set_heading
        panel.unlock_with_device.connect(self._unlock_with_device)
        panel.unlock_with_passphrase.connect(self._unlock_with_passphrase)
        panel.create_requested.connect(self._create)

    def show_locked(self, try_device: bool) -> None:
        """The create form, or the unlock form once the locker's ways in are known."""
        self.panel.forget()
        if not self.holder.exists():
            self._set_heading(self.tr("Make a private locker for your evidence."))
            self.panel.set_busy(True)
            # The first look at the keyring asks the desktop over D-Bus (a third of a second).
            self.holder.jobs.start(
                Job(
                    "keyring check",
                    lambda _control: keychain.backend_status(),
                    self._keyring_known,
                    self._access_failed,
                    owner=self,
                )
            )
            return
        self._set_heading(self.tr("Open your locker to save or see evidence."))
        self.panel.show_unlock(False, False)  # no way in is offered before it is known
        self.panel.set_busy(True)
        self.holder.prepare(try_device, self._access_ready, self._access_failed)

    def show_ways_in(self) -> None:
        """After a lock: the ways in as read when it was opened (Hide now must not wait)."""
        self.panel.forget()
        if self.holder.session.is_open:
            access = self.holder.access
            self.panel.show_unlock(access.has_device, access.has_passphrase)
        self._set_heading(self.tr("Open your locker to save or see evidence."))

    def _keyring_known(self, status: keychain.BackendStatus) -> None:
        self.panel.set_busy(False)
        self.panel.show_create(status.secure, describe(status.reason))

    def _access_ready(self, access: Access) -> None:
        self.panel.set_busy(False)
        if not access.unlocked:
            self.panel.show_unlock(access.has_device, access.has_passphrase, access.message)

    def _access_failed(self, error: SafeHelperError) -> None:
        # A damaged locker: say so and offer nothing that cannot work; other pages still open.
        self.panel.set_busy(False)
        self._set_heading(self.tr("Your locker could not be opened."))
        self.panel.show_unlock(False, False, describe(error))

    def _unlock_with_device(self) -> None:
        self.panel.set_busy(True)
        self.holder.unlock_with_device(self._unlock_failed)

    def _unlock_with_passphrase(self, passphrase: str) -> None:
        self.panel.set_busy(True)
        self.holder.unlock_with_passphrase(passphrase, self._unlock_failed)

    def _unlock_failed(self, error: SafeHelperError) -> None:
        self.panel.set_busy(False)
        self.panel.forget()
        self.panel.set_message(describe(error))
        self.panel.passphrase.setFocus()

    def _create(self, passphrase: str, use_device: bool, with_passphrase: bool) -> None:
        self.panel.set_busy(True)
        self.holder.create(
            passphrase if with_passphrase else None,
            use_device,
            lambda: self.panel.set_busy(False),
            self._unlock_failed,
        )
