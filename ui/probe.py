"""The Qt half of ``self-test``: build the real main window, paint it, and use what Qt brings.

It runs offscreen in ``self-test``, and on the real screen when started directly
(``SafeHelper _qt-probe``, as the bundle test does under Xvfb). Besides the window it
takes a screen grab the way *Save a screenshot* does, and reads one small picture in
each format the locker accepts, so a bundle missing a platform or image-format plugin
fails here rather than in front of a frightened teen.
"""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from safehelper.settings import Settings

from .app import SafeHelperApp, Shell
from .capture import grab_all_screens, is_blank
from .context import AppContext, Navigator


def _wait_until_shown(window: QWidget, milliseconds: int = 10000) -> None:
    """Run Qt's event loop until the window is on the screen (or give up after a while)."""
    loop = QEventLoop()
    deadline = QDeadlineTimer(milliseconds)
    poll = QTimer()

    def check() -> None:
        handle = window.windowHandle()
        if (handle is not None and handle.isExposed()) or deadline.hasExpired():
            loop.quit()

    poll.timeout.connect(check)
    poll.start(20)
    loop.exec()
    poll.stop()


def probe_pictures(samples: dict[str, bytes]) -> None:
    """Raise unless Qt reads every sample (format name to encoded bytes)."""
    for name, data in samples.items():
        if QImage.fromData(data).isNull():
            raise RuntimeError(f"Qt cannot read {name} pictures")


def probe_offscreen(samples: dict[str, bytes] | None = None) -> str:
    """Return a one-line description of a successful paint and screen grab, or raise."""
    app = SafeHelperApp(["safehelper"])
    shell = Shell(app, AppContext(settings=Settings(), navigator=Navigator()))
    image = shell.window.grab()
    if image.isNull() or image.width() == 0:
        raise RuntimeError("the main window did not paint")
    shell.window.show()
    _wait_until_shown(shell.window)
    shot = grab_all_screens()
    if shot.isNull():
        raise RuntimeError("the screen grab gave no picture")
    # Blank is what Wayland without the desktop portal gives: the app offers paste instead.
    grabbed = "blank" if is_blank(shot) else f"{shot.width()}x{shot.height()}"
    probe_pictures(samples or {})
    return (
        f"Qt {pyside_version} on {QGuiApplication.platformName()}: "
        f"main window painted at {image.width()}x{image.height()}; "
        f"screen grab {grabbed}; reads {', '.join(samples or {}) or '-'}"
    )
