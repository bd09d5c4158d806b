"""Which country the user is in, for the right emergency number and helplines.

The user chooses in settings; until they do, the system locale gives a first
guess (``en_NZ.UTF-8`` means New Zealand). Countries SafeHelper has checked
helplines for are listed in ``resources/countries.json`` with sources.
"""

from __future__ import annotations

import contextlib
import locale
import os
from dataclasses import dataclass
from functools import cache

from safehelper.resources import read_json
from safehelper.settings import Settings

INTERNATIONAL = "ALL"


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


def _locale_names() -> list[str]:
    names = [os.environ.get(var, "") for var in ("LC_ALL", "LC_MESSAGES", "LANG")]
    with contextlib.suppress(ValueError):
        names.append(locale.getlocale()[0] or "")
    return [n for n in names if n]


def country_from_locale(name: str) -> str:
    """The ISO country code in a locale name such as ``en_NZ.UTF-8`` or ``en-GB``, or ``""``."""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    if len(parts) >= 2 and len(parts[-1]) == 2 and parts[-1].isalpha():
        return parts[-1].upper()
    return ""


def guess_country() -> str:
    """The first supported country named by the system locale, or ``""`` if none."""
    for name in _locale_names():
        code = country_from_locale(name)
        if code in countries():
            return code
    return ""


def current_country(settings: Settings) -> str:
    """The chosen country, else the locale's guess, else ``""`` (unknown)."""
    return settings.country if settings.country in countries() else guess_country()
