"""The summary copied for a police or hotline report form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from safehelper.report_summary import TEMPLATE, evidence_line, summary_text


@dataclass
class Saved:
    captured_at: datetime


class Evidence:
    """The two things the summary reads from the locker: locked or not, and capture times."""

    def __init__(self, unlocked: bool, times: list[datetime]) -> None:
        self.unlocked = unlocked
        self.times = times

    def is_unlocked(self) -> bool:
        return self.unlocked

    def items(self) -> list[Saved]:
        return [Saved(t) for t in self.times]


def test_without_a_locker_the_summary_is_a_template_to_fill_in() -> None:
    assert summary_text() == TEMPLATE
    assert "Their username or profile link:" in TEMPLATE


def test_a_locked_locker_adds_nothing() -> None:
    locked = Evidence(False, [datetime(2026, 11, 20, tzinfo=UTC)])
    assert evidence_line(locked) == ""
    assert summary_text(locked) == TEMPLATE


def test_an_unlocked_locker_adds_the_count_and_dates() -> None:
    times = [datetime(2026, 11, 24, 9, tzinfo=UTC), datetime(2026, 11, 20, 23, tzinfo=UTC),
             datetime(2026, 11, 22, tzinfo=UTC)]
    text = summary_text(Evidence(True, times))
    assert text.startswith(TEMPLATE)
    assert "I have saved 3 screenshots of what happened in SafeHelper, from 2026-11-20 to " \
           "2026-11-24." in text


def test_one_item_and_no_items() -> None:
    one = Evidence(True, [datetime(2026, 11, 24, tzinfo=UTC)])
    assert evidence_line(one) == (
        "I have saved 1 screenshot of what happened in SafeHelper, on 2026-11-24."
    )
    assert "not saved any" in evidence_line(Evidence(True, []))
