"""The locker page's smaller panels: the advice, progress with Cancel, and a plain summary.

Each panel only shows what it is given; the locker page decides what happens.
:func:`import_summary`, :func:`verify_summary` and :func:`recovery_summary` turn
the core's results into the words the summary panel shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safehelper import guidance
from safehelper.locker import ImportResult, VerifyReport
from safehelper.locker.recovery import RecoveryReport

from .error_text import describe
from .widgets import paragraph


def keys_text(key: QKeySequence.StandardKey) -> str:
    """A standard shortcut as this computer writes it: Ctrl+V on Windows and Linux, ⌘V on a Mac.

    Needs the application to exist (the platform decides the keys), so it is asked late.
    """
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def named_button(text: str, name: str, tip: str) -> QPushButton:
    """A button with its screen-reader name and a tooltip that says its keys."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


class EvidenceGuide(QFrame):
    """ "What should I save?": the walkthrough's own save-evidence step, checked and sourced."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceGuide")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        step = next(s for s in guidance.load_guidance().steps if s.id == "save_evidence")
        title = QLabel(self.tr("What should I save?"))
        title.setObjectName("choiceTitle")
        column.addWidget(title)
        for block in step.paragraphs:
            column.addWidget(paragraph(block.text))
        for block in step.checklist:
            column.addWidget(paragraph("•  " + block.text))
        for block in step.after:
            column.addWidget(paragraph(block.text))
        self.close_button = named_button(
            self.tr("Got it"),
            self.tr("Got it: hide this advice"),
            self.tr('Hide this advice. "What should I save?" brings it back.'),
        )
        self.close_button.clicked.connect(self.closed.emit)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)


class PanelStack(QWidget):
    """Panels on top of each other, only one shown, sized by the one shown.

    A QStackedWidget measures every panel (its height for a width is the
    largest of all), so a short panel such as the unlock form would scroll
    because the grid is tall. Hidden widgets do not count in a box layout.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._panels: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, panel: QWidget) -> None:
        """Add a panel; the first one added is shown."""
        self._panels.append(panel)
        self._layout.addWidget(panel, 1)
        if self._current is None:
            self._current = panel
        else:
            panel.hide()

    def setCurrentWidget(self, panel: QWidget) -> None:
        """Show ``panel`` and hide the others."""
        if panel is self._current:
            panel.show()
            return
        self._current = panel
        for other in self._panels:
            if other is not panel:
                other.hide()
        panel.show()

    def currentWidget(self) -> QWidget | None:
        """The panel on show."""
        return self._current


class ProgressPanel(QWidget):
    """A sentence, a progress bar and (for an import) Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.label = paragraph("")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = named_button(
            self.tr("Cancel"),
            self.tr("Cancel adding pictures"),
            self.tr("Stop adding pictures. Those already added stay saved."),
        )
        self.cancel_button.clicked.connect(self._cancel)
        column.addWidget(self.label)
        column.addWidget(self.bar)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)

    def start(self, text: str, can_cancel: bool) -> None:
        """Show ``text`` and a busy bar until the first progress report."""
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(can_cancel)
        self.cancel_button.setEnabled(True)

    def show_progress(self, done: int, total: int) -> None:
        """``done`` of ``total``, as a bar and in words."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(self.tr("{done} of {total}").format(done=done, total=total))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after this picture..."))
        self.cancel_requested.emit()


