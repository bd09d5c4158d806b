"""The help and crisis pages: every action button opens exactly the right URL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.crisis_page import CrisisPage
from safehelper_ui.helplines_page import HelplinesPage
from safehelper_ui.service_card import ServiceCard
from xdg_phone import fake_desktop

from safehelper import settings as settings_store
from safehelper.helpline_links import open_url, sms_url, tel_url
from safehelper.report_summary import TEMPLATE
from safehelper.settings import Settings


class Opened:
    """Stands in for QDesktopServices.openUrl and remembers what it was asked to open."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString())
        return True


@pytest.fixture(autouse=True)
def phone_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check every Call and Text URL, so the desktop has a dialler."""
    fake_desktop(tmp_path / "desktop", monkeypatch, phone_app=True)


def make_ctx(country: str) -> tuple[AppContext, Opened]:
    opened = Opened()
    ctx = AppContext(settings=Settings(country=country), navigator=Navigator(), open_url=opened)
    return ctx, opened


@pytest.fixture
def nz_page(qtbot) -> tuple[HelplinesPage, Opened]:
    ctx, opened = make_ctx("NZ")
    page = HelplinesPage(ctx)
    qtbot.addWidget(page)
    return page, opened


def click(qtbot, card: ServiceCard, action: str, channel_type: str | None = None) -> None:
    qtbot.mouseClick(card.button(action, channel_type), Qt.MouseButton.LeftButton)


def test_new_zealand_actions_open_the_exact_urls(qtbot, nz_page) -> None:
    page, opened = nz_page
    click(qtbot, page.card("nz-emergency-111"), "call")
    click(qtbot, page.card("nz-police"), "call")
    click(qtbot, page.card("nz-police"), "open", "report")
    click(qtbot, page.card("nz-netsafe"), "call")
    click(qtbot, page.card("nz-netsafe"), "open", "report")
    click(qtbot, page.card("nz-safe-to-talk"), "call")
    click(qtbot, page.card("nz-safe-to-talk"), "text")
    click(qtbot, page.card("nz-safe-to-talk"), "open", "email")
    click(qtbot, page.card("nz-safe-to-talk"), "open", "chat")
    click(qtbot, page.card("nz-youthline"), "call")
    click(qtbot, page.card("nz-youthline"), "text")
    click(qtbot, page.card("nz-1737"), "call")
    click(qtbot, page.card("nz-1737"), "text")
    click(qtbot, page.card("all-take-it-down"), "open")
    assert opened.urls == [
        "tel:111",
        "tel:105",
        "https://105.police.govt.nz/",
        "tel:+64508638723",
        "https://report.netsafe.org.nz/hc/en-au/requests/new",
        "tel:+64800044334",
        "sms:4334",
        "mailto:support@safetotalk.nz",
        "https://safetotalk.nz/",
        "tel:+64800376633",
        "sms:234",
        "tel:1737",
        "sms:1737",
        "https://takeitdown.ncmec.org/",
    ]


@pytest.mark.parametrize("country", ["NZ", "AU", "GB", "US", "CA", "IE", "ALL"])
def test_every_button_on_the_page_opens_its_channel(qtbot, country: str) -> None:
    ctx, opened = make_ctx(country)
    page = HelplinesPage(ctx)
    qtbot.addWidget(page)
    assert page.cards
    for card in page.cards:
        for row in card.rows:
            for action, button in row.buttons.items():
                if action == "copy":
                    continue
                opened.urls.clear()
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                channel = row.channel
                expected = {"call": tel_url, "text": sms_url, "open": open_url}[action](channel)
                assert opened.urls == [expected], (card.service.id, action)


def test_text_keywords_fill_the_message(qtbot) -> None:
    ctx, opened = make_ctx("CA")
    page = HelplinesPage(ctx)
    qtbot.addWidget(page)
    click(qtbot, page.card("ca-kids-help-phone"), "text")
    click(qtbot, page.card("ca-kids-help-phone"), "call")
    assert opened.urls == ["sms:686868?body=CONNECT", "tel:+18006686868"]


def test_copy_number_puts_the_number_on_the_clipboard(qtbot, nz_page) -> None:
    page, opened = nz_page
    click(qtbot, page.card("nz-youthline"), "copy", "call")
    assert QGuiApplication.clipboard().text() == "0800 376 633"
    assert opened.urls == []


def test_numbers_are_shown_large_and_selectable(nz_page) -> None:
    page, _ = nz_page
    row = page.card("nz-safe-to-talk").rows[0]
    assert row.number.text() == "0800 044 334"
    assert row.number.objectName() == "cardNumber"
    assert row.number.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_open_now_badges_use_the_services_time(nz_page) -> None:
    page, _ = nz_page
    netsafe = page.card("nz-netsafe")
    # 21:00 UTC on Tuesday 24 Nov = 10:00 Wednesday in Auckland.
    netsafe.refresh(datetime(2026, 11, 24, 21, 0, tzinfo=UTC))
    assert netsafe.rows[0].badge.text() == "Open now"
    # 17:30 UTC on Wednesday = 06:30 Thursday in Auckland.
    netsafe.refresh(datetime(2026, 11, 25, 17, 30, tzinfo=UTC))
    assert netsafe.rows[0].badge.text() == "Closed now"
    assert netsafe.rows[0].badge.objectName() == "closedBadge"
    assert "Auckland time" in netsafe.rows[0].hours.text()
    assert page.card("nz-1737").rows[0].badge.text() == "Open 24/7"
    assert netsafe.rows[1].badge.isHidden()  # a web form has no hours


def test_sections_are_in_order_of_need(nz_page) -> None:
    page, _ = nz_page
    assert list(page.sections) == ["danger", "talk", "report", "takedown", "parents"]
    assert [page.sections[k].text() for k in page.sections] == [
        "I'm in danger now",
        "I want to talk to someone",
        "Report what happened",
        "Get images taken down",
        "For parents",
    ]
    assert page.cards[0].service.id == "nz-emergency-111"


def test_changing_country_on_the_page_saves_it(qtbot, nz_page) -> None:
    page, opened = nz_page
    box = page.picker.box
    box.setCurrentIndex(box.findData("AU"))
    assert settings_store.load().country == "AU"
    assert page.cards[0].service.id == "au-emergency-000"
    click(qtbot, page.cards[0], "call")
    assert opened.urls == ["tel:000"]


def test_another_country_shows_international_services_and_the_fallback(qtbot, nz_page) -> None:
    page, _ = nz_page
    box = page.picker.box
    box.setCurrentIndex(box.findData(""))
    assert settings_store.load().country == "ALL"
    ids = [c.service.id for c in page.cards]
    assert "all-child-helpline-international" in ids
    assert "all-take-it-down" in ids and "all-stopncii" in ids
    assert not any(i.startswith("nz-") for i in ids)
    # Showing the page again keeps "another country", not the locale's guess.
    page.on_shown()
    assert page.picker.code() == ""


def test_copy_a_summary_for_the_police(qtbot, nz_page) -> None:
    page, _ = nz_page
    panel = page.police_panel
    assert panel is not None and "105" in panel.route.text()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == TEMPLATE
    assert panel.status.isVisibleTo(page)
    page.summary_source = lambda: "I have saved 3 screenshots."
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "I have saved 3 screenshots."


def test_crisis_page_shows_111_first_for_new_zealand(qtbot) -> None:
    ctx, opened = make_ctx("NZ")
    page = CrisisPage(ctx)
    qtbot.addWidget(page)
    assert "111" in page.emergency.text()
    kinds = [c.service.kinds[0] for c in page.cards]
    assert page.cards[0].service.id == "nz-emergency-111"
    assert kinds == sorted(kinds, key=["emergency", "crisis", "youth"].index)
    assert {"nz-1737", "nz-youthline"} <= {c.service.id for c in page.cards}
    click(qtbot, page.cards[0], "call")
    assert opened.urls == ["tel:111"]


@pytest.mark.parametrize(
    ("country", "number", "first"),
    [
        ("AU", "000", "au-emergency-000"),
        ("GB", "999", "gb-emergency-999"),
        ("US", "911", "us-emergency-911"),
        ("CA", "911", "ca-emergency-911"),
        ("IE", "112", "ie-emergency"),
    ],
)
def test_crisis_page_puts_the_emergency_number_first(qtbot, country, number, first) -> None:
    ctx, _ = make_ctx(country)
    page = CrisisPage(ctx)
    qtbot.addWidget(page)
    assert number in page.emergency.text()
    assert page.cards[0].service.id == first
    assert any(c.service.has_kind("crisis") for c in page.cards)


def test_crisis_page_for_another_country_points_to_the_directory(qtbot) -> None:
    ctx, _ = make_ctx("ALL")
    page = CrisisPage(ctx)
    qtbot.addWidget(page)
    assert "your country's emergency number" in page.emergency.text()
    assert [c.service.id for c in page.cards] == ["all-child-helpline-international"]


def test_every_button_has_an_accessible_name(nz_page) -> None:
    page, _ = nz_page
    for card in page.cards:
        for row in card.rows:
            for button in row.buttons.values():
                assert button.accessibleName(), card.service.id


@pytest.mark.parametrize(
    "damage",
    [
        b"[" * 100_000,
        b'{"format": 1, "signature": "", "directory": "' + b"[" * 100_000 + b'"}',
        b"",
    ],
)
def test_a_crafted_local_update_never_stops_the_crisis_page(qtbot, damage: bytes) -> None:
    from safehelper.helplines import local_path

    local_path().write_bytes(damage)
    ctx, opened = make_ctx("NZ")
    page = CrisisPage(ctx)
    qtbot.addWidget(page)
    assert "111" in page.emergency.text()
    assert page.cards[0].service.id == "nz-emergency-111"
    click(qtbot, page.cards[0], "call")
    assert opened.urls == ["tel:111"]
