"""Pictures from outside the locker by paste or by drag and drop, before they wait for review.

Both arrive as Qt mime data: a copied picture, or local files and folders.
Neither goes into the locker directly; the locker page hands them to the
review queue. A drop is taken only while the page can take one (unlocked,
and no picture waiting in the cover editor), so nothing is lost from view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QWidget


def local_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders in ``mime`` (web addresses are not files)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def pasted() -> QImage | list[Path]:
    """What Ctrl+V brings: a copied picture, else the copied files (maybe none)."""
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasImage():
        image = clipboard.image()
        if not image.isNull():
            return image
    return local_paths(mime)


class FileDrop(QObject):
    """Lets ``target`` take dropped files and folders: ``on_paths(paths)`` when ``accepts()``."""

    def __init__(
        self,
        target: QWidget,
        accepts: Callable[[], bool],
        on_paths: Callable[[list[Path]], None],
    ) -> None:
        super().__init__(target)
        self._accepts = accepts
        self._on_paths = on_paths
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept a drag of local files, and take them on drop, only while accepted."""
        if isinstance(event, QDragEnterEvent):
            if self._accepts() and local_paths(event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if isinstance(event, QDropEvent):
            paths = local_paths(event.mimeData())
            if not paths or not self._accepts():
                event.ignore()
                return True
            event.acceptProposedAction()
            self._on_paths(paths)
            return True
        return False
