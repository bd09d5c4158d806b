"""The helpline directory: the shipped data, validation, open-now, URLs, CLI and local copy."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safehelper import signature
from safehelper.cli import main
from safehelper.errors import SafeHelperError
from safehelper.helpline_hours import describe_hours, is_open
from safehelper.helpline_links import open_url, sms_url, tel_url
from safehelper.helplines import (
    Channel,
    Window,
    bundled_directory,
    load_directory,
    local_envelope,
    local_path,
    parse,
)
from safehelper.region import countries
from safehelper.resources import read_json

CHECKED = "2026-11-25"
# Channels re-read against their sources for issue 15 carry the later date.
CHECK_DATES = (CHECKED, "2026-11-30")


def shipped() -> dict[str, Any]:
    return copy.deepcopy(read_json("helplines.json"))


def channels_of(service_id: str) -> list[Channel]:
    return list(bundled_directory().service(service_id).channels)


def values(service_id: str, kind: str) -> list[str]:
    return [c.value for c in channels_of(service_id) if c.type == kind]


# ------------------------------------------------------------ shipped data


def test_shipped_file_validates_against_the_schema() -> None:
    directory = bundled_directory()
    assert directory.version >= 2026112501
    assert directory.countries() == ["NZ", "AU", "GB", "US", "CA", "IE"]


def test_every_service_has_a_channel_and_every_channel_a_source_and_date() -> None:
    for service in bundled_directory().services:
        assert service.channels, service.id
        assert service.description, service.id
        for channel in service.channels:
            assert channel.source.startswith(("https://", "http://")), service.id
            assert channel.checked in CHECK_DATES, service.id


def test_every_supported_country_has_emergency_police_report_and_someone_to_talk_to() -> None:
    directory = bundled_directory()
    for code, country in countries().items():
        emergency = directory.query(code, kind="emergency", include_international=False)
        assert emergency, code
        # "112 or 999" (Ireland) names every emergency number, in the directory's order.
        calls = [c.value for c in emergency[0].channels if c.type == "call"]
        assert calls == country.emergency.split(" or "), code
        assert directory.query(code, kind="police", include_international=False), code
        assert directory.query(code, kind="hotline", include_international=False), code
        assert directory.query(code, kind="crisis", include_international=False), code
        assert directory.query(code, kind="youth", include_international=False), code
        route = directory.police_route(code)
        assert route is not None and route.service_ids, code


def test_new_zealand_numbers_are_exactly_right() -> None:
    assert values("nz-emergency-111", "call") == ["111"]
    assert values("nz-police", "call") == ["105"]
    assert values("nz-police", "report") == ["https://105.police.govt.nz/"]
    assert values("nz-netsafe", "call") == ["0508 638 723"]
    assert values("nz-netsafe", "report") == ["https://report.netsafe.org.nz/hc/en-au/requests/new"]
    assert values("nz-safe-to-talk", "call") == ["0800 044 334"]
    assert values("nz-safe-to-talk", "text") == ["4334"]
    assert values("nz-safe-to-talk", "email") == ["support@safetotalk.nz"]
    assert values("nz-safe-to-talk", "chat") == ["https://safetotalk.nz/"]
    assert values("nz-youthline", "call") == ["0800 376 633"]
    assert values("nz-youthline", "text") == ["234"]
    assert values("nz-1737", "call") == ["1737"]
    assert values("nz-1737", "text") == ["1737"]


def test_replaced_numbers_are_not_in_the_directory() -> None:
    # 988 replaced the old 10-digit US lifeline number; a child must be given 988.
    text = json.dumps(read_json("helplines.json"))
    assert "273-8255" not in text and "273 8255" not in text
    assert values("us-988", "call") == ["988"]
    assert values("ca-988", "call") == ["988"]


def test_take_it_down_and_stopncii_split_by_age() -> None:
    directory = bundled_directory()
    take_it_down = directory.service("all-take-it-down")
    stop = directory.service("all-stopncii")
    # Take It Down is about when the image was taken (under 18), not the user's age now,
    # so it states no age limit; StopNCII is for adults only.
    assert "before you were 18" in take_it_down.description
    assert take_it_down.age_min is None and take_it_down.age_max is None
    assert stop.suits_age(18) and not stop.suits_age(15)
    assert [s.id for s in directory.query("NZ", kind="takedown", age=15)] == ["all-take-it-down"]


def test_unknown_country_gets_the_international_services_and_fallback() -> None:
    ids = [s.id for s in bundled_directory().query("ZZ")]
    assert ids == ["all-take-it-down", "all-stopncii", "all-child-helpline-international"]
    assert [s.id for s in bundled_directory().query("")] == ids


# ------------------------------------------------------------- validation


def test_a_bad_value_names_the_service_and_the_field() -> None:
    data = shipped()
    youthline = next(s for s in data["services"] if s["id"] == "nz-youthline")
    youthline["channels"][1]["value"] = "two three four"
    with pytest.raises(SafeHelperError) as info:
        parse(data)
    assert "nz-youthline" in str(info.value)
    assert "channels[1].value" in str(info.value)


def test_a_missing_source_names_the_service_and_the_field() -> None:
    data = shipped()
    netsafe = next(s for s in data["services"] if s["id"] == "nz-netsafe")
    del netsafe["channels"][0]["source"]
    with pytest.raises(SafeHelperError) as info:
        parse(data)
    assert "nz-netsafe" in str(info.value) and "channels[0]" in str(info.value)


def test_an_unknown_time_zone_is_refused() -> None:
    data = shipped()
    data["services"][0]["timezone"] = "Pacific/Atlantis"
    with pytest.raises(SafeHelperError, match=r"nz-emergency-111.*timezone"):
        parse(data)


def test_a_duplicate_id_is_refused() -> None:
    data = shipped()
    data["services"].append(copy.deepcopy(data["services"][0]))
    with pytest.raises(SafeHelperError, match="appears twice"):
        parse(data)


def test_a_keyword_on_a_call_channel_is_refused() -> None:
    data = shipped()
    data["services"][0]["channels"][0]["keyword"] = "HELP"
    with pytest.raises(SafeHelperError, match="nz-emergency-111"):
        parse(data)


# --------------------------------------------------------------- open now


def weekday_hours(tz: str) -> Channel:
    """Mon-Fri 08:00-20:00 and Sat-Sun 09:00-17:00, like Netsafe."""
    return Channel(
        type="call",
        value="0508 638 723",
        source="https://example.org",
        checked=CHECKED,
        timezone=tz,
        windows=(
            Window(days=(0, 1, 2, 3, 4), open=8 * 60, close=20 * 60),
            Window(days=(5, 6), open=9 * 60, close=17 * 60),
        ),
    )


def late_night(tz: str) -> Channel:
    """Friday 22:00 to Saturday 02:00 only: a window crossing midnight."""
    return Channel(
        type="text",
        value="50101",
        source="https://example.org",
        checked=CHECKED,
        timezone=tz,
        windows=(Window(days=(4,), open=22 * 60, close=2 * 60),),
    )


def at(tz: str, *parts: int) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(*parts, tzinfo=ZoneInfo(tz))  # type: ignore[misc]


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        ((2026, 11, 25, 7, 59, 59), False),  # Wednesday, a second before opening
        ((2026, 11, 25, 8, 0, 0), True),  # opening minute is open
        ((2026, 11, 25, 19, 59, 59), True),
        ((2026, 11, 25, 20, 0, 0), False),  # closing minute is closed
        ((2026, 11, 28, 8, 30, 0), False),  # Saturday opens later
        ((2026, 11, 28, 9, 0, 0), True),
        ((2026, 11, 29, 17, 0, 0), False),  # Sunday closing
    ],
)
def test_open_now_at_the_edges(local: tuple[int, ...], expected: bool) -> None:
    channel = weekday_hours("Pacific/Auckland")
    assert is_open(channel, at("Pacific/Auckland", *local)) is expected


def test_open_now_is_judged_in_the_services_time_zone_not_the_computers() -> None:
    channel = weekday_hours("Pacific/Auckland")
    # 19:30 UTC on Tuesday 24 Nov is 08:30 Wednesday in Auckland (NZDT, +13): open.
    assert is_open(channel, datetime(2026, 11, 24, 19, 30, tzinfo=UTC)) is True
    # The same instant seen from London or Los Angeles changes nothing.
    london = datetime(2026, 11, 24, 19, 30, tzinfo=UTC).astimezone(timezone(timedelta(hours=0)))
    los_angeles = datetime(2026, 11, 24, 11, 30, tzinfo=timezone(timedelta(hours=-8)))
    assert is_open(channel, london) is True
    assert is_open(channel, los_angeles) is True
    # 17:30 UTC Wednesday is 06:30 Thursday in Auckland: closed, although it is
    # office time in London.
    assert is_open(channel, datetime(2026, 11, 25, 17, 30, tzinfo=UTC)) is False


def test_open_now_follows_daylight_saving() -> None:
    channel = weekday_hours("Pacific/Auckland")
    # 20:30 UTC on a Sunday: in January (NZDT, +13) that is Monday 09:30, open;
    # in July (NZST, +12) it is Monday 08:30, also open; at 19:30 UTC in July it
    # is Monday 07:30, closed, while in January it is 08:30, open.
    assert is_open(channel, datetime(2027, 1, 10, 19, 30, tzinfo=UTC)) is True
    assert is_open(channel, datetime(2027, 7, 11, 19, 30, tzinfo=UTC)) is False


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        ((2026, 11, 27, 21, 59, 0), False),  # Friday before opening
        ((2026, 11, 27, 22, 0, 0), True),  # Friday opening
        ((2026, 11, 28, 1, 59, 59), True),  # Saturday small hours, still Friday's window
        ((2026, 11, 28, 2, 0, 0), False),  # closing minute
        ((2026, 11, 28, 23, 0, 0), False),  # Saturday night is not in the window
        ((2026, 11, 29, 1, 0, 0), False),  # nor Sunday's small hours
    ],
)
def test_hours_crossing_midnight(local: tuple[int, ...], expected: bool) -> None:
    channel = late_night("Europe/Dublin")
    assert is_open(channel, at("Europe/Dublin", *local)) is expected


def test_always_open_and_unknown_hours() -> None:
    emergency = channels_of("nz-emergency-111")[0]
    form = channels_of("nz-netsafe")[1]
    now = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    assert is_open(emergency, now) is True
    assert is_open(form, now) is None


def test_open_now_needs_an_aware_time() -> None:
    with pytest.raises(ValueError, match="time zone"):
        is_open(weekday_hours("Pacific/Auckland"), datetime(2026, 11, 25, 9, 0))


def test_describe_hours() -> None:
    assert describe_hours(channels_of("nz-1737")[0]) == "24/7"
    assert describe_hours(channels_of("nz-netsafe")[0]) == (
        "Mon-Fri 08:00-20:00; Sat, Sun 09:00-17:00; public holidays 09:00-17:00 (Auckland time)"
    )


# ------------------------------------------------------------ URL builders


def test_tel_urls_use_the_international_form_or_the_short_code() -> None:
    assert tel_url(channels_of("nz-safe-to-talk")[0]) == "tel:+64800044334"
    assert tel_url(channels_of("nz-netsafe")[0]) == "tel:+64508638723"
    assert tel_url(channels_of("nz-emergency-111")[0]) == "tel:111"
    assert tel_url(channels_of("nz-police")[0]) == "tel:105"
    assert tel_url(channels_of("nz-1737")[0]) == "tel:1737"
    assert tel_url(channels_of("au-kids-helpline")[0]) == "tel:1800551800"


def test_sms_urls_put_the_keyword_in_the_body() -> None:
    assert sms_url(channels_of("nz-safe-to-talk")[1]) == "sms:4334"
    assert sms_url(channels_of("nz-youthline")[1]) == "sms:234"
    assert sms_url(channels_of("ca-kids-help-phone")[1]) == "sms:686868?body=CONNECT"
    assert sms_url(channels_of("ie-pieta")[1]) == "sms:51444?body=HELP"
    assert sms_url(channels_of("au-lifeline")[1]) == "sms:+61477131114"
    keyword = Channel(
        type="text",
        value="4282",
        keyword="Netsafe",
        source="https://x.org",
        checked=CHECKED,
        timezone="Pacific/Auckland",
    )
    assert sms_url(keyword) == "sms:4282?body=Netsafe"


def test_open_urls() -> None:
    assert open_url(channels_of("nz-safe-to-talk")[2]) == "mailto:support@safetotalk.nz"
    assert open_url(channels_of("nz-safe-to-talk")[3]) == "https://safetotalk.nz/"
    with pytest.raises(ValueError):
        open_url(channels_of("nz-1737")[0])
    with pytest.raises(ValueError):
        sms_url(channels_of("nz-1737")[0])


# ------------------------------------------------------------- local copy


@pytest.fixture
def test_key(monkeypatch: pytest.MonkeyPatch) -> Ed25519PrivateKey:
    """A throw-away key pair standing in for the maintainers' key."""
    key = Ed25519PrivateKey.generate()
    monkeypatch.setattr(signature, "shipped_public_key", key.public_key)
    return key


