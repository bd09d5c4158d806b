"""Setup without dead ends: the country shown is the country saved, start at sign-in
says what it will do, and every status line can be seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QSystemTrayIcon, QWidget
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.setup import SetupPage

from safehelper import settings as settings_store
from safehelper.settings import Settings


@pytest.fixture
def xdg_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def show(qtbot, widget: QWidget, height: int = 700) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_country_shown_in_setup_is_saved_when_the_parent_goes_on(qtbot) -> None:
    ctx = AppContext(settings=Settings(), navigator=Navigator())
    assert ctx.settings.country == ""
    page = show(qtbot, SetupPage(ctx))
    page.on_shown()
    click(qtbot, page.next_button)
    assert page.current_key() == "appearance"
    shown = page.appearance.country_box.currentData()
    assert shown
    click(qtbot, page.next_button)  # accepted as shown, without touching the box
    assert settings_store.load().country == shown


def test_start_at_sign_in_without_a_tray_says_so_and_stays_off(qtbot, xdg_config: Path) -> None:
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this desktop has a system tray")
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    page = show(qtbot, SetupPage(ctx))
    page.show_step([s.key for s in page.steps].index("autostart"))
    form = page.autostart
    assert "No window opens" in " ".join(
        label.text() for label in form.findChildren(QWidget) if hasattr(label, "wordWrap")
    )
    qtbot.mouseClick(form.check, Qt.MouseButton.LeftButton, pos=QPoint(8, form.check.height() // 2))
    assert not form.check.isChecked()
    assert form.status.isVisible()
    assert "no system tray" in form.status.text()
    assert not (xdg_config / "autostart").exists()
    assert settings_store.load().autostart is False


def test_a_status_line_at_the_end_of_a_step_scrolls_into_view(qtbot) -> None:
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    page = show(qtbot, SetupPage(ctx), height=380)
    page.show_step([s.key for s in page.steps].index("alert"))
    editor = page.alert
    viewport = page.body.parentWidget()
    assert isinstance(viewport.parentWidget(), QScrollArea)
    qtbot.waitUntil(lambda: page.body.height() > viewport.height())  # the step really scrolls
    assert editor.save_button.isVisible()
    editor.save_button.setFocus()
    qtbot.keyClick(editor.save_button, Qt.Key.Key_Space)
    status = editor.status
    qtbot.waitUntil(status.isVisible)
    assert status.text() == "Saved. Nothing has been sent."

    def in_view() -> bool:
        top = status.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + status.height() <= viewport.height()

    qtbot.waitUntil(in_view)


def test_the_window_back_steps_back_through_setup_and_is_the_only_back(qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QApplication
    from safehelper_ui.app import Shell

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    shell = Shell(qapp, AppContext(settings=Settings(country="NZ"), navigator=Navigator()))
    qtbot.addWidget(shell.window)
    shell.window.resize(1366, 768)
    with qtbot.waitSignal(shell.started):
        shell.window.show()
    try:
        shell.window.show_page("setup")
        page = shell.window.pages["setup"]
        assert isinstance(page, SetupPage)
        click(qtbot, page.who.parent_choice)
        keys = [page.current_key()]
        for _ in range(2):
            click(qtbot, page.next_button)
            keys.append(page.current_key())
        assert len(set(keys)) == 3  # three different steps
        for expected in reversed(keys[:-1]):
            backs = [
                b
                for b in shell.window.findChildren(QAbstractButton)
                if b.isVisible() and "Back" in b.text()
            ]
            assert backs == [shell.window.back_button]
            click(qtbot, shell.window.back_button)
            assert page.current_key() == expected
        assert page.who.parent_choice.isChecked()  # going back loses nothing chosen
        click(qtbot, shell.window.back_button)  # from the first step: out of setup
        assert shell.window.current_page() == "home"
    finally:
        qapp.removeEventFilter(shell.quick_exit)
        if shell.tray is not None:
            shell.tray.hide()
