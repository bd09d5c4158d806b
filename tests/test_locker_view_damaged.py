"""The locker page with a damaged record: the grid shows the rest and says one was left out."""

from __future__ import annotations

import sqlite3

import pytest
from safehelper_ui.app import Shell
from test_locker_view import open_page, png, shell  # noqa: F401  (shell is a fixture)

from safehelper.locker import INDEX_NAME, Locker

pytestmark = pytest.mark.keyring


def test_the_grid_leaves_out_a_damaged_record_and_says_so(shell: Shell, qtbot) -> None:  # noqa: F811
    Locker.create().close()
    with Locker.open() as locker:
        locker.unlock_with_device()
        ids = [locker.add_image(png((i * 80, 0, 0)), "screen").id for i in range(3)]
        index = locker.folder / INDEX_NAME
    db = sqlite3.connect(index)
    db.execute("UPDATE entries SET record = ? WHERE item_id = ?", ("[" * 100_000, ids[1]))
    db.commit()
    db.close()
    page = open_page(shell, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    notice = page.grid_panel.notice
    qtbot.waitUntil(notice.isVisible)
    assert "1 record(s) in the locker are damaged and were left out" in notice.text()