def newer_bytes(bump: int = 1) -> bytes:
    data = shipped()
    data["version"] += bump
    data["services"][0]["name"] = "Emergency 111 (updated)"
    return json.dumps(data).encode("utf-8")


def test_a_signed_newer_local_copy_is_used(test_key: Ed25519PrivateKey) -> None:
    body = newer_bytes()
    local_path().write_bytes(local_envelope(body, test_key.sign(body)))
    directory = load_directory()
    assert directory.version == bundled_directory().version + 1
    assert directory.services[0].name == "Emergency 111 (updated)"


def test_an_older_local_copy_is_ignored(test_key: Ed25519PrivateKey) -> None:
    body = newer_bytes(bump=-1)
    local_path().write_bytes(local_envelope(body, test_key.sign(body)))
    assert load_directory().version == bundled_directory().version


def test_a_tampered_local_copy_is_ignored(test_key: Ed25519PrivateKey) -> None:
    body = newer_bytes()
    envelope = local_envelope(body, test_key.sign(body)).replace(b"(updated)", b"(changed)")
    local_path().write_bytes(envelope)
    assert load_directory().version == bundled_directory().version


def test_a_damaged_local_copy_is_ignored(safehelper_home: Path) -> None:
    local_path().write_text("{not json", encoding="utf-8")
    assert load_directory().version == bundled_directory().version


# --------------------------------------------------------------------- CLI


def test_cli_json_lists_services_with_channels(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["helplines", "--country", "NZ", "--json"]) == 0
    services = json.loads(capsys.readouterr().out)
    assert services[0]["name"] == "Emergency 111"
    for service in services:
        assert set(service) >= {"name", "country", "kinds", "channels"}
        assert service["country"] in ("NZ", "ALL")
        for channel in service["channels"]:
            assert {"type", "value"} <= set(channel)
    netsafe = next(s for s in services if s["name"] == "Netsafe")
    assert {"type": "call", "value": "0508 638 723"}.items() <= netsafe["channels"][0].items()


def test_cli_text_for_an_unknown_country(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["helplines", "--country", "zz"]) == 0
    out = capsys.readouterr().out
    assert "no checked helplines for ZZ" in out
    assert "Child Helpline International" in out


def test_cli_update_without_an_address_is_one_plain_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["helplines", "update"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("safehelper: No update address is set.")
    assert "\n" not in err
