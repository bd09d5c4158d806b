"""The evidence locker page: open it, save proof, and look through what was saved.

Everything here is a thin face on :class:`safehelper.locker.Locker`. Slow
locker work (opening with a passphrase, importing many files, checking
everything) runs on a worker thread and reports progress; the window stays
responsive. While the locker is locked only the unlock panel is shown, and
locking (Hide now, idle time-out, closing the window) drops every decrypted
picture, thumbnail and detail from the screen and from memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safehelper import guidance, keychain
from safehelper.errors import SafeHelperError
from safehelper.locker import ImportResult, Item, Locker, VerifyReport

from .capture import CaptureFlow, os_screenshot_route
from .context import AppContext
from .cover_editor import CoverEditor, Details
from .item_detail import ItemDetail
from .page import Page
from .thumbnail_model import ThumbnailDelegate, ThumbnailModel, local_time_text
from .unlock_panel import UnlockPanel
from .widgets import Confirm, confirm, paragraph

log = logging.getLogger(__name__)

IMAGE_FILTER = "Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.heic *.heif);;All files (*)"
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def keys_text(key: QKeySequence.StandardKey) -> str:
    """A standard shortcut as this computer writes it: Ctrl+V on Windows and Linux, ⌘V on a Mac.

    Needs the application to exist (the platform decides the keys), so it is asked late.
    """
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class Job(QThread):
    """Runs one slow locker call off the GUI thread and reports back by signals.

    ``work(progress, cancelled)`` gets a progress callback (it emits
    ``progressed``) and a function that says whether Cancel was pressed.
    """

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self, work: Callable[[Progress, Cancelled], object], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = False

    def cancel(self) -> None:
        """Ask the work to stop at the next file."""
        self._cancel = True

    def run(self) -> None:
        """Do the work; a plain error becomes ``failed``, never a crash."""
        try:
            result = self._work(
                lambda done, total: self.progressed.emit(done, total), lambda: self._cancel
            )
        except SafeHelperError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            log.warning("locker: background work failed (%s)", type(exc).__name__)
            self.failed.emit(
                QApplication.translate(
                    "Locker",
                    "Something went wrong. Your saved pictures are safe. Please try again.",
                )
            )
            return
        self.done.emit(result)


class IdleLock(QObject):
    """Locks after ``minutes()`` without a key press, click or scroll in any SafeHelper window."""

    def __init__(
        self, minutes: Callable[[], int], on_idle: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)

    def restart(self) -> None:
        """Start counting again from now (0 minutes means never lock)."""
        minutes = self._minutes()
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count; nothing is ever swallowed."""
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.restart()
        return False


