"""The walkthrough and the parents' guide, clicked through in the real window."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.walkthrough import WalkthroughPage

from safehelper import guide_pdf
from safehelper.guidance import Answers
from safehelper.pdf_document import save_pdf
from safehelper.settings import Settings

STEP_HEADINGS = [
    "Stop replying to them.",
    "Do not pay, and do not send anything more.",
    "Save proof of the threats before you block them.",
    "Block them, and report them on the app.",
    "Ask for the pictures to be taken down or blocked.",
    "Lock down your accounts.",
    "Tell someone you trust.",
    "Report it to the police or a hotline.",
]


class Opened:
    """Stands in for the browser: records the URLs a button would open."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString())
        return True


def make_shell(qapp: QApplication, qtbot, country: str) -> tuple[Shell, Opened]:  # type: ignore[no-untyped-def]
    opened = Opened()
    ctx = AppContext(settings=Settings(country=country), navigator=Navigator(), open_url=opened)
    shell = Shell(qapp, ctx)
    qtbot.addWidget(shell.window)
    shell.window.resize(1366, 768)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    return shell, opened


@pytest.fixture
def nz(qapp: QApplication, qtbot) -> Iterator[tuple[Shell, Opened]]:  # type: ignore[no-untyped-def]
    shell, opened = make_shell(qapp, qtbot, "NZ")
    yield shell, opened
    close(qapp, shell)


@pytest.fixture
def gb(qapp: QApplication, qtbot) -> Iterator[tuple[Shell, Opened]]:  # type: ignore[no-untyped-def]
    shell, opened = make_shell(qapp, qtbot, "GB")
    yield shell, opened
    close(qapp, shell)


def close(qapp: QApplication, shell: Shell) -> None:
    qapp.removeEventFilter(shell.quick_exit)
    if shell.tray is not None:
        shell.tray.hide()


def click(qtbot, button: QAbstractButton | None) -> None:  # type: ignore[no-untyped-def]
    assert button is not None
    assert button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_walkthrough(shell: Shell, qtbot) -> WalkthroughPage:  # type: ignore[no-untyped-def]
    click(qtbot, shell.window.pages["home"].choices["walkthrough"])
    assert shell.window.current_page() == "walkthrough"
    page = shell.window.pages["walkthrough"]
    assert isinstance(page, WalkthroughPage)
    return page


def answer_questions(page: WalkthroughPage, qtbot, answers: list[str | None]) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, page.choice_buttons["safe"])
    for value in answers:
        assert page.position[0] == "question"
        if value is None:
            click(qtbot, page.next_button)  # "Skip this question"
        else:
            click(qtbot, page.option_buttons[value])
    assert page.position == ("step", 0)


def visible_text(page: WalkthroughPage) -> str:
    labels = [
        w.text()
        for w in page.content.findChildren(QWidget)
        if hasattr(w, "text") and w.isVisibleTo(page)
    ]
    return "\n".join(str(t) for t in labels)


def walk_all_steps(page: WalkthroughPage, qtbot) -> dict[int, str]:  # type: ignore[no-untyped-def]
    seen: dict[int, str] = {}
    for number, heading in enumerate(STEP_HEADINGS, start=1):
        assert page.heading.text() == heading
        assert page.progress_label.text() == f"Step {number} of 8"
        seen[number] = visible_text(page)
        click(qtbot, page.next_button)
    assert page.position == ("end", 0)
    return seen


# ----- the first screen ------------------------------------------------------------------


