"""Device slots against a real Secret Service (gnome-keyring, started by scripts/with-desktop)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest
from test_locker import png

from safehelper import keychain, keyslots
from safehelper.errors import SafeHelperError
from safehelper.locker import Locker, LockerSession

PASS = "purple elephants dance at noon"
REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.keyring


def entry_of(locker: Locker) -> str | None:
    return keyring.get_password(keychain.SERVICE, keyslots.device_entry_name(locker.locker_id))


def test_device_slot_unlocks_without_typing(safehelper_home: Path) -> None:
    assert keychain.backend_status().secure
    with Locker.create() as locker:
        assert locker.has_device_slot() and not locker.has_passphrase_slot()
        assert entry_of(locker)
        item = locker.add_image(png(seed=1), "screen", note="n")
    with Locker.open() as again:
        again.unlock_with_device()
        assert again.read_image(item.id) == png(seed=1) and again.items()[0].note == "n"
        keyring.delete_password(keychain.SERVICE, keyslots.device_entry_name(again.locker_id))


def test_two_lockers_never_share_a_keyring_entry(tmp_path: Path) -> None:
    first = Locker.create(tmp_path / "installed")
    second = Locker.create(tmp_path / "usb-stick" / "locker")
    try:
        assert first.locker_id != second.locker_id
        assert entry_of(first) != entry_of(second)
        first.lock()
        second.lock()
        first.unlock_with_device()
        second.unlock_with_device()
        assert first.is_unlocked and second.is_unlocked
    finally:
        for locker in (first, second):
            keyring.delete_password(keychain.SERVICE, keyslots.device_entry_name(locker.locker_id))
            locker.close()


def test_slots_come_and_go_without_touching_items(safehelper_home: Path) -> None:
    locker = Locker.create(passphrase=PASS)
    try:
        assert locker.has_device_slot() and locker.has_passphrase_slot()
        item = locker.add_image(png(seed=2), "screen")
        locker.remove_device_slot()
        assert not locker.has_device_slot() and entry_of(locker) is None
        with pytest.raises(SafeHelperError, match="Use your passphrase"):
            locker.unlock_with_device()
        with pytest.raises(SafeHelperError, match="only way"):
            locker.remove_passphrase()
        locker.add_device_slot()
        locker.remove_passphrase()
        locker.lock()
        locker.unlock_with_device()
        assert locker.read_image(item.id) == png(seed=2)
        with pytest.raises(SafeHelperError, match="only way"):
            locker.remove_device_slot()
    finally:
        keyring.delete_password(keychain.SERVICE, keyslots.device_entry_name(locker.locker_id))
        locker.close()


def test_missing_or_wrong_keyring_entry_points_to_the_passphrase(safehelper_home: Path) -> None:
    locker = Locker.create(passphrase=PASS)
    name = keyslots.device_entry_name(locker.locker_id)
    locker.lock()
    keyring.set_password(keychain.SERVICE, name, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
    with pytest.raises(SafeHelperError, match="does not fit this locker"):
        locker.unlock_with_device()
    keyring.delete_password(keychain.SERVICE, name)
    with pytest.raises(SafeHelperError, match="copied from another computer"):
        locker.unlock_with_device()
    locker.unlock_with_passphrase(PASS)
    assert locker.is_unlocked
    locker.close()


LOCKED_KEYRING_CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    import secretstorage
    from safehelper.errors import SafeHelperError
    from safehelper.locker import Locker

    home = Path(sys.argv[1])
    results = {}
    with_device = Locker.create(home / "a", passphrase="purple elephants dance at noon")
    with_device.lock()
    collection = secretstorage.get_default_collection(secretstorage.dbus_init())
    collection.lock()
    results["locked"] = collection.is_locked()
    for name, action in [
        ("create_without_passphrase", lambda: Locker.create(home / "b")),
        ("unlock_with_device", with_device.unlock_with_device),
    ]:
        try:
            action()
            results[name] = "no error"
        except SafeHelperError as exc:
            results[name] = str(exc)
    results["b_exists"] = Locker.exists(home / "b")
    fallback = Locker.create(home / "c", passphrase="purple elephants dance at noon")
    results["c_slots"] = [fallback.has_device_slot(), fallback.has_passphrase_slot()]
    with_device.unlock_with_passphrase("purple elephants dance at noon")
    results["a_opens_with_passphrase"] = with_device.is_unlocked
    print(json.dumps(results))
""")


def test_locked_keyring_is_refused_plainly(tmp_path: Path) -> None:
    """Locks a real keyring: in a private desktop of its own, so other tests keep theirs.

    The child gets no DISPLAY, so gnome-keyring's unlock prompt cannot open a window
    and the keyring answers "locked" at once, as it does for a locked login keyring.
    """
    hidden = (
        "SAFEHELPER_PRIVATE_DESKTOP",
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "DBUS_SESSION_BUS_ADDRESS",
    )
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["SAFEHELPER_HOME"] = str(tmp_path / "home")
    script = tmp_path / "child.py"
    script.write_text(LOCKED_KEYRING_CHILD)
    child = subprocess.Popen(
        [str(REPO / "scripts" / "with-desktop"), sys.executable, str(script), str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
        start_new_session=True,
    )
    try:
        out, errors = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)  # the child's own session: its keyring and Xvfb
        child.communicate()
        raise
    assert child.returncode == 0, errors
    results = json.loads(out.strip().splitlines()[-1])
    assert results["locked"] is True
    assert "locked or not answering" in results["create_without_passphrase"]
    assert "passphrase" in results["create_without_passphrase"]
    assert not results["b_exists"]
    assert "locked or not answering" in results["unlock_with_device"]
    assert results["c_slots"] == [False, True]
    assert results["a_opens_with_passphrase"] is True


def test_session_unlocks_with_this_computers_key(safehelper_home: Path) -> None:
    with LockerSession() as session:
        locker = session.create(passphrase=None, use_device=True)
        entry = keyslots.device_entry_name(locker.locker_id)
        try:
            session.lock()
            assert session.is_open and not session.is_unlocked
            session.unlock_with_device()
            assert session.is_unlocked
        finally:
            keyring.delete_password(keychain.SERVICE, entry)
