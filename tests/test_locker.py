"""The evidence locker core: real encryption, real SQLite, real files, keyring `fail` backend.

The keyring here is keyring's own ``fail`` backend (what a machine without any
keyring has), which proves the passphrase path; tests against the real Secret
Service are in ``test_locker_keyring.py``.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PIL import Image

from safehelper.errors import SafeHelperError
from safehelper.locker import BLOB_DIR, INDEX_NAME, Locker, VerifyReport
from safehelper.locker import index as locker_index
from safehelper.log import setup_logging

PASS = "purple elephants dance at noon"
NOTE = "He said he would send it to my mum UNIQUE-NOTE-7f3a"
USERNAME = "evil_handle_UNIQUE-USER-91c2"


def png(width: int = 64, height: int = 48, seed: int = 0) -> bytes:
    """A small PNG whose pixels depend on ``seed`` (so every picture differs)."""
    image = Image.frombytes(
        "RGB",
        (width, height),
        hashlib.shake_256(seed.to_bytes(4, "big")).digest(width * height * 3),
    )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def jpeg(seed: int = 0) -> bytes:
    image = Image.open(io.BytesIO(png(80, 60, seed))).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """keyring's `fail` backend, as on a computer with no keyring; the old one restored after."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def folder(safehelper_home: Path) -> Path:
    return safehelper_home / "data" / "locker"


@pytest.fixture
def box(no_keyring: None, folder: Path) -> Iterator[Locker]:
    locker = Locker.create(folder, passphrase=PASS)
    try:
        yield locker
    finally:
        locker.close()


def _drop_log_handlers() -> None:
    for name in ("safehelper", "safehelper_ui"):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The real log file of this test's SAFEHELPER_HOME, at DEBUG level."""
    _drop_log_handlers()
    path = setup_logging(logging.DEBUG)
    yield path
    _drop_log_handlers()


def blob_files(folder: Path) -> list[Path]:
    return sorted((folder / BLOB_DIR).iterdir())


# ------------------------------------------------------------------ basics


def test_open_never_creates(no_keyring: None, folder: Path) -> None:
    assert not Locker.exists(folder)
    with pytest.raises(SafeHelperError, match="no evidence locker"):
        Locker.open(folder)
    assert not folder.exists()


def test_default_folder_is_under_the_data_dir(no_keyring: None, safehelper_home: Path) -> None:
    with Locker.create(passphrase=PASS) as locker:
        assert locker.folder == safehelper_home / "data" / "locker"
    assert Locker.exists()
    with pytest.raises(SafeHelperError, match="already"):
        Locker.create(passphrase=PASS)


def test_add_and_read_back_exact_bytes(box: Locker) -> None:
    data = png(seed=1)
    before = datetime.now(UTC)
    item = box.add_image(
        data,
        "screen",
        note=NOTE,
        platform="Instagram",
        username=USERNAME,
        original_name="chat.png",
        covered=True,
    )
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert (item.size, item.width, item.height, item.media_type) == (len(data), 64, 48, "image/png")
    assert item.captured_at.tzinfo is not None and item.captured_at.utcoffset().total_seconds() == 0
    assert before <= item.captured_at <= datetime.now(UTC)
    assert len(item.utc_offset) == 6 and item.utc_offset[0] in "+-" and item.local_zone
    assert (item.source, item.note, item.platform, item.username, item.original_name) == (
        "screen",
        NOTE,
        "Instagram",
        USERNAME,
        "chat.png",
    )
    assert item.covered and not item.deleted and item.file_mtime is None
    assert box.read_image(item.id) == data
    thumb = Image.open(io.BytesIO(box.read_thumbnail(item.id)))
    assert thumb.format in ("PNG", "JPEG") and max(thumb.size) <= 320


def test_thumbnail_is_about_320_px(box: Locker) -> None:
    item = box.add_image(png(1920, 1080, seed=2), "clipboard")
    thumb = Image.open(io.BytesIO(box.read_thumbnail(item.id)))
    assert thumb.size == (320, 180)


