"""The walkthrough's "get it taken down" step: the services that remove pictures, and the claims.

Which services are shown depends on the answers (age, whether anything was
shared) and the country; each is a panel that says who it is for, then its
button, then the details, so at 200 % text the way to act stays near the top.
Below them, what blackmailers often claim, so the teen is not frightened by it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from safehelper import guidance
from safehelper.guidance import Answers, Guidance

from .widgets import big_button, panel, paragraph


class TakedownServices(QWidget):
    """One panel per removal service for these answers; ``buttons`` by service id."""

    def __init__(
        self,
        answers: Answers,
        country: str,
        open_url: Callable[[QUrl], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        for service in guidance.takedown_services(answers, country):
            frame, layout = panel(service.title)
            text = service.action_label or service.title
            button = big_button(
                text, self.tr("{label}: opens the website").format(label=text), "primaryAction"
            )
            button.setToolTip(service.url)
            button.clicked.connect(lambda _c=False, u=service.url: open_url(QUrl(u)))
            layout.addWidget(paragraph(service.paragraphs[0].text))
            layout.addWidget(button)
            for block in service.paragraphs[1:]:
                layout.addWidget(paragraph(block.text))
            self.buttons[service.id] = button
            column.addWidget(frame)


def claims_panel(content: Guidance) -> QFrame:
    """What they may claim to scare the teen, each answered in the guidance text."""
    frame, layout = panel(content.titles["claims"], "claimsPanel")
    for claim in content.claims:
        layout.addWidget(paragraph(claim.text))
    return frame
