"""Screen capture through the real UI on a real X screen, and covering before saving."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import close_shell
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from safehelper_ui.app import Shell
from safehelper_ui.capture import grab_all_screens, is_blank
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.locker_view import LockerPage

from safehelper.locker import Locker
from safehelper.settings import Settings

CELL = 120
PURPLE = QColor("#7a2e8e").rgb()  # the "I'm not OK" button, always in SafeHelper's window

PATTERN = textwrap.dedent(f"""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    class Pattern(QWidget):
        def paintEvent(self, event):
            p = QPainter(self)
            for row in range(0, self.height() // {CELL} + 1):
                for col in range(0, self.width() // {CELL} + 1):
                    p.fillRect(col * {CELL}, row * {CELL}, {CELL}, {CELL},
                               QColor((col * 37 + 20) % 256, (row * 53 + 40) % 256,
                                      (col * row * 11 + 90) % 256))
            p.end()
            if not getattr(self, "told", False):
                self.told = True
                QTimer.singleShot(200, lambda: print("ready", flush=True))

    app = QApplication(sys.argv)
    w = Pattern()
    w.setGeometry(0, 0, 1920, 1080)
    w.show()
    app.exec()
""")


def pattern_colour(x: int, y: int) -> QColor:
    col, row = x // CELL, y // CELL
    return QColor((col * 37 + 20) % 256, (row * 53 + 40) % 256, (col * row * 11 + 90) % 256)


@pytest.fixture
def other_app(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program's window (the "chat"), full screen, in its own process."""
    script = tmp_path / "pattern.py"
    script.write_text(PATTERN, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    yield proc
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture
def shell(qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    built = Shell(qapp, ctx)
    qtbot.addWidget(built.window)
    built.window.setGeometry(200, 150, 1100, 720)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    close_shell(qapp, built)


def open_locker_page(shell: Shell, qtbot) -> LockerPage:  # type: ignore[no-untyped-def]
    Locker.create().close()
    shell.window.show_page("locker")
    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    qtbot.waitUntil(page.is_unlocked)
    assert page.stack.currentWidget() is page.grid_panel
    return page


@pytest.mark.screen
def test_is_blank_tells_a_black_grab_from_a_real_one() -> None:
    black = QImage(1920, 1080, QImage.Format.Format_RGB32)
    black.fill(QColor(0, 0, 0))
    assert is_blank(black)
    assert is_blank(QImage())
    black.setPixelColor(1917, 1078, QColor(1, 0, 0))  # one pixel is enough to be a picture
    assert not is_blank(black)
    text = QImage(800, 600, QImage.Format.Format_RGB32)
    text.fill(QColor(255, 255, 255))
    for x in range(0, 800, 50):
        for y in range(0, 600):
            text.setPixelColor(x, y, QColor(20, 20, 20))
    assert not is_blank(text)


@pytest.mark.screen
def test_capture_saves_the_other_app_and_never_safehelper(
    other_app: subprocess.Popen[str], shell: Shell, qtbot
) -> None:
    page = open_locker_page(shell, qtbot)
    shell.window.raise_()
    # SafeHelper's window is on top of the other app before the capture.
    qtbot.waitUntil(lambda: grab_all_screens().pixel(500, 500) != pattern_colour(500, 500).rgb())
    assert page.grid_panel.delay.currentData() == 0

    qtbot.mouseClick(page.grid_panel.screenshot_button, Qt.MouseButton.LeftButton)
    assert not shell.window.isVisible()  # hidden before anything is grabbed
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=10_000)
    assert shell.window.isVisible()  # came back, showing the grab
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.stack.currentWidget() is page.grid_panel
    assert "Saved in your locker at" in page.grid_panel.notice.text()

    assert page.locker is not None
    item = page.locker.items()[0]
    assert item.source == "screen" and not item.covered
    saved = QImage.fromData(page.locker.read_image(item.id))
    assert (saved.width(), saved.height()) == (1920, 1080)
    # Every cell of the other app's pattern is there, including where SafeHelper's window was.
    for y in range(CELL // 2, 1080, CELL):
        for x in range(CELL // 2, 1920, CELL):
            assert saved.pixelColor(x, y) == pattern_colour(x, y), (x, y)
    rgb = saved.convertToFormat(QImage.Format.Format_RGB32)
    purple = sum(
        1 for y in range(0, 1080, 3) for x in range(0, 1920, 3) if rgb.pixel(x, y) == PURPLE
    )
    assert purple == 0


@pytest.mark.screen
def test_covered_boxes_are_solid_black_in_the_stored_picture(
    other_app: subprocess.Popen[str], shell: Shell, qtbot, safehelper_home: Path
) -> None:
    page = open_locker_page(shell, qtbot)
    qtbot.mouseClick(page.grid_panel.screenshot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=10_000)
    canvas = page.editor.canvas
    view = canvas._view_rect()
    scale = view.width() / 1920

    def to_widget(x: int, y: int) -> QPoint:
        return QPoint(round(view.x() + x * scale), round(view.y() + y * scale))

    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=to_widget(300, 200))
    qtbot.mouseMove(canvas, to_widget(700, 500))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=to_widget(700, 500))
    assert len(canvas.boxes) == 1
    # A second box from the keyboard alone: N adds one in the middle, arrows move it.
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_N)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert len(canvas.boxes) == 2
    assert canvas.boxes[1].x() == (1920 - 480) // 2 + 10
    assert "2 parts covered." in page.editor.covered_label.text()
    boxes = list(canvas.boxes)
    assert abs(boxes[0].left() - 300) <= 2 and abs(boxes[0].bottom() - 500) <= 2
    page.editor.platform.setCurrentIndex(page.editor.platform.findData("instagram"))
    page.editor.username.setText("bad.actor_99")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)

    assert page.locker is not None
    item = page.locker.items()[0]
    assert item.covered
    assert (item.platform, item.username) == ("Instagram", "bad.actor_99")
    stored = QImage.fromData(page.locker.read_image(item.id))
    for box in boxes:
        for y in range(box.top(), box.bottom() + 1, 5):
            for x in range(box.left(), box.right() + 1, 5):
                assert stored.pixelColor(x, y) == QColor(0, 0, 0), (x, y)
        # Just outside each box, the picture is as it was.
        outside = (box.right() + 3, box.top() + 3)
        assert stored.pixelColor(*outside) == pattern_colour(*outside)
    # Outside the boxes the picture is untouched.
    assert stored.pixelColor(60, 60) == pattern_colour(60, 60)
    assert stored.pixelColor(1860, 1020) == pattern_colour(1860, 1020)
    # The editor dropped the uncovered original once it was saved...
    assert canvas.image.isNull()
    # ...and nothing on disk is a readable picture: every blob is sealed.
    for path in safehelper_home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"\x89PNG" not in data and b"IDAT" not in data, path


@pytest.mark.screen
def test_crop_keeps_only_the_chosen_part(
    other_app: subprocess.Popen[str], shell: Shell, qtbot
) -> None:
    page = open_locker_page(shell, qtbot)
    qtbot.mouseClick(page.grid_panel.screenshot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=10_000)
    canvas = page.editor.canvas
    qtbot.mouseClick(page.editor.crop_button, Qt.MouseButton.LeftButton)
    view = canvas._view_rect()
    scale = view.width() / 1920
    start = QPoint(round(view.x() + 240 * scale), round(view.y() + 120 * scale))
    end = QPoint(round(view.x() + 960 * scale), round(view.y() + 600 * scale))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert canvas.crop is not None and not canvas.boxes
    qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.locker is not None
    item = page.locker.items()[0]
    assert not item.covered
    assert abs(item.width - 720) <= 4 and abs(item.height - 480) <= 4
    stored = QImage.fromData(page.locker.read_image(item.id))
    assert stored.pixelColor(40, 40) == pattern_colour(240 + 40, 120 + 40)


@pytest.mark.screen
def test_a_blank_grab_is_not_saved_and_the_paste_route_is_explained(shell: Shell, qtbot) -> None:
    # Nothing else on this Xvfb screen: with SafeHelper hidden, the grab is one flat colour,
    # which is what a blocked grab (Wayland without the portal) looks like.
    page = open_locker_page(shell, qtbot)
    qtbot.mouseClick(page.grid_panel.screenshot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.summary_panel, timeout=10_000)
    assert page.heading.text() == "Use your computer's screenshot tool, then paste."
    assert "came out blank. Nothing was saved." in page.summary_panel.text.text()
    assert "Print Screen" in page.summary_panel.text.text()
    assert page.summary_panel.paste_button.isVisible()
    assert page.locker is not None and page.locker.count() == 0


@pytest.mark.screen
def test_tray_save_a_screenshot_now_grabs_with_the_window_hidden(
    other_app: subprocess.Popen[str], shell: Shell, qtbot
) -> None:
    page = open_locker_page(shell, qtbot)
    shell.quick_exit.trigger()  # Hide now: window hidden, locker locked
    assert not shell.window.isVisible() and not page.is_unlocked()
    shell.capture_screenshot()  # the tray's action; the device key opens the locker silently
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=10_000)
    assert shell.window.isVisible()
    assert page.editor.canvas.image.pixelColor(500, 500) == pattern_colour(500, 500)