def test_items_newest_first_and_survive_reopen(box: Locker, folder: Path) -> None:
    ids = [box.add_image(png(seed=i), "screen", note=f"n{i}").id for i in range(3)]
    assert [i.id for i in box.items()] == ids[::-1]
    assert box.count() == 3
    box.close()
    again = Locker.open(folder)
    assert not again.is_unlocked
    assert again.count() == 3  # counting needs no key
    with pytest.raises(SafeHelperError, match="locked"):
        again.items()
    again.unlock_with_passphrase(PASS)
    assert [(i.id, i.note) for i in again.items()] == [
        (ids[2], "n2"),
        (ids[1], "n1"),
        (ids[0], "n0"),
    ]
    again.close()


def test_unknown_source_is_a_bug_not_a_user_error(box: Locker) -> None:
    with pytest.raises(ValueError):
        box.add_image(png(), "webcam")


def test_note_edit_delete_restore_are_appended_records(box: Locker) -> None:
    item = box.add_image(png(seed=3), "screen", note="first")
    edited = box.edit_note(item.id, "second")
    assert edited.note == "second" and edited.entry_hash == item.entry_hash
    box.delete(item.id)
    assert box.count() == 0 and box.items() == []
    assert [i.deleted for i in box.items(include_deleted=True)] == [True]
    box.restore(item.id)
    assert box.items()[0].note == "second" and not box.items()[0].deleted
    kinds = [r.kind for r in box.chain_records()]
    assert kinds == ["init", "add", "note", "delete", "restore"]
    assert box.verify().ok


def test_delete_permanently_removes_blobs_but_keeps_the_record(box: Locker, folder: Path) -> None:
    keep = box.add_image(png(seed=4), "screen")
    gone = box.add_image(png(seed=5), "screen")
    box.delete(gone.id)
    box.delete_permanently(gone.id)
    assert [p.name.split(".")[0] for p in blob_files(folder)] == [keep.id, keep.id]
    assert [r.kind for r in box.chain_records()][-2:] == ["delete", "purge"]
    assert gone.id not in {i.id for i in box.items(include_deleted=True)}
    with pytest.raises(SafeHelperError, match="not in the locker"):
        box.read_image(gone.id)
    report = box.verify()
    assert report.ok and report.checked == 2


def test_documents_newest_wins(box: Locker) -> None:
    assert box.get_document("incident") is None
    box.put_document("incident", b'{"v": 1}')
    box.put_document("incident", b'{"v": 2}')
    assert box.get_document("incident") == b'{"v": 2}'
    assert box.verify().ok


def test_lock_forgets_the_key(box: Locker) -> None:
    item = box.add_image(png(seed=6), "screen", note=NOTE)
    box.lock()
    assert not box.is_unlocked
    for action in (
        box.items,
        lambda: box.read_image(item.id),
        lambda: box.add_image(png(seed=7), "screen"),
    ):
        with pytest.raises(SafeHelperError, match="locked"):
            action()
    assert box._plain == {}


# -------------------------------------------------------------- key slots


def test_insecure_keyring_refuses_a_device_slot_plainly(no_keyring: None, folder: Path) -> None:
    with pytest.raises(SafeHelperError, match="passphrase") as caught:
        Locker.create(folder)
    assert "no safe place for keys" in str(caught.value)
    assert not Locker.exists(folder) and not folder.exists()
    with Locker.create(folder, passphrase=PASS) as locker:
        assert locker.has_passphrase_slot() and not locker.has_device_slot()
        with pytest.raises(SafeHelperError, match="passphrase"):
            locker.add_device_slot()
        with pytest.raises(SafeHelperError, match="Use your passphrase"):
            locker.unlock_with_device()
        assert not locker.has_device_slot()


def test_short_passphrase_refused_before_anything_is_made(no_keyring: None, folder: Path) -> None:
    with pytest.raises(SafeHelperError, match="at least 8"):
        Locker.create(folder, passphrase="1234")
    assert not folder.exists()


