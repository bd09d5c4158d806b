"""200 % text on small laptop screens: every page fits its width, and no text is cut off.

Each page (and each walkthrough screen) is shown in the real window at 1366x768
and 1280x720 with the text-size setting at 200 %, light and dark alike (the
sizes are the same). Then every visible scroll area is checked for a sideways
scroll bar, and every visible label and button for text that does not fit:
its size hint (or, for wrapped text, its height for its width) against the
space it was given, and its right edge against the visible part of the page.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from conftest import close_shell
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.settings_page import SettingsPage
from safehelper_ui.walkthrough import WalkthroughPage

from safehelper.settings import Settings

SIZES = [(1366, 768), (1280, 720)]
PAGES = ["home", "walkthrough", "crisis", "help", "locker", "family", "settings", "parents"]
PAGES += ["setup"]
# Walkthrough screens besides the first one.
SCREENS = [("not_safe", 0)] + [("question", i) for i in range(4)]
SCREENS += [("step", i) for i in range(8)] + [("end", 0)]


def _visible_rect_right(widget: QWidget) -> int:
    """How far right the part of the window that can show ``widget`` goes, in its window.

    Inside a scroll area that is the viewport's right edge; otherwise the window's.
    """
    window = widget.window()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            return viewport.mapTo(window, QPoint(viewport.width(), 0)).x()
        parent = parent.parentWidget()
    return window.width()


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def problems(window: QWidget) -> list[str]:
    """Every sideways scroll bar and cut-off label or button now on screen, in words."""
    found: list[str] = []
    for area in window.findChildren(QAbstractScrollArea):
        if _shown(area) and area.horizontalScrollBar().isVisible():
            found.append(f"sideways scroll bar in {area.objectName() or type(area).__name__}")
    for label in window.findChildren(QLabel):
        if not _shown(label) or not label.text():
            continue
        name = repr(label.text()[:40])
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"{name}: needs {needed}px high, has {label.height()}")
            if label.minimumSizeHint().width() > label.width() + 1:
                found.append(f"{name}: a word is wider than the label")
        else:
            hint = label.sizeHint()
            if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
                found.append(f"{name}: needs {hint.width()}x{hint.height()}, has {label.size()}")
        right = label.mapTo(window, QPoint(label.width(), 0)).x()
        if right > _visible_rect_right(label) + 1:
            found.append(f"{name}: runs past the right edge")
    for button in window.findChildren(QAbstractButton):
        if not _shown(button) or not button.text():
            continue
        name = repr(button.text()[:40])
        if button.sizeHint().width() > button.width() + 1:
            needed = button.sizeHint().width()
            found.append(f"button {name}: needs {needed}px, has {button.width()}")
        right = button.mapTo(window, QPoint(button.width(), 0)).x()
        if right > _visible_rect_right(button) + 1:
            found.append(f"button {name}: runs past the right edge")
    return found


CASES = [(size, how) for size in SIZES for how in ("set", "changed")]


@pytest.fixture(params=CASES, ids=[f"{w}x{h}-{how}" for (w, h), how in CASES])
def big_text(request, qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    """The window at 200 % text: set before it opened, or changed in Settings while open."""
    (width, height), how = request.param
    scale = 200 if how == "set" else 100
    ctx = AppContext(settings=Settings(country="NZ", text_scale=scale), navigator=Navigator())
    shell = Shell(qapp, ctx)
    qtbot.addWidget(shell.window)
    shell.window.resize(width, height)
    shell.window.show()
    qtbot.waitUntil(lambda: shell.window.width() == width and shell.window.height() == height)
    if how == "changed":
        for name in PAGES:  # every page built at 100 %, then the size changed
            shell.window.show_page(name)
        settings = shell.window.pages["settings"]
        assert isinstance(settings, SettingsPage)
        box = settings.appearance.text_box
        box.setCurrentIndex(box.findData(200))
        assert ctx.settings.text_scale == 200
    yield shell
    close_shell(qapp, shell)


def assert_fits(qtbot, window: QWidget, where: object) -> None:  # type: ignore[no-untyped-def]
    """Once the layouts have run (they are posted events), nothing is cut off."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not problems(window), timeout=2000)
    found = problems(window)
    assert not found, f"{where}: {found}"


@pytest.mark.parametrize("name", PAGES)
def test_every_page_fits_at_200_percent(big_text: Shell, qtbot, name: str) -> None:
    big_text.window.show_page(name)
    assert_fits(qtbot, big_text.window, name)


def test_every_walkthrough_screen_fits_at_200_percent(big_text: Shell, qtbot) -> None:
    big_text.window.show_page("walkthrough")
    page = big_text.window.pages["walkthrough"]
    assert isinstance(page, WalkthroughPage)
    for screen in SCREENS:
        page.go_to(*screen)
        assert_fits(qtbot, big_text.window, screen)