def choose_files(parent: QWidget) -> list[str]:
    """The OS file picker, several files at once, starting in the Pictures folder."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    names, _filter = QFileDialog.getOpenFileNames(
        parent, QApplication.translate("Locker", "Choose screenshots to add"), start, IMAGE_FILTER
    )
    return list(names)


def _button(text: str, name: str, tip: str) -> QPushButton:
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
        self.close_button = _button(
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


class LockerPage(Page):
    """Page "locker": unlock, the grid, an item, the cover editor, progress and summaries.

    Attributes tests (and only tests) replace: ``choose_files_dialog(parent) ->
    [paths]`` and ``confirm(title, text, yes_label) -> bool``. ``folder`` is the
    locker folder (``None``: the usual place).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Save proof of the threats, safely."), parent)
        self.folder: Path | None = None
        self.locker: Locker | None = None
        self.choose_files_dialog: Callable[[QWidget], list[str]] = choose_files
        self.confirm: Confirm = lambda t, x, y: confirm(self, t, x, y)
        self.pending_capture = False
        self.guide_dismissed = False
        self.guide_wanted = False
        self._job: Job | None = None
        self._jobs: set[Job] = set()
        self._generation = 0
        self._ways_in = (False, True)  # (this computer's key, a passphrase)

        self.body_layout.setAlignment(Qt.AlignmentFlag(0))
        self.stack = PanelStack()
        self.body_layout.addWidget(self.stack, 1)

        self.unlock = UnlockPanel()
        self.unlock.unlock_with_device.connect(self._unlock_with_device)
        self.unlock.unlock_with_passphrase.connect(self._unlock_with_passphrase)
        self.unlock.create_requested.connect(self._create)
        self.stack.addWidget(self.unlock)

        self.grid_panel = self._build_grid_panel()
        self.stack.addWidget(self.grid_panel)

        self.detail = ItemDetail(lambda t, x, y: self.confirm(t, x, y))
        self.detail.back.connect(self.show_grid)
        self.detail.changed.connect(self._item_changed)
        self.detail.removed.connect(lambda _id: self.reload())
        self.detail.failed.connect(self._show_problem)
        self.stack.addWidget(self.detail)

        self.editor = CoverEditor()
        self.editor.saved.connect(self._saved)
        self.editor.discarded.connect(self.show_grid)
        self.stack.addWidget(self.editor)

        self.progress_panel = self._build_progress_panel()
        self.stack.addWidget(self.progress_panel)
        self.summary_panel = self._build_summary_panel()
        self.stack.addWidget(self.summary_panel)

        self.capture = CaptureFlow(self)
        self.capture.grabbed.connect(self._grabbed)
        self.capture.blank.connect(self._blank_grab)

        self.idle = IdleLock(lambda: ctx.settings.auto_lock_minutes, self._idle_timeout, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            app.aboutToQuit.connect(self._finish_threads)
        ctx.lock_hooks.append(self.lock_and_forget)
        ctx.release_hooks.append(self.close_locker)
        ctx.unlocked_locker = lambda: self.locker if self.is_unlocked() else None
        self.setAcceptDrops(True)
        self.stack.setCurrentWidget(self.unlock)

    # ------------------------------------------------------------ building

    def _build_grid_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)

        actions = QGridLayout()
        actions.setHorizontalSpacing(10)
        self.screenshot_button = _button(
            self.tr("Save a screenshot"),
            self.tr("Save a screenshot of the whole screen"),
            self.tr(
                "SafeHelper hides, takes a picture of the screen, and comes back (Ctrl+Shift+S)"
            ),
        )
        self.screenshot_button.setObjectName("primary")
        self.delay = QComboBox()
        self.delay.addItem(self.tr("Now"), 0)
        self.delay.addItem(self.tr("In 3 seconds"), 3)
        self.delay.addItem(self.tr("In 10 seconds"), 10)
        self.delay.setAccessibleName(self.tr("When to take the screenshot"))
        self.delay.setToolTip(self.tr("Wait a little, so you can bring the chat to the front"))
        self.paste_button = _button(
            self.tr("Paste a picture"),
            self.tr("Paste a picture you copied"),
            self.tr(
                "Save a screenshot you copied with your computer's screenshot tool (%1)"
            ).replace("%1", keys_text(QKeySequence.StandardKey.Paste)),
        )
        self.files_button = _button(
            self.tr("Choose files"),
            self.tr("Choose picture files to add"),
            self.tr(
                "Add screenshots saved as files, for example from your phone (%1). "
                "You can also drag files or a folder here."
            ).replace("%1", keys_text(QKeySequence.StandardKey.Open)),
        )
        actions.addWidget(self.screenshot_button, 0, 0)
        actions.addWidget(self.delay, 0, 1)
        actions.addWidget(self.paste_button, 0, 2)
        actions.addWidget(self.files_button, 0, 3)
        actions.setColumnStretch(4, 1)
        column.addLayout(actions)
        self.empty = paragraph(
            self.tr("Nothing is saved yet. When you save a screenshot, it shows up here.")
        )
        column.addWidget(self.empty)

        self.guide = EvidenceGuide()
        self.guide.closed.connect(self._dismiss_guide)
        column.addWidget(self.guide)

        self.notice = paragraph("", "notice")
        self.notice.setVisible(False)
        column.addWidget(self.notice)

        self.model = ThumbnailModel(parent=self)
        self.view = QListView()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(6)
        self.view.setWordWrap(False)
        self.view.setDragEnabled(False)
        self.view.setAcceptDrops(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = ThumbnailDelegate(self.view)
        self.delegate.update_size(self.view.fontMetrics())
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Saved pictures, newest first"))
        self.view.setToolTip(self.tr("Press Enter to open the picture"))
        self.view.setMinimumHeight(self.delegate.cell_size().height() + 24)
        self.view.activated.connect(self._open_index)
        column.addWidget(self.view, 1)
        # Takes the free space while there is no grid, so the rest stays together at the top.
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column.addWidget(self.filler, 1)

        more = QGridLayout()
        more.setHorizontalSpacing(10)
        self.guide_button = _button(
            self.tr("What should I save?"),
            self.tr("What should I save? Show the advice"),
            self.tr("What to save, and what never to save (F2)"),
        )
        self.guide_button.clicked.connect(self.show_guide)
        self.verify_button = _button(
            self.tr("Check everything is intact"),
            self.tr("Check everything in the locker is intact"),
            self.tr("Check that no saved picture was changed or damaged (Ctrl+K)"),
        )
        self.incident_button = _button(
            self.tr("Incident details"),
            self.tr("Write down the incident details"),
            self.tr("Write down what happened, who, and when (Ctrl+I)"),
        )
        self.export_button = _button(
            self.tr("Export for police"),
            self.tr("Export the evidence for the police"),
            self.tr("Make a pack of your evidence to give to the police (Ctrl+E)"),
        )
        self.show_deleted = QCheckBox(self.tr("Show deleted pictures"))
        self.show_deleted.setAccessibleName(self.tr("Show deleted pictures too"))
        self.show_deleted.setToolTip(
            self.tr("Show pictures you deleted, so you can bring them back")
        )
        # One row at normal text sizes; more rows as text grows, so nothing is cut off.
        columns = 5 if self.ctx.settings.text_scale <= 125 else 3
        for index, widget in enumerate(
            (
                self.guide_button,
                self.verify_button,
                self.incident_button,
                self.export_button,
                self.show_deleted,
            )
        ):
            more.addWidget(widget, index // columns, index % columns)
        more.setColumnStretch(columns, 1)
        column.addLayout(more)

        self.screenshot_button.clicked.connect(lambda: self.take_screenshot())
        self.paste_button.clicked.connect(self.paste)
        self.files_button.clicked.connect(self.choose_and_import)
        self.verify_button.clicked.connect(self.check_intact)
        self.incident_button.clicked.connect(self.open_incident_details)
        self.export_button.clicked.connect(self.open_export)
        self.show_deleted.toggled.connect(lambda _on: self.reload())
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+Shift+S", lambda: self.take_screenshot()),
            (QKeySequence.StandardKey.Paste, self.paste),
            (QKeySequence.StandardKey.Open, self.choose_and_import),
            ("Ctrl+K", self.check_intact),
            ("Ctrl+I", self.open_incident_details),
            ("Ctrl+E", self.open_export),
            ("F2", self.show_guide),
        ):
            QShortcut(QKeySequence(keys), panel, context=context).activated.connect(slot)
        return panel

    def _build_progress_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        self.progress_label = paragraph("")
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = _button(
            self.tr("Cancel"),
            self.tr("Cancel adding pictures"),
            self.tr("Stop adding pictures. Those already added stay saved."),
        )
        self.cancel_button.clicked.connect(self._cancel_job)
        column.addWidget(self.progress_label)
        column.addWidget(self.progress_bar)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return panel

    def _build_summary_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        self.summary_text = paragraph("")
        self.summary_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_list = QListWidget()
        self.summary_list.setWordWrap(True)
        self.summary_list.setSpacing(6)
        self.summary_list.setAccessibleName(self.tr("Files that were not added, and why"))
        self.summary_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.summary_done = _button(
            self.tr("OK"),
            self.tr("OK, back to my saved pictures"),
            self.tr("Back to your saved pictures (Enter)"),
        )
        self.summary_done.setDefault(True)
        self.summary_done.clicked.connect(self.show_grid)
        self.summary_paste = _button(
            self.tr("Paste a picture"),
            self.tr("Paste a picture you copied"),
            self.tr("Paste the screenshot you copied (%1)").replace(
                "%1", keys_text(QKeySequence.StandardKey.Paste)
            ),
        )
        self.summary_paste.clicked.connect(self.paste)
        column.addWidget(self.summary_text)
        column.addWidget(self.summary_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.summary_paste)
        row.addWidget(self.summary_done)
        row.addStretch(1)
        column.addLayout(row)
        self.summary_filler = QWidget()
        self.summary_filler.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
        )
        column.addWidget(self.summary_filler, 1)
        return panel

    # ------------------------------------------------------------ unlocking

    def is_unlocked(self) -> bool:
        """Whether the locker is open right now."""
        return self.locker is not None and self.locker.is_unlocked

    def on_shown(self) -> None:
        """Open the locker silently with this computer's key if possible, else ask."""
        if self.is_unlocked():
            if self.stack.currentWidget() is self.unlock:
                self.show_grid()
            return
        self.show_locked(try_device=True)

    def show_locked(self, try_device: bool) -> None:
        """The unlock (or create) panel, and nothing else of the locker."""
        self.stack.setCurrentWidget(self.unlock)
        self.unlock.forget()
        if not Locker.exists(self.folder):
            status = keychain.backend_status()
            self.set_heading(self.tr("Make a private locker for your evidence."))
            self.unlock.show_create(status.secure, status.reason)
            return
        self.set_heading(self.tr("Open your locker to save or see evidence."))
        try:
            if self.locker is None:
                self.locker = Locker.open(self.folder)
            has_device = self.locker.has_device_slot()
            has_passphrase = self.locker.has_passphrase_slot()
            self._ways_in = (has_device, has_passphrase)
        except SafeHelperError as exc:
            self.unlock.show_unlock(False, False, str(exc))
            return
        message = ""
        if try_device and has_device:
            try:
                self.locker.unlock_with_device()
            except SafeHelperError as exc:
                message = str(exc)
            else:
                self._opened()
                return
        self.unlock.show_unlock(has_device, has_passphrase, message)

    def _unlock_with_device(self) -> None:
        if self.locker is None:
            return
        try:
            self.locker.unlock_with_device()
        except SafeHelperError as exc:
            self.unlock.set_message(str(exc))
            return
        self._opened()

    def _unlock_with_passphrase(self, passphrase: str) -> None:
        locker = self.locker
        if locker is None:
            return
        self.unlock.set_busy(True)
        self._run(
            lambda _p, _c: locker.unlock_with_passphrase(passphrase),
            self._unlock_done,
            self._unlock_failed,
            show_progress=False,
        )

    def _unlock_done(self, _result: object) -> None:
        self.unlock.set_busy(False)
        self._opened()

    def _unlock_failed(self, message: str) -> None:
        self.unlock.set_busy(False)
        self.unlock.forget()
        self.unlock.set_message(message)
        self.unlock.passphrase.setFocus()

    def _create(self, passphrase: str, use_device: bool, with_passphrase: bool) -> None:
        folder = self.folder
        chosen = passphrase if with_passphrase else None
        self.unlock.set_busy(True)
        self._run(
            lambda _p, _c: Locker.create(folder, passphrase=chosen, use_device=use_device),
            self._created,
            self._unlock_failed,
            show_progress=False,
        )

    def _created(self, locker: object) -> None:
        self.unlock.set_busy(False)
        if isinstance(locker, Locker):
            self.locker = locker
            self._ways_in = (locker.has_device_slot(), locker.has_passphrase_slot())
            self._opened()

    def _opened(self) -> None:
        self.unlock.forget()
        self.idle.restart()
        self.reload()
        self.show_grid()
        if self.pending_capture:
            self.pending_capture = False
            self.take_screenshot(0)

    # ------------------------------------------------------------ locking

    def lock_and_forget(self) -> None:
        """Lock, and drop everything decrypted from the screen and memory."""
        self._generation += 1
        self.capture.cancel()
        self.pending_capture = False
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if self.locker is not None:
            self.locker.lock()
        self.model.clear()
        self.detail.clear()
        self.editor.forget()
        self.summary_list.clear()
        self.summary_text.clear()
        self.notice.clear()
        self.notice.setVisible(False)
        self.unlock.forget()
        self.idle.timer.stop()
        self.stack.setCurrentWidget(self.unlock)
        if self.locker is not None:
            # The ways in, as read when it was opened: asking the locker now could wait for
            # an import's current file, and Hide now must not wait.
            self.unlock.show_unlock(*self._ways_in)
        self.set_heading(self.tr("Open your locker to save or see evidence."))

    def close_locker(self) -> None:
        """Lock and close the locker's files, e.g. before SafeHelper's data is removed."""
        self.lock_and_forget()
        self._finish_threads()
        if self.locker is not None:
            self.locker.close()
            self.locker = None

    def _finish_threads(self) -> None:
        # Quitting locked the locker, so a running import or save stops at its next step;
        # wait for it, or Qt aborts the process for destroying a running thread.
        for job in list(self._jobs):
            job.cancel()
            job.wait(10_000)
        self.editor.wait_for_save(10_000)

    def _idle_timeout(self) -> None:
        if self.is_unlocked() and not self.capture.running:
            log.info("locker: locked after idle time")
            self.ctx.lock_all()

    # ------------------------------------------------------------ the grid

    def reload(self) -> None:
        """Read the list of items again (details only: thumbnails come when painted)."""
        if not self.is_unlocked() or self.locker is None:
            self.model.clear()
            return
        try:
            items = self.locker.items(include_deleted=self.show_deleted.isChecked())
        except SafeHelperError as exc:
            self._show_problem(str(exc))
            return
        self.model.read_thumbnail = self.locker.read_thumbnail
        self.model.set_items(items)
        self._update_empty()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)
        self.filler.setVisible(empty)
        self.guide.setVisible(self.guide_wanted or (empty and not self.guide_dismissed))

    def show_grid(self) -> None:
        """Back to the grid of saved pictures."""
        if not self.is_unlocked():
            self.show_locked(try_device=False)
            return
        self.detail.clear()
        self.set_heading(
            self.tr("Save proof of the threats: take a screenshot, paste one, or add files.")
        )
        self._update_empty()
        self.stack.setCurrentWidget(self.grid_panel)
        if self.view.isVisible():
            self.view.setFocus()
        else:
            self.screenshot_button.setFocus()

    def show_guide(self) -> None:
        """Open the "What should I save?" advice again."""
        self.guide_wanted = True
        self.guide.setVisible(True)
        self.guide.close_button.setFocus()

    def _dismiss_guide(self) -> None:
        self.guide_wanted = False
        self.guide_dismissed = True
        self.guide.setVisible(False)
        self.guide_button.setFocus()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def _show_problem(self, text: str) -> None:
        if self.stack.currentWidget() is self.grid_panel:
            self._show_notice(text)
            return
        self._show_summary(self.tr("Something went wrong."), text, [])

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid() or self.locker is None:
            return
        item = self.model.item_at(index.row())
        self.detail.locker = self.locker
        self.set_heading(self.tr("One saved picture and its details."))
        self.stack.setCurrentWidget(self.detail)
        self.detail.show_item(item)

    def _item_changed(self, item: object) -> None:
        if isinstance(item, Item):
            if item.deleted and not self.show_deleted.isChecked():
                self.reload()
            else:
                self.model.replace(item)

    # ------------------------------------------------------------ saving

    def take_screenshot(self, delay: int | None = None) -> None:
        """Hide SafeHelper, wait (now, 3 s, 10 s), grab every screen, come back with it."""
        if not self.is_unlocked() or self.capture.running:
            return
        seconds = int(self.delay.currentData()) if delay is None else delay
        self.capture.start(seconds, show_after=self.window())

    def capture_from_tray(self) -> None:
        """The tray's "Save a screenshot now": grab at once if open, else open first."""
        self.ctx.navigator.go("locker")
        if self.is_unlocked():
            self.take_screenshot(0)
            return
        self.pending_capture = True
        window = self.window()
        window.show()
        window.raise_()
        window.activateWindow()

    def _grabbed(self, image: QImage) -> None:
        self._open_editor(image, "screen")

    def _blank_grab(self) -> None:
        self._show_summary(
            self.tr("Use your computer's screenshot tool, then paste."),
            self.tr(
                "SafeHelper could not take a picture of the screen on this computer: it "
                "came out blank. Nothing was saved."
            )
            + "\n\n"
            + os_screenshot_route()
            + "\n\n"
            + self.tr("Then come back here and press Paste a picture (%1).").replace(
                "%1", keys_text(QKeySequence.StandardKey.Paste)
            ),
            [],
            paste=True,
        )

    def _open_editor(
        self,
        image: QImage,
        source: str,
        original_name: str = "",
        file_mtime: datetime | None = None,
    ) -> None:
        if not self.is_unlocked():
            return
        if (
            not self.editor.remembered.platform
            and not self.editor.remembered.username
            and self.model.rowCount() > 0
        ):
            newest = self.model.item_at(0)
            self.editor.remembered = Details(platform=newest.platform, username=newest.username)
        self.editor.store = self._store
        self.set_heading(self.tr("Cover anything private, then press Save."))
        self.stack.setCurrentWidget(self.editor)
        self.editor.open_image(image, source, original_name=original_name, file_mtime=file_mtime)

    def _store(self, data: bytes, details: Details, covered: bool) -> Item:
        locker = self.locker
        if locker is None:
            raise SafeHelperError(self.tr("The locker is locked. Open it first."))
        return locker.add_image(
            data,
            self.editor.source,
            note=details.note,
            platform=details.platform,
            username=details.username,
            original_name=self.editor.original_name,
            file_mtime=self.editor.file_mtime,
            covered=covered,
        )

    def _saved(self, item: object) -> None:
        if not isinstance(item, Item) or not self.is_unlocked():
            return
        if self.model.rowCount() == 0 or not self.show_deleted.isChecked():
            self.model.prepend(item)
        else:
            self.reload()
        self.guide_dismissed = True
        self.guide_wanted = False
        self.show_grid()
        when = local_time_text(item.captured_at)
        self._show_notice(self.tr("Saved in your locker at %1.").replace("%1", when))

    def paste(self) -> None:
        """Ctrl+V: a copied picture goes to the cover editor; copied files are imported."""
        if not self.is_unlocked():
            return
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QGuiApplication.clipboard().image()
            if not image.isNull():
                self._open_editor(image, "clipboard")
                return
        if mime is not None and mime.hasUrls():
            paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
            if paths:
                self.import_paths(paths)
                return
        self.show_grid()
        self._show_notice(
            self.tr(
                "There is no picture to paste yet. Take a screenshot with "
                "your computer's tool first."
            )
            + " "
            + os_screenshot_route()
        )

    def choose_and_import(self) -> None:
        """Pick one or more picture files and add them."""
        if not self.is_unlocked():
            return
        names = self.choose_files_dialog(self)
        if names:
            self.import_paths([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files and folders dragged in while the locker is open."""
        mime = event.mimeData()
        if self._accepts_files() and mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import dropped files, and every picture in dropped folders."""
        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if not paths or not self._accepts_files():
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    def _accepts_files(self) -> bool:
        # Not while a picture waits in the cover editor or other work runs: it would be lost
        # from view, or two jobs would race.
        return (
            self.is_unlocked()
            and self._job is None
            and self.stack.currentWidget() in (self.grid_panel, self.summary_panel, self.detail)
        )

    def import_paths(self, paths: list[Path]) -> None:
        """Add files (folders are walked) on a worker thread, with progress and Cancel."""
        locker = self.locker
        if locker is None or not self.is_unlocked() or self._job is not None:
            return
        self.progress_label.setText(self.tr("Adding your pictures to the locker..."))
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.set_heading(self.tr("Adding pictures. You can keep using SafeHelper."))
        self.stack.setCurrentWidget(self.progress_panel)
        self.cancel_button.setFocus()
        self._run(
            lambda progress, cancelled: locker.import_files(
                paths, progress=progress, cancelled=cancelled
            ),
            self._imported,
            self._job_failed,
        )

    def _imported(self, result: object) -> None:
        if not isinstance(result, ImportResult):
            return
        self.reload()
        saved = len(result.saved)
        if saved:
            self.guide_dismissed = True
        lines = [
            self.tr("1 picture was saved in your locker.")
            if saved == 1
            else self.tr("%1 pictures were saved in your locker.").replace("%1", str(saved))
        ]
        if result.cancelled:
            lines.append(
                self.tr("You stopped before the end. The pictures added before that are saved.")
            )
        if result.error:
            lines.append(result.error)
        if result.refused:
            refused = len(result.refused)
            lines.append(
                self.tr("1 file was not added:")
                if refused == 1
                else self.tr("%1 files were not added:").replace("%1", str(refused))
            )
        self._show_summary(
            self.tr("Here is what was added."),
            "\n".join(lines),
            [f"{r.name}: {r.reason}" for r in result.refused],
        )

    def check_intact(self) -> None:
        """Check every record and picture, on a worker thread, and say the result plainly."""
        locker = self.locker
        if locker is None or not self.is_unlocked() or self._job is not None:
            return
        self.progress_label.setText(self.tr("Checking every saved picture..."))
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setVisible(False)
        self.set_heading(self.tr("Checking your locker. This takes a moment."))
        self.stack.setCurrentWidget(self.progress_panel)
        self._run(
            lambda progress, _c: locker.verify(progress=progress), self._verified, self._job_failed
        )

    def _verified(self, report: object) -> None:
        if not isinstance(report, VerifyReport):
            return
        if report.ok:
            text = self.tr(
                "Everything is intact. Every saved picture (%1 in all) is exactly as it was saved."
            ).replace("%1", str(report.checked))
            title = self.tr("Everything is intact.")
        else:
            text = (
                self.tr("Something in the locker does not match what was saved:")
                + "\n"
                + report.problem
                + "\n\n"
                + self.tr(
                    "This can happen if the locker's files were changed or damaged on the "
                    "disk. Don't delete anything. Tell the person helping you, or the police, "
                    "when you give them your evidence."
                )
            )
            title = self.tr("Something does not match.")
        self._show_summary(title, text, [])

    def _job_failed(self, message: str) -> None:
        self.reload()
        self._show_summary(self.tr("Something went wrong."), message, [])

    def _show_summary(self, heading: str, text: str, lines: list[str], paste: bool = False) -> None:
        self.set_heading(heading)
        self.summary_text.setText(text)
        self.summary_text.setAccessibleName(text)
        self.summary_list.clear()
        self.summary_list.addItems(lines)
        self.summary_list.setVisible(bool(lines))
        self.summary_filler.setVisible(not lines)
        self.summary_paste.setVisible(paste)
        self.stack.setCurrentWidget(self.summary_panel)
        self.summary_done.setFocus()

    def _cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after this picture..."))

    def _run(
        self,
        work: Callable[[Progress, Cancelled], object],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
        show_progress: bool = True,
    ) -> None:
        """Start ``work`` on a thread; its results are dropped if the locker locked meanwhile."""
        job = Job(work)
        generation = self._generation
        if show_progress:
            self._job = job
            job.progressed.connect(self._progressed)

        def finish(handler: Callable[[Any], None], value: object) -> None:
            if self._job is job:
                self._job = None
            if generation == self._generation:
                handler(value)

        job.done.connect(lambda value: finish(on_done, value))
        job.failed.connect(lambda message: finish(on_failed, message))
        job.finished.connect(lambda: self._jobs.discard(job))
        self._jobs.add(job)
        job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(
            self.tr("%1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def is_busy(self) -> bool:
        """True while an import or a check runs."""
        return self._job is not None

    # ------------------------------------------------------------ other pages

    def open_incident_details(self) -> None:
        """Ctrl+I: the incident details form (what happened, who, when), kept in the locker."""
        if self.locker is not None and self.is_unlocked():
            from . import incident_form  # loaded when first needed, not at start-up

            incident_form.open_for_locker(self, self.locker)

    def open_export(self) -> None:
        """Ctrl+E: make the pack for the police (the export window warns it is not encrypted)."""
        if self.locker is not None and self.is_unlocked():
            # The PDF library behind the export takes about 0.3 s to load: only when asked.
            from . import export_dialog

            export_dialog.open_for_locker(self, self.locker)
