"""The shell owns background work and the open locker: quit, Hide now and a damaged locker.

Real window, real files, real keyring, a real slow HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import close_shell
from http_recorder import RecordingServer
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from safehelper_ui.alert_dialog import AlertDialog, open_alert_dialog
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.export_dialog import ExportDialog
from safehelper_ui.locker_view import LockerPage
from safehelper_ui.settings_page import SettingsPage

from safehelper import alert, data_removal, keychain
from safehelper.locker import INDEX_NAME, Locker, default_folder
from safehelper.pack import verify_pack
from safehelper.settings import Settings


def noisy_png(seed: int, size: tuple[int, int] = (900, 600)) -> bytes:
    """A picture that does not compress: each one takes real time to save and export."""
    rng = random.Random(seed)
    out = io.BytesIO()
    Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    srv = RecordingServer()
    yield srv
    srv.stop()


@pytest.fixture
def shell(qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    ctx = AppContext(settings=Settings(country="NZ", first_run_done=True), navigator=Navigator())
    built = Shell(qapp, ctx)
    qtbot.addWidget(built.window)
    built.window.resize(1100, 720)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    close_shell(qapp, built)
    for name in data_removal.keyring_entries():
        keychain.delete_secret(name)


def open_locker(shell: Shell, qtbot) -> LockerPage:  # type: ignore[no-untyped-def]
    shell.window.show_page("locker")
    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    qtbot.waitUntil(page.is_unlocked, timeout=20_000)
    return page


def unlocked() -> Locker:
    locker = Locker.open()
    locker.unlock_with_device()
    return locker


@pytest.mark.keyring
def test_quitting_waits_for_or_cancels_an_import_an_export_and_an_alert(
    shell: Shell, qtbot, tmp_path: Path, server: RecordingServer
) -> None:
    with Locker.create() as locker:
        for number in range(25):
            locker.add_image(noisy_png(number), "screen", note=f"threat {number}")
    files = []
    for number in range(40):
        path = tmp_path / f"shot_{number:02d}.png"
        path.write_bytes(noisy_png(100 + number))
        files.append(path)
    page = open_locker(shell, qtbot)
    ctx = shell.ctx

    page.import_paths(files)
    qtbot.waitUntil(lambda: page.progress_panel.bar.value() >= 1, timeout=60_000)

    target = tmp_path / "pack.zip"
    locker_now = ctx.locker.unlocked_locker()
    assert locker_now is not None
    export = ExportDialog(ctx, locker_now, shell.window)
    export.ask_save_path = lambda parent, title, suggested: str(target)
    export.show()
    qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)
    assert export.job is not None

    server.mode = "stall"  # the request arrives and is never answered
    ctx.settings.alert_name = "Zoë"
    ctx.settings.alert_channel = "ntfy"
    keychain.set_secret(alert.KEYRING_ENTRY, server.url("/zoe-family-topic"))
    dialog = open_alert_dialog(ctx, shell.window)
    assert isinstance(dialog, AlertDialog)
    dialog.timeout = 3.0
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    jobs = [job for job in (page._job, export.job, dialog.job) if job is not None]
    assert len(jobs) == 3
    assert sorted(ctx.jobs.running()) == ["alert", "export", "locker: import"]

    shell.quit()  # what the tray's Quit and a logout do

    # Every thread has ended before quit returned: Qt never destroys a running thread.
    assert not any(job.is_running() for job in jobs)
    assert ctx.jobs.is_idle() and not ctx.locker.is_unlocked
    # The import stopped between files: whatever was added is whole, and the chain holds.
    with unlocked() as after:
        assert 25 <= after.count() < 65
        assert after.verify().ok
    # The export was cancelled and left nothing, or had finished and is a valid pack.
    assert not target.exists() or verify_pack(target).items >= 25
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".zip"] in ([], ["pack.zip"])
    # The alert was sent and waited for (its time limit ended it), never cut off by Qt.
    assert dialog.job is not None and not dialog.job.is_running()


@pytest.mark.keyring
def test_hide_now_during_a_save_leaves_the_picture_whole_or_absent(shell: Shell, qtbot) -> None:
    Locker.create().close()
    page = open_locker(shell, qtbot)
    big = QImage.fromData(noisy_png(7, (3000, 2000)))
    page._open_editor(big, "clipboard")
    assert page.stack.currentWidget() is page.editor
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.is_saving()
    qtbot.mouseClick(shell.window.hide_button, Qt.MouseButton.LeftButton)

    assert not shell.window.isVisible() and not page.is_unlocked()
    assert page.stack.currentWidget() is page.unlock
    assert page.editor.canvas.image.isNull()
    qtbot.waitUntil(shell.ctx.jobs.is_idle, timeout=60_000)
    assert page.model.rowCount() == 0  # nothing decrypted came back to the screen
    with unlocked() as after:
        items = after.items()
        assert len(items) <= 1
        if items:  # saved before the lock landed: then completely
            picture = QImage.fromData(after.read_image(items[0].id))
            assert (picture.width(), picture.height()) == (3000, 2000)
        assert after.verify().ok
    assert not [p for p in default_folder().rglob("*") if p.name.endswith((".tmp", ".part"))]


@pytest.mark.keyring
def test_a_damaged_locker_leaves_settings_removal_and_help_working(
    shell: Shell, qtbot, safehelper_home: Path
) -> None:
    Locker.create().close()
    index = default_folder() / INDEX_NAME
    index.write_bytes(os.urandom(8192))  # a disk error, or someone editing the file

    shell.window.show_page("settings")
    settings = shell.window.pages["settings"]
    assert isinstance(settings, SettingsPage)
    qtbot.waitUntil(lambda: settings.locker_status.text() != "", timeout=20_000)
    assert (
        "damaged" in settings.locker_status.text() or "could not" in settings.locker_status.text()
    )
    qtbot.mouseClick(settings.remove_button, Qt.MouseButton.LeftButton)
    remove = settings.remove_dialog
    assert remove is not None and remove.isVisible()
    remove.reject()

    shell.window.show_page("help")
    assert shell.window.current_page() == "help"

    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    shell.window.show_page("locker")
    qtbot.waitUntil(
        lambda: page.heading.text() == "Your locker could not be opened.", timeout=20_000
    )
    message = page.unlock.message.text()
    assert message and "Traceback" not in message
    assert not page.unlock.passphrase.isVisible() and not page.unlock.device_button.isVisible()
    assert isinstance(page.unlock.message, QWidget) and page.unlock.message.isVisible()
    assert index.exists()  # the app never deletes evidence on its own, damaged or not


def test_a_bug_in_a_job_is_a_plain_error_logged_by_type_only(qtbot, caplog) -> None:
    from safehelper_ui.jobs import UNEXPECTED, Job, JobRegistry

    from safehelper.errors import SafeHelperError

    def work(_control: object) -> int:
        raise ValueError("https://ntfy.example.org/secret-family-topic")

    jobs = JobRegistry()
    done: list[int] = []
    errors: list[SafeHelperError] = []
    job = jobs.start(Job("test job", work, done.append, errors.append))
    qtbot.waitUntil(jobs.is_idle)
    assert done == [] and [e.code for e in errors] == [UNEXPECTED]
    assert "ValueError" in caplog.text and "secret-family-topic" not in caplog.text
    assert job._result is None and job._error is None  # nothing kept after delivery


def test_progress_and_the_result_arrive_on_the_gui_thread(qtbot) -> None:
    import threading

    from safehelper_ui.jobs import Job, JobControl, JobRegistry

    gui = threading.get_ident()
    seen: list[tuple[str, int]] = []

    def work(control: JobControl) -> int:
        for step in range(3):
            control.progress(step + 1, 3)
        return threading.get_ident()

    jobs = JobRegistry()
    jobs.start(
        Job(
            "steps",
            work,
            lambda worker: seen.append(("done", worker)),
            on_progress=lambda d, _t: seen.append(("progress", threading.get_ident())),
        )
    )
    qtbot.waitUntil(jobs.is_idle)
    assert [kind for kind, _ in seen] == ["progress"] * 3 + ["done"]
    assert all(ident == gui for kind, ident in seen if kind == "progress")
    assert seen[-1][1] != gui  # the work itself ran on another thread
