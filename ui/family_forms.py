"""The pieces of "Set up for my family", shared by the setup pages and the settings page.

Each form saves as soon as something changes, so a parent who stops half-way
(or a teen who presses Hide now) never loses what was already chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from safehelper import autostart
from safehelper.errors import SafeHelperError
from safehelper.region import countries, current_country
from safehelper.settings import TEXT_SCALES, THEMES

from . import theme
from .context import AppContext
from .error_text import describe
from .i18n import SOURCE_LANGUAGE, translations_dir
from .widgets import (
    discard,
    labelled,
    paragraph,
    section_title,
    show_status,
    status_label,
)


def available_languages() -> list[str]:
    """English plus every language a translation file ships for."""
    codes = {SOURCE_LANGUAGE}
    folder = translations_dir()
    if folder.is_dir():
        for path in folder.glob("safehelper_*.qm"):
            codes.add(path.stem.removeprefix("safehelper_"))
    return sorted(codes)


def language_name(code: str) -> str:
    """A language's name in that language ("English", "Te Reo Māori", "Français")."""
    if code == SOURCE_LANGUAGE:
        return "English"
    name = QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


class AppearanceForm(QWidget):
    """Country, language, text size and theme; text size and theme apply at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)

        self.country_box = QComboBox()
        for country in countries().values():
            self.country_box.addItem(country.name, country.code)
        column.addWidget(
            labelled(
                self.tr("Country:"),
                self.country_box,
                self.tr("This chooses the emergency number and helplines."),
            )
        )

        self.language_box = QComboBox()
        for code in available_languages():
            self.language_box.addItem(language_name(code), code)
        self.language_box.setEnabled(self.language_box.count() > 1)
        column.addWidget(
            labelled(
                self.tr("Language:"),
                self.language_box,
                self.tr("A new language shows the next time SafeHelper opens."),
            )
        )

        self.text_box = QComboBox()
        for scale in TEXT_SCALES:
            self.text_box.addItem(self.tr("{percent} %").format(percent=scale), scale)
        column.addWidget(labelled(self.tr("Text size:"), self.text_box))

        self.theme_box = QComboBox()
        names = {
            "system": self.tr("Same as this computer"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for value in THEMES:
            self.theme_box.addItem(names[value], value)
        column.addWidget(labelled(self.tr("Colours:"), self.theme_box))
        self.refresh()
        for box in (self.country_box, self.language_box, self.text_box, self.theme_box):
            box.currentIndexChanged.connect(self._changed)

    def refresh(self) -> None:
        """Show what the settings say now (they may have changed on another page)."""
        s = self.ctx.settings
        pairs = (
            (self.country_box, current_country(s) or "NZ"),
            (self.language_box, s.language),
            (self.text_box, s.text_scale),
            (self.theme_box, s.theme),
        )
        for box, value in pairs:
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)

    def keep_shown(self) -> None:
        """Save what is shown, also when nothing was changed.

        The country box starts on a guess (from the computer's region); a parent
        who presses Next has accepted it, and it must not be guessed again each
        time SafeHelper starts.
        """
        self._changed()

    def _changed(self) -> None:
        s = self.ctx.settings
        s.country = str(self.country_box.currentData())
        s.language = str(self.language_box.currentData())
        new_look = (int(self.text_box.currentData()), str(self.theme_box.currentData()))
        look_changed = new_look != (s.text_scale, s.theme)
        s.text_scale, s.theme = new_look
        self.ctx.save_settings()
        app = QApplication.instance()
        if look_changed and isinstance(app, QApplication):
            theme.apply(app, s)


class AutostartForm(QWidget):
    """One check box: start SafeHelper when this computer starts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Start SafeHelper when this computer starts"))
        self.check.setAccessibleName(self.tr("Start SafeHelper when this computer starts"))
        column.addWidget(self.check)
        column.addWidget(
            paragraph(
                self.tr(
                    "When you sign in, it starts hidden, as a small icon in the system tray, so "
                    "it is ready if it is needed. No window opens. You can turn this off here "
                    "at any time."
                ),
                "hint",
            )
        )
        self.status = status_label()
        column.addWidget(self.status)
        self.refresh()
        self.check.toggled.connect(self._toggled)

    def refresh(self) -> None:
        """Show whether start-at-login is really on (the OS entry, not only the setting)."""
        self.check.blockSignals(True)
        self.check.setChecked(self.ctx.settings.autostart and autostart.is_enabled())
        self.check.blockSignals(False)

    def _toggled(self, on: bool) -> None:
        # Started at sign-in, SafeHelper waits in the tray; with no tray it has
        # nowhere to wait and does not start, so a ticked box would be a promise
        # it cannot keep.
        if on and not self.ctx.has_tray():
            show_status(
                self.status,
                self.tr(
                    "This desktop has no system tray for SafeHelper to wait in, so it cannot "
                    "start by itself when you sign in. Open SafeHelper from the app menu when "
                    "it is needed."
                ),
                error=True,
            )
            self.refresh()
            return
        try:
            if on:
                autostart.enable()
            else:
                autostart.disable()
        except SafeHelperError as exc:
            show_status(self.status, describe(exc), error=True)
            self.refresh()
            return
        self.ctx.settings.autostart = on
        self.ctx.save_settings()
        show_status(self.status, "")


class NoSurveillancePanel(QFrame):
    """What SafeHelper does not do: in a parent's words, or in the young person's."""

    def __init__(self, for_teen: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promisePanel")
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        column.addWidget(section_title(self.tr("What SafeHelper does not do")))
        self.lines_box = QVBoxLayout()
        column.addLayout(self.lines_box)
        self.parent_lines = (
            self.tr(
                "It does not monitor your child. It does not read their messages or track "
                "what they do online."
            ),
            self.tr(
                "It takes no hidden screenshots and records nothing in secret. It only saves "
                "what your child chooses to save."
            ),
            self.tr(
                "It sends you no reports. It never shows you what your child saved, read or "
                "did in SafeHelper, unless they choose to share it."
            ),
            self.tr("The locker passphrase belongs to your child. Please don't ask for it."),
            self.tr(
                "The alert only sends one short message, and only when your child presses "
                "the button and confirms."
            ),
            self.tr(
                "Young people ask for help sooner when they know they will not be watched "
                "or punished."
            ),
        )
        self.teen_lines = (
            self.tr(
                "It does not watch you and does not tell anyone what you save, read or do in it."
            ),
            self.tr("It takes no hidden screenshots. It only saves what you choose to save."),
            self.tr("Your passphrase is yours. You don't have to tell anyone."),
            self.tr("Nothing is sent anywhere unless you press a button that says so."),
        )
        self.labels: list[QLabel] = []
        self.set_for_teen(for_teen)

    def set_for_teen(self, for_teen: bool) -> None:
        """Speak to the young person instead of the parent (when the teen runs setup)."""
        for label in self.labels:
            discard(label)
        lines = self.teen_lines if for_teen else self.parent_lines
        self.labels = [paragraph("\u2022 " + line) for line in lines]
        for label in self.labels:
            self.lines_box.addWidget(label)
