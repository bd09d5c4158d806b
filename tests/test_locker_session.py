"""LockerSession: the one owner of the open locker, on real files, SQLite and keyring."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_locker import PASS, no_keyring, png  # noqa: F401 (no_keyring is a fixture)

from safehelper import alert, data_removal
from safehelper.errors import SafeHelperError
from safehelper.locker import BLOB_DIR, INDEX_NAME, Locker, LockerSession

pytestmark = pytest.mark.usefixtures("no_keyring")


@pytest.fixture
def folder(safehelper_home: Path) -> Path:
    return safehelper_home / "data" / "locker"


def test_a_new_session_holds_nothing(folder: Path) -> None:
    session = LockerSession(folder)
    assert session.folder == folder
    assert not session.exists() and not session.is_open and not session.is_unlocked
    with pytest.raises(SafeHelperError, match="not open"):
        session.locker
    with pytest.raises(SafeHelperError, match="no evidence locker"):
        session.open()
    assert not session.is_open and not folder.exists()


def test_default_folder_is_the_usual_place(safehelper_home: Path) -> None:
    assert LockerSession().folder == safehelper_home / "data" / "locker"


def test_create_lock_unlock_close(folder: Path) -> None:
    session = LockerSession(folder)
    created = session.create(passphrase=PASS, use_device=False)
    assert session.exists() and session.is_open and session.is_unlocked
    assert session.locker is created
    item = created.add_image(png(seed=1), "screen", note="kept")
    session.lock()
    assert session.is_open and not session.is_unlocked
    with pytest.raises(SafeHelperError, match="locked"):
        session.locker.items()
    with pytest.raises(SafeHelperError, match="not right"):
        session.unlock_with_passphrase("a wrong passphrase here")
    session.unlock_with_passphrase(PASS)
    assert session.locker.read_image(item.id) == png(seed=1)
    session.close()
    assert not session.is_open and not session.is_unlocked
    session.close()  # closing twice is harmless


def test_open_is_idempotent_and_starts_locked(folder: Path) -> None:
    Locker.create(folder, passphrase=PASS).close()
    with LockerSession(folder) as session:
        first = session.open()
        assert session.open() is first and session.locker is first
        assert session.is_open and not session.is_unlocked
    assert not session.is_open


def test_unlock_opens_the_locker_when_needed(folder: Path) -> None:
    Locker.create(folder, passphrase=PASS).close()
    with LockerSession(folder) as session:
        session.unlock_with_passphrase(PASS)
        assert session.is_unlocked and session.locker.count() == 0


def test_create_refuses_over_an_open_locker(folder: Path) -> None:
    with LockerSession(folder) as session:
        session.create(passphrase=PASS, use_device=False)
        with pytest.raises(SafeHelperError, match="already"):
            session.create(passphrase=PASS, use_device=False)
        assert session.is_unlocked


def test_not_sqlite_at_all_is_a_plain_error(folder: Path) -> None:
    Locker.create(folder, passphrase=PASS).close()
    (folder / INDEX_NAME).write_bytes(b"this is not sqlite" * 100)
    session = LockerSession(folder)
    with pytest.raises(SafeHelperError, match="damaged"):
        session.open()
    assert not session.is_open


def test_a_broken_link_in_the_pictures_is_a_plain_error(folder: Path) -> None:
    """Reading a damaged folder raises an OS error deep inside; the session words it plainly."""
    with Locker.create(folder, passphrase=PASS) as locker:
        item = locker.add_image(png(seed=2), "screen")
    image = folder / BLOB_DIR / f"{item.id}.img"
    image.unlink()
    os.symlink(folder / "nowhere", image)
    session = LockerSession(folder)
    with pytest.raises(SafeHelperError, match="damaged or unreadable") as caught:
        session.open()
    assert isinstance(caught.value.__cause__, OSError)
    assert not session.is_open


def test_removing_data_still_lists_keys_of_a_damaged_locker(safehelper_home: Path) -> None:
    """'Remove SafeHelper's data' reads the locker through the session: damage never stops it."""
    folder = safehelper_home / "data" / "locker"
    with Locker.create(folder, passphrase=PASS) as locker:
        item = locker.add_image(png(seed=3), "screen")
    image = folder / BLOB_DIR / f"{item.id}.img"
    image.unlink()
    os.symlink(folder / "nowhere", image)
    assert data_removal.keyring_entries() == [alert.KEYRING_ENTRY]
