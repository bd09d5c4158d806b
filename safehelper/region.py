"""Which country the user is in, for the right emergency number and helplines.

A wrong guess sends a child to the wrong emergency number, and family computers
are very often set to US English wherever they are. So the guess uses every
signal the system gives, strongest first:

1. the region the OS keeps apart from the display language (Windows' home
   location, macOS's region);
2. the system time zone, mapped to a country through the zone table that
   ``tzdata`` ships (``Pacific/Auckland`` is New Zealand);
3. the locale (``en_NZ.UTF-8``). ``C``/``POSIX`` locales name no country, and
   Python's ``locale.getlocale()`` reports even ``C.UTF-8`` as ``en_US``, so only
   the locale environment variables are read.

The guess counts only when a strong signal (1 or 2) names a country we know and
no signal contradicts it. Otherwise the first crisis or walkthrough screen asks
once (:func:`needs_question`) and shows the likeliest countries' emergency
numbers side by side until it is answered. The answer lives in settings.

For tests, the time zone comes from the ``TZ`` environment variable when it is
set, the locale from ``LC_ALL``/``LC_MESSAGES``/``LANG``, and the OS region from
:data:`os_region_reader`, which a test may replace.
"""

from __future__ import annotations

import importlib.resources
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from safehelper.resources import read_json
from safehelper.settings import Settings

INTERNATIONAL = "ALL"
NO_COUNTRY_LOCALES = ("C", "POSIX")
SYSTEM_ZONE_DIRS = (Path("/usr/share/zoneinfo"), Path("/usr/lib/zoneinfo"))
MAC_TIMEOUT = 2.0


@dataclass(frozen=True)
class Country:
    """A country SafeHelper has checked services for."""

    code: str
    name: str
    emergency: str
    emergency_source: str


@cache
def countries() -> dict[str, Country]:
    """Supported countries by ISO code, in the order the file lists them."""
    data = read_json("countries.json")
    return {
        entry["code"]: Country(
            code=entry["code"],
            name=entry["name"],
            emergency=entry["emergency"],
            emergency_source=entry["source"],
        )
        for entry in data["countries"]
    }


def country_from_locale(name: str) -> str:
    """The ISO country code in a locale name such as ``en_NZ.UTF-8`` or ``en-GB``, or ``""``."""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    if base.upper() in NO_COUNTRY_LOCALES:
        return ""
    parts = base.split("_")
    if len(parts) >= 2 and len(parts[-1]) == 2 and parts[-1].isalpha():
        return parts[-1].upper()
    return ""


# ------------------------------------------------------------------ signals


def _windows_region() -> str:
    """Windows' home location ("Region" in Settings), as an ISO code."""
    import ctypes  # Windows only: the Linux bundle leaves ctypes out (build.spec)

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    geo_nation, geo_iso2 = 16, 4
    geo_id = kernel32.GetUserGeoID(geo_nation)
    buffer = ctypes.create_unicode_buffer(8)
    if not kernel32.GetGeoInfoW(geo_id, geo_iso2, buffer, len(buffer), 0):
        return ""
    return str(buffer.value).upper()


def _mac_region() -> str:
    """macOS's region (System Settings > Language & Region), from ``AppleLocale``."""
    try:
        done = subprocess.run(
            ["/usr/bin/defaults", "read", "-g", "AppleLocale"],
            capture_output=True,
            text=True,
            timeout=MAC_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return country_from_locale(done.stdout.strip()) if done.returncode == 0 else ""


def read_os_region() -> str:
    """The region the OS keeps apart from the language, or ``""`` where there is none."""
    try:
        if sys.platform == "win32":
            return _windows_region()
        if sys.platform == "darwin":
            return _mac_region()
    except (OSError, AttributeError, ValueError):
        return ""
    return ""


os_region_reader: Callable[[], str] = read_os_region
"""Where the OS region comes from; tests replace it (the real one is a no-op on Linux)."""


def system_zone() -> str:
    """The IANA name of the system time zone: ``TZ`` if set, else the OS setting, else ``""``."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        return _zone_name(tz)
    timezone_file = Path("/etc/timezone")
    try:
        name = timezone_file.read_text(encoding="utf-8").strip()
    except OSError:
        name = ""
    if name:
        return name
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    return _zone_name(target)


def _zone_name(value: str) -> str:
    """``Pacific/Auckland`` from itself or from a path such as ``/usr/share/zoneinfo/...``."""
    marker = "zoneinfo/"
    if marker in value:
        return value.split(marker, 1)[1]
    return value


@cache
def _zone_table() -> dict[str, str]:
    """Zone name to country code, from ``zone.tab`` (one country per zone)."""
    text = ""
    try:
        text = (
            importlib.resources.files("tzdata.zoneinfo")
            .joinpath("zone.tab")
            .read_text(encoding="utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        for folder in SYSTEM_ZONE_DIRS:
            try:
                text = (folder / "zone.tab").read_text(encoding="utf-8")
                break
            except OSError:
                continue
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            table[fields[2]] = fields[0]
    return table


def country_for_zone(zone: str) -> str:
    """The country of an IANA zone (``Europe/Dublin`` is ``IE``), or ``""`` (UTC, unknown)."""
    return _zone_table().get(zone, "")


def locale_country() -> str:
    """The country named by the locale environment variables, or ``""``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        name = os.environ.get(var, "")
        if name:
            return country_from_locale(name)
    return ""


@dataclass(frozen=True)
class Signals:
    """What the system says about where the user is; ``""`` means it says nothing."""

    os_region: str
    zone: str
    zone_country: str
    locale: str

    def in_order(self) -> list[str]:
        """The countries named, strongest signal first, each once."""
        seen: list[str] = []
        for code in (self.os_region, self.zone_country, self.locale):
            if code and code not in seen:
                seen.append(code)
        return seen


def read_signals() -> Signals:
    """Read every signal now (cheap; the macOS one runs a 2-second-capped command)."""
    zone = system_zone()
    return Signals(
        os_region=os_region_reader().upper(),
        zone=zone,
        zone_country=country_for_zone(zone),
        locale=locale_country(),
    )


def guess_country(signals: Signals | None = None) -> str:
    """The country the system names with confidence, or ``""`` when it does not.

    Confident means: the OS region or the time zone names a supported country,
    and no other signal names a different one.
    """
    signals = signals or read_signals()
    named = signals.in_order()
    strong = signals.os_region or signals.zone_country
    if len(named) == 1 and strong and named[0] in countries():
        return named[0]
    return ""


def likely_countries(signals: Signals | None = None) -> list[str]:
    """Supported countries the signals name, strongest first; all of them if none is named."""
    signals = signals or read_signals()
    named = [code for code in signals.in_order() if code in countries()]
    return named or list(countries())


def answered(settings: Settings) -> bool:
    """Whether the user has said where they are (a country, or "somewhere else")."""
    return settings.country in countries() or settings.country == INTERNATIONAL


def needs_question(settings: Settings, signals: Signals | None = None) -> bool:
    """Whether to ask "Where are you right now?": not answered, and no confident guess."""
    return not answered(settings) and not guess_country(signals)


def current_country(settings: Settings) -> str:
    """The chosen country, else a confident guess, else ``""`` (somewhere else, or unknown)."""
    if settings.country == INTERNATIONAL:
        return ""
    return settings.country if settings.country in countries() else guess_country()
