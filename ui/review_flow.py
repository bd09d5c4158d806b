"""Everything from outside waits for review: files, folders, paste and the phone.

A teen who drags in a camera-roll folder must not store, without a look, the
very pictures the app tells them never to keep. So the locker page hands
every picture from outside to the review queue (sealed, inside the locker)
and this flow shows what waits: open one in the cover editor and save only
the covered version, save the rest as they are after a clear warning, or
don't keep one (it is removed for good). Screen grabs keep their own flow:
they open in the cover editor straight away.

Every slow step (listing and decrypting, saving, removing, sealing a paste)
is a job in the app's registry; results that arrive after the locker locked
are dropped. The "Add from my phone" window is opened from here, and what
arrives shows as a quiet count on the grid.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from safehelper.errors import SafeHelperError
from safehelper.locker import ImportResult, Item
from safehelper.locker.review_queue import PendingItem, ReviewQueue

from .cover_canvas import encode_png
from .cover_editor import Details
from .dialogs import FILE_DIALOG_OPTIONS
from .error_text import describe
from .jobs import Job, JobControl
from .locker_panels import import_summary
from .review_panel import ReviewPanel

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from .locker_view import LockerPage
    from .phone_window import PhoneWindow

T = TypeVar("T")

IMAGE_FILTER = "Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.heic *.heif);;All files (*)"


def choose_files(parent: QWidget) -> list[str]:
    """The file picker (Qt's own, so Hide now hides it), several files, starting in Pictures."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        QApplication.translate("Locker", "Choose screenshots to add"),
        start,
        IMAGE_FILTER,
        options=FILE_DIALOG_OPTIONS,
    )
    return list(names)


