"""A killed export leaves an unencrypted partial pack; the next export or start removes it.

A real ``safehelper export`` process is killed with SIGKILL mid-pack, then a real
export and a real app start (offscreen) clean up after it. Files that only look
similar (another program's file with the same kind of name, a link) are left alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from test_cli_locker import run_cli, with_pass

from safehelper import pack_leftovers

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and flock are POSIX")


def big_pngs(folder: Path, count: int) -> list[Path]:
    """Pictures that do not compress, so the pack takes long enough to be caught mid-way."""
    folder.mkdir(parents=True)
    found = []
    for i in range(count):
        pixels = hashlib.shake_256(i.to_bytes(4, "big")).digest(400 * 400 * 3)
        out = io.BytesIO()
        Image.frombytes("RGB", (400, 400), pixels).save(out, format="PNG", compress_level=0)
        path = folder / f"shot-{i:02d}.png"
        path.write_bytes(out.getvalue())
        found.append(path)
    return found


def export(pack: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "safehelper", "export", str(pack)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **with_pass()},
        stdin=subprocess.DEVNULL,
    )


def partial_packs(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".part")]


def kill_mid_export(tmp_path: Path) -> tuple[Path, Path]:
    """Fill a locker, start an export, SIGKILL it once its partial pack holds a picture."""
    pictures = big_pngs(tmp_path / "in", 12)
    assert run_cli("add", *map(str, pictures), env=with_pass()).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    proc = export(out / "pack.zip")
    first_picture = pictures[0].read_bytes()
    leftover: Path | None = None
    while leftover is None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.01)
        assert proc.returncode is None, "the export finished before it could be killed"
        for part in partial_packs(out):
            with contextlib.suppress(OSError):
                if first_picture in part.read_bytes():
                    leftover = part
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert leftover.exists() and not (out / "pack.zip").exists()
    return out, leftover


def decoys(folder: Path) -> list[Path]:
    """Files a clean-up must never touch: not ours by content, or a link."""
    other = folder / ".holiday.zip.abcd1234.part"
    other.write_bytes(b"PK\x03\x04 another program's download")
    target = folder / "precious.jpg"
    target.write_bytes(b"not SafeHelper's")
    link = folder / ".pack.zip.zzzz9999.part"
    link.symlink_to(target)
    return [other, target, link]


def test_the_next_export_to_that_folder_removes_the_partial_pack(tmp_path: Path) -> None:
    out, leftover = kill_mid_export(tmp_path)
    kept = decoys(out)
    proc = export(out / "again.zip")
    _, errors = proc.communicate(timeout=300)
    assert proc.returncode == 0, errors
    assert not leftover.exists()
    assert all(p.is_symlink() or p.exists() for p in kept)
    assert sorted(p.name for p in partial_packs(out)) == sorted(
        p.name for p in kept if p.name.endswith(".part")
    )


def test_the_next_start_of_the_app_removes_the_partial_pack(tmp_path: Path) -> None:
    out, leftover = kill_mid_export(tmp_path)
    kept = decoys(out)
    app = subprocess.Popen(
        [sys.executable, "-m", "safehelper"],
        env={**os.environ, **with_pass(), "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # Wait (at most a minute) for the app to start and clean up after its first paint.
        for _ in range(1200):
            if not leftover.exists():
                break
            with contextlib.suppress(subprocess.TimeoutExpired):
                app.wait(timeout=0.05)
            assert app.returncode is None, "the app stopped before cleaning up"
        assert not leftover.exists(), "the app started but left the partial pack"
    finally:
        app.send_signal(signal.SIGTERM)
        app.communicate(timeout=60)
    assert all(p.is_symlink() or p.exists() for p in kept)


def test_an_export_running_now_is_never_touched(tmp_path: Path, safehelper_home: Path) -> None:
    """Its writer holds a lock: a clean-up at that moment leaves the partial pack alone."""
    folder = tmp_path / "out"
    folder.mkdir()
    part = folder / ".pack.zip.abcdefgh.part"
    with open(part, "wb") as handle:
        handle.write(b"PK\x03\x04" + bytes(22) + (10).to_bytes(2, "little") + bytes(2))
        handle.write(b"README.txt")
        handle.flush()
        pack_leftovers.hold(handle)
        assert pack_leftovers.remove_partial_packs(folder) == 0
        assert part.exists()
    assert pack_leftovers.remove_partial_packs(folder) == 1
    assert not part.exists()
