"""The ``safehelper`` command line, run as a real process where it matters."""

from __future__ import annotations

import os
import subprocess
import sys

from safehelper import __version__
from safehelper.cli import NO_DISPLAY_MESSAGE, main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehelper", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )


def test_version_prints_the_package_version(capsys) -> None:
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_explains_every_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "self-test" in result.stdout


def test_no_display_gives_one_plain_line_not_a_qt_abort() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "safehelper"], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 2
    assert result.stderr.strip() == NO_DISPLAY_MESSAGE
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
