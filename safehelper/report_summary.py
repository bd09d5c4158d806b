"""A short summary of what happened, for the user to paste into a police or hotline form.

Online report forms ask the same few questions. A frightened teen should not
have to remember them, so the "Report to police" panel copies this text to the
clipboard. With the locker unlocked it gives the incident details the teen
wrote down and the count and dates of saved screenshots; otherwise a list of
blanks to fill in. It never copies evidence itself.
"""

from __future__ import annotations

from safehelper import incident
from safehelper.locker import Locker

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


def evidence_line(locker: Locker | None) -> str:
    """One sentence about the saved screenshots, or "" if the locker is locked or absent."""
    if locker is None or not locker.is_unlocked:
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


def summary_text(locker: Locker | None = None) -> str:
    """The text copied by "Copy a summary of what happened"."""
    line = evidence_line(locker)
    details = incident.load(locker) if locker is not None and locker.is_unlocked else None
    head = incident.summary(details) if details is not None and not details.is_empty() else TEMPLATE
    return head + (f"\n{line}\n" if line else "")
