"""An index put back from an older copy, or a record taken out: noticed, and no picture lost.

Done as an attacker with the family computer would: real files copied aside and
back between real ``safehelper locker`` processes, rows deleted with sqlite3.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import keyring
import pytest
from test_cli_locker import NO_KEYRING, PASS, make_pngs, run_cli, with_pass

from safehelper import keychain, keyslots
from safehelper.locker import BLOB_DIR, INDEX_NAME, Locker

ANCHOR = "index.anchor"


def locker_folder(home: Path) -> Path:
    return home / "data" / "locker"


def saved_id(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return next(line.split()[1] for line in result.stdout.splitlines() if line.startswith("saved"))


def copy_aside(folder: Path, names: tuple[str, ...], where: Path) -> None:
    where.mkdir()
    for name in names:
        shutil.copy2(folder / name, where / name)


def put_back(folder: Path, names: tuple[str, ...], where: Path) -> None:
    for stale in (INDEX_NAME + "-wal", INDEX_NAME + "-shm"):
        (folder / stale).unlink(missing_ok=True)
    for name in names:
        shutil.copy2(where / name, folder / name)


def failed_check(env: dict[str, str] | None = None) -> str:
    result = run_cli("verify", env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    return result.stderr


def test_a_rolled_back_index_is_noticed_and_its_pictures_kept(
    tmp_path: Path, safehelper_home: Path
) -> None:
    pictures = make_pngs(tmp_path / "in", 2)
    first = saved_id(run_cli("add", str(pictures[0]), env=with_pass()))
    folder = locker_folder(safehelper_home)
    copy_aside(folder, (INDEX_NAME,), tmp_path / "old")
    second = saved_id(run_cli("add", str(pictures[1]), env=with_pass()))
    sealed = (folder / BLOB_DIR / f"{second}.img").read_bytes()
    put_back(folder, (INDEX_NAME,), tmp_path / "old")

    listed = run_cli("list", env=with_pass())
    assert listed.returncode == 0
    assert first in listed.stdout and second not in listed.stdout
    assert "warning: The locker's index is older than the newest record" in listed.stderr
    # The picture the old index does not name is kept, sealed, in quarantine.
    assert not (folder / BLOB_DIR / f"{second}.img").exists()
    assert (folder / "quarantine" / f"{second}.img").read_bytes() == sealed
    assert "1 picture(s) have no record: the index may have been replaced or rolled back" in (
        failed_check(with_pass())
    )


def test_a_rolled_back_index_is_noticed_even_with_its_pictures_gone(
    tmp_path: Path, safehelper_home: Path
) -> None:
    pictures = make_pngs(tmp_path / "in", 2)
    saved_id(run_cli("add", str(pictures[0]), env=with_pass()))
    folder = locker_folder(safehelper_home)
    copy_aside(folder, (INDEX_NAME,), tmp_path / "old")
    second = saved_id(run_cli("add", str(pictures[1]), env=with_pass()))
    put_back(folder, (INDEX_NAME,), tmp_path / "old")
    for suffix in (".img", ".thumb"):
        (folder / BLOB_DIR / f"{second}{suffix}").unlink()
    assert "The index is older than the newest record SafeHelper saved" in failed_check(with_pass())


def test_a_deleted_add_row_keeps_its_picture_and_fails_verify(
    tmp_path: Path, safehelper_home: Path
) -> None:
    pictures = make_pngs(tmp_path / "in", 3)
    ids = [saved_id(run_cli("add", str(p), env=with_pass())) for p in pictures]
    folder = locker_folder(safehelper_home)
    db = sqlite3.connect(folder / INDEX_NAME)
    db.execute("DELETE FROM entries WHERE item_id = ?", (ids[1],))
    db.commit()
    db.close()
    assert ids[1] not in run_cli("list", env=with_pass()).stdout
    assert (folder / "quarantine" / f"{ids[1]}.img").is_file()
    assert "a record before this one is missing" in failed_check(with_pass())


def test_an_unfinished_add_is_kept_aside_and_verify_passes(safehelper_home: Path) -> None:
    """A crash between writing a picture and committing its record is not an attack."""
    Locker.create(passphrase=PASS, use_device=False).close()
    folder = locker_folder(safehelper_home)
    orphan = "ef" * 16
    (folder / BLOB_DIR / f"{orphan}.pending").write_bytes(b"")
    (folder / BLOB_DIR / f"{orphan}.img").write_bytes(b"sealed bytes")
    result = run_cli("verify", env=with_pass())
    assert result.returncode == 0, result.stderr
    assert (folder / "quarantine" / "unfinished" / f"{orphan}.img").read_bytes() == b"sealed bytes"
    assert sorted(p.name for p in (folder / BLOB_DIR).iterdir()) == []


@pytest.mark.keyring
def test_the_keyring_copy_notices_index_and_anchor_put_back_together(
    tmp_path: Path, safehelper_home: Path
) -> None:
    assert run_cli("init").returncode == 0
    with Locker.open() as locker:
        locker_id = locker.locker_id
    try:
        pictures = make_pngs(tmp_path / "in", 2)
        saved_id(run_cli("add", str(pictures[0])))
        folder = locker_folder(safehelper_home)
        copy_aside(folder, (INDEX_NAME, ANCHOR), tmp_path / "old")
        second = saved_id(run_cli("add", str(pictures[1])))
        put_back(folder, (INDEX_NAME, ANCHOR), tmp_path / "old")
        for suffix in (".img", ".thumb"):
            (folder / BLOB_DIR / f"{second}{suffix}").unlink()
        assert "The index is older than the newest record" in failed_check()
    finally:
        for name in (keyslots.device_entry_name(locker_id), f"locker-{locker_id}-head"):
            if keyring.get_password(keychain.SERVICE, name) is not None:
                keyring.delete_password(keychain.SERVICE, name)


def test_a_locker_without_anchor_or_rollback_verifies(tmp_path: Path) -> None:
    """Lockers made before anchors existed have no anchor file: nothing to compare, no alarm."""
    pictures = make_pngs(tmp_path / "in", 1)
    saved_id(run_cli("add", str(pictures[0]), env=with_pass()))
    with Locker.open() as locker:
        (locker.folder / ANCHOR).unlink()
    assert run_cli("verify", env={**NO_KEYRING, "SAFEHELPER_PASSPHRASE": PASS}).returncode == 0
