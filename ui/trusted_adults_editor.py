"""Trusted adults in setup and settings: add, change and remove them, each saved at once.

The same editor serves the setup step and the settings page; the people it
saves are the ones the young person sees with Call, Text and Email buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehelper import family
from safehelper.errors import SafeHelperError

from .context import AppContext
from .error_text import describe
from .widgets import (
    discard,
    labelled,
    paragraph,
    section_title,
    show_status,
    status_label,
)


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
