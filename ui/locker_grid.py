"""The open locker's main panel: ways to save proof, the grid of saved pictures, more actions.

It only shows and asks: every button and shortcut becomes a signal the locker
page acts on. The "What should I save?" advice shows itself until the first
picture is saved or the teen closes it, and comes back from its button.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .jobs import JobRegistry
from .locker_panels import EvidenceGuide, keys_text, named_button
from .thumbnail_model import ThumbnailDelegate, ThumbnailModel
from .widgets import paragraph


class GridPanel(QWidget):
    """Save a screenshot, paste, choose files; the saved pictures; check, details, export."""

    screenshot_requested = Signal()
    paste_requested = Signal()
    files_requested = Signal()
    verify_requested = Signal()
    incident_requested = Signal()
    export_requested = Signal()
    phone_requested = Signal()
    review_requested = Signal()
    item_activated = Signal(int)  # row in the model
    show_deleted_changed = Signal()

    def __init__(self, text_scale: int, jobs: JobRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide_dismissed = False
        self.guide_wanted = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(self._build_actions(text_scale))
        column.addLayout(self._build_waiting())
        self.empty = paragraph(
            self.tr("Nothing is saved yet. When you save a screenshot, it shows up here.")
        )
        column.addWidget(self.empty)

        self.guide = EvidenceGuide()
        self.guide.closed.connect(self._dismiss_guide)
        column.addWidget(self.guide)

        self.notice = paragraph("", "notice")
        self.notice.setVisible(False)
        column.addWidget(self.notice)

        self.model = ThumbnailModel(jobs, parent=self)
        self.view = self._build_view()
        column.addWidget(self.view, 1)
        # Takes the free space while there is no grid, so the rest stays together at the top.
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column.addWidget(self.filler, 1)
        column.addLayout(self._build_more(text_scale))
        self._add_shortcuts()

    def _build_waiting(self) -> QHBoxLayout:
        """The quiet line that says pictures wait for review, and the way to them."""
        row = QHBoxLayout()
        self.waiting = paragraph("", "formStatus")
        self.review_button = named_button(
            self.tr("Look at them"),
            self.tr("Look at the pictures waiting for you"),
            self.tr("Cover and save, or don't keep, each picture that came in (Ctrl+R)"),
        )
        self.review_button.clicked.connect(self.review_requested.emit)
        row.addWidget(self.waiting, 1)
        row.addWidget(self.review_button)
        self.show_waiting(0)
        return row

    def show_waiting(self, count: int) -> None:
        """How many pictures wait for review; nothing is shown when none do. Never a sound."""
        text = (
            self.tr("1 picture is waiting for you to look at it. It is not saved yet.")
            if count == 1
            else self.tr(
                "{count} pictures are waiting for you to look at them. They are not saved yet."
            ).format(count=count)
        )
        self.waiting.setText(text if count else "")
        self.waiting.setAccessibleName(text if count else "")
        self.waiting.setVisible(count > 0)
        self.review_button.setVisible(count > 0)

    def _build_actions(self, text_scale: int) -> QGridLayout:
        actions = QGridLayout()
        actions.setHorizontalSpacing(10)
        self.screenshot_button = named_button(
            self.tr("Save a screenshot"),
            self.tr("Save a screenshot of the whole screen"),
            self.tr(
                "SafeHelper hides, takes a picture of the screen, and comes back (Ctrl+Shift+S)"
            ),
        )
        self.screenshot_button.setObjectName("primary")
        self.delay = QComboBox()
        self.delay.addItem(self.tr("Now"), 0)
        self.delay.addItem(self.tr("In 3 seconds"), 3)
        self.delay.addItem(self.tr("In 10 seconds"), 10)
        self.delay.setAccessibleName(self.tr("When to take the screenshot"))
        self.delay.setToolTip(self.tr("Wait a little, so you can bring the chat to the front"))
        self.paste_button = named_button(
            self.tr("Paste a picture"),
            self.tr("Paste a picture you copied"),
            self.tr(
                "Save a screenshot you copied with your computer's screenshot tool ({keys})"
            ).format(keys=keys_text(QKeySequence.StandardKey.Paste)),
        )
        self.files_button = named_button(
            self.tr("Choose files"),
            self.tr("Choose picture files to add"),
            self.tr(
                "Add screenshots saved as files, for example from your phone ({keys}). "
                "You can also drag files or a folder here."
            ).format(keys=keys_text(QKeySequence.StandardKey.Open)),
        )
        self.phone_button = named_button(
            self.tr("Add from my phone"),
            self.tr("Add screenshots from my phone"),
            self.tr(
                "Send screenshots from your phone over your home Wi-Fi: scan a code with the "
                "phone's camera (Ctrl+Shift+P)"
            ),
        )
        actions.addWidget(self.screenshot_button, 0, 0)
        actions.addWidget(self.delay, 0, 1)
        actions.addWidget(self.paste_button, 0, 2)
        actions.addWidget(self.files_button, 0, 3)
        # Beside the other ways in; on a row of its own when big text needs the room.
        if text_scale <= 125:
            actions.addWidget(self.phone_button, 0, 4)
            actions.setColumnStretch(5, 1)
        else:
            actions.addWidget(self.phone_button, 1, 0)
            actions.setColumnStretch(4, 1)
        self.screenshot_button.clicked.connect(self.screenshot_requested.emit)
        self.paste_button.clicked.connect(self.paste_requested.emit)
        self.files_button.clicked.connect(self.files_requested.emit)
        self.phone_button.clicked.connect(self.phone_requested.emit)
        return actions

    def _build_view(self) -> QListView:
        view = QListView()
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setMovement(QListView.Movement.Static)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setUniformItemSizes(True)
        view.setSpacing(6)
        view.setWordWrap(False)
        view.setDragEnabled(False)
        view.setAcceptDrops(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = ThumbnailDelegate(view)
        self.delegate.update_size(view.fontMetrics())
        view.setItemDelegate(self.delegate)
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Saved pictures, newest first"))
        view.setToolTip(self.tr("Press Enter to open the picture"))
        view.setMinimumHeight(self.delegate.cell_size().height() + 24)
        view.activated.connect(self._activated)
        return view

    def _build_more(self, text_scale: int) -> QGridLayout:
        more = QGridLayout()
        more.setHorizontalSpacing(10)
        self.guide_button = named_button(
            self.tr("What should I save?"),
            self.tr("What should I save? Show the advice"),
            self.tr("What to save, and what never to save (F2)"),
        )
        self.guide_button.clicked.connect(self.show_guide)
        self.verify_button = named_button(
            self.tr("Check everything is intact"),
            self.tr("Check everything in the locker is intact"),
            self.tr("Check that no saved picture was changed or damaged (Ctrl+K)"),
        )
        self.incident_button = named_button(
            self.tr("Incident details"),
            self.tr("Write down the incident details"),
            self.tr("Write down what happened, who, and when (Ctrl+I)"),
        )
        self.export_button = named_button(
            self.tr("Export for police"),
            self.tr("Export the evidence for the police"),
            self.tr("Make a pack of your evidence to give to the police (Ctrl+E)"),
        )
        self.show_deleted = QCheckBox(self.tr("Show deleted pictures"))
        self.show_deleted.setAccessibleName(self.tr("Show deleted pictures too"))
        self.show_deleted.setToolTip(
            self.tr("Show pictures you deleted, so you can bring them back")
        )
        # One row at normal text sizes; more rows as text grows, so nothing is cut off.
        columns = 5 if text_scale <= 125 else 3
        for index, widget in enumerate(
            (
                self.guide_button,
                self.verify_button,
                self.incident_button,
                self.export_button,
                self.show_deleted,
            )
        ):
            more.addWidget(widget, index // columns, index % columns)
        more.setColumnStretch(columns, 1)
        self.verify_button.clicked.connect(self.verify_requested.emit)
        self.incident_button.clicked.connect(self.incident_requested.emit)
        self.export_button.clicked.connect(self.export_requested.emit)
        self.show_deleted.toggled.connect(lambda _on: self.show_deleted_changed.emit())
        return more

    def _add_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, signal in (
            ("Ctrl+Shift+S", self.screenshot_requested),
            (QKeySequence.StandardKey.Paste, self.paste_requested),
            (QKeySequence.StandardKey.Open, self.files_requested),
            ("Ctrl+K", self.verify_requested),
            ("Ctrl+I", self.incident_requested),
            ("Ctrl+E", self.export_requested),
            ("Ctrl+Shift+P", self.phone_requested),
            ("Ctrl+R", self.review_requested),
        ):
            QShortcut(QKeySequence(keys), self, context=context).activated.connect(signal.emit)
        QShortcut(QKeySequence("F2"), self, context=context).activated.connect(self.show_guide)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.item_activated.emit(index.row())

    def update_empty(self) -> None:
        """The grid when there is something in it; the advice until the first save."""
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)
        self.filler.setVisible(empty)
        self.guide.setVisible(self.guide_wanted or (empty and not self.guide_dismissed))

    def show_guide(self) -> None:
        """Open the "What should I save?" advice again."""
        self.guide_wanted = True
        self.guide.setVisible(True)
        self.guide.close_button.setFocus()

    def _dismiss_guide(self) -> None:
        self.guide_wanted = False
        self.guide_dismissed = True
        self.guide.setVisible(False)
        self.guide_button.setFocus()

    def something_saved(self) -> None:
        """After a save the advice steps back behind its button."""
        self.guide_dismissed = True
        self.guide_wanted = False

    def show_notice(self, text: str) -> None:
        """One plain line above the grid (hidden when empty)."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def focus_first(self) -> None:
        """The grid if there is one, else the screenshot button."""
        if self.view.isVisible():
            self.view.setFocus()
        else:
            self.screenshot_button.setFocus()

    def forget(self) -> None:
        """Locking: drop every thumbnail and line about the locker."""
        self.model.clear()
        self.notice.clear()
        self.notice.setVisible(False)
