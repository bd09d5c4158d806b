"""The incident details form: what happened, in the teen's own words, kept in the locker.

Every field is optional. A "Help me remember" list shows the questions police
and helplines ask; pressing one jumps to the field it is about. Saving writes
the details encrypted into the locker (a new record in its chain each time
something changed); closing the form saves too, so nothing typed is lost by
closing. Hide now (or the locker locking) closes the form at once and drops
what is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safehelper import incident
from safehelper.errors import SafeHelperError
from safehelper.locker import Locker

from .context import AppContext
from .error_text import describe
from .widgets import paragraph, section_title, show_status

FIELD_MAX_WIDTH = 760


class TextBox(QPlainTextEdit):
    """A text box a given number of lines high in its current font (so 200 % text fits)."""

    def __init__(self, name: str, hint: str, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setAccessibleName(name)
        self.setPlaceholderText(hint)
        self.setTabChangesFocus(True)
        self.setMaximumWidth(FIELD_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """Tall enough for ``lines`` lines of the font the style sheet gave it."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * self.lines
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        return QSize(hint.width(), height)


class ListEdit(TextBox):
    """A few lines of text, one entry per line (usernames, links, wallet addresses)."""

    def __init__(self, name: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(name, hint, 3, parent)

    def values(self) -> list[str]:
        """The non-empty lines."""
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_values(self, values: list[str]) -> None:
        """Show one entry per line."""
        self.setPlainText("\n".join(values))


class IncidentForm(QDialog):
    """The form. ``IncidentForm(ctx, locker, parent)``; the locker must be unlocked.

    ``clipboard_text`` is where "Copy a summary" puts its text (tests read it).
    """

    def __init__(self, ctx: AppContext, locker: Locker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locker = locker
        self.clipboard_text = ""
        self.setObjectName("incidentForm")
        self.setWindowTitle(self.tr("What happened"))
        self.setModal(True)
        self._saved = incident.Incident()
        self._close_anyway = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        heading = paragraph(
            self.tr("Write down what happened, as much as you can."), "dialogHeading"
        )
        heading.setContentsMargins(24, 16, 24, 4)
        outer.addWidget(heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(24, 4, 24, 16)
        self.column.setSpacing(12)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.column.addWidget(
            paragraph(
                self.tr(
                    "Every question is optional. Skip anything you don't know or don't want to "
                    "write. It stays locked in your evidence locker on this computer. It is only "
                    "shared if you export a pack for the police."
                ),
                "hint",
            )
        )
        self._build_memory_list()
        self._build_fields()
        outer.addWidget(self._build_buttons())

        self.load()
        ctx.locker.locked.connect(self.forget)
        self._attached = True
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self._fit_to_screen(parent)

    # ------------------------------------------------------------ building

    def _build_memory_list(self) -> None:
        box = QFrame()
        box.setObjectName("panel")
        column = QVBoxLayout(box)
        column.setContentsMargins(16, 12, 16, 12)
        self.memory_toggle = QPushButton(self.tr("Help me remember: show questions police ask"))
        self.memory_toggle.setCheckable(True)
        self.memory_toggle.setAccessibleName(self.tr("Help me remember"))
        self.memory_toggle.setToolTip(self.tr("Show or hide the list of questions"))
        column.addWidget(self.memory_toggle)
        self.memory_list = QWidget()
        rows = QVBoxLayout(self.memory_list)
        rows.setContentsMargins(0, 6, 0, 0)
        rows.addWidget(paragraph(incident.memory_intro()))
        self.prompt_buttons: dict[str, QPushButton] = {}
        for prompt in incident.memory_prompts():
            button = QPushButton(prompt.text)
            button.setObjectName("promptButton")
            button.setAccessibleName(prompt.text)
            button.setToolTip(self.tr("Go to the question this is about"))
            button.setProperty("field", prompt.field)
            button.clicked.connect(lambda _=False, f=prompt.field: self.focus_field(f))
            button.setStyleSheet("text-align: left;")
            self._wrap_button(button)
            rows.addWidget(button)
            self.prompt_buttons[prompt.id] = button
        self.memory_list.hide()
        column.addWidget(self.memory_list)
        self.memory_toggle.toggled.connect(self._toggle_memory)
        self.column.addWidget(box)

    def _toggle_memory(self, shown: bool) -> None:
        self.memory_list.setVisible(shown)
        self.memory_toggle.setText(
            self.tr("Hide the questions")
            if shown
            else self.tr("Help me remember: show questions police ask")
        )

    @staticmethod
    def _wrap_button(button: QPushButton) -> None:
        # A QPushButton cannot wrap its text; a wrapped label inside it can.
        text = button.text()
        button.setText("")
        label = QLabel(text, button)
        label.setWordWrap(True)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QHBoxLayout(button)
        inner.setContentsMargins(12, 6, 12, 6)
        inner.addWidget(label)
        button.setMinimumHeight(label.sizeHint().height() + 16)

    def _answer_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for value, label in (
            ("", self.tr("I'd rather not say, or skip")),
            (incident.YES, self.tr("Yes")),
            (incident.NO, self.tr("No")),
            (incident.NOT_SURE, self.tr("I'm not sure")),
        ):
            box.addItem(label, value)
        return box

    def _line(self, name: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(hint)
        edit.setMaximumWidth(FIELD_MAX_WIDTH)
        return edit

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        self.column.addLayout(form)
        return form

    def _build_fields(self) -> None:
        self.column.addWidget(section_title(self.tr("Where and who")))
        form = self._form()
        self.apps = ListEdit(
            self.tr("Apps or websites"), self.tr("For example: Instagram, then Snapchat")
        )
        form.addRow(self.tr("Which apps or websites? (one on each line)"), self.apps)
        self.usernames = ListEdit(
            self.tr("Their usernames"), self.tr("Copy it exactly, letter by letter")
        )
        form.addRow(self.tr("Their usernames (one on each line)"), self.usernames)
        self.profile_links = ListEdit(self.tr("Links to their profiles"), "https://")
        form.addRow(self.tr("Links to their profile pages"), self.profile_links)
        self.other_accounts = ListEdit(self.tr("Other accounts, phone numbers or emails"), "")
        form.addRow(
            self.tr("Any other accounts, phone numbers or emails they used"), self.other_accounts
        )
        self.contact_started = self._line(
            self.tr("When contact started"), self.tr("For example: 20 November, about 9 pm")
        )
        form.addRow(self.tr("When did they first contact you?"), self.contact_started)

        self.column.addWidget(section_title(self.tr("What they asked for")))
        form = self._form()
        self.demanded_money = self._answer_box(self.tr("Did they ask for money?"))
        form.addRow(self.tr("Did they ask for money?"), self.demanded_money)
        amount_row = QHBoxLayout()
        self.money_amount = self._line(self.tr("How much money"), self.tr("Amount"))
        self.currency = self._line(self.tr("Currency"), self.tr("Currency, like NZD"))
        amount_row.addWidget(self.money_amount, 2)
        amount_row.addWidget(self.currency, 1)
        form.addRow(self.tr("How much?"), amount_row)
        methods = QWidget()
        method_column = QVBoxLayout(methods)
        method_column.setContentsMargins(0, 0, 0, 0)
        self.method_boxes: dict[str, QCheckBox] = {}
        labels = {
            "bank_transfer": self.tr("Bank transfer"),
            "gift_cards": self.tr("Gift cards"),
            "crypto": self.tr("Cryptocurrency (like Bitcoin)"),
            "payment_app": self.tr("A payment app (like PayPal or Cash App)"),
            "other": self.tr("Something else"),
        }
        for key in incident.PAYMENT_METHODS:
            box = QCheckBox(labels[key])
            box.setAccessibleName(labels[key])
            method_column.addWidget(box)
            self.method_boxes[key] = box
        form.addRow(self.tr("How did they want it?"), methods)
        self.bank_details = self._line(
            self.tr("Bank account details they gave"), self.tr("Account name and number")
        )
        form.addRow(self.tr("Bank account details they gave"), self.bank_details)
        self.gift_card_details = self._line(
            self.tr("Gift cards they asked for"), self.tr("Which cards, and how much")
        )
        form.addRow(self.tr("Gift cards they asked for"), self.gift_card_details)
        self.crypto_wallets = ListEdit(
            self.tr("Crypto wallet addresses"), self.tr("Copy and paste the whole address")
        )
        form.addRow(self.tr("Crypto wallet addresses (one on each line)"), self.crypto_wallets)
        self.payment_app_handles = ListEdit(
            self.tr("Payment app names or handles"),
            self.tr("For example: PayPal, name@example.com"),
        )
        form.addRow(self.tr("Payment app names or handles"), self.payment_app_handles)
        self.demanded_images = self._answer_box(
            self.tr("Did they ask for more pictures or videos?")
        )
        form.addRow(self.tr("Did they ask for more pictures or videos?"), self.demanded_images)
        self.other_demands = self._line(self.tr("Anything else they asked for"))
        form.addRow(self.tr("Anything else they asked for?"), self.other_demands)

        self.column.addWidget(section_title(self.tr("What has happened since")))
        form = self._form()
        self.column.addWidget(
            paragraph(
                self.tr("It is OK if you paid or sent something. You are not in trouble."), "hint"
            )
        )
        self.paid = self._answer_box(self.tr("Did you pay anything?"))
        form.addRow(self.tr("Did you pay anything?"), self.paid)
        self.amount_paid = self._line(self.tr("How much you paid"), self.tr("Amount and currency"))
        form.addRow(self.tr("How much?"), self.amount_paid)
        self.paid_how = self._line(
            self.tr("How you paid and when"), self.tr("For example: 2 gift cards on 21 November")
        )
        form.addRow(self.tr("How, and when?"), self.paid_how)
        self.shared = self._answer_box(self.tr("Have they shared anything?"))
        form.addRow(self.tr("Have they shared anything, or said they did?"), self.shared)
        self.shared_where = self._line(
            self.tr("Where it was shared"), self.tr("Where, and who with (links if you have them)")
        )
        form.addRow(self.tr("Where?"), self.shared_where)

        self.column.addWidget(section_title(self.tr("In your own words")))
        self.account = TextBox(
            self.tr("What happened, in your own words"),
            self.tr("Write what happened, in any order. Short is fine."),
            7,
        )
        self.column.addWidget(self.account)

        self.field_widgets: dict[str, QWidget] = {
            "apps": self.apps,
            "usernames": self.usernames,
            "profile_links": self.profile_links,
            "other_accounts": self.other_accounts,
            "contact_started": self.contact_started,
            "demands": self.demanded_money,
            "payment": self.method_boxes["bank_transfer"],
            "paid": self.paid,
            "shared": self.shared,
            "account": self.account,
        }
        self._scroll_area = self.findChild(QScrollArea)

    def _build_buttons(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("walkthroughNav")
        column = QVBoxLayout(bar)
        column.setContentsMargins(24, 10, 24, 10)
        self.status = QLabel()
        self.status.setObjectName("formStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        column.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        column.addLayout(row)
        self.copy_button = QPushButton(self.tr("Copy a summary"))
        self.copy_button.setAccessibleName(self.tr("Copy a short summary for a police form"))
        self.copy_button.setToolTip(
            self.tr("Copy the answers as short text, to paste into a police or helpline form")
        )
        self.copy_button.clicked.connect(self.copy_summary)
        row.addWidget(self.copy_button)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryAction")
        self.save_button.setAccessibleName(self.tr("Save what you wrote"))
        self.save_button.setToolTip(self.tr("Save, locked in your evidence locker (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Save and close"))
        self.close_button.setToolTip(self.tr("Close this form. What you wrote is saved."))
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        return bar

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """As big as the window it opens over (or 90 % of the screen), never bigger."""
        window = parent.window() if parent is not None else None
        screen = (
            window.screen() if window is not None else None
        ) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width, height = int(area.width() * 0.9), int(area.height() * 0.9)
        if window is not None and window.isVisible():
            width, height = min(width, window.width() - 40), min(height, window.height() - 40)
        self.resize(min(980, width), height)

    # ------------------------------------------------------------ data

    def details(self) -> incident.Incident:
        """What the form holds now."""
        return incident.Incident(
            apps=self.apps.values(),
            usernames=self.usernames.values(),
            profile_links=self.profile_links.values(),
            other_accounts=self.other_accounts.values(),
            contact_started=self.contact_started.text(),
            demanded_money=str(self.demanded_money.currentData()),
            money_amount=self.money_amount.text(),
            currency=self.currency.text(),
            payment_methods=[k for k, box in self.method_boxes.items() if box.isChecked()],
            bank_details=self.bank_details.text(),
            gift_card_details=self.gift_card_details.text(),
            crypto_wallets=self.crypto_wallets.values(),
            payment_app_handles=self.payment_app_handles.values(),
            demanded_images=str(self.demanded_images.currentData()),
            other_demands=self.other_demands.text(),
            paid=str(self.paid.currentData()),
            amount_paid=self.amount_paid.text(),
            paid_how=self.paid_how.text(),
            shared=str(self.shared.currentData()),
            shared_where=self.shared_where.text(),
            account=self.account.toPlainText(),
        )

    def show_details(self, details: incident.Incident) -> None:
        """Fill the form from saved details."""
        self.apps.set_values(details.apps)
        self.usernames.set_values(details.usernames)
        self.profile_links.set_values(details.profile_links)
        self.other_accounts.set_values(details.other_accounts)
        self.contact_started.setText(details.contact_started)
        self.money_amount.setText(details.money_amount)
        self.currency.setText(details.currency)
        for key, box in self.method_boxes.items():
            box.setChecked(key in details.payment_methods)
        self.bank_details.setText(details.bank_details)
        self.gift_card_details.setText(details.gift_card_details)
        self.crypto_wallets.set_values(details.crypto_wallets)
        self.payment_app_handles.set_values(details.payment_app_handles)
        self.other_demands.setText(details.other_demands)
        self.amount_paid.setText(details.amount_paid)
        self.paid_how.setText(details.paid_how)
        self.shared_where.setText(details.shared_where)
        self.account.setPlainText(details.account)
        for answer, value in (
            (self.demanded_money, details.demanded_money),
            (self.demanded_images, details.demanded_images),
            (self.paid, details.paid),
            (self.shared, details.shared),
        ):
            answer.setCurrentIndex(max(0, answer.findData(value)))

    def load(self) -> None:
        """Show what was saved before (or an empty form)."""
        try:
            self._saved = incident.load(self.locker)
        except SafeHelperError as exc:
            self._show_status(describe(exc), error=True)
            return
        self.show_details(self._saved)

    def has_changes(self) -> bool:
        """Whether the form differs from what was last saved."""
        current = self.details()
        current.normalise()
        current.updated_at = self._saved.updated_at
        return current != self._saved

    def save(self) -> bool:
        """Save into the locker (only if something changed); True if it is saved."""
        if not self.has_changes():
            self._show_status(self.tr("Saved. It is locked in your evidence locker."))
            return True
        try:
            self._saved = incident.save(self.locker, self.details())
        except SafeHelperError as exc:
            self._show_status(describe(exc), error=True)
            return False
        self._show_status(self.tr("Saved. It is locked in your evidence locker."))
        return True

    def copy_summary(self) -> None:
        """Put a short plain-text summary on the clipboard, for a police or helpline form."""
        self.clipboard_text = incident.summary(self.details())
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.clipboard_text)
        self._show_status(self.tr("Copied. Paste it into the form with Ctrl+V."))

    def focus_field(self, name: str) -> None:
        """Jump to the field a "Help me remember" question is about."""
        widget = self.field_widgets.get(name)
        if widget is None:
            return
        if self._scroll_area is not None:
            self._scroll_area.ensureWidgetVisible(widget, 40, 80)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_status(self, text: str, error: bool = False) -> None:
        show_status(self.status, text, error)

    # ------------------------------------------------------------ closing

    def forget(self) -> None:
        """Hide now or the locker locked: close at once and drop what is on screen."""
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        for text in self.findChildren(QPlainTextEdit):
            text.clear()
        self._saved = self.details()
        self._detach()
        self.hide()
        self.deleteLater()

    def _detach(self) -> None:
        if self._attached:
            self._attached = False
            self.ctx.locker.locked.disconnect(self.forget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc does not close the form: Esc twice is Hide now, and typing must not be lost."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing saves what was typed (unless the locker is already locked).

        If saving fails (a full disk), the form stays open once with the reason;
        a second Close closes it anyway, so nobody is ever trapped in it.
        """
        if (
            self.locker.is_unlocked
            and not self._close_anyway
            and self.has_changes()
            and not self.save()
        ):
            self._close_anyway = True
            self.status.setText(
                self.status.text() + " " + self.tr("Press Close again to close without saving.")
            )
            event.ignore()
            return
        self._detach()
        super().closeEvent(event)


def open_for_locker(parent: QWidget, ctx: AppContext, locker: Locker) -> IncidentForm:
    """Open the form from the locker page (which passes itself and its unlocked locker)."""
    form = IncidentForm(ctx, locker, parent)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.open()
    return form