def test_wrong_passphrase_says_so_and_changes_nothing(box: Locker, folder: Path) -> None:
    box.add_image(png(seed=8), "screen")
    head = box.chain_head()
    box.close()
    locker = Locker.open(folder)
    with pytest.raises(SafeHelperError, match="passphrase is not right"):
        locker.unlock_with_passphrase("purple elephants dance at midnight")
    assert not locker.is_unlocked and locker.chain_head() == head
    locker.unlock_with_passphrase(PASS)
    assert locker.count() == 1
    locker.close()


def test_accented_passphrase_typed_either_way_opens(no_keyring: None, folder: Path) -> None:
    composed, decomposed = "caf\u00e9 au lait pour moi", "cafe\u0301 au lait pour moi"
    Locker.create(folder, passphrase=composed).close()
    with Locker.open(folder) as locker:
        locker.unlock_with_passphrase(decomposed)
        assert locker.is_unlocked


def test_chain_can_be_recomputed_without_the_key(box: Locker) -> None:
    """What an export pack's reader does: the documented rule over the stored bytes."""
    item = box.add_image(png(seed=16), "screen", note="n")
    box.edit_note(item.id, "m")
    prev = "0" * 64
    for record in box.chain_records():
        prev_bytes = bytes.fromhex(prev)
        assert hashlib.sha256(prev_bytes + record.record).hexdigest() == record.entry_hash
        prev = record.entry_hash
    assert prev == box.chain_head()
    add = next(r for r in box.chain_records() if r.kind == "add")
    assert add.entry_hash == item.entry_hash
    assert item.sha256 in add.record.decode("ascii") and b'"n"' not in add.record


def test_last_slot_cannot_be_removed(box: Locker) -> None:
    with pytest.raises(SafeHelperError, match="only way"):
        box.remove_passphrase()
    assert box.has_passphrase_slot()


def test_changing_the_passphrase_does_not_reencrypt_items(box: Locker, folder: Path) -> None:
    item = box.add_image(png(seed=9), "screen")
    blobs_before = {p.name: p.read_bytes() for p in blob_files(folder)}
    box.add_passphrase("a completely new sentence")
    assert {p.name: p.read_bytes() for p in blob_files(folder)} == blobs_before
    box.lock()
    with pytest.raises(SafeHelperError, match="not right"):
        box.unlock_with_passphrase(PASS)
    box.unlock_with_passphrase("a completely new sentence")
    assert box.read_image(item.id) == png(seed=9)


def test_repeated_failures_slow_down_but_never_lock_out(box: Locker, folder: Path) -> None:
    box.close()
    locker = Locker.open(folder)
    assert locker.unlock_delay() == 0
    for _ in range(4):
        with pytest.raises(SafeHelperError, match="not right"):
            locker.unlock_with_passphrase("wrong guess number x")
    first_delay = locker.unlock_delay()
    assert first_delay > 0
    locker.close()
    # Restarting does not reset the count: it is kept in the index.
    reopened = Locker.open(folder)
    assert 0 < reopened.unlock_delay() <= 2.0
    failures = (
        sqlite3.connect(folder / INDEX_NAME)
        .execute("SELECT value FROM meta WHERE key = 'failed_unlocks'")
        .fetchone()[0]
    )
    assert failures == "4"
    # The right passphrase still works (after the wait), and the count starts again.
    reopened.unlock_with_passphrase(PASS)
    assert reopened.is_unlocked and reopened.unlock_delay() == 0
    reopened.close()


# ----------------------------------------------------- no plaintext on disk


IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff\xe0",
    b"\xff\xd8\xff\xe1",
    b"GIF89a",
    b"GIF87a",
    b"WEBPVP8",
)


def scan_for_secrets(home: Path, secrets: list[bytes]) -> list[str]:
    found = []
    for path in home.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            found += [f"{path.name}: {s[:12]!r}" for s in secrets if s in content]
    return found


