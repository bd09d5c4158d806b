"""Plain text to a PDF file, with Qt's own PDF writer, for "Save as PDF" buttons.

The PDF is rendered into memory and written with ``atomic_write``, so a full or
read-only disk gives a plain message and never a half-written file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from safehelper.paths import atomic_write

# (parent, dialog title, suggested path) -> chosen path, or "" if cancelled.
AskPath = Callable[[QWidget, str, str], str]


def documents_folder() -> Path:
    """The user's Documents folder (the home folder if the OS has none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    """Ask where to save, starting in Documents; tests replace this function."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return path


def pdf_bytes(text: str, title: str) -> bytes:
    """Render plain text to PDF bytes: A4, readable type, wrapped lines."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("SafeHelper")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultFont(QFont("Sans Serif", 12))
    document.setPlainText(text)
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def save_pdf(text: str, title: str, path: str) -> Path:
    """Write ``text`` as a PDF at ``path`` (".pdf" added if missing).

    Raises :class:`SafeHelperError` (from ``atomic_write``) if the disk says no.
    """
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    atomic_write(target, pdf_bytes(text, title))
    return target