def test_first_screen_reassures_and_asks_if_safe(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    assert page.heading.text() == (
        "You're not in trouble. This is not your fault. We'll go through this one step at a time."
    )
    assert "call 111" in visible_text(page)
    assert set(page.choice_buttons) == {"safe", "not_safe", "hurting"}
    for button in page.choice_buttons.values():
        assert button.accessibleName()


def test_hurting_goes_straight_to_the_crisis_page(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    click(qtbot, page.choice_buttons["hurting"])
    assert shell.window.current_page() == "crisis"
    assert "111" in shell.window.pages["crisis"].emergency.text()


def test_not_safe_gives_the_number_then_the_donts_then_the_steps(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    click(qtbot, page.choice_buttons["not_safe"])
    assert shell.window.current_page() == "walkthrough"
    assert page.heading.text() == "If you are in danger right now, call 111."
    text = visible_text(page)
    number = text.index("Emergency: call 111")
    donts = [text.index(line) for line in ("Do not pay them.", "Do not reply to them.")]
    donts += [text.index("Do not delete anything"), text.index("You are not in trouble.")]
    assert number < min(donts)
    assert page.next_button.isVisible() and page.next_button.text() == "Continue to the steps"
    assert page.ctx.needs_help_now
    # Who to talk to now is one click away, and Back from there returns here.
    click(qtbot, page.not_ok_button)
    assert shell.window.current_page() == "crisis"
    click(qtbot, shell.window.back_button)
    assert shell.window.current_page() == "walkthrough"
    assert page.position == ("not_safe", 0)
    click(qtbot, page.next_button)
    assert page.position == ("question", 0)
    click(qtbot, shell.window.back_button)
    assert page.position == ("start", 0)
    click(qtbot, page.choice_buttons["not_safe"])
    click(qtbot, shell.window.back_button)
    assert page.position == ("start", 0)


# ----- the branches ----------------------------------------------------------------------


def test_under_18_in_new_zealand_gets_take_it_down(nz, qtbot) -> None:
    shell, opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["under18", "no", "no", "instagram"])
    seen = walk_all_steps(page, qtbot)
    assert "If you already paid" not in seen[2]
    assert "Never agree to move money for anyone." in seen[2]
    assert "Instagram" in seen[4]
    assert "Take It Down" in seen[5]
    assert "StopNCII" not in seen[5]
    assert "Report Remove" not in seen[5]
    assert "report the post" not in seen[5]
    # The take-down button opens the right service.
    page.go_to("step", 4)
    assert set(page.service_buttons) == {"netsafe", "take_it_down"}
    click(qtbot, page.service_buttons["take_it_down"])
    assert opened.urls[-1] == "https://takeitdown.ncmec.org/"


def test_under_18_in_the_uk_gets_report_remove_and_take_it_down(gb, qtbot) -> None:
    shell, opened = gb
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["under18", None, None, None])
    page.go_to("step", 4)
    assert list(page.service_buttons) == ["report_remove", "take_it_down"]
    click(qtbot, page.service_buttons["report_remove"])
    assert "ceopeducation.co.uk" in opened.urls[-1]
    assert "call 999" not in visible_text(page)  # the emergency line is on the first screen


def test_adult_gets_stopncii(nz, qtbot) -> None:
    shell, opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["adult", "no", "no", None])
    seen = walk_all_steps(page, qtbot)
    assert "StopNCII" in seen[5]
    page.go_to("step", 4)
    assert list(page.service_buttons) == ["netsafe", "take_it_down_adult", "stopncii"]
    click(qtbot, page.service_buttons["stopncii"])
    assert opened.urls[-1] == "https://stopncii.org/"


def test_already_paid_branch(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["under18", "yes", "no", None])
    seen = walk_all_steps(page, qtbot)
    assert "If you already paid, stop now. Do not pay again." in seen[2]
    assert "Tell your bank or the payment app what happened." in seen[2]
    assert "Keep the receipts." in seen[2]


def test_already_shared_branch(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["under18", "no", "yes", None])
    seen = walk_all_steps(page, qtbot)
    assert "If they already posted something, report the post on that app too." in seen[5]
    assert "It is not too late." in seen[5]
    assert "capping" in seen[5]  # what they may claim


def test_back_goes_back_and_answers_can_be_changed(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["adult", "no", "no", None])
    click(qtbot, shell.window.back_button)
    assert page.position == ("question", 3)
    for _ in range(3):
        click(qtbot, shell.window.back_button)
    assert page.position == ("question", 0)
    assert page.option_buttons["adult"].isChecked()
    click(qtbot, page.option_buttons["under18"])
    assert page.answers.age == "under18"


# ----- the step actions ------------------------------------------------------------------


