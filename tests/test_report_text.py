"""Everything a user typed reaches the police report: every length and every character.

A long note or incident answer once stopped every export (a table row taller
than a page), and Chinese, Japanese or Korean letters in a username vanished
from the report without a word. These tests make real packs the way a user
does (a real locker, ``safehelper export``), check them with ``sha256sum -c``
and ``safehelper verify-pack``, and read the report back with poppler's
``pdftotext`` and ``pdftoppm``.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from safehelper import export, guide_pdf, incident
from safehelper.incident import MAX_LIST_ENTRIES, MAX_TEXT_CHARS, Incident
from safehelper.locker import Locker
from safehelper.pack import verify_pack

PASSPHRASE = "a long test passphrase"
# The characters of a made-up Bitcoin-style address: no spaces, so nowhere to wrap.
WALLET_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# How the report explains a code point (on page 1 and at the foot of every page).
FOOTNOTE = "Unicode code point"


def picture() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (360, 640), (30, 90, 170)).save(out, format="PNG")
    return out.getvalue()


def unbroken(length: int, seed: int) -> str:
    """A "word" with no space in it, like a wallet address or a long link."""
    return "".join(WALLET_ALPHABET[(seed + i * 7) % len(WALLET_ALPHABET)] for i in range(length))


def ending(text: str, marker: str, length: int) -> str:
    """``text`` repeated or cut to ``length`` characters, with ``marker`` as the last word."""
    tail = f" {marker}"
    body = (text * (length // max(len(text), 1) + 1))[: length - len(tail)]
    return body + tail


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehelper", *args],
        capture_output=True,
        text=True,
        timeout=540,
    )


def export_and_check(target: Path) -> tuple[str, dict]:
    """``safehelper export`` the default locker, then check the pack like an officer would.

    Returns the report's text as ``pdftotext`` reads it and the manifest.
    """
    made = run_cli("export", str(target))
    assert made.returncode == 0, made.stderr
    assert "Traceback" not in made.stderr
    checked = run_cli("verify-pack", str(target))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    folder = target.with_suffix("")
    with zipfile.ZipFile(target) as archive:
        archive.extractall(folder)
    sums = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, timeout=60
    )
    assert sums.returncode == 0, sums.stdout + sums.stderr
    pages = folder / "pages"
    pages.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "2", "report.pdf", str(pages / "p")],
        cwd=folder,
        check=True,
        timeout=300,
    )
    assert len(list(pages.glob("p-*.png"))) == 2
    text = subprocess.run(
        ["pdftotext", "report.pdf", "-"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return text, json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def words(text: str) -> str:
    return " ".join(text.split())


def body_without_spaces(text: str) -> str:
    """The report's text with running titles, page numbers and footnotes taken out and
    no whitespace, so a long unbroken word reads back in one piece across lines and pages."""
    kept = [
        line
        for line in text.splitlines()
        if not line.startswith("SafeHelper evidence report, made")
        and not re.fullmatch(r"\s*Page \d+ of \d+\s*", line.replace("\f", ""))
        and FOOTNOTE not in line
    ]
    return "".join("".join(kept).split())


@pytest.fixture
def locker(monkeypatch: pytest.MonkeyPatch) -> Iterator[Locker]:
    """A real locker in this test's SAFEHELPER_HOME, the one ``safehelper export`` opens."""
    monkeypatch.setenv("SAFEHELPER_PASSPHRASE", PASSPHRASE)
    made = Locker.create(passphrase=PASSPHRASE, use_device=False)
    yield made
    made.close()


# ------------------------------------------------------------------ case 1: long text


