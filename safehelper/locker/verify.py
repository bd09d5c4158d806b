"""Checking a whole locker: every link of the chain, every sealed field, every picture.

The records are read in one snapshot; the long checking runs without the
locker's lock, so a window can keep listing items meanwhile. The first problem
is named in plain words, by item id and time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safehelper import crypto
from safehelper.errors import Phrase, SafeHelperError
from safehelper.locker import blobs
from safehelper.locker.chain import (
    GENESIS,
    canonical,
    chain_hash,
    head_label,
    label,
    open_fields,
    purged_ids,
    unb64,
    when,
)
from safehelper.locker.index import Index

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerifyReport:
    """The result of :meth:`Locker.verify`.

    ``checked`` is the number of items whose records and pictures were checked;
    ``finding`` names the first item that does not match, by id and time (the
    window shows it with ``describe``); ``problem`` is the same in English.
    """

    ok: bool
    checked: int
    finding: Phrase | None = None
    item_id: str | None = None

    @property
    def problem(self) -> str:
        """The finding in English ("" when all is well), for the command line and logs."""
        return str(self.finding) if self.finding is not None else ""


@dataclass(frozen=True)
class Subject:
    """The locker being checked, and how to ask about it while the check runs."""

    index: Index
    folder: Path
    locker_id: str
    key: bytes
    still_unlocked: Callable[[], bool]
    purged_since: Callable[[str], bool]


def run(subject: Subject, progress: Callable[[int, int], None] | None) -> VerifyReport:
    """Recompute the whole chain, decrypt every picture and check every SHA-256."""
    rows, sealed_head = subject.index.snapshot()
    purged = purged_ids(bytes(row[4]) for row in rows)
    times: dict[str, str] = {}
    prev_hash = GENESIS
    checked = 0
    total = len(rows)
    for done, (seq, kind, item_id, at, record, stored_hash) in enumerate(rows, start=1):
        if not subject.still_unlocked():
            raise SafeHelperError("locker.locked")
        item_id = str(item_id)
        stored = _Stored(int(seq), str(kind), item_id, str(at), bytes(record), str(stored_hash))
        problem = _check_record(subject, done, stored, prev_hash, purged, times)
        if problem and kind == "add" and subject.purged_since(item_id):
            problem = None  # deleted permanently while this check ran: nothing to compare
        if problem:
            moment = times.get(item_id, str(at))
            log.warning("locker: verify found a problem at record %d", seq)
            finding = Phrase("verify.item", item=item_id, time=when(moment), reason=problem)
            return VerifyReport(False, checked, finding, item_id)
        if kind == "add":
            checked += 1
        prev_hash = str(stored_hash)
        if progress is not None:
            progress(done, total)
    head_problem = _check_head(subject, rows, sealed_head)
    if head_problem:
        return VerifyReport(False, checked, head_problem, None)
    log.info("locker: verify passed (%d items)", checked)
    return VerifyReport(True, checked)


@dataclass(frozen=True)
class _Stored:
    """One row of the ``entries`` table."""

    seq: int
    kind: str
    item_id: str
    at: str
    record: bytes
    entry_hash: str


def _check_record(
    subject: Subject,
    position: int,
    stored: _Stored,
    prev_hash: str,
    purged: set[str],
    times: dict[str, str],
) -> Phrase | None:
    """Plain words for what is wrong with one record, or None if nothing is."""
    if stored.seq != position:
        return Phrase("verify.record_missing")
    if chain_hash(prev_hash, stored.record) != stored.entry_hash:
        return Phrase("verify.record_changed")
    try:
        record = json.loads(stored.record)
        consistent = (
            isinstance(record, dict)
            and canonical(record) == stored.record
            and record.get("seq") == stored.seq
            and record.get("kind") == stored.kind
            and record.get("item") == stored.item_id
            and record.get("at") == stored.at
        )
    except ValueError:
        consistent = False
    if not consistent:
        return Phrase("verify.record_changed")
    kind, item_id = stored.kind, stored.item_id
    if kind == "add":
        times[item_id] = str(record.get("captured_at", stored.at))
    if kind == "init" and record.get("locker") != subject.locker_id:
        return Phrase("verify.other_locker")
    if "private" in record:
        try:
            open_fields(subject.key, str(record["private"]), label(item_id, f"{kind}:{stored.seq}"))
        except crypto.SealError:
            return Phrase("verify.note_changed")
    if kind == "add" and item_id not in purged:
        return blobs.check(subject.folder, subject.key, item_id, record)
    return None


def _check_head(subject: Subject, rows: list[Any], sealed_head: str) -> Phrase | None:
    """The sealed newest (number, hash) must match the last record: none cut off or rebuilt."""
    if not rows:
        return Phrase("verify.no_records")
    seq, _, item_id, at, _, entry_hash = rows[-1]
    try:
        head = crypto.open_sealed(subject.key, unb64(sealed_head), head_label(subject.locker_id))
    except (crypto.SealError, ValueError):
        head = b""
    if head.decode("ascii", "replace") != f"{seq}:{entry_hash}":
        return Phrase("verify.head_missing", item=item_id, time=when(str(at)))
    return None
