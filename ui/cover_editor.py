"""The preview before saving: cover parts, crop, add details, then save.

Offenders often send the victim's own picture back inside the chat as a
threat, so covering must be easy and must really remove the pixels. A covered
box is filled solid black (a blur can be reversed). The original picture only
ever lives in this process's memory: the covered, cropped copy is encoded to
PNG in memory and handed to the locker, which encrypts it before it touches
the disk. No temporary file is ever written.

Keyboard: with the picture focused, N adds a box in the middle, the arrow
keys move the newest box (Shift+arrows change its size), Ctrl+Z removes it,
and C switches between covering and cropping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehelper import guidance
from safehelper.errors import SafeHelperError
from safehelper.locker import Item

from .cover_canvas import CoverCanvas, apply_covers, encode_png
from .error_text import describe
from .jobs import Job, JobControl, JobRegistry

OTHER = "other"


@dataclass
class Details:
    """What the person told us about a picture; every field may be empty."""

    platform: str = ""
    username: str = ""
    note: str = ""


def platform_choices() -> list[tuple[str, str]]:
    """(id, label) for the app list: the same apps the walkthrough knows, then Other."""
    return [(entry.id, entry.title) for entry in guidance.platforms()]


class CoverEditor(QWidget):
    """The whole preview screen: picture with tools, details, and Save / Discard.

    Set ``store`` to a callable ``(png_bytes, details, covered) -> Item`` before
    saving (the locker page binds it to ``Locker.add_image``); it runs in a job
    of ``jobs``, with the covering and PNG encoding. ``on_saved`` gets the item;
    ``discarded`` is emitted when the user throws the picture away.
    """

    discarded = Signal()

    def __init__(self, jobs: JobRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.store: Callable[[bytes, Details, bool], Item] | None = None
        self.on_saved: Callable[[Item], None] = lambda _item: None
        self.remembered = Details()
        self._job: Job[Item | None] | None = None
        self.source = "screen"
        self.original_name = ""
        self.file_mtime: datetime | None = None

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.hint = QLabel(
            self.tr(
                "Drag a box over anything you do not want to keep, like a private picture or a "
                "friend's name. It will be covered in solid black."
            )
        )
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)

        tools = QHBoxLayout()
        self.cover_button = QPushButton(self.tr("Cover"))
        self.cover_button.setCheckable(True)
        self.cover_button.setChecked(True)
        self.cover_button.setAccessibleName(self.tr("Cover mode: drag to cover part"))
        self.cover_button.setToolTip(self.tr("Drag boxes to cover parts (C switches)"))
        self.crop_button = QPushButton(self.tr("Crop"))
        self.crop_button.setCheckable(True)
        self.crop_button.setAccessibleName(self.tr("Crop mode: drag to keep only one part"))
        self.crop_button.setToolTip(
            self.tr("Drag to keep only one part of the picture (C switches)")
        )
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last box"))
        self.undo_button.setToolTip(self.tr("Remove the last box (Ctrl+Z)"))
        self.covered_label = QLabel()
        self.covered_label.setObjectName("privacyNote")
        self.discard_button = QPushButton(self.tr("Don't save"))
        self.discard_button.setAccessibleName(self.tr("Don't save this picture"))
        self.discard_button.setToolTip(self.tr("Throw this picture away without saving it"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save this picture in the locker"))
        self.save_button.setToolTip(self.tr("Save this picture in the locker (Ctrl+S)"))
        for button in (self.cover_button, self.crop_button, self.undo_button):
            tools.addWidget(button)
        tools.addWidget(self.covered_label, 1)
        tools.addWidget(self.discard_button)
        tools.addWidget(self.save_button)
        column.addLayout(tools)

        self.canvas = CoverCanvas()
        column.addWidget(self.canvas, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.platform = QComboBox()
        self.platform.addItem(self.tr("(not sure or skip)"), "")
        for platform_id, label in platform_choices():
            self.platform.addItem(label, platform_id)
        self.platform.setAccessibleName(self.tr("Which app or site"))
        self.other_platform = QLineEdit()
        self.other_platform.setPlaceholderText(self.tr("Name of the app or site"))
        self.other_platform.setAccessibleName(self.tr("Name of the other app or site"))
        self.other_platform.setVisible(False)
        platform_row = QHBoxLayout()
        platform_row.addWidget(self.platform, 1)
        platform_row.addWidget(self.other_platform, 1)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("Their username or a link to their page"))
        self.username.setAccessibleName(self.tr("Their username or profile link"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything you want to remember about this"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        app_label = QLabel(self.tr("App or site:"))
        app_label.setBuddy(self.platform)
        who_label = QLabel(self.tr("Who:"))
        who_label.setBuddy(self.username)
        note_label = QLabel(self.tr("Note:"))
        note_label.setBuddy(self.note)
        form.addRow(app_label, platform_row)
        form.addRow(who_label, self.username)
        form.addRow(note_label, self.note)
        column.addLayout(form)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Saving status"))
        column.addWidget(self.status)

        self.cover_button.clicked.connect(lambda: self.set_mode("cover"))
        self.crop_button.clicked.connect(lambda: self.set_mode("crop"))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.canvas.changed.connect(self._update_counts)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.discard_button.clicked.connect(self.discard)
        self.save_button.clicked.connect(self.save)
        QShortcut(
            QKeySequence("Ctrl+S"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self.save)
        QShortcut(
            QKeySequence.StandardKey.Undo,
            self,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        ).activated.connect(self.canvas.undo)
        chain = (
            self.canvas,
            self.cover_button,
            self.crop_button,
            self.undo_button,
            self.platform,
            self.other_platform,
            self.username,
            self.note,
            self.discard_button,
            self.save_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        QShortcut(
            QKeySequence("C"), self.canvas, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.toggle_mode)

    def open_image(
        self,
        image: QImage,
        source: str,
        *,
        original_name: str = "",
        file_mtime: datetime | None = None,
    ) -> None:
        """Show a new picture to cover and save, with the last details filled in."""
        self.source = source
        self.original_name = original_name
        self.file_mtime = file_mtime
        self.canvas.set_image(image)
        self.set_mode("cover")
        self._fill_details(self.remembered)
        self.note.clear()
        self.status.clear()
        self.save_button.setEnabled(True)
        self.discard_button.setEnabled(True)
        self.canvas.setFocus()

    def _fill_details(self, details: Details) -> None:
        index = 0
        if details.platform:
            index = self.platform.findText(details.platform)
            if index < 0:
                index = self.platform.findData(details.platform)
        if details.platform and index < 0:
            index = self.platform.findData(OTHER)
            self.other_platform.setText(details.platform)
        elif index == self.platform.findData(OTHER):
            self.other_platform.clear()
        self.platform.setCurrentIndex(max(0, index))
        self.username.setText(details.username)

    def details(self) -> Details:
        """The details as typed now."""
        platform_id = str(self.platform.currentData() or "")
        if platform_id == OTHER:
            platform = self.other_platform.text().strip() or self.platform.currentText()
        else:
            platform = self.platform.currentText() if platform_id else ""
        return Details(
            platform=platform,
            username=self.username.text().strip(),
            note=self.note.toPlainText().strip(),
        )

    def _platform_changed(self) -> None:
        self.other_platform.setVisible(self.platform.currentData() == OTHER)

    def set_mode(self, mode: str) -> None:
        """Switch between drawing cover boxes and choosing a crop."""
        self.canvas.mode = mode
        self.cover_button.setChecked(mode == "cover")
        self.crop_button.setChecked(mode == "crop")
        self.hint.setText(
            self.tr(
                "Drag a box over anything you do not want to keep, like a private picture "
                "or a friend's name. It will be covered in solid black."
            )
            if mode == "cover"
            else self.tr("Drag over the part you want to keep. Everything outside it is left out.")
        )
        self._update_counts()

    def toggle_mode(self) -> None:
        """C: switch between cover and crop."""
        self.set_mode("crop" if self.canvas.mode == "cover" else "cover")

    def _update_counts(self) -> None:
        count = len(self.canvas.boxes)
        parts = []
        if count:
            parts.append(
                self.tr("1 part covered.")
                if count == 1
                else self.tr("{count} parts covered.").format(count=count)
            )
        if self.canvas.crop is not None:
            parts.append(self.tr("Cropped."))
        self.covered_label.setText(" ".join(parts))
        self.undo_button.setEnabled(bool(count) or self.canvas.crop is not None)

    def save(self) -> None:
        """Store the covered picture in the locker, off the GUI thread."""
        if self._job is not None or self.canvas.image.isNull() or self.store is None:
            return
        details = self.details()
        covered = bool(self.canvas.boxes)
        store = self.store
        image, boxes, crop = self.canvas.image, list(self.canvas.boxes), self.canvas.crop
        self.remembered = Details(platform=details.platform, username=details.username)
        self.save_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self.status.setText(self.tr("Saving..."))

        def work(control: JobControl) -> Item | None:
            data = encode_png(apply_covers(image, boxes, crop))
            if control.cancelled():  # Hide now while encoding: nothing is written
                return None
            return store(data, details, covered)

        self._job = self.jobs.start(
            Job(
                "cover editor: save",
                work,
                self._saved,
                self._failed,
                owner=self,
            )
        )

    def is_saving(self) -> bool:
        """True while a save is running."""
        return self._job is not None

    def _saved(self, item: Item | None) -> None:
        self._job = None
        if item is None:
            return
        self.canvas.clear()
        self.on_saved(item)

    def _failed(self, error: SafeHelperError) -> None:
        self._job = None
        self.status.setText(describe(error))
        self.save_button.setEnabled(True)
        self.discard_button.setEnabled(True)

    def discard(self) -> None:
        """Throw the picture away (it was never written anywhere)."""
        self.canvas.clear()
        self.discarded.emit()

    def forget(self) -> None:
        """Locking: drop the picture and every remembered detail."""
        self.canvas.clear()
        self.remembered = Details()
        self.username.clear()
        self.other_platform.clear()
        self.note.clear()
        self.platform.setCurrentIndex(0)
        self.status.clear()
