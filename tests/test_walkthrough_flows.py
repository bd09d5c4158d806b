"""The walkthrough hands on what it was told and comes back where it was: no dead ends.

Real window, real clicks: answers given in the steps are offered by the incident
form, "Save evidence now" comes back to its step after a real save into a real
locker, and the last button says the same thing to the eye and to a screen reader.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import close_shell
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.incident_form import IncidentForm
from safehelper_ui.locker_view import LockerPage
from safehelper_ui.walkthrough import WalkthroughPage

from safehelper.locker import Locker
from safehelper.settings import Settings

PASSPHRASE = "purple elephants dance at noon"


@pytest.fixture
def shell(qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    built = Shell(qapp, ctx)
    qtbot.addWidget(built.window)
    built.window.resize(1366, 768)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    close_shell(qapp, built)


def click(qtbot, button: QAbstractButton | None) -> None:  # type: ignore[no-untyped-def]
    assert button is not None and button.isVisible(), button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def walkthrough(shell: Shell, qtbot, answers: list[str | None]) -> WalkthroughPage:  # type: ignore[no-untyped-def]
    click(qtbot, shell.window.pages["home"].choices["walkthrough"])
    page = shell.window.pages["walkthrough"]
    assert isinstance(page, WalkthroughPage)
    click(qtbot, page.choice_buttons["safe"])
    for value in answers:
        if value is None:
            click(qtbot, page.next_button)
        else:
            click(qtbot, page.option_buttons[value])
    assert page.position == ("step", 0)
    return page


def on_screen(page: WalkthroughPage) -> str:
    return "\n".join(
        str(w.text())
        for w in page.content.findChildren(QWidget)
        if hasattr(w, "text") and w.isVisibleTo(page)
    )


def test_the_incident_form_offers_what_the_steps_were_told(
    shell: Shell, qtbot, tmp_path: Path
) -> None:
    walkthrough(shell, qtbot, ["under18", "yes", "no", "instagram"])
    locker = Locker.create(tmp_path / "locker", passphrase=PASSPHRASE, use_device=False)
    try:
        form = IncidentForm(shell.ctx, locker)
        qtbot.addWidget(form)
        assert form.paid.currentData() == "yes"
        assert form.shared.currentData() == "no"
        assert form.apps.values() == ["Instagram"]
        assert form.offered_note.isVisibleTo(form)
        assert "filled in from the steps" in form.offered_note.text()
    finally:
        locker.close()


def test_nothing_is_offered_when_nothing_was_answered(shell: Shell, qtbot, tmp_path: Path) -> None:
    walkthrough(shell, qtbot, [None, None, None, None])
    locker = Locker.create(tmp_path / "locker", passphrase=PASSPHRASE, use_device=False)
    try:
        form = IncidentForm(shell.ctx, locker)
        qtbot.addWidget(form)
        assert form.paid.currentData() == "" and form.apps.values() == []
        assert not form.offered_note.isVisibleTo(form)
    finally:
        locker.close()


def drop_picture(page: LockerPage, picture: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    where = QPointF(page.width() / 2, page.height() / 2)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    enter = QDragEnterEvent(where.toPoint(), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(page, QDropEvent(where, *args, Qt.KeyboardModifier.NoModifier))


@pytest.mark.keyring
def test_save_evidence_now_comes_back_to_its_step_after_saving(
    shell: Shell, qtbot, tmp_path: Path
) -> None:
    Locker.create().close()  # opens with this computer's keyring, silently
    page = walkthrough(shell, qtbot, [None, None, None, None])
    page.go_to("step", 2)
    click(qtbot, page.action_button)
    assert shell.window.current_page() == "locker"
    locker_page = shell.window.pages["locker"]
    assert isinstance(locker_page, LockerPage)
    qtbot.waitUntil(locker_page.is_unlocked, timeout=20_000)
    picture = tmp_path / "chat.png"
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (90, 90, 200)).save(out, format="PNG")
    picture.write_bytes(out.getvalue())
    drop_picture(locker_page, picture)
    # Everything from outside waits for review first; saving it is what counts.
    review = locker_page.review.panel
    qtbot.waitUntil(
        lambda: review.model.rowCount() == 1 and not locker_page.is_busy(), timeout=20_000
    )
    locker_page.confirm = lambda title, text, yes: True
    qtbot.mouseClick(review.save_rest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window.current_page() == "walkthrough", timeout=20_000)
    assert page.position == ("step", 2)
    assert "Saved in your locker." in on_screen(page)
    assert locker_page.model.rowCount() == 1
    # Coming back once is the whole promise: the next visit to the locker stays there.
    assert shell.ctx.journey.resume_page == ""


def test_the_last_buttons_label_and_name_say_the_same(shell: Shell, qtbot) -> None:
    page = walkthrough(shell, qtbot, [None, None, None, None])
    page.go_to("step", len(page.steps()) - 1)
    button = page.next_button
    assert button.text() == "Done, finish"
    assert button.accessibleName().startswith(button.text())
    page.go_to("step", 0)
    assert button.text() == "Done, next"
    assert button.accessibleName() == "Done, next step"
