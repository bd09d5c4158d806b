"""The main window: home choices, Hide now, I'm not OK, and accessible names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator

from safehelper.settings import Settings


@pytest.fixture
def shell(qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    built = Shell(qapp, ctx)
    qtbot.addWidget(built.window)
    with qtbot.waitSignal(built.started):  # Esc twice works once the window is painted
        built.window.show()
    yield built
    qapp.removeEventFilter(built.quick_exit)
    if built.tray is not None:
        built.tray.hide()


def test_window_title_and_home_page(shell: Shell) -> None:
    assert shell.window.windowTitle() == "SafeHelper"
    assert shell.window.current_page() == "home"
    titles = [b.title_label.text() for b in shell.window.pages["home"].choices.values()]
    assert titles == [
        "Someone is threatening me",
        "Save evidence",
        "Get help now",
        "Set up for my family",
    ]


@pytest.mark.parametrize("choice", ["walkthrough", "locker", "help", "family"])
def test_each_home_choice_opens_its_page_and_home_comes_back(
    shell: Shell, qtbot, choice: str
) -> None:
    home = shell.window.pages["home"]
    qtbot.mouseClick(home.choices[choice], Qt.MouseButton.LeftButton)
    assert shell.window.current_page() == choice
    assert shell.window.home_button.isVisible()
    qtbot.mouseClick(shell.window.home_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_page() == "home"
    assert not shell.window.home_button.isVisible()


def test_not_ok_reaches_the_crisis_page_from_every_page(shell: Shell, qtbot) -> None:
    for name in list(shell.window.pages):
        shell.window.show_page(name)
        qtbot.mouseClick(shell.window.not_ok_button, Qt.MouseButton.LeftButton)
        assert shell.window.current_page() == "crisis", name
    crisis = shell.window.pages["crisis"]
    assert "111" in crisis.emergency.text()


def test_hide_now_hides_every_window_locks_and_goes_home(shell: Shell, qapp, qtbot) -> None:
    locked: list[bool] = []
    shell.ctx.locker.locked.connect(lambda: locked.append(True))
    extra = QDialog(shell.window)
    extra.setWindowTitle("another SafeHelper window")
    extra.show()
    qtbot.waitExposed(extra)
    shell.window.show_page("help")
    qtbot.mouseClick(shell.window.hide_button, Qt.MouseButton.LeftButton)
    visible = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    assert visible == []
    assert locked == [True]
    assert shell.window.current_page() == "home"
    shell.window.bring_to_front()
    assert shell.window.current_page() == "home"


def test_escape_twice_is_hide_now_and_once_is_not(shell: Shell, qtbot) -> None:
    qtbot.keyClick(shell.window, Qt.Key.Key_Escape)
    assert shell.window.isVisible()
    qtbot.keyClick(shell.window, Qt.Key.Key_Escape)
    assert not shell.window.isVisible()


def test_hide_now_is_keyboard_reachable_and_says_its_shortcut(shell: Shell, qtbot) -> None:
    button = shell.window.hide_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "Esc twice" in button.toolTip()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not shell.window.isVisible()


def test_every_button_on_every_page_has_an_accessible_name(shell: Shell) -> None:
    missing = []
    for name, page in shell.window.pages.items():
        shell.window.show_page(name)
        for button in shell.window.findChildren(QAbstractButton):
            if button.isVisibleTo(shell.window) and not button.accessibleName().strip():
                missing.append(f"{name}: {button.text()!r} {button.objectName()!r}")
    assert missing == []


def test_dark_setting_gives_a_dark_window(qapp, qtbot) -> None:
    ctx = AppContext(settings=Settings(theme="dark", text_scale=200), navigator=Navigator())
    shell = Shell(qapp, ctx)
    qtbot.addWidget(shell.window)
    window_colour = qapp.palette().window().color()
    assert window_colour.lightness() < 60
    assert qapp.font().pointSizeF() == pytest.approx(22.0)
    qapp.removeEventFilter(shell.quick_exit)
    from safehelper_ui import theme

    theme.apply(qapp, Settings())  # back to defaults for the other tests
