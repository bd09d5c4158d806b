"""``safehelper helplines``: list the helplines for a country, or fetch a signed update.

safehelper helplines [--country CC] [--json]
safehelper helplines update [--url URL]
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

# The directory brings in jsonschema and the signature check (cryptography): imported by
# the commands below, so that ``safehelper --help`` does not pay for them.
if TYPE_CHECKING:
    from safehelper.helplines import Service

_VERBS = {
    "call": "Call",
    "text": "Text",
    "chat": "Chat",
    "web": "Website",
    "email": "Email",
    "report": "Report",
}


def register(subparsers: Any) -> None:
    """Add the ``helplines`` command and its ``update`` subcommand."""
    parser = subparsers.add_parser(
        "helplines",
        help="list helplines and police routes for a country, or update the list",
        description="List the helplines SafeHelper knows for a country (and those that work "
        "anywhere), or fetch a newer signed list.",
    )
    parser.add_argument(
        "--country", metavar="CC", help="two-letter country code, e.g. NZ (default: your settings)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=list_services)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    update = actions.add_parser(
        "update",
        help="fetch a newer helpline list (checked against SafeHelper's signature)",
        description="Download a newer helpline list from URL (its signature from URL.sig), "
        "check the signature and contents, and use it if it is newer.",
    )
    update.add_argument("--url", default="", help="where the signed list is published")
    update.set_defaults(handler=run_update)


def _service_json(service: Service, now: datetime) -> dict[str, Any]:
    from safehelper.helpline_hours import describe_hours, is_open

    channels = []
    for channel in service.channels:
        entry: dict[str, Any] = {"type": channel.type, "value": channel.value}
        if channel.keyword:
            entry["keyword"] = channel.keyword
        if channel.international:
            entry["international"] = channel.international
        if channel.has_hours:
            entry["hours"] = describe_hours(channel)
            entry["open_now"] = is_open(channel, now)
        entry["source"] = channel.source
        entry["checked"] = channel.checked
        channels.append(entry)
    result: dict[str, Any] = {
        "id": service.id,
        "name": service.name,
        "country": service.country,
        "kinds": list(service.kinds),
        "description": service.description,
        "channels": channels,
    }
    if service.age_min is not None or service.age_max is not None:
        result["ages"] = {
            k: v for k, v in (("min", service.age_min), ("max", service.age_max)) if v is not None
        }
    return result


def _channel_line(service: Service, index: int, now: datetime) -> str:
    from safehelper.helpline_hours import describe_hours, is_open

    channel = service.channels[index]
    value = channel.value
    if channel.keyword:
        value = f'"{channel.keyword}" to {channel.value}'
    line = f"    {_VERBS[channel.type]}: {value}"
    if channel.has_hours:
        state = "open now" if is_open(channel, now) else "closed now"
        line += f"  ({describe_hours(channel)}; {state})"
    return line


def list_services(args: argparse.Namespace) -> int:
    """Print the services for the chosen country, with the international ones last."""
    from safehelper import settings as settings_store
    from safehelper.helplines import INTERNATIONAL, load_directory
    from safehelper.region import current_country

    code = (args.country or current_country(settings_store.load()) or "").upper()
    directory = load_directory()
    services = directory.query(country=code)
    now = datetime.now(UTC)
    if args.json:
        print(json.dumps([_service_json(s, now) for s in services], indent=2, ensure_ascii=False))
        return 0
    if code and code not in directory.countries():
        print(f"SafeHelper has no checked helplines for {code} yet. These work from anywhere:")
    for service in services:
        where = "any country" if service.country == INTERNATIONAL else service.country
        print(f"{service.name}  [{where}; {', '.join(service.kinds)}]")
        print(f"    {service.description}")
        for index in range(len(service.channels)):
            print(_channel_line(service, index, now))
    print(f"(helpline list version {directory.version}, checked {directory.checked})")
    return 0


def run_update(args: argparse.Namespace) -> int:
    """Fetch and install a newer signed directory; failures are one plain line."""
    from safehelper.helplines_update import update_directory

    result = update_directory(args.url)
    print(
        f"Helpline list updated from version {result.old_version} to {result.new_version} "
        f"({result.services} services)."
    )
    return 0
