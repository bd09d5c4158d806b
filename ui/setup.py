"""First-run setup: a short run of pages a parent (or the young person) can skip at any point.

Every choice is saved the moment it is made, so stopping half-way loses
nothing. Hide now and I'm not OK stay in the top bar throughout: setup is a
page of the main window, never a modal wizard that could trap someone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .alert_channel_editor import AlertChannelEditor
from .context import AppContext
from .family_forms import AppearanceForm, AutostartForm, NoSurveillancePanel
from .locker_protection import LockerProtectionForm
from .page import Page
from .timestamp_form import TimestampForm
from .trusted_adults_editor import TrustedAdultsEditor
from .widgets import paragraph, section_title


class WhoStep(QWidget):
    """Who is setting up: a parent or carer, or the young person."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(
            paragraph(
                self.tr(
                    "SafeHelper helps a young person if someone online threatens to share "
                    "private images of them. Setting it up now means it is ready if that ever "
                    "happens. It takes about five minutes, and you can skip any step."
                )
            )
        )
        self.group = QButtonGroup(self)
        self.parent_choice = QRadioButton(self.tr("I'm a parent or carer"))
        self.teen_choice = QRadioButton(self.tr("I'm the young person who will use it"))
        for button in (self.parent_choice, self.teen_choice):
            button.setAccessibleName(button.text())
            self.group.addButton(button)
            column.addWidget(button)
        # Toggled, not clicked: arrow keys move between radio buttons without a click.
        self.group.buttonToggled.connect(self._toggled)

    def refresh(self) -> None:
        """Show the saved choice."""
        choice = {"parent": self.parent_choice, "teen": self.teen_choice}.get(
            self.ctx.settings.setup_by
        )
        if choice is not None:
            choice.setChecked(True)

    def _toggled(self, _button: QRadioButton, on: bool) -> None:
        if not on:
            return
        who = "parent" if self.parent_choice.isChecked() else "teen"
        if who != self.ctx.settings.setup_by:
            self.ctx.settings.setup_by = who
            self.ctx.save_settings()


class Step:
    """One setup page: the sentence at the top, and the widget below it."""

    def __init__(self, key: str, heading: str, widget: QWidget) -> None:
        self.key = key
        self.heading = heading
        self.widget = widget


class SetupPage(Page):
    """The setup pages, one at a time, with Skip setup and Next.

    Back is the window's one Back button (and Alt+Left), as in the walkthrough: it
    steps back through the setup steps first, then leaves setup.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.who = WhoStep(ctx)
        self.appearance = AppearanceForm(ctx)
        self.locker = LockerProtectionForm(ctx)
        self.locker.ready.connect(self.next_step)  # the locker is made: go on
        self.autostart = AutostartForm(ctx)
        self.adults = TrustedAdultsEditor(ctx)
        self.alert = AlertChannelEditor(ctx)
        self.promise = NoSurveillancePanel()
        self.timestamps = TimestampForm(ctx)
        promise_box = QWidget()
        promise_column = QVBoxLayout(promise_box)
        promise_column.setContentsMargins(0, 0, 0, 0)
        promise_column.addWidget(self.promise)
        promise_column.addWidget(section_title(self.tr("Independent time stamps (optional)")))
        promise_column.addWidget(self.timestamps)
        adults_box = QWidget()
        adults_column = QVBoxLayout(adults_box)
        adults_column.setContentsMargins(0, 0, 0, 0)
        adults_column.addWidget(
            paragraph(
                self.tr(
                    "If something happens, SafeHelper shows these people with buttons to call, "
                    "text or email them. Choose adults the young person trusts and would "
                    "really talk to."
                )
            )
        )
        adults_column.addWidget(self.adults)
        self.steps = [
            Step("who", self.tr("Who is setting up SafeHelper?"), self.who),
            Step(
                "appearance",
                self.tr("Choose your country, language and an easy-to-read look."),
                self.appearance,
            ),
            Step("locker", self.tr("Choose how the evidence locker is protected."), self.locker),
            Step(
                "autostart",
                self.tr("Choose whether SafeHelper starts with the computer."),
                self.autostart,
            ),
            Step("adults", self.tr("Add the adults the young person can turn to."), adults_box),
            Step("alert", self.tr("Connect an alert, if you want one."), self.alert),
            Step(
                "promise",
                self.tr("Read what SafeHelper does not do, then finish."),
                promise_box,
            ),
        ]
        self.progress = QLabel()
        self.progress.setObjectName("stepProgress")
        self.body_layout.addWidget(self.progress)
        for step in self.steps:
            self.body_layout.addWidget(step.widget)
        self.body_layout.addStretch(1)
        outer = self.layout()
        assert outer is not None  # Page always has its column
        outer.addWidget(self._build_nav())
        self.index = 0
        self.show_step(0)

    def _build_nav(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("setupNav")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 10, 24, 12)
        self.skip_button = QPushButton(self.tr("Skip setup"))
        self.skip_button.setAccessibleName(self.tr("Skip setup for now"))
        self.skip_button.setToolTip(self.tr("You can set this up later from Set up for my family"))
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.clicked.connect(self.next_step)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.next_button)
        return bar

    def current_key(self) -> str:
        """The step shown now (tests and screenshots use it)."""
        return self.steps[self.index].key

    def show_step(self, index: int) -> None:
        """Show one step, with its heading and the right buttons."""
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        for other in self.steps:
            other.widget.setVisible(other is step)
        refresh = getattr(step.widget, "refresh", None)
        if callable(refresh):
            refresh()
        for_teen = self.ctx.settings.setup_by == "teen"
        self.promise.set_for_teen(for_teen)
        heading = step.heading
        if step.key == "adults" and for_teen:
            heading = self.tr("Add adults you trust and could talk to.")
        self.set_heading(heading)
        self.progress.setText(
            self.tr("Step {number} of {total}").format(number=self.index + 1, total=len(self.steps))
        )
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setAccessibleName(
            self.tr("Finish setup") if last else self.tr("Next step")
        )
        self.skip_button.setVisible(not last)
        step.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_back(self) -> bool:
        """Back one step; nothing chosen is lost. ``False`` on the first step."""
        if self.index == 0:
            return False
        self.show_step(self.index - 1)
        return True

    def next_step(self) -> None:
        """Go on; the locker step first creates the locker as chosen."""
        key = self.current_key()
        if key == "appearance":
            self.appearance.keep_shown()
        if key == "locker" and not self.locker.apply():
            return
        if key == "adults" and self.adults.has_typed_text() and not self.adults.save_form():
            return
        if key == "alert" and self.alert.has_changes() and not self.alert.save():
            return
        if self.index == len(self.steps) - 1:
            self.finish()
            return
        self.show_step(self.index + 1)

    def _done(self) -> None:
        self.ctx.settings.first_run_done = True
        self.ctx.save_settings()

    def skip(self) -> None:
        """Leave setup; what was chosen so far stays saved, and it can be opened again."""
        self._done()
        self.ctx.navigator.go("home")

    def finish(self) -> None:
        """Setup is done: a parent sees the family page, a young person the home page."""
        self._done()
        self.ctx.navigator.go("home" if self.ctx.settings.setup_by == "teen" else "family")

    def on_shown(self) -> None:
        """Opening setup (again) starts from the first step, with fresh settings."""
        for form in (self.who, self.appearance, self.autostart, self.adults, self.alert):
            form.refresh()
        self.show_step(0)
