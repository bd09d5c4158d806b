"""Shared test set-up: every test gets its own SAFEHELPER_HOME, and a real app object.

Tests run on a real X screen (Xvfb, started by ``scripts/with-desktop``) when
there is one. Without a display the suite falls back to Qt's offscreen platform
and skips the tests that need a real screen; in CI a missing display is an
error, because skipping there would hide failures.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    if os.environ.get("CI"):
        raise RuntimeError("CI must run the tests under scripts/with-desktop (no display found)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HAS_SCREEN = os.environ.get("QT_QPA_PLATFORM", "") != "offscreen"
HAS_KEYRING = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
REPO = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip screen and keyring tests where they cannot run, but never in CI."""
    for item in items:
        if "screen" in item.keywords and not HAS_SCREEN:
            item.add_marker(pytest.mark.skip(reason="needs a real X display (Xvfb)"))
        if "keyring" in item.keywords and not HAS_KEYRING and not os.environ.get("CI"):
            item.add_marker(pytest.mark.skip(reason="needs a Secret Service: scripts/with-desktop"))


@pytest.fixture(autouse=True)
def safehelper_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every SafeHelper folder at a fresh temporary folder: never the real home."""
    home = tmp_path / "safehelper-home"
    monkeypatch.setenv("SAFEHELPER_HOME", str(home))
    monkeypatch.delenv("SAFEHELPER_PASSPHRASE", raising=False)
    yield home


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    """Make pytest-qt build SafeHelper's own QApplication subclass."""
    from ui.app import SafeHelperApp

    return SafeHelperApp
