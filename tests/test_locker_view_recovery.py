"""The locker page after a rolled-back index: the check offers "Recover them", and it works."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from safehelper_ui.app import Shell
from safehelper_ui.locker_view import LockerPage
from test_locker_view import open_page, png, shell  # noqa: F401  (shell is a fixture)

from safehelper.locker import INDEX_NAME, Locker

pytestmark = pytest.mark.keyring


def check(page: LockerPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+K on the grid, then wait for the summary."""
    page.grid_panel.view.setFocus()
    qtbot.keyClick(page.grid_panel.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.summary_panel, timeout=20_000)


def test_recover_them_brings_back_pictures_a_rolled_back_index_lost(
    shell: Shell,  # noqa: F811
    qtbot,
    tmp_path: Path,
) -> None:
    pictures = [png((index * 80, 40, 0)) for index in range(3)]
    Locker.create().close()
    with Locker.open() as locker:
        locker.unlock_with_device()
        locker.add_image(pictures[0], "screen")
        folder = locker.folder
    shutil.copy2(folder / INDEX_NAME, tmp_path / INDEX_NAME)
    with Locker.open() as locker:
        locker.unlock_with_device()
        for picture in pictures[1:]:
            locker.add_image(picture, "screen")
    for stale in (INDEX_NAME + "-wal", INDEX_NAME + "-shm"):
        (folder / stale).unlink(missing_ok=True)
    shutil.copy2(tmp_path / INDEX_NAME, folder / INDEX_NAME)

    page = open_page(shell, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    check(page, qtbot)
    assert page.heading.text() == "Something does not match."
    assert "2 picture(s) have no record" in page.summary_panel.text.text()
    assert "Choose Recover them to add them back" in page.summary_panel.text.text()
    button = page.summary_panel.recover_button
    assert button.isVisible() and button.text() == "Recover them"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.heading.text() == "Your pictures are back.", timeout=20_000)
    assert page.summary_panel.text.text() == "2 pictures are back in your locker."
    assert not page.summary_panel.list.isVisible()
    assert not button.isVisible()
    assert page.model.rowCount() == 3
    assert len(list((folder / "quarantine" / "recovered").glob("*.img"))) == 2
    locker_now = page.holder.unlocked_locker()
    assert locker_now is not None
    wanted = {hashlib.sha256(p).hexdigest() for p in pictures}
    got = {hashlib.sha256(locker_now.read_image(i.id)).hexdigest() for i in locker_now.items()}
    assert got == wanted

    qtbot.mouseClick(page.summary_panel.done_button, Qt.MouseButton.LeftButton)
    check(page, qtbot)
    assert page.heading.text() == "Everything is intact."
    assert not button.isVisible()
