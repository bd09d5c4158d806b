"""The "Add from my phone" window: a QR code the phone scans, and what has arrived.

While this window is open, the core's :class:`PhoneBridge` serves the phone's
page on the home network; each picture arrives sealed in the locker's review
queue. The session is a job in the shell's registry, so Hide now (which
cancels every job) and quitting end it like any other work; closing this
window or the locker locking end it at once as well. The port then refuses
connections, and the address in the QR code stops working.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safehelper.errors import SafeHelperError
from safehelper.locker.review_queue import ReviewQueue
from safehelper.phone import address
from safehelper.phone.bridge import PhoneBridge, PhoneEvent
from safehelper.phone.sealed_upload import ReceivedPicture

from .error_text import describe
from .jobs import Job, JobControl
from .locker_holder import LockerHolder
from .widgets import paragraph, show_status, status_label

# How often the session's job looks at Cancel (Hide now): well inside the 100 ms promise.
_CANCEL_CHECK_SECONDS = 0.02


class PhoneWindow(QDialog):
    """``PhoneWindow(holder)``: start a phone session for the unlocked locker, show its code.

    ``host`` is for tests (127.0.0.1); normally the home-network address is found.
    ``arrived(count)`` says how many pictures have come in so far, so the locker
    page can show them waiting (quietly: no sound, no pop-up).
    """

    arrived = Signal(int)

    def __init__(
        self, holder: LockerHolder, parent: QWidget | None = None, *, host: str | None = None
    ) -> None:
        super().__init__(parent)
        self.holder = holder
        self.bridge: PhoneBridge | None = None
        self.job: Job[int] | None = None
        self._received = 0
        self._connected = threading.Event()
        self._count_lock = threading.Lock()
        self.setObjectName("phoneWindow")
        self.setWindowTitle(self.tr("Add from my phone"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        # At big text sizes on a small screen the words scroll; the QR code is never squeezed
        # or cut (a cut code does not scan).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.heading = paragraph(
            self.tr("Scan this code with the phone's camera."), "dialogHeading"
        )
        column.addWidget(self.heading)
        self.status = status_label()
        column.addWidget(self.status)
        self.wifi_line = paragraph(self.tr("Phone and computer on the same Wi-Fi."))
        column.addWidget(self.wifi_line)
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("QR code for the phone"))
        column.addWidget(self.code)
        self.address_label = paragraph("")
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.address_label)
        self.firewall_line = paragraph(
            self.tr(
                "The first time, Windows or macOS may ask whether SafeHelper may use the "
                "network. Choose Allow (on Windows, for private networks only)."
            )
        )
        column.addWidget(self.firewall_line)
        column.addStretch(1)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done: stop receiving from the phone"))
        self.done_button.clicked.connect(self.close)
        outer.addWidget(self.done_button)
        holder.locked.connect(self.close)
        self._start(host)
        self._fit(body)

    def _fit(self, body: QWidget) -> None:
        """As tall as the words need, up to nine tenths of the screen (then they scroll)."""
        width = max(560, body.sizeHint().width() + 64)
        body.setMinimumWidth(width - 64)
        wanted = body.heightForWidth(width - 64) if body.hasHeightForWidth() else -1
        wanted = max(wanted, body.sizeHint().height()) + self.done_button.sizeHint().height() + 64
        screen = self.screen().availableGeometry()
        body.setMinimumWidth(0)
        self.resize(width, min(wanted, int(screen.height() * 0.9)))

    def _start(self, host: str | None) -> None:
        locker = self.holder.unlocked_locker()
        if locker is None:
            show_status(self.status, self.tr("Open the locker first."), error=True)
            return
        queue = ReviewQueue(locker)
        try:
            chosen = address.checked_host(host) if host else address.home_network_address()
            self.bridge = PhoneBridge(self._keeper(queue), host=chosen, listener=self._heard)
            self.bridge.start()
        except SafeHelperError as exc:
            self._show_fallback(exc)
            return
        code = self._code_image(self.bridge.address)
        self.code.setPixmap(code)
        self.code.setMinimumSize(code.size())
        self.address_label.setText(
            self.tr("Or type this address in the phone's browser:") + "\n" + self.bridge.address
        )
        show_status(self.status, self.tr("Waiting for the phone…"))
        bridge = self.bridge
        self.job = self.holder.jobs.start(
            Job(
                "phone: session",
                lambda control: self._keep_open(bridge, control),
                lambda _count: self._ended(),
                self._failed,
                on_progress=self._progressed,
                owner=self,
            )
        )

    def _keeper(self, queue: ReviewQueue) -> Callable[[ReceivedPicture], None]:
        """The bridge's sink (its worker thread): seal the picture into the review queue."""

        def keep(picture: ReceivedPicture) -> None:
            picture.wait_in(queue)
            with self._count_lock:
                self._received += 1

        return keep

    def _heard(self, event: PhoneEvent) -> None:
        if event.kind == "connected":
            self._connected.set()

    def _keep_open(self, bridge: PhoneBridge, control: JobControl) -> int:
        """Worker thread: the session lasts until it ends or Hide now cancels it."""
        shown = (-1, False)
        while not bridge.ended.wait(_CANCEL_CHECK_SECONDS):
            if control.cancelled():
                bridge.stop()
                break
            with self._count_lock:
                now = (self._received, self._connected.is_set())
            if now != shown:
                shown = now
                control.progress(now[0], int(now[1]))
        return self._received

    def _progressed(self, received: int, connected: int) -> None:
        if received:
            self.arrived.emit(received)
        if received == 1:
            text = self.tr("1 picture is waiting for you to look at in the locker.")
        elif received:
            text = self.tr("{count} pictures are waiting for you to look at in the locker.")
            text = text.format(count=received)
        elif connected:
            text = self.tr("The phone is connected. Choose the screenshots on the phone.")
        else:
            text = self.tr("Waiting for the phone…")
        show_status(self.status, text)

    def _ended(self) -> None:
        self.code.clear()
        self.address_label.setText(self.tr("This address no longer works."))

    def _failed(self, error: SafeHelperError) -> None:
        show_status(self.status, describe(error), error=True)

    def _show_fallback(self, error: SafeHelperError) -> None:
        """No home network (or no port): say so, and how to send the files another way."""
        self.heading.setText(self.tr("The phone cannot reach this computer right now."))
        for part in (self.wifi_line, self.firewall_line, self.code):
            part.hide()
        show_status(self.status, describe(error), error=True)
        self.address_label.setText(
            self.tr(
                "Another way: on an iPhone, AirDrop the screenshots to a Mac, or connect the "
                "phone with its cable and copy them from the Photos or Files app. On Android, "
                "connect the phone with a USB cable, choose File transfer on the phone, and "
                "copy them from the DCIM/Screenshots folder. Then add them as files."
            )
        )

    def _code_image(self, text: str) -> QPixmap:
        pixmap = QPixmap()
        pixmap.loadFromData(address.qr_png(text, scale=6))
        return pixmap

    def stop(self) -> None:
        """End the session now: the port refuses connections when this returns."""
        if self.bridge is not None:
            self.bridge.stop()
        if self.job is not None:
            self.job.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window ends the session."""
        self.stop()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Hide now hides every window: the session ends with it."""
        self.stop()
        super().hideEvent(event)
