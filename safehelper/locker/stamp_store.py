"""How the locker keeps independent time stamps: chain records, and a sealed queue.

A stamp that arrived is a ``timestamp`` record in the chain (the target it
stamps in the clear, the token and its details sealed under the stamped
item's id), so the chain shows when each arrived and ``verify`` checks it like
any other record. What still waits is working state, not evidence: it is
kept sealed in the index's ``meta`` table and replaced as it changes, so
retries do not grow the chain. See :mod:`safehelper.locker.stamps`.
"""

from __future__ import annotations

import binascii
import json
import logging

from safehelper import crypto
from safehelper.locker import chain
from safehelper.locker.index import Index

log = logging.getLogger(__name__)

KIND = "timestamp"


def append(
    index: Index, key: bytes, locker_id: str, item_id: str, target: str, fields: dict[str, str]
) -> int:
    """Append a stamp for ``target`` (of record ``item_id``), ``fields`` sealed; its number."""
    with index.write():
        seq, _ = chain.append(index, key, locker_id, KIND, item_id, {"target": target}, fields)
    return seq


def read_all(index: Index, key: bytes) -> list[tuple[str, dict[str, str]]]:
    """Every stamp's ``(target, opened fields)``, oldest first; an unreadable one is left out."""
    rows = index.db.execute(
        "SELECT seq, item_id, record FROM entries WHERE kind = ? ORDER BY seq", (KIND,)
    ).fetchall()
    found = []
    for seq, item_id, record in rows:
        try:
            parsed = json.loads(bytes(record))
            purpose = chain.label(str(item_id), f"{KIND}:{seq}")
            found.append(
                (str(parsed["target"]), chain.open_fields(key, str(parsed["private"]), purpose))
            )
        except (ValueError, KeyError, TypeError, crypto.SealError):
            log.warning("locker: time stamp record %d could not be read", seq)  # verify names it
    return found


def _purpose(locker_id: str, name: str) -> bytes:
    return f"state:{name}:{locker_id}".encode()


def put_state(index: Index, key: bytes, locker_id: str, name: str, data: bytes) -> None:
    """Keep ``data`` sealed under ``name`` (replacing what was there)."""
    sealed = crypto.seal(key, data, _purpose(locker_id, name))
    with index.write():
        index.set_meta(f"state:{name}", chain.b64(sealed))


def get_state(index: Index, key: bytes, locker_id: str, name: str) -> bytes | None:
    """What :func:`put_state` kept under ``name``; None if nothing, or if it does not open."""
    stored = index.meta(f"state:{name}")
    if not stored:
        return None
    try:
        return crypto.open_sealed(key, chain.unb64(stored), _purpose(locker_id, name))
    except (crypto.SealError, binascii.Error, ValueError):
        log.warning("locker: saved state could not be opened; starting afresh")
        return None
