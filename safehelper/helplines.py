"""The helpline directory: who to call, text or report to, and when they answer.

The directory is data (``resources/helplines.json``), checked against
``resources/schemas/helplines.schema.json`` every time it is loaded, because a
wrong number given to a child in crisis is the worst bug SafeHelper can have.
Every channel names the page that confirms it and the date it was checked.

A newer, signed copy fetched by :mod:`safehelper.helplines_update` is kept in
the data folder and used instead of the bundled one, but only if its signature
still verifies, it validates, and its ``version`` is larger than the bundled
file's. Anything else falls back to the bundled directory.

Every channel says something about its hours: a schedule, ``24/7``,
``not-time-bound`` (a form or an address that takes messages any time) or
``unconfirmed`` (we could not confirm them, so the app says nothing). Whether
a channel is open now is :mod:`safehelper.helpline_hours`; the links its
buttons open are :mod:`safehelper.helpline_links`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from safehelper import schema
from safehelper.errors import Phrase, SafeHelperError
from safehelper.paths import data_dir
from safehelper.resources import read_text

log = logging.getLogger(__name__)

# The signature check (cryptography) is imported where it is used: `safehelper --help`
# and the first window do not need it.

INTERNATIONAL = "ALL"
LOCAL_FILE = "helplines-update.json"
FILE_NAME = "helplines.json"  # how errors name the list, shipped or from an update
LOCAL_FORMAT = 1
KINDS = ("emergency", "police", "hotline", "youth", "crisis", "sexual-harm", "takedown", "parents")
CHANNEL_TYPES = ("call", "text", "chat", "web", "email", "report")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALWAYS = "24/7"
NOT_TIME_BOUND = "not-time-bound"
UNCONFIRMED = "unconfirmed"


@dataclass(frozen=True)
class Window:
    """One weekly opening: the given weekdays (0 = Monday), from ``open`` to ``close``.

    Times are minutes after midnight. ``close`` at or before ``open`` means the
    window runs past midnight into the next day (22:00-02:00).
    """

    days: tuple[int, ...]
    open: int
    close: int

    @property
    def crosses_midnight(self) -> bool:
        """True when the window ends on the day after it starts."""
        return self.close <= self.open


@dataclass(frozen=True)
class Channel:
    """One way to reach a service: a number to call or text, a chat, a form, an address."""

    type: str
    value: str
    source: str
    checked: str
    timezone: str
    keyword: str = ""
    international: str = ""
    always_open: bool = False
    windows: tuple[Window, ...] = ()
    hours_source: str = ""
    holiday_country: str = ""
    holiday_windows: tuple[Window, ...] | None = None
    not_time_bound: bool = False
    secondary: bool = False

    @property
    def has_hours(self) -> bool:
        """Whether the service states when this channel is answered."""
        return self.always_open or bool(self.windows)

    @property
    def hours_stated(self) -> bool:
        """Whether the directory says anything definite about when this channel works."""
        return self.has_hours or self.not_time_bound

    @property
    def dialable(self) -> str:
        """The number with spaces and dashes removed, as written locally."""
        return re.sub(r"[^0-9]", "", self.value)


@dataclass(frozen=True)
class Service:
    """An organisation (or number) that helps, with the ways to reach it."""

    id: str
    name: str
    country: str
    kinds: tuple[str, ...]
    description: str
    timezone: str
    channels: tuple[Channel, ...]
    age_min: int | None = None
    age_max: int | None = None

    def has_kind(self, kind: str) -> bool:
        """Whether the service does this kind of help (``crisis``, ``police``...)."""
        return kind in self.kinds

    def suits_age(self, age: int) -> bool:
        """Whether someone of this age may use the service, going by the ages it states."""
        if self.age_min is not None and age < self.age_min:
            return False
        return not (self.age_max is not None and age > self.age_max)

    def numbers(self) -> list[Channel]:
        """The call and text channels, in the order the directory lists them."""
        return [c for c in self.channels if c.type in ("call", "text")]


@dataclass(frozen=True)
class PoliceRoute:
    """How to report to police in one country, in plain words, and which services do it."""

    country: str
    text: str
    service_ids: tuple[str, ...]


@dataclass(frozen=True)
class Directory:
    """All services, with the version number that updates compare."""

    version: int
    checked: str
    services: tuple[Service, ...]
    police_routes: dict[str, PoliceRoute]

    def service(self, service_id: str) -> Service:
        """The service with this id; a KeyError means a programming mistake."""
        for service in self.services:
            if service.id == service_id:
                return service
        raise KeyError(service_id)

    def countries(self) -> list[str]:
        """Country codes with at least one service, in the order the file lists them."""
        seen: list[str] = []
        for service in self.services:
            if service.country != INTERNATIONAL and service.country not in seen:
                seen.append(service.country)
        return seen

    def query(
        self,
        country: str | None = None,
        kind: str | None = None,
        age: int | None = None,
        include_international: bool = True,
    ) -> list[Service]:
        """Services for a country (plus those that work anywhere), a kind of help and an age.

        ``country=None`` means every country. An unknown or empty country code
        gives only the international services, so the user always has somewhere
        to turn.
        """
        result = []
        for service in self.services:
            if country is not None:
                wanted = service.country == country.upper() and bool(country)
                anywhere = include_international and service.country == INTERNATIONAL
                if not (wanted or anywhere):
                    continue
            if kind is not None and not service.has_kind(kind):
                continue
            if age is not None and not service.suits_age(age):
                continue
            result.append(service)
        return result

    def police_route(self, country: str) -> PoliceRoute | None:
        """The plain-words police route for a country, or None if the directory has none."""
        return self.police_routes.get(country.upper())


# ---------------------------------------------------------------- validation


def validate(data: Any) -> None:
    """Check a parsed directory against the schema and the rules a schema cannot express.

    Raises :class:`SafeHelperError` naming the service and the field, so a
    maintainer can find the mistake and a user gets one plain line.
    """
    schema.validate(data, "helplines", FILE_NAME)

    def problem(where: list[str | int], reason: Phrase) -> SafeHelperError:
        return schema.problem(data, "helplines", FILE_NAME, where, reason)

    seen: set[str] = set()
    for number, service in enumerate(data["services"]):
        sid = service["id"]
        if sid in seen:
            raise problem(["services", number, "id"], Phrase("schema.id_twice"))
        seen.add(sid)
        try:
            ZoneInfo(service["timezone"])
        except (ZoneInfoNotFoundError, ValueError) as exc:
            where: list[str | int] = ["services", number, "timezone"]
            raise problem(where, Phrase("schema.unknown_time_zone")) from exc
        ages = service.get("ages", {})
        if "min" in ages and "max" in ages and ages["min"] > ages["max"]:
            raise problem(["services", number, "ages"], Phrase("schema.ages_reversed"))
        for index, channel in enumerate(service["channels"]):
            for window in _raw_windows(channel):
                if window["open"] == window["close"]:
                    where = ["services", number, "channels", index, "hours"]
                    raise problem(where, Phrase("schema.hours_empty"))
    for code, route in data.get("police_routes", {}).items():
        for sid in route["services"]:
            if sid not in seen:
                where = ["police_routes", code, "services"]
                raise problem(where, Phrase("schema.unknown_service", id=sid))


def _raw_windows(channel: dict[str, Any]) -> list[dict[str, Any]]:
    hours = channel.get("hours")
    if not isinstance(hours, dict):
        return []
    holiday = hours.get("public_holidays")
    extra = [dict(holiday, days=list(DAYS))] if isinstance(holiday, dict) else []
    return [*hours["weekly"], *extra]


def _holiday_windows(hours: Any) -> tuple[Window, ...] | None:
    """The hours kept on public holidays: None when the weekly hours apply then too."""
    if not isinstance(hours, dict) or "public_holidays" not in hours:
        return None
    rule = hours["public_holidays"]
    if rule == "closed":
        return ()
    return (
        Window(days=tuple(range(7)), open=_minutes(rule["open"]), close=_minutes(rule["close"])),
    )


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _channel(raw: dict[str, Any], timezone: str, country: str) -> Channel:
    hours = raw.get("hours")
    weekly = hours["weekly"] if isinstance(hours, dict) else []
    windows = tuple(
        Window(
            days=tuple(DAYS.index(d) for d in w["days"]),
            open=_minutes(w["open"]),
            close=_minutes(w["close"]),
        )
        for w in weekly
    )
    holiday_windows = _holiday_windows(hours)
    return Channel(
        type=raw["type"],
        value=raw["value"],
        source=raw["source"],
        checked=raw["checked"],
        timezone=timezone,
        keyword=raw.get("keyword", ""),
        international=raw.get("international", ""),
        always_open=hours == ALWAYS,
        windows=windows,
        hours_source=raw.get("hours_source", ""),
        holiday_country=country if holiday_windows is not None else "",
        holiday_windows=holiday_windows,
        not_time_bound=hours == NOT_TIME_BOUND,
        secondary=bool(raw.get("secondary", False)),
    )


def parse(data: Any) -> Directory:
    """Validate a parsed JSON directory and turn it into objects."""
    validate(data)
    services = []
    for raw in data["services"]:
        ages = raw.get("ages", {})
        services.append(
            Service(
                id=raw["id"],
                name=raw["name"],
                country=raw["country"],
                kinds=tuple(raw["kinds"]),
                description=raw["description"],
                timezone=raw["timezone"],
                channels=tuple(
                    _channel(c, raw["timezone"], raw["country"]) for c in raw["channels"]
                ),
                age_min=ages.get("min"),
                age_max=ages.get("max"),
            )
        )
    routes = {
        code: PoliceRoute(country=code, text=r["text"], service_ids=tuple(r["services"]))
        for code, r in data.get("police_routes", {}).items()
    }
    return Directory(
        version=data["version"],
        checked=data["checked"],
        services=tuple(services),
        police_routes=routes,
    )


def parse_bytes(raw: bytes) -> Directory:
    """Parse and validate a directory file's bytes, with a plain error if it is not JSON."""
    return parse(schema.parse(raw, FILE_NAME))


