"""Setup's locker step: how the evidence locker will open, and making it as chosen.

A family with one shared login needs a passphrase the young person keeps; with
separate logins this computer's keyring is enough. The locker is made through
the app's locker holder, off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safehelper import keychain
from safehelper.errors import SafeHelperError
from safehelper.keyslots import MIN_PASSPHRASE_CHARS

from .context import AppContext
from .error_text import describe
from .jobs import Job
from .widgets import (
    checked_key,
    labelled,
    paragraph,
    passphrase_mismatch,
    show_status,
    status_label,
)


class LockerProtectionForm(QWidget):
    """How the evidence locker is unlocked: this computer's keyring, or the teen's passphrase.

    Making the locker (scrypt, the keyring, fsync) runs as a job of the app's
    locker holder; ``ready`` says when it is made, so setup can go on.
    """

    ready = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._creating = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(
            paragraph(
                self.tr(
                    "The evidence locker keeps screenshots of threats locked (encrypted) on this "
                    "computer."
                )
            )
        )
        column.addWidget(
            paragraph(
                self.tr(
                    "If everyone in the family uses one shared login on this computer, choose a "
                    "passphrase that the young person keeps to themselves. If each person has "
                    "their own login, this computer's keyring is enough: only someone signed in "
                    "as this user can open the locker."
                )
            )
        )
        self.exists_label = paragraph(
            self.tr(
                "The locker is already set up on this computer. It can be changed on the "
                "Save evidence page."
            ),
            "formStatus",
        )
        column.addWidget(self.exists_label)
        self.insecure_label = paragraph("", "formError")
        column.addWidget(self.insecure_label)
        self.choice_group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        options = (
            (
                "device",
                self.tr(
                    "Only on this computer account: anyone who can sign in to this account "
                    "can open it (fine if each person has their own login)"
                ),
            ),
            (
                "passphrase",
                self.tr(
                    "Only with the young person's passphrase: asked every time it opens "
                    "(the right choice if the family shares one login)"
                ),
            ),
            ("later", self.tr("Decide later, when the first evidence is saved")),
        )
        self.choice_box = QWidget()
        choice_column = QVBoxLayout(self.choice_box)
        choice_column.setContentsMargins(0, 0, 0, 0)
        for key, text in options:
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self.choice_group.addButton(button)
            self.choices[key] = button
            choice_column.addWidget(button)
        column.addWidget(self.choice_box)
        self.passphrase_box = QWidget()
        pass_column = QVBoxLayout(self.passphrase_box)
        pass_column.setContentsMargins(24, 0, 0, 0)
        self.parent_note = paragraph(
            self.tr(
                "Let the young person type it themselves. Don't ask for it and don't write "
                "it down for them: it is theirs."
            ),
            "hint",
        )
        pass_column.addWidget(self.parent_note)
        pass_column.addWidget(
            paragraph(
                self.tr(
                    "If the passphrase is forgotten, nobody can open the evidence: not the young "
                    "person, not you, not us. There is no way to reset it."
                ),
                "formTitle",
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        pass_column.addWidget(
            labelled(
                self.tr(
                    "Passphrase (at least {count} characters, a short sentence is best):"
                ).format(count=MIN_PASSPHRASE_CHARS),
                self.passphrase,
            )
        )
        pass_column.addWidget(labelled(self.tr("Type it again:"), self.repeat))
        column.addWidget(self.passphrase_box)
        self.status = status_label()
        column.addWidget(self.status)
        self.choice_group.buttonToggled.connect(lambda *_: self._update())
        ctx.locker.locked.connect(self.clear_passphrase)
        self.refresh()

    def clear_passphrase(self) -> None:
        """Forget a half-typed passphrase (Hide now and closing call this)."""
        self.passphrase.clear()
        self.repeat.clear()

    def locker_exists(self) -> bool:
        """Whether a locker is already on this computer (then setup leaves it alone)."""
        return self.ctx.locker.exists()

    def refresh(self) -> None:
        """Show the choices that fit the locker's state; the keyring's answer follows.

        The first look at the keyring asks the desktop over D-Bus (a third of a
        second), so it runs as a job; "this computer's keyring" waits, disabled.
        """
        exists = self.locker_exists()
        self.exists_label.setVisible(exists)
        self.choice_box.setVisible(not exists)
        self.choices["device"].setEnabled(False)
        if not self.choice_group.checkedButton():
            self.choices["later"].setChecked(True)
        self._update()
        self.ctx.jobs.start(
            Job(
                "keyring check",
                lambda _control: keychain.backend_status(),
                self._keyring_known,
                owner=self,
            )
        )

    def _keyring_known(self, status: keychain.BackendStatus) -> None:
        secure = status.secure
        self.choices["device"].setEnabled(secure)
        self.choices["device"].setVisible(secure)  # without a safe keyring: passphrase only
        if not secure:
            self.insecure_label.setText(
                self.tr(
                    "This computer has no safe place to keep the locker's key, so the locker needs "
                    "a passphrase."
                )
            )
            if self.choices["device"].isChecked() or not self.choice_group.checkedButton():
                self.choices["later"].setChecked(True)
        self.insecure_label.setVisible(not secure and not self.locker_exists())
        self._update()

    def choice(self) -> str:
        """ "device", "passphrase" or "later"."""
        return checked_key(self.choices, "later")

    def _update(self) -> None:
        wants_passphrase = self.choice() == "passphrase" and not self.locker_exists()
        self.passphrase_box.setVisible(wants_passphrase)
        self.parent_note.setVisible(self.ctx.settings.setup_by == "parent")

    def apply(self) -> bool:
        """True when setup can go on now; False while the locker is being made or if it failed.

        A failure shows a plain message; success shows "ready" and emits ``ready``.
        """
        choice = self.choice()
        if choice == "later" or self.locker_exists():
            return True
        if self._creating:
            return False
        passphrase: str | None = None
        if choice == "passphrase":
            passphrase = self.passphrase.text()
            mismatch = passphrase_mismatch(passphrase, self.repeat.text())
            if mismatch:
                show_status(self.status, mismatch, error=True)
                return False
        self._creating = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        show_status(self.status, self.tr("Making the locker\u2026"))
        self.ctx.locker.create(
            passphrase,
            choice == "device",
            self._created,
            self._create_failed,
            keep_open=False,
        )
        return False

    def _created(self) -> None:
        self._creating = False
        QApplication.restoreOverrideCursor()
        self.clear_passphrase()
        show_status(self.status, self.tr("The locker is ready."))
        self.refresh()
        self.ready.emit()

    def _create_failed(self, error: SafeHelperError) -> None:
        self._creating = False
        QApplication.restoreOverrideCursor()
        show_status(self.status, describe(error), error=True)
