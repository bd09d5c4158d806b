"""The chain head kept outside the index, so an index put back from an older copy is noticed.

The index seals its own newest (number, hash) pair, but whoever copies the whole
index file aside and puts it back later (a rollback) brings that seal along: the
copy is whole and consistent, it only lacks the newest items. So after every
commit the same sealed pair is also written to ``index.anchor`` next to the
index and, when the locker has a device slot, to this computer's keyring. An
index that does not contain the anchored record was replaced or rolled back.

What this cannot catch: someone who puts back the index *and* the anchor file
from the same moment (and, for a locker with a device slot, the keyring entry
too). Anything that can write every copy can roll them all back together.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from safehelper import crypto, keychain, paths
from safehelper.errors import SafeHelperError
from safehelper.locker.chain import b64, head_label, unb64
from safehelper.locker.index import ANCHOR_NAME, Index

log = logging.getLogger(__name__)

# Far more than an anchor needs; a bigger file is not one.
_MAX_BYTES = 4096


@dataclass(frozen=True)
class Anchor:
    """The newest record as last anchored: its number, hash, and the two sealed together."""

    seq: int
    entry_hash: str
    sealed: str

    def to_bytes(self) -> bytes:
        """The anchor's one stored form (JSON)."""
        fields = {"seq": self.seq, "hash": self.entry_hash, "sealed": self.sealed}
        return json.dumps(fields, sort_keys=True).encode("ascii")

    @classmethod
    def parse(cls, data: bytes | str) -> Anchor | None:
        """The anchor in ``data``, or ``None`` if it is not one."""
        try:
            fields = json.loads(data)
            anchor = cls(int(fields["seq"]), str(fields["hash"]), str(fields["sealed"]))
        except (ValueError, TypeError, KeyError, RecursionError):
            return None
        return anchor if anchor.seq > 0 else None

    def is_sealed_by(self, key: bytes, locker_id: str) -> bool:
        """Whether the sealed pair opens with the data key and says the same number and hash."""
        try:
            pair = crypto.open_sealed(key, unb64(self.sealed), head_label(locker_id))
        except (crypto.SealError, ValueError):
            return False
        return pair == f"{self.seq}:{self.entry_hash}".encode("ascii")


def keyring_entry_name(locker_id: str) -> str:
    """The keyring entry holding a locker's anchor (next to its device key's entry)."""
    return f"locker-{locker_id}-head"


def new(seq: int, entry_hash: str, sealed: bytes) -> Anchor:
    """The anchor for a record just appended, sealed as the index's own head is."""
    return Anchor(seq, entry_hash, b64(sealed))


def write(folder: Path, anchor: Anchor, *, locker_id: str, to_keyring: bool) -> None:
    """Keep ``anchor`` in the file next to the index and, if asked, in the keyring.

    Called after the record's commit: a crash in between leaves the anchor one
    record behind, which :func:`is_rolled_back` allows. Failures are logged, not
    raised: the record is saved, and verify will say if the anchor fell behind.
    """
    try:
        with paths.replacing(folder / ANCHOR_NAME, sync_folder=False) as handle:
            handle.write(anchor.to_bytes())
    except OSError as exc:
        log.warning("locker: the chain anchor could not be written (%s)", type(exc).__name__)
    if to_keyring:
        try:
            keychain.set_secret(keyring_entry_name(locker_id), anchor.to_bytes().decode("ascii"))
        except SafeHelperError:
            log.warning("locker: the chain anchor could not be kept in the keyring")


def read_file(folder: Path) -> Anchor | None:
    """The anchor file's anchor, or ``None`` if there is none (a locker made before anchors)."""
    try:
        with open(folder / ANCHOR_NAME, "rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except OSError:
        return None
    return Anchor.parse(data) if len(data) <= _MAX_BYTES else None


def read_keyring(locker_id: str) -> Anchor | None:
    """The keyring's copy of the anchor, or ``None`` if there is none or no keyring answers."""
    with contextlib.suppress(SafeHelperError):
        value = keychain.get_secret(keyring_entry_name(locker_id))
        if value is not None and len(value) <= _MAX_BYTES:
            return Anchor.parse(value)
    return None


def forget_keyring(locker_id: str) -> None:
    """Remove the keyring's copy (with the device slot: the file copy remains)."""
    with contextlib.suppress(SafeHelperError):
        keychain.delete_secret(keyring_entry_name(locker_id))


def is_rolled_back(index: Index, anchor: Anchor) -> bool:
    """Whether the index lacks the anchored record: it is older than the locker, or replaced.

    An index ahead of its anchor is fine (the anchor is written after each commit).
    """
    with index.mutex:
        try:
            row = index.db.execute(
                "SELECT entry_hash FROM entries WHERE seq = ?", (anchor.seq,)
            ).fetchone()
        except sqlite3.Error as exc:
            raise index.error(exc) from exc
    return row is None or str(row[0]) != anchor.entry_hash