@pytest.mark.screen
def test_hide_now_during_the_delay_cancels_the_grab(
    other_app: subprocess.Popen[str], shell: Shell, qtbot
) -> None:
    page = open_locker_page(shell, qtbot)
    page.grid_panel.delay.setCurrentIndex(page.grid_panel.delay.findData(3))
    qtbot.mouseClick(page.grid_panel.screenshot_button, Qt.MouseButton.LeftButton)
    assert page.capture.running and not shell.window.isVisible()
    shell.quick_exit.trigger()
    assert not page.capture.running
    assert not page.capture._delay.isActive() and not page.capture._poll.isActive()
    assert not shell.window.isVisible()
    assert page.editor.canvas.image.isNull()


@pytest.mark.screen
def test_a_hidpi_screen_is_grabbed_at_full_pixel_density(
    other_app: subprocess.Popen[str], tmp_path: Path
) -> None:
    # QT_SCALE_FACTOR=2 gives the screen a device pixel ratio of 2, as on a HiDPI laptop.
    script = tmp_path / "hidpi.py"
    script.write_text(
        textwrap.dedent("""
        import sys
        from PySide6.QtGui import QGuiApplication
        from safehelper_ui.capture import grab_all_screens
        app = QGuiApplication(sys.argv)
        screen = QGuiApplication.primaryScreen()
        image = grab_all_screens()
        print(screen.devicePixelRatio(), screen.geometry().width(), image.width(),
              image.height(), image.devicePixelRatio(), image.pixel(1500, 900))
    """),
        encoding="utf-8",
    )
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "PYTHONPATH": str(Path(__file__).parent.parent)}
    out = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    ).stdout.split()
    ratio, logical_width, width, height, image_ratio, pixel = out
    assert (float(ratio), int(logical_width)) == (2.0, 960)
    assert (int(width), int(height), float(image_ratio)) == (1920, 1080, 1.0)
    assert int(pixel) == pattern_colour(1500, 900).rgb()
