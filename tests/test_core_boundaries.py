"""The core works without Qt, and resources load however SafeHelper is installed."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from conftest import REPO

import safehelper


def test_core_modules_never_import_qt() -> None:
    names = [m.name for m in pkgutil.walk_packages(safehelper.__path__, "safehelper.")]
    assert "safehelper.cli.selftest" in names and "safehelper.settings" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    if not name.endswith('__main__'):\n"
        "        importlib.import_module(name)\n"
        "from safehelper.cli import build_parser\n"
        "build_parser()\n"
        "face = ('PySide6', 'shiboken6', 'safehelper_ui', 'ui')\n"
        "leaked = sorted(m for m in sys.modules if m.startswith(face))\n"
        "print(leaked)\n"
        "sys.exit(1 if leaked else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_resources_load_from_an_installed_wheel(tmp_path: Path) -> None:
    """Build a real wheel, install it into a fresh venv, and read resources from there."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    wheel = next(wheels.glob("safehelper-*.whl"))
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    python = target / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    # The dependencies come from the test environment; the editable install there is not
    # visible because PYTHONPATH does not run .pth files.
    env = {
        **os.environ,
        "PYTHONPATH": sysconfig.get_paths()["purelib"]
        + os.pathsep
        + sysconfig.get_paths()["platlib"],
    }
    code = (
        "import safehelper, json\n"
        "from safehelper.resources import resource_root, read_json, resource_path\n"
        "root = resource_root()\n"
        "print(json.dumps({'root': str(root), 'pkg': safehelper.__file__,\n"
        "  'countries': len(read_json('countries.json')['countries']),\n"
        "  'icon': resource_path('icons', 'safehelper.png').stat().st_size}))\n"
    )
    result = subprocess.run(
        [str(python), "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    import json

    info = json.loads(result.stdout)
    assert info["root"].startswith(str(target)), info
    assert info["pkg"].startswith(str(target)), info
    assert info["countries"] >= 6
    assert info["icon"] > 1000
