"""Where the teen is: every signal, strongest first, and the question when they disagree.

The time zone comes from ``TZ`` and the locale from ``LANG``, as on a real
computer; the OS region (Windows' home location, macOS's region) through the
settable ``region.os_region_reader``, because this machine has neither.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.country_question import CountryQuestion
from safehelper_ui.crisis_page import CrisisPage
from safehelper_ui.walkthrough import WalkthroughPage

from safehelper import region
from safehelper import settings as settings_store
from safehelper.settings import Settings


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set what the computer says: its region, time zone and locale."""

    def set_signals(os_region: str = "", zone: str = "UTC", locale: str = "C.UTF-8") -> None:
        monkeypatch.setattr(region, "os_region_reader", lambda: os_region)
        monkeypatch.setenv("TZ", zone)
        monkeypatch.setenv("LANG", locale)
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)

    return set_signals


def test_zone_table_maps_zones_to_countries() -> None:
    assert region.country_for_zone("Pacific/Auckland") == "NZ"
    assert region.country_for_zone("Europe/Dublin") == "IE"
    assert region.country_for_zone("Europe/London") == "GB"
    assert region.country_for_zone("Australia/Perth") == "AU"
    assert region.country_for_zone("America/Winnipeg") == "CA"
    assert region.country_for_zone("America/Chicago") == "US"
    assert region.country_for_zone("UTC") == ""
    assert region.country_for_zone("Mars/Olympus") == ""


def test_c_locales_name_no_country() -> None:
    assert region.country_from_locale("C.UTF-8") == ""
    assert region.country_from_locale("POSIX") == ""
    assert region.country_from_locale("en_NZ.UTF-8") == "NZ"
    assert region.country_from_locale("en-GB") == "GB"


def test_us_english_in_auckland_never_gives_only_911(system) -> None:
    system(zone="Pacific/Auckland", locale="en_US.UTF-8")
    settings = Settings()
    assert region.guess_country() == ""
    assert region.needs_question(settings)
    assert region.likely_countries() == ["NZ", "US"]  # the time zone outranks the language


def test_british_english_in_dublin_asks_or_says_ireland(system) -> None:
    system(zone="Europe/Dublin", locale="en_GB.UTF-8")
    assert region.needs_question(Settings())
    assert region.likely_countries()[0] == "IE"


def test_unknown_everything_asks(system) -> None:
    system()
    assert region.read_signals().in_order() == []
    assert region.needs_question(Settings())
    assert region.likely_countries() == list(region.countries())


def test_a_locale_on_its_own_is_not_enough(system) -> None:
    # Python reports even C.UTF-8 as en_US, and family computers are often en_US.
    system(locale="en_US.UTF-8")
    assert region.guess_country() == ""
    assert region.needs_question(Settings())


def test_agreeing_signals_are_trusted(system) -> None:
    system(zone="Pacific/Auckland", locale="en_NZ.UTF-8")
    assert region.guess_country() == "NZ"
    assert not region.needs_question(Settings())
    assert region.current_country(Settings()) == "NZ"


def test_the_os_region_is_the_strongest_signal(system) -> None:
    system(os_region="NZ", zone="UTC", locale="en_US.UTF-8")
    assert region.likely_countries() == ["NZ", "US"]
    assert region.needs_question(Settings())  # still ask: the language disagrees
    system(os_region="NZ", zone="Pacific/Auckland", locale="en_GB.UTF-8")
    assert region.likely_countries()[0] == "NZ"


def test_a_saved_answer_is_never_asked_again(system) -> None:
    system(zone="Pacific/Auckland", locale="en_US.UTF-8")
    assert not region.needs_question(Settings(country="NZ"))
    assert not region.needs_question(Settings(country=region.INTERNATIONAL))
    assert region.current_country(Settings(country=region.INTERNATIONAL)) == ""


def test_the_real_os_region_reader_is_a_no_op_on_linux() -> None:
    assert region.read_os_region() == ""


# ----- the question on screen -------------------------------------------------------------


def labels(widget: QWidget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]


def test_crisis_page_shows_both_numbers_then_remembers_the_answer(qtbot, system) -> None:
    system(zone="Pacific/Auckland", locale="en_US.UTF-8")
    ctx = AppContext(settings=Settings(), navigator=Navigator())
    page = CrisisPage(ctx)
    qtbot.addWidget(page)
    page.show()
    question = page.country_question
    assert isinstance(question, CountryQuestion)
    numbers = [label.text() for label in question.number_labels]
    assert numbers == ["New Zealand: 111", "United States: 911"]
    assert not page.emergency.isVisibleTo(page)
    qtbot.mouseClick(question.buttons["NZ"], Qt.MouseButton.LeftButton)
    assert settings_store.load().country == "NZ"
    assert page.country_question is None
    assert "111" in page.emergency.text()
    assert page.cards[0].service.id == "nz-emergency-111"


def test_walkthrough_first_screen_asks_when_unknown(qtbot, system) -> None:
    system()
    ctx = AppContext(settings=Settings(), navigator=Navigator())
    page = WalkthroughPage(ctx)
    qtbot.addWidget(page)
    page.show()
    question = page.country_question
    assert isinstance(question, CountryQuestion)
    assert len(question.number_labels) == len(region.countries())
    assert set(question.buttons) == {*region.countries(), region.INTERNATIONAL}
    qtbot.mouseClick(question.buttons[region.INTERNATIONAL], Qt.MouseButton.LeftButton)
    assert settings_store.load().country == region.INTERNATIONAL
    assert page.country_question is None
    assert any("your local emergency number" in text for text in labels(page.content))


def test_walkthrough_does_not_ask_when_the_signals_agree(qtbot, system) -> None:
    system(zone="Europe/London", locale="en_GB.UTF-8")
    ctx = AppContext(settings=Settings(), navigator=Navigator())
    page = WalkthroughPage(ctx)
    qtbot.addWidget(page)
    assert page.country_question is None
    assert any("call 999" in text for text in labels(page.content))


def test_crisis_page_lists_both_likely_countries_lines_until_answered(qtbot, system) -> None:
    system(zone="Europe/Dublin", locale="en_GB.UTF-8")
    ctx = AppContext(settings=Settings(), navigator=Navigator())
    page = CrisisPage(ctx)
    qtbot.addWidget(page)
    ids = [card.service.id for card in page.cards]
    assert ids[0] == "ie-emergency"
    assert "gb-emergency-999" in ids
    assert ids.index("gb-emergency-999") > ids.index("ie-emergency")
    assert not page.picker.isVisibleTo(page)
