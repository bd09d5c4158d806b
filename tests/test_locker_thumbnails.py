"""Locker thumbnails, saved and waiting, are decrypted off the GUI thread and forgotten on Hide now.

A real locker opened with this desktop's keyring, the real window and grid,
real painting under Xvfb. The only stand-in is a slow disk: a wrapper around
the locker's own ``read_thumbnail`` that records which thread calls it and,
in the Hide now test, holds the read until the test lets it go, so Hide now is
pressed while a thumbnail job is certainly running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QListView
from safehelper_ui.app import Shell
from safehelper_ui.locker_view import LockerPage
from test_locker_view import open_page, png, shell  # noqa: F401  (shell is a fixture)

from safehelper.locker import Locker
from safehelper.locker.review_queue import ReviewQueue

SAVED = 120
WAITING = 30


def fill_locker() -> None:
    Locker.create().close()
    with Locker.open() as locker:
        locker.unlock_with_device()
        for index in range(SAVED):
            locker.add_image(png((index * 2 % 256, 40, 90), (160, 120)), "screen")
        queue = ReviewQueue(locker)
        for index in range(WAITING):
            queue.add(png((20, index * 8 % 256, 20), (160, 120)), source="clipboard")


def open_full_locker(built: Shell, qtbot) -> LockerPage:  # type: ignore[no-untyped-def]
    """The page on a full locker, once the thumbnails on screen have come."""
    fill_locker()
    page = open_page(built, qtbot)
    view = page.grid_panel.view
    assert page.model.rowCount() == SAVED
    on_screen = rows_on_screen(view)
    assert 0 < len(on_screen) < SAVED
    qtbot.waitUntil(lambda: shows_pictures(view, on_screen), timeout=20_000)
    return page


def rows_on_screen(view: QListView) -> list[int]:
    viewport = view.viewport().rect()
    model = view.model()
    return [
        row
        for row in range(model.rowCount())
        if view.visualRect(model.index(row, 0)).intersects(viewport)
    ]


def shows_pictures(view: QListView, rows: list[int], placeholder: QPixmap | None = None) -> bool:
    """Every row's thumbnail has come (the grid paints a placeholder until then)."""
    model = view.model()
    pictures = [model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) for row in rows]
    return all(
        isinstance(picture, QPixmap)
        and (placeholder is None or picture.cacheKey() != placeholder.cacheKey())
        for picture in pictures
    )


def recording(read: Callable[[str], bytes], threads: list[str]) -> Callable[[str], bytes]:
    def read_and_record(key: str) -> bytes:
        threads.append(threading.current_thread().name)
        return read(key)

    return read_and_record


def test_a_full_locker_opens_and_shows_thumbnails_read_off_the_gui_thread(
    shell: Shell,  # noqa: F811
    qtbot,
) -> None:
    page = open_full_locker(shell, qtbot)
    view = page.grid_panel.view

    # Further down the grid, each newly painted thumbnail is read by a worker thread.
    threads: list[str] = []
    read = page.model.read_thumbnail
    assert read is not None
    page.model.read_thumbnail = recording(read, threads)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: shows_pictures(view, rows_on_screen(view)), timeout=20_000)
    assert threads
    assert threading.main_thread().name not in threads
    assert page.model.cached_count() <= page.model.decoded

    # The waiting pictures too.
    qtbot.mouseClick(page.grid_panel.review_button, Qt.MouseButton.LeftButton)
    panel = page.review.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == WAITING, timeout=20_000)
    waiting_view = panel.view
    qtbot.waitUntil(lambda: bool(rows_on_screen(waiting_view)))
    placeholder = panel.model.placeholder
    qtbot.waitUntil(
        lambda: shows_pictures(waiting_view, rows_on_screen(waiting_view), placeholder),
        timeout=20_000,
    )
    assert panel.model.cached_count() >= len(rows_on_screen(waiting_view))
    qtbot.waitUntil(shell.ctx.jobs.is_idle, timeout=20_000)


def test_hide_now_while_thumbnails_load_leaves_no_job_and_no_thumbnail(
    shell: Shell,  # noqa: F811
    qtbot,
) -> None:
    page = open_full_locker(shell, qtbot)
    view = page.grid_panel.view
    qtbot.waitUntil(shell.ctx.jobs.is_idle, timeout=20_000)

    reading = threading.Event()
    let_go = threading.Event()
    read = page.model.read_thumbnail
    assert read is not None

    def slow_read(key: str) -> bytes:
        reading.set()
        let_go.wait(timeout=30)
        return read(key)

    page.model.read_thumbnail = slow_read
    view.scrollToBottom()  # rows not read yet come on screen
    qtbot.waitUntil(reading.is_set)
    assert "locker: thumbnails" in shell.ctx.jobs.running()

    qtbot.mouseClick(shell.window.hide_button, Qt.MouseButton.LeftButton)
    assert not shell.window.isVisible()
    let_go.set()
    qtbot.waitUntil(shell.ctx.jobs.is_idle, timeout=20_000)

    # Whatever the job had read by then was dropped unseen.
    assert shell.ctx.jobs.running() == []
    assert page.model.rowCount() == 0 and page.model.cached_count() == 0
    assert page.model.read_thumbnail is None and not page.model.loader.is_loading()
    assert page.review.panel.model.rowCount() == 0
    assert page.review.panel.model.cached_count() == 0
    assert page.stack.currentWidget() is page.unlock
