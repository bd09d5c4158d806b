"""Shared test set-up: every test gets its own SAFEHELPER_HOME, and a real app object.

Tests run on a real X screen (Xvfb, started by ``scripts/with-desktop``) when
there is one. Without a display the suite falls back to Qt's offscreen platform
and skips the tests that need a real screen; in CI a missing display is an
error, because skipping there would hide failures.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from safehelper_ui.app import Shell

if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    if os.environ.get("CI"):
        raise RuntimeError("CI must run the tests under scripts/with-desktop (no display found)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HAS_SCREEN = os.environ.get("QT_QPA_PLATFORM", "") != "offscreen"
HAS_KEYRING = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
REPO = Path(__file__).resolve().parent.parent
# Slow to import and needed only by some commands and pages: never by --help, --version
# or the first window (tests/test_cli.py, tests/test_startup.py).
ONLY_WHEN_NEEDED = frozenset(
    {
        "cryptography",
        "PIL",
        "jsonschema",
        "fpdf",
        "fontTools",
        "requests",
        "keyring",
        "holidays",
        "sqlite3",
        "ssl",
        "socket",
        "subprocess",
        "zoneinfo",
    }
)


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
    from safehelper_ui.app import SafeHelperApp

    return SafeHelperApp


def _mount_tmpfs(where: Path, options: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
        check=True,
        capture_output=True,
        timeout=30,
    )


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real, nearly full file system (a 128 KiB tmpfs): writes past it fail with ENOSPC."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux (CI runs as root)")
    where = tmp_path / "tiny-disk"
    _mount_tmpfs(where, "size=128k,mode=0700")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, timeout=30)


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system (a tmpfs mounted ro): writes fail with EROFS."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux (CI runs as root)")
    where = tmp_path / "read-only"
    _mount_tmpfs(where, "ro,size=64k")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, timeout=30)


def close_shell(qapp: QApplication, shell: Shell) -> None:
    """End a test's Shell as quitting does: its filters off the app, its jobs waited for.

    The locker's files are closed too, so the next test's folder starts clean.
    """
    qapp.removeEventFilter(shell.quick_exit)
    qapp.removeEventFilter(shell.idle)
    shell.shut_down()
    shell.ctx.locker.close_files()
    if shell.tray is not None:
        shell.tray.hide()


def kill_at_random(
    proc: subprocess.Popen[str], rng: random.Random, lines_first: int, grace: tuple[float, float]
) -> tuple[list[str], str, bool]:
    """Read ``lines_first`` lines of ``proc``'s output, wait a random moment, then SIGKILL it.

    For the crash tests: returns every line the process printed, its error output, and
    whether it was still running to be killed. The rest is read from the same text
    stream, never with ``communicate()``, which reads the pipe underneath and would drop
    the lines the stream had already read ahead (then an item looks uncounted).
    """
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    if lines_first:
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if len(lines) >= lines_first:
                break
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=rng.uniform(*grace))
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    lines += proc.stdout.read().splitlines()  # the process has ended: this reaches its end
    errors = proc.stderr.read()
    proc.wait(timeout=60)
    return lines, errors, killed
