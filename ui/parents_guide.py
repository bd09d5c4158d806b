"""The guide for parents and carers: "Your child told you. What now?"

Reached from the end of the walkthrough and from the family page. It shows
only general guidance: never the child's evidence, answers or progress.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from safehelper import guidance, guide_pdf

from .context import AppContext
from .dialogs import AskPath, ask_save_path, save_pdf_as
from .page import Page
from .widgets import big_button, paragraph


class ParentsGuidePage(Page):
    """Calm first reactions and the steps to take together, with sources."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.guidance = guidance.load_guidance()
        sections = self.guidance.parents
        super().__init__(ctx, sections[0].heading, parent)
        self.ask_save_path: AskPath = ask_save_path
        self.body_layout.addWidget(paragraph(self.guidance.titles["parents"], "guideTitle"))
        for section in sections:
            self.body_layout.addWidget(paragraph(section.title, "sectionTitle"))
            for block in section.paragraphs:
                self.body_layout.addWidget(paragraph(block.text))
        self.steps_button: QPushButton = big_button(
            self.tr("Go through the steps with your child"),
            self.tr("Open the step-by-step help"),
            "primaryAction",
        )
        self.steps_button.clicked.connect(lambda: ctx.navigator.go("walkthrough"))
        self.body_layout.addWidget(self.steps_button)
        self.pdf_button: QPushButton = big_button(
            self.tr("Save this guide as a PDF"), self.tr("Save the parents' guide as a PDF file")
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        self.body_layout.addWidget(self.pdf_button)
        self.status_label: QLabel = paragraph("", "note")
        self.body_layout.addWidget(self.status_label)
        checked = max(s.checked for s in sections)
        self.body_layout.addWidget(
            paragraph(
                self.tr(
                    "This advice comes from NCMEC, the FBI, Netsafe, the ACCCE, CEOP and "
                    "Take It Down. Checked {date}."
                ).format(date=checked),
                "note",
            )
        )
        self.body_layout.addStretch(1)

    def save_pdf(self) -> None:
        """Ask where, then save the guide as a PDF."""
        save_pdf_as(
            self,
            self.ctx.jobs,
            self.ask_save_path,
            self.tr("Save the guide as a PDF"),
            "SafeHelper guide for parents.pdf",
            guide_pdf.parents_guide_pdf,
            self._report,
        )

    def _report(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
