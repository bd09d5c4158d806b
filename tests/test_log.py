"""The diagnostic log is private, small, and no diary of what the young person did."""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import close_shell
from http_recorder import RecordingServer
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from safehelper import alert, data_removal, keychain
from safehelper.log import MAX_BYTES, setup_logging
from safehelper.pack import verify_pack
from safehelper.settings import Settings


def drop_handlers() -> None:
    for name in ("safehelper", "safehelper_ui"):
        for handler in list(logging.getLogger(name).handlers):
            logging.getLogger(name).removeHandler(handler)
            handler.close()


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The real log file of this test's SAFEHELPER_HOME, set up as the app sets it up."""
    drop_handlers()
    path = setup_logging()
    yield path
    drop_handlers()


def test_log_file_is_private_and_rotates(log_file: Path) -> None:
    logger = logging.getLogger("safehelper.test")
    for i in range(8000):
        logger.warning("fault number %d happened", i)
    for handler in logging.getLogger("safehelper").handlers:
        handler.flush()
    assert log_file.exists()
    assert log_file.stat().st_size <= MAX_BYTES
    assert log_file.with_name(log_file.name + ".1").exists()
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


# What a sibling must not learn from the log: what was done, and when.
DIARY = re.compile(
    r"unlock|locked|opened|created|slot|passphrase|added|saved|item|note|document|export"
    r"|alert|sent|verify|import|capture|grab|started|quit|idle|\d\d:\d\d",
    re.IGNORECASE,
)


@pytest.mark.keyring
def test_a_whole_session_leaves_no_diary_in_the_log(
    qapp: QApplication, qtbot, log_file: Path, tmp_path: Path
) -> None:
    from safehelper_ui.alert_dialog import open_alert_dialog
    from safehelper_ui.app import Shell
    from safehelper_ui.context import AppContext, Navigator
    from safehelper_ui.export_dialog import ExportDialog
    from safehelper_ui.locker_view import LockerPage

    server = RecordingServer()
    ctx = AppContext(settings=Settings(country="NZ", first_run_done=True), navigator=Navigator())
    shell = Shell(qapp, ctx)
    qtbot.addWidget(shell.window)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    try:
        # Make a passphrase locker, as the teen does on the locker page.
        shell.window.show_page("locker")
        page = shell.window.pages["locker"]
        assert isinstance(page, LockerPage)
        choice = page.unlock.passphrase_choice
        qtbot.waitUntil(choice.isVisible)
        qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(12, choice.height() // 2))
        qtbot.keyClicks(page.unlock.passphrase, "purple kayak at dusk")
        qtbot.keyClicks(page.unlock.repeat, "purple kayak at dusk")
        qtbot.keyClick(page.unlock.repeat, Qt.Key.Key_Return)
        qtbot.waitUntil(page.is_unlocked, timeout=20_000)

        # Save a screenshot of the threat.
        image = QImage(640, 400, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.darkRed)
        page._open_editor(image, "clipboard")
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)

        # Export the pack for the police (the test answers the file picker).
        page.open_export()
        export = next(
            w for w in qapp.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
        )
        assert isinstance(export, ExportDialog)
        target = tmp_path / "pack.zip"
        export.ask_save_path = lambda _parent, _title, _suggested: str(target)
        qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: export.saved_path is not None, timeout=60_000)
        assert verify_pack(target).items == 1

        # Tell the trusted adult, through a real server on 127.0.0.1.
        ctx.settings.alert_channel = "ntfy"
        keychain.set_secret(alert.KEYRING_ENTRY, server.url("/family-topic"))
        dialog = open_alert_dialog(ctx, shell.window)
        assert dialog is not None
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.sent, timeout=20_000)
        assert len(server.requests) == 1

        # Hide now, a wrong passphrase, the right one.
        qtbot.mouseClick(
            dialog.findChild(type(dialog.send_button), "dialogHideNow"), Qt.MouseButton.LeftButton
        )
        shell.window.bring_to_front()
        shell.window.show_page("locker")
        qtbot.waitUntil(
            lambda: page.unlock.passphrase.isEnabled() and page.unlock.passphrase.isVisible()
        )
        for attempt in ("purple kayak at dawn", "purple kayak at dusk"):
            qtbot.keyClicks(page.unlock.passphrase, attempt)
            qtbot.keyClick(page.unlock.passphrase, Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda: page.unlock.passphrase.isEnabled() or page.is_unlocked(), timeout=20_000
            )
        qtbot.waitUntil(page.is_unlocked, timeout=20_000)
    finally:
        shell.window.hide()
        close_shell(qapp, shell)
        server.stop()
        for name in data_removal.keyring_entries():
            keychain.delete_secret(name)

    logging.getLogger("safehelper.test").warning("probe: the log is written")
    for handler in logging.getLogger("safehelper").handlers:
        handler.flush()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert lines[-1].endswith("probe: the log is written")  # the file was live all along
    session = lines[:-1]
    assert [line for line in session if DIARY.search(line.split(" ", 1)[1])] == []
    assert all(" WARNING " in line or " ERROR " in line for line in session)
