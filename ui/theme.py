"""Light and dark, and text size: applied to the whole app at once.

"System" follows the OS colour scheme. The text-size setting scales the
application font and every size in the stylesheet, so a user who needs 200 %
gets it on every page, not only where someone remembered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from safehelper.resources import read_text
from safehelper.settings import Settings

BASE_POINT_SIZE = 11.0
# The keyboard-focus outline: a colour of its own (not the "chosen" teal) that stands
# out at 3:1 or more against the page and the buttons, in each scheme.
FOCUS_LIGHT = "#1a4fd6"
FOCUS_DARK = "#ffd24d"
# The same outline on buttons filled with the teal highlight (Done next, the main actions,
# a chosen answer). In the light scheme black is 3.45:1 against the teal and 19:1 against
# the page. The dark scheme's teal is deep enough for its yellow outline (3.6:1 against
# the teal, 12:1 against the page) and for white text on it (5.1:1); a brighter teal left
# no colour that reaches 3:1 against both the teal and the page.
FOCUS_ON_HIGHLIGHT_LIGHT = "#000000"
FOCUS_ON_HIGHLIGHT_DARK = FOCUS_DARK

_LIGHT = {
    QPalette.ColorRole.Window: "#f5f6fa",
    QPalette.ColorRole.WindowText: "#1d2433",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#e9edf5",
    QPalette.ColorRole.Text: "#1d2433",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#1d2433",
    QPalette.ColorRole.Highlight: "#0b6e69",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Mid: "#b8c0cc",
    QPalette.ColorRole.PlaceholderText: "#4f5a6b",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1d2433",
    QPalette.ColorRole.Link: "#0b5c8a",
}
_DARK = {
    QPalette.ColorRole.Window: "#171b22",
    QPalette.ColorRole.WindowText: "#eef1f6",
    QPalette.ColorRole.Base: "#222832",
    QPalette.ColorRole.AlternateBase: "#1f242d",
    QPalette.ColorRole.Text: "#eef1f6",
    QPalette.ColorRole.Button: "#2a313c",
    QPalette.ColorRole.ButtonText: "#eef1f6",
    QPalette.ColorRole.Highlight: "#1f7a73",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Mid: "#4a5362",
    QPalette.ColorRole.PlaceholderText: "#b4bcc8",
    QPalette.ColorRole.ToolTipBase: "#2a313c",
    QPalette.ColorRole.ToolTipText: "#eef1f6",
    QPalette.ColorRole.Link: "#7cc4ff",
}


def is_dark(settings: Settings) -> bool:
    """Whether to use the dark palette for this setting and the OS scheme."""
    if settings.theme == "dark":
        return True
    if settings.theme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def build_palette(dark: bool) -> QPalette:
    """A complete palette for the light or dark scheme."""
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a93a3"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a93a3"))
    return palette


def stylesheet(scale_percent: int, dark: bool = False) -> str:
    """The stylesheet with its font sizes scaled to the text-size setting."""
    base = BASE_POINT_SIZE * scale_percent / 100
    return (
        read_text("style.qss")
        .replace(
            "@FOCUS_ON_HIGHLIGHT@", FOCUS_ON_HIGHLIGHT_DARK if dark else FOCUS_ON_HIGHLIGHT_LIGHT
        )
        .replace("@FOCUS@", FOCUS_DARK if dark else FOCUS_LIGHT)
        .replace("@BASE@", f"{base:.1f}")
        .replace("@LARGE@", f"{base * 1.35:.1f}")
        .replace("@HUGE@", f"{base * 2.2:.1f}")
    )


def apply(app: QApplication, settings: Settings) -> None:
    """Apply the theme and text size to the whole app; safe to call again after a change.

    The style itself, Fusion, is chosen once, by SafeHelperApp.
    """
    dark = is_dark(settings)
    app.setPalette(build_palette(dark))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * settings.text_scale / 100)
    app.setFont(font)
    app.setStyleSheet(stylesheet(settings.text_scale, dark))
