"""Which ways open a locker, and removing one only when another really opens it here.

Against the real Secret Service of ``scripts/with-desktop``: a "reset keyring" is
the locker's keyring entry really deleted, as a new account or a reinstalled
system would leave it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import pytest
from test_cli_locker import PASS, one_plain_line, run_cli

from safehelper import keychain, keyslots
from safehelper.errors import SafeHelperError
from safehelper.locker import Locker

pytestmark = pytest.mark.keyring


def info() -> dict[str, object]:
    """``locker info --json`` with no passphrase anywhere: it must not need one."""
    result = run_cli("info", "--json", env={"SAFEHELPER_PASSPHRASE": ""})
    assert result.returncode == 0, result.stderr
    facts: dict[str, object] = json.loads(result.stdout)
    return facts


def keyring_entry(locker_id: str) -> str | None:
    return keyring.get_password(keychain.SERVICE, keyslots.device_entry_name(locker_id))


def locker_id() -> str:
    with Locker.open() as locker:
        return locker.locker_id


def test_passphrase_only_makes_no_key_on_this_computer(safehelper_home: Path) -> None:
    created = run_cli("init", "--passphrase-only", env={"SAFEHELPER_NEW_PASSPHRASE": PASS})
    assert created.returncode == 0, created.stderr
    assert "It opens with your passphrase." in created.stdout
    assert keyring_entry(locker_id()) is None
    assert info()["opens_with"] == ["passphrase"]
    assert "needs its passphrase" in one_plain_line(run_cli("list"))
    assert run_cli("list", env={"SAFEHELPER_PASSPHRASE": PASS}).returncode == 0


def test_passphrase_option_says_it_makes_both_ways(safehelper_home: Path) -> None:
    helped = run_cli("init", "--help")
    assert "this computer's key AND a passphrase" in " ".join(helped.stdout.split())
    created = run_cli("init", "--passphrase", env={"SAFEHELPER_NEW_PASSPHRASE": PASS})
    assert created.returncode == 0, created.stderr
    assert "this computer's key or your passphrase" in created.stdout
    try:
        assert info()["opens_with"] == ["device", "passphrase"]
    finally:
        keyring.delete_password(keychain.SERVICE, keyslots.device_entry_name(locker_id()))


def test_passphrase_is_kept_when_this_computers_key_no_longer_opens(
    safehelper_home: Path,
) -> None:
    assert run_cli("init", "--passphrase", env={"SAFEHELPER_NEW_PASSPHRASE": PASS}).returncode == 0
    # The keyring was reset (or this is another account): the device slot still counts.
    keyring.delete_password(keychain.SERVICE, keyslots.device_entry_name(locker_id()))
    line = one_plain_line(run_cli("passphrase", "remove", env={"SAFEHELPER_PASSPHRASE": PASS}))
    assert "passphrase was not removed" in line and "does not open the locker" in line
    assert info()["opens_with"] == ["device", "passphrase"]
    assert run_cli("list", env={"SAFEHELPER_PASSPHRASE": PASS}).returncode == 0


def test_this_computers_key_is_removed_only_with_a_passphrase_that_opens(
    safehelper_home: Path,
) -> None:
    locker = Locker.create(passphrase=PASS)
    try:
        with pytest.raises(SafeHelperError) as refused:
            locker.remove_device_slot("not the passphrase at all")
        assert refused.value.code == "locker.passphrase_does_not_open"
        assert locker.ways_to_open() == ("device", "passphrase")
        locker.remove_device_slot(PASS)
        assert locker.ways_to_open() == ("passphrase",)
        assert keyring_entry(locker.locker_id) is None
    finally:
        if keyring_entry(locker.locker_id) is not None:
            keyring.delete_password(keychain.SERVICE, keyslots.device_entry_name(locker.locker_id))
        locker.close()


def test_info_reports_no_locker_plainly() -> None:
    assert "no evidence locker here yet" in one_plain_line(run_cli("info"))
    assert not os.path.exists(Path(os.environ["SAFEHELPER_HOME"]) / "data" / "locker")
