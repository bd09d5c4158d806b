"""Starting SafeHelper: the window someone panics into comes first, the rest after it.

What may be loaded when the first window is painted is written down here, so a
heavy module cannot creep back onto that path unnoticed. How long it takes is
measured in ``benchmarks/startup.py``, never here.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import HAS_SCREEN, ONLY_WHEN_NEEDED, close_shell
from PySide6.QtWidgets import QApplication
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator

from safehelper.settings import Settings

# The real entry point (`python -m safehelper`), watched from inside: at the first paint
# of the main window it lists every loaded module and every Qt class PySide has made, and stops.
AT_FIRST_PAINT = r"""
import os, runpy, sys
import safehelper_ui.main_window as main_window

build = main_window.MainWindow.__init__


def watched(self, *args, **kwargs):
    build(self, *args, **kwargs)

    def painted():
        loaded = sorted(sys.modules)
        # PySide makes a class the first time it is named: those it has made by now.
        from PySide6 import QtCore, QtGui, QtWidgets

        made = [name for module in (QtCore, QtGui, QtWidgets) for name in vars(module)]
        app = QtWidgets.QApplication.instance()
        app.setStyleSheet("")  # the style under the sheet (with one, style() is the sheet's)
        print("STYLE", app.style().name(), flush=True)
        print("LOADED", *loaded, flush=True)
        print("MADE", *made, flush=True)
        os._exit(0)

    self.first_painted.connect(painted)


main_window.MainWindow.__init__ = watched
sys.argv = ["safehelper"]
runpy.run_module("safehelper", run_name="__main__")
"""

# Ours, before the first paint: the settings, the home page and what Hide now needs.
FIRST_WINDOW = {
    "safehelper",
    "safehelper.__main__",
    "safehelper.cli",
    "safehelper.error_text",
    "safehelper.errors",
    "safehelper.log",
    "safehelper.paths",
    "safehelper.resources",
    "safehelper.settings",
    "safehelper_ui",
    "safehelper_ui.app",
    "safehelper_ui.context",
    "safehelper_ui.garbage_collection",
    "safehelper_ui.home",
    "safehelper_ui.i18n",
    "safehelper_ui.idle_lock",
    "safehelper_ui.jobs",
    "safehelper_ui.locker_holder",
    "safehelper_ui.main_window",
    "safehelper_ui.page",
    "safehelper_ui.quick_exit",
    "safehelper_ui.setup_banner",
    "safehelper_ui.single_instance",
    "safehelper_ui.theme",
    "safehelper_ui.timestamp_runner",
    "safehelper_ui.widgets",
}
# Never before the first paint: each costs milliseconds to tenths of a second, and none
# is needed to show the four choices, I'm not OK and Hide now.
NOT_BEFORE_FIRST_PAINT = ONLY_WHEN_NEEDED | {"logging.handlers", "PySide6.QtNetwork"}
# Qt classes only wanted after the first paint: PySide builds each one (and its enums)
# the first time it is named, so each would add to the wait for the window.
NOT_MADE_BEFORE_FIRST_PAINT = {
    "QDesktopServices",  # opening a link
    "QElapsedTimer",
    "QIcon",  # the window icon, set after the paint
    "QKeySequence",  # the window's shortcuts, added after the paint
    "QShortcut",
    "QSystemTrayIcon",  # the tray, asked for after the paint
}


def at_first_paint(home: object, **extra_env: str) -> dict[str, list[str]]:
    """Start the real entry point and return what the watcher printed at its first paint."""
    env = {**os.environ, "SAFEHELPER_HOME": str(home), **extra_env}
    if not HAS_SCREEN:
        env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", AT_FIRST_PAINT],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    printed = {
        line.split()[0]: line.split()[1:]
        for line in result.stdout.splitlines()
        if line.startswith(("LOADED ", "STYLE ", "MADE "))
    }
    assert "LOADED" in printed, result.stdout + result.stderr
    return printed


def test_the_first_window_loads_only_what_it_shows(safehelper_home) -> None:  # type: ignore[no-untyped-def]
    loaded = set(at_first_paint(safehelper_home)["LOADED"])
    ours = {name for name in loaded if name.split(".")[0] in ("safehelper", "safehelper_ui")}
    assert sorted(ours - FIRST_WINDOW) == []
    assert sorted(loaded & NOT_BEFORE_FIRST_PAINT) == []
    assert "safehelper_ui.home" in loaded  # the watcher did see the real first window


def test_the_first_window_makes_only_the_qt_classes_it_needs(safehelper_home) -> None:  # type: ignore[no-untyped-def]
    made = set(at_first_paint(safehelper_home)["MADE"])
    assert sorted(made & NOT_MADE_BEFORE_FIRST_PAINT) == []
    assert {"QMainWindow", "QPushButton"} <= made  # the watcher did see PySide's classes


def test_the_window_is_fusion_even_where_the_desktop_asks_for_another_style(
    safehelper_home,  # type: ignore[no-untyped-def]
) -> None:
    # A desktop (or a user's profile) can set QT_STYLE_OVERRIDE; SafeHelper's colours and
    # focus outlines are checked for contrast on Fusion, so Fusion is what must show.
    assert at_first_paint(safehelper_home, QT_STYLE_OVERRIDE="Windows")["STYLE"] == ["fusion"]


def test_hide_now_works_before_the_rest_has_started(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The button is wired with the window: it does not wait for what starts after the paint."""
    shell = Shell(qapp, AppContext(settings=Settings(country="NZ"), navigator=Navigator()))
    qtbot.addWidget(shell.window)
    try:
        with qtbot.assertNotEmitted(shell.started):
            shell.window.show_page("crisis")
            shell.window.show()
            shell.window.hide_button.click()
            assert not shell.window.isVisible()
            assert shell.window.current_page() == "home"
    finally:
        close_shell(qapp, shell)
