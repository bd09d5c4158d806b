"""When a helpline is answered: "open now" and its hours in plain words.

Opening hours are weekly windows in the service's own IANA time zone, so
"open now" is right wherever the user's computer clock is set. A service may
keep other hours on its country's public holidays; the holiday calendar comes
from the maintained ``holidays`` library, not a hand-typed list that expires.

Kept apart from :mod:`safehelper.helplines` (the directory and its loading)
because this is the clock and calendar reasoning, with its own library.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from safehelper.helplines import DAYS, Channel

# The holiday calendars are imported where they are used: `safehelper --help` and the
# first window do not need them.
if TYPE_CHECKING:
    import holidays


def is_open(channel: Channel, now: datetime) -> bool | None:
    """Whether the channel is answered at ``now``, judged in the service's own time zone.

    Returns None when the service does not state its hours (web forms, or hours
    we could not confirm): the UI then says nothing rather than guess. Opening
    times are inclusive, closing times exclusive: a line open 08:00-20:00 is
    open at 08:00:00 and closed at 20:00:00.
    """
    if now.tzinfo is None:
        raise ValueError("now must carry a time zone")
    if channel.always_open:
        return True
    if not channel.windows:
        return None
    local = now.astimezone(ZoneInfo(channel.timezone))
    minute = local.hour * 60 + local.minute
    today = local.weekday()
    yesterday = (today - 1) % 7
    windows = channel.windows
    if channel.holiday_windows is not None and is_public_holiday(
        channel.holiday_country, local.date()
    ):
        # A holiday's own hours replace the weekday's (a window from the night
        # before that runs past midnight is not carried over).
        windows = channel.holiday_windows
        yesterday = -1
    for window in windows:
        if window.crosses_midnight:
            if today in window.days and minute >= window.open:
                return True
            if yesterday in window.days and minute < window.close:
                return True
        elif today in window.days and window.open <= minute < window.close:
            return True
    return False


def is_public_holiday(country: str, day: date) -> bool:
    """Whether ``day`` is a national public holiday in ``country`` (ISO code).

    The calendar comes from the ``holidays`` library, which is maintained and
    computes moving holidays (Easter, Matariki) for any year. A country the
    library does not know has no holidays, so the weekly hours apply.
    """
    return day in _holiday_calendar(country)


@cache
def _holiday_calendar(country: str) -> holidays.HolidayBase:
    import holidays

    try:
        return holidays.country_holidays(country)
    except NotImplementedError:
        return holidays.HolidayBase()


def describe_hours(channel: Channel) -> str:
    """The hours in plain English for the command line ("24/7", "Mon-Fri 08:00-20:00 ...")."""
    if channel.always_open:
        return "24/7"
    if channel.not_time_bound:
        return "any time"
    if not channel.windows:
        return ""
    parts = []
    for window in channel.windows:
        names = [DAYS[d].capitalize() for d in window.days]
        days = (
            f"{names[0]}-{names[-1]}"
            if _consecutive(window.days) and len(names) > 2
            else ", ".join(names)
        )
        parts.append(f"{days} {_clock(window.open)}-{_clock(window.close)}")
    if channel.holiday_windows is not None:
        holiday = channel.holiday_windows
        when = f"{_clock(holiday[0].open)}-{_clock(holiday[0].close)}" if holiday else "closed"
        parts.append(f"public holidays {when}")
    place = channel.timezone.rsplit("/", 1)[-1].replace("_", " ")
    return f"{'; '.join(parts)} ({place} time)"


def _consecutive(days: tuple[int, ...]) -> bool:
    return list(days) == list(range(days[0], days[0] + len(days)))


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