def test_step_3_save_evidence_opens_the_locker(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, [None, None, None, None])
    page.go_to("step", 2)
    assert page.action_button is not None
    assert page.action_button.text() == "Save evidence now"
    click(qtbot, page.action_button)
    assert shell.window.current_page() == "locker"


def test_step_4_shows_the_chosen_app_and_another_can_be_picked(nz, qtbot) -> None:
    shell, opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, [None, None, None, "whatsapp"])
    page.go_to("step", 3)
    guide = page.platform_guide
    assert guide is not None
    box = guide.box
    assert box.currentData() == "whatsapp"
    assert "Report and block" in visible_text(page)
    click(qtbot, guide.link)
    assert opened.urls[-1].startswith("https://faq.whatsapp.com/")
    box.setCurrentIndex(box.findData("discord"))
    assert page.answers.platform == "discord"
    click(qtbot, guide.link)
    assert opened.urls[-1].startswith("https://discord.com/safety/")
    box.setCurrentIndex(box.findData("telegram"))
    assert guide.link is None
    assert "Look in the app's menu for Report and Block" in visible_text(page)


def test_step_7_messages_can_be_edited_and_copied(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, [None, None, None, None])
    page.go_to("step", 6)
    assert set(page.message_edits) == {"trusted_adult", "need_help_now", "warn_friends"}
    adult = page.message_edits["trusted_adult"]
    assert adult.toPlainText() == ("Something happened online and I need help. Can we talk soon?")
    click(qtbot, page.copy_buttons["trusted_adult"])
    assert QGuiApplication.clipboard().text() == adult.toPlainText()
    edited = "Mum, something happened online. Can we talk tonight?"
    adult.setPlainText(edited)
    click(qtbot, page.copy_buttons["trusted_adult"])
    assert QGuiApplication.clipboard().text() == edited
    assert "open it, share it or reply" in page.message_edits["warn_friends"].toPlainText()


def test_step_8_hands_off_to_the_help_page(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, [None, None, None, None])
    page.go_to("step", 7)
    click(qtbot, page.action_button)
    assert shell.window.current_page() == "help"


# ----- crisis, resume, keyboard ----------------------------------------------------------


def test_crisis_is_one_click_from_every_walkthrough_screen_and_the_place_is_kept(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    screens = [("start", 0)] + [("question", i) for i in range(4)]
    screens += [("step", i) for i in range(8)] + [("end", 0)]
    for screen in screens:
        shell.window.show_page("walkthrough")
        page.go_to(*screen)
        click(qtbot, shell.window.not_ok_button)
        assert shell.window.current_page() == "crisis", screen
        shell.window.show_page("walkthrough")
        assert page.position == screen


def test_hide_now_goes_home_and_returning_starts_again(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["under18", "yes", None, None])
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    assert page.position == ("step", 2)
    click(qtbot, shell.window.hide_button)
    qtbot.waitUntil(lambda: not shell.window.isVisible())
    assert shell.window.current_page() == "home"
    shell.window.bring_to_front()
    qtbot.waitExposed(shell.window)
    assert shell.window.current_page() == "home"  # reopening shows nothing private
    click(qtbot, shell.window.pages["home"].choices["walkthrough"])
    # Someone else may have opened it: the answers and the place are gone.
    assert page.position == ("start", 0)
    assert page.answers.get("paid") is None
    click(qtbot, shell.window.back_button)  # nothing inside to go back to: straight home
    assert shell.window.current_page() == "home"


def test_one_back_button_on_every_screen_and_it_steps_back_through_them(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["under18", "no", "no", None])
    page.go_to("step", 7)
    click(qtbot, page.next_button)
    assert page.position == ("end", 0)
    expected = [("step", 7), ("step", 6), ("step", 5), ("step", 4), ("step", 3), ("step", 2)]
    expected += [("step", 1), ("step", 0), ("question", 3), ("question", 2), ("question", 1)]
    expected += [("question", 0), ("start", 0)]
    for screen in expected:
        backs = [
            b
            for b in shell.window.findChildren(QAbstractButton)
            if b.isVisible() and "Back" in b.text()
        ]
        assert backs == [shell.window.back_button], page.position
        click(qtbot, shell.window.back_button)
        assert page.position == screen
    click(qtbot, shell.window.back_button)
    assert shell.window.current_page() == "home"


def test_nothing_about_the_answers_is_written_to_disk(nz, qtbot, safehelper_home: Path) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["under18", "yes", "yes", "snapchat"])
    walk_all_steps(page, qtbot)
    for path in (p for p in safehelper_home.rglob("*") if p.is_file()):
        assert b"snapchat" not in path.read_bytes(), path


