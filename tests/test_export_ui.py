"""The export window and the incident form, driven like a person would, on a real locker.

The file dialog and the cloud-folder warning are attributes replaced here;
everything else (the worker thread, the locker, the ZIP) is real.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from safehelper_ui import export_dialog
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.export_dialog import ExportDialog
from safehelper_ui.incident_form import IncidentForm, open_for_locker
from test_export import PASSPHRASE, fill

from safehelper import incident
from safehelper.locker import Locker
from safehelper.pack import verify_pack
from safehelper.settings import Settings


@pytest.fixture
def ctx() -> AppContext:
    return AppContext(settings=Settings(country="NZ"), navigator=Navigator())


@pytest.fixture
def locker(tmp_path: Path) -> Iterator[Locker]:
    made = Locker.create(tmp_path / "locker", passphrase=PASSPHRASE, use_device=False)
    fill(made)
    yield made
    made.close()


def make_dialog(qtbot, ctx: AppContext, locker: Locker, target: Path) -> ExportDialog:
    dialog = ExportDialog(ctx, locker)
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def ask(parent: QWidget, title: str, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    dialog.ask_save_path = ask
    dialog.asked = asked  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def test_export_from_the_window_makes_a_valid_pack(qtbot, ctx, locker, tmp_path) -> None:
    target = tmp_path / "for police.zip"
    dialog = make_dialog(qtbot, ctx, locker, target)
    assert "not locked with a password" in dialog.warning_title.text()
    assert "6 saved pictures" in dialog.count_label.text()
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.is_busy()  # the work is on a thread; the window keeps running
        assert dialog.cancel_button.isVisible()
    assert not signal.args[0].cancelled
    assert dialog.asked[0].endswith(".zip") and "SafeHelper evidence" in dialog.asked[0]
    assert verify_pack(target).items == 6
    assert "Saved" in dialog.status.text() and str(target) in dialog.status.text()
    opened: list[str] = []
    ctx.open_url = lambda url: opened.append(url.toLocalFile()) or True
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]


def test_a_synced_folder_is_never_used_without_a_second_yes(qtbot, ctx, locker, tmp_path) -> None:
    synced = tmp_path / "OneDrive - School"
    synced.mkdir()
    dialog = make_dialog(qtbot, ctx, locker, synced / "pack.zip")
    warnings: list[str] = []
    dialog.confirm = lambda title, text, yes: warnings.append(title) or False
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert warnings == ["This folder uploads to OneDrive"]
    assert not dialog.is_busy() and os.listdir(synced) == []
    assert "Nothing was saved" in dialog.status.text()

    dialog.confirm = lambda title, text, yes: True
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (synced / "pack.zip").exists()


def test_default_folder_avoids_a_synced_documents_folder(monkeypatch, tmp_path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(export_dialog, "documents_folder", lambda: documents)
    monkeypatch.delenv("OneDrive", raising=False)
    assert export_dialog.default_folder() == documents
    monkeypatch.setenv("OneDrive", str(documents))
    assert export_dialog.default_folder() == Path.home()


def test_cancel_leaves_nothing(qtbot, ctx, locker, tmp_path) -> None:
    target = tmp_path / "pack.zip"
    dialog = make_dialog(qtbot, ctx, locker, target)
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        job = dialog.job
        assert job is not None
        # Pressed on the worker's first progress report, so the cancel lands mid-export.
        job.thread.progressed.connect(lambda *_: job.cancel(), Qt.ConnectionType.DirectConnection)
    assert signal.args[0].cancelled
    assert os.listdir(tmp_path) == ["locker"]
    assert "No pack was saved" in dialog.status.text()


def test_a_failed_export_says_so_plainly_and_leaves_nothing(
    qtbot, ctx, locker, read_only_dir
) -> None:
    dialog = make_dialog(qtbot, ctx, locker, read_only_dir / "pack.zip")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dialog.is_busy() and dialog.status.objectName() == "formError", timeout=60_000
    )
    assert "read-only" in dialog.status.text() and "No pack was saved" in dialog.status.text()
    assert os.listdir(read_only_dir) == []


def test_hide_now_closes_the_window(qtbot, ctx, locker, tmp_path) -> None:
    dialog = make_dialog(qtbot, ctx, locker, tmp_path / "p.zip")
    ctx.locker.lock()
    assert not dialog.isVisible()
    assert not dialog._attached  # no longer listening for locks


# ------------------------------------------------------------------ the incident form


def test_incident_form_saves_into_the_locker_and_reloads(qtbot, ctx, locker) -> None:
    form = IncidentForm(ctx, locker)
    qtbot.addWidget(form)
    form.show()
    assert form.apps.values() == ["Instagram", "Snapchat"]  # what fill() saved
    documents_before = sum(1 for r in locker.chain_records() if r.kind == "document")
    form.usernames.set_values(["@bad.actor_0", "@second_account"])
    form.paid.setCurrentIndex(form.paid.findData(incident.YES))
    form.amount_paid.setText("50 NZD")
    form.method_boxes["bank_transfer"].setChecked(True)
    qtbot.keyClicks(form.account, "They messaged me at 2 am.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in form.status.text()
    saved = incident.load(locker)
    assert saved.usernames == ["@bad.actor_0", "@second_account"]
    assert saved.paid == incident.YES and saved.amount_paid == "50 NZD"
    assert "bank_transfer" in saved.payment_methods
    assert "They messaged me at 2 am." in saved.account
    assert sum(1 for r in locker.chain_records() if r.kind == "document") == documents_before + 1

    again = IncidentForm(ctx, locker)
    qtbot.addWidget(again)
    assert again.details() == incident.Incident(**{**saved.__dict__, "updated_at": ""})


def test_closing_saves_and_esc_does_not_lose_typing(qtbot, ctx, locker) -> None:
    form = IncidentForm(ctx, locker)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.shared_where, "my school group chat")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()
    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert incident.load(locker).shared_where == "my school group chat"


def test_help_me_remember_jumps_to_the_field(qtbot, ctx, locker) -> None:
    form = IncidentForm(ctx, locker)
    qtbot.addWidget(form)
    form.show()
    qtbot.mouseClick(form.memory_toggle, Qt.MouseButton.LeftButton)
    assert form.memory_list.isVisible()
    assert len(form.prompt_buttons) == len(incident.memory_prompts())
    qtbot.mouseClick(form.prompt_buttons["usernames"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.usernames.hasFocus())
    for button in form.prompt_buttons.values():
        assert button.accessibleName()


def test_copy_summary_and_hide_now(qtbot, ctx, locker) -> None:
    form = IncidentForm(ctx, locker)
    qtbot.addWidget(form)
    form.show()
    qtbot.mouseClick(form.copy_button, Qt.MouseButton.LeftButton)
    assert "Money they asked for: 500 NZD" in form.clipboard_text
    ctx.locker.lock()
    assert not form.isVisible()
    assert form.account.toPlainText() == ""


def test_the_locker_page_can_open_both(qtbot, ctx, locker) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    form = open_for_locker(parent, ctx, locker)
    assert form.isVisible() and form.parent() is parent
    form.close()
    dialog = export_dialog.open_for_locker(parent, ctx, locker)
    assert dialog.isVisible()
    dialog.close()


def test_a_failed_save_never_traps_anyone_in_the_form(qtbot, ctx, tiny_disk) -> None:
    with Locker.create(tiny_disk / "locker", passphrase=PASSPHRASE, use_device=False) as full:
        try:  # fill what is left of the 128 KiB disk
            with open(tiny_disk / "filler", "wb") as filler:
                while True:
                    filler.write(b"\0" * 4096)
                    filler.flush()
        except OSError:
            pass
        form = IncidentForm(ctx, full)
        qtbot.addWidget(form)
        form.show()
        form.account.setPlainText("x" * 20_000)
        qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)
        assert form.isVisible()
        assert form.status.objectName() == "formError"
        assert "disk is full" in form.status.text() and "Close again" in form.status.text()
        qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)
        assert not form.isVisible()
