"""The walkthrough's "report and block on the app" step: pick the app, see its own way.

Each app reports and blocks differently, so the step shows one app's numbered
steps and a button to its official report or help page (where one was
checked). Changing the app remembers the choice in the walkthrough's answers,
in memory only, like every other answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safehelper import guidance
from safehelper.guidance import Answers

from .widgets import big_button, panel, paragraph


class PlatformGuide(QWidget):
    """An app picker, then the chosen app's steps and its report page (``link``, if any)."""

    def __init__(
        self, answers: Answers, open_url: Callable[[QUrl], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._answers = answers
        self._open_url = open_url
        self.link: QPushButton | None = None
        self._guide: QWidget | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Your app:"))
        box = QComboBox()
        box.setObjectName("platformBox")
        box.setAccessibleName(self.tr("Choose the app they used"))
        for entry in guidance.platforms():
            box.addItem(entry.title, entry.id)
        label.setBuddy(box)
        chosen = guidance.platform_guide(answers.platform).id
        box.setCurrentIndex(max(box.findData(chosen), 0))
        row.addWidget(label)
        row.addWidget(box, 1)
        column.addLayout(row)
        self.box = box
        self._column = column
        self._show_guide()
        box.currentIndexChanged.connect(self._changed)

    def _changed(self) -> None:
        self._answers.platform = self.box.currentData()
        self._show_guide()

    def _show_guide(self) -> None:
        if self._guide is not None:
            self._guide.setParent(None)
            self._guide.deleteLater()
        entry = guidance.platform_guide(self.box.currentData())
        frame, layout = panel(entry.title)
        for number, block in enumerate(entry.paragraphs, start=1):
            layout.addWidget(paragraph(f"{number}. {block.text}"))
        self.link = None
        if entry.url:
            text = (
                self.tr("Open the report page")
                if entry.url_kind == "report_page"
                else self.tr("Open the help page")
            )
            link = big_button(
                text, self.tr("{text} for {app}").format(text=text, app=entry.title), "linkButton"
            )
            link.setToolTip(entry.url)
            link.clicked.connect(lambda _c=False, u=entry.url: self._open_url(QUrl(u)))
            layout.addWidget(link)
            self.link = link
        else:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "We could not check an official help page for this one. "
                        "Look in the app's menu for Report and Block."
                    ),
                    "note",
                )
            )
        self._column.addWidget(frame)
        self._guide = frame
        frame.show()
