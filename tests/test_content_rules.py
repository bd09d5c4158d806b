"""The rules the guidance and the helpline directory must keep, read from the real files.

Everything here goes through the code the app and ``safehelper guide`` use
(``guidance_text.render_walkthrough``, ``takedown_services``, the bundled directory),
so a counsellor editing a JSON file cannot break a promise unnoticed.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.helplines_page import HelplinesPage
from safehelper_ui.walkthrough import WalkthroughPage

from safehelper import alert, guidance, guidance_text, helpline_hours, helpline_links, helplines
from safehelper.guidance import Answers
from safehelper.resources import read_text
from safehelper.settings import Settings

AUCKLAND = ZoneInfo("Pacific/Auckland")
# Claims nothing drafted or sent may make for the young person.
SAFE_CLAIMS = re.compile(
    r"\b(i'?m|i am|they are|they're|(s)?he is|is) (safe|fine|ok|okay|calm)\b", re.IGNORECASE
)
# Call and text lines whose hours no page we could read states. Adding one here is a
# decision, not an accident: the app then shows no open/closed badge for it.
HOURS_UNCONFIRMED = {
    ("nz-netsafe", "4282"),
    ("au-crime-stoppers", "1800 333 000"),
    ("us-fbi", "1-800-225-5324"),
    ("ca-cybertip", "1-866-658-9022"),
    ("ie-childline", "50101"),
}


# ----- the walkthrough ---------------------------------------------------------------------


def test_first_walkthrough_screen_puts_the_urgent_donts_above_the_question(qtbot) -> None:
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    page = WalkthroughPage(ctx)
    qtbot.addWidget(page)
    texts = [w.text() for w in page.content.findChildren(QLabel) if w.isVisibleTo(page)]
    question = texts.index("Are you safe right now?")
    urgent = "\n".join(texts[:question])
    assert "Do not pay them." in urgent
    assert "Do not reply to them." in urgent
    assert "Do not delete anything" in urgent
    assert "You are not in trouble." in urgent
    assert "call 111" in urgent


def test_the_printed_walkthrough_starts_with_the_donts_too() -> None:
    text = guidance_text.render_walkthrough(Answers(), "NZ", width=0)
    first_step = text.index("STEP 1 OF")
    for line in ("Do not pay them.", "Do not reply to them.", "Do not delete anything"):
        assert text.index(line) < first_step


def test_every_platform_guide_says_save_proof_before_blocking() -> None:
    for guide in guidance.platforms():
        first = guide.paragraphs[0].text
        assert "Save proof first" in first, guide.id
        assert "before you block" in first, guide.id


def test_platform_guides_say_to_tell_the_app_you_are_under_18() -> None:
    for guide in guidance.platforms():
        if guide.id == "email":  # a spam report has nowhere to say it
            continue
        assert any("under 18" in p.text for p in guide.paragraphs), guide.id


def test_platform_links_are_english_help_pages() -> None:
    for guide in guidance.platforms():
        if not guide.url:
            continue
        assert "newsroom" not in guide.url, guide.id
        assert "ta-IN" not in guide.url and "query=" not in guide.url, guide.id
    discord = guidance.platform_guide("discord")
    assert any("Report Message" in p.text for p in discord.paragraphs)


@pytest.mark.parametrize(
    ("country", "service"),
    [
        ("NZ", "Netsafe"),
        ("AU", "eSafety"),
        ("GB", "Report Remove"),
        ("US", "Take It Down"),
        ("CA", "NeedHelpNow"),
        ("IE", "Hotline.ie"),
    ],
)
def test_take_down_step_names_the_countrys_own_service(country: str, service: str) -> None:
    offered = guidance.takedown_services(Answers(), country)
    assert service in offered[0].title
    printed = guidance_text.render_walkthrough(Answers(), country, width=0)
    assert f"{offered[0].title}: {offered[0].url}" in printed


def test_adults_with_pictures_from_before_18_get_a_take_it_down_button() -> None:
    offered = guidance.takedown_services(Answers(age="adult"), "US")
    assert [s.id for s in offered] == ["take_it_down_adult", "stopncii"]
    assert offered[0].url == "https://takeitdown.ncmec.org/"


def test_the_take_down_exception_is_named_where_saving_is_forbidden() -> None:
    proof = next(s for s in guidance.steps_for(Answers(), "NZ") if s.entry.id == "save_evidence")
    assert any("safe exception" in line and "Take It Down" in line for line in proof.after)
    take_down = next(s for s in guidance.steps_for(Answers(), "NZ") if s.entry.id == "take_down")
    assert any("safe and legal" in line for line in take_down.paragraphs)


def test_scare_claims_include_capping_as_fact_and_the_common_lies() -> None:
    claims = {c.id: c.text for c in guidance.load_guidance().claims}
    assert claims["capping"].startswith("Some offenders secretly screenshot or record")
    assert "may say" not in claims["capping"]
    assert "arrested" in claims["in_trouble"]
    assert "countdown" in claims["countdown"]
    assert "your age" in claims["your_age"]


def test_end_screen_offers_the_not_ok_route(qtbot) -> None:
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    page = WalkthroughPage(ctx)
    qtbot.addWidget(page)
    page.go_to("end")
    assert page.not_ok_button is not None
    assert page.not_ok_button.text() == "I'm not OK"


# ----- never speak for the teen ------------------------------------------------------------


def test_nothing_drafted_or_sent_says_the_teen_is_safe() -> None:
    drafts = [m.text for m in guidance.load_guidance().messages]
    sent = [alert.message_for("Mele", w) for w in alert.WORDINGS]
    for text in (*drafts, *sent):
        assert not SAFE_CLAIMS.search(text), text
    urgent = guidance.load_guidance().message("need_help_now").text
    assert "right now" in urgent
    assert "right now" in alert.message_for("Mele", alert.HELP_NOW)


def test_warn_friends_asks_them_not_to_save_or_forward() -> None:
    text = guidance.load_guidance().message("warn_friends").text
    assert "don't save or forward it, not even to me" in text


def test_parents_guide_covers_the_image_in_the_chat_money_and_their_own_support() -> None:
    text = guidance_text.render_parents_guide(width=0)
    assert "a screenshot of the chat can show it" in text
    assert "bank or payment app" in text
    assert "Never agree to move money" in text
    assert "SUPPORT FOR YOU" in text


# ----- the helpline directory --------------------------------------------------------------


def raw_directory() -> dict:  # type: ignore[type-arg]
    return json.loads(read_text("helplines.json"))


def test_every_channel_says_something_about_its_hours() -> None:
    for service in raw_directory()["services"]:
        for channel in service["channels"]:
            hours = channel.get("hours")
            assert hours is not None, (service["id"], channel["value"])
            if hours == helplines.UNCONFIRMED:
                assert channel["type"] not in ("call", "text") or (
                    (service["id"], channel["value"]) in HOURS_UNCONFIRMED
                ), (service["id"], channel["value"])
            if channel["type"] == "call" and (service["id"], channel["value"]) not in (
                HOURS_UNCONFIRMED
            ):
                assert hours == "24/7" or isinstance(hours, dict), service["id"]


def test_netsafe_channels_come_from_its_incident_support_page() -> None:
    netsafe = helplines.bundled_directory().service("nz-netsafe")
    text = next(c for c in netsafe.channels if c.type == "text")
    assert helpline_links.sms_url(text) == "sms:4282?body=Netsafe"
    call = next(c for c in netsafe.channels if c.type == "call")
    assert call.source == "https://www.netsafe.org.nz/the-kit/incident-support/"
    assert netsafe.has_kind("parents")


@pytest.mark.parametrize(
    ("service_id", "url"),
    [
        ("gb-shout", "sms:85258?body=SHOUT"),
        ("us-crisis-text-line", "sms:741741?body=HOME"),
        ("ie-50808", "sms:50808?body=TALK"),
    ],
)
def test_text_lines_fill_in_their_keyword(service_id: str, url: str) -> None:
    service = helplines.bundled_directory().service(service_id)
    assert helpline_links.sms_url(service.channels[0]) == url


def test_the_added_lines_and_routes() -> None:
    directory = helplines.bundled_directory()
    assert directory.service("gb-revenge-porn-helpline").age_min == 18
    assert directory.service("ie-drcc").channels[0].value == "1800 77 88 88"
    assert directory.service("au-crime-stoppers").channels[0].value == "1800 333 000"
    us = directory.police_route("US")
    assert us is not None and "us-fbi" in us.service_ids
    fbi = directory.service("us-fbi")
    assert helpline_links.tel_url(fbi.channels[1]) == "tel:+18002255324"
    assert all(c.secondary for c in fbi.channels)  # no fbi.gov page was readable
    rape_crisis = directory.service("gb-rape-crisis-support-line")
    assert "phone" not in rape_crisis.description  # no number we could confirm
    assert directory.query("NZ", kind="parents", include_international=False)


# ----- open now on a public holiday ---------------------------------------------------------


def netsafe_call() -> helplines.Channel:
    service = helplines.bundled_directory().service("nz-netsafe")
    return next(c for c in service.channels if c.type == "call")


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 12, 25, 18, 0, tzinfo=AUCKLAND), False),  # Christmas Day, a Friday
        (datetime(2026, 12, 25, 16, 59, tzinfo=AUCKLAND), True),
        (datetime(2026, 12, 25, 8, 30, tzinfo=AUCKLAND), False),  # holidays open at 9
        (datetime(2026, 7, 10, 19, 0, tzinfo=AUCKLAND), False),  # Matariki
        (datetime(2026, 7, 17, 19, 0, tzinfo=AUCKLAND), True),  # the Friday after
        (datetime(2027, 10, 25, 19, 30, tzinfo=AUCKLAND), False),  # Labour Day 2027
    ],
)
def test_netsafe_open_now_follows_new_zealand_public_holidays(
    moment: datetime, expected: bool
) -> None:
    assert helpline_hours.is_open(netsafe_call(), moment) is expected


def test_the_help_page_badge_is_right_on_a_holiday_evening(qtbot) -> None:
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    page = HelplinesPage(ctx)
    qtbot.addWidget(page)
    card = page.card("nz-netsafe")
    card.refresh(datetime(2026, 12, 25, 18, 0, tzinfo=AUCKLAND))
    assert card.rows[0].badge.text() == "Closed now"
    card.refresh(datetime(2026, 12, 24, 18, 0, tzinfo=AUCKLAND))  # an ordinary Thursday
    assert card.rows[0].badge.text() == "Open now"
    assert "public holidays 9:00–17:00" in card.rows[0].hours.text()
