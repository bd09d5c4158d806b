"""The evidence locker page: open it, save proof, and look through what was saved.

The page is a face on the app's one :class:`~.locker_holder.LockerHolder`:
it asks the holder to open, unlock or create the locker and listens to its
``unlocked`` and ``locked`` signals. Slow locker work (opening, a passphrase,
importing many files, checking everything, saving from the cover editor) runs
as jobs in the app's registry and reports progress; the window stays
responsive. While the locker is locked only the unlock panel is shown, and
locking drops every decrypted picture, thumbnail and detail from the screen.
Pictures from outside (files, folders, paste, the phone) go through the review
queue first: :mod:`.review_flow` shows what waits. Screen grabs open in the
cover editor straight away.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QWidget

from safehelper.errors import SafeHelperError
from safehelper.locker import Item, Locker, VerifyReport
from safehelper.locker.recovery import RecoveryReport

from .capture import CaptureFlow, os_screenshot_route
from .context import AppContext
from .cover_editor import CoverEditor, Details
from .dialogs import Confirm, confirm
from .error_text import describe
from .incoming_pictures import FileDrop, pasted
from .item_detail import ItemDetail
from .jobs import Job, JobControl
from .locker_grid import GridPanel
from .locker_panels import (
    PanelStack,
    ProgressPanel,
    SummaryPanel,
    keys_text,
    offers_recovery,
    recovery_summary,
    verify_summary,
)
from .page import Page
from .review_flow import ReviewFlow, choose_files
from .thumbnail_model import ThumbnailModel, local_time_text
from .unlock_panel import UnlockFlow, UnlockPanel

log = logging.getLogger(__name__)

T = TypeVar("T")


class LockerPage(Page):
    """Page "locker": unlock, the grid, an item, the cover editor, progress and summaries.

    Attributes tests (and only tests) replace: ``choose_files_dialog(parent) ->
    [paths]`` and ``confirm(title, text, yes_label) -> bool``.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Save proof of the threats, safely."), parent)
        self.holder = ctx.locker
        self.choose_files_dialog: Callable[[QWidget], list[str]] = choose_files
        self.confirm: Confirm = lambda t, x, y: confirm(self, t, x, y)
        self.pending_capture = False
        self._job: Job[Any] | None = None  # the import or check on the progress panel
        self._generation = 0  # bumped by every lock: results of older work are dropped

        self.body_layout.setAlignment(Qt.AlignmentFlag(0))
        self.stack = PanelStack()
        self.body_layout.addWidget(self.stack, 1)

        self.unlock = UnlockPanel()
        self.unlock_flow = UnlockFlow(self.holder, self.unlock, self.set_heading, self)
        self.stack.addWidget(self.unlock)

        self.grid_panel = GridPanel(ctx.settings.text_scale, ctx.jobs)
        self._connect_grid(self.grid_panel)
        self.stack.addWidget(self.grid_panel)

        self.detail = ItemDetail(lambda t, x, y: self.confirm(t, x, y), ctx.jobs)
        self.detail.back.connect(self.show_grid)
        self.detail.changed.connect(self._item_changed)
        self.detail.removed.connect(lambda _id: self.reload())
        self.detail.failed.connect(self._show_problem)
        self.stack.addWidget(self.detail)

        self.editor = CoverEditor(ctx.jobs)
        self.editor.on_saved = self._saved
        self.editor.discarded.connect(self._editor_discarded)
        self.stack.addWidget(self.editor)

        self.progress_panel = ProgressPanel()
        self.progress_panel.cancel_requested.connect(self._cancel_job)
        self.stack.addWidget(self.progress_panel)
        self.summary_panel = SummaryPanel()
        self._after_summary: Callable[[], None] = self.show_grid
        self.summary_panel.done_button.clicked.connect(lambda: self._after_summary())
        self.summary_panel.paste_button.clicked.connect(self.paste)
        self.summary_panel.recover_button.clicked.connect(self.recover_quarantined)
        self.stack.addWidget(self.summary_panel)
        self.review = ReviewFlow(self)
        self.editor.later.connect(lambda: self.review.show())

        self.capture = CaptureFlow(self)
        self.capture.grabbed.connect(self._grabbed)
        self.capture.blank.connect(self._blank_grab)

        self.holder.unlocked.connect(self._opened)
        self.holder.locked.connect(self.lock_and_forget)
        # Dropped files and every picture in dropped folders wait for review.
        self.file_drop = FileDrop(self, self._accepts_files, self.import_paths)
        self.stack.setCurrentWidget(self.unlock)

    def _connect_grid(self, grid: GridPanel) -> None:
        grid.screenshot_requested.connect(lambda: self.take_screenshot())
        grid.paste_requested.connect(self.paste)
        grid.files_requested.connect(self.choose_and_import)
        grid.verify_requested.connect(self.check_intact)
        grid.incident_requested.connect(self.open_incident_details)
        grid.export_requested.connect(self.open_export)
        grid.show_deleted_changed.connect(self.reload)
        grid.item_activated.connect(self._open_row)
        grid.phone_requested.connect(lambda: self.review.open_phone())
        grid.review_requested.connect(lambda: self.review.show())

    @property
    def model(self) -> ThumbnailModel:
        """The grid's thumbnails."""
        return self.grid_panel.model

    @property
    def locker(self) -> Locker | None:
        """The open locker (maybe locked), or ``None`` while none is open."""
        session = self.holder.session
        return session.locker if session.is_open else None

    # ------------------------------------------------------------ unlocking

    def is_unlocked(self) -> bool:
        """Whether the locker is open right now."""
        return self.holder.is_unlocked

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
        self.unlock_flow.show_locked(try_device)

    def _opened(self) -> None:
        self.unlock.set_busy(False)
        self.unlock.forget()
        self.reload()
        self.show_grid()
        if self.pending_capture:
            self.pending_capture = False
            self.take_screenshot(0)

    # ------------------------------------------------------------ locking

    def lock_and_forget(self) -> None:
        """The locker locked: drop everything decrypted from the screen and from memory."""
        self._generation += 1
        self.capture.cancel()
        self.pending_capture = False
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.grid_panel.forget()
        self.review.forget()
        self.detail.clear()
        self.editor.forget()
        self.summary_panel.clear()
        self.stack.setCurrentWidget(self.unlock)
        self.unlock_flow.show_ways_in()

    # ------------------------------------------------------------ the grid

    def reload(self) -> None:
        """Read the list of items again (details only: thumbnails come when painted)."""
        locker = self.holder.unlocked_locker()
        if locker is None:
            self.model.clear()
            return
        try:
            items = locker.items(include_deleted=self.grid_panel.show_deleted.isChecked())
        except SafeHelperError as exc:
            self._show_problem(describe(exc))
            return
        self.model.read_thumbnail = locker.read_thumbnail
        self.model.set_items(items)
        self.grid_panel.update_empty()
        self.review.update_count()
        left_out = locker.unreadable_records()
        if left_out:
            self.grid_panel.show_notice(
                describe(SafeHelperError("locker.records_left_out", count=left_out))
            )

    def go_back(self) -> bool:
        """From a picture's details back to the grid (Back, Alt+Left); else the page before."""
        if self.stack.currentWidget() is self.detail:
            self.detail.go_back()
            return True
        return False

    def show_grid(self) -> None:
        """Back to the grid of saved pictures."""
        if not self.is_unlocked():
            self.show_locked(try_device=False)
            return
        self.detail.clear()
        self.set_heading(
            self.tr(
                "Save proof of the threats: take a screenshot, paste one, add files, or add "
                "them from your phone."
            )
        )
        self.grid_panel.update_empty()
        self.stack.setCurrentWidget(self.grid_panel)
        self.grid_panel.focus_first()

    def _show_problem(self, text: str) -> None:
        if self.stack.currentWidget() is self.grid_panel:
            self.grid_panel.show_notice(text)
            return
        self.show_summary(self.tr("Something went wrong."), text, [])

    def _open_row(self, row: int) -> None:
        locker = self.holder.unlocked_locker()
        if locker is None:
            return
        item = self.model.item_at(row)
        self.detail.locker = locker
        self.set_heading(self.tr("One saved picture and its details."))
        self.stack.setCurrentWidget(self.detail)
        self.detail.show_item(item)

    def _item_changed(self, item: Item) -> None:
        if item.deleted and not self.grid_panel.show_deleted.isChecked():
            self.reload()
        else:
            self.model.replace(item)

    # ------------------------------------------------------------ saving

    def take_screenshot(self, delay: int | None = None) -> None:
        """Hide SafeHelper, wait (now, 3 s, 10 s), grab every screen, come back with it."""
        if not self.is_unlocked() or self.capture.running:
            return
        seconds = int(self.grid_panel.delay.currentData()) if delay is None else delay
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
        self.show_summary(
            self.tr("Use your computer's screenshot tool, then paste."),
            self.tr(
                "SafeHelper could not take a picture of the screen on this computer: it "
                "came out blank. Nothing was saved."
            )
            + "\n\n"
            + os_screenshot_route()
            + "\n\n"
            + self.tr("Then come back here and press Paste a picture ({keys}).").format(
                keys=keys_text(QKeySequence.StandardKey.Paste)
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
        self.remember_details()
        locker = self.holder.session.locker

        def store(data: bytes, details: Details, covered: bool) -> Item:
            # Runs in the save job; everything it needs is bound now, not read from widgets.
            return locker.add_image(
                data,
                source,
                note=details.note,
                platform=details.platform,
                username=details.username,
                original_name=original_name,
                file_mtime=file_mtime,
                covered=covered,
            )

        self.editor.store = store
        self.editor.store_unchanged = None
        self.editor.ask_discard = lambda: True
        self.editor.set_waiting(False)
        self.review.editing = None
        self.set_heading(self.tr("Cover anything private, then press Save."))
        self.stack.setCurrentWidget(self.editor)
        self.editor.open_image(image, source, original_name=original_name, file_mtime=file_mtime)

    def remember_details(self) -> None:
        """The editor starts with the app and username of the newest saved picture."""
        remembered = self.editor.remembered
        if not remembered.platform and not remembered.username and self.model.rowCount() > 0:
            newest = self.model.item_at(0)
            self.editor.remembered = Details(platform=newest.platform, username=newest.username)

    def _editor_discarded(self) -> None:
        if self.review.editing is not None:
            self.review.editor_discarded()
        else:
            self.show_grid()

    def _saved(self, item: Item) -> None:
        if not self.is_unlocked():
            return
        if self.review.editing is not None and self.review.saved():
            return
        if self.model.rowCount() == 0 or not self.grid_panel.show_deleted.isChecked():
            self.model.prepend(item)
        else:
            self.reload()
        self.grid_panel.something_saved()
        self.show_grid()
        when = local_time_text(item.captured_at)
        self.grid_panel.show_notice(self.tr("Saved in your locker at {time}.").format(time=when))
        self.resume_journey()

    def resume_journey(self) -> bool:
        """Back to the walkthrough step that sent the teen here to save evidence, if one did."""
        journey = self.ctx.journey
        if not journey.resume_page:
            return False
        page, journey.resume_page, journey.just_saved = journey.resume_page, "", True
        self.ctx.navigator.go(page)
        return True

    def paste(self) -> None:
        """Ctrl+V: a copied picture waits for review and opens in the cover editor; copied
        files wait for review too."""
        if not self.is_unlocked():
            return
        content = pasted()
        if isinstance(content, QImage):
            self.review.paste_image(content)
            return
        if content:
            self.import_paths(content)
            return
        self.show_grid()
        self.grid_panel.show_notice(
            self.tr(
                "There is no picture to paste yet. Take a screenshot with "
                "your computer's tool first."
            )
            + " "
            + os_screenshot_route()
        )

    def choose_and_import(self) -> None:
        """Pick one or more picture files; they wait for review."""
        if not self.is_unlocked():
            return
        names = self.choose_files_dialog(self)
        if names:
            self.import_paths([Path(name) for name in names])

    def _accepts_files(self) -> bool:
        # Not while a picture waits in the cover editor or other work runs: it would be lost
        # from view, or two jobs would race.
        return (
            self.is_unlocked()
            and self._job is None
            and self.stack.currentWidget()
            in (self.grid_panel, self.summary_panel, self.detail, self.review.panel)
        )

    # ------------------------------------------------------------ long work

    def import_paths(self, paths: list[Path]) -> None:
        """Bring files in (folders are walked) on a worker thread: they wait for review."""
        self.review.add_files(paths)

    def check_intact(self) -> None:
        """Check every record and picture, on a worker thread, and say the result plainly."""
        locker = self.holder.unlocked_locker()
        if locker is None or self._job is not None:
            return
        self.progress_panel.start(self.tr("Checking every saved picture..."), False)
        self.set_heading(self.tr("Checking your locker. This takes a moment."))
        self.stack.setCurrentWidget(self.progress_panel)
        self.run_job(
            "locker: verify",
            lambda control: locker.verify(progress=control.progress),
            self._verified,
        )

    def _verified(self, report: VerifyReport) -> None:
        heading, text = verify_summary(report)
        self.show_summary(heading, text, [], recover=offers_recovery(report))

    def recover_quarantined(self) -> None:
        """Add the quarantined pictures back as new items, on a worker thread (see recovery)."""
        locker = self.holder.unlocked_locker()
        if locker is None or self._job is not None:
            return
        self.progress_panel.start(self.tr("Adding the pictures back to your locker..."), False)
        self.stack.setCurrentWidget(self.progress_panel)
        self.run_job(
            "locker: recover", lambda control: locker.recover_quarantined(), self._recovered
        )

    def _recovered(self, report: RecoveryReport) -> None:
        self.reload()
        self.show_summary(*recovery_summary(report))

    def run_job(
        self, name: str, work: Callable[[JobControl], T], on_done: Callable[[T], None]
    ) -> None:
        """Start ``work`` as the page's job; its result is dropped if the locker locked since."""
        generation = self._generation

        def done(value: T) -> None:
            self._job = None if self._job is job else self._job
            if generation == self._generation:
                on_done(value)

        def failed(error: SafeHelperError) -> None:
            self._job = None if self._job is job else self._job
            if generation == self._generation:
                self.reload()
                self.show_summary(self.tr("Something went wrong."), describe(error), [])

        job = Job(
            name,
            work,
            done,
            failed,
            on_progress=self.progress_panel.show_progress,
            owner=self,
        )
        self._job = job
        self.ctx.jobs.start(job)

    def _cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def is_busy(self) -> bool:
        """True while an import or a check runs."""
        return self._job is not None

    def show_summary(
        self,
        heading: str,
        text: str,
        lines: list[str],
        paste: bool = False,
        then: Callable[[], None] | None = None,
        recover: bool = False,
    ) -> None:
        """What happened in plain words; OK goes to the grid (or to ``then``)."""
        self._after_summary = then or self.show_grid
        self.set_heading(heading)
        self.summary_panel.show_summary(text, lines, paste, recover)
        self.stack.setCurrentWidget(self.summary_panel)
        self.summary_panel.done_button.setFocus()

    # ------------------------------------------------------------ other windows

    def open_incident_details(self) -> None:
        """Ctrl+I: the incident details form (what happened, who, when), kept in the locker."""
        locker = self.holder.unlocked_locker()
        if locker is not None:
            from . import incident_form  # loaded when first needed, not at start-up

            incident_form.open_for_locker(self, self.ctx, locker)

    def open_export(self) -> None:
        """Ctrl+E: make the pack for the police (the export window warns it is not encrypted)."""
        locker = self.holder.unlocked_locker()
        if locker is not None:
            # The PDF library behind the export takes about 0.3 s to load: only when asked.
            from . import export_dialog

            export_dialog.open_for_locker(self, self.ctx, locker)
