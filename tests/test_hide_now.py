"""Hide now always wins: Esc once closes only the window in front, Esc twice hides everything.

Real windows under Xvfb, real key presses and clicks, the real keyring and a
real HTTP server on 127.0.0.1 for the alert. Dialogs that wait in their own
event loop (file pickers, yes/no questions) are driven from a timer while
they are open, as a person would press keys while they are on screen.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator

import pytest
from conftest import close_shell
from http_recorder import RecordingServer
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from safehelper_ui.alert_dialog import AlertDialog, open_alert_dialog
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.dialogs import confirm
from safehelper_ui.export_dialog import ExportDialog
from safehelper_ui.incident_form import IncidentForm
from safehelper_ui.locker_view import LockerPage, choose_files
from safehelper_ui.quick_exit import DIALOG_BUTTON_NAME
from safehelper_ui.walkthrough import WalkthroughPage

from safehelper import alert, data_removal, incident, keychain
from safehelper.locker import Locker
from safehelper.settings import Settings

WAYS = ("button", "esc twice", "tray")


def pick(qtbot, choice: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    """Click a choice on its words (a radio button answers only there, not across its row)."""
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(12, choice.height() // 2))


@pytest.fixture
def shell(qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    ctx = AppContext(settings=Settings(country="NZ", first_run_done=True), navigator=Navigator())
    built = Shell(qapp, ctx)
    qtbot.addWidget(built.window)
    built.window.resize(1100, 720)
    with qtbot.waitSignal(built.started):  # Esc twice works once the window is painted
        built.window.show()
    yield built
    for widget in qapp.topLevelWidgets():
        widget.hide()
    close_shell(qapp, built)
    for name in data_removal.keyring_entries():
        keychain.delete_secret(name)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    srv = RecordingServer()
    yield srv
    srv.stop()


def visible_windows(qapp: QApplication) -> list[str]:
    return [
        f"{type(w).__name__} {w.windowTitle()!r}" for w in qapp.topLevelWidgets() if w.isVisible()
    ]


def red_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (200, 10, 10)).save(out, format="PNG")
    return out.getvalue()


def open_locker(shell: Shell, qtbot) -> LockerPage:  # type: ignore[no-untyped-def]
    """A locker this computer account's key opens, opened by the page."""
    if not Locker.exists():
        with Locker.create() as locker:
            locker.add_image(red_png(), "screen", note="the threat")
    shell.window.show_page("locker")
    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    qtbot.waitUntil(page.is_unlocked, timeout=20_000)
    return page


def shown(kind: type[QWidget]) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def press_hide_now(shell: Shell, qtbot, way: str, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Hide now as a person does it, from ``window`` (the one in front)."""
    if way == "button":
        button = (
            shell.window.hide_button
            if window is shell.window
            else window.findChild(QPushButton, DIALOG_BUTTON_NAME)
        )
        assert button is not None and button.isVisible(), "no Hide now button in this window"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif way == "esc twice":
        # The first Esc closes the window in front; the second, to whatever is in front
        # now, is Hide now.
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
        front = QApplication.activeModalWidget()
        front = front if front is not None and front.isVisible() else shell.window
        qtbot.keyClick(front.focusWidget() or front, Qt.Key.Key_Escape)
    else:
        tray = shell.make_tray()
        tray.hide_action.trigger()


def while_open(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the ``kind`` window once it is up (its opener waits in its own loop)."""

    def poll() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, poll)
            return
        try:
            act(found[0])
        except BaseException:
            found[0].hide()  # never leave the test waiting in a dialog's loop
            raise

    QTimer.singleShot(0, poll)


def assert_all_hidden(shell: Shell, qapp: QApplication) -> None:
    assert visible_windows(qapp) == []
    assert not shell.ctx.locker.is_unlocked
    assert shell.window.current_page() == "home"


# ----- Esc ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["home", "crisis", "walkthrough", "help"])
def test_one_esc_on_a_page_does_nothing_and_two_hide_everything(
    shell: Shell, qtbot, name: str
) -> None:
    shell.window.show_page(name)
    page = shell.window.pages[name]
    focused = next(b for b in page.findChildren(QPushButton) if b.isVisible())
    focused.setFocus()
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert shell.window.isVisible()
    assert shell.window.current_page() == name
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not shell.window.isVisible()


