""" "Someone is threatening me": one calm screen at a time.

First: you're not in trouble, and are you safe right now? Then a few skippable
questions, then one step per screen with "Done, next" and "Back", and an end
screen. The position and the answers live only in this page object, in memory:
Hide now returns to the home page, and coming back here resumes where the
person left off, but nothing about it is ever written to disk.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safehelper import guidance, guide_pdf
from safehelper.guidance import Answers, Entry, ShapedStep
from safehelper.region import current_country, needs_question

from .context import AppContext
from .country_question import CountryQuestion
from .home import ChoiceButton
from .page import Page
from .trusted_adults_panel import TrustedAdultsPanel
from .widgets import AskPath, ask_save_path, big_button, panel, paragraph, save_pdf_as

QUESTION_ORDER = ("age", "paid", "shared", "platform")


class WalkthroughPage(Page):
    """The step-by-step help; ``position`` says where the person is."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.guidance = guidance.load_guidance()
        super().__init__(ctx, self.guidance.screen("start").heading, parent)
        self.answers = Answers()
        # ("start", 0), ("question", i), ("step", i) or ("end", 0).
        self.position: tuple[str, int] = ("start", 0)
        self.ask_save_path: AskPath = ask_save_path
        self._reset_widgets()

        self.content = QWidget()
        self.content.setObjectName("walkthroughContent")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(14)
        self.body_layout.addWidget(self.content)

        nav = QFrame()
        self.nav = nav
        nav.setObjectName("walkthroughNav")
        row = QHBoxLayout(nav)
        row.setContentsMargins(24, 10, 24, 14)
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the last screen"))
        self.back_button.setToolTip(self.tr("Go back one screen (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = big_button(
            self.tr("Done, next"), self.tr("Done, go to the next step"), "nextButton"
        )
        self.next_button.setToolTip(self.tr("Go to the next step (Alt+Right)"))
        self.next_button.clicked.connect(self.go_next)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.progress_label)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer = self.layout()
        if outer is not None:
            outer.addWidget(nav)
        # Page-wide shortcuts (a button's own shortcut is lost when its text changes).
        for keys, button in (("Alt+Right", self.next_button), ("Alt+Left", self.back_button)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=button: b.click() if b.isVisible() else None)
        self.refresh()

    # ----- state -------------------------------------------------------------------------

    def _reset_widgets(self) -> None:
        self.choice_buttons: dict[str, QPushButton] = {}
        self.option_buttons: dict[str, QPushButton] = {}
        self.action_button: QPushButton | None = None
        self.service_buttons: dict[str, QPushButton] = {}
        self.platform_box: QComboBox | None = None
        self.platform_link: QPushButton | None = None
        self.message_edits: dict[str, QPlainTextEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        self.parents_button: QPushButton | None = None
        self.pdf_button: QPushButton | None = None
        self.status_label: QLabel | None = None
        self.country_question: CountryQuestion | None = None
        self.not_ok_button: QPushButton | None = None

    def country(self) -> str:
        """The country the steps are shaped for (from settings, or a guess)."""
        return current_country(self.ctx.settings) or ""

    def steps(self) -> list[ShapedStep]:
        """The steps for the current answers."""
        return guidance.steps_for(self.answers, self.country())

    def current_step(self) -> ShapedStep | None:
        """The step on screen, if a step is on screen."""
        kind, index = self.position
        return self.steps()[index] if kind == "step" else None

    def go_to(self, kind: str, index: int = 0) -> None:
        """Show a screen; the place is remembered until the app quits."""
        self.position = (kind, index)
        self.refresh()

    def go_next(self) -> None:
        """Forward one screen: a skipped question, or a step marked done."""
        kind, index = self.position
        if kind == "start":
            self.go_to("question", 0)
        elif kind == "question":
            self._after_question(index)
        elif kind == "step":
            if index + 1 < len(self.steps()):
                self.go_to("step", index + 1)
            else:
                self.go_to("end")

    def go_back(self) -> None:
        """Back one screen; nothing is lost by going back."""
        kind, index = self.position
        if kind == "question" and index > 0:
            self.go_to("question", index - 1)
        elif kind == "question":
            self.go_to("start")
        elif kind == "step":
            if index > 0:
                self.go_to("step", index - 1)
            else:
                self.go_to("question", len(QUESTION_ORDER) - 1)
        elif kind == "end":
            self.go_to("step", len(self.steps()) - 1)

    def answer(self, question: str, value: str | None) -> None:
        """Record an answer (``None`` = skip) and move on."""
        self.answers.set(question, value)
        self._after_question(QUESTION_ORDER.index(question))

    def _after_question(self, index: int) -> None:
        if index + 1 < len(QUESTION_ORDER):
            self.go_to("question", index + 1)
        else:
            self.go_to("step", 0)

    def restart(self) -> None:
        """Forget the answers and start again from the first screen."""
        self.answers = Answers()
        self.go_to("start")

    def on_shown(self) -> None:
        """Coming back (after Hide now, or from another page) resumes the same screen."""
        self.refresh()

    # ----- drawing -----------------------------------------------------------------------

    def _clear(self) -> None:
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._reset_widgets()

    def _add(self, widget: QWidget) -> QWidget:
        self.content_layout.addWidget(widget)
        # A layout shows new children of a visible parent only later, from the
        # event loop; show them now so the screen is complete at once.
        widget.show()
        return widget

    def _text(self, text: str, object_name: str = "") -> QLabel:
        label = paragraph(text, object_name)
        self._add(label)
        return label

    def refresh(self) -> None:
        """Rebuild the content for the current screen."""
        self._clear()
        kind, index = self.position
        if kind == "start":
            self._render_start()
        elif kind == "question":
            self._render_question(index)
        elif kind == "step":
            self._render_step(index)
        else:
            self._render_end()
        self.content_layout.addStretch(1)
        self._chain_tab_order()
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            scroll.verticalScrollBar().setValue(0)

    def _nav(self, back: bool, next_text: str, next_accessible: str, progress: str) -> None:
        self.back_button.setVisible(back)
        self.next_button.setVisible(bool(next_text))
        if next_text:
            self.next_button.setText(next_text)
            self.next_button.setAccessibleName(next_accessible)
        self.progress_label.setText(progress)
        self.progress_label.setAccessibleName(progress)
        self.progress_label.setVisible(bool(progress))
        self.nav.setVisible(back or bool(next_text) or bool(progress))
        # Skipping a question is allowed but should not look like the main way on.
        role = "bigButton" if self.position[0] == "question" else "nextButton"
        if self.next_button.objectName() != role:
            self.next_button.setObjectName(role)
            self.next_button.style().unpolish(self.next_button)
            self.next_button.style().polish(self.next_button)

    def _render_start(self) -> None:
        self._restore_next()
        start = self.guidance.screen("start")
        self.set_heading(start.heading)
        lines = guidance.start_paragraphs(self.country())
        # The urgent don'ts come first: someone facing a countdown may read no further.
        for item in start.checklist:
            self._text("\u2022  " + item.text, "checkItem")
        if needs_question(self.ctx.settings):
            question = CountryQuestion(self.ctx)
            question.answered.connect(lambda _code: self.refresh())
            self.country_question = question
            self._add(question)
        else:
            self._text(lines[0], "reassurance")
        self._text(lines[1], "question")
        choices = (
            (
                "safe",
                self.tr("Yes, I'm safe right now"),
                self.tr("Let's go through the steps together."),
            ),
            ("not_safe", self.tr("No, I'm not safe"), self.tr("Show me who to call right now.")),
            (
                "hurting",
                self.tr("I'm thinking about hurting myself"),
                self.tr("Talk to someone right now. You matter."),
            ),
        )
        for key, title, sentence in choices:
            button = ChoiceButton(title, sentence)
            if key == "safe":
                button.clicked.connect(lambda: self.go_to("question", 0))
            else:
                button.clicked.connect(self._go_to_crisis)
            self.choice_buttons[key] = button
            self._add(button)
        self._nav(back=False, next_text="", next_accessible="", progress="")

    def _go_to_crisis(self) -> None:
        # Remembered in memory only, so a message drafted now asks for help now.
        self.ctx.needs_help_now = True
        self.ctx.navigator.go("crisis")

    def _render_question(self, index: int) -> None:
        question_id = QUESTION_ORDER[index]
        entry = next(q for q in self.guidance.questions if q.id == question_id)
        self.set_heading(entry.heading)
        for block in entry.paragraphs:
            self._text(block.text)
        options = [(o.value, o.label) for o in entry.options]
        if question_id == "platform":
            options = [(p.id, p.title) for p in guidance.platforms()]
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        current = self.answers.get(question_id)
        buttons = []
        for value, label in options:
            button = big_button(label, label, "answer")
            button.setCheckable(True)
            button.setChecked(value == current)
            button.clicked.connect(lambda _c=False, v=value: self.answer(question_id, v))
            button.ensurePolished()
            buttons.append(button)
            self.option_buttons[value] = button
        # As many columns as fit: labels never wrap, so big text needs fewer.
        widest = max(b.sizeHint().width() for b in buttons) + grid.spacing()
        available = max(self.width() - 2 * 24 - 30, widest)
        columns = max(1, min(3 if len(buttons) > 4 else 2, available // widest))
        for position, button in enumerate(buttons):
            grid.addWidget(button, position // columns, position % columns)
        self._add(grid_holder)
        self._nav(
            back=True,
            next_text=self.tr("Skip this question"),
            next_accessible=self.tr("Skip this question"),
            progress=self.tr("Question {n} of {total}").format(
                n=index + 1, total=len(QUESTION_ORDER)
            ),
        )
        self.next_button.clicked.disconnect()
        self.next_button.clicked.connect(lambda: self.answer(question_id, None))

    def _render_step(self, index: int) -> None:
        self._restore_next()
        steps = self.steps()
        step = steps[index]
        self.set_heading(step.entry.heading)
        for text in step.paragraphs:
            self._text(text)
        for text in step.checklist:
            self._text("\u2022  " + text, "checkItem")
        for text in step.after:
            self._text(text)
        self._render_action(step.entry)
        self._nav(
            back=True,
            next_text=self.tr("Done, next") if index + 1 < len(steps) else self.tr("Done"),
            next_accessible=self.tr("Done, go to the next step"),
            progress=self.tr("Step {n} of {total}").format(n=index + 1, total=len(steps)),
        )

    def _restore_next(self) -> None:
        self.next_button.clicked.disconnect()
        self.next_button.clicked.connect(self.go_next)

    def _render_action(self, entry: Entry) -> None:
        action = entry.action
        if action == "locker":
            self._action_button(entry.action_label, lambda: self.ctx.navigator.go("locker"))
        elif action == "help":
            self._action_button(entry.action_label, lambda: self.ctx.navigator.go("help"))
        elif action == "platform_guide":
            self._render_platform_picker()
        elif action == "takedown":
            self._render_services()
            self._render_claims()
        elif action == "messages":
            self._add(TrustedAdultsPanel(self.ctx))
            self._render_messages()

    def _action_button(self, label: str, slot: Callable[[], None]) -> None:
        button = big_button(label, label, "primaryAction")
        button.clicked.connect(slot)
        self.action_button = button
        self._add(button)

    def _render_platform_picker(self) -> None:
        row_holder = QWidget()
        row = QHBoxLayout(row_holder)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Your app:"))
        box = QComboBox()
        box.setObjectName("platformBox")
        box.setAccessibleName(self.tr("Choose the app they used"))
        for entry in guidance.platforms():
            box.addItem(entry.title, entry.id)
        label.setBuddy(box)
        chosen = guidance.platform_guide(self.answers.platform).id
        box.setCurrentIndex(max(box.findData(chosen), 0))
        row.addWidget(label)
        row.addWidget(box, 1)
        self._add(row_holder)
        self.platform_box = box
        self.guide_holder = QWidget()
        self.guide_layout = QVBoxLayout(self.guide_holder)
        self.guide_layout.setContentsMargins(0, 0, 0, 0)
        self._add(self.guide_holder)
        self._show_platform_guide()
        box.currentIndexChanged.connect(self._platform_changed)

    def _platform_changed(self) -> None:
        if self.platform_box is not None:
            self.answers.platform = self.platform_box.currentData()
        self._show_platform_guide()

    def _show_platform_guide(self) -> None:
        while self.guide_layout.count():
            item = self.guide_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        box = self.platform_box
        entry = guidance.platform_guide(box.currentData() if box is not None else None)
        frame, layout = panel(entry.title)
        for number, block in enumerate(entry.paragraphs, start=1):
            layout.addWidget(paragraph(f"{number}. {block.text}"))
        self.platform_link = None
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
            link.clicked.connect(lambda _c=False, u=entry.url: self.ctx.open_url(QUrl(u)))
            layout.addWidget(link)
            self.platform_link = link
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
        self.guide_layout.addWidget(frame)
        frame.show()

    def _render_services(self) -> None:
        for service in guidance.takedown_services(self.answers, self.country()):
            frame, layout = panel(service.title)
            text = service.action_label or service.title
            button = big_button(
                text, self.tr("{label}: opens the website").format(label=text), "primaryAction"
            )
            button.setToolTip(service.url)
            button.clicked.connect(lambda _c=False, u=service.url: self.ctx.open_url(QUrl(u)))
            # Who it is for, then the button, then the details: at 200 % text
            # the way to act stays near the top.
            layout.addWidget(paragraph(service.paragraphs[0].text))
            layout.addWidget(button)
            for block in service.paragraphs[1:]:
                layout.addWidget(paragraph(block.text))
            self.service_buttons[service.id] = button
            self._add(frame)

    def _render_claims(self) -> None:
        frame, layout = panel(self.guidance.titles["claims"], "claimsPanel")
        for claim in self.guidance.claims:
            layout.addWidget(paragraph(claim.text))
        self._add(frame)

    def _render_messages(self) -> None:
        for message in self.guidance.messages:
            frame, layout = panel(message.title)
            edit = QPlainTextEdit(message.text)
            edit.setObjectName("messageEdit")
            edit.setAccessibleName(message.title)
            edit.setAccessibleDescription(self.tr("You can change the words before you copy."))
            edit.setTabChangesFocus(True)
            edit.ensurePolished()
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 16)
            layout.addWidget(edit)
            copy = big_button(
                self.tr("Copy"),
                self.tr("Copy this message: {title}").format(title=message.title),
                "copyButton",
            )
            status = paragraph("", "note")
            copy.clicked.connect(lambda _c=False, e=edit, s=status: self._copy(e, s))
            layout.addWidget(copy)
            layout.addWidget(status)
            self.message_edits[message.id] = edit
            self.copy_buttons[message.id] = copy
            self._add(frame)

    def _copy(self, edit: QPlainTextEdit, status: QLabel) -> None:
        QGuiApplication.clipboard().setText(edit.toPlainText())
        status.setText(self.tr("Copied. Paste it into a message to send it."))
        status.setAccessibleName(status.text())

    def _render_end(self) -> None:
        self._restore_next()
        end = self.guidance.screen("end")
        self.set_heading(end.heading)
        for block in end.paragraphs:
            self._text(block.text)
        not_ok = big_button(
            self.tr("I'm not OK"), self.tr("I'm not OK: show who I can talk to right now")
        )
        not_ok.clicked.connect(lambda: self.ctx.navigator.go("crisis"))
        self.not_ok_button = not_ok
        self._add(not_ok)
        self.parents_button = big_button(
            self.tr("Show a parent or carer their guide"),
            self.tr("Open the guide for parents and carers"),
            "primaryAction",
        )
        self.parents_button.clicked.connect(lambda: self.ctx.navigator.go("parents"))
        self._add(self.parents_button)
        self.pdf_button = big_button(
            self.tr("Save these steps as a PDF"), self.tr("Save these steps as a PDF file")
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        self._add(self.pdf_button)
        again = big_button(
            self.tr("Go through the steps again"), self.tr("Forget my answers and start again")
        )
        again.clicked.connect(self.restart)
        self._add(again)
        self.status_label = self._text("", "note")
        self._nav(back=True, next_text="", next_accessible="", progress="")

    def save_pdf(self) -> None:
        """Ask where, then save the walkthrough as a PDF (the same text the CLI prints)."""
        if self.status_label is None:
            return
        answers, country = self.answers, self.country()
        save_pdf_as(
            self,
            self.ctx.jobs,
            self.ask_save_path,
            self.tr("Save the steps as a PDF"),
            "SafeHelper steps.pdf",
            lambda: guide_pdf.walkthrough_pdf(answers, country),
            self._report,
        )

    def _report(self, text: str) -> None:
        """How saving went, on the end screen if the person is still on it."""
        if self.status_label is not None:
            self.status_label.setText(text)
            self.status_label.setAccessibleName(text)

    def _chain_tab_order(self) -> None:
        focusable = [
            w
            for w in self.content.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(self)
        ]
        chain = [*focusable, self.back_button, self.next_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if focusable and self.isVisible():
            focusable[0].setFocus(Qt.FocusReason.OtherFocusReason)
