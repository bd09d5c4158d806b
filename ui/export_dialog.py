"""Save an evidence pack for the police: a plain warning, a place to save, progress, Cancel.

The pack is not encrypted, so the window says that first. The save dialog
starts in Documents, unless Documents is synced to a cloud service (OneDrive,
iCloud...), then in the home folder; whatever folder is chosen, a synced one
gets a warning and a second "yes" before anything is written there. The
export runs on a worker thread with a progress bar and Cancel, and a cancel
or a failure leaves nothing at the chosen path.

Tests replace ``ask_save_path`` (the file dialog) and ``confirm`` (the
cloud warning) on the instance.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safehelper import export, synced_folders
from safehelper.errors import SafeHelperError
from safehelper.locker import Locker

from .context import AppContext
from .dialogs import AskPath, Confirm, ask_save_path, confirm, documents_folder
from .error_text import describe
from .jobs import Job, JobControl
from .widgets import paragraph, show_status


def default_folder() -> Path:
    """Documents, unless a cloud service syncs it: never pick a synced folder silently."""
    documents = documents_folder()
    if documents.is_dir() and not synced_folders.synced_by(documents):
        return documents
    return Path.home()


class ExportDialog(QDialog):
    """``ExportDialog(ctx, locker, parent)``: the whole export, start to finish.

    ``item_ids`` limits the pack to some items (default: all that are not deleted).
    """

    finished_export = Signal(object)  # the ExportResult, also when cancelled

    def __init__(
        self,
        ctx: AppContext,
        locker: Locker,
        parent: QWidget | None = None,
        item_ids: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locker = locker
        self.item_ids = item_ids
        self.ask_save_path: AskPath = ask_save_path
        self.confirm: Confirm = self._ask
        self.job: Job[export.ExportResult] | None = None
        self.saved_path: Path | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Save a pack for the police"))
        self.setModal(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        column = QVBoxLayout(self.body)
        column.setContentsMargins(24, 16, 24, 8)
        column.setSpacing(12)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        column.addWidget(
            paragraph(self.tr("Save your evidence as one file for the police."), "dialogHeading")
        )
        count = len(item_ids) if item_ids is not None else locker.count()
        if count == 1:
            text = self.tr(
                "The pack will have your saved picture, what you wrote about "
                "what happened, and a report the police can print."
            )
        else:
            text = self.tr(
                "The pack will have your {count} saved pictures, what you wrote about "
                "what happened, and a report the police can print."
            ).format(count=count)
        self.count_label = paragraph(text)
        column.addWidget(self.count_label)

        warning = QFrame()
        warning.setObjectName("dangerZone")
        inner = QVBoxLayout(warning)
        inner.setContentsMargins(16, 12, 16, 12)
        self.warning_title = paragraph(
            self.tr("This file is not locked with a password."), "formTitle"
        )
        inner.addWidget(self.warning_title)
        self.warning_text = paragraph(
            self.tr(
                "Anyone who gets the file can see your screenshots and what you wrote. "
                "Keep it somewhere safe. Give it only to the police, or to someone who is "
                "helping you. Do not save it in a folder that uploads to the internet, like "
                "OneDrive, iCloud, Dropbox or Google Drive."
            )
        )
        inner.addWidget(self.warning_text)
        column.addWidget(warning)

        column.addStretch(1)

        # Status, progress and buttons stay in view below the scrolling text.
        buttons = QWidget()
        bottom = QVBoxLayout(buttons)
        bottom.setContentsMargins(24, 8, 24, 16)
        self.status = paragraph("", "formStatus")
        self.status.hide()
        bottom.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("How much of the pack is saved"))
        self.progress.setRange(0, 1)
        self.progress.hide()
        bottom.addWidget(self.progress)
        row = QHBoxLayout()
        bottom.addLayout(row)
        row.addStretch(1)
        self.show_button = QPushButton(self.tr("Show the file"))
        self.show_button.setAccessibleName(self.tr("Show the saved pack in its folder"))
        self.show_button.setToolTip(self.tr("Open the folder the pack was saved in"))
        self.show_button.clicked.connect(self.show_folder)
        self.show_button.hide()
        row.addWidget(self.show_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Stop saving the pack"))
        self.cancel_button.setToolTip(self.tr("Stop. Nothing is left half-saved. (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.close_button.setToolTip(self.tr("Close without saving a pack (Esc)"))
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        self.save_button = QPushButton(self.tr("Choose where to save…"))
        self.save_button.setObjectName("primaryAction")
        self.save_button.setAccessibleName(self.tr("Choose where to save the pack"))
        self.save_button.setToolTip(self.tr("Pick a folder and a name, then the pack is saved"))
        self.save_button.clicked.connect(self.choose_and_export)
        self.save_button.setDefault(True)
        row.addWidget(self.save_button)
        outer.addWidget(buttons)
        if count == 0:
            self.save_button.setEnabled(False)
            self._show_status(self.tr("There is nothing in the locker to save yet."))

        ctx.locker.locked.connect(self.forget)
        self._attached = True
        self._fit(parent, buttons)

    def _fit(self, parent: QWidget | None, buttons: QWidget) -> None:
        """Wide enough to read, tall enough for every word at 200 % text; scrolls past that."""
        window = parent.window() if parent is not None and parent.window().isVisible() else None
        screen = (
            window.screen() if window is not None else None
        ) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        room_w, room_h = int(area.width() * 0.9), int(area.height() * 0.9)
        if window is not None:
            room_w, room_h = min(room_w, window.width() - 40), min(room_h, window.height() - 40)
        width = min(room_w, max(760, self.fontMetrics().averageCharWidth() * 60))
        layout = self.body.layout()
        needed = (
            (layout.totalHeightForWidth(width) if layout is not None else 400)
            + buttons.sizeHint().height()
            + 48
        )
        self.resize(width, min(room_h, needed))

    # ------------------------------------------------------------ choosing

    def suggested_path(self) -> Path:
        """``<Documents>/SafeHelper evidence 2026-11-25.zip`` (or the home folder)."""
        return default_folder() / f"SafeHelper evidence {date.today().isoformat()}.zip"

    def choose_and_export(self) -> None:
        """Ask where, warn about a synced folder, then start the export."""
        chosen = self.ask_save_path(
            self, self.tr("Save the pack for the police"), str(self.suggested_path())
        )
        if not chosen:
            return
        destination = Path(chosen)
        if destination.suffix.lower() != ".zip":
            destination = destination.with_name(destination.name + ".zip")
        service = synced_folders.synced_by(destination.parent)
        if service and not self.confirm(
            self.tr("This folder uploads to {service}").format(service=service),
            self.tr(
                "This folder is synced with {service}. The pack would be copied to the "
                "internet, where it is not locked with a password. It is safer to "
                "choose a folder that is only on this computer, or a USB stick."
            ).format(service=service),
            self.tr("Save it there anyway"),
        ):
            self._show_status(self.tr("Nothing was saved. Choose another folder."))
            return
        self.start(destination)

    def _ask(self, title: str, text: str, yes_label: str) -> bool:
        return confirm(self, title, text, yes_label, self.tr("Choose another folder"))

    # ------------------------------------------------------------ working

    def start(self, destination: Path) -> None:
        """Export to ``destination`` as a job (the app waits for it at quit)."""
        if self.job is not None:
            return
        self.saved_path = None
        locker, item_ids = self.locker, self.item_ids

        def work(control: JobControl) -> export.ExportResult:
            return export.export_pack(
                locker,
                destination,
                item_ids=item_ids,
                progress=control.progress,
                cancelled=control.cancelled,
            )

        self.job = Job(
            "export",
            work,
            self._done,
            self._failed,
            on_progress=self._progressed,
            owner=self,
        )
        self.progress.setRange(0, 0)
        self.progress.show()
        self.save_button.hide()
        self.close_button.hide()
        self.show_button.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        self._show_status(self.tr("Saving the pack…"))
        self.ctx.jobs.start(self.job)

    def is_busy(self) -> bool:
        """True while the pack is being written."""
        return self.job is not None

    def cancel(self) -> None:
        """Stop the export; nothing is left at the chosen path."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._show_status(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total}").format(done=done, total=total))

    def _finish_job(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.save_button.show()

    def _done(self, result: export.ExportResult) -> None:
        self._finish_job()
        if result.cancelled:
            self._show_status(self.tr("Stopped. No pack was saved."))
        else:
            self.saved_path = result.path
            self._show_status(
                self.tr(
                    "Saved: {path}. The pack is not encrypted: keep it safe, and give it only "
                    "to the police or someone helping you."
                ).format(path=result.path)
            )
            self.show_button.show()
            self.save_button.setText(self.tr("Save another copy…"))
        self.finished_export.emit(result)

    def _failed(self, error: SafeHelperError) -> None:
        self._finish_job()
        self._show_status(describe(error) + " " + self.tr("No pack was saved."), error=True)

    def show_folder(self) -> None:
        """Open the folder that holds the saved pack."""
        if self.saved_path is not None:
            self.ctx.open_url(QUrl.fromLocalFile(str(self.saved_path.parent)))

    def _show_status(self, text: str, error: bool = False) -> None:
        show_status(self.status, text, error)

    # ------------------------------------------------------------ closing

    def forget(self) -> None:
        """Hide now or the locker locked: stop any export and close at once.

        The job removes its half-made pack itself; nothing here waits for it.
        """
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self._detach()
        self.hide()
        self.deleteLater()

    def _detach(self) -> None:
        if self._attached:
            self._attached = False
            self.ctx.locker.locked.disconnect(self.forget)

    def reject(self) -> None:
        """Esc while saving cancels the export; otherwise it closes the window."""
        if self.job is not None:
            self.cancel()
            return
        self._detach()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing while saving cancels; the job removes the half-made pack as it stops."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self._detach()
        super().closeEvent(event)


def open_for_locker(parent: QWidget, ctx: AppContext, locker: Locker) -> ExportDialog:
    """Open the export window from the locker page (which passes itself and its locker)."""
    dialog = ExportDialog(ctx, locker, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
