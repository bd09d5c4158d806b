"""The user's choices, kept in one small JSON file.

The file is written atomically. If it cannot be read (damaged by a crash, or
edited by hand), SafeHelper starts with defaults, logs a warning, and moves the
bad file aside as ``settings.json.bad`` so that nothing is silently lost.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safehelper.paths import atomic_write, config_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
THEMES = ("system", "light", "dark")
TEXT_SCALES = (100, 125, 150, 175, 200)


@dataclass
class Settings:
    """Everything the user can choose. Unknown keys from newer versions are kept in ``extra``."""

    country: str = ""  # ISO code, or "ALL" (somewhere else); empty: see region.py
    language: str = "en"
    theme: str = "system"
    text_scale: int = 100  # percent of the normal text size
    first_run_done: bool = False
    auto_lock_minutes: int = 10
    setup_by: str = ""  # who ran setup: "parent", "teen" or "" (not yet)
    autostart: bool = False  # start SafeHelper when the user signs in
    trusted_adults: list[dict[str, str]] = field(default_factory=list)  # see safehelper.family
    alert_channel: str = ""  # "", "ntfy" or "webhook"; the address itself is only in the keyring
    alert_name: str = ""  # the young person's first name, used in the alert message
    alert_recipient: str = ""  # who gets the alert, shown before sending ("Mum")
    helplines_update_url: str = ""  # where "Check for helpline updates" looks; "" = not set
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The dictionary written to disk, with ``extra`` merged back at the top level."""
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data.pop("extra")
        return {**self.extra, **data}


def settings_path() -> Path:
    """Where the settings file lives."""
    return config_dir() / SETTINGS_FILE


def _coerce(raw: dict[str, Any]) -> Settings:
    defaults = Settings()
    known = {f.name for f in dataclasses.fields(Settings)} - {"extra"}
    values: dict[str, Any] = {}
    for name in known:
        if name not in raw:
            continue
        value = raw[name]
        expected = type(getattr(defaults, name))
        if isinstance(value, expected) and not (expected is int and isinstance(value, bool)):
            values[name] = value
        else:
            log.warning("settings: ignoring %s with the wrong type", name)
    settings = Settings(**values, extra={k: v for k, v in raw.items() if k not in known})
    if settings.theme not in THEMES:
        settings.theme = defaults.theme
    if settings.text_scale not in TEXT_SCALES:
        settings.text_scale = min(TEXT_SCALES, key=lambda s: abs(s - settings.text_scale))
    settings.country = settings.country.upper()
    return settings


def load() -> Settings:
    """Read the settings, falling back to defaults (and keeping the bad file) if unreadable."""
    path = settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("settings: could not read the file (%s); using defaults", type(exc).__name__)
        _set_aside(path)
        return Settings()
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("not an object")
    except ValueError:
        log.warning("settings: the file is damaged; using defaults and keeping it as .bad")
        _set_aside(path)
        return Settings()
    return _coerce(raw)


def save(settings: Settings) -> None:
    """Write the settings atomically, private to this user."""
    data = json.dumps(settings.to_json(), indent=2, sort_keys=True).encode("utf-8")
    atomic_write(settings_path(), data + b"\n")


def _set_aside(path: Path) -> None:
    try:
        os.replace(path, path.with_name(path.name + ".bad"))
    except OSError:
        log.warning("settings: could not move the damaged file aside")