# ----------------------------------------------------------------- loading


@cache
def bundled_directory() -> Directory:
    """The directory shipped inside this copy of SafeHelper.

    Read and validated once: the help and crisis pages ask again each time they are
    shown, and the shipped file cannot change while SafeHelper runs.
    """
    return parse_bytes(read_text(FILE_NAME).encode("utf-8"))


def local_path() -> Path:
    """Where a verified, newer directory from an update is kept."""
    return data_dir() / LOCAL_FILE


def local_envelope(directory_bytes: bytes, raw_signature: bytes) -> bytes:
    """The one file an update writes: the signed bytes and their signature together.

    Keeping both in one file means one atomic write, so a crash can never leave
    a directory beside the wrong signature.
    """
    from safehelper import signature

    envelope = {
        "format": LOCAL_FORMAT,
        "signature": signature.encode_signature(raw_signature),
        "directory": directory_bytes.decode("utf-8"),
    }
    return json.dumps(envelope, ensure_ascii=False, indent=1).encode("utf-8")


def read_local(path: Path | None = None) -> Directory:
    """Read, re-verify and validate the local copy; raises SafeHelperError if any step fails."""
    from safehelper import signature

    path = path or local_path()
    try:
        envelope = json.loads(path.read_text(encoding="utf-8"))
        if envelope.get("format") != LOCAL_FORMAT:
            raise ValueError("unknown format")
        body = envelope["directory"].encode("utf-8")
        raw_sig = signature.decode_signature(envelope["signature"])
    except (OSError, ValueError, KeyError, AttributeError, TypeError, RecursionError) as exc:
        raise SafeHelperError("helplines.update_damaged") from exc
    signature.verify(body, raw_sig)
    return parse_bytes(body)


def load_directory() -> Directory:
    """The directory to show: the local update if it verifies and is newer, else the bundled one."""
    bundled = bundled_directory()
    path = local_path()
    if not path.exists():
        return bundled
    try:
        local = read_local(path)
    except Exception as exc:
        # The crisis page depends on this: whatever is wrong with a downloaded file,
        # the shipped directory is always there to show.
        log.warning("helplines: ignoring the local update (%s)", type(exc).__name__)
        return bundled
    return local if local.version > bundled.version else bundled
