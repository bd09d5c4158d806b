"""The chain of records: their one byte form, their hashes, and replaying them.

The index holds an append-only list of records: ``init``, ``add``, ``note`` (a
changed note), ``delete``, ``restore``, ``purge`` (deleted permanently) and
``document`` (a named encrypted record such as the incident details). Each
record is stored as canonical JSON, and its ``entry_hash = SHA-256(previous
entry_hash ‖ record bytes)``; the first record follows 64 zero hex digits. The
newest (number, hash) pair is also sealed with the data key, so that rebuilding
the chain or cutting records off its end is noticed by someone holding the key.
What an item looks like now is the result of replaying its records.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from safehelper import crypto
from safehelper.errors import Phrase
from safehelper.locker.index import Index, db_error

log = logging.getLogger(__name__)

GENESIS = "0" * 64
RECORD_VERSION = 1
# Sealed fields are padded to a multiple of this, so their length hints little at a note's.
_PAD_BYTES = 64


@dataclass(frozen=True)
class ChainRecord:
    """One record of the chain, exactly as stored, for an export pack to include."""

    seq: int
    kind: str
    item_id: str
    record: bytes
    entry_hash: str


def canonical(record: dict[str, Any]) -> bytes:
    """The one byte form of a record that its hash is computed over (sorted keys, no spaces)."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def chain_hash(prev_hash: str, record_bytes: bytes) -> str:
    """``SHA-256(previous hash ‖ record bytes)`` as hex: the link that makes the chain."""
    return hashlib.sha256(bytes.fromhex(prev_hash) + record_bytes).hexdigest()


def iso(moment: datetime) -> str:
    """A time as it is written in records: UTC, ISO 8601, microseconds."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def label(item_id: str, what: str) -> bytes:
    """The associated data that binds a sealed value to its item and purpose."""
    return f"{item_id}:{what}".encode()


def b64(data: bytes) -> str:
    """Bytes as base64 text, for JSON."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Strict base64 text back to bytes."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def when(text: str) -> str | Phrase:
    """A record's time for a person to read, or "at an unknown time"."""
    try:
        return datetime.fromisoformat(text).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return Phrase("verify.unknown_time")


def head_label(locker_id: str) -> bytes:
    """The associated data of the sealed chain head."""
    return f"chain-head:{locker_id}".encode("ascii")


def seal_fields(key: bytes, fields: dict[str, str], purpose: bytes) -> str:
    """Encrypt a record's sensitive fields, padded so their length says little."""
    plain = json.dumps(fields, ensure_ascii=False).encode("utf-8")
    plain += b" " * (-len(plain) % _PAD_BYTES)
    return b64(crypto.seal(key, plain, purpose))


def open_fields(key: bytes, sealed: str, purpose: bytes) -> dict[str, str]:
    """Decrypt fields sealed by :func:`seal_fields`; :class:`crypto.SealError` if they fail."""
    try:
        data = json.loads(crypto.open_sealed(key, unb64(sealed), purpose).decode("utf-8"))
    except (binascii.Error, ValueError, crypto.SealError) as exc:
        raise crypto.SealError("sealed fields did not open") from exc
    if not isinstance(data, dict):
        raise crypto.SealError("sealed fields are not a record")
    return {str(k): str(v) for k, v in data.items()}


