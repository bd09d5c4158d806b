"""The ``safehelper`` command line, run as a real process where it matters."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ONLY_WHEN_NEEDED

from safehelper import __version__
from safehelper.cli import NO_DISPLAY_MESSAGE, main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehelper", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
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


# What --version and --help must not load: each costs time at every call.
HEAVY = ONLY_WHEN_NEEDED | {"PySide6"}
# Nor the parts of the core that only some commands need.
NOT_FOR_HELP = {
    "safehelper.helplines",
    "safehelper.region",
    "safehelper.settings",
    "safehelper.locker",
    "safehelper.keychain",
    "safehelper.timestamps",
    "safehelper.autostart",
    "safehelper.export",
}
LOADED_AFTER = """
import sys
from safehelper.cli import main
try:
    main([{flag!r}])
except SystemExit:
    pass
print("LOADED", *sorted(sys.modules))
"""


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_load_no_crypto_pictures_schemas_or_pdf(flag: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOADED_AFTER.format(flag=flag)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(result.stdout.splitlines()[-1].split()[1:])
    assert "safehelper" in loaded
    assert not {name.split(".")[0] for name in loaded} & HEAVY
    assert sorted(loaded & NOT_FOR_HELP) == []


def test_no_display_gives_one_plain_line_not_a_qt_abort() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "safehelper"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 2
    assert result.stderr.strip() == NO_DISPLAY_MESSAGE
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr


@pytest.mark.keyring
def test_self_test_passes_with_a_real_keyring() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "safehelper", "self-test"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   keyring: keyring.backends.SecretService.Keyring: secure" in result.stdout
    assert "ok   qt:" in result.stdout


def test_self_test_fails_without_a_safe_keyring() -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [sys.executable, "-m", "safehelper", "self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 1
    assert "FAIL keyring" in result.stdout
    assert "self-test failed: 1 problem(s)" in result.stdout


def test_output_cut_short_by_a_pipe_is_not_a_traceback() -> None:
    """``safehelper guide | head`` : the reader goes away; SafeHelper stops quietly."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "safehelper", "guide", "--country", "NZ"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
