"""Key slots: the ways to unlock a locker's data key, as in LUKS or age.

Every item in a locker is encrypted under one random *data key*. That key is
never stored as it is: each slot keeps it *wrapped* (sealed) under a different
key-encryption key, and any one slot unlocks the locker. Adding or removing a
slot rewraps one 32-byte key and never touches the items.

- The *device slot* keeps its key-encryption key in the OS keyring, so the
  locker opens on this computer account without typing anything. It protects
  against a stolen disk, not against someone using the same account.
- The *passphrase slot* derives its key-encryption key from a passphrase with
  scrypt; the salt and cost are stored with the slot.
"""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass
from typing import Any

from safehelper import crypto, keychain
from safehelper.errors import SafeHelperError

log = logging.getLogger(__name__)

DEVICE = "device"
PASSPHRASE = "passphrase"  # noqa: S105 (a slot kind, not a password)
KINDS = (DEVICE, PASSPHRASE)
MIN_PASSPHRASE_CHARS = 8


class WrongPassphrase(SafeHelperError):
    """The passphrase did not unwrap the key. Kept apart so the locker can slow retries."""

    def __init__(self) -> None:
        super().__init__("locker.wrong_passphrase")


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key and what is needed to unwrap it.

    ``params`` holds the scrypt settings for a passphrase slot, and the keyring
    entry name for a device slot. Neither is secret.
    """

    kind: str
    wrapped: bytes
    params: dict[str, Any]


def _label(kind: str, locker_id: str) -> bytes:
    # Binds a wrapped key to its slot kind and locker: a slot copied between lockers fails.
    return f"safehelper-keyslot:{kind}:{locker_id}".encode("ascii")


def device_entry_name(locker_id: str) -> str:
    """The keyring entry for a locker's device key; unique per locker so copies never clash."""
    return f"locker-{locker_id}-device"


def make_device_slot(locker_id: str, data_key: bytes) -> KeySlot:
    """Create a new key in the OS keyring and wrap ``data_key`` with it.

    Refuses (plain :class:`SafeHelperError`) when the keyring is missing, insecure
    or locked: a key is never stored anywhere in the clear instead.
    """
    keychain.require_secure_backend()
    wrapping_key = crypto.new_key()
    name = device_entry_name(locker_id)
    encoded = base64.b64encode(wrapping_key).decode("ascii")
    keychain.set_secret(name, encoded)
    # Some backends accept a secret and drop it; only trust one that gives it back.
    if keychain.get_secret(name) != encoded:
        keychain.delete_secret(name)
        raise SafeHelperError("keyring.did_not_keep_key")
    wrapped = crypto.seal(wrapping_key, data_key, _label(DEVICE, locker_id))
    log.info("keyslots: device slot created")
    return KeySlot(kind=DEVICE, wrapped=wrapped, params={"entry": name})


def open_device_slot(slot: KeySlot, locker_id: str) -> bytes:
    """Unwrap the data key with this computer's keyring entry."""
    if not keychain.backend_status().secure:
        raise SafeHelperError("keyring.none_to_open")
    value = keychain.get_secret(str(slot.params.get("entry", device_entry_name(locker_id))))
    if value is None:
        raise SafeHelperError("keyring.key_missing")
    try:
        wrapping_key = base64.b64decode(value.encode("ascii"), validate=True)
        return crypto.open_sealed(wrapping_key, slot.wrapped, _label(DEVICE, locker_id))
    except (binascii.Error, UnicodeEncodeError, crypto.SealError) as exc:
        log.warning("keyslots: device key did not open the locker (%s)", type(exc).__name__)
        raise SafeHelperError("keyring.key_does_not_fit") from exc


def forget_device_key(slot: KeySlot, locker_id: str) -> None:
    """Remove the device slot's key from the keyring (after the slot itself is gone)."""
    keychain.delete_secret(str(slot.params.get("entry", device_entry_name(locker_id))))


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse a passphrase too short to slow down someone guessing it."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise SafeHelperError("passphrase.too_short", count=MIN_PASSPHRASE_CHARS)


def make_passphrase_slot(locker_id: str, data_key: bytes, passphrase: str) -> KeySlot:
    """Wrap ``data_key`` under a key derived from ``passphrase`` with fresh scrypt settings."""
    check_passphrase_strength(passphrase)
    params = crypto.ScryptParams.fresh()
    kek = crypto.derive_key(passphrase, params)
    wrapped = crypto.seal(kek, data_key, _label(PASSPHRASE, locker_id))
    log.info("keyslots: passphrase slot created")
    return KeySlot(kind=PASSPHRASE, wrapped=wrapped, params=params.to_json())


def open_passphrase_slot(slot: KeySlot, locker_id: str, passphrase: str) -> bytes:
    """Unwrap the data key with ``passphrase``; :class:`WrongPassphrase` if it does not fit."""
    try:
        params = crypto.ScryptParams.from_json(slot.params)
    except crypto.SealError as exc:
        raise SafeHelperError("passphrase.settings_damaged") from exc
    kek = crypto.derive_key(passphrase, params)
    try:
        return crypto.open_sealed(kek, slot.wrapped, _label(PASSPHRASE, locker_id))
    except crypto.SealError as exc:
        raise WrongPassphrase() from exc
