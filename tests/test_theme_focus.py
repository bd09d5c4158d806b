"""The keyboard-focus outline on teal buttons is seen: 3:1 or more (WCAG 2.x non-text contrast).

Checked twice: from the theme's own colours and stylesheet, and from the pixels
of a real focused "Done, next" button in each theme under Xvfb. The focus
outline must also not look like a chosen answer (teal fill, teal border, tick).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from conftest import close_shell
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from safehelper_ui import theme
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.walkthrough import WalkthroughPage

from safehelper.settings import Settings

TEAL_BUTTONS = ("nextButton", "primaryAction", "primary", "alertButton", "cardAction")


def luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def focus_colour(sheet: str, selector: str) -> QColor:
    """The border colour of the last ``selector`` rule in the stylesheet (the one that wins)."""
    found = ""
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        if selector in [s.strip() for s in selectors.split(",")]:
            match = re.search(r"border:\s*\d+px solid (#[0-9a-fA-F]{6})", body)
            if match:
                found = match.group(1)
    assert found, selector
    return QColor(found)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_focus_outline_on_teal_buttons_reaches_3_to_1_against_the_teal_and_the_page(
    dark: bool,
) -> None:
    palette = theme.build_palette(dark=dark)
    teal = palette.color(QPalette.ColorRole.Highlight)
    around = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
    # The words on a teal button stay readable (WCAG AA for text, 4.5:1).
    assert contrast(palette.color(QPalette.ColorRole.HighlightedText), teal) >= 4.5
    sheet = theme.stylesheet(100, dark=dark)
    selectors = [f"QPushButton#{name}:focus" for name in TEAL_BUTTONS]
    selectors.append("QPushButton#answer:checked:focus")  # a chosen answer is teal too
    for selector in selectors:
        ring = focus_colour(sheet, selector)
        assert contrast(ring, teal) >= 3, selector
        for background in around:
            assert contrast(ring, background) >= 3, selector


def test_the_focus_outline_is_not_the_chosen_answer_look() -> None:
    for dark in (False, True):
        sheet = theme.stylesheet(100, dark=dark)
        chosen = re.search(r"QPushButton#answer:checked \{([^}]*)\}", sheet)
        assert chosen is not None
        assert "palette(highlight)" in chosen.group(1)  # the chosen look: teal fill and border
        teal = theme.build_palette(dark).color(QPalette.ColorRole.Highlight)
        for selector in ("QPushButton#answer:focus", "QPushButton#answer:checked:focus"):
            assert focus_colour(sheet, selector) != teal, (dark, selector)


@pytest.fixture(params=["light", "dark"])
def themed_shell(qapp: QApplication, qtbot, request) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    ctx = AppContext(settings=Settings(country="NZ", theme=request.param), navigator=Navigator())
    shell = Shell(qapp, ctx)
    qtbot.addWidget(shell.window)
    shell.window.resize(1366, 768)
    shell.window.show()
    shell.window.activateWindow()
    qtbot.waitActive(shell.window)
    yield shell
    close_shell(qapp, shell)
    theme.apply(qapp, Settings())  # back to the default scheme for the other tests


def test_a_focused_done_next_button_shows_its_outline_on_screen(themed_shell: Shell, qtbot) -> None:
    window = themed_shell.window
    window.show_page("walkthrough")
    page = window.pages["walkthrough"]
    assert isinstance(page, WalkthroughPage)
    page.go_to("step", 0)
    button = page.next_button
    assert button.objectName() == "nextButton" and button.isVisible()
    qtbot.waitUntil(lambda: button.height() > 0)

    def pixels() -> tuple[QColor, QColor, QColor]:
        picture = button.parentWidget().grab().toImage()
        x, y = button.x(), button.y() + button.height() // 2
        return (
            picture.pixelColor(x + 1, y),
            picture.pixelColor(x + 8, y),
            picture.pixelColor(x - 3, y),
        )

    _edge, unfocused_fill, _page = pixels()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    ring, fill, outside = pixels()
    assert fill == unfocused_fill  # focus changes the outline only, not the teal
    assert contrast(ring, fill) >= 3
    assert contrast(ring, outside) >= 3
