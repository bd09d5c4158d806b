"""Fetching independent time stamps in the background, only while they may be fetched.

The privacy promise decides when this talks to the network: never while the
option is off, never at start-up, never while the locker is locked. While the
locker is unlocked it looks once a minute (for pictures saved meanwhile, or
the option just turned on), at once when poked, and when a failed request is
due again; each round is one job in the shell's registry
(:mod:`safehelper.locker.stamps` does the work), so Hide now and quitting stop
it like any other. A failure is kept in the queue with its reason, shown in
the item's details; saving never waits for a stamp.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from safehelper.errors import SafeHelperError

from .context import AppContext
from .jobs import Job, JobControl

if TYPE_CHECKING:  # types only: the protocol code and datetime load when a round first runs
    from datetime import datetime

    from cryptography import x509

log = logging.getLogger(__name__)

# How often a round looks for pictures saved meanwhile (one minute after a save, at most).
POLL_MS = 60 * 1000


def _now() -> datetime:
    from datetime import UTC, datetime  # the shell makes the runner before the first paint

    return datetime.now(UTC)


class StampRunner(QObject):
    """Runs rounds of time-stamp requests while the locker is unlocked and the option is on."""

    finished_round = Signal()  # stamps arrived or failed: the item details may refresh

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        extra_roots: Sequence[x509.Certificate] = (),
        now: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.extra_roots = list(extra_roots)  # a TSA's own root, when set up for one
        self._now = now
        self._job: Job[datetime | None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._round)
        ctx.locker.unlocked.connect(self.poke)
        ctx.locker.locked.connect(self.stop)

    def poke(self) -> None:
        """Look soon (after an unlock or a save); while unlocked it looks again every minute.

        A look with the option off sends nothing; it only notices the option
        being turned on in the settings.
        """
        if self.ctx.locker.is_unlocked:
            self._timer.start(0)

    def stop(self) -> None:
        """No more rounds until the next unlock; a running one stops at its next request."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()

    def is_running(self) -> bool:
        """Whether a round is in progress."""
        return self._job is not None

    def _round(self) -> None:
        locker = self.ctx.locker.unlocked_locker()
        if locker is None or self._job is not None:
            return
        if not self.ctx.settings.timestamps_on:
            self._timer.start(POLL_MS)
            return
        from safehelper.locker.stamps import LockerStamps
        from safehelper.timestamps import retry
        from safehelper.timestamps.authorities import authority_for, configured_url, trusted_roots

        try:
            url = configured_url(self.ctx.settings.timestamp_url)
        except SafeHelperError:
            log.warning("timestamps: the time-stamp address in the settings is not usable")
            self._timer.start(POLL_MS)
            return
        roots = trusted_roots(self.extra_roots)
        listed = authority_for(url)
        pause = listed.min_interval_seconds if listed is not None else 0.0

        def work(control: JobControl) -> datetime | None:
            stamps = LockerStamps(locker)
            stamps.enqueue_missing()

            def between() -> bool:
                deadline = time.monotonic() + pause
                while time.monotonic() < deadline and not control.cancelled():
                    time.sleep(0.1)  # the TSA asks clients to wait between requests
                return not control.cancelled()

            stamps.run(url, roots, self._now, between=between)
            return retry.next_wake(stamps.queue().values())

        self._job = self.ctx.jobs.start(
            Job("timestamps", work, self._done, self._failed, owner=self)
        )

    def _done(self, wake: datetime | None) -> None:
        self._job = None
        self.finished_round.emit()
        if not self.ctx.locker.is_unlocked:
            return
        wait = POLL_MS
        if wake is not None:
            wait = min(wait, max(0, int((wake - self._now()).total_seconds() * 1000)))
        self._timer.start(wait)

    def _failed(self, error: SafeHelperError) -> None:
        log.debug("timestamps: a round stopped (%s)", error.code)
        self._done(None)
