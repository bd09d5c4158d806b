"""The core works without Qt, and resources load however SafeHelper is installed."""

from __future__ import annotations

import ast
import os
import pkgutil
import shutil
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


OTHER_UI = "someone else's ui package"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """A real wheel installed into a fresh venv that already holds an unrelated ``ui``."""
    tmp_path = tmp_path_factory.mktemp("wheel")
    # A copy without build/: setuptools would otherwise ship stale modules left there by
    # an older build (a clean clone has none, but a developer's checkout may).
    source = tmp_path / "source"
    shutil.copytree(
        REPO, source, ignore=shutil.ignore_patterns("build", "dist", ".venv*", ".git", "*.egg-info")
    )
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
            str(source),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    wheel = next(wheels.glob("safehelper-*.whl"))
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    python = target / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    other = Path(site) / "ui"
    other.mkdir()
    (other / "__init__.py").write_text(f"NAME = {OTHER_UI!r}\n")
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
    return target, python, env


@pytest.mark.slow
def test_an_unrelated_ui_package_and_safehelper_live_side_by_side(
    installed: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    target, python, env = installed
    code = (
        "import json, ui, safehelper_ui, safehelper_ui.main_window\n"
        "print(json.dumps({'other': ui.NAME, 'face': safehelper_ui.__file__}))\n"
    )
    result = subprocess.run(
        [str(python), "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    import json

    info = json.loads(result.stdout)
    assert info["other"] == OTHER_UI
    assert info["face"].startswith(str(target)) and "safehelper_ui" in info["face"]


@pytest.mark.slow
def test_resources_load_from_an_installed_wheel(
    installed: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    """Build a real wheel, install it into a fresh venv, and read resources from there."""
    target, python, env = installed
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


def test_the_first_window_loads_no_pdf_or_picture_library() -> None:
    """The window someone panics into must not wait for fpdf2 (about a second) or Pillow."""
    code = (
        "import sys, tempfile, os\n"
        "os.environ['SAFEHELPER_HOME'] = tempfile.mkdtemp()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from safehelper_ui.app import SafeHelperApp, Shell\n"
        "from safehelper_ui.context import AppContext, Navigator\n"
        "from safehelper.settings import Settings\n"
        "app = SafeHelperApp(sys.argv)\n"
        "shell = Shell(app, AppContext(settings=Settings(country='NZ'), navigator=Navigator()))\n"
        "shell.window.show()\n"
        "app.processEvents()\n"
        "names = ('fpdf', 'PIL', 'fontTools', 'jsonschema')\n"
        "heavy = sorted(m for m in names if m in sys.modules)\n"
        "print(heavy)\n"
        "sys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_code_needs_what_the_bundle_leaves_out_of_its_start() -> None:
    # build.spec drops PyInstaller's start-up hooks for these modules (15 ms of every frozen
    # start): a frozen SafeHelper could not spawn a multiprocessing worker or list frozen
    # modules with pkgutil, so the code must not rely on either. The Linux bundle also
    # leaves out ctypes, which only Windows code may use, imported where it is called.
    unsupported = {"multiprocessing", "pkgutil", "inspect"}
    found = []
    for package in (REPO / "safehelper", REPO / "ui"):
        for path in sorted(package.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            at_top = {id(node) for node in tree.body}
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                for name in names:
                    top = name.split(".")[0]
                    if (
                        top in unsupported
                        or name.endswith("ProcessPoolExecutor")
                        or (top == "ctypes" and id(node) in at_top)
                    ):
                        found.append(f"{path.relative_to(REPO)}:{node.lineno} {name}")
    assert found == []
