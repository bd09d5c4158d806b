"""The one main window: a top bar with the two always-there buttons, and the pages."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safehelper import APP_NAME

from .context import AppContext
from .page import Page
from .quick_exit import style_hide_now

PageFactory = Callable[[AppContext], Page]

# Page name -> "module:Class". Modules are imported when the page is first opened, so
# start-up loads only the home page (the others pull in requests, jsonschema, Pillow...).
PAGES = {
    "home": ".home:HomePage",
    "walkthrough": ".walkthrough:WalkthroughPage",
    "parents": ".parents_guide:ParentsGuidePage",
    "locker": ".locker_view:LockerPage",
    "help": ".helplines_page:HelplinesPage",
    "family": ".family_page:FamilyPage",
    "setup": ".setup:SetupPage",
    "settings": ".settings_page:SettingsPage",
    "crisis": ".crisis_page:CrisisPage",
}


class LazyPages(Mapping[str, Page]):
    """Pages by name, each built the first time it is asked for.

    Only the home page is needed to show the window, so the others (which load
    content, helplines and the locker) are built when first opened: the window
    appears sooner for someone who is panicking.
    """

    def __init__(self, ctx: AppContext, factories: dict[str, str], stack: QStackedWidget) -> None:
        self._ctx = ctx
        self._factories = factories
        self._stack = stack
        self._built: dict[str, Page] = {}

    def __getitem__(self, name: str) -> Page:
        page = self._built.get(name)
        if page is None:
            module, _, cls = self._factories[name].partition(":")
            factory: PageFactory = getattr(importlib.import_module(module, __package__), cls)
            page = factory(self._ctx)
            page.setObjectName(f"page-{name}")
            self._stack.addWidget(page)
            self._built[name] = page
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def is_built(self, name: str) -> bool:
        """Whether the page exists yet (building it has a cost)."""
        return name in self._built


class MainWindow(QMainWindow):
    """Holds every page; Hide now and I'm not OK are in the top bar on all of them.

    ``closing`` tells the shell, which locks the locker (the window does not lock it).
    ``first_painted`` tells it the window is on screen, so the rest can start.
    """

    closing = Signal()
    first_painted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)
        self.resize(1100, 720)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_top_bar())
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages = LazyPages(ctx, PAGES, self.stack)
        self._painted = False
        # The pages opened before this one, for Back. Home starts afresh (and Hide now
        # goes home), so Back never brings back a page someone hid.
        self.history: list[str] = []
        ctx.navigator.requested.connect(self.show_page)
        self.show_page("home")

    def _build_top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("topBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 10, 16, 10)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("Back to the last screen"))
        self.back_button.setToolTip(self.tr("Go back one screen (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        row.addWidget(self.back_button)
        self.home_button = QPushButton(self.tr("Home"))
        self.home_button.setObjectName("homeButton")
        self.home_button.setAccessibleName(self.tr("Go to the home page"))
        self.home_button.setToolTip(self.tr("Go back to the start (Alt+Home)"))
        self.home_button.clicked.connect(lambda: self.show_page("home"))
        row.addWidget(self.home_button)
        name = QLabel(APP_NAME)
        name.setObjectName("appName")
        row.addWidget(name)
        row.addStretch(1)

        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setAccessibleName(self.tr("Open settings"))
        self.settings_button.setToolTip(self.tr("Change text size, colours and setup"))
        self.settings_button.clicked.connect(lambda: self.show_page("settings"))
        row.addWidget(self.settings_button)

        self.not_ok_button = QPushButton(self.tr("I'm not OK"))
        self.not_ok_button.setObjectName("notOk")
        self.not_ok_button.setAccessibleName(self.tr("I'm not OK: show crisis lines now"))
        self.not_ok_button.setToolTip(self.tr("Talk to someone right now (F1)"))
        self.not_ok_button.clicked.connect(lambda: self.show_page("crisis"))
        row.addWidget(self.not_ok_button)

        self.hide_button = QPushButton()
        self.hide_button.setObjectName("hideNow")
        style_hide_now(self.hide_button)
        row.addWidget(self.hide_button)
        return bar

    def add_shortcuts(self) -> None:
        """Alt+Left (Back), Alt+Home and F1 (I'm not OK), as the tooltips say.

        Added by the shell after the first paint, with the other keyboard rules: PySide
        builds the key-sequence classes (and their 80 enum values) on first use.
        """
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys, action in (
            ("Alt+Left", self.go_back),
            ("Alt+Home", lambda: self.show_page("home")),
            ("F1", lambda: self.show_page("crisis")),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(action)

    def show_page(self, name: str) -> None:
        """Bring the named page to the front; Back returns to the one before."""
        current = self.current_page()
        if name == "home":
            self.history.clear()
        elif current and current != name:
            self.history.append(current)
        self._show(name)

    def go_back(self) -> None:
        """Back one screen: inside the page first (a walkthrough step), else the page before."""
        page = self.stack.currentWidget()
        if isinstance(page, Page) and page.go_back():
            return
        if self.current_page() != "home":
            self._show(self.history.pop() if self.history else "home")

    def _show(self, name: str) -> None:
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        at_home = name == "home"
        self.home_button.setVisible(not at_home)
        self.back_button.setVisible(not at_home)
        if at_home:
            self.history.clear()
        page.on_shown()
        if self.isActiveWindow():
            page.focus_heading()

    def forget_answers(self) -> None:
        """Hide now: every page that has been opened drops what the person chose or typed."""
        for name in self.pages:
            if self.pages.is_built(name):
                self.pages[name].forget()

    def current_page(self) -> str:
        """The name of the page in front (used by tests and Hide now)."""
        page = self.stack.currentWidget()
        return page.objectName().removeprefix("page-") if page else ""

    def bring_to_front(self) -> None:
        """Show the window, restore it if minimised, and ask the OS to focus it."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Say once that the window has been painted (the pixels follow in the same pass)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window locks the locker (the shell listens) before the app goes."""
        self.closing.emit()
        super().closeEvent(event)
