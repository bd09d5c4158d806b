"""Start-up: one QApplication, one main window, Hide now, the tray and one instance."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from safehelper import APP_NAME, __version__
from safehelper import settings as settings_store
from safehelper.log import setup_logging
from safehelper.resources import resource_path

from . import theme
from .context import AppContext, Navigator, system_tray_available
from .garbage_collection import GuiThreadCollector
from .i18n import install_translator
from .idle_lock import IdleLock
from .main_window import MainWindow
from .quick_exit import QuickExit
from .single_instance import SingleInstance
from .timestamp_runner import StampRunner

if TYPE_CHECKING:  # the icon, the tray and its menu are made after the first paint
    from PySide6.QtGui import QIcon

    from .tray import Tray

log = logging.getLogger(__name__)

DESKTOP_FILE_NAME = "nz.safehelper.SafeHelper"


class SafeHelperApp(QApplication):
    """The application object, named so the OS shows SafeHelper (and tests can build it)."""

    def __init__(self, argv: Sequence[str]) -> None:
        # Fusion on every desktop, so that the colours and focus outlines checked for
        # contrast are the ones people see. Given on the command line (after anything
        # the caller passed), Qt makes it as the application's only style; setStyle()
        # later would make a second one and load the 550 values of QStyle's enums into Python.
        super().__init__([*argv, "-style", "Fusion"])
        self.setApplicationName(APP_NAME)
        self.setApplicationDisplayName(APP_NAME)
        self.setApplicationVersion(__version__)
        self.setDesktopFileName(DESKTOP_FILE_NAME)
        self._interaction: QObject | None = None
        # Before any job thread exists: cycles are collected on this thread only.
        self.collector = GuiThreadCollector(self)

    def add_key_and_wheel_rules(self) -> None:
        """Enter presses buttons and the wheel leaves drop-downs alone, in every window.

        Once per application; the shell adds them after the first paint.
        """
        if self._interaction is None:
            from .interaction import Interaction  # its Qt classes load after the first paint

            self._interaction = Interaction(self)
            self.installEventFilter(self._interaction)


def app_icon() -> QIcon:
    """SafeHelper's icon, from the resources folder."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", "safehelper.png")))


