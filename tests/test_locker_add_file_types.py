"""``safehelper locker add`` meets things that are not plain files: a FIFO, links in a folder.

A FIFO blocks whoever opens it until a writer appears, so a crafted one (sent in
a zip, or made by a sibling) must be refused without being opened. Links inside
a dropped folder are skipped, as the folder walk documents: a link to
``~/.ssh/id_rsa`` or a private photo elsewhere is never taken along.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli_locker import PASS, make_pngs, with_pass

from safehelper.locker import Locker

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks are POSIX")


def add(*paths: Path) -> subprocess.CompletedProcess[str]:
    """A real ``locker add`` process; one that hangs fails the test instead of hanging it."""
    return subprocess.run(
        [sys.executable, "-m", "safehelper", "locker", "add", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **with_pass()},
        stdin=subprocess.DEVNULL,
    )


def test_a_fifo_named_directly_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "screenshot.png"
    os.mkfifo(fifo)
    real = make_pngs(tmp_path / "real", 1)[0]
    result = add(fifo, real)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "screenshot.png: It is not a file, so it was not added." in result.stderr
    assert "1 of 2 file(s) saved" in result.stdout


def test_a_fifo_inside_a_dropped_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "dropped"
    make_pngs(folder, 2)
    os.mkfifo(folder / "zz-pipe.png")
    result = add(folder)
    assert "Traceback" not in result.stderr
    assert "zz-pipe.png: It is not a file" in result.stderr
    assert "2 of 3 file(s) saved" in result.stdout


def test_links_inside_a_folder_are_skipped(tmp_path: Path) -> None:
    elsewhere = make_pngs(tmp_path / "private", 1)[0]
    folder = tmp_path / "dropped"
    make_pngs(folder, 1)
    (folder / "link-to-private.png").symlink_to(elsewhere)
    (folder / "link-to-folder").symlink_to(elsewhere.parent, target_is_directory=True)
    result = add(folder)
    assert result.returncode == 0, result.stderr
    assert "1 of 1 file(s) saved" in result.stdout
    assert "link-to-private" not in result.stdout + result.stderr
    with Locker.open() as locker:
        locker.unlock_with_passphrase(PASS)
        assert [i.original_name for i in locker.items()] == ["shot-000.png"]
