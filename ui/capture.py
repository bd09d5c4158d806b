"""Taking a picture of the whole screen, with SafeHelper itself out of the way.

The flow: hide every SafeHelper window, wait until the window system has
really taken them off the screen (hiding is asynchronous: a compositor may
still be fading them out), optionally wait a few more seconds so the person
can bring the chat forward, grab every screen into one image of the whole
desktop, then show SafeHelper again with the picture.

Some systems hand back nothing useful (Wayland without the desktop portal
gives a black or empty picture). That is detected, and the person is told how
to use the computer's own screenshot tool and paste instead: saving a black
rectangle as "evidence" would be worse than saving nothing.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

# After hiding, how long to let the window system finish unmapping (and any
# compositor fade-out) before the grab. Hidden windows are also checked directly.
SETTLE_MS = 300
# How often, and for how long at most, to check that every hidden window is unexposed.
POLL_MS = 20
MAX_WAIT_MS = 2000


def grab_all_screens() -> QImage:
    """One image of the whole virtual desktop: every screen, at its full pixel density.

    Each screen is grabbed on its own (``grabWindow(0)`` of one screen) and drawn
    into place. The result uses the highest device pixel ratio of all screens,
    so text on a HiDPI screen stays sharp; a lower-density screen is scaled up.
    Returns a null image when no screen gave anything back.
    """
    screens = QGuiApplication.screens()
    grabs = []
    for screen in screens:
        pixmap = screen.grabWindow(0)
        if pixmap.isNull():
            continue
        image = pixmap.toImage()
        # Work in real pixels: a HiDPI grab drawn with its ratio would shrink to half size.
        image.setDevicePixelRatio(1.0)
        grabs.append((screen.geometry(), image))
    if not grabs:
        return QImage()
    virtual = QRect()
    for geometry, _image in grabs:
        virtual = virtual.united(geometry)
    scale = max(image.width() / max(1, geometry.width()) for geometry, image in grabs)
    scale = max(scale, 1.0)
    combined = QImage(
        round(virtual.width() * scale), round(virtual.height() * scale), QImage.Format.Format_RGB32
    )
    combined.fill(0)
    painter = QPainter(combined)
    for geometry, image in grabs:
        offset = geometry.topLeft() - virtual.topLeft()
        target = QRect(
            QPoint(round(offset.x() * scale), round(offset.y() * scale)), geometry.size() * scale
        )
        if image.size() == target.size():
            painter.drawImage(target.topLeft(), image)
        else:
            painter.drawImage(target, image)
    painter.end()
    return combined


def is_blank(image: QImage) -> bool:
    """True when a grab is empty or every pixel is the same colour.

    That is what a blocked screen grab looks like (Wayland without the desktop
    portal gives black). Every pixel is compared, in C, so a small window on a
    plain desktop still counts as a real picture.
    """
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return True
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(pixels.constBits())
    first = data[:4]
    return data == first * (len(data) // 4)


def os_screenshot_route() -> str:
    """The keys for this computer's own screenshot-to-clipboard tool, in plain words."""
    if sys.platform == "darwin":
        return QApplication.translate(
            "Capture",
            "Press Command + Control + Shift + 4, then drag over the chat. The picture is "
            "copied, ready to paste.",
        )
    if sys.platform.startswith("win"):
        return QApplication.translate(
            "Capture",
            "Press the Windows key + Shift + S, then drag over the chat. The picture is "
            "copied, ready to paste.",
        )
    return QApplication.translate(
        "Capture",
        "Press the Print Screen key (PrtSc), choose the part of the screen with the chat, "
        "and copy it.",
    )


class CaptureFlow(QObject):
    """Hide SafeHelper, wait, grab every screen, come back.

    Emits ``grabbed(image)`` with the picture, or ``blank()`` when the system
    gave back nothing useful. ``windows`` lists the windows to hide; by default
    every visible top-level SafeHelper window. ``cancel()`` (used by Hide now)
    stops a pending grab and leaves everything hidden.
    """

    grabbed = Signal(QImage)
    blank = Signal()
    started = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hidden: list[QWidget] = []
        self._delay_ms = 0
        self._waited_ms = 0
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_hidden)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._grab)
        self.running = False
        self.show_after: QWidget | None = None

    def start(self, delay_seconds: int = 0, show_after: QWidget | None = None) -> None:
        """Hide every SafeHelper window and grab the screens ``delay_seconds`` later.

        ``show_after`` is shown again afterwards even if it was hidden before
        (the tray's "Save a screenshot now" starts with the window hidden).
        """
        if self.running:
            return
        self.running = True
        self.show_after = show_after
        self._delay_ms = max(0, delay_seconds) * 1000
        app = QApplication.instance()
        self._hidden = []
        if isinstance(app, QApplication):
            self._hidden = [w for w in app.topLevelWidgets() if w.isVisible()]
        self.started.emit()
        for widget in self._hidden:
            widget.hide()
        QGuiApplication.sync()
        self._waited_ms = 0
        self._poll.start()

    def cancel(self) -> None:
        """Stop a pending grab; windows stay hidden (Hide now was pressed meanwhile)."""
        self._poll.stop()
        self._delay.stop()
        self._hidden = []
        self.show_after = None
        self.running = False

    def _still_showing(self) -> bool:
        for widget in self._hidden:
            handle = widget.windowHandle()
            if handle is not None and handle.isExposed():
                return True
        return False

    def _check_hidden(self) -> None:
        self._waited_ms += POLL_MS
        if self._still_showing() and self._waited_ms < MAX_WAIT_MS:
            return
        if self._waited_ms < SETTLE_MS:
            return
        self._poll.stop()
        self._delay.start(self._delay_ms)

    def _grab(self) -> None:
        # Someone may have reopened a window during the delay (the tray's "Open"): hide it
        # again and wait once more, so SafeHelper is never in the picture.
        app = QApplication.instance()
        reopened = (
            [w for w in app.topLevelWidgets() if w.isVisible()]
            if isinstance(app, QApplication)
            else []
        )
        if reopened:
            for widget in reopened:
                widget.hide()
                if widget not in self._hidden:
                    self._hidden.append(widget)
            self._delay_ms = 0
            self._waited_ms = 0
            self._poll.start()
            return
        image = grab_all_screens()
        windows = list(self._hidden)
        if self.show_after is not None and self.show_after not in windows:
            windows.insert(0, self.show_after)
        self._hidden = []
        self.show_after = None
        self.running = False
        for widget in windows:
            widget.show()
            widget.raise_()
            widget.activateWindow()
        if is_blank(image):
            log.warning("capture: the grab came back blank")
            self.blank.emit()
            return
        self.grabbed.emit(image)
