"""The summary copied for a police or hotline report form, from a real locker."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from safehelper import incident
from safehelper.locker import Locker
from safehelper.report_summary import TEMPLATE, evidence_line, summary_text

PASSPHRASE = "a long test passphrase"


def png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 40), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def locker(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = Locker.create(tmp_path / "locker", passphrase=PASSPHRASE, use_device=False)
    yield opened
    opened.close()


def test_without_a_locker_the_summary_is_a_template_to_fill_in() -> None:
    assert summary_text() == TEMPLATE
    assert "Their username or profile link:" in TEMPLATE


def test_an_empty_unlocked_locker_says_nothing_is_saved_yet(locker: Locker) -> None:
    assert evidence_line(locker) == "I have not saved any screenshots in SafeHelper yet."
    assert summary_text(locker).startswith(TEMPLATE)


def test_saved_items_add_their_count_and_date(locker: Locker) -> None:
    locker.add_image(png("red"), "screen")
    locker.add_image(png("blue"), "clipboard")
    today = datetime.now(UTC).date().isoformat()
    assert evidence_line(locker) == (
        f"I have saved 2 screenshots of what happened in SafeHelper, on {today}."
    )


def test_incident_details_replace_the_blanks(locker: Locker) -> None:
    details = incident.Incident(account="They said they would send it to my school.")
    incident.save(locker, details)
    locker.add_image(png("red"), "screen")
    text = summary_text(locker)
    assert not text.startswith(TEMPLATE)
    assert "They said they would send it to my school." in text
    assert "I have saved 1 screenshot" in text


def test_a_locked_locker_adds_nothing(locker: Locker) -> None:
    incident.save(locker, incident.Incident(account="private words"))
    locker.lock()
    assert evidence_line(locker) == ""
    assert summary_text(locker) == TEMPLATE
