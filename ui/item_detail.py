"""One saved item, large, with everything the locker knows about it.

The picture is decrypted when the item is opened and dropped as soon as the
person goes back or the locker locks. It is decrypted and decoded on a worker
thread and shrunk to the screen there: a phone photo takes a fifth of a second
to decode, which on the GUI thread would hold up Hide now. Changing the note
adds a record (the old note stays in the chain); deleting moves the item to the
deleted list; deleting for good is a separate button that says it cannot be
undone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPaintEvent, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safehelper.errors import SafeHelperError
from safehelper.locker import Item, Locker

from . import error_text
from .dialogs import Confirm
from .jobs import Job, JobRegistry
from .thumbnail_model import describe, local_time_text


def source_text(item: Item) -> str:
    """How the picture got into the locker, in plain words."""
    if item.source == "screen":
        return QCoreApplication.translate("Locker", "Screenshot taken by SafeHelper")
    if item.source == "clipboard":
        return QCoreApplication.translate("Locker", "Pasted")
    if item.source == "phone":
        return QCoreApplication.translate("Locker", "Sent from a phone")
    return QCoreApplication.translate("Locker", "Added from a file")


def _field_name(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def decoded_picture(read: Callable[[str], bytes], item_id: str, bound: QSize) -> QImage:
    """An item's picture, decrypted and decoded, no larger than ``bound`` (worker thread)."""
    data = read(item_id)
    image = QImage.fromData(data)
    del data  # the decrypted bytes leave memory as soon as they are decoded
    if image.width() > bound.width() or image.height() > bound.height():
        image = image.scaled(
            bound, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


class PictureView(QWidget):
    """The picture scaled to fit, sharp, never stretched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap = QPixmap()
        self.opening = False  # the picture is being decrypted: say so instead of a blank
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    def sizeHint(self) -> QSize:
        """Modest, so the page does not scroll; it expands into the free space."""
        return QSize(360, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the picture centred and scaled to fit."""
        if self.pixmap.isNull():
            if self.opening:
                painter = QPainter(self)
                painter.drawText(
                    self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Opening the picture...")
                )
                painter.end()
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > self.pixmap.width():
            size = self.pixmap.size()
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        painter.drawPixmap(x, y, size.width(), size.height(), self.pixmap)
        painter.end()


class ItemDetail(QWidget):
    """The item page: picture, details, note, delete and restore.

    ``locker`` must be set (the locker page does it). ``confirm(title, text,
    yes_label)`` asks before deleting; tests replace it.
    """

    back = Signal()
    changed = Signal(object)  # the item after a note change, delete or restore
    removed = Signal(str)  # an item id deleted for good
    failed = Signal(str)

    def __init__(self, confirm: Confirm, jobs: JobRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locker: Locker | None = None
        self.confirm = confirm
        self._jobs = jobs
        self.item: Item | None = None
        # Counts the pictures asked for, so a decode that ends after the person moved on
        # (another item, Back, Hide now) is dropped instead of shown.
        self._asked = 0
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.picture = PictureView()
        row.addWidget(self.picture, 3)

        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 8, 0)
        self.back_button = QPushButton(self.tr("Back to all"))
        self.back_button.setAccessibleName(self.tr("Back to all saved pictures"))
        self.back_button.setToolTip(self.tr("Back to all saved pictures (Alt+Left)"))
        column.addWidget(self.back_button)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("saved", self.tr("Saved")),
            ("source", self.tr("How")),
            ("platform", self.tr("App or site")),
            ("username", self.tr("Who")),
            ("original_name", self.tr("File name")),
            ("photo_date", self.tr("Date in the photo")),
            ("size", self.tr("Size")),
            ("covered", self.tr("Covered")),
            ("timestamp", self.tr("Independent time stamp")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setAccessibleName(label)
            self.fields[key] = value
            self.form.addRow(_field_name(label + ":"), value)
        self.sha = QLineEdit()
        self.sha.setReadOnly(True)
        self.sha.setAccessibleName(self.tr("SHA-256 fingerprint"))
        self.form.addRow(_field_name(self.tr("SHA-256 fingerprint:")), self.sha)
        column.addLayout(self.form)
        hash_note = QLabel(
            self.tr(
                "The fingerprint proves this picture has not changed since it was saved. It does "
                "not prove that what it shows is real."
            )
        )
        hash_note.setObjectName("privacyNote")
        hash_note.setWordWrap(True)
        column.addWidget(hash_note)

        note_label = _field_name(self.tr("Note:"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        note_label.setBuddy(self.note)
        self.save_note_button = QPushButton(self.tr("Save note"))
        self.save_note_button.setAccessibleName(self.tr("Save the changed note"))
        self.save_note_button.setToolTip(
            self.tr("Save the changed note. The old note is kept in the locker's record.")
        )
        column.addWidget(note_label)
        column.addWidget(self.note)
        column.addWidget(self.save_note_button)

        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete this picture"))
        self.delete_button.setToolTip(
            self.tr("Move this picture to the deleted list. You can bring it back (Delete key)")
        )
        self.restore_button = QPushButton(self.tr("Bring back"))
        self.restore_button.setAccessibleName(self.tr("Bring this picture back"))
        self.restore_button.setToolTip(self.tr("Take this picture out of the deleted list"))
        self.purge_button = QPushButton(self.tr("Delete for good"))
        self.purge_button.setAccessibleName(self.tr("Delete this picture for good"))
        self.purge_button.setToolTip(
            self.tr("Erase this picture for good. This cannot be undone (Shift+Delete)")
        )
        for button in (self.delete_button, self.restore_button, self.purge_button):
            column.addWidget(button)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(280)
        row.addWidget(scroll, 2)

        self.back_button.clicked.connect(self.go_back)
        self.save_note_button.clicked.connect(self.save_note)
        self.delete_button.clicked.connect(self.delete)
        self.restore_button.clicked.connect(self.restore)
        self.purge_button.clicked.connect(self.delete_for_good)
        # Alt+Left is the window's Back, which asks the locker page (and so this) first.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Delete, self.picture, context=context).activated.connect(
            self.delete
        )
        QShortcut(QKeySequence("Shift+Delete"), self.picture, context=context).activated.connect(
            self.delete_for_good
        )
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_item(self, item: Item) -> None:
        """Show one item's details now and its picture once a worker has decrypted it."""
        self.item = item
        self._asked += 1
        self.picture.pixmap = QPixmap()
        self.picture.opening = self.locker is not None
        if self.locker is not None:
            self._open_picture(self.locker, item.id, self._asked)
        self.picture.setAccessibleName(describe(item))
        self.picture.update()
        offset = item.utc_offset
        saved = self.tr("{time} ({zone}, UTC{offset})").format(
            time=local_time_text(item.captured_at), zone=item.local_zone, offset=offset
        )
        self.fields["saved"].setText(
            saved + "\n" + item.captured_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        )
        self.fields["source"].setText(source_text(item))
        self.fields["platform"].setText(item.platform or "-")
        self.fields["username"].setText(item.username or "-")
        self.fields["original_name"].setText(item.original_name or "-")
        self.fields["photo_date"].setText(item.exif_date or "-")
        self.fields["size"].setText(f"{item.width} × {item.height}")
        self.fields["covered"].setText(
            self.tr("Yes, part was covered before saving") if item.covered else self.tr("No")
        )
        for key in ("original_name", "photo_date"):
            visible = self.fields[key].text() != "-"
            self.fields[key].setVisible(visible)
            self.form.labelForField(self.fields[key]).setVisible(visible)
        self.fields["timestamp"].setText(self._stamp_text(item))
        self.sha.setText(item.sha256)
        self.sha.setCursorPosition(0)
        self.note.setPlainText(item.note)
        self.delete_button.setVisible(not item.deleted)
        self.restore_button.setVisible(item.deleted)
        self.picture.setFocus()

    def _stamp_text(self, item: Item) -> str:
        """Time stamp: waiting / received at ... from ... / failed: why (or none)."""
        if self.locker is None:
            return "-"
        from safehelper.locker.stamps import ITEM, LockerStamps

        try:
            entry = LockerStamps(self.locker).status().get(f"{ITEM}{item.id}")
        except SafeHelperError as exc:
            return error_text.describe(exc)
        if entry is None:
            return self.tr("None yet")
        if entry.state == "received" and entry.received_at is not None:
            return self.tr("Received at {time} from {tsa}").format(
                time=entry.received_at.strftime("%Y-%m-%d %H:%M:%S UTC"), tsa=entry.tsa
            )
        if entry.state == "failed":
            why = error_text.describe_code(entry.reason, entry.params, fallback=entry.message)
            if entry.next_try is None:
                return self.tr("Failed: {why} SafeHelper stopped trying.").format(why=why)
            return self.tr("Failed: {why} SafeHelper will try again.").format(why=why)
        return self.tr("Waiting")

    def _open_picture(self, locker: Locker, item_id: str, asked: int) -> None:
        screen = self.screen()
        # As many pixels as the screen has: sharp at any window size, quick to paint.
        bound = screen.size() * screen.devicePixelRatio()
        read = locker.read_image

        def shown(image: QImage) -> None:
            if asked == self._asked:
                self.picture.opening = False
                self.picture.pixmap = QPixmap.fromImage(image)
                self.picture.update()

        def failed(error: SafeHelperError) -> None:
            if asked == self._asked:
                self.picture.opening = False
                self.picture.update()
                self.failed.emit(error_text.describe(error))

        self._jobs.start(
            Job(
                "open a saved picture",
                lambda _control: decoded_picture(read, item_id, bound),
                shown,
                failed,
                owner=self,
            )
        )

    def clear(self) -> None:
        """Drop the decrypted picture and every detail from memory and screen."""
        self.item = None
        self._asked += 1  # a picture still being decoded is not shown
        self.picture.opening = False
        self.picture.pixmap = QPixmap()
        self.picture.setAccessibleName("")
        self.picture.update()
        for value in self.fields.values():
            value.clear()
        self.sha.clear()
        self.note.clear()

    def go_back(self) -> None:
        """Back to the grid; the large picture is dropped."""
        self.clear()
        self.back.emit()

    def save_note(self) -> None:
        """Save the note as a new record."""
        if self.item is None or self.locker is None:
            return
        try:
            item = self.locker.edit_note(self.item.id, self.note.toPlainText().strip())
        except SafeHelperError as exc:
            self.failed.emit(error_text.describe(exc))
            return
        self.item = item
        self.changed.emit(item)

    def delete(self) -> None:
        """Move to the deleted list, after a clear question."""
        if self.item is None or self.locker is None or self.item.deleted:
            return
        if not self.confirm(
            self.tr("Delete this picture?"),
            self.tr(
                "It moves to the deleted list. You can bring it back later. The locker "
                "keeps a record that it was deleted."
            ),
            self.tr("Delete"),
        ):
            return
        self._change(lambda locker, item_id: locker.delete(item_id))

    def restore(self) -> None:
        """Take the item out of the deleted list."""
        if self.item is None or self.locker is None:
            return
        self._change(lambda locker, item_id: locker.restore(item_id))

    def _change(self, action: Callable[[Locker, str], None]) -> None:
        if self.item is None or self.locker is None:
            return
        try:
            action(self.locker, self.item.id)
            item = self.locker.item(self.item.id)
        except SafeHelperError as exc:
            self.failed.emit(error_text.describe(exc))
            return
        self.clear()
        self.changed.emit(item)
        self.back.emit()

    def delete_for_good(self) -> None:
        """Erase the picture for good, after a warning that this cannot be undone."""
        if self.item is None or self.locker is None:
            return
        if not self.confirm(
            self.tr("Delete this picture for good?"),
            self.tr(
                "This cannot be undone. The picture will be erased from the locker and "
                "cannot be given to the police later."
            ),
            self.tr("Delete for good"),
        ):
            return
        item_id = self.item.id
        try:
            self.locker.delete_permanently(item_id)
        except SafeHelperError as exc:
            self.failed.emit(error_text.describe(exc))
            return
        self.clear()
        self.removed.emit(item_id)
        self.back.emit()
