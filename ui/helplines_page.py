"""The "Get help now" page: helplines sorted by what the user needs, not by who runs them.

Sections: I'm in danger now, I want to talk to someone, Report what happened
(with the police route for the country), Get images taken down, For parents.
The country can be changed on the page in one click. For a country SafeHelper
has not checked, the page shows the services that work from anywhere and the
worldwide directory of child helplines.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safehelper import report_summary
from safehelper.helplines import Directory, Service

from .context import AppContext
from .directory_page import DirectoryPage
from .flow_layout import FlowLayout
from .trusted_adults_panel import TrustedAdultsPanel
from .widgets import paragraph

FALLBACK_ID = "all-child-helpline-international"
COPIED_MS = 4000
# The order of the sections, and which kinds of service each one lists.
SECTION_KINDS: dict[str, tuple[str, ...]] = {
    "danger": ("emergency",),
    "talk": ("youth", "crisis", "sexual-harm"),
    "report": ("police", "hotline"),
    "takedown": ("takedown",),
    "parents": ("parents",),
}


def pick(
    directory: Directory, country: str, kinds: tuple[str, ...], international: bool
) -> list[Service]:
    """Services of any of ``kinds`` for a country, in kind order, each listed once."""
    chosen: list[Service] = []
    for kind in kinds:
        for service in directory.query(country, kind=kind, include_international=international):
            if service not in chosen:
                chosen.append(service)
    return chosen


class PolicePanel(QFrame):
    """How to report to police in this country, and a summary to paste into the form."""

    def __init__(
        self, text: str, summary: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("policePanel")
        self.summary = summary
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        title = QLabel(self.tr("Report to police"))
        title.setObjectName("serviceName")
        column.addWidget(title)
        self.route = paragraph(text)
        column.addWidget(self.route)
        column.addWidget(
            paragraph(
                self.tr(
                    "Report forms ask what happened. Copy this list, paste it into the form, "
                    "and fill in what you know. Leave out what you don't know."
                )
            )
        )
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy a summary of what happened"))
        self.copy_button.setObjectName("cardAction")
        self.copy_button.setAccessibleName(self.tr("Copy a summary of what happened"))
        self.copy_button.clicked.connect(self._copy)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        column.addLayout(row)
        self.status = paragraph("")
        self.status.setVisible(False)
        column.addWidget(self.status)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.summary())
        text = self.tr("Copied. Paste it into the report form, then fill in the blanks.")
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(True)
        # With the label as context, Qt drops the timer if the page is rebuilt meanwhile.
        QTimer.singleShot(COPIED_MS, self.status, lambda: self.status.setVisible(False))


class HelplinesPage(DirectoryPage):
    """Who to contact, sorted by need, for the chosen country."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Pick who to contact. You can call, text or go online."), parent
        )
        self.summary_source: Callable[[], str] = lambda: report_summary.summary_text(
            ctx.locker.unlocked_locker()
        )
        self.body_layout.addWidget(
            paragraph(
                self.tr("You are not in trouble. These people help young people every day."),
                "reassurance",
            )
        )
        self.body_layout.addWidget(self.picker)

        self.titles = {
            "danger": self.tr("I'm in danger now"),
            "talk": self.tr("I want to talk to someone"),
            "report": self.tr("Report what happened"),
            "takedown": self.tr("Get images taken down"),
            "parents": self.tr("For parents"),
        }
        self.jump_row = QWidget()
        jump = FlowLayout(self.jump_row, spacing=8)
        self.jump_buttons: dict[str, QPushButton] = {}
        for key, title in self.titles.items():
            button = QPushButton(title)
            button.setObjectName("jumpButton")
            button.setAccessibleName(self.tr("Go to: {section}").format(section=title))
            button.clicked.connect(lambda _checked=False, k=key: self.scroll_to(k))
            self.jump_buttons[key] = button
            jump.addWidget(button)
        self.body_layout.addWidget(self.jump_row)

        self.body_layout.addWidget(self.content)
        self.sections: dict[str, QLabel] = {}
        self.police_panel: PolicePanel | None = None
        self.rebuild()

    # ---------------------------------------------------------------- building

    def rebuild(self) -> None:
        """Show the services for the country chosen now."""
        self.clear_content()
        self.sections = {}
        self.police_panel = None
        known = self.country in self.directory.countries()
        for key in SECTION_KINDS:
            self._section_heading(key)
            getattr(self, f"_fill_{key}")(known)

    def _section_heading(self, key: str) -> None:
        label = QLabel(self.titles[key])
        label.setObjectName("sectionHeading")
        label.setAccessibleName(self.titles[key])
        label.setWordWrap(True)
        self.sections[key] = label
        self.content_layout.addWidget(label)

    def _fallback(self) -> list[Service]:
        return [self.directory.service(FALLBACK_ID)]

    def _fill_danger(self, known: bool) -> None:
        if known:
            self.add_cards(pick(self.directory, self.country, SECTION_KINDS["danger"], False))
            return
        self.content_layout.addWidget(
            paragraph(
                self.tr(
                    "Call your country's emergency number now if you or someone else is in danger."
                )
            )
        )

    def _fill_talk(self, known: bool) -> None:
        self.content_layout.addWidget(TrustedAdultsPanel(self.ctx))
        if known:
            self.add_cards(pick(self.directory, self.country, SECTION_KINDS["talk"], False))
        else:
            self.content_layout.addWidget(
                paragraph(
                    self.tr(
                        "SafeHelper has not checked the helplines in your country yet. This list "
                        "of child helplines around the world can help you find yours."
                    )
                )
            )
            self.add_cards(self._fallback())

    def _fill_report(self, known: bool) -> None:
        route = self.directory.police_route(self.country) if known else None
        text = (
            route.text
            if route
            else self.tr(
                "If you are in danger now, call your local emergency number. You can also go to "
                "a police station with a trusted adult and show them what you saved."
            )
        )
        self.police_panel = PolicePanel(text, lambda: self.summary_source())
        self.content_layout.addWidget(self.police_panel)
        if known:
            self.add_cards(pick(self.directory, self.country, SECTION_KINDS["report"], False))

    def _fill_takedown(self, known: bool) -> None:
        self.content_layout.addWidget(
            paragraph(
                self.tr(
                    "These services can help stop a picture spreading. They can't promise to "
                    "remove it everywhere."
                )
            )
        )
        self.add_cards(pick(self.directory, self.country, SECTION_KINDS["takedown"], True))

    def _fill_parents(self, known: bool) -> None:
        services = pick(self.directory, self.country, SECTION_KINDS["parents"], False)
        self.add_cards(services)
        self.content_layout.addWidget(
            paragraph(
                self.tr(
                    "Parents and carers can contact the services above for advice too. Stay calm "
                    "and thank your child for telling you. Don't send the images to anyone, not "
                    "even the police: let the police collect them."
                )
            )
        )

    # ---------------------------------------------------------------- showing

    def scroll_to(self, key: str) -> None:
        """Bring a section's heading into view (the buttons at the top do this)."""
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            heading = self.sections[key]
            top = heading.mapTo(self.body, heading.rect().topLeft()).y()
            scroll.verticalScrollBar().setValue(top)
