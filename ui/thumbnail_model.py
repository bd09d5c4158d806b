"""The locker's grid: a list model that decrypts thumbnails only when they are painted.

A locker can hold thousands of items. Decrypting every thumbnail up front
would make opening slow and hold hundreds of megabytes of pictures in memory,
so the model holds only each item's details; a thumbnail is asked for the
first time the view paints its row, read, decrypted and decoded off the GUI
thread (:mod:`.thumbnail_loader`), and kept in a small least-recently-used
cache. Until it comes the cell shows a plain placeholder. The delegate gives
every cell the same size without asking for its picture, so the view never
touches rows that are off screen.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any, Generic, TypeVar

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

from safehelper.locker import Item

from .jobs import JobRegistry
from .thumbnail_loader import ThumbnailLoader

THUMB_SIZE = QSize(200, 150)
CACHE_ITEMS = 160  # about 19 MB of decoded thumbnails at most
ItemRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


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
    elif item.source == "phone":
        text = QCoreApplication.translate("Locker", "Picture from a phone saved {time}")
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


class PictureRows(QAbstractListModel, Generic[R]):
    """A flat list of pictures' details, one per row: what both grids have in common."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[R] = []

    def item_at(self, row: int) -> R:
        """The details shown in ``row``."""
        return self._items[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of pictures (a flat list)."""
        return 0 if parent.isValid() else len(self._items)

    def row_of(self, key: str, key_of: Callable[[R], str]) -> int | None:
        """The row whose item has ``key`` (``None`` if no row has it now)."""
        for row, item in enumerate(self._items):
            if key_of(item) == key:
                return row
        return None

    def row_item(self, index: ModelIndex) -> R | None:
        """The details at ``index``, or ``None`` for an index that is not a row."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()]


class ThumbnailModel(PictureRows[Item]):
    """Locker items, newest first; ``DecorationRole`` gives the thumbnail once it is read.

    ``read_thumbnail`` is the locker's method (or anything returning the
    thumbnail bytes for an id); it is called in jobs of ``jobs``. ``decoded``
    counts thumbnails decrypted since the last reset, so tests can see that
    off-screen rows were never touched.
    """

    def __init__(
        self,
        jobs: JobRegistry,
        read_thumbnail: Callable[[str], bytes] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.loader = ThumbnailLoader(jobs, "locker: thumbnails", THUMB_SIZE, self._loaded, self)
        self.loader.read = read_thumbnail
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self.decoded = 0

    @property
    def read_thumbnail(self) -> Callable[[str], bytes] | None:
        """Where thumbnails are read from (the open locker's ``read_thumbnail``)."""
        return self.loader.read

    @read_thumbnail.setter
    def read_thumbnail(self, read: Callable[[str], bytes] | None) -> None:
        self.loader.read = read

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
        """Forget every item and every decrypted thumbnail, and stop reading them (locking)."""
        self.loader.forget()
        self.beginResetModel()
        self._items = []
        self._cache.clear()
        self._failed.clear()
        self.decoded = 0
        self.endResetModel()

    def cached_count(self) -> int:
        """How many decoded thumbnails are held in memory now."""
        return len(self._cache)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text for the caption, a name for screen readers, and the thumbnail on demand."""
        item = self.row_item(index)
        if item is None:
            return None
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
        """The decoded thumbnail from the cache; else ``None``, and it is asked for."""
        cached = self._cache.get(item_id)
        if cached is not None:
            self._cache.move_to_end(item_id)
            return cached
        if item_id not in self._failed:
            self.loader.request(item_id)
        return None

    def _loaded(self, item_id: str, image: QImage | None) -> None:
        row = self.row_of(item_id, lambda item: item.id)
        if row is None:
            return  # no longer shown (reloaded meanwhile)
        if image is None:
            self._failed.add(item_id)
        else:
            self.decoded += 1
            self._cache[item_id] = QPixmap.fromImage(image)
            while len(self._cache) > CACHE_ITEMS:
                self._cache.popitem(last=False)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


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