class ReviewFlow(QObject):
    """The locker page's review queue: what waits, and covering, saving or removing it.

    ``phone_host`` is for tests only (127.0.0.1): normally the phone window
    finds the home-network address itself.
    """

    def __init__(self, page: LockerPage) -> None:
        super().__init__(page)
        self.page = page
        self.panel = ReviewPanel(page.ctx.jobs)
        page.stack.addWidget(self.panel)
        self.phone: PhoneWindow | None = None
        self.phone_host: str | None = None
        self.editing: PendingItem | None = None  # the waiting picture in the cover editor
        self._generation = 0
        self.panel.open_requested.connect(self.open_row)
        self.panel.discard_requested.connect(self.discard_row)
        self.panel.save_rest_requested.connect(self.save_rest)
        self.panel.back_requested.connect(page.show_grid)

    def queue(self) -> ReviewQueue | None:
        """The open locker's review queue, or ``None`` while it is locked."""
        locker = self.page.holder.unlocked_locker()
        return ReviewQueue(locker) if locker is not None else None

    def update_count(self) -> None:
        """The quiet "N pictures are waiting" line on the grid (files counted, nothing read)."""
        self.page.grid_panel.show_waiting(self.queue_count())

    def _start(
        self,
        name: str,
        work: Callable[[JobControl], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """A short job of this flow; its answer is dropped if the locker locked meanwhile.

        A plain error is shown above the waiting pictures (read again), or given
        to ``on_error`` as words.
        """
        generation = self._generation

        def done(value: T) -> None:
            if generation == self._generation:
                on_done(value)

        def failed(error: SafeHelperError) -> None:
            if generation == self._generation:
                (on_error or self.show)(describe(error))

        self.page.ctx.jobs.start(Job(name, work, done, failed, owner=self))

    # ------------------------------------------------------------ the waiting grid

    def show(self, notice: str = "") -> None:
        """The grid of waiting pictures (read in a job), with ``notice`` above it."""
        queue = self.queue()
        if queue is None:
            self.page.show_locked(try_device=False)
            return
        self.editing = None
        self.page.set_heading(self.page.tr("Look at each picture before it is saved."))
        self.page.stack.setCurrentWidget(self.panel)
        self.panel.show_notice(notice)
        self.panel.reading()
        self._start(
            "review: list",
            lambda _control: queue.read_all(),
            lambda listed: self._listed(queue, *listed),
            self.panel.show_notice,  # not read again: a damaged list would only fail again
        )

    def _listed(self, queue: ReviewQueue, items: list[PendingItem], unreadable: list[str]) -> None:
        self.panel.show_items(items, queue.read_thumbnail)
        self.page.grid_panel.show_waiting(len(items))
        if unreadable:  # the rest are listed; the damaged ones stay, sealed, and are said
            self.panel.show_notice(describe(SafeHelperError("pending.damaged")))

    def open_row(self, row: int) -> None:
        """Decrypt the chosen picture (in a job, in memory only) and open the cover editor."""
        queue = self.queue()
        if queue is None or not 0 <= row < self.panel.model.rowCount():
            return
        item = self.panel.model.item_at(row)

        def work(_control: JobControl) -> QImage:
            image = QImage.fromData(queue.read_image(item.id))
            if image.isNull():
                raise SafeHelperError("pending.damaged")
            return image

        self._start("review: open", work, lambda image: self.edit(item, image))

    def edit(self, item: PendingItem, image: QImage) -> None:
        """The cover editor on a waiting picture: Save keeps only what it shows."""
        queue = self.queue()
        if queue is None:
            return
        editor = self.page.editor

        def store(data: bytes, details: Details, covered: bool) -> Item:
            return queue.accept(
                item.id,
                covered_image=data,
                covered=covered,
                note=details.note,
                platform=details.platform,
                username=details.username,
            )

        def store_unchanged(details: Details) -> Item:
            return queue.accept(
                item.id, note=details.note, platform=details.platform, username=details.username
            )

        self.page.remember_details()
        editor.store = store
        editor.store_unchanged = store_unchanged
        editor.ask_discard = self._ask_discard
        editor.set_waiting(True)
        self.editing = item
        self.page.set_heading(self.page.tr("Cover anything private, then press Save."))
        self.page.stack.setCurrentWidget(editor)
        mtime = datetime.fromisoformat(item.phone_modified) if item.phone_modified else None
        editor.open_image(image, item.source, original_name=item.original_name, file_mtime=mtime)

    def saved(self) -> bool:
        """The editor saved a waiting picture: back to what still waits, if anything does.

        Returns False when nothing waits any more (the page then shows its grid).
        """
        self.editing = None
        if self.queue_count() == 0:
            return False
        self.page.grid_panel.something_saved()
        self.page.reload()
        self.show(self.page.tr("Saved in your locker. Only what you saw in the editor was kept."))
        return True

    # ------------------------------------------------------------ not keeping

    def _ask_discard(self) -> bool:
        return self.page.confirm(
            self.page.tr("Don't keep this picture?"),
            self.page.tr(
                "It will be removed from this computer for good. It is not saved in your locker."
            ),
            self.page.tr("Don't keep it"),
        )

    def discard_row(self, row: int) -> None:
        """Confirm, then remove the chosen waiting picture for good."""
        if 0 <= row < self.panel.model.rowCount() and self._ask_discard():
            self.discard(self.panel.model.item_at(row).id)

    def discard(self, pending_id: str) -> None:
        """Remove a waiting picture's sealed files (in a job), then show what is left."""
        queue = self.queue()
        if queue is None:
            return
        self.editing = None
        self._start(
            "review: discard",
            lambda _control: queue.discard(pending_id),
            lambda _none: self.show(self.page.tr("That picture is gone for good.")),
        )

    def editor_discarded(self) -> None:
        """ "Don't keep" in the cover editor (it has asked already)."""
        if self.editing is not None:
            self.discard(self.editing.id)

    # ------------------------------------------------------------ saving the rest

    def save_rest(self) -> None:
        """After the one-line warning, save every waiting picture as it is, with progress."""
        queue = self.queue()
        if queue is None or self.panel.model.rowCount() == 0 or self.page.is_busy():
            return
        if not self.page.confirm(
            self.page.tr("Save the rest as they are?"),
            self.page.tr(
                "Only save pictures of the chat. Never save the private pictures themselves."
            ),
            self.page.tr("Save them as they are"),
        ):
            return
        self.page.progress_panel.start(self.page.tr("Saving the waiting pictures..."), True)
        self.page.set_heading(self.page.tr("Saving pictures. You can keep using SafeHelper."))
        self.page.stack.setCurrentWidget(self.page.progress_panel)
        self.page.run_job(
            "review: save the rest",
            lambda control: queue.accept_all(
                progress=control.progress, cancelled=control.cancelled
            ),
            self._saved_rest,
        )

    def _saved_rest(self, result: ImportResult[Item]) -> None:
        self.page.reload()
        if result.saved:
            self.page.grid_panel.something_saved()
        clean = result.saved and not (result.refused or result.cancelled or result.failure)
        if clean and self.page.resume_journey():  # else the summary says what did not go in
            return
        heading, text, lines = import_summary(result)
        self.page.show_summary(heading, text, lines)

    # ------------------------------------------------------------ bringing pictures in

    def add_files(self, paths: list[Path]) -> None:
        """Files and folders (picked, dropped, pasted) go to the queue, with progress."""
        queue = self.queue()
        if queue is None or self.page.is_busy():
            return
        self.page.progress_panel.start(self.page.tr("Bringing your pictures in..."), True)
        self.page.set_heading(self.page.tr("Bringing pictures in. You can keep using SafeHelper."))
        self.page.stack.setCurrentWidget(self.page.progress_panel)
        self.page.progress_panel.cancel_button.setFocus()
        self.page.run_job(
            "locker: import",
            lambda control: queue.add_files(
                paths, progress=control.progress, cancelled=control.cancelled
            ),
            self._files_in,
        )

    def _files_in(self, result: ImportResult[PendingItem]) -> None:
        self.update_count()
        if result.refused or result.cancelled or result.failure is not None:
            heading, text, lines = import_summary(result, waiting=True)
            self.page.show_summary(heading, text, lines, then=self.show)
            return
        _heading, text, _lines = import_summary(result, waiting=True)
        self.show(text)

    def paste_image(self, image: QImage) -> None:
        """A copied picture waits (sealed) like any other, and opens in the cover editor."""
        queue = self.queue()
        if queue is None:
            return

        def work(_control: JobControl) -> PendingItem:
            return queue.add(encode_png(image), source="clipboard")

        self._start("review: paste", work, lambda item: self.edit(item, image))

    # ------------------------------------------------------------ the phone

    def open_phone(self) -> None:
        """The "Add from my phone" window (one at a time); it ends with the locker's lock."""
        if self.queue() is None:
            return
        if self.phone is not None and self.phone.isVisible():
            self.phone.raise_()
            self.phone.activateWindow()
            return
        from .phone_window import PhoneWindow  # the bridge and QR code load when first needed

        if self.phone is not None:
            self.phone.deleteLater()
        window = PhoneWindow(self.page.holder, self.page.window(), host=self.phone_host)
        window.setWindowModality(Qt.WindowModality.NonModal)
        window.arrived.connect(lambda _count: self._arrived())
        window.finished.connect(lambda _code: self._phone_closed(window))
        self.phone = window
        window.show()

    def _arrived(self) -> None:
        self.update_count()
        if self.page.stack.currentWidget() is self.panel:
            self.show(self.panel.notice.text())

    def _phone_closed(self, window: PhoneWindow) -> None:
        """The phone window closed: what came in is waiting, so show it."""
        showing = self.page.stack.currentWidget() in (self.page.grid_panel, self.panel)
        if window is self.phone and showing and self.queue_count() > 0:
            self.show()

    def queue_count(self) -> int:
        """How many pictures wait now (0 while locked)."""
        queue = self.queue()
        return queue.count() if queue is not None else 0

    def forget(self) -> None:
        """Locking: drop every waiting thumbnail, end the phone session, forget the editor's."""
        self._generation += 1
        self.editing = None
        self.panel.forget()
        self.page.grid_panel.show_waiting(0)
        if self.phone is not None:
            self.phone.close()
