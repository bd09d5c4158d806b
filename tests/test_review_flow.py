"""One review step for every picture from outside, through the real window.

A real shell and locker (keyring), real PNG files in a real folder dropped as
a real QDropEvent, real clicks and keys, and the locker's files read back from
disk: nothing is evidence before the teen has looked at it.
"""

from __future__ import annotations

import hashlib
import io
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import close_shell
from phone_client import PhoneClient, png_bytes
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.locker_view import LockerPage

from safehelper.locker import Locker
from safehelper.locker.review_queue import PENDING_DIR, ReviewQueue
from safehelper.settings import Settings


def png(index: int) -> bytes:
    """A 400x300 picture, each one a different colour (so each has its own hash)."""
    out = io.BytesIO()
    Image.new("RGB", (400, 300), (index * 12 % 256, 200 - index * 5, 90)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def shell(qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    built = Shell(qapp, ctx)
    qtbot.addWidget(built.window)
    built.window.resize(1366, 768)
    built.window.show()
    built.window.activateWindow()
    qtbot.waitActive(built.window)
    yield built
    close_shell(qapp, built)


@pytest.fixture
def page(shell: Shell, qtbot) -> LockerPage:  # type: ignore[no-untyped-def]
    Locker.create().close()
    shell.window.show_page("locker")
    opened = shell.window.pages["locker"]
    assert isinstance(opened, LockerPage)
    qtbot.waitUntil(opened.is_unlocked, timeout=20_000)
    return opened


def drop(page: LockerPage, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    where = QPointF(page.width() / 2, page.height() / 2)
    enter = QDragEnterEvent(
        where.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, event)
    assert event.isAccepted()


def files_named(folder: Path, text: str) -> list[Path]:
    return [path for path in folder.rglob("*") if text in path.name]


def test_a_dropped_folder_waits_until_each_picture_is_reviewed(
    page: LockerPage, qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "Camera roll"
    folder.mkdir()
    originals = {}
    for index in range(20):
        data = png(index)
        (folder / f"IMG_{index:04d}.png").write_bytes(data)
        originals[hashlib.sha256(data).hexdigest()] = index
    locker = page.locker
    assert locker is not None
    queue = ReviewQueue(locker)

    drop(page, folder)
    review = page.review.panel
    qtbot.waitUntil(lambda: review.model.rowCount() == 20, timeout=60_000)
    # Nothing is evidence yet: the locker is empty, the queue holds all 20, sealed.
    assert locker.count() == 0 and queue.count() == 20
    assert page.stack.currentWidget() is review
    assert "20 pictures are waiting" in review.notice.text()
    assert review.warning.text() == (
        "Only save pictures of the chat. Never save the private pictures themselves."
    )
    sealed = b"".join(p.read_bytes() for p in (locker.folder / PENDING_DIR).iterdir())
    assert not any(png(index)[16:200] in sealed for index in range(20))
    qtbot.waitUntil(lambda: review.model.data(review.model.index(0), 1) is not None)  # painted

    # Open the first (Enter), cover its middle with a real mouse drag, save.
    first = review.model.item_at(0)
    review.view.setCurrentIndex(review.model.index(0))
    qtbot.keyClick(review.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=20_000)
    assert page.editor.discard_button.text() == "Don't keep"
    canvas = page.editor.canvas
    qtbot.waitUntil(lambda: canvas.width() > 100)
    middle = canvas.rect().center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=middle - QPoint(60, 40))
    qtbot.mouseMove(canvas, middle + QPoint(60, 40))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=middle + QPoint(60, 40))
    assert len(canvas.boxes) == 1
    box = canvas.boxes[0]
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: locker.count() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: review.model.rowCount() == 19, timeout=20_000)
    [saved] = locker.items()
    assert saved.covered and saved.original_name == first.original_name
    assert saved.sha256 not in originals  # only the covered version was written
    stored = QImage.fromData(locker.read_image(saved.id))
    for x in range(box.left() + 1, box.right(), 7):
        for y in range(box.top() + 1, box.bottom(), 7):
            assert stored.pixelColor(x, y) == QColor(0, 0, 0)
    assert stored.pixelColor(2, 2) != QColor(0, 0, 0)
    assert files_named(locker.folder, first.id) == []

    # Don't keep one: asked first, then its files are gone from the disk.
    asked: list[str] = []
    page.confirm = lambda title, text, yes: asked.append(yes) or True
    gone = review.model.item_at(0)
    review.view.setCurrentIndex(review.model.index(0))
    qtbot.mouseClick(review.discard_button, Qt.MouseButton.LeftButton)
    assert asked == ["Don't keep it"]
    qtbot.waitUntil(lambda: review.model.rowCount() == 18, timeout=20_000)
    assert files_named(locker.folder, gone.id) == []
    assert queue.count() == 18 and locker.count() == 1

    # Save the rest as they are, after the warning: the originals, byte for byte.
    asked.clear()
    qtbot.mouseClick(review.save_rest_button, Qt.MouseButton.LeftButton)
    assert asked == ["Save them as they are"]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.summary_panel, timeout=60_000)
    assert "18 pictures were saved in your locker." in page.summary_panel.text.text()
    assert locker.count() == 19 and queue.count() == 0
    kept = {item.sha256 for item in locker.items()} - {saved.sha256}
    assert gone.sha256 not in kept and first.sha256 not in kept
    assert kept == set(originals) - {gone.sha256, first.sha256}
    # Nothing of the waiting pictures is left on the disk, and the chain holds.
    assert list((locker.folder / PENDING_DIR).iterdir()) == []
    assert locker.verify().ok
    qtbot.mouseClick(page.summary_panel.done_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.grid_panel
    assert page.model.rowCount() == 19 and not page.grid_panel.waiting.isVisible()


def test_a_picture_saved_unchanged_keeps_its_own_bytes(
    page: LockerPage, qtbot, tmp_path: Path
) -> None:
    data = png(3)
    path = tmp_path / "chat.png"
    path.write_bytes(data)
    page.choose_files_dialog = lambda parent: [str(path)]
    qtbot.mouseClick(page.grid_panel.files_button, Qt.MouseButton.LeftButton)
    review = page.review.panel
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=20_000)
    qtbot.mouseClick(review.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=20_000)
    qtbot.keyClicks(page.editor.username, "scary.person")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grid_panel, timeout=20_000)
    assert page.locker is not None
    [item] = page.locker.items()
    assert not item.covered and item.username == "scary.person" and item.source == "file"
    assert page.locker.read_image(item.id) == data
    assert "Saved in your locker at" in page.grid_panel.notice.text()


