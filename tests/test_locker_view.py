"""The locker page through the real UI: unlock, paste, files, drag and drop, grid, details."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import close_shell
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QListView, QRadioButton
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.item_detail import ItemDetail
from safehelper_ui.jobs import JobRegistry
from safehelper_ui.locker_view import LockerPage
from safehelper_ui.thumbnail_model import ThumbnailModel, describe
from safehelper_ui.tray import Tray

from safehelper.locker import Item, Locker
from safehelper.locker.review_queue import ReviewQueue
from safehelper.settings import Settings

PASSPHRASE = "purple elephants dance at noon"


def png(colour: tuple[int, int, int], size: tuple[int, int] = (320, 240)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def pick(qtbot, choice: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    """Click a choice on its words (a radio button answers only there, not across its row)."""
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(12, choice.height() // 2))


@pytest.fixture
def shell(qapp: QApplication, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    ctx = AppContext(settings=Settings(country="NZ"), navigator=Navigator())
    built = Shell(qapp, ctx)
    qtbot.addWidget(built.window)
    built.window.resize(1366, 768)
    built.window.show()
    built.window.activateWindow()
    qtbot.waitActive(built.window)
    yield built
    close_shell(qapp, built)


def locker_page(shell: Shell) -> LockerPage:
    shell.window.show_page("locker")
    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    return page


def wait_for_create_form(page: LockerPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The keyring is asked off the GUI thread; the form shows when it has answered."""
    qtbot.waitUntil(lambda: page.unlock.submit_button.text() == "Create my locker")
    qtbot.waitUntil(page.unlock.submit_button.isEnabled)


def open_page(shell: Shell, qtbot) -> LockerPage:  # type: ignore[no-untyped-def]
    """A locker that opens with this computer's keyring, opened silently by the page."""
    if not Locker.exists():
        Locker.create().close()
    page = locker_page(shell)
    qtbot.waitUntil(page.is_unlocked)
    assert page.stack.currentWidget() is page.grid_panel
    return page


