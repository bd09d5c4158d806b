"""Linux desktop integration: the menu entry and icon, added and removed without root."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import REPO


def run_script(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(
        [str(REPO / "scripts" / "install-desktop-entry"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_menu_entry_points_at_the_program_and_is_removed_again(tmp_path: Path) -> None:
    program = tmp_path / "Safe Helper" / "SafeHelper"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data = tmp_path / "share"
    assert run_script(data, str(program)).returncode == 0
    entry = data / "applications" / "nz.safehelper.SafeHelper.desktop"
    icon = data / "icons" / "hicolor" / "256x256" / "apps" / "nz.safehelper.SafeHelper.png"
    text = entry.read_text()
    assert f'Exec="{program}"' in text
    assert "Icon=nz.safehelper.SafeHelper" in text and "StartupWMClass=SafeHelper" in text
    assert icon.read_bytes() == (REPO / "resources" / "icons" / "safehelper.png").read_bytes()
    assert run_script(data, "--remove").returncode == 0
    assert not entry.exists() and not icon.exists()


def test_the_desktop_file_name_matches_what_the_app_tells_wayland() -> None:
    from safehelper_ui.app import DESKTOP_FILE_NAME

    assert (REPO / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()
