"""A fake XDG desktop for tests: with or without an app registered for ``tel:``/``sms:`` links.

The real ``xdg-mime`` answers from these folders, so the helpline cards are
tested through the same check a Linux desktop makes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DESKTOP_ENTRY = (
    "[Desktop Entry]\n"
    "Type=Application\n"
    "Name=Test dialler\n"
    "Exec=true %u\n"
    "MimeType=x-scheme-handler/tel;x-scheme-handler/sms;\n"
)


def fake_desktop(root: Path, monkeypatch: pytest.MonkeyPatch, *, phone_app: bool) -> None:
    """Point every XDG folder at ``root``; register a dialler for tel/sms if ``phone_app``."""
    config, data = root / "config", root / "data"
    (config).mkdir(parents=True, exist_ok=True)
    (data / "applications").mkdir(parents=True, exist_ok=True)
    for name, value in (
        ("XDG_CONFIG_HOME", config),
        ("XDG_CONFIG_DIRS", root / "etc-xdg"),
        ("XDG_DATA_HOME", data),
        ("XDG_DATA_DIRS", root / "usr-share"),
    ):
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    monkeypatch.delenv("KDE_SESSION_VERSION", raising=False)
    if phone_app:
        (data / "applications" / "test-dialler.desktop").write_text(DESKTOP_ENTRY)
        (config / "mimeapps.list").write_text(
            "[Default Applications]\n"
            "x-scheme-handler/tel=test-dialler.desktop\n"
            "x-scheme-handler/sms=test-dialler.desktop\n"
        )