def append(
    index: Index,
    key: bytes,
    locker_id: str,
    kind: str,
    item_id: str,
    public: dict[str, Any],
    private: dict[str, str] | None,
) -> tuple[int, str]:
    """Add one record to the chain and reseal its head. Must run inside ``index.write()``."""
    db = index.db
    row = db.execute("SELECT seq, entry_hash FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
    prev_seq, prev_hash = (int(row[0]), str(row[1])) if row else (0, GENESIS)
    seq = prev_seq + 1
    at = iso(datetime.now(UTC))
    record: dict[str, Any] = {
        "v": RECORD_VERSION,
        "seq": seq,
        "kind": kind,
        "item": item_id,
        "at": at,
        **public,
    }
    if private is not None:
        record["private"] = seal_fields(key, private, label(item_id, f"{kind}:{seq}"))
    record_bytes = canonical(record)
    entry_hash = chain_hash(prev_hash, record_bytes)
    db.execute(
        "INSERT INTO entries (seq, kind, item_id, at, record, entry_hash) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (seq, kind, item_id, at, record_bytes, entry_hash),
    )
    head = crypto.seal(key, f"{seq}:{entry_hash}".encode("ascii"), head_label(locker_id))
    index.set_meta("head", b64(head))
    return seq, entry_hash


def head(index: Index) -> str:
    """The newest record's hash (:data:`GENESIS` for an empty chain)."""
    with index.mutex:
        row = index.db.execute(
            "SELECT entry_hash FROM entries ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return str(row[0]) if row else GENESIS


def records(index: Index) -> list[ChainRecord]:
    """Every record as stored, oldest first."""
    with index.mutex:
        rows = index.db.execute(
            "SELECT seq, kind, item_id, record, entry_hash FROM entries ORDER BY seq"
        ).fetchall()
        return [ChainRecord(int(s), str(k), str(i), bytes(r), str(h)) for s, k, i, r, h in rows]


def purged_ids(stored: Iterable[bytes]) -> set[str]:
    """The ids named by readable ``purge`` records; unreadable records are skipped."""
    purged = set()
    for record in stored:
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            parsed = json.loads(record)
            if parsed.get("kind") == "purge":
                purged.add(str(parsed.get("item")))
    return purged


@dataclass
class ItemState:
    """An item as its records so far describe it (the sensitive fields still sealed)."""

    item_id: str
    add_seq: int
    entry_hash: str
    record: dict[str, Any]
    note_seq: int = 0
    note_sealed: str = ""
    deleted: bool = False
    purged: bool = False


class Replay:
    """The items and documents that the records read so far add up to."""

    def __init__(self) -> None:
        """Nothing read yet: the first :meth:`refresh` reads every record."""
        self.states: dict[str, ItemState] = {}
        # document name -> (record item id, record number, sealed data) of the newest version
        self.documents: dict[str, tuple[str, int, str]] = {}
        self._seen_seq = 0

    def refresh(self, index: Index) -> list[tuple[str, int]]:
        """Apply records added since the last look (by this process or another one).

        Returns ``(item id, add record number)`` of items deleted permanently meanwhile,
        so their decrypted fields can be forgotten.
        """
        try:
            rows = index.db.execute(
                "SELECT seq, record, entry_hash FROM entries WHERE seq > ? ORDER BY seq",
                (self._seen_seq,),
            ).fetchall()
        except sqlite3.Error as exc:
            raise db_error(exc) from exc
        purged: list[tuple[str, int]] = []
        for seq, record, entry_hash in rows:
            self._seen_seq = int(seq)
            try:
                parsed = json.loads(bytes(record))
                gone = self._apply(int(seq), parsed, str(entry_hash))
            except (ValueError, KeyError, TypeError, AttributeError):
                # verify() names it; the rest of the locker stays readable meanwhile.
                log.warning("locker: record %d could not be read", seq)
                continue
            if gone is not None:
                purged.append(gone)
        return purged

    def _apply(self, seq: int, record: dict[str, Any], entry_hash: str) -> tuple[str, int] | None:
        kind = record["kind"]
        item_id = str(record["item"])
        if kind == "add":
            self.states[item_id] = ItemState(item_id, seq, entry_hash, record)
            return None
        if kind == "document":
            self.documents[str(record["name"])] = (item_id, seq, str(record["private"]))
            return None
        state = self.states.get(item_id)
        if state is None:
            return None
        if kind == "note":
            state.note_seq = seq
            state.note_sealed = str(record["private"])
        elif kind == "delete":
            state.deleted = True
        elif kind == "restore":
            state.deleted = False
        elif kind == "purge":
            state.purged = True
            return item_id, state.add_seq
        return None
