"""The picture being covered: solid black boxes or a crop, drawn with the mouse or the keys.

Covering must really remove the pixels, so a box is filled solid black (a blur
can be reversed) and :func:`apply_covers` drops alpha. :func:`encode_png`
encodes in memory: the picture never goes through a file.

Keyboard: with the picture focused, N adds a box in the middle, the arrow
keys move the newest box (Shift+arrows change its size), Ctrl+Z removes it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from safehelper.errors import SafeHelperError

# zlib level for the saved PNG. Screenshots are flat colour and text, which level 1
# already squeezes well; the default (6) costs several times the time for a few percent.
# Qt turns a PNG "quality" q into zlib level (100 - q) * 9 // 91: 89 is level 1 (90 would be
# level 0, no compression at all, a 6 MB file for a 1080p grab).
PNG_QUALITY = 89
KEY_STEP = 10  # image pixels an arrow key moves or grows a box
KEY_STEP_FAST = 50  # with Ctrl held
MIN_BOX = 4


def encode_png(image: QImage) -> bytes:
    """The picture as PNG bytes, in memory only (never through a file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # (PySide6 types the format as bytes, but only a str works at run time)
    if not image.save(buffer, "PNG", PNG_QUALITY):  # type: ignore[call-overload]
        raise SafeHelperError("picture.cannot_prepare")
    buffer.close()
    return bytes(data.data())


def apply_covers(image: QImage, boxes: list[QRect], crop: QRect | None) -> QImage:
    """A new picture: ``image`` with every box filled solid black, then cropped.

    The original is not changed. Alpha is dropped, so a "covered" area can never
    be a transparent window onto pixels underneath.
    """
    result = image.convertToFormat(QImage.Format.Format_RGB32)
    if boxes:
        painter = QPainter(result)
        for box in boxes:
            painter.fillRect(box.intersected(result.rect()), QColor(0, 0, 0))
        painter.end()
    if crop is not None:
        area = crop.intersected(result.rect())
        if area.width() >= MIN_BOX and area.height() >= MIN_BOX:
            result = result.copy(area)
    return result


class CoverCanvas(QWidget):
    """Shows the picture scaled to fit and lets the user draw boxes or a crop on it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.boxes: list[QRect] = []
        self.crop: QRect | None = None
        self.mode = "cover"
        self._drag_start: QPoint | None = None
        self._drag_rect: QRect | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Picture preview"))
        self.setAccessibleDescription(
            self.tr(
                "Drag over anything you want to cover. Or press N to add a box, arrow keys to "
                "move it, Shift and arrow keys to change its size, Ctrl+Z to undo."
            )
        )

    def set_image(self, image: QImage) -> None:
        """Show a new picture, forgetting every box and crop."""
        self.image = image
        self.boxes = []
        self.crop = None
        self._drag_rect = None
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        """Drop the picture from memory."""
        self.set_image(QImage())

    def sizeHint(self) -> QSize:
        """Modest, so the Save button fits without scrolling; it expands into free space."""
        return QSize(480, 240)

    # Geometry: the picture is drawn centred and scaled to fit the widget.
    def _view_rect(self) -> QRectF:
        if self.image.isNull():
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _scale(self) -> float:
        view = self._view_rect()
        return view.width() / self.image.width() if not self.image.isNull() else 1.0

    def _to_image(self, point: QPointF) -> QPoint:
        view = self._view_rect()
        scale = self._scale()
        x = (point.x() - view.x()) / scale
        y = (point.y() - view.y()) / scale
        return QPoint(
            int(min(max(x, 0), self.image.width())), int(min(max(y, 0), self.image.height()))
        )

    def _to_view(self, rect: QRect) -> QRectF:
        view = self._view_rect()
        scale = self._scale()
        return QRectF(
            view.x() + rect.x() * scale,
            view.y() + rect.y() * scale,
            rect.width() * scale,
            rect.height() * scale,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture, solid black boxes over it, and the crop frame."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()).darker(110))
        if self.image.isNull():
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        view = self._view_rect()
        painter.drawImage(view, self.image)
        for box in self.boxes:
            painter.fillRect(self._to_view(box), QColor(0, 0, 0))
        if self.crop is not None:
            shade = QColor(0, 0, 0, 150)
            kept = self._to_view(self.crop)
            for strip in (
                QRectF(view.left(), view.top(), view.width(), kept.top() - view.top()),
                QRectF(view.left(), kept.bottom(), view.width(), view.bottom() - kept.bottom()),
                QRectF(view.left(), kept.top(), kept.left() - view.left(), kept.height()),
                QRectF(kept.right(), kept.top(), view.right() - kept.right(), kept.height()),
            ):
                if strip.width() > 0 and strip.height() > 0:
                    painter.fillRect(strip, shade)
            painter.setPen(QPen(QColor("#f5b700"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(kept)
        if self._drag_rect is not None:
            colour = QColor("#f5b700")
            painter.setPen(QPen(colour, 2))
            if self.mode == "cover":
                painter.fillRect(self._to_view(self._drag_rect), QColor(0, 0, 0, 200))
            painter.drawRect(self._to_view(self._drag_rect))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 3))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a box (or a crop) where the button went down."""
        if event.button() == Qt.MouseButton.LeftButton and not self.image.isNull():
            self._drag_start = self._to_image(event.position())
            self._drag_rect = QRect(self._drag_start, self._drag_start)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Grow the box with the pointer."""
        if self._drag_start is not None:
            self._drag_rect = QRect(self._drag_start, self._to_image(event.position())).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Keep the box (or crop) if it is big enough to mean something."""
        if self._drag_start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        rect = QRect(self._drag_start, self._to_image(event.position())).normalized()
        self._drag_start = None
        self._drag_rect = None
        if rect.width() >= MIN_BOX and rect.height() >= MIN_BOX:
            self.add_rect(rect)
        self.update()

    def add_rect(self, rect: QRect) -> None:
        """Add a cover box, or set the crop, in picture coordinates."""
        rect = rect.intersected(self.image.rect())
        if self.mode == "crop":
            self.crop = rect
        else:
            self.boxes.append(rect)
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        """Remove the newest box (or, in crop mode, the crop)."""
        if self.mode == "crop" and self.crop is not None:
            self.crop = None
        elif self.boxes:
            self.boxes.pop()
        self.update()
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """N adds a box; arrows move it; Shift+arrows resize it (keyboard-only covering)."""
        if self.image.isNull():
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_N, Qt.Key.Key_Insert):
            w, h = self.image.width() // 4, self.image.height() // 4
            self.add_rect(
                QRect((self.image.width() - w) // 2, (self.image.height() - h) // 2, w, h)
            )
            return
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        target = self.crop if self.mode == "crop" else (self.boxes[-1] if self.boxes else None)
        if key in moves and target is not None:
            dx, dy = moves[Qt.Key(key)]
            modifiers = event.modifiers()
            step = KEY_STEP_FAST if modifiers & Qt.KeyboardModifier.ControlModifier else KEY_STEP
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                moved = target.adjusted(0, 0, dx * step, dy * step)
                if moved.width() < MIN_BOX or moved.height() < MIN_BOX:
                    return
            else:
                moved = target.translated(dx * step, dy * step)
            moved = moved.intersected(self.image.rect())
            if self.mode == "crop":
                self.crop = moved
            else:
                self.boxes[-1] = moved
            self.update()
            self.changed.emit()
            return
        super().keyPressEvent(event)

    def result(self) -> QImage:
        """The picture as it will be saved: covered and cropped."""
        return apply_covers(self.image, self.boxes, self.crop)
