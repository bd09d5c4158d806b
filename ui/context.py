"""The objects every page is given, so no page reaches for a global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from safehelper import settings as settings_store
from safehelper.settings import Settings

from .jobs import JobRegistry
from .locker_holder import LockerHolder

# Types only, so their modules load when used, not before the first window: QUrl's class
# when a link is opened, the guidance content with the walkthrough (see Journey.answers).
if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from safehelper.guidance import Answers


class Navigator(QObject):
    """Pages ask for another page by name; the main window listens."""

    requested = Signal(str)

    def go(self, page: str) -> None:
        """Show the page called ``page`` (``home``, ``crisis``, ``locker``...)."""
        self.requested.emit(page)


def _open_url(url: QUrl) -> bool:
    from PySide6.QtGui import QDesktopServices  # PySide makes a class on first use: not at start

    return QDesktopServices.openUrl(url)


def system_tray_available() -> bool:
    """Whether the desktop shows tray icons (a D-Bus question on Linux: asked after start)."""
    from PySide6.QtWidgets import QSystemTrayIcon  # PySide makes a class on first use

    return QSystemTrayIcon.isSystemTrayAvailable()


def _has_phone_app(scheme: str) -> bool:
    from safehelper import phone_links  # asked on the helpline page, not at start-up

    return phone_links.has_handler(scheme)


@dataclass
class Journey:
    """What the young person told the walkthrough, and where to go back to after saving.

    In memory only, while the app is open: the incident form offers these answers
    instead of asking again, and "Save evidence now" in a step comes back to that
    step after saving. Hide now calls :meth:`reset`, so nothing is left to read.
    """

    resume_page: str = ""
    just_saved: bool = False
    _answers: Answers | None = None

    @property
    def answers(self) -> Answers:
        """The answers so far (none yet: an empty set, made when first asked for)."""
        if self._answers is None:
            from safehelper.guidance import Answers  # with the walkthrough, not at start-up

            self._answers = Answers()
        return self._answers

    @answers.setter
    def answers(self, value: Answers) -> None:
        self._answers = value

    def reset(self) -> None:
        """Forget every answer and the way back."""
        self._answers = None
        self.resume_page = ""
        self.just_saved = False


@dataclass
class AppContext:
    """Settings, navigation, the running jobs and the open locker, handed to every page.

    ``open_url`` is an attribute so tests can replace it and see the exact URL
    a button would open (``tel:``, ``sms:``, ``https:``) without opening it.
    ``jobs`` runs every slow task (the shell waits for them at quit); ``locker``
    is the one holder of the open locker, whose ``locked`` signal pages and
    dialogs listen to. Only the shell locks it (Hide now, idle time, quit).
    ``needs_help_now`` is set (in memory only) when the young person says they
    are not safe or are thinking of hurting themselves: messages then default
    to asking for help now. ``has_phone_app`` says whether this computer can
    open ``tel:``/``sms:`` links; the helpline cards offer "Call with this
    computer" only where it can. ``has_tray`` says whether the desktop has a
    system tray, without which starting at sign-in cannot work. ``journey``
    carries the walkthrough's answers to the incident form (see :class:`Journey`).
    """

    settings: Settings
    navigator: Navigator
    open_url: Callable[[QUrl], bool] = _open_url
    jobs: JobRegistry = field(default_factory=JobRegistry)
    locker: LockerHolder = field(init=False)
    needs_help_now: bool = False
    has_phone_app: Callable[[str], bool] = _has_phone_app
    has_tray: Callable[[], bool] = system_tray_available
    journey: Journey = field(default_factory=Journey)
    _phone_apps: dict[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.locker = LockerHolder(self.jobs)

    def can_place(self, scheme: str) -> bool:
        """Whether this computer has an app for ``tel`` or ``sms`` links (asked once per run)."""
        if scheme not in self._phone_apps:
            self._phone_apps[scheme] = self.has_phone_app(scheme)
        return self._phone_apps[scheme]

    def release_locker(self) -> None:
        """Before SafeHelper's data is removed: lock, let every job stop, close the files."""
        self.locker.lock()
        self.jobs.wait_all()
        self.locker.close_files()

    def save_settings(self) -> None:
        """Write the current settings to disk."""
        settings_store.save(self.settings)
