"""Only one SafeHelper runs: real processes, a real lock, a real socket."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import HAS_SCREEN


def log_text(home: Path) -> str:
    log = home / "cache" / "safehelper.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def launch(home: Path, *args: str) -> subprocess.Popen[str]:
    # The debug level adds the start-up and show events these tests watch for.
    env = {**os.environ, "SAFEHELPER_HOME": str(home), "SAFEHELPER_LOG_LEVEL": "debug"}
    if not HAS_SCREEN:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen(
        [sys.executable, "-m", "safehelper", *args],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for_log(qtbot, home: Path, text: str, count: int = 1) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: log_text(home).count(text) >= count, timeout=30000)


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def test_second_launch_shows_the_first_and_exits(qtbot, safehelper_home: Path, processes) -> None:
    first = launch(safehelper_home)
    processes.append(first)
    wait_for_log(qtbot, safehelper_home, "started ")
    for _ in range(3):  # a frightened person double-clicks many times
        second = launch(safehelper_home)
        processes.append(second)
        assert second.wait(timeout=60) == 0
    wait_for_log(qtbot, safehelper_home, "asked to show the window", count=3)
    assert first.poll() is None
    assert log_text(safehelper_home).count("started ") == 1


def test_a_crashed_copy_never_blocks_the_next_start(
    qtbot, safehelper_home: Path, processes
) -> None:
    crashed = launch(safehelper_home)
    processes.append(crashed)
    wait_for_log(qtbot, safehelper_home, "started ")
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=30)
    assert (safehelper_home / "cache" / "instance.lock").exists()  # left behind by the crash
    again = launch(safehelper_home)
    processes.append(again)
    wait_for_log(qtbot, safehelper_home, "started ", count=2)
    assert again.poll() is None


def test_background_start_without_a_tray_shows_nothing_and_exits(
    safehelper_home: Path, processes
) -> None:
    """Start-with-the-computer waits in the tray; Xvfb has no tray, so nothing may appear."""
    quiet = launch(safehelper_home, "--background")
    processes.append(quiet)
    assert quiet.wait(timeout=60) == 0
    text = log_text(safehelper_home)
    assert "no system tray: not starting in the background" in text
    assert "started " not in text
