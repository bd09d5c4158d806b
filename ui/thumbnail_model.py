"""The locker's grid: a list model that decrypts thumbnails only when they are painted.

A locker can hold thousands of items. Decrypting every thumbnail up front
would make opening slow and hold hundreds of megabytes of pictures in memory,
so the model holds only each item's details; a thumbnail is read, decrypted
and decoded the first time the view paints its row, and kept in a small
least-recently-used cache. The delegate gives every cell the same size without
asking for its picture, so the view never touches rows that are off screen.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from safehelper.errors import SafeHelperError
from safehelper.locker import Item

log = logging.getLogger(__name__)

THUMB_SIZE = QSize(200, 150)
CACHE_ITEMS = 160  # about 19 MB of decoded thumbnails at most
ItemRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


def local_time_text(when: datetime) -> str:
    """``25 Nov 2026, 16:53`` in this computer's time zone and language."""
    moment = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000))
    return QLocale().toString(moment, "d MMM yyyy, HH:mm")


def describe(item: Item) -> str:
    """What a screen reader says for a thumbnail: what it is, when, and which app."""
    when = local_time_text(item.captured_at)
    if item.source == "screen":
        text = QCoreApplication.translate("Locker", "Screenshot saved {time}").format(time=when)
    elif item.source == "clipboard":
        text = QCoreApplication.translate("Locker", "Pasted picture saved {time}")
        text = text.format(time=when)
    else:
        text = QCoreApplication.translate("Locker", "Picture added {time}").format(time=when)
    if item.platform:
        text += ", " + item.platform
    if item.covered:
        text += ", " + QCoreApplication.translate("Locker", "part covered")
    if item.deleted:
        text += ", " + QCoreApplication.translate("Locker", "deleted")
    return text


class ThumbnailModel(QAbstractListModel):
    """Locker items, newest first; ``DecorationRole`` decrypts the thumbnail on demand.

    ``read_thumbnail`` is the locker's method (or anything returning the
    thumbnail bytes for an id). ``decoded`` counts thumbnails decrypted since
    the last reset, so tests can see that off-screen rows were never touched.
    """

    def __init__(
        self, read_thumbnail: Callable[[str], bytes] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.read_thumbnail = read_thumbnail
        self._items: list[Item] = []
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self.decoded = 0

    def set_items(self, items: list[Item]) -> None:
        """Replace every row (kept thumbnails of items still there stay cached)."""
        self.beginResetModel()
        self._items = list(items)
        keep = {item.id for item in self._items}
        for item_id in [i for i in self._cache if i not in keep]:
            del self._cache[item_id]
        self._failed &= keep
        self.endResetModel()

    def prepend(self, item: Item) -> None:
        """Add a just-saved item at the top without rereading the locker."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._items.insert(0, item)
        self.endInsertRows()

    def replace(self, item: Item) -> None:
        """Show changed details of one item (a new note)."""
        for row, existing in enumerate(self._items):
            if existing.id == item.id:
                self._items[row] = item
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return

    def clear(self) -> None:
        """Forget every item and every decrypted thumbnail (locking)."""
        self.beginResetModel()
        self._items = []
        self._cache.clear()
        self._failed.clear()
        self.decoded = 0
        self.endResetModel()

    def cached_count(self) -> int:
        """How many decoded thumbnails are held in memory now."""
        return len(self._cache)

    def item_at(self, row: int) -> Item:
        """The item shown in ``row``."""
        return self._items[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of items (a flat list)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text for the caption, a name for screen readers, and the thumbnail on demand."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return local_time_text(item.captured_at)
        if role == Qt.ItemDataRole.AccessibleTextRole or role == Qt.ItemDataRole.ToolTipRole:
            return describe(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(item.id)
        if role == ItemRole:
            return item
        return None

    def thumbnail(self, item_id: str) -> QPixmap | None:
        """The decoded thumbnail, from the cache or decrypted now (None if unreadable)."""
        cached = self._cache.get(item_id)
        if cached is not None:
            self._cache.move_to_end(item_id)
            return cached
        if self.read_thumbnail is None or item_id in self._failed:
            return None
        try:
            data = self.read_thumbnail(item_id)
        except SafeHelperError:
            self._failed.add(item_id)
            log.warning("grid: a thumbnail could not be read")
            return None
        image = QImage.fromData(data)
        del data
        if image.isNull():
            self._failed.add(item_id)
            return None
        pixmap = QPixmap.fromImage(
            image.scaled(
                THUMB_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.decoded += 1
        self._cache[item_id] = pixmap
        while len(self._cache) > CACHE_ITEMS:
            self._cache.popitem(last=False)
        return pixmap


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints one cell: the thumbnail, the time, and the app, all the same size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = QSize(THUMB_SIZE.width() + 16, THUMB_SIZE.height() + 16)

    def update_size(self, metrics: QFontMetrics) -> None:
        """Make room for two lines of text at the current font size."""
        width = max(THUMB_SIZE.width(), metrics.horizontalAdvance("00 Mmm 0000, 00:00")) + 16
        self._size = QSize(width, THUMB_SIZE.height() + 2 * metrics.lineSpacing() + 20)

    def cell_size(self) -> QSize:
        """The size of every cell."""
        return self._size

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Every cell is the same size: computing it never decrypts anything."""
        return self._size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Thumbnail on top, time and app below; a clear frame when selected or focused."""
        item = index.data(ItemRole)
        if not isinstance(item, Item):
            return
        rect: QRect = option.rect
        state = option.state
        palette: QPalette = option.palette
        painter.save()
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(
                rect.adjusted(2, 2, -2, -2), palette.color(QPalette.ColorRole.Highlight)
            )
        frame = QRect(rect.x() + 8, rect.y() + 8, rect.width() - 16, THUMB_SIZE.height())
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            x = frame.x() + (frame.width() - pixmap.width()) // 2
            y = frame.y() + (frame.height() - pixmap.height()) // 2
            painter.drawPixmap(x, y, pixmap)
        else:
            painter.fillRect(frame, palette.color(QPalette.ColorRole.AlternateBase))
        if item.deleted:
            painter.fillRect(frame, QColor(0, 0, 0, 120))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setPen(text_colour)
        metrics = painter.fontMetrics()
        line = metrics.lineSpacing()
        top = frame.bottom() + 6
        text_rect = QRect(rect.x() + 6, top, rect.width() - 12, line)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignHCenter,
            metrics.elidedText(
                local_time_text(item.captured_at), Qt.TextElideMode.ElideRight, text_rect.width()
            ),
        )
        parts = [item.platform] if item.platform else []
        if item.deleted:
            parts.insert(0, QCoreApplication.translate("Locker", "Deleted"))
        elif item.covered:
            parts.append(QCoreApplication.translate("Locker", "covered"))
        second = " · ".join(parts)
        painter.drawText(
            text_rect.translated(0, line),
            Qt.AlignmentFlag.AlignHCenter,
            metrics.elidedText(second, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        if state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        painter.restore()
