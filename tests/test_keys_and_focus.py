"""Keys, focus and the wheel, driven as a keyboard or mouse user would, in the real window.

Enter and Space press the focused button everywhere; after a choice the focus
is on the new screen's heading, so pressing again picks nothing unread; focus
and a chosen answer look different; the wheel scrolls past drop-downs instead
of changing them; Back (button and Alt+Left) works on every page.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import close_shell
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QScrollArea, QWidget
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.settings_page import SettingsPage
from safehelper_ui.walkthrough import WalkthroughPage
from safehelper_ui.widgets import TICK

from safehelper import settings as settings_store
from safehelper.settings import Settings


def open_shell(qapp: QApplication, qtbot, settings: Settings) -> Shell:  # type: ignore[no-untyped-def]
    shell = Shell(qapp, AppContext(settings=settings, navigator=Navigator()))
    qtbot.addWidget(shell.window)
    shell.window.resize(1366, 768)
    shell.window.show()
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)
    return shell


@pytest.fixture
def nz(qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    shell = open_shell(qapp, qtbot, Settings(country="NZ"))
    yield shell
    close_shell(qapp, shell)


def press(qtbot, widget: QWidget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Focus ``widget`` as Tab would, then press ``key`` on it."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, key)


def walkthrough(shell: Shell) -> WalkthroughPage:
    page = shell.window.pages["walkthrough"]
    assert isinstance(page, WalkthroughPage)
    return page


def focused() -> QWidget | None:
    return QApplication.focusWidget()


# ----- Enter and Space -------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space],
    ids=["return", "keypad-enter", "space"],
)
def test_enter_and_space_press_cards_answers_and_done_next(nz: Shell, qtbot, key: Qt.Key) -> None:
    window = nz.window
    press(qtbot, window.pages["home"].choices["walkthrough"], key)
    qtbot.waitUntil(lambda: window.current_page() == "walkthrough")
    page = walkthrough(nz)
    press(qtbot, page.choice_buttons["safe"], key)
    qtbot.waitUntil(lambda: page.position == ("question", 0))
    press(qtbot, page.option_buttons["under18"], key)
    qtbot.waitUntil(lambda: page.position == ("question", 1))
    assert page.answers.age == "under18"
    press(qtbot, page.next_button, key)  # "Skip this question"
    qtbot.waitUntil(lambda: page.position == ("question", 2))
    page.go_to("step", 0)
    press(qtbot, page.next_button, key)  # "Done, next"
    qtbot.waitUntil(lambda: page.position == ("step", 1))
    press(qtbot, window.back_button, key)
    qtbot.waitUntil(lambda: page.position == ("step", 0))
    press(qtbot, window.not_ok_button, key)
    qtbot.waitUntil(lambda: window.current_page() == "crisis")


def test_enter_in_a_dialog_keeps_the_dialogs_own_rules(nz: Shell, qtbot) -> None:
    """The remove-data dialog: Enter on the focused Cancel cancels (nothing is removed)."""
    nz.window.show_page("settings")
    page = nz.window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.open_remove_dialog()
    dialog = page.remove_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, dialog.cancel_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == 0


# ----- focus after a choice --------------------------------------------------------------


def test_after_each_choice_focus_is_on_the_new_heading_and_space_picks_nothing(
    nz: Shell, qtbot
) -> None:
    window = nz.window
    press(qtbot, window.pages["home"].choices["walkthrough"], Qt.Key.Key_Space)
    page = walkthrough(nz)
    qtbot.waitUntil(lambda: focused() is page.heading)
    press(qtbot, page.choice_buttons["safe"], Qt.Key.Key_Space)
    for question in range(4):
        assert page.position == ("question", question)
        qtbot.waitUntil(lambda: focused() is page.heading)
        # Pressing again (as a frightened person might) answers nothing.
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
            qtbot.keyClick(page.heading, key)
        assert page.position == ("question", question)
        assert not any(b.isChecked() for b in page.option_buttons.values())
        value = "yes" if question == 1 else next(iter(page.option_buttons))
        press(qtbot, page.option_buttons[value], Qt.Key.Key_Space)
    assert page.answers.paid == "yes"
    # Through the steps with Space on "Done, next": never onto "Save evidence now".
    for step in range(8):
        assert page.position == ("step", step)
        qtbot.waitUntil(lambda: focused() is page.heading)
        qtbot.keyClick(page.heading, Qt.Key.Key_Space)
        assert window.current_page() == "walkthrough"
        press(qtbot, page.next_button, Qt.Key.Key_Space)
    assert page.position == ("end", 0)
    # Tab from the heading reaches the screen's first control.
    page.go_to("step", 2)
    qtbot.waitUntil(lambda: focused() is page.heading)
    qtbot.keyClick(page.heading, Qt.Key.Key_Tab)
    assert focused() is page.action_button
    assert window.current_page() == "walkthrough"


def test_opening_a_page_puts_focus_on_its_heading(nz: Shell, qtbot) -> None:
    for name in ("help", "crisis", "settings", "parents", "home"):
        nz.window.show_page(name)
        page = nz.window.pages[name]
        qtbot.waitUntil(lambda p=page: focused() is p.heading)
        assert page.heading.accessibleName() == page.heading.text()


# ----- focus and chosen look different ---------------------------------------------------


def centre_colour(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, 4 + image.height() // 8)


def edge_colour(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_focused_and_chosen_answers_look_different(qapp: QApplication, qtbot, theme: str) -> None:
    shell = open_shell(qapp, qtbot, Settings(country="NZ", theme=theme))
    try:
        page = walkthrough(shell)
        shell.window.show_page("walkthrough")
        page.answers.set("age", "under18")
        page.go_to("question", 1)  # "Have you sent them money?"
        qtbot.waitUntil(lambda: focused() is page.heading)
        yes = page.option_buttons["yes"]
        assert not yes.isChecked() and not yes.text().startswith(TICK.strip())
        page.go_to("question", 0)
        chosen = page.option_buttons["under18"]
        other = page.option_buttons["adult"]
        assert chosen.isChecked() and chosen.text().startswith(TICK)
        assert chosen.accessibleName() == chosen.text().removeprefix(TICK)
        plain = (centre_colour(other), edge_colour(other))
        other.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(other.hasFocus)
        focus = (centre_colour(other), edge_colour(other))
        filled = centre_colour(chosen)
        # Focus changes the outline only; chosen fills the button (and adds the tick).
        assert focus[0] == plain[0]
        assert focus[1] != plain[1]
        assert filled != focus[0]
        assert not other.text().startswith(TICK.strip())
    finally:
        close_shell(qapp, shell)


# ----- the wheel -------------------------------------------------------------------------


def wheel(widget: QWidget, notches: int) -> None:
    """``notches`` turns of a mouse wheel over the middle of ``widget`` (down is negative)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(abs(notches)):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 if notches > 0 else -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def scroll_bar_of(widget: QWidget):  # type: ignore[no-untyped-def]
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent.verticalScrollBar()


