"""Family set-up, driven like a person would: setup pages, the alert dialog, settings, removal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from http_recorder import RecordingServer
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget
from safehelper_ui import theme
from safehelper_ui.alert_dialog import AlertDialog
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.family_page import FamilyPage
from safehelper_ui.home import HomePage
from safehelper_ui.settings_page import SettingsPage
from safehelper_ui.setup import SetupPage
from safehelper_ui.trusted_adults_panel import TrustedAdultsPanel

from safehelper import alert, data_removal, family, keychain, keyslots
from safehelper import settings as settings_store
from safehelper.locker import Locker
from safehelper.settings import Settings

DESKTOP_FILE = "autostart/nz.safehelper.SafeHelper.desktop"


@pytest.fixture(autouse=True)
def private_xdg_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def plain_look(qapp: QApplication, ctx: AppContext) -> Iterator[None]:
    """Setup changes the text size of the whole app; put it back for the next test.

    Every send still running is waited for first, as quitting the app does.
    """
    yield
    ctx.jobs.wait_all()
    theme.apply(qapp, Settings())


@pytest.fixture
def opened() -> list[str]:
    return []


@pytest.fixture
def ctx(opened: list[str]) -> AppContext:
    def record(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    return AppContext(settings=Settings(country="NZ"), navigator=Navigator(), open_url=record)


@pytest.fixture
def went(ctx: AppContext) -> list[str]:
    pages: list[str] = []
    ctx.navigator.requested.connect(pages.append)
    return pages


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    srv = RecordingServer()
    yield srv
    srv.stop()


@pytest.fixture
def clean_keyring() -> Iterator[None]:
    yield
    for name in data_removal.keyring_entries():
        keychain.delete_secret(name)


def show(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.accessibleName()
    # Radio buttons and check boxes answer on their box and text, not on the empty row end.
    pos = (
        QPoint(8, button.height() // 2)
        if isinstance(button, QRadioButton | QCheckBox)
        else button.rect().center()
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def type_into(qtbot, edit: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


# Setup ----------------------------------------------------------------------------------------


@pytest.mark.keyring
def test_setup_runs_through_and_saves_everything(
    qtbot,
    qapp,
    ctx: AppContext,
    went: list[str],
    server: RecordingServer,
    clean_keyring: None,
    private_xdg_config: Path,
) -> None:
    page = show(qtbot, SetupPage(ctx))
    page.on_shown()
    assert page.current_key() == "who"
    click(qtbot, page.who.parent_choice)
    assert settings_store.load().setup_by == "parent"
    click(qtbot, page.next_button)

    assert page.current_key() == "appearance"
    form = page.appearance
    form.country_box.setCurrentIndex(form.country_box.findData("AU"))
    form.text_box.setCurrentIndex(form.text_box.findData(150))
    form.theme_box.setCurrentIndex(form.theme_box.findData("dark"))
    assert qapp.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.5)
    assert qapp.palette().window().color().name() == "#171b22"
    saved = settings_store.load()
    assert (saved.country, saved.text_scale, saved.theme) == ("AU", 150, "dark")
    click(qtbot, page.next_button)

    assert page.current_key() == "locker"
    qtbot.waitUntil(page.locker.choices["device"].isEnabled)  # the keyring answers in a job
    click(qtbot, page.locker.choices["device"])
    assert not page.locker.passphrase_box.isVisible()
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: page.current_key() == "autostart", timeout=20_000)  # made off-thread
    assert Locker.exists()
    with Locker.open() as locker:
        assert locker.has_device_slot() and not locker.has_passphrase_slot()
        device_entry = keyslots.device_entry_name(locker.locker_id)
    assert keyring.get_password("SafeHelper", device_entry)

    assert page.current_key() == "autostart"
    click(qtbot, page.autostart.check)
    desktop_file = private_xdg_config / DESKTOP_FILE
    assert desktop_file.is_file()
    assert settings_store.load().autostart is True
    click(qtbot, page.next_button)

    assert page.current_key() == "adults"
    editor = page.adults
    type_into(qtbot, editor.name_edit, "Aroha")
    type_into(qtbot, editor.relationship_edit, "Aunt")
    type_into(qtbot, editor.phone_edit, "+64 21 555 0101")
    click(qtbot, editor.save_button)
    # Typed but not added: Next adds it rather than losing it.
    type_into(qtbot, editor.name_edit, "Dad")
    type_into(qtbot, editor.email_edit, "dad@example.org")
    click(qtbot, page.next_button)
    adults = family.trusted_adults(settings_store.load())
    assert [(a.name, a.phone, a.email) for a in adults] == [
        ("Aroha", "+64 21 555 0101", ""),
        ("Dad", "", "dad@example.org"),
    ]

    assert page.current_key() == "alert"
    editor = page.alert
    type_into(qtbot, editor.name_edit, "Mele")
    type_into(qtbot, editor.recipient_edit, "Mum")
    assert "Mele needs your help with something online." in editor.preview.text()
    click(qtbot, editor.kind_buttons["ntfy"])
    secret_url = server.url("/mele-family-9f3k2")
    type_into(qtbot, editor.url_edit, secret_url)
    assert server.requests == []
    click(qtbot, editor.test_button)
    qtbot.waitUntil(lambda: "Test sent" in editor.status.text(), timeout=10000)
    assert [r.body.decode() for r in server.requests] == [alert.TEST_MESSAGE]
    assert keyring.get_password("SafeHelper", alert.KEYRING_ENTRY) == secret_url
    settings_text = settings_store.settings_path().read_text(encoding="utf-8")
    assert secret_url not in settings_text and "mele-family" not in settings_text
    saved = settings_store.load()
    assert (saved.alert_channel, saved.alert_name, saved.alert_recipient) == ("ntfy", "Mele", "Mum")
    click(qtbot, page.next_button)

    assert page.current_key() == "promise"
    assert "does not monitor your child" in " ".join(label.text() for label in page.promise.labels)
    assert page.next_button.text() == "Finish"
    click(qtbot, page.next_button)
    assert settings_store.load().first_run_done is True
    assert went[-1] == "family"
    assert len(server.requests) == 1  # finishing sends nothing


def test_shared_login_needs_matching_passphrases_and_makes_no_device_key(
    qtbot, ctx: AppContext
) -> None:
    ctx.settings.setup_by = "parent"
    page = show(qtbot, SetupPage(ctx))
    page.show_step(2)
    click(qtbot, page.locker.choices["passphrase"])
    assert page.locker.parent_note.isVisible()  # "Let the young person type it themselves"
    type_into(qtbot, page.locker.passphrase, "purple kayak at dawn")
    type_into(qtbot, page.locker.repeat, "purple kayak at dusk")
    click(qtbot, page.next_button)
    assert page.current_key() == "locker"
    assert "not the same" in page.locker.status.text()
    assert not Locker.exists()
    ctx.locker.lock()  # Hide now forgets a half-typed passphrase
    assert page.locker.passphrase.text() == "" and page.locker.repeat.text() == ""
    type_into(qtbot, page.locker.passphrase, "purple kayak at dawn")
    type_into(qtbot, page.locker.repeat, "purple kayak at dawn")
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: page.current_key() == "autostart", timeout=20_000)  # made off-thread
    with Locker.open() as locker:
        assert locker.has_passphrase_slot() and not locker.has_device_slot()
        locker.unlock_with_passphrase("purple kayak at dawn")
        assert locker.is_unlocked


def test_skipping_setup_keeps_what_was_chosen_and_goes_home(
    qtbot, ctx: AppContext, went: list[str]
) -> None:
    page = show(qtbot, SetupPage(ctx))
    click(qtbot, page.who.parent_choice)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.who.parent_choice.setFocus()
    qtbot.keyClick(page.who.parent_choice, Qt.Key.Key_Down)  # keyboard only
    assert page.who.teen_choice.isChecked()
    click(qtbot, page.next_button)
    click(qtbot, page.skip_button)
    saved = settings_store.load()
    assert saved.first_run_done is True and saved.setup_by == "teen"
    assert went == ["home"]


def test_a_bad_phone_number_is_explained_and_nothing_is_saved(qtbot, ctx: AppContext) -> None:
    page = show(qtbot, SetupPage(ctx))
    page.show_step(4)
    type_into(qtbot, page.adults.name_edit, "Mum")
    type_into(qtbot, page.adults.phone_edit, "ring me")
    click(qtbot, page.next_button)
    assert page.current_key() == "adults"
    assert "digits" in page.adults.status.text()
    assert ctx.settings.trusted_adults == []


def test_adults_can_be_edited_and_removed(qtbot, ctx: AppContext) -> None:
    family.set_trusted_adults(ctx.settings, [family.make_adult("Mum", "", "021 000 111", "")])
    page = show(qtbot, FamilyPage(ctx))  # qtbot keeps only a weak reference
    editor = page.adults
    click(qtbot, editor.rows[0].edit_button)
    assert editor.name_edit.text() == "Mum"
    type_into(qtbot, editor.email_edit, "mum@example.org")
    click(qtbot, editor.save_button)
    assert family.trusted_adults(settings_store.load())[0].email == "mum@example.org"
    click(qtbot, editor.rows[0].remove_button)
    assert settings_store.load().trusted_adults == []
    assert editor.empty_label.isVisible()


# The home page offers setup without blocking anything -----------------------------------------


def test_first_run_banner_offers_setup_without_blocking(
    qtbot, ctx: AppContext, went: list[str]
) -> None:
    home = show(qtbot, HomePage(ctx))
    home.on_shown()
    banner = home.setup_banner
    assert banner.isVisible()
    for button in home.choices.values():
        assert button.isVisible() and button.isEnabled()
    click(qtbot, home.choices["help"])
    click(qtbot, banner.start_button)
    assert went == ["help", "setup"]
    click(qtbot, banner.dismiss_button)
    assert not banner.isVisible()
    assert settings_store.load().first_run_done is True
    again = show(qtbot, HomePage(AppContext(settings=settings_store.load(), navigator=Navigator())))
    again.on_shown()
    assert not again.setup_banner.isVisible()


# The alert: nothing without confirmation, exact words, plain failures -------------------------


def alert_ctx(ctx: AppContext, server: RecordingServer, kind: str = "ntfy") -> None:
    ctx.settings.alert_name = "Zoë"
    ctx.settings.alert_recipient = "Mum"
    ctx.settings.alert_channel = kind
    keychain.set_secret(alert.KEYRING_ENTRY, server.url("/zoe-family-topic"))


@pytest.mark.keyring
def test_alert_sends_exactly_the_confirmed_words_and_only_after_send(
    qtbot, ctx: AppContext, server: RecordingServer, clean_keyring: None
) -> None:
    alert_ctx(ctx, server)
    panel = show(qtbot, TrustedAdultsPanel(ctx))
    assert panel.alert_button.isVisible()
    click(qtbot, panel.alert_button)
    dialog = panel.dialog
    assert isinstance(dialog, AlertDialog) and dialog.isVisible()
    expected = "Zoë needs your help with something online. Please talk to them in person soon."
    assert dialog.message_label.text() == expected
    assert "Mum" in dialog.to_label.text() and "127.0.0.1" in dialog.to_label.text()
    assert server.requests == []
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert server.requests == []

    click(qtbot, panel.alert_button)
    dialog = panel.dialog
    assert dialog is not None
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.sent, timeout=10000)
    assert len(server.requests) == 1
    got = server.requests[0]
    assert got.path == "/zoe-family-topic"
    assert got.body.decode("utf-8") == expected
    assert got.headers["Title"] == "SafeHelper"
    assert got.headers["Priority"] == "high"
    assert not dialog.send_button.isVisible()
    assert dialog.cancel_button.text() == "Close"


@pytest.mark.keyring
def test_after_not_safe_the_alert_asks_for_help_now_and_the_teen_can_choose(
    qtbot, ctx: AppContext, server: RecordingServer, clean_keyring: None
) -> None:
    alert_ctx(ctx, server)
    ctx.needs_help_now = True  # what "No, I'm not safe" on the first screen sets
    panel = show(qtbot, TrustedAdultsPanel(ctx))
    click(qtbot, panel.alert_button)
    dialog = panel.dialog
    assert dialog is not None
    urgent = "Zoë needs your help right now. Please call them or go to them now."
    assert dialog.message_label.text() == urgent
    assert dialog.wording_buttons[alert.HELP_NOW].isChecked()
    click(qtbot, dialog.wording_buttons[alert.HELP])
    calmer = "Zoë needs your help with something online. Please talk to them in person soon."
    assert dialog.message_label.text() == calmer
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.sent, timeout=10000)
    assert [r.body.decode("utf-8") for r in server.requests] == [calmer]


@pytest.mark.keyring
@pytest.mark.parametrize(
    ("breakage", "words"),
    [
        ("down", "could not reach the alert service"),
        ("stall", "did not answer in time"),
        ("error", "error 500"),
    ],
)
def test_alert_failure_is_plain_and_try_again_works_once_fixed(
    qtbot, ctx: AppContext, server: RecordingServer, clean_keyring: None, breakage: str, words: str
) -> None:
    alert_ctx(ctx, server, kind="webhook")
    port = server.port
    if breakage == "down":
        server.stop()
    else:
        server.mode = breakage
    panel = show(qtbot, TrustedAdultsPanel(ctx))
    click(qtbot, panel.alert_button)
    dialog = panel.dialog
    assert dialog is not None
    dialog.timeout = 1.0
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.send_button.text() == "Try again", timeout=15000)
    assert words in dialog.status.text()
    assert "call or text them yourself" in dialog.status.text()
    assert not dialog.sent

    fixed = RecordingServer(port) if breakage == "down" else server
    try:
        fixed.mode = "ok"
        fixed.release.set()
        click(qtbot, dialog.send_button)
        qtbot.waitUntil(lambda: dialog.sent, timeout=10000)
        bodies = [json.loads(r.body) for r in fixed.requests]
        assert bodies[-1] == {"text": dialog.message}
    finally:
        if fixed is not server:
            fixed.stop()


def test_trusted_adults_panel_calls_texts_emails_and_copies(
    qtbot, ctx: AppContext, opened: list[str]
) -> None:
    family.set_trusted_adults(
        ctx.settings,
        [
            family.make_adult("Aroha", "Aunt", "+64 21 555 0101", "aroha@example.org"),
            family.make_adult("Coach", "", "", "coach@example.org"),
        ],
    )
    panel = show(qtbot, TrustedAdultsPanel(ctx))
    assert not panel.alert_button.isVisible()  # no channel: no button
    aroha, coach = panel.cards
    for key in ("call", "text", "email"):
        click(qtbot, aroha.buttons[key])
    assert opened == ["tel:+64215550101", "sms:+64215550101", "mailto:aroha@example.org"]
    assert set(coach.buttons) == {"email", "copy"}
    click(qtbot, aroha.buttons["copy"])
    assert QGuiApplication.clipboard().text() == "Aroha (Aunt), +64 21 555 0101, aroha@example.org"
    assert "Copied" in panel.status.text()


def test_panel_without_adults_suggests_who_to_tell(qtbot, ctx: AppContext) -> None:
    panel = show(qtbot, TrustedAdultsPanel(ctx))
    assert panel.cards == []
    assert "an adult you trust" in panel.empty_label.text()


# Settings -------------------------------------------------------------------------------------


def test_settings_page_auto_lock_autostart_and_helpline_check(
    qtbot, ctx: AppContext, private_xdg_config: Path
) -> None:
    page = show(qtbot, SettingsPage(ctx))
    page.auto_lock.setCurrentIndex(page.auto_lock.findData(30))
    assert settings_store.load().auto_lock_minutes == 30
    click(qtbot, page.autostart.check)
    assert (private_xdg_config / DESKTOP_FILE).is_file()
    click(qtbot, page.autostart.check)
    assert not (private_xdg_config / DESKTOP_FILE).exists()
    assert settings_store.load().autostart is False

    click(qtbot, page.check_button)
    assert "no update address" in page.check_status.text()
    checked: list[str] = []

    def fake_check(url: str) -> str:  # stands in for the internet
        checked.append(url)
        return "Updated the helpline list to version 3 (40 services)."

    page.helpline_check = fake_check
    type_into(qtbot, page.update_url, "https://updates.example.org/helplines.json")
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: "version 3" in page.check_status.text(), timeout=5000)
    assert checked == ["https://updates.example.org/helplines.json"]
    assert settings_store.load().helplines_update_url == checked[0]
    qtbot.waitUntil(ctx.jobs.is_idle)


@pytest.mark.keyring
def test_remove_data_needs_typed_delete_and_removes_only_safehelpers_things(
    qtbot,
    tmp_path: Path,
    safehelper_home: Path,
    ctx: AppContext,
    went: list[str],
    private_xdg_config: Path,
    clean_keyring: None,
) -> None:
    ctx.settings.first_run_done = True
    family.set_trusted_adults(ctx.settings, [family.make_adult("Mum", "", "021 000 111", "")])
    alert.connect(ctx.settings, "ntfy", "https://ntfy.example.org/family-secret")
    ctx.save_settings()
    with Locker.create(use_device=True) as locker:
        device_entry = keyslots.device_entry_name(locker.locker_id)
    locked: list[bool] = []
    ctx.locker.locked.connect(lambda: locked.append(True))
    unrelated = tmp_path / "homework.txt"
    unrelated.write_text("keep me")
    keyring.set_password("SomeOtherApp", "token", "keep-me")
    page = show(qtbot, SettingsPage(ctx))
    qtbot.waitUntil(lambda: "this computer's keyring" in page.locker_status.text())
    click(qtbot, page.autostart.check)
    try:
        click(qtbot, page.remove_button)
        dialog = page.remove_dialog
        assert dialog is not None and dialog.isVisible()
        assert not dialog.remove_button.isEnabled()
        type_into(qtbot, dialog.confirm_edit, "delete")
        assert not dialog.remove_button.isEnabled()
        type_into(qtbot, dialog.confirm_edit, "DELETE")
        click(qtbot, dialog.remove_button)
        assert locked == [True]
        assert not safehelper_home.exists()
        assert not (private_xdg_config / DESKTOP_FILE).exists()
        assert keyring.get_password("SafeHelper", alert.KEYRING_ENTRY) is None
        assert keyring.get_password("SafeHelper", device_entry) is None
        assert unrelated.read_text() == "keep me"
        assert keyring.get_password("SomeOtherApp", "token") == "keep-me"
        assert ctx.settings == Settings()
        assert went[-1] == "home"
    finally:
        keyring.delete_password("SomeOtherApp", "token")


def test_remove_dialog_offers_export_first(
    qtbot, ctx: AppContext, went: list[str], safehelper_home: Path
) -> None:
    ctx.save_settings()
    page = show(qtbot, SettingsPage(ctx))
    click(qtbot, page.remove_button)
    dialog = page.remove_dialog
    assert dialog is not None
    click(qtbot, dialog.export_button)
    assert went == ["locker"]
    assert not dialog.isVisible()
    assert (safehelper_home / "config" / "settings.json").exists()


def test_family_page_opens_setup_and_promises_no_surveillance(
    qtbot, ctx: AppContext, went: list[str]
) -> None:
    page = show(qtbot, FamilyPage(ctx))
    page.on_shown()
    assert page.setup_button.text() == "Start setup"
    assert not page.guide_button.isVisible()  # no main window here, so no parents' guide page
    click(qtbot, page.setup_button)
    assert went == ["setup"]
    ctx.settings.first_run_done = True
    ctx.settings.setup_by = "parent"
    page.on_shown()
    assert page.setup_button.text() == "Run setup again"
