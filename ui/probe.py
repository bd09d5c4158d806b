"""The Qt half of ``self-test``: build the real main window offscreen and paint it once."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QGuiApplication

from safehelper.settings import Settings

from .app import SafeHelperApp, Shell
from .context import AppContext, Navigator


def probe_offscreen() -> str:
    """Return a one-line description of a successful paint, or raise."""
    app = SafeHelperApp(["safehelper"])
    shell = Shell(app, AppContext(settings=Settings(), navigator=Navigator()))
    image = shell.window.grab()
    if image.isNull() or image.width() == 0:
        raise RuntimeError("the main window did not paint")
    return (
        f"Qt {pyside_version} on {QGuiApplication.platformName()}: "
        f"main window painted at {image.width()}x{image.height()}"
    )
