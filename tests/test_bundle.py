"""The frozen desktop bundle (built by scripts/build-bundle) works like the installed app."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from pathlib import Path

import pytest
from conftest import HAS_KEYRING, REPO
from PySide6.QtGui import QColor, QGuiApplication

BUNDLE = Path(os.environ.get("SAFEHELPER_BUNDLE", REPO / "dist" / "SafeHelper"))
APP = BUNDLE / "SafeHelper"
CLI = BUNDLE / "safehelper-cli"

pytestmark = pytest.mark.skipif(
    not APP.exists() and not os.environ.get("CI"),
    reason="no bundle: run scripts/build-bundle first (CI always builds it)",
)


def frozen(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), *args], capture_output=True, text=True, timeout=180, env={**os.environ, **env}
    )


def test_frozen_cli_matches_the_installed_one() -> None:
    from safehelper import __version__

    assert frozen("--version").stdout.strip() == f"SafeHelper {__version__}"
    assert "self-test" in frozen("--help").stdout


def test_frozen_self_test_passes_offscreen_without_a_screen() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [str(APP), "self-test"], capture_output=True, text=True, timeout=180, env=env
    )
    assert "ok   resources:" in result.stdout and str(BUNDLE) in result.stdout
    assert "ok   qt: Qt" in result.stdout
    assert "ok   pictures: the locker reads PNG, JPEG, WebP, GIF, BMP" in result.stdout
    # The bundle keeps the holiday calendars of SafeHelper's countries only (build.spec).
    assert "ok   holidays: public holidays known for NZ, AU, GB, US, CA, IE" in result.stdout
    if HAS_KEYRING:
        assert "ok   keyring: keyring.backends.SecretService.Keyring: secure" in result.stdout
        assert result.returncode == 0, result.stdout + result.stderr


def test_frozen_self_test_reports_an_insecure_keyring_honestly() -> None:
    result = frozen(
        "self-test",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    assert result.returncode == 1
    assert "FAIL keyring" in result.stdout


@pytest.mark.screen
def test_frozen_app_opens_its_window_and_closes_cleanly(
    qapp, qtbot, safehelper_home: Path, tmp_path: Path
) -> None:
    # The debug level adds the start-up and quit events this test watches for.
    env = {**os.environ, "SAFEHELPER_HOME": str(safehelper_home), "SAFEHELPER_LOG_LEVEL": "debug"}
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.Popen([str(APP)], env=env)
    log = safehelper_home / "cache" / "safehelper.log"
    try:
        qtbot.waitUntil(lambda: log.exists() and "started" in log.read_text(), timeout=60000)

        def window_listed() -> bool:
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"], capture_output=True, text=True, timeout=30
            ).stdout
            return '"SafeHelper"' in tree

        qtbot.waitUntil(window_listed, timeout=30000)
        purple = QColor("#7a2e8e").rgb()  # the "I'm not OK" button

        def painted() -> bool:
            image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
            hits = sum(
                1
                for x in range(0, image.width(), 4)
                for y in range(0, 200, 4)
                if image.pixel(x, y) == purple
            )
            if hits > 20:
                image.save(str(tmp_path / "frozen-app.png"))
                return True
            return False

        qtbot.waitUntil(painted, timeout=30000)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
        assert "quit cleanly" in log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)


def test_frozen_cli_keeps_and_exports_evidence(tmp_path: Path, safehelper_home: Path) -> None:
    """Everything the export needs (crypto, Pillow, fpdf2, fonts, resources) is in the bundle."""
    from PIL import Image

    shot = tmp_path / "chat.png"
    Image.new("RGB", (400, 300), (20, 120, 200)).save(shot)
    env = {
        "SAFEHELPER_HOME": str(safehelper_home),
        "SAFEHELPER_PASSPHRASE": "frozen bundle passphrase",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    added = frozen("locker", "add", str(shot), "--note", "threat", **env)
    assert added.returncode == 0, added.stderr
    pack = tmp_path / "pack.zip"
    exported = frozen("export", str(pack), **env)
    assert exported.returncode == 0, exported.stderr
    checked = frozen("verify-pack", str(pack))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    unpacked = tmp_path / "unpacked"
    subprocess.run(["unzip", "-q", str(pack), "-d", str(unpacked)], check=True, timeout=60)
    sums = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True, timeout=60
    )
    assert sums.returncode == 0, sums.stdout
    fonts = subprocess.run(
        ["pdffonts", str(unpacked / "report.pdf")], capture_output=True, text=True, timeout=60
    ).stdout
    assert "DejaVu" in fonts


@pytest.mark.screen
def test_frozen_qt_grabs_the_real_screen_and_reads_every_picture_format(
    safehelper_home: Path,
) -> None:
    """The capture path (xcb screen grab) and Qt's image plugins, on the X screen."""
    env = {**os.environ, "SAFEHELPER_HOME": str(safehelper_home)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [str(APP), "_qt-probe"], capture_output=True, text=True, timeout=180, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " on xcb: main window painted" in result.stdout
    assert re.search(r"screen grab \d+x\d+;", result.stdout), result.stdout
    assert "reads PNG, JPEG, WebP, GIF, BMP" in result.stdout


@pytest.mark.screen
@pytest.mark.skipif(not HAS_KEYRING, reason="needs a session bus: scripts/with-desktop")
def test_frozen_app_puts_its_icon_in_the_tray(qtbot, safehelper_home: Path) -> None:
    from tray_host import TrayHost

    host = TrayHost()
    # The debug level adds the start-up and quit events this test watches for.
    env = {**os.environ, "SAFEHELPER_HOME": str(safehelper_home), "SAFEHELPER_LOG_LEVEL": "debug"}
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.Popen([str(APP)], env=env)
    try:
        qtbot.waitUntil(lambda: len(host.registered) == 1, timeout=60000)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    finally:
        host.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)


def test_release_zip_holds_what_its_readme_tells_parents_to_run(tmp_path: Path) -> None:
    """Unpack the ZIP as the release workflow builds it, and follow the README's Linux steps."""
    archive = tmp_path / "SafeHelper-Linux.zip"
    subprocess.run([str(REPO / "scripts" / "zip-bundle"), str(archive)], check=True, timeout=900)
    unpacked = tmp_path / "Downloads"
    subprocess.run(["unzip", "-q", str(archive), "-d", str(unpacked)], check=True, timeout=300)
    folder = unpacked / "SafeHelper"
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "unzip anywhere you like, then run `SafeHelper/install-desktop-entry`" in readme

    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    installed = subprocess.run(
        [str(folder / "install-desktop-entry")],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert installed.returncode == 0, installed.stderr
    entry = (data / "applications" / "nz.safehelper.SafeHelper.desktop").read_text()
    program = re.search(r'^Exec="(.+)"$', entry, re.MULTILINE)
    assert program is not None and Path(program.group(1)) == (folder / "SafeHelper").resolve()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "nz.safehelper.SafeHelper.png").stat()

    from safehelper import __version__

    version = subprocess.run(
        [program.group(1), "--version"], capture_output=True, text=True, timeout=120
    )
    assert version.stdout.strip() == f"SafeHelper {__version__}"
    checked = subprocess.run(
        [str(folder / "safehelper-cli"), "self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert f"data files load from {folder}" in checked.stdout
    assert "ok   qt: Qt" in checked.stdout
    removed = subprocess.run(
        [str(folder / "install-desktop-entry"), "--remove"], env=env, timeout=60, check=True
    )
    assert removed.returncode == 0
    assert not (data / "applications" / "nz.safehelper.SafeHelper.desktop").exists()
