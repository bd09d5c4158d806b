"""Reference cycles are collected on the GUI thread, never on a job's thread.

A collection on a worker can delete Qt objects from the wrong thread and crash
the app; this reproduces the set-up of that crash (a cycle left behind, then a
job that allocates a lot) with a finaliser that records where it ran.
"""

from __future__ import annotations

import gc
import threading

from safehelper_ui.app import SafeHelperApp
from safehelper_ui.jobs import Job, JobControl, JobRegistry


class Finalised:
    """A member of a reference cycle that notes the thread it was finalised on."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.partner: object = self

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_a_job_that_allocates_a_lot_never_collects_the_gui_threads_cycles(
    qapp: SafeHelperApp, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(qapp, SafeHelperApp)
    assert not gc.isenabled()  # the app switched automatic collection off
    seen: list[str] = []
    gc.collect()  # start from empty counts, so only the job can cross a threshold
    Finalised(seen)  # now only the cycle keeps it: garbage for the collector

    def allocate(control: JobControl) -> list[list[int]]:
        # Far past CPython's first threshold (700 new containers): with automatic
        # collection on, this thread would collect the cycle above.
        return [[index] for index in range(50_000)]

    results: list[list[list[int]]] = []
    jobs = JobRegistry()
    jobs.start(Job("allocate", allocate, results.append, lambda _error: None))
    qtbot.waitUntil(jobs.is_idle, timeout=30_000)
    assert len(results[0]) == 50_000  # kept alive here, so a collection is due
    qtbot.waitUntil(lambda: seen != [], timeout=10_000)  # the GUI thread's timer collects
    assert seen == [threading.main_thread().name]
