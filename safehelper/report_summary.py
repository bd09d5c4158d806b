"""A short summary of what happened, for the user to paste into a police or hotline form.

Online report forms ask the same few questions. A frightened teen should not
have to remember them, so the "Report to police" panel copies this text to
the clipboard. It never includes evidence, names or usernames by itself: it
only counts what is in the locker (if it is unlocked) and leaves blanks for
the user to fill in. When the incident-details feature lands, the lead wires
it in here, behind the same function.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol


class _Captured(Protocol):
    captured_at: datetime


class EvidenceSource(Protocol):
    """What the summary needs from the evidence locker (``safehelper.locker.Locker``)."""

    def is_unlocked(self) -> bool:
        """Whether the locker's items can be listed now."""
        ...

    def items(self) -> Sequence[_Captured]:
        """The saved items; only their capture times are used."""
        ...


TEMPLATE = """What happened (please fill in the blanks)

When it started (date):
App or website where they contacted me:
Their username or profile link:
What they asked for (money, more pictures, something else):
Did I pay? If yes, how and how much:
Payment details they gave (account, gift card, crypto wallet):
My age:
Anything else:
"""


def evidence_line(locker: EvidenceSource | None) -> str:
    """One sentence about the saved screenshots, or "" if the locker is locked or absent."""
    if locker is None or not locker.is_unlocked():
        return ""
    items = locker.items()
    if not items:
        return "I have not saved any screenshots in SafeHelper yet."
    times = sorted(item.captured_at for item in items)
    first, last = times[0].date().isoformat(), times[-1].date().isoformat()
    count = len(items)
    noun = "screenshot" if count == 1 else "screenshots"
    if first == last:
        return f"I have saved {count} {noun} of what happened in SafeHelper, on {first}."
    return f"I have saved {count} {noun} of what happened in SafeHelper, from {first} to {last}."


def summary_text(locker: EvidenceSource | None = None) -> str:
    """The text copied by "Copy a summary of what happened"."""
    line = evidence_line(locker)
    return TEMPLATE + (f"\n{line}\n" if line else "")