def test_a_pasted_picture_waits_and_dont_keep_removes_it(page: LockerPage, qtbot) -> None:
    image = QImage(500, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 40, 40))
    QGuiApplication.clipboard().setImage(image)
    page.grid_panel.paste_button.setFocus()
    qtbot.keyClick(page.grid_panel.paste_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=20_000)
    locker = page.locker
    assert locker is not None
    [waiting] = ReviewQueue(locker).items()
    assert waiting.source == "clipboard" and locker.count() == 0

    # Back: it keeps waiting, and the grid says so quietly.
    qtbot.mouseClick(page.editor.later_button, Qt.MouseButton.LeftButton)
    assert page.editor.canvas.image.isNull()  # the decrypted copy left memory
    qtbot.waitUntil(lambda: page.review.panel.model.rowCount() == 1, timeout=20_000)
    qtbot.mouseClick(page.review.panel.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.grid_panel
    assert page.grid_panel.waiting.text().startswith("1 picture is waiting")

    # Open it again and don't keep it: a No leaves it waiting, a Yes removes it.
    qtbot.mouseClick(page.grid_panel.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.review.panel.open_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(page.review.panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=20_000)
    page.confirm = lambda title, text, yes: False
    qtbot.mouseClick(page.editor.discard_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.editor and ReviewQueue(locker).count() == 1
    page.confirm = lambda title, text, yes: True
    qtbot.mouseClick(page.editor.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gone for good" in page.review.panel.notice.text(), timeout=20_000)
    assert ReviewQueue(locker).count() == 0 and locker.count() == 0
    assert files_named(locker.folder, waiting.id) == []
    qtbot.waitUntil(page.review.panel.empty.isVisible)


def port_refuses(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError:
        return True
    return False


def test_add_from_my_phone_counts_quietly_and_hide_now_ends_it(
    shell: Shell, page: LockerPage, qtbot
) -> None:
    from safehelper_ui.phone_window import PhoneWindow

    page.review.phone_host = "127.0.0.1"
    qtbot.mouseClick(page.grid_panel.phone_button, Qt.MouseButton.LeftButton)
    window = page.review.phone
    assert isinstance(window, PhoneWindow) and window.isVisible()
    assert window.bridge is not None
    qtbot.waitExposed(window)
    # The whole code shows: a squeezed or cut QR code does not scan.
    code = window.code.pixmap()
    assert window.code.width() >= code.width() and window.code.height() >= code.height()
    port = window.bridge.port
    phone = PhoneClient(window.bridge.address)
    assert phone.claim().status == 200
    assert phone.upload(png_bytes(colour="navy"), "IMG_1001.png").status == 200
    assert phone.upload(png_bytes(colour="teal"), "IMG_1002.png").status == 200
    qtbot.waitUntil(
        lambda: page.grid_panel.waiting.text().startswith("2 pictures are waiting"),
        timeout=30_000,
    )
    assert page.grid_panel.review_button.isVisible()
    assert page.locker is not None and page.locker.count() == 0
    # The same button again brings the open window forward: still one session.
    qtbot.mouseClick(page.grid_panel.phone_button, Qt.MouseButton.LeftButton)
    assert page.review.phone is window

    qtbot.mouseClick(shell.window.hide_button, Qt.MouseButton.LeftButton)
    assert port_refuses(port)
    assert not window.isVisible() and not page.grid_panel.waiting.isVisible()
    assert page.review.panel.model.rowCount() == 0


def test_closing_the_phone_window_ends_the_session_and_shows_what_came(
    page: LockerPage, qtbot
) -> None:
    page.review.phone_host = "127.0.0.1"
    page.review.open_phone()
    window = page.review.phone
    assert window is not None and window.bridge is not None
    phone = PhoneClient(window.bridge.address)
    assert phone.claim().status == 200
    assert phone.upload(png_bytes(), "IMG_2001.png").status == 200
    qtbot.waitUntil(lambda: page.grid_panel.waiting.isVisible(), timeout=30_000)
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert port_refuses(window.bridge.port)
    qtbot.waitUntil(lambda: page.review.panel.model.rowCount() == 1, timeout=20_000)
    assert page.stack.currentWidget() is page.review.panel
    assert page.review.panel.model.item_at(0).source == "phone"


def test_a_damaged_waiting_picture_is_said_plainly_and_kept(
    shell: Shell, page: LockerPage, qtbot
) -> None:
    locker = page.locker
    assert locker is not None
    waiting = ReviewQueue(locker).add(png(1), source="file", original_name="chat.png")
    meta = locker.folder / PENDING_DIR / f"{waiting.id}.meta"
    meta.write_bytes(b"\0" * 80)
    page.grid_panel.screenshot_button.setFocus()
    qtbot.keyClick(
        page.grid_panel.screenshot_button, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
    )
    assert page.stack.currentWidget() is page.review.panel
    qtbot.waitUntil(lambda: "damaged" in page.review.panel.notice.text(), timeout=20_000)
    qtbot.waitUntil(shell.ctx.jobs.is_idle, timeout=20_000)  # said once, not retried forever
    assert not page.review.panel.save_rest_button.isEnabled()
    assert meta.exists()  # never deleted by the app on its own