def test_steps_are_keyboard_reachable_and_named(nz, qtbot) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, [None, None, None, None])
    for index in range(8):
        page.go_to("step", index)
        buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
        assert buttons
        for button in buttons:
            assert button.accessibleName(), button.text()
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()
    page.go_to("step", 0)
    shell.window.activateWindow()
    qtbot.waitActive(shell.window)
    page.next_button.setFocus()
    qtbot.keyClick(shell.window.windowHandle(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.position == ("step", 1))
    qtbot.keyClick(shell.window.windowHandle(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.position == ("step", 0))
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.position == ("step", 1))


# ----- the end, the parents' guide, PDFs -------------------------------------------------


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def assert_valid_pdf(path: Path, tmp_path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    if shutil.which("pdftoppm"):
        prefix = tmp_path / "page"
        subprocess.run(
            ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(path), str(prefix)],
            check=True,
            timeout=60,
        )
        assert list(tmp_path.glob("page*.png"))


def test_end_page_links_the_parents_guide_and_saves_a_pdf(nz, qtbot, tmp_path: Path) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    answer_questions(page, qtbot, ["under18", "no", "no", None])
    walk_all_steps(page, qtbot)
    assert "You can come back to these steps any time." in visible_text(page)
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "my steps")

    page.ask_save_path = choose
    click(qtbot, page.pdf_button)
    assert asked and asked[0].endswith("SafeHelper steps.pdf")
    label = page.status_label
    assert label is not None
    # Made on a worker thread: the window stays usable while it is written.
    qtbot.waitUntil(lambda: "Saved" in label.text(), timeout=30000)
    saved = tmp_path / "my steps.pdf"
    assert_valid_pdf(saved, tmp_path)
    # The same engine and the same words as `safehelper guide --pdf` for these answers.
    core = save_pdf(
        guide_pdf.walkthrough_pdf(Answers(age="under18", paid="no", shared="no"), "NZ"),
        tmp_path / "core.pdf",
    )
    assert pdf_text(saved) == pdf_text(core)
    click(qtbot, page.parents_button)
    assert shell.window.current_page() == "parents"


def test_pdf_save_failure_is_a_calm_message(nz, qtbot, tmp_path: Path) -> None:
    shell, _opened = nz
    page = open_walkthrough(shell, qtbot)
    page.go_to("end")
    page.ask_save_path = lambda *_a: str(tmp_path / "no such folder" / "steps.pdf")
    click(qtbot, page.pdf_button)
    label = page.status_label
    assert label is not None
    qtbot.waitUntil(lambda: "could not save" in label.text(), timeout=30000)
    assert not (tmp_path / "no such folder").exists()


def test_parents_guide_page(nz, qtbot, tmp_path: Path) -> None:
    shell, _opened = nz
    shell.window.show_page("parents")
    page = shell.window.pages["parents"]
    assert page.heading.text() == "Stay calm and thank your child for telling you."
    text = "\n".join(w.text() for w in page.body.findChildren(QWidget) if hasattr(w, "text"))
    assert "The person who did this is to blame, not your child." in text
    assert "Do not forward, save or share any intimate image of your child." in text
    assert "Do not take their phone or computer away as a first step." in text
    page.ask_save_path = lambda *_a: str(tmp_path / "parents.pdf")
    click(qtbot, page.pdf_button)
    qtbot.waitUntil(lambda: "Saved" in page.status_label.text(), timeout=30000)
    assert_valid_pdf(tmp_path / "parents.pdf", tmp_path)
    click(qtbot, page.steps_button)
    assert shell.window.current_page() == "walkthrough"
    click(qtbot, shell.window.not_ok_button)
    assert shell.window.current_page() == "crisis"
