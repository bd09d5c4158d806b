"""Who can open the locker: its key slots, unlocking, and the wait after wrong passphrases.

The data key is kept only wrapped, once per slot (see :mod:`safehelper.keyslots`):
a device slot opened by this computer's keyring, and a passphrase slot. These
functions read and change the slots in the index and return the data key; the
:class:`~safehelper.locker.Locker` holds it in memory while unlocked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import time

from safehelper import keyslots
from safehelper.errors import SafeHelperError
from safehelper.locker.index import Index, db_error

log = logging.getLogger(__name__)

# Wrong passphrases: the first few are free (typos), then each try waits twice as long.
_FREE_FAILURES = 3
_MAX_DELAY_SECONDS = 30.0


def slots(index: Index) -> dict[str, keyslots.KeySlot]:
    """The slots in the index by kind; unreadable parameters read as empty."""
    try:
        rows = index.db.execute("SELECT kind, wrapped, params FROM slots").fetchall()
    except sqlite3.Error as exc:
        raise db_error(exc) from exc
    found = {}
    for kind, wrapped, params in rows:
        try:
            parsed = json.loads(params)
        except ValueError:
            parsed = {}
        found[str(kind)] = keyslots.KeySlot(
            kind=str(kind),
            wrapped=bytes(wrapped),
            params=parsed if isinstance(parsed, dict) else {},
        )
    return found


def put_slot(index: Index, slot: keyslots.KeySlot) -> None:
    """Add or replace a slot. Must run inside ``index.write()``."""
    index.db.execute(
        "INSERT OR REPLACE INTO slots (kind, wrapped, params) VALUES (?, ?, ?)",
        (slot.kind, slot.wrapped, json.dumps(slot.params, sort_keys=True)),
    )


def has_slot(index: Index, kind: str) -> bool:
    """Whether a slot of ``kind`` is there."""
    with index.mutex:
        return kind in slots(index)


def open_with_device(index: Index, locker_id: str) -> bytes:
    """The data key from this computer's keyring, or a plain error."""
    with index.mutex:
        slot = slots(index).get(keyslots.DEVICE)
        if slot is None:
            raise SafeHelperError("locker.not_device")
        return keyslots.open_device_slot(slot, locker_id)


def unlock_delay(index: Index) -> float:
    """Seconds the next passphrase try will wait, after repeated wrong ones (0 if none).

    The first few wrong tries are free; after that each waits twice as long,
    up to 30 seconds. It never refuses outright: a lockout could cost a
    teen their evidence. Kept in the index, so restarting does not reset it.
    """
    with index.mutex:
        try:
            failures = int(index.meta("failed_unlocks", "0"))
            last = float(index.meta("last_failed_unlock", "0"))
        except ValueError:
            return 0.0
        if failures < _FREE_FAILURES:
            return 0.0
        delay = min(2.0 ** (failures - _FREE_FAILURES), _MAX_DELAY_SECONDS)
        return max(0.0, min(delay, last + delay - time.time()))


def open_with_passphrase(index: Index, locker_id: str, passphrase: str) -> bytes:
    """The data key from the passphrase slot, after any wait; a wrong one is counted."""
    with index.mutex:
        slot = slots(index).get(keyslots.PASSPHRASE)
        if slot is None:
            raise SafeHelperError("locker.device_only")
        wait = unlock_delay(index)
        if wait > 0:
            time.sleep(wait)
        try:
            key = keyslots.open_passphrase_slot(slot, locker_id, passphrase)
        except keyslots.WrongPassphrase:
            _count_failure(index)
            log.info("locker: wrong passphrase")
            raise
        if index.meta("failed_unlocks", "0") != "0":
            with contextlib.suppress(SafeHelperError), index.write():
                index.set_meta("failed_unlocks", "0")
        return key


def _count_failure(index: Index) -> None:
    # A read-only locker still reports a wrong passphrase; it just cannot slow retries.
    with contextlib.suppress(SafeHelperError, ValueError), index.write():
        failures = int(index.meta("failed_unlocks", "0"))
        index.set_meta("failed_unlocks", str(failures + 1))
        index.set_meta("last_failed_unlock", repr(time.time()))


def set_passphrase(index: Index, locker_id: str, key: bytes, passphrase: str) -> None:
    """Add a passphrase slot, or replace the one there is."""
    with index.mutex:
        slot = keyslots.make_passphrase_slot(locker_id, key, passphrase)
        with index.write():
            put_slot(index, slot)
            index.set_meta("failed_unlocks", "0")
        log.info("locker: passphrase set")


def add_device_slot(index: Index, locker_id: str, key: bytes) -> None:
    """Let this computer's keyring open the locker (nothing to do if it already can)."""
    with index.mutex:
        if keyslots.DEVICE in slots(index):
            return
        slot = keyslots.make_device_slot(locker_id, key)
        try:
            with index.write():
                put_slot(index, slot)
        except BaseException:
            with contextlib.suppress(SafeHelperError):
                keyslots.forget_device_key(slot, locker_id)
            raise


def remove_slot(index: Index, locker_id: str, kind: str) -> None:
    """Remove a slot; refused if it is the only way left to open the locker."""
    with index.mutex:
        with index.write():
            found = slots(index)
            slot = found.get(kind)
            if slot is None:
                return
            if len(found) == 1:
                raise SafeHelperError("locker.last_way_in")
            index.db.execute("DELETE FROM slots WHERE kind = ?", (kind,))
        if kind == keyslots.DEVICE:
            try:
                keyslots.forget_device_key(slot, locker_id)
            except SafeHelperError:
                # The wrapped key is gone from the index, so the leftover entry opens nothing.
                log.warning("locker: keyring entry could not be removed")
        log.info("locker: %s slot removed", kind)
