""" "Someone is threatening me": one calm screen at a time.

First: you're not in trouble, and are you safe right now? Then a few skippable
questions, then one step per screen with "Done, next", and an end screen.
Back is the window's one Back button (and Alt+Left): it steps back through
these screens first, then to the page before. The position and the answers
live only in this page object, in memory, and are never written to disk.
Going to another page keeps the place; Hide now forgets it all, so whoever
opens SafeHelper next starts at the first screen with nothing chosen and
nothing to go back to.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
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

from .answer_grid import AnswerGrid
from .context import AppContext
from .country_question import CountryQuestion
from .dialogs import AskPath, ask_save_path, save_pdf_as
from .home import ChoiceButton
from .message_templates import MessageTemplates
from .page import Page
from .platform_guide import PlatformGuide
from .takedown_panels import TakedownServices, claims_panel
from .trusted_adults_panel import TrustedAdultsPanel
from .widgets import big_button, paragraph

QUESTION_ORDER = ("age", "paid", "shared", "platform")


class WalkthroughPage(Page):
    """The step-by-step help; ``position`` says where the person is."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.guidance = guidance.load_guidance()
        super().__init__(ctx, self.guidance.screen("start").heading, parent)
        # ("start", 0), ("not_safe", 0), ("question", i), ("step", i) or ("end", 0).
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
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = big_button(
            self.tr("Done, next"), self.tr("Done, next step"), "nextButton"
        )
        self.next_button.setToolTip(self.tr("Go to the next step (Alt+Right)"))
        self.next_button.clicked.connect(self.go_next)
        row.addWidget(self.progress_label)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer = self.layout()
        if outer is not None:
            outer.addWidget(nav)
        # A page-wide shortcut (a button's own is lost when its text changes). Back (the
        # window's button and Alt+Left) asks this page first (see go_back).
        shortcut = QShortcut(QKeySequence("Alt+Right"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(
            lambda: self.next_button.click() if self.next_button.isVisible() else None
        )
        self.refresh()

    # ----- state -------------------------------------------------------------------------

    def _reset_widgets(self) -> None:
        self.choice_buttons: dict[str, QPushButton] = {}
        self.option_buttons: dict[str, QPushButton] = {}
        self.action_button: QPushButton | None = None
        self.service_buttons: dict[str, QPushButton] = {}
        self.platform_guide: PlatformGuide | None = None
        self.message_edits: dict[str, QPlainTextEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        self.parents_button: QPushButton | None = None
        self.pdf_button: QPushButton | None = None
        self.status_label: QLabel | None = None
        self.country_question: CountryQuestion | None = None
        self.not_ok_button: QPushButton | None = None

    @property
    def answers(self) -> Answers:
        """The answers so far; kept in ``ctx.journey`` so the incident form can offer them."""
        return self.ctx.journey.answers

    @answers.setter
    def answers(self, value: Answers) -> None:
        self.ctx.journey.answers = value

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
        if kind in ("start", "not_safe"):
            self.go_to("question", 0)
        elif kind == "question":
            self._after_question(index)
        elif kind == "step":
            if index + 1 < len(self.steps()):
                self.go_to("step", index + 1)
            else:
                self.go_to("end")

    def go_back(self) -> bool:
        """Back one screen; nothing is lost by going back. ``False`` on the first screen."""
        kind, index = self.position
        if kind == "start":
            return False
        if kind == "question" and index > 0:
            self.go_to("question", index - 1)
        elif kind in ("question", "not_safe"):
            self.go_to("start")
        elif kind == "step":
            if index > 0:
                self.go_to("step", index - 1)
            else:
                self.go_to("question", len(QUESTION_ORDER) - 1)
        elif kind == "end":
            self.go_to("step", len(self.steps()) - 1)
        return True

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
        """Coming back from another page resumes the same screen."""
        self.refresh()

    def forget(self) -> None:
        """Hide now: the answers, the place and any message edited here are gone."""
        self.restart()

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
        elif kind == "not_safe":
            self._render_not_safe()
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

    def _nav(self, next_text: str, next_accessible: str, progress: str) -> None:
        self.next_button.setVisible(bool(next_text))
        if next_text:
            self.next_button.setText(next_text)
            self.next_button.setAccessibleName(next_accessible)
        self.progress_label.setText(progress)
        self.progress_label.setAccessibleName(progress)
        self.progress_label.setVisible(bool(progress))
        self.nav.setVisible(bool(next_text) or bool(progress))
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
        if not self._ask_country():
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
            elif key == "not_safe":
                button.clicked.connect(self._not_safe)
            else:
                button.clicked.connect(self._go_to_crisis)
            self.choice_buttons[key] = button
            self._add(button)
        self._nav(next_text="", next_accessible="", progress="")

    def _ask_country(self) -> bool:
        """Where the country is unsure, ask (with the likely emergency numbers); else False."""
        if not needs_question(self.ctx.settings):
            return False
        question = CountryQuestion(self.ctx)
        question.answered.connect(lambda _code: self.refresh())
        self.country_question = question
        self._add(question)
        return True

    def _go_to_crisis(self) -> None:
        # Remembered in memory only, so a message drafted now asks for help now.
        self.ctx.needs_help_now = True
        self.ctx.navigator.go("crisis")

    def _not_safe(self) -> None:
        self.ctx.needs_help_now = True
        self.go_to("not_safe")

    def _render_not_safe(self) -> None:
        """The emergency number first, then the urgent don'ts, then on to the steps."""
        self._restore_next()
        screen = self.guidance.screen("not_safe")
        country = self.country()
        self.set_heading(guidance.with_emergency(screen.heading, country))
        if not self._ask_country():
            number = self.tr("Emergency: call {number}").format(
                number=guidance.emergency_number(country)
            )
            self._text(number, "bigNumber")
        for block in screen.paragraphs:
            self._text(guidance.with_emergency(block.text, country))
        for item in screen.checklist:
            self._text("\u2022  " + item.text, "checkItem")
        for block in screen.after:
            self._text(block.text)
        crisis = big_button(
            self.tr("Show me who to talk to now"),
            self.tr("Show crisis lines and who to talk to now"),
        )
        crisis.clicked.connect(self._go_to_crisis)
        self.not_ok_button = crisis
        self._add(crisis)
        self._nav(
            next_text=self.tr("Continue to the steps"),
            next_accessible=self.tr("Continue to the steps"),
            progress="",
        )

    def _render_question(self, index: int) -> None:
        question_id = QUESTION_ORDER[index]
        entry = next(q for q in self.guidance.questions if q.id == question_id)
        self.set_heading(entry.heading)
        for block in entry.paragraphs:
            self._text(block.text)
        options = [(o.value, o.label) for o in entry.options]
        if question_id == "platform":
            options = [(p.id, p.title) for p in guidance.platforms()]
        grid = AnswerGrid(options, self.answers.get(question_id), self.width() - 2 * 24 - 30)
        grid.answered.connect(lambda value: self.answer(question_id, value))
        self.option_buttons = grid.buttons
        self._add(grid)
        self._nav(
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
            next_text=self.tr("Done, next") if index + 1 < len(steps) else self.tr("Done, finish"),
            next_accessible=self.tr("Done, next step")
            if index + 1 < len(steps)
            else self.tr("Done, finish the steps"),
            progress=self.tr("Step {n} of {total}").format(n=index + 1, total=len(steps)),
        )

    def _restore_next(self) -> None:
        self.next_button.clicked.disconnect()
        self.next_button.clicked.connect(self.go_next)

    def _render_action(self, entry: Entry) -> None:
        action = entry.action
        if action == "locker":
            self._action_button(entry.action_label, self._save_evidence)
            if self.ctx.journey.just_saved:
                self.ctx.journey.just_saved = False
                self._text(
                    self.tr("Saved in your locker. You can save more there at any time."), "note"
                )
        elif action == "help":
            self._action_button(entry.action_label, lambda: self.ctx.navigator.go("help"))
        elif action == "platform_guide":
            self.platform_guide = PlatformGuide(self.answers, self._open_url)
            self._add(self.platform_guide)
        elif action == "takedown":
            services = TakedownServices(self.answers, self.country(), self._open_url)
            self.service_buttons = services.buttons
            self._add(services)
            self._add(claims_panel(self.guidance))
        elif action == "messages":
            self._add(TrustedAdultsPanel(self.ctx))
            messages = MessageTemplates(self.guidance)
            self.message_edits = messages.edits
            self.copy_buttons = messages.copy_buttons
            self._add(messages)

    def _open_url(self, url: QUrl) -> None:
        # Looked up at each click, so the context's opener is the one in use then.
        self.ctx.open_url(url)

    def _save_evidence(self) -> None:
        """Open the locker; once something is saved there it brings the teen back here."""
        self.ctx.journey.resume_page = "walkthrough"
        self.ctx.navigator.go("locker")

    def _action_button(self, label: str, slot: Callable[[], None]) -> None:
        button = big_button(label, label, "primaryAction")
        button.clicked.connect(slot)
        self.action_button = button
        self._add(button)

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
        self._nav(next_text="", next_accessible="", progress="")

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
        chain = [self.heading, *focusable, self.next_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        # The new screen's heading, never an answer or an action: a second press of
        # Space or Enter must not choose something nobody has read yet.
        if self.isVisible() and self.window().isActiveWindow():
            self.focus_heading()
