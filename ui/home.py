"""The first page: four big, calm choices."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .context import AppContext
from .page import Page
from .setup_banner import SetupBanner
from .widgets import paragraph


class ChoiceButton(QPushButton):
    """A large button with a bold title and one short sentence under it."""

    def __init__(self, title: str, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.setAccessibleName(title)
        self.setAccessibleDescription(sentence)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(20, 16, 20, 16)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("choiceTitle")
        self.sentence_label = QLabel(sentence)
        self.sentence_label.setObjectName("choiceSentence")
        for label in (self.title_label, self.sentence_label):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)

    def sizeHint(self) -> QSize:
        """Grow with the labels so larger text never gets cut off."""
        return self._layout.sizeHint().expandedTo(QSize(240, 110))

    def minimumSizeHint(self) -> QSize:
        """Never shrink below what the wrapped text needs."""
        return self._layout.minimumSize()

    def hasHeightForWidth(self) -> bool:
        """Wrapped text needs more height when the button is narrow."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Tell the grid how tall the button must be at a given width."""
        return max(110, self._layout.totalHeightForWidth(width))


class HomePage(Page):
    """Where the app opens and where Hide now returns to."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Choose what you need right now."), parent)
        reassure = paragraph(
            self.tr(
                "You are not in trouble. This is not your fault. You can hide this app at any time."
            ),
            "reassurance",
        )
        self.body_layout.addWidget(reassure)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.choices: dict[str, ChoiceButton] = {}
        entries = (
            (
                "walkthrough",
                self.tr("Someone is threatening me"),
                self.tr("We'll go through what to do, one step at a time."),
            ),
            (
                "locker",
                self.tr("Save evidence"),
                self.tr("Keep proof of the threats, safe and private on this computer."),
            ),
            ("help", self.tr("Get help now"), self.tr("Talk to a helpline or the police, today.")),
            (
                "family",
                self.tr("Set up for my family"),
                self.tr("For parents and carers: get SafeHelper ready before it's needed."),
            ),
        )
        for index, (page, title, sentence) in enumerate(entries):
            button = ChoiceButton(title, sentence)
            button.clicked.connect(lambda _checked=False, p=page: ctx.navigator.go(p))
            grid.addWidget(button, index // 2, index % 2)
            self.choices[page] = button
        self.body_layout.addLayout(grid)
        self.setup_banner = SetupBanner(ctx)
        self.body_layout.addWidget(self.setup_banner)
        self.body_layout.addWidget(
            paragraph(
                self.tr(
                    "Everything stays on this computer. Nothing is sent anywhere unless you "
                    "press a button that says so."
                ),
                "privacyNote",
            )
        )
        self.body_layout.addStretch(1)

    def on_shown(self) -> None:
        """Offer setup only until it has been done or dismissed."""
        self.setup_banner.refresh()
