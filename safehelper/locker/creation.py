"""Making a new locker: its key slots, its index and its first record, all or nothing.

The locker is built in a hidden folder beside its place and renamed into place at
the end, so a crash never leaves a half-made locker; hidden leftovers of an earlier
crash are removed first (they hold no evidence).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
from pathlib import Path

from safehelper import crypto, keychain, keyslots, paths
from safehelper.errors import SafeHelperError
from safehelper.locker import access, chain
from safehelper.locker.blobs import BLOB_DIR
from safehelper.locker.index import INDEX_NAME, Index

log = logging.getLogger(__name__)


def build(folder: Path, *, passphrase: str | None, use_device: bool) -> bytes:
    """Create the locker at ``folder`` and return its new data key.

    A device slot is made when ``use_device`` is true and the OS keyring is
    secure; a passphrase slot when ``passphrase`` is given. At least one is
    required: with no safe keyring and no passphrase this refuses in plain
    words rather than keeping a key in the clear.
    """
    if (folder / INDEX_NAME).is_file():
        raise SafeHelperError("locker.exists")
    if passphrase is not None:
        keyslots.check_passphrase_strength(passphrase)
    status = keychain.backend_status()
    want_device = use_device and status.secure
    if not want_device and passphrase is None:
        if use_device:
            raise SafeHelperError("keyring.none_use_passphrase")
        raise SafeHelperError("locker.choose_passphrase")
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SafeHelperError(
            "locker.cannot_make_folder", reason=paths.describe_os_error(exc)
        ) from exc
    _remove_stale_staging(parent, folder.name)
    staging = parent / f".{folder.name}.new-{secrets.token_hex(6)}"
    locker_id = secrets.token_hex(16)
    data_key = crypto.new_key()
    slots: list[keyslots.KeySlot] = []
    try:
        paths.ensure_private_dir(staging)
        paths.ensure_private_dir(staging / BLOB_DIR)
        if want_device:
            try:
                slots.append(keyslots.make_device_slot(locker_id, data_key))
            except SafeHelperError:
                if passphrase is None:
                    raise
                log.info("locker: keyring refused a device slot; passphrase only")
        if passphrase is not None:
            slots.append(keyslots.make_passphrase_slot(locker_id, data_key, passphrase))
        _build_index(staging, locker_id, data_key, slots)
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        os.rename(staging, folder)
    except OSError as exc:
        _undo(staging, slots, locker_id)
        raise SafeHelperError("locker.cannot_make", reason=paths.describe_os_error(exc)) from exc
    except BaseException:
        _undo(staging, slots, locker_id)
        raise
    # The locker exists from the rename on: a failed flush must not undo its slots.
    with contextlib.suppress(OSError):
        paths.fsync_dir(parent)
    log.info("locker: created with %d slot(s)", len(slots))
    return data_key


def _build_index(
    staging: Path, locker_id: str, data_key: bytes, slots: list[keyslots.KeySlot]
) -> None:
    """The tables, the slots and the ``init`` record, in one transaction."""
    index = Index.create(staging / INDEX_NAME)
    try:
        with index.write():
            index.add_tables(locker_id)
            for slot in slots:
                access.put_slot(index, slot)
            chain.append(index, data_key, locker_id, "init", locker_id, {"locker": locker_id}, None)
    finally:
        index.close()


def _undo(staging: Path, slots: list[keyslots.KeySlot], locker_id: str) -> None:
    shutil.rmtree(staging, ignore_errors=True)
    for slot in slots:
        if slot.kind == keyslots.DEVICE:
            with contextlib.suppress(SafeHelperError):
                keyslots.forget_device_key(slot, locker_id)


def _remove_stale_staging(parent: Path, name: str) -> None:
    """Half-made lockers from a crash during :func:`build` hold no evidence: remove them."""
    for stale in parent.glob(f".{name}.new-*"):
        shutil.rmtree(stale, ignore_errors=True)
