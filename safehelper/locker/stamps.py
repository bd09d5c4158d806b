"""A locker's independent time stamps: what has one, what waits, and fetching the rest.

Two kinds of things are stamped (each a "target"):

- every saved picture, ``item:<id>``: the TSA signs the picture's SHA-256;
- every saved version of the incident details, ``chain:<seq>``: the TSA signs
  that record's chain hash, which also fixes every record before it.

A stamp is kept as a chain record of its own, its token sealed with the
locker's key (:meth:`Locker.add_timestamp`). What still waits, and why the last
try failed, is the queue (:mod:`safehelper.timestamps.retry`), kept sealed
outside the chain (:meth:`Locker.put_sealed_state`). Nothing here runs by
itself: the window (while the locker is unlocked and the option is on) or
``safehelper locker timestamp`` calls :meth:`LockerStamps.run`.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import requests
from cryptography import x509

from safehelper import incident
from safehelper.errors import SafeHelperError
from safehelper.locker.chain import GENESIS, ChainRecord
from safehelper.locker.facade import Locker
from safehelper.timestamps import retry
from safehelper.timestamps.protocol import TIMEOUT_SECONDS, Stamp, request_stamp
from safehelper.timestamps.retry import Pending

log = logging.getLogger(__name__)

QUEUE_STATE = "timestamp-queue"
ITEM = "item:"
CHAIN = "chain:"


@dataclass(frozen=True)
class Target:
    """One thing to stamp: its name, the record it belongs to, and the SHA-256 the TSA signs."""

    name: str
    item_id: str
    digest: str


@dataclass(frozen=True)
class RunResult:
    """What one :meth:`LockerStamps.run` did: targets stamped, and those that failed (why)."""

    stamped: list[str]
    failed: list[tuple[str, SafeHelperError]]


def stamps_by_target(records: Iterable[tuple[str, dict[str, str]]]) -> dict[str, Stamp]:
    """The newest readable stamp of each target, from :meth:`Locker.timestamp_records`."""
    stamps: dict[str, Stamp] = {}
    for target, fields in records:
        try:
            stamps[target] = Stamp.from_record(json.loads(fields["stamp"]))
        except (KeyError, ValueError, TypeError):
            log.warning("timestamps: a stored time stamp could not be read")
    return stamps


def item_stamps(records: Iterable[tuple[str, dict[str, str]]]) -> dict[str, Stamp]:
    """``item id -> stamp`` for the pictures among the stamps."""
    return {
        target.removeprefix(ITEM): stamp
        for target, stamp in stamps_by_target(records).items()
        if target.startswith(ITEM)
    }


def record_stamps(
    records: Iterable[tuple[str, dict[str, str]]], chain: Sequence[ChainRecord]
) -> dict[int, Stamp]:
    """``record number -> stamp`` for stamped incident-details records that sign their hash."""
    hashes = {r.seq: r.entry_hash for r in chain}
    found = {}
    for target, stamp in stamps_by_target(records).items():
        if target.startswith(CHAIN) and target.removeprefix(CHAIN).isdigit():
            seq = int(target.removeprefix(CHAIN))
            if hashes.get(seq) == stamp.digest:
                found[seq] = stamp
    return found


def incident_targets(records: Sequence[ChainRecord]) -> list[Target]:
    """Each saved version of the incident details, as a target signed by its chain hash."""
    targets = []
    for record in records:
        if record.kind == "document":
            try:
                name = json.loads(record.record).get("name")
            except ValueError:
                name = None
            if name == incident.DOCUMENT_NAME:
                targets.append(Target(f"{CHAIN}{record.seq}", record.item_id, record.entry_hash))
    return targets


class LockerStamps:
    """The time stamps of one open, unlocked locker."""

    def __init__(self, locker: Locker) -> None:
        self.locker = locker

    def stamps(self) -> dict[str, Stamp]:
        """Every stored stamp, by target."""
        return stamps_by_target(self.locker.timestamp_records())

    def targets(self) -> list[Target]:
        """Everything that can be stamped: every picture, then every incident-details record."""
        pictures = [
            Target(f"{ITEM}{item.id}", item.id, item.sha256)
            for item in sorted(self.locker.items(include_deleted=True), key=lambda i: i.captured_at)
        ]
        return pictures + incident_targets(self.locker.chain_records())

    def queue(self) -> dict[str, Pending]:
        """The waiting and failed requests, by target."""
        data = self.locker.get_sealed_state(QUEUE_STATE)
        if data is None:
            return {}
        try:
            entries = [Pending.from_record(r) for r in json.loads(data)]
        except (ValueError, KeyError, TypeError):
            log.warning("timestamps: the queue could not be read; starting afresh")
            return {}
        return {e.target: e for e in entries}

    def _save(self, queue: dict[str, Pending]) -> None:
        data = json.dumps([e.to_record() for e in queue.values()], sort_keys=True)
        self.locker.put_sealed_state(QUEUE_STATE, data.encode("utf-8"))

    def status(self) -> dict[str, Pending]:
        """Where each target stands: received (from its stamp), waiting or failed."""
        known = dict(self.queue())
        for target, stamp in self.stamps().items():
            known[target] = retry.after_success(Pending(target), stamp.tsa_name, stamp.stamped_at)
        return known

    def enqueue_missing(self, *, again: bool = False) -> list[str]:
        """Queue every target that has no stamp yet; the targets newly queued.

        With ``again`` (the user asked), entries that stopped retrying start over.
        """
        stamped = set(self.stamps())
        queue = self.queue()
        added = []
        changed = False
        for target in self.targets():
            if target.name in stamped:
                continue
            entry = queue.get(target.name)
            if entry is None:
                queue[target.name] = Pending(target.name)
                added.append(target.name)
                changed = True
            elif again and entry != retry.retry_now(entry):
                queue[target.name] = retry.retry_now(entry)
                changed = True
        if changed:  # a look that finds nothing new writes nothing
            self._save(queue)
        return added

    def _message(self, target: Target) -> bytes:
        """The bytes whose SHA-256 the TSA signs: the picture, or previous hash ‖ record."""
        if target.name.startswith(ITEM):
            return self.locker.read_image(target.item_id)
        seq = int(target.name.removeprefix(CHAIN))
        records = self.locker.chain_records()
        previous = records[seq - 2].entry_hash if seq > 1 else GENESIS
        return bytes.fromhex(previous) + records[seq - 1].record

    def run(
        self,
        url: str,
        roots: Sequence[x509.Certificate],
        now: Callable[[], datetime],
        *,
        due_only: bool = True,
        timeout: float = TIMEOUT_SECONDS,
        session: requests.Session | None = None,
        between: Callable[[], bool] | None = None,
        progress: Callable[[str, Pending], None] | None = None,
    ) -> RunResult:
        """Ask the TSA at ``url`` for each queued target (only those due, unless not ``due_only``).

        A valid stamp is stored in the chain; a failure is recorded in the queue
        with its reason and next try; saving never waits on either. ``between()``
        runs before each request after the first (it may pause to pace a TSA) and
        stops the run when it returns False; ``progress(target, entry)`` follows each.
        """
        queue = self.queue()
        targets = {t.name: t for t in self.targets()}
        for name in [n for n in queue if n not in targets]:
            del queue[name]  # its item was deleted for good
        chosen = retry.due(queue.values(), now()) if due_only else list(queue.values())
        result = RunResult([], [])
        for number, entry in enumerate(e for e in chosen if e.state != retry.RECEIVED):
            if number and between is not None and not between():
                break
            target = targets[entry.target]
            try:
                stamp = self._fetch(target, url, roots, timeout, session)
            except SafeHelperError as exc:
                outcome = retry.after_failure(entry, exc.code, str(exc), now(), params=exc.params)
                queue[entry.target] = outcome
                result.failed.append((entry.target, exc))
                log.debug("timestamps: a request failed (%s)", exc.code)
            else:
                self.locker.add_timestamp(
                    target.item_id, target.name, {"stamp": json.dumps(stamp.to_record())}
                )
                outcome = retry.after_success(entry, stamp.tsa_name, stamp.stamped_at)
                del queue[entry.target]
                result.stamped.append(entry.target)
            self._save(queue)
            if progress is not None:
                progress(entry.target, outcome)
        return result

    def _fetch(
        self,
        target: Target,
        url: str,
        roots: Sequence[x509.Certificate],
        timeout: float,
        session: requests.Session | None,
    ) -> Stamp:
        message = self._message(target)
        if hashlib.sha256(message).hexdigest() != target.digest:
            raise SafeHelperError("timestamp.locker_damaged")
        return request_stamp(message, url, roots, timeout=timeout, session=session)
