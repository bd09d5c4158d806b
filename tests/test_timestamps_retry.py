"""The retry queue for time stamps: waiting, back-off, giving up, and asking again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from safehelper.timestamps import retry
from safehelper.timestamps.retry import Pending

NOW = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)


def test_a_new_entry_is_waiting_and_due_at_once() -> None:
    entry = Pending("item-1")
    assert retry.describe(entry) == "time stamp: waiting"
    assert retry.due([entry], NOW) == [entry]


def test_failures_wait_twice_as_long_each_time_up_to_six_hours() -> None:
    waits = [retry.wait_after(tries, spread=0.0) for tries in range(1, 16)]
    assert waits[:4] == [timedelta(seconds=s) for s in (30, 60, 120, 240)]
    assert max(waits) == timedelta(hours=6)
    assert retry.wait_after(3, spread=1.0) == timedelta(seconds=144)


def test_a_failed_entry_says_why_and_comes_back_only_when_its_wait_is_over() -> None:
    entry = retry.after_failure(
        Pending("item-1"), "http", "The service answered with an error (HTTP 500).", NOW, 0.0
    )
    assert entry.state == retry.FAILED and entry.tries == 1
    assert retry.describe(entry) == (
        "time stamp: failed: The service answered with an error (HTTP 500). "
        "SafeHelper will try again later."
    )
    assert retry.due([entry], NOW + timedelta(seconds=29)) == []
    assert retry.due([entry], NOW + timedelta(seconds=30)) == [entry]
    assert retry.next_wake([entry]) == NOW + timedelta(seconds=30)


def test_after_the_last_automatic_try_it_waits_for_the_user() -> None:
    entry = Pending("item-1")
    for _ in range(retry.MAX_AUTOMATIC_TRIES):
        entry = retry.after_failure(entry, "timeout", "No answer in time.", NOW, 0.0)
    assert entry.gave_up
    assert retry.due([entry], NOW + timedelta(days=365)) == []
    assert retry.describe(entry).endswith("SafeHelper stopped trying; ask again to retry.")

    again = retry.retry_now(entry)
    assert retry.due([again], NOW) == [again]
    assert again.tries == 0


def test_a_received_stamp_is_described_and_never_sent_again() -> None:
    stamped_at = datetime(2026, 11, 30, 5, 1, 2, tzinfo=UTC)
    entry = retry.after_success(Pending("item-1", tries=2), "DigiCert Timestamp 2025", stamped_at)
    assert retry.describe(entry) == (
        "time stamp: received at 2026-11-30 05:01:02 UTC from DigiCert Timestamp 2025"
    )
    assert retry.due([entry], NOW + timedelta(days=1)) == []
    assert retry.retry_now(entry) == entry
    assert retry.describe(None) == "no independent time stamp"


def test_due_entries_come_oldest_wait_first_and_survive_a_round_trip() -> None:
    late = retry.after_failure(Pending("b"), "http", "x", NOW, 0.0)
    early = retry.after_failure(Pending("a"), "http", "x", NOW - timedelta(minutes=5), 0.0)
    fresh = Pending("c")
    assert retry.due([late, early, fresh], NOW + timedelta(hours=1)) == [fresh, early, late]
    for entry in (late, fresh, retry.after_success(fresh, "TSA", NOW)):
        assert Pending.from_record(entry.to_record()) == entry