def test_nothing_readable_is_written_anywhere(
    box: Locker, safehelper_home: Path, log_file: Path
) -> None:
    box.add_image(
        png(seed=10),
        "screen",
        note=NOTE,
        username=USERNAME,
        platform="Snapchat",
        original_name="secret-chat-name.png",
    )
    box.add_image(jpeg(seed=11), "clipboard", note=NOTE)
    item = box.add_image(png(seed=12), "screen")
    box.edit_note(item.id, NOTE + " edited")
    box.put_document("incident", b"UNIQUE-INCIDENT-TEXT")
    secrets = [
        *IMAGE_MAGIC,
        NOTE.encode(),
        USERNAME.encode(),
        b"UNIQUE-NOTE",
        b"UNIQUE-USER",
        b"secret-chat-name",
        b"Snapchat",
        b"UNIQUE-INCIDENT",
        PASS.encode(),
    ]
    # While open (the WAL file holds the newest pages) and after closing (checkpointed).
    assert scan_for_secrets(safehelper_home, secrets) == []
    box.close()
    assert scan_for_secrets(safehelper_home, secrets) == []


def test_files_are_private(box: Locker, folder: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    box.add_image(png(seed=13), "screen")
    modes = {
        p.relative_to(folder).as_posix(): stat.S_IMODE(p.stat().st_mode)
        for p in [folder, *folder.rglob("*")]
    }
    assert any(name.endswith("-wal") for name in modes)
    for name, mode in modes.items():
        expected = 0o700 if (folder / name).is_dir() else 0o600
        assert mode == expected, name


def test_open_makes_a_copied_locker_private_again(box: Locker, folder: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    box.add_image(png(seed=15), "screen")
    box.close()
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    with Locker.open(folder):
        for path in [folder, *folder.rglob("*")]:
            assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600)


def test_log_has_no_notes_names_or_passphrase(
    no_keyring: None, folder: Path, log_file: Path
) -> None:
    locker = Locker.create(folder, passphrase=PASS)
    item = locker.add_image(
        png(seed=14),
        "screen",
        note=NOTE,
        username=USERNAME,
        platform="Snapchat",
        original_name="secret-chat-name.png",
    )
    locker.edit_note(item.id, NOTE)
    locker.close()
    locker = Locker.open(folder)
    with pytest.raises(SafeHelperError):
        locker.unlock_with_passphrase("the-wrong-passphrase-UNIQUE")
    locker.unlock_with_passphrase(PASS)
    locker.verify()
    locker.close()
    for handler in logging.getLogger("safehelper").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "locker: item added" in text and "wrong passphrase" in text
    for secret in (
        NOTE,
        "UNIQUE-NOTE",
        USERNAME,
        "UNIQUE-USER",
        "Snapchat",
        "secret-chat-name",
        PASS,
        "the-wrong-passphrase",
    ):
        assert secret not in text


# ---------------------------------------------------------------- tamper


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def three(box: Locker, folder: Path) -> list[str]:
    ids = [box.add_image(png(seed=20 + i), "screen", note=f"n{i}").id for i in range(3)]
    assert box.verify().ok
    box.close()
    return ids


def reopen(folder: Path) -> Locker:
    locker = Locker.open(folder)
    locker.unlock_with_passphrase(PASS)
    return locker


def assert_names(report: VerifyReport, item_id: str, locker: Locker) -> None:
    assert not report.ok
    assert report.item_id == item_id
    assert item_id in report.problem
    captured = next(i for i in locker.items(include_deleted=True) if i.id == item_id).captured_at
    assert captured.strftime("%Y-%m-%d %H:%M:%S UTC") in report.problem


@pytest.mark.parametrize("suffix", [".img", ".thumb"])
def test_flipped_byte_in_a_blob_is_named(three: list[str], folder: Path, suffix: str) -> None:
    target = three[1]
    flip_byte(folder / BLOB_DIR / f"{target}{suffix}", 40)
    with reopen(folder) as locker:
        report = locker.verify()
        assert_names(report, target, locker)
        assert "changed or damaged" in report.problem
        assert report.checked == 1
        if suffix == ".img":
            with pytest.raises(SafeHelperError, match="changed or damaged"):
                locker.read_image(target)


def flip_in_index(folder: Path, needle: bytes) -> None:
    index = folder / INDEX_NAME
    data = index.read_bytes()
    assert data.count(needle) == 1, "the text should appear once in the index file"
    flip_byte(index, data.index(needle) + len(needle) // 2)


def test_flipped_byte_in_a_row_is_named(three: list[str], folder: Path) -> None:
    target = three[2]
    with reopen(folder) as locker:
        sha = next(i.sha256 for i in locker.items() if i.id == target)
    flip_in_index(folder, sha.encode())
    with reopen(folder) as locker:
        report = locker.verify()
        assert_names(report, target, locker)
        assert "record" in report.problem


def test_flipped_byte_in_the_chain_is_named(three: list[str], folder: Path) -> None:
    target = three[0]
    with reopen(folder) as locker:
        entry_hash = next(i.entry_hash for i in locker.items() if i.id == target)
    flip_in_index(folder, entry_hash.encode())
    with reopen(folder) as locker:
        report = locker.verify()
        assert_names(report, target, locker)


def test_rebuilt_or_cut_chain_is_found(three: list[str], folder: Path) -> None:
    db = sqlite3.connect(folder / INDEX_NAME)
    db.execute("DELETE FROM entries WHERE seq = (SELECT MAX(seq) FROM entries)")
    db.commit()
    db.close()
    with reopen(folder) as locker:
        report = locker.verify()
        assert not report.ok and "missing or were rebuilt" in report.problem


def test_removed_blob_is_named(three: list[str], folder: Path) -> None:
    (folder / BLOB_DIR / f"{three[1]}.img").unlink()
    with reopen(folder) as locker:
        report = locker.verify()
        assert_names(report, three[1], locker)
        assert "missing" in report.problem


# ------------------------------------------------------ crash leftovers, schema


def test_orphans_from_a_crash_are_removed_on_open(three: list[str], folder: Path) -> None:
    blobs = folder / BLOB_DIR
    (blobs / ("ab" * 16 + ".img")).write_bytes(b"x" * 100)
    (blobs / f".{three[0]}.img.1234abcd.tmp").write_bytes(b"y")
    with reopen(folder) as locker:
        assert sorted(p.name for p in blobs.iterdir()) == sorted(
            f"{i}{s}" for i in three for s in (".img", ".thumb")
        )
        assert locker.verify().ok


def test_newer_schema_is_refused_plainly(three: list[str], folder: Path) -> None:
    db = sqlite3.connect(folder / INDEX_NAME)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(SafeHelperError, match="newer SafeHelper"):
        Locker.open(folder)


def test_older_schema_is_migrated_once(
    three: list[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def to_v2(db: sqlite3.Connection) -> None:
        calls.append(1)
        db.execute("CREATE TABLE extra (x INTEGER)")

    monkeypatch.setattr(locker_index, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(locker_index, "MIGRATIONS", {1: to_v2})
    with reopen(folder) as locker:
        assert locker.verify().ok
    with reopen(folder):
        pass
    db = sqlite3.connect(folder / INDEX_NAME)
    assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "2"
    assert calls == [1]


def test_damaged_index_is_a_plain_error(three: list[str], folder: Path) -> None:
    (folder / INDEX_NAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(SafeHelperError, match="damaged"):
        Locker.open(folder)


# ------------------------------------------------------------------ threads


def test_adds_from_worker_threads(box: Locker) -> None:
    errors: list[BaseException] = []

    def work(start: int) -> None:
        try:
            for i in range(start, start + 8):
                box.add_image(png(seed=100 + i), "screen")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n * 8,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for _ in range(5):
        box.items()
    for thread in threads:
        thread.join()
    assert errors == []
    assert box.count() == 24
    report = box.verify()
    assert report.ok and report.checked == 24


def test_two_lockers_on_one_folder_see_each_others_records(box: Locker, folder: Path) -> None:
    other = reopen(folder)
    made = other.add_image(png(seed=30), "screen")
    assert [i.id for i in box.items()] == [made.id]
    mine = box.add_image(png(seed=31), "screen")
    assert {i.id for i in other.items()} == {made.id, mine.id}
    assert other.verify().ok
    other.close()
