"""Incident details: stored encrypted in a real locker, each edit a chain record, summarised."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from safehelper import incident
from safehelper.errors import SafeHelperError
from safehelper.locker import Locker
from safehelper.resources import read_json

PASSPHRASE = "purple otter jumps 1987 quietly"


@pytest.fixture
def locker(tmp_path: Path) -> Iterator[Locker]:
    made = Locker.create(tmp_path / "locker", passphrase=PASSPHRASE, use_device=False)
    yield made
    made.close()


def test_empty_until_saved_then_round_trips(locker: Locker) -> None:
    assert incident.load(locker).is_empty()
    details = incident.Incident(
        apps=["Instagram"],
        usernames=["@them"],
        money_amount="200",
        currency="AUD",
        demanded_money=incident.YES,
        account="Line one\r\nline two",
    )
    incident.save(locker, details, now=datetime(2026, 11, 25, 16, 53, 57, tzinfo=UTC))
    loaded = incident.load(locker)
    assert loaded == details
    assert loaded.account == "Line one\nline two"
    assert loaded.updated_at == "2026-11-25T16:53:57Z"


def test_details_are_encrypted_on_disk(locker: Locker) -> None:
    incident.save(
        locker,
        incident.Incident(
            usernames=["@very_unique_offender_name"], crypto_wallets=["bc1qzzzuniquewallet"]
        ),
    )
    for path in locker.folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"very_unique_offender_name" not in data
            assert b"bc1qzzzuniquewallet" not in data


def test_each_edit_is_a_new_chain_record_and_unchanged_saves_add_none(locker: Locker) -> None:
    def documents() -> int:
        return sum(1 for r in locker.chain_records() if r.kind == "document")

    details = incident.Incident(apps=["Snapchat"])
    incident.save(locker, details)
    head = locker.chain_head()
    incident.save(locker, incident.Incident(apps=["Snapchat"]))
    assert documents() == 1 and locker.chain_head() == head
    incident.save(locker, incident.Incident(apps=["Snapchat", "Discord"]))
    assert documents() == 2 and locker.chain_head() != head
    assert incident.load(locker).apps == ["Snapchat", "Discord"]
    assert locker.verify().ok


def test_survives_reopening_with_the_passphrase(locker: Locker) -> None:
    incident.save(locker, incident.Incident(shared=incident.YES, shared_where="Instagram DMs"))
    folder = locker.folder
    locker.close()
    with Locker.open(folder) as again:
        again.unlock_with_passphrase(PASSPHRASE)
        assert incident.load(again).shared_where == "Instagram DMs"


def test_normalise_tidies_and_drops_unknown_choices() -> None:
    details = incident.Incident(
        apps=[" Instagram ", "", "Instagram"],
        paid="maybe",
        payment_methods=["gift_cards", "cheque"],
        currency="  NZD ",
    )
    details.normalise()
    assert details.apps == ["Instagram"]
    assert details.paid == ""
    assert details.payment_methods == ["gift_cards"]
    assert details.currency == "NZD"


def test_newer_or_damaged_data() -> None:
    newer = json.dumps(
        {"format": "safehelper-incident/2", "apps": "TikTok", "a_future_field": 1}
    ).encode()
    assert incident.Incident.from_json(newer).apps == ["TikTok"]
    with pytest.raises(SafeHelperError, match="could not be read"):
        incident.Incident.from_json(b"\xff not json")
    with pytest.raises(SafeHelperError):
        incident.Incident.from_json(b"[1, 2]")


def test_summary_is_plain_and_only_lists_answers() -> None:
    assert "no details" in incident.summary(incident.Incident())
    text = incident.summary(
        incident.Incident(
            apps=["Instagram", "Snapchat"],
            usernames=["@them"],
            demanded_money=incident.YES,
            money_amount="500",
            currency="NZD",
            payment_methods=["gift_cards", "crypto"],
            crypto_wallets=["bc1qwallet"],
            paid=incident.NO,
            shared=incident.NOT_SURE,
            account="They found me on Instagram.\nThen they moved to Snapchat.",
        )
    )
    assert "Apps or websites: Instagram, Snapchat" in text
    assert "Money they asked for: 500 NZD" in text
    assert "How they wanted to be paid: Gift cards, Cryptocurrency" in text
    assert "Was anything paid?: No" in text
    assert "Has anything been shared?: Not sure" in text
    assert "  Then they moved to Snapchat." in text
    assert "Bank account" not in text  # unanswered questions are left out


def test_memory_prompts_are_sourced_and_point_at_real_fields() -> None:
    prompts = incident.memory_prompts()
    assert len(prompts) >= 8
    known = {
        "apps",
        "usernames",
        "profile_links",
        "other_accounts",
        "contact_started",
        "demands",
        "payment",
        "paid",
        "shared",
        "account",
    }
    for prompt in prompts:
        assert prompt.field in known, prompt.id
        assert prompt.sources and all(s.startswith(("https://", "http://")) for s in prompt.sources)
        assert prompt.checked == "2026-11-25"
        assert prompt.text.endswith(("?", "."))
    assert read_json("incident", "prompts.json")["intro"] == incident.memory_intro()


def test_an_amount_typed_beside_no_or_not_sure_is_never_dropped() -> None:
    text = incident.summary(
        incident.Incident(
            demanded_money=incident.NOT_SURE,
            money_amount="300",
            currency="AUD",
            paid=incident.NO,
            amount_paid="50 AUD in gift cards",
        )
    )
    assert "Did they ask for money?: Not sure" in text
    assert "Money they asked for: 300 AUD" in text
    assert "Was anything paid?: No" in text
    assert "Amount paid: 50 AUD in gift cards" in text
