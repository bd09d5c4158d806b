"""Waiting, retrying and giving up: the life of one time-stamp request, as plain data.

Saving never waits for a time stamp. Each saved item (and each incident-detail
record) gets a :class:`Pending` entry; whoever runs the queue (the app while the
locker is open, or ``safehelper locker timestamp``) asks :func:`due` what to
send now, and records each outcome with :func:`after_failure` or
:func:`after_success`. Failures wait longer each time (30 s, 1 min, 2 min...
up to 6 h, with a little random spread so many items do not retry in step),
and after :data:`MAX_AUTOMATIC_TRIES` the queue stops trying on its own until
the user asks again (:func:`retry_now`). Nothing here touches the network, the
clock or the disk: the locker persists these records (encrypted) and passes
``now`` in.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=6)
MAX_AUTOMATIC_TRIES = 12

WAITING = "waiting"
RECEIVED = "received"
FAILED = "failed"


@dataclass(frozen=True)
class Pending:
    """Where one target's time stamp stands. ``target`` is an item id or ``chain:<seq>``."""

    target: str
    state: str = WAITING
    tries: int = 0
    next_try: datetime | None = None  # None: as soon as possible (or, once given up, never)
    reason: str = ""  # the last failure's short code (see StampError.reason)
    message: str = ""  # the last failure in plain (English) words
    params: dict[str, str] = field(default_factory=dict)  # its values, for a translation
    tsa: str = ""  # who stamped it, once received
    received_at: datetime | None = None  # the TSA's time, once received

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready form for the locker to store (encrypted)."""
        return {
            "target": self.target,
            "state": self.state,
            "tries": self.tries,
            "next_try": self.next_try.isoformat() if self.next_try else None,
            "reason": self.reason,
            "message": self.message,
            "params": self.params,
            "tsa": self.tsa,
            "received_at": self.received_at.isoformat() if self.received_at else None,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Pending:
        """The entry stored by :meth:`to_record`."""

        def moment(value: Any) -> datetime | None:
            return datetime.fromisoformat(value) if isinstance(value, str) else None

        return cls(
            target=str(record["target"]),
            state=str(record.get("state", WAITING)),
            tries=int(record.get("tries", 0)),
            next_try=moment(record.get("next_try")),
            reason=str(record.get("reason", "")),
            message=str(record.get("message", "")),
            params={str(k): str(v) for k, v in dict(record.get("params") or {}).items()},
            tsa=str(record.get("tsa", "")),
            received_at=moment(record.get("received_at")),
        )

    @property
    def gave_up(self) -> bool:
        """True when the queue no longer retries on its own (the user can still ask)."""
        return self.state == FAILED and self.next_try is None


def wait_after(tries: int, spread: float | None = None) -> timedelta:
    """How long to wait after ``tries`` failed tries: doubling from 30 s, at most 6 h.

    ``spread`` (0..1, random when None) adds up to a fifth more, so items that
    failed together do not all come back at the same second.
    """
    base = min(FIRST_WAIT * (2 ** max(0, tries - 1)), LONGEST_WAIT)
    spread = random.random() if spread is None else spread  # noqa: S311 (timing, not secrecy)
    return base + base * 0.2 * spread


def after_failure(
    entry: Pending,
    reason: str,
    message: str,
    now: datetime,
    spread: float | None = None,
    params: Mapping[str, object] | None = None,
) -> Pending:
    """The entry after a failed try: its reason kept, its next try pushed back (or given up).

    ``reason`` is the error's code and ``params`` its values, so a window can
    say it in the user's language; ``message`` is the English words.
    """
    tries = entry.tries + 1
    next_try = None if tries >= MAX_AUTOMATIC_TRIES else now + wait_after(tries, spread)
    return replace(
        entry,
        state=FAILED,
        tries=tries,
        next_try=next_try,
        reason=reason,
        message=message,
        params={k: str(v) for k, v in (params or {}).items()},
    )


def after_success(entry: Pending, tsa: str, stamped_at: datetime) -> Pending:
    """The entry once a valid stamp is stored: nothing more to do for it."""
    return replace(
        entry,
        state=RECEIVED,
        tries=entry.tries + 1,
        next_try=None,
        reason="",
        message="",
        params={},
        tsa=tsa,
        received_at=stamped_at,
    )


def retry_now(entry: Pending) -> Pending:
    """The entry made due at once, with a fresh allowance of automatic tries (a user's request)."""
    if entry.state == RECEIVED:
        return entry
    return replace(entry, state=WAITING, tries=0, next_try=None)


def due(entries: Iterable[Pending], now: datetime) -> list[Pending]:
    """The entries to send now, the longest-waiting first."""
    ready = [
        e
        for e in entries
        if e.state == WAITING
        or (e.state == FAILED and e.next_try is not None and e.next_try <= now)
    ]
    return sorted(ready, key=lambda e: (e.next_try is not None, e.next_try or now, e.target))


def next_wake(entries: Iterable[Pending]) -> datetime | None:
    """When the queue next has something to send (None: nothing scheduled)."""
    times = [e.next_try for e in entries if e.state == FAILED and e.next_try is not None]
    return min(times) if times else None


def describe(entry: Pending | None) -> str:
    """``time stamp: waiting`` / ``received at ... from ...`` / ``failed: why``, for a person."""
    if entry is None:
        return "no independent time stamp"
    if entry.state == RECEIVED and entry.received_at is not None:
        when = entry.received_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        return f"time stamp: received at {when} from {entry.tsa}"
    if entry.state == FAILED:
        later = (
            "SafeHelper will try again later."
            if entry.next_try is not None
            else "SafeHelper stopped trying; ask again to retry."
        )
        return f"time stamp: failed: {entry.message} {later}"
    return "time stamp: waiting"