def longest_incident() -> tuple[Incident, dict[str, str]]:
    """Every field of the incident form at its longest, each ending in its own marker word.

    Text answers are ``MAX_TEXT_CHARS`` long; every list has ``MAX_LIST_ENTRIES``
    entries and ends with one of ``MAX_TEXT_CHARS`` (a whole list at that size
    would pass the locker's 4 MB document limit, which refuses the save).
    """
    details = Incident(
        demanded_money=incident.YES,
        paid=incident.YES,
        demanded_images=incident.YES,
        shared=incident.NOT_SURE,
        payment_methods=list(incident.PAYMENT_METHODS),
    )
    markers: dict[str, str] = {}
    prose = "They said they would send the pictures to everyone at my school unless I paid. "
    for number, name in enumerate(
        (
            "contact_started",
            "money_amount",
            "currency",
            "bank_details",
            "gift_card_details",
            "other_demands",
            "amount_paid",
            "paid_how",
            "shared_where",
            "account",
        )
    ):
        markers[name] = f"END-{name}"
        start = prose if number % 2 else unbroken(MAX_TEXT_CHARS, number)
        setattr(details, name, ending(start, markers[name], MAX_TEXT_CHARS))
    lists = ("apps", "usernames", "profile_links", "other_accounts", "crypto_wallets")
    for number, name in enumerate((*lists, "payment_app_handles")):
        markers[name] = f"END-{name}"
        entries = [f"{name}-{i}-{unbroken(40, i)}" for i in range(MAX_LIST_ENTRIES - 1)]
        entries.append(ending(unbroken(MAX_TEXT_CHARS, number), markers[name], MAX_TEXT_CHARS))
        setattr(details, name, entries)
    return details, markers


def test_every_field_at_its_longest_still_makes_a_pack_with_all_the_text(
    locker: Locker, tmp_path: Path
) -> None:
    wallet = unbroken(MAX_TEXT_CHARS, 3)
    long_items = {
        "prose": ending("I did not want to send it but they kept asking.\n", "END-note-1", 20_000),
        "wallet": ending(wallet, "END-note-2", len(wallet) + 11),
        "lines": "".join(f"line {n}\n" for n in range(3000)) + "END-note-3",
        "short": "Only a short note",
    }
    for number, note in enumerate(long_items.values()):
        locker.add_image(
            picture(),
            "screen",
            note=note,
            platform=ending("Instagram ", f"END-app-{number}", 4000),
            username=ending(unbroken(MAX_TEXT_CHARS, number), f"END-user-{number}", 20_000),
        )
    details, markers = longest_incident()
    incident.save(locker, details)

    text, manifest = export_and_check(tmp_path / "long.zip")

    flat = words(text)
    for marker in list(markers.values()) + [f"END-note-{n}" for n in (1, 2, 3)]:
        assert marker in flat, marker
    for number in range(4):
        assert f"END-app-{number}" in flat and f"END-user-{number}" in flat
    assert "Only a short note" in flat
    # The 20,000-character unbroken address reads back whole, across lines and pages.
    assert wallet + "END-note-2" in body_without_spaces(text)
    assert details.crypto_wallets[-1].replace(" ", "") in body_without_spaces(text)
    # The manifest keeps every note exactly as typed.
    assert sorted(item["note"] for item in manifest["items"]) == sorted(long_items.values())
    assert manifest["incident"]["other_demands"] == details.other_demands


def test_a_note_of_a_hundred_thousand_characters_is_in_the_report(
    locker: Locker, tmp_path: Path
) -> None:
    """The locker sets no limit on a note, so neither may the report."""
    note = ending("pay me or else ", "END-of-a-very-long-note", 100_000)
    locker.add_image(picture(), "file", note=note)
    text, manifest = export_and_check(tmp_path / "longer.zip")
    assert "END-of-a-very-long-note" in words(text)
    assert manifest["items"][0]["note"] == note


# ------------------------------------------------------------------ case 14: any character


def shown(character: str, text: str) -> bool:
    """Is ``character`` in the report, drawn or written as its code point?

    ``pdftotext`` may compose or reorder combining marks, so a drawn character
    counts when each code point of its decomposition is in the text. A word
    longer than its line is broken between characters, even inside a code point.
    """
    if f"U+{ord(character):04X}" in text.replace("\n", ""):
        return True
    if character.isspace():
        return True  # drawn as space; pdftotext keeps the layout, not the exact blank
    return set(unicodedata.normalize("NFKD", character)) <= set(unicodedata.normalize("NFKD", text))