def test_esc_presses_far_apart_never_hide(shell: Shell, qtbot) -> None:
    shell.window.show_page("crisis")
    for _ in range(3):
        qtbot.keyClick(shell.window, Qt.Key.Key_Escape, delay=800)
        assert shell.window.isVisible()


@pytest.mark.keyring
def test_one_esc_closes_only_the_dialog_in_front(shell: Shell, qtbot) -> None:
    page = open_locker(shell, qtbot)
    page.open_export()
    export = shown(ExportDialog)
    qtbot.keyClick(export.focusWidget() or export, Qt.Key.Key_Escape)
    assert not export.isVisible()
    assert shell.window.isVisible() and page.is_unlocked()


@pytest.mark.keyring
def test_esc_in_the_save_picker_closes_the_picker_and_nothing_else(
    shell: Shell, qtbot, qapp: QApplication
) -> None:
    page = open_locker(shell, qtbot)
    page.open_export()
    export = shown(ExportDialog)
    assert isinstance(export, ExportDialog)
    pickers: list[str] = []

    def close_picker(picker: QWidget) -> None:
        pickers.append(type(picker).__name__)
        qtbot.keyClick(picker.focusWidget() or picker, Qt.Key.Key_Escape)

    while_open(QFileDialog, close_picker)
    qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)  # waits in the picker
    assert pickers == ["QFileDialog"]  # Qt's own dialog: a SafeHelper window
    assert export.isVisible() and shell.window.isVisible() and page.is_unlocked()
    assert export.job is None  # nothing was saved


def test_the_buttons_say_esc_twice(shell: Shell) -> None:
    button = shell.window.hide_button
    assert "Esc twice" in button.text()
    assert "Esc twice" in button.toolTip() and "Esc once only closes" in button.toolTip()
    assert "Esc twice" in button.accessibleName()


# ----- Hide now from every dialog ------------------------------------------------------------


