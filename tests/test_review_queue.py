"""The review queue: pictures from outside wait sealed, and nothing is evidence until chosen.

A real locker on disk (passphrase slot, no keyring), real pictures, and the
command line as a real process for ``locker pending``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PIL import Image

from safehelper.errors import SafeHelperError
from safehelper.locker import Locker
from safehelper.locker.review_queue import PENDING_DIR, QUEUE_BATCHING, ReviewQueue

SUFFIXES = ("img", "thumb", "meta")

PASS = "purple elephants dance at noon"
CLI_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "SAFEHELPER_PASSPHRASE": PASS}


def picture(seed: int, size: int = 200) -> bytes:
    pixels = hashlib.shake_256(seed.to_bytes(4, "big")).digest(size * size * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (size, size), pixels).save(out, format="PNG")
    return out.getvalue()


def dated_jpeg() -> bytes:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "2026:11:28 21:14:05"
    out = io.BytesIO()
    Image.new("RGB", (120, 200), "teal").save(out, format="JPEG", exif=exif)
    return out.getvalue()


@pytest.fixture
def box(safehelper_home: Path) -> Iterator[Locker]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    locker = Locker.create(safehelper_home / "data" / "locker", passphrase=PASS)
    try:
        yield locker
    finally:
        locker.close()
        keyring.set_keyring(before)


def every_file_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_a_waiting_picture_is_sealed_on_disk_and_is_not_evidence(box: Locker) -> None:
    queue = ReviewQueue(box)
    data = picture(1)
    waiting = queue.add(
        data,
        source="phone",
        original_name="Screenshot chat.png",
        phone_modified="2026-11-29T20:00:00+00:00",
        received_at="2026-11-30T06:00:00+00:00",
    )
    assert box.items() == []
    assert [item.id for item in queue.items()] == [waiting.id]
    assert waiting.sha256 == hashlib.sha256(data).hexdigest()
    assert queue.read_image(waiting.id) == data
    on_disk = every_file_under(box.folder)
    assert data[:64] not in on_disk and data[-64:] not in on_disk
    assert b"\x89PNG" not in on_disk
    assert b"Screenshot chat" not in on_disk and waiting.sha256.encode() not in on_disk
    if os.name == "posix":
        pending = box.folder / PENDING_DIR
        assert pending.stat().st_mode & 0o777 == 0o700
        assert {p.stat().st_mode & 0o777 for p in pending.iterdir()} == {0o600}


def test_accepting_saves_it_into_the_locker_with_its_times(box: Locker) -> None:
    queue = ReviewQueue(box)
    data = dated_jpeg()
    waiting = queue.add(
        data,
        source="phone",
        original_name="IMG_0042.jpg",
        phone_modified="2026-11-29T20:00:00+00:00",
    )
    [item] = [queue.accept(waiting.id)]
    assert queue.items() == []
    assert box.read_image(item.id) == data
    assert item.source == "phone"
    assert item.exif_date == "2026-11-28T21:14:05"
    assert (
        item.file_mtime is not None and item.file_mtime.isoformat() == "2026-11-29T20:00:00+00:00"
    )
    assert item.original_name == "IMG_0042.jpg"
    assert not item.covered
    assert box.verify().ok
    assert list((box.folder / PENDING_DIR).iterdir()) == []


def test_a_covered_version_is_the_only_one_kept(box: Locker) -> None:
    queue = ReviewQueue(box)
    original = picture(2)
    covered = picture(3)
    waiting = queue.add(original, source="file", original_name="chat.png")
    item = queue.accept(
        waiting.id,
        covered_image=covered,
        note="he asked for $500",
        platform="Instagram",
        username="bradley_k_2009",
    )
    assert item.covered
    assert (item.note, item.platform, item.username) == (
        "he asked for $500",
        "Instagram",
        "bradley_k_2009",
    )
    assert box.read_image(item.id) == covered
    assert hashlib.sha256(original).hexdigest() not in json.dumps([i.sha256 for i in box.items()])


def test_discard_leaves_nothing_on_disk(box: Locker) -> None:
    queue = ReviewQueue(box)
    data = picture(4)
    waiting = queue.add(data, source="phone")
    queue.discard(waiting.id)
    assert queue.items() == []
    assert box.items() == []
    assert list((box.folder / PENDING_DIR).iterdir()) == []
    with pytest.raises(SafeHelperError):
        queue.read_image(waiting.id)


def test_a_non_image_never_waits(box: Locker) -> None:
    queue = ReviewQueue(box)
    with pytest.raises(SafeHelperError, match="not a picture"):
        queue.add(b"MZ\x90\x00 a program", source="phone", original_name="photo.png")
    assert queue.items() == []


def test_a_locked_locker_shows_nothing_and_takes_nothing(box: Locker) -> None:
    queue = ReviewQueue(box)
    queue.add(picture(5), source="phone")
    box.lock()
    with pytest.raises(SafeHelperError):
        queue.items()
    with pytest.raises(SafeHelperError):
        queue.add(picture(6), source="phone")


def test_ids_are_never_paths(box: Locker) -> None:
    queue = ReviewQueue(box)
    for bad in ("../../index.sqlite3", "a" * 31, "A" * 32, ""):
        with pytest.raises(SafeHelperError, match="not waiting"):
            queue.discard(bad)


def test_a_swapped_meta_file_does_not_open(box: Locker) -> None:
    queue = ReviewQueue(box)
    first = queue.add(picture(7), source="phone")
    second = queue.add(picture(8), source="phone")
    pending = box.folder / PENDING_DIR
    (pending / f"{second.id}.meta").write_bytes((pending / f"{first.id}.meta").read_bytes())
    with pytest.raises(SafeHelperError, match="damaged"):
        queue.item(second.id)
    # The damaged one is named and left out; the rest stay listed and can be saved.
    assert [item.id for item in queue.items()] == [first.id]
    assert queue.read_all()[1] == [second.id]
    result = queue.accept_all()
    assert [item.sha256 for item in result.saved] == [first.sha256] and not result.failure
    assert queue.items() == [] and queue.read_all()[1] == [second.id]


def test_one_unreadable_meta_file_does_not_hide_the_others(box: Locker) -> None:
    queue = ReviewQueue(box)
    waiting = [queue.add(picture(seed), source="phone") for seed in (9, 10, 11)]
    pending = box.folder / PENDING_DIR
    (pending / f"{waiting[1].id}.meta").write_bytes(b"cut off")
    assert {item.id for item in queue.items()} == {waiting[0].id, waiting[2].id}
    assert queue.read_all()[1] == [waiting[1].id]
    assert queue.count() == 3  # still waiting, sealed: the app never deletes it on its own
    listed = run_cli("pending", "--json")
    assert listed.returncode == 0
    assert {entry["id"] for entry in json.loads(listed.stdout)} == {waiting[0].id, waiting[2].id}
    assert listed.stderr.strip().splitlines() == [
        "safehelper: warning: A picture waiting for review could not be opened: "
        "its file is damaged. (1)"
    ]


def test_files_wait_in_batches_and_a_cancel_keeps_what_was_counted(
    box: Locker, tmp_path: Path
) -> None:
    queue = ReviewQueue(box)
    files = []
    for seed in range(QUEUE_BATCHING.files + 8):  # more than one batch
        files.append(tmp_path / f"{seed:02d}.png")
        files[-1].write_bytes(picture(seed, size=24))
    counted: list[int] = []
    result = queue.add_files(
        files,
        progress=lambda done, total: counted.append(done),
        cancelled=lambda: len(counted) > 1,  # once the first file is counted as waiting
    )
    assert result.cancelled and 1 <= len(result.saved) < len(files)
    assert counted == list(range(len(result.saved) + 1))
    assert (
        sorted(i.original_name for i in queue.items())
        == [f.name for f in files][: len(result.saved)]
    )
    # Every file in the queue's folder belongs to a listed picture: nothing half there.
    on_disk = sorted(p.name for p in (box.folder / PENDING_DIR).iterdir())
    assert on_disk == sorted(f"{i.id}.{what}" for i in result.saved for what in SUFFIXES)


def test_saving_as_it_is_keeps_the_checked_details_and_thumbnail(box: Locker) -> None:
    queue = ReviewQueue(box)
    waiting = queue.add(picture(12), source="phone", original_name="chat.png")
    thumbnail = queue.read_thumbnail(waiting.id)
    result = queue.accept_all()
    [item] = result.saved
    assert box.read_thumbnail(item.id) == thumbnail
    assert (item.media_type, item.width, item.height) == ("image/png", 200, 200)
    assert item.sha256 == waiting.sha256 and item.source == "phone" and not item.covered
    assert box.verify().ok and queue.count() == 0


def test_saving_the_rest_goes_in_batches_and_a_cancel_keeps_the_rest_waiting(
    box: Locker,
) -> None:
    queue = ReviewQueue(box)
    waiting = [
        queue.add(picture(20 + n, size=24), source="file", received_at=f"2026-11-30T06:{n:02d}:00")
        for n in range(2 * QUEUE_BATCHING.files + 3)
    ]
    counted: list[int] = []
    result = queue.accept_all(
        progress=lambda done, total: counted.append(done),
        cancelled=lambda: len(counted) > QUEUE_BATCHING.files,  # after the first batch
    )
    assert result.cancelled and len(result.saved) == QUEUE_BATCHING.files
    assert counted == list(range(QUEUE_BATCHING.files + 1))
    first = waiting[: QUEUE_BATCHING.files]  # oldest first
    assert [item.sha256 for item in result.saved] == [item.sha256 for item in first]
    assert [item.id for item in queue.items()] == [item.id for item in waiting[len(first) :]]
    rest = queue.accept_all()
    assert len(rest.saved) == len(waiting) - len(first) and not rest.failure
    assert box.count() == len(waiting) and queue.count() == 0 and box.verify().ok
    assert list((box.folder / PENDING_DIR).iterdir()) == []


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehelper", "locker", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **CLI_ENV},
        stdin=subprocess.DEVNULL,
    )


def test_pending_on_the_command_line(box: Locker) -> None:
    queue = ReviewQueue(box)
    waiting = [
        queue.add(picture(10 + n), source="phone", original_name=f"s{n}.png") for n in range(4)
    ]
    listed = json.loads(run_cli("pending", "--json").stdout)
    assert [entry["id"] for entry in listed] == [item.id for item in queue.items()]
    assert {entry["sha256"] for entry in listed} == {item.sha256 for item in waiting}
    assert set(listed[0]) >= {"id", "sha256", "size", "received_at", "source", "phone_modified"}

    accepted = run_cli("pending", "accept", waiting[0].id)
    assert accepted.returncode == 0, accepted.stderr
    discarded = run_cli("pending", "discard", waiting[1].id)
    assert discarded.returncode == 0, discarded.stderr
    unknown = run_cli("pending", "accept", "f" * 32)
    assert unknown.returncode == 1
    assert unknown.stderr.strip().splitlines() == [
        "safehelper: That picture is not waiting for review (it may already be saved or removed)."
    ]
    both = run_cli("pending", "discard", waiting[2].id, "--all")
    assert both.returncode == 1
    assert len(json.loads(run_cli("pending", "--json").stdout)) == 2

    assert run_cli("pending", "accept", "--all").returncode == 0
    assert json.loads(run_cli("pending", "--json").stdout) == []
    saved = json.loads(run_cli("list", "--json").stdout)
    assert {entry["sha256"] for entry in saved} == {
        waiting[0].sha256,
        waiting[2].sha256,
        waiting[3].sha256,
    }
    assert "Nothing is waiting for review." in run_cli("pending").stdout