def save_the_rest(page: LockerPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On the review grid: "Save the rest as they are", agree to the warning, wait for the end."""
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.review.panel)
    qtbot.waitUntil(page.review.panel.save_rest_button.isEnabled, timeout=20_000)
    warnings: list[str] = []
    page.confirm = lambda title, text, yes: warnings.append(text) or True
    qtbot.mouseClick(page.review.panel.save_rest_button, Qt.MouseButton.LeftButton)
    assert warnings == [
        "Only save pictures of the chat. Never save the private pictures themselves."
    ]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.summary_panel, timeout=120_000)


def test_first_time_creates_a_locker_with_the_keyring(shell: Shell, qtbot) -> None:
    page = locker_page(shell)
    assert page.stack.currentWidget() is page.unlock
    assert page.heading.text() == "Make a private locker for your evidence."
    wait_for_create_form(page, qtbot)
    assert page.unlock.submit_button.text() == "Create my locker"
    # Nothing is chosen for the person: Create first asks them to choose.
    qtbot.mouseClick(page.unlock.submit_button, Qt.MouseButton.LeftButton)
    assert "choose who can open" in page.unlock.message.text()
    assert not Locker.exists()
    pick(qtbot, page.unlock.device_choice)
    assert not page.unlock.passphrase.isVisible()
    qtbot.mouseClick(page.unlock.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grid_panel, timeout=20_000)
    assert page.locker is not None and page.locker.has_device_slot()
    assert not page.locker.has_passphrase_slot()
    # Before the first save: what to save, and what never to save.
    assert page.grid_panel.guide.isVisible()
    guide_text = " ".join(
        label.text() for label in page.grid_panel.guide.findChildren(type(page.grid_panel.empty))
    )
    assert "username" in guide_text and "under 18" in guide_text
    assert page.grid_panel.empty.isVisible() and not page.grid_panel.view.isVisible()


def test_without_a_safe_keyring_a_passphrase_is_required_in_plain_words(
    shell: Shell, qtbot
) -> None:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        page = locker_page(shell)
        wait_for_create_form(page, qtbot)
        intro = page.unlock.intro.text()
        assert "no safe place for keys" in intro and "you need a passphrase" in intro
        assert not page.unlock.choice_box.isVisible()  # only the passphrase is offered
        assert page.unlock.passphrase.isVisible() and page.unlock.repeat.isVisible()
        # The minimum and what a forgotten passphrase means, before the first try.
        warning = page.unlock.forget_warning
        assert warning.isVisible() and "at least 8 characters" in warning.text()
        assert "nobody can open your evidence" in warning.text()
        qtbot.mouseClick(page.unlock.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: "at least 8 characters" in page.unlock.message.text(), timeout=20_000
        )
        assert not Locker.exists()
        page.unlock.passphrase.setText(PASSPHRASE)
        page.unlock.repeat.setText(PASSPHRASE)
        qtbot.mouseClick(page.unlock.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grid_panel, timeout=20_000)
        assert page.locker is not None
        assert page.locker.has_passphrase_slot() and not page.locker.has_device_slot()
    finally:
        keyring.set_keyring(before)


def test_create_with_a_passphrase_checks_the_two_match(shell: Shell, qtbot) -> None:
    page = locker_page(shell)
    wait_for_create_form(page, qtbot)
    pick(qtbot, page.unlock.passphrase_choice)
    assert page.unlock.forget_warning.isVisible()
    page.unlock.passphrase.setText(PASSPHRASE)
    page.unlock.repeat.setText(PASSPHRASE + "x")
    qtbot.mouseClick(page.unlock.submit_button, Qt.MouseButton.LeftButton)
    assert "not the same" in page.unlock.message.text()
    assert not Locker.exists()
    page.unlock.passphrase.setText(PASSPHRASE)
    page.unlock.repeat.setText(PASSPHRASE)
    qtbot.keyClick(page.unlock.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grid_panel, timeout=20_000)
    assert page.locker is not None
    # Only the passphrase opens it: this computer's key must not skip it.
    assert page.locker.has_passphrase_slot() and not page.locker.has_device_slot()


def test_a_locked_locker_shows_the_unlock_screen_and_nothing_else(shell: Shell, qtbot) -> None:
    with Locker.create(passphrase=PASSPHRASE, use_device=False) as locker:
        locker.add_image(png((200, 10, 10)), "screen", note="secret note")
    page = locker_page(shell)
    assert page.stack.currentWidget() is page.unlock
    assert not page.grid_panel.isVisible() and not page.detail.isVisible()
    assert page.model.rowCount() == 0 and page.model.decoded == 0
    qtbot.waitUntil(page.unlock.passphrase.isVisible)  # the ways in are read off the GUI thread
    assert page.unlock.passphrase.isVisible() and not page.unlock.device_button.isVisible()
    # The screen-shortcuts of the grid do nothing while locked.
    qtbot.keyClick(page.unlock.passphrase, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.unlock

    qtbot.keyClicks(page.unlock.passphrase, "wrong passphrase here")
    qtbot.keyClick(page.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not right" in page.unlock.message.text(), timeout=20_000)
    assert not page.is_unlocked() and page.unlock.passphrase.text() == ""

    qtbot.keyClicks(page.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(page.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grid_panel, timeout=20_000)
    assert page.model.rowCount() == 1
    assert not page.grid_panel.guide.isVisible()  # items exist: the advice waits behind its link
    qtbot.mouseClick(page.grid_panel.guide_button, Qt.MouseButton.LeftButton)
    assert page.grid_panel.guide.isVisible()


def test_paste_saves_a_copied_picture_after_the_cover_step(shell: Shell, qtbot) -> None:
    page = open_page(shell, qtbot)
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor(20, 160, 90))
    QGuiApplication.clipboard().setImage(image)
    page.grid_panel.screenshot_button.setFocus()
    qtbot.keyClick(
        page.grid_panel.screenshot_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
    )
    # It waits, sealed, in the review queue, and opens in the cover editor.
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=20_000)
    assert page.heading.text() == "Cover anything private, then press Save."
    qtbot.keyClicks(page.editor.note, "He said he'd send it to my school")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    assert page.locker is not None
    item = page.locker.items()[0]
    assert item.source == "clipboard" and not item.covered
    assert item.note == "He said he'd send it to my school"
    saved = QImage.fromData(page.locker.read_image(item.id))
    assert saved.pixelColor(320, 200) == QColor(20, 160, 90)
    assert (
        page.grid_panel.notice.isVisible()
        and "Saved in your locker at" in page.grid_panel.notice.text()
    )
    # Details are remembered for the next save (but not the note).
    page.editor.open_image(image, "clipboard")
    assert page.editor.note.toPlainText() == ""


def test_paste_with_nothing_copied_says_how_to_copy_a_screenshot(shell: Shell, qtbot) -> None:
    page = open_page(shell, qtbot)
    QGuiApplication.clipboard().setText("just words")
    page.paste()
    assert page.stack.currentWidget() is page.grid_panel
    assert "no picture to paste" in page.grid_panel.notice.text()


def test_choose_files_imports_every_picked_file_and_explains_refusals(
    shell: Shell, qtbot, tmp_path: Path
) -> None:
    page = open_page(shell, qtbot)
    good = []
    for index in range(3):
        path = tmp_path / f"IMG_{index}.png"
        path.write_bytes(png((index * 60, 100, 200)))
        good.append(path)
    bad = tmp_path / "not a picture.png"
    bad.write_text("hello", encoding="utf-8")
    page.choose_files_dialog = lambda parent: [str(p) for p in [*good, bad]]
    page.grid_panel.files_button.setFocus()
    qtbot.keyClick(page.grid_panel.files_button, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.summary_panel, timeout=20_000)
    assert "3 pictures are waiting for you to look at them." in page.summary_panel.text.text()
    assert "1 file was not added:" in page.summary_panel.text.text()
    assert page.summary_panel.list.count() == 1
    assert (
        page.summary_panel.list.item(0).text().startswith("not a picture.png: It is not a picture")
    )
    assert page.locker is not None and page.locker.count() == 0  # nothing saved before review
    qtbot.mouseClick(page.summary_panel.done_button, Qt.MouseButton.LeftButton)
    save_the_rest(page, qtbot)
    assert "3 pictures were saved in your locker." in page.summary_panel.text.text()
    qtbot.mouseClick(page.summary_panel.done_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.grid_panel
    assert page.model.rowCount() == 3
    names = {page.model.item_at(row).original_name for row in range(3)}
    assert names == {"IMG_0.png", "IMG_1.png", "IMG_2.png"}


def test_dropping_files_and_a_folder_imports_them(shell: Shell, qtbot, tmp_path: Path) -> None:
    page = open_page(shell, qtbot)
    folder = tmp_path / "Phone screenshots"
    folder.mkdir()
    for index in range(2):
        (folder / f"Screenshot_{index}.png").write_bytes(png((10, index * 90, 10)))
    single = tmp_path / "chat.png"
    single.write_bytes(png((90, 90, 200)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(single))])
    where = QPointF(page.width() / 2, page.height() / 2)
    enter = QDragEnterEvent(
        where.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: page.review.panel.model.rowCount() == 3, timeout=20_000)
    assert "3 pictures are waiting" in page.review.panel.notice.text()
    save_the_rest(page, qtbot)
    assert "3 pictures were saved" in page.summary_panel.text.text()
    assert not page.summary_panel.list.isVisible()
    assert page.model.rowCount() == 3


def test_importing_50_files_shows_progress_and_the_window_stays_responsive(
    shell: Shell, qtbot, tmp_path: Path
) -> None:
    page = open_page(shell, qtbot)
    paths = []
    for index in range(50):
        path = tmp_path / f"shot_{index:02d}.png"
        path.write_bytes(png((index * 5, 255 - index * 5, 128), (900, 600)))
        paths.append(path)
    ticks: list[int] = []
    progress: list[tuple[int, int, int]] = []  # (value, maximum, ticks so far)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    page.progress_panel.bar.valueChanged.connect(
        lambda value: progress.append((value, page.progress_panel.bar.maximum(), len(ticks)))
    )
    timer.start()
    page.import_paths(paths)
    assert page.stack.currentWidget() is page.progress_panel
    assert page.progress_panel.cancel_button.isVisible()
    qtbot.waitUntil(lambda: page.review.panel.model.rowCount() == 50, timeout=120_000)
    timer.stop()
    assert "50 pictures are waiting" in page.review.panel.notice.text()
    assert progress[-1][:2] == (50, 50)
    # The bar moved through the import, not just at the end...
    assert len({value for value, _max, _ticks in progress}) >= 10
    # ...and the event loop kept running meanwhile: the timer ticked between progress steps.
    tick_counts = [count for _value, _max, count in progress]
    assert tick_counts[-1] - tick_counts[0] >= 10


def test_cancel_stops_an_import_and_keeps_what_was_saved(
    shell: Shell, qtbot, tmp_path: Path
) -> None:
    page = open_page(shell, qtbot)
    paths = []
    for index in range(40):
        path = tmp_path / f"shot_{index:02d}.png"
        path.write_bytes(png((index * 5, 10, 128), (900, 600)))
        paths.append(path)
    page.import_paths(paths)
    qtbot.waitUntil(lambda: page.progress_panel.bar.value() >= 2, timeout=60_000)
    qtbot.mouseClick(page.progress_panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.summary_panel, timeout=60_000)
    assert "You stopped before the end." in page.summary_panel.text.text()
    assert page.locker is not None
    waiting = ReviewQueue(page.locker).count()
    assert 2 <= waiting < 40 and page.locker.count() == 0
    qtbot.mouseClick(page.summary_panel.done_button, Qt.MouseButton.LeftButton)
    save_the_rest(page, qtbot)
    assert page.locker.count() == waiting
    assert page.model.rowCount() == page.locker.count()


def test_item_detail_shows_hash_edits_note_deletes_and_restores(shell: Shell, qtbot) -> None:
    Locker.create().close()
    with Locker.open() as locker:
        locker.unlock_with_device()
        first = locker.add_image(
            png((250, 0, 0)), "screen", platform="Snapchat", username="scary.person"
        )
        locker.add_image(png((0, 0, 250)), "clipboard")
    page = open_page(shell, qtbot)
    assert page.model.rowCount() == 2
    assert page.model.item_at(1).id == first.id  # newest first
    confirmations: list[str] = []
    answer = {"yes": False}

    def confirm(title: str, text: str, yes: str) -> bool:
        confirmations.append(title + " " + text)
        return answer["yes"]

    page.confirm = confirm
    page.grid_panel.view.setFocus()
    page.grid_panel.view.setCurrentIndex(page.model.index(1))
    qtbot.keyClick(page.grid_panel.view, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.detail
    assert page.detail.sha.text() == first.sha256
    assert page.detail.fields["platform"].text() == "Snapchat"
    assert page.detail.fields["username"].text() == "scary.person"
    assert "UTC" in page.detail.fields["saved"].text()
    qtbot.waitUntil(lambda: not page.detail.picture.pixmap.isNull())

    page.detail.note.setPlainText("Asked for $500 in gift cards")
    qtbot.mouseClick(page.detail.save_note_button, Qt.MouseButton.LeftButton)
    assert page.locker is not None
    assert page.locker.item(first.id).note == "Asked for $500 in gift cards"

    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    assert "You can bring it back" in confirmations[-1]
    assert not page.locker.item(first.id).deleted  # said no
    answer["yes"] = True
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    assert page.locker.item(first.id).deleted
    assert page.stack.currentWidget() is page.grid_panel
    assert page.model.rowCount() == 1

    page.grid_panel.show_deleted.setChecked(True)
    assert page.model.rowCount() == 2
    page.grid_panel.view.setCurrentIndex(page.model.index(1))
    qtbot.keyClick(page.grid_panel.view, Qt.Key.Key_Return)
    assert page.detail.restore_button.isVisible() and not page.detail.delete_button.isVisible()
    qtbot.mouseClick(page.detail.restore_button, Qt.MouseButton.LeftButton)
    assert not page.locker.item(first.id).deleted

    page.grid_panel.view.setCurrentIndex(page.model.index(1))
    qtbot.keyClick(page.grid_panel.view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.detail.purge_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in confirmations[-1]
    assert page.locker.count() == 1
    assert page.model.rowCount() == 1


def test_check_everything_is_intact_reports_in_plain_words(shell: Shell, qtbot) -> None:
    Locker.create().close()
    with Locker.open() as locker:
        locker.unlock_with_device()
        for index in range(3):
            locker.add_image(png((index * 80, 0, 0)), "screen")
    page = open_page(shell, qtbot)
    page.grid_panel.view.setFocus()
    qtbot.keyClick(page.grid_panel.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.summary_panel, timeout=20_000)
    assert page.heading.text() == "Everything is intact."
    assert "(3 in all)" in page.summary_panel.text.text()


def test_hide_now_locks_and_clears_the_grid(shell: Shell, qtbot) -> None:
    Locker.create().close()
    with Locker.open() as locker:
        locker.unlock_with_device()
        for index in range(4):
            locker.add_image(png((index * 60, 30, 30)), "screen", platform="Instagram")
    page = open_page(shell, qtbot)
    qtbot.waitUntil(lambda: page.model.decoded == 4)  # painted
    page.grid_panel.view.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.grid_panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.detail.picture.pixmap.isNull())

    qtbot.mouseClick(shell.window.hide_button, Qt.MouseButton.LeftButton)
    assert not shell.window.isVisible()
    assert page.locker is not None and not page.locker.is_unlocked
    assert page.model.rowCount() == 0 and page.model.cached_count() == 0
    assert page.detail.picture.pixmap.isNull() and page.detail.sha.text() == ""
    assert page.stack.currentWidget() is page.unlock
    assert shell.window.current_page() == "home"


def test_idle_time_locks_the_locker(shell: Shell, qtbot) -> None:
    page = open_page(shell, qtbot)
    assert shell.idle.timer.isActive()
    assert shell.idle.timer.interval() == 10 * 60_000
    shell.idle.timer.timeout.emit()  # what ten quiet minutes do
    assert not page.is_unlocked()
    assert page.stack.currentWidget() is page.unlock


def test_closing_the_window_locks_the_locker(shell: Shell, qtbot) -> None:
    page = open_page(shell, qtbot)
    shell.window.close()
    assert page.locker is not None and not page.locker.is_unlocked
    assert page.model.rowCount() == 0


def test_thumbnails_are_decrypted_only_for_rows_on_screen(qapp, qtbot) -> None:
    from safehelper_ui.thumbnail_model import ThumbnailDelegate

    thumb = png((40, 40, 200))
    reads: list[str] = []

    def read(item_id: str) -> bytes:
        reads.append(item_id)
        return thumb

    base = datetime(2026, 11, 25, 3, 53, tzinfo=UTC)
    items = [
        Item(
            id=f"{n:032x}",
            sha256="0" * 64,
            size=1,
            width=320,
            height=240,
            media_type="image/png",
            captured_at=base,
            local_zone="Pacific/Auckland",
            utc_offset="+13:00",
            source="screen",
            file_mtime=None,
            exif_date=None,
            note="",
            platform="Instagram",
            username="",
            original_name="",
            covered=False,
            deleted=False,
            entry_hash="0" * 64,
        )
        for n in range(2000)
    ]
    jobs = JobRegistry()
    model = ThumbnailModel(jobs, read)
    model.set_items(items)
    view = QListView()
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setUniformItemSizes(True)
    delegate = ThumbnailDelegate(view)
    delegate.update_size(view.fontMetrics())
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.resize(1200, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.decoded > 0)
    qtbot.waitUntil(jobs.is_idle)
    assert 0 < len(set(reads)) < 60
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole) == describe(items[0])
    assert describe(items[0]).startswith("Screenshot saved 25 Nov 2026")
    assert describe(items[0]).endswith(", Instagram")


def test_saved_png_is_compressed_and_exact(qapp) -> None:
    from safehelper_ui.cover_canvas import encode_png

    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    image.fill(QColor(250, 250, 250))
    for y in range(0, 720, 24):
        for x in range(0, 1280, 9):
            image.setPixelColor(x, y, QColor(20, 20, 20))
    data = encode_png(image)
    assert len(data) < 1280 * 720 * 4 // 20
    assert QImage.fromData(data).convertToFormat(QImage.Format.Format_RGB32) == image


def test_tray_offers_save_a_screenshot_now(qapp) -> None:
    calls: list[str] = []
    tray = Tray(
        qapp.windowIcon(),
        lambda: calls.append("open"),
        lambda: calls.append("hide"),
        lambda: calls.append("quit"),
        on_capture=lambda: calls.append("capture"),
    )
    texts = [action.text() for action in tray.menu.actions()]
    assert "Save a screenshot now" in texts and "Open SafeHelper" in texts
    tray.capture_action.trigger()
    assert calls == ["capture"]


def test_every_control_has_a_screen_reader_name_and_buttons_say_their_keys(
    shell: Shell, qtbot
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    page = open_page(shell, qtbot)
    missing = []
    for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QListView):
        for widget in page.findChildren(kind):
            # (a combo box's own pop-up list is a separate window, named by the combo box)
            if not widget.accessibleName() and widget.window() is shell.window:
                missing.append(
                    f"{type(widget).__name__} {widget.objectName()} "
                    f"{getattr(widget, 'text', lambda: '')()}"
                )
    assert missing == []
    for button in (
        page.grid_panel.screenshot_button,
        page.grid_panel.paste_button,
        page.grid_panel.files_button,
        page.grid_panel.phone_button,
        page.review.panel.save_rest_button,
        page.review.panel.discard_button,
        page.grid_panel.verify_button,
        page.grid_panel.incident_button,
        page.grid_panel.export_button,
        page.grid_panel.guide_button,
        page.editor.save_button,
        page.editor.undo_button,
    ):
        assert "(" in button.toolTip() and ")" in button.toolTip(), button.text()


def test_incident_details_and_export_open_from_the_locker(shell: Shell, qtbot) -> None:
    from safehelper_ui.export_dialog import ExportDialog
    from safehelper_ui.incident_form import IncidentForm

    page = open_page(shell, qtbot)
    page.grid_panel.screenshot_button.setFocus()
    qtbot.keyClick(
        page.grid_panel.screenshot_button, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
    )
    forms = [w for w in QApplication.topLevelWidgets() if isinstance(w, IncidentForm)]
    assert forms and forms[0].isVisible()
    forms[0].close()
    qtbot.mouseClick(page.grid_panel.export_button, Qt.MouseButton.LeftButton)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
    ]
    assert dialogs
    dialogs[0].close()


def test_each_picture_says_how_it_came_into_the_locker(qapp: QApplication, qtbot) -> None:
    # What the details and a screen reader say must match the police report's words:
    # a picture sent from the phone was once labelled "Added from a file".
    jobs = JobRegistry()
    detail = ItemDetail(lambda title, text, yes: True, jobs)
    qtbot.addWidget(detail)
    with Locker.create(passphrase=PASSPHRASE, use_device=False) as locker:
        detail.locker = locker
        shown = {}
        spoken = {}
        for n, source in enumerate(("screen", "file", "clipboard", "phone")):
            item = locker.add_image(png((10 * n, 80, 120)), source)
            detail.show_item(item)
            shown[source] = detail.fields["source"].text()
            spoken[source] = describe(item).split(" saved ")[0].split(" added ")[0]
        qtbot.waitUntil(jobs.is_idle)
    assert shown == {
        "screen": "Screenshot taken by SafeHelper",
        "file": "Added from a file",
        "clipboard": "Pasted",
        "phone": "Sent from a phone",
    }
    assert spoken == {
        "screen": "Screenshot",
        "file": "Picture",
        "clipboard": "Pasted picture",
        "phone": "Picture from a phone",
    }


def jpeg(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 40).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_a_phone_photo_opens_on_a_worker_shrunk_to_the_screen(
    qapp: QApplication, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 12 MP photo takes about 0.2 s to decode: on the GUI thread it would hold up
    # Hide now. It is read and decoded on a worker, and a picture asked for before
    # the person moved on (another item, Back, Hide now) is never shown.
    jobs = JobRegistry()
    detail = ItemDetail(lambda title, text, yes: True, jobs)
    qtbot.addWidget(detail)
    detail.show()
    screen = detail.screen()
    bound = screen.size() * screen.devicePixelRatio()
    with Locker.create(passphrase=PASSPHRASE, use_device=False) as locker:
        photo = locker.add_image(jpeg((4000, 3000)), "phone")
        small = locker.add_image(png((200, 30, 30), (320, 240)), "screen")
        threads: list[bool] = []
        read = locker.read_image

        def watched_read(item_id: str) -> bytes:
            threads.append(threading.current_thread() is threading.main_thread())
            return read(item_id)

        monkeypatch.setattr(locker, "read_image", watched_read)
        detail.locker = locker

        detail.show_item(photo)
        assert detail.picture.pixmap.isNull() and detail.picture.opening
        assert detail.fields["size"].text() == "4000 × 3000"  # the details come at once
        qtbot.waitUntil(lambda: not detail.picture.pixmap.isNull(), timeout=20_000)
        picture = detail.picture.pixmap.size()
        assert picture.width() <= bound.width() and picture.height() <= bound.height()
        assert picture.width() < 4000  # shrunk to the screen
        assert abs(picture.width() / picture.height() - 4 / 3) < 0.01  # never stretched
        assert threads == [False]

        detail.show_item(photo)  # then another before the photo is ready
        detail.show_item(small)
        qtbot.waitUntil(jobs.is_idle, timeout=20_000)
        assert detail.picture.pixmap.size() == QSize(320, 240)

        detail.show_item(photo)  # Back (or Hide now) before it is ready
        detail.clear()
        qtbot.waitUntil(jobs.is_idle, timeout=20_000)
        assert detail.picture.pixmap.isNull() and not detail.picture.opening