def open_export(shell: Shell, qtbot, page: LockerPage, way: str, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    page.open_export()
    press_hide_now(shell, qtbot, way, shown(ExportDialog))


def open_save_picker(shell: Shell, qtbot, page: LockerPage, way: str, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    page.open_export()
    export = shown(ExportDialog)
    assert isinstance(export, ExportDialog)
    while_open(QFileDialog, lambda picker: press_hide_now(shell, qtbot, way, picker))
    qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)
    assert export.job is None  # the picker came back empty: no pack was started


def open_files_picker(shell: Shell, qtbot, page: LockerPage, way: str, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    while_open(QFileDialog, lambda picker: press_hide_now(shell, qtbot, way, picker))
    assert choose_files(page) == []


def open_incident_form(shell: Shell, qtbot, page: LockerPage, way: str, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    page.open_incident_details()
    form = shown(IncidentForm)
    assert isinstance(form, IncidentForm)
    qtbot.keyClicks(form.shared_where, "the school group chat")
    press_hide_now(shell, qtbot, way, form)
    if way == "esc twice":
        # The first Esc closed the form as Close does: what was typed is in the locker.
        with Locker.open() as locker:
            locker.unlock_with_device()
            assert incident.load(locker).shared_where == "the school group chat"
    else:
        assert form.shared_where.text() == ""  # dropped from the screen and from memory


def open_confirm(shell: Shell, qtbot, page: LockerPage, way: str, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    while_open(QMessageBox, lambda box: press_hide_now(shell, qtbot, way, box))
    assert not confirm(page, "Delete this picture?", "It will be hidden.", "Delete it")


def open_cover_editor(shell: Shell, qtbot, page: LockerPage, way: str, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    page._open_editor(image, "clipboard")
    assert page.stack.currentWidget() is page.editor
    press_hide_now(shell, qtbot, way, shell.window)
    assert page.stack.currentWidget() is page.unlock


def open_remove_dialog(shell: Shell, qtbot, page: LockerPage, way: str, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    shell.window.show_page("settings")
    settings = shell.window.pages["settings"]
    qtbot.mouseClick(settings.remove_button, Qt.MouseButton.LeftButton)
    dialog = settings.remove_dialog
    assert dialog is not None and dialog.isVisible()
    press_hide_now(shell, qtbot, way, dialog)


OPENERS = {
    "export": open_export,
    "save picker": open_save_picker,
    "files picker": open_files_picker,
    "incident form": open_incident_form,
    "yes/no question": open_confirm,
    "cover editor": open_cover_editor,
    "remove everything": open_remove_dialog,
}


@pytest.mark.keyring
@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("opened", list(OPENERS))
def test_hide_now_hides_every_window_from_every_dialog(
    shell: Shell, qtbot, qapp: QApplication, opened: str, way: str
) -> None:
    page = open_locker(shell, qtbot)
    OPENERS[opened](shell, qtbot, page, way, qapp)
    assert_all_hidden(shell, qapp)
    # Reopening shows the home page, and the locker asks again before showing anything.
    shell.window.bring_to_front()
    assert visible_windows(qapp) == ["MainWindow 'SafeHelper'"]
    assert shell.window.current_page() == "home"


@pytest.mark.keyring
@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("sending", [False, True], ids=["idle", "sending"])
def test_hide_now_works_while_the_alert_dialog_is_open(
    shell: Shell, qtbot, qapp: QApplication, server: RecordingServer, way: str, sending: bool
) -> None:
    open_locker(shell, qtbot)
    server.mode = "stall"
    shell.ctx.settings.alert_channel = "ntfy"
    keychain.set_secret(alert.KEYRING_ENTRY, server.url("/family-topic"))
    dialog = open_alert_dialog(shell.ctx, shell.window)
    assert isinstance(dialog, AlertDialog)
    dialog.timeout = 2.0
    qtbot.waitExposed(dialog)
    if sending:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert dialog.job is not None
    press_hide_now(shell, qtbot, way, dialog)
    assert_all_hidden(shell, qapp)


@pytest.mark.parametrize("way", WAYS)
def test_hide_now_from_the_passphrase_prompt(
    shell: Shell, qtbot, qapp: QApplication, way: str
) -> None:
    Locker.create(passphrase="purple kayak at dusk", use_device=False).close()
    shell.window.show_page("locker")
    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    qtbot.waitUntil(page.unlock.passphrase.isVisible)
    qtbot.keyClicks(page.unlock.passphrase, "purple ka")
    press_hide_now(shell, qtbot, way, shell.window)
    assert visible_windows(qapp) == []
    assert page.unlock.passphrase.text() == ""
    assert shell.window.current_page() == "home"


# ----- nothing of the answers stays ----------------------------------------------------------


def test_after_hide_now_the_walkthrough_starts_blank(shell: Shell, qtbot) -> None:
    qtbot.mouseClick(shell.window.pages["home"].choices["walkthrough"], Qt.MouseButton.LeftButton)
    page = shell.window.pages["walkthrough"]
    assert isinstance(page, WalkthroughPage)
    qtbot.mouseClick(page.choice_buttons["safe"], Qt.MouseButton.LeftButton)
    for value in ("under18", "yes", "yes", "snapchat"):
        qtbot.mouseClick(page.option_buttons[value], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.position == ("step", 1)

    qtbot.mouseClick(shell.window.hide_button, Qt.MouseButton.LeftButton)
    shell.window.bring_to_front()
    qtbot.waitExposed(shell.window)
    assert shell.window.current_page() == "home"
    qtbot.mouseClick(shell.window.pages["home"].choices["walkthrough"], Qt.MouseButton.LeftButton)
    assert page.position == ("start", 0)
    assert not page.go_back()  # nothing inside the walkthrough to go back to
    assert shell.window.history == ["home"]  # and the window's Back leads only home
    qtbot.mouseClick(page.choice_buttons["safe"], Qt.MouseButton.LeftButton)
    for _question in range(3):  # each question shows nothing chosen
        assert not any(b.isChecked() for b in page.option_buttons.values())
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert not any(b.isChecked() for b in page.option_buttons.values())
    assert page.answers.get("platform") is None


@pytest.mark.keyring
def test_after_hide_now_the_alert_asks_the_usual_words_again(
    shell: Shell, qtbot, server: RecordingServer
) -> None:
    qtbot.mouseClick(shell.window.pages["home"].choices["walkthrough"], Qt.MouseButton.LeftButton)
    page = shell.window.pages["walkthrough"]
    assert isinstance(page, WalkthroughPage)
    qtbot.mouseClick(page.choice_buttons["hurting"], Qt.MouseButton.LeftButton)
    assert shell.ctx.needs_help_now
    shell.ctx.settings.alert_channel = "ntfy"
    keychain.set_secret(alert.KEYRING_ENTRY, server.url("/family-topic"))
    dialog = open_alert_dialog(shell.ctx, shell.window)
    assert dialog is not None and dialog.wording == alert.HELP_NOW
    press_hide_now(shell, qtbot, "button", dialog)
    assert not shell.ctx.needs_help_now
    shell.window.bring_to_front()
    again = open_alert_dialog(shell.ctx, shell.window)
    assert again is not None and again.wording == alert.HELP
    assert again.wording_buttons[alert.HELP].isChecked()
    assert server.requests == []  # nothing was sent by any of this


def test_every_dialog_gets_a_hide_now_button(shell: Shell, qtbot) -> None:
    dialog = QDialog(shell.window)
    QVBoxLayout(dialog).addWidget(QLabel("Any SafeHelper dialog"))
    dialog.show()
    qtbot.waitExposed(dialog)
    button = dialog.findChild(QPushButton, DIALOG_BUTTON_NAME)
    assert button is not None and button.isVisible()
    assert button.text() == shell.window.hide_button.text()
    assert button.toolTip() == shell.window.hide_button.toolTip()
    dialog.hide()
    dialog.show()  # shown again: still one button
    assert len(dialog.findChildren(QPushButton, DIALOG_BUTTON_NAME)) == 1


# ----- a passphrase is asked every time ----------------------------------------------------

PASSPHRASE = "purple kayak at dusk"


def locker_prompt(shell: Shell, qtbot) -> LockerPage:  # type: ignore[no-untyped-def]
    """Open the locker page from home as a person does, and wait for its answer."""
    shell.window.bring_to_front()
    qtbot.mouseClick(shell.window.pages["home"].choices["locker"], Qt.MouseButton.LeftButton)
    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    qtbot.waitUntil(
        lambda: page.unlock.passphrase.isVisible() and page.unlock.passphrase.isEnabled()
    )
    return page


def assert_asks_and_opens_only_with_it(page: LockerPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.stack.currentWidget() is page.unlock and not page.is_unlocked()
    assert not page.unlock.device_button.isVisible()
    assert page.model.rowCount() == 0
    qtbot.keyClick(page.unlock.passphrase, Qt.Key.Key_Return)  # nothing typed
    qtbot.keyClicks(page.unlock.passphrase, "purple kayak at dawn")
    qtbot.keyClick(page.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not right" in page.unlock.message.text(), timeout=20_000)
    assert not page.is_unlocked()
    qtbot.keyClicks(page.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(page.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(page.is_unlocked, timeout=20_000)


@pytest.mark.keyring
def test_only_with_my_passphrase_asks_after_hide_now_idle_lock_and_restart(
    shell: Shell, qtbot, qapp: QApplication
) -> None:
    shell.window.show_page("locker")
    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    qtbot.waitUntil(lambda: page.unlock.device_choice.isVisible())
    assert page.unlock.device_choice.text() == "Only on this computer account"
    assert "Anyone who can sign in" in page.unlock.device_hint.text()
    assert page.unlock.passphrase_choice.text() == "Only with my passphrase"
    assert "every time" in page.unlock.passphrase_hint.text()
    pick(qtbot, page.unlock.passphrase_choice)
    assert "at least 8 characters" in page.unlock.forget_warning.text()
    qtbot.keyClicks(page.unlock.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.unlock.repeat, PASSPHRASE)
    qtbot.keyClick(page.unlock.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(page.is_unlocked, timeout=20_000)
    assert page.locker is not None
    assert page.locker.has_passphrase_slot() and not page.locker.has_device_slot()

    qtbot.mouseClick(shell.window.hide_button, Qt.MouseButton.LeftButton)  # Hide now
    assert_asks_and_opens_only_with_it(locker_prompt(shell, qtbot), qtbot)

    shell.idle.timer.timeout.emit()  # idle lock
    qtbot.waitUntil(lambda: not page.is_unlocked())
    assert_asks_and_opens_only_with_it(locker_prompt(shell, qtbot), qtbot)

    close_shell(qapp, shell)  # restart
    again = Shell(qapp, AppContext(settings=Settings(country="NZ"), navigator=Navigator()))
    qtbot.addWidget(again.window)
    try:
        assert_asks_and_opens_only_with_it(locker_prompt(again, qtbot), qtbot)
    finally:
        again.window.hide()
        close_shell(qapp, again)


@pytest.mark.keyring
def test_a_locker_with_a_passphrase_and_a_key_still_asks_for_the_passphrase(
    shell: Shell, qtbot
) -> None:
    Locker.create(passphrase=PASSPHRASE, use_device=True).close()
    assert_asks_and_opens_only_with_it(locker_prompt(shell, qtbot), qtbot)
