"""The small widgets every page builds from, so they look and read the same everywhere.

Paragraphs, headings, status lines, big buttons, framed panels, a labelled
field; one yes/no question whose safe answer is the default; one way to ask
where to save a file; one check that a new passphrase was typed the same twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .error_text import describe
from .jobs import Job, JobRegistry

# Fields wider than this are hard to read across on a big screen.
FIELD_MAX_WIDTH = 900

# (parent, dialog title, suggested path) -> chosen path, or "" if cancelled.
# Pages and dialogs keep one as an attribute, so tests can answer for the person.
AskPath = Callable[[QWidget, str, str], str]
# (title, text, yes label) -> True to go ahead.
Confirm = Callable[[str, str, str], bool]


def paragraph(text: str, object_name: str = "") -> QLabel:
    """A wrapping label for body text, readable by screen readers."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    if object_name:
        label.setObjectName(object_name)
    return label


def section_title(text: str) -> QLabel:
    """A bold sub-heading inside a page."""
    label = QLabel(text)
    label.setObjectName("formTitle")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def status_label(object_name: str = "formStatus") -> QLabel:
    """A wrapped line for "Saved" or a plain error, hidden until :func:`show_status`."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_status(label: QLabel, text: str, error: bool = False) -> None:
    """Show a status line, styled as an error when it is one, and read out by name."""
    label.setObjectName("formError" if error else "formStatus")
    label.setText(text)
    label.setAccessibleName(text)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))
    if text:
        # After the layout has made room for it: otherwise a line at the end of a
        # long form stays out of sight (under the setup's Back and Next bar).
        QTimer.singleShot(0, label, lambda: reveal(label))


def reveal(widget: QWidget) -> None:
    """Scroll the page that holds ``widget`` so that it is in view."""
    holder = widget.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    if isinstance(holder, QScrollArea) and widget.isVisible():
        holder.ensureWidgetVisible(widget)


def big_button(text: str, accessible: str, object_name: str = "bigButton") -> QPushButton:
    """A large, clearly named push button."""
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setAccessibleName(accessible)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


# Put before a chosen answer: chosen is shown by a shape, not by colour alone.
TICK = "\u2713  "


class AnswerButton(QPushButton):
    """One answer to a question: a tick and a filled background once it is chosen.

    Focus looks different (an outline, see style.qss), so the answer the keyboard
    is on is never mistaken for the one that was picked.
    """

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self._label = label
        self.setObjectName("answer")
        self.setAccessibleName(label)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggled.connect(self._mark)

    def _mark(self, chosen: bool) -> None:
        self.setText(TICK + self._label if chosen else self._label)

    def sizeHint(self) -> QSize:
        """As wide as with the tick, so choosing an answer never reflows the others."""
        hint = super().sizeHint()
        if not self.isChecked():
            hint.setWidth(hint.width() + self.fontMetrics().horizontalAdvance(TICK))
        return hint


def panel(title: str, object_name: str = "panel") -> tuple[QFrame, QVBoxLayout]:
    """A framed box with a bold title, for a guide, a service or a message."""
    frame = QFrame()
    frame.setObjectName(object_name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    layout.addWidget(paragraph(title, "panelTitle"))
    return frame, layout


def labelled(label_text: str, field: QWidget, help_text: str = "") -> QWidget:
    """A label above its field (easier to read at large text sizes than side by side)."""
    box = QWidget()
    box.setMaximumWidth(FIELD_MAX_WIDTH)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    label = QLabel(label_text)
    label.setWordWrap(True)
    label.setBuddy(field)
    column.addWidget(label)
    if help_text:
        column.addWidget(paragraph(help_text, "hint"))
    column.addWidget(field)
    if not field.accessibleName():
        field.setAccessibleName(label_text.rstrip(":"))
    return box


def checked_key(buttons: Mapping[str, QAbstractButton], default: str) -> str:
    """The key of the checked button in a group of choices, or ``default`` if none is."""
    return next((key for key, button in buttons.items() if button.isChecked()), default)


def discard(widget: QWidget) -> None:
    """Take a widget out of view at once; Qt deletes it later, when it is safe."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def confirm(parent: QWidget, title: str, text: str, yes_label: str, no_label: str = "") -> bool:
    """A clear yes/no question whose safe answer ("Cancel", or ``no_label``) is the default.

    The buttons say what they do, so nobody has to read the text to know which
    one deletes or uploads; Enter and Esc both give the safe answer.
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        no_label or QCoreApplication.translate("Widgets", "Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def documents_folder() -> Path:
    """The user's Documents folder (the home folder if the OS has none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


# Qt's own file dialog, not the OS one: it is a SafeHelper window, so Hide now can
# hide it at once (an OS dialog belongs to the OS and would stay on screen).
FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    """A "Save as" dialog, starting at ``suggested``, offering its kind of file.

    The filter follows the suggested name's ending ("PDF (*.pdf)", "ZIP (*.zip)").
    Returns "" when the person cancels (or Hide now hides it).
    """
    suffix = Path(suggested).suffix.lower()
    file_filter = f"{suffix[1:].upper()} (*{suffix})" if suffix else ""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, file_filter, options=FILE_DIALOG_OPTIONS
    )
    return path


def _make_and_save(make: Callable[[], bytes | bytearray], path: str) -> Path:
    # fpdf2 takes about a second to import: it must not load before the first paint,
    # and every page imports this module.
    from safehelper.pdf_document import save_pdf

    return save_pdf(make(), path)


def save_pdf_as(
    parent: QWidget,
    jobs: JobRegistry,
    ask: AskPath,
    title: str,
    file_name: str,
    make: Callable[[], bytes | bytearray],
    report: Callable[[str], None],
) -> Job[Path] | None:
    """Ask where (starting in Documents), then make and save the PDF on a worker thread.

    Making a guide's PDF takes about a second, too long for the window to
    freeze. ``make`` runs on the worker, so it must not touch widgets.
    ``report`` gets one line on the GUI thread: "Saved: <path>" or the calm
    reason it could not be saved. Returns the job, or ``None`` if cancelled.
    """
    # fpdf2 (with fontTools, Pillow and cryptography) takes longer to import than the whole
    # first window takes to appear: imported when a PDF is saved, never on the way there.

    path = ask(parent, title, str(documents_folder() / file_name))
    if not path:
        return None
    report(QCoreApplication.translate("Widgets", "Saving..."))
    return jobs.start(
        Job(
            "save a guide as PDF",
            lambda _control: _make_and_save(make, path),
            lambda saved: report(
                QCoreApplication.translate("Widgets", "Saved: {path}").format(path=str(saved))
            ),
            lambda error: report(describe(error)),
        )
    )


def passphrase_mismatch(first: str, again: str) -> str:
    """The calm message when a new passphrase was not typed the same twice, else ""."""
    if first == again:
        return ""
    return QCoreApplication.translate(
        "Widgets", "The two passphrases are not the same. Please type them again."
    )
