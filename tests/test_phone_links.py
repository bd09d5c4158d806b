"""Call and Text on a desktop: offered only where an app can take them, and never silent.

Most computers have no app for ``tel:`` links, and ``xdg-open`` then fails with
nothing on screen. These tests build a fake XDG desktop with and without a
dialler and drive the real helpline cards with real clicks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.helplines_page import HelplinesPage
from xdg_phone import fake_desktop

from safehelper import phone_links
from safehelper.settings import Settings


@pytest.mark.parametrize("scheme", ["tel", "sms"])
def test_xdg_check_sees_a_registered_dialler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    fake_desktop(tmp_path, monkeypatch, phone_app=True)
    assert phone_links.has_handler(scheme)


@pytest.mark.parametrize("scheme", ["tel", "sms"])
def test_xdg_check_without_a_dialler_says_no(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    fake_desktop(tmp_path, monkeypatch, phone_app=False)
    assert not phone_links.has_handler(scheme)


def test_only_phone_schemes_are_asked_about() -> None:
    with pytest.raises(ValueError):
        phone_links.has_handler("https")


def page_for(qtbot, opens: bool = True) -> tuple[HelplinesPage, list[str]]:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString())
        return opens

    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator(), open_url=open_url)
    page = HelplinesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page, opened


def test_without_a_dialler_the_card_says_call_from_any_phone_and_has_no_call_button(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_desktop(tmp_path, monkeypatch, phone_app=False)
    page, _opened = page_for(qtbot)
    row = page.card("nz-emergency-111").rows[0]
    assert row.how.text() == "Call from any phone:"
    assert row.number.text() == "111"
    assert "Call from any phone: 111" in row.number.accessibleName()
    assert set(row.buttons) == {"copy"}
    texts = page.card("nz-youthline").rows[1]
    assert texts.how.text() == "From any phone:"
    assert texts.number.text() == "Text 234"
    assert "text" not in texts.buttons


def test_with_a_dialler_call_with_this_computer_opens_the_number(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_desktop(tmp_path, monkeypatch, phone_app=True)
    page, opened = page_for(qtbot)
    call = page.card("nz-emergency-111").button("call")
    assert call.text() == "Call with this computer"
    text = page.card("nz-youthline").button("text")
    assert text.text() == "Text with this computer"
    qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)
    assert opened == ["tel:111", "sms:234"]
    assert not page.card("nz-emergency-111").rows[0].status.isVisible()


def test_a_call_that_cannot_be_opened_is_said_on_the_card(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_desktop(tmp_path, monkeypatch, phone_app=True)
    page, opened = page_for(qtbot, opens=False)
    card = page.card("nz-emergency-111")
    card.button("call").setFocus()
    qtbot.keyClick(card.button("call"), Qt.Key.Key_Space)
    assert opened == ["tel:111"]
    status = card.rows[0].status
    qtbot.waitUntil(status.isVisible)
    assert status.text() == "This computer could not start a call. Call 111 from any phone."
    qtbot.mouseClick(page.card("nz-youthline").button("text"), Qt.MouseButton.LeftButton)
    assert page.card("nz-youthline").rows[1].status.text() == (
        "This computer could not open a text message. Send it from any phone: Text 234."
    )
