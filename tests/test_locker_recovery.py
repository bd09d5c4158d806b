"""Quarantined pictures come back: `safehelper locker recover` on a real locker, real files.

A rolled-back index leaves pictures no record names; the locker keeps them, sealed,
in quarantine. These tests roll an index back the way a restored backup would, then
check that recover adds them back as new items with their exact bytes, files the
quarantined copies away (never deleting), leaves what it cannot open, and adds
nothing twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

from test_cli_locker import PASS, make_pngs, run_cli, with_pass
from test_locker_rollback import copy_aside, locker_folder, put_back, saved_id

from safehelper.locker import BLOB_DIR, INDEX_NAME, Locker


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def roll_back_two(tmp_path: Path, home: Path) -> tuple[Path, list[Path], list[str]]:
    """A locker of three pictures whose index was put back to when it held only the first."""
    pictures = make_pngs(tmp_path / "in", 3)
    first = saved_id(run_cli("add", str(pictures[0]), env=with_pass()))
    folder = locker_folder(home)
    copy_aside(folder, (INDEX_NAME,), tmp_path / "old")
    later = [saved_id(run_cli("add", str(p), env=with_pass())) for p in pictures[1:]]
    put_back(folder, (INDEX_NAME,), tmp_path / "old")
    return folder, pictures, [first, *later]


def listed() -> list[dict[str, object]]:
    result = run_cli("list", "--json", env=with_pass())
    assert result.returncode == 0, result.stderr
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def test_recover_adds_rolled_back_pictures_again_with_their_exact_bytes(
    tmp_path: Path, safehelper_home: Path
) -> None:
    folder, pictures, ids = roll_back_two(tmp_path, safehelper_home)
    assert [item["id"] for item in listed()] == [ids[0]]  # opening put the others aside
    quarantine = folder / "quarantine"
    assert sorted(p.name for p in quarantine.glob("*.img")) == sorted(f"{i}.img" for i in ids[1:])
    failed = run_cli("verify", env=with_pass())
    assert failed.returncode == 1
    assert "2 picture(s) have no record" in failed.stderr
    assert "Run `safehelper locker recover` to add them back to the locker." in failed.stderr

    result = run_cli("recover", env=with_pass())
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("recovered ") for line in lines) == 2
    assert lines[-1] == "2 pictures recovered."

    items = listed()
    assert len(items) == 3
    recovered = [item for item in items if item["id"] not in ids]
    assert len(recovered) == 2  # new ids: the old records are gone
    originals = {sha256(p.read_bytes()) for p in pictures[1:]}
    assert {item["sha256"] for item in recovered} == originals
    for item in recovered:
        assert str(item["original_name"]).startswith("recovered-")
        assert str(item["original_name"]).endswith(".png")
        assert "Recovered from the locker's quarantine on" in str(item["note"])
    # The bytes the locker gives back are exactly the originals, thumbnails included.
    with Locker.open(folder) as locker:
        locker.unlock_with_passphrase(PASS)
        for item in recovered:
            assert sha256(locker.read_image(str(item["id"]))) in originals
            assert locker.read_thumbnail(str(item["id"]))

    moved = quarantine / "recovered"
    assert sorted(p.name for p in moved.iterdir()) == sorted(
        f"{i}{suffix}" for i in ids[1:] for suffix in (".img", ".thumb")
    )
    assert not list(quarantine.glob("*.img")) and not list(quarantine.glob("*.thumb"))
    if os.name == "posix":
        assert stat.S_IMODE(moved.stat().st_mode) == 0o700
        assert {stat.S_IMODE(p.stat().st_mode) for p in moved.iterdir()} == {0o600}

    verified = run_cli("verify", env=with_pass())
    assert verified.returncode == 0, verified.stderr
    assert "All 3 item(s) match" in verified.stdout

    again = run_cli("recover", env=with_pass())
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "There are no pictures in quarantine to recover."
    assert len(listed()) == 3


def test_files_the_key_does_not_open_stay_in_quarantine_and_are_reported(
    tmp_path: Path, safehelper_home: Path
) -> None:
    folder, pictures, ids = roll_back_two(tmp_path, safehelper_home)
    # Another locker's picture, and a damaged one, land in this locker's quarantine.
    other = tmp_path / "other-locker"
    with Locker.create(other, passphrase=PASS, use_device=False) as foreign_locker:
        foreign_id = foreign_locker.import_file(pictures[0]).id
    quarantine = folder / "quarantine"
    quarantine.mkdir(mode=0o700, exist_ok=True)
    foreign = (other / BLOB_DIR / f"{foreign_id}.img").read_bytes()
    (quarantine / f"{foreign_id}.img").write_bytes(foreign)
    damaged_id = "ab" * 16
    sealed = (folder / BLOB_DIR / f"{ids[0]}.img").read_bytes()
    (quarantine / f"{damaged_id}.img").write_bytes(sealed[:-1] + bytes([sealed[-1] ^ 1]))

    result = run_cli("recover", env=with_pass())
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines()[-1] == (
        "2 pictures recovered, 2 could not be opened and were left in quarantine."
    )
    for left in (foreign_id, damaged_id):
        assert f"quarantine/{left}.img: it does not open with this locker's key" in result.stderr
    assert (quarantine / f"{foreign_id}.img").read_bytes() == foreign
    assert (quarantine / f"{damaged_id}.img").is_file()
    assert len(listed()) == 3

    # A second run adds nothing twice and still reports what it cannot open.
    again = run_cli("recover", env=with_pass())
    assert again.returncode == 1
    assert again.stdout.splitlines()[-1] == (
        "0 pictures recovered, 2 could not be opened and were left in quarantine."
    )
    assert len(listed()) == 3
    assert (quarantine / f"{foreign_id}.img").read_bytes() == foreign


def test_a_picture_already_in_the_locker_is_filed_away_not_added_twice(
    tmp_path: Path, safehelper_home: Path
) -> None:
    """After a crash between the add and the move, the second run must not duplicate it."""
    folder, pictures, ids = roll_back_two(tmp_path, safehelper_home)
    listed()  # opening quarantines the two unrecorded pictures
    saved_id(run_cli("add", str(pictures[1]), env=with_pass()))  # added again by hand

    result = run_cli("recover", env=with_pass())
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "1 picture recovered, 1 already in the locker."
    assert f"already in the locker: quarantine/{ids[1]}.img" in result.stdout
    items = listed()
    assert sorted(str(item["sha256"]) for item in items) == sorted(
        sha256(p.read_bytes()) for p in pictures
    )
    assert (folder / "quarantine" / "recovered" / f"{ids[1]}.img").is_file()


def test_an_unfinished_add_that_opens_is_recovered_too(safehelper_home: Path) -> None:
    """An add cut off before its commit, but with its picture whole, is not lost either."""
    picture = make_pngs(safehelper_home.parent / "in", 1)[0]
    folder = locker_folder(safehelper_home)
    with Locker.create(folder, passphrase=PASS, use_device=False) as locker:
        item = locker.import_file(picture)
    db = sqlite3.connect(folder / INDEX_NAME)  # the record taken away, as if never committed
    db.execute("DELETE FROM entries WHERE item_id = ?", (item.id,))
    db.commit()
    db.close()
    (folder / BLOB_DIR / f"{item.id}.pending").write_bytes(b"")
    with Locker.open(folder) as locker:
        locker.unlock_with_passphrase(PASS)
        assert (folder / "quarantine" / "unfinished" / f"{item.id}.img").is_file()
        report = locker.recover_quarantined()
        assert report.ok and [r.name for r in report.recovered] == [f"unfinished/{item.id}.img"]
        assert locker.read_image(report.recovered[0].item.id) == picture.read_bytes()
        assert locker.recover_quarantined().recovered == []