def test_emoji_and_cjk_usernames_are_drawn_or_written_as_code_points(
    locker: Locker, tmp_path: Path
) -> None:
    names = ["@狼_wolf😈", "손흥민", "さくら"]
    locker.add_image(picture(), "screen", note="さくら said: 😀 pay now 💸", username=names[0])
    locker.add_image(picture(), "file", platform="カカオトーク", username=names[1])
    incident.save(locker, Incident(usernames=names, other_demands="送钱 or else"))

    text, manifest = export_and_check(tmp_path / "names.zip")

    flat = words(text)
    # DejaVu Sans draws the wolf-faced devil and the grin; it has no Han, Hangul or kana.
    assert "@[U+72FC]_wolf😈" in flat
    assert "[U+C190 U+D765 U+BBFC]" in flat
    assert "[U+3055 U+304F U+3089] said: 😀 pay now [U+1F4B8]" in flat
    # A long run may wrap in a narrow table cell: each line then brackets its own part.
    assert "[U+30AB U+30AB U+30AA U+30C8 U+30FC U+30AF]" in flat.replace("] [", " ")
    assert "[U+9001 U+94B1] or else" in flat
    for name in names:
        assert all(shown(character, text) for character in name), name
    # The notation is explained on page 1 and at the foot of every page.
    pages = [page for page in text.split("\f") if page.strip()]
    assert all(FOOTNOTE in page for page in pages)
    assert "manifest.json" in flat
    # The manifest keeps the exact text.
    assert sorted(item["username"] for item in manifest["items"]) == sorted(names[:2])
    assert manifest["incident"]["usernames"] == names


def test_invisible_characters_are_written_out_and_plain_text_needs_no_footnote(
    locker: Locker, tmp_path: Path
) -> None:
    locker.add_image(picture(), "screen", username="bad\u200bactor", note="Zoë\u202egnp.exe")
    text, _ = export_and_check(tmp_path / "hidden.zip")
    flat = words(text)
    assert "bad[U+200B]actor" in flat
    assert "Zoë[U+202E]gnp.exe" in flat
    assert FOOTNOTE in flat

    locker.delete(locker.items()[0].id)
    locker.add_image(picture(), "screen", username="@plain", note="Nothing unusual, Zoë")
    plain, _ = export_and_check(tmp_path / "plain.zip")
    assert "Nothing unusual, Zoë" in words(plain)
    assert FOOTNOTE not in plain and "[U+" not in plain


# Any code point but a lone surrogate (which UTF-8 cannot hold), with combining marks,
# emoji, CJK and controls made likely.
ANY_TEXT = st.lists(
    st.one_of(
        st.characters(exclude_categories=["Cs"]),
        st.characters(categories=["Mn", "Me"]),
        st.sampled_from(["😈", "👨\u200d👩\u200d👧", "狼", "손", "さ", "\n", "\t", "e\u0301"]),
    ),
    max_size=300,
).map("".join)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(note=ANY_TEXT, username=ANY_TEXT, demand=ANY_TEXT)
def test_any_unicode_text_never_stops_the_export(
    locker: Locker, tmp_path: Path, note: str, username: str, demand: str
) -> None:
    item = locker.add_image(picture(), "screen", note=note, username=username)
    saved = incident.save(locker, Incident(other_demands=demand))
    target = tmp_path / "any.zip"
    target.unlink(missing_ok=True)
    result = export.export_pack(locker, target, item_ids=[item.id])
    assert result.items == 1
    assert verify_pack(target).items == 1
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        (target.parent / "any.pdf").write_bytes(archive.read("report.pdf"))
    assert manifest["items"][0]["note"] == note
    assert manifest["items"][0]["username"] == username
    assert manifest["incident"]["other_demands"] == saved.other_demands
    text = subprocess.run(
        ["pdftotext", str(target.parent / "any.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    for character in note + username + saved.other_demands:
        assert shown(character, text), f"U+{ord(character):04X}"


def test_a_guide_shows_what_its_font_cannot_draw_the_same_way(tmp_path: Path) -> None:
    """The guides share the page code: a translated line in Korean is not lost either."""
    data = guide_pdf.text_pdf("Safety guide\n\nSTEP 1 OF 2\n- 도움 받기 today", "Safety")
    path = tmp_path / "guide.pdf"
    path.write_bytes(bytes(data))
    text = words(
        subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
        ).stdout
    )
    assert "[U+B3C4 U+C6C0] [U+BC1B U+AE30] today" in text
    assert FOOTNOTE in text


def test_the_shipped_guides_need_no_code_points(tmp_path: Path) -> None:
    """Everything SafeHelper itself writes is drawn by its font, so no footnote appears."""
    path = tmp_path / "parents.pdf"
    path.write_bytes(bytes(guide_pdf.parents_guide_pdf()))
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "[U+" not in text and FOOTNOTE not in text
