"""Set up for my family: the parents' page.

Setup (first time or again), the parents' guide, the trusted adults, and the
promise of what SafeHelper does not do. Nothing here shows a parent anything
the young person saved or read.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from .context import AppContext
from .family_forms import NoSurveillancePanel, TrustedAdultsEditor
from .page import Page
from .widgets import paragraph, section_title


class FamilyPage(Page):
    """Where a parent or carer gets SafeHelper ready, and comes back to change it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Get SafeHelper ready for your family."), parent)
        self.body_layout.addWidget(
            paragraph(
                self.tr(
                    "Set it up now, before anything happens, so that on a bad day it is already "
                    "here and points to people your child trusts."
                )
            )
        )
        row = QHBoxLayout()
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("primary")
        self.setup_button.clicked.connect(lambda: ctx.navigator.go("setup"))
        self.settings_button = QPushButton(self.tr("All settings"))
        self.settings_button.setAccessibleName(self.tr("Open all settings"))
        self.settings_button.clicked.connect(lambda: ctx.navigator.go("settings"))
        row.addWidget(self.setup_button)
        row.addWidget(self.settings_button)
        row.addStretch(1)
        self.body_layout.addLayout(row)

        self.guide_box = QWidget()
        guide = QHBoxLayout(self.guide_box)
        guide.setContentsMargins(0, 0, 0, 0)
        guide.addWidget(
            paragraph(
                self.tr(
                    "If your child tells you something has happened: stay calm, thank them for "
                    "telling you, and follow the steps together. The person who did this is to "
                    "blame, not your child."
                )
            ),
            1,
        )
        self.guide_button = QPushButton(self.tr("Read the parents' guide"))
        self.guide_button.setAccessibleName(self.tr("Read the parents' guide"))
        self.guide_button.clicked.connect(lambda: ctx.navigator.go("parents"))
        guide.addWidget(self.guide_button)
        self.body_layout.addWidget(self.guide_box)

        self.body_layout.addWidget(section_title(self.tr("Trusted adults")))
        self.body_layout.addWidget(
            paragraph(
                self.tr("Your child sees these people with buttons to call, text or email them.")
            )
        )
        self.adults = TrustedAdultsEditor(ctx)
        self.body_layout.addWidget(self.adults)
        self.body_layout.addWidget(NoSurveillancePanel())
        self.body_layout.addStretch(1)
        self.on_shown()

    def has_parents_guide(self) -> bool:
        """Whether the main window has the parents' guide page (it is built alongside)."""
        pages = getattr(self.window(), "pages", None)
        return pages is not None and any(name == "parents" for name in pages)

    def on_shown(self) -> None:
        """Refresh the list and the setup button's words."""
        done = self.ctx.settings.first_run_done and bool(self.ctx.settings.setup_by)
        text = self.tr("Run setup again") if done else self.tr("Start setup")
        self.setup_button.setText(text)
        self.setup_button.setAccessibleName(text)
        self.guide_button.setVisible(self.has_parents_guide())
        self.adults.refresh()
