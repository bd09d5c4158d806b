"""A locker on a disk that filled up: the command says the disk is full and what to do.

The disk is a real 128 KiB tmpfs (see ``tiny_disk`` in conftest), filled to the
last byte by a real file, so SQLite meets ENOSPC where it really would: while
making its WAL files as the locker opens.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from test_cli_locker import make_pngs, one_plain_line, run_cli, with_pass


def fill(disk: Path) -> None:
    """Write until the disk says no."""
    with contextlib.suppress(OSError), open(disk / "filler", "wb") as handle:
        while True:
            handle.write(b"x" * 1024)
            handle.flush()


def test_opening_a_locker_on_a_full_disk_says_the_disk_is_full(tiny_disk: Path) -> None:
    env = with_pass(SAFEHELPER_HOME=str(tiny_disk / "home"))
    assert run_cli("init", "--passphrase", env=env).returncode == 0
    fill(tiny_disk)
    for command in (["list"], ["verify"], ["add", str(make_pngs(tiny_disk.parent / "in", 1)[0])]):
        line = one_plain_line(run_cli(*command, env=env))
        assert "The disk is full" in line, line
        assert "Free some space" in line and "Nothing in it was lost" in line
    (tiny_disk / "filler").unlink()
    assert run_cli("list", env=env).returncode == 0
