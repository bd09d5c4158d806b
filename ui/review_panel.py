"""The pictures waiting for review: a grid of them, and the three things to do.

Pictures from the phone, from files, folders and paste are not evidence yet:
a camera-roll folder may hold the very pictures nobody should keep. They wait
(sealed) in the locker's review queue, and this panel shows them: open one to
cover and crop it, save the rest as they are after a clear warning, or don't
keep one. It only shows and asks; the review flow does the work in jobs.

Thumbnails are asked for when a row is painted, decrypted in memory off the
GUI thread (:mod:`.thumbnail_loader`) and dropped with the model (locking
clears it); nothing is written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from safehelper.locker.review_queue import PendingItem

from .jobs import JobRegistry
from .locker_panels import named_button
from .thumbnail_loader import ThumbnailLoader
from .thumbnail_model import THUMB_SIZE, ModelIndex, PictureRows, local_time_text
from .widgets import paragraph


def where_from(item: PendingItem) -> str:
    """Where a waiting picture came from, in a few words."""
    if item.source == "phone":
        return QCoreApplication.translate("Review", "From your phone")
    if item.source == "clipboard":
        return QCoreApplication.translate("Review", "Pasted")
    return QCoreApplication.translate("Review", "From a file")


def spoken(item: PendingItem) -> str:
    """What a screen reader says for a waiting picture: where from, and when it came."""
    when = local_time_text(datetime.fromisoformat(item.received_at))
    return QCoreApplication.translate("Review", "{where}, arrived {time}, waiting").format(
        where=where_from(item), time=when
    )


class PendingModel(PictureRows[PendingItem]):
    """The waiting pictures, oldest first; each thumbnail is read when first painted."""

    def __init__(self, jobs: JobRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader = ThumbnailLoader(jobs, "review: thumbnails", THUMB_SIZE, self._loaded, self)
        self._pixmaps: dict[str, QPixmap | None] = {}
        # A plain box in the thumbnail's place while it is read (or if it cannot be), so the
        # captions stay where they are when the pictures come.
        self.placeholder = QPixmap(THUMB_SIZE)
        self.placeholder.fill(QGuiApplication.palette().color(QPalette.ColorRole.AlternateBase))

    def set_items(self, items: list[PendingItem]) -> None:
        """Show these (thumbnails of pictures still waiting stay decoded)."""
        self.beginResetModel()
        self._items = list(items)
        keep = {item.id for item in items}
        self._pixmaps = {key: value for key, value in self._pixmaps.items() if key in keep}
        self.endResetModel()

    def clear(self) -> None:
        """Forget every picture and thumbnail, and stop reading them (locking)."""
        self.loader.forget()
        self.beginResetModel()
        self._items = []
        self._pixmaps = {}
        self.endResetModel()

    def cached_count(self) -> int:
        """How many decoded thumbnails are held in memory now."""
        return sum(1 for pixmap in self._pixmaps.values() if pixmap is not None)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Where it came from as the caption, a spoken name, and the thumbnail on demand."""
        item = self.row_item(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return where_from(item)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return spoken(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(item.id)
        return None

    def _thumbnail(self, pending_id: str) -> QPixmap:
        if pending_id not in self._pixmaps:
            self.loader.request(pending_id)
        return self._pixmaps.get(pending_id) or self.placeholder

    def _loaded(self, pending_id: str, image: QImage | None) -> None:
        row = self.row_of(pending_id, lambda item: item.id)
        if row is None:
            return  # reviewed meanwhile
        self._pixmaps[pending_id] = QPixmap.fromImage(image) if image is not None else None
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class ReviewPanel(QWidget):
    """The warning, the waiting pictures, and: cover and save, don't keep, save the rest."""

    open_requested = Signal(int)  # row
    discard_requested = Signal(int)  # row
    save_rest_requested = Signal()
    back_requested = Signal()

    def __init__(self, jobs: JobRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.warning = paragraph(
            self.tr("Only save pictures of the chat. Never save the private pictures themselves."),
            "formStatus",
        )
        column.addWidget(self.warning)
        self.hint = paragraph(
            self.tr(
                "Open each picture to cover anything private, then save it. Nothing here is "
                "in your locker yet."
            )
        )
        column.addWidget(self.hint)
        self.notice = paragraph("", "notice")
        self.notice.setVisible(False)
        column.addWidget(self.notice)

        self.model = PendingModel(jobs, self)
        self.view = QListView()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(THUMB_SIZE)
        line = self.view.fontMetrics().lineSpacing()
        self.view.setGridSize(QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 2 * line + 24))
        self.view.setSpacing(6)
        self.view.setWordWrap(True)
        self.view.setDragEnabled(False)
        self.view.setAcceptDrops(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Pictures waiting for you to look at them"))
        self.view.setToolTip(self.tr("Press Enter to cover and save the picture"))
        self.view.activated.connect(self._activated)
        column.addWidget(self.view, 1)
        self.empty = paragraph(self.tr("Nothing is waiting. Every picture has been looked at."))
        column.addWidget(self.empty)

        row = QHBoxLayout()
        self.open_button = named_button(
            self.tr("Cover and save"),
            self.tr("Open the chosen picture to cover parts and save it"),
            self.tr("Open the chosen picture to cover anything private, then save it (Enter)"),
        )
        self.open_button.setObjectName("primary")
        self.discard_button = named_button(
            self.tr("Don't keep"),
            self.tr("Don't keep the chosen picture"),
            self.tr("Remove the chosen picture for good, without saving it (Delete)"),
        )
        self.save_rest_button = named_button(
            self.tr("Save the rest as they are"),
            self.tr("Save every waiting picture as it is"),
            self.tr("Save every picture still waiting, without covering anything (Ctrl+S)"),
        )
        self.back_button = named_button(
            self.tr("Back to saved pictures"),
            self.tr("Back to my saved pictures"),
            self.tr("Back to your saved pictures. These keep waiting"),
        )
        for button in (self.open_button, self.discard_button, self.save_rest_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        column.addLayout(row)

        self.open_button.clicked.connect(lambda: self._chosen(self.open_requested))
        self.discard_button.clicked.connect(lambda: self._chosen(self.discard_requested))
        self.save_rest_button.clicked.connect(self.save_rest_requested.emit)
        self.back_button.clicked.connect(self.back_requested.emit)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Delete, self.view, context=context).activated.connect(
            lambda: self._chosen(self.discard_requested)
        )
        QShortcut(QKeySequence("Ctrl+S"), self, context=context).activated.connect(
            self.save_rest_requested.emit
        )

    def show_items(self, items: list[PendingItem], read_thumbnail: Callable[[str], bytes]) -> None:
        """Fill the grid, choose the first picture, and say when nothing is left."""
        self.model.loader.read = read_thumbnail
        self.model.set_items(items)
        waiting = bool(items)
        self.view.setVisible(waiting)
        self.empty.setVisible(not waiting)
        for button in (self.open_button, self.discard_button, self.save_rest_button):
            button.setEnabled(waiting)
        if waiting:
            self.view.setCurrentIndex(self.model.index(0))
            self.view.setFocus()
        else:
            self.back_button.setFocus()

    def reading(self) -> None:
        """While the list is read again, nothing can be chosen twice."""
        for button in (self.open_button, self.discard_button, self.save_rest_button):
            button.setEnabled(False)

    def show_notice(self, text: str) -> None:
        """One plain line above the grid (hidden when empty)."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.row())

    def _chosen(self, signal: SignalInstance) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            signal.emit(index.row())

    def forget(self) -> None:
        """Locking: no thumbnail or line about the waiting pictures stays."""
        self.model.clear()
        self.show_notice("")