def test_wheel_over_the_country_scrolls_and_never_changes_it(qapp: QApplication, qtbot) -> None:
    shell = open_shell(qapp, qtbot, Settings(country="AU", text_scale=200))
    try:
        shell.window.show_page("crisis")
        picker = shell.window.pages["crisis"].picker
        box = picker.box
        assert box.currentData() == "AU"
        bar = scroll_bar_of(box)
        assert bar.maximum() > 0  # at 200 % the crisis page scrolls
        wheel(box, -3)
        qtbot.waitUntil(lambda: bar.value() > 0)
        assert box.currentData() == "AU"
        assert shell.ctx.settings.country == "AU"
        assert settings_store.load().country != "CA"
        # Chosen on purpose (Tab to it): now the wheel may change it.
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(box.hasFocus)
        wheel(box, -1)
        assert box.currentData() != "AU"
    finally:
        close_shell(qapp, shell)


def test_wheel_over_settings_leaves_text_size_and_theme_alone(qapp: QApplication, qtbot) -> None:
    shell = open_shell(qapp, qtbot, Settings(country="NZ"))
    try:
        shell.window.show_page("settings")
        page = shell.window.pages["settings"]
        assert isinstance(page, SettingsPage)
        boxes = page.findChildren(QComboBox)
        assert len(boxes) >= 4
        before = [b.currentIndex() for b in boxes]
        bar = scroll_bar_of(boxes[0])
        for box in boxes:
            if box.isVisible():
                assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
                wheel(box, -3)
                wheel(box, 2)
        assert [b.currentIndex() for b in boxes] == before
        assert shell.ctx.settings.text_scale == 100
        assert shell.ctx.settings.theme == Settings().theme
        assert bar.value() > 0
    finally:
        close_shell(qapp, shell)


# ----- Back ------------------------------------------------------------------------------


def test_back_and_alt_left_on_every_page_and_not_after_hide_now(nz: Shell, qtbot) -> None:
    window = nz.window
    handle = window.windowHandle()
    for name in ("walkthrough", "locker", "help", "family", "settings", "crisis", "parents"):
        window.show_page("home")
        window.show_page(name)
        assert window.back_button.isVisible(), name
        qtbot.keyClick(handle, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: window.current_page() == "home")
        assert not window.back_button.isVisible()
    # A chain of pages comes back in order.
    window.show_page("walkthrough")
    page = walkthrough(nz)
    page.go_to("step", 1)
    window.show_page("crisis")
    window.show_page("help")
    qtbot.keyClick(handle, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "crisis"
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "walkthrough"
    qtbot.keyClick(handle, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.position == ("step", 0)  # inside the walkthrough first
    # After Hide now there is nothing behind home to go back to.
    window.show_page("crisis")
    qtbot.mouseClick(window.hide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    window.bring_to_front()
    qtbot.waitUntil(window.isVisible)
    assert window.current_page() == "home"
    assert window.history == []
    assert not window.back_button.isVisible()
    window.go_back()
    assert window.current_page() == "home"


def test_every_top_bar_button_is_named(nz: Shell) -> None:
    for button in nz.window.findChild(QWidget, "topBar").findChildren(QAbstractButton):
        assert button.accessibleName(), button.text()
