"""The moment something happened, in a form police in any country can read.

Evidence times are kept in UTC (unambiguous, sortable) together with the
computer's local time zone name and its UTC offset at that instant, so that
"3:12 a.m. in Auckland" can be shown and checked later, even across a change
to or from daylight saving time.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True)
class Moment:
    """An instant: aware UTC time, the local zone's name and its offset then."""

    utc: datetime
    zone: str
    offset: str


def format_offset(delta: timedelta | None) -> str:
    """``+13:00`` style text for a UTC offset (``+00:00`` when unknown)."""
    minutes = int((delta or timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_zone_name() -> str:
    """The IANA name of this computer's time zone (``Pacific/Auckland``), where it can be found.

    Checked in order: ``TZ``, the ``/etc/localtime`` link (Linux, macOS), then
    ``/etc/timezone``. Otherwise (Windows) the system's own zone name is used,
    which is still readable by a person.
    """
    from_env = os.environ.get("TZ", "").lstrip(":")
    if from_env and _valid_zone(from_env):
        return from_env
    localtime = Path("/etc/localtime")
    try:
        target = str(localtime.resolve()) if localtime.is_symlink() else ""
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        candidate = target.split("zoneinfo/", 1)[1]
        if _valid_zone(candidate):
            return candidate
    try:
        candidate = Path("/etc/timezone").read_text(encoding="utf-8").strip()
    except OSError:
        candidate = ""
    if candidate and _valid_zone(candidate):
        return candidate
    return time.tzname[time.localtime().tm_isdst > 0] or "UTC"


def now() -> Moment:
    """This instant, with the local zone name and offset."""
    utc = datetime.now(UTC)
    local = utc.astimezone()
    return Moment(utc=utc, zone=local_zone_name(), offset=format_offset(local.utcoffset()))
