"""An import saves checked files in batches: what it reports saved is saved, whatever happens.

A batch is written, fsynced and committed as one, and only then counted. These
tests stop a batched import the ways life does: a disk that fills up in the
middle of a batch, and SIGKILL of a real process at random moments.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import kill_at_random
from test_cli_locker import make_pngs

from safehelper.locker import BLOB_DIR, Locker, anchor
from safehelper.locker.blobs import PENDING_SUFFIX
from safehelper.locker.importing import Batching

PASS = "batches of pictures, saved together"

# The child imports a folder and prints each count of saved files as progress reports it.
CHILD = """
import sys
from pathlib import Path
from safehelper.locker import Locker

with Locker.open(Path(sys.argv[1])) as locker:
    locker.unlock_with_passphrase(sys.argv[3])
    locker.import_files(
        [Path(sys.argv[2])], progress=lambda done, total: print(done, flush=True)
    )
"""


def blob_names(items: list[str]) -> list[str]:
    return sorted(f"{item}{suffix}" for item in items for suffix in (".img", ".thumb"))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB file system (tmpfs): a few batches fit, then writes fail with ENOSPC."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux (CI runs as root)")
    where = tmp_path / "small-disk"
    where.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(where)],
        check=True,
        capture_output=True,
        timeout=30,
    )
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, timeout=30)


def test_a_disk_that_fills_mid_batch_keeps_every_earlier_batch(
    small_disk: Path, tmp_path: Path
) -> None:
    """The batch the disk refuses is saved not at all; the ones before it are whole."""
    files = make_pngs(tmp_path / "in", 120, size=64)  # 12 KB each that does not compress
    counted: list[int] = []
    with Locker.create(small_disk / "locker", passphrase=PASS, use_device=False) as locker:
        result = locker.import_files(files, progress=lambda done, total: counted.append(done))
        assert result.failure is not None and result.failure.code in (
            "locker.cannot_save_picture",
            "locker.disk_full",
        )
        assert 1 <= len(result.saved) < len(files) and not result.refused
        assert counted == list(range(len(result.saved) + 1))
        names = [p.name for p in files[: len(result.saved)]]
        assert [i.original_name for i in result.saved] == names
        assert {i.id for i in locker.items()} == {i.id for i in result.saved}
        assert locker.verify().ok
        # The refused batch's files were removed again: never evidence, nothing was said of them.
        left = sorted(p.name for p in (locker.folder / BLOB_DIR).iterdir())
        assert left == blob_names([i.id for i in result.saved])
        assert not any(name.endswith(PENDING_SUFFIX) for name in left)


def test_each_batch_moves_the_anchor_to_its_newest_record(tmp_path: Path) -> None:
    """One anchor per batch, naming the newest record: a rolled-back index is still noticed."""
    files = make_pngs(tmp_path / "in", Batching().files + 5)
    with Locker.create(tmp_path / "locker", passphrase=PASS, use_device=False) as locker:
        result = locker.import_files(files)
        assert len(result.saved) == len(files)
        newest = locker.chain_records()[-1]
        kept = anchor.read_file(locker.folder)
        assert kept is not None and (kept.seq, kept.entry_hash) == (newest.seq, newest.entry_hash)
        assert result.saved[-1].entry_hash == newest.entry_hash
        assert locker.verify().ok and locker.open_warning is None


@pytest.mark.slow
def test_sigkill_during_a_batched_import_never_loses_a_counted_item(tmp_path: Path) -> None:
    """Kill a real import at random moments: every file counted as saved is there and verifies."""
    folder = tmp_path / "locker"
    Locker.create(folder, passphrase=PASS, use_device=False).close()
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    env = {**os.environ, "SAFEHELPER_HOME": str(tmp_path / "home")}
    kills = 0
    names: list[list[str]] = []
    for round_number in range(5):
        source = tmp_path / f"round-{round_number}"
        files = [
            path.rename(path.with_name(f"r{round_number}-{path.name}"))
            for path in make_pngs(source, 300, size=64)
        ]
        names.append([path.name for path in files])
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), str(source), PASS],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
            env=env,
            stdin=subprocess.DEVNULL,
        )
        # Killed after a random count, a random instant into the next batch. The counts
        # printed are 0, 1, 2...: the count ``target`` is line ``target + 1``.
        target = rng.randint(1, 280)
        lines, errors, killed = kill_at_random(proc, rng, target + 1, (0.0, 0.05))
        kills += killed
        assert "Traceback" not in errors, errors
        counted = max(int(line) for line in lines)

        with Locker.open(folder) as locker:  # opening puts an unfinished batch aside
            locker.unlock_with_passphrase(PASS)
            report = locker.verify()
            assert report.ok, f"seed {seed}: {report.problem}"
            items = list(reversed(locker.items()))  # oldest first
            present = [i.original_name for i in items if i.original_name in names[-1]]
            # Batches are saved in the files' order: what is there is the first files, whole.
            assert present == names[-1][: len(present)], f"seed {seed}"
            assert len(present) >= counted, f"seed {seed}: a counted item was lost"
            # At most one batch per kill can be committed without being counted.
            assert len(present) - counted <= Batching().files, f"seed {seed}"
            for item in items[-len(present) :] if present else []:
                data = locker.read_image(item.id)
                assert hashlib.sha256(data).hexdigest() == item.sha256
            blobs = sorted(p.name for p in (folder / BLOB_DIR).iterdir())
            assert blobs == blob_names([i.id for i in items]), f"seed {seed}"
    assert kills >= 3, "the imports finished before they could be killed: make them longer"
