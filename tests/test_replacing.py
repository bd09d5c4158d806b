"""paths.replacing: the one way the core writes a file whole (settings, pictures, packs)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from safehelper import paths


def test_a_finished_block_replaces_the_file_privately(tmp_path: Path) -> None:
    target = tmp_path / "pack.zip"
    target.write_bytes(b"old")
    with paths.replacing(target, suffix=".part") as handle:
        handle.write(b"new contents")
        assert target.read_bytes() == b"old"  # nothing changes until the block ends
    assert target.read_bytes() == b"new contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.zip"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_block_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old settings")
    with pytest.raises(RuntimeError), paths.replacing(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("stopped midway")
    assert target.read_bytes() == b"old settings"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_several_files_can_share_one_folder_flush(tmp_path: Path) -> None:
    for name in ("a.img", "a.thumb"):
        with paths.replacing(tmp_path / name, sync_folder=False) as handle:
            handle.write(name.encode())
    paths.fsync_dir(tmp_path)
    assert (tmp_path / "a.img").read_bytes() == b"a.img"
    assert (tmp_path / "a.thumb").read_bytes() == b"a.thumb"


def test_a_missing_folder_raises_the_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), paths.replacing(tmp_path / "gone" / "x") as handle:
        handle.write(b"x")
