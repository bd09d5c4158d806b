"""What the pages do together: the police summary from an open locker, and removing data
while the locker is open."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import close_shell
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.helplines_page import HelplinesPage
from safehelper_ui.locker_view import LockerPage
from safehelper_ui.settings_page import SettingsPage

from safehelper import incident
from safehelper.locker import Locker
from safehelper.report_summary import TEMPLATE
from safehelper.settings import Settings

pytestmark = pytest.mark.keyring


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 120), (30, 90, 200)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def shell(qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    ctx = AppContext(settings=Settings(country="NZ", first_run_done=True), navigator=Navigator())
    built = Shell(qapp, ctx)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    close_shell(qapp, built)


def open_locker(shell: Shell, qtbot) -> LockerPage:  # type: ignore[no-untyped-def]
    with Locker.create() as locker:  # this computer's keyring, as on a family laptop
        locker.add_image(png(), "screen", platform="Instagram")
        incident.save(locker, incident.Incident(account="They said they would post it."))
    shell.window.show_page("locker")
    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    qtbot.waitUntil(page.is_unlocked, timeout=20_000)
    return page


def copy_summary(shell: Shell, qtbot) -> str:  # type: ignore[no-untyped-def]
    shell.window.show_page("help")
    help_page = shell.window.pages["help"]
    assert isinstance(help_page, HelplinesPage) and help_page.police_panel is not None
    qtbot.mouseClick(help_page.police_panel.copy_button, Qt.MouseButton.LeftButton)
    return QApplication.clipboard().text()


def test_police_summary_uses_the_open_locker_and_nothing_once_hidden(shell: Shell, qtbot) -> None:
    open_locker(shell, qtbot)
    text = copy_summary(shell, qtbot)
    assert "They said they would post it." in text
    assert "I have saved 1 screenshot of what happened in SafeHelper" in text
    qtbot.mouseClick(shell.window.hide_button, Qt.MouseButton.LeftButton)
    shell.window.bring_to_front()
    assert copy_summary(shell, qtbot) == TEMPLATE


def test_removing_data_with_the_locker_open_closes_it_first(
    shell: Shell, qtbot, safehelper_home: Path
) -> None:
    page = open_locker(shell, qtbot)
    settings = SettingsPage(shell.ctx)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.mouseClick(settings.remove_button, Qt.MouseButton.LeftButton)
    dialog = settings.remove_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.confirm_edit, "DELETE")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert page.locker is None and not page.is_unlocked()
    assert not (safehelper_home / "data").exists()
    assert not Locker.exists()
    shell.window.show_page("locker")
    qtbot.waitUntil(lambda: page.unlock.submit_button.text() == "Create my locker")