class SummaryPanel(QWidget):
    """What happened, in plain words, a list of files that were not added, and OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.text = paragraph("")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setAccessibleName(self.tr("Files that were not added, and why"))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.done_button = named_button(
            self.tr("OK"),
            self.tr("OK, back to my saved pictures"),
            self.tr("Back to your saved pictures (Enter)"),
        )
        self.done_button.setDefault(True)
        self.paste_button = named_button(
            self.tr("Paste a picture"),
            self.tr("Paste a picture you copied"),
            self.tr("Paste the screenshot you copied ({keys})").format(
                keys=keys_text(QKeySequence.StandardKey.Paste)
            ),
        )
        self.recover_button = named_button(
            self.tr("Recover them"),
            self.tr("Recover the pictures that have no record"),
            self.tr("Add the pictures kept in quarantine back to your locker"),
        )
        column.addWidget(self.text)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.recover_button)
        row.addWidget(self.paste_button)
        row.addWidget(self.done_button)
        row.addStretch(1)
        column.addLayout(row)
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column.addWidget(self.filler, 1)

    def show_summary(self, text: str, lines: list[str], paste: bool, recover: bool) -> None:
        """Fill in the words and the list (hidden when empty); ``recover`` offers Recover them."""
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.list.clear()
        self.list.addItems(lines)
        self.list.setVisible(bool(lines))
        self.filler.setVisible(not lines)
        self.paste_button.setVisible(paste)
        self.recover_button.setVisible(recover)

    def clear(self) -> None:
        """Locking: nothing about the locker stays on screen."""
        self.list.clear()
        self.text.clear()


def import_summary(result: ImportResult[Any], waiting: bool = False) -> tuple[str, str, list[str]]:
    """(heading, text, one line per refused file) after an import, or after files came in.

    ``waiting``: the pictures went to the review queue, so nothing is saved yet.
    """
    saved = len(result.saved)
    if waiting:
        first = (
            QCoreApplication.translate(
                "LockerPage", "1 picture is waiting for you to look at it. Nothing is saved yet."
            )
            if saved == 1
            else QCoreApplication.translate(
                "LockerPage",
                "{count} pictures are waiting for you to look at them. Nothing is saved yet.",
            ).format(count=saved)
        )
    else:
        first = (
            QCoreApplication.translate("LockerPage", "1 picture was saved in your locker.")
            if saved == 1
            else QCoreApplication.translate(
                "LockerPage", "{count} pictures were saved in your locker."
            ).format(count=saved)
        )
    lines = [first]
    if result.cancelled:
        lines.append(
            QCoreApplication.translate(
                "LockerPage",
                "You stopped before the end. The pictures that came in before that are waiting.",
            )
            if waiting
            else QCoreApplication.translate(
                "LockerPage",
                "You stopped before the end. The pictures added before that are saved.",
            )
        )
    if result.failure is not None:
        lines.append(describe(result.failure))
    if result.refused:
        refused = len(result.refused)
        lines.append(
            QCoreApplication.translate("LockerPage", "1 file was not added:")
            if refused == 1
            else QCoreApplication.translate("LockerPage", "{count} files were not added:").format(
                count=refused
            )
        )
    return (
        QCoreApplication.translate("LockerPage", "Here is what came in.")
        if waiting
        else QCoreApplication.translate("LockerPage", "Here is what was added."),
        "\n".join(lines),
        [f"{r.name}: {describe(r.reason)}" for r in result.refused],
    )


def verify_summary(report: VerifyReport) -> tuple[str, str]:
    """(heading, text) after checking every record and picture."""
    if report.ok:
        return QCoreApplication.translate(
            "LockerPage", "Everything is intact."
        ), QCoreApplication.translate(
            "LockerPage",
            "Everything is intact. Every saved picture ({count} in all) is exactly as it was "
            "saved.",
        ).format(count=report.checked)
    text = (
        QCoreApplication.translate(
            "LockerPage", "Something in the locker does not match what was saved:"
        )
        + "\n"
        + (describe(report.finding) if report.finding is not None else "")
        + "\n\n"
        + QCoreApplication.translate(
            "LockerPage",
            "This can happen if the locker's files were changed or damaged on the "
            "disk. Don't delete anything. Tell the person helping you, or the police, "
            "when you give them your evidence.",
        )
    )
    return QCoreApplication.translate("LockerPage", "Something does not match."), text


def offers_recovery(report: VerifyReport) -> bool:
    """Whether the check found quarantined pictures that "Recover them" can add back."""
    return report.finding is not None and report.finding.code == "verify.pictures_without_record"


def recovery_summary(report: RecoveryReport) -> tuple[str, str, list[str]]:
    """(heading, text, one line per picture left in quarantine) after recovering pictures."""
    back = len(report.recovered) + len(report.already_there)
    lines = [
        QCoreApplication.translate("LockerPage", "1 picture is back in your locker.")
        if back == 1
        else QCoreApplication.translate(
            "LockerPage", "{count} pictures are back in your locker."
        ).format(count=back)
    ]
    if report.left:
        lines.append(
            QCoreApplication.translate(
                "LockerPage",
                "1 picture could not be opened. It stays in the locker's quarantine folder: "
                "nothing was deleted.",
            )
            if len(report.left) == 1
            else QCoreApplication.translate(
                "LockerPage",
                "{count} pictures could not be opened. They stay in the locker's quarantine "
                "folder: nothing was deleted.",
            ).format(count=len(report.left))
        )
    heading = (
        QCoreApplication.translate("LockerPage", "Your pictures are back.")
        if report.ok
        else QCoreApplication.translate("LockerPage", "Some pictures could not be recovered.")
    )
    return heading, "\n".join(lines), [f"{r.name}: {describe(r.reason)}" for r in report.left]