class Shell(QObject):
    """Everything a running SafeHelper holds: the window, Hide now, the tray, the idle lock.

    The one place that locks the locker (Hide now, idle time, closing, quit) and
    that stops the background jobs: cancels them on Hide now, waits for them at quit.

    Only the window and its Hide now button are made before the first paint;
    :meth:`finish_starting` does the rest once the window is on screen, and
    ``started`` says it has.
    """

    started = Signal()

    def __init__(self, app: QApplication, ctx: AppContext) -> None:
        super().__init__()
        self.app = app
        self.ctx = ctx
        theme.apply(app, ctx.settings)
        self.translator = install_translator(app, ctx.settings.language)
        self.window = MainWindow(ctx)
        self.window.closing.connect(self.lock)
        self.quick_exit = QuickExit(self.lock, self.forget_answers)
        self.window.hide_button.clicked.connect(self.quick_exit.trigger)
        self.idle = IdleLock(lambda: ctx.settings.auto_lock_minutes, self._idle_timeout, self)
        ctx.locker.unlocked.connect(self.idle.restart)
        ctx.locker.locked.connect(self.idle.stop)
        # Independent time stamps: only while unlocked and only if turned on.
        self.stamps = StampRunner(ctx, self)
        app.aboutToQuit.connect(self.shut_down)
        self.tray: Tray | None = None
        self._starting = True  # until finish_starting has run, or the shell has shut down
        # Queued: it runs on the next turn of the event loop, once the pixels are on screen.
        self.window.first_painted.connect(self.finish_starting, Qt.ConnectionType.QueuedConnection)
        styles = QGuiApplication.styleHints()
        styles.colorSchemeChanged.connect(lambda _scheme: theme.apply(app, ctx.settings))

    def finish_starting(self) -> None:
        """After the first paint: what the window someone panics into need not wait for.

        The application-wide event filters come first, Esc twice (Hide now) before
        anything else. They are not installed earlier because the first event a
        Python filter sees for one of Qt's private objects (the accessibility bridge,
        the input context) makes PySide load every Qt class it knows, about 40 ms.
        The window's shortcuts follow, then the window icon (PySide's QIcon class and
        the PNG take about 3 ms; the window picks it up when it is set), then the tray:
        asking the desktop for one is a D-Bus round trip.
        Runs once; in the background (no window) the caller runs it straight away.
        """
        if not self._starting:
            return
        self._starting = False
        # The painted window may still wait in the buffer to the window system (X11 sends it
        # when the event loop next sleeps, which the work below would delay): send it now.
        QGuiApplication.sync()
        self.app.installEventFilter(self.quick_exit)
        if isinstance(self.app, SafeHelperApp):
            self.app.add_key_and_wheel_rules()
        self.app.installEventFilter(self.idle)
        self.window.add_shortcuts()
        self.app.setWindowIcon(app_icon())
        self.add_tray()
        self.started.emit()

    def add_tray(self) -> None:
        """Put SafeHelper in the system tray, where the desktop has one."""
        if self.tray is None and self.ctx.has_tray():
            self.tray = self.make_tray()
            self.tray.show()

    def make_tray(self) -> Tray:
        """The tray icon and its menu, wired to this shell (shown only where there is a tray)."""
        from .tray import Tray

        return Tray(
            self.app.windowIcon(),
            self.window.bring_to_front,
            self.quick_exit.trigger,
            self.quit,
            on_capture=self.capture_screenshot,
        )

    def forget_answers(self) -> None:
        """Hide now: no answer the young person gave stays in memory, and home is in front."""
        self.ctx.needs_help_now = False
        self.ctx.journey.reset()
        self.window.forget_answers()
        self.window.show_page("home")

    def capture_screenshot(self) -> None:
        """The tray's "Save a screenshot now": the locker page grabs the screen."""
        from .locker_view import LockerPage  # only when asked: keeps start-up light

        page = self.window.pages["locker"]
        if isinstance(page, LockerPage):
            page.capture_from_tray()

    def _capturing(self) -> bool:
        if not self.window.pages.is_built("locker"):
            return False
        from .locker_view import LockerPage

        page = self.window.pages["locker"]
        return isinstance(page, LockerPage) and page.capture.running

    def _idle_timeout(self) -> None:
        # Not while SafeHelper is hidden for a screenshot: nobody can press a key then.
        if self.ctx.locker.is_unlocked and not self._capturing():
            self.lock()

    def lock(self) -> None:
        """Hide now, idle time, closing the window: stop every job and lock the locker."""
        self.ctx.jobs.cancel_all()
        self.ctx.locker.lock()

    def shut_down(self) -> None:
        """Before the app goes: lock, then wait for every job (Qt aborts on a running thread)."""
        self._starting = False  # a paint still queued must not arm a shell that has gone
        self.lock()
        self.ctx.jobs.wait_all()

    def quit(self) -> None:
        """Lock, wait for the jobs, then leave."""
        self.shut_down()
        self.app.quit()


def quit_on_termination(shell: Shell) -> None:
    """On SIGTERM or Ctrl+C (a logout, a shutdown, a terminal), lock and quit cleanly.

    Python runs signal handlers only between bytecodes, so a slow timer gives it the
    chance while Qt's event loop waits.
    """
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: QTimer.singleShot(0, shell.quit))
    heartbeat = QTimer(shell)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(500)


def make_context() -> AppContext:
    """Settings from disk, and a fresh navigator."""
    return AppContext(settings=settings_store.load(), navigator=Navigator())


def run(argv: list[str], *, background: bool = False) -> int:
    """Open SafeHelper, or bring the copy that is already running to the front.

    ``background`` (start with the computer) waits in the tray without a window;
    where the desktop has no tray there is nothing to wait in, so it does not start.
    """
    setup_logging()
    app = SafeHelperApp(argv)
    if background and not system_tray_available():
        log.warning("no system tray: not starting in the background")
        return 0
    instance = SingleInstance()
    if not instance.claim(ask_to_show=not background):
        return 0
    shell = Shell(app, make_context())
    instance.show_requested.connect(shell.window.bring_to_front)
    instance.show_requested.connect(lambda: log.debug("another launch asked to show the window"))
    quit_on_termination(shell)

    def listen() -> None:  # after first paint: later launches retry until this is up
        from safehelper import pack_leftovers

        instance.listen()
        pack_leftovers.clean_up_after_crash()  # a crashed export's unencrypted partial pack
        log.debug("started %s on %s", __version__, QGuiApplication.platformName())

    shell.started.connect(listen)
    if background:
        QTimer.singleShot(0, shell, shell.finish_starting)
    else:
        shell.window.show()
    try:
        status = app.exec()
    finally:
        instance.release()
    log.debug("quit cleanly")
    return status


if __name__ == "__main__":
    sys.exit(run(sys.argv))
