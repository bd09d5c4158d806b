"""The one way the face runs slow work: a typed job on a worker thread, and its registry.

Disk, crypto and network calls that can take longer than a frame (an import,
an export, a passphrase's scrypt, the alert's HTTP request) run in a
:class:`Job`. The work gets a :class:`JobControl` to report progress and to
ask whether Cancel was pressed; its result (a value of type ``T``) or its
plain error (a :class:`SafeHelperError`) comes back on the GUI thread through
typed callbacks. Any other exception is a bug: it is logged by its type only
(a message can carry a secret address or a file name) and reaches the person
as a calm "something went wrong", never lost and never a crash.

The :class:`JobRegistry` belongs to the application shell. It keeps every job
alive until its thread has ended (Qt aborts the process if a running thread
is destroyed), cancels them all on Hide now, and at quit cancels then waits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal

from safehelper.errors import SafeHelperError

log = logging.getLogger(__name__)

T = TypeVar("T")

# The error code a bug in a job becomes: "Something went wrong. Nothing you saved is lost..."
UNEXPECTED = "app.unexpected"


class JobControl:
    """What the work sees of its job: report progress, and ask whether to stop."""

    def __init__(self, progressed: Callable[[int, int], None], stop: threading.Event) -> None:
        self._progressed = progressed
        self._stop = stop

    def progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps are finished (shown as a progress bar)."""
        self._progressed(done, total)

    def cancelled(self) -> bool:
        """Whether Cancel, Hide now or quitting asked the work to stop at its next step."""
        return self._stop.is_set()


class _Thread(QThread):
    """The worker thread; its signals are queued to the job's receiver on the GUI thread."""

    progressed = Signal(int, int)
    settled = Signal()

    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body

    def run(self) -> None:
        """Run the job's body (which never raises)."""
        self._body()


class _Receiver(QObject):
    """Lives on the GUI thread, so the job's callbacks run there."""

    def __init__(self, job: Job[Any]) -> None:
        super().__init__()
        self._job = job

    def progressed(self, done: int, total: int) -> None:
        self._job._report_progress(done, total)

    def settled(self) -> None:
        self._job._deliver()


def _ignore_error(_error: SafeHelperError) -> None:
    return None


class Job(Generic[T]):
    """``work(control) -> T`` on a worker thread; ``on_done(T)`` or ``on_error(error)`` after.

    Exactly one of ``on_done``/``on_error`` is called, on the GUI thread, once
    the work returns, also when it was cancelled (the work decides what a
    cancel returns: an import returns what it saved so far), unless ``owner``
    (the window that asked) has been deleted by then. ``name`` says in the log
    which job failed. A bug (any exception but :class:`SafeHelperError`) reaches
    ``on_error`` as the plain error :data:`UNEXPECTED`.

    Start a job through :meth:`JobRegistry.start`, never on its own.
    """

    def __init__(
        self,
        name: str,
        work: Callable[[JobControl], T],
        on_done: Callable[[T], None],
        on_error: Callable[[SafeHelperError], None] = _ignore_error,
        *,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        self.name = name
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._stop = threading.Event()
        self._result: tuple[T] | None = None
        self._error: SafeHelperError | None = None
        self._delivered = False
        self.thread = _Thread(self._body)
        # A child of ``owner``: when the window that asked is gone, so are its callbacks.
        self._receiver = _Receiver(self)
        if owner is not None:
            self._receiver.setParent(owner)
        queued = Qt.ConnectionType.QueuedConnection
        self.thread.progressed.connect(self._receiver.progressed, queued)
        self.thread.settled.connect(self._receiver.settled, queued)

    def cancel(self) -> None:
        """Ask the work to stop at its next step (it never stops halfway through a step)."""
        self._stop.set()

    def is_running(self) -> bool:
        """True until the worker thread has ended."""
        return self.thread.isRunning()

    def _body(self) -> None:
        control = JobControl(self.thread.progressed.emit, self._stop)
        try:
            self._result = (self._work(control),)
        except SafeHelperError as exc:
            self._error = exc
        except Exception as exc:
            # The type only: a library's message can hold an address, a path or a secret.
            log.warning("%s: failed unexpectedly (%s)", self.name, type(exc).__name__)
            self._error = SafeHelperError(UNEXPECTED)
        self.thread.settled.emit()

    def _report_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    def _deliver(self) -> None:
        if self._delivered:
            return
        self._delivered = True
        result, error = self._result, self._error
        # Nothing of the result stays behind (an item holds decrypted details): the
        # receiver, a child of a window that lives on, goes, and the job keeps nothing.
        self._result = self._error = None
        self._receiver.deleteLater()
        if result is not None:
            self._on_done(result[0])
        elif error is not None:
            self._on_error(error)


class JobRegistry(QObject):
    """Every running job in the app, owned by the shell.

    Holding the jobs here (not in the page or dialog that started them) means
    closing a window never destroys a running thread.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job[Any]] = []

    def start(self, job: Job[T]) -> Job[T]:
        """Keep ``job`` alive and start it; returns it, for chaining."""
        self._jobs.append(job)
        job.thread.finished.connect(self._sweep, Qt.ConnectionType.QueuedConnection)
        job.thread.start()
        return job

    def _sweep(self) -> None:
        """A thread ended: let go of every job whose thread is over."""
        self._jobs = [job for job in self._jobs if not job.thread.isFinished()]

    def running(self) -> list[str]:
        """The names of the jobs whose thread has not ended yet."""
        return [job.name for job in self._jobs if job.is_running()]

    def is_idle(self) -> bool:
        """True when no job is running or waiting to be cleaned up."""
        return not self._jobs

    def cancel_all(self) -> None:
        """Hide now: every job stops at its next step (nothing waits here)."""
        for job in self._jobs:
            job.cancel()

    def wait_all(self) -> None:
        """Quit: cancel every job, then wait for each thread to end.

        Every job is bounded (files one at a time, network calls with a time
        limit), so this returns; it must, before Qt destroys the threads.
        """
        self.cancel_all()
        for job in list(self._jobs):
            job.thread.wait()
        self._jobs.clear()
