"""The questions SafeHelper asks in a window of their own: yes or no, and where to save.

One yes/no question whose safe answer is the default, one way to ask where to
save a file, and saving a PDF there off the GUI thread. Apart from the small
widgets (:mod:`.widgets`) because the first window asks nothing: Qt's message box
and file dialog classes load when a page that asks is first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .error_text import describe
from .jobs import Job, JobRegistry

# (parent, dialog title, suggested path) -> chosen path, or "" if cancelled.
# Pages and dialogs keep one as an attribute, so tests can answer for the person.
AskPath = Callable[[QWidget, str, str], str]
# (title, text, yes label) -> True to go ahead.
Confirm = Callable[[str, str, str], bool]


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
